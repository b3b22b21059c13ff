"""Session 19 cleaning: a wire dateline is cut from the first sentence (it is metadata); a
photo gallery's dated captions above the story are debris; "A", a noun and a verb start a sentence
glued after a standfirst, and the standfirst's end stays text (all text invented)."""

from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.boilerplate import clean_text
from storyline.clean.dateline import split_datelines
from storyline.clean.glued import glued_sentences
from storyline.options import Options
from storyline.records import RawDocument

STORY = [
    "The harbour authority said on Monday that the ferry had been towed back to port.",
    "Crews worked through the night to pump water from the hull, the authority said.",
    "Investigators will board the ship on Wednesday to examine the damaged engine room.",
    "The ferry company said no passenger had been hurt in the collision.",
]


@pytest.mark.parametrize(
    ("text", "dateline", "sentence"),
    [
        (
            "PORT AVEL, March 3 (Reuters) - The minister said the ferry would sail again.",
            "PORT AVEL, March 3 (Reuters) -",
            "The minister said the ferry would sail again.",
        ),
        ("NORLAND, Md. (AP) -- The storm reached the coast at dawn.", "NORLAND, Md. (AP) --", "The storm"),
        ("NORLAND -- NORLAND (AP) -- Divers found the wreck on Sunday.", "NORLAND -- NORLAND (AP) --", "Divers"),
        ("(Reuters) - Health officials met on Friday to discuss the outbreak.", "(Reuters) -", "Health officials"),
        (
            "AVEL CITY | Fri Apr 24, 2009 7:50 pm EDT AVEL CITY (Reuters) - A new strain spread fast.",
            "AVEL CITY | Fri Apr 24, 2009 7:50 pm EDT AVEL CITY (Reuters) -",
            "A new strain",
        ),
    ],
)
def test_dateline_is_cut_from_the_first_sentence(text: str, dateline: str, sentence: str) -> None:
    out, found = split_datelines("An earlier paragraph ends here.\n\n" + text)
    assert found == [dateline]
    lines = out.split("\n")
    assert lines[2].startswith(sentence)
    assert dateline not in out


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KEY AVEL, Fla. -- The Coast Guard says the tar came from the wreck.", ["KEY AVEL, Fla. --"]),
        ("NORLAND -- Divers found the wreck on Sunday.", ["NORLAND --"]),
        ("(AP) NORLAND -- Divers found the wreck on Sunday.", ["(AP)", "NORLAND --"]),
        (
            "* Avelia confirms first case (Adds details) NORLAND, May 16 (Reuters) - Divers found the wreck.",
            ["* Avelia confirms first case (Adds details) NORLAND, May 16 (Reuters) -"],
        ),
    ],
)
def test_place_dateline_near_the_top(text: str, found: list[str]) -> None:
    out, got = split_datelines(text)
    assert got == found
    assert out.startswith(("The Coast Guard", "Divers"))


@pytest.mark.parametrize(
    "text",
    [
        "The report (Reuters) said the ferry would sail again.",  # not at a paragraph's start
        "NORLAND (Avel Party) - The storm reached the coast at dawn.",  # no outlet in the brackets
        "NORLAND (AP) --",  # nothing after it
        "NASA -- The agency said the launch would be delayed.",  # a short acronym, no place
        "Later he told the BBC (Reuters) - The agency said so.",  # a cited outlet, no place
        "One.\nTwo.\nThree.\nHe said so on NORLAND, May 16 (Reuters) - The storm came.",  # far down
        "One.\nTwo.\nThree.\nNORLAND -- The storm reached the coast at dawn.",  # a bare place far down
    ],
)
def test_no_dateline(text: str) -> None:
    assert split_datelines(text) == (text, [])


def test_dateline_stays_outlet_evidence_and_leaves_the_sentence() -> None:
    text = "PORT AVEL, March 3 (Reuters) - The minister said the ferry would sail again on Friday.\n\n" + "\n\n".join(
        STORY
    )
    art = clean_document(RawDocument(id="x", file="x.txt", format="txt", text=text), Options())
    assert art.outlet == "Reuters"
    assert art.outlet_evidence == "PORT AVEL, March 3 (Reuters) -"
    assert art.text.startswith("The minister said")
    assert art.removed[-1] == "PORT AVEL, March 3 (Reuters) -"


def test_dated_captions_above_the_story_are_debris() -> None:
    text = "\n".join(
        [
            "June 3, 2010: A worker cleans oil from a rock on the beach at Port Avel.",
            "AP June 2: Boats lay booms near the harbour mouth.",
            "Reuters The harbour authority said on Monday that the ferry had been towed back to port.",
            *STORY[1:],
        ]
    )
    res = clean_text(text)
    assert res.text.split("\n")[0] == STORY[0]
    assert "June 3, 2010: A worker cleans oil from a rock on the beach at Port Avel." in res.removed
    assert "Reuters" in res.removed
    assert "Boats lay booms" not in res.text


def test_dated_caption_glued_to_the_story_loses_the_caption_only() -> None:
    text = "\n".join(["May 10: Boats work on the shoreline of Port Avel. (AP) " + STORY[0], *STORY[1:]])
    res = clean_text(text)
    assert res.text.split("\n")[0] == STORY[0]
    assert res.removed == ["May 10: Boats work on the shoreline of Port Avel. (AP)"]


def test_dated_lines_below_the_story_stay_unless_they_describe_a_picture() -> None:
    key_date = "May 5: A ship enters the bay."
    text = "\n".join([*STORY, "May 6: The containment box is seen on the deck.", key_date])
    res = clean_text(text)
    assert res.text.split("\n") == [*STORY, key_date]


@pytest.mark.parametrize(
    "lines",
    [
        # a timeline: dated items among the paragraphs
        [STORY[0], "April 20: An explosion killed 11 workers.", STORY[1], "May 2: The rig sank.", *STORY[2:]],
        # too few paragraphs besides the dated ones
        ["April 20: An explosion killed 11 workers.", STORY[0], STORY[1]],
    ],
)
def test_dated_items_of_a_timeline_are_kept(lines: list[str]) -> None:
    res = clean_text("\n".join(lines))
    assert res.text.split("\n") == lines


def test_article_noun_verb_starts_a_glued_sentence() -> None:
    line = "Jo Roe meets those who stayed to fight back A fisherman is mending a net on the quay."
    assert [line[c:] for c in glued_sentences(line)] == ["A fisherman is mending a net on the quay."]


@pytest.mark.parametrize(
    "line",
    [
        "Doctors said the type A virus was found in pigs on three farms near the town.",
        "The council said its plan A was dropped after the vote on the harbour wall.",
    ],
)
def test_letter_a_is_no_sentence_start(line: str) -> None:
    assert glued_sentences(line) == []


def test_standfirst_end_before_a_glued_sentence_stays_text() -> None:
    text = "\n".join(
        [
            "Since the flood, life in the valley has grown harder for the farmers who stayed.",
            "Jo Roe meets those who stayed to fight back A fisherman is mending a net on the quay.",
            *STORY,
        ]
    )
    lines = [ln for ln in clean_text(text).text.split("\n") if ln]
    assert lines[1] == "Jo Roe meets those who stayed to fight back"
    assert lines[2] == "A fisherman is mending a net on the quay."
