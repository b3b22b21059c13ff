"""Session 31: a given name spelt two ways that sound alike ("Henric" / "Henrik", "Elisabeth" /
"Elizabeth") names one person even inside one article, where a writer slips from one spelling to the
other; two spellings that sound apart ("Frances" / "Francis") still name two people there.  All text is
invented."""

from __future__ import annotations

from helpers import entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, _one_sound_spelling, resolve_entities

EMPTY = KnowledgeBase()


def test_a_hyphenated_given_name_spelt_with_c_and_k_in_one_article_is_one_person() -> None:
    docs = [
        entity_doc(
            "Acme chairman Jan-Eric Lindqvist met the board. Jan-Erik Lindqvist later told staff the plan stood.",
            [("Jan-Eric Lindqvist", "PERSON"), ("Jan-Erik Lindqvist", "PERSON")],
            "a",
        ),
        entity_doc("Jan-Eric Lindqvist said the dividend would return.", [("Jan-Eric Lindqvist", "PERSON")], "b"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "Jan-Eric Lindqvist") == entity_of(out, "a", "Jan-Erik Lindqvist")
    assert entity_of(out, "b", "Jan-Eric Lindqvist") == entity_of(out, "a", "Jan-Erik Lindqvist")


def test_spellings_that_differ_in_a_vowel_in_one_article_stay_two_people() -> None:
    docs = [
        entity_doc(
            "Marion Haller and her brother Marian Haller run the mill.",
            [("Marion Haller", "PERSON"), ("Marian Haller", "PERSON")],
            "a",
        ),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "Marion Haller") != entity_of(out, "a", "Marian Haller")


def test_one_sound_spellings() -> None:
    assert _one_sound_spelling("carl-henric", "carl-henrik")
    assert _one_sound_spelling("elisabeth", "elizabeth")
    assert not _one_sound_spelling("frances", "francis")  # a vowel: a woman's name and a man's
    assert not _one_sound_spelling("eric", "erica")  # not one length
    assert not _one_sound_spelling("mark", "mack")  # r/k spell two sounds
