"""Glued captions before a name-led sentence, and age-stamped link lists (invented text only)."""

from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.glued import CaseCounts, glued_names
from storyline.options import Options
from storyline.records import RawDocument

OPT = Options()


def raw(text: str) -> RawDocument:
    return RawDocument(id="t", file="t.txt", format="txt", text=text, meta={})


def _after(line: str) -> list[str]:
    return [line[c:] for c in glued_names(line, CaseCounts.of([line]))]


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        # a caption ending on a year
        (
            "Ada Lind was touring the north when she died in 2011 Ada Lind died in May 2011 aged 61 after a fall.",
            "Ada Lind died in May 2011 aged 61 after a fall.",
        ),
        # a headline quotation, then a caption whose subject has a title
        (
            "Ada Lind 'feared for her voice' Dr Orsk was cleared of negligence by the panel on Friday.",
            "Dr Orsk was cleared of negligence by the panel on Friday.",
        ),
        # the quoted words' speaker is named again before the quotation, so a verb of saying is fine
        (
            "Pilot Ed Varga: 'We lost an engine' Ed Varga said the plane shook for a minute.",
            "Ed Varga said the plane shook for a minute.",
        ),
        # a caption about the same person the sentence is about
        (
            "Tomas Brel was trapped under a wall for two days Tomas Brel is now recovering in a clinic.",
            "Tomas Brel is now recovering in a clinic.",
        ),
    ],
)
def test_a_caption_glued_before_a_name_led_sentence_is_cut(line: str, sentence: str) -> None:
    assert _after(line) == [sentence]


def test_a_headline_a_caption_and_a_sentence_in_one_line_give_two_cuts() -> None:
    line = (
        "Ada Lind 'cancelled the tour' Dr Orsk was charged with fraud in March 2012 "
        "Ada Lind told her agent she could not sing, a court heard."
    )
    assert _after(line) == [
        "Dr Orsk was charged with fraud in March 2012 Ada Lind told her agent she could not sing, a court heard.",
        "Ada Lind told her agent she could not sing, a court heard.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The minister said on Monday President Avel had agreed to the new budget plan.",
        "He told reporters in Kestown John Marr would lead the inquiry from next week.",
        "In 2009 Lind's second album was released in twenty countries at once.",
        "When she died in 2011 Ada Lind was working on a new album with her band.",
        "Last week Mr Orsk said the clinic had been closed for a month already.",
        "It emerged that in 2010 Ada Lind had sold the rights to all her songs.",
        "The crew found that the 1911 Census was the only record of the family.",
        "Fans queued for the film Man in the Mirror was the cry outside the hall.",
        "'We will rebuild the port' Mr Avel said on a visit to the harbour town.",
        "'We will rebuild the port' Mr Avel told reporters at the harbour on Monday.",
        "The critic and 'local hero' Ben Saul was seen at the opening of the show.",
        "Fans cheered as Ben 'the voice' Saul was carried out of the hall by friends.",
        "The Kestown party vice chair Ben Saul said the vote would go ahead next week.",
        "Ben Saul is clever (yes Saul is clever, they say) and he knows the rules well.",
        "Old Labor may fade away, but new Labor is in no better shape than before.",
        "Ada Lind, Ben Saul and Tomas Brel were all on the stage when it collapsed.",
        "Doctors treated him in 2009 Police were called to the house twice that year.",
    ],
)
def test_name_led_sentences_that_go_on_are_not_cut(line: str) -> None:
    counts = CaseCounts.of([line, "the police said so"])
    assert glued_names(line, counts) == [], line


def test_cleaning_splits_a_caption_glued_before_a_name_led_sentence() -> None:
    text = (
        "Singer Ada Lind dies at 61\n\n"
        "The singer died on Sunday at her home, her family said.\n\n"
        "Ada Lind was touring the north when she died in 2011 Ada Lind died in May 2011 aged 61 after a fall.\n\n"
        "Fans gathered outside the house on Monday.\n"
    )
    lines = clean_document(raw(text), OPT).text.split("\n")
    assert "Ada Lind died in May 2011 aged 61 after a fall." in lines
    assert not any("in 2011 Ada Lind died" in ln for ln in lines)


def test_age_stamped_related_links_are_page_furniture() -> None:
    text = (
        "The ferry sank off the coast on Monday, the coastguard said.\n"
        "Divers searched the hull until dusk.\n"
        "Kestown Post Ferry sinks off coast - 3 hrs ago Daily Gazette Divers search hull - 5 hrs ago Harbour News.\n"
        "com Ferry operator faces questions - 2 days ago Avel Times.\n"
        "'No sign of life'\n"
        "Coast Radio Rescue called off - 40 mins ago\n"
        "It was here - 3 days ago - that the first survivor was brought ashore.\n"
    )
    a = clean_document(raw(text), OPT)
    assert "hrs ago" not in a.text and "days ago Avel" not in a.text and "mins ago" not in a.text
    assert "'No sign of life'" not in a.text  # a short piece inside the list
    assert "It was here - 3 days ago - that the first survivor was brought ashore." in a.text  # prose
    assert any("3 hrs ago" in r for r in a.removed)


def test_a_caption_cut_off_with_its_date_is_no_title() -> None:
    text = (
        "The ferry operator said on Monday that all 40 passengers had been brought ashore.\n\n"
        "Divers searched the hull until dusk, the coastguard said.\n\n"
        "Captain Orsk looked calm as the charges were read out in court 3 March 2012 "
        "Captain Orsk tells the judge he will not plead guilty.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title is None
    assert "Captain Orsk tells the judge he will not plead guilty." in a.text.split("\n")


def test_a_fact_box_glued_before_a_paragraph_goes_to_the_debris() -> None:
    text = (
        "The mill closed in March, the council said.\n\n"
        "Repair bill so far: $12m Grant due to be paid on 4 May At its height the strike cost 300 jobs "
        "Mrs Dale said the town would recover within two years.\n\n"
        "Workers met the owners on Friday.\n"
    )
    a = clean_document(raw(text), OPT)
    assert "Mrs Dale said the town would recover within two years." in a.text.split("\n")
    assert "$12m" not in a.text and "300 jobs" not in a.text
    assert any("Repair bill so far" in r for r in a.removed)


def test_a_fact_box_of_its_own_line_goes_and_a_labelled_figure_in_prose_stays() -> None:
    text = (
        "The mill closed in March, the council said.\n\n"
        "Bridge: 120m long Opened in 1931 by the county Toll: 2 pence a car until 1990\n\n"
        "Those figures were: 12 lost, 30 saved, the report said on Friday.\n\n"
        "Score: 3 as the home side won the cup Mrs Dale said the town would celebrate until Sunday.\n"
    )
    a = clean_document(raw(text), OPT)
    assert "120m" not in a.text
    assert "Those figures were: 12 lost, 30 saved, the report said on Friday." in a.text
    # one labelled figure is no box: the line stays whole
    assert "Score: 3 as the home side won the cup Mrs Dale said the town would celebrate until Sunday." in a.text
