"""Session 27: the encoding-error join (_join_unread_letters) looks names up by their consonants, and the
several-bearers check (_unresolved_surnames) reads each full name's mentions once; the results are the ones
the pairwise versions gave.  All text is invented."""

from __future__ import annotations

import itertools

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, _consonants, _vowels_dropped, resolve_entities

EMPTY = KnowledgeBase()


def test_a_word_that_lost_vowels_keeps_its_consonants() -> None:
    # the index is sound only if every pair _vowels_dropped accepts shares its consonants
    words = ["cordova", "crdova", "crdva", "jose", "jos", "angel", "ngel", "ortega", "rtega", "ines", "nes", "dana"]
    words += ["dn", "dina", "ruiz", "riz", "rz", "breen", "bren", "smith", "smth"]
    accepted = [(a, b) for a, b in itertools.permutations(words, 2) if _vowels_dropped(a, b)]
    assert ("crdova", "cordova") in accepted and ("ngel", "angel") in accepted
    assert all(_consonants([a]) == _consonants([b]) for a, b in accepted)
    assert _consonants(["jos", "ngel", "crdova"]) == ("js", "ngl", "crdv")


def test_a_broken_name_cut_short_by_the_recogniser_joins_the_full_name() -> None:
    # "Mara nes" (lowercase start: the recogniser stopped at the lost letter) is the first two words of
    # "Maria Ines Ortega": found by the consonants of the name's leading words
    docs = [
        entity_doc(
            "Finance minister Maria Ines Ortega said the deficit would narrow.",
            [("Maria Ines Ortega", "PERSON")],
            "a",
        ),
        entity_doc("Mara nes Ortega told reporters the figures were final.", [("Mara nes", "PERSON")], "b"),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    minister = by_name(ents, "Maria Ines Ortega")
    assert minister is not None
    assert entity_of(out, "b", "Mara nes") == minister.id


def test_a_broken_name_joins_its_one_match() -> None:
    docs = [
        entity_doc("Dana Ruiz won the mayoral race in the port town.", [("Dana Ruiz", "PERSON")], "a"),
        entity_doc("Later Dn R iz thanked the volunteers.", [("Dn R iz", "PERSON")], "c"),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    mayor = by_name(ents, "Dana Ruiz")
    assert mayor is not None and entity_of(out, "c", "Dn R iz") == mayor.id


def test_a_broken_name_two_people_could_be_joins_neither() -> None:
    # "Dn R iz" has the consonants of both Dana and Dina Ruiz: no one reading, no join
    docs = [
        entity_doc("Dana Ruiz won the mayoral race in the port town.", [("Dana Ruiz", "PERSON")], "a"),
        entity_doc("Her sister Dina Ruiz ran the campaign office.", [("Dina Ruiz", "PERSON")], "b"),
        entity_doc("Later Dn R iz thanked the volunteers.", [("Dn R iz", "PERSON")], "c"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    broken = entity_of(out, "c", "Dn R iz")
    assert broken is not None
    assert broken not in {entity_of(out, "a", "Dana Ruiz"), entity_of(out, "b", "Dina Ruiz")}


def _shelter_docs(together: bool) -> list:
    first = (
        [
            entity_doc(
                "Anna Hollis and Clare Hollis opened the shelter on the quay.",
                [("Anna Hollis", "PERSON"), ("Clare Hollis", "PERSON")],
                "a",
            )
        ]
        if together
        else [
            entity_doc("Anna Hollis opened the shelter on the quay.", [("Anna Hollis", "PERSON")], "a"),
            entity_doc("Clare Hollis ran the kitchen at the harbour.", [("Clare Hollis", "PERSON")], "d"),
        ]
    )
    return [
        *first,
        entity_doc("A spokesman for Hollis said the shelter would stay open.", [("Hollis", "PERSON")], "b"),
        entity_doc("Volunteers thanked Hollis for the donation.", [("Hollis", "PERSON")], "c"),
    ]


def test_a_bare_surname_of_two_people_named_together_names_no_actor() -> None:
    ents, out = resolve_entities(_shelter_docs(together=True), EMPTY)
    assert by_name(ents, "Hollis") is None
    assert entity_of(out, "b", "Hollis") is None and entity_of(out, "c", "Hollis") is None
    assert by_name(ents, "Anna Hollis") is not None and by_name(ents, "Clare Hollis") is not None


def test_a_bare_surname_keeps_its_row_when_the_full_names_are_never_together() -> None:
    ents, out = resolve_entities(_shelter_docs(together=False), EMPTY)
    row = by_name(ents, "Hollis")
    assert row is not None and entity_of(out, "b", "Hollis") == row.id == entity_of(out, "c", "Hollis")
