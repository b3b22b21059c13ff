"""Sentence boundaries the model (or a one-sentence-a-line source) gets wrong, and the ones it gets
right that the post-processing must leave alone.  Invented text; spans stand in for the model."""

from __future__ import annotations

import pytest

from helpers import cut_at, line_spans, sents
from storyline.annotate.stage import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        # a party-state tag followed by the rest of the sentence on the next line
        "Sen. Jane Roe, D-Ore.\n, said on Monday the dam would hold.",
        "Rep. Tom Hale, R-Ind.\n; his aide declined to comment.",
        # the tag cut inside a two-part state
        "Rep. Tom Hale, D-W.\nVa., said the dam would hold.",
        # a title that ends its line
        "The letter went to Treas.\nSec.\nJohn Doe on Friday.",
        # a quoted question and its speaker
        '"Where did the money go?"\nasked the treasurer, Ann Poe.',
        "'Is the dam safe?'\nshe said on Friday.",
        # an unquoted question: only a reporting verb shows the speaker
        "Who will pay for the dam?\nsaid one farmer near the river.",
        # a web address cut at its dot
        "Visits to the agency's site, example.\ngov, doubled in May.",
    ],
)
def test_cuts_at_a_line_break_that_do_not_end_a_sentence_are_undone(text: str) -> None:
    assert sents(text, line_spans(text)) == [text]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("The talks start at 10:30 a.m. EDT on Friday, officials said.", ["EDT"]),
        ("The firm moved to No. 10 Harbour Road in 2004.", ["10 Harbour"]),
        ("Lt. Gen. Ann Poe said the base was safe.", [". Gen."]),
        ("Sen. Jane Roe, R-Ore., said the dam would hold.", [", said"]),
    ],
)
def test_cuts_on_one_line_that_do_not_end_a_sentence_are_undone(text: str, pieces: list[str]) -> None:
    assert sents(text, cut_at(text, *pieces)) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that really ends with a party-state tag
        (
            'The dam will hold," said Sen. Jane Roe, D-Ore.\nThe vote is on Monday.',
            ['The dam will hold," said Sen. Jane Roe, D-Ore.', "The vote is on Monday."],
        ),
        # a question, then a new sentence
        (
            '"Where did the money go?"\nThe treasurer did not say.',
            ['"Where did the money go?"', "The treasurer did not say."],
        ),
        # a question, then a lowercase word that is not a reporting verb (a reader's comment)
        ("Who will pay?\nthe farmers, as usual.", ["Who will pay?", "the farmers, as usual."]),
        # a clock time that ends the sentence
        (
            "The talks started at 10 a.m.\nThe mayor spoke first.",
            ["The talks started at 10 a.m.", "The mayor spoke first."],
        ),
        # "No." as an answer, then a number in a new sentence
        ("Did the dam hold? no.\n10 villages were flooded.", ["Did the dam hold? no.", "10 villages were flooded."]),
        # a blank line always ends the sentence
        ("Sen. Jane Roe, D-Ore.\n\n, a note.", ["Sen. Jane Roe, D-Ore.", ", a note."]),
    ],
)
def test_real_sentence_ends_stay(text: str, expected: list[str]) -> None:
    assert sents(text, line_spans(text)) == expected


def test_a_real_end_after_a_clock_time_stays_on_one_line() -> None:
    text = "The talks started at 10 a.m. The mayor spoke first."
    assert sents(text, cut_at(text, "The mayor")) == ["The talks started at 10 a.m.", "The mayor spoke first."]


def test_joined_sentence_keeps_offsets_into_the_text() -> None:
    text = "Intro line here.\nSen. Jane Roe, D-Ore.\n, said the dam would hold.\nEnd."
    out = split_sentences(text, line_spans(text))
    assert [s.text for s in out] == ["Intro line here.", "Sen. Jane Roe, D-Ore.\n, said the dam would hold.", "End."]
    assert all(text[s.start : s.end] == s.text for s in out)
    assert [s.index for s in out] == [0, 1, 2]
