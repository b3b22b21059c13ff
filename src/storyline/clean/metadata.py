"""Outlet, byline and credit-line metadata.

The publisher (``Article.outlet``) is read only from places where a page names *itself*:

* the declared metadata (``meta["outlet"]``), the URL's domain, the HTML site name;
* a dateline opening a paragraph near the top: ``WASHINGTON (Sputnik) —``, ``(CNN)``,
  ``LONDON, March 3 (Reuters) -``, tokenised ``MOSCOW -LRB- Reuters -RRB- -`` (found and cut by
  :mod:`storyline.clean.dateline`, which reads its outlet with :func:`canonical_outlet`);
* a byline ``By Angela Dewan, CNN`` and a credit line ``CNN's X and Y contributed to this report.``

An outlet named in running text is a *cited* source ("CNN reported", "citing Reuters",
"told Interfax", "(Citato RIA Novosti") and is never taken as the publisher.  When only cited
outlets are found, the outlet stays None and a warning says why.

The outlet table (``storyline/data/outlets.json``) is read lazily, once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from storyline.clean.detok import detokenize
from storyline.errors import Code, InputError


@dataclass(frozen=True)
class OutletTable:
    domains: dict[str, str]
    aliases: dict[str, str]  # alias (as written) -> outlet name
    alias_re: re.Pattern[str]


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """Load ``data/outlets.json`` (once per process)."""
    try:
        raw = resources.files("storyline").joinpath("data/outlets.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:  # pragma: no cover - packaging error
        raise InputError(Code.E204, f"outlet table missing: {exc}") from None
    data = json.loads(raw)
    aliases: dict[str, str] = {}
    for name, names in data["outlets"].items():
        for alias in [name, *names]:
            aliases[alias] = name
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return OutletTable(domains=dict(data["domains"]), aliases=aliases, alias_re=re.compile(rf"(?:{alts})"))


def outlet_from_url(url: str | None) -> tuple[str, str] | None:
    """(outlet, domain) for a URL whose domain (or a parent domain) is in the table."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    host = host.removeprefix("www.")
    table = outlet_table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        dom = ".".join(parts[i:])
        if dom in table.domains:
            return table.domains[dom], host
    return None


def canonical_outlet(name: str) -> str | None:
    """The table's name for an outlet as written ("Washington Post" -> "The Washington Post")."""
    name = name.strip()
    table = outlet_table()
    if name in table.aliases:
        return table.aliases[name]
    low = {k.lower(): v for k, v in table.aliases.items()}
    return low.get(name.lower())


_LRB = re.compile(r"\s*-LRB-\s*")
_RRB = re.compile(r"\s*-RRB-\s*")


def untokenise(s: str) -> str:
    """Treebank bracket escapes back to brackets ("-LRB- Reuters -RRB-" -> "(Reuters)")."""
    return _RRB.sub(") ", _LRB.sub(" (", s))


NAME_PARTICLES = ("de", "van", "von", "al", "bin", "la", "le", "da", "del", "di", "du", "der")
"""Lower-case words inside a person's name ("Ursula von der Leyen")."""
_NAME = rf"[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|{'|'.join(NAME_PARTICLES)}))*"
_AT_PLACE = r"(?:\s+in\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})"
"""Where a writer filed from, after the name: "By Jo Roe in Mexico City" (metadata, no place of the story)."""
BYLINE = re.compile(
    rf"^\s*By\s+(?P<names>{_NAME}{_AT_PLACE}?(?:\s*(?:,|and|&)\s*{_NAME}{_AT_PLACE}?)*?)"
    rf"(?:\s*(?:,|\||-|—|–|for)\s*(?P<tail>[A-Z][\w .&'’\-]{{1,60}}))?\s*$"
)
CREDIT = re.compile(
    r"^\s*(?:(?P<outlet>[A-Z][\w .&\-]{1,40}?)['’]s?\s+)?(?P<names>.+?)\s+(?:also\s+)?contributed\s+(?:reporting\s+)?to\s+this\s+"
    r"(?:report|story|article)\s*\.?\s*$|"
    r"^\s*(?:Additional\s+)?[Rr]eporting\s+by\s+(?P<names2>[^;.]+?)(?:\s*;\s*[Ee]diting\s+by\s+(?P<ed>[^;.]+))?\.?\s*$|"
    r"^\s*(?:Writing|Compiled)\s+by\s+(?P<names3>[^;.]+?)\.?\s*$"
)


