"""Publication date: find candidate dates in metadata and page furniture, and choose one honestly.

Where a date may come from, strongest first:

1. ``metadata``: the container declared it (JSON/CSV/feed ``published``); never a crawl stamp
   (``crawled``, WARC-Date), which only says when the page was fetched.
2. ``html-metadata``: the HTML page's own date (trafilatura/htmldate on ``<meta>``, JSON-LD, ``<time>``).
3. ``labelled-line``: a header/footer line that names what the date is: "Published ...", "Updated ...",
   "Last updated: ...", " date 2017-06-09".  An "Updated" time is the last revision, so first
   publication may be earlier; the method says so.
4. ``stamp``: an unlabelled date in page furniture (a head/tail line or a stamp prefixed to the first
   paragraph: "Tuesday, September 16, 2008; 4:30 PM", "LONDON | Thu Apr 29, 2010 11:29 am EDT",
   a repeated title followed by "03.11.2016").  Page clocks and "today" widgets look exactly like
   this, so an unlabelled stamp on a line of its own is trusted only when it is consistent with the
   content: if the latest year the body mentions is more than one year earlier than the stamp, the
   stamp is rejected (a 2017 article rendered on a page whose clock says "24 May 2020").  A stamp
   glued to the article's own first line (after its headline, or before its first paragraph:
   "... WHO warns Tuesday 28 April 2009 17.37 BST The world should ...") is the article's dateline,
   not a widget, and is exempt: news looks back, and a third of such articles in Timeline17
   mention no year later than two years before their date (1918 in a 2009 swine-flu story; the
   2003 invasion in a 2005 Iraq story).  The check rejected 235 such datelines there, 234 of them
   right to the year.

5. ``url``: the day (or month) the article's url is filed under (``/2016/11/06/``,
   ``/20161106-raqqa``): set by the publisher's system, but a republished or updated page keeps it.
6. ``path``: the day folder or file name the article was saved under (``2009-04-28/128.txt``),
   when ``Options.path_dates`` is on: how an archive is kept says when it was collected, usually the
   publication day, so it is the last resort and the method says where it came from.

Dates inside body sentences are never publication dates (they are event dates).

Numeric dates (``03.11.2016``): a component above 12 decides the order; else ``Options.date_order``
when it is not ``auto``; else a weekday name next to the date decides when only one reading matches
it; else the separator decides: a dotted date is day-first (European and Russian usage:
``numeric-dotted-dmy``); a slashed or dashed ambiguous date (``03/11/2016``) is not trusted
(US usage is month-first, British day-first) and goes to ``rejected``.

When nothing can be trusted the value is None with precision "unknown", and an ``estimate`` may give
a clearly labelled bound: not before the latest absolute date the text mentions (the text reports
it as past, so the article is probably not older than it), and not after the earliest dated reader
comment when there are any; with no comments the upper end stays open ("").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from storyline.records import DateEstimate, Precision, PublishedDate

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_MON = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
_WD = r"(?:(?P<wd>(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*)\.?\s*,?\s*)"
_SEP = r"\s*,?\s*"
TZ = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|PKT|SAST|WIB|UK\s+time)"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*" + TZ + r"\b)?)"

# each pattern has named groups y, d and mon (name) or m (number)
DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    (
        "month-name-mdy",
        re.compile(
            _WD + r"?" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _SEP + r"(?P<y>(?:19|20)\d{2})(?!\d)", re.I
        ),
    ),
    (
        "month-name-dmy",
        re.compile(
            _WD + r"?(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + _SEP + r"(?P<y>(?:19|20)\d{2})(?!\d)", re.I
        ),
    ),
    (
        "numeric",
        re.compile(
            _WD + r"?(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)\d{2})(?![\d.]\d)",
            re.I,
        ),
    ),
]
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
MONTH_YEAR = re.compile(_MON.replace("(?P<mon>", "(?P<mon>") + r"\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?!\d)", re.I)
YEAR = re.compile(r"(?<![\d.,$£€-])(?P<y>(?:19|20)\d{2})(?![\d%])")
LABEL = re.compile(
    r"\b(?P<label>first published|published|posted|last updated|last modified|updated|modified|created|"
    r"date|dated|issued)\b\s*(?:on|at)?\s*:?",
    re.I,
)
TIME_RE = re.compile(_TIME, re.I)
FUTURE_CUE = re.compile(r"\b(?:by|until|till|before|through|to|in|from)\s*$", re.I)


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a string."""

    value: str  # TimeML "YYYY-MM-DD"
    precision: Precision
    span: str  # exact text
    start: int
    end: int
    kind: str  # iso | month-name-mdy | month-name-dmy | numeric-dotted-dmy | ...
    weekday: str | None = None
    weekday_ok: bool | None = None
    ambiguous: str | None = None  # why a numeric date could not be read


