"""Session 31 figures: a condition that opens its sentence with no comma after it ends where its pronoun subject
comes back before a modal, so the main clause's figure is kept; a range keeps the bound said before it in its
text ("as many as 3,000-4,000"); a time after "until" ends a span or a wait and does not date a figure, unless the
"until" opens the sentence or the figure tells of that time.  Invented text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from helpers import day_heads, split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, Sentence, TimeExpression
from storyline.story.claims import claimed_figures

PUB = "2031-06-20"


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


# ---- 1: a condition that opens its sentence with no comma


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('"If you look at the pictures you can see smoke rising from more than 300 homes," the mayor said.', "300"),
        ("If we close the valve tonight we will stop more than 8,000 barrels a day from reaching the bay.", "8,000"),
        ("If they check the records they'll find at least 40 violations at the plant.", "40"),
    ],
)
def test_a_bound_in_the_main_clause_after_an_opening_condition_is_kept(text: str, written: str) -> None:
    found = [f for f in figs(text) if written in f.text]
    assert len(found) == 1, figs(text)
    assert found[0].qualifier in ("more_than", "at_least")


@pytest.mark.parametrize(
    "text",
    [
        "If more than 50 workers are infected we will close the plant.",
        "If you think you can find more than 40 volunteers call the town hall.",
        "If officials say they can house more than 200 families the camp will stay open.",
        "The plant will close if more than 50 workers are infected.",
        "The camp will shut unless you can find more than 40 volunteers.",
    ],
)
def test_a_bound_inside_the_condition_is_still_no_figure(text: str) -> None:
    assert figs(text) == []


# ---- 2: a range with a bound before it


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("The flood has left as many as 3,000-4,000 people homeless.", "as many as 3,000-4,000", 3000, 4000),
        ("About 120-150 people have died since the storm struck.", "About 120-150", 120, 150),
        ("The fund could lose up to $2 billion to $3 billion this year.", "up to $2 billion to $3 billion", 2e9, 3e9),
    ],
)
def test_a_range_keeps_its_bound_in_its_text(text: str, written: str, low: float, high: float) -> None:
    (f,) = figs(text)
    assert (f.text, f.value, f.value_max, f.qualifier) == (written, low, high, "range")


def test_a_range_with_no_bound_is_unchanged() -> None:
    (f,) = figs("The storm destroyed 3,000-4,000 homes.")
    assert (f.text, f.value, f.value_max, f.qualifier) == ("3,000-4,000", 3000, 4000, "range")


# ---- 3: a time after "until"


def _doc(text: str, figures: list[Figure], times: Sequence[TimeExpression]) -> AnnotatedArticle:
    article = Article(id="a", file="a.txt", text=text, published=PublishedDate(value=PUB, precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    return AnnotatedArticle(article=article, sentences=sentences, figures=figures, times=list(times))


def _shown_as_of(text: str, number: str, day: str, value: str) -> str | None:
    """The as_of the figures table shows for ``number``, its sentence's only time ``day`` (which dated it)."""
    at = text.index(number)
    fig = Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=1.0, as_of=value)
    (time,) = day_heads(text, (day, value))
    return claimed_figures([_doc(text, [fig], [time])], [])[0].as_of


@pytest.mark.parametrize(
    ("text", "number", "day", "value"),
    [
        # the level a plan starts from, and a flow that goes on until a well is done
        ("The miner aims to raise output by 3% a year from 2 million tonnes until 2036.", "2 million tonnes", "2036",
         "2036"),
        ("If 9,000 barrels a day keeps leaking until August, the bill could double.", "9,000 barrels a day", "August",
         "2031-08"),
        ("The firm does not expect to stop the loss of $4 million a day until September.", "$4 million", "September",
         "2031-09"),
    ],
)  # fmt: skip
def test_a_time_after_until_does_not_date_a_figure(text: str, number: str, day: str, value: str) -> None:
    assert _shown_as_of(text, number, day, value) is None


def test_a_figure_of_now_before_until_is_of_the_report() -> None:
    text = "More than 6,000 claims have been filed, and some could take until mid-December to settle."
    assert _shown_as_of(text, "6,000", "mid-December", "2031-12") == PUB


@pytest.mark.parametrize(
    ("text", "number", "day", "value"),
    [
        # an "until" that opens the sentence tells how things stood up to that time
        ("Until the end of last week, the port said the clean-up cost $3 million a day.", "$3 million", "last week",
         "2031-W24"),
        ("Not until May 27 did the panel raise its estimate to 25,000 barrels.", "25,000", "May 27", "2031-05-27"),
        # the figure tells of the span's end
        ("Its debt kept rising until 2029, at which point it had reached 180 percent of output.", "180 percent",
         "2029", "2029"),
        ("The epidemic spread for years, lasting until 1889 and eventually killing some 90,000 people.", "90,000",
         "1889", "1889"),
    ],
)  # fmt: skip
def test_an_until_that_opens_the_sentence_or_a_figure_of_its_end_keeps_the_date(
    text: str, number: str, day: str, value: str
) -> None:
    assert _shown_as_of(text, number, day, value) == value


# ---- 4: a "since" phrase that opens the sentence with no comma


@pytest.mark.parametrize(
    ("text", "number", "day", "value"),
    [
        ("Since the 2027 merger the group has cut at least 4,000 jobs in its mills.", "4,000", "2027", "2027"),
        ("Since the dam failed on March 3 the agency has counted 212 dead.", "212", "March 3", "2031-03-03"),
    ],
)
def test_a_running_count_after_an_opening_since_phrase_is_of_the_report(
    text: str, number: str, day: str, value: str
) -> None:
    assert _shown_as_of(text, number, day, value) == PUB


@pytest.mark.parametrize(
    ("text", "number", "day", "value"),
    [
        # the happening's own figure, in the phrase itself or its relative clause
        ("Since the March 3 blast killed 14 workers the plant has stayed shut.", "14", "March 3", "2031-03-03"),
        ("Since the March 3 flood that has killed 40 people the town has had no power.", "40", "March 3",
         "2031-03-03"),
    ],
)  # fmt: skip
def test_the_since_phrases_own_figure_keeps_its_date(text: str, number: str, day: str, value: str) -> None:
    assert _shown_as_of(text, number, day, value) == value
