"""Session 30c figures: a change and its new level ("fell 12p to 480.7 p") is no range when the level's unit is
written after a space, and the two ends of a range in pence are both in pence ("from 12p to 48 p" is £0.12 to
£0.48, not £48).  Invented text."""

from __future__ import annotations

import pytest

from helpers import split, written_figure
from storyline.annotate.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Shares in the airline slid as much as 9p to 312.4 p in early London trading.", "312.4 p", 3.124),
        ("The bank's stock climbed 15p to 206.5 p after the results.", "206.5 p", 2.065),
        ("Shares in the miner dropped 11 p to 388.5 p on Friday.", "388.5 p", 3.885),
        ("Exports fell by 3 tonnes to 9 tonnes last month, the ministry said.", "9 tonnes", 9.0),
    ],
)
def test_change_then_level_is_the_level_only(text: str, written: str, value: float) -> None:
    figures = extract_figures(text, split(text), "a", [], [])
    assert [f.text for f in figures] == [written]
    assert figures[0].qualifier == "exact"
    assert figures[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "written", "unit", "low", "high"),
    [
        (
            "Analysts expect the dividend to be 12p to 48 p a share this year.",
            "12p to 48 p a share",
            "gbp/share",
            0.12,
            0.48,
        ),
        ("Shares in small lenders traded at 5p to 12 p last week.", "5p to 12 p", "gbp", 0.05, 0.12),
    ],
)
def test_pence_range_ends_in_one_currency(text: str, written: str, unit: str, low: float, high: float) -> None:
    f = written_figure(text, written)
    assert (f.qualifier, f.unit) == ("range", unit)
    assert (f.value, f.value_max) == (pytest.approx(low), pytest.approx(high))


def test_range_in_one_unit_without_change_verb_stays_a_range() -> None:
    text = "The well was leaking 12,000 barrels to 25,000 barrels a day, the panel said."
    f = written_figure(text, "12,000 barrels to 25,000 barrels a day")
    assert (f.qualifier, f.value, f.value_max) == ("range", 12000.0, 25000.0)


def test_small_change_in_one_unit_stays_a_range() -> None:
    # "fell 2% to 5 percent": the level is not far above the change, so the sentence may give a range of falls
    text = "Output fell 2% to 5 percent across the region, the survey found."
    f = written_figure(text, "2% to 5 percent")
    assert (f.qualifier, f.value, f.value_max) == ("range", 2.0, 5.0)