def split_names(s: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&|;)\s*", s)
    return [p.strip() for p in parts if p.strip()]


@dataclass
class Byline:
    authors: list[str]
    outlet: str | None
    role: str | None
    span: str
    locations: list[str] = field(default_factory=list)  # where the writers filed from ("By Jo Roe in Avel")


def parse_byline(line: str) -> Byline | None:
    """``By Angela Dewan, CNN`` -> authors ["Angela Dewan"], outlet "CNN"."""
    m = BYLINE.match(line)
    if not m:
        return None
    raw_names = split_names(m.group("names"))
    names = [re.sub(_AT_PLACE + r"$", "", n) for n in raw_names]
    locations: list[str] = []
    for n in raw_names:
        at = re.search(_AT_PLACE + r"$", n)
        place = at.group().strip()[3:].strip().rstrip(".") if at else None
        if place and place not in locations:
            locations.append(place)
    if not names or any(len(n.split()) > 5 for n in names):
        return None
    tail = (m.group("tail") or "").strip()
    outlet = None
    role = None
    if tail:
        outlet = canonical_outlet(tail)
        if outlet is None:
            # "Environment correspondent, BBC News" or a role
            found = outlet_table().alias_re.search(tail)
            if found and re.search(r"\b(correspondent|editor|reporter|writer|staff)\b", tail, re.I):
                outlet = outlet_table().aliases[found.group(0)]
            role = tail
    # a trailing outlet inside the name list ("By A and B, Reuters" caught as names)
    if names and canonical_outlet(names[-1]) and len(names) > 1:
        outlet = outlet or canonical_outlet(names[-1])
        names = names[:-1]
    return Byline(authors=names, outlet=outlet, role=role, span=line.strip(), locations=locations)


@dataclass
class Credit:
    contributors: list[str]
    outlet: str | None
    span: str
    editors: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)  # where they reported from ("in Avel")


_REPORTED_FROM = re.compile(r"\s+(?:in|from)\s+(?=[A-Z])")
"""Where a credited person reported from: "Jo Roe in Avel", "Al Poe from Bex"."""


_ABBREVIATION_END = re.compile(
    r"(?:^|[\s,\x00])(?:(?:[A-Z]\.){1,3}[A-Z]|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|"
    r"Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.$"
)
"""A place ending in an abbreviation ("Clearwater, Fla.", "Washington, D.C."): its final period is the
abbreviation's, kept; after a full name ("in Avel.") it ends the sentence and goes."""


def strip_final_period(place: str) -> str:
    """``place`` without a sentence's final period; an abbreviation's is kept (:data:`_ABBREVIATION_END`)."""
    place = place.strip()
    return place if _ABBREVIATION_END.search(place) else place.rstrip(".")


def split_location(name: str) -> tuple[str, str | None]:
    """("Jo Roe", "Avel") for "Jo Roe in Avel": a place after "in"/"from" is where the person
    reported from (the credit's location), never part of the name."""
    parts = _REPORTED_FROM.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        return parts[0].strip(), strip_final_period(parts[1])
    return name.strip(), None


_CREDIT_ROLE = re.compile(
    r"^(?:[A-Z][\w.&]*\s+){0,3}?(?:(?:[Ss]taff|[Ss]pecial|[Ff]oreign|[Ss]enior|[Cc]hief|[Cc]ontributing)\s+)?"
    r"(?:[Ww]riters?|[Cc]orrespondents?|[Rr]esearchers?|[Rr]eporters?|[Ss]tringers?|[Ss]pecialists?|[Pp]roducers?|"
    r"[Pp]hotographers?|[Aa]nalysts?)\s+(?=[A-Z])"
)
"""A credited person's role before the name, maybe after the outlet's ("Staff writer Jo Roe",
"Correspondents Jo Roe and ...", "Avel Press writers Jo Roe and ...", "Avel News Survey Specialist Jo Roe")."""
_CREDIT_REGION = re.compile(
    r"(\s(?:in|from)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})\s*,\s*"
    r"([A-Z][\w'’\-]*\.(?:[A-Z]\.)*|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}(?=\s*,?\s*$))"
)
"""The region after a credited person's place ("in Clearwater, Fla.", "in Dubai, United Arab Emirates,"
at the end of the names): an abbreviation, or the names' last piece after a comma, joins the place
instead of reading as a person."""


