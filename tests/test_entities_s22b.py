"""Entities (session 22, second round): a joint speaker credits each of its persons; a first name
with a surname in brackets or listed with other first names stays apart from the story's full name;
a name beside a place but followed by "from <place>", or in a list of storms, is no place; a
company's short name joins the name it ends; a nationality word only written before a noun is no
actor.  Invented text."""

from __future__ import annotations

from helpers import TableGeo, by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import Attribution, Place

EMPTY = KnowledgeBase()


def _said(d: object, speaker: str, role: str | None) -> object:
    att = Attribution(article="a1", sentence=0, speaker=speaker, role=role, kind="quote", cue="said")
    return d.model_copy(update={"attributions": [att]})  # type: ignore[attr-defined]


def test_a_joint_speaker_credits_each_person() -> None:
    text = "Harbor Secretary Jo Varrow and Interior Secretary Sam Quell said the leak was 90% capped."
    a = doc(text, [("Jo Varrow", "PERSON"), ("Sam Quell", "PERSON")])
    u = understand(
        [_said(a, "Jo Varrow and Sam Quell", "Harbor Secretary; Interior Secretary")],  # type: ignore[list-item]
        Options(),
        geocoder=TableGeo({}),
        kb=EMPTY,
    )
    jo, sam = by_name(u.entities, "Jo Varrow"), by_name(u.entities, "Sam Quell")
    assert jo is not None and sam is not None
    got = {(x.speaker, x.role, x.speaker_entity) for x in u.attributions}
    assert got == {("Jo Varrow", "Harbor Secretary", jo.id), ("Sam Quell", "Interior Secretary", sam.id)}
    assert not any(e.name == "Jo Varrow and Sam Quell" for e in u.entities)  # no merged actor


def test_a_couple_sharing_a_surname_stays_one_speaker() -> None:
    a = doc(
        "Tobin said so. Tobin and Ada Vell said the flat was sealed.",
        [("Tobin", "PERSON"), ("Tobin", "PERSON"), ("Ada Vell", "PERSON")],
    )
    u = understand([_said(a, "Tobin and Ada Vell", None)], Options(), geocoder=TableGeo({}), kb=EMPTY)  # type: ignore[list-item]
    assert [x.speaker for x in u.attributions] == ["Tobin and Ada Vell"]


def test_a_joint_speaker_not_all_known_stays_as_written() -> None:
    a = doc("Jo Varrow and colleagues said the leak was capped.", [("Jo Varrow", "PERSON")])
    u = understand([_said(a, "Jo Varrow and colleagues", None)], Options(), geocoder=TableGeo({}), kb=EMPTY)  # type: ignore[list-item]
    assert [(x.speaker, x.speaker_entity) for x in u.attributions] == [("Jo Varrow and colleagues", None)]


def test_a_first_name_with_its_surname_in_brackets_or_listed_with_first_names_stays_apart() -> None:
    full = "Tobin Marlowe spoke. Tobin Marlowe wept. Tobin Marlowe left. Rita Marlowe and Ned Marlowe came."
    a = doc(
        full,
        [("Tobin Marlowe", "PERSON")] * 3 + [("Rita Marlowe", "PERSON"), ("Ned Marlowe", "PERSON")],
        "a",
    )
    b = doc('"Tobin (Ashe) and Roy are not grand," she wrote.', [("Tobin", "PERSON"), ("Roy", "PERSON")], "b")
    c = doc(
        "A gala hosted by his daughters, Jessamy and Rita, closed the day.",
        [("Jessamy", "PERSON"), ("Rita", "PERSON")],
        "c",
    )
    d = doc("Later Rita said the Marlowes were tired.", [("Rita", "PERSON")], "d")
    _, docs = resolve_entities([a, b, c, d], EMPTY)
    assert entity_of(docs, "b", "Tobin") != entity_of(docs, "a", "Tobin Marlowe")  # a Tobin Ashe
    assert entity_of(docs, "c", "Rita") != entity_of(docs, "a", "Rita Marlowe")  # two girls named by first name


