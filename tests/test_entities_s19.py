"""Session 19: storm and company short names, distinct party names, names broken by encoding errors."""

from __future__ import annotations

from helpers import entity_doc as doc
from helpers import names_of
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_storm_joins_its_bare_name() -> None:
    a = doc(
        "Hurricane Odalys hit Port Verin. After Odalys, towns rebuilt.",
        [("Hurricane Odalys", "EVENT"), ("Odalys", "PERSON")],
    )
    b = doc("Odalys cost billions, officials said.", [("Odalys", "ORG")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    assert names_of(ents, "Odalys") >= {"Hurricane Odalys", "Odalys"}
    assert len({m.entity for d in docs for m in d.mentions if "Odalys" in m.text}) == 1


def test_a_storm_name_stays_off_a_person_of_that_name() -> None:
    a = doc(
        "Hurricane Odalys hit the coast. Odalys Ferreira, a nurse, stayed. Odalys said she was afraid.",
        [("Hurricane Odalys", "EVENT"), ("Odalys Ferreira", "PERSON"), ("Odalys", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert "Hurricane Odalys" not in names_of(ents, "Odalys Ferreira")


def test_two_longer_names_ending_alike_compete() -> None:
    a = doc(
        "Hurricane Odalys formed. Operation Odalys began. Odalys was mentioned.",
        [("Hurricane Odalys", "EVENT"), ("Operation Odalys", "ORG"), ("Odalys", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Odalys") == {"Odalys"}


def test_a_company_joins_its_formal_name_with_royal_and_a_people() -> None:
    a = doc(
        "Royal Norsk Kelvar reported profits. The Norsk economy grew. Kelvar said output rose. Kelvar shares fell.",
        [("Royal Norsk Kelvar", "ORG"), ("Norsk", "NORP"), ("Kelvar", "ORG"), ("Kelvar", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Kelvar") >= {"Royal Norsk Kelvar", "Kelvar"}


def test_a_bare_body_does_not_join_a_formal_name_without_a_place() -> None:
    a = doc(
        "The Royal Marines landed. The Marines said the beach was clear.",
        [("Royal Marines", "ORG"), ("Marines", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert "Royal Marines" not in names_of(ents, "Marines")


def test_a_longer_party_name_with_its_own_word_is_another_party() -> None:
    a = doc(
        "The Progressive Unity Party of Veland won. Its rival, the Unity Party, lost seats. The Unity Party said so.",
        [("Progressive Unity Party", "ORG"), ("Veland", "GPE"), ("Unity Party", "ORG"), ("Unity Party", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert "Progressive Unity Party" not in names_of(ents, "Unity Party")


def test_an_operation_still_joins_its_bare_name() -> None:
    a = doc(
        "The Operation Granite Dawn began at night. Granite Dawn goes on.",
        [("Operation Granite Dawn", "ORG"), ("Granite Dawn", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Granite Dawn") >= {"Operation Granite Dawn", "Granite Dawn"}


def test_a_name_broken_by_an_encoding_error_is_mended_to_the_story_name() -> None:
    a = doc("Tourists left Tulan for home. Flights from Tul n resumed.", [("Tulan", "GPE"), ("Tul n", "ORG")])
    ents, docs = resolve_entities([a], EMPTY)
    assert not any("Tul n" in {e.name, *e.aliases} for e in ents)
    ids = {m.entity for m in docs[0].mentions if m.text in ("Tulan", "Tul n")}
    assert len(ids) == 1 and None not in ids
    assert names_of(ents, "Tulan") and all(e.type == "place" for e in ents if e.name == "Tulan")


def test_a_broken_name_nothing_fits_is_no_actor() -> None:
    a = doc("Officials in Merv d met. Nothing else happened.", [("Merv d", "ORG")])
    ents, docs = resolve_entities([a], EMPTY)
    assert ents == [] or all("Merv" not in e.name for e in ents)
    assert docs[0].mentions[0].entity is None


def test_a_stray_letter_after_a_span_is_part_of_the_broken_name() -> None:
    a = doc(
        "President Rafael Oliv r spoke. Rafael Olivar is the president.",
        [("Rafael Oliv", "PERSON"), ("Rafael Olivar", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert not any(e.name == "Rafael Oliv" for e in ents)
    e = next(e for e in ents if e.name == "Rafael Olivar")
    assert len(e.mentions) == 2


def test_a_possessive_whose_apostrophe_was_lost() -> None:
    a = doc(
        "Dorota Malek s plan was praised. Dorota Malek said thanks.",
        [("Dorota Malek s", "PERSON"), ("Dorota Malek", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    e = next(e for e in ents if e.name == "Dorota Malek")
    assert len(e.mentions) == 2 and "Dorota Malek s" not in e.aliases


def test_a_company_joins_its_formal_name_written_with_a_legal_form() -> None:
    a = doc(
        "Royal Veldt Kelvar Plc reported profits. Royal Veldt Kelvar grew. Kelvar said output rose.",
        [("Royal Veldt Kelvar Plc", "ORG"), ("Royal Veldt Kelvar", "ORG"), ("Kelvar", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Kelvar") >= {"Royal Veldt Kelvar", "Kelvar"}


def test_a_signed_number_glued_to_a_name_is_cut_off() -> None:
    a = doc(
        "Markets: -3.25 Mara Tenzig spoke; Tenzig Composite Index: +41.07 closed higher.",
        [("-3.25 Mara Tenzig", "PERSON"), ("Tenzig Composite Index: +41.07", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    forms = {f for e in ents for f in (e.name, *e.aliases)}
    assert "Mara Tenzig" in forms and "Tenzig Composite Index" in forms
    assert not any(any(c.isdigit() for c in f) for f in forms)
