"""Session 30: who said what.  A closed-class word that opens a sentence -- a focusing or sentence adverb, a
fronted "what", "yes", "instead" -- is no part of the speaker after it ("Even Zenco admits" is Zenco's
word) and, alone, no speaker at all; an office written as a hyphenated compound ("editor-in-chief",
"vice-president") is an office like its head word, so the person it introduces speaks.  Invented text."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]] | None = None) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans or [], overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def test_a_focusing_adverb_is_cut_from_a_body_speaker() -> None:
    got = _atts("Even Zenco admits that the pipe leaked for a week.", [("Even Zenco", "ORG")])
    assert got[0].speaker == "Zenco"


def test_a_focusing_adverb_is_cut_from_a_group_and_from_a_role() -> None:
    got = _atts(
        "Even traders who back the plan say it has raised prices. "
        "Even port chief Ana Ruiz, who runs the docks, admits the queue is long.",
        [("Ana Ruiz", "PERSON")],
    )
    assert got[0].speaker == "traders"
    assert got[1].speaker == "Ana Ruiz" and "Even" not in (got[1].role or "")


def test_a_fronted_what_is_cut_from_the_name() -> None:
    got = _atts("Critics disagree. What Ann Lowe said about the levee was not true.", [("Ann Lowe", "PERSON")])
    assert got[1].speaker == "Ann Lowe"


def test_an_adverb_alone_before_a_comma_is_no_speaker() -> None:
    text = (
        "Instead, he mostly listed the council's work, insisted once more that the firm would pay and told the "
        'crowd that "better days are coming."'
    )
    got = _atts(text)
    assert 0 not in got or got[0].speaker not in ("Instead", "he mostly listed the council's work")


def test_yes_before_an_inverted_cue_gives_way_to_the_named_speaker() -> None:
    got = _atts('"Yes, the rule still applies, said Quinn, I have heard of no exemptions.')
    assert got[0].speaker == "Quinn"


def test_a_hyphenated_office_introduces_the_person_who_speaks() -> None:
    text = (
        "Editors were angry about the late figures: the station's editor-in-chief, Tom Brand, said he had been "
        "told to pull the story."
    )
    got = _atts(text, [("Tom Brand", "PERSON")])
    assert got[0].speaker == "Tom Brand"
    assert got[0].role == "the station's editor-in-chief"


def test_a_hyphenated_office_alone_speaks() -> None:
    got = _atts("The vice-president said that the talks were over.")
    assert got[0].speaker == "The vice-president"
