"""Wire furniture in brackets, a writer's closing biography, and a mis-encoded pound sign.

* **Link notes** — a wire story prints pointers to other pages in brackets: "(For more Reuters
  coverage, click here)", "(For WHO information on swine flu, go to: here)".  A bracket opening
  with "For" and holding "click", "go to" or ending on "here" is page furniture wherever it stands
  (:func:`cut_link_notes`); "(For comparison, the tower is ...)" and "(For details, see the Post of
  17 May)" are prose and stay.
* **Credits** — "(Reporting by Jo Roe; Editing by Al Poe)", "(additional reporting by ...)",
  "(Writing and reporting by ...)": :data:`CREDIT_BRACKET` finds them in plain or tokenised text
  (``-LRB-`` ... ``-RRB-``); the people are kept as contributors by the caller.
* **A writer's biography** — a short closing paragraph about the writer ("He began covering
  politics for the Courier in 1992", "Jo Roe is the Courier's health correspondent") is no event
  of the story (:func:`writer_bio`): its subject is the byline's name, or "He"/"She", or a name
  whose job in the sentence is a newsroom job; and it names an outlet, or the subject is the
  byline's writer.
* **Media player notices** — "Cannot play media.", "Sorry, this media is not available in your
  territory.", "Please click the button below to install it." are the page's player, cut wherever
  they stand (:data:`MEDIA_NOTICE`, by :func:`cut_link_notes`); a headline glued before one is
  judged as a line of its own.
* **"#" for "£"** — the old ISO 646 UK character set put "£" where ASCII has "#", so "$562m
  (#346m)" is a pound amount: :func:`restore_pound` writes "£" back where "#" stands directly
  before an amount with a scale ("#346m", "#1.2bn", "#5 million") or a thousands-grouped amount
  ("#1,500"), or in brackets after an amount in another currency ("$10 (#6.80)"); never before a bare number ("#1", a rank or an issue number) or a word (#Avelia).
"""

from __future__ import annotations

import re

from storyline.clean import metadata as md

OPEN_BRACKET = r"(?:\(|-LRB-)"
CLOSE_BRACKET = r"(?:\)|-RRB-)"
_PLAIN = r"(?:(?!-LRB-|-RRB-)[^()\n])*"
_INNER = rf"{_PLAIN}(?:{OPEN_BRACKET}{_PLAIN}{CLOSE_BRACKET}{_PLAIN})*"  # one level of nested brackets: "(nFLU)"

LINK_NOTE = re.compile(
    rf"{OPEN_BRACKET}\s*For\s(?=[^()]*?(?:\bclick\b|\bgo\s+to\b|\bhere\s*{CLOSE_BRACKET}))"
    rf"{_INNER}{CLOSE_BRACKET}\.?",
)
"""A bracketed pointer to another page: "(For more ... coverage, click here)", "(For ..., go to: here)"."""

_CREDIT_WORD = r"(?:Reporting|Writing|Editing|Compiled|Edited)"
CREDIT_BRACKET = re.compile(
    rf"{OPEN_BRACKET}\s*(?:[Aa]dditional\s+(?:[Rr]eporting|[Ww]riting)|{_CREDIT_WORD}(?:\s+and\s+(?:reporting|writing|editing))?)"
    rf"\s+by\s+(?=[A-Z])(?P<inner>{_INNER}){CLOSE_BRACKET}(?:\s*\.)?"
)
"""A wire story's credit in brackets, anywhere in a line; ``inner`` is what follows "by"."""

CREDIT_OPENS = re.compile(
    rf"^{OPEN_BRACKET}\s*(?:additional\s+)?{_CREDIT_WORD.lower()}(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+[A-Z]",
    re.I,
)
"""A line that opens a credit bracket (which may close on a later line)."""
CREDIT_GOES_ON = re.compile(rf"^(?:additional\s+)?{_CREDIT_WORD.lower()}\s+by\s+[A-Z][^()]*$", re.I)
"""A line that goes on with a credit opened above ("Additional reporting by Al Poe.")."""


