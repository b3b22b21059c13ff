"""Entities: a bare first name joins the person the article (or the story) names in full; drugs
and time zones are not actors.  Invented text."""

from __future__ import annotations

from helpers import by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_first_name_joins_the_full_name_of_its_article() -> None:
    d = doc(
        "Odette Marchal arrived at the court. Odette smiled at reporters.",
        [("Odette Marchal", "PERSON"), ("Odette", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Odette") == entity_of(docs, "a1", "Odette Marchal") is not None


def test_two_full_names_with_that_first_name_leave_it_apart() -> None:
    d = doc(
        "Odette Marchal met Odette Brun. Odette spoke first.",
        [("Odette Marchal", "PERSON"), ("Odette Brun", "PERSON"), ("Odette", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    bare = entity_of(docs, "a1", "Odette")
    assert bare not in (entity_of(docs, "a1", "Odette Marchal"), entity_of(docs, "a1", "Odette Brun"))


def test_story_fallback_needs_the_pairing_attested_in_an_article() -> None:
    a = doc(
        "Lucan Brevik sang. Lucan Brevik left. Lucan waved.",
        [("Lucan Brevik", "PERSON"), ("Lucan Brevik", "PERSON"), ("Lucan", "PERSON")],
        "a",
    )
    b = doc("Lucan Brevik returned to the stage.", [("Lucan Brevik", "PERSON")], "b")
    c = doc("Fans cheered when Lucan appeared.", [("Lucan", "PERSON")], "c")
    # Tamsin is named in full three times but never called "Tamsin" beside her full name
    d = doc(
        "Tamsin Greer voted. Tamsin Greer spoke. Tamsin Greer won.",
        [("Tamsin Greer", "PERSON"), ("Tamsin Greer", "PERSON"), ("Tamsin Greer", "PERSON")],
        "d",
    )
    e = doc("A girl called Tamsin was rescued.", [("Tamsin", "PERSON")], "e")
    _, docs = resolve_entities([a, b, c, d, e], EMPTY)
    assert entity_of(docs, "c", "Lucan") == entity_of(docs, "a", "Lucan Brevik") is not None
    assert entity_of(docs, "e", "Tamsin") != entity_of(docs, "d", "Tamsin Greer")


def test_storm_names_and_common_words_are_no_first_names() -> None:
    storm = doc(
        "Odette Marchal flew home before Hurricane Odette struck.",
        [("Odette Marchal", "PERSON"), ("Odette", "PERSON")],
        "s",
    )
    common = doc(
        "Mark Tovey spoke. Mark said the town would mark the day and mark it again.",
        [("Mark Tovey", "PERSON"), ("Mark", "PERSON")],
        "m",
    )
    ents, docs = resolve_entities([storm, common], EMPTY)
    assert entity_of(docs, "s", "Odette") != entity_of(docs, "s", "Odette Marchal")
    assert entity_of(docs, "m", "Mark") != entity_of(docs, "m", "Mark Tovey")
    assert by_name(ents, "Mark Tovey") is not None  # the common word did not drag the person out


def test_first_name_that_is_also_a_surname_in_the_article_stays_apart() -> None:
    d = doc(
        "Talia Moreau sang. Minister Owen Talia spoke. Talia waved to fans.",
        [("Talia Moreau", "PERSON"), ("Owen Talia", "PERSON"), ("Talia", "PERSON")],
    )
    _, docs = resolve_entities([d], EMPTY)
    assert entity_of(docs, "a1", "Talia") != entity_of(docs, "a1", "Talia Moreau")


def test_a_drug_is_no_person_or_people() -> None:
    d = doc(
        "Doctors gave him the antiviral drug Zelnavir. Zelnavir is scarce. "
        "The ministry ordered a million doses of Zelnavir. Zelnavir tablets ran out.",
        [("Zelnavir", "NORP"), ("Zelnavir", "PERSON"), ("Zelnavir", "NORP"), ("Zelnavir", "NORP")],
    )
    ents, _ = resolve_entities([d], EMPTY)
    drug = by_name(ents, "Zelnavir")
    assert drug is not None and drug.type == "other"


def test_a_company_named_after_drug_words_stays_an_organisation() -> None:
    d = doc(
        "The drug company Velmora said sales rose. Velmora said more. Velmora hired staff.",
        [("Velmora", "ORG"), ("Velmora", "ORG"), ("Velmora", "ORG")],
    )
    ents, _ = resolve_entities([d], EMPTY)
    company = by_name(ents, "Velmora")
    assert company is not None and company.type == "organisation"


def test_time_zones_are_no_actors() -> None:
    d = doc(
        "The talks began at 0900 GMT and ended at 1400 BST. Reuters reported it.",
        [("GMT", "ORG"), ("BST", "ORG"), ("Reuters", "ORG")],
    )
    ents, _ = resolve_entities([d], EMPTY)
    names = {e.name for e in ents}
    assert "GMT" not in names and "BST" not in names and "Reuters" in names
