"""Entities (session 21, round 2): a state's agency is a government body by its form; a
company's short name joins its only full name, a site joins its outlet; "Britons" is the
"British"; a generic ministry given to several states never joins across articles; a name read
as a person's in most mentions is no place for one list.  Invented text."""

from __future__ import annotations

from helpers import by_name, entity_of, type_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, load_kb, resolve_entities

EMPTY = KnowledgeBase()


def test_an_agency_after_a_state_name_is_a_government_body() -> None:
    a = doc(
        "The US Mineral Survey Service fined Varnco. Officials at the Mineral Survey Service agreed.",
        [("US Mineral Survey Service", "ORG"), ("Varnco", "ORG"), ("Mineral Survey Service", "ORG")],
    )
    b = doc(
        "The Veldia Department of Canals met Calder News Agency staff in Veldia.",
        [("Veldia Department of Canals", "ORG"), ("Calder News Agency", "ORG"), ("Veldia", "GPE")],
        "b",
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    assert type_of(ents, "US Mineral Survey Service") == "government_body"
    assert type_of(ents, "Mineral Survey Service") == "government_body"
    assert type_of(ents, "Veldia Department of Canals") == "government_body"
    assert type_of(ents, "Varnco") == "organisation"
    assert type_of(ents, "Calder News Agency") == "organisation"  # a news agency is no state's


def test_known_agencies_are_government_bodies() -> None:
    kb = load_kb()
    a = doc(
        "The FDIC seized the bank. The Minerals Management Service was split; MMS staff left.",
        [("FDIC", "ORG"), ("Minerals Management Service", "ORG"), ("MMS", "ORG")],
    )
    ents, docs = resolve_entities([a], kb)
    assert type_of(ents, "FDIC") == "government_body"
    assert type_of(ents, "MMS") == "government_body"
    assert entity_of(docs, "a1", "MMS") == entity_of(docs, "a1", "Minerals Management Service")


def test_a_company_short_name_joins_its_only_full_name() -> None:
    a = doc(
        "Qorvex Mobil and Tandrel Petroleum bid. The tanker Qorvex Dawn sank.",
        [("Qorvex Mobil", "ORG"), ("Tandrel Petroleum", "ORG"), ("Qorvex Dawn", "ORG")],
        "a",
    )
    b = doc(
        "Qorvex Mobil said it would bid. Shares of Qorvex rose; Tandrel fell.",
        [("Qorvex Mobil", "ORG"), ("Qorvex", "ORG"), ("Tandrel", "ORG")],
        "b",
    )
    c = doc("Qorvex Mobil and Tandrel Petroleum lost.", [("Qorvex Mobil", "ORG"), ("Tandrel Petroleum", "ORG")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Qorvex") == entity_of(docs, "a", "Qorvex Mobil") is not None
    assert entity_of(docs, "b", "Tandrel") == entity_of(docs, "a", "Tandrel Petroleum") is not None


def test_a_short_name_of_two_full_names_in_as_many_articles_stays_apart() -> None:
    a = doc("Qorvex Mobil bid.", [("Qorvex Mobil", "ORG")], "a")
    b = doc("Qorvex Foods sold. Qorvex rose.", [("Qorvex Foods", "ORG"), ("Qorvex", "ORG")], "b")
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "b", "Qorvex") not in (
        entity_of(docs, "a", "Qorvex Mobil"),
        entity_of(docs, "b", "Qorvex Foods"),
    )


def test_a_branch_named_after_a_place_is_not_the_short_name() -> None:
    a = doc(
        "Qorvex America hired staff in America. Qorvex said so.",
        [("Qorvex America", "ORG"), ("America", "GPE"), ("Qorvex", "ORG")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Qorvex") != entity_of(docs, "a1", "Qorvex America")


def test_a_site_joins_its_outlet() -> None:
    a = doc("Tarn News reported it first.", [("Tarn News", "ORG")], "a")
    b = doc("TarnNews.com said the vote failed.", [("TarnNews.com", "ORG")], "b")
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "b", "TarnNews.com") == entity_of(docs, "a", "Tarn News") is not None


def test_britons_are_the_british() -> None:
    a = doc(
        "British officials spoke. Two Britons were ill. The British said so.",
        [("British", "NORP"), ("Britons", "NORP"), ("British", "NORP")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Britons") == entity_of(docs, "a1", "British", 1) is not None  # "the British said"


def test_a_generic_ministry_of_several_states_does_not_join_across_articles() -> None:
    a = doc(
        "A spokesman for Veldia's Health Ministry said two died.", [("Veldia", "GPE"), ("Health Ministry", "ORG")], "a"
    )
    b = doc(
        "Officials at Morvania's Health Ministry said one died.", [("Morvania", "GPE"), ("Health Ministry", "ORG")], "b"
    )
    c = doc("The Health Ministry said the school shut.", [("Health Ministry", "ORG")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    ids = {entity_of(docs, aid, "Health Ministry") for aid in "abc"}
    assert None not in ids and len(ids) == 3


def test_a_generic_ministry_of_one_state_joins_across_articles() -> None:
    a = doc(
        "A spokesman for Veldia's Health Ministry said two died.", [("Veldia", "GPE"), ("Health Ministry", "ORG")], "a"
    )
    b = doc("The Health Ministry said one died.", [("Health Ministry", "ORG")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Health Ministry") == entity_of(docs, "b", "Health Ministry") is not None
    assert type_of(ents, "Health Ministry") == "government_body"


def test_a_person_in_most_mentions_is_no_place_for_one_list() -> None:
    texts = [
        "Songs are also due from Zandu, Orla Venn and Pim.",
        "Zandu sang first.",
        "The show by Zandu raised money.",
        "Fans cheered as Zandu arrived.",
    ]
    a = doc(texts[0], [("Zandu", "ORG"), ("Orla Venn", "PERSON")], "a")
    rest = [doc(t, [("Zandu", "PERSON")], f"b{i}") for i, t in enumerate(texts[1:])]
    ents, _ = resolve_entities([a, *rest], EMPTY, is_place=lambda s: s == "Zandu")
    assert by_name(ents, "Zandu") is not None and type_of(ents, "Zandu") == "person"
    # written as a place in most of its mentions, it is one
    places = [doc(f"Aid reached {w} Zandu.", [("Zandu", "PERSON")], f"p{i}") for i, w in enumerate(("in", "near"))]
    ents, _ = resolve_entities([a, rest[0], *places], EMPTY, is_place=lambda s: s == "Zandu")
    assert type_of(ents, "Zandu") == "place"
