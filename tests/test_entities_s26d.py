"""Session 26, round 4: newspapers and branches of organisations the recogniser read as places,
and persons read as places whom a role or a title names."""

from __future__ import annotations

from helpers import by_name, entity_doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()
TOWNS = frozenset({"Tampa", "Oslo", "Canada", "Norway", "Kenya"})


def _town(name: str) -> bool:
    return name in TOWNS


def _type(docs: list, name: str, is_place=_town) -> str | None:
    ents, _ = resolve_entities(docs, EMPTY, is_place)
    e = by_name(ents, name)
    return e.type if e is not None else None


def test_a_place_then_a_mastheads_word_is_a_newspaper() -> None:
    docs = [
        entity_doc(
            "The mayor told the Tampa Courier that the shelters were full.",
            [("Tampa Courier", "FAC")],
            "a",
        ),
        entity_doc("Flooding closed two roads in Tampa on Monday.", [("Tampa", "GPE")], "b"),
    ]
    assert _type(docs, "Tampa Courier") == "media_outlet"


def test_a_mastheads_word_after_no_place_is_left_alone() -> None:
    docs = [entity_doc("Crews reached Lower Dispatch before dawn.", [("Lower Dispatch", "GPE")], "a")]
    assert _type(docs, "Lower Dispatch") == "place"


def test_a_newspapers_name_that_is_a_strong_place_stays_a_place() -> None:
    docs = [entity_doc("The ferry left Oslo Times before noon.", [("Oslo Times", "GPE")], "a")]
    assert _type(docs, "Oslo Times", lambda n: n in TOWNS or n == "Oslo Times") == "place"


def _charity_docs(branch: str) -> list:
    return [
        entity_doc(
            "The charity Relief Now said its teams had reached the coast.",
            [("Relief Now", "ORG")],
            "a",
        ),
        entity_doc("Relief Now flew tents and water tanks to the region.", [("Relief Now", "ORG")], "b"),
        entity_doc(
            f"Donations will go to {branch} and two local groups. Aid also arrived in Canada and Kenya.",
            [(branch, "LOC"), ("Canada", "GPE"), ("Kenya", "GPE")],
            "c",
        ),
    ]


def test_an_organisation_then_a_country_the_story_names_is_its_branch() -> None:
    assert _type(_charity_docs("Relief Now Canada"), "Relief Now Canada") == "organisation"


def test_an_organisation_then_international_is_its_branch() -> None:
    assert _type(_charity_docs("Relief Now International"), "Relief Now International") == "organisation"


def test_an_organisations_name_before_a_place_the_story_never_names_alone_stays_a_place() -> None:
    # "Shell Beach": a place named after a word that is also a company's name
    docs = [
        entity_doc("Shell said it would cut output.", [("Shell", "ORG")], "a"),
        entity_doc("Tar balls washed up at Shell Norway on Sunday.", [("Shell Norway", "LOC")], "b"),
    ]
    assert _type(docs, "Shell Norway", lambda n: n in TOWNS) == "place"


def _colleague_docs(second: str) -> list:
    return [
        entity_doc(
            "Our producer and video journalist Imara drove north at first light.",
            [("Imara", "GPE")],
            "a",
        ),
        entity_doc(
            f'"We have to keep moving," says Imara as the convoy stops. {second}',
            [("Imara", "GPE")],
            "b",
        ),
    ]


def test_a_name_after_a_persons_role_and_a_speech_verb_is_a_person_without_person_readings() -> None:
    assert _type(_colleague_docs("My colleague Imara films the queue."), "Imara") == "person"


def test_one_role_in_several_place_readings_is_not_enough() -> None:
    later = entity_doc("Roads out of Imara were closed.", [("Imara", "GPE")], "c")
    docs = [*_colleague_docs("Water reached Imara by noon."), later]
    assert _type(docs, "Imara") == "place"


def test_a_role_at_the_end_of_a_headline_is_no_cue_for_the_next_line() -> None:
    docs = [
        entity_doc(
            "Calm returns, says mayor\n\nMorvan lowered its alert level on Friday, and Morvan said schools reopen.",
            [("Morvan", "GPE"), ("Morvan", "GPE")],
            "a",
        )
    ]
    assert _type(docs, "Morvan") == "place"
