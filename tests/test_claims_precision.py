"""A disagreement must be two readings of one quantity at one time: rates, former values, comparisons,
running totals and an epidemic count's own place are told apart (invented text)."""

from __future__ import annotations

from storyline.records import Citation, Figure, Toponym
from storyline.story.claims import (
    _FORMER,
    _PER_YEAR,
    WORLD,
    Claim,
    _compared,
    _conflict,
    _Facts,
    _past_course,
    _per_period,
    _said_before,
    _scope_of,
)


def _fig(text: str, number: str, value: float, what: str = "killed", unit: str = "people") -> Figure:
    start = text.index(number)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(number), text=number, value=value, unit=unit, what=what
    )


def test_a_count_with_a_year_or_a_habit_is_a_rate() -> None:
    rate = "The fever usually kills 4,000 people in an average year across the region."
    assert _per_period(rate, _fig(rate, "4,000", 4000), 0, len(rate), _PER_YEAR)
    toll = "The new fever has killed 40 people in Ruritania since Monday."
    assert not _per_period(toll, _fig(toll, "40", 40), 0, len(toll), _PER_YEAR)


def test_a_former_value_is_not_the_current_one() -> None:
    up = "The operator said it was pumping 900 barrels a day, up from 300 barrels a day."
    assert _said_before(up, _fig(up, "300", 300, "flow"), 0, len(up), _FORMER)
    assert not _said_before(up, _fig(up, "900", 900, "flow"), 0, len(up), _FORMER)
    course = "At the time, the operator put the seepage at 200 barrels, before raising it to 800."
    assert _past_course(course, _fig(course, "200", 200, "flow"), 0)
    assert _past_course(course, _fig(course, "800", 800, "flow"), 0)
    now = "Initially the operator said 200 barrels; it now says 800 barrels."
    assert _past_course(now, _fig(now, "200", 200, "flow"), 0)
    assert not _past_course(now, _fig(now, "800", 800, "flow"), 0)


def test_the_thing_compared_with_is_no_claim() -> None:
    text = "The seepage is already larger than the 1971 tanker wreck's 9 million gallons."
    assert _compared(text, _fig(text, "9 million", 9e6, "volume"), 0, len(text))
    own = "More than 40 people were hurt, officials said."
    assert not _compared(own, _fig(own, "40", 40), 0, len(own))


def test_an_epidemic_count_is_of_the_place_said_with_it() -> None:
    text = "The agency counted 700 cases in 12 countries, including 450 in Ruritania and 90 in Freedonia."

    def topo(name: str, place: str) -> Toponym:
        start = text.index(name)
        return Toponym(article="a", sentence=0, start=start, end=start + len(name), text=name, place=place)

    tops = [topo("Ruritania", "p:r"), topo("Freedonia", "p:f")]
    assert _scope_of(text, _fig(text, "450", 450, "infected"), (0, len(text)), tops) == frozenset({"p:r"})
    assert _scope_of(text, _fig(text, "90", 90, "infected"), (0, len(text)), tops) == frozenset({"p:f"})
    assert _scope_of(text, _fig(text, "700", 700, "infected"), (0, len(text)), tops) == frozenset({WORLD})


def _claim(value: float, text: str, who: str, what: str, day: str, act: str = "") -> Claim:
    fig = Figure(article=who, sentence=0, start=0, end=1, text=str(value), value=value, what=what, unit="gal")
    cite = Citation(source=who, sentence=0, text=text)
    return Claim(fig, what, "text:oil", "oil", who, who, day, False, cite, reported=day, act=act)


def test_a_running_total_that_grew_is_no_dispute() -> None:
    facts = _Facts(["Crews have sprayed 300,000 gallons of foam on the slick.", "Crews sprayed foam."])
    a = _claim(300000, "Crews have sprayed 300,000 gallons of foam on the slick.", "x", "volume", "2020-05-01", "use")
    b = _claim(330000, "Crews have sprayed 330,000 gallons of foam on the slick.", "y", "volume", "2020-05-02", "use")
    c = _claim(330000, "Crews have sprayed 330,000 gallons of foam on the slick.", "y", "volume", "2020-05-01", "use")
    d = _claim(330000, "Crews have sprayed 330,000 gallons of foam on the slick.", "y", "volume", "2020-05-05", "use")
    assert not _conflict(a, b, [], facts)  # a day later and larger: it grew
    assert _conflict(a, c, [], facts)  # the same day: two readings
    assert not _conflict(a, d, [], facts)  # days apart: two points
    e = _claim(300, "Crews have sprayed 300 gallons of foam on the slick.", "z", "volume", "2020-05-01", "use")
    assert not _conflict(a, e, [], facts)  # a thousand times smaller: another quantity, not another reading
