"""Session 29 round 2, places, on invented text.  In a story spread wide, a name the gazetteer lacks
goes near the story's focus only when it is written where the focus is: its sentences, or else its
articles, name the focus's area (a preposition or a place word alone says a name is a place, not
where it is).  A container written after "in" and followed by a region holding it, or by no place
at all, is a container, not an item of a list ("Glenburn Infirmary in Airdrie, Lanarkshire,
said"); a bare comma before a lower-case noun ("Sandcastle Bay, US interrogators said") and a verb
between a name and "in" ("could easily happen in Norway") write no container."""

from __future__ import annotations

from storyline.annotate.places import _CONTAINER_SEP, Geocoder, _list_goes_on
from storyline.records import Place

# a story about Baghdad spread over more than five countries, one article (b0) each sentence
_BAGHDAD = [
    ("Baghdad", "Car bombs struck Baghdad on Friday.", "b0"),
    ("Baghdad", "Police in Baghdad said 12 people died.", "b0"),
    ("Baghdad", "Markets in Baghdad reopened on Sunday.", "b0"),
    ("Iraq", "Iraq's government condemned the attack.", "b0"),
    ("France", "France sent a diplomat.", "b1"),
    ("Germany", "Germany sent aid.", "b1"),
    ("Japan", "Japan urged calm.", "b1"),
    ("Egypt", "Egypt closed a border post.", "b1"),
    ("Canada", "Canada recalled its envoy.", "b1"),
]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]], context: bool = True) -> dict[str, Place | None]:
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    # (the story's text as context, as the pipeline passes it)
    places = geo.resolve(names, sentences if context else (), sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_a_name_written_far_from_the_focus_is_not_near_it(geo: Geocoder) -> None:
    rows = [
        *_BAGHDAD,
        ("Basra", "Troops in Basra were put on alert.", "b2"),
        ("Mosul", "A curfew was imposed in Mosul.", "b2"),
        ("Basra", "Shops in Basra closed early.", "b2"),
        # written after "at", in an article about Basra and Mosul (Iraq, but not Baghdad's area):
        # no cemetery near Baghdad
        ("Elmstead Memorial Cemetery", "The soldiers were buried at Elmstead Memorial Cemetery.", "b2"),
        # a person's possessive after "in", in an article naming no place: nowhere
        ("Karim Vandersloot", "The best account is in Karim Vandersloot's new book.", "b3"),
    ]
    got = _resolve(geo, rows)
    assert got["Baghdad"] is not None and got["Baghdad"].country == "IQ"
    assert got["Elmstead Memorial Cemetery"] is None
    assert got["Karim Vandersloot"] is None


def test_a_name_written_where_the_focus_is_stays_near_it(geo: Geocoder) -> None:
    rows = [
        *_BAGHDAD,
        ("Texas", "His family in Texas waited for news.", "b2"),
        # its own sentence names Baghdad
        ("al-Zawraq Square", "Gunmen opened fire in al-Zawraq Square in central Baghdad.", "b2"),
        # its sentence names no place; its article is the report from Baghdad
        ("Al Qutaybah", "Clashes in Al Qutaybah, with heavy shelling, forced families out.", "b0"),
    ]
    got = _resolve(geo, rows)
    for name in ("al-Zawraq Square", "Al Qutaybah"):
        place = got[name]
        assert place is not None and place.precision == "vicinity", name
        assert place.near_name == "Baghdad" and place.country == "IQ", name


def test_list_goes_on_only_for_another_place_or_a_closed_list(geo: Geocoder) -> None:
    (airdrie, lanark, glasgow, leeds, scotland) = (
        next(c for c in geo.candidates(n) if c.country == "GB")
        for n in ("Airdrie", "North Lanarkshire", "Glasgow", "Leeds", "Scotland")
    )
    choice = {"airdrie": airdrie, "glasgow": glasgow, "leeds": leeds, "scotland": scotland, "lanarkshire": None}
    surface = {"airdrie": "Airdrie", "glasgow": "Glasgow", "leeds": "Leeds", "scotland": "Scotland"}
    assert lanark.country == "GB"
    # a county the story does not resolve, or a new clause: no list
    assert not _list_goes_on(", Lanarkshire, are recovering", choice, surface, airdrie, False)
    assert not _list_goes_on(", The Courier's reporter writes", choice, surface, airdrie, True)
    # the region holding the container, after "in": a postal chain; after a bare comma a list or
    # a letter's signature as often
    assert not _list_goes_on(", Scotland, are recovering", choice, surface, airdrie, False)
    assert _list_goes_on(", Scotland, writes:", choice, surface, airdrie, True)
    # another place, or a list closed by "and"
    assert _list_goes_on(", Leeds, and Cardiff", choice, surface, glasgow, False)
    assert _list_goes_on(", Elmbury and Redcastle", choice, surface, glasgow, False)


def test_a_container_followed_by_its_county_is_a_container(geo: Geocoder) -> None:
    rows = [
        ("London", "Ministers met in London.", "a0"),
        ("London", "Schools in London stayed open.", "a0"),
        ("Airdrie", "Two cases were confirmed in Airdrie.", "a1"),
        ("Glenburn Infirmary", "Two patients at Glenburn Infirmary in Airdrie, Lanarkshire, are recovering.", "a1"),
    ]
    got = _resolve(geo, rows, context=False)  # (read from its own sentence)
    place = got["Glenburn Infirmary"]
    assert place is not None and place.precision == "vicinity" and place.near_name == "Airdrie"


def test_a_modal_verb_joins_no_name_to_a_container() -> None:
    assert _CONTAINER_SEP.match(" refugee camp in ") is not None
    assert _CONTAINER_SEP.match(" could easily happen in ") is None
    assert _CONTAINER_SEP.match(" will soon open in ") is None


def test_a_country_before_a_noun_is_no_container(geo: Geocoder) -> None:
    rows = [
        *_BAGHDAD,
        ("United States", "The United States sent more troops.", "b1"),
        ("Sandcastle Bay", "Detained in Sandcastle Bay, US interrogators asked about the channel.", "b2"),
    ]
    rows.append(("US", "Detained in Sandcastle Bay, US interrogators asked about the channel.", "b2"))
    got = _resolve(geo, rows)
    place = got["Sandcastle Bay"]
    assert place is None or place.near_name not in ("United States", "US")
