"""Session 30: dates read as a reader writes them (never raw TIMEX), disputed values dated, map pins that
lead somewhere.  The sentences are our own, in the style of wire copy."""

from __future__ import annotations

import re
from typing import Any

import pytest

from storyline.records import Brief
from storyline.render import render
from storyline.render.common import date_how, human_date, value_when


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        # a TIMEX century counts hundreds: "18" is the 1800s, the 19th century ("the late 19th century")
        ("18", "END", "late 19th century"),
        ("20", None, "21st century"),
        ("19", "MID", "mid-20th century"),
        # a part of day stays with its day, and takes the modifier ("mid-afternoon on Tuesday")
        ("2011-03-08TAF", "MID", "8 March 2011, mid-afternoon"),
        ("2011-03-07TNI", None, "7 March 2011, night"),
        ("2011-03-08TMO", "START", "8 March 2011, early morning"),
        # a clock time as written ("at about 2000 GMT on Thursday", "midnight on Friday")
        ("2011-03-10T20:00", "APPROX", "10 March 2011, about 20:00"),
        ("2011-03-11T24", None, "11 March 2011, midnight"),
        # a modifier on a whole day ("late Thursday", "earlier today")
        ("2011-03-10", "END", "late on 10 March 2011"),
        ("2011-03-10", "START", "early on 10 March 2011"),
        # a modifier on a week ("earlier this week", "later this week")
        ("2011-W10", "START", "early in the week of 7–13 March 2011"),
        ("2011-W10", "END", "late in the week of 7–13 March 2011"),
        # "nearly five years ago", "more than a decade ago": approximate, whichever side the bound is on
        ("2006", "LESS_THAN", "about 2006"),
        ("200", "MORE_THAN", "about the 2000s"),
        # "now", "recently", "soon" name no date
        ("PRESENT_REF", None, "the present (when written)"),
        ("PAST_REF", None, "an unspecified past time"),
        ("FUTURE_REF", None, "an unspecified future time"),
        # unknown parts are dropped, never shown as "XX"
        ("2011-07-XX", None, "July 2011"),
        ("XXXX-04-20", None, "20 April (year unknown)"),
        ("XXXX", None, "date unknown"),
        # unchanged: month, decade, week
        ("2011-03", "END", "late March 2011"),
        ("199", "START", "early 1990s"),
        ("2010-W24-WE", None, "weekend of 19–20 June 2010"),
    ],
)
def test_human_date_never_shows_raw_timex(value: str, mod: str | None, expected: str) -> None:
    assert human_date(value, None, mod) == expected


def test_date_how_in_words() -> None:
    assert date_how({"value": "2011-03-10", "anchor": "publication"}) == "resolved from the article's date"
    assert date_how({"value": "1998", "anchor": "absolute"}) == "written in full"
    assert date_how({"value": "FUTURE_REF", "anchor": "publication"}) == "vague: names no date"
    reason = "relative to an unknown publication date"
    assert date_how({"value": None, "anchor": "none", "reason": reason}) == reason


def test_value_when_prefers_the_sentence_date() -> None:
    assert value_when({"as_of": "2011-03-07TNI", "reported_on": "2011-03-09"}) == "as of 7 March 2011, night"
    assert value_when({"as_of": None, "reported_on": "2011-03-09"}) == "reported on 9 March 2011"
    assert value_when({"as_of": None, "reported_on": None}) == ""