_WEB_ADDRESS = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|co\.uk|com\.au)")


def _trailing_outlet(name: str) -> tuple[str, str | None]:
    """("Jo Roe", "The Avel Press") for "Jo Roe The Avel Press": a credit that left out the "and"
    between a person and an outlet.  Only when two or more words stay as the name."""
    words = name.split()
    for k in range(2, len(words) - 1):
        tail = " ".join(words[k:])
        if canonical_outlet(tail):
            return " ".join(words[:k]), tail
    return name, None


def join_regions(names: str) -> str:
    """``names`` with a credited person's place and its region joined by a NUL ("in Clearwater\x00Fla."),
    so that splitting the names at commas keeps the region with its place (:data:`_CREDIT_REGION`)."""
    return _CREDIT_REGION.sub(lambda r: f"{r[1]}\x00{r[2]}", names)


def parse_credit(line: str) -> Credit | None:
    """``CNN's Schams Elwazer and Eyad Kourdi contributed to this report.`` -> contributors + outlet.
    A place a person reported from ("Jo Roe in Avel") goes to ``locations``, not into the name."""
    if len(line.split()) > 30:
        return None
    m = CREDIT.match(detokenize(line))  # a tokenised collection's "Fox News ' Jo Roe" reads "Fox News' Jo Roe"
    if not m:
        return None
    names_s = m.group("names") or m.group("names2") or m.group("names3") or ""
    names_s = join_regions(names_s)  # "in Dubai, United Arab Emirates," is one place
    names: list[str] = []
    locations: list[str] = []
    for n in split_names(names_s):
        name, place = split_location(n)
        name = _CREDIT_ROLE.sub("", name)  # "Staff writer Jo Roe" -> "Jo Roe"
        own = re.match(r"(.{2,40}?)['’]s?\s+(?=[A-Z])", name)
        if own and (canonical_outlet(own[1]) or _WEB_ADDRESS.fullmatch(own[1])):
            name = name[own.end() :]  # "Avel Radio's Jo Roe", "AvelNews.com's Jo Roe" -> "Jo Roe"
        name, partner = _trailing_outlet(name)
        if partner:  # "Jo Roe The Avel Press" (the "and" left out): the person, then a partner outlet
            names.append(partner)
        place = place.replace("\x00", ", ") if place else None
        names.append(name)
        if place and place not in locations:
            locations.append(place)
    outlet = canonical_outlet(m.group("outlet")) if m.group("outlet") else None
    people = [n for n in names if not canonical_outlet(n) and n[:1].isupper()]
    cited = [canonical_outlet(n) for n in names if canonical_outlet(n)]
    editors = [split_location(n)[0] for n in split_names(m.group("ed"))] if m.group("ed") else []
    if not people and not cited:
        return None
    # "The Associated Press contributed to this report." names a partner, not the publisher
    _ = cited
    return Credit(contributors=people, outlet=outlet, span=line.strip(), editors=editors, locations=locations)


CITED_CUES = re.compile(
    r"\b(?:reported|reports|reporting|told|citing|cited|according to|quoted|quoting|said|says|wrote|writes|"
    r"broadcast|aired|citato|cites|via|per|to)\b",
    re.I,
)


def cited_outlets(text: str) -> list[str]:
    """Outlets the text names in running prose (cited sources, never the publisher), in order."""
    table = outlet_table()
    out: list[str] = []
    text_u = re.sub(r"[\"“”«»]", "", untokenise(text))
    for m in table.alias_re.finditer(text_u):
        s, e = m.start(), m.end()
        if (s > 0 and (text_u[s - 1].isalnum())) or (e < len(text_u) and text_u[e].isalnum()):
            continue
        name = table.aliases[m.group(0)]
        if len(m.group(0)) <= 3 and m.group(0) not in ("CNN", "BBC", "AFP", "NPR", "CBS", "NBC"):
            continue  # "AP", "RT", "RIA" alone are too ambiguous to report
        if name not in out:
            out.append(name)
    return out
