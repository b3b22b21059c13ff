"""Entities: what a name's form settles.  A company's legal form, a stock symbol or a sports club's
word makes an organisation; an area's generic word a place; a title glued to the end of a body's
name is cut; a party's adjective joins its members.  Invented text."""

from __future__ import annotations

from helpers import by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()
PLACES = {"Dunmoor", "Kelbridge", "Tarrow"}


def is_place(name: str) -> bool:
    return name in PLACES


def test_a_company_read_as_a_person_joins_its_legal_form_and_is_an_organisation() -> None:
    a = doc(
        "Makers include Vireox Plc and others. Vireox said supplies rose. Vireox, a drugmaker, sold more.",
        [("Vireox Plc", "PERSON"), ("Vireox", "PERSON"), ("Vireox", "PERSON")],
    )
    entities, docs = resolve_entities([a], EMPTY, is_place)
    org = by_name(entities, "Vireox")
    assert org is not None and org.type == "organisation"
    assert entity_of(docs, "a1", "Vireox Plc") == org.id
    assert all(m.label == "ORG" for d in docs for m in d.mentions if m.text.startswith("Vireox"))


def test_a_bare_name_read_as_a_people_joins_the_company_with_its_legal_form() -> None:
    a = doc(
        "The rig was run by Drillmark Ltd, a contractor. Drillmark said it would help. Shares of Drillmark fell.",
        [("Drillmark Ltd", "ORG"), ("Drillmark", "NORP"), ("Drillmark", "NORP")],
    )
    entities, docs = resolve_entities([a], EMPTY, is_place)
    org = by_name(entities, "Drillmark")
    assert org is not None and org.type == "organisation"
    assert entity_of(docs, "a1", "Drillmark Ltd") == org.id


def test_a_surname_the_story_gives_a_person_stays_apart_from_the_company() -> None:
    a = doc(
        "Peter Haskin founded Haskin Inc in a garage. Haskin said he was proud. Haskin Inc sells parts.",
        [("Peter Haskin", "PERSON"), ("Haskin Inc", "ORG"), ("Haskin", "PERSON"), ("Haskin Inc", "ORG")],
    )
    entities, docs = resolve_entities([a], EMPTY, is_place)
    person = by_name(entities, "Peter Haskin")
    assert person is not None and person.type == "person"
    assert entity_of(docs, "a1", "Haskin") == person.id
    assert entity_of(docs, "a1", "Haskin Inc") != person.id


