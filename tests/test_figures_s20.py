"""Figures, session 20: vote tallies, "2m" as millions or metres, pence and cents, ratios, animal tolls,
volumes said per day after the verb, rank numbers (storyline.annotate.figures).  Invented sentences."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def brief(text: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit, f.what) for f in figs(text)]


# --------------------------------------------------------------------------- tallies


@pytest.mark.parametrize(
    "text",
    [
        "The assembly passed the levy by a 312-97 vote on Thursday.",
        "Councillors voted 41-7 to close the depot.",
        "The motion was defeated by 301 votes to 288.",
        "The tribunal ruled in a 4-3 decision.",
        "The chamber approved the budget by a vote of 58 to 39.",
        "It was carried by a 140 to 121 parliamentary vote.",
        "The plan won a bipartisan 70-25-2 vote in the upper house.",
    ],
)
def test_a_vote_tally_is_no_count(text: str) -> None:
    assert figs(text) == []


def test_a_tally_leaves_the_other_figures_of_its_sentence() -> None:
    found = brief("The board approved the $40 million plan by a 9-2 vote, and 300 workers kept their jobs.")
    assert [f[0] for f in found] == ["$40 million", "300"]
    assert found[1][3:] == ("people", "people")


def test_a_range_is_still_a_range() -> None:
    assert brief("Between 20 and 30 people were hurt.")[0][1:3] == (20.0, 30.0)
    assert brief("The storm destroyed 10-15 homes.")[0][1:3] == (10.0, 15.0)


# --------------------------------------------------------------------------- "2m": millions or metres


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Planners warn 3m could lose power this week.", None),  # million, but nothing counted
        ("Up to 3m villagers could be affected.", 3_000_000.0),
        ("Some 1.5m of the islanders need food aid.", 1_500_000.0),
        ("Crews pumped 92m to 140m gallons of water.", 92_000_000.0),
        ("The lagoon holds 4m litres.", 4_000_000.0),
        ("It matched the 9m-gallon leak of 1990.", 9_000_000.0),
        ("Farmers raised 40m Danish pigs.", 40_000_000.0),
    ],
)
def test_an_attached_m_before_a_verb_or_counted_noun_is_million(text: str, value: float | None) -> None:
    found = figs(text)
    assert all(f.unit != "m" for f in found), found
    if value is not None:
        assert found and found[0].value == value, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The dyke is 3m high.", 3.0),
        ("The vault lies 300m underground.", 300.0),
        ("Divers found debris at depths exceeding 40m.", 40.0),
        ("The 120m (394-foot) barge was towed away.", 120.0),
        ("The field measures 60m by 90m.", 60.0),
    ],
)
def test_an_attached_m_in_a_measuring_context_is_metres(text: str, value: float) -> None:
    f = figs(text)[0]
    assert (f.value, f.unit, f.what) == (value, "m", "distance")


@pytest.mark.parametrize("text", ["She placed fourth in the 400m at the games.", "The 50m figure was disputed."])
def test_an_attached_m_with_no_context_is_no_figure(text: str) -> None:
    assert figs(text) == []


def test_a_money_range_ending_in_m_is_millions() -> None:
    f = figs("Repairs could cost $300-450m, the utility said.")[0]
    assert (f.value, f.value_max, f.unit, f.what) == (300_000_000.0, 450_000_000.0, "usd", "money")


# --------------------------------------------------------------------------- pence and cents


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Shares closed at 412p on Friday.", 4.12, "gbp"),
        ("The stock ended at 388.5 p in London.", 3.885, "gbp"),
        ("The firm will pay 15 pence a share.", 0.15, "gbp/share"),
        ("The levy is 9 cents a gallon.", 0.09, "usd/gal"),
        ("Shares gained 35 cents on the day.", 0.35, "usd"),
    ],
)
def test_pence_and_cents_are_money_in_the_currency(text: str, value: float, unit: str) -> None:
    f = figs(text)[0]
    assert (f.value, f.unit, f.what) == (value, unit, "money")


def test_a_price_change_and_the_new_price_are_not_a_range() -> None:
    found = brief("Shares climbed 9p to 402p after the ruling.")
    assert found == [("402p", 4.02, None, "gbp", "money")]


def test_the_same_change_in_two_units_is_no_range() -> None:
    found = brief("Shares were up 12p or 3.1% at 401p.")
    assert [(f[1], f[2], f[3]) for f in found] == [(0.12, None, "gbp"), (3.1, None, "percent"), (4.01, None, "gbp")]


def test_video_lines_and_idioms_are_no_money() -> None:
    assert figs("The clip is streamed in 1080p.") == []
    assert figs("Let me add my two cents.") == []


# --------------------------------------------------------------------------- ratios


@pytest.mark.parametrize(
    "text",
    [
        "There has been one death in 2,340 cases.",
        "The toll is one per 2,340 cases.",
        "One in every 2,340 patients died.",
        "One in each 800 infants is affected.",
        "The rate was one death for every 2,340 confirmed cases.",
    ],
)
def test_the_terms_of_a_ratio_are_no_counts(text: str) -> None:
    assert figs(text) == []


# --------------------------------------------------------------------------- what is counted


def test_a_toll_of_animals_is_no_toll_of_persons() -> None:
    found = figs("There were 14 seal deaths along the coast.")
    assert found and all(f.unit != "people" and f.what != "killed" for f in found)
    assert figs("There were 14 flu deaths in the city.")[0].unit == "people"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Officials said 8,000 barrels of crude are leaking into the bay every day.", "bbl/d"),
        ("At least 3,000 barrels (126,000 gallons) were escaping each day.", "bbl/d"),
        ("Thousands of gallons of fuel have poured out every day since May.", "gal/d"),
    ],
)
def test_a_volume_said_per_day_after_its_verb_is_a_flow(text: str, unit: str) -> None:
    f = figs(text)[0]
    assert (f.unit, f.what) == (unit, "flow")


def test_a_total_volume_stays_a_volume() -> None:
    f = figs("A total of 2m barrels have leaked so far, at 40,000 barrels per day.")[0]
    assert (f.value, f.unit, f.what) == (2_000_000.0, "bbl", "volume")


@pytest.mark.parametrize(
    "text", ["Tempers frayed on day 41 of the siege.", "The talks failed in round 3 of the process."]
)
def test_a_rank_after_day_or_round_is_no_count(text: str) -> None:
    assert figs(text) == []


def test_a_count_after_every_day_is_still_a_rate() -> None:
    f = figs("Every day 500 people cross the border.")[0]
    assert f.unit == "people/d"


def test_pounds_per_square_inch_is_a_pressure() -> None:
    f = figs("Engineers wanted a reading of 7,500 pounds per square inch.")[0]
    assert (f.value, f.unit, f.what) == (7500.0, "psi", None)
    assert figs("The crate weighs 80 pounds.")[0].unit == "lb"


def test_world_war_two_counts_nothing() -> None:
    assert figs("In world war two American pilots flew from here.") == []
