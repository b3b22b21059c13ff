"""Session 30, places, on invented text.  A country's name misspelt in the copy ("Saudia Arabia"),
which the gazetteer knows in no form, is that country when no other is as close (not a place near
the story's focus); a short name one slip off, the cut words of a longer country's name and a
misspelling two countries are equally close to are not read so.  A town its sentences write as a
settlement of a region or country ("the Louisiana town of Hammond", "the Iraqi city of Basra") is
read inside it; a people or a faith before "city of" says nothing."""

from __future__ import annotations

from storyline.annotate.gazetteer import Entry
from storyline.annotate.places import Geocoder, _misspelt_country, _slips
from storyline.records import Place

# a story about Port-au-Prince, one article each
_HAITI = [
    ("Haiti", "Aid flights landed in Haiti on Thursday.", "h0"),
    ("Port-au-Prince", "Rescuers dug through rubble in Port-au-Prince.", "h0"),
    ("Port-au-Prince", "The airport in Port-au-Prince reopened to relief flights.", "h0"),
    ("Jacmel", "Roads to Jacmel were blocked by landslides.", "h1"),
]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]]) -> dict[str, Place | None]:
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    places = geo.resolve(names, sentences, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_slips_count_typing_mistakes() -> None:
    assert _slips("guatamala", "guatemala", 2) == 1
    assert _slips("papau", "papua", 2) == 1  # two neighbours swapped
    assert _slips("domican", "dominican", 2) == 2
    assert _slips("kitten", "sitting", 1) == 2  # counted up to the limit + 1


def test_a_misspelt_country_is_that_country_not_a_place_near_the_focus(geo: Geocoder) -> None:
    rows = [*_HAITI, ("Saudia Arabia", "A field hospital flown in from Saudia Arabia opened on Friday.", "h2")]
    got = _resolve(geo, rows)["Saudia Arabia"]
    assert got is not None
    assert (got.name, got.country, got.precision) == ("Saudi Arabia", "SA", "country")
    assert got.near is None


def test_short_or_ambiguous_or_cut_names_are_no_misspelt_country(geo: Geocoder) -> None:
    countries = geo.gazetteer.country_entries()
    assert _misspelt_country("Afganistan", countries) is not None
    assert _misspelt_country("Guatamala", countries) is None  # nine letters: too short for a slip
    assert _misspelt_country("Germain", countries) is None
    assert _misspelt_country("Slovakiaa", countries) is None
    assert _misspelt_country("Caicos Islands", countries) is None  # two slips in a short word: not Cocos
    assert _misspelt_country("Solomon Island", countries) is not None
    assert _misspelt_country("afganistan", countries) is None  # a lower-case word: no name
    got = _misspelt_country("Papau New Guinea", countries)
    assert got is not None and got.cc == "PG"
    # two countries one slip away each: the copy does not say which
    twins = [
        Entry(0, "country", "Westmarland", 0.0, 0.0, "WM", "", "", 1000, "country", None),
        Entry(1, "country", "Westmorland", 0.0, 0.0, "WO", "", "", 1000, "country", None),
    ]
    assert _misspelt_country("Westmurland", twins) is None
    assert _misspelt_country("Westmarlend", twins) == twins[0]


def test_a_town_written_as_a_settlement_of_a_region_is_read_inside_it(geo: Geocoder) -> None:
    rows = [
        ("Louisiana", "Oil reached the marshes of Louisiana on Monday.", "o0"),
        ("Florida", "Beaches in Florida stayed open.", "o0"),
        ("Texas", "Crews from Texas joined the effort.", "o1"),
        ("Alabama", "Alabama asked for more boom.", "o1"),
        ("Mississippi", "Fishing was halted off Mississippi.", "o1"),
        ("Georgia", "Volunteers came from Georgia.", "o2"),
        ("Hammond", "Her family runs a diner in the Louisiana town of Hammond, an hour from the coast.", "o2"),
    ]
    got = _resolve(geo, rows)["Hammond"]
    assert got is not None
    assert (got.country, got.admin1) == ("US", "LA")


def test_a_settlement_of_a_people_or_faith_is_no_container(geo: Geocoder) -> None:
    cl = geo.candidates("Hammond")
    assert geo._settlement_of("Hammond", "Pickets marched through the steel city of Hammond.", cl) == []
    inside = geo._settlement_of("Hammond", "It happened in the Louisiana town of Hammond.", cl)
    assert {(c.country, c.admin1) for c in inside} == {("US", "LA")}
    # two containers disagree: the sentences do not say which
    said = "the Louisiana town of Hammond\nthe Indiana city of Hammond"
    assert geo._settlement_of("Hammond", said, cl) == []
    # a demonym names the country
    basra = geo._settlement_of("Basra", "Troops moved into the Iraqi city of Basra.", geo.candidates("Basra"))
    assert basra and all(c.country == "IQ" for c in basra)


# a British story whose places lie around Shropshire and the Midlands
_SHROPSHIRE = [
    ("Shrewsbury", "Flu cases were confirmed at a school in Shrewsbury.", "s0"),
    ("Telford", "Two pupils in Telford were sent home.", "s0"),
    ("Shropshire", "Health officials in Shropshire urged calm.", "s0"),
    ("Birmingham", "A clinic in Birmingham extended its hours.", "s1"),
    ("England", "Cases in England rose to 40.", "s1"),
    ("Wolverhampton", "Wolverhampton opened a second clinic.", "s1"),
]


def test_a_namesake_gives_way_to_a_bigger_place_its_sentence_places_in_a_named_country(geo: Geocoder) -> None:
    line = "In New Zealand, bishops told parishioners at a cathedral in Wellington to stop sharing the chalice."
    rows = [*_SHROPSHIRE, ("New Zealand", line, "s2"), ("Wellington", line, "s2")]
    got = _resolve(geo, rows)["Wellington"]
    assert got is not None
    assert (got.name, got.country) == ("Wellington", "NZ")


def test_a_namesake_stands_when_its_own_country_is_named_or_few_sentences_say_otherwise(geo: Geocoder) -> None:
    # its sentence names its own region as well: the story's reading stands
    line = "Pupils from Shropshire and New Zealand met in Wellington for a choir festival."
    rows = [*_SHROPSHIRE, ("Shropshire", line, "s2"), ("New Zealand", line, "s2"), ("Wellington", line, "s2")]
    got = _resolve(geo, rows)["Wellington"]
    assert got is not None and got.country == "GB"
    # one sentence of three names the other country: not most of them
    other = "A teacher in Wellington once taught in New Zealand."
    rows = [
        *_SHROPSHIRE,
        ("Wellington", "A third school in Wellington closed on Friday.", "s2"),
        ("Wellington", "Parents in Wellington kept children at home.", "s2"),
        ("Wellington", other, "s3"),
        ("New Zealand", other, "s3"),
    ]
    got = _resolve(geo, rows)["Wellington"]
    assert got is not None and got.country == "GB"


def test_a_name_cut_at_and_is_read_whole_when_the_gazetteer_knows_the_whole(geo: Geocoder) -> None:
    line = "Relief teams flew in from Trinidad and Tobago on Monday."
    assert geo._joined_whole("Trinidad", line) == "Trinidad and Tobago"
    got = _resolve(geo, [*_HAITI, ("Trinidad", line, "h3")])["Trinidad"]
    assert got is not None
    assert (got.name, got.precision) == ("Trinidad and Tobago", "country")
    # two places joined by "and" stay two
    assert geo._joined_whole("Texas", "Crews from Texas and Louisiana joined the clean-up.") == "Texas"
