"""Entities: a town the recogniser reads as a person, a common word glued to a name, a surname
shared with a known outlet.  Invented text."""

from __future__ import annotations

from helpers import by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KBEntry, KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def _is_place(name: str) -> bool:
    return name in ("Dunmoor",)


def test_a_town_read_as_a_person_is_a_place_though_an_area_name_holds_it() -> None:
    a = doc(
        "Ann Hale, 40, from Dunmoor, fell ill. Patients in the Dunmoor area were treated. "
        "Greater Dunmoor health board said cases rose.",
        [("Ann Hale", "PERSON"), ("Dunmoor", "PERSON"), ("Dunmoor", "PERSON"), ("Greater Dunmoor", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, _is_place)
    town = by_name(entities, "Dunmoor")
    assert town is not None and town.type == "place"


def test_a_surname_given_in_full_is_no_place() -> None:
    a = doc(
        "Kara Dunmoor spoke to reporters. Then she flew in from Dunmoor to the capital.",
        [("Kara Dunmoor", "PERSON"), ("Dunmoor", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, _is_place)
    assert all(e.type != "place" for e in entities if e.name == "Dunmoor")


def _facts(aid: str) -> object:
    return doc(
        "Also known as: Tollo Biggest hits: Rain Song. Tollo was due to sing. "
        "It was the biggest crowd, the biggest hall and the biggest fee.",
        [("Tollo Biggest", "PERSON"), ("Tollo", "PERSON")],
        aid,
    )


def test_a_common_word_glued_to_a_name_is_cut_off() -> None:
    entities, _ = resolve_entities([_facts("a"), _facts("b")], EMPTY)  # type: ignore[list-item]
    assert by_name(entities, "Tollo Biggest") is None
    tollo = by_name(entities, "Tollo")
    assert tollo is not None and len(tollo.mentions) == 4


def test_a_surname_that_is_a_common_word_stays() -> None:
    a = doc(
        "Dana Wells said the well was sealed. Two wells leak and wells are old. Other wells failed.",
        [("Dana Wells", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    assert by_name(entities, "Dana Wells") is not None


def test_a_given_name_keeps_a_surname_that_is_a_common_word() -> None:
    a = doc(
        "Lena Best wrote to us. Lena asked for help. It was the best day, the best week, the best year.",
        [("Lena Best", "PERSON"), ("Lena", "PERSON")],
    )
    b = doc("Sam Best and Lena Best came.", [("Sam Best", "PERSON"), ("Lena Best", "PERSON")], "b")
    entities, _ = resolve_entities([a, b], EMPTY)
    assert by_name(entities, "Lena Best") is not None


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="quillon", name="Quillon", type="media_outlet", aliases=("Quillon News",)))
    return kb


def test_a_bare_surname_after_the_full_name_is_the_person_not_the_outlet() -> None:
    a = doc(
        "City mayor Rhea Quillon defended the firm. “They did not blow up the well,” Quillon said on her show.",
        [("Rhea Quillon", "PERSON"), ("Quillon", "ORG")],
        "a",
    )
    b = doc(
        "Shares fell 3%, according to Quillon. Quillon reported the fall.",
        [("Quillon", "ORG"), ("Quillon", "ORG")],
        "b",
    )
    entities, docs = resolve_entities([a, b], _kb())
    person = by_name(entities, "Rhea Quillon")
    assert person is not None and person.type == "person"
    assert entity_of(docs, "a", "Quillon", 0) == person.id
    outlet = entity_of(docs, "b", "Quillon", 0)
    assert outlet is not None and outlet != person.id
    assert next(e for e in entities if e.id == outlet).type == "media_outlet"


def test_the_outlet_named_in_the_article_keeps_the_bare_name() -> None:
    a = doc(
        "Rhea Quillon founded Quillon News. Quillon said profits rose.",
        [("Rhea Quillon", "PERSON"), ("Quillon News", "ORG"), ("Quillon", "ORG")],
    )
    entities, docs = resolve_entities([a], _kb())
    person = by_name(entities, "Rhea Quillon")
    assert person is not None
    assert entity_of(docs, "a1", "Quillon") != person.id


def test_a_titled_surname_is_the_person_in_any_article() -> None:
    a = doc("Rhea Quillon was elected.", [("Rhea Quillon", "PERSON")], "a")
    b = doc(
        "Shares rose, Quillon News said. Later Mayor Quillon spoke.", [("Quillon News", "ORG"), ("Quillon", "ORG")], "b"
    )
    entities, docs = resolve_entities([a, b], _kb())
    person = by_name(entities, "Rhea Quillon")
    assert person is not None and entity_of(docs, "b", "Quillon") == person.id
