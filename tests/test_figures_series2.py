"""Figures and claims, second round: ratios, school years, model numbers, barrels, flows through bracketed
conversions, infections said after the counted persons, and disaster tolls as a series (invented text)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, TimeExpression
from storyline.story.claims import agreement, claims_of


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


@pytest.mark.parametrize(
    "text",
    [
        "Nearly three out of four voters in Ruritania back the plan.",
        "Eight in ten residents of Lakeside oppose the tower.",
        "Two in three shoppers said prices rose.",
        "Five of them were year seven pupils at Hillcrest school.",
    ],
)
def test_ratios_and_school_years_count_nobody(text: str) -> None:
    assert [f for f in figs(text) if f.unit == "people"] == []


def test_a_year_before_a_count_is_still_a_count() -> None:
    assert [(f.value, f.what) for f in figs("Last year 12 people died on the pass.")] == [(12.0, "killed")]


def test_a_model_number_keeps_the_count_of_the_things() -> None:
    (f,) = figs("The carrier ordered 30 Zephyr 450 jets for its fleet.")
    assert (f.value, f.what, f.unit) == (30.0, "aircraft", "jets")
    assert figs("The Zephyr 450 jets were grounded.") == []


def test_a_barrel_is_oil_only_where_oil_is_said() -> None:
    (f,) = figs("The brewery sold 8,000 barrels last year.")
    assert (f.unit, f.about) == ("bbl", None)
    (g,) = figs("The crude terminal shipped 8,000 barrels last week.")
    assert (g.unit, g.about) == ("bbl", "oil")


def test_a_flow_reads_through_its_bracketed_conversion() -> None:
    (f,) = figs("Up to 30,000 barrels (1.26 million gallons) of oil a day escaped from the pipe.")
    assert (f.unit, f.what, f.about, f.qualifier) == ("bbl/d", "flow", "oil", "up_to")
    found = figs(
        "Engineers put the leak at 9,000 barrels (378,000 gallons or 1.4 million litres) to 16,000 barrels per day."
    )
    # one range, each end with its unit and a conversion between them
    assert [(f.value, f.value_max, f.unit, f.qualifier) for f in found] == [(9000.0, 16000.0, "bbl/d", "range")]


def test_an_aside_in_brackets_is_no_conversion() -> None:
    found = figs("Funds hold $30 trillion (the country's output is $9 trillion), he said.")
    assert [f.value for f in found] == [30e12, 9e12]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("In Ruritania, 14 people are now known to have been infected with the virus.", "infected"),
        ("A total of 2,310 people have now caught the flu in Ruritania.", "infected"),
        ("Nine pupils tested positive for the virus on Monday.", "infected"),
        ("The fever has now infected almost 700 people in the province.", "infected"),
        ("Police caught 12 people smuggling goods.", "people"),  # no disease: "caught" is no infection
        ("Seven workers on the platform were killed.", "killed"),
        ("Seven workers lost their lives in the blast.", "killed"),
        ("He met 30 people on Monday and killed nobody.", "people"),  # an "on" phrase needs a passive event
    ],
)
def test_what_befell_the_counted_persons_after_them(text: str, what: str) -> None:
    found = [f for f in figs(text) if f.unit == "people"]
    assert len(found) == 1 and found[0].what == what, found


# --------------------------------------------------------------------------- disaster tolls as claims


def _doc(i: int, day: str, text: str, dated: tuple[str, str] | None = None) -> AnnotatedArticle:
    """An annotated article; ``dated``: (a phrase of the text, its TimeML day), set as every figure's date."""
    art = Article(id=f"d{i}", file=f"d{i}.txt", outlet="Daily", text=text, published=PublishedDate(value=day))
    sents = split(text)
    found = extract_figures(text, sents, art.id, [], [])
    times: list[TimeExpression] = []
    if dated:
        at = text.index(dated[0])
        times = [
            TimeExpression(article=art.id, sentence=0, start=at, end=at + len(dated[0]), text=dated[0], value=dated[1])
        ]
        found = [f.model_copy(update={"as_of": dated[1]}) for f in found]
    return AnnotatedArticle(article=art, sentences=sents, figures=found, times=times)


def test_a_disaster_toll_rising_over_days_is_a_series_and_not_a_disagreement() -> None:
    docs = [
        _doc(1, "2031-03-02", "Officials said 900 people were killed in the earthquake."),
        _doc(2, "2031-03-09", "The death toll from the earthquake rose to 4,200 people killed."),
        _doc(3, "2031-03-16", "The earthquake killed 11,500 people, officials said."),
        _doc(4, "2031-03-16", "Thousands are feared dead after the earthquake."),
    ]
    disagreements, series = agreement(docs, [])
    (s,) = [s for s in series if str(s["about"]).startswith("killed")]
    assert [p["number"] for p in s["points"]] == [900.0, 4200.0, 11500.0]  # type: ignore[index, attr-defined]
    assert disagreements == []  # "thousands" is no count to dispute, and a toll that grew is no dispute


def test_a_disaster_toll_dated_by_its_disaster_is_reported_when_it_is_said() -> None:
    docs = [
        _doc(1, "2031-03-02", "Some 900 people were killed in the 1 March earthquake.", ("1 March", "2031-03-01")),
        _doc(2, "2031-03-08", "As many as 6,000 people died in the 1 March earthquake.", ("1 March", "2031-03-01")),
    ]
    (c1, c2) = sorted(claims_of(docs, []), key=lambda c: c.figure.value)
    assert (c1.time, c1.explicit, c2.time, c2.explicit) == ("2031-03-02", False, "2031-03-08", False)
    _, series = agreement(docs, [])
    assert [p["number"] for p in series[0]["points"]] == [900.0, 6000.0]  # type: ignore[index, attr-defined]


def test_one_bodys_losses_are_not_the_disasters_toll() -> None:
    docs = [
        _doc(1, "2031-03-02", "Officials said 900 people were killed in the earthquake."),
        _doc(2, "2031-03-05", "The agency said 17 of its staff were killed in the earthquake."),
    ]
    disagreements, series = agreement(docs, [])
    assert series == [] and disagreements == []
