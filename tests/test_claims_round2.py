"""Disagreements and series, round 2 (invented text): an estimate's dispute is found across a time
bucket's edge; two plain statements by reporters are no dispute; a series is in time order, has no loose
value and no point fifty times another; a forecast with "'ll" is no figure."""

from __future__ import annotations

from storyline.records import Citation, Figure
from storyline.story.claims import (
    Claim,
    _anchored_disputes,
    _attributed,
    _current_on,
    _Facts,
    _projected,
    _series,
)


def _flow(value: float, day: str, source: str, text: str, said_by: str | None = None) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value,
        qualifier="exact", unit="bbl/d", what="flow",
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text)
    return Claim(
        fig, "flow", "text:oil", "oil", said_by or source, said_by, day, False, cite, reported=day, act="release"
    )


def _count(
    value: float, day: str, source: str, text: str, what: str = "missing", qualifier: str = "exact", **kw: object
) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=str(value), value=value,
        qualifier=qualifier, what=what, as_of=kw.get("as_of"),  # type: ignore[arg-type]
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text)
    explicit = bool(kw.get("explicit"))
    return Claim(
        fig, what, "org:relief", "Relief Agency", source, kw.get("said_by"), day, explicit, cite,  # type: ignore[arg-type]
        reported=kw.get("reported", day),  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_rival_estimate_is_a_dispute_across_a_bucket_edge() -> None:
    official = "The pipe is leaking some 4,000 barrels of crude a day into the bay."
    claims = [
        _flow(4000, "2031-05-01", "a1", official),
        _flow(4000, "2031-05-05", "a2", official),
        _flow(4000, "2031-05-06", "a3", "The well spews about 4,000 barrels of crude a day into the bay."),
        _flow(
            60000,
            "2031-05-07",
            "a4",
            "Researchers told reporters the well spews about 60,000 barrels a day.",
            "researchers",
        ),
        _flow(4000, "2031-05-09", "a5", "Engineers doubt the widely repeated figure of 4,000 barrels a day."),
    ]
    facts = _Facts([c.citation.text for c in claims])
    sides = _anchored_disputes(claims, [], facts, None)
    assert len(sides) == 1
    assert {c.figure.value for c in sides[0]} == {4000, 60000}
    assert [c.time for c in sides[0]] == sorted(c.time for c in sides[0])  # in time order


def test_plain_statements_by_reporters_are_no_claimed_view() -> None:
    assert not _attributed(_count(3, "2031-01-02", "x1", "The 300 medics in the province are handing out food."))
    assert _attributed(_count(3, "2031-01-02", "x1", "Some 900 medics are there, according to the agency."))
    assert _attributed(_count(3, "2031-01-02", "x1", "There are 900 medics there.", said_by="a spokesman"))


def test_a_chronology_entry_is_current_on_its_date() -> None:
    entry = _count(
        5,
        "2031-04-02",
        "c1",
        "April 2 - officials say 5 are missing.",
        as_of="2031-04-02",
        explicit=True,
        reported="2031-06-20",
    )
    assert _current_on(entry) == "2031-04-02"
    fresh = _count(
        5, "2031-06-18", "c2", "On Monday 5 were missing.", as_of="2031-06-18", explicit=True, reported="2031-06-20"
    )
    assert _current_on(fresh) == "2031-06-20"  # a date days before its report: the report's day


def test_a_series_is_in_time_order_without_loose_values() -> None:
    text = "Relief Agency staff remain unaccounted for after the collapse, the agency said."
    later = _count(160, "2031-02-05", "s1", text)  # reported on the 5th, so it joined the earlier bucket
    dated = _count(120, "2031-02-04", "s2", text, as_of="2031-02-04", explicit=True)
    loose = _count(10, "2031-02-20", "s3", "Dozens of Relief Agency staff remain unaccounted for.", qualifier="order")
    facts = _Facts([c.citation.text for c in (later, dated, loose)])
    chain = _series([[later], [dated], [loose]], facts, None)
    assert [c.figure.value for c in chain] == [120, 160]


def test_a_value_fifty_times_another_is_no_point_of_its_series() -> None:
    text = "The Relief Agency has staff in the province, the agency said."
    small = _count(8, "2031-03-01", "t1", text, what="troops")
    large = _count(3000, "2031-03-20", "t2", text, what="troops")
    facts = _Facts([text])
    assert _series([[small], [large]], facts, None) == []


def test_a_forecast_with_a_contraction_is_no_measure() -> None:
    text = "We're at 12 now and we'll be at 30 next week."
    at = text.index("30")
    fig = Figure(article="f", sentence=0, start=at, end=at + 2, text="30", value=30, qualifier="exact", what="volume")
    assert _projected(text, fig, 0, len(text))
