"""Self-contained HTML rendering: opens with no network (no CDN, no tiles, no fonts).

Everything from the articles is untrusted and escaped by Jinja2's autoescape.
Citations are links to ``#s-<source>-<sentence>``; the script highlights the
target sentence and scrolls to it (CSS ``:target`` does the same without script).
"""

from __future__ import annotations

from datetime import date
from html import escape
from importlib import resources
from typing import Any

from storyline.records import Brief
from storyline.render.common import (
    anchor,
    date_how,
    date_source,
    estimate_text,
    figure_counts,
    figure_text,
    human_date,
    near_name,
    place_coords,
    place_precision,
    sentence_texts,
    sources_text,
    undated_note,
    value_when,
    when_text,
)
from storyline.render.geo_svg import MapPoint, svg_map
from storyline.render.readable import by_speaker, figure_groups, readable
from storyline.story.events import date_position, year_fraction

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
_MAX_LABELS = 10
_EARLIER = 90  # px of the axis given to background entries, side by side and not to scale


def _year_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """(position, label) for the axis: quarters on a short span, else years at a round step that
    leaves at most ``_MAX_LABELS`` labels (1918-2009 gets 1920, 1940, ...; never 90 glued labels)."""
    if hi - lo < 3:
        out: list[tuple[float, str]] = []
        every = 1 if hi - lo < 1 else 3  # months under a year, else quarters
        for year in range(int(lo), int(hi) + 1):
            for month in range(0, 12, every):
                x = year_fraction(date(year, month + 1, 1).toordinal() - 0.5)  # the month's first moment
                if lo <= x <= hi:
                    name = _MONTH_ABBR[month]
                    out.append((x, f"{year}" if month == 0 else f"{name} {year}" if not out else name))
        return out
    step = next((k for k in _YEAR_STEPS if (hi - lo) / k <= _MAX_LABELS), _YEAR_STEPS[-1])
    first = -(-int(lo) // step) * step
    return [(float(y), str(y)) for y in range(first, int(hi) + 1, step) if lo <= y <= hi]


def _timeline_svg(entries: list[dict[str, Any]], width: int = 760) -> str:
    """The timeline strip.  Background entries (context from over a year before the story) sit in
    an "earlier" zone at the left, in date order but not to scale, so that a story of weeks is not
    squeezed into a corner by one mention of 1918; the axis then spans the story's own entries."""
    pts: list[tuple[float, int, dict[str, Any]]] = []
    for i, e in enumerate(entries):
        x = date_position(e["date"].get("value"), e["date"].get("mod"))
        if x is not None:
            pts.append((x, i, e))
    if not pts:
        return ""
    pad = 30
    main = [p for p in pts if not p[2].get("background")] or pts
    earlier = [p for p in pts if p[2].get("background")] if main is not pts else []
    left = pad + (_EARLIER if earlier else 0)
    lo = min(x for x, _, _ in main)
    hi = max(x for x, _, _ in main)
    if hi - lo < 0.1:
        lo, hi = lo - 0.05, hi + 0.05

    def px(x: float) -> float:
        return left + (x - lo) / (hi - lo) * (width - left - pad)

    ticks = [
        f'<line x1="{px(x):.1f}" x2="{px(x):.1f}" y1="52" y2="60"/><text x="{px(x):.1f}" y="74">{label}</text>'
        for x, label in _year_ticks(lo, hi)
    ]
    placed: list[tuple[float, float, int, dict[str, Any]]] = []  # (px, date, index, entry)
    if earlier:
        earlier.sort(key=lambda t: (t[0], t[1]))
        gap = (_EARLIER - 20) / max(len(earlier) - 1, 1)
        placed += [(pad + 4 + k * gap, x, i, e) for k, (x, i, e) in enumerate(earlier)]
        years = f"{int(earlier[0][0])}–{int(earlier[-1][0])}" if len(earlier) > 1 else f"{int(earlier[0][0])}"
        mid = pad + (_EARLIER - 16) / 2
        ticks.append(
            f'<text x="{mid:.1f}" y="74">earlier: {years}</text><text x="{left - 8:.1f}" y="60" class="brk">//</text>'
        )
    placed += [(px(x), x, i, e) for x, i, e in main]
    dots = []
    lanes: list[float] = []
    for X, _, i, e in sorted(placed, key=lambda t: (t[0], t[2])):
        lane = next((k for k, last in enumerate(lanes) if X - last > 12), len(lanes))
        if lane == len(lanes):
            lanes.append(X)
        lanes[lane] = X
        y = 44 - (lane % 4) * 10
        cls = "bg" if e.get("background") else "fg"
        title = (
            f"{human_date(e['date'].get('value'), e['date'].get('precision'), e['date'].get('mod'))}: {e['text'][:140]}"
        )
        dots.append(
            f'<a href="#t-{i}" class="tdot {cls}" data-entry="{i}"><circle cx="{X:.1f}" cy="{y}" r="5"><title>{escape(title)}</title></circle></a>'
        )
    axis = f'<line class="axis" x1="{left}" x2="{width - pad}" y1="56" y2="56"/>'
    if earlier:
        axis += f'<line class="axis" x1="{pad}" x2="{left - 14}" y1="56" y2="56"/>'
    return (
        f'<svg class="tl" viewBox="0 0 {width} 80" role="img" aria-label="Timeline">'
        f"{axis}{''.join(ticks)}{''.join(dots)}</svg>"
    )


def _sentences_html(source: dict[str, Any]) -> list[dict[str, Any]]:
    """Paragraphs of sentence spans with ids, from the sentence offsets (or plain paragraphs)."""
    text: str = source["text"]
    sents = source.get("sentences") or []
    paras: list[dict[str, Any]] = []
    if not sents:
        return [{"sentences": [{"id": None, "text": p}]} for p in text.split("\n") if p.strip()]
    cur: list[dict[str, Any]] = []
    last_end = 0
    for s in sents:
        if "\n" in text[last_end : s["start"]] and cur:
            paras.append({"sentences": cur})
            cur = []
        cur.append({"id": anchor(source["id"], s["index"]), "text": s["text"]})
        last_end = s["end"]
    if cur:
        paras.append({"sentences": cur})
    return paras


def _event_ref(ev: dict[str, Any], on_timeline: dict[Any, int], sources: set[str], places: set[str]) -> str:
    """Where an event's pin on the map leads: its timeline entry, else the sentence that reports it (when
    its article is shown), else its place's row; "" (a pin with no link) when the readable brief shows
    none of them, so that no pin leads nowhere."""
    if ev.get("id") in on_timeline:
        return f"t-{on_timeline[ev['id']]}"
    for c in ev.get("citations") or []:
        if c["source"] in sources:
            return anchor(c["source"], c["sentence"])
    return f"p-{ev['place']}" if ev.get("place") in places else ""


def render_html(brief: Brief) -> str:
    from jinja2 import Environment, select_autoescape

    full = brief.to_dict()
    b = readable(full)  # the long sections cut for reading (the web story page too); JSON keeps all
    sources = b["sources"]
    short = {s["id"]: f"S{i + 1}" for i, s in enumerate(full["sources"])}
    places = {p["id"]: p for p in full["places"]}
    points = [
        MapPoint(
            p["lat"],
            p["lon"],
            p["name"],
            p.get("precision") or "unknown",
            "place",
            f"p-{p['id']}",
            near=near_name(p, places) or "",
            weight=len(p.get("sources") or []),  # most-named places are labelled first
        )
        for p in b["places"]
        if p.get("lat") is not None and p.get("lon") is not None
    ]
    on_timeline = {t.get("event"): k for k, t in enumerate(b["timeline"])}
    shown = ({s["id"] for s in sources}, {p["id"] for p in b["places"]})
    for ev in b.get("events", []):
        p = places.get(ev.get("place") or "")
        # an event is pinned only where the sources locate it at least to a district; an event
        # "in Syria" is shown by the country's ring, not by a pin that looks precise
        if p and p.get("lat") is not None and p.get("precision") in ("point", "town", "district"):
            points.append(
                MapPoint(
                    p["lat"],
                    p["lon"],
                    ev.get("text", "")[:80],
                    p.get("precision") or "unknown",
                    "event",
                    _event_ref(ev, on_timeline, *shown),
                    weight=0,
                )
            )
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["human_date"] = lambda d: (
        human_date(d.get("value"), d.get("precision"), d.get("mod")) if isinstance(d, dict) else human_date(d)
    )
    env.filters["when"] = when_text
    env.filters["value_when"] = value_when
    env.filters["undated_note"] = undated_note
    env.filters["figure"] = figure_text
    env.filters["counts"] = figure_counts
    env.filters["estimate"] = estimate_text
    env.filters["date_source"] = date_source
    env.globals["anchor"] = anchor
    env.globals["date_how"] = date_how
    env.globals["place_precision"] = lambda p: place_precision(p, places)
    env.globals["place_coords"] = place_coords
    env.globals["short"] = short
    env.globals["sources_text"] = sources_text
    texts = sentence_texts(full["sources"])
    env.globals["said"] = lambda source, sentence: texts.get((source, sentence), "")
    template = env.from_string(
        resources.files("storyline.render").joinpath("templates/brief.html.j2").read_text("utf-8")
    )
    return template.render(
        b=b,
        sources=sources,
        places=places,
        map_svg=svg_map(points),
        timeline_svg=_timeline_svg(b["timeline"]),
        counts={"sources": len(full["sources"]), "places": len(full["places"])},
        figure_groups=figure_groups(b["figures"], b.get("figure_also")),
        paragraphs={s["id"]: _sentences_html(s) for s in sources},
        says=by_speaker(b.get("attributions") or [], texts),
    )
