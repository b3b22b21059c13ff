"""Small helpers shared by the renderers (date display, citation anchors, place precision)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from storyline.annotate.timex_lexicon import MONTH_FULL, PARTS_OF_DAY

MONTHS = MONTH_FULL
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
MODS = {
    "START": "early",
    "MID": "mid-",
    "END": "late",
    "BEFORE": "before",
    "AFTER": "after",
    "APPROX": "about",
    # on a point in time ("nearly five years ago", "more than a decade ago") the bound says only that the
    # value is approximate: which side it lies on depends on the sentence, so "about", never the bare value
    "LESS_THAN": "about",
    "MORE_THAN": "about",
    "EQUAL_OR_LESS": "about",
    "EQUAL_OR_MORE": "about",
}


def human_date(value: str | None, precision: str | None = None, mod: str | None = None) -> str:
    """'2016-11-06' -> '6 November 2016'; '2016-11' -> 'November 2016'; '2013-SP' -> 'spring 2013';
    '18' -> '19th century'; '2016-11-05TNI' -> '5 November 2016, night'; 'PRESENT_REF' -> 'the present
    (when written)'.

    Precision is shown honestly: a month-precision value is never printed as a day, and a TIMEX
    value is never shown raw to a reader.
    """
    if not value:
        return "date unknown"
    if value in _REFS:
        return _REFS[value]
    value = _drop_unknown(value)
    if set(value) <= {"X"}:  # "XXXX": nothing of the date is known
        return "date unknown"
    parts = value.split("-")
    text = value
    modded = False  # a day's time or part of day takes the modifier itself ("4 May 2010, mid-afternoon")
    try:
        if len(parts) == 1 and parts[0].isdigit():
            digits = parts[0]
            text = digits if len(digits) == 4 else f"{digits}0s" if len(digits) == 3 else value
            if len(digits) == 2:  # a TIMEX century counts hundreds: "18" is the 1800s, the 19th century
                text = f"{_ordinal(int(digits) + 1)} century"
            if len(digits) in (2, 3) and mod in MODS and mod not in _DAY_MODS:  # "about the 1990s"
                text, modded = f"{MODS[mod]} the {text}", True
        elif len(parts) == 2 and parts[1] in SEASONS:
            text = f"{SEASONS[parts[1]]} {parts[0]}"
        elif len(parts) == 2 and parts[1].startswith("Q"):
            text = f"{parts[1]} {parts[0]}"
        elif len(parts) in (2, 3) and parts[1].startswith("W") and parts[1][1:].isdigit():
            text = _week(int(parts[0]), int(parts[1][1:]), weekend=len(parts) == 3 and parts[2] == "WE")
            if mod in _WEEK_MODS:  # "earlier this week": "early in the week of 25–31 January 2010"
                text, modded = f"{_WEEK_MODS[mod]} {text}", True
            elif mod in MODS:  # "about the week of ...", "before the week of ..."
                text, modded = f"{MODS[mod]} the {text}", True
        elif len(parts) == 2 and parts[1] in ("H1", "H2"):
            text = f"{'first' if parts[1] == 'H1' else 'second'} half of {parts[0]}"
        elif len(parts) == 2:
            text = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        elif len(parts) >= 3:
            day, _, clock = parts[2].partition("T")
            year = parts[0] if parts[0].isdigit() else "(year unknown)"
            text = f"{int(day)} {MONTHS[int(parts[1]) - 1]} {year}"
            if time := _time_of_day(clock, mod):
                text, modded = f"{text}, {time}", True
            elif mod in _DAY_MODS:
                text, modded = f"{_DAY_MODS[mod]} {text}", True
    except (ValueError, IndexError):
        text = value
    if mod and mod in MODS and not modded:
        text = f"{MODS[mod]}{'' if MODS[mod].endswith('-') else ' '}{text}"
    return text


# TIMEX values that name no date: "now", "recently", "soon"
_REFS = {
    "PRESENT_REF": "the present (when written)",
    "PAST_REF": "an unspecified past time",
    "FUTURE_REF": "an unspecified future time",
}
# a modifier on a whole day reads "late on 13 May 2010" ("late Thursday", "later today"), not "late 13 May"
_DAY_MODS = {"START": "early on", "MID": "the middle of", "END": "late on"}
_WEEK_MODS = {"START": "early in the", "MID": "in the middle of the", "END": "late in the"}
# the TIMEX part-of-day codes, read back as the first word the lexicon gives each ("MO" is "morning")
_PART_OF_DAY = {code: word for word, code in reversed(PARTS_OF_DAY.items())}


def _drop_unknown(value: str) -> str:
    """A TIMEX value whose last parts are unknown ("2010-07-XX", "2010-XX") says only what is known:
    "2010-07", "2010"."""
    parts = value.split("-")
    while len(parts) > 1 and set(parts[-1].split("T")[0]) <= {"X"}:
        parts.pop()
    return "-".join(parts)


def _time_of_day(clock: str, mod: str | None) -> str:
    """The time a day's value carries, as written in a brief: "14:25", "midnight", "mid-afternoon",
    "early morning", "about 20:00"; "" without one."""
    if not clock:
        return ""
    if clock in _PART_OF_DAY:
        word = _PART_OF_DAY[clock]
    elif clock in ("24", "24:00"):
        word = "midnight"
    elif clock[:2].isdigit():
        hour, _, minute = clock.partition(":")
        word = f"{int(hour):02d}:{(minute or '00')[:2]}"
    else:
        return ""
    if mod and mod in MODS:
        word = f"{MODS[mod]}{'' if MODS[mod].endswith('-') else ' '}{word}"
    return word


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def when_text(dates: list[dict[str, Any]] | None) -> str:
    """A summary sentence's relative time expressions and their dates, for the reader:
    '"Sunday" = 6 November 2016; "last week" = not resolved (the article's date is not known)'."""
    parts = []
    for d in dates or []:
        if d.get("value"):
            inferred = " (year not written: inferred from the article's date)" if d.get("year_inferred") else ""
            parts.append(f"“{d['text']}” = {human_date(d['value'], d.get('precision'), d.get('mod'))}{inferred}")
        else:
            parts.append(f"“{d['text']}” = not resolved ({d.get('reason') or 'no date to resolve it from'})")
    return "; ".join(parts)


