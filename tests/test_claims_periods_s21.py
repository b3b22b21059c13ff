"""A volume is a flow read without its period only when its own phrase says the period (or it is the size of a
flow of its sentence); a value said to have changed to another is a former one; a flow's act may be said far
before it; confirmed and suspected counts are two quantities (session 21, round 2; invented text)."""

from __future__ import annotations

import pytest

from storyline.records import Citation, Figure
from storyline.story import claims as claims_mod
from storyline.story.claims import Claim, _changed_after, _flow_read_as_volume, _per_period, _status


def _fig(text: str, words: str, value: float, unit: str = "bbl", what: str = "volume", **kw: object) -> Figure:
    start = text.index(words)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(words), text=words, value=value, unit=unit, what=what,
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def _flow_read(text: str, figs: list[Figure], f: Figure) -> bool:
    return _per_period(text, f, 0, len(text)) and _flow_read_as_volume(text, f, figs)


def test_a_period_in_the_volumes_own_phrase_makes_it_a_flow() -> None:
    own = "Crews are fighting the 84,000 gallons of crude that are pouring out each day from the riser."
    f = _fig(own, "84,000 gallons", 84000, "gal")
    assert _flow_read(own, [f], f)
    daily = "Engineers said the daily leak is now about 7,000 barrels."
    f = _fig(daily, "about 7,000 barrels", 7000)
    assert _flow_read(daily, [f], f)


def test_a_period_elsewhere_in_the_clause_leaves_a_volume() -> None:
    # the period is the flow's, said just before; the total is a volume
    total = "At the present estimate of 30,000 barrels per day a total of 1.5m barrels will have escaped by June."
    flow = _fig(total, "30,000 barrels per day", 30000, "bbl/d", "flow")
    vol = _fig(total, "1.5m barrels", 1.5e6)
    assert _per_period(total, vol, 0, len(total))
    assert not _flow_read_as_volume(total, vol, [flow, vol])
    # a period said of something else in the clause
    other = "The worst spill of that decade, with crews working each day for weeks, lost about 1,200 barrels."
    vol = _fig(other, "about 1,200 barrels", 1200)
    assert _per_period(other, vol, 0, len(other))
    assert not _flow_read_as_volume(other, vol, [vol])


def test_a_volume_of_the_size_of_its_sentences_flow_or_its_conversion_is_that_flow() -> None:
    change = "The flow had risen from 3,000 barrels to between 20,000 and 30,000 barrels per day."
    vol = _fig(change, "3,000 barrels", 3000)
    flow = _fig(change, "between 20,000 and 30,000 barrels per day", 20000, "bbl/d", "flow", value_max=30000)
    assert _flow_read(change, [vol, flow], vol)
    conv = "The riser is spewing 50,000 barrels of oil a day, or 2.1m gallons, the panel found."
    flow = _fig(conv, "50,000 barrels", 50000, "bbl/d", "flow")
    vol = _fig(conv, "2.1m gallons", 2.1e6, "gal")
    assert _flow_read(conv, [flow, vol], vol)


def test_a_value_said_to_have_changed_to_another_is_a_former_one() -> None:
    text = "The official rate of 4,000 barrels per day, a figure cited by the company, rose last week to 9,000 barrels."
    f = _fig(text, "4,000 barrels per day", 4000, "bbl/d", "flow")
    assert _changed_after(text, f, 0, len(text))
    g = _fig(text, "9,000 barrels", 9000)
    assert not _changed_after(text, g, 0, len(text))
    # a verb of change with no value after "to" is no change of the figure
    up = "Some 4,000 barrels rose to the surface near the platform."
    assert not _changed_after(up, _fig(up, "4,000 barrels", 4000), 0, len(up))


def test_a_counts_phrase_says_whether_it_is_confirmed_or_suspected() -> None:
    text = "Of the 90 suspected deaths in the province, 14 have been confirmed."
    figs = [_fig(text, "90", 90, "people", "killed"), _fig(text, "14", 14, "people", "killed")]
    assert [_status(text, f, figs) for f in figs] == ["suspected", "confirmed"]
    lab = "Only six laboratory-confirmed deaths were recorded, while 40 more are believed to be linked."
    f = _fig(lab, "six", 6, "people", "killed")
    assert _status(lab, f, [f]) == "confirmed"
    both = "There were 2,000 probable and confirmed cases in the region."
    f = _fig(both, "2,000", 2000, "people", "infected")
    assert _status(both, f, [f]) == ""
    plain = "The virus has killed 75 people in the province and has the potential to become a pandemic."
    f = _fig(plain, "75", 75, "people", "killed")
    assert _status(plain, f, [f]) == ""


def _count(value: float, day: str, source: str, status: str) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value, unit="people", what="killed"
    )
    text = f"The toll so far stands at {value:,.0f} {status} deaths."
    return Claim(
        fig, "killed", "disaster:outbreak", "outbreak", source, None, day, False, Citation(source=source, sentence=0,
        text=text), about_type="disaster", reported=day, status=status,
    )  # fmt: skip


def test_confirmed_and_suspected_counts_are_two_series(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = [
        _count(60, "2031-04-01", "a1", "suspected"),
        _count(150, "2031-04-04", "a2", "suspected"),
        _count(7, "2031-04-04", "a3", "confirmed"),
        _count(19, "2031-04-08", "a4", "confirmed"),
    ]
    monkeypatch.setattr(claims_mod, "claims_of", lambda docs, entities: claims)
    _, series = claims_mod.agreement([], [])
    got = {s["about"]: [p["number"] for p in s["points"]] for s in series}  # type: ignore[index, union-attr]
    assert got == {"killed (suspected) — outbreak": [60, 150], "killed (confirmed) — outbreak": [7, 19]}
    # a story that gives only confirmed counts keeps one series, its label unchanged
    only = [dataclass_replace(c, status="confirmed" if c.status == "confirmed" else "") for c in claims]
    monkeypatch.setattr(claims_mod, "claims_of", lambda docs, entities: only)
    _, series = claims_mod.agreement([], [])
    assert [s["about"] for s in series] == ["killed — outbreak"]


def dataclass_replace(c: Claim, **kw: object) -> Claim:
    import dataclasses

    return dataclasses.replace(c, **kw)  # type: ignore[arg-type]
