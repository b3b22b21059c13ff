"""Small helpers shared by the renderers (date display, citation anchors, place precision)."""

from __future__ import annotations

from datetime import date
from typing import Any

from storyline.annotate.timex_lexicon import MONTH_FULL

MONTHS = MONTH_FULL
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
MODS = {"START": "early", "MID": "mid-", "END": "late", "BEFORE": "before", "AFTER": "after", "APPROX": "about"}


def human_date(value: str | None, precision: str | None = None, mod: str | None = None) -> str:
    """'2016-11-06' -> '6 November 2016'; '2016-11' -> 'November 2016'; '2013-SP' -> 'spring 2013'.

    Precision is shown honestly: a month-precision value is never printed as a day.
    """
    if not value:
        return "date unknown"
    parts = value.split("-")
    text = value
    try:
        if len(parts) == 1 and parts[0].isdigit():
            text = parts[0] if len(parts[0]) == 4 else f"{parts[0]}0s" if len(parts[0]) == 3 else value
        elif len(parts) == 2 and parts[1] in SEASONS:
            text = f"{SEASONS[parts[1]]} {parts[0]}"
        elif len(parts) == 2 and parts[1].startswith("Q"):
            text = f"{parts[1]} {parts[0]}"
        elif len(parts) in (2, 3) and parts[1].startswith("W") and parts[1][1:].isdigit():
            text = _week(int(parts[0]), int(parts[1][1:]), weekend=len(parts) == 3 and parts[2] == "WE")
        elif len(parts) == 2 and parts[1] in ("H1", "H2"):
            text = f"{'first' if parts[1] == 'H1' else 'second'} half of {parts[0]}"
        elif len(parts) == 2:
            text = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        elif len(parts) >= 3:
            text = f"{int(parts[2][:2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        text = value
    if mod and mod in MODS:
        text = f"{MODS[mod]}{'' if MODS[mod].endswith('-') else ' '}{text}"
    return text


def when_text(dates: list[dict[str, Any]] | None) -> str:
    """A summary sentence's relative time expressions and their dates, for the reader:
    '"Sunday" = 6 November 2016; "last week" = not resolved (the article's date is not known)'."""
    parts = []
    for d in dates or []:
        if d.get("value"):
            inferred = " (year not written: taken from the article's date)" if d.get("year_inferred") else ""
            parts.append(f"“{d['text']}” = {human_date(d['value'], d.get('precision'), d.get('mod'))}{inferred}")
        else:
            parts.append(f"“{d['text']}” = not resolved ({d.get('reason') or 'no date to resolve it from'})")
    return "; ".join(parts)


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


def figure_text(f: dict[str, Any]) -> str:
    """'more than 40,000 fighters' style display of a figure with its qualifier."""
    q = {
        "more_than": "more than ",
        "at_least": "at least ",
        "up_to": "up to ",
        "about": "about ",
        "approx": "about ",
        "fewer_than": "fewer than ",
        "exact": "",
    }.get(str(f.get("qualifier") or "exact"), "")
    v = f.get("value")
    vmax = f.get("value_max")
    num = f"{v:,.0f}" if isinstance(v, int | float) and float(v).is_integer() else str(v)
    if f.get("qualifier") == "range" and vmax is not None:
        num = f"{num}–{vmax:,.0f}"
    if f.get("qualifier") == "order":
        return str(f.get("text") or num)
    return f"{q}{num}"
