"""Wire datelines: found once, cut from the text, read for the publisher.

A dateline ("KUALA LUMPUR, April 27 (Reuters) - ", "NORLAND, Md. (AP) -- ", "(CNN)") is the copy's
metadata, not a sentence of the story.  :func:`cut_datelines` finds every dateline that opens a line
(and one inside the first lines, after a wire's headline and key-point bullets), cuts it out of the
text and returns it as a :class:`Dateline` with the place, region, day and agency it names.  The
publisher read from a dateline (:mod:`storyline.clean.article`) is the agency of a dateline cut here,
so the text that loses a dateline and the outlet it names can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.metadata import canonical_outlet, untokenise

_LOWER_WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]|[a-z]")

_DL_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_DL_PLACE = rf"{_DL_WORD}(?:[ /]+{_DL_WORD}){{0,4}}"  # "WASHINGTON", "KUALA LUMPUR", "HOUSTON/LONDON"
# ", La.", ", Iraq", ", La/HOUSTON" (a second place after the region), ", Ala.," (a comma after it)
_DL_REGION = r",[ \t]*[A-Z][A-Za-z.]*(?:(?:[ \t]+|/)[A-Z][A-Za-z.]*){0,2},?"
_DL_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DL_DATE = rf",?[ \t]*{_DL_MONTH}[ \t]+\d{{1,2}}"
# a page's stamp before the dateline, with the place ("HOUSTON | Tue Apr 27, 2010 5:01 pm EDT ") or without
_DL_STAMP = (
    rf"(?:{_DL_PLACE}(?:{_DL_REGION})?[ \t]*\|[ \t]*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[ \t]+{_DL_MONTH}[ \t]+"
    r"\d{1,2},[ \t]*\d{4}[ \t]+\d{1,2}:\d\d[ \t]*(?:[ap]m)?[ \t]*[A-Z]{2,4}[ \t]+"
)
_DL_AGENCY = r"\([ \t]*(?P<outlet>[A-Z][\w.&' \-]{0,30}?)[ \t]*\)"
DATELINE = re.compile(
    rf"^(?:{_DL_STAMP})?(?:{_DL_PLACE}(?:{_DL_REGION})?[ \t]*(?:--|—|–)[ \t]*)?"
    rf"(?:(?P<place>{_DL_PLACE})(?P<region>{_DL_REGION})?(?P<date>{_DL_DATE})?[ \t]*|(?P<day>{_DL_DATE})[ \t]+)?"
    rf"{_DL_AGENCY}[ \t]*(?:(?:-{{1,2}}|—|–)[ \t]*)?(?=[A-Z\"“‘'`(\d])",
    re.MULTILINE,
)
"""A wire dateline opening a paragraph: the place, maybe its region and the day, and the agency in
brackets, then a dash ("KUALA LUMPUR, April 27 (Reuters) - ", "FORT ELLIS, Md. (AP) -- ",
"WASHINGTON (Sputnik) — ", "(CNN)", "June 3 (Reuters) - "); a page may print the place twice
("WASHINGTON -- WASHINGTON (AP) -- ") or its stamp before it ("HOUSTON | Tue Apr 27, 2010 5:01 pm EDT
HOUSTON (Reuters) - ").  The name in brackets must be a known outlet (``data/outlets.json``)."""
PLACE_DATELINE = re.compile(
    rf"^(?P<place>{_DL_PLACE})(?P<region>{_DL_REGION})?[ \t]*(?:--|—)[ \t]*(?=[A-Z\"“‘'`][\w'’]*[ \t])",
    re.MULTILINE,
)
"""A dateline of the place alone, before a double hyphen or an em dash ("KEY WEST, Fla. -- The
Coast Guard says ...", "WASHINGTON -- What makes ..."), as agency copy that lost its agency prints
it; read only near the top (:data:`PLACE_DATELINE_LINES`) and for a place of two words, one with its
region, or one of :data:`MIN_PLACE_LETTERS` letters, so that a short acronym as a subject ("NASA --
the agency ...") is no place."""
PLACE_DATELINE_LINES = 3
"""Lines of the text a dateline of the place alone may open, and lines in which a wire dateline may
stand after the wire's headline, key-point bullets and editors' notes (:data:`INNER_DATELINE`); the
publisher is read from a dateline in these lines only."""
INNER_DATELINE = re.compile(
    rf"(?<=\s)(?:{_DL_STAMP})?(?P<place>{_DL_PLACE})(?P<region>{_DL_REGION})?(?P<date>{_DL_DATE})?[ \t]*"
    rf"{_DL_AGENCY}[ \t]*(?:-{{1,2}}|—|–)[ \t]*(?=[A-Z\"“‘'`(\d])"
)
"""A wire dateline inside one of the first lines, after the wire's furniture ("* Turkey confirms
first case * Virus detected in traveller (Adds ministry confirmation) ISTANBUL, May 16 (Reuters) -
..."): the story starts after it, and what stands before it on the line goes with it.  The place is
read as for :data:`PLACE_DATELINE` unless the day follows it (a short acronym before an agency in
brackets is a cited source, "ROME, April 29 (Reuters)" a dateline)."""
OTHER_AGENCY_DATELINE = re.compile(
    rf"^(?:{_DL_STAMP})?(?P<place>{_DL_PLACE})(?P<region>{_DL_REGION})?[ \t]*"
    r"\((?P<outlet>[A-Z][\w.&'’\-]*(?:[ \t]+[A-Z][\w.&'’\-]*){0,3})\)[ \t]*(?:-{1,2}|—|–)[ \t]*(?=[A-Z\"“‘'`])",
    re.MULTILINE,
)
"""A dateline near the top in the wire's form whose name in brackets is no outlet of the table: a
syndicated outlet's credit, the name holding a word of a publication (:data:`OUTLET_WORD`: "LOS
ANGELES (Hollywood Reporter) - ") or, printed the other way round, a known outlet before its place of
one or two words ("POLITICO (Washington) - ").  Cut as a dateline (read only in the first
:data:`PLACE_DATELINE_LINES` lines, with the dash after the bracket and a place as for
:data:`PLACE_DATELINE`); no publisher is read from it (the agency is kept as written): a syndicated
outlet's copy is often printed on another site's page.  The page's stamp may stand before it, as
before :data:`DATELINE`.  A name in brackets of one word (:data:`ONE_WORD_OUTLET`: "LOS ANGELES
(Billboard) - ") counts as a publication's too."""
ONE_WORD_OUTLET = re.compile(r"[A-Z][a-z]{3,}(?:\.com)?|[A-Z][a-z]*[A-Z][\w]*(?:\.com)?")
"""A name in a dateline's brackets of one word, a publication's title ("Billboard", "Variety",
"CNNMoney.com"): after a place of the dateline's shape (:data:`PLACE_DATELINE`) and before its dash, a
single proper name in brackets names the copy's source.  A bracket that spells out the place's acronym
("UNICEF (United Nations Children's Fund) -") and a wire's slug before it ("UPDATE", :data:`WIRE_SLUGS`)
are no dateline."""
WIRE_SLUGS = re.compile(
    r"\b(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|BREAKING|INTERVIEW|URGENT|FLASH|PREVIEW|"
    r"REVIEW|COLUMN|COMMENT|OPINION|FEATURE|SPECIAL|EDITORIAL)\b"
)
OUTLET_WORD = re.compile(
    r"\b(?:Reporter|News|Times|Post|Journal|Herald|Press|Daily|Magazine|Weekly|Tribune|Telegraph|Gazette|"
    r"Observer|Radio|TV|Television|Network|Chronicle|Examiner|Courier|Monitor|Globe|Bulletin|Dispatch|Inquirer)\b"
)
"""A word that names a publication: a name in a dateline's brackets that the outlet table does not know
counts as an outlet's only with one ("(Hollywood Reporter)", not "(Avel Party)")."""
MIN_PLACE_LETTERS = 5
MIN_DATELINE_BODY = 3
"""Words at least after a dateline for it to be split from them (one in lower case at least)."""


@dataclass(frozen=True)
class Dateline:
    """One dateline cut from the text: the span as printed and what it names."""

    text: str  # as cut, stripped ("ROME, April 29 (Reuters) -"; with the bullets before an inner one)
    line: int  # index of the line it opened (or stood in) among the text's non-empty lines
    place: str | None = None  # "ROME", "VENICE"
    region: str | None = None  # "La.", "Iraq"
    day: str | None = None  # the day as written ("April 29"), never resolved to a date here
    agency: str | None = None  # the name in brackets as written ("AP")
    outlet: str | None = None  # the outlet table's name for the agency ("Associated Press")


def story_dateline(datelines: list[Dateline]) -> Dateline | None:
    """The dateline the copy itself opened with: the first one in the first ``PLACE_DATELINE_LINES``
    lines, with an agency or not ("KEY WEST, Fla. --"); a dateline further down opens a story the page quotes."""
    return next((d for d in datelines if d.line < PLACE_DATELINE_LINES), None)


def _clean(s: str | None, strip: str = " \t,") -> str | None:
    s = (s or "").strip(strip)
    return s or None


def _record(text: str, a: int, b: int, m: re.Match[str]) -> Dateline:
    groups = m.groupdict()
    agency = _clean(groups.get("outlet"))
    return Dateline(
        text=text[a:b].strip(),
        line=sum(1 for ln in text[:a].split("\n")[:-1] if ln.strip()),
        place=_clean(groups.get("place")),
        region=_clean(groups.get("region")),
        day=_clean(groups.get("date") or groups.get("day")),
        agency=agency,
        outlet=canonical_outlet(agency) if agency else None,
    )


def find_datelines(text: str) -> list[Dateline]:
    """Each wire dateline (:data:`DATELINE`, or :data:`PLACE_DATELINE` near the top) that opens a
    line of ``text`` with at least ``MIN_DATELINE_BODY`` words after it on the line; for a dateline
    inside one of the first lines (:data:`INNER_DATELINE`), from the line's start.  In text order,
    with their spans in ``text`` (``(start, end, Dateline)``)."""
    return [d for _, _, d in _spans(text)]


def _spans(text: str) -> list[tuple[int, int, Dateline]]:
    def body_after(end: int) -> bool:
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]  # a sentence: words, some in lower case
        return len(rest.split()) >= MIN_DATELINE_BODY and _LOWER_WORD.search(rest) is not None

    out: list[tuple[int, int, Dateline]] = []
    for m in DATELINE.finditer(text):
        if canonical_outlet(m.group("outlet")) and body_after(m.end()):
            out.append((m.start(), m.end(), _record(text, m.start(), m.end(), m)))
    starts = [0, *(k.end() for k in re.finditer(r"\n+", text))][:PLACE_DATELINE_LINES]

    def a_place(m: re.Match[str]) -> bool:
        place = m.group("place")
        return bool(m.group("region") or " " in place or len(place.strip(".")) >= MIN_PLACE_LETTERS)

    for a in starts:
        line_end = text.find("\n", a)
        inner = INNER_DATELINE.search(text, a, line_end if line_end >= 0 else len(text))
        taken = any(x <= a < y for x, y, _ in out)
        if (
            inner
            and not taken
            and (a_place(inner) or inner.group("date"))
            and canonical_outlet(inner.group("outlet"))
            and body_after(inner.end())
        ):
            out.append((a, inner.end(), _record(text, a, inner.end(), inner)))
    for a in starts:
        o = OTHER_AGENCY_DATELINE.match(text, a)
        if o is None or any(x <= a < y for x, y, _ in out) or not body_after(o.end()):
            continue
        d = _record(text, a, o.end(), o)
        first = o.group("place").strip()
        where = o.group("outlet")
        if canonical_outlet(first) and not o.group("region"):  # "POLITICO (Washington) -"
            if len(where.split()) > 2 or OUTLET_WORD.search(where) or canonical_outlet(where):
                continue  # a name spelled out in brackets ("BBC (British Broadcasting Corporation)") is no place
            # the copy is the outlet's, but the page may be another site's: no publisher is read from it
            d = Dateline(d.text, d.line, place=where, agency=first)
        elif (
            not a_place(o)
            or canonical_outlet(o.group("outlet"))
            or not (OUTLET_WORD.search(where) or ONE_WORD_OUTLET.fullmatch(where))
            or _spells(first, where)
            or WIRE_SLUGS.search(first)
        ):
            continue  # a short acronym is no place; a known agency is DATELINE's; "(Avel Party)" no outlet
        out.append((a, o.end(), d))
    for p in PLACE_DATELINE.finditer(text):
        taken = any(a <= p.start() < b for a, b, _ in out)
        if (
            p.start() in starts
            and a_place(p)
            and not taken
            and not canonical_outlet(p.group("place"))
            and body_after(p.end())
        ):
            out.append((p.start(), p.end(), _record(text, p.start(), p.end(), p)))
    return sorted(out, key=lambda s: s[0])


