"""A disagreement is two sources holding two values at one time: a value replaced by a later one is an
update, and an article stating two values in its own voice counts two things (invented text)."""

from __future__ import annotations

from storyline.records import Citation, Figure
from storyline.story.claims import _FORMER, Claim, _held_together, _one_voice, _said_before


def _claim(
    value: float, day: str, source: str, said_by: str | None = None, *, explicit: bool = False, qualifier: str = "exact"
) -> Claim:
    text = f"The well leaks {value:,.0f} barrels a day."
    fig = Figure(
        article=source, sentence=0, start=15, end=15 + len(f"{value:,.0f}"), text=f"{value:,.0f}", value=value,
        qualifier=qualifier, unit="bbl/d", what="flow", as_of=day if explicit else None,
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text)
    claimant = said_by or source
    return Claim(fig, "flow", "text:oil", "oil", claimant, said_by, day, explicit, cite, reported=day, act="release")


def test_a_value_no_one_repeats_once_another_is_out_was_replaced() -> None:
    old = _claim(800, "2031-03-02", "a1", "officials")
    new = _claim(4000, "2031-03-05", "a2", "the coast guard")
    later = _claim(4000, "2031-03-06", "a3")
    assert not _held_together(old, new, [old, new, later])  # an estimate revised, not disputed
    # a loose value that holds both ("between 800 and 4,000") tells neither apart in time
    both = Figure(article="a4", sentence=0, start=0, end=1, text="800", value=800, value_max=4000, what="flow")
    loose = Claim(both, "flow", "text:oil", "oil", "a4", None, "2031-03-07", False,
                  Citation(source="a4", sentence=0, text="Between 800 and 4,000 barrels a day."), reported="2031-03-07")  # fmt: skip
    assert not _held_together(old, new, [old, new, later, loose])


def test_a_value_still_repeated_when_another_appears_is_disputed() -> None:
    official = _claim(4000, "2031-03-10", "b1")
    rival = _claim(50000, "2031-03-11", "b2", "university researchers")
    repeated = _claim(4000, "2031-03-12", "b3", "the operator")
    assert _held_together(official, rival, [official, rival, repeated])
    # the same day counts as one time, whoever reported first
    same_day = _claim(4000, "2031-03-11", "b4", "the operator")
    assert _held_together(same_day, rival, [same_day, rival])
    # two claims both dated one day by their text are of that day, whenever reported
    dated_a = _claim(12, "2031-04-01", "c1", "the agency", explicit=True)
    dated_b = _claim(21, "2031-04-01", "c2", "the monitor", explicit=True)
    assert _held_together(dated_a, dated_b, [dated_a, dated_b])


def test_two_values_in_one_article_s_own_voice_are_two_things() -> None:
    cap = _claim(6000, "2031-05-01", "d1")
    device = _claim(2000, "2031-05-01", "d2")
    device_own = _claim(6000, "2031-05-01", "d2")  # the same article also gives the first value, unattributed
    assert _one_voice(cap, device, [cap, device, device_own])
    assert not _one_voice(cap, device, [cap, device])
    # an article that gives each value to its own speaker reports a dispute
    agency = _claim(12, "2031-05-02", "e1", "the agency")
    monitor = _claim(21, "2031-05-02", "e1", "the monitor")
    assert not _one_voice(agency, monitor, [agency, monitor])


def test_a_value_said_as_held_until_now_is_a_former_one() -> None:
    text = "Until now, the operator had estimated the seepage at 700 barrels a day."
    start = text.index("700")
    fig = Figure(article="a", sentence=0, start=start, end=start + 3, text="700", value=700, what="flow")
    assert _said_before(text, fig, 0, len(text), _FORMER)
    pluperfect = "The agency had put the seepage at 700 barrels a day."
    start = pluperfect.index("700")
    fig = Figure(article="a", sentence=0, start=start, end=start + 3, text="700", value=700, what="flow")
    assert _said_before(pluperfect, fig, 0, len(pluperfect), _FORMER)
    now = "The agency puts the seepage at 700 barrels a day."
    start = now.index("700")
    fig = Figure(article="a", sentence=0, start=start, end=start + 3, text="700", value=700, what="flow")
    assert not _said_before(now, fig, 0, len(now), _FORMER)
