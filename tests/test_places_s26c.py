"""Session 26 round 3, places, on invented text: names that are no places, or are places elsewhere,
are not put near the story's focus.  A firm written after the noun that says so ("retailer X");
a capitalised common word read as a country only by that country's name in another language
("an Island"); a page's dropped accented letter ("Guantnamo"); a bare feature word that only a
name read by its part shares ("Island" beside "Channel Island"); a county abroad read by another of
its names without its region named; "on the X" as a topic rather than a place."""

from __future__ import annotations

from helpers import TableGeo
from storyline.annotate.entities import KnowledgeBase
from storyline.annotate.places import Geocoder, _damaged_forms, _locative, _repaired
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import AnnotatedArticle, Place
from test_places_s26 import _doc

EMPTY = KnowledgeBase()

BRANDT = Place(id="p-brandt", name="Brandt", lat=10.0, lon=10.0, precision="town", country="US", population=5_000)
MARLOW = Place(id="p-marlow", name="Marlow", lat=11.0, lon=11.0, precision="town", country="US", population=9_000)
ICELAND = Place(id="p-is", name="Iceland", lat=65.0, lon=-18.0, precision="country", country="IS")


# a fixed reading per name: "Island" is read as Iceland (its name in Icelandic)
_TABLE = {"brandt": BRANDT, "marlow": MARLOW, "island": ICELAND}


def _placed(a: AnnotatedArticle) -> set[str]:
    u = understand([a], Options(), geocoder=TableGeo(_TABLE), kb=EMPTY)
    return {p.name for p in u.places}


def test_a_name_after_a_noun_calling_it_a_firm_is_no_place() -> None:
    a = _doc(
        "Electronics retailer Brandt said it would shut 40 stores. Creditors of Brandt met on Friday. "
        "Floods closed roads in Marlow.",
        [("Brandt", "GPE"), ("Marlow", "GPE")],
    )
    assert _placed(a) == {"Marlow"}


def test_a_firm_noun_before_a_longer_name_or_in_few_mentions_keeps_the_place() -> None:
    # "the lender Marlow Savings" names no Marlow; a town named often stays a town
    a = _doc(
        "Floods closed roads in Marlow. Homes in Marlow were evacuated. The lender Marlow Savings "
        "offered loans. Schools in Marlow reopened.",
        [("Marlow", "GPE")],
    )
    assert _placed(a) == {"Marlow"}


def test_a_common_word_read_as_a_country_by_its_other_name_is_no_place() -> None:
    a = _doc(
        "For heaven's sake we are an Island, one reader wrote. The island has closed its schools and "
        "ferries to the island are idle. Floods closed roads in Marlow.",
        [("Island", "GPE"), ("Marlow", "GPE")],
    )
    assert _placed(a) == {"Marlow"}


def test_a_word_that_lost_its_accented_letter_is_read_as_the_whole_word() -> None:
    damaged = _damaged_forms(["Guantánamo", "Kabul"])
    assert damaged == {"Guantnamo": "Guantánamo", "Guant namo": "Guantánamo"}
    assert _repaired("Guant namo Bay", damaged) == "Guantánamo Bay"
    assert _repaired("Guantnamo", damaged) == "Guantánamo"
    assert _repaired("Guantanamo Bay", damaged) is None
    assert _repaired("Guantnamoville", damaged) is None  # whole words only


def test_a_dropped_letter_name_is_placed_where_the_story_places_the_whole_one(geo: Geocoder) -> None:
    names = ["Baghdad", "Baghdad", "Iraq", "Basra", "Guantanamo", "Guantnamo Bay", "Guant namo Bay"]
    got = geo.resolve(
        names, sentences=["", "", "", "", "", "prisoners held at Guantnamo Bay", "freed from Guant namo Bay"]
    )
    for p in got[-2:]:
        assert p is not None and p.country == "CU" and p.precision != "vicinity"


def test_a_bare_feature_word_is_not_a_feature_only_a_part_reading_shares(geo: Geocoder) -> None:
    names = ["London", "Jersey", "Channel Island", "Island"]
    got = geo.resolve(names, sentences=["", "", "", "For goodness sake we are an Island, wake up."])
    assert got[2] is not None and got[2].near_name == "English Channel"
    assert got[3] is None or got[3].precision != "water"


def test_a_county_abroad_read_by_another_of_its_names_needs_its_region(geo: Geocoder) -> None:
    world = ["London", "London", "London", "Manchester", "Leeds", "Slough", "Reading", "England"]
    world += ["United States", "France", "Paris", "Germany", "Japan", "Australia", "Mexico", "Spain"]
    got = geo.resolve([*world, "Berkshire"])
    assert got[-1] is None or got[-1].country != "US"
    # the region it lies in named: it stands
    got = geo.resolve([*world, "Massachusetts", "Berkshire"])
    assert got[-1] is not None and got[-1].country == "US"


def test_on_the_name_is_a_topic_unless_a_street_or_island() -> None:
    assert not _locative("Great Recession", "War has been declared on the Great Recession.")
    assert _locative("Oahu", "Troops were stationed on Oahu in 1941.")
    assert _locative("Quay Street", "Shops on Quay Street were looted.")
    assert _locative("Abu Nawas", "Shops on the Abu Nawas street were looted.")
    assert not _locative("Quay Street", "The market on Quay Street sold bread.")  # "X sold": adjectival
    assert _locative("Great Recession", "Jobs were lost in the Great Recession.")  # "in" unchanged


def test_a_county_abroad_needs_its_region_in_its_own_sentences_when_they_are_known(geo: Geocoder) -> None:
    world = ["London", "London", "London", "Manchester", "Leeds", "Slough", "Reading", "England"]
    world += ["United States", "France", "Paris", "Germany", "Japan", "Australia", "Mexico", "Spain"]
    said = ["" for _ in world]
    away = "A case was confirmed in the Slough area of Berkshire on Tuesday."
    got = geo.resolve(
        [*world, "Massachusetts", "Berkshire"], sentences=[*said, "Flights to Massachusetts resumed.", away]
    )
    assert got[-1] is None or got[-1].country != "US"
    home = "Pittsfield, in Berkshire, Massachusetts, reported two cases."
    got = geo.resolve([*world, "Massachusetts", "Berkshire"], sentences=[*said, home, home])
    assert got[-1] is not None and got[-1].country == "US"


def test_a_county_abroad_stands_on_a_nearby_town_in_its_own_sentences(geo: Geocoder) -> None:
    world = ["London", "London", "London", "Manchester", "Leeds", "Slough", "Reading", "England"]
    world += ["United States", "France", "Paris", "Germany", "Japan", "Australia", "Mexico", "Spain"]
    said = ["" for _ in world]
    town = "Two schools in Pittsfield, Berkshire, closed after a teacher fell ill."
    got = geo.resolve([*world, "Pittsfield", "Berkshire"], sentences=[*said, town, town])
    assert got[-2] is not None and got[-2].country == "US"
    assert got[-1] is not None and got[-1].country == "US" and got[-1].precision == "district"
