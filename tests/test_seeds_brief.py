"""End to end on the bundled example: the acceptance checks of the brief, measured."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from storyline import api
from storyline.records import Brief
from storyline.render import render

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def brief() -> Brief:
    result = api.process([str(ROOT / "examples" / "raqqa")])
    return api.make_brief(result)


@pytest.fixture(scope="module")
def b(brief: Brief) -> dict[str, Any]:
    return brief.to_dict()


def by_file(b: dict[str, Any], prefix: str) -> dict[str, Any]:
    return next(s for s in b["sources"] if Path(s["file"]).name.startswith(prefix))


def test_json_matches_the_schema(b: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "brief.schema.json").read_text())
    jsonschema.validate(b, schema)


def test_same_input_gives_byte_identical_json(brief: Brief) -> None:
    again = api.make_brief(api.process([str(ROOT / "examples" / "raqqa")]))
    assert render(brief, "json") == render(again, "json")


def test_publication_dates(b: dict[str, Any]) -> None:
    assert by_file(b, "001")["published"]["value"] == "2016-11-03"
    assert by_file(b, "003")["published"]["value"] == "2016-11-06"
    assert by_file(b, "004")["published"]["value"] == "2017-06-09"
    for name in ("000", "002"):
        pub = by_file(b, name)["published"]
        assert not (pub["value"] or "").startswith("2020")
        est = pub.get("estimate") or {}
        assert not str(est.get("earliest", "")).startswith("2020")


def test_outlets(b: dict[str, Any]) -> None:
    assert by_file(b, "003")["outlet"] == "CNN"
    assert by_file(b, "002")["outlet"] == "Sputnik"
    assert by_file(b, "000")["outlet"] not in ("CNN", "Interfax")
    assert by_file(b, "001")["outlet"] not in ("Reuters", "RIA Novosti", "RIA \u201cNovosti")


def test_debris_removed_and_body_kept(b: dict[str, Any]) -> None:
    s2 = by_file(b, "002")
    for debris in (
        "Listen Live",
        "Get short URL",
        "Comment via",
        "Over 10,000 Civilians Rescued",
        "(61)",
        "Community standards",
    ):
        assert debris not in s2["text"], debris
    assert "Share to" not in by_file(b, "001")["text"]
    assert "isolating Raqqa" in s2["text"] and "fourth stage" in s2["text"]
    assert "IS militants are not expected to give up easily." in by_file(b, "004")["text"]
    assert (
        "Raqqa siege could be toughest yet" not in by_file(b, "003")["text"] or True
    )  # inline headline: allowed either way


def _entity_with(b: dict[str, Any], name: str) -> dict[str, Any] | None:
    for e in b["entities"]:
        if name.lower() in {a.lower() for a in [e["name"], *e["aliases"]]}:
            return e
    return None


@pytest.mark.parametrize(
    "group", [("ISIS", "ISIL", "Daesh"), ("SDF", "Syrian Democratic Forces"), ("Ash Carter", "Ashton Carter")]
)
def test_aliases_are_one_entity(b: dict[str, Any], group: tuple[str, ...]) -> None:
    ids = {(_entity_with(b, n) or {}).get("id") for n in group}
    assert None not in ids and len(ids) == 1, group


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Raqqa", 35.95, 39.01),
        ("Mosul", 36.34, 43.13),
        ("Deir ez-Zor", 35.34, 40.14),
        ("Palmyra", 34.56, 38.28),
        ("Aleppo", 36.20, 37.16),
        ("Manchester", 53.48, -2.24),
    ],
)
def test_places_within_50km(b: dict[str, Any], name: str, lat: float, lon: float) -> None:
    norm = name.lower().replace("-", " ")
    hits = [p for p in b["places"] if norm in {a.lower().replace("-", " ") for a in [p["name"], *p["aliases"]]}]
    assert hits, f"{name} not among places"
    assert _km(hits[0]["lat"], hits[0]["lon"], lat, lon) <= 50


def test_tabqa_resolves_in_the_story_context_but_only_debris_names_it(b: dict[str, Any]) -> None:
    # In the seeds, Tabqa appears only in a removed related-link headline: it must not be on the map,
    # but the geocoder must place it right in this story's context.
    assert not [p for p in b["places"] if "tabqa" in p["name"].lower()]
    from storyline.annotate.places import Geocoder

    geo = Geocoder()
    geo.warm_up()
    names = [p["name"] for p in b["places"]] + ["Al-Tabqa"]
    tabqa = geo.resolve(names)[-1]
    assert tabqa is not None and tabqa.lat is not None and tabqa.lon is not None
    assert _km(tabqa.lat, tabqa.lon, 35.84, 38.55) <= 50


def test_a_place_the_gazetteer_lacks_is_near_the_storys_own_focus(b: dict[str, Any]) -> None:
    # "Al Meshleb" (a district of Raqqa) is not in the gazetteer: shown near the focus, which must stay Raqqa
    # although two machine-translated seeds write it "raqqa" (a rule reading a lower-case form as a common
    # noun once refused those mentions, and the focus became the United States)
    hits = [p for p in b["places"] if p["name"] == "Al Meshleb"]
    assert hits and hits[0]["country"] == "SY"
    assert _km(hits[0]["lat"], hits[0]["lon"], 35.95, 39.01) <= 50


def test_rakka_is_raqqa(b: dict[str, Any]) -> None:
    raqqa = [p for p in b["places"] if "rakka" in {a.lower() for a in p["aliases"]} or p["name"].lower() == "rakka"]
    assert raqqa and _km(raqqa[0]["lat"], raqqa[0]["lon"], 35.95, 39.01) < 50


@pytest.mark.parametrize("value", [30000, 40000, 200000, 4000, 12, 21, 700])
def test_figures_found_with_what_they_count(b: dict[str, Any], value: int) -> None:
    hits = [f for f in b["figures"] if f["value"] == value]
    assert hits, value
    assert all(f["what"] for f in hits)
    assert all(f["citations"] and f["citations"][0]["text"] for f in hits)


def test_no_figures_from_debris(b: dict[str, Any]) -> None:
    # "Over 10,000 Civilians Rescued" is a related-link headline; "(61)" a link counter.
    # ("tens of thousands" in the body is an order-of-magnitude figure, 10,000-99,999: allowed.)
    assert not [f for f in b["figures"] if f["value"] in (10000, 61) and f["qualifier"] != "order"]
    removed = {line.strip() for s in b["sources"] for line in s["removed"]}
    assert not [f for f in b["figures"] if f["citations"][0]["text"].strip() in removed]


def _entries(b: dict[str, Any], value: str) -> list[dict[str, Any]]:
    return [t for t in b["timeline"] if t["date"]["value"] == value]


def test_timeline_holds_the_key_dates(b: dict[str, Any]) -> None:
    mosul = [t for t in _entries(b, "2016-10-17") if "Mosul" in t["text"]]
    assert mosul and max(t["independent_sources"] for t in mosul) >= 2
    assert any("operations cent" in t["text"] for t in _entries(b, "2016-11-05"))
    assert _entries(b, "2016-11-06")
    assert any("second phase" in t["text"] for t in _entries(b, "2016-12-10"))
    spring = _entries(b, "2013-SP")
    assert spring and all(t["background"] for t in spring)


def test_no_unsupported_dates(b: dict[str, Any]) -> None:
    for t in b["timeline"]:
        assert not (t["date"]["value"] or "").startswith("2020")
        assert t["citations"], t
        for c in t["citations"]:
            src = next(s for s in b["sources"] if s["id"] == c["source"])
            assert c["text"] in src["text"] or c["text"] in " ".join(x["text"] for x in src["sentences"])


def test_sana_vs_observatory_disagreement(b: dict[str, Any]) -> None:
    found = [d for d in b["disagreements"] if {"12", "21"} <= {v["value"] for v in d["values"]}]
    assert found, b["disagreements"]
    speakers = " ".join(str(v["said_by"]) for v in found[0]["values"])
    assert "SANA" in speakers and "Observatory" in speakers


def test_sdf_strength_is_a_series_not_a_contradiction(b: dict[str, Any]) -> None:
    assert not [d for d in b["disagreements"] if {"30,000", "more than 40,000"} <= {v["value"] for v in d["values"]}]
    series = [s for s in b["series"] if {p["number"] for p in s["points"]} >= {30000, 40000}]
    assert series


def test_summary_is_cited_and_names_the_actors(b: dict[str, Any]) -> None:
    summary = b["summary"]
    assert 3 <= len(summary) <= 6
    assert sum(len(s["text"].split()) for s in summary) <= 170
    text = " ".join(s["text"] for s in summary)
    assert "Raqqa" in text and ("SDF" in text or "Syrian Democratic Forces" in text)
    assert any(n in text for n in ("ISIS", "Daesh", "ISIL", "Islamic State", "IS "))
    removed = {line for s in b["sources"] for line in s["removed"]}
    for s in summary:
        assert s["citations"]
        assert s["text"] not in removed


def test_html_has_timeline_map_and_citation_targets(brief: Brief) -> None:
    html = render(brief, "html")
    b = brief.to_dict()
    c = b["summary"][0]["citations"][0]
    assert f'id="s-{c["source"]}-{c["sentence"]}"' in html
    assert '<svg class="tl"' in html and '<svg class="map"' in html


def test_a_dateline_is_no_place_of_the_story_and_is_kept_as_removed(b: dict[str, Any]) -> None:
    # "WASHINGTON (Sputnik) —" says where the wire filed from, not where anything happened: it is cut from
    # the text (kept in the source's removed lines) and names no place on the map, least of all one in England
    # pulled there by the story's "Manchester, England"
    assert not any(p["name"] == "Washington" and p["country"] != "US" for p in b["places"])
    removed = [line for s in b["sources"] for line in s["removed"]]
    assert any(line.startswith("WASHINGTON (Sputnik)") for line in removed)


def test_places_are_named_as_the_sources_name_them(b: dict[str, Any]) -> None:
    names = {p["name"] for p in b["places"]}
    assert {"Raqqa", "Palmyra", "United States"} <= names
    raqqa = next(p for p in b["places"] if p["name"] == "Raqqa")
    assert "Ar Raqqah" in raqqa["aliases"]  # the gazetteer's name is kept as an alias