def value_when(v: dict[str, Any]) -> str:
    """When a disputed value held, for a reader weighing the two sides (a toll a day apart may be a
    change, not a contradiction): "as of 5 June 2017, night" when its sentence dates it, "reported on
    9 June 2017" when only its article's date is known, else ""."""
    if v.get("as_of"):
        return f"as of {human_date(v['as_of'])}"
    return f"reported on {human_date(v['reported_on'])}" if v.get("reported_on") else ""


def date_how(t: dict[str, Any]) -> str:
    """How a date in the text was resolved, in words: the resolver's reason when it gave one, else what the
    date was counted from ("absolute" is "written in full", "publication" "resolved from the article's
    date") rather than the record's code."""
    if t.get("value") in _REFS and not t.get("reason"):
        return "vague: names no date"  # "now", "soon", "recently" are not counted from anything
    anchor = str(t.get("anchor") or "")
    words = {"absolute": "written in full", "publication": "resolved from the article's date", "none": "—"}
    return str(t.get("reason") or words.get(anchor, anchor))


def sources_text(entry: dict[str, Any]) -> str:
    """How many independent sources report a timeline entry, and, when more articles print it (a copied
    sentence counts once: a wire paragraph in each update), how many: "1 independent source, printed in 14
    articles" tells a reader why 14 citations are one source."""
    n = entry.get("independent_sources", 1)
    printed = len({c["source"] for c in entry.get("citations") or []})
    out = f"{n} independent source{'s' if n != 1 else ''}"
    return f"{out}, printed in {printed} articles" if printed > n else out


def undated_note(b: dict[str, Any]) -> str:
    """Says when the brief's ``undated`` section shows only the most reported of its undated events."""
    total = sum(1 for e in b.get("events", []) if not (e.get("date") or {}).get("value"))
    shown = len(b.get("undated", []))
    return (
        f"The {shown} reported by most sources, of {total}; all are in the JSON brief's events" if total > shown else ""
    )


def estimate_text(est: dict[str, Any] | None) -> str:
    """A publication-date estimate as a reader sees it: 'not before November 2016',
    'between 2016 and 3 March 2017', 'not after 3 March 2017'; '' without one."""
    if not est:
        return ""
    lo, hi = est.get("earliest") or "", est.get("latest") or ""
    if lo and hi:
        return f"between {human_date(lo)} and {human_date(hi)}"
    if lo:
        return f"not before {human_date(lo)}"
    return f"not after {human_date(hi)}" if hi else ""


def date_source(published: dict[str, Any]) -> str:
    """'from the url' / 'from the file path' when a publication date was read from where the
    article is filed rather than from the article itself (``published.method``); else ''."""
    source = (published.get("method") or "").split(" ", 1)[0]
    return {"url": "from the url", "path": "from the file path"}.get(source, "") if published.get("value") else ""


