"""Captions and headlines glued mid-line into the next sentence, live-page stamps glued to their
entry, and picture captions that place people left and right (all text invented)."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import CaseCounts, glued_names, glued_sentences, position_caption

BODY = (
    "The harbour authority said on Monday that the ferry had been towed back to port.\n\n"
    "Crews worked through the night to pump water from the hull, the authority said.\n\n"
)


def test_function_word_opens_a_sentence_glued_to_a_caption() -> None:
    line = "First, divers check whether the hull can be sealed from the outside If that works, the pumps start."
    assert [line[c:] for c in glued_sentences(line)] == ["If that works, the pumps start."]
    line = "The scare became a self-fulfilling prophecy Some shops closed early and the streets emptied."
    assert [line[c:] for c in glued_sentences(line)] == ["Some shops closed early and the streets emptied."]


def test_common_word_with_a_verb_after_it_opens_a_sentence() -> None:
    text = "Ferry crews said the harbour was calm. The ferry left at noon. A ferry sank last year."
    counts = CaseCounts.of([text, "Other ferry firms waited."])
    line = "Small boats may not sail at night near the wreck Ferry crews are also checking hulls for damage."
    assert [line[c:] for c in glued_sentences(line, counts)] == ["Ferry crews are also checking hulls for damage."]
    # without a verb after it, or after a word that takes a noun, the word stays inside the sentence
    for whole in (
        "Small boats may not sail near the wreck Ferry timetables and routes were changed.",
        "He said he could not believe any Ferry crews had sailed that day.",
    ):
        assert glued_sentences(whole, counts) == [], whole


def test_name_with_a_relative_clause_after_a_caption_about_the_same_person() -> None:
    line = (
        "Dr Avel was speaking to a radio show which aired on Friday night Dr Jo Avel, who was jailed "
        "in May, has defended his work."
    )
    counts = CaseCounts.of([line])
    assert [line[c:] for c in glued_names(line, counts)] == [
        "Dr Jo Avel, who was jailed in May, has defended his work."
    ]
    # prose that names the person after a verb of saying goes on
    line = "The judge told the court on Friday that Dr Jo Avel, who was jailed in May, would appeal."
    assert glued_names(line, CaseCounts.of([line])) == []


def test_subheading_in_capitals_then_glued_sentences() -> None:
    text = (
        BODY + "HOW THE NEW PUMP WORKS The pump is a steel drum, weighing 9 tonnes It will be lowered onto the deck.\n"
    )
    lines = clean_text(text).text.split("\n")
    assert "It will be lowered onto the deck." in lines


def test_live_page_stamp_glued_to_its_entry_is_separated() -> None:
    text = (
        BODY
        + "1742The harbour master says the tug will arrive within the hour.\n"
        + "1730 Coastguards say all passengers are safe.\n"
        + "Radio bulletins went out at 1700GMT and again later.\n"
    )
    out = clean_text(text).text
    assert "1742 The harbour master says the tug will arrive within the hour." in out.split("\n")
    assert "1700GMT" in out  # a clock with its zone stays whole


@pytest.mark.parametrize(
    "line",
    [
        "Jo Roe (L) greets Al Poe (R) at the harbour in Port Avel on Monday.",
        "Harbour officials (L-R) Jo Roe, Al Poe and Ed Lin inspect the ferry on June 3, 2011.",
        "Volunteer Jo Roe (left) and diver Al Poe clean an oiled gull on the beach.",
        "The tug (L) and the barge Sea Star (C) pull the ferry off the rocks on June 4, 2011.",
    ],
)
def test_caption_placing_people_in_the_photo_is_cut(line: str) -> None:
    assert position_caption(line) == len(line)
    res = clean_text(BODY + line + "\n")
    assert line not in res.text
    assert line in res.removed


@pytest.mark.parametrize(
    "line",
    [
        "Gov. Jo Roe (R) said the state would pay for the clean-up.",
        "Sens. Jo Roe (D) and Al Poe (R) backed the bill on Tuesday.",
        "Sens. Jo Roe (R) and Al Poe (R) backed the bill on Tuesday.",
        "The test kit is sold as the FluCheck (R) system in most countries.",
        "I would ask all readers (left) to look at the chart again.",
        "The flow was faster in the (bottom) image than in the top one.",
    ],
)
def test_party_trademark_and_prose_brackets_are_no_caption(line: str) -> None:
    assert position_caption(line) is None
    assert line in clean_text(BODY + line + "\n").text


def test_caption_glued_before_a_sentence_is_cut_to_the_sentence() -> None:
    line = 'Dr Jo Avel (right) denies the charge of negligence "Nobody told me," said Dr Avel.'
    cut = position_caption(line)
    assert cut is not None and line[cut:] == '"Nobody told me," said Dr Avel.'
    line = "Jo Roe (left) with Al Poe of the rescue team Our divers reached the wreck this morning."
    cut = position_caption(line)
    assert cut is not None and line[cut:] == "Our divers reached the wreck this morning."
    line = "Jo Roe (left) and Al Poe present a weekly round-up of harbour news Jo Roe and Al Poe present the show live."
    cut = position_caption(line)
    assert cut is not None and line[cut:] == "Jo Roe and Al Poe present the show live."
