"""Session 28 (round 2), places, on invented text: places that are common words.  A loose spelling
of a place whose own sentences also write the word in lower case ("Mosques" -> Moscow beside "the
mosques") is no place; a name written only in a headline set in title case gets no place near the
story's focus; a local feature named after a town far from the focus ("Safwan Hill" in a story
centred on Baghdad) is no place near the focus."""

from __future__ import annotations

from storyline.annotate.places import Geocoder, _lower_written, _title_cased
from storyline.records import Place


def _resolve(geo: Geocoder, rows: list[tuple[str, str]]) -> dict[str, Place | None]:
    names, sentences = (list(x) for x in zip(*rows, strict=True))
    sources = [f"a{i % 2}" for i in range(len(names))]
    places = geo.resolve(names, sentences=sentences, sources=sources, per_mention=True)
    return dict(zip(names, places, strict=True))


def test_title_case_headline_is_told_from_prose() -> None:
    assert _title_cased("Who Is Winning the Long Race to Recovery in the Eurozone?")
    assert _title_cased("Markets Slide as Investors Flee to the Safety of Gold")
    # prose writes its verbs and common nouns in lower case, however many names it holds
    assert not _title_cased("Gordon Brown met Barack Obama in London on Tuesday.")
    assert not _title_cased("Officials in Basra said the road to Safwan was open.")
    # a caption or a list of names ends with a full stop: its capitals are names
    assert not _title_cased("Private Tom Reeve, 22, from Whitby, North Yorkshire.")
    assert not _title_cased("Harbour Wildlife Rescue Centre in Grand Bay, Alabama, June 3.")
    # too few capitals to tell
    assert not _title_cased("Back to Basics")


def test_lower_written_needs_the_word_in_lower_case() -> None:
    assert _lower_written("Mosques", "Mosques stand on every corner.\nShells hit two mosques.")
    assert not _lower_written("Mosques", "Mosques stand on every corner.")
    assert not _lower_written("Mosul", "Fighting in Mosul went on.\nThe mosulawi accent.")
    assert not _lower_written("Safwan Hill", "a hill near safwan hill")  # one word only


def test_loose_spelling_written_in_lower_case_is_no_place(geo: Geocoder) -> None:
    # "Mosques" reaches Moscow only through a loose spelling, and the story names Russia
    assert any(c.name == "Moscow" and c.match == "transliteration" for c in geo.candidates("Mosques"))
    rows = [
        ("Baghdad", "Car bombs struck Baghdad on Friday."),
        ("Russia", "Russia condemned the bombing."),
        ("Moscow", "Diplomats in Moscow called for calm."),
        ("Mosques", "Mosques in the old city were full for Friday prayers."),
        ("Mosques", "Gunmen fired on two mosques in the west of the city."),
    ]
    got = _resolve(geo, rows)
    assert got["Moscow"] is not None and got["Moscow"].country == "RU"
    assert got["Baghdad"] is not None and got["Baghdad"].country == "IQ"
    assert got["Mosques"] is None  # neither Moscow nor a place near Baghdad


def test_own_name_in_lower_case_still_stands(geo: Geocoder) -> None:
    # machine translations write a town's own name in lower case: it is still the town
    rows = [
        ("Raqqa", "Airstrikes hit Raqqa on Sunday."),
        ("Syria", "The monitor said the strikes in Syria killed 12."),
        ("Raqqa", "residents of raqqa fled to the countryside."),
    ]
    got = _resolve(geo, rows)
    assert got["Raqqa"] is not None and got["Raqqa"].country == "SY" and got["Raqqa"].precision == "town"


def test_name_only_in_a_title_case_headline_is_no_place_near_the_focus(geo: Geocoder) -> None:
    rows = [
        ("Washington", "Lawmakers in Washington debated the rescue plan on Monday."),
        ("Washington", "Treasury officials in Washington said the plan would cost $700bn."),
        ("Long Race", "Who Is Ahead in the Long Race to Recovery, on Main Street or Wall Street?"),
        ("Marlow Square", "Protesters gathered in the Marlow Square on Tuesday."),
    ]
    got = _resolve(geo, rows)
    assert got["Washington"] is not None and got["Washington"].country == "US"
    assert got["Long Race"] is None
    # the same kind of name written in prose keeps its labelled place near the focus
    square = got["Marlow Square"]
    assert square is not None and square.precision == "vicinity" and square.near_name == "Washington"


def test_feature_named_after_a_far_town_is_not_near_the_focus(geo: Geocoder) -> None:
    rows = [
        ("Baghdad", "Explosions shook Baghdad overnight."),
        ("Baghdad", "Residents of Baghdad queued for fuel."),
        ("Kuwait", "Troops massed on the border with Kuwait."),
        ("Safwan Hill", "Reporters said shells fell on Safwan Hill on the border with Kuwait."),
        ("Zawra Hill", "Families picnicked on Zawra Hill before the war."),
        ("Abu Ghraib Ridge", "Snipers fired from Abu Ghraib Ridge at the convoy."),
    ]
    got = _resolve(geo, rows)
    assert got["Baghdad"] is not None and got["Baghdad"].country == "IQ"
    # Safwan lies by the Kuwaiti border, some 470 km from Baghdad: no place "near Baghdad"
    assert got["Safwan Hill"] is None
    # a hill named after no town of Iraq keeps its labelled place near the focus
    zawra = got["Zawra Hill"]
    assert zawra is not None and zawra.precision == "vicinity" and zawra.near_name == "Baghdad"
    # a hill named after a town in the focus's own province stays near the focus
    ridge = got["Abu Ghraib Ridge"]
    assert ridge is not None and ridge.precision == "vicinity" and ridge.near_name == "Baghdad"


def test_hill_named_like_several_towns_says_nothing_of_where_it_is(geo: Geocoder) -> None:
    los_angeles = max(geo.candidates("Los Angeles"), key=lambda c: c.prior)
    baghdad = max(geo.candidates("Baghdad"), key=lambda c: c.prior)
    # many American towns are called Lincoln: "Lincoln Heights" may be a quarter of any city
    assert not geo._named_after_far_town("Lincoln Heights", los_angeles)
    # one town of Iraq is called Safwan, far from Baghdad and outside its province
    assert geo._named_after_far_town("Safwan Hill", baghdad)
    # a street is as often named after a distant town: no word on where it is
    assert not geo._named_after_far_town("Safwan Street", baghdad)
