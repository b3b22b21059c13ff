"""Session 26 round 4, places, on invented text: a name the gazetteer lacks is placed near the
story's focus only when its sentences, or its article, are about the focus's country.  A name
whose sentences name places only in another country, or whose article names fewer than half its
places in the focus's country, is an aside about elsewhere and stays unplaced."""

from __future__ import annotations

from collections import Counter

from helpers import TableGeo, span_mentions, split
from storyline.annotate.entities import KnowledgeBase, fold
from storyline.annotate.places import Geocoder, _written_elsewhere
from storyline.annotate.understand import understand
from storyline.options import Options
from storyline.records import AnnotatedArticle, Article, Place
from test_places_s26b import _resolve

# a story centred on Port-au-Prince
_HAITI = [
    ("Port-au-Prince", "Rescuers in Port-au-Prince pulled a woman from the rubble on Thursday.", "a1"),
    ("Port-au-Prince", "Aid flights into Port-au-Prince resumed after the runway was cleared.", "a1"),
    ("Haiti", "The quake is the worst to strike Haiti in two centuries.", "a1"),
    ("Port-au-Prince", "Officials in Port-au-Prince said the death toll would rise.", "a2"),
    ("Haiti", "The UN said Haiti needed tents and water above all.", "a2"),
]


def test_one_foreign_place_in_its_sentence_keeps_a_name_off_the_focus(geo: Geocoder) -> None:
    s = "Police in London said commuters fled the carriage at Pellham Square after the alarm."
    rows = [*_HAITI, ("London", s, "a3"), ("Pellham Square", s, "a3")]
    got = _resolve(geo, rows)
    assert got["Pellham Square"] is None
    assert got["Port-au-Prince"] is not None


def test_a_foreign_container_still_places_the_name_there(geo: Geocoder) -> None:
    s = "Commuters fled the carriage at Pellham Square in central London after the alarm."
    rows = [*_HAITI, ("Pellham Square", s, "a3"), ("London", s, "a3")]
    p = _resolve(geo, rows)["Pellham Square"]
    assert p is not None
    assert p.near_name == "London"  # type: ignore[attr-defined]


def test_article_mostly_about_elsewhere_keeps_a_name_off_the_focus(geo: Geocoder) -> None:
    rows = [
        *_HAITI,
        ("Glasgow", "A benefit gig in Glasgow raised money for the appeal.", "a3"),
        ("Edinburgh", "Fans in Edinburgh queued for tickets.", "a3"),
        ("Port-au-Prince", "The money will go to clinics in Port-au-Prince.", "a3"),
        ("Port-au-Prince", "Organisers said a lorry would drive supplies to Port-au-Prince.", "a3"),
        ("Los Angeles", "A second show is planned in Los Angeles next month.", "a3"),
        ("Scotland", "Bands from across Scotland joined the bill.", "a3"),
        ("Marlowe Concert Rooms", "The band played for two hours at the Marlowe Concert Rooms.", "a3"),
    ]
    got = _resolve(geo, rows)
    assert got["Marlowe Concert Rooms"] is None


def test_article_about_the_focus_still_places_a_local_name(geo: Geocoder) -> None:
    rows = [*_HAITI, ("Hotel Caribe Vista", "Guests were trapped when the Hotel Caribe Vista collapsed.", "a2")]
    got = _resolve(geo, rows)
    p = got["Hotel Caribe Vista"]
    assert p is not None
    assert p.precision == "vicinity"  # type: ignore[attr-defined]
    assert p.near_name == "Port-au-Prince"  # type: ignore[attr-defined]


def test_written_elsewhere_needs_the_focus_country_absent_or_outnumbered() -> None:
    assert not _written_elsewhere((Counter({"US": 1}), True), "SY")  # a country alone: see below
    assert _written_elsewhere((Counter({"GB": 3, "IQ": 2, "US": 1}), False), "IQ")
    assert not _written_elsewhere((Counter({"GB": 3, "IQ": 3}), False), "IQ")  # half is enough
    assert not _written_elsewhere((Counter(), False), "IQ")


# ---- a name written after another country's possessive is a body of that country, no town


class _Cand:
    def __init__(self, kind: str, cc: str) -> None:
        self.kind, self.country, self.match, self.geonameid = kind, cc, "name", 0


class _PossGeo(TableGeo):
    """Brandt and Marlow read as small towns in Brazil; Australia and Brazil as countries."""

    table = {
        "brandt": Place(id="p-b", name="Brandt", lat=-7.0, lon=-35.0, precision="town", country="BR", population=4_000),
        "marlow": Place(id="p-m", name="Marlow", lat=-8.0, lon=-35.5, precision="town", country="BR", population=9_000),
    }
    countries = {"australia": "AU", "brazil": "BR"}

    def candidates(self, name: str, city_first: bool = True) -> list[object]:
        cc = self.countries.get(fold(name))
        return [_Cand("country", cc)] if cc else []

    def __init__(self) -> None:
        super().__init__(self.table)  # resolve(): a lookup in the table (helpers.TableGeo)


def _placed_poss(text: str, spans: list[tuple[str, str]]) -> set[str]:
    sents = split(text)
    mentions = [m.model_copy(update={"article": "a"}) for m in span_mentions(text, sents, spans)]
    a = AnnotatedArticle(article=Article(id="a", file="a.txt", text=text), sentences=sents, mentions=mentions)
    return {p.name for p in understand([a], Options(), geocoder=_PossGeo(), kb=KnowledgeBase()).places}


def test_a_name_after_another_countrys_possessive_is_no_town() -> None:
    text = (
        "The steelmaker agreed to buy a stake in Australia's Brandt for $2 billion. Brandt shares rose. "
        "Floods closed roads in Marlow."
    )
    assert _placed_poss(text, [("Brandt", "GPE"), ("Marlow", "GPE")]) == {"Marlow"}


def test_a_town_after_its_own_countrys_possessive_or_written_as_a_place_stays() -> None:
    text = "Brazil's Brandt held a carnival. Floods closed roads in Marlow."
    assert _placed_poss(text, [("Brandt", "GPE"), ("Marlow", "GPE")]) == {"Brandt", "Marlow"}
    text = "Australia's Marlow Group bought land in Marlow. Floods closed roads in Brandt."
    assert _placed_poss(text, [("Marlow", "GPE"), ("Brandt", "GPE")]) == {"Brandt", "Marlow"}


def test_a_country_alone_in_its_sentence_keeps_a_local_name_near_the_focus(geo: Geocoder) -> None:
    s = "Monitors said fighting in Qasr Nadim, backed by strikes from the US-led coalition, ended."
    rows = [*_HAITI, ("Qasr Nadim", s, "a2"), ("US", s, "a2")]
    p = _resolve(geo, rows)["Qasr Nadim"]
    assert p is not None
    assert p.near_name == "Port-au-Prince"  # type: ignore[attr-defined]
