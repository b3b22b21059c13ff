"""An offline SVG map: Natural Earth outlines (vendored TopoJSON) + the brief's points.

No tiles, no script, no network: the outlines that fall in the view are inlined as
SVG paths.  Precision is drawn honestly: a point or town is a dot, a region a
larger ring, a country a wide translucent ring ("somewhere in Syria"), and names the
gazetteer lacks (precision "vicinity": "Royal Street", near New Orleans) one dashed,
unfilled ring around the place they were put near, never a dot.
"""

from __future__ import annotations

import json
import math
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
    ref: str  # element id to link to
    near: str = ""  # precision "vicinity": the name of the place it was put near


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


def svg_map(points: list[MapPoint], width: int = 760, height: int = 420) -> str:
    located = [p for p in points if -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    if not located:
        return '<p class="muted">No place could be located on the map.</p>'
    lats = [p.lat for p in located]
    lons = [p.lon for p in located]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    span = max(lat1 - lat0, (lon1 - lon0) * 0.6, 4.0) * 1.35
    clat, clon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    kx = math.cos(math.radians(max(min(clat, 80), -80)))
    scale = min(height / span, width / (span / 0.6 * kx + 1e-9))
    half_w, half_h = width / 2 / scale, height / 2 / scale

    def proj(lon: float, lat: float) -> tuple[float, float]:
        return (width / 2 + (lon - clon) * kx * scale, height / 2 - (lat - clat) * scale)

    view = (clon - half_w / kx - 1, clat - half_h - 1, clon + half_w / kx + 1, clat + half_h + 1)
    paths = []
    for (bx0, by0, bx1, by1), rings in _countries():
        if bx1 < view[0] or bx0 > view[2] or by1 < view[1] or by0 > view[3]:
            continue
        d = [ring for ring in (_ring_path([proj(x, y) for x, y in r]) for r in rings) if ring]
        if d:
            paths.append(f'<path d="{"".join(d)}"/>')
    marks = []
    # names placed in the same vicinity share one dashed ring; its tooltip lists them
    vicinity: dict[tuple[float, float], list[MapPoint]] = {}
    for p in located:
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
    for p in sorted(located, key=lambda q: -RADIUS.get(q.precision, 6)):
        if p.precision == "vicinity":
            continue
        x, y = proj(p.lon, p.lat)
        rad = RADIUS.get(p.precision, 6)
        cls = f"mk {p.kind} prec-{escape(p.precision)}"
        label = escape(f"{p.label} ({p.precision})")
        marks.append(
            f'<a href="#{escape(p.ref)}" class="{cls}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{rad}"><title>{label}</title></circle>'
            + (f'<text x="{x + rad + 2:.1f}" y="{y + 4:.1f}">{escape(p.label)}</text>' if p.kind == "place" else "")
            + "</a>"
        )
    return (
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="Map of places in the story">'
        f'<rect class="sea" width="{width}" height="{height}"/><g class="land">{"".join(paths)}</g>'
        f'<g class="marks">{"".join(marks)}</g></svg>'
    )
