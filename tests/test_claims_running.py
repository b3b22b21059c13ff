"""A running total (a toll) shows as its history: values chained by value, not by likeness; a date that
opens a period ("since the rig sank last week") is not the count's date (invented text)."""

from __future__ import annotations

from storyline.records import Citation, Figure
from storyline.story.claims import _PERIOD_START, Claim, _clause_before, _conflict, _Facts, _running


def _toll(
    value: float, day: str, source: str, text: str, qualifier: str = "exact", said_by: str | None = None
) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value, qualifier=qualifier,
        unit="people", what="killed",
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text)
    return Claim(
        fig, "killed", "disaster:quake", "quake", said_by or source, said_by, day, False, cite,
        about_type="disaster", reported=day,
    )  # fmt: skip


def test_a_rising_toll_is_one_series_whatever_the_words() -> None:
    claims = [
        _toll(300, "2031-02-01", "a1", "The tremor killed 300 people in the valley towns."),
        _toll(300, "2031-02-01", "a2", "Rescuers said 300 had died."),
        _toll(7, "2031-02-01", "a3", "A quake of magnitude 7 killed 7 in 1990, a reader recalls."),  # off by far
        _toll(1200, "2031-02-03", "a4", "Officials say the death toll has risen to 1,200."),
        _toll(300, "2031-02-04", "a5", "The quake, which killed 300, shook the region."),  # a stale report
        _toll(4100, "2031-02-06", "a6", "At least 4,100 bodies have been recovered so far.", "at_least"),
        _toll(4100, "2031-02-07", "a7", "An estimated 4,100 died.", "about"),
        _toll(2_000_000, "2031-02-07", "a8", "A famine killed two million people."),  # another event's toll
    ]
    points = [(c.figure.value, c.time) for c in _running(claims, None)]
    assert points == [(300, "2031-02-01"), (1200, "2031-02-03"), (4100, "2031-02-06")]


def test_a_toll_repeated_is_one_point() -> None:
    claims = [
        _toll(300, "2031-02-01", "a1", "The tremor killed 300."),
        _toll(300, "2031-02-05", "a2", "It killed 300."),
    ]
    assert len(_running(claims, None)) == 1


def test_two_tolls_of_one_day_from_two_outlets_still_disagree() -> None:
    a = _toll(
        12, "2031-03-01", "b1", "Air strikes on the market killed 12 people, state media said.", said_by="state media"
    )
    b = _toll(21, "2031-03-01", "b2", "Air strikes on the market killed 21 people, monitors said.", said_by="monitors")
    a = Claim(**{**a.__dict__, "about": "incident:airstrik", "about_type": "incident"})
    b = Claim(**{**b.__dict__, "about": "incident:airstrik", "about_type": "incident"})
    facts = _Facts([a.citation.text, b.citation.text, "Rain fell on the coast."])
    assert _conflict(a, b, [], facts)
    # the same two values a week apart are a toll that grew, not a dispute
    later = Claim(**{**b.__dict__, "time": "2031-03-08", "reported": "2031-03-08"})
    assert not _conflict(a, later, [], facts)


def test_a_date_that_opens_a_period_is_not_the_count_s() -> None:
    for text in (
        "Some 900 barrels a day have leaked since a barge ran aground off the cape ",
        "Up to 4,000 barrels a day are pouring out after the platform caught fire and sank ",
    ):
        assert _PERIOD_START.search(_clause_before(text + "last week", len(text), None)), text
    text = "The pump was collecting about 9,000 barrels a day by "
    assert not _PERIOD_START.search(_clause_before(text + "last week", len(text), None))
