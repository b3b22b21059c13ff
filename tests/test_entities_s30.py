"""Session 30: a word the story writes in lowercase and never capitalises after a lowercase word, opening a
sentence before a name, is no part of that name ("Probably Marsh's worst mistake", "Letting Acme fail"),
when the name alone is the surname of a person the same article names in full, or a name no full name
ends with; never before the span's own surname ("Dawn Keller ... Keller said"), nor before a surname
another report gives another person ("Drew Rossi" is no Mary Rossi), nor when the writer goes on to
describe the span ("Seize Acme, a campaign ...").  Sentence adverbs ("Maybe Kerr sees") are closed-class
leads.  All text is invented."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_common_word_opening_a_sentence_is_cut_from_the_surname_the_article_names_in_full() -> None:
    text = (
        "Senator Tom Marsh spoke on Monday. It was probably his last speech, and probably a long one. "
        "Aides said it would probably pass.\nProbably Marsh's worst mistake was the vote on the dam."
    )
    doc = entity_doc(text, [("Tom Marsh", "PERSON"), ("Probably Marsh's", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Probably Marsh") is None
    assert entity_of(out, "a", "Marsh's") == entity_of(out, "a", "Tom Marsh")


def test_a_gerund_opening_a_sentence_is_cut_from_a_body_the_story_names_alone() -> None:
    text = (
        "Regulators kept letting Acme grow, letting it borrow and letting it lend. Critics said letting "
        "lenders fail, and letting others merge, was wrong.\nLetting Acme collapse seemed rational at the time."
    )
    doc = entity_doc(text, [("Acme", "ORG"), ("Letting Acme", "ORG")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Letting Acme") is None
    assert entity_of(out, "a", "Acme", 1) == entity_of(out, "a", "Acme")


def test_a_given_name_that_is_a_common_word_stays_before_its_own_surname() -> None:
    text = (
        "They left at dawn. By dawn the road was shut, and at dawn on Friday it opened.\n"
        "Dawn Keller runs the shelter. Keller said beds were short."
    )
    doc = entity_doc(text, [("Dawn Keller", "PERSON"), ("Keller", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Dawn Keller") is not None
    assert entity_of(out, "a", "Keller") == entity_of(out, "a", "Dawn Keller")


def test_a_common_word_is_kept_before_a_surname_only_another_report_gives_a_full_name() -> None:
    docs = [
        entity_doc(
            "Admiral Mary Rossi said the slick was shrinking. Rossi spoke in Mobile.",
            [("Mary Rossi", "PERSON"), ("Rossi", "PERSON")],
            "a",
        ),
        entity_doc(
            "The crowd drew close. The band drew cheers and drew a second encore.\nDrew Rossi sang about the coast.",
            [("Drew Rossi", "PERSON")],
            "b",
        ),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    assert by_name(ents, "Drew Rossi") is not None
    assert entity_of(out, "b", "Drew Rossi") != entity_of(out, "a", "Mary Rossi")


def test_a_name_the_writer_goes_on_to_describe_keeps_its_first_word() -> None:
    text = (
        "Protesters want to seize Acme's assets. Those who seize them, they say, seize the day. "
        "Acme declined to comment.\nSeize Acme, a campaign run by fishermen, plans a march."
    )
    doc = entity_doc(text, [("Acme", "ORG"), ("Seize Acme", "ORG")], "a")
    ents, _out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Seize Acme") is not None


def test_a_sentence_adverb_is_a_closed_class_lead() -> None:
    docs = [
        entity_doc("Governor Ann Kerr signed the order.", [("Ann Kerr", "PERSON")], "a"),
        entity_doc("Maybe Kerr sees the order as a way out.", [("Maybe Kerr", "PERSON")], "b"),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    assert by_name(ents, "Maybe Kerr") is None
    assert entity_of(out, "b", "Kerr") == entity_of(out, "a", "Ann Kerr")