@dataclass
class Candidate:
    """A date that might be the publication date, with where it came from."""

    match: DateMatch
    source: str  # metadata | html-metadata | labelled-line | stamp
    line: str
    position: str  # head | tail | inline | meta
    label: str | None = None
    notes: list[str] = field(default_factory=list)
    dateline: bool = False  # glued to the article's own first line: exempt from the page-clock check


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _weekday_ok(wd: str | None, y: int, m: int, d: int) -> bool | None:
    if not wd:
        return None
    key = wd.lower().rstrip(".")
    idx = WEEKDAYS.get(key, WEEKDAYS.get(key[:3]))
    if idx is None:
        return None
    return date(y, m, d).weekday() == idx


def find_dates(s: str, date_order: str = "auto") -> list[DateMatch]:
    """Every full (day-precision) date expression in ``s``, left to right, without overlaps.

    ``date_order`` ("auto", "dmy", "mdy") only matters for ambiguous numeric dates; see the module doc.
    """
    found: list[DateMatch] = []
    if not _HAS_YEAR.search(s):
        return found
    taken: list[tuple[int, int]] = []
    for pkind, pat in DATE_PATTERNS:
        for mt in pat.finditer(s):
            kind = pkind
            if any(mt.start() < e and mt.end() > b for b, e in taken):
                continue
            gd = mt.groupdict()
            y = int(gd["y"])
            wd = gd.get("wd")
            ambiguous = None
            if kind == "numeric":
                a, b, sep = int(gd["a"]), int(gd["b"]), gd["sep"]
                sepname = {".": "dotted", "/": "slashed", "-": "dashed"}[sep]
                dmy_ok, mdy_ok = _valid(y, b, a), _valid(y, a, b)
                if dmy_ok and not mdy_ok:
                    m, d, kind2 = b, a, f"numeric-{sepname}-dmy (month cannot exceed 12)"
                elif mdy_ok and not dmy_ok:
                    m, d, kind2 = a, b, f"numeric-{sepname}-mdy (month cannot exceed 12)"
                elif not (dmy_ok or mdy_ok):
                    continue
                elif a == b:
                    m, d, kind2 = a, b, f"numeric-{sepname} (both readings agree)"
                elif date_order in ("dmy", "mdy"):
                    m, d = (b, a) if date_order == "dmy" else (a, b)
                    kind2 = f"numeric-{sepname}-{date_order} (options.date_order)"
                elif wd and _weekday_ok(wd, y, b, a) != _weekday_ok(wd, y, a, b):
                    m, d = (b, a) if _weekday_ok(wd, y, b, a) else (a, b)
                    kind2 = f"numeric-{sepname}-{'dmy' if m == b else 'mdy'} (weekday name decides)"
                elif sep == ".":
                    m, d, kind2 = b, a, "numeric-dotted-dmy (dotted format is day-first in European usage)"
                else:
                    m, d = b, a
                    kind2 = f"numeric-{sepname}"
                    ambiguous = (
                        f"{mt.group(0).strip()!r} is ambiguous: day-first {y}-{b:02d}-{a:02d} or "
                        f"month-first {y}-{a:02d}-{b:02d}; set date_order to read it"
                    )
                kind = kind2
            else:
                if gd.get("mon"):
                    mon = gd["mon"].lower()
                    m = MONTHS.get(mon, MONTHS.get(mon[:3], 0))
                else:
                    m = int(gd["m"])
                d = int(gd["d"])
                if not m or not _valid(y, m, d):
                    continue
            kind = (
                kind
                if kind.startswith("numeric")
                else {"iso": "iso", "month-name-mdy": "month-name", "month-name-dmy": "month-name"}[kind]
            )
            found.append(
                DateMatch(
                    value=f"{y:04d}-{m:02d}-{d:02d}",
                    precision="day",
                    span=mt.group(0).strip(),
                    start=mt.start() + (len(mt.group(0)) - len(mt.group(0).lstrip())),
                    end=mt.end(),
                    kind=kind,
                    weekday=wd,
                    weekday_ok=_weekday_ok(wd, y, m, d),
                    ambiguous=ambiguous,
                )
            )
            taken.append((mt.start(), mt.end()))
            # re-scan with the next pattern: the loops keep their own order
    found.sort(key=lambda x: x.start)
    return found


