"""Figures, session 25 (storyline.annotate.figures): a noun after a list of numbers is counted by each of them
("in 4 and 9 districts" counts districts, not the toll said before); a period after coordinated quantities
holds for each ("... of oil and ... of gas a day"); a volume collected on one day is that day's flow, not a
running total."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures


def figs(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.what) for f in extract_figures(text, split(text), "a", [], [])]


# ---- 1/2: a noun after a coordinated list of numbers


def test_places_counted_after_a_toll_word_are_no_toll() -> None:
    got = figs("Health officers logged infections and deaths in 4 and 9 districts over the weekend.")
    assert got == [("4", 4.0, "districts", None), ("9", 9.0, "districts", None)]
    assert not any(w == "killed" for *_, w in got)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile recorded 18 and 27 deaths respectively.",
        "Peru and Chile recorded 18 and 27 deaths.",
    ],
)
def test_first_number_of_a_pair_is_kept(text: str) -> None:
    assert figs(text) == [("18", 18.0, "people", "killed"), ("27", 27.0, "people", "killed")]


def test_three_numbers_and_a_shared_scale() -> None:
    assert [(t, w) for t, _v, _u, w in figs("Labs confirmed 6, 11 and 20 cases of the flu.")] == [
        ("6", "infected"),
        ("11", "infected"),
        ("20", "infected"),
    ]
    got = figs("The census counted 2 and 3 million residents in the two regions.")
    assert [(v, u) for _t, v, u, _w in got] == [(2_000_000.0, "people"), (3_000_000.0, "people")]


def test_shares_of_a_pair() -> None:
    got = figs("Shares in the two lenders fell 9 and 13 percent respectively.")
    assert [(v, w) for _t, v, _u, w in got] == [(9.0, "percent"), (13.0, "percent")]


def test_no_pairing_without_a_counted_noun_or_after_a_harm_verb() -> None:
    # the word after the list counts nothing: no figure for the first number
    assert "4" not in [t for t, *_ in figs("The plan is set out in sections 4 and 7 rather than at the start.")]
    # "killed 8 and 40 people were hurt": two clauses, the verb's count is its own
    got = figs("The blast killed 8 and 40 people were hurt.")
    assert ("8", 8.0, "people", "killed") in got
    # ranges stay ranges
    got = figs("Between 30 and 40 miners were trapped.")
    assert len(got) == 1 and got[0][1] == 30.0


# ---- 3: a period after coordinated quantities


def test_period_distributes_over_coordinated_quantities() -> None:
    got = figs("The field yields 41,000 barrels of oil and 250 million cubic feet of gas a day.")
    assert [(v, u, w) for _t, v, u, w in got] == [(41000.0, "bbl/d", "flow"), (250_000_000.0, "ft3/d", "flow")]


def test_no_distribution_when_the_first_is_a_total() -> None:
    got = figs("The well spilled 3 million barrels in total and now leaks 2,000 barrels a day.")
    assert got[0][2:] == ("bbl", "volume")


# ---- 4: a volume collected on one day


@pytest.mark.parametrize(
    "text",
    [
        "The containment dome collected 12,450 barrels of crude on Thursday.",
        "Engineers siphoned 3,100 barrels from the riser yesterday.",
        "On Friday, the vessel skimmed 9,800 barrels.",
        "The company said it had captured 7,200 barrels (302,400 gallons) of oil on Sunday.",
    ],
)
def test_day_collection_is_a_daily_flow(text: str) -> None:
    got = figs(text)
    assert got and all(u is not None and u.endswith("/d") and w == "flow" for _t, _v, u, w in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The firm has collected 210,000 barrels so far, it said on Thursday.",
        "On Monday, the company said it had recovered 45,000 barrels.",
        "Crews skimmed 4,300 barrels on Saturday and Sunday.",
        "The dome captured 6,100 barrels in the first 12 hours of Wednesday.",
        "The tanker collected 5,500 barrels on Tuesday morning.",
        "The rig collected 52,000 barrels between Monday and Friday.",
    ],
)
def test_totals_and_part_days_stay_volumes(text: str) -> None:
    got = figs(text)
    assert got and got[0][2:] == ("bbl", "volume"), got


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # ", and" between two numbers joins clauses, not a list
        ("The death toll climbed to 52, and 7 villages were cut off.", ("52", 52.0, "people", "killed")),
        # the last number opens a clause of its own after a toll
        ("The toll stands at 61 and 9 climbers are missing.", ("61", 61.0, "people", "killed")),
    ],
)
def test_clause_coordination_keeps_the_toll(text: str, first: tuple[str, float, str, str]) -> None:
    assert figs(text)[0] == first


def test_day_of_the_report_is_not_the_collection_day() -> None:
    got = figs("The operator collected 8,700 barrels, a spokesman said on Friday.")
    assert got[0][2:] == ("bbl", "volume")
    # a total's cue after the day does not undo the day's collection
    got = figs("The dome captured 9,900 barrels on Sunday, the most since it was fitted.")
    assert got[0][2:] == ("bbl/d", "flow")


def test_a_day_after_during() -> None:
    assert figs("The vessels skimmed 6,400 barrels during operations Thursday.")[0][2:] == ("bbl/d", "flow")
    assert figs("The vessels skimmed 6,400 barrels during the night Thursday.")[0][2:] == ("bbl", "volume")
