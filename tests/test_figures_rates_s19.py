"""Figures, session 19 round 2: money per period or per thing ("$6m a day", "$67 a barrel", "£2 per share") and
persons per period ("300 die every day") are rates, in a unit of their own, never totals (invented text)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures, to_canonical
from storyline.records import Figure
from storyline.render.common import figure_text


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def rows(text: str) -> list[tuple[float, float | None, str, str | None, str | None]]:
    return [(f.value, f.value_max, f.qualifier, f.unit, f.what) for f in figs(text)]


# ---------------------------------------------------------------- money per period


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The utility said the repairs cost $3m a day.", 3_000_000, "usd/d"),
        ("The mayor earns $90,000 a year.", 90_000, "usd/yr"),
        ("The villa was let for $40,000 per month.", 40_000, "usd/mo"),
        ("Divers are paid $30 an hour.", 30, "usd/h"),
        ("The firm pays out $1.5 billion a quarter to its owners.", 1_500_000_000, "usd/quarter"),
        ("Suites cost as much as $9,000 per night.", 9_000, "usd/night"),
        ("Deckhands can make $150 daily on the boats.", 150, "usd/d"),
        ("The council spends €2m annually on the ferry.", 2_000_000, "eur/yr"),
        ("The clean-up was costing 4 million dollars a day.", 4_000_000, "usd/d"),
        ("The clean-up was costing $7 million/day by June.", 7_000_000, "usd/d"),
        ("The agency was spending £1.2m (€1.4m) a week on the pumps.", 1_200_000, "gbp/wk"),
    ],
)
def test_money_per_period_is_a_rate(text: str, value: float, unit: str) -> None:
    (f,) = figs(text)
    assert (f.value, f.unit, f.what) == (value, unit, "money")


def test_a_bracketed_conversion_belongs_to_the_rate() -> None:
    (f,) = figs("The operator paid $800,000 (£520,000) a day to lease the rig.")
    assert (f.value, f.unit) == (800_000, "usd/d")
    assert f.text == "$800,000 (£520,000) a day"


def test_an_order_of_money_per_period_is_a_rate() -> None:
    assert rows("The port is losing millions of dollars a day.") == [(1_000_000, 9_999_999, "order", "usd/d", "money")]


def test_a_hyphened_rate_before_a_noun_is_a_rate() -> None:
    assert [f.unit for f in figs("The storm hit the island's $12-billion-a-year fishing trade.")] == ["usd/yr"]
    assert [f.unit for f in figs("The lawyers charge $600-an-hour fees.")] == ["usd/h"]


def test_a_range_per_period_is_a_rate() -> None:
    assert rows("Skippers are paid $900 to $2,500 per day.") == [(900, 2500, "range", "usd/d", "money")]


# ---------------------------------------------------------------- money per thing


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Crude rose to $71 a barrel on Monday.", "usd/bbl"),
        ("The fine is up to $3,000 for every barrel spilled.", "usd/bbl"),
        ("The fine is up to $3,000 for each barrel of crude spilled.", "usd/bbl"),
        ("Petrol sells for $3.10 a gallon in the town.", "usd/gal"),
        ("The shares closed at £2.40 per share.", "gbp/share"),
        ("The bid values the firm at $18 a share.", "usd/share"),
        ("Shrimp fetched $3 a pound before the leak.", "usd/lb"),
        ("The scheme pays $900 per person.", "usd/person"),
        ("Regulators may charge $20,000 per violation.", "usd/violation"),
    ],
)
def test_money_per_thing_is_a_price(text: str, unit: str) -> None:
    (f,) = figs(text)
    assert (f.unit, f.what) == (unit, "money")


@pytest.mark.parametrize(
    "text",
    [
        "Profits were $12bn a year earlier.",
        "The bank lost $2bn a year ago.",
        "The state gave $50 million each to Northvale and Southmark.",
        "The fund pays $75m a legacy of the earlier spill.",
        "Engineers drilled for $90 million for each relief well.",
        "The bill raises the $1bn per incident cap on claims.",
        "The group paid $5 every time a post was shared.",
        "The fund covers $50,000 or less per claim holder.",
    ],
)
def test_money_that_is_no_rate_stays_a_total(text: str) -> None:
    assert [f.unit for f in figs(text)] == ["usd"]


def test_a_rate_does_not_take_the_unit_of_a_total() -> None:
    units = [f.unit for f in figs("The leak has cost $2.1 billion so far, or $9 million a day.")]
    assert units == ["usd", "usd/d"]


def test_canonical_leaves_money_rates_alone() -> None:
    assert to_canonical(67.0, "usd/bbl") == (67.0, "usd/bbl")


# ---------------------------------------------------------------- persons per period


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        ("About 900 children die every day from the fever.", "people/d", "killed"),
        ("Every year 40,000 people are killed on the roads.", "people/yr", "killed"),
        ("Some 250 patients a week are admitted with the illness.", "people/wk", "people"),
        ("The clinic sees 70 patients an hour.", "people/h", "people"),
        ("Some 2,000 people a day die from the fever.", "people/d", "killed"),
        ("At least 20 people a week are wounded by mines.", "people/wk", "wounded"),
    ],
)
def test_persons_per_period_are_a_rate(text: str, unit: str, what: str) -> None:
    (f,) = figs(text)
    assert (f.unit, f.what) == (unit, what)


def test_a_period_perhaps_of_another_clause_before_the_count_gives_no_figure() -> None:
    # the period may govern both clauses ("each year, and 500 die") or only its own: no total, no rate
    assert figs("The fever returns each year, and some 500 die of it.") == []


def test_things_per_period_and_durations_are_no_rate() -> None:
    assert figs("Some 60 ferries a day cross the strait.") == []
    assert [f.unit for f in figs("The storm killed 12 people a week after the flood.")] == ["people"]


def test_a_rate_between_two_counts_is_still_no_figure() -> None:
    assert figs("That is one death in 1,400 cases of the flu.") == []


# ---------------------------------------------------------------- the units as the renderer reads them


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The utility said the repairs cost $6m a day.", "$6 million a day"),
        ("Crude rose to $67 a barrel on Monday.", "$67 a barrel"),
        ("The shares closed at £2 per share.", "£2 a share"),
        ("The lawyer charged $950 an hour.", "$950 an hour"),
        ("About 900 children die every day from the fever.", "about 900 people a day"),
    ],
)
def test_rate_units_render(text: str, shown: str) -> None:
    (f,) = figs(text)
    assert figure_text(f.model_dump()) == shown


def test_things_that_befall_a_rate_are_no_persons() -> None:
    assert figs("The 12,000 foxes killed annually by the hunts are counted by the state.") == []
