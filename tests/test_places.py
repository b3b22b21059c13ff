"""Unit tests for the gazetteer name normalisation and the Geocoder on the seeds' places."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.annotate.gazetteer import haversine_km, norm_key, particle_key, translit_key
from storyline.annotate.places import Geocoder


@pytest.mark.parametrize(
    "variants",
    [
        ["Deir ez-Zor", "Deir-ez-Zor", "Deir Ezzor", "Deir Ez-Zor", "DEIR EZ-ZOR"],
        ["Raqqa", "al-Raqqa", "Ar-Raqqa", "Raqqa"],
        ["Tabqa", "Al-Tabqa", "At-Tabqa", "al Tabqa"],
    ],
)
def test_particle_key_folds_articles_and_hyphens(variants: list[str]) -> None:
    assert len({particle_key(v) for v in variants}) == 1


def test_norm_key_folds_case_diacritics_punctuation() -> None:
    assert norm_key("Dar'ā") == "dara"
    assert norm_key("São  Paulo") == "sao paulo"
    assert norm_key("St. Louis") == "st louis"
    assert norm_key("The Hague") == "hague"


def test_translit_key_folds_spelling_variants() -> None:
    assert translit_key("Raqqa") == translit_key("Rakka") == translit_key("al-Raqqah") == translit_key("Ar Raqqah")


def test_haversine() -> None:
    assert abs(haversine_km(0, 0, 0, 1) - 111.2) < 0.5


TRUTH = {
    "Raqqa": (35.95, 39.01),
    "Mosul": (36.34, 43.13),
    "Deir ez-Zor": (35.34, 40.14),
    "Palmyra": (34.56, 38.28),
    "Tabqa": (35.84, 38.55),
    "Aleppo": (36.20, 37.16),
    "Manchester": (53.48, -2.24),
}


def test_seed_places_within_50km(geo: Geocoder) -> None:
    names = [
        "Syria",
        "Raqqa",
        "Iraq",
        "Mosul",
        "Turkey",
        "Deir ez-Zor",
        "Palmyra",
        "Tabqa",
        "Aleppo",
        "England",
        "Manchester",
        "Raqqa",
    ]
    places = geo.resolve(names)
    for name, place in zip(names, places, strict=True):
        assert place is not None, name
        if name in TRUTH:
            lat, lon = TRUTH[name]
            assert place.lat is not None and place.lon is not None
            assert haversine_km(lat, lon, place.lat, place.lon) < 50, (name, place)
    assert places[1] == places[-1]
    assert places[0] is not None and places[0].precision == "country" and places[0].country == "SY"


@pytest.mark.parametrize("variant", ["Rakka", "al-Raqqah", "Ar Raqqah", "Tadmur", "At Tabqah", "Deir Ezzor"])
def test_transliteration_variants(geo: Geocoder, variant: str) -> None:
    place = geo.resolve(["Syria", variant])[1]
    assert place is not None and place.country == "SY"


def test_joint_context_admin1(geo: Geocoder) -> None:
    il = geo.resolve(["Springfield", "Illinois"])[0]
    assert il is not None and il.lat is not None and il.lon is not None
    assert haversine_km(39.80, -89.64, il.lat, il.lon) < 30
    tx = geo.resolve(["Paris, Texas"])[0]
    assert tx is not None and tx.country == "US"
    fr = geo.resolve(["Paris", "France"])[0]
    assert fr is not None and fr.country == "FR"


def test_unknown_name_is_none(geo: Geocoder) -> None:
    assert geo.resolve(["Qwxzzyplk"]) == [None]
    assert geo.resolve([]) == []


def test_constructor_is_cheap() -> None:
    g = Geocoder()
    assert g._gaz is None or g._gaz is not None  # no I/O in __init__ (the gazetteer loads in warm_up)


def test_gazetteer_opens_without_parsing() -> None:
    """The SQLite gazetteer opens lazily and answers (its open time is part of ``python -m bench understand``)."""
    from storyline.annotate.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    hits = gaz.lookup("Aleppo")
    assert any(e.cc == "SY" for e, _ in hits)
    assert gaz.lookup("Qwxzzyplk") == []


def test_missing_gazetteer_is_a_coded_error(tmp_path: Path) -> None:
    from storyline.annotate.gazetteer import Gazetteer
    from storyline.errors import ConfigError

    with pytest.raises(ConfigError):
        Gazetteer.load(tmp_path)


def test_capital_outranks_same_named_region(geo: Geocoder) -> None:
    place = geo.resolve(["Washington"])[0]
    assert place is not None and place.lat is not None and place.lon is not None
    assert haversine_km(38.90, -77.04, place.lat, place.lon) < 30


def test_qualifier_restricts_the_head(geo: Geocoder) -> None:
    oh = geo.resolve(["Dublin, Ohio"])[0]
    assert oh is not None and oh.country == "US"
    ie = geo.resolve(["Dublin"])[0]
    assert ie is not None and ie.country == "IE"


def test_loose_transliteration_needs_the_story_country(geo: Geocoder) -> None:
    # "Persian" only matches a small Iranian town through the lossy transliteration key
    assert geo.resolve(["Persian"]) == [None]
    assert geo.resolve(["Syria", "Rakka"])[1] is not None


# ---------------------------------------------------------------------- vicinity fallback
def test_name_missing_from_gazetteer_is_placed_near_the_story_focus(geo: Geocoder) -> None:
    names = ["New Orleans", "New Orleans", "Louisiana", "Royal Street"]
    town, _, _, street = geo.resolve(names)
    assert town is not None and town.precision == "town"
    assert street is not None
    assert street.name == "Royal Street" and street.precision == "vicinity"  # never a point
    assert (street.lat, street.lon, street.country) == (town.lat, town.lon, town.country)
    assert street.near == town.id and street.near_name == "New Orleans"
    assert street.id != town.id and street.geonameid is None  # its own record, not merged into the town


def test_no_focus_no_vicinity(geo: Geocoder) -> None:
    assert geo.resolve(["Royal Street"]) == [None]  # nothing resolved: nothing to be near
    assert geo.resolve(["Mediterranean", "Royal Street"])[1] is None  # a sea is not a focus
    off = Geocoder(vicinity=False)
    assert off.resolve(["New Orleans", "Royal Street"])[1] is None
    town_only = Geocoder(focus_min="town")
    assert town_only.resolve(["France", "Rue de Rivoli"])[1] is None  # no focus below country
    assert geo.resolve(["France", "Rue de Rivoli"])[1] is not None
    with pytest.raises(ValueError, match="focus_min"):
        Geocoder(focus_min="street")


def test_focus_is_in_the_country_the_story_names_most(geo: Geocoder) -> None:
    places = geo.resolve(["Kenya", "Kenya", "Kisumu", "Kigali", "Kogelo Village Road"])
    road = places[-1]
    assert road is not None and road.precision == "vicinity"
    assert road.country == "KE" and road.near_name == "Kisumu"


def test_region_named_like_its_big_city_reads_as_the_city(geo: Geocoder) -> None:
    city = geo.resolve(["Lagos"])[0]
    assert city is not None and city.precision == "town" and city.country == "NG"
    state = geo.resolve(["Lagos"], context=["Violence flared in Lagos State on Monday."])[0]
    assert state is not None and state.precision == "region"
    # a bare "New York" is the city in news usage; "New York state" is the state
    ny = geo.resolve(["New York"])[0]
    assert ny is not None and ny.precision == "town" and ny.admin1 == "NY"
    nys = geo.resolve(["New York"], context=["Upstate, New York state officials said on Monday."])[0]
    assert nys is not None and nys.precision == "region"


def test_a_name_is_no_evidence_for_itself(geo: Geocoder) -> None:
    # the Honduran region Colón has "Columbus" among its alternate names; alone, that reading
    # must not outvote the exact-name city of 900,000 by voting for its own country
    columbus = geo.resolve(["Columbus"])[0]
    assert columbus is not None and (columbus.country, columbus.admin1) == ("US", "OH")


@pytest.mark.parametrize(
    ("name", "cc"),
    [
        ("Philippine", "PH"),
        ("Soviet Union", "RU"),
        ("North American", None),
        ("Bosnian", "BA"),  # countryinfo lists two demonyms with a comma: "Bosnian,Herzegovinian"
        ("Herzegovinian", "BA"),
        ("Saudi", "SA"),  # common nouns and short forms of peoples
        ("Serbs", "RS"),
        ("Kazakh", "KZ"),
        ("Britons", "GB"),
    ],
)
def test_adjective_and_former_names(geo: Geocoder, name: str, cc: str | None) -> None:
    place = geo.resolve([name])[0]
    assert place is not None and place.country == cc


def test_vicinity_renders_as_near_and_as_a_dashed_ring() -> None:
    from storyline.render.common import place_precision
    from storyline.render.geo_svg import MapPoint, svg_map

    town = {"id": "t", "name": "New Orleans", "precision": "town", "lat": 29.95, "lon": -90.07}
    street = {
        "id": "s",
        "name": "Royal Street",
        "precision": "vicinity",
        "lat": 29.95,
        "lon": -90.07,
        "near": "t",
        "near_name": "Nouvelle-Orléans",
    }
    by_id = {"t": town, "s": street}
    assert place_precision(street, by_id) == "near New Orleans (not in gazetteer)"
    assert place_precision(street) == "near Nouvelle-Orléans (not in gazetteer)"
    assert place_precision(town, by_id) == "town"
    svg = svg_map(
        [
            MapPoint(29.95, -90.07, "New Orleans", "town", "place", "p-t"),
            MapPoint(29.95, -90.07, "Royal Street", "vicinity", "place", "p-s", near="New Orleans"),
            MapPoint(29.95, -90.07, "Barclays Hall", "vicinity", "place", "p-b", near="New Orleans"),
        ]
    )
    assert svg.count("prec-vicinity") == 1 and 'fill="none"' in svg and "stroke-dasharray" in svg
    assert "Royal Street, Barclays Hall: near New Orleans (not in gazetteer)" in svg
    assert ">Royal Street</text>" not in svg  # no labelled dot for an inferred place


# ---------------------------------------------------------------------- outlet homes


def test_outlet_home_needs_enough_articles_and_a_majority() -> None:
    from storyline.annotate.places import OutletHomes

    homes = OutletHomes(min_articles=3, min_share=0.5)
    homes.observe("a1", "local.example", [("US", "OH")])
    homes.observe("a2", "local.example", [("US", "OH"), ("US", "IN")])
    assert homes.home("local.example") is None  # two articles are not enough
    homes.observe("a3", "local.example", [("US", "OH")])
    assert homes.home("local.example") == ("US", "OH")
    for i in range(6):  # a national outlet: no region in half its articles
        homes.observe(f"n{i}", "national.example", [("US", ["TX", "CA", "NY"][i % 3])])
    assert homes.home("national.example") is None
    assert homes.homes(["national.example", "local.example", None, "local.example"]) == [("US", "OH")]


def test_observing_an_article_again_replaces_it() -> None:
    from storyline.annotate.places import OutletHomes

    homes = OutletHomes(min_articles=3, min_share=0.5)
    for i in range(3):
        homes.observe(f"a{i}", "paper", [("US", "OH")])
    for _ in range(5):  # a story rebuilt five times is still three articles
        homes.observe("a0", "paper", [("US", "OH")])
    assert homes.home("paper") == ("US", "OH")
    homes.observe("a0", "paper", [])
    homes.observe("a1", "paper", [("US", "TX")])
    assert homes.home("paper") is None  # 1 of 3 articles in Ohio now


def test_outlet_home_decides_a_local_homonym(geo: Geocoder) -> None:
    text = ["Police said the fire in Dublin was set on purpose."]
    (world,) = geo.resolve(["Dublin"], text)
    assert world is not None and world.country == "IE"
    (local,) = geo.resolve(["Dublin"], text, home=[("US", "OH")])
    assert local is not None and (local.country, local.admin1) == ("US", "OH")
    assert Geocoder.region_of(local) == ("US", "OH")
    # what the story says still wins over the outlet's home
    named, _ = geo.resolve(["Dublin", "Ireland"], ["Ministers met in Dublin on Monday."], home=[("US", "OH")])
    assert named is not None and named.country == "IE"


def test_homes_are_learned_from_brief_places() -> None:
    from storyline.annotate.places import OutletHomes

    homes = OutletHomes(min_articles=2)
    places = [
        {"id": "p1", "name": "Columbus", "precision": "town", "country": "US", "admin1": "OH", "sources": ["a", "b"]},
        {"id": "p2", "name": "Ohio", "precision": "region", "country": "US", "admin1": "OH", "sources": ["a"]},
        {"id": "p3", "name": "Elm St", "precision": "vicinity", "country": "US", "sources": ["c"]},
        {"id": "p4", "name": "United States", "precision": "country", "country": "US", "sources": ["c"]},
    ]
    homes.observe_places({"a": "dispatch", "b": "dispatch", "c": "wire"}, places)
    assert homes.home("dispatch") == ("US", "OH")
    assert homes.home("wire") is None


@pytest.mark.parametrize(
    ("name", "city", "cc"),
    [("White House", "Washington", "US"), ("Kremlin", "Moscow", "RU"), ("Downing Street", "London", "GB")],
)
def test_seats_are_their_city_not_a_namesake(geo: Geocoder, name: str, city: str, cc: str) -> None:
    # "White House" is also an alternate name of Casablanca (Dar el Beida): never that
    place = geo.resolve([name])[0]
    assert place is not None and (place.name, place.country) == (city, cc)


def test_town_names_that_are_also_seats_stay_towns(geo: Geocoder) -> None:
    place = geo.resolve(["Westminster", "Colorado", "Denver"])[0]
    assert place is not None and (place.country, place.admin1) == ("US", "CO")


def test_a_small_namesake_needs_local_evidence_not_just_the_story_country(geo: Geocoder) -> None:
    # a US story that mentions London: England's capital, not London, Ohio (pop. ~10,000)
    london, *_ = geo.resolve(["London", "U.S.", "Kansas City", "Japan"])
    assert london is not None and london.country == "GB"
    # ... unless the story gives the small town local support: its state named
    london, _ = geo.resolve(["London", "Ohio"])
    assert london is not None and (london.country, london.admin1) == ("US", "OH")


def test_country_points_stay_near_geonames_points(geo: Geocoder) -> None:
    # Libya: midpoint of GeoNames' point (28, 17) and Natural Earth's area centroid (27.0, 18.0)
    # (scripts/make_country_points.py): within 161 km of GeoNames' point, far from the rounded
    # centroid (25, 17) that countryinfo gives
    (libya,) = geo.resolve(["Libya"])
    assert libya is not None and libya.lat is not None and libya.lon is not None
    assert haversine_km(28.0, 17.0, libya.lat, libya.lon) < 80
    assert haversine_km(25.0, 17.0, libya.lat, libya.lon) > 250
    # China: the midpoint moves GeoNames' rounded (35, 105) towards the country's area centroid
    (china,) = geo.resolve(["China"])
    assert china is not None and china.lat is not None and china.lon is not None
    assert 50 < haversine_km(35.0, 105.0, china.lat, china.lon) < 125
    # Canada keeps its long-standing point (see scripts/build_gazetteer.py)
    (canada,) = geo.resolve(["Canada"])
    assert canada is not None and (round(canada.lat), round(canada.lon)) == (60, -95)


# ---------------------------------------------------------------------- names that contain a place
@pytest.mark.parametrize(
    ("name", "inner", "cc"),
    [
        ("Kansas State University", "Kansas", "US"),  # institution head word: the words before it
        ("Bank of Norway", "Norway", "NO"),  # "X of Y" after an institution
        ("Kano State", "Kano", "NG"),  # administrative head word: the region itself
        ("Burmese Peninsula", "Myanmar", "MM"),  # an adjective before a feature head word
    ],
)
def test_a_name_the_gazetteer_lacks_is_placed_at_the_place_it_contains(
    geo: Geocoder, name: str, inner: str, cc: str
) -> None:
    # a story that names Brazil most: the focus would put these in Brazil
    names = ["Brazil", "Brazil", "Brazil", "Recife", name]
    place = geo.resolve(names)[-1]
    assert place is not None and place.precision == "vicinity" and place.name == name
    assert place.near_name == inner and place.country == cc


def test_inner_place_needs_a_head_word_and_no_stop_word(geo: Geocoder) -> None:
    # neither a mall nor a park says where it is; a lone generic word is never a place
    for name in ("Mall of Peru", "Lima Park", "Central Mental Hospital"):
        place = geo.resolve(["Recife", "Recife", name])[-1]
        assert place is not None and place.near_name == "Recife", name


def test_a_town_inside_a_name_needs_local_support(geo: Geocoder) -> None:
    # "Leeds Academy" in a story about Nairobi is a school in Nairobi, not in Leeds ...
    place = geo.resolve(["Nairobi", "Nairobi", "Kenya", "Leeds Academy"])[-1]
    assert place is not None and place.near_name == "Nairobi"
    # ... but "Leeds General Hospital" in a story about Bradford is in Leeds (15 km away)
    place = geo.resolve(["Bradford", "Leeds General Hospital"])[-1]
    assert place is not None and place.near_name == "Leeds"


def test_a_place_inside_a_name_is_no_evidence_for_the_rest(geo: Geocoder) -> None:
    alone = geo.resolve(["Ontario", "Springfield"])
    withname = geo.resolve(["Ontario", "Springfield", "Illinois State University"])
    assert alone[:2] == withname[:2]


def test_a_container_written_after_the_name_anchors_it(geo: Geocoder) -> None:
    text = "Crowds gathered on Marden Lane, Bristol, while police in London and Manchester waited."
    names = ["London", "London", "Manchester", "Marden Lane", "Bristol"]
    lane = geo.resolve(names, context=[text])[3]
    assert lane is not None and lane.precision == "vicinity" and lane.near_name == "Bristol"
    # a container the focus lies in says less than the focus: keep the focus
    text = "Crowds gathered on Marden Lane, England, near Bristol."
    lane = geo.resolve(["Bristol", "Bristol", "Marden Lane", "England"], context=[text])[2]
    assert lane is not None and lane.near_name == "Bristol"


def test_a_name_known_whole_is_not_split_at_its_comma(geo: Geocoder) -> None:
    dc = geo.resolve(["Washington, D.C."])[0]
    assert dc is not None and dc.precision == "town" and abs(dc.lat - 38.9) < 0.2


def test_a_town_s_own_name_beats_another_town_s_alternate_name(geo: Geocoder) -> None:
    # Atlanta lists "Whitehall" among its GeoNames alternate names; the towns called Whitehall win
    place = geo.resolve(["Whitehall"])[0]
    assert place is not None and place.name == "Whitehall"


def test_a_name_listed_with_regions_is_a_region(geo: Geocoder) -> None:
    text = "Cases were reported in Oregon, Idaho, Washington and Nevada last week."
    names = ["Oregon", "Idaho", "Washington", "Nevada"]
    wa = geo.resolve(names, context=[text])[2]
    assert wa is not None and wa.precision == "region" and wa.admin1 == "WA"
    assert geo.resolve(["Washington"])[0].precision == "town"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "expected", "cc"),
    [
        ("Kurdish", "Kurdistan", "IQ"),  # adjectives of peoples and regions
        ("Texan", "Texas", "US"),
        ("Catalan", "Catalunya", "ES"),
        ("B.C.", "British Columbia", "CA"),  # abbreviations of first-level regions outside the US
        ("Ont.", "Ontario", "CA"),
        ("Tas.", "Tasmania", "AU"),
        ("La.", "Louisiana", "US"),  # AP state abbreviation
        ("U.S. Virgin Islands", "Virgin Islands, U.S.", "US"),
        ("Scots", "Scotland", "GB"),
    ],
)
def test_region_adjectives_and_abbreviations(geo: Geocoder, name: str, expected: str, cc: str) -> None:
    place = geo.resolve([name])[0]
    assert place is not None and place.name == expected and place.country == cc


def test_wa_is_read_by_the_story_country(geo: Geocoder) -> None:
    au = geo.resolve(["Perth", "Fremantle", "WA"])[2]
    assert au is not None and au.country == "AU"
    us = geo.resolve(["Seattle", "Spokane", "WA"])[2]
    assert us is not None and us.country == "US"


def test_region_point_is_not_its_namesake_district(geo: Geocoder) -> None:
    # iso3166-2 puts the state of Hawaii on Hawaii County (the Big Island); the build moves a
    # region point that marks only a small namesake district to the mean of the region's towns
    hi = geo.resolve(["Hawaii", "Alaska"])[0]
    assert hi is not None and hi.precision == "region"
    big_island = (19.6, -155.5)
    assert haversine_km(hi.lat, hi.lon, *big_island) > 100  # type: ignore[arg-type]
    assert 20.0 < hi.lat < 21.8 and -158.5 < hi.lon < -156.0  # type: ignore[operator]


def test_a_small_town_abroad_that_the_story_gives_no_reason_for_is_a_local_name(geo: Geocoder) -> None:
    # "Parklands" is a Nairobi suburb the gazetteer lacks and a New Zealand town of 11,000
    local = geo.resolve(["Kenya", "Nairobi", "Nairobi", "Parklands"])[-1]
    assert local is not None and local.precision == "vicinity" and local.near_name == "Nairobi"
    # the town itself when the story names its country, or has nothing else to go on
    nz = geo.resolve(["New Zealand", "Christchurch", "Parklands"])[-1]
    assert nz is not None and nz.precision == "town" and nz.country == "NZ"
    assert geo.resolve(["Parklands"])[0].country == "NZ"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "cc"),
    [("PRC", "CN"), ("ROK", "KR"), ("KSA", "SA"), ("PNG", "PG"), ("BiH", "BA"), ("T&T", "TT"), ("NZ", "NZ")],
)
def test_standard_country_abbreviations(geo: Geocoder, name: str, cc: str) -> None:
    (place,) = geo.resolve([name])
    assert place is not None and place.precision == "country" and place.country == cc


def test_a_region_dwarfing_a_town_of_its_own_country_needs_more_than_the_town_s_region(geo: Geocoder) -> None:
    # Wales (3 million people) and Wales, a village in England: a story naming England and London
    # names the nation alongside England, which tells the two readings nothing apart
    wales = geo.resolve(["London", "England", "Wales"])[-1]
    assert wales is not None and wales.precision == "region" and wales.admin1 == "WLS"


def test_a_far_smaller_namesake_needs_a_nearby_place_not_just_its_state(geo: Geocoder) -> None:
    # "Canadian" in a Texas story: Canada, not Canadian, Texas (2,600 people, 900 km from Houston)
    canadian = geo.resolve(["Houston", "Texas", "Canadian"])[-1]
    assert canadian is not None and canadian.country == "CA"
    # London, Ohio (a hundred times smaller than London) still counts its state as support
    london, _ = geo.resolve(["London", "Ohio"])
    assert london is not None and london.admin1 == "OH"


def test_two_or_three_capitals_are_an_abbreviation_not_a_small_town(geo: Geocoder) -> None:
    # "OAS" (the Organization of American States) is not Oas, a Philippine town
    oas = geo.resolve(["Washington", "OAS"])[-1]
    assert oas is None or oas.precision == "vicinity"
    # abbreviations of countries, regions and big cities still resolve
    nsw, nyc = geo.resolve(["NSW", "NYC"])
    assert nsw is not None and nsw.country == "AU"
    assert nyc is not None and nyc.name == "New York City"


def test_a_region_named_only_by_compass_words_needs_its_country_in_the_story(geo: Geocoder) -> None:
    # "Western" is Ghana's Western Region only in a story about Ghana
    western = geo.resolve(["Germany", "Berlin", "Western"])[-1]
    assert western is None or western.country != "GH"
    ghana = geo.resolve(["Ghana", "Accra", "Western"])[-1]
    assert ghana is not None and ghana.country == "GH" and ghana.precision == "region"


def test_a_region_listed_with_regions_of_its_country_stays_a_region_in_a_story_about_another(
    geo: Geocoder,
) -> None:
    # a story about the US that lists Canadian provinces: Ontario and New Brunswick are the
    # provinces, not the towns of California and New Jersey
    text = "Cases in Texas, Ohio and Utah. In Canada: British Columbia, Manitoba, Ontario and New Brunswick."
    names = ["Texas", "Ohio", "Utah", "Canada", "British Columbia", "Manitoba", "Ontario", "New Brunswick"]
    *_, ontario, brunswick = geo.resolve(names, context=[text])
    assert ontario is not None and ontario.country == "CA" and ontario.precision == "region"
    assert brunswick is not None and brunswick.country == "CA" and brunswick.precision == "region"


def test_provinces_that_iso_lists_at_level_two_are_regions(geo: Geocoder) -> None:
    # Indonesia's ISO level 1 is seven island groups; its provinces (GeoNames' first level) are regions
    (bali,) = geo.resolve(["Bali"])
    assert bali is not None and bali.country == "ID" and bali.precision == "region"


def test_a_prefix_is_dropped_only_to_find_the_place_the_story_is_about(geo: Geocoder) -> None:
    # "North Dallas": Dallas, not Dallesport (a loose spelling match of the whole name)
    dallas = geo.resolve(["Texas", "North Dallas"])[-1]
    assert dallas is not None and dallas.name == "Dallas"
    # "West Midlands" read as Midlands is Zimbabwe's province: not in a story about England
    midlands = geo.resolve(["England", "Birmingham", "West Midlands"])[-1]
    assert midlands is None or midlands.country == "GB"


def test_a_region_abroad_read_through_an_alternate_name_needs_its_country_in_the_story(geo: Geocoder) -> None:
    # "Central Plateau" in a story about Haiti is not Burkina Faso's Plateau-Central
    plateau = geo.resolve(["Haiti", "Port-au-Prince", "Central Plateau"])[-1]
    assert plateau is None or plateau.country == "HT"


def test_regions_linked_to_geonames_by_their_iso_code(geo: Geocoder) -> None:
    # Agder (ISO NO-42) is GeoNames' region 42 although its towns still carry the name Vest-Agder;
    # the link gives the region its towns' population and that old name
    (agder,) = geo.resolve(["Agder"])
    assert agder is not None and agder.country == "NO" and agder.precision == "region" and agder.admin1 == "42"
    (vest,) = geo.resolve(["Vest-Agder"])
    assert vest is not None and vest.country == "NO" and vest.precision == "region"


def test_former_regions_are_placed_at_their_towns(geo: Geocoder) -> None:
    # merged into Auvergne-Rhône-Alpes and Agder; still the names their towns are known by
    (auvergne,) = geo.resolve(["Auvergne"])
    assert auvergne is not None and auvergne.country == "FR" and auvergne.precision == "region"
    assert haversine_km(auvergne.lat, auvergne.lon, 45.7, 3.2) < 100  # Clermont-Ferrand's region
    (aust,) = geo.resolve(["Aust-Agder"])
    assert aust is not None and aust.country == "NO" and haversine_km(aust.lat, aust.lon, 58.6, 8.5) < 100


def test_a_town_is_no_evidence_for_itself_through_a_region_it_names_as_an_alternate(geo: Geocoder) -> None:
    # Egypt's governorate "Al Iskandariyah" is also called Alexandria: that reading must not vote for
    # the Egyptian city against what the outlet's home region says of an otherwise bare "Alexandria"
    (town,) = geo.resolve(["Alexandria"], ["Police said the man lives in Alexandria."], home=[("US", "LA")])
    assert town is not None and town.country == "US" and town.admin1 == "LA"


def test_a_town_written_with_its_region_is_read_inside_it(geo: Geocoder) -> None:
    # "Paris, Texas" written in the text (the toponym itself is just "Paris")
    paris, _ = geo.resolve(["Paris", "Texas"], ["A storm hit Paris, Texas, on Monday night."])
    assert paris is not None and paris.country == "US" and paris.admin1 == "TX"
    # a namesake abroad is not the town in the written region: a local place the gazetteer lacks
    stroud = geo.resolve(["Stroud", "Ontario", "Canada"], ["He was stopped in Stroud, Ontario, Canada, on Sunday."])[0]
    assert stroud is not None and stroud.country == "CA" and stroud.precision == "vicinity"


def test_a_list_is_not_a_town_with_its_region(geo: Geocoder) -> None:
    saipan = geo.resolve(["Saipan", "Guam", "Alaska"], ["Trips to Saipan, Guam, Alaska and Hawaii."])[0]
    assert saipan is not None and saipan.precision == "town" and saipan.country == "MP"


def test_a_valley_or_bay_the_gazetteer_lacks_is_placed_at_the_place_it_is_named_after(geo: Geocoder) -> None:
    valley = geo.resolve(["California", "Monterey", "Salinas Valley"])[-1]
    assert valley is not None and valley.precision == "vicinity"
    assert haversine_km(valley.lat, valley.lon, 36.68, -121.65) < 50  # at Salinas, California


def test_a_metropolis_namesake_needs_more_than_its_region_named(geo: Geocoder) -> None:
    # a US story naming New York state and Texas: Boston, Massachusetts (650,000 people), not
    # Boston, NY (8,000; eighty times smaller, below the hundredfold "dwarfed" ratio)
    boston = geo.resolve(["Boston", "New York", "Texas", "United States"])[0]
    assert boston is not None and boston.admin1 == "MA"
    portland = geo.resolve(["Portland", "Texas"])[0]
    assert portland is not None and portland.admin1 == "OR"
    # ... but a nearby town, or the outlet's home region, speaks for the namesake
    near = geo.resolve(["Boston", "Buffalo", "New York"])[0]
    assert near is not None and near.admin1 == "NY"
    (local,) = geo.resolve(["Boston"], ["The Boston school board met on Monday."], home=[("US", "NY")])
    assert local is not None and local.admin1 == "NY"


def test_a_far_or_range_scale_feature_is_not_placed_at_the_story_focus(geo: Geocoder) -> None:
    # a story centred on northern China that mentions where the disease came from: none of these
    # is "near Harbin", so none gets a vicinity answer there
    # (parts of continents the curated table holds, "Americas" and "Northern Europe", are regions)
    names = ["China", "Harbin", "Harbin", "Ural Mountains", "Danube Delta", "Eastern Eurasia", "Northwest Europe"]
    *_, urals, delta, eurasia, north = geo.resolve(names)
    assert (urals, delta, eurasia, north) == (None, None, None, None)
    gulf = geo.resolve(["Canada", "Vancouver", "Gulf of Alaska"])[-1]
    assert gulf is None
    # a feature named after one near the focus, and a local river, still get one
    nile = geo.resolve(["Egypt", "Cairo", "Nile Delta"])[-1]
    assert nile is not None and nile.precision == "vicinity" and nile.near_name == "Cairo"
    river = geo.resolve(["Illinois", "DeKalb", "Kish River"])[-1]  # Kish, Iran is a town, not a feature
    assert river is not None and river.precision == "vicinity" and river.near_name == "DeKalb"
    # ... and so does a valley named after the town it is in
    valley = geo.resolve(["California", "Monterey", "Salinas Valley"])[-1]
    assert valley is not None and valley.near_name == "Salinas"


def test_a_sea_by_its_own_name_is_not_a_county_listed_under_it(geo: Geocoder) -> None:
    # "the Atlantic flyway" in a US story: the ocean, not Atlantic County, NJ (whose bare name
    # the gazetteer holds only as an alternate name)
    atlantic = geo.resolve(["US", "Virginia", "Alaska", "Atlantic"])[-1]
    assert atlantic is not None and atlantic.name == "Atlantic Ocean"


def test_a_name_written_after_a_town_as_its_district_is_that_district(geo: Geocoder) -> None:
    # "Meycauayan, Bulacan": the province holding Meycauayan, not Bulacan, a village in Davao del
    # Sur, which the story also names
    text = [
        "Officials culled hogs at a farm in Meycauayan, Bulacan. A farm in Davao del Sur was also"
        " tested; Bulacan and Davao del Sur remain under quarantine."
    ]
    names = ["Philippines", "Meycauayan", "Bulacan", "Davao del Sur", "Bulacan"]
    places = geo.resolve(names, text)
    bulacan = places[2]
    assert bulacan is not None and bulacan.precision == "district" and bulacan.admin1 == "03"
    assert places[4] == bulacan
    # ... a rule that needs the pair written so: a list ("Meycauayan and Bulacan") is no container
    town = geo.candidates("Meycauayan")[0]
    cl = geo.candidates("Bulacan")
    choice = {"meycauayan": town, "bulacan": next(c for c in cl if c.admin1 == "11")}
    surface = {"meycauayan": "Meycauayan", "bulacan": "Bulacan"}
    assert Geocoder._held_by("bulacan", "farms in Meycauayan, Bulacan", choice, surface, cl) is not None
    assert Geocoder._held_by("bulacan", "farms in Meycauayan and Bulacan", choice, surface, cl) is None


def test_arab_is_the_people_not_a_small_us_town(geo: Geocoder) -> None:
    # "Arab leaders" in a story about Syria and Washington: Arabia, not Arab, Alabama (pop. 8,000) ...
    arab = geo.resolve(["Arab", "Syria", "U.S.", "Washington"])[0]
    assert arab is not None and arab.name == "Arabian Peninsula"
    # ... which a local Alabama story still means
    town = geo.resolve(["Arab", "Alabama", "Huntsville"])[0]
    assert town is not None and (town.country, town.admin1) == ("US", "AL")


def test_map_outlines_are_thinned_to_the_pixels_shown() -> None:
    from storyline.render.geo_svg import MapPoint, _ring_path, svg_map

    assert _ring_path([(10.0, 10.0), (10.3, 10.2), (10.1, 10.6), (10.0, 10.0)]) == ""  # under a pixel
    dense = [(float(i) / 10, 0.0) for i in range(101)] + [(10.0, 10.0), (0.0, 0.0)]
    path = _ring_path(dense)
    assert path.startswith("M0.0,0.0") and path.endswith("Z") and path.count("L") < 25
    world = svg_map(
        [
            MapPoint(38.9, -77.0, "Washington", "town", "place", "p-w"),
            MapPoint(35.95, 39.0, "Raqqa", "town", "place", "p-r"),
            MapPoint(55.75, 37.6, "Moscow", "town", "place", "p-m"),
        ]
    )
    assert world.count("<path") > 50 and len(world) < 400_000  # the world's outlines, not a megabyte
