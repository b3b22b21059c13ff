"""Session 28, places, on invented text: a name the gazetteer lacks whole, read without its
prefix ("North", "Northern", "Greater"), is read only as a place whose own name (or a spelling of
it) the rest is, or as a country, a first-level region, a curated feature or a metropolis; a
capitalised "Northern X" is no small town X."""

from __future__ import annotations

from storyline.annotate.gazetteer import ADMIN1, ADMIN2, CITY, FEATURE
from storyline.annotate.places import Geocoder
from storyline.records import Place


def _resolve(geo: Geocoder, rows: list[tuple[str, str]]) -> dict[str, Place | None]:
    names, sentences = (list(x) for x in zip(*rows, strict=True))
    sources = [f"a{i % 3}" for i in range(len(names))]
    places = geo.resolve(names, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_rest_read_by_another_name_of_a_county_or_town_is_refused(geo: Geocoder) -> None:
    # "Rock" is another name of Rock County, "Atlantic" of Atlantic County, "Neck" of Portland
    rock = geo.candidates("Northern Rock")
    assert not any(c.kind in (CITY, ADMIN2) for c in rock)
    atlantic = geo.candidates("South Atlantic")
    assert atlantic and atlantic[0].kind == FEATURE and atlantic[0].name == "Atlantic Ocean"
    assert not any(c.kind == ADMIN2 for c in atlantic)
    assert not any(c.name == "Portland" for c in geo.candidates("Northern Neck"))


def test_rest_read_by_own_name_spelling_or_region_stands(geo: Geocoder) -> None:
    dallas = geo.candidates("North Dallas")[0]
    assert (dallas.name, dallas.country, dallas.admin1) == ("Dallas", "US", "TX")
    # "Basra" is another spelling of the city's own name, Basrah
    assert any(c.kind == CITY and c.country == "IQ" for c in geo.candidates("west Basra"))
    # Bavaria is an English name of the region Bayern: a region keeps its other names
    bavaria = geo.candidates("Northern Bavaria")[0]
    assert (bavaria.kind, bavaria.country) == (ADMIN1, "DE")
    glasgow = geo.candidates("Greater Glasgow")[0]
    assert (glasgow.name, glasgow.country) == ("Glasgow", "GB")


def test_capitalised_direction_adjective_is_no_part_of_a_small_town(geo: Geocoder) -> None:
    # "Northern X" written whole before a small town's name: a firm or a region, not the town
    assert not any(c.kind == CITY for c in geo.candidates("Northern Rock"))
    # ... but a metropolis has quarters the news names so, and "northern" in lower case is a part
    assert any(c.kind == CITY and c.country == "EG" for c in geo.candidates("Western Cairo"))
    assert geo.candidates("northern Baghdad")[0].kind == CITY


def test_bank_named_northern_is_no_county(geo: Geocoder) -> None:
    s1 = "Regulators in Wisconsin and Minnesota watched as Northern Rock, the British lender, collapsed."
    s2 = "Farmers in Wisconsin said credit had dried up."
    got = _resolve(geo, [("Wisconsin", s1), ("Minnesota", s1), ("Northern Rock", s1), ("Wisconsin", s2)])
    assert got["Wisconsin"] is not None and got["Wisconsin"].admin1 == "WI"
    p = got["Northern Rock"]
    # (this small story gives a name the gazetteer lacks a labelled place near its focus)
    assert p is None or (p.precision == "vicinity" and p.geonameid is None)


def test_ocean_by_compass_word_is_the_ocean_not_a_county(geo: Geocoder) -> None:
    s1 = "Fishermen in New Jersey fear the slick could reach the South Atlantic by summer."
    s2 = "Boats from New Jersey and Florida sell tuna caught in the South Atlantic."
    got = _resolve(geo, [("New Jersey", s1), ("South Atlantic", s1), ("Florida", s2), ("South Atlantic", s2)])
    p = got["South Atlantic"]
    # (the ocean, or, as this small story has it, a labelled place near its focus: never the county)
    assert p is not None and p.precision in ("water", "vicinity") and "County" not in p.name


def test_name_cut_at_a_joining_word_is_read_whole(geo: Geocoder) -> None:
    # the recogniser stops at "do" / "upon": the sentence writes the whole name, which the
    # gazetteer knows, so the mention is that place, not another town named like its first words
    s1 = "Carmakers in Sao Caetano do Sul cut a shift as orders fell."
    s2 = "Brazil's car plants were idle for a week."
    got = _resolve(geo, [("Sao Caetano", s1), ("Brazil", s2)])
    p = got["Sao Caetano"]
    assert p is not None and p.name == "São Caetano do Sul" and (p.country, p.admin1) == ("BR", "27")
    s3 = "Two schools in Kingston upon Thames closed after pupils fell ill, health officials said."
    s4 = "Cases were also confirmed in London and Birmingham."
    got = _resolve(geo, [("Kingston", s3), ("London", s4), ("Birmingham", s4)])
    k = got["Kingston"]
    assert k is not None and k.country == "GB" and k.name == "Kingston upon Thames"


def test_joining_word_before_a_common_word_or_a_bare_mention_keeps_the_name(geo: Geocoder) -> None:
    assert geo._joined_whole("Kingston", "Officials in Kingston on Monday said the port had reopened.") == "Kingston"
    # the sentence writes the name bare too: which mention this is, it does not say
    assert geo._joined_whole("Kingston", "Kingston, not Kingston upon Thames, was hit.") == "Kingston"
    assert geo._joined_whole("Frankfurt", "Traders in Frankfurt am Main sold shares.") == "Frankfurt am Main"
    assert geo._joined_whole("Kingston", "") == "Kingston"
