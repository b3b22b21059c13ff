"""Place-stage guards of session 21, round 2: a nation or a metropolis named many times is not a
small namesake town on the strength of a county named elsewhere, nor of one sentence writing the
name with a qualifier; an item of a list of counties is a county of the list's region; a name
read through an alternate spelling of a place another name of the story calls by its own name
is the place called so by its own name.  Invented names and text, offline."""

from __future__ import annotations

from storyline.annotate.places import Geocoder


def test_nation_named_often_is_not_a_village_because_its_county_is_named(geo: Geocoder) -> None:
    # Wales is also a village in Rotherham district, South Yorkshire
    wales = [f"Rain is forecast across Wales on day {i}." for i in range(8)]
    names = ["Wales"] * 8 + ["Cardiff"] * 2 + ["Rotherham", "Sheffield"]
    sentences = [*wales, "Cardiff was wet.", "Cardiff was dry.", "A bus left Rotherham.", "Sheffield won."]
    got = geo.resolve(names, sentences=sentences)
    assert got[0] is not None and got[0].precision == "region" and got[0].admin1 == "WLS"


def test_one_qualified_mention_does_not_move_a_metropolis(geo: Geocoder) -> None:
    bare = [f"Crowds gathered in London for the vigil, report {i}." for i in range(7)]
    names = ["London"] * 8 + ["England"] * 3 + ["Ontario", "Canada"]
    sentences = [*bare, "A reader from London, Ontario, wrote in.", "", "", "", "", ""]
    got = geo.resolve(names, sentences=sentences)[0]
    assert got is not None and got.country == "GB"


def test_a_name_mostly_written_with_its_qualifier_follows_it(geo: Geocoder) -> None:
    said = [f"The plant in London, Ontario, cut shift {i}." for i in range(4)]
    names = ["London"] * 4 + ["Ontario", "Canada"]
    got = geo.resolve(names, sentences=[*said, "", ""])[0]
    assert got is not None and got.country == "CA"


def test_item_of_a_list_of_counties_is_that_regions_county(geo: Geocoder) -> None:
    listing = "Beaches in Escambia, Okaloosa, Walton and Bay counties were closed."
    names = ["Florida"] * 3 + ["London", "Escambia", "Okaloosa", "Walton", "Bay"]
    sentences = ["", "", "", "Traders in London shrugged.", listing, listing, listing, listing]
    got = geo.resolve(names, sentences=sentences)
    walton, bay = got[-2], got[-1]
    assert walton is not None and (walton.country, walton.admin1, walton.precision) == ("US", "FL", "district")
    assert bay is not None and (bay.country, bay.admin1, bay.precision) == ("US", "FL", "district")


def test_alternate_spelling_of_another_story_place_is_not_that_place(geo: Geocoder) -> None:
    # "Cancun" is also an alternate spelling of Changchun, which the story names too
    names = ["Cancun"] * 4 + ["Changchun"] * 2 + ["China", "Beijing", "Jilin"]
    got = geo.resolve(names)
    assert got[0] is not None and got[0].country == "MX"
    assert got[4] is not None and got[4].country == "CN"
