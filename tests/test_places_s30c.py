"""Session 30 (c), places, on invented text.  A one-word name written as the owner of what only a
person has ("Maren's memoir", "Tolley's widow") is a person's, whatever town the gazetteer offers,
unless another mention writes it as a place; a hamlet's name (under 5,000 people) written only as
the owner of a thing no town has is no place either, while a town owning what towns have ("Tolley's mayor") stays."""

from __future__ import annotations

from helpers import TableGeo
from storyline.annotate.entities import KnowledgeBase
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import Place
from test_places_s26 import _doc

_MAREN = Place(id="p-maren", name="Maren", lat=42.0, lon=25.0, precision="town", country="BG", population=300_000)
_TOLLEY = Place(id="p-tolley", name="Tolley", lat=40.0, lon=-83.0, precision="town", country="US", population=1_200)
_DALBY = Place(id="p-dalby", name="Dalby", lat=41.0, lon=-84.0, precision="town", country="US", population=40_000)
_TABLE = {"maren": _MAREN, "tolley": _TOLLEY, "dalby": _DALBY}


def _placed(text: str, names: list[str]) -> set[str]:
    a = _doc(text, [(n, "GPE") for n in names])
    u = understand([a], Options(), geocoder=TableGeo(_TABLE), kb=KnowledgeBase())
    return {p.name for p in u.places}


def test_a_name_owning_a_book_or_a_widow_is_a_person_not_a_town() -> None:
    # the "in" governs the memoir, not the name: no place cue
    text = "It was in Maren's memoir about the spill that the figures first appeared. Floods hit Dalby."
    assert _placed(text, ["Maren", "Dalby"]) == {"Dalby"}
    text = "Tolley's widow told the inquiry the rig was unsafe. Crews worked near Dalby."
    assert _placed(text, ["Tolley", "Dalby"]) == {"Dalby"}


def test_a_person_owned_name_another_mention_places_stays_a_town() -> None:
    text = "Maren's memoir describes the flood. Rescuers reached homes in Maren on Monday."
    assert _placed(text, ["Maren"]) == {"Maren"}


def test_a_hamlet_written_only_as_the_owner_of_a_thing_is_no_place() -> None:
    text = "Oddly, none of this appears in Tolley's write-up of the hearing. Crews worked near Dalby."
    assert _placed(text, ["Tolley", "Dalby"]) == {"Dalby"}


def test_a_small_town_owning_what_towns_have_stays() -> None:
    text = "Tolley's mayor closed the schools. Crews worked near Dalby."
    assert _placed(text, ["Tolley", "Dalby"]) == {"Tolley", "Dalby"}
    # a town above a hamlet's size is written so as often as a person is: left alone
    text = "Officials praised Dalby's response to the spill."
    assert _placed(text, ["Dalby"]) == {"Dalby"}
    text = "Officials praised Tolley's response to the spill."
    assert _placed(text, ["Tolley"]) == set()


_ALBA = Place(id="p-alba", name="Alba", lat=-37.0, lon=144.0, precision="region", country="AU", admin1="07")
_KELSO = Place(id="p-kelso", name="Kelso", lat=55.86, lon=-4.25, precision="town", country="GB", population=600_000)
_HOUSED = {"alba": _ALBA, "kelso": _KELSO}


def _housed(text: str, names: list[str]) -> set[str]:
    a = _doc(text, [(n, "GPE") for n in names])
    u = understand([a], Options(), geocoder=TableGeo(_HOUSED), kb=KnowledgeBase())
    return {p.name for p in u.places}


def test_a_building_named_after_someone_and_written_with_its_town_abroad_is_no_place() -> None:
    text = "The patient is being treated at Alba infirmary in Kelso, doctors said."
    assert _housed(text, ["Alba", "Kelso"]) == {"Kelso"}
    # written as a place elsewhere, or with no town of its own, the name keeps its reading
    text = "The patient is being treated at Alba infirmary in Kelso. Cases rose in Alba on Monday."
    assert _housed(text, ["Alba", "Kelso"]) == {"Alba", "Kelso"}
    text = "The patient is being treated at an Alba hospital, doctors said."
    assert _housed(text, ["Alba"]) == {"Alba"}


def test_a_building_named_after_a_town_near_the_one_it_stands_in_keeps_the_town() -> None:
    # "Dunmore infirmary in Kelso": Dunmore lies 20 km off, the town the infirmary serves
    dunmore = Place(id="p-dun", name="Dunmore", lat=55.9, lon=-4.0, precision="town", country="GB", population=9_000)
    u = understand(
        [_doc("He was taken to Dunmore infirmary in Kelso on Friday.", [("Dunmore", "GPE"), ("Kelso", "GPE")])],
        Options(),
        geocoder=TableGeo({**_HOUSED, "dunmore": dunmore}),
        kb=KnowledgeBase(),
    )
    assert {p.name for p in u.places} == {"Dunmore", "Kelso"}
