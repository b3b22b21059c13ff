"""Session 26, places, on invented text: a small town (under 20,000 people) whose own sentences
name two or more places of one other country and none of its own is a place of that country the
gazetteer lacks, not its namesake abroad; a sentence that also names the namesake's country keeps
the reading."""

from __future__ import annotations

from storyline.annotate.places import Geocoder
from test_places_s26b import _resolve

# a story centred on Haiti that also names US places (aid flies from Miami)
_STORY = [
    ("Port-au-Prince", "Rescuers in Port-au-Prince pulled a woman from the rubble on Thursday.", "a1"),
    ("Haiti", "The quake is the worst to strike Haiti in two centuries.", "a1"),
    ("Miami", "Relief flights left Miami for the Haitian capital at dawn.", "a2"),
    ("Florida", "Churches across Florida collected blankets and water.", "a2"),
    ("Port-au-Prince", "Officials in Port-au-Prince said the death toll would rise.", "a2"),
]


def test_small_town_written_among_another_countrys_places_is_not_its_namesake(geo: Geocoder) -> None:
    s = "Our clinic is in La Pointe, a fishing town outside Port-de-Paix on the north coast of Haiti."
    got = _resolve(geo, [*_STORY, ("La Pointe", s, "a3"), ("Port-de-Paix", s, "a3"), ("Haiti", s, "a3")])
    p = got["La Pointe"]
    assert p is None or p.country == "HT"  # type: ignore[attr-defined]
    assert got["Port-de-Paix"] is not None and got["Port-de-Paix"].country == "HT"  # type: ignore[attr-defined]


def test_small_town_whose_sentence_names_its_own_country_keeps_its_reading(geo: Geocoder) -> None:
    s = "Volunteers from La Pointe in Louisiana flew to Port-de-Paix and on to Haiti's north coast."
    got = _resolve(geo, [*_STORY, ("La Pointe", s, "a3"), ("Louisiana", s, "a3"), ("Port-de-Paix", s, "a3")])
    p = got["La Pointe"]
    assert p is not None and p.country == "US"  # type: ignore[attr-defined]
