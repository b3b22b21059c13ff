"""Session 31, place detection, on invented text.  A town's or a state's public service named after it
("the Harwick Police Department", "the Dalby City Council", "the Orvania National Guard") names that place
when the article names the place on its own: its toponym points to the place's Place, no new Place is
made; a firm or a paper named after a place, or the body's own word ("City Council"), names none."""

from __future__ import annotations

from helpers import TableGeo
from storyline.annotate.entities import KnowledgeBase
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import Place
from test_places_s26 import _doc

_HARWICK = Place(id="p-harwick", name="Harwick", lat=41.0, lon=-83.0, precision="town", country="US", population=30_000)
_ORVANIA = Place(id="p-orvania", name="Orvania", lat=44.0, lon=-100.0, precision="region", country="US")
_CITY = Place(id="p-city", name="City", lat=10.0, lon=10.0, precision="town", country="XX", population=20_000)
_KELBY = Place(id="p-kelby", name="Kelby", lat=39.0, lon=-84.0, precision="town", country="US", population=250_000)
_TABLE = {"harwick": _HARWICK, "orvania": _ORVANIA, "city": _CITY, "kelby": _KELBY}


def _toponyms(text: str, spans: list[tuple[str, str]]) -> tuple[list[tuple[str, str | None]], set[str]]:
    """The article's toponyms (text, Place id) in order, and the story's Place names."""
    a = _doc(text, spans)
    # the recogniser's reading: the place's name inside an organisation's is no mention of its own
    orgs = [m for m in a.mentions if m.label == "ORG"]
    inner = [m for m in a.mentions if m.label == "GPE" and any(o.start <= m.start and m.end <= o.end for o in orgs)]
    a = a.model_copy(update={"mentions": [m for m in a.mentions if m not in inner]})
    u = understand([a], Options(), geocoder=TableGeo(_TABLE), kb=KnowledgeBase())
    return [(t.text, t.place) for d in u.docs for t in d.toponyms], {p.name for p in u.places}


def test_a_towns_police_and_council_name_the_town() -> None:
    text = (
        "Harwick was flooded on Monday. The Harwick Police said 40 homes were evacuated, and "
        "the Harwick City Council met in an emergency session."
    )
    tops, places = _toponyms(text, [("Harwick", "GPE"), ("Harwick Police", "ORG"), ("Harwick City Council", "ORG")])
    assert tops == [("Harwick", "p-harwick"), ("Harwick", "p-harwick"), ("Harwick", "p-harwick")]
    assert places == {"Harwick"}


def test_a_states_guard_names_the_state() -> None:
    text = "Orvania was hit by storms overnight. About 200 Orvania National Guard troops were sent to the coast."
    tops, _ = _toponyms(text, [("Orvania", "GPE"), ("Orvania National Guard", "ORG")])
    assert tops == [("Orvania", "p-orvania"), ("Orvania", "p-orvania")]


def test_a_firm_named_after_a_place_names_no_place() -> None:
    text = "Orvania was hit by storms overnight. Orvania Instruments said its plant was closed."
    tops, _ = _toponyms(text, [("Orvania", "GPE"), ("Orvania Instruments", "ORG")])
    assert tops == [("Orvania", "p-orvania")]


def test_a_service_of_a_place_the_article_never_names_alone_adds_nothing() -> None:
    text = "The Harwick Police Department said 40 homes were evacuated."
    tops, places = _toponyms(text, [("Harwick Police Department", "ORG")])
    assert tops == [] and places == set()


def test_the_bodys_own_word_is_no_place() -> None:
    # an article that read "City" as a place elsewhere: "City Council" still names no place "City"
    text = "Fans gathered in City before the match. The grant now goes before City Council for approval."
    tops, _ = _toponyms(text, [("City", "GPE"), ("City Council", "ORG")])
    assert tops == [("City", "p-city")]


def test_an_office_before_its_holders_name_names_the_town() -> None:
    text = "Kelby was flooded on Monday. Kelby Mayor Jo Tanner said 40 homes were evacuated."
    tops, places = _toponyms(text, [("Kelby", "GPE"), ("Kelby Mayor Jo Tanner", "PERSON")])
    assert tops == [("Kelby", "p-kelby"), ("Kelby", "p-kelby")]
    assert places == {"Kelby"}


def test_the_first_of_two_joined_names_is_not_the_services_place() -> None:
    text = "Harwick was flooded on Monday. Crews from the Harwick and Orvania Fire Service were sent."
    tops, _ = _toponyms(text, [("Harwick", "GPE"), ("Harwick and Orvania Fire Service", "ORG")])
    assert tops == [("Harwick", "p-harwick")]