MEDIA_NOTICE = re.compile(
    r"(?:(?<=\s)|^)(?:(?-i:Can\s?not|Unable\s+to)\s+play\s+(?:this\s+)?(?:media|video)"
    r"|(?-i:Sorry)\s*,\s+this\s+(?:media|video|content)\s+is\s+not\s+available\s+in\s+your\s+(?:territory|country|region)"
    r"|(?-i:Please)\s+click\s+the\s+button\s+below\s+to\s+install\s+it)(?:\s*[.!]|(?=\s+(?-i:[A-Z])|\s*$))",
    re.I,
)
"""A media player's notice: the page's furniture, not the story."""


def cut_link_notes(line: str) -> tuple[str, list[str]]:
    """(the line without its link notes and media player notices, the pieces cut)."""
    notes = [m.group().strip() for rx in (LINK_NOTE, MEDIA_NOTICE) for m in rx.finditer(line)]
    if not notes:
        return line, []
    return " ".join(MEDIA_NOTICE.sub(" ", LINK_NOTE.sub(" ", line)).split()), notes


_CREDIT_PART = re.compile(
    r"^(?:additional\s+)?(?P<role>reporting|writing|compiled|edited|editing)(?:\s+and\s+(?:reporting|writing|editing))?"
    r"\s+by\s+(?P<names>.+)$",
    re.I,
)


_CREDIT_SPLIT = re.compile(
    r"\s*;\s*|(?:\.|,)\s+(?=(?:additional\s+)?(?:reporting|writing|editing|edited|compiled)\s+by\b)", re.I
)


def parse_wire_credit(bracket: str) -> md.Credit | None:
    """The people of a wire credit bracket: "(Reporting by Jo Roe in Avel and Al Poe. Additional
    reporting by Ed Lo; Editing by Di Fu)" -> contributors Jo Roe, Al Poe, Ed Lo; editor Di Fu.
    Where they reported from ("in Avel") goes to ``locations``; None when no name is read."""
    inner = md.untokenise(re.sub(rf"^{OPEN_BRACKET}\s*|\s*{CLOSE_BRACKET}(?:\s*\.)?$", "", bracket.strip()))
    people: list[str] = []
    editors: list[str] = []
    locations: list[str] = []
    for part in re.split(_CREDIT_SPLIT, inner):
        m = _CREDIT_PART.match(md.strip_final_period(part))  # "in Washington, D.C." keeps its period
        if m is None:
            continue
        names = []
        for n in md.split_names(md.join_regions(m.group("names"))):  # "in Washington, D.C." is one place
            name, place = md.split_location(n)
            place = place.replace("\x00", ", ") if place else None
            names.append(name)
            if place and place not in locations:
                locations.append(place)
        names = [n for n in names if n[:1].isupper() and not md.canonical_outlet(n)]
        target = editors if m.group("role").lower() in ("edited", "editing") else people
        target.extend(n for n in names if n not in target)
    if not people and not editors:
        return None
    return md.Credit(contributors=people, outlet=None, span=bracket.strip(), editors=editors, locations=locations)


# ---- a writer's closing biography -------------------------------------------------------------

