"""Session 20, round 2: a people's name read as a place is a group, never the place; a
legislature's chambers and committees are government bodies (a bare "Senate" joins the only
qualified one); radio and television stations are media outlets; a kinship word is no actor;
a planet is no place; an abbreviated place name never re-occurs as a lowercase word."""

from __future__ import annotations

from helpers import by_name, type_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_people_read_as_a_place_is_a_group_not_the_place() -> None:
    a = doc(
        "Floods hit Veldoria again. Many Veldorians fled north, and Veldorian officials asked for aid. "
        "Trade with the Far Sandland slowed and Far Sandlandern ports closed.",
        [("Veldoria", "GPE"), ("Veldorians", "GPE"), ("Veldorian", "NORP"), ("Far Sandland", "LOC"),
         ("Far Sandlandern", "LOC")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Veldoria") == "place"
    assert type_of(ents, "Veldorians") == "group"
    assert type_of(ents, "Far Sandlandern") != "place"  # a single adjective: no actor at all
    sand = by_name(ents, "Far Sandland")
    assert sand is not None and sand.type == "place" and sand.aliases == ["Far Sandland"]
    place = by_name(ents, "Veldoria")
    assert place is not None and "Veldorians" not in place.aliases


def test_a_short_stem_makes_no_people() -> None:
    # "Koran" is no "Kor" + "an": stems under four letters are not taken
    a = doc("Kor and Koran are two towns.", [("Kor", "GPE"), ("Koran", "GPE")])
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Koran") == "place"


def test_chambers_and_committees_are_government_bodies() -> None:
    a = doc(
        "The Senate passed the bill and the House voted on Friday. The U.S. Senate had waited. "
        "The Senate Farming Committee and the House Budget Committee met.",
        [("Senate", "ORG"), ("House", "ORG"), ("U.S. Senate", "ORG"), ("Senate Farming Committee", "ORG"),
         ("House Budget Committee", "ORG")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    for name in ("Senate", "House", "Senate Farming Committee", "House Budget Committee"):
        assert type_of(ents, name) == "government_body", name
    senate = [e for e in ents if "Senate" in e.aliases]
    assert len(senate) == 1 and "U.S. Senate" in senate[0].aliases  # the bare name joins the qualified one


def test_a_bare_house_alone_stays_an_organisation_and_house_joins_the_only_full_chamber() -> None:
    a = doc("The House was full.", [("House", "ORG")])
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "House") == "organisation"  # no other chamber: not known to be one
    b = doc(
        "The House of Representatives met. The House then voted.",
        [("House of Representatives", "ORG"), ("House", "ORG")],
    )
    ents, _ = resolve_entities([b], EMPTY)
    house = by_name(ents, "House of Representatives")
    assert house is not None and house.type == "government_body" and "House" in house.aliases
    c = doc(
        "The House of Commons and the House of Lords differ. The House rose.",
        [("House of Commons", "ORG"), ("House of Lords", "ORG"), ("House", "ORG")],
    )
    ents, _ = resolve_entities([c], EMPTY)
    house = by_name(ents, "House")
    assert house is not None and house.type == "government_body"  # which chamber is not known: joins none


def test_stations_are_media_outlets() -> None:
    a = doc(
        "Speaking on Dunmoor Radio 7 Live, the minister said more. Later, 7 Live asked listeners.",
        [("Dunmoor Radio 7 Live", "ORG"), ("7 Live", "PRODUCT")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Dunmoor Radio 7 Live") == "media_outlet"
    assert type_of(ents, "7 Live") == "media_outlet"


def test_kinship_words_are_no_actors_and_planets_no_places() -> None:
    a = doc(
        "My Great-Grandfather, Olan Trese, sailed to Verrin. Life on Earth changed, as did Mars.",
        [("Great-Grandfather", "FAC"), ("Olan Trese", "PERSON"), ("Verrin", "GPE"), ("Earth", "LOC"),
         ("Mars", "LOC")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    names = {e.name for e in ents}
    assert "Great-Grandfather" not in names
    assert type_of(ents, "Earth") == "other" and type_of(ents, "Mars") == "other"
    assert type_of(ents, "Verrin") == "place"


def test_an_abbreviated_place_never_reoccurs_as_a_lowercase_word() -> None:
    a = doc(
        "The debate is in Oxbury, Miss., on Friday. Voters in Oxbury, Miss., wait. Do not miss it.",
        [("Oxbury", "GPE"), ("Miss.", "GPE"), ("Oxbury", "GPE"), ("Miss.", "GPE")],
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert not any(m.text == "miss" and m.entity for m in docs[0].mentions)
    assert all("miss" not in e.aliases for e in ents)


def test_a_party_and_a_court_district_read_as_places_are_bodies() -> None:
    a = doc(
        "Critics say New Dawnist is a centre party, and New Dawnist Party voters agree. The suit went to the "
        "District Court for the Western District of Orlen. Farms in the Western District of Orlen are dry.",
        [("New Dawnist Party", "GPE"), ("the Western District", "LOC"), ("Western District", "LOC")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "New Dawnist Party") == "organisation"
    assert type_of(ents, "Western District") == "government_body"
    b = doc("Farms in the Western District are dry.", [("Western District", "LOC")])
    ents, _ = resolve_entities([b], EMPTY)
    assert type_of(ents, "Western District") == "place"  # no court before it


def test_departments_are_government_bodies_and_faiths_no_actors() -> None:
    a = doc(
        "The Fisheries Department and the Ministry of Roads spoke. Critics of Verism and of Islam wrote.",
        [("Fisheries Department", "ORG"), ("Ministry of Roads", "ORG"), ("Verism", "ORG"), ("Islam", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Fisheries Department") == "government_body"
    assert type_of(ents, "Ministry of Roads") == "government_body"
    assert type_of(ents, "Verism") == "other" and type_of(ents, "Islam") == "other"