def test_names_beside_a_place_that_are_people_or_storms_are_no_places() -> None:
    nor = Place(id="p-nor", name="Norvania", lat=1.0, lon=2.0, precision="region", geonameid=31)
    a = doc(
        "Ada Lund from Norvania and Quillon from Tessby wrote in. "
        "Could Norvania, Brisco and the rest of the season's storms hit us? Ships left for Kelda and Norvania.",
        [(n, "GPE") for n in ("Norvania", "Quillon", "Norvania", "Brisco", "Kelda", "Norvania")],
    )
    u = understand([a], Options(), geocoder=TableGeo({"norvania": nor}), kb=EMPTY)
    assert by_name(u.entities, "Quillon") is None  # a person: "<name> from <place>"
    assert by_name(u.entities, "Brisco") is None  # a storm listed with storms
    kelda = by_name(u.entities, "Kelda")
    assert kelda is not None and kelda.type == "place"  # a plain list of places still tells a place


def test_a_company_short_name_joins_the_name_it_ends() -> None:
    arts = [
        doc(f"Shares of Vorn fell {i}%. Vorn said little.", [("Vorn", "ORG"), ("Vorn", "ORG")], f"v{i}")
        for i in range(4)
    ]
    arts.append(doc("Buyers may include Royal Tallis Vorn.", [("Royal Tallis Vorn", "ORG")], "r1"))
    arts.append(doc("Vorn Oil drills in the north.", [("Vorn Oil", "ORG")], "o1"))  # "Vorn" is a brand
    arts.append(doc("Royal Tallis Vorn denied it. Oysters in the vorn rose.", [("Royal Tallis Vorn", "ORG")], "r2"))
    _, docs = resolve_entities(arts, EMPTY)
    assert entity_of(docs, "v0", "Vorn") == entity_of(docs, "r1", "Royal Tallis Vorn") is not None
    a = doc(
        "The Royal Kestrels landed. The Kestrels said the beach was clear.",
        [("Royal Kestrels", "ORG"), ("Kestrels", "ORG")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Kestrels") != entity_of(docs, "a1", "Royal Kestrels")  # no brand


def test_a_short_name_often_written_in_lowercase_joins_nothing() -> None:
    a = doc(
        "Kessel said the kessel and another kessel broke. Old Hallam Kessel paid.",
        [("Kessel", "ORG"), ("Hallam Kessel", "ORG")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Kessel") != entity_of(docs, "a1", "Hallam Kessel")


def test_a_nationality_word_only_before_a_noun_is_no_actor() -> None:
    a = doc(
        "The Valdovian army shelled the Tessish border. Valdovian and Tessish fighters met. "
        "A Valdovian-backed group fled. The Kords said they would stay; Kordish troops held.",
        [
            ("Valdovian", "NORP"),
            ("Tessish", "NORP"),
            ("Valdovian", "NORP"),
            ("Tessish", "NORP"),
            ("Valdovian", "NORP"),
            ("Kords", "NORP"),
            ("Kordish", "NORP"),
        ],
    )
    b = doc("A Brannish was killed and the Brannish said so.", [("Brannish", "NORP"), ("Brannish", "NORP")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    assert by_name(ents, "Valdovian") is None and by_name(ents, "Tessish") is None
    assert entity_of(docs, "a1", "Kords") is not None  # the people named as a noun
    assert entity_of(docs, "b", "Brannish") is not None  # "the Brannish said": a people


def test_a_first_name_coupled_with_a_full_name_is_that_family_whatever_its_reading() -> None:
    a = doc(
        "Ivo and Dora Penlow fell ill. Ivo Penlow was treated.",
        [("Ivo", "ORG"), ("Dora Penlow", "PERSON"), ("Ivo Penlow", "PERSON")],
        "a",
    )
    b = doc("Ivo and Dora Penlow went home.", [("Ivo", "ORG"), ("Dora Penlow", "PERSON")], "b")
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Ivo") == entity_of(docs, "a", "Ivo Penlow") is not None
