"""Curated gazetteer coverage (former first-level divisions, subregions, large islands) and the
name-matching rules that go with it.  The stories are invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from storyline.annotate.gazetteer import Q_ALT, Q_NAME, abbrev_key, haversine_km
from storyline.annotate.places import Geocoder

DATA = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "gazetteer"


def test_former_regions_table_is_well_formed() -> None:
    with open(DATA / "former_regions.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and all(r["name"] and r["cc"] and r["successors"] and r["abolished"].isdigit() for r in rows)
    for r in rows:  # successors are ISO 3166-2 codes of the region's own country
        assert all(code.startswith(r["cc"] + "-") for code in r["successors"].split("|"))


def test_a_former_province_is_a_region_of_its_country(geo: Geocoder) -> None:
    # Kenya's provinces (abolished 2013) in an archive story; not Nyanza, a town in Rwanda
    text = "Health workers in Kisumu said the outbreak in Nyanza had spread to the Rift Valley."
    names = ["Kenya", "Kisumu", "Nyanza", "Rift Valley"]
    *_, nyanza, rift = geo.resolve(names, context=[text])
    assert nyanza is not None and nyanza.country == "KE" and nyanza.precision == "region"
    assert haversine_km(nyanza.lat, nyanza.lon, -0.1, 34.75) < 150  # around Kisumu
    assert rift is not None and rift.country == "KE" and rift.precision == "region"
    # the full name needs no context; the bare names do
    (prov,) = geo.resolve(["Nyanza Province"])
    assert prov is not None and prov.country == "KE"
    town = geo.resolve(["Rwanda", "Kigali", "Huye", "Nyanza"])[-1]
    assert town is not None and town.country == "RW"


def test_a_former_province_listed_with_others_is_a_region(geo: Geocoder) -> None:
    text = "Cases were reported in the provinces of Nyanza, North Eastern and Western."
    names = ["Kenya", "Nairobi", "Nyanza", "North Eastern", "Western"]
    *_, ne, western = geo.resolve(names, context=[text])
    assert ne is not None and ne.country == "KE" and ne.precision == "region"
    assert western is not None and western.country == "KE" and western.precision == "region"
    # a compass name alone is still no region in a story about another country
    west = geo.resolve(["Germany", "Berlin", "North Eastern"])[-1]
    assert west is None or west.country != "KE"


def test_former_names_of_renamed_regions(geo: Geocoder) -> None:
    (nwfp,) = geo.resolve(["North-West Frontier Province"])
    assert nwfp is not None and nwfp.country == "PK" and nwfp.precision == "region"
    (katanga,) = geo.resolve(["Katanga"])
    assert katanga is not None and katanga.country == "CD" and katanga.name == "Katanga"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Eastern Mediterranean", 34.5, 24.0), ("Northern Europe", 60.0, 15.0), ("American South", 33.0, -89.0)],
)
def test_subregions_are_not_their_sea_or_continent(geo: Geocoder, name: str, lat: float, lon: float) -> None:
    place = geo.resolve(["China", "Harbin", name])[-1]
    assert place is not None and place.name == name and haversine_km(place.lat, place.lon, lat, lon) < 1


@pytest.mark.parametrize(("name", "cc"), [("Luzon", "PH"), ("Mindanao", "PH"), ("Java", "ID"), ("Jutland", "DK")])
def test_large_islands_and_peninsulas(geo: Geocoder, name: str, cc: str) -> None:
    (place,) = geo.resolve([name])
    assert place is not None and place.country == cc and place.precision == "region"


def test_an_abbreviated_alternate_is_the_name_itself(geo: Geocoder) -> None:
    assert abbrev_key("St. Petersburg") == abbrev_key("Saint Petersburg")
    quality = {(e.cc, e.kind): q for e, q in geo.gazetteer.lookup("St. Petersburg")}
    assert quality[("RU", "city")] == Q_NAME and quality[("US", "city")] == Q_NAME
    assert quality.get(("RU", "admin1"), Q_ALT) == Q_ALT  # Sankt-Peterburg (the region) stays an alternate


def test_a_metropolis_namesake_needs_local_support_even_under_a_bigger_region(geo: Geocoder) -> None:
    # an international story naming Russia and the US: the Russian city, not St. Petersburg, Florida
    names = ["Russia", "Moscow", "St. Petersburg", "United States", "Washington", "New York"]
    spb = geo.resolve(names)[2]
    assert spb is not None and spb.country == "RU"
    # ... which a story with a town near it still means
    fl = geo.resolve(["Florida", "Tampa", "St. Petersburg"])[-1]
    assert fl is not None and (fl.country, fl.admin1) == ("US", "FL")


def test_a_district_of_unknown_population_is_not_a_dwarfed_namesake(geo: Geocoder) -> None:
    # ISO departments carry no population: "Somme" in a story about France is the department,
    # not a namesake that a small town abroad (Sémé, Senegal) dwarfs
    text = "Two ducks found dead in the Somme region in the north of France tested positive."
    somme = geo.resolve(["France", "Lyon", "Somme"], context=[text])[-1]
    assert somme is not None and somme.country == "FR" and somme.precision == "district"


def test_a_container_after_what_the_place_is(geo: Geocoder) -> None:
    # "the Glenmorrow state game area in Monroe County": near the county the text names, not the focus
    text = (
        "Ducks in Michigan tested positive near the Glenmorrow state game area in Monroe County."
        " Samples went to a laboratory in Ames, Iowa."
    )
    places = geo.resolve(["Michigan", "Glenmorrow", "Monroe County", "Ames", "Iowa"], context=[text])
    county, near = places[2], places[1]
    assert county is not None and (county.country, county.admin1) == ("US", "MI")
    assert near is not None and near.precision == "vicinity" and near.near_name == "Monroe County"
    # a verb is no description: "X was hit in Y" writes no container
    from storyline.annotate.places import _CONTAINER_SEP

    assert _CONTAINER_SEP.match(" refugee camp in Darfur") is not None
    assert _CONTAINER_SEP.match(" was hit in Java") is None


def test_a_region_named_in_the_same_sentence_picks_the_county(geo: Geocoder) -> None:
    # two states named; the county's own sentence names Michigan
    text = (
        "Swans in Michigan were found dead on the shore in Monroe County. Tests were run at a laboratory in Ames, Iowa."
    )
    county = geo.resolve(["Michigan", "Monroe County", "Ames", "Iowa"], context=[text])[1]
    assert county is not None and (county.country, county.admin1) == ("US", "MI")
