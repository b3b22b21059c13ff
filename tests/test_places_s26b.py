"""Session 26 round 2, places, on invented text: a British outlet's domestic paragraphs inside a
foreign story.  A name the gazetteer lacks is not placed near the story's focus when its own
sentences (or, naming no other place, its article) write it among places of another country; a
region read without its compass word is not a distant namesake when its sentences are about
another country; and a town's sentences say which country's namesake it is."""

from __future__ import annotations

from collections import Counter

from storyline.annotate.places import Geocoder, _written_among, _written_elsewhere

# a story centred on Port-au-Prince, with the outlet's domestic paragraphs
_HAITI = [
    ("Port-au-Prince", "Rescuers in Port-au-Prince pulled a woman from the rubble on Thursday.", "a1"),
    ("Port-au-Prince", "Aid flights into Port-au-Prince resumed after the runway was cleared.", "a1"),
    ("Haiti", "The quake is the worst to strike Haiti in two centuries.", "a1"),
    ("Leogane", "In Leogane, west of the capital, nine in ten buildings fell.", "a2"),
    ("Port-au-Prince", "Officials in Port-au-Prince said the death toll would rise.", "a2"),
    ("Haiti", "The UN said Haiti needed tents and water above all.", "a2"),
]


def _resolve(geo: Geocoder, rows: list[tuple[str, str, str]]) -> dict[str, object]:
    names, sentences, sources = (list(x) for x in zip(*rows, strict=True))
    places = geo.resolve(names, sentences=sentences, per_mention=True, sources=sources)
    return {n: p for n, p in zip(names, places, strict=True)}


def test_name_written_among_british_places_is_not_near_a_foreign_focus(geo: Geocoder) -> None:
    crews = "Fire crews from Lancashire, Kent, Hampshire and Thornbury Vale flew out on Tuesday."
    rows = [*_HAITI, *((n, crews, "a3") for n in ("Lancashire", "Kent", "Hampshire", "Thornbury Vale"))]
    got = _resolve(geo, rows)
    assert got["Lancashire"] is not None and got["Lancashire"].country == "GB"
    assert got["Thornbury Vale"] is None


def test_name_written_among_the_focus_places_stays_near_the_focus(geo: Geocoder) -> None:
    camp = "Families sleep in Thornbury Vale, a camp on the edge of Port-au-Prince, and in Leogane."
    rows = [*_HAITI, ("Thornbury Vale", camp, "a3"), ("Port-au-Prince", camp, "a3"), ("Leogane", camp, "a3")]
    got = _resolve(geo, rows)
    near = got["Thornbury Vale"]
    assert near is not None and near.precision == "vicinity" and near.country == "HT"


def test_article_places_decide_when_the_sentence_names_no_other(geo: Geocoder) -> None:
    # the name's own sentence names no other place: its article's places are British
    rows = [
        *_HAITI,
        ("Thornbury Vale", "The salmon season opens on the Thornbury Vale water today.", "a3"),
        ("Perth", "Anglers near Perth said the river was high after the rain in Perth.", "a3"),
        ("Dundee", "Hotels in Dundee were full for the opening weekend.", "a3"),
        ("Scotland", "Fishing brings millions to Scotland each year.", "a3"),
    ]
    got = _resolve(geo, rows)
    assert got["Dundee"] is not None and got["Dundee"].country == "GB"
    assert got["Thornbury Vale"] is None


def test_compass_region_in_english_sentences_is_not_zimbabwe(geo: Geocoder) -> None:
    rows = [
        ("England", "Cases in England doubled in a week, with the West Midlands hit hardest.", "a1"),
        ("West Midlands", "Cases in England doubled in a week, with the West Midlands hit hardest.", "a1"),
        ("Birmingham", "Schools in Birmingham and Coventry closed, the West Midlands council said.", "a1"),
        ("Coventry", "Schools in Birmingham and Coventry closed, the West Midlands council said.", "a1"),
        ("West Midlands", "Schools in Birmingham and Coventry closed, the West Midlands council said.", "a1"),
        ("Zimbabwe", "Zimbabwe reported its first case on Monday.", "a2"),
        ("London", "Tests in London came back negative.", "a2"),
        # its sibling under another compass word, in a sentence naming no other place, goes with it
        ("East Midlands", "The East Midlands has so far reported few cases.", "a2"),
    ]
    got = _resolve(geo, rows)
    assert got["Zimbabwe"] is not None and got["Zimbabwe"].country == "ZW"
    for name in ("West Midlands", "East Midlands"):
        p = got[name]
        assert p is None or p.country == "GB", name


def test_sentence_says_which_country_a_town_is_in(geo: Geocoder) -> None:
    world = [
        ("Australia", "Australia confirmed six cases, most of them in Sydney.", "a1"),
        ("Sydney", "Australia confirmed six cases, most of them in Sydney.", "a1"),
        ("Melbourne", "Melbourne schools stayed open.", "a1"),
        ("Mexico", "Mexico closed its schools for a week.", "a2"),
        ("England", "England's tally rose to forty.", "a3"),
    ]
    uk = "New cases were found in Newcastle, Devon, Merseyside and Oxfordshire."
    rows = [*world, *((n, uk, "a3") for n in ("Newcastle", "Devon", "Merseyside", "Oxfordshire"))]
    got = _resolve(geo, rows)
    assert got["Newcastle"] is not None and got["Newcastle"].country == "GB"
    au = "New cases were found in Newcastle and Wollongong, New South Wales health officials said."
    rows = [*world, *((n, au, "a1") for n in ("Newcastle", "Wollongong", "New South Wales"))]
    got = _resolve(geo, rows)
    assert got["Newcastle"] is not None and got["Newcastle"].country == "AU"


def test_written_among_counts_sentence_mates_then_articles() -> None:
    keys = ["vale", "kent", "vale", "perth", "dundee"]
    sentences = ["Vale and Kent.", "Vale and Kent.", "Vale only.", "In Perth.", "In Dundee."]
    sources = ["a", "a", "b", "b", "b"]

    class C:  # a reading's country, as the scoring sees it
        def __init__(self, cc: str) -> None:
            self.country, self.kind = cc, "city"

    choice = {"vale": None, "kent": C("GB"), "perth": C("GB"), "dundee": C("AU")}
    got = _written_among(keys, sentences, sources, choice)  # type: ignore[arg-type]
    assert got == {"vale": (Counter({"GB": 1}), True)}
    got = _written_among(keys[2:], sentences[2:], sources[2:], choice)  # type: ignore[arg-type]
    assert got == {"vale": (Counter({"GB": 1, "AU": 1}), False)}


def test_written_elsewhere_thresholds() -> None:
    assert _written_elsewhere((Counter({"GB": 2}), True), "HT")
    assert not _written_elsewhere((Counter({"GB": 1}), True), "HT")  # one place is no evidence
    assert not _written_elsewhere((Counter({"GB": 2, "HT": 2}), True), "HT")
    # from its articles: fewer than half of their places in the focus's country (round 4)
    assert _written_elsewhere((Counter({"US": 19, "IQ": 4, "VN": 2}), False), "IQ")
    assert _written_elsewhere((Counter({"GB": 60, "IQ": 42, "US": 7}), False), "IQ")
    assert not _written_elsewhere((Counter({"GB": 40, "IQ": 60, "US": 7}), False), "IQ")
    assert not _written_elsewhere((Counter({"GB": 5}), True), None)
