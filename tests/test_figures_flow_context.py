"""Figures: a bare volume that restates a daily flow is that flow -- said over 24 hours, said with its period
after the verb, or said in a flow context in an article that gives the flow per day -- while totals, stores,
spills and amounts over a stretch of time stay volumes (session 24, figures)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def units(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.what) for f in figs(text) if f.unit and f.unit.split("/")[0] in ("bbl", "gal", "l")]


RATE = "Engineers said the broken pipe was leaking 3,000 barrels of crude a day. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Last week the operator raised its estimate to 9,000 barrels.", 9000),
        ("Earlier estimates suggested that fewer than 2,000 barrels were escaping.", 2000),
        ("A university team said the leak could be as high as 14,000 barrels.", 14000),
    ],
)
def test_bare_volume_in_flow_context_takes_the_article_period(sentence: str, value: float) -> None:
    assert units(RATE + sentence)[-1] == (value, "bbl/d", "flow")


@pytest.mark.parametrize(
    "sentence",
    [
        "So far 400,000 barrels have leaked into the bay.",  # a total, and far larger than the flows
        "In total 9,000 barrels of the crude were estimated to have escaped.",  # "in total"
        "The tanker nearby can store 9,000 barrels of the crude.",  # a store
        "Divers said 9,000 barrels had leaked before the valve was shut.",  # a perfect tense
        "Inspectors estimated 9,000 barrels for the whole month.",  # a stretch of time
        "Later burns could consume 9,000 barrels of the escaping crude.",  # a burn
        "Officials estimate 9,000 barrels are now in the bay.",  # a stock
        "Regulators estimated a 9,000-barrel oil spill at the same field in 1998.",  # another spill
        "Thousands of barrels are leaking into the bay.",  # an order word
    ],
)
def test_total_store_or_spill_stays_a_volume(sentence: str) -> None:
    assert units(RATE + sentence)[-1][1:] == ("bbl", "volume")


def test_no_rate_in_the_article_leaves_a_bare_volume() -> None:
    assert units("The operator raised its estimate to 9,000 barrels.") == [(9000, "bbl", "volume")]


def test_flow_of_another_unit_gives_no_period() -> None:
    text = "The pipe was leaking 3,000 barrels a day. Officials raised the estimate to 500,000 litres."
    assert units(text)[-1] == (500000, "l", "volume")


def test_volume_over_twenty_four_hours_is_per_day() -> None:
    text = "The firm said its funnel captured 6,100 barrels of crude in the previous 24 hours."
    assert units(text) == [(6100, "bbl/d", "flow")]


def test_a_collection_on_a_named_day_is_that_day_s_flow() -> None:
    # session 25: what was collected on one named day is that day's amount, not a running total
    # (tests/test_figures_s25.py has the cases that stay volumes: part of a day, "so far", "today")
    assert units(RATE + "The funnel collected 2,500 barrels on Monday.")[-1] == (2500, "bbl/d", "flow")
    assert units(RATE + "Skimmers recovered 9,000 barrels of the escaping crude on Friday.")[-1] == (
        9000,
        "bbl/d",
        "flow",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews are trying to stop the 90,000 gallons of crude that are spewing each day from the pipe.",
            [(90000, "gal/d", "flow")],
        ),
        (
            "Engineers estimate that up to 700 barrels -- or 29,400 gallons -- of crude is leaking each day.",
            [(700, "bbl/d", "flow"), (29400, "gal/d", "flow")],
        ),
        (
            "Up to 300,000 gallons are still pouring out each and every day.",
            [(300000, "gal/d", "flow")],
        ),
    ],
)
def test_period_after_the_verb_makes_a_flow(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last year the worst leak was 900 barrels, about what the pipe now leaks every hour.",
        "The pipe leaked 9,000 barrels, and then a little more each day.",
        "The pipe leaked 9,000 barrels in a single day.",
    ],
)
def test_period_of_another_clause_or_a_time_is_no_flow(text: str) -> None:
    assert units(text)[0][1:] == ("bbl", "volume")


def test_million_barrels_among_flows_in_thousands_stays_a_volume() -> None:
    text = RATE + "The leak estimate now puts the spill at 2.5 million barrels."
    assert units(text)[-1] == (2500000, "bbl", "volume")
