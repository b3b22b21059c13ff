"""Session 27 (round 2), places, on invented text: in a story spread wide, a town read by a weak
name (another of its names, a loose spelling, or its own one-word name in a country the story
hardly names) whose own sentences give it no support is not shown; what the sentences write as a
place stands.  A name that calls itself a local place but is written only with places abroad is
no place near the focus; "Greater X" is X."""

from __future__ import annotations

from storyline.annotate.places import Geocoder
from storyline.records import Place

# a British outlet's world-wide story: places in more than five countries, most in Britain
_WORLD = [
    ("London", "Ministers met in London on Monday to discuss the outbreak.", "a1"),
    ("London", "Hospitals in London reported new cases.", "a1"),
    ("Manchester", "Schools in Manchester closed for a week.", "a1"),
    ("Birmingham", "A clinic in Birmingham ran out of vaccine.", "a2"),
    ("Leeds", "Two pupils in Leeds were tested.", "a2"),
    ("Paris", "France confirmed cases in Paris.", "a3"),
    ("Berlin", "German officials in Berlin urged calm.", "a3"),
    ("Madrid", "Spain's health ministry in Madrid said three people were ill.", "a3"),
    ("Tokyo", "Airport checks began in Tokyo.", "a4"),
    ("Cairo", "Egypt ordered a cull in Cairo.", "a4"),
    ("Mexico City", "Restaurants in Mexico City reopened.", "a4"),
]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]]) -> dict[str, Place | None]:
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    places = geo.resolve(names, sentences=sentences, sources=sources)
    return dict(zip(names, places, strict=True))


def _with(geo: Geocoder, *rows: tuple[str, str]) -> dict[str, Place | None]:
    return _resolve(geo, [*_WORLD, *((n, s, "a9") for n, s in rows)])


def test_town_abroad_read_by_another_of_its_names_needs_support(geo: Geocoder) -> None:
    # "Mill Hill" is listed as another name of Trenton, New Jersey: not the London suburb meant
    s = "Samples are being studied at the national laboratory in Mill Hill, officials said."
    p = _with(geo, ("Mill Hill", s))["Mill Hill"]
    assert p is None or p.country == "GB"


def test_town_abroad_read_by_another_name_stands_with_its_region_named(geo: Geocoder) -> None:
    s = "A second laboratory in Mill Hill, outside the capital of New Jersey, joined the study."
    got = _with(geo, ("Mill Hill", s), ("New Jersey", s))
    p = got["Mill Hill"]
    assert p is not None and p.name == "Trenton" and p.country == "US"


def test_common_word_named_like_a_town_of_a_country_the_story_hardly_names(geo: Geocoder) -> None:
    s = "Police said the men had planned to bomb the Metro."
    p = _with(geo, ("Metro", s))["Metro"]
    assert p is None


def test_town_of_a_country_the_story_hardly_names_written_as_a_place_stands(geo: Geocoder) -> None:
    s = "The first case in Indonesia was confirmed in Metro on Friday."
    p = _with(geo, ("Metro", s), ("Indonesia", s))["Metro"]
    assert p is not None and p.country == "ID" and p.precision == "town"


def test_short_form_of_a_town_abroad_written_as_a_place_stands(geo: Geocoder) -> None:
    # "Stansted" is a short form of Stansted Mountfitchet; abroad for a story centred elsewhere
    haiti = [
        ("Port-au-Prince", "Rescuers in Port-au-Prince worked through the night.", "h1"),
        ("Port-au-Prince", "Aid piled up at the airport in Port-au-Prince.", "h1"),
        ("Jacmel", "The quake also hit Jacmel.", "h1"),
        ("Leogane", "Most homes in Leogane collapsed.", "h2"),
        ("Santo Domingo", "Trucks left Santo Domingo at dawn.", "h2"),
        ("Miami", "Flights from Miami carried doctors.", "h3"),
        ("Paris", "Donors met in Paris.", "h3"),
        ("Caracas", "Venezuela sent fuel from Caracas.", "h3"),
        ("Havana", "Cuban doctors flew from Havana.", "h4"),
        ("Ottawa", "Canada's government in Ottawa pledged money.", "h4"),
        ("London", "Charities in London raised money.", "h4"),
    ]
    s = "The plane took off from Stansted with 40 tonnes of tents."
    got = _resolve(geo, [*haiti, ("Stansted", s, "h5")])
    p = got["Stansted"]
    assert p is not None and p.country == "GB" and p.precision == "town"


