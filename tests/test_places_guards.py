"""The place stage's own guards against putting on the map a place the sources do not support
(session 20): in a story spread wide, a word the gazetteer knows in no form gets no "near the
focus" answer, a hamlet abroad needs local evidence, a town barely preferred to a namesake of
comparable size is left unresolved, a capital's namesake abroad is not read on a named county
alone, and a name also written as a place's possession is placed near that place.  Invented name
lists and text, offline."""

from __future__ import annotations

from storyline.annotate.places import Geocoder, _locative, _wide

# an international story: places in many countries, most in Britain
_WORLD = [
    "United Kingdom",
    "United Kingdom",
    "London",
    "London",
    "London",
    "Manchester",
    "Leeds",
    "England",
    "United States",
    "France",
    "Paris",
    "Germany",
    "Berlin",
    "Japan",
    "Tokyo",
    "Australia",
    "Sydney",
    "Mexico",
]


def test_unknown_word_is_not_placed_near_the_focus_of_a_wide_story(geo: Geocoder) -> None:
    names = [*_WORLD, "Zorbleflux", "Zorbleflux"]
    assert geo.resolve(names)[-1] is None


def test_unknown_word_written_as_a_place_keeps_its_vicinity_answer(geo: Geocoder) -> None:
    text = "Crowds gathered in Zorbleflux on Sunday, police in London said."
    place = geo.resolve([*_WORLD, "Zorbleflux"], context=["A title", text])[-1]
    assert place is not None and place.precision == "vicinity" and place.country == "GB"


def test_unknown_word_in_a_narrow_story_still_gets_a_vicinity_answer(geo: Geocoder) -> None:
    # one country, few regions: the focus says where a local name the gazetteer lacks is
    place = geo.resolve(["Syria", "Raqqa", "Raqqa", "Tabqa", "Zorbleflux"])[-1]
    assert place is not None and place.precision == "vicinity" and place.country == "SY"


def test_hamlet_abroad_without_local_evidence_is_not_resolved(geo: Geocoder) -> None:
    # Dulwich, South Australia (under 2,000 people): a British story naming Australia once does
    # not support it; and it is no place "near London" either
    assert geo.resolve([*_WORLD, "Dulwich"])[-1] is None


def test_hamlet_abroad_with_a_nearby_town_stands(geo: Geocoder) -> None:
    place = geo.resolve([*_WORLD, "Adelaide", "South Australia", "Dulwich"])[-1]
    assert place is not None and place.country == "AU" and place.precision == "town"


def test_capital_namesake_abroad_needs_more_than_a_named_county(geo: Geocoder) -> None:
    # a British story naming the US often, and West Sussex (which holds a village called
    # Washington) in a list of counties: "Washington" is not the village of 2,000 people
    names = [*_WORLD, *["United States"] * 5, "West Sussex", "Kent", "Brighton", *["Washington"] * 6]
    place = geo.resolve(names)[-1]
    assert place is not None and (place.population or 0) > 50_000


def test_possession_elsewhere_places_the_bare_name(geo: Geocoder) -> None:
    names = [*_WORLD, "Cardiff", "Cardiff's Grand Arena", "Grand Arena", "Grand Arena"]
    place = geo.resolve(names)[-1]
    assert place is not None and place.precision == "vicinity" and place.near_name == "Cardiff"


def test_locative_reading() -> None:
    assert _locative("Zorbleflux", "They met in Zorbleflux.")
    assert _locative("Zorbleflux", "flights to Zorbleflux, officials said")
    assert not _locative("Zorbleflux", "in Zorbleflux areas the clerics said")  # an adjective
    assert not _locative("Zorbleflux", "Zorbleflux said on Monday")
    assert not _locative("Zorbleflux", "")


def test_wide_story(geo: Geocoder) -> None:
    narrow = dict(enumerate(geo.candidates(n)[0] for n in ["Syria", "Raqqa", "Aleppo", "Iraq"]))
    wide = dict(enumerate(geo.candidates(n)[0] for n in ["France", "Japan", "Peru", "Kenya", "Chile", "Egypt"]))
    assert not _wide({str(k): c for k, c in narrow.items()})
    assert _wide({str(k): c for k, c in wide.items()})


# a story spread along the US Gulf coast: many states, a few towns
_GULF = [
    *["United States"] * 3,
    "Louisiana",
    "Louisiana",
    "Florida",
    "Alabama",
    "Mississippi",
    "Texas",
    "California",
    "Alaska",
    "New York",
    "Houston",
    "New Orleans",
    "Pensacola",
    "Mobile",
    "Gulf of Mexico",
]


def test_town_barely_preferred_to_a_namesake_is_not_resolved_in_a_spread_story(geo: Geocoder) -> None:
    # Venice, Florida or Venice, California?  Nothing in the story says which
    assert geo.resolve([*_GULF, "Venice", "Venice"])[-1] is None


def test_town_with_a_neighbour_named_is_resolved_in_a_spread_story(geo: Geocoder) -> None:
    place = geo.resolve([*_GULF, "Sarasota", "Venice", "Venice"])[-1]
    assert place is not None and place.admin1 == "FL"
