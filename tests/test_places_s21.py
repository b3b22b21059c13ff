"""Place-stage guards of session 21: a venue or body named after a town the story resolves is
near that town, not the story's focus; a street every town has is no place near the focus; a
hamlet abroad written with a town of another country as its container is a local place near
that container.  Invented names and text, offline."""

from __future__ import annotations

from storyline.annotate.places import Geocoder


def test_venue_named_after_a_story_town_is_near_that_town(geo: Geocoder) -> None:
    names = ["Cardiff"] * 4 + ["Wales"] * 3 + ["Aldeburgh", "Aldeburgh Festival"]
    places = geo.resolve(names)
    fest = places[-1]
    assert fest is not None and fest.precision == "vicinity"
    assert fest.near_name == "Aldeburgh"


def test_a_town_name_before_a_person_word_is_no_venue(geo: Geocoder) -> None:
    # "Paris Hilton": no venue word, so no "near Paris" from the name alone
    names = ["Port-au-Prince"] * 4 + ["Haiti"] * 3 + ["Paris", "Paris Hilton"]
    places = geo.resolve(names)
    person = places[-1]
    assert person is None or person.near_name != "Paris"


def test_generic_street_is_no_place_near_the_focus(geo: Geocoder) -> None:
    names = ["Wall Street"] * 3 + ["New York"] * 4 + ["Main Street"]
    sentences = [""] * 7 + ["Main Street is hurting while banks recover, the senator said."]
    street = geo.resolve(names, sentences=sentences)[-1]
    assert street is None
    # a street with its own name stays a vicinity answer near the focus
    named = geo.resolve(["Wall Street"] * 3 + ["New York"] * 4 + ["Gorbold Street"])[-1]
    assert named is not None and named.precision == "vicinity"


def test_generic_street_written_in_its_town_is_near_that_town(geo: Geocoder) -> None:
    names = ["London"] * 4 + ["England"] * 2 + ["Ashford", "Main Street"]
    sentences = [""] * 7 + ["The bakery on Main Street in Ashford closed on Friday."]
    places = geo.resolve(names, sentences=sentences)
    town, street = places[-2], places[-1]
    assert town is not None and street is not None
    assert street.near == town.id and street.precision == "vicinity"


def test_hamlet_abroad_written_in_a_town_of_another_country(geo: Geocoder) -> None:
    # Dulwich is also a hamlet near Adelaide; written "Dulwich, south-east London" it is London's
    story = ["London"] * 5 + ["England"] * 3 + ["Australia", "Adelaide", "Mexico", "Spain", "Canada", "Japan"]
    names = [*story, "Dulwich"]
    sentences = [""] * len(story) + ["A school in Dulwich, south-east London, closed after two pupils fell ill."]
    got = geo.resolve(names, sentences=sentences)[-1]
    assert got is not None
    assert got.country == "GB" and got.precision == "vicinity" and got.near_name == "London"


def test_list_item_is_not_a_town_container(geo: Geocoder) -> None:
    # "Walton, Bay and Gulf counties": an item of a list, not Walton inside a town called Bay
    names = ["Florida"] * 4 + ["Pensacola", "Walton", "Bay"]
    sentences = [""] * 5 + ["The order covers Escambia, Santa Rosa, Walton, Bay and Gulf counties.", ""]
    got = geo.resolve(names, sentences=sentences)[5]
    assert got is None or got.near_name != "Bay"