_JOBS = (
    r"correspondent|reporter|editor|columnist|writer|journalist|contributor|bureau\s+chief|"
    r"commentator|critic|presenter|broadcaster|blogger|producer|analyst"
)
_SUBJECT = r"(?P<subj>He|She|(?:[A-Z][\w'’.\-]+\s+){1,3}?[A-Z][\w'’\-]+)"
BIO = re.compile(
    _SUBJECT + r"\s+(?:"
    # "is the Courier's health correspondent", "was a reporter for ...", "is a contributing writer to ..."
    r"(?P<is>is|was|has\s+been|had\s+been)\s+(?:(?:the|a|an|now|also|formerly|former|senior|chief|"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*\s*(?:'s|’s|'|’)?)\s+){0,4}(?:[\w'’\-]+\s+){0,3}?(?P<job>"
    + _JOBS
    + r")s?\b"
    # "began covering politics for ...", "joined the Courier in 1990", "has covered ... for ..."
    r"|(?P<career>(?:began|started)\s+(?:covering|reporting|writing|working)|joined|has\s+(?:covered|reported|written)"
    r"|covers|covered|writes|wrote|reports|reported)\b)"
)

_WRITER_IS = re.compile(_SUBJECT + r"\s+(?:is|was|has\s+been)\s")
"""Any "Name is ..." (kept unless the name is the byline's)."""
_PRESS = re.compile(r"\b(?:newspaper|magazine|news\s+agency|wire\s+service)\b", re.I)
"""A paragraph that names the press without an outlet we know: "Fortune magazine's senior editor"."""

_SPEECH = re.compile(r"\b(?:said|says|told|tells|telling|explains|argues|believes|warned|warns|added)\b")

MAX_BIO_WORDS = 60
MAX_BIO_SENTENCES = 2


def _names_outlet(s: str) -> bool:
    table = md.outlet_table()
    for m in table.alias_re.finditer(s):
        a, e = m.start(), m.end()
        if (a > 0 and s[a - 1].isalnum()) or (e < len(s) and s[e].isalnum()):
            continue
        if len(m.group()) <= 3 and m.group() not in ("CNN", "BBC", "AFP", "NPR", "CBS", "NBC"):
            continue
        return True
    return False


def writer_bio(paragraph: str, authors: list[str] | None = None) -> bool:
    """Is this closing paragraph about the article's writer rather than the story?

    The paragraph is short (at most :data:`MAX_BIO_WORDS` words, two sentences) and opens with a
    subject and a newsroom job or career verb (:data:`BIO`).  The subject is "He"/"She" or a name;
    it is the writer when the name shares a word with the byline (``authors``); otherwise the
    paragraph must name an outlet ("... for the Courier") and, for a name, give a newsroom job
    ("correspondent", "editor") or a career verb: "Jo Roe was a nurse" stays, and so does "He
    joined the board of Avelia Oil" (no outlet)."""
    s = md.untokenise(paragraph).strip()
    if len(s.split()) > MAX_BIO_WORDS or len(re.findall(r"[.!?](?:\s|$)", s)) > MAX_BIO_SENTENCES:
        return False
    if _SPEECH.search(s):
        return False  # what the person said is the story: "X, an editor at the Courier, told us ..."
    m = BIO.match(s)
    subj = m.group("subj") if m else None
    if m is None:
        m_is = _WRITER_IS.match(s)
        subj = m_is.group("subj") if m_is else None
    if subj is None:
        return False
    writer_words = {w for a in authors or [] for w in a.split() if len(w) > 2}
    if subj not in ("He", "She") and writer_words & set(subj.split()):
        return True  # the byline's writer: "Jo Roe is professor of history at ..."
    if m is None or not (_names_outlet(s) or _PRESS.search(s)):
        return False
    if subj in ("He", "She"):
        # a pronoun is the writer only with a career verb or a job: "He joined the Courier in 1990"
        return True
    return bool(m.group("job") or m.group("career"))


# ---- "#" for "£" ----------------------------------------------------------------------------

POUND_HASH = re.compile(
    r"(?<![\w#&/])#(?=(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?\s?(?:m|bn|k|mn|million|billion|trillion)\b))"
)
"""A "#" before an amount with a scale or a thousands-grouped amount: a pound sign in ISO 646 UK."""


CONVERTED_HASH = re.compile(
    r"(?P<amount>(?:US\$|A\$|C\$|NZ\$|HK\$|[$€¥])\s?\d[\d.,]*(?:\s?(?:m|bn|k|million|billion|trillion)\b)?"
    r"|\d[\d.,]*\s?(?:m|bn|million|billion)?\s?(?:euros?|dollars?|yen)\b)\s?\(#(?=\d)"
)
"""A "#" amount in brackets straight after an amount in another currency: the conversion into pounds
("$10 (#6.80)", "$1,100 (#715)")."""


def restore_pound(text: str) -> tuple[str, int]:
    """(text with "£" for every :data:`POUND_HASH` and :data:`CONVERTED_HASH`, how many were changed)."""
    text, n = POUND_HASH.subn("£", text)
    text, k = CONVERTED_HASH.subn(lambda m: m.group(0)[:-1] + "£", text)
    return text, n + k
