"""The place stage reading the sentences each name is written in (``Geocoder.resolve(...,
sentences=...)``, session 20 round 2): a postal qualifier or a container written there ("in
Robert, Louisiana", "the hall in London", "a Shia area of Baghdad"), a part of a region ("the
Eastern District of Louisiana"), a refused town whose sentence names its region; and, with or
without sentences, a bare "Earth" is the planet.  Invented names and text, offline."""

from __future__ import annotations

from storyline.annotate.places import Geocoder

# a story spread over the US Gulf coast and beyond (more than five states)
_GULF = [
    "New Orleans",
    "Houston",
    "Mobile, Alabama",
    "Tallahassee",
    "Atlanta",
    "Denver",
    "Chicago",
    "Boston",
    "Louisiana",
]


def _first(geo: Geocoder, names: list[str], first_sentence: str) -> object:
    return geo.resolve(names, sentences=[first_sentence] + [""] * (len(names) - 1))[0]


def test_postal_qualifier_in_the_sentence_beats_a_namesake_abroad(geo: Geocoder) -> None:
    place = _first(geo, ["Robert", *_GULF], "Crews met at the command post in Robert, Louisiana, on Monday.")
    assert place is not None
    assert place.country == "US" and place.precision == "vicinity" and place.near_name == "Louisiana"
    # without the sentence the name is read as the namesake abroad (Le Robert, Martinique)
    bare = geo.resolve(["Robert", *_GULF])[0]
    assert bare is not None and bare.country != "US"


def test_qualifier_must_not_be_the_start_of_another_name(geo: Geocoder) -> None:
    names = ["Washington"] * 6 + ["United States"] * 3 + _GULF
    place = _first(geo, names, "After waiting on the company or Washington, Louisiana Gov. Smith acted.")
    assert place is not None and place.admin1 == "DC"


def test_part_of_a_region_is_not_a_district_abroad(geo: Geocoder) -> None:
    place = _first(geo, ["Eastern District", *_GULF], "A suit was filed in the Eastern District of Louisiana.")
    assert place is None or place.country == "US"


def test_container_in_the_sentence_places_a_venue_there(geo: Geocoder) -> None:
    names = ["Zorbastan Hall", *["Los Angeles"] * 5, "London"]
    place = _first(geo, names, "He was to play fifty nights at the Zorbastan Hall in London.")
    assert place is not None and place.near_name == "London" and place.country == "GB"


def test_apposition_places_an_unknown_district(geo: Geocoder) -> None:
    names = ["Qarnawiya", *["Baghdad"] * 5, "Paris", "Berlin", "Tokyo", "Moscow", "Beijing", "Cairo", "London"]
    place = _first(geo, names, "A bomb hit a market in Qarnawiya, a Shia area of Baghdad.")
    assert place is not None and place.near_name == "Baghdad"
    # a list item after a comma is no container: "the Niger Delta, the Orinoco belt in Venezuela"
    listed = [*names, "Venezuela"]
    far = _first(geo, listed, "Riches like those of Qarnawiya, the Orinoco belt in Venezuela.")
    assert far is None or far.country != "VE"


def test_sentences_must_match_the_names(geo: Geocoder) -> None:
    # a sentence list of the wrong length is ignored, not misaligned
    assert geo.resolve(["Robert", *_GULF], sentences=["in Robert, Louisiana, today"]) == geo.resolve(["Robert", *_GULF])


def test_the_earth_is_no_town(geo: Geocoder) -> None:
    earth, houston, texas = geo.resolve(["Earth", "Houston", "Texas"])
    assert earth is None and houston is not None and texas is not None
    town = geo.resolve(["Earth, Texas", "Houston"])[0]
    assert town is not None and town.admin1 == "TX"


def test_capital_not_its_state_namesake_on_one_town(geo: Geocoder) -> None:
    # a story about aid from the US: "Washington" is the capital, though Seattle is named once
    usa = ["Miami", "Houston", "Denver", "Chicago", "Boston", "Phoenix", "Atlanta"]
    names = ["Washington"] * 5 + ["United States"] * 4 + ["Seattle", "Port-au-Prince", "Haiti", "Haiti", *usa]
    place = geo.resolve(names)[0]
    assert place is not None and place.admin1 == "DC"
    # the state written so ("Washington state") is still the state
    state = geo.resolve(names, context=["Fires burn across Washington state"])[0]
    assert state is not None and state.admin1 == "WA"