def test_co_or_ag_after_a_strong_place_is_no_company() -> None:
    a = doc(
        "Floods hit Kelbridge Co last week. Roads in Kelbridge were shut. The Kelbridge AG sued. Kelbridge is a state.",
        [("Kelbridge Co", "GPE"), ("Kelbridge", "GPE"), ("Kelbridge AG", "ORG"), ("Kelbridge", "GPE")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    town = by_name(entities, "Kelbridge")
    assert town is not None and town.type == "place"
    assert all(e.type != "organisation" for e in entities if e.name in ("Kelbridge", "Kelbridge Co"))


def test_a_list_of_companies_is_no_longer_name_of_one() -> None:
    a = doc(
        "Makers include Vireox, Orvanel-Pasteur and others. Orvanel-Pasteur said so. Orvanel-Pasteur grew.",
        [("Vireox, Orvanel-Pasteur", "ORG"), ("Orvanel-Pasteur", "ORG"), ("Orvanel-Pasteur", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    org = by_name(entities, "Orvanel-Pasteur")
    assert org is not None and len(org.mentions) == 2


def test_a_stock_symbol_makes_a_listed_company() -> None:
    a = doc(
        "France's Orvanel (ORVL.\nPA) will build a plant. Orvanel said the plant opens in 2013. Orvanel hired staff.",
        [("Orvanel", "PERSON"), ("Orvanel", "PERSON"), ("Orvanel", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    org = by_name(entities, "Orvanel")
    assert org is not None and org.type == "organisation"


def test_a_club_after_a_place_is_an_organisation_and_keeps_the_town_apart() -> None:
    a = doc(
        "Dunmoor United won 2-0. Fans in Dunmoor cheered as Dunmoor United went top. Tarrow City lost.",
        [("Dunmoor United", "PERSON"), ("Dunmoor", "GPE"), ("Dunmoor United", "PERSON"), ("Tarrow City", "GPE")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    club = by_name(entities, "Dunmoor United")
    town = by_name(entities, "Dunmoor")
    assert club is not None and club.type == "organisation"
    assert town is not None and town.type == "place" and town.id != club.id
    other = by_name(entities, "Tarrow City")
    assert other is not None and other.type == "organisation"


def test_a_town_named_city_stays_a_place() -> None:
    cities = PLACES | {"Tarrow City"}
    a = doc("Flights to Tarrow City were cancelled.", [("Tarrow City", "GPE")])
    entities, _ = resolve_entities([a], EMPTY, lambda n: n in cities)
    place = by_name(entities, "Tarrow City")
    assert place is not None and place.type == "place"


def test_a_parish_read_as_a_people_or_a_person_is_a_place() -> None:
    a = doc(
        "Oil reached Marrow Parish on Friday. Officials in Marrow Parish closed beaches. Fenn Parish was next.",
        [("Marrow Parish", "NORP"), ("Marrow Parish", "NORP"), ("Fenn Parish", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    for name in ("Marrow Parish", "Fenn Parish"):
        e = by_name(entities, name)
        assert e is not None and e.type == "place", name


def test_a_title_glued_to_the_end_of_a_body_is_cut() -> None:
    a = doc(
        "Harbour Watch Adm Lena Orr said the leak slowed. Harbour Watch Rear Adm. Tom Vey agreed. "
        "Retired Harbour Watch Adm Ivo Lund disagreed. The Kestrel Star Capt. Rob Hay said so.",
        [
            ("Harbour Watch Adm", "ORG"), ("Lena Orr", "PERSON"), ("Harbour Watch Rear Adm", "ORG"),
            ("Tom Vey", "PERSON"), ("Retired Harbour Watch Adm", "ORG"), ("Ivo Lund", "PERSON"),
            ("Kestrel Star Capt", "PERSON"), ("Rob Hay", "PERSON"),
        ],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY, is_place)
    body = by_name(entities, "Harbour Watch")
    assert body is not None and len(body.mentions) == 3
    assert not any("Adm" in alias or "Capt" in alias for e in entities for alias in e.aliases)
    assert by_name(entities, "Kestrel Star") is not None


def test_a_title_alone_is_not_cut_to_its_prefix() -> None:
    a = doc("The Rear Adm Ola Vik spoke.", [("Rear Adm", "ORG"), ("Ola Vik", "PERSON")])
    entities, _ = resolve_entities([a], EMPTY, is_place)
    assert by_name(entities, "Rear") is None


def test_a_title_word_ending_a_body_name_with_no_name_after_stays() -> None:
    a = doc("The Office of the Gen said no.", [("Office of the Gen", "ORG")])
    entities, _ = resolve_entities([a], EMPTY, is_place)
    assert by_name(entities, "Office of the Gen") is not None


def test_a_party_adjective_joins_its_members() -> None:
    a = doc(
        "Liberal lawmakers and Democratic senators met. The Democrats said no. Democratic leaders agreed.",
        [("Democratic", "NORP"), ("Democrats", "NORP"), ("Democratic", "NORP")],
    )
    entities, docs = resolve_entities([a], EMPTY, is_place)
    group = by_name(entities, "Democrats")
    assert group is not None and group.type == "group"
    assert entity_of(docs, "a1", "Democratic") == group.id


def test_a_drug_known_generically_is_a_product() -> None:
    a = doc(
        "Patients got Zelvira, known generically as zelamivir. Zelvira, known generically as zelamivir, "
        "is inhaled. Stocks of Zelvira ran low.",
        [("Zelvira", "PERSON"), ("Zelvira", "PERSON"), ("Zelvira", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place)
    drug = by_name(entities, "Zelvira")
    assert drug is not None and drug.type == "other"


def test_a_company_whose_name_is_also_a_town_joins_its_legal_form() -> None:
    a = doc(
        "Search firms including Tarrow Inc bid. Tarrow said its results improved.",
        [("Tarrow Inc", "ORG"), ("Tarrow", "ORG")],
    )
    entities, docs = resolve_entities([a], EMPTY, is_place)
    org = by_name(entities, "Tarrow")
    assert org is not None and org.type == "organisation"
    assert entity_of(docs, "a1", "Tarrow Inc") == org.id
