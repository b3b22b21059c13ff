"""A series point is of the series' population and place: a count of a town inside it, a narrower group, a day's
toll, a past thing's figure, an unheld bound of a spread of estimates and a rival's lower total are no steps of it
(invented text)."""

from __future__ import annotations

from storyline.records import Citation, Figure, TimeExpression, Toponym
from storyline.story.claims import (
    _ONE_DAY,
    _SUBGROUP,
    _THAT_FIGURE,
    Claim,
    _fallen_total,
    _history,
    _opening_place,
    _past_thing_sentences,
    _sentence_scope,
    _unheld_bound,
)


def _top(text: str, name: str, place: str) -> Toponym:
    at = text.index(name)
    return Toponym(article="a", sentence=0, start=at, end=at + len(name), text=name, place=place)


def test_a_sentence_that_opens_on_a_place_scopes_its_share() -> None:
    text = "In Portvale, on the northern shore, 40 people were hurt and 70% of homes were damaged."
    assert _opening_place(text, (0, len(text)), [_top(text, "Portvale", "p:portvale")]) == {"p:portvale"}
    other = "Officials in Portvale said 70% of homes in the worst-hit districts were damaged."
    assert _opening_place(other, (0, len(other)), [_top(other, "Portvale", "p:portvale")]) == frozenset()


def test_a_count_that_points_back_is_of_the_place_said_before() -> None:
    text = "The number of cases climbed to 310 by Friday."
    assert _sentence_scope(text, (0, len(text)), [], {3: {"p:northland"}}, 4) == {"p:northland"}
    # a count that does not point back keeps no scope of the sentences before
    plain = "Doctors have treated 310 cases."
    assert _sentence_scope(plain, (0, len(plain)), [], {3: {"p:northland"}}, 4) == frozenset()
    # a sentence that names a place of its own is not scoped by the sentences before
    own = "The number of cases in Eastland rose to 14."
    assert _sentence_scope(own, (0, len(own)), [_top(own, "Eastland", "p:e")], {3: {"p:n"}}, 4) == frozenset()


def test_a_part_or_a_day_is_no_running_toll() -> None:
    text = "A total of 41 Ruritanian servicewomen have died"
    assert _SUBGROUP.match(text, text.index("41") + 2)
    assert not _SUBGROUP.match("A total of 41 Ruritanian soldiers have died", text.index("41") + 2)
    assert _ONE_DAY.search("The army had its deadliest day, leaving 29 soldiers dead.")
    assert _ONE_DAY.search("Nine soldiers were killed in a single day.")
    assert not _ONE_DAY.search("The toll has risen to 900 soldiers since the day the war began.")
    assert not _ONE_DAY.search("Clinics report 900 cases, a rise of 80 in 24 hours.")


def test_a_figure_whose_subject_is_another_figure_is_not_read_in_its_unit() -> None:
    assert _THAT_FIGURE.match("That figure was later raised to 8,000 barrels.")
    assert not _THAT_FIGURE.match("The slick now holds 8,000 barrels.")
    assert not _THAT_FIGURE.match("The estimate that 8,000 barrels leak daily comes from the agency.")


def _time(text: str, words: str, sentence: int, start: int) -> TimeExpression:
    at = text.index(words)
    return TimeExpression(
        article="a", sentence=sentence, start=start + at, end=start + at + len(words), text=words, value="1971"
    )


def test_the_sentence_after_a_past_thing_s_year_is_background() -> None:
    s0 = "The worst blowout on record was the 1971 failure of the Marlow platform."
    s1 = "It released about 9m gallons of crude."
    s2 = "Crews have now skimmed 20,000 gallons."
    text = f"{s0} {s1} {s2}"
    sent = {0: s0, 1: s1, 2: s2}
    past = [_time(s0, "1971", 0, 0)]
    assert _past_thing_sentences(sent, past, text) == {1}
    # a name said next to the year, opening the next sentence, points back too
    n1 = "The Marlow spill, off the cape, released 9m gallons."
    assert _past_thing_sentences({0: s0, 1: n1}, past, f"{s0} {n1}") == {1}
    # a sentence of the story's own that names another subject does not
    o1 = "Engineers say the new well released 2m gallons."
    assert _past_thing_sentences({0: s0, 1: o1}, past, f"{s0} {o1}") == set()


def _claim(
    value: float,
    day: str,
    source: str,
    text: str,
    said_by: str | None = None,
    what: str = "flow",
    unit: str = "bbl/d",
    act: str = "release",
) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value, qualifier="exact",
        unit=unit, what=what,
    )  # fmt: skip
    party = frozenset({said_by}) if said_by else frozenset()
    cite = Citation(source=source, sentence=0, text=text)
    return Claim(fig, what, "text:oil", "oil", source, said_by, day, False, cite, reported=day, act=act, party=party)


def test_an_unheld_bound_of_a_spread_is_no_step() -> None:
    spread = "Estimates of the seep range widely from the official 3,000 barrels a day to 90,000 barrels a day."
    bound = _claim(90000, "2031-05-04", "s2", spread)
    assert _unheld_bound(bound)
    assert not _unheld_bound(_claim(90000, "2031-05-04", "s2", spread, said_by="Dr Vance"))
    claims = [
        _claim(3000, "2031-05-01", "s1", "The seep sends 3,000 barrels a day."),
        _claim(3000, "2031-05-02", "s3", "Officials put the seep at 3,000 barrels a day."),
        bound,
        _claim(30000, "2031-06-01", "s4", "The seep is now put at 30,000 barrels a day."),
        _claim(30000, "2031-06-02", "s5", "The panel put the seep at 30,000 barrels a day."),
    ]
    assert [c.figure.value for c in _history(claims, None)] == [3000, 30000]


def test_a_lower_total_is_a_rival_unless_revised() -> None:
    last = _claim(4.8e6, "2031-07-01", "v1", "The seep released 4.8 million barrels.", what="volume", unit="bbl")
    rival = _claim(4.3e6, "2031-09-01", "v2", "Their total figure is 4.3 million barrels.", what="volume", unit="bbl")
    revised = _claim(
        4.3e6,
        "2031-09-01",
        "v3",
        "The agency revised the total down to 4.3 million barrels.",
        what="volume",
        unit="bbl",
    )
    assert _fallen_total(rival, last)
    assert not _fallen_total(revised, last)
    # what an operation collects may fall from day to day
    day1 = _claim(9000, "2031-06-01", "c1", "Ships collected 9,000 barrels.", what="volume", unit="bbl", act="capture")
    day2 = _claim(7000, "2031-06-02", "c2", "Ships collected 7,000 barrels.", what="volume", unit="bbl", act="capture")
    assert not _fallen_total(day2, day1)


def test_joint_claimant_is_both_parties() -> None:
    from storyline.records import Entity
    from storyline.story.claims import _claimant_party

    avel = Entity(id="e1", name="Avel Oil", type="organisation", aliases=["Avel Oil"])
    roles: dict[tuple[int, str | None], str | None] = {(3, "Jo Park"): "Avel Oil chief", (3, "Al Roe"): "senator"}
    party = _claimant_party("Jo Park and Al Roe", 3, roles, {}, [avel])
    assert {"jo park", "al roe", "e1"} <= party
    globe = Entity(id="e2", name="Globe and Mail", type="media_outlet", aliases=["Globe and Mail"])
    assert _claimant_party("Globe and Mail", 3, roles, {"globe and mail": globe}, []) == frozenset({"e2"})
