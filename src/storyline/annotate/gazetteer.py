"""The gazetteer: place records, name normalisation and the name index.

Data files live in ``storyline/data/gazetteer/`` (see the README there for sources and
licences) and are read only by :meth:`Gazetteer.load` — never at import time.

Name normalisation has three tiers, tried in order until one gives candidates:

1. :func:`norm_key` — case-folded, diacritics folded, apostrophes dropped, punctuation to
   spaces, leading "the" dropped ("Dar'ā" -> "dara", "St. Louis" -> "st louis").
2. :func:`particle_key` — tier 1 without Arabic/Romance article particles (al-, ar-, ad-, as-,
   an-, at-, az-, ash-, el-, ez-, es-, ...; also glued sun-letter forms like "Ezzor"),
   "saint"->"st", "mount"->"mt", "fort"->"ft", and without spaces
   ("Deir ez-Zor" = "Deir-ez-Zor" = "Deir Ezzor" -> "deirzor"; "al-Raqqah" -> "raqqah").
3. :func:`translit_key` — tier 2 with common transliteration variation folded
   (q->k, ou->u, ph->f, doubled letters, e->a, y->i, trailing h): "Rakka" = "Raqqa" = "Raqqah".
"""

from __future__ import annotations

import csv
import gzip
import logging
import math
import re
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from storyline.errors import Code, ConfigError

log = logging.getLogger(__name__)

# kinds of entries
COUNTRY, ADMIN1, ADMIN2, CITY, FEATURE = "country", "admin1", "admin2", "city", "feature"

# match quality: lower is better
Q_NAME, Q_ALT, Q_PARTICLE, Q_TRANSLIT = 0, 1, 2, 3

_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ar",
        "ad",
        "as",
        "an",
        "at",
        "az",
        "ash",
        "ath",
        "adh",
        "ez",
        "es",
        "ed",
        "er",
        "et",
        "ul",
        "il",
        "ud",
        "ur",
        "ut",
        "us",
        "un",
        "ush",
    ]
)
_GLUED = ("al", "el", "ar", "ad", "as", "an", "at", "az", "ash", "ez", "es", "ed", "er", "et")
_ABBREV = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "mountains": "mts"}
_APOS = re.compile(r"[’'`‘ʻʼ´]")
_NONALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Diacritics folded, lower-case (no other change)."""
    if text.isascii():
        return text.lower()
    text = text.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("æ", "ae")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("þ", "th")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def norm_key(name: str) -> str:
    """Tier 1: case/diacritics/punctuation-insensitive key."""
    s = _NONALNUM.sub(" ", _APOS.sub("", fold(name))).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


@lru_cache(maxsize=200_000)
def abbrev_key(name: str) -> str:
    """Tier 1 with the abbreviations of ``_ABBREV`` folded: "St. Petersburg" = "Saint Petersburg"."""
    return " ".join(_ABBREV.get(t, t) for t in norm_key(name).split())


@lru_cache(maxsize=200_000)
def particle_key(name: str) -> str:
    """Tier 2: tier 1 without article particles and spaces."""
    toks = abbrev_key(name).split()
    out: list[str] = []
    for i, tok in enumerate(toks):
        if tok in _PARTICLES and i < len(toks) - 1:  # an article precedes a name ("Western US" keeps "us")
            continue
        if i > 0 and len(tok) > 4:
            for p in _GLUED:  # "ezzor" -> "zor", "arraqqa" -> "raqqa" (sun-letter assimilation)
                if tok.startswith(p) and tok[len(p)] == p[-1]:
                    tok = tok[len(p) :]
                    break
        out.append(tok)
    return "".join(out)


_TRANSLIT = [
    ("ou", "u"),
    ("ph", "f"),
    ("kh", "k"),
    ("q", "k"),
    ("ck", "k"),
    ("c", "k"),
    ("ee", "i"),
    ("y", "i"),
    ("e", "a"),
    ("o", "u"),
    ("w", "u"),
    ("j", "i"),
]


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """Tier 3: transliteration variation folded (lossy: used only when tiers 1-2 find nothing)."""
    s = particle_key(name)
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    if len(s) > 3 and s.endswith("h"):
        s = s[:-1]
    return s


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry (internal)."""

    idx: int
    kind: str  # country | admin1 | admin2 | city | feature
    name: str
    lat: float
    lon: float
    cc: str  # ISO2, "" when none (seas, continents)
    admin1: str  # GeoNames admin1 code within cc ("" when unknown)
    admin2: str  # admin2 (county) name ("" when unknown)
    population: int
    precision: str  # point|town|district|region|country|river|water|continent
    geonameid: int | None
    code: str = ""  # ISO 3166-2 code for subdivisions, ISO2 for countries
    weight: int = 0  # population used by the prior (a region counts its towns); 0 = use population
    fcode: str = ""  # GeoNames-style feature code where known: PPLC (national capital)


