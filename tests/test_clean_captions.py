"""A picture caption or headline glued before a sentence that opens with a sentence opener and a
name ("... in the storm The UN has launched ..."): cut there, and titles and appositive names kept
whole (all text invented)."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import glued_sentences

BODY = (
    "The harbour authority said on Monday that the ferry had been towed back to port.\n\n"
    "Crews worked through the night to pump water from the hull, the authority said.\n\n"
)


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "The old pier was swept away in the storm The UN has launched an appeal for the coast.",
            "The UN has launched an appeal for the coast.",
        ),
        (
            "Whole streets of the port have been flattened The Avel Relief Fund is sending tents to the town.",
            "The Avel Relief Fund is sending tents to the town.",
        ),
        (
            "Two sailors are in isolation and being tested In Norland, doctors are checking a third man.",
            "In Norland, doctors are checking a third man.",
        ),
        (
            "Such a collapse of the sea wall is extremely rare But Professor Avel says it can happen again.",
            "But Professor Avel says it can happen again.",
        ),
    ],
)
def test_opener_and_name_start_a_sentence_after_a_caption(line: str, sentence: str) -> None:
    assert [line[c:] for c in glued_sentences(line)] == [sentence]


@pytest.mark.parametrize(
    "line",
    [
        # a title after a word that takes one, or with function words in it
        "She wrote a short novel called The Harbour Keeper and it sold well in the town.",
        "Fans of the ferry film The Long Crossing was the usual reply from the crew.",
        "Everyone has seen the concert movie This Is It in the cinema at least once.",
        # a name with its own article after a noun in apposition
        "On Friday, the medical journal The Lancet accused the agencies of poor planning.",
        "The band's guitarist The Edge told a radio station the song was finished.",
        # the name is the object of the verb before it, or follows a verb of saying
        "The ministers persuaded The Fund until they were tired that the money was needed.",
        "A senior diplomat told The Observer the talks were likely to fail.",
        # a determiner before a capitalised word opens a title
        "It was one of my favourite This Coastal Life shows and I listened every week.",
        # no verb after the name: a title or a list goes on
        "The crowd sang along to the old harbour song The Ferryman in the square that night.",
    ],
)
def test_titles_and_appositive_names_stay_whole(line: str) -> None:
    assert glued_sentences(line) == [], line


def test_caption_glued_before_a_sentence_leaves_the_body() -> None:
    text = (
        BODY + "The old pier was swept away in the storm The UN has launched an appeal for $5m to rebuild the coast.\n"
    )
    res = clean_text(text)
    lines = res.text.split("\n")
    assert "The UN has launched an appeal for $5m to rebuild the coast." in lines
    assert not any("swept away" in ln for ln in lines)
    assert any("swept away" in r for r in res.removed)
