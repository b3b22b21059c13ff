"""Session 31, places, on invented text: false places from names that are not places there.

* a name after "X, " that a lower-case verb follows is a clause's subject, not a container written
  after a comma ("On Fox, Palin rips ...": no town of Guatemala);
* "the Alaskan fishing town of Cordova": a word or two saying what kind of town may stand between
  the region and "town of" (not a function word: "Alaska said the city of ...");
* a town smaller than a national capital of its name abroad, named once with no local evidence, is
  the capital ("Athens" in a story about Haiti naming the US);
* two regions of one country read only through their other names ("Leeward Islands", "Windward
  Islands": Cape Verde's) do not vouch for each other;
* a hamlet's one-word name written as the one who says or believes ("Shaw believes") or only as the
  owner of a capitalised name ("Elmer's Island") is no hamlet;
* a town of one word named once, only as an owner, with no local evidence, is no town ("Henderson's
  ethical funds" in a story about Iraq);
* a name the gazetteer lacks written only before a colon and a capitalised word is a title with its
  subtitle ("in Long Shadows: How the War Was Sold"), no place near the story's focus."""

from __future__ import annotations

from storyline.annotate.places import _OWNS_NAME, _SUBTITLE, Geocoder, _only_before, _speaker_written
from storyline.records import Place

# a story spread along the US Gulf coast (more than five states), one article each
_GULF = [
    ("Louisiana", "Oil reached the marshes of Louisiana on Monday.", "g0"),
    ("Mississippi", "Beaches in Mississippi were closed.", "g0"),
    ("Alabama", "Crews in Alabama laid booms.", "g1"),
    ("Florida", "Tar balls washed up in Florida.", "g1"),
    ("Texas", "Skimmers sailed from Texas.", "g2"),
    ("Georgia", "Volunteers drove down from Georgia.", "g2"),
    ("Alaska", "Fishermen in Alaska remember the Exxon Valdez.", "g3"),
    ("New Orleans", "Officials met in New Orleans.", "g3"),
    ("Houston", "The company's engineers in Houston worked through the night.", "g4"),
]

# a story about the Haiti earthquake from a British outlet, naming the US and the Caribbean
_HAITI = [
    ("Haiti", "Aid flights landed in Haiti on Thursday.", "h0"),
    ("Port-au-Prince", "Rescuers dug through rubble in Port-au-Prince.", "h0"),
    ("Port-au-Prince", "The airport in Port-au-Prince reopened to relief flights.", "h1"),
    ("United States", "The United States sent a hospital ship.", "h1"),
    ("United States", "Troops from the United States arrived.", "h2"),
    ("Jamaica", "The tremor was felt in Jamaica.", "h2"),
    ("Dominican Republic", "Trucks crossed from the Dominican Republic.", "h3"),
    ("Jacmel", "Roads to Jacmel were blocked by landslides.", "h3"),
]

