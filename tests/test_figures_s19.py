"""Figures, session 19: numbers inside names, halves said after the scale, singular words after a count,
"the number of X", "as high as", negated and named numbers (invented text)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.annotate.numbers import parse_number
from storyline.records import Figure, Mention


def figs(text: str, mentions: list[Mention] | None = None) -> list[Figure]:
    return extract_figures(text, split(text), "a", mentions or [], [])


def brief(text: str) -> list[tuple[float, float | None, str, str | None, str | None]]:
    return [(f.value, f.value_max, f.qualifier, f.unit, f.what) for f in figs(text)]


# ---------------------------------------------------------------- halves after the scale


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("a million and a half", 1_500_000.0),
        ("a million and half", 1_500_000.0),
        ("two million and a half", 2_500_000.0),
        ("1 and a half million", 1_500_000.0),
        ("one-and-a-half million", 1_500_000.0),
        ("two and a half thousand", 2_500.0),
    ],
)
def test_a_half_said_after_the_scale_is_half_of_the_scale(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_a_million_and_half_displaced_is_one_and_a_half_million() -> None:
    assert brief("After the flood, a million and half displaced people waited in Norland.") == [
        (1_500_000.0, None, "exact", "people", "displaced")
    ]


def test_half_of_something_else_is_not_added_to_the_scale() -> None:
    (f,) = figs("About a million and half the herd were evacuated from the valley.")
    assert f.value == 1_000_000.0


# ---------------------------------------------------------------- numbers inside names


@pytest.mark.parametrize(
    "text",
    [
        "Four Furlong Marsh was the scene of the worst leak in a decade.",
        '"Nine Mile Point was nothing like this," the engineer said.',
        "The ferry sailed past the Seven Mile Bridge at dawn.",
    ],
)
def test_a_capitalised_unit_word_is_part_of_a_name(text: str) -> None:
    assert figs(text) == []


def test_a_title_case_headline_keeps_its_units() -> None:
    assert brief("Leak At Rig Grows To 8,000 Barrels A Day") == [(8000.0, None, "exact", "bbl/d", "flow")]


def test_a_number_inside_an_entity_name_is_no_figure() -> None:
    text = "Listeners crowded into the 7 Music studios."
    start = text.index("7 Music")
    name = Mention(article="a", sentence=0, start=start, end=start + len("7 Music"), text="7 Music", label="ORG")
    assert figs(text, [name]) == []
    assert len(figs(text)) == 1  # without the name the recogniser found, "7 ... studios" is read as a count


def test_a_nationality_after_a_number_is_still_counted() -> None:
    text = "Three Ruritanians were killed in the blast."
    name = Mention(article="a", sentence=0, start=6, end=17, text="Ruritanians", label="NORP")
    assert [(f.value, f.what) for f in figs(text, [name])] == [(3.0, "killed")]


# ---------------------------------------------------------------- singular words after a count


@pytest.mark.parametrize(
    ("text", "what", "unit"),
    [
        ("Officials reported 2,140 laboratory confirmed cases of the flu.", "infected", "people"),
        ("The ministry counts 9,310 probable and confirmed cases of measles.", "infected", "people"),
        ("A team of 64 search and rescue specialists reached the town.", "people", "people"),
        ("Some 7,200 UN military and police personnel guard the border.", "troops", "people"),
        ("At least 23 further suspected cases of cholera are being tested.", "infected", "people"),
    ],
)
def test_singular_modifiers_take_the_plural_noun_after_them(text: str, what: str, unit: str) -> None:
    (f,) = figs(text)
    assert (f.what, f.unit) == (what, unit)


def test_both_ends_of_an_elided_pair_count_the_shared_noun() -> None:
    assert [(f.value, f.unit) for f in figs("The fund has 31 institutional and 12 private investors.")] == [
        (31.0, "people"),
        (12.0, "people"),
    ]


def test_mixed_military_and_civilian_personnel_are_people_not_troops() -> None:
    (f,) = figs("Thousands of military and civilian personnel joined the clean-up.")
    assert f.what == "people"


@pytest.mark.parametrize(
    "text",
    [
        "Investigators played a recording of the 911 call to the jury.",
        "Membership of the club is nearing the 40,000 mark.",
        "The agency said the 250,000 figure was not credible.",
        "The envoy asked for a 2,800 boost to the mission.",
        "He rang the 999 emergency line from the platform.",
    ],
)
def test_a_number_between_a_determiner_and_a_singular_noun_counts_nothing(text: str) -> None:
    assert figs(text) == []


def test_a_quake_with_a_decimal_is_a_magnitude() -> None:
    assert brief("Residents felt a 6.4 quake shortly after midnight.") == [(6.4, None, "exact", None, "magnitude")]


def test_an_adverb_after_a_number_is_no_counted_noun() -> None:
    assert all(f.unit != "worldwide" for f in figs("Sales reached 81,400 worldwide by Friday."))
    assert all(f.unit != "abroad" for f in figs("The agency holds 4,000 tents here and a further 9,000 abroad."))


def test_a_plural_after_a_number_is_still_counted() -> None:
    assert brief("The 40 victims were buried on Sunday.") == [(40.0, None, "exact", "people", "people")]


# ---------------------------------------------------------------- the number of X


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The number of confirmed cases of the flu rose to 318 on Monday.", "infected"),
        ("The WHO gave the number of recorded flu cases as 41,206 worldwide.", "infected"),
        ("He said the number of US troops would grow to 12,000.", "troops"),
        ("Officials say the number of people killed could be as high as 9,000.", "killed"),
    ],
)
def test_the_number_of_x_counts_x(text: str, what: str) -> None:
    (f,) = figs(text)
    assert f.what == what


def test_as_high_as_is_an_upper_bound() -> None:
    (f,) = figs("The death toll could be as high as 4,500.")
    assert (f.value, f.qualifier, f.what) == (4500.0, "up_to", "killed")


def test_a_rise_by_n_to_m_is_the_new_total_not_a_range() -> None:
    (f,) = figs("The death toll rose by 12 to 230 people in Eastvale.")
    assert (f.value, f.value_max, f.qualifier) == (230.0, None, "exact")


# ---------------------------------------------------------------- negation, durations, rates


def test_not_one_is_no_count_of_one() -> None:
    assert figs("Not one Ruritanian died in the crash.") == []


def test_an_abbreviated_duration_is_no_count() -> None:
    assert figs("The train left 15 mins ago from the coast.") == []


def test_names_joined_by_and_do_not_end_the_clause_of_a_rate() -> None:
    assert [f.unit for f in figs("Millions of people in Norland and Southmark die every year from the fever.")] == [
        "people/yr"
    ]
    assert brief("Thousands of people fled and the army arrived every day.") == [
        (1000.0, 9999.0, "order", "people", "displaced")
    ]


# ---------------------------------------------------------------- shares, fuel economy, adverbs


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Overall, 61 percent of voters favor the new bridge.", "voters"),
        ("The poll found 23 percent of residents reported losing income.", "residents"),
        ("About 70% of the population lives near the coast.", "population"),
        ("Lakeside lost 38 percent of its textile manufacturing jobs.", "textile manufacturing jobs"),
    ],
)
def test_a_share_is_of_the_head_noun_not_of_the_verb_after_it(text: str, about: str) -> None:
    (f,) = figs(text)
    assert f.about == about


def test_miles_per_gallon_is_no_distance() -> None:
    assert figs("At 31 miles per gallon, the van is thrifty.") == []


def test_an_adverb_after_a_number_ends_the_phrase_but_not_before_an_adjective() -> None:
    assert figs("The index fell from its peak of 12,345.67 exactly one year earlier.") == []
    (f,) = figs("Herds of 3,000 genetically identical animals catch the virus.")
    assert f.unit == "animals"


def test_a_rank_after_top_is_no_count() -> None:
    assert figs('"We expected it," a top 20 investor said.') == []


def test_a_hyphened_degree_is_a_temperature() -> None:
    assert figs("Divers worked in 38-degree water all week.") == []
