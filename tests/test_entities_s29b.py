"""Session 29, round 2: a closed-class word opening a sentence or a headline is cut from the name
after it ("Behind Marsh", "Earlier Dana Cole"); so are a people's noun ("Briton Jo Park") and a
common word the story never capitalises inside a sentence ("Ferryman Jo Park") before a full name it
knows; a place's span at the end of a treaty's name is the treaty's; a lowercase re-occurrence
glued by a hyphen to the word before it is no place's.  All text is invented."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_preposition_opening_a_headline_is_cut_from_the_surname() -> None:
    docs = [
        entity_doc("Senator Tom Marsh said the bill would pass.", [("Tom Marsh", "PERSON")], "a"),
        entity_doc(
            "Behind Marsh's U-turn on the budget\nThe senator changed course.", [("Behind Marsh", "PERSON")], "b"
        ),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    assert by_name(ents, "Behind Marsh") is None
    assert entity_of(out, "b", "Marsh") == entity_of(out, "a", "Tom Marsh")


def test_an_adverb_and_a_negator_are_cut() -> None:
    text = (
        "Port chief Dana Cole spoke on Monday. Earlier Dana Cole said the quay was shut.\n"
        "Neither Cole nor the mayor would comment."
    )
    doc = entity_doc(text, [("Dana Cole", "PERSON"), ("Earlier Dana Cole", "PERSON"), ("Neither Cole", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Earlier Dana Cole") is None and by_name(ents, "Neither Cole") is None
    assert entity_of(out, "a", "Cole") == entity_of(out, "a", "Dana Cole")


def test_a_cut_lead_takes_the_label_the_story_gives_the_name() -> None:
    text = "Cases rose in Peru this week. Besides Peru, two other countries reported cases."
    doc = entity_doc(text, [("Peru", "GPE"), ("Besides Peru", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    peru = by_name(ents, "Peru")
    assert by_name(ents, "Besides Peru") is None and peru is not None and peru.type == "place"


def test_an_article_or_a_possessive_stays_with_the_name() -> None:
    # "The Jo Griffin" is a boat named after a person; "My Lai" is a village
    text = "Jo Griffin owns a fleet. The Jo Griffin sailed at dawn."
    doc = entity_doc(text, [("Jo Griffin", "PERSON"), ("The Jo Griffin", "PERSON")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert entity_of(out, "a", "The Jo Griffin") is not None


def test_a_word_that_begins_another_persons_name_stays() -> None:
    # "Will" is a given name here (and "will" no closed-class word): nothing is cut
    text = "Will Harper and Sam Harper spoke. Will Harper said the farm was safe."
    doc = entity_doc(text, [("Will Harper", "PERSON"), ("Sam Harper", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Will Harper") is not None


def test_a_peoples_noun_before_a_full_name_is_cut() -> None:
    text = (
        "Two Britons were among the crew. The chief executive, Briton Jo Park, flew in.\n"
        "Jo Park said the rig would be sealed."
    )
    doc = entity_doc(text, [("Britons", "NORP"), ("Briton Jo Park", "PERSON"), ("Jo Park", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Briton Jo Park") is None
    assert entity_of(out, "a", "Jo Park") is not None


def test_a_given_name_shaped_like_a_peoples_noun_stays() -> None:
    # "Brian" has a people noun's ending, but the story writes no "Brians": a given name
    text = "Brian Jo Park spoke first. Jo Park said the rig would be sealed."
    doc = entity_doc(text, [("Brian Jo Park", "PERSON"), ("Jo Park", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Brian Jo Park") is not None


def test_a_common_word_never_capitalised_inside_a_sentence_is_cut() -> None:
    text = (
        "The ferryman rowed them across.\nFerryman Ola Brand said the river was high.\n"
        "Ola Brand has worked the crossing for years."
    )
    doc = entity_doc(text, [("Ferryman Ola Brand", "PERSON"), ("Ola Brand", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Ferryman Ola Brand") is None and by_name(ents, "Ola Brand") is not None


def test_a_word_capitalised_inside_a_sentence_stays() -> None:
    # "Mark" is capitalised after a lowercase word: a name's, not a sentence head's
    text = "The mark was clear.\nMark Ola Brand spoke. Later the actor Mark Ola Brand left.\nOla Brand said no."
    doc = entity_doc(text, [("Mark Ola Brand", "PERSON"), ("Ola Brand", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Mark Ola Brand") is not None


def test_a_place_ending_a_treatys_name_is_the_treatys() -> None:
    text = "The minister said the Treaty of Osterburg of 1712 no longer holds. Troops left Osterburg later."
    doc = entity_doc(text, [("Osterburg", "GPE"), ("Osterburg", "GPE")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    treaty = by_name(ents, "Treaty of Osterburg")
    town = by_name(ents, "Osterburg")
    assert treaty is not None and treaty.type != "place"
    assert town is not None and town.type == "place" and len(town.mentions) == 1


def test_a_battle_keeps_its_place() -> None:
    text = "The Battle of Osterburg raged for a week."
    doc = entity_doc(text, [("Osterburg", "GPE")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    town = by_name(ents, "Osterburg")
    assert town is not None and town.type == "place"


def test_a_lowercase_reoccurrence_after_a_hyphen_is_no_place() -> None:
    text = (
        "Gangs ruled the East End for years.\nPolice patrolled the East End at night.\n"
        "The bridge on the south-east end of the city was shut."
    )
    doc = entity_doc(text, [("East End", "LOC"), ("East End", "LOC")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    east = by_name(ents, "East End")
    assert east is not None and "east end" not in east.aliases and len(east.mentions) == 2


class _Gazetteer:
    """``is_place`` of a gazetteer that knows only the given towns as strong places."""

    def __init__(self, *strong: str) -> None:
        self.strong = set(strong)

    def __call__(self, name: str) -> bool:
        return name in self.strong


def test_a_given_name_read_as_a_small_place_joins_its_surname() -> None:
    text = '"We will be back," said Lorita Franz, at the hearing. Franz has attended every day.'
    doc = entity_doc(text, [("Lorita", "GPE"), ("Franz", "PERSON"), ("Franz", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY, _Gazetteer("Vienna"))
    person = by_name(ents, "Lorita Franz")
    assert person is not None and person.type == "person"
    assert by_name(ents, "Lorita") is None


def test_a_strong_place_before_a_name_stays_a_place() -> None:
    # a caption run into the next line: "... in Vienna | Franz scaled the wall"
    text = "Aid convoys faced delays in Vienna Franz scaled the wall to reach the camp."
    doc = entity_doc(text, [("Vienna", "GPE"), ("Franz", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY, _Gazetteer("Vienna"))
    town = by_name(ents, "Vienna")
    assert town is not None and town.type == "place"
