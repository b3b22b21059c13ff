"""Session 27 (round 3), places, on invented text: a city of half a million or more called by its own
name shadows towns abroad that list the name among their other names; another name no big city bears
is still read ("Peking")."""

from __future__ import annotations

from storyline.annotate.places import Geocoder
from storyline.records import Place

# a war story that names Russia, so a reading in Russia is not refused for its country
_WAR = [
    ("Baghdad", "Troops entered Baghdad on Monday.", "a1"),
    ("Basra", "British forces held Basra through the winter.", "a1"),
    ("Iraq", "The war in Iraq entered its third year.", "a2"),
    ("Russia", "Russia opposed the invasion from the start.", "a2"),
    ("Falluja", "Fighting in Falluja raged for a week.", "a3"),
]


def _resolve(geo: Geocoder, *rows: tuple[str, str]) -> dict[str, Place | None]:
    all_rows = [*_WAR, *((n, s, "a9") for n, s in rows)]
    names, sentences, sources = (list(x) for x in zip(*all_rows, strict=True))
    places = geo.resolve(names, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_another_name_written_only_capitalised_stands(geo: Geocoder) -> None:
    # "Bombay", another name of Mumbai, is never written in lower case: Mumbai
    s = "Protests spread to Bombay and Karachi within days."
    got = _resolve(geo, ("Bombay", s), ("Karachi", s))
    p = got["Bombay"]
    assert p is not None and p.name == "Mumbai" and p.country == "IN"


def test_city_of_half_a_million_by_its_own_name_shadows_an_alternate_abroad(geo: Geocoder) -> None:
    # Changchun (China) and Amman (Jordan) list "Cancun" and "Philadelphia" among their names
    assert geo.candidates("Cancun")[0].country == "MX"
    assert geo.candidates("Philadelphia")[0].country == "US"
    s = "Delegates from Beijing and Shanghai flew to a trade summit in Cancun last week."
    got = _resolve(geo, ("Beijing", s), ("Shanghai", s), ("Cancun", s))
    p = got["Cancun"]
    assert p is not None and p.country == "MX"


def test_alternate_name_still_read_when_no_big_city_bears_it(geo: Geocoder) -> None:
    # "Peking" is no big city's own name: Beijing
    p = _resolve(geo, ("Peking", "Talks resumed in Peking on Tuesday."))["Peking"]
    assert p is not None and p.name == "Beijing"