def test_small_town_at_home_read_by_a_short_form_needs_support(geo: Geocoder) -> None:
    # "Royal" is a short form of Royal City, Washington (2,000 people); here a surname
    us = [
        ("Washington", "Lawmakers in Washington debated the rescue plan.", "u1"),
        ("Washington", "The Treasury in Washington said banks would get help.", "u1"),
        ("New York", "Shares fell in New York.", "u1"),
        ("Chicago", "Traders in Chicago were nervous.", "u2"),
        ("Boston", "A fund in Boston froze withdrawals.", "u2"),
        ("Texas", "Homes in Texas lost value.", "u2"),
        ("Ohio", "Factories in Ohio cut shifts.", "u3"),
        ("California", "Foreclosures rose in California.", "u3"),
        ("Florida", "Builders in Florida went bust.", "u3"),
        ("Michigan", "Car makers in Michigan asked for loans.", "u4"),
        ("Paris", "European leaders met in Paris.", "u4"),
    ]
    s = '"These are small measures," said Marie Royal, the opposition candidate.'
    p = _resolve(geo, [*us, ("Royal", s, "u5")])["Royal"]
    assert p is None


def test_possessive_names_the_country_of_a_town_read_by_another_name(geo: Geocoder) -> None:
    s = "The hotel is in Hong Kong's Wanchai district, officials said."
    got = _with(geo, ("Wanchai", s), ("Hong Kong", s))
    p = got["Wanchai"]
    assert p is not None and p.country == "HK" and p.precision == "town"


def test_local_name_written_only_with_places_abroad_is_not_near_the_focus(geo: Geocoder) -> None:
    iraq = [
        ("Baghdad", "Bombs went off in Baghdad on Monday.", "i1"),
        ("Baghdad", "Curfews were imposed in Baghdad.", "i1"),
        ("Basra", "British troops patrolled Basra.", "i1"),
        ("Mosul", "Fighting spread to Mosul.", "i2"),
        ("Iraq", "Elections in Iraq were delayed.", "i2"),
        ("London", "Protesters marched in London.", "i2"),
        ("Washington", "The Pentagon in Washington sent more troops.", "i3"),
        ("Paris", "Diplomats met in Paris.", "i3"),
        ("Amman", "Refugees reached Amman.", "i3"),
        ("Tehran", "Iran's leaders in Tehran condemned the raid.", "i4"),
        ("Damascus", "Syria closed its border near Damascus.", "i4"),
    ]
    s = "The film owes more to the Vietnam pictures of the 1980s, made in the United States, such as Ridgeback Hill."
    rows = [*iraq, *((n, s, "i5") for n in ("Vietnam", "United States", "Ridgeback Hill"))]
    assert _resolve(geo, rows)["Ridgeback Hill"] is None
    # the same name written with a place of the focus's country stays near the focus
    s2 = "Marines dug in on Ridgeback Hill outside Falluja."
    near = _resolve(geo, [*iraq, ("Ridgeback Hill", s2, "i5"), ("Falluja", s2, "i5")])["Ridgeback Hill"]
    assert near is not None and near.precision == "vicinity" and near.country == "IQ"


def test_greater_names_the_metropolitan_area_of_its_city(geo: Geocoder) -> None:
    s = "Testing resumed for all cases in the Greater Glasgow area."
    p = _with(geo, ("Greater Glasgow", s))["Greater Glasgow"]
    assert p is not None and p.name == "Glasgow" and p.country == "GB"


def test_possessive_is_read_as_two_names_for_the_regions_a_sentence_names(geo: Geocoder) -> None:
    _, ccs = geo._said_regions("wanchai", "The hotel is in Hong Kong's Wanchai district.")
    assert "HK" in ccs
    # (the name itself is still left out when it is the possessor)
    _, ccs = geo._said_regions("hong kong", "The hotel is in Hong Kong's Wanchai district.")
    assert "HK" not in ccs


def test_town_named_like_its_own_country_stands(geo: Geocoder) -> None:
    s = "In 1985 the Vatican issued a statement on the war."
    p = _with(geo, ("Vatican", s))["Vatican"]
    assert p is not None and p.country == "VA"