# a story about the war in Iraq from a British outlet
_IRAQ = [
    ("Iraq", "Troops withdrew from southern Iraq.", "i0"),
    ("Baghdad", "A car bomb exploded in Baghdad.", "i0"),
    ("Basra", "British soldiers patrolled Basra.", "i1"),
    ("Britain", "Britain sent more troops.", "i1"),
    ("London", "Protesters marched in London.", "i2"),
    ("England", "Families across England waited for news.", "i2"),
]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]], titled: bool = False) -> dict[str, Place | None]:
    """``titled``: the story's context is its titles (none here), as the product passes it, not its sentences."""
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    context = [] if titled else sentences
    places = geo.resolve(names, context, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_a_name_after_a_comma_before_a_verb_is_no_container(geo: Geocoder) -> None:
    said = "On Fox, Palin blasts the drilling ban, saying jobs will be lost."
    assert _resolve(geo, [*_GULF, ("Palin", said, "g5")])["Palin"] is None
    # written as a place, the town of its name stands
    got = _resolve(geo, [*_GULF, ("Palin", "A reporter filed from Palin on the coast road.", "g5")])["Palin"]
    assert got is not None and got.country == "GT"


def test_a_kind_word_between_the_region_and_town_of(geo: Geocoder) -> None:
    said = "Boats were idle in the small Alaskan fishing town of Cordova this week."
    got = _resolve(geo, [*_GULF, ("Cordova", said, "g5")])["Cordova"]
    assert got is not None and (got.country, got.admin1) == ("US", "AK")
    readings = geo.candidates("Cordova")
    assert {c.admin1 for c in geo._settlement_of("Cordova", said, readings)} == {"AK"}
    # a verb or an article ends the phrase: no container
    assert geo._settlement_of("Cordova", "Alaska said the city of Cordova would wait.", readings) == []


def test_a_town_named_once_smaller_than_a_capital_of_its_name_is_the_capital(geo: Geocoder) -> None:
    said = "A professor at a medical institute in Athens which studied the injuries described them."
    got = _resolve(geo, [*_HAITI, ("Athens", said, "h4")])["Athens"]
    assert got is not None and got.country == "GR"
    # with its state named with it, the namesake stands
    got = _resolve(geo, [*_HAITI, ("Athens, Georgia", "Donations came from Athens, Georgia.", "h4")])["Athens, Georgia"]
    assert got is not None and got.country == "US"


def test_regions_read_by_other_names_do_not_vouch_for_each_other(geo: Geocoder) -> None:
    rows = [
        *_HAITI,
        ("Leeward Islands", "In 1843 a strong quake struck the Leeward Islands.", "h4"),
        ("Windward Islands", "1 Dec 2007: Martinique region, Windward Islands.", "h4"),
    ]
    got = _resolve(geo, rows)
    assert got["Leeward Islands"] is None or got["Leeward Islands"].country != "CV"
    assert got["Windward Islands"] is None or got["Windward Islands"].country != "CV"


def test_a_hamlet_written_as_a_speaker_or_an_owner_of_a_name_is_none(geo: Geocoder) -> None:
    assert _speaker_written("Shaw", "In the end, Shaw believes, the army will stay.")
    assert not _speaker_written("Shaw", "Floods hit Shaw last night.")
    assert _only_before("Elmer", "The beach on Elmer's Island was shut.", _OWNS_NAME)
    assert not _only_before("Elmer", "The beach on Elmer's Island near Elmer was shut.", _OWNS_NAME)
    rows = [
        *_IRAQ,
        ("Shaw", "In the end, Shaw believes, the army will stay longer than planned.", "i3"),
        ("Shaw", "Shaw's account of the invasion is bleak.", "i3"),
    ]
    assert _resolve(geo, rows)["Shaw"] is None
    got = _resolve(geo, [*_GULF, ("Elmer", "The beach on Elmer's Island in Grand Isle was closed.", "g5")])
    assert got["Elmer"] is None or got["Elmer"].admin1 != "NJ"


def test_a_title_with_its_subtitle_is_no_place_near_the_focus(geo: Geocoder) -> None:
    assert _only_before("Long Shadows", "Smith, in Long Shadows: How the War Was Sold, argues so.", _SUBTITLE)
    assert not _only_before("Long Shadows", "Smith lives in Long Shadows, a hamlet.", _SUBTITLE)
    book = "The historian, in Long Shadows: How the War Was Sold, argues the case was thin."
    rows = [*_IRAQ, ("Baghdad", "Shops reopened in Baghdad.", "i3"), ("Long Shadows", book, "i3")]
    assert _resolve(geo, rows)["Long Shadows"] is None
    # written as a place without a subtitle, it is near the focus as before
    rows = [
        *_IRAQ,
        ("Baghdad", "Shops reopened in Baghdad.", "i3"),
        ("Long Shadows", "Troops camped at Long Shadows in Baghdad.", "i3"),
    ]
    got = _resolve(geo, rows)["Long Shadows"]
    assert got is not None and got.precision == "vicinity" and got.country == "IQ"


def test_a_town_named_once_as_an_owner_without_local_evidence_is_none(geo: Geocoder) -> None:
    said = "Henderson's ethical funds sold their defence shares years ago, a fund manager wrote."
    assert _resolve(geo, [*_IRAQ, ("Henderson", said, "i3")], titled=True)["Henderson"] is None
    # with its state named in the story, the owner is the town
    rows = [*_GULF, ("Biloxi", "Biloxi's casinos stayed open through the summer.", "g5")]
    got = _resolve(geo, rows, titled=True)["Biloxi"]
    assert got is not None and (got.country, got.admin1) == ("US", "MS")
    # named again elsewhere, it is a place of the story
    rows = [*_IRAQ, ("Henderson", said, "i3"), ("Henderson", "Volunteers gathered in Henderson on Sunday.", "i3")]
    assert _resolve(geo, rows, titled=True)["Henderson"] is not None
