"""The readable briefs (Markdown, HTML) cut long sections to what a reader takes in; JSON keeps all.

Invented records only: a pile of made-up sources about a made-up flood in "Lowmere".
"""

from __future__ import annotations

import json
from typing import Any

from storyline.records import Brief
from storyline.render import render
from storyline.render.readable import (
    MAX_ACTORS,
    MAX_ATTRIBUTIONS,
    MAX_FIGURES,
    MAX_PLACES,
    MAX_SOURCES,
    MAX_WARNINGS,
    PER_SPEAKER,
    distinctive,
    readable,
)

XSS = "<script>alert(1)</script>"


def _cite(src: int, sent: int = 0) -> dict[str, Any]:
    return {"source": f"src{src:03d}", "sentence": sent, "text": f"Sentence {sent} of source {src}."}


def _source(i: int) -> dict[str, Any]:
    text = f"Sentence 0 of source {i}. Sentence 1 of source {i}."
    return {
        "id": f"src{i:03d}",
        "file": f"pile/{i}.txt",
        "title": f"Flood report {i}",
        "outlet": "Lowmere Gazette",
        "published": {"value": "2031-05-04", "precision": "day"},
        "language": "en",
        "text": text,
        "sentences": [
            {"index": 0, "start": 0, "end": 24 + len(str(i)), "text": f"Sentence 0 of source {i}."},
            {"index": 1, "start": 25 + len(str(i)), "end": len(text), "text": f"Sentence 1 of source {i}."},
        ],
    }


def big_brief(n_sources: int = 60, n_figures: int = 100) -> dict[str, Any]:
    """A pile with far more figures, actors, places, statements and notes than the caps."""
    figures = [
        {"value": 1000 + 7 * k, "qualifier": "exact", "what": "displaced", "citations": [_cite(k % n_sources, 1)]}
        for k in range(n_figures)
    ]
    # one value five sources report (a real corroboration), placed late in the list
    figures += [
        {"value": 52_000, "qualifier": "exact", "what": "evacuated", "citations": [_cite(s, 1)]} for s in range(5)
    ]
    last = n_sources - 1
    if n_figures > 78:
        figures[77]["about"] = "levee " + XSS
        figures[77]["citations"] = [_cite(last, 0)]  # the summary's sentence
        figures[78]["citations"] = [_cite(last - 1, 0)]  # a series point
    actors = [
        {
            "id": f"a{k}",
            "name": f"Actor {k}",
            "type": "person",
            "aliases": [],
            "mentions": [{"source": f"src{s:03d}", "sentence": 1, "text": "x"} for s in range(k % 7 + 1)],
            "sources": [f"src{s:03d}" for s in range(k % 7 + 1)],
        }
        for k in range(90)
    ]
    actors[3]["mentions"] = [{"source": f"src{last:03d}", "sentence": 0, "text": "Actor 3"}]  # in the summary
    actors[3]["sources"] = [f"src{last:03d}"]
    places = [
        {"id": f"p{k}", "name": f"Place {k}", "lat": 1.0, "lon": 2.0, "precision": "town", "aliases": []}
        | {"sources": [f"src{s:03d}" for s in range(k % 5 + 1)]}
        for k in range(70)
    ]
    attributions = [
        {"article": f"src{k % n_sources:03d}", "sentence": 1, "speaker": f"Speaker {k % 30}"}
        | {"speaker_entity": f"a{k % 30}", "kind": "quote", "cue": "said"}
        for k in range(200)
    ]
    attributions.append(
        {
            "article": f"src{last:03d}",
            "sentence": 0,
            "speaker": "a nobody " + XSS,
            "speaker_entity": None,
            "kind": "report",
        }
    )
    return {
        "schema": "storyline.brief/1",
        "title": "Flood in Lowmere",
        "sources": [_source(i) for i in range(n_sources)],
        "entities": actors,
        "places": places,
        "figures": figures,
        "attributions": attributions,
        "summary": [{"text": "The river rose.", "citations": [_cite(last, 0)]}],
        "timeline": [],
        "series": [
            {
                "about": "displaced",
                "points": [{"value": "1,546", "number": 1546.0, "citations": [_cite(last - 1, 0)]}],
            }
        ],
        "warnings": [f"pile/{k}.txt: outlet unknown" for k in range(80)] + ["places not resolved: Nowhere"],
    }


def test_a_big_brief_shows_the_caps_and_says_so() -> None:
    d = big_brief()
    md = render(Brief.model_validate(d), "md")
    assert f"Showing {MAX_FIGURES} of 105 figures" in md
    assert f"Showing {MAX_ACTORS} of 90 actors" in md
    assert f"Showing {MAX_PLACES} of 70 places" in md
    assert f"Showing {MAX_ATTRIBUTIONS} of 201 statements" in md
    assert f"Showing {MAX_WARNINGS} of 81 notes" in md
    assert "all are in the JSON brief" in md
    figures_section = md.split("## Figures\n", 1)[1].split("\n## ", 1)[0]
    assert figures_section.count("\n| ") == MAX_FIGURES + 1  # header + rows
    # the JSON brief keeps everything
    full = json.loads(render(Brief.model_validate(d), "json"))
    assert len(full["figures"]) == 105 and len(full["attributions"]) == 201 and len(full["sources"]) == 60


