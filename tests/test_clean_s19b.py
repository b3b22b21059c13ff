"""Session 19 (round 2) cleaning: a wire page's teaser above "Full Article", a picture credit glued to
the first word of a paragraph, a fact box glued before a quotation.  Invented text only."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import CaseCounts, fact_box_end, repeated_subject_start

BODY = (
    "The council said on Friday it would close the old harbour bridge to traffic for six weeks .\n"
    "Engineers found cracks in two of the main supports during an inspection last month .\n"
    "Local traders said the closure would cost them business over the summer season .\n"
)


def test_teaser_above_full_article_link_is_debris() -> None:
    text = (
        "Goat wins village spelling contest , judges stunned .\n"
        "Full Article Harbour bridge to shut for repairs PORTVILLE | Fri Jun 4 , 2010 9:15 am IST "
        "PORTVILLE -LRB- Wire -RRB- - The council said on Friday it would close the old harbour bridge .\n" + BODY
    )
    res = clean_text(text)
    assert "Goat wins" not in res.text
    assert "Full Article" not in res.text
    assert res.title == "Harbour bridge to shut for repairs"
    assert any("Goat wins" in line for line, _ in res.reasons)
    assert "Engineers found cracks" in res.text


def test_teaser_glued_before_full_article_on_the_first_line() -> None:
    text = "Goat wins village spelling contest Full Article Storm warning for the coast ?\n" + BODY
    res = clean_text(text)
    assert "Goat wins" not in res.text
    assert "Full Article" not in res.text
    assert res.text.startswith("Storm warning for the coast ?")


def test_full_article_after_a_long_paragraph_is_left_alone() -> None:
    long_par = " ".join(["The mayor spoke about the bridge and the long summer ahead ."] * 4)
    text = long_par + "\nFull Article Harbour bridge to shut for repairs today\n" + BODY
    res = clean_text(text)
    assert "The mayor spoke" in res.text


@pytest.mark.parametrize(
    "line",
    [
        "AP2010 Engineers from the three firms told the committee on Tuesday that the bridge was safe .",
        "-LRB- AP -RRB- AP2010 Engineers from the three firms told the committee on Tuesday that the bridge was safe .",
        "(AP Photo/Jo Roe) AP2008 Engineers from the three firms told the committee on Tuesday that the bridge was safe .",
    ],
)
def test_agency_year_credit_is_cut_from_the_paragraph(line: str) -> None:
    res = clean_text(BODY + line + "\n")
    assert "AP20" not in res.text
    assert "Engineers from the three firms told the committee" in res.text
    assert any("AP20" in removed for removed, _ in res.reasons)


def test_agency_and_year_as_separate_words_stay() -> None:
    line = "AP 2010 figures showed the bridge carried 40,000 cars a day ."
    res = clean_text(BODY + line + "\n")
    assert line in res.text


def test_fact_box_glued_before_a_quotation_is_cut() -> None:
    line = (
        "Northland : 12 confirmed cases Southland : 30 confirmed cases Eastmarch and Westmarch : cases being "
        "tested `` We are watching the outbreak very closely , '' said the health minister Jo Roe ."
    )
    end = fact_box_end(line)
    assert end is not None
    assert line[end:].startswith("`` We are watching")
    assert "Southland : 30" in line[:end]


@pytest.mark.parametrize(
    "line",
    [
        # a quotation introduced by a colon: no box
        "The minister said : `` We are watching the outbreak very closely , '' and left the room .",
        # one label only
        "Northland : 12 confirmed cases `` We are watching the outbreak very closely , '' said Jo Roe .",
        # a sentence ends before the quotation
        "Northland : 12 cases . Southland : 30 cases `` We are watching the outbreak very closely , '' said Jo Roe .",
    ],
)
def test_no_fact_box_before_the_quotation(line: str) -> None:
    end = fact_box_end(line)
    assert end is None or not line[end:].startswith("``")


def test_headline_glued_before_a_sentence_naming_its_subject_again() -> None:
    text = (
        "Avel Bank faces new flood bills Avel Bank is paying millions of dollars a week to families "
        "whose homes were flooded last spring .\n" + BODY
    )
    res = clean_text(text)
    assert res.text.startswith("Avel Bank is paying millions")
    head = "Avel Bank faces new flood bills"
    assert res.title == head or any(line == head for line, _ in res.reasons)


@pytest.mark.parametrize(
    "first",
    [
        # the words before the name run on into it: one sentence
        "The council has been forced to defend Jo Roe 's decision to close the bridge for six weeks .",
        # the clause after the capitalised word does not repeat a word of the words before it
        "Harbour traders brace for a quiet summer Engineers found cracks in two of the main supports .",
    ],
)
def test_no_headline_cut(first: str) -> None:
    res = clean_text(first + "\n" + BODY)
    assert res.text.startswith(first)


def test_past_tense_before_the_repeated_name_is_no_headline() -> None:
    line = "Avel Bank paid new flood bills Avel Bank is paying millions of dollars a week to families ."
    assert repeated_subject_start(line, CaseCounts.of([line])) is None
    ok = "Avel Bank faces new flood bills Avel Bank is paying millions of dollars a week to families ."
    assert ok[: repeated_subject_start(ok, CaseCounts.of([ok]))].strip() == "Avel Bank faces new flood bills"
