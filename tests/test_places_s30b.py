"""Session 30 (b), places, on invented text.  A town the story's wide evidence pulls to a small
namesake in another country (a British outlet's story naming English towns elsewhere) is read as
its bigger namesake when the places written with it lie in that namesake's country and none in
the small one's; written among places of the small one's country, it stays.  A name written after
a noun for a business ("mining giant", "the utility") is no place."""

from __future__ import annotations

from helpers import TableGeo
from storyline.annotate.entities import KnowledgeBase
from storyline.annotate.places import Geocoder
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import Place
from test_places_s26 import _doc

# a British outlet's story: English towns in most of its articles
_ENGLAND = [
    ("Lincoln", "Flood defences in Lincoln were raised on Monday.", "e0"),
    ("Grantham", "Volunteers in Grantham filled sandbags.", "e0"),
    ("Skegness", "The seafront at Skegness was closed.", "e1"),
    ("Nottingham", "Trains to Nottingham were cancelled.", "e1"),
    ("Sheffield", "Rain fell all night in Sheffield.", "e2"),
    ("Leicester", "Schools in Leicester stayed open.", "e2"),
]
_HOME = [("GB", "ENG")]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]]) -> list[Place | None]:
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    return list(geo.resolve(names, sentences, home=_HOME, sentences=sentences, sources=sources, per_mention=True))


def test_a_town_written_among_places_of_its_bigger_namesakes_country_is_that_namesake(geo: Geocoder) -> None:
    rows = [
        *_ENGLAND,
        ("Boston", "Relief teams based in Boston and Chicago flew out on Tuesday.", "u0"),
        ("Chicago", "Relief teams based in Boston and Chicago flew out on Tuesday.", "u0"),
    ]
    got = _resolve(geo, rows)[-2]
    assert got is not None
    assert (got.name, got.country, got.admin1) == ("Boston", "US", "MA")


def test_a_town_whose_article_names_places_of_its_bigger_namesakes_country_is_that_namesake(geo: Geocoder) -> None:
    # its own sentence names no place: its article's towns and states decide
    rows = [
        *_ENGLAND,
        ("Boston", "Protesters gathered outside a bank in Boston.", "u1"),
        ("Texas", "Oil workers in Texas lost their jobs.", "u1"),
        ("Houston", "Refiners in Houston cut output.", "u1"),
    ]
    got = _resolve(geo, rows)[-3]
    assert got is not None
    assert (got.name, got.country) == ("Boston", "US")


def test_a_town_written_among_places_of_its_own_country_stays(geo: Geocoder) -> None:
    rows = [
        *_ENGLAND,
        ("Boston", "Roads between Boston and Skegness were flooded.", "e3"),
        ("Skegness", "Roads between Boston and Skegness were flooded.", "e3"),
    ]
    got = _resolve(geo, rows)[-2]
    assert got is not None
    assert (got.name, got.country) == ("Boston", "GB")


def test_a_name_after_giant_or_miner_is_a_firm_not_a_town() -> None:
    brandt = Place(id="p-brandt", name="Brandt", lat=10.0, lon=10.0, precision="town", country="US", population=5_000)
    marlow = Place(id="p-marlow", name="Marlow", lat=11.0, lon=11.0, precision="town", country="US", population=9_000)
    table = {"brandt": brandt, "marlow": marlow}
    for lead in ("Shares in mining giant Brandt fell 4%.", "The copper miner Brandt cut 300 jobs."):
        a = _doc(f"{lead} Floods closed roads in Marlow.", [("Brandt", "GPE"), ("Marlow", "GPE")])
        u = understand([a], Options(), geocoder=TableGeo(table), kb=KnowledgeBase())
        assert {p.name for p in u.places} == {"Marlow"}, lead
    # a town written with such a word in few of its mentions stays a town
    a = _doc(
        "Floods closed roads in Brandt. Homes in Brandt were evacuated. The giant Brandt plant shut. "
        "Schools in Brandt reopened.",
        [("Brandt", "GPE")],
    )
    u = understand([a], Options(), geocoder=TableGeo(table), kb=KnowledgeBase())
    assert {p.name for p in u.places} == {"Brandt"}
    # after the name, "a miner" says what the person before it was, not the town
    a = _doc(
        "The records name Tom Hale of Brandt, a miner and son of a farmer, as the tenant.",
        [("Tom Hale", "PERSON"), ("Brandt", "GPE")],
    )
    u = understand([a], Options(), geocoder=TableGeo(table), kb=KnowledgeBase())
    assert {p.name for p in u.places} == {"Brandt"}


def test_a_place_read_by_another_of_its_names_moves_to_a_reading_near_its_written_container(geo: Geocoder) -> None:
    # "Camden" alone is read as a county of New Jersey through another of its names; written with
    # London as its container, it is the London district
    line = "Activists at a petrol station in Camden, north London, hung a banner over the pumps."
    rows = [
        ("Louisiana", "Oil washed ashore in Louisiana.", "c0"),
        ("New Orleans", "Fishermen in New Orleans stayed in port.", "c0"),
        ("Washington", "Officials in Washington demanded answers.", "c0"),
        ("London", "Protesters marched through central London on Saturday.", "c1"),
        ("Camden", line, "c2"),
        ("London", line, "c2"),
    ]
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    got = geo.resolve(names, sentences, sentences=sentences, sources=sources, per_mention=True)[4]
    assert got is not None
    assert got.country == "GB"


def test_a_list_of_places_abroad_is_no_container_for_a_bigger_place(geo: Geocoder) -> None:
    line = "Abuses at Abu Ghraib, Guantanamo Bay and Bagram shamed the coalition."
    rows = [
        ("Iraq", "Troops left Iraq in 2011.", "g0"),
        ("Baghdad", "Bombs shook Baghdad on Monday.", "g0"),
        ("Abu Ghraib", line, "g1"),
        ("Guantanamo Bay", line, "g1"),
        ("Bagram", line, "g1"),
    ]
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    got = geo.resolve(names, sentences, sentences=sentences, sources=sources, per_mention=True)[2]
    assert got is not None
    assert got.country == "IQ"