# a date in a url or file path: /2016/11/06/, 2016-11-06/, 20161106-raqqa.txt, /2016/11/ (month)
_PATH_DAY = re.compile(
    r"(?<![0-9A-Za-z])((?:19|20)\d{2})([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
)
_PATH_MONTH = re.compile(r"(?:^|/)((?:19|20)\d{2})[-_/](0[1-9]|1[0-2])(?=/|$)")


def path_date(path: str, kind: str) -> DateMatch | None:
    """The date a url path or a file path is filed under (the last one, nearest the file), or None.

    News sites file articles under their publication day (``/2016/11/06/raqqa``) and archives of
    downloaded articles are often kept in day folders (``2009-04-28/128.txt``).  ``kind`` is
    ``"url"`` or ``"path"``; the caller decides how far to trust it (the weakest source)."""
    if kind == "url":
        path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", path, flags=re.I).split("?", 1)[0].split("#", 1)[0]
    path = path.replace("\\", "/")
    found: DateMatch | None = None
    for m in _PATH_DAY.finditer(path):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if _valid(y, mo, d):
            found = DateMatch(f"{y:04d}-{mo:02d}-{d:02d}", "day", m.group(0), m.start(), m.end(), f"{kind}-path")
    if found is None:
        for m in _PATH_MONTH.finditer(path):
            found = DateMatch(
                f"{m.group(1)}-{m.group(2)}", "month", m.group(0).strip("/"), m.start(), m.end(), f"{kind}-path"
            )
    return found


def parse_meta_date(s: str) -> tuple[str, Precision] | None:
    """A declared date string (ISO 8601, RFC 2822 feed date, or prose) as a TimeML value."""
    s = s.strip()
    if not s:
        return None
    m = re.match(r"^((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]|$)", s)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if d and _valid(int(y), int(mo), int(d)):
            return f"{y}-{mo}-{d}", "day"
        if mo and 1 <= int(mo) <= 12:
            return f"{y}-{mo}", "month"
        return y, "year"
    try:
        from email.utils import parsedate_to_datetime

        dt = parsedate_to_datetime(s)
        return dt.date().isoformat(), "day"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%Y/%m/%d", "%Y.%m.%d"):
        try:
            return datetime.strptime(s[:10], fmt).date().isoformat(), "day"
        except ValueError:
            continue
    found = find_dates(s)
    if found and not found[0].ambiguous:
        return found[0].value, "day"
    return None


def body_latest_reference(body: str) -> tuple[int | None, str | None, str | None]:
    """The latest year the body mentions as a date (not as a future target), as (year, TimeML, span).

    Month-year and full dates give month/day values; bare years count only when they look like
    years in running text (not amounts, not "by 2030"-style targets).
    """
    best: tuple[int, str, str] | None = None
    for mt in YEAR.finditer(body):
        y = int(mt.group("y"))
        before = body[max(0, mt.start() - 12) : mt.start()]
        if FUTURE_CUE.search(before) and re.search(r"\b(by|until|till|before|through|to)\s*$", before, re.I):
            continue
        value, span = str(y), mt.group(0)
        for dm in find_dates(body[max(0, mt.start() - 30) : mt.end() + 1]):
            if dm.value.startswith(str(y)):
                value, span = dm.value, dm.span
        my = MONTH_YEAR.search(body[max(0, mt.start() - 14) : mt.end()])
        if len(value) == 4 and my and int(my.group("y")) == y:
            mon = my.group("mon").lower()
            mnum = MONTHS.get(mon, MONTHS.get(mon[:3], 0))
            if mnum:
                value, span = f"{y:04d}-{mnum:02d}", my.group(0)
        if best is None or value > best[1]:
            best = (y, value, span)
    if best is None:
        return None, None, None
    return best


