"""Session 30 figures: a date that names an earlier happening ("in the wake of the March 3 fire") does not date a
figure of the main clause; a chronology whose entries open with a bare date ("May 2031 The firm ...") tells its
past in the historic present, lines after a head included; a sentence that opens with the stump of a lost stock
ticker ("N) fell 8 percent") has no subject for its share's move; a one-letter label ("Exhibit A.") ends a
sentence the model runs on.  Invented text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from helpers import day_heads, line_spans, sents, split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, Sentence, TimeExpression
from storyline.story.claims import claimed_figures

PUB = "2031-06-20"


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


# ---- 1: a date that names an earlier happening


def test_a_share_move_after_a_dated_blast_is_not_of_the_blast_day() -> None:
    text = "Shares of Harbour Salvage soared 30 percent in the wake of the March 3 fire at the refinery."
    assert _shown_as_of(text, "30 percent", "March 3", "2031-03-03") is None


def test_a_state_of_now_after_a_dated_quake_is_of_the_report() -> None:
    text = "An estimated 40,000 islanders are homeless following the 9 February earthquake."
    assert _shown_as_of(text, "40,000", "9 February", "2031-02-09") == PUB


def test_a_running_loss_since_a_dated_blowout_is_of_the_report() -> None:
    text = "The driller, the region's biggest employer before the May 2 blowout, has lost $12bn of its market value."
    assert _shown_as_of(text, "$12bn", "May 2", "2031-05-02") == PUB


def test_a_figure_after_the_phrase_and_a_new_clause_is_not_of_the_happening() -> None:
    text = "Harbour Salvage rose 30 percent after the March 3 fire, while Delta Pumps gained 12 percent."
    assert _shown_as_of(text, "12 percent", "March 3", "2031-03-03") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Inspections were ordered after the March 3 fire that killed 14 workers.", "14"),
        ("Inspections were ordered after the March 3 fire at the plant, which killed 14 workers.", "14"),
        ("The union sued after the March 3 fire at its Port Vale, Oregon plant that killed 14 workers.", "14"),
        ("Six weeks after the March 3 fire, killing 14 workers, the plant reopened.", "14"),
    ],
)
def test_the_happenings_own_figure_keeps_its_date(text: str, number: str) -> None:
    assert _shown_as_of(text, number, "March 3", "2031-03-03") == "2031-03-03"


def test_a_date_of_the_figures_own_phrase_is_kept() -> None:
    # no cue of sequence: the day is the figure's
    text = "Shares of Harbour Salvage soared 30 percent on March 3 after the fire."
    assert _shown_as_of(text, "30 percent", "March 3", "2031-03-03") == "2031-03-03"
    # the date is no noun's modifier ("after March 3 to ..."): left to the linker
    text = "Lawmakers may vote on $25 billion in aid after the March 3 to 5 recess."
    assert _shown_as_of(text, "$25 billion", "March 3", "2031-03-03") == "2031-03-03"


@pytest.mark.parametrize(
    ("text", "number", "day", "value", "shown"),
    [
        # a phrase a participle opens, set off by commas, dates what it says, not the main clause's figure
        ("Harbour Lights, released in 2019, is the best-selling album of the decade, with 9m copies sold.", "9m",
         "2019", "2019", PUB),
        ("The advocacy group, founded in 2002 by two nurses, has collected more than 8,000 signatures.", "8,000",
         "2002", "2002", PUB),
        ("The ferry, built in 2011 at a Baltic yard, was sold for $4m.", "$4m", "2011", "2011", None),
    ],
)  # fmt: skip
def test_a_date_in_a_participle_phrase_does_not_date_the_main_clause(
    text: str, number: str, day: str, value: str, shown: str | None
) -> None:
    assert _shown_as_of(text, number, day, value) == shown


@pytest.mark.parametrize(
    ("text", "number", "day", "value"),
    [
        # a document's release dates what it says
        ("The survey, released on Thursday, said 12 percent of the wells leak.", "12 percent", "Thursday", "2031-06-19"),
        # the figure's own noun phrase
        ("The $2bn fund, set up in March, pays claims within a month.", "$2bn", "March", "2031-03"),
        # no participle phrase: the subject's apposition, then its verb
        ("When Jo Roe, 51, looked at her account last December, she had $48,000.", "$48,000", "last December", "2030-12"),
        ("The ferry, leased to a Greek firm, sank in April, killing 14 passengers.", "14", "April", "2031-04"),
    ],
)  # fmt: skip
def test_a_date_of_the_figures_own_clause_or_its_source_is_kept(text: str, number: str, day: str, value: str) -> None:
    assert _shown_as_of(text, number, day, value) == value


# ---- 2: a chronology whose entries open with a bare date


_CHRONOLOGY = (
    "A look back at the case.\n"
    "1998 Jo Park opens a clinic in Reno.\n"
    "March 2029 Dr Park is hired by the promoters.\n"
    "She is paid $90,000 a month.\n"
    "4 June 2030 The clinic is raided and 40 files are taken.\n"
    "8 June 2030 Police question Dr Park.\n"
    "Today the clinic employs 12 nurses.\n"
)


def _chronology_figures() -> dict[str, str | None]:
    text = _CHRONOLOGY
    heads = day_heads(
        text, ("1998", "1998"), ("March 2029", "2029-03"), ("4 June 2030", "2030-06-04"), ("8 June 2030", "2030-06-08")
    )
    return {f.text: f.as_of for f in extract_figures(text, split(text), "a", [], heads)}


def test_a_line_after_a_bare_dated_head_is_told_in_the_historic_present() -> None:
    found = _chronology_figures()
    assert found["$90,000 a month"] is None  # the entry of March 2029 goes on: no present of the report
    assert found["40"] is None  # an entry's own line


def test_a_line_after_the_last_head_keeps_its_present() -> None:
    assert _chronology_figures()["12"] == "PRESENT_REF"


def test_two_paragraphs_that_open_with_a_date_are_no_chronology() -> None:
    text = "2029 The harbour was dredged.\nThe port now employs 300 people.\nMarch 2030 The port reopened.\n"
    heads = day_heads(text, ("2029", "2029"), ("March 2030", "2030-03"))
    found = {f.text: f.as_of for f in extract_figures(text, split(text), "a", [], heads)}
    assert found["300"] == "PRESENT_REF"


def test_relative_days_that_open_a_diarys_lines_are_no_heads() -> None:
    text = (
        "Today I stayed home.\nYesterday I went out.\nToday I read.\nTomorrow I call my friend.\n"
        "The school has 600 pupils.\nToday I rest.\n"
    )
    heads = day_heads(
        text,
        ("Today", "2031-06-20"),
        ("Yesterday", "2031-06-19"),
        ("Tomorrow", "2031-06-21"),
        ("Today I rest", "2031-06-20"),
    )
    found = {f.text: f.as_of for f in extract_figures(text, split(text), "a", [], heads)}
    assert found["600"] == "PRESENT_REF"


# ---- 3: the stump of a lost ticker


def test_a_share_move_whose_company_the_source_lost_is_no_figure() -> None:
    text = "Other drillers were hit hard.\nN) fell 8.4 percent to $31.20 in late trading."
    assert [f.text for f in extract_figures(text, split(text), "a", [], [])] == []


def test_a_ticker_in_its_sentence_keeps_the_move() -> None:
    text = "Shares of Gulfline (GLF.N) fell 8.4 percent to $31.20 in late trading."
    assert [f.text for f in extract_figures(text, split(text), "a", [], [])] == ["8.4 percent", "$31.20"]


# ---- 4: a one-letter label ends a sentence


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The refinery fire is Exhibit A. The plant had failed three inspections.", "The refinery fire is Exhibit A."),
        (
            "The strain is a subtype of influenza type A. Symptoms include fever.",
            "The strain is a subtype of influenza type A.",
        ),
        ("There is a Plan C and a Plan D. So we are working on several options.", "There is a Plan C and a Plan D."),
    ],
)
def test_a_one_letter_label_ends_a_sentence(text: str, first: str) -> None:
    assert sents(text, [(0, len(text))])[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "The memo was signed by John A. Smith of the treasury.",  # an initial after a first name
        "Class A shares rose while the Plan B. option stayed open.",  # no capitalised word after
    ],
)
def test_an_initial_or_a_label_inside_the_sentence_is_no_boundary(text: str) -> None:
    assert sents(text, line_spans(text)) == [text]
