"""Session 30b figures: a bound keeps its number across an indefinite article ("as high as a 100,000 barrels a
day", "more than a $150,000 a month"), but a preposition that is no bound does not ("over a 10-year period");
"shy of" is a bound under its number.  A sentence's opening participle or adverb ("Based on ...", "Last reported,")
names no speaker of its figures.  Invented text."""

from __future__ import annotations

import pytest

from helpers import split, written_figure
from storyline.annotate.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        (
            "Engineers said the seepage could run as high as a 20,000 barrels a day before the valve is shut.",
            "as high as a 20,000 barrels a day",
            "up_to",
        ),
        (
            "The clinic paid its chief surgeon more than a $90,000 a month, the filing shows.",
            "more than a $90,000 a month",
            "more_than",
        ),
        (
            "The bank plans to lend $12 billion next year, almost a 40 percent rise on this year.",
            "almost a 40 percent",
            "about",
        ),
        (
            "The fund wants at least a 15% share of the new pipeline company, its chairman said.",
            "at least a 15%",
            "at_least",
        ),
        (
            "The final tally of the spill is just shy of 40 million gallons, the coast guard said.",
            "just shy of 40 million gallons",
            "fewer_than",
        ),
    ],
)
def test_a_bound_holds_across_an_article(text: str, written: str, qualifier: str) -> None:
    fig = written_figure(text, written)
    assert fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Crews laid booms over a 30-mile stretch of the coast on Tuesday.", "30-mile"),
        ("The ruling turned on a dispute about a 500-acre parcel of farmland.", "500-acre"),
    ],
)
def test_a_preposition_before_an_article_is_no_bound(text: str, written: str) -> None:
    # "over a 30-mile stretch" is across one, "about a 500-acre parcel" concerning one: the article's noun follows
    assert written_figure(text, written).qualifier == "exact"


def test_a_definite_article_names_another_figure() -> None:
    # "more than the $20 billion it set aside": a comparison with a figure said before, not a bound on it
    text = "Analysts expect the bill to be far more than the $20 billion the company has set aside."
    fig = written_figure(text, "$20 billion")
    assert fig.qualifier == "exact"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in extract_attributions(text, split(text), "a", [], None) if a.speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Last reported, the port was losing $4 million a day because of the strike.",
        "-- Based on the highest estimates by the agency, the leak became the worst in the bay's history.",
        "Based on the latest estimates by regulators, the fund lost $2 billion.",
    ],
)
def test_an_opening_participle_is_no_speaker(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reed reported 40 new cases on Monday.", "Reed"),
        ("Last week Harbour Salvage said 40 people died.", "Harbour Salvage"),
        ("Asked about the outbreak, Dr Jo Park said the clinic was ready.", "Dr Jo Park"),
    ],
)
def test_a_name_before_the_cue_still_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
