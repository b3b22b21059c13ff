"""Figures, session 25 round 2 (storyline.annotate.figures): "N in M" is a ratio only when N is the smaller ("the
toll rose to 40 in 12 provinces" is a toll and a count of places); years listed together are years, never counts;
numbers listed after a plural word that numbers things name them ("paragraphs 10 and 11"); a word that is never a
noun after a number is not what it counts."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures


def figs(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.what) for f in extract_figures(text, split(text), "a", [], [])]


# ---- "N in M": a ratio only when the first is the smaller


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the floods rose to 40 in 12 provinces on Sunday.",
        "Deaths climbed to 40 in 12 provinces, officials said.",
    ],
)
def test_count_in_fewer_places_is_no_ratio(text: str) -> None:
    assert figs(text) == [("40", 40.0, "people", "killed"), ("12", 12.0, "provinces", None)]


def test_count_of_places_is_no_toll() -> None:
    got = figs("Raiders killed 25 in 4 villages near the border.")
    assert ("25", 25.0, "people", "killed") in got
    assert not any(t == "4" and w == "killed" for t, _v, _u, w in got)


@pytest.mark.parametrize(
    "text",
    [
        "One in 20 adults in the region now has diabetes.",
        "Three in 10 voters said they would back the mayor.",
        "About 1 in 5 households had no power on Monday.",
    ],
)
def test_share_of_a_larger_whole_is_still_a_ratio(text: str) -> None:
    assert figs(text) == []


# ---- a list of years


@pytest.mark.parametrize(
    "text",
    [
        "Measles deaths in 2011 and 2012 numbered 52, the ministry said.",
        "The toll for 2011, 2012 and 2013 was 52.",
        "Deaths between 2011 and 2012 reached 52.",
        "Measles deaths in 2011 or 2012 never topped 52.",
    ],
)
def test_years_listed_together_are_no_toll(text: str) -> None:
    assert figs(text) == [next(f for f in figs(text) if f[1] == 52.0)]
    assert all(f[1] < 1000 for f in figs(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2012, 2000 people fled the fighting.", 2000.0),
        ("In 2012 and 1500 people fled, the agency said.", 1500.0),
        ("Between 1500 and 2000 people fled the fighting.", 1500.0),
    ],
)
def test_a_count_after_a_year_is_kept(text: str, value: float) -> None:
    assert [f[1] for f in figs(text)] == [value]


# ---- numbers naming things after a plural naming word


@pytest.mark.parametrize(
    "text",
    [
        "The judge pointed to paragraphs 14 and 15 rather than the report's summary.",
        "Her objections are set out in sections 4, 5 and 9 of the filing.",
        "The airline cancelled flights 210 and 212 on Friday.",
    ],
)
def test_numbers_after_a_plural_naming_word_are_names(text: str) -> None:
    assert figs(text) == []


# ---- a word that is never a noun is not what a number counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic closed ward 3 rather than the whole wing.", []),
        ("The bank kept its rate at 5 despite the slump.", []),
        ("She was born with three copies of gene 7 instead of two.", []),
        ("The council's decision 418 requires that every school close.", []),
        ("Of the 90 complaints, 31 relate to the port.", [("90", 90.0, "complaints", None)]),
    ],
)
def test_never_a_noun_after_a_number(text: str, expected: list[tuple[str, float, str | None, str | None]]) -> None:
    assert figs(text) == expected


def test_plural_noun_after_a_number_is_still_counted() -> None:
    assert figs("Inspectors found 31 faults at the port.") == [("31", 31.0, "faults", None)]


# ---- a score or odds "N-M" with M not above N counts nothing


@pytest.mark.parametrize(
    "text",
    [
        "The hosts were held to a 2-2 draw by the visitors.",
        "Fans booed after the 4-0 defeat at home.",
        "Doctors gave him a 50-50 chance of walking again.",
        "The colt, a 40-1 outsider, won by a length.",
    ],
)
def test_score_or_odds_is_no_count(text: str) -> None:
    assert figs(text) == []


def test_a_range_climbs_and_stays_a_figure() -> None:
    assert figs("Crews found 20-40 wrecked boats in the bay.") == [("20-40", 20.0, "boats", "vehicles")]
