"""Places in stories spread over a country (session 19): many articles name many regions, so a
nearby place or a named region is weak evidence for a namesake, and a town named in a story spread
over its country is no focus to place unknown names near.  Invented name lists, offline."""

from __future__ import annotations

from storyline.annotate.places import Geocoder

# a story spread over the United States: a dozen states, towns across the country
_SPREAD_US = [
    "United States",
    "United States",
    "United States",
    "Louisiana",
    "Florida",
    "Alabama",
    "Mississippi",
    "Texas",
    "California",
    "Illinois",
    "Ohio",
    "New York",
    "Colorado",
    "Houston",
    "New Orleans",
    "Denver",
    "Seattle",
    "Atlanta",
]


def test_big_city_beats_a_namesake_whose_support_is_a_spread_story(geo: Geocoder) -> None:
    # Miami, Oklahoma lies in Ottawa County, near Tulsa, in a state the story names; in a story
    # naming a dozen US states (and Florida) that says little: Miami is Florida's
    names = [*_SPREAD_US, "Canada", "Ottawa", "Toronto", "Oklahoma", "Tulsa", "Miami", "Miami"]
    miami = geo.resolve(names)[-1]
    assert miami is not None and miami.country == "US" and miami.admin1 == "FL"


def test_sea_is_not_a_small_town_named_after_it_in_a_spread_story(geo: Geocoder) -> None:
    places = geo.resolve([*_SPREAD_US, "London", "Mexico", "Mexico City", "Canada", "Toronto", "North Sea", "Norway"])
    sea = places[-2]
    assert sea is not None and sea.country is None and sea.precision == "water"


def test_local_story_still_reads_the_local_namesake(geo: Geocoder) -> None:
    # one region, nearby towns: the local reading stands (the breadth rule does not apply)
    places = geo.resolve(["New York", "Rochester", "Syracuse", "Seneca Lake", "Geneva", "Geneva"])
    geneva = places[-1]
    assert geneva is not None and geneva.country == "US" and geneva.admin1 == "NY"


def test_no_vicinity_answer_near_a_town_the_story_is_not_centred_on(geo: Geocoder) -> None:
    # the most-named town is Washington, but the story's places lie across the country: an unknown
    # name is not "near Washington"
    names = ["United States", "Washington", "Washington", "Louisiana", "Florida", "Alaska", "Texas"]
    names += ["Houston", "New Orleans", "Pensacola", "Anchorage", "Mobile", "Quorvale Terminal"]
    assert geo.resolve(names)[-1] is None


def test_vicinity_answer_near_the_town_a_story_is_centred_on(geo: Geocoder) -> None:
    names = ["Louisiana", "New Orleans", "New Orleans", "New Orleans", "Baton Rouge", "Houston"]
    names += ["Quorvale Terminal"]
    near = geo.resolve(names)[-1]
    assert near is not None and near.precision == "vicinity" and near.near_name == "New Orleans"


def test_possessive_names_the_place_a_missing_name_belongs_to(geo: Geocoder) -> None:
    # the story centres on Los Angeles, but "Cardiff's ... Stadium" is written as Cardiff's
    names = ["Los Angeles"] * 4 + ["California", "Hollywood", "London", "Cardiff", "Cardiff's Quorvale Stadium"]
    stadium = geo.resolve(names)[-1]
    assert stadium is not None and stadium.precision == "vicinity"
    assert stadium.near_name == "Cardiff" and stadium.country == "GB"


def test_bare_generic_word_is_the_feature_the_story_names_in_full(geo: Geocoder) -> None:
    gulf = geo.resolve(["Gulf of Mexico", "Gulf of Mexico", "Louisiana", "Gulf"])[-1]
    assert gulf is not None and gulf.name == "Gulf of Mexico"
    # without a full name the bare word keeps its own reading
    other = geo.resolve(["Iraq", "Kuwait", "Persian Gulf", "Gulf"])
    assert other[-1] is not None and other[-1].name == other[-2].name == "Persian Gulf"


def test_acronym_of_a_town_the_story_names_is_that_town(geo: Geocoder) -> None:
    la = geo.resolve(["Los Angeles", "Los Angeles", "California", "LA"])
    assert la[-1] is not None and la[-1].name == "Los Angeles" and la[-1].precision == "town"
    # the story names the region whose postal code it is: the region stays
    both = geo.resolve(["Los Angeles", "Louisiana", "LA"])
    assert both[-1] is not None and both[-1].name == "Louisiana"
