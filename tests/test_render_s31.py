"""Session 31: what a fact-checker reads.  Who says what shows what was said, grouped by speaker, a wire
sentence printed in several articles once; the Figures table is grouped by what the figures count; every
table scrolls in its own box on a narrow screen and the page prints; an event on the map differs from a
place by shape, and the map says what it shows to a screen reader.  The sentences are our own, in the
style of wire copy."""

from __future__ import annotations

import re
from typing import Any

from storyline.records import Brief
from storyline.render import render
from storyline.render.common import sentence_texts
from storyline.render.geo_svg import MapPoint, svg_map
from storyline.render.readable import by_speaker, figure_groups

WIRE = "Mayor Ana Ruiz said the bridge would stay shut until engineers had checked every pillar."
S1 = [
    WIRE,
    "A police spokesman said 40 people were hurt and 3 were killed when the span gave way.",
    "Officials said <b>repairs</b> would cost $12 million.",
]
S2 = [
    "Ruiz told reporters on Friday that traffic would be sent through the old town.",
    '"We heard a crack and then the whole thing dropped," he said.',
    "The river carried 2,000 cubic metres a second past the ruins.",
]
S3 = [WIRE, "Divers found a fourth body on Saturday, taking the toll to 4."]


def _source(sid: str, n: int, sentences: list[str]) -> dict[str, Any]:
    text = "\n".join(sentences)
    out, at = [], 0
    for i, s in enumerate(sentences):
        out.append({"index": i, "start": at, "end": at + len(s), "text": s})
        at += len(s) + 1
    return {
        "id": sid,
        "file": f"bridge/{n}.txt",
        "title": f"Bridge collapse report {n}",
        "outlet": "Wire",
        "published": {"value": f"2012-05-0{n}", "precision": "day"},
        "language": "en",
        "removed": [],
        "text": text,
        "sentences": out,
    }


def _cite(sid: str, i: int, sentences: list[str]) -> dict[str, Any]:
    return {"source": sid, "sentence": i, "text": sentences[i]}


def _figure(sid: str, i: int, sentences: list[str], text: str, value: float, what: str, unit: str = "people"):
    return {
        "article": sid,
        "sentence": i,
        "start": 0,
        "end": len(text),
        "text": text,
        "value": value,
        "unit": unit,
        "what": what,
        "citations": [_cite(sid, i, sentences)],
    }


def _att(sid: str, i: int, speaker: str | None, entity: str | None, kind: str = "paraphrase") -> dict[str, Any]:
    return {"article": sid, "sentence": i, "speaker": speaker, "speaker_entity": entity, "kind": kind, "cue": "said"}


def _brief() -> dict[str, Any]:
    town = {"id": "p1", "name": "Harwick", "lat": 52.1, "lon": -1.2, "country": "GB", "precision": "town"}
    town["sources"] = ["a1", "a2", "a3"]
    county = {"id": "p2", "name": "Wessex", "lat": 51.0, "lon": -2.0, "country": "GB", "precision": "region"}
    county["sources"] = ["a1"]
    return {
        "schema": "storyline.brief/1",
        "title": "Bridge collapse",
        "sources": [_source("a1", 1, S1), _source("a2", 2, S2), _source("a3", 3, S3)],
        "places": [town, county],
        "events": [
            {
                "id": "ev1",
                "date": {"value": "2012-05-01"},
                "place": "p1",
                "text": "The bridge fell.",
                "citations": [_cite("a1", 1, S1)],
            }
        ],
        "figures": [
            _figure("a1", 1, S1, "40", 40, "wounded"),
            _figure("a1", 1, S1, "3", 3, "killed"),
            _figure("a1", 2, S1, "$12 million", 12e6, "money", "usd"),
            _figure("a2", 2, S2, "2,000", 2000, "flow", "m3/s"),
            _figure("a3", 1, S3, "4", 4, "killed"),
        ],
        "attributions": [
            _att("a1", 0, "Mayor Ana Ruiz", "e1"),
            _att("a1", 1, "A police spokesman", None),
            _att("a1", 2, "Officials", None),
            _att("a2", 0, "Ruiz", "e1"),
            _att("a2", 1, None, None, "quote"),
            _att("a3", 0, "Mayor Ana Ruiz", "e1"),
        ],
    }


def test_statements_are_grouped_by_speaker_with_their_sentence() -> None:
    b = _brief()
    groups = by_speaker(b["attributions"], sentence_texts(b["sources"]))
    # speakers in the order first quoted, the unnamed last; one entity under each of its spellings
    assert [names for names, _ in groups] == ["Mayor Ana Ruiz / Ruiz", "A police spokesman", "Officials", ""]
    ruiz = groups[0][1]
    assert [r["text"] for r in ruiz] == [WIRE, S2[0]]
    # the wire sentence printed in two articles is one statement citing both copies
    assert [(c["source"], c["sentence"]) for c in ruiz[0]["citations"]] == [("a1", 0), ("a3", 0)]
    assert groups[3][1][0]["text"] == S2[1]


def test_html_who_says_what_shows_the_sentence_escaped_and_grouped() -> None:
    html = render(Brief.model_validate(_brief()), "html")
    says = html[html.index('<section id="says">') : html.index('<section id="sources">')]
    assert says.count('<tbody class="speaker">') == 4
    assert '<th scope="rowgroup" rowspan="2">Mayor Ana Ruiz / Ruiz</th>' in says
    assert WIRE in says and "(the same sentence in 2 articles)" in says
    assert 'href="#s-a1-0"' in says and 'href="#s-a3-0"' in says  # each copy is one click away
    assert "speaker not named" in says and says.index("speaker not named") > says.index("Officials")
    # article text is untrusted: markup in a sentence is shown, never interpreted
    assert "<b>repairs</b>" not in says and "&lt;b&gt;repairs&lt;/b&gt;" in says
    # the citation's tooltip is the sentence, not empty
    assert f'title="{S2[0]}"' in says


