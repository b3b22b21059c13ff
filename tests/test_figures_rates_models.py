"""Figures: plural model names, rates, digit groups split by a space, joined events, codes (session 18)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.annotate.numbers import parse_number
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def rows(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(f.value, f.value_max, f.unit, f.what) for f in figs(text)]


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        ("The carrier ordered 30 Boeing 777s for its long routes.", "Boeing 777s", "aircraft"),
        ("The squadron flew 8 F-15s over the coast.", "F-15s", "aircraft"),
        ("The airline now runs 14 Airbus A350s.", "Airbus A350s", "aircraft"),
        ("The rebels shot down two Su-24s.", "Su-24s", "aircraft"),
        ("The army paraded 25 T-90s.", "T-90s", None),  # a model, kind unknown: counted as written
    ],
)
def test_a_plural_model_designation_is_what_is_counted(text: str, unit: str, what: str | None) -> None:
    (f,) = figs(text)
    assert (f.unit, f.what, f.about) == (unit, what, None)


@pytest.mark.parametrize(
    "text",
    [
        "Prices were lower in the 1970s.",  # a decade
        "Both nurses were in their 40s.",  # an age
    ],
)
def test_decades_and_ages_are_no_models(text: str) -> None:
    assert not any(f.unit and f.unit[:1].isdigit() for f in figs(text))


@pytest.mark.parametrize(
    "text",
    [
        "So far there has been one death in 3,410 confirmed cases.",
        "The vaccine caused 2 reactions per 10,000 doses given.",
        "That works out at three deaths in every 1,000 patients.",
        "Officials put the rate at 5 deaths per 100,000 people.",
        "The disease kills one patient in a thousand cases.",
    ],
)
def test_a_rate_is_no_count(text: str) -> None:
    assert not [f for f in figs(text) if f.what in ("killed", "infected") or f.unit in ("cases", "doses")], figs(text)


def test_counts_joined_by_in_stay_counts() -> None:
    assert rows("Gunmen killed 14 people in 3 villages.") == [
        (14, None, "people", "killed"),
        (3, None, "villages", "buildings"),
    ]
    assert rows("There are now 45 cases in 9 states.")[0][:3] == (45, None, "cases")


def test_a_space_before_a_comma_group_is_a_digit_group() -> None:
    assert parse_number("85 ,000") == 85000
    assert parse_number("1 ,250,000") == 1250000
    assert parse_number("85 ,00") is None
    assert rows("About 70 ,000 people were evacuated.") == [(70000, None, "people", "evacuated")]
    assert rows("Engineers said 45,000-70 ,000 barrels a day were escaping.")[0][:3] == (45000, 70000, "bbl/d")


def test_a_dashed_range_shares_the_second_ends_digit_groups() -> None:
    assert rows("Scientists say 30-50,000 barrels a day are escaping.")[0][:2] == (30000, 50000)
    assert rows("Up to 4-6,000 tonnes spilled.")[0][:2] == (4000, 6000)
    assert rows("Between 5 and 10,000 people fled.")[0][:2] == (5, 10000)  # "between ... and" is literal


def test_half_a_dozen() -> None:
    assert parse_number("half a dozen") == 6
    assert rows("Half a dozen people were hurt.") == [(6, None, "people", "wounded")]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("At least 40 people were killed or injured in the blast.", "casualties"),
        ("The blast killed and injured 40 people.", "casualties"),
        ("Some 300 are dead or missing.", "people"),
        ("Aid reached the 20,000 injured and made homeless by the storm.", "people"),
        ("The flood claimed the lives of 120 people.", "killed"),
        ("Lifeguards saved the lives of 12 swimmers.", "rescued"),
        ("At least 40 people were killed and 60 injured.", "killed"),
        ("The shells killed 14 people and injured 30.", "killed"),  # the second verb has its own number
    ],
)
def test_joined_events_and_lives(text: str, what: str) -> None:
    assert figs(text)[0].what == what


@pytest.mark.parametrize(
    "text",
    [
        "Callers should dial 112 at once.",
        "She did not call 999 herself.",
        "Lines starting 0845 cost more.",
    ],
)
def test_codes_and_numbers_to_call_are_no_figures(text: str) -> None:
    assert figs(text) == []


def test_animals_are_no_persons() -> None:
    assert rows("The spill killed 300 sea otters.") == [(300, None, "otters", None)]


def test_a_call_count_stays() -> None:
    assert rows("The defence called 12 witnesses.") == [(12, None, "witnesses", None)]
    assert rows("Staff are calling 3,000 people who wrote in.") == [(3000, None, "people", "people")]


def test_pounds_converting_money_in_brackets_are_money() -> None:
    assert rows("The firm lost $80 billion (52 billion pounds) in value.") == [(80e9, None, "usd", "money")]
    assert rows("Crews removed 3 million pounds of debris.") == [(3e6, None, "lb", "weight")]
