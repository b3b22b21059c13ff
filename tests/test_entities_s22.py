"""Entities (session 22): an epithet in apposition joins its person; a bare first name joins the
full name whose surname its article gives; an acronym joins the longer name it begins when the text
calls both by one role; a trade in "-ing" makes another company; a one-word place listed beside
a resolved place, before a place's generic word or after "Port" stays a place.  Invented text."""

from __future__ import annotations

from helpers import TableGeo, by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import Place

EMPTY = KnowledgeBase()


def test_an_epithet_in_apposition_joins_its_person() -> None:
    a = doc(
        "Crowds mourned the Duke of Swing, Tobin Marlowe, on Friday.",
        [("Duke of Swing", "PERSON"), ("Tobin Marlowe", "PERSON")],
        "a",
    )
    b = doc("Fans of the Duke of Swing lit candles.", [("Duke of Swing", "PERSON")], "b")
    _, docs = resolve_entities([a, b], EMPTY)
    full = entity_of(docs, "a", "Tobin Marlowe")
    assert full is not None and entity_of(docs, "b", "Duke of Swing") == full


def test_a_first_name_with_no_surname_in_its_article_stays_apart() -> None:
    a = doc("Tobin Marlowe died. Tobin Marlowe sang. Tobin Marlowe was 50.", [("Tobin Marlowe", "PERSON")] * 3, "a")
    b = doc("Tobin Quayle, a reporter, wrote about it.", [("Tobin Quayle", "PERSON")], "b")
    c = doc("In this programme Tobin talks to a priest.", [("Tobin", "PERSON")], "c")
    d = doc("Next week Tobin meets a chef from Rudd Marlowe.", [("Tobin", "PERSON"), ("Rudd Marlowe", "ORG")], "d")
    _, docs = resolve_entities([a, b, c, d], EMPTY)
    assert entity_of(docs, "c", "Tobin") != entity_of(docs, "a", "Tobin Marlowe")
    assert entity_of(docs, "d", "Tobin") != entity_of(docs, "a", "Tobin Marlowe")  # a firm's name is no family


def test_an_epithet_beside_two_people_stays_apart() -> None:
    a = doc("The Duke of Swing, Tobin Marlowe, sang.", [("Duke of Swing", "PERSON"), ("Tobin Marlowe", "PERSON")], "a")
    b = doc(
        "Critics called Ada Penhale, the Duke of Swing, a fraud.",
        [("Ada Penhale", "PERSON"), ("Duke of Swing", "PERSON")],
        "b",
    )
    _, docs = resolve_entities([a, b], EMPTY)
    epithet = entity_of(docs, "a", "Duke of Swing")
    assert epithet not in (entity_of(docs, "a", "Tobin Marlowe"), entity_of(docs, "b", "Ada Penhale"))


def test_a_first_name_joins_the_full_name_whose_surname_its_article_gives() -> None:
    a = doc(
        "Tobin Marlowe died. Tobin Marlowe was 50. Tobin Marlowe sang.",
        [("Tobin Marlowe", "PERSON")] * 3,
        "a",
    )
    b = doc("Tobin Quayle, a reporter, wrote about it.", [("Tobin Quayle", "PERSON")], "b")
    c = doc(
        "Judge Tobin Ashe heard the Tobin Marlowe case. Tobin's brother Rudd Marlowe spoke.",
        [("Tobin Ashe", "PERSON"), ("Tobin Marlowe", "PERSON"), ("Tobin", "PERSON"), ("Rudd Marlowe", "PERSON")],
        "c",
    )
    d = doc("Tobin's sister Mrs Marlowe spoke for the family.", [("Tobin", "PERSON"), ("Marlowe", "PERSON")], "d")
    _, docs = resolve_entities([a, b, c, d], EMPTY)
    full = entity_of(docs, "a", "Tobin Marlowe")
    assert full is not None
    assert entity_of(docs, "d", "Tobin") == full  # "Mrs Marlowe" names the family
    # two Tobins in full in the article: the one whose family the article names
    assert entity_of(docs, "c", "Tobin") == full != entity_of(docs, "c", "Tobin Ashe")


def test_an_acronym_joins_the_longer_name_only_under_one_role() -> None:
    a = doc(
        "The promoter ZKV said the tour would go on. ZKV declined to comment.",
        [("ZKV", "ORG"), ("ZKV", "ORG")],
        "a",
    )
    b = doc("Insurers sued promoters ZKV Live over the policy.", [("ZKV Live", "ORG")], "b")
    c = doc("The oil firm QRT said QRT Nordia had paid.", [("QRT", "ORG"), ("QRT Nordia", "ORG")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "a", "ZKV") == entity_of(docs, "b", "ZKV Live") is not None
    assert entity_of(docs, "c", "QRT") != entity_of(docs, "c", "QRT Nordia")  # no shared role


def test_a_company_name_with_a_trade_in_ing_is_another_company() -> None:
    a = doc(
        "Shares of Valdor rose. Valdor Bottling cut jobs. Brennick said Brennick Foods grew.",
        [("Valdor", "ORG"), ("Valdor Bottling", "ORG"), ("Brennick", "ORG"), ("Brennick Foods", "ORG")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Valdor") != entity_of(docs, "a1", "Valdor Bottling")
    assert entity_of(docs, "a1", "Brennick") == entity_of(docs, "a1", "Brennick Foods")


def test_unresolved_places_written_as_places_are_kept() -> None:
    nor = Place(id="p-nor", name="Norvania", lat=1.0, lon=2.0, precision="region", geonameid=31)
    kel = Place(id="p-kel", name="Kell", lat=1.0, lon=2.0, precision="city", geonameid=32)
    a = doc(
        "Oil could reach Norvania, the Tessaras and beyond. Sand went to Port Quillon. "
        "Officials flew to Kell, ZV for a vigil. Homes on the Marrow river flooded. Buy it on Glimmer now. "
        "Clients include Vexco and the Norvania Chamber. Up, Norvania, Shoulder to shoulder!",
        [
            (n, "GPE")
            for n in (
                "Norvania",
                "Tessaras",
                "Quillon",
                "Kell",
                "ZV",
                "Marrow",
                "Glimmer",
                "Vexco",
                "Norvania",
                "Norvania",
                "Shoulder",
            )
        ],
    )
    u = understand([a], Options(), geocoder=TableGeo({"norvania": nor, "kell": kel}), kb=EMPTY)
    for name in ("Tessaras", "Quillon", "ZV", "Marrow"):
        e = by_name(u.entities, name)
        assert e is not None and e.type == "place", name
    for name in ("Glimmer", "Vexco", "Shoulder"):  # a place inside a name, a comma that lists nothing
        assert by_name(u.entities, name) is None, name


def test_an_office_in_apposition_is_no_epithet() -> None:
    a = doc("The Bishop of Kellow, Ann Vorst, prayed.", [("Bishop of Kellow", "PERSON"), ("Ann Vorst", "PERSON")], "a")
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a", "Bishop of Kellow") != entity_of(docs, "a", "Ann Vorst")