def _brief() -> Brief:
    text = (
        "Rescuers said at least 14 people died when the dam burst on Monday night.\n"
        "The regional governor put the toll at 30 on Wednesday, and aid could arrive soon."
    )
    src: dict[str, Any] = {
        "id": "d1",
        "file": "flood/1.txt",
        "title": "Dam burst toll rises",
        "outlet": "Wire",
        "published": {"value": "2011-03-09", "precision": "day"},
        "language": "en",
        "removed": [],
        "text": text,
        "sentences": [
            {"index": 0, "start": 0, "end": 74, "text": text[:74]},
            {"index": 1, "start": 75, "end": len(text), "text": text[75:]},
        ],
    }
    c0 = {"source": "d1", "sentence": 0, "text": text[:74]}
    c1 = {"source": "d1", "sentence": 1, "text": text[75:]}
    town = {
        "id": "p1",
        "name": "Dalby",
        "lat": 50.1,
        "lon": 10.2,
        "country": "DE",
        "precision": "town",
        "sources": ["d1"],
    }
    return Brief.model_validate(
        {
            "schema": "storyline.brief/1",
            "title": "Dam burst",
            "sources": [src],
            "places": [town],
            "timeline": [
                {
                    "date": {"value": "2011-03-07", "precision": "day"},
                    "text": "The dam burst.",
                    "citations": [c0],
                    "independent_sources": 1,
                    "event": "ev1",
                }
            ],
            "events": [
                {
                    "id": "ev1",
                    "date": {"value": "2011-03-07"},
                    "place": "p1",
                    "text": "The dam burst.",
                    "citations": [c0],
                },
                {
                    "id": "ev2",
                    "date": {"value": "2011-03-09"},
                    "place": "p1",
                    "text": "Toll put at 30.",
                    "citations": [c1],
                },
            ],
            "disagreements": [
                {
                    "about": "killed — dam burst",
                    "kind": "value",
                    "values": [
                        {"value": "at least 14", "said_by": "Rescuers", "as_of": "2011-03-07TNI", "citations": [c0]},
                        {
                            "value": "30",
                            "said_by": "the regional governor",
                            "reported_on": "2011-03-09",
                            "citations": [c1],
                        },
                    ],
                }
            ],
            "series": [
                {
                    "about": "killed — dam burst",
                    "points": [
                        {"value": "at least 14", "as_of": "2011-03-07TNI", "said_by": "Rescuers", "citations": [c0]},
                        {"value": "30", "reported_on": "2011-03-09", "said_by": None, "citations": [c1]},
                    ],
                }
            ],
            "time_expressions": [
                {
                    "article": "d1",
                    "sentence": 0,
                    "text": "Monday night",
                    "type": "TIME",
                    "value": "2011-03-07TNI",
                    "anchor": "publication",
                },
                {
                    "article": "d1",
                    "sentence": 1,
                    "text": "soon",
                    "type": "DATE",
                    "value": "FUTURE_REF",
                    "anchor": "publication",
                },
            ],
        }
    )


def test_markdown_dates_and_disputes_read_as_dates() -> None:
    md = render(_brief(), "md")
    assert "| Monday night | 7 March 2011, night | resolved from the article's date | [S1:0] |" in md
    assert "| soon | an unspecified future time | vague: names no date | [S1:1] |" in md
    assert "TNI" not in md and "FUTURE_REF" not in md
    assert "- at least 14 (as of 7 March 2011, night) — Rescuers [S1:0]" in md
    assert "- 30 (reported on 9 March 2011) — the regional governor [S1:1]" in md
    # a series point reads like a side of a disagreement: its date's commas are not mistaken for the speaker's
    assert "  - at least 14 (as of 7 March 2011, night) — Rescuers [S1:0]" in md
    assert "  - 30 (reported on 9 March 2011) — unattributed [S1:1]" in md


def test_html_dates_disputes_and_map_pins() -> None:
    html = render(_brief(), "html")
    assert '<span title="2011-03-07TNI">7 March 2011, night</span>' in html
    assert "<td>at least 14</td><td>as of 7 March 2011, night</td><td>Rescuers</td>" in html
    assert "at least 14 (as of 7 March 2011, night) — Rescuers" in html
    # every link leads to an element of the page: the event on the timeline to its entry, the other to its sentence
    hrefs = set(re.findall(r'href="#([^"]*)"', html))
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert hrefs <= ids
    pins = re.findall(r'<a href="#([^"]+)" class="mk event', html)
    assert sorted(pins) == ["s-d1-1", "t-0"]


def test_an_entry_printed_in_more_articles_than_its_independent_sources_says_so() -> None:
    from storyline.render.common import sources_text

    cite = [{"source": s, "sentence": 3, "text": "x"} for s in ("a", "b", "c")]
    assert sources_text({"independent_sources": 1, "citations": cite}) == "1 independent source, printed in 3 articles"
    assert sources_text({"independent_sources": 3, "citations": cite}) == "3 independent sources"
    assert sources_text({"independent_sources": 2, "citations": cite[:2]}) == "2 independent sources"