def test_markdown_who_says_what_lists_statements_under_each_speaker() -> None:
    md = render(Brief.model_validate(_brief()), "md")
    says = md[md.index("## Who says what") : md.index("## Sources")]
    lines = [x for x in says.splitlines() if x.startswith("- ") or x.startswith("  - ")]
    assert lines[0] == "- **Mayor Ana Ruiz / Ruiz**"
    assert lines[1] == f"  - *paraphrase (said)*: {WIRE} [S1:0] [S3:0] *(the same sentence in 2 articles)*"
    assert lines[2] == f"  - *paraphrase (said)*: {S2[0]} [S2:0]"
    assert lines[-2] == "- **speaker not named**"
    assert lines[-1].startswith("  - *quote (said)*: ") and lines[-1].endswith("[S2:1]")


def test_figures_are_grouped_by_what_they_count() -> None:
    b = _brief()
    groups = figure_groups(b["figures"], None)
    # the two tolls together, first (two rows); then the others in order of first appearance
    assert [label for label, _ in groups] == ["killed", "wounded", "money", "flow"]
    assert [f["value"] for f, _ in groups[0][1]] == [3, 4]
    # the other sources reporting a value count toward its group's rank
    also = [0, 0, 0, 5, 0]
    assert next(label for label, _ in figure_groups(b["figures"], also)) == "flow"
    html = render(Brief.model_validate(b), "html")
    table = html[html.index('<table class="figures">') : html.index("</table>", html.index('<table class="figures">'))]
    heads = re.findall(r'<th colspan="6" scope="rowgroup">([^<]*)</th>', table)
    assert heads == ["killed", "wounded", "money", "flow"]
    md = render(Brief.model_validate(b), "md")
    rows = [x for x in md[md.index("## Figures") :].splitlines() if x.startswith("| ") and "[S" in x]
    assert [r.split(" | ")[1] for r in rows[:2]] == ["killed", "killed"]


def test_single_group_has_no_group_header() -> None:
    b = _brief()
    b["figures"] = [f for f in b["figures"] if f["what"] == "killed"]
    html = render(Brief.model_validate(b), "html")
    assert 'scope="rowgroup">killed<' not in html and "Grouped by what they count" not in html


def test_tables_scroll_in_their_box_and_the_page_prints() -> None:
    html = render(Brief.model_validate(_brief()), "html")
    assert html.count("<table") == html.count('<div class="tw"><table')  # no table widens the page
    assert "@media print" in html and "@media (max-width:640px)" in html
    assert "overflow-wrap:break-word" in html  # a long file path wraps
    assert not re.search(r"""(?:src|href)=["']https?://""", html)  # still opens offline


def test_event_pins_differ_from_places_by_shape_and_the_map_is_described() -> None:
    pts = [
        MapPoint(52.1, -1.2, "Harwick", "town", "place", "p-p1"),
        MapPoint(52.1, -1.2, "The bridge fell.", "town", "event", "t-0"),
        MapPoint(51.0, -2.0, "Wessex", "region", "place", "p-p2"),
    ]
    svg = svg_map(pts)
    assert 'aria-label="Map of 2 places and 1 event in the story; the places are listed in the Places table"' in svg
    event = svg[svg.index('class="mk event') :]
    assert event.index("<path d=") < event.index("</a>")  # a diamond, not a dot
    assert svg.count("<circle") == 2  # the town's dot and the region's ring
    html = render(Brief.model_validate(_brief()), "html")
    assert "◆ event" in html


def test_a_figure_repeated_in_several_articles_is_one_row_citing_each() -> None:
    b = _brief()
    # the same toll, claimant and date in two updates of a wire story; a third source gives the value too
    b["figures"][1]["as_of"] = "2012-05-01"
    copy = _figure("a3", 1, S3, "3", 3, "killed") | {"as_of": "2012-05-01"}
    b["figures"] = [*b["figures"][:4], copy]
    also = [0, 2, 0, 0, 2]  # "3 killed" is reported by a1, a3 and one source not shown
    killed = figure_groups(b["figures"], also)[0]
    assert killed[0] == "killed" and len(killed[1]) == 1
    row, other = killed[1][0]
    assert [(c["source"], c["sentence"]) for c in row["citations"]] == [("a1", 1), ("a3", 1)]
    assert other == 1  # the value's three sources less the two the row cites
    assert len(b["figures"][1]["citations"]) == 1  # the brief's own figure is not changed
    # without a cut (no "also"), the rows still merge and claim no other source
    (row, other), *_ = figure_groups(b["figures"], None)[0][1]
    assert len(row["citations"]) == 2 and other == 0
    md = render(Brief.model_validate(b), "md")
    assert md.count("| 3 | killed |") == 1 and "[S1:1] [S3:1]" in md


def test_range_keeps_the_bound_its_source_wrote() -> None:
    from storyline.render.common import figure_text

    base = {"qualifier": "range", "value": 45000, "value_max": 50000, "unit": "people", "what": "killed"}
    assert figure_text({**base, "text": "as many as 45,000-50,000"}) == "as many as 45,000–50,000"
    assert figure_text({**base, "text": "an estimated 45,000 to 50,000"}) == "an estimated 45,000–50,000"
    assert figure_text({**base, "text": "about four or five"}) == "about 45,000–50,000"
    # "between" and "from" only say it is a range, which the dash already says
    assert figure_text({**base, "text": "between 45,000 and 50,000"}) == "45,000–50,000"
    assert figure_text({**base, "text": "45,000-50,000"}) == "45,000–50,000"