def _data_dir() -> Path:
    return Path(str(resources.files("storyline") / "data" / "gazetteer"))


_CURATED_ALIASES_FILE = "aliases.tsv"
_FORMER_REGIONS_FILE = "former_regions.tsv"
DB_FILE = "gazetteer.sqlite"
SCHEMA_VERSION = "2"
_ENTRY_COLS = "id, kind, name, lat, lon, cc, admin1, admin2, population, precision, geonameid, code, weight, fcode"
_LOOKUP_CACHE = 65_536
_ENTRY_CACHE = 200_000


class Gazetteer:
    """Entries plus a three-tier name index.

    Runtime: :meth:`load` opens the shipped SQLite file read-only (no parsing at start; names and
    entries are read on demand and cached).  Build time: :meth:`build` indexes the source tables in
    memory and :meth:`save` writes the SQLite file.
    """

    def __init__(self) -> None:
        self.entries: list[Entry] = []  # build time only (at runtime entries are read on demand)
        self.index: list[dict[str, list[int]]] = [defaultdict(list), defaultdict(list), defaultdict(list)]  # build
        self.alt_flag: set[tuple[int, str]] = set()  # (entry, tier-1 key) matched through an alternate name
        self.country_by_cc: dict[str, Entry] = {}
        self.admin1_by_code: dict[tuple[str, str], Entry] = {}
        self.admin1_name: dict[tuple[str, str], str] = {}
        self.admin2_by_name: dict[tuple[str, str, str], Entry] = {}
        self.admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
        self._capitals: dict[str, str] = {}  # build time: country -> capital name key
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._entry_cache: dict[int, Entry] = {}
        self._key_cache: dict[str, tuple[str, str, str] | None] = {}
        self._countries: list[Entry] | None = None  # runtime: read on demand (country_entries)

    # ------------------------------------------------------------------ building
    def _add(self, entry: Entry, names: list[str], alts: list[str]) -> None:
        self.entries.append(entry)
        seen: set[tuple[int, str]] = set()
        for is_alt, group in ((False, names), (True, alts)):
            for n in group:
                if not n:
                    continue
                k1 = norm_key(n)
                if not k1:
                    continue
                for tier, key in ((0, k1), (1, particle_key(n)), (2, translit_key(n))):
                    if not key or (tier, key) in seen:
                        continue
                    seen.add((tier, key))
                    self.index[tier][key].append(entry.idx)
                    if is_alt:
                        self.alt_flag.add((entry.idx, key))

    def _make(self, **kw: object) -> Entry:
        return Entry(idx=len(self.entries), **kw)  # type: ignore[arg-type]

    @classmethod
    def build(cls, source_dir: Path, cities_file: Path) -> Gazetteer:
        """Slow path (build time): index the source tables.  See scripts/build_gazetteer.py."""
        g = cls()
        g._load_countries(source_dir)
        g._load_features(source_dir)
        g._load_admin1(source_dir)
        g._load_admin2(source_dir)
        g._load_cities(cities_file)
        g._load_former_regions(source_dir)
        g._load_aliases(source_dir)
        g.index = [dict(ix) for ix in g.index]
        return g

    def _weight(self, e: Entry) -> int:
        """Population used by the prior: a first-level region counts the towns it holds."""
        if e.weight:  # set at build time (former regions: see _load_former_regions)
            return e.weight
        if e.kind == ADMIN1:
            pop = max(e.population, self.admin1_pop.get((e.cc, e.admin1), 0))
            return pop if e.admin1 else pop // 4  # not linked to GeoNames admin1 codes: weaker evidence
        return e.population

    def save(self, out_dir: Path) -> None:
        """Write the SQLite file that :meth:`load` opens (deterministic for the same inputs)."""
        path = out_dir / DB_FILE
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA page_size = 4096;
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
            CREATE TABLE entries (
                id INTEGER PRIMARY KEY, kind TEXT, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT,
                admin2 TEXT, population INTEGER, precision TEXT, geonameid INTEGER, code TEXT,
                weight INTEGER, fcode TEXT);
            CREATE TABLE names (key TEXT PRIMARY KEY, t0 TEXT, t1 TEXT, t2 TEXT) WITHOUT ROWID;
            CREATE TABLE admin1_names (cc TEXT, admin1 TEXT, name TEXT, PRIMARY KEY (cc, admin1)) WITHOUT ROWID;
            """
        )
        con.executemany(
            f"INSERT INTO entries ({_ENTRY_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    e.idx,
                    e.kind,
                    e.name,
                    round(e.lat, 5),
                    round(e.lon, 5),
                    e.cc,
                    e.admin1,
                    e.admin2,
                    e.population,
                    e.precision,
                    e.geonameid,
                    e.code,
                    self._weight(e),
                    e.fcode,
                )
                for e in self.entries
            ),
        )
        # one row per key; one column per tier; ids comma-separated, "-id-1" = matched through an alternate
        keys = sorted(set().union(*(ix.keys() for ix in self.index)))
        rows = []
        for key in keys:
            cols: list[str] = []
            for tier, ix in enumerate(self.index):
                ids = ix.get(key, [])
                enc = [(-i - 1) if tier == 0 and (i, key) in self.alt_flag else i for i in ids]
                cols.append(",".join(map(str, enc)))
            rows.append((key, *cols))
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", rows)
        con.executemany("INSERT INTO admin1_names VALUES (?,?,?)", sorted((*k, v) for k, v in self.admin1_name.items()))
        con.executemany(
            "INSERT INTO meta VALUES (?,?)", [("schema", SCHEMA_VERSION), ("entries", str(len(self.entries)))]
        )
        con.commit()
        con.execute("VACUUM")
        con.close()
        tmp.replace(path)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Gazetteer:
        """Fast path (runtime): open the SQLite file read-only; nothing is parsed up front."""
        d = data_dir or _data_dir()
        path = d / DB_FILE
        if not path.exists():
            raise ConfigError(
                Code.E204,
                f"gazetteer data missing: {path}",
                hint="reinstall storyline, or run scripts/build_gazetteer.py",
            )
        g = cls()
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ConfigError(
                Code.E204, f"gazetteer data unreadable: {path}: {exc}", hint="run scripts/build_gazetteer.py"
            ) from exc
        if row is None or row[0] != SCHEMA_VERSION:
            raise ConfigError(
                Code.E204,
                f"gazetteer data {path} has schema {row and row[0]}, expected {SCHEMA_VERSION}",
                hint="run scripts/build_gazetteer.py",
            )
        g._db = con
        return g

    def _load_countries(self, d: Path) -> None:
        with open(d / "countries.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                e = self._make(
                    kind=COUNTRY,
                    name=row["name"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    cc=row["iso"],
                    admin1="",
                    admin2="",
                    population=int(row["population"] or 0),
                    precision="country",
                    geonameid=int(row["geonameid"]),
                    code=row["iso"],
                )
                alts = [a for a in row["alternatenames"].split("|") if a]
                # adjectival uses name the country; countryinfo separates several with commas
                for dem in re.split(r"[|,]", row.get("demonyms") or ""):
                    if dem:
                        alts += [dem, dem + "s"]
                self._add(e, [row["name"]], alts)
                self.country_by_cc[row["iso"]] = e
                if row.get("capital"):
                    self._capitals[row["iso"]] = norm_key(row["capital"])

    def _load_features(self, d: Path) -> None:
        with open(d / "features.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                e = self._make(
                    kind=FEATURE,
                    name=row["name"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    cc=row["cc"] or "",
                    admin1="",
                    admin2="",
                    population=int(row["population"] or 0),
                    precision=row["precision"],
                    geonameid=None,
                )
                # curated alternates are as good as the name ("Atlantic" = "Atlantic Ocean")
                self._add(e, [row["name"], *[a for a in (row["alternatenames"] or "").split("|") if a]], [])

    def _load_admin1(self, d: Path) -> None:
        with open(d / "admin1_names.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                self.admin1_name[(row["cc"], row["admin1"])] = row["name"]
        with open(d / "admin1.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                # the build decides the level: GeoNames' where it links the row, else ISO's
                level = row["level"]
                e = self._make(
                    kind=ADMIN1 if level == "1" else ADMIN2,
                    name=row["name"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    cc=row["cc"],
                    admin1=row["admin1"],
                    admin2="",
                    population=0,
                    precision="region" if level == "1" else "district",
                    geonameid=int(row["geonameid"]) if row["geonameid"] else None,
                    code=row["code"],
                )
                alts = [a for a in row["alternatenames"].split("|") if a]
                names = [row["name"]]
                if level == "1" and row["admin1"]:
                    a1n = self.admin1_name.get((row["cc"], row["admin1"]))
                    if a1n:
                        alts.append(a1n)
                    self.admin1_by_code.setdefault((row["cc"], row["admin1"]), e)
                self._add(e, names, alts)

    def _load_admin2(self, d: Path) -> None:
        with open(d / "admin2.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = row["name"]
                e = self._make(
                    kind=ADMIN2,
                    name=name,
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    cc=row["cc"],
                    admin1=row["admin1"],
                    admin2=name,
                    population=int(row["population"]),
                    precision="district",
                    geonameid=None,
                )
                alts: list[str] = []
                short = re.sub(r"\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$", "", name)
                if short != name:
                    alts.append(short)
                self._add(e, [name], alts)
                self.admin2_by_name[(row["cc"], row["admin1"], norm_key(name))] = e

    def _load_cities(self, path: Path) -> None:
        capital: dict[str, Entry] = {}  # country -> its most populous town named like its capital
        with gzip.open(path, "rt", encoding="utf-8") as f:
            next(f)
            for line in f:
                gid, name, lat, lon, cc, a1, a2, pop, alts = line.rstrip("\n").split("\t")
                p = int(pop or 0)
                e = self._make(
                    kind=CITY,
                    name=name,
                    lat=float(lat),
                    lon=float(lon),
                    cc=cc,
                    admin1=a1,
                    admin2=a2,
                    population=p,
                    precision="town",
                    geonameid=int(gid),
                )
                # lower-case alternates are machine transliterations of other scripts: skip them
                alt_list = [a for a in alts.split("|") if a and not a.islower()] if alts else []
                self._add(e, [name], alt_list)
                self.admin1_pop[(cc, a1)] += p
                cap = self._capitals.get(cc)
                is_cap = bool(cap) and (cap == norm_key(name) or any(cap == norm_key(a) for a in alt_list))
                if is_cap and (cc not in capital or p > capital[cc].population):
                    capital[cc] = e
        for e in capital.values():  # GeoNames feature code PPLC: capital of a political entity
            self.entries[e.idx] = replace(e, fcode="PPLC")

    def _load_former_regions(self, d: Path) -> None:
        """Curated former first-level divisions (Kenya's provinces, abolished 2013): regions with no
        GeoNames admin1 code, at the mean of the points of the current divisions that succeeded
        them (ISO 3166-2 codes), weighing a quarter of their towns, as unlinked regions do."""
        path = d / _FORMER_REGIONS_FILE
        if not path.exists():
            return
        by_code = {e.code: e for e in self.entries if e.kind in (ADMIN1, ADMIN2) and e.code}
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                parts = [by_code.get(c) for c in row["successors"].split("|")]
                found = [p for p in parts if p is not None]
                if len(found) != len(parts) or any(p.cc != row["cc"] for p in found):
                    raise ValueError(f"{path.name}: unknown or foreign successor in {row['successors']!r}")
                pop = sum(self.admin1_pop.get((p.cc, p.admin1), 0) for p in found if p.admin1)
                e = self._make(
                    kind=ADMIN1,
                    name=row["name"],
                    lat=sum(p.lat for p in found) / len(found),
                    lon=sum(p.lon for p in found) / len(found),
                    cc=row["cc"],
                    admin1="",
                    admin2="",
                    population=0,
                    precision="region",
                    geonameid=None,
                    weight=max(1, pop // 4),
                )
                self._add(e, [row["name"]], [a for a in (row["alternatenames"] or "").split("|") if a])

    def _load_aliases(self, d: Path) -> None:
        """Curated aliases: alias -> an existing entry (by kind, name and country)."""
        path = d / _CURATED_ALIASES_FILE
        if not path.exists():
            return
        by_name: dict[tuple[str, str, str], Entry] = {}
        for e in self.entries:
            key = (e.kind, norm_key(e.name), e.cc)
            if key not in by_name or e.population > by_name[key].population:
                by_name[key] = e
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                target = by_name.get((row["kind"], norm_key(row["target"]), row["cc"]))
                if target is None:
                    log.debug("alias target not found: %s", row)
                    continue
                for alias in row["alias"].split("|"):
                    for tier, akey in ((0, norm_key(alias)), (1, particle_key(alias))):
                        lst = self.index[tier].setdefault(akey, [])
                        if target.idx not in lst:
                            lst.append(target.idx)

    # ------------------------------------------------------------------ lookup
    def _row(self, key: str) -> tuple[str, str, str] | None:
        if key in self._key_cache:
            return self._key_cache[key]
        assert self._db is not None
        with self._lock:
            r = self._db.execute("SELECT t0, t1, t2 FROM names WHERE key = ?", (key,)).fetchone()
        if len(self._key_cache) >= _LOOKUP_CACHE:
            self._key_cache.clear()
        self._key_cache[key] = r
        return r  # type: ignore[no-any-return]

    def entries_by_id(self, ids: list[int]) -> dict[int, Entry]:
        """Entries by id (read on demand at runtime, cached)."""
        if self._db is None:
            return {i: self.entries[i] for i in ids}
        missing = [i for i in ids if i not in self._entry_cache]
        if missing:
            if len(self._entry_cache) + len(missing) > _ENTRY_CACHE:
                self._entry_cache.clear()
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                q = f"SELECT {_ENTRY_COLS} FROM entries WHERE id IN ({','.join('?' * len(chunk))})"
                with self._lock:
                    rows = self._db.execute(q, chunk).fetchall()
                for r in rows:
                    e = Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13])
                    self._entry_cache[e.idx] = e
        return {i: self._entry_cache[i] for i in ids if i in self._entry_cache}

    def country_entries(self) -> list[Entry]:
        """Every country entry, in id order (at runtime read once, on first call, and kept: a few
        hundred rows).  For readings no name index gives: a country's name misspelt in the copy."""
        if self._db is None:
            return [e for e in self.entries if e.kind == COUNTRY]
        if self._countries is None:
            with self._lock:
                rows = self._db.execute(f"SELECT {_ENTRY_COLS} FROM entries WHERE kind = ? ORDER BY id", (COUNTRY,))
                self._countries = [Entry(*r) for r in rows.fetchall()]
        return self._countries

    def _hits(self, tier: int, key: str) -> list[int] | None:
        if self._db is None:
            ids = self.index[tier].get(key)
            if ids is None:
                return None
            if tier == 0:
                return [(-i - 1) if (i, key) in self.alt_flag else i for i in ids]
            return ids
        r = self._row(key)
        if r is None or not r[tier]:
            return None
        return [int(x) for x in r[tier].split(",")]

    def lookup(self, name: str) -> list[tuple[Entry, int]]:
        """Entries for a name with their match quality (Q_NAME best), from the first tier that matches."""
        keys = (norm_key(name), particle_key(name), translit_key(name))
        for tier, key in enumerate(keys):
            if not key or (tier == 2 and len(key) < 5):
                continue
            hits = self._hits(tier, key)
            if not hits:
                continue
            base = Q_NAME if tier == 0 else (Q_PARTICLE if tier == 1 else Q_TRANSLIT)
            decoded = [((-i - 1), Q_ALT) if i < 0 else (i, base) for i in hits]
            by_id = self.entries_by_id([i for i, _ in decoded])
            out = [(by_id[i], q) for i, q in decoded if i in by_id]
            if tier == 0 and any(q == Q_ALT for _, q in out):
                # an alternate that is the name itself with an abbreviation ("St. Petersburg" for
                # Saint Petersburg; "Mt. Vernon") is as good as the name
                ak = abbrev_key(name)
                out = [(e, Q_NAME if q == Q_ALT and abbrev_key(e.name) == ak else q) for e, q in out]
            if out:
                return out
        return []
