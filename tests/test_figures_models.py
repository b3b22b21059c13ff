"""Figures: model numbers, unit words used as modifiers, speeds, flight numbers, exact scaled values and
states said after the counted phrase.  Invented sentences only."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.annotate.figures import extract_figures
from storyline.annotate.numbers import parse_number, scaled
from storyline.records import Figure, Sentence


def figs(text: str) -> list[Figure]:
    return extract_figures(text, [Sentence(index=0, start=0, end=len(text), text=text)], "a", [], [])


def by_value(text: str) -> dict[float, Figure]:
    return {f.value: f for f in figs(text)}


# ---- model numbers between the count and the counted noun


@pytest.mark.parametrize(
    "text",
    [
        "The carrier has ordered 42 Boeing 787 planes for its long routes.",
        "The carrier has ordered 42 Boeing 787-9 planes for its long routes.",
        "The carrier has ordered 42 Boeing 787 Dreamliner planes for its long routes.",
    ],
)
def test_model_number_inside_counted_phrase_keeps_the_count(text: str) -> None:
    got = figs(text)
    assert [(f.value, f.unit, f.what) for f in got] == [(42.0, "planes", "aircraft")]


def test_model_designation_is_no_actor() -> None:
    (f,) = figs("The airline leased 12 Airbus A350 aircraft from a lessor in Dublin.")
    assert (f.value, f.what, f.about) == (12.0, "aircraft", None)


def test_armed_group_with_digits_stays_an_actor() -> None:
    (f,) = figs("Clashes with 300 M23 rebels went on for a week near the border.")
    assert (f.value, f.what, f.about) == (300.0, "fighters", "M23")


# ---- a volume word as a modifier


def test_barrel_before_plural_noun_modifies_it() -> None:
    got = figs("Helicopters dropped 20 barrel bombs on the district near the oil field.")
    assert [(f.value, f.unit, f.what, f.about) for f in got] == [(20.0, "bombs", "strikes", None)]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The tanker spilled 5,000 barrels near the oil terminal.", "bbl", 5000.0),
        ("A 5,000 barrel spill of crude oil reached the coast.", "bbl", 5000.0),
        ("They estimated 4.1 million barrels of oil escaped.", "bbl", 4_100_000.0),
        ("Crews filled a 55-gallon drum with oil from the leak.", "gal", 55.0),
    ],
)
def test_counted_barrels_stay_volumes(text: str, unit: str, value: float) -> None:
    f = figs(text)[0]
    assert (f.unit, f.what, f.value) == (unit, "volume", value)


def test_weight_before_plural_noun_stays_a_weight() -> None:
    (f,) = figs("The plant installed the 3,000 kg presses last spring.")
    assert (f.value, f.unit, f.what) == (3000.0, "kg", "weight")


# ---- speeds are not distances


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Gusts reached 40mph (64km/h) along the shore.", "km/h"),
        ("The convoy moved at 30 kilometres an hour toward the border.", "km/h"),
    ],
)
def test_speed_is_not_a_distance(text: str, unit: str) -> None:
    speeds = [f for f in figs(text) if f.unit == unit]
    assert len(speeds) == 1 and speeds[0].what == "speed"
    assert not [f for f in figs(text) if f.what == "distance"]


def test_plain_distance_is_unchanged() -> None:
    (f,) = figs("The village lies 35 km from Homsville.")
    assert (f.unit, f.what, f.about) == ("km", "distance", "Homsville")


# ---- numbers naming a flight or a page


def test_flight_number_is_no_count() -> None:
    got = figs("The 1994 downing of Sky Air flight 417 killed 188 people over the sea.")
    assert [(f.value, f.what) for f in got] == [(188.0, "killed")]


def test_count_after_flight_word_with_a_plural_noun_is_kept() -> None:
    got = figs("On the delayed flight 160 passengers waited for six hours.")
    assert [(f.value, f.what) for f in got] == [(160.0, "people")]


# ---- what befell the counted persons, said after them


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("About 40,000 people were left homeless by the floods.", "displaced"),
        ("The storm killed 30 and another 2,000 were made homeless.", "displaced"),
        ("At least 14 members of the relief mission are known to have died.", "killed"),
        ("Hundreds of villagers are feared to have died in the landslide.", "killed"),
    ],
)
def test_state_after_the_phrase(text: str, what: str) -> None:
    assert figs(text)[-1].what == what


def test_leaving_a_place_is_no_event() -> None:
    (f,) = figs("About 200 people left the town on Monday.")
    assert f.what == "people"


def test_hyphened_participle_before_cases() -> None:
    (f,) = figs("The health agency reported 12 new laboratory-confirmed cases of the flu virus.")
    assert (f.value, f.what) == (12.0, "infected")


# ---- share of a population: the noun, not a number


def test_percent_about_skips_a_number() -> None:
    f = figs("Stocks of the drug cover 20% of the 6.1 million population.")[0]
    assert (f.unit, f.about) == ("percent", None)
    f = figs("Stocks of the drug cover 20% of the population.")[0]
    assert f.about == "population"


# ---- exact scaled values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.1 million", 4_100_000.0),
        ("8.3 million", 8_300_000.0),
        ("32.2bn", 32_200_000_000.0),
        ("one and half million", 1_500_000.0),
        ("one and a half million", 1_500_000.0),
    ],
)
def test_scaled_numbers_are_exact(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_scaled_helper() -> None:
    assert scaled(4.1, 1_000_000) == 4_100_000.0
    assert scaled(0.7, 1_000) == 700.0


def test_money_with_decimal_scale_is_exact() -> None:
    (f,) = figs("The firm set aside $32.2 bn for the clean-up.")
    assert (f.value, f.unit) == (32_200_000_000.0, "usd")


def test_range_with_shared_scale_is_exact() -> None:
    (f,) = figs("Between 4.1 and 4.9 million people were affected by the drought.")
    assert (f.value, f.value_max) == (4_100_000.0, 4_900_000.0)


def test_percent_about_ends_before_a_conjunction() -> None:
    f = figs("The pump should collect 80% of the escaping gas and send it ashore.")[0]
    assert (f.unit, f.about) == ("percent", "escaping gas")


def test_number_glued_to_a_scale_word() -> None:
    f = figs("The agency checked on its 12-thousand staff across the region.")[0]
    assert (f.value, f.unit) == (12_000.0, "people")
    assert parse_number("12-thousand") == 12_000.0


def test_a_count_since_a_date_is_as_of_the_report(tmp_path: Path) -> None:
    """'has displaced 20,000 since March' is a total as of the article's date; March only starts the count."""
    from storyline import api

    (tmp_path / "a.txt").write_text(
        "date 2017-06-09\n\nFighting around the river town since March has displaced 20,000 people, "
        "the aid agency said.\n\nOn 2 May, 35 people were killed in the shelling of the market, the agency said."
    )
    figs = {f["value"]: f for f in api.make_brief(api.process([str(tmp_path)])).to_dict()["figures"]}
    assert figs[20000]["as_of"] == "2017-06-09"
    assert figs[35]["as_of"] == "2017-05-02"