def _spells(acronym: str, name: str) -> bool:
    """True when ``name``'s capitalised words' initials spell ``acronym`` ("UNICEF", "United Nations
    International Children's Emergency Fund"), or its first letters do."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(letters) >= 2 and (initials.startswith(letters) or (letters.startswith(initials) and len(initials) >= 2))


def cut_datelines(text: str) -> tuple[str, list[Dateline]]:
    """(``text`` without the wire datelines that open its lines, the datelines in order).  A dateline
    is no part of the article's first sentence: "KUALA LUMPUR, April 27 (Reuters) - The minister said
    ..." reads "The minister said ...", and "KUALA LUMPUR, April 27 (Reuters) -" goes to the removed
    lines.  Its place, day and agency are the copy's metadata, not a sentence of the story: left in the
    text, the line alone would read as an event on the dateline's day."""
    found: list[Dateline] = []
    for _ in range(2):  # a place's dateline after the agency's credit ("(AP) WASHINGTON -- ...") opens a line once cut
        spans = _spans(text)
        if not spans:
            break
        out: list[str] = []
        last = 0
        for a, b, d in spans:
            found.append(d)
            out.append(text[last:a])
            last = b
        out.append(text[last:])
        text = "".join(out)
    found.sort(key=lambda d: d.line)
    return text, found


def split_datelines(text: str) -> tuple[str, list[str]]:
    """:func:`cut_datelines` with the datelines as printed."""
    text, found = cut_datelines(text)
    return text, [d.text for d in found]


def outlet_dateline(datelines: list[Dateline]) -> Dateline | None:
    """The dateline that names the publisher: the first one in the first ``PLACE_DATELINE_LINES``
    lines whose agency is a known outlet (a dateline further down opens a story the page quotes)."""
    for d in datelines:
        if d.outlet and d.line < PLACE_DATELINE_LINES:
            return d
    return None


def dateline_outlet(paragraph: str) -> tuple[str, str] | None:
    """(outlet, dateline as printed) when ``paragraph`` opens with a dateline naming a known outlet."""
    _, found = cut_datelines(untokenise(paragraph))
    d = outlet_dateline(found)
    return (d.outlet, d.text) if d and d.outlet else None
