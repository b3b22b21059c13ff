"""Session 30b: headings, captions and link texts glued before a sentence with no full stop."""

from __future__ import annotations

from storyline.clean.glued import CaseCounts
from storyline.story.summary import glue_index, heading_repeats_name, run_together_at

NO_COUNTS = CaseCounts.of([])


def _cut(text: str) -> str | None:
    at = run_together_at(text, NO_COUNTS)
    return None if at is None else text[at:]


def test_heading_that_repeats_its_subject_is_cut_off() -> None:
    text = "Avel flood relief and recovery Avel, its neighbours and the army are working to clear the roads."
    assert heading_repeats_name(text.split()) == 5
    assert _cut(text) == "Avel, its neighbours and the army are working to clear the roads."


def test_subject_named_twice_with_a_verb_between_is_one_sentence() -> None:
    for text in (
        "Avel officials said Avel would need more pumps by Friday.",
        "Avel and Avel's neighbours have asked for more pumps.",
    ):
        assert heading_repeats_name(text.split()) is None


def test_new_subject_after_a_closing_quotation_is_cut_off() -> None:
    text = 'Jo Roe said farmers could "start again elsewhere" Avelia\'s mayor says he will offer free land to them.'
    assert _cut(text) == "Avelia's mayor says he will offer free land to them."


def test_name_after_a_quotation_that_takes_a_clause_is_kept() -> None:
    # the quotation or the word before it takes the clause that follows
    assert _cut('Jo Roe says "fewer than ten" Avel workers had been hurt in the blast on Friday.') is None
    assert _cut('Roe said she was "quite sure" Avel would be rebuilt within a year.') is None
    assert _cut('The envoy said that it was "plain" Avelia was in breach of the truce.') is None


def test_name_and_its_people_after_a_caption_is_a_glue_point() -> None:
    text = "Most villages already have sandbags in place Avel aid workers are expected to arrive on Monday."
    k = glue_index(text)
    assert k is not None and text.split()[k] == "Avel"


def test_relative_clause_on_a_noun_phrase_is_no_glue_point() -> None:
    assert glue_index("The council raised the levy to recover money Avel taxpayers are expected to lose.") is None
    assert glue_index("The board struggled to replace Roe so investors may be wary of another search.") is None


def test_name_after_a_participle_phrase_is_no_glue_point() -> None:
    assert glue_index("Analysts said it was worth bearing in mind Avel shares were cheap before the flood.") is None
