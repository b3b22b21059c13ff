"""A metropolis that shares its state's name ("New York"), on invented text: with the sentences known,
the bare name is the city unless most of them call it a state ("New York state", "upstate New York");
without sentences the gazetteer's own name, the state, stands; a smaller namesake city ("Oklahoma
City") leaves the name to its state; a sea is not made a state by "the Atlantic province of"."""

from __future__ import annotations

import pytest

from storyline.annotate.places import Geocoder, _said_state


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    g = Geocoder()
    g.warm_up()
    return g


def _read(geo: Geocoder, names: list[str], sentences: list[str]) -> list[tuple[str, str] | None]:
    return [None if p is None else (p.name, p.precision) for p in geo.resolve(names, sentences=sentences)]


def test_bare_new_york_in_its_sentences_is_the_city(geo: Geocoder) -> None:
    names = ["New York", "New York", "Buffalo"]
    sents = [
        "A fund manager in New York said prices would fall.",
        "The band played a New York club on Friday.",
        "Snow closed roads near Buffalo.",
    ]
    got = _read(geo, names, sents)
    assert got[0] == ("New York City", "town") and got[1] == got[0]


def test_new_york_called_a_state_is_the_state(geo: Geocoder) -> None:
    names = ["New York", "New York"]
    sents = ["The New York state assembly passed the bill.", "Lawmakers in the state of New York voted."]
    assert _read(geo, names, sents) == [("New York", "region"), ("New York", "region")]


def test_upstate_names_the_state(geo: Geocoder) -> None:
    assert _read(geo, ["Upstate New York"], ["Farms across Upstate New York flooded."]) == [("New York", "region")]


def test_without_sentences_the_state_stands(geo: Geocoder) -> None:
    # a caller that gives no sentences keeps the gazetteer's reading of the name (the state) as before
    assert geo.candidates("New York")[0].kind == "admin1"
    assert geo.candidates("New York", metropolis=True)[0].name == "New York City"


def test_a_smaller_namesake_city_leaves_the_name_to_its_state(geo: Geocoder) -> None:
    top = geo.candidates("Oklahoma", metropolis=True)[0]
    assert (top.name, top.kind) == ("Oklahoma", "admin1")


def test_a_country_keeps_its_name(geo: Geocoder) -> None:
    # "Mexico": the country, not Mexico City through the state of México
    assert geo.candidates("Mexico", metropolis=True)[0].kind == "country"


def test_said_state_needs_most_sentences() -> None:
    said = "Officials in Zelbrook said so.\nThe Zelbrook state governor spoke.\nZelbrook traders sold."
    assert not _said_state("Zelbrook", said)
    assert _said_state("Zelbrook", "The Zelbrook state governor spoke.\nTraders in Zelbrook sold.")
    assert _said_state("Zelbrook", "Farms in upstate Zelbrook flooded.")
    assert not _said_state("Zelbrook", "")


def test_an_ocean_is_not_made_a_province(geo: Geocoder) -> None:
    got = _read(geo, ["Atlantic"], ["Four cases were found in the Atlantic province of Nova Scotia."])
    assert got[0] is not None and got[0][1] != "region"
