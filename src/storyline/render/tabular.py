"""ACLED-style CSV of events, and GeoJSON of places and events."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from storyline.records import Brief

CSV_COLUMNS = [
    "event_id",
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
    "independent_sources",
    "background",
    "expected",
]
# ACLED codes time precision 1 (day), 2 (week/around), 3 (month or vaguer) and geo precision 1..3 likewise.
_TIME_CODE = {"day": 1, "week": 2}
_GEO_CODE = {"point": 1, "town": 1, "district": 2, "region": 3, "river": 3, "country": 3}


def _geo_code(place: dict[str, Any], places: dict[str, dict[str, Any]]) -> int | str:
    """ACLED geo precision; a vicinity place ("near X") is 2 near a town, 3 near anything larger."""
    if place.get("precision") == "vicinity":
        near = places.get(place.get("near") or "", {})
        return 2 if near.get("precision") in ("point", "town") else 3
    return _GEO_CODE.get(place.get("precision", ""), "")


def _entity_names(brief: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in brief.get("entities", [])}


def _outlets(brief: dict[str, Any], citations: list[dict[str, Any]]) -> str:
    by_id = {s["id"]: (s.get("outlet") or s["file"]) for s in brief["sources"]}
    seen: list[str] = []
    for c in citations:
        name = by_id.get(c["source"], c["source"])
        if name not in seen:
            seen.append(name)
    return "; ".join(seen)


def render_csv(brief: Brief) -> str:
    b = brief.to_dict()
    names = _entity_names(b)
    places = {p["id"]: p for p in b["places"]}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for ev in b.get("events", []):
        date = ev.get("date") or {}
        place = places.get(ev.get("place") or "", {})
        actors = ev.get("actors") or {}
        a1 = "; ".join(names.get(x, x) for x in actors.get("actor1", actors.get("agent", [])))
        a2 = "; ".join(names.get(x, x) for x in actors.get("actor2", actors.get("target", [])))
        fatalities = sum(
            int(f.get("value") or 0) for f in ev.get("figures", []) if f.get("what") in ("killed", "dead", "fatalities")
        )
        w.writerow(
            [
                ev.get("id"),
                date.get("value") or "",
                (_TIME_CODE.get(date.get("precision") or "", 3) if date.get("value") else ""),
                ev.get("type"),
                a1,
                a2,
                place.get("name", ""),
                place.get("lat", ""),
                place.get("lon", ""),
                _geo_code(place, places) if place else "",
                _outlets(b, ev.get("citations", [])),
                ev.get("text", ""),
                fatalities or "",
                ev.get("independent_sources", 1),
                "yes" if ev.get("background") else "",
                "yes" if ev.get("expected") else "",
            ]
        )
    return buf.getvalue()


def render_geojson(brief: Brief) -> str:
    b = brief.to_dict()
    places = {p["id"]: p for p in b["places"]}
    features: list[dict[str, Any]] = []
    for p in b["places"]:
        if p.get("lat") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                "properties": {
                    "kind": "place",
                    "id": p["id"],
                    "name": p["name"],
                    "precision": p.get("precision"),
                    **({"near": p.get("near"), "near_name": p.get("near_name")} if p.get("near") else {}),
                    "country": p.get("country"),
                    "aliases": p.get("aliases", []),
                    "sources": p.get("sources", []),
                },
            }
        )
    for ev in b.get("events", []):
        p = places.get(ev.get("place") or "")
        if not p or p.get("lat") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                "properties": {
                    "kind": "event",
                    "id": ev["id"],
                    "type": ev.get("type"),
                    "date": ev.get("date"),
                    "place": p["name"],
                    "geo_precision": p.get("precision"),
                    "text": ev.get("text"),
                    "independent_sources": ev.get("independent_sources", 1),
                },
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2) + "\n"