def _week(year: int, week: int, weekend: bool = False) -> str:
    """ISO week -> 'week of 24–30 October 2016' (Monday to Sunday); 'weekend of 29–30 October 2016'."""
    first = date.fromisocalendar(year, week, 6 if weekend else 1)
    last = date.fromisocalendar(year, week, 7)
    label = "weekend" if weekend else "week"
    if first.year != last.year:
        return f"{label} of {_dmy(first)} – {_dmy(last)}"
    if first.month != last.month:
        return f"{label} of {first.day} {MONTHS[first.month - 1]} – {_dmy(last)}"
    return f"{label} of {first.day}–{_dmy(last)}"


def _dmy(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def near_name(place: dict[str, Any], places: dict[str, dict[str, Any]] | None = None) -> str | None:
    """For a place of precision "vicinity": the name of the place it was put near (the brief's own
    name for it when the brief lists it), else None."""
    if place.get("precision") != "vicinity":
        return None
    other = (places or {}).get(place.get("near") or "")
    return (other or {}).get("name") or place.get("near_name") or None


def place_precision(place: dict[str, Any], places: dict[str, dict[str, Any]] | None = None) -> str:
    """The precision as shown to a reader: "town", "country", or for a name the gazetteer lacks
    "near New Orleans (not in gazetteer)" — never a point."""
    if place.get("precision") == "vicinity":
        near = near_name(place, places)
        return f"near {near} (not in gazetteer)" if near else "vicinity (not in gazetteer)"
    return str(place.get("precision") or "unknown")


# decimals shown for a place's coordinates, by precision: a town to ~100 m, a region to ~10 km,
# a country or sea to the degree; the brief's JSON keeps the full values
_COORD_DECIMALS = {"point": 4, "town": 3, "district": 2, "vicinity": 2, "region": 1}


def place_coords(place: dict[str, Any]) -> str:
    """ "35.953, 39.008" for a town, "35, 38" for a country, "≈ 35.95, 39.01" for a name the
    gazetteer lacks (placed near another), "not located" without coordinates: a reader is not
    shown more digits than the place's precision supports."""
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return "not located"
    d = _COORD_DECIMALS.get(str(place.get("precision") or ""), 0)
    text = f"{round(lat, d) + 0.0:.{d}f}, {round(lon, d) + 0.0:.{d}f}"  # + 0.0: no "-0"
    return f"≈ {text}" if place.get("precision") == "vicinity" else text


def anchor(source: str, sentence: int) -> str:
    return f"s-{source}-{sentence}"


def sentence_texts(sources: list[dict[str, Any]]) -> dict[tuple[str, int], str]:
    """(source id, sentence index) -> the sentence's text, so that a row that cites a sentence can show
    what it says (Who says what) rather than only where to find it."""
    return {(s["id"], t["index"]): t["text"] for s in sources for t in s.get("sentences") or []}


# how a figure's unit reads after its number ("5,000 barrels a day", "15 km", "20%"); money takes its sign
# before the number ("$562 million") or its code after it ("40 million RUB")
_UNIT_WORDS = {
    "bbl": "barrels",
    "gal": "gallons",
    "l": "litres",
    "m3": "cubic metres",
    "ft3": "cubic feet",
    "km2": "sq km",
    "mi2": "sq mi",
    "ha": "hectares",
    "acre": "acres",
    "inch": "inches",
    "yd": "yards",
    "nmi": "nautical miles",
    "t": "tonnes",
}
_PER = {
    "s": "a second",
    "d": "a day",
    "h": "an hour",
    "min": "a minute",
    "wk": "a week",
    "mo": "a month",
    "yr": "a year",
    "y": "a year",
}
_MEASURES = frozenset({"km", "mi", "m", "ft", "cm", "mm", "kg", "lb", "psi", "khz", "mhz", "mph"} | set(_UNIT_WORDS))
_MONEY_SIGN = {"usd": "$", "gbp": "£", "eur": "€", "jpy": "¥"}
_QUALIFIER_TEXT = {
    "more_than": "more than ",
    "at_least": "at least ",
    "up_to": "up to ",
    "about": "about ",
    "approx": "about ",
    "fewer_than": "fewer than ",
    "exact": "",
}
# a bound written before a range, shown as the source wrote it: the record keeps only the two ends, and
# "as many as 45,000-50,000" read as "45,000–50,000" is surer than its source
_RANGE_BOUND = re.compile(
    r"(about|around|roughly|approximately|some|(?:an )?estimated|up to|as (?:many|much|high) as|at least"
    r"|more than|over)\s+(?=[\d$£€¥]|[a-z]+\s+(?:to|or)\s)",
    re.I,
)


def _measure(unit: str | None, what: str | None) -> bool:
    """Whether a figure's unit is a unit of measure (km, barrels a day, a currency, per cent), written with the
    number, rather than the noun of what is counted ("vessels", "cases"), which goes in the "counts" column."""
    if not unit:
        return False
    base, slash, _ = unit.partition("/")
    return what == "money" or unit == "percent" or base in _MEASURES or bool(slash)


def _unit_words(unit: str) -> str:
    base, slash, per = unit.partition("/")
    words = _UNIT_WORDS.get(base, base)
    return f"{words} {_PER.get(per) or _per_thing(per)}" if slash else words


def _per_thing(per: str) -> str:
    """The words of a rate's "per" part that is no period: "bbl" is "a barrel", "share" "a share", "person"
    "a person"; a unit the table does not know is written "per <unit>"."""
    singular = {"bbl": "barrel", "gal": "gallon", "l": "litre", "t": "tonne", "kg": "kilogram", "lb": "pound"}
    word = singular.get(per)
    if word is None and per.isalpha() and per.islower() and len(per) > 3:
        word = per  # "share", "person", "household": a noun
    if word is None:
        return f"per {per}"
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _number(v: float) -> str:
    """A number as a newspaper prints it: 4,100,000 is "4.1 million", 562,000,000 "562 million" (only when
    exact to two decimals; 1,234,567 stays as it is), 12,000 "12,000", 2.5 "2.5"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            q = round(v / scale, 2)
            if abs(q * scale - v) <= 1e-9 * abs(v):
                return f"{q:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


_MINOR = {"usd": " cents", "eur": " cents", "gbp": "p"}


def _money(base: str, sign: str, v: float) -> str:
    """An amount as a price is printed: under one unit in its minor unit ("15p", "9 cents"), pennies with two
    decimals ("$3.49", "$67.50 a barrel", not "$67.5"), large sums in words ("$6 million")."""
    if 0 < abs(v) < 1 and base in _MINOR:
        cents = round(v * 100, 2)
        return f"{cents:g}{_MINOR[base]}"
    if not float(v).is_integer() and abs(v) < 1e6:
        return f"{sign}{v:,.2f}" if round(v, 2) == v else f"{sign}{v:,}"  # "£3.885" keeps its half penny
    return f"{sign}{_number(v)}"


def figure_text(f: dict[str, Any]) -> str:
    """A figure as a reader sees it, with its qualifier and unit of measure: "more than 40,000",
    "up to $1.5 billion", "about 5,000 barrels a day", "80–90%", "15 km"; a count's noun is not in it (see
    :func:`figure_counts`)."""
    q = _QUALIFIER_TEXT.get(str(f.get("qualifier") or "exact"), "")
    v, vmax = f.get("value"), f.get("value_max")
    if f.get("qualifier") == "order" or not isinstance(v, int | float):
        return str(f.get("text") or v)
    unit, what = f.get("unit"), f.get("what")
    num = _number(float(v))
    if f.get("qualifier") == "range" and isinstance(vmax, int | float):
        num = f"{num}–{_number(float(vmax))}"
        bound = _RANGE_BOUND.match(str(f.get("text") or ""))
        q = f"{bound.group(1).lower()} " if bound else q
    if not _measure(unit, what):
        return f"{q}{num}"
    assert unit is not None
    if what == "money":
        base, slash, per = unit.partition("/")  # a rate: "usd/d" is "$6 million a day", "usd/bbl" "$67 a barrel"
        rate = f" {_PER.get(per) or _per_thing(per)}" if slash else ""
        sign = _MONEY_SIGN.get(base)
        if not sign:
            return f"{q}{num} {base.upper()}{rate}"
        high = float(vmax) if f.get("qualifier") == "range" and isinstance(vmax, int | float) else None
        amounts = [_money(base, sign, float(v))] + ([_money(base, sign, high)] if high is not None else [])
        return f"{q}{'–'.join(amounts)}{rate}"
    if unit == "percent":
        return f"{q}{num}%"
    return f"{q}{num} {_unit_words(unit)}"


def figure_counts(f: dict[str, Any]) -> str | None:
    """What a figure counts, for the "counts" column: the noun counted when it says more than the category
    ("vessels" over "vehicles", "schools" over "buildings", "cases"), else the category ("killed",
    "displaced", "flow", "money"); people are the default and not named."""
    unit, what = f.get("unit"), f.get("what")
    if unit and unit != "people" and not _measure(unit, what):
        return str(unit)
    return str(what) if what else None