def choose(candidates: list[Candidate], body: str, upper_bound: DateMatch | None = None) -> PublishedDate:
    """Pick the publication date from candidates (strongest source first) or say it is unknown."""
    order = {"metadata": 0, "html-metadata": 1, "labelled-line": 2, "stamp": 3, "url": 4, "path": 5}
    rejected: list[str] = []
    latest_year, latest_value, latest_span = body_latest_reference(body)
    trusted: list[Candidate] = []
    for c in candidates:
        mt = c.match
        if mt.ambiguous:
            rejected.append(f"{mt.span!r}: {mt.ambiguous}")
            continue
        if mt.weekday_ok is False:
            rejected.append(f"{mt.span!r}: weekday {mt.weekday!r} does not match {mt.value}")
            continue
        if c.source == "stamp" and not c.dateline and latest_year is not None and int(mt.value[:4]) - latest_year > 1:
            rejected.append(
                f"{mt.span!r}: unlabelled page stamp ({c.position}) dated {mt.value[:4]}, but the latest year the "
                f"text mentions is {latest_year} ({latest_span!r}); looks like a page clock or crawl time"
            )
            continue
        trusted.append(c)
    trusted.sort(key=lambda c: (order.get(c.source, 9), 0 if c.position in ("meta", "head") else 1))
    if trusted:
        best = trusted[0]
        for other in trusted[1:]:
            if other.match.value != best.match.value:
                rejected.append(
                    f"{other.match.span!r}: {other.source} ({other.position}) gives {other.match.value};"
                    f" {best.source} preferred"
                )
        method = best.source
        if best.source in ("labelled-line", "stamp"):
            method += f" {best.match.kind}"
        if best.label and best.label.lower() in ("updated", "last updated", "modified", "last modified"):
            method += " (last-update time; first publication may be earlier)"
        if best.source == "stamp" and latest_year is None:
            method += " (unlabelled; the text mentions no year to check it against)"
        if best.match.weekday_ok:
            method += " (weekday agrees)"
        if best.source == "url":
            method += " (the day the publisher filed the url under)"
        elif best.source == "path":
            method += " (the folder or file name it was saved under; usually, not surely, the publication day)"
        return PublishedDate(
            value=best.match.value,
            precision=best.match.precision,
            evidence=best.match.span,
            method=method,
            rejected=rejected,
        )
    estimate = None
    if latest_value is not None:
        # only a lower bound: how long after its latest date a text was written is unknown (a 2009
        # article may mention nothing after 1918), and an upper bound would be a guess
        latest = ""
        reason = (
            f"estimate, not a publication date: the text mentions {latest_span!r} as its latest date, "
            f"so it was probably written after it (how long after is unknown)"
        )
        if upper_bound is not None and upper_bound.value >= latest_value:
            latest = upper_bound.value
            reason += f"; reader comments dated {upper_bound.span!r} bound it from above"
        estimate = DateEstimate(earliest=latest_value, latest=latest, reason=reason)
    elif upper_bound is not None:
        estimate = DateEstimate(
            earliest="",
            latest=upper_bound.value,
            reason=f"estimate: reader comments dated {upper_bound.span!r} bound it from above",
        )
    return PublishedDate(
        value=None, precision="unknown", estimate=estimate, rejected=rejected, method="none: no trustworthy date found"
    )


def label_before(line: str, start: int) -> str | None:
    """The label ("Updated", "Published", "date") directly before position ``start`` in a furniture line."""
    head = line[:start]
    last = None
    for m in LABEL.finditer(head):
        last = m
    if last is None:
        return None
    between = head[last.end() :]
    # only time-of-day, weekday, punctuation may stand between the label and the date
    rest = TIME_RE.sub("", between)
    rest = re.sub(r"\b(?:[ap]\.?m\.?|ET|EST|EDT|GMT|BST|UTC|CET|MSK|UK time|on|at)\b", "", rest, flags=re.I)
    rest = re.sub(r"[\s,;:|\-–—]+", "", rest)
    return last.group("label") if not rest else None
