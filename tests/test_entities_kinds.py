"""Entities: what kind of thing a name is, from the text around it: an office's field is no body
("Fisheries Secretary Jo Doe"), a ship is no group, a device's acronym is no actor, an acronym
joins no expansion that does not fit, an area or a venue written as a place is a place.
Invented text."""

from __future__ import annotations

from helpers import by_name
from helpers import entity_doc as doc
from storyline.annotate.entities import KBEntry, KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_the_field_of_an_office_is_no_body() -> None:
    a = doc(
        "Fisheries Secretary Jo Marren flew in. Later Fisheries Secretary Jo Marren spoke. "
        "The Fisheries and Forestry secretaries met.",
        [("Fisheries", "ORG"), ("Jo Marren", "PERSON"), ("Fisheries", "ORG"), ("Jo Marren", "PERSON"),
         ("Fisheries", "ORG"), ("Forestry", "ORG")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    assert by_name(entities, "Fisheries") is None and by_name(entities, "Forestry") is None
    assert by_name(entities, "Jo Marren") is not None


def test_a_body_written_before_its_secretary_general_stays() -> None:
    a = doc(
        "Harbour League Secretary-General Ana Pell said talks failed. The Harbour League met again.",
        [("Harbour League", "ORG"), ("Ana Pell", "PERSON"), ("Harbour League", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    assert by_name(entities, "Harbour League") is not None


def test_a_field_used_mostly_as_a_body_stays() -> None:
    a = doc(
        "Fisheries said quotas would fall. Fisheries confirmed the ban. Fisheries Secretary Jo Marren agreed.",
        [("Fisheries", "ORG"), ("Fisheries", "ORG"), ("Fisheries", "ORG"), ("Jo Marren", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    assert by_name(entities, "Fisheries") is not None


def test_the_field_joins_a_known_body_the_story_names_in_full() -> None:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="dfish", name="Department of Fisheries", type="government_body", aliases=()))
    a = doc(
        "The Department of Fisheries closed the bay. Fisheries Secretary Jo Marren said so.",
        [("Department of Fisheries", "ORG"), ("Fisheries", "ORG"), ("Jo Marren", "PERSON")],
    )
    entities, _ = resolve_entities([a], kb)
    body = by_name(entities, "Department of Fisheries")
    assert body is not None and "Fisheries" in body.aliases
    assert by_name(entities, "Fisheries") is None


def test_a_name_the_text_calls_a_ship_is_no_group() -> None:
    a = doc(
        "Oil was piped to the vessel Sea Marlow on Monday. The Sea Marlow ship left port. Crews on Sea Marlow cheered.",
        [("Sea Marlow", "NORP"), ("Sea Marlow", "NORP"), ("Sea Marlow", "NORP")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    ship = by_name(entities, "Sea Marlow")
    assert ship is not None and ship.type == "other"


def test_a_company_named_like_its_ships_stays_a_company() -> None:
    a = doc(
        "Marlow Energy said profits rose. Marlow Energy hired staff. Marlow Energy bought a rig.",
        [("Marlow Energy", "ORG"), ("Marlow Energy", "ORG"), ("Marlow Energy", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    firm = by_name(entities, "Marlow Energy")
    assert firm is not None and firm.type == "organisation"


def test_a_device_acronym_is_no_actor_even_if_a_headline_capitalises_it() -> None:
    a = doc(
        "The sludge valve (SLV) failed. Engineers said the sludge valve (SLV) was old. The SLV leaked.",
        [("SLV", "ORG"), ("SLV", "ORG"), ("SLV", "ORG")],
    )
    b = doc("Sludge Valve (SLV) Explained. The SLV is tested.", [("SLV", "ORG"), ("SLV", "ORG")], "a2")
    entities, _ = resolve_entities([a, b], EMPTY)
    assert by_name(entities, "SLV") is None


def test_an_acronym_never_joins_an_expansion_the_knowledge_base_contradicts() -> None:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="qbr", name="QBR", type="media_outlet", aliases=("Quarry Bay Radio",)))
    a = doc(
        "QBR reported the outbreak. A post on Quiet Blue Room mocked the panic. QBR said more.",
        [("QBR", "ORG"), ("Quiet Blue Room", "ORG"), ("QBR", "ORG")],
    )
    entities, _ = resolve_entities([a], kb)
    outlet = by_name(entities, "QBR")
    assert outlet is not None and "Quiet Blue Room" not in outlet.aliases


def test_an_acronym_never_joins_an_expansion_the_story_contradicts() -> None:
    a = doc(
        "The Tarn Valley Council (TVC) met. Tarn Valley Council spoke. A fan site, Tiny Vinyl Club, "
        "wrote that TVC was wrong.",
        [("Tarn Valley Council", "ORG"), ("TVC", "ORG"), ("Tarn Valley Council", "ORG"),
         ("Tiny Vinyl Club", "ORG"), ("TVC", "ORG")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    club = by_name(entities, "Tiny Vinyl Club")
    assert club is not None and "TVC" not in club.aliases


def test_an_undefined_acronym_still_joins_the_only_name_its_initials_fit() -> None:
    a = doc(
        "The Northern Rivers Authority warned of floods. NRA staff were sent.",
        [("Northern Rivers Authority", "ORG"), ("NRA", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    body = by_name(entities, "Northern Rivers Authority")
    assert body is not None and "NRA" in body.aliases


def test_an_area_named_with_its_generic_word_is_a_place() -> None:
    a = doc(
        "The Brenwick County coroner said tests were due. The Brenwick County coroner then delayed them.",
        [("Brenwick County", "ORG"), ("Brenwick County", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place=lambda name: name == "Brenwick County")
    area = by_name(entities, "Brenwick County")
    assert area is not None and area.type == "place"


def test_a_venue_written_as_a_place_is_a_place() -> None:
    a = doc(
        "The gig takes place at Tarrow's Jubilee Stadium in May. Tickets for Tarrow's Jubilee Stadium sold out.",
        [("Tarrow's Jubilee Stadium", "ORG"), ("Tarrow's Jubilee Stadium", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place=lambda name: False)
    venue = by_name(entities, "Tarrow's Jubilee Stadium")
    assert venue is not None and venue.type == "place"


def test_a_town_in_a_dateline_and_in_the_text_is_a_place_not_a_person() -> None:
    a = doc(
        "DUNMOOR, May 2 - Doctors in Dunmoor said two pupils fell ill. Schools in Dunmoor shut.",
        [("DUNMOOR", "PERSON"), ("Dunmoor", "PERSON"), ("Dunmoor", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place=lambda name: name.lower() == "dunmoor")
    assert not [e for e in entities if e.type == "person"]


def test_a_person_named_like_a_town_stays_a_person() -> None:
    a = doc(
        "Singer Lola Dunmoor arrived. Lola Dunmoor said she was happy in Dunmoor, where Dunmoor grew up.",
        [("Lola Dunmoor", "PERSON"), ("Lola Dunmoor", "PERSON"), ("Dunmoor", "GPE"), ("Dunmoor", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place=lambda name: name.lower() == "dunmoor")
    assert any(e.type == "person" and e.name == "Lola Dunmoor" for e in entities)
