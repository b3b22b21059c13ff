"""Session 29, places, on invented text.  A town found inside a name the gazetteer lacks needs the
support of the name's own sentences ("Pearl Harbor" is no harbour of Pearl, Mississippi; "St.
Michael's Hospital in Toronto" none of Saint Michaels, Maryland) and, declined, is no place near
the story's focus either; a saint's name owns nothing in the possessive; a name read without its
compass word ("West Midlands" -> Midlands, Zimbabwe) needs its place's country in its sentences;
and a part of a place by a compass word is near that place when the story resolves it, else
nowhere ("North East" and "West Midlands" are not near London)."""

from __future__ import annotations

from storyline.annotate.places import _COMPASS_HEAD, _COMPASS_WORDS_ONLY, _SAINT, Geocoder
from storyline.records import Place


def _resolve(geo: Geocoder, rows: list[tuple[str, str]]) -> dict[str, Place | None]:
    names, sentences = (list(x) for x in zip(*rows, strict=True))
    sources = [f"a{i % 2}" for i in range(len(names))]
    places = geo.resolve(names, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_compass_and_saint_patterns() -> None:
    assert _COMPASS_HEAD.match("West Midlands") and _COMPASS_HEAD.match("north-west London")
    assert _COMPASS_HEAD.match("Northeast Washington")
    assert not _COMPASS_HEAD.match("West side") and not _COMPASS_HEAD.match("Westminster")
    assert not _COMPASS_HEAD.match("Central Park")  # "central" begins a place's own name as often
    assert _COMPASS_WORDS_ONLY.fullmatch("North East") and _COMPASS_WORDS_ONLY.fullmatch("the north-west")
    assert not _COMPASS_WORDS_ONLY.fullmatch("West Midlands")
    assert _SAINT.match("St. Michael") and _SAINT.match("Saint Mary") and _SAINT.match("St Peter")
    assert not _SAINT.match("Stansted") and not _SAINT.match("Sainthill")


def test_common_word_feature_is_no_harbour_of_a_town(geo: Geocoder) -> None:
    # Pearl, Mississippi, is the one town called "Pearl", and the story names Mississippi; the
    # sentence says nothing of it, and the harbour is no place near Baghdad either
    rows = [
        ("Baghdad", "Car bombs struck Baghdad on Friday."),
        ("Baghdad", "Police in Baghdad said 12 people died."),
        ("Iraq", "Iraq's government condemned the attack."),
        ("Basra", "Troops left Basra in the spring."),
        ("Mississippi", "A senator from Mississippi spoke against the war."),
        ("Pearl Harbor", "Commentators called the raid a second Pearl Harbor for the army."),
    ]
    got = _resolve(geo, rows)
    assert got["Baghdad"] is not None and got["Baghdad"].country == "IQ"
    assert got["Pearl Harbor"] is None


def test_saint_named_hospital_is_near_its_written_container(geo: Geocoder) -> None:
    rows = [
        ("Toronto", "Researchers in Toronto said the virus spread fast."),
        ("Canada", "Canada reported 40 cases."),
        ("Maryland", "Maryland closed two schools."),
        ("St. Michael's Hospital", "Doctors at St. Michael's Hospital in Toronto tracked air travel."),
    ]
    got = _resolve(geo, rows)
    place = got["St. Michael's Hospital"]
    assert place is not None and place.precision == "vicinity"
    assert place.near_name == "Toronto" and place.country == "CA"  # not Saint Michaels, Maryland


def test_neighbourhood_named_with_a_common_word_is_in_its_city(geo: Geocoder) -> None:
    # "Garden" is only an alternate name of Hawarden, Iowa, and the story names Iowa
    rows = [
        ("New Orleans", "Crews in New Orleans braced for the oil."),
        ("Louisiana", "Louisiana declared an emergency."),
        ("Iowa", "Farmers in Iowa watched the news."),
        ("Garden District", "We stayed in a house in the Garden District of New Orleans for a week."),
    ]
    place = _resolve(geo, rows)["Garden District"]
    assert place is not None and place.near_name == "New Orleans" and place.country == "US"


def test_town_inside_a_name_stands_on_its_sentences(geo: Geocoder) -> None:
    # the sentence names the county holding Stansted: the airport is by the town
    rows = [
        ("London", "Aid was sent from London."),
        ("Haiti", "Haiti was hit by a strong earthquake."),
        ("Essex", "Volunteers in Essex packed the boxes."),
        ("Stansted airport", "The boxes flew from Stansted airport in Essex on Friday."),
    ]
    place = _resolve(geo, rows)["Stansted airport"]
    assert place is not None and place.precision == "vicinity" and place.country == "GB"
    assert place.near_name == "Stansted Mountfitchet"


def test_compass_named_regions_are_not_near_the_focus(geo: Geocoder) -> None:
    rows = [
        ("London", "Two cases were confirmed in London."),
        ("London", "Schools in London shut for a week."),
        ("England", "England has 90 cases."),
        ("Zimbabwe", "Zimbabwe reported an outbreak of cholera."),
        ("West Midlands", "Five further cases were found in the West Midlands, officials said."),
        ("North East", "One case was in the North East."),
        ("north-west London", "A school in north-west London closed."),
    ]
    got = _resolve(geo, rows)
    assert got["West Midlands"] is None  # neither Midlands, Zimbabwe, nor near London
    assert got["North East"] is None
    nw = got["north-west London"]
    assert nw is not None and nw.precision == "vicinity" and nw.near_name == "London"


def test_compass_part_of_a_named_region_stands(geo: Geocoder) -> None:
    rows = [
        ("Texas", "Texas reported a long drought."),
        ("Dallas", "Dallas banned lawn watering."),
        ("West Texas", "Ranchers in West Texas sold their cattle."),
    ]
    place = _resolve(geo, rows)["West Texas"]
    assert place is not None and place.name == "Texas" and place.country == "US"


def test_town_written_in_a_region_it_is_not_in_is_a_namesake(geo: Geocoder) -> None:
    # the gazetteer knows "Wendel" only as other names of a French and a North Carolina town
    rows = [
        ("Boston", "Supporters gathered in Boston."),
        ("Massachusetts", "Massachusetts sent buses."),
        ("New York", "Marchers filled New York."),
        ("Wendel", "She drove 900 miles from Wendel in Massachusetts to join the march."),
    ]
    place = _resolve(geo, rows)["Wendel"]
    assert place is not None and place.precision == "vicinity" and place.country == "US"


def test_small_town_written_with_a_county_abroad_is_a_namesake(geo: Geocoder) -> None:
    # Bishopdale (10,000 people) is a suburb of Christchurch; the caption's is in the Dales
    rows = [
        ("London", "Soldiers' families met in London."),
        ("North Yorkshire", "Flags flew across North Yorkshire."),
        ("York", "A service was held in York."),
        ("Bishopdale", "Corporal Ann Reeve, 24, from Bishopdale, North Yorkshire."),
    ]
    place = _resolve(geo, rows)["Bishopdale"]
    assert place is not None and place.country == "GB" and place.near_name == "North Yorkshire"


def test_saint_written_only_in_the_possessive_is_no_town(geo: Geocoder) -> None:
    rows = [
        ("Toronto", "Researchers in Toronto said the virus spread fast."),
        ("Canada", "Canada reported 40 cases."),
        ("Minnesota", "Minnesota closed schools."),
        ("St. Michael", "Dr. Anna Lee of St. Michael's and two colleagues used airline data."),
    ]
    assert _resolve(geo, rows)["St. Michael"] is None  # a hospital, not Saint Michael, Minnesota
    assert Geocoder._possessive_only("St. Michael", "Dr. Lee of St. Michael's and others")
    assert not Geocoder._possessive_only("St. Michael", "She lives in St. Michael, Minnesota.")
    assert not Geocoder._possessive_only("St. Michael", "")
