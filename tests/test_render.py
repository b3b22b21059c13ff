from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from storyline.errors import ConfigError
from storyline.records import Brief
from storyline.render import FORMATS, render
from storyline.render.common import human_date, place_coords
from storyline.render.html import date_position

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def sample_brief() -> Brief:
    src: dict[str, Any] = {
        "id": "a1",
        "file": "x/1.txt",
        "url": None,
        "title": "Title " + XSS,
        "outlet": "CNN",
        "outlet_evidence": "(CNN)",
        "author": "A. Writer",
        "contributors": ["B. Helper"],
        "published": {
            "value": "2016-11-06",
            "precision": "day",
            "evidence": "Updated Sun November 6, 2016",
            "method": "updated-line",
        },
        "language": "en",
        "language_confidence": 0.99,
        "language_low_confidence": False,
        "removed": ["Listen Live", XSS],
        "duplicate_of": None,
        "text": "First sentence " + XSS + ".\nSecond paragraph here.",
        "sentences": [
            {"index": 0, "start": 0, "end": 80, "text": "First sentence " + XSS + "."},
            {"index": 1, "start": 81, "end": 104, "text": "Second paragraph here."},
        ],
    }
    cite = {"source": "a1", "sentence": 0, "text": "First sentence"}
    return Brief.model_validate(
        {
            "schema": "storyline.brief/1",
            "title": "Story " + XSS,
            "sources": [src],
            "places": [
                {
                    "id": "p1",
                    "name": "Raqqa",
                    "lat": 35.95,
                    "lon": 39.01,
                    "country": "SY",
                    "precision": "town",
                    "aliases": ["raqqa"],
                    "sources": ["a1"],
                },
                {
                    "id": "p2",
                    "name": "Syria",
                    "lat": 35.0,
                    "lon": 38.0,
                    "country": "SY",
                    "precision": "country",
                    "aliases": [],
                    "sources": ["a1"],
                },
            ],
            "entities": [
                {
                    "id": "e1",
                    "name": "ISIS",
                    "type": "armed_group",
                    "aliases": ["Daesh", "ISIS"],
                    "mentions": [],
                    "sources": ["a1"],
                }
            ],
            "timeline": [
                {
                    "date": {"value": "2016-11-06", "precision": "day"},
                    "text": "Operation announced " + XSS,
                    "citations": [cite],
                    "independent_sources": 2,
                    "background": False,
                },
                {
                    "date": {"value": "2013-SP", "precision": "season"},
                    "text": "Capture",
                    "citations": [cite],
                    "independent_sources": 1,
                    "background": True,
                },
            ],
            "events": [
                {
                    "id": "ev1",
                    "type": "strategic_development",
                    "date": {"value": "2016-11-06", "precision": "day"},
                    "place": "p1",
                    "actors": {"actor1": ["e1"]},
                    "figures": [{"value": 12, "what": "killed"}],
                    "text": "Operation announced",
                    "citations": [cite],
                    "independent_sources": 2,
                }
            ],
            "figures": [
                {
                    "value": 40000,
                    "qualifier": "more_than",
                    "what": "fighters",
                    "about": "SDF",
                    "said_by": None,
                    "as_of": "2017-06-09",
                    "citations": [cite],
                }
            ],
            "disagreements": [
                {
                    "about": "killed in air strikes",
                    "values": [
                        {"value": "12", "said_by": "SANA", "citations": [cite]},
                        {"value": "21", "said_by": "SOHR", "citations": [cite]},
                    ],
                }
            ],
            "summary": [{"text": "Summary " + XSS, "citations": [cite]}],
            "warnings": ["x/2.txt: publication date unknown " + XSS],
        }
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_and_is_deterministic(fmt: str) -> None:
    b = sample_brief()
    assert render(b, fmt) == render(sample_brief(), fmt)


def test_json_is_the_contract() -> None:
    d = json.loads(render(sample_brief(), "json"))
    assert d["schema"] == "storyline.brief/1"
    for key in ("sources", "entities", "places", "timeline", "figures", "disagreements", "summary", "warnings"):
        assert isinstance(d[key], list)


def test_html_escapes_untrusted_text_and_is_self_contained() -> None:
    html = render(sample_brief(), "html")
    assert "<script>alert(1)" not in html and 'onerror="alert' not in html
    assert "&lt;script&gt;" in html
    for needle in ("http://", "https://", "//cdn", "<link "):
        assert needle not in html.replace("http://www.w3.org", "")
    assert 'id="s-a1-0"' in html and 'href="#s-a1-0"' in html  # citation → sentence anchor
    assert '<svg class="map"' in html and '<svg class="tl"' in html


def test_markdown_has_sources_table_and_removed_lines() -> None:
    md = render(sample_brief(), "md")
    assert "| S1 |" in md and "CNN" in md and "6 November 2016 (day)" in md
    assert "Listen Live" in md and "Removed as page debris" in md
    assert "spring 2013" in md and "background" in md


def test_renderers_tag_expected_entries() -> None:
    b = sample_brief()
    b.timeline[0]["expected"] = True
    assert "expected: every source reported it before this date" in render(b, "md")
    assert ">expected</span>" in render(b, "html")
    assert "expected" not in render(sample_brief(), "md")


def test_csv_has_acled_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(render(sample_brief(), "csv"))))
    assert rows[0]["event_date"] == "2016-11-06" and rows[0]["location"] == "Raqqa"
    assert rows[0]["fatalities"] == "12" and rows[0]["actor1"] == "ISIS" and rows[0]["time_precision"] == "1"
    assert {
        "event_date",
        "time_precision",
        "event_type",
        "actor1",
        "actor2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    } <= set(rows[0])


def test_geojson_has_places_and_events() -> None:
    g = json.loads(render(sample_brief(), "geojson"))
    kinds = [f["properties"]["kind"] for f in g["features"]]
    assert kinds.count("place") == 2 and kinds.count("event") == 1
    assert g["features"][0]["geometry"]["coordinates"] == [39.01, 35.95]


def test_unknown_format_lists_choices() -> None:
    with pytest.raises(ConfigError) as exc:
        render(sample_brief(), "pdf")
    assert "html" in exc.value.hint


@pytest.mark.parametrize(
    ("value", "precision", "mod", "expected"),
    [
        ("2016-11-06", "day", None, "6 November 2016"),
        ("2016-11", "month", None, "November 2016"),
        ("2013-SP", "season", None, "spring 2013"),
        ("2016-03", "month", "END", "late March 2016"),
        ("2016", "year", None, "2016"),
        (None, None, None, "date unknown"),
        ("2016-W44", "week", None, "week of 31 October – 6 November 2016"),
        ("2016-W43", "week", None, "week of 24–30 October 2016"),
        ("2016-W43-WE", "week", None, "weekend of 29–30 October 2016"),
        ("2016-H2", "half", None, "second half of 2016"),
    ],
)
def test_human_date_keeps_precision(value: str | None, precision: str | None, mod: str | None, expected: str) -> None:
    assert human_date(value, precision, mod) == expected


def test_date_position_orders_values() -> None:
    vals = ["2013-SP", "2016", "2016-10-17", "2016-11", "2016-12-10"]
    pos = [date_position(v) for v in vals]
    assert pos == sorted(pos)  # type: ignore[type-var]
    assert date_position(None) is None and date_position("PRESENT_REF") is None


def test_weeks_and_days_share_one_calendar() -> None:
    week = date_position("2009-W18")  # 27 April - 3 May 2009, its middle 30 April
    assert week is not None and date_position("2009-04-29") < week < date_position("2009-05-01")  # type: ignore[operator]
    assert date_position("2010-01-24") < date_position("2010-W04", "START")  # type: ignore[operator]  # 25-31 January
    assert date_position("2016-06-31") == date_position("2016-06-30")  # a month's end as date_bounds writes it


def test_early_and_late_move_within_the_period() -> None:
    late_2016, summer_2016 = date_position("2016", "END"), date_position("2016-SU")
    assert late_2016 is not None and summer_2016 is not None and late_2016 > summer_2016
    early_march, late_march = date_position("2016-03", "START"), date_position("2016-03", "END")
    assert early_march is not None and late_march is not None
    assert date_position("2016-02") < early_march < late_march < date_position("2016-04")  # type: ignore[operator]


@pytest.mark.parametrize(
    ("place", "shown"),
    [
        ({"lat": 35.95283, "lon": 39.00788, "precision": "town"}, "35.953, 39.008"),
        ({"lat": 35.01176, "lon": 38.25224, "precision": "country"}, "35, 38"),  # no false precision
        ({"lat": 52.53, "lon": -1.26, "precision": "region"}, "52.5, -1.3"),
        ({"lat": -0.3, "lon": -25.0, "precision": "water"}, "0, -25"),  # never "-0"
        ({"lat": 35.95, "lon": 39.0, "precision": "vicinity"}, "≈ 35.95, 39.00"),
        ({"lat": None, "lon": None, "precision": None}, "not located"),
    ],
)
def test_coordinates_are_shown_to_the_precision_of_the_place(place: dict[str, object], shown: str) -> None:
    assert place_coords(place) == shown


def test_timeline_strip_keeps_background_apart_and_labels_readable() -> None:
    from storyline.render.html import _timeline_svg, _year_ticks

    entries = [{"date": {"value": str(y)}, "text": "old", "background": True} for y in (1918, 1957, 1968)]
    entries += [{"date": {"value": f"2009-0{m}-1{m}"}, "text": "new", "background": False} for m in (4, 5, 6)]
    svg = _timeline_svg(entries)
    assert "earlier: 1918–1968" in svg and svg.count('class="tdot bg"') == 3
    assert "May" in svg and ">1920<" not in svg  # the axis spans the story's own months
    assert len(_year_ticks(1918.5, 2009.9)) <= 10  # a century is labelled every ten years, not every year
    assert [label for _, label in _year_ticks(2016.8, 2017.05)] == ["Nov 2016", "Dec", "2017"]


def test_a_date_read_from_the_path_says_so() -> None:
    from storyline.render.common import date_source

    assert date_source({"value": "2009-04-28", "method": "path (the folder ...)"}) == "from the file path"
    assert date_source({"value": "2016-11-06", "method": "url (the day ...)"}) == "from the url"
    assert date_source({"value": "2016-11-06", "method": "stamp month-name"}) == ""
    assert date_source({"value": None, "method": "none: no trustworthy date found"}) == ""


def test_renderers_say_when_not_every_undated_event_is_listed() -> None:
    d = sample_brief().to_dict()
    d["events"] += [
        {
            "id": f"u{i}",
            "type": "other",
            "date": {"value": None, "precision": "unknown"},
            "text": f"Thing {i}",
            "citations": [],
            "independent_sources": 1,
        }
        for i in range(3)
    ]
    row = {"type": "other", "citations": [], "independent_sources": 1}
    d["undated"] = [{"text": "Thing 0", **row}]
    note = "The 1 reported by most sources, of 3; all are in the JSON brief's events"
    assert note in render(Brief.model_validate(d), "md") and note[:40] in render(Brief.model_validate(d), "html")
    d["undated"] = [{"text": f"Thing {i}", **row} for i in range(3)]
    assert "reported by most sources" not in render(Brief.model_validate(d), "md")


def test_counts_agree_with_their_nouns() -> None:
    b = sample_brief()
    b.sources[0]["removed"] = ["Listen Live"]
    md, html = render(b, "md"), render(b, "html")
    assert "(1 line)" in md and "(1 lines)" not in md
    assert "(1 line)" in html and "(1 lines)" not in html
    assert "1 source ·" in html and "2 places ·" in html
    one_place = b.model_copy(update={"places": b.places[:1]})
    assert "1 place ·" in render(one_place, "html")
    assert "(2 lines)" in render(sample_brief(), "md")
