"""Map labels (render/geo_svg.py): placed without overlaps, numbered when there is no room, and the
map frames the region where most places are, listing the others (invented places)."""

from __future__ import annotations

import re

from storyline.render.geo_svg import FONT, HALO, MapPoint, _clip, _unwrap, svg_map, text_width


def _boxes(svg: str) -> list[tuple[str, float, float, float, float]]:
    """The estimated boxes of the map's labels, as the placement computes them."""
    out = []
    for x, y, text in re.findall(r'<text(?: class="num")? x="([\d.-]+)" y="([\d.-]+)">([^<]*)<title>', svg):
        left, top = float(x) - HALO, float(y) - HALO - FONT * 0.85
        out.append((text, left, top, left + text_width(text) + 2 * HALO, top + FONT * 1.1 + 2 * HALO))
    return out


def _overlaps(svg: str) -> int:
    b = _boxes(svg)
    return sum(
        1
        for i in range(len(b))
        for j in range(i + 1, len(b))
        if b[i][1] < b[j][3] and b[j][1] < b[i][3] and b[i][2] < b[j][4] and b[j][2] < b[i][4]
    )


def test_clustered_labels_do_not_overlap_and_every_place_is_identifiable() -> None:
    # twelve invented towns within a few kilometres of each other, plus one far away
    names = [f"Townname{i}" for i in range(12)]
    pts = [
        MapPoint(10.0 + 0.01 * (i % 4), 20.0 + 0.01 * (i // 4), n, "town", "place", f"p-{i}")
        for i, n in enumerate(names)
    ]
    pts.append(MapPoint(10.5, 21.0, "Farville", "town", "place", "p-far"))
    out = svg_map(pts)
    svg, key = out.split("</svg>")
    boxes = _boxes(svg)
    assert _overlaps(svg) == 0
    assert all(b[1] >= 0 and b[3] <= 760 and b[2] >= 0 and b[4] <= 420 for b in boxes)  # inside the map
    # each place is named on the map or numbered there and named in the key under it
    for i, n in enumerate(names):
        assert f">{n}<title>" in svg or (f'href="#p-{i}"><b>' in key and n in key)
    assert "Numbered on the map" in key and ">Farville<title>" in svg


def test_labels_avoid_dots_and_the_most_named_place_is_labelled_first() -> None:
    pts = [
        MapPoint(0.0, 0.0, "Bigtown", "town", "place", "p-b", weight=9),
        MapPoint(0.0, 0.02, "Smallville", "town", "place", "p-s", weight=1),
    ]
    svg = svg_map(list(reversed(pts)))  # the order given does not matter when weights are known
    big = next(b for b in _boxes(svg) if b[0] == "Bigtown")
    # Bigtown takes the first candidate (right of its dot), Smallville goes elsewhere
    assert big[1] > 380 and _overlaps(svg) == 0


def test_map_frames_the_cluster_and_lists_the_places_outside() -> None:
    cluster = [MapPoint(40.0 + i * 0.3, 10.0 + i * 0.4, f"Place{i}", "town", "place", f"p-{i}") for i in range(6)]
    far = MapPoint(-30.0, 150.0, "Distantland", "country", "place", "p-d")
    out = svg_map([*cluster, far])
    svg, key = out.split("</svg>")
    assert "Distantland" not in svg and 'Outside this view: <a href="#p-d">Distantland</a> (country)' in key
    assert len(svg) < 60_000  # only the outlines of the region, clipped to the view
    # a story spread evenly over the world is not cropped
    spread = [
        MapPoint(lat, lon, f"P{lat}{lon}", "town", "place", f"p{lat}{lon}")
        for lat, lon in [(50, -100), (-20, -50), (45, 10), (-30, 140), (30, 100), (0, 20)]
    ]
    assert "Outside this view" not in svg_map(spread)


def test_outlines_are_clipped_and_cut_at_the_antimeridian() -> None:
    square = [(-10.0, -10.0), (50.0, -10.0), (50.0, 50.0), (-10.0, 50.0), (-10.0, -10.0)]
    clipped = _clip(square, (0.0, 0.0, 20.0, 20.0))
    assert {(round(x), round(y)) for x, y in clipped} == {(0, 0), (20, 0), (20, 20), (0, 20)}
    # a ring that crosses from 179 to -179 and back: two pieces, none spanning the world
    ring = [(170.0, 60.0), (179.0, 60.0), (-179.0, 61.0), (-175.0, 65.0), (179.0, 66.0), (170.0, 66.0), (170.0, 60.0)]
    pieces = _unwrap(ring)
    assert len(pieces) == 2
    assert all(max(x for x, _ in p) - min(x for x, _ in p) < 180 for p in pieces)
