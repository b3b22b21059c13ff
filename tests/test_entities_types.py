"""Entities: names the recogniser reads as organisations that the text writes as persons', reader
comments, drugs listed with drugs, bracketed acronyms glued to their name.  Invented text."""

from __future__ import annotations

from helpers import by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_titled_name_read_as_an_organisation_is_a_person_and_takes_its_surname() -> None:
    a = doc(
        "Dr Taro Imahashi, the agency's flu chief, spoke. Taro Imahashi said cases rose.",
        [("Taro Imahashi", "ORG"), ("Taro Imahashi", "ORG")],
        "a",
    )
    b = doc(
        "The health director, Taro Imahashi, said more. Later Dr Imahashi added a warning.",
        [("Taro Imahashi", "ORG"), ("Dr Imahashi", "ORG")],
        "b",
    )
    entities, docs = resolve_entities([a, b], EMPTY)
    person = by_name(entities, "Taro Imahashi")
    assert person is not None and person.type == "person"
    assert entity_of(docs, "b", "Dr Imahashi") == person.id
    assert all(m.label == "PERSON" for d in docs for m in d.mentions if m.text == "Taro Imahashi")


def test_an_organisation_with_a_plain_name_stays_an_organisation() -> None:
    a = doc(
        "Shares in the Harlow Whitby bank fell. Harlow Whitby said profits fell. "
        "The chief executive of Harlow Whitby resigned. Harlow Whitby, whose director left, sold it.",
        [("Harlow Whitby", "ORG"), ("Harlow Whitby", "ORG"), ("Harlow Whitby", "ORG"), ("Harlow Whitby", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    org = by_name(entities, "Harlow Whitby")
    assert org is not None and org.type == "organisation"


def test_a_surname_read_as_an_organisation_with_an_age_and_a_role_is_a_person() -> None:
    a = doc(
        "Today Brannagh, 24, was the tenth case. Brannagh, the goalkeeper of the team, felt ill. Brannagh had tests.",
        [("Brannagh", "ORG"), ("Brannagh", "ORG"), ("Brannagh", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    e = by_name(entities, "Brannagh")
    assert e is not None and e.type == "person"


def test_a_reader_signing_a_comment_is_not_the_person_of_the_article() -> None:
    d = doc(
        "Crews fought the leak.\n"
        "At 10:12 2nd May 2011, Petra wrote: it is like a Tobin Vasquez film.\n"
        "At 10:15 2nd May 2011, Tobin wrote: I disagree.\n",
        [("Petra", "PERSON"), ("Tobin Vasquez", "PERSON"), ("Tobin", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Tobin") != entity_of(docs, "a1", "Tobin Vasquez")
    # nor is a first name of the article the full name a reader writes
    d = doc(
        "Tobin waved to the crews.\nAt 10:12 2nd May 2011, Petra wrote: it is like a Tobin Vasquez film.\n",
        [("Tobin", "PERSON"), ("Petra", "PERSON"), ("Tobin Vasquez", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Tobin") != entity_of(docs, "a1", "Tobin Vasquez")


def test_a_first_name_listed_before_a_full_name_shares_its_surname() -> None:
    d = doc(
        "Tobin Vasquez opened the inquiry. Tobin and Maren Okafor fish for shrimp.",
        [("Tobin Vasquez", "PERSON"), ("Tobin", "PERSON"), ("Maren Okafor", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Tobin") != entity_of(docs, "a1", "Tobin Vasquez")
    d = doc(
        "Tobin Vasquez opened the inquiry. Tobin and Maren Vasquez fish for shrimp.",
        [("Tobin Vasquez", "PERSON"), ("Tobin", "PERSON"), ("Maren Vasquez", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Tobin") == entity_of(docs, "a1", "Tobin Vasquez") is not None


def test_a_first_name_in_the_article_still_joins() -> None:
    d = doc(
        "Tobin Vasquez opened the inquiry. Tobin said he would report in May.",
        [("Tobin Vasquez", "PERSON"), ("Tobin", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Tobin") == entity_of(docs, "a1", "Tobin Vasquez") is not None


def test_a_name_listed_with_a_drug_is_a_drug() -> None:
    a = doc(
        "Doctors prescribe the antiviral drug Virazol. Stocks of Virazol and Zenthra ran low. "
        "Both Virazol and Zenthra work. Patients took Zenthra or Virazol at home.",
        [
            ("Virazol", "PERSON"),
            ("Virazol", "PERSON"),
            ("Zenthra", "PERSON"),
            ("Virazol", "PERSON"),
            ("Zenthra", "PERSON"),
            ("Zenthra", "PERSON"),
            ("Virazol", "PERSON"),
        ],
    )
    entities, _ = resolve_entities([a], EMPTY)
    drug = by_name(entities, "Zenthra")
    assert drug is not None and drug.type == "other"


def test_an_acronym_glued_to_its_name_in_an_open_bracket_is_split_and_joined() -> None:
    a = doc(
        "The Northern Seed Council (NSC) met. The NSC said yields fell.",
        [("The Northern Seed Council (NSC", "ORG"), ("NSC", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    org = by_name(entities, "Northern Seed Council")
    assert org is not None and "NSC" in org.aliases
    assert not any("(" in e.name for e in entities)
    b = doc("The children Odile (l) and Remy smiled.", [("Odile (l", "PERSON")], "b")
    entities, _ = resolve_entities([b], EMPTY)
    assert by_name(entities, "Odile") is None  # a caption's "left" is no alternate name


def test_a_singular_group_that_acts_as_one_body_is_an_organisation() -> None:
    a = doc(
        "The rig belonged to drilling firm Norvane. Norvane said it was not to blame. "
        "Norvane's shares fell. Norvane was sued. Norvane and its lawyers met.",
        [("Norvane", "NORP"), ("Norvane", "NORP"), ("Norvane", "NORP"), ("Norvane", "NORP"), ("Norvane", "NORP")],
    )
    b = doc(
        "Moravians said the vote was fair. The Moravians have voted. Moravian voters queued.",
        [("Moravians", "NORP"), ("Moravians", "NORP"), ("Moravian", "NORP")],
        "b",
    )
    entities, _ = resolve_entities([a, b], EMPTY)
    body = by_name(entities, "Norvane")
    people = by_name(entities, "Moravians")
    assert body is not None and body.type == "organisation"
    assert people is not None and people.type == "group"


def test_an_organisation_speaking_does_not_make_its_town_a_person_name() -> None:
    a = doc(
        "Cases rose in Dunmore. The Dunmore area saw more. NHS Greater Dunmore said it was ready. "
        "Clinics in Upper Dunmore said they were full. Dunmore schools closed.",
        [
            ("Dunmore", "PERSON"),
            ("Dunmore", "PERSON"),
            ("NHS Greater Dunmore", "ORG"),
            ("Dunmore", "PERSON"),
            ("Dunmore", "PERSON"),
        ],
    )
    entities, _ = resolve_entities([a], EMPTY, is_place=lambda name: name == "Dunmore")
    town = by_name(entities, "Dunmore")
    assert town is not None and town.type == "place"


def test_an_acronym_written_in_the_plural_is_a_common_noun() -> None:
    a = doc(
        "Patients should call their GP first. Two GPs said the DVLA was slow. Most GPs agreed. The DVLA replied.",
        [("GP", "ORG"), ("DVLA", "ORG"), ("DVLA", "ORG")],
    )
    entities, docs = resolve_entities([a], EMPTY)
    assert by_name(entities, "GP") is None
    assert by_name(entities, "DVLA") is not None
    assert any(m.text == "GP" and m.entity is None for d in docs for m in d.mentions)


def test_a_first_name_after_sir_joins_the_knight() -> None:
    d = doc(
        "Sir Corwin Aldane, the chief medical officer, spoke. Sir Corwin said the risk was low.",
        [("Corwin Aldane", "PERSON"), ("Corwin", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Corwin") == entity_of(docs, "a1", "Corwin Aldane") is not None
    d = doc(
        "Corwin Aldane played. King Corwin ruled long ago.",
        [("Corwin Aldane", "PERSON"), ("Corwin", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Corwin") != entity_of(docs, "a1", "Corwin Aldane")
