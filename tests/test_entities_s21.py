"""Entities (session 21): a first name joins the story's only person of that first name; a bare
"-ic" adjective is no actor; a place is shown under its full name, not an abbreviation; a one-word
"place" nothing writes as a place is dropped.  Invented text."""

from __future__ import annotations

from helpers import TableGeo, by_name, entity_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities
from storyline.annotate.understand import abbreviates, understand
from storyline.options import Options
from storyline.records import Place

EMPTY = KnowledgeBase()


def test_first_name_used_alone_in_two_articles_joins_the_only_full_name() -> None:
    a = doc(
        "Orla Venn and her brother Cato Venn filed the suit.", [("Orla Venn", "PERSON"), ("Cato Venn", "PERSON")], "a"
    )
    b = doc("Fans waited outside as Orla arrived.", [("Orla", "PERSON")], "b")
    c = doc("Lawyers said Orla would testify.", [("Orla", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    full = entity_of(docs, "a", "Orla Venn")
    assert full is not None and entity_of(docs, "b", "Orla") == full == entity_of(docs, "c", "Orla")


def test_first_name_also_a_surname_of_the_story_stays_apart() -> None:
    a = doc(
        "Orla Venn filed the suit. Judge Maeve Orla heard it.", [("Orla Venn", "PERSON"), ("Maeve Orla", "PERSON")], "a"
    )
    b = doc("Fans waited outside as Orla arrived.", [("Orla", "PERSON")], "b")
    c = doc("Lawyers said Orla would testify.", [("Orla", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Orla") != entity_of(docs, "a", "Orla Venn")


def test_first_name_of_two_people_stays_apart() -> None:
    a = doc("Orla Venn met Orla Quist.", [("Orla Venn", "PERSON"), ("Orla Quist", "PERSON")], "a")
    b = doc("Fans waited outside as Orla arrived.", [("Orla", "PERSON")], "b")
    c = doc("Lawyers said Orla would testify.", [("Orla", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Orla") not in (entity_of(docs, "a", "Orla Venn"), entity_of(docs, "a", "Orla Quist"))


def test_a_bare_ic_adjective_is_no_actor_but_a_people_stays() -> None:
    a = doc(
        "Banks grew Zorvanic finance. The Zorvanic world watched. Veldian troops moved; the Veldian said no.",
        [("Zorvanic", "NORP"), ("Zorvanic", "NORP"), ("Veldian", "NORP"), ("Veldian", "NORP")],
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert by_name(ents, "Zorvanic") is None and entity_of(docs, "a1", "Zorvanic") is None
    assert by_name(ents, "Veldian") is not None
    # used as a noun it names people
    b = doc("The Zorvanics said no. Zorvanic groups agreed.", [("Zorvanics", "NORP"), ("Zorvanic", "NORP")], "b")
    ents, _ = resolve_entities([b], EMPTY)
    assert any(e.name == "Zorvanics" for e in ents)


def test_abbreviations_of_place_names() -> None:
    assert abbreviates("Calif", "California") and abbreviates("Fla.", "Florida") and abbreviates("N.J.", "New Jersey")
    assert not abbreviates("Iran", "Iraq") and not abbreviates("Gulf", "Gulf of Mexico")
    assert not abbreviates("Cancun", "Changchun")  # a misreading, no abbreviation
    assert not abbreviates("Texas", "Texas") and not abbreviates("nj", "New Jersey")


def test_a_place_is_shown_under_its_full_name_not_its_abbreviation() -> None:
    nor = Place(id="p-nor", name="Norvania", lat=1.0, lon=2.0, precision="region", geonameid=31)
    a = doc(
        "A bank in Dunmere, Norv., failed. Another in Kell, Norv., closed. Norvania regulators met.",
        [("Norv.", "GPE"), ("Norv.", "GPE"), ("Norvania", "GPE")],
    )
    u = understand([a], Options(), geocoder=TableGeo({"norv": nor, "norvania": nor}), kb=EMPTY)
    e = by_name(u.entities, "Norvania")
    assert e is not None and len(e.mentions) == 3 and "Norv" in e.aliases
    assert by_name(u.entities, "Norv") is None


def test_a_one_word_place_nothing_writes_as_a_place_is_dropped() -> None:
    a = doc(
        "Buy the book on Glimmer from the shop. Read it on Glimmer now. Aid reached people in Tessby.",
        [("Glimmer", "GPE"), ("Glimmer", "GPE"), ("Tessby", "GPE")],
    )
    u = understand([a], Options(), geocoder=TableGeo({}), kb=EMPTY)
    assert by_name(u.entities, "Glimmer") is None
    assert all(m.entity is None for d in u.docs for m in d.mentions if m.text == "Glimmer")
    tessby = by_name(u.entities, "Tessby")  # unresolved, but written as a place
    assert tessby is not None and tessby.type == "place"


def test_a_product_name_does_not_join_a_person_it_begins() -> None:
    a = doc("Nurses said Zelvax Brenn was a span error.", [("Zelvax Brenn", "PERSON")], "a")
    b = doc("It is sold under the brand name Zelvax in clinics.", [("Zelvax", "PERSON")], "b")
    c = doc("Doctors gave doses of Zelvax to patients.", [("Zelvax", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Zelvax") != entity_of(docs, "a", "Zelvax Brenn")


def test_first_name_outside_a_family_or_of_a_storm_stays_apart() -> None:
    a = doc("Analyst Alys Morrow said shares fell.", [("Alys Morrow", "PERSON")], "a")
    b = doc("Fans waited outside as Alys arrived.", [("Alys", "PERSON")], "b")
    c = doc("Lawyers said Alys would testify.", [("Alys", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Alys") != entity_of(docs, "a", "Alys Morrow")  # no other Morrow: anyone
    a = doc("Ines Vardo and Pell Vardo watched the sea.", [("Ines Vardo", "PERSON"), ("Pell Vardo", "PERSON")], "a")
    b = doc("Tropical Depression Ines moved west.", [("Ines", "PERSON")], "b")
    c = doc("Forecasters said Ines would weaken.", [("Ines", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "c", "Ines") != entity_of(docs, "a", "Ines Vardo")