def test_cited_and_compared_items_are_never_cut() -> None:
    v = readable(big_brief())
    values = [f["value"] for f in v["figures"]]
    assert 1000 + 7 * 77 in values  # stated in a summary sentence
    assert 1000 + 7 * 78 in values  # a point of a series
    assert 52_000 in values and values.count(52_000) == 1  # the corroborated value, one row
    assert any(e["id"] == "a3" for e in v["entities"])  # named in the summary, though one source
    assert any(a["speaker_entity"] is None for a in v["attributions"])  # stated in the summary sentence
    assert "Nowhere" in " ".join(v["warnings"])  # story-wide notes come first
    i = values.index(52_000)
    assert v["figure_also"][i] == 4


def test_rows_keep_the_brief_order_and_speakers_are_varied() -> None:
    d = big_brief()
    v = readable(d)
    order = {id(f): k for k, f in enumerate(d["figures"])}
    assert [order[id(f)] for f in v["figures"]] == sorted(order[id(f)] for f in v["figures"])
    by_speaker: dict[str, int] = {}
    for a in v["attributions"]:
        key = a["speaker_entity"] or ""
        by_speaker[key] = by_speaker.get(key, 0) + 1
    assert max(by_speaker.values()) <= PER_SPEAKER
    ranked = [e["id"] for e in v["entities"]]
    assert "a6" in ranked and "a7" not in ranked  # seven sources beat one


def test_big_pile_lists_only_cited_sources_with_their_numbers() -> None:
    d = big_brief()
    v = readable(d)
    assert len(d["sources"]) > MAX_SOURCES and len(v["sources"]) < len(d["sources"])
    md = render(Brief.model_validate(d), "md")
    assert "| S60 |" in md  # cited by the summary: numbered as in the whole pile
    assert f"of {len(d['sources'])} sources (those cited above)" in md
    html = render(Brief.model_validate(d), "html")
    assert f"{len(d['sources'])} sources · 0 dated entries · 70 places" in html  # the header counts the pile
    for cite in ('href="#s-src059-0"', 'href="#s-src058-0"'):  # every shown citation keeps its target
        assert cite in html and f'id="{cite[7:-1]}"' in html


def test_html_is_cut_the_same_and_still_escaped() -> None:
    html = render(Brief.model_validate(big_brief()), "html")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html
    assert f"Showing {MAX_FIGURES} of 105 figures" in html
    assert html.count('<tr id="a-') == MAX_ACTORS
    assert "(and 4 other sources)" in html


def test_small_briefs_are_unchanged_and_have_no_note() -> None:
    d = big_brief(n_sources=5, n_figures=10)
    d["entities"] = d["entities"][:12]
    d["places"] = d["places"][:8]
    d["attributions"] = d["attributions"][:20]
    d["warnings"] = d["warnings"][:3]
    v = readable(d)
    for key in ("figures", "entities", "places", "attributions", "sources", "warnings"):
        assert v[key] == d[key], key
    assert v["notes"] == {} and "figure_also" not in v
    for fmt in ("md", "html"):
        out = render(Brief.model_validate(d), fmt)
        assert "Showing " not in out and "all are in the JSON brief" not in out
    assert readable(Brief().to_dict())["notes"] == {}


def test_only_distinctive_values_count_as_corroborated() -> None:
    assert distinctive({"value": 700e9, "what": "money"})
    assert distinctive({"value": 6.1, "what": "percent"})
    assert distinctive({"value": 12, "what": "killed"})
    assert not distinctive({"value": 10, "what": "percent"})  # recurs unrelated in any pile
    assert not distinctive({"value": 3, "what": "people"})
    assert not distinctive({"value": 1e6, "qualifier": "order", "what": "people"})  # "millions"


def test_big_pile_markdown_counts_page_debris_instead_of_listing_it() -> None:
    d = big_brief()
    for s in d["sources"]:
        s["removed"] = ["Listen Live", "Get short URL", "Related: another flood"]
    d["sources"][-1]["removed"] = ["Subscribe"]
    md = render(Brief.model_validate(d), "md")
    assert "Get short URL" not in md and "<details>" not in md
    assert "*3 lines removed as page debris (listed in the JSON brief).*" in md
    assert "*1 line removed as page debris" in md
    small = big_brief(n_sources=5, n_figures=10)
    small["sources"][0]["removed"] = ["Get short URL"]
    assert "Get short URL" in render(Brief.model_validate(small), "md")  # a small pile lists it


def test_things_of_type_other_take_rows_only_after_every_actor() -> None:
    d = big_brief()
    d["entities"][6]["type"] = "other"  # "a6": seven sources, but an index or a period, no actor
    ranked = [e["id"] for e in readable(d)["entities"]]
    assert "a6" not in ranked and "a13" in ranked  # a seven-source actor keeps its row
    d["entities"] = [e for e in d["entities"] if e["type"] == "other" or e["id"] in ("a1", "a2")]
    assert [e["id"] for e in readable(d)["entities"]][-1] == "a6"  # room left: it comes last
