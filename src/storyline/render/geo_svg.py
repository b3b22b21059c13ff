"""An offline SVG map: Natural Earth outlines (vendored TopoJSON) + the brief's points.

No tiles, no script, no network: the outlines that fall in the view are inlined as
SVG paths.  Precision is drawn honestly: a point or town is a dot, a region a
larger ring, a country a wide translucent ring ("somewhere in Syria"), and names the
gazetteer lacks (precision "vicinity": "Royal Street", near New Orleans) one dashed,
unfilled ring around the place they were put near, never a dot.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

RADIUS = {
    "point": 4,
    "town": 5,
    "vicinity": 12,
    "district": 9,
    "region": 18,
    "river": 14,
    "country": 30,
    "continent": 40,
}


@dataclass(frozen=True)
class MapPoint:
    lat: float
    lon: float
    label: str
    precision: str
    kind: str  # place | event
    ref: str  # element id to link to; "": nothing to link to
    near: str = ""  # precision "vicinity": the name of the place it was put near
    weight: float | None = None  # how many sources name it; None: the list's order ranks the points


@lru_cache(maxsize=1)
def _countries() -> list[tuple[tuple[float, float, float, float], list[list[tuple[float, float]]]]]:
    """Decode the vendored TopoJSON once: [(bbox, rings)] per country."""
    raw = resources.files("storyline.render").joinpath("vendor/countries-50m.json").read_text("utf-8")
    topo: dict[str, Any] = json.loads(raw)
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indices:
            seg = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(seg if not pts else seg[1:])
        return pts

    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = (
            [geom["arcs"]]
            if geom.get("type") == "Polygon"
            else geom.get("arcs", [])
            if geom.get("type") == "MultiPolygon"
            else []
        )
        rings = [ring(r) for poly in polys for r in poly]
        rings = [r for r in rings if len(r) > 2]
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out.append(((min(xs), min(ys), max(xs), max(ys)), rings))
    return out


TOLERANCE = 0.6
"""Outline points closer than this many pixels to the last one kept are not drawn: a world-wide
view of the 1:50m outlines would otherwise inline a megabyte of points no screen can show."""


def _ring_path(pts: list[tuple[float, float]]) -> str:
    """An SVG path of one projected ring, thinned to what the map's pixels can show; "" for a ring
    smaller than a pixel."""
    xs = [x for x, _ in pts]
    ys = [y for _, y in pts]
    if max(xs) - min(xs) < 1 and max(ys) - min(ys) < 1:
        return ""
    kept = [pts[0]]
    for x, y in pts[1:-1]:
        lx, ly = kept[-1]
        if abs(x - lx) >= TOLERANCE or abs(y - ly) >= TOLERANCE:
            kept.append((x, y))
    kept.append(pts[-1])
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in kept) + "Z"


def _unwrap(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring cut into the pieces between its jumps across the antimeridian (Russia's Chukotka, Fiji,
    Antarctica): each piece closes along the 180th meridian instead of a line across the world."""
    jumps = [i for i in range(1, len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > 180]
    if not jumps:
        return [ring]
    ring = ring[jumps[0] :] + ring[1 : jumps[0]]  # start after the first jump (drop the repeated start)
    pieces: list[list[tuple[float, float]]] = [[ring[0]]]
    for a, b in itertools.pairwise(ring):
        if abs(b[0] - a[0]) > 180:
            pieces.append([])
        pieces[-1].append(b)
    return pieces


def _clip(pts: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """The part of a projected ring inside ``box`` (Sutherland-Hodgman against its four sides): a
    zoomed view inlines only the coasts and borders it shows, not whole countries around it."""
    x0, y0, x1, y1 = box
    sides = (
        (lambda p: p[0] >= x0, lambda a, b: (x0, a[1] + (b[1] - a[1]) * (x0 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= x1, lambda a, b: (x1, a[1] + (b[1] - a[1]) * (x1 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= y0, lambda a, b: (a[0] + (b[0] - a[0]) * (y0 - a[1]) / (b[1] - a[1]), y0)),
        (lambda p: p[1] <= y1, lambda a, b: (a[0] + (b[0] - a[0]) * (y1 - a[1]) / (b[1] - a[1]), y1)),
    )
    out = pts
    for inside, cut in sides:
        if not out:
            break
        ring, out = out, []
        prev = ring[-1]
        for cur in ring:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
    return out


RINGS = frozenset({"region", "river", "country", "continent", "vicinity"})
"""Precisions drawn as a translucent or unfilled ring: a label may lie over one, never over a dot."""
FRAME_WEIGHT = {"country": 0.25, "continent": 0.1, "region": 0.5, "river": 0.5}
"""How much a place counts when the map chooses what to frame (others 1): a country's position is
its centroid, which says little about where the story happens."""
EVENT_WEIGHT = 0.5
FRAME_SHARE = 0.5
"""The map zooms to a region only when the places inside it weigh at least this share of all
(and hold the most-named place); the places left outside are listed under the map."""
FRAME_SPANS = (6.0, 9.0, 13.0, 20.0, 30.0, 45.0, 70.0)
"""Latitude spans (degrees) of the views tried, smallest first."""
FONT = 11.0
"""Label font size in map units (the CSS ``svg.map text`` size)."""
HALO = 1.5
"""Half the width of the white halo drawn around a label (CSS stroke-width 3px)."""


def _char_width(c: str) -> float:
    """Estimated advance of one character in ems for a sans-serif font (no font metrics offline)."""
    if c in "iljtfrI.,;:'!|()[] -":
        return 0.33
    if c in "mwMW":
        return 0.85
    if c.isupper():
        return 0.68
    return 0.56


def text_width(text: str, size: float = FONT) -> float:
    """Estimated rendered width of ``text`` at font ``size`` (errs wide: an overlap is worse than a gap)."""
    return sum(_char_width(c) for c in text) * size


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _hits(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _candidates(x: float, y: float, r: float, w: float, h: float, ring: bool) -> list[Box]:
    """Label boxes around a marker at (x, y), best first: right, left, above, below, then the diagonals.
    A ring's label may sit on the ring (its middle first): the ring is translucent."""
    g = 2.0 + HALO
    d = r * 0.71 + g
    out = []
    if ring:
        out.append((x - w / 2, y - h / 2))
        r, d = r * 0.4, r * 0.3 + g
    out += [
        (x + r + g, y - h / 2),  # right
        (x - r - g - w, y - h / 2),  # left
        (x - w / 2, y - r - g - h),  # above
        (x - w / 2, y + r + g),  # below
        (x + d, y - d - h),  # upper right
        (x + d, y + d),  # lower right
        (x - d - w, y - d - h),  # upper left
        (x - d - w, y + d),  # lower left
    ]
    return [(bx, by, bx + w, by + h) for bx, by in out]


def _frame(located: list[MapPoint], aspect: float) -> list[int]:
    """The indices of the points the map frames: the smallest view (of ``FRAME_SPANS``) that holds
    ``FRAME_SHARE`` of the points' weight and the most-named place, widened while the next view (the
    whole world after the largest) would take in a tenth more of the weight; all points when none does."""
    weights = [EVENT_WEIGHT if p.kind == "event" else FRAME_WEIGHT.get(p.precision, 1.0) for p in located]
    total = sum(weights)
    places = [i for i, p in enumerate(located) if p.kind == "place"] or list(range(len(located)))
    precise = [i for i in places if located[i].precision not in FRAME_WEIGHT] or places
    top = min(precise, key=lambda i: (-(located[i].weight or 0), i))
    lats = sorted({p.lat for p in located})
    lons = sorted({p.lon for p in located})

    def best(span: float) -> tuple[float, list[int]]:
        found: tuple[float, list[int]] = (0.0, [])
        for lat0 in lats:
            if not lat0 <= located[top].lat <= lat0 + span:
                continue
            lon_span = span * aspect / max(math.cos(math.radians(min(abs(lat0 + span / 2), 80))), 0.17)
            for lon0 in lons:
                if not lon0 <= located[top].lon <= lon0 + lon_span:
                    continue
                inside = [
                    i
                    for i, p in enumerate(located)
                    if lat0 <= p.lat <= lat0 + span and lon0 <= p.lon <= lon0 + lon_span
                ]
                w = sum(weights[i] for i in inside)
                if w > found[0]:
                    found = (w, inside)
        return found

    views = [best(span) for span in FRAME_SPANS]
    for k, (w, inside) in enumerate(views):
        if w < FRAME_SHARE * total:
            continue
        if (views[k + 1][0] if k + 1 < len(views) else total) - w >= 0.1 * total:
            continue
        return inside
    return list(range(len(located)))


def _place_labels(
    items: list[tuple[str, float, float, float, bool]], obstacles: list[Box], width: int, height: int
) -> list[tuple[Box, bool]]:
    """Greedy label placement over ``items`` (text, x, y, marker radius, ring) in importance order: each
    label takes its first candidate box inside the map that touches no placed label and no dot; a
    label that finds none gets a number instead (placed the same way; at its first candidate when
    even a number has no room).  Returns (box, numbered) per item."""
    taken: list[Box] = []
    out: list[tuple[Box, bool]] = []
    h = FONT * 1.1 + 2 * HALO

    def fits(b: Box, own: Box) -> bool:
        if b[0] < 0 or b[1] < 0 or b[2] > width or b[3] > height:
            return False
        return not any(_hits(b, o) for o in obstacles if o != own) and not any(_hits(b, t) for t in taken)

    numbered = 0
    for text, x, y, r, ring in items:
        own = (x - r, y - r, x + r, y + r)
        w = text_width(text) + 2 * HALO
        box = next((b for b in _candidates(x, y, r, w, h, ring) if fits(b, own)), None)
        if box is not None:
            taken.append(box)
            out.append((box, False))
            continue
        numbered += 1
        w = text_width(str(numbered)) + 2 * HALO
        # a number by its marker, else one further out (drawn with a leader line), else by force
        cands = [b for reach in (0.0, 8.0, 16.0, 26.0) for b in _candidates(x, y, r + reach, w, h, ring)]
        num = next((b for b in cands if fits(b, own)), cands[0])
        taken.append(num)
        out.append((num, True))
    return out


def svg_map(points: list[MapPoint], width: int = 760, height: int = 420) -> str:
    """The map of ``points`` as an inline SVG, followed by a short HTML key when needed: the places
    numbered on the map for want of room for their names, and the places outside the view (the map
    frames the region where most of the story's places are)."""
    located = [p for p in points if -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    if not located:
        return '<p class="muted">No place could be located on the map.</p>'
    framed = set(_frame(located, width / height))
    shown = [p for i, p in enumerate(located) if i in framed]
    outside = [p for i, p in enumerate(located) if i not in framed]
    lats = [p.lat for p in shown]
    lons = [p.lon for p in shown]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    clat, clon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    kx = math.cos(math.radians(max(min(clat, 80), -80)))
    span = max(lat1 - lat0, (lon1 - lon0) * kx * height / width, 4.0) * 1.35
    scale = height / span
    half_w, half_h = width / 2 / scale, height / 2 / scale

    def proj(lon: float, lat: float) -> tuple[float, float]:
        return (width / 2 + (lon - clon) * kx * scale, height / 2 - (lat - clat) * scale)

    view = (clon - half_w / kx - 1, clat - half_h - 1, clon + half_w / kx + 1, clat + half_h + 1)
    frame = (-8.0, -8.0, width + 8.0, height + 8.0)
    paths = []
    for (bx0, by0, bx1, by1), rings in _countries():
        if bx1 < view[0] or bx0 > view[2] or by1 < view[1] or by0 > view[3]:
            continue
        clipped = (_clip([proj(x, y) for x, y in piece], frame) for r in rings for piece in _unwrap(r))
        d = [ring for ring in (_ring_path(c) for c in clipped if len(c) > 2) if ring]
        if d:
            paths.append(f'<path d="{"".join(d)}"/>')
    marks = []
    # names placed in the same vicinity share one dashed ring; its tooltip lists them
    vicinity: dict[tuple[float, float], list[MapPoint]] = {}
    for p in shown:
        if p.precision == "vicinity":
            vicinity.setdefault((p.lat, p.lon), []).append(p)
    for (lat, lon), group in vicinity.items():
        x, y = proj(lon, lat)
        rad = RADIUS["vicinity"]
        names = ", ".join(dict.fromkeys(p.label for p in group))
        near = group[0].near
        title = escape(f"{names}: {'near ' + near if near else 'vicinity'} (not in gazetteer)")
        marks.append(
            f'<a href="#{escape(group[0].ref)}" class="mk place prec-vicinity"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{rad}" fill="none" stroke-dasharray="3 2"><title>{title}</title></circle></a>'
        )
    dots: list[Box] = []
    for p in sorted(shown, key=lambda q: -RADIUS.get(q.precision, 6)):
        if p.precision == "vicinity":
            continue
        x, y = proj(p.lon, p.lat)
        rad = RADIUS.get(p.precision, 6)
        if p.precision not in RINGS:
            dots.append((x - rad, y - rad, x + rad, y + rad))
        cls = f"mk {p.kind} prec-{escape(p.precision)}"
        label = escape(f"{p.label} ({p.precision})")
        # a point with nothing to lead to (an event the readable brief does not show) is a pin, not a link
        tag, href = ("a", f' href="#{escape(p.ref)}"') if p.ref else ("g", "")
        if p.kind == "event":  # a diamond, not a dot: an event differs from a place by shape, not colour alone
            k = rad * 1.3
            shape = f'<path d="M{x:.1f} {y - k:.1f}L{x + k:.1f} {y:.1f}L{x:.1f} {y + k:.1f}L{x - k:.1f} {y:.1f}Z">'
            marks.append(f'<{tag}{href} class="{cls}">{shape}<title>{label}</title></path></{tag}>')
            continue
        marks.append(
            f'<{tag}{href} class="{cls}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{rad}">'
            f"<title>{label}</title></circle></{tag}>"
        )
    # labels, most-named place first (the places arrive most-named first when they carry no weight)
    named = [p for p in shown if p.kind == "place" and p.precision != "vicinity"]
    named = sorted(named, key=lambda q: -(q.weight or 0))
    items = []
    for p in named:
        x, y = proj(p.lon, p.lat)
        items.append((p.label, x, y, float(RADIUS.get(p.precision, 6)), p.precision in RINGS))
    texts: list[str] = []
    keys: list[MapPoint] = []
    placed = _place_labels(items, dots, width, height)
    for p, (_, x, y, r, _ring), (b, num) in zip(named, items, placed, strict=True):
        if num:
            keys.append(p)
        text = str(len(keys)) if num else p.label
        cx, cy = min(max(x, b[0]), b[2]), min(max(y, b[1]), b[3])  # the box's point nearest the marker
        far = math.hypot(cx - x, cy - y)
        if num and far > r + 6:  # a number set apart is tied to its marker by a leader line
            x, y = x + (cx - x) * r / far, y + (cy - y) * r / far
            texts.append(f'<line class="leader" x1="{x:.1f}" y1="{y:.1f}" x2="{cx:.1f}" y2="{cy:.1f}"/>')
        cls = ' class="num"' if num else ""
        texts.append(
            f'<a href="#{escape(p.ref)}"><text{cls} x="{b[0] + HALO:.1f}" y="{b[1] + HALO + FONT * 0.85:.1f}">'
            f"{escape(text)}<title>{escape(f'{p.label} ({p.precision})')}</title></text></a>"
        )
    svg = (
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="{_aria(shown)}">'
        f'<rect class="sea" width="{width}" height="{height}"/><g class="land">{"".join(paths)}</g>'
        f'<g class="marks">{"".join(marks)}</g><g class="labels">{"".join(texts)}</g></svg>'
    )
    return svg + _key(keys, outside)


def _aria(shown: list[MapPoint]) -> str:
    """What the map shows, for a screen reader (which cannot see the markers): how many places and
    events, and where the same information is as text."""
    places = len({(p.lat, p.lon, p.label) for p in shown if p.kind == "place"})
    events = sum(1 for p in shown if p.kind != "place")
    what = f"{places} place{'s' if places != 1 else ''}" + (
        f" and {events} event{'s' if events != 1 else ''}" if events else ""
    )
    return f"Map of {what} in the story; the places are listed in the Places table"


def _key(numbered: list[MapPoint], outside: list[MapPoint]) -> str:
    """The lines under the map: what each number on it stands for, and the places outside the view
    (with the count of their events), so that every place stays identifiable on paper."""
    out = []
    if numbered:
        items = ", ".join(
            f'<a href="#{escape(p.ref)}"><b>{i}</b> {escape(p.label)}</a>' for i, p in enumerate(numbered, 1)
        )
        out.append(f'<p class="map-key">Numbered on the map (no room for the name): {items}</p>')
    places: dict[tuple[float, float], list[MapPoint]] = {}
    events: Counter[tuple[float, float]] = Counter()
    for p in outside:
        if p.kind == "place":
            places.setdefault((p.lat, p.lon), []).append(p)
        else:
            events[(p.lat, p.lon)] += 1
    if places:
        parts = []
        for at, group in places.items():
            n = events.pop(at, 0)
            for k, p in enumerate(group):
                what = "near " + p.near if p.precision == "vicinity" and p.near else p.precision
                more = f", {n} event{'s' if n != 1 else ''}" if n and k == 0 else ""
                parts.append(f'<a href="#{escape(p.ref)}">{escape(p.label)}</a> ({escape(what)}{more})')
        out.append(f'<p class="map-key">Outside this view: {", ".join(parts)}</p>')
    if events:
        n = sum(events.values())
        out.append(f'<p class="map-key">Outside this view: {n} event{"s" if n != 1 else ""} at unlisted places</p>')
    return "".join(out)
