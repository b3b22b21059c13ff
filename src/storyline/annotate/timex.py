"""Temporal expressions: find them in news text and normalise them to TimeML values.

Rule-based and fast (a few milliseconds per article): regular expressions find the
candidates, a small resolver turns each into a TimeML ``value`` anchored on the
article's publication date.  News-aware choices:

* a weekday or a month without a year is resolved by the verb tense around it:
  past tense (the news default) gives the most recent such day *on or before* the
  publication date ("said Sunday" in a Sunday story is that Sunday), future cues
  (will, would, plans, expected, next, ...) give the next one.  A past verb within three
  words decides; one further off in the same clause decides too when nothing in the
  sentence looks ahead (no future cue, no "is", "are", "expects", "plans" ...): "Jackson
  died at his Los Angeles home on 25 June" in a February story is the June before;
* a relative expression in an undated article is never guessed: ``value`` is None,
  ``anchor`` "none" and ``reason`` says why; absolute dates still get values;
* a bare number is never a date ("61", "Division 17", "30,000"), and a four-digit
  number that counts something ("2000 fighters") is not a year;
* a four-digit clock time is not a year: "1653 local time (2153 GMT)", a live page's stamps
  ("1628 The UN says ..."; on a short page of three or more, "... in London 1626: Jo Roe ...", when none can be a
  year of the story), "at 1100" when 1100 can be no year of the story;
* a clock time is on the day written next to it, else on the last day named in its sentence or
  the two before, one of those only when it frames the clock: the clock's sentence points back ("that night",
  "later") or is told in the same tense ("results reported on Tuesday.  The shares traded down at 1516 GMT" is no
  Tuesday); else, when its own clause looks ahead with a plain future ("will speak at 2000",
  "is due to land at 3pm") and no later day is named before it, on the publication day (a time on
  another day ahead would say which); with none of these its day is left unresolved (``value`` None,
  the time in ``reason``): a past clock may be in a report published the next day.  Clocks tied
  together keep midnight in mind ("2000 (0000 GMT)", "from 2300 to 0200": the second is a day later);
* "is to" + a verb and "to be" + a participle after a noun look ahead ("ministers are to meet on
  Thursday"); a day fronted before a comma takes the tense of the clause after it;
* "late summer" in September (a part of a season, in the month right after it) is the summer just
  ended: by the astronomical calendar it is still on;
* a season or month in a habitual clause ("flu tends to spread in autumn", "trade is usually slow in August",
  "each year in March"), a bare season in a present-tense general statement ("dark in winter"), and a season in a
  sentence about the southern hemisphere get no value, with the reason: no one year is meant (or TimeML's
  northern season codes would be wrong); a capitalised season in a title ("The Rite Of Spring") is no date;
* a plan told in the past ("was scheduled for Wednesday", "was due on Monday", "were to meet on Friday", "hoped
  to ... by Wednesday") is for the day ahead when that day is one or two days after the publication, or three or
  four when no contrast tells in the past what became of it ("was due on Monday but was delayed");
  "this Tuesday" with a future cue is the Tuesday ahead even late in the week;
* "September 11" without a year names the attacks of 2001 before an attack noun or after "the attacks of", or,
  in a story that speaks of terror, when it lies more than a month from the publication date with no other day of
  that September named before it and no future cue;
* a bare season after "of" ("the strains of summer") is the current or just-ended season, else gets no value;
  a weekday before a noun of a weekly custom ("the Sunday joint", "a national Sunday paper") or after a word of
  habit ("his usual Thursday slot") is no date; "as soon as" / "as early as" before a
  day looks ahead however far its modal; "later Thursday" is the nearer Thursday, whatever the tense; a
  participle right after a day ("a hearing on Thursday devoted to") is no past verb, nor is a word in -ed right
  after a preposition ("for invited guests", "from Stansted");
* a weekday or month owning an event looked ahead to ("preparations are under way for Saturday's concert", "ahead
  of November's elections") is the coming one (after a past verb, the nearer one); "until April's accident" is
  the April before;
* a bare holiday before a noun of a thing ("his Christmas card list", "Easter eggs", "the office Christmas party")
  and a capitalised Today or Tonight naming a programme or a paper ("Radio 4's Today programme", "USA Today",
  "on Tonight with ...") are no dates;
* "today" meaning "nowadays" is PRESENT_REF, no day: "today's teenagers", "in today's dollars", "young people today",
  "the youth of today", "as relevant today as in 1992", "compared with today" ("announced today", "today's decision"
  stay the publication day); a capitalised "Today" ending a name ("Psychology Today") is no date;
* the days around a holiday ("the Christmas period", "the Easter holidays", "the Thanksgiving weekend") are its
  month, approximately (mod APPROX), not its one day; a holiday opening a name ("Christmas Island") or in a habitual
  clause ("shoppers usually spend more at Christmas") gets no day;
* a plan in the present perfect looks ahead ("a hearing has been scheduled for 23 August"); a verb after an aside
  between spaced dashes does not govern a date inside it ("Ann Orr - who is to leave in May - said");
* "the past year" / "the last year" is the span of twelve months up to the publication (P1Y, as "the past two
  years" is P2Y), not the calendar year before (TimeBank's gold says the latter, but it dates what the text does
  not); so "the past month" / "the past week" (P1M, P1W); "the last year of the war" is no time expression.
* an event named with its day in a sentence about announcing or scheduling it ("The 8 October gig was announced on
  Monday", "confirmed a memorial service for the miners on 3 November") is the nearer occurrence, with no bias to
  the past: the announcing is past, the event may lie ahead; a weekday owning an event with no tense in its clause
  ("doors open at 4pm for Saturday's show") is the nearer one too;
* a weekday written with a date picks the year next to the tense's in which the two agree ("a debate scheduled for
  Friday, Sept. 26" in November is the September just gone when only that year's 26th is a Friday);
* "that year" after a date ("lobbied on 15 October and 9 November that year", "in June of that awful year") takes
  the last year written before it; "an April day in 1998" takes the year after its noun; a range's end without a
  year is not before its start ("runs from 1 June to 30 November");
* a futures month ("wheat for December delivery") is the current or coming one; "has" of having ("already has a
  freeze in place through March") is no past verb and looks ahead; "looming", "forthcoming" look ahead; a
  participle with a named agent after a date ("by August repeated by Obama") is no past verb of the date's clause;
* a clock takes a day its own sentence named before it, ahead of the publication or not ("for Saturday's show, with
  the first act on stage at 18:00"), or the day's event it is for ("doors open at 16:00 for Saturday's show"); a
  day after "since" starts a span and is no day a later clock is on; a weekday owning an event in the present
  perfect ("a capacity has been set for Saturday's show") is the nearer one;
* a simple past in a hypothesis ("if a second wave swept the globe in the winter, hospitals could struggle") looks
  ahead as a modal does (a season the next one, a month or weekday the nearer); "as if", a past perfect and a
  question ("could not say whether it sank in May") stay past; a "would" in another clause does not make a
  sentence look ahead ("tests done in February ..., only one showed the mix would hold" is the February before);
* a month before a surname after "and" closing a list of names ("Bill Wallis and June Barrie"), or written so
  elsewhere after a word that heads no date, is a name;
* "in the next year", "over the coming month", "within the next week" are spans ahead (P1Y, P1M, P1W), not the
  calendar year, month or week after the publication ("next year" alone is that); published in November or
  December, "the next year" stays the calendar year after, where most of its months lie;
* "the next year" (month, week) told in the past ("the next year he moved to Boston" after "in 1998") is the one after
  the last date named before it, never after the publication; with no such date it is not guessed;
* "until" + a weekday told in the past ("didn't hear of it until Friday night") is the day before, unless a present
  perfect, a range ("from Thursday until Saturday") or a delay ("postponed the test until Friday") may put it ahead;
* a deadline ("by August", "by December 31") looks ahead with a future or modal verb near it, or with no past verb in
  its clause and a sentence that looks ahead ("expects ... by December"); after a pledge told in the past ("pledged
  legislation by August") it is the nearer occurrence; set off before a comma, the clause after it decides;
* "a year ago" / "a year from now" is that month a year back or on, approximately (mod APPROX), not the whole calendar
  year nor a day (the year when only the publication year is known; a quarter in a quarterly report stays a
  quarter); "just over a year ago", "a little over a week ago", "a year and a half ago" are dated too;
* two weekdays joined by "to", "through", "until" or a dash are a range without "from" ("runs Thursday through
  Saturday"; "Monday and Thursday" are two days); the working week with no tense and no week named ("the helpline is
  open Monday to Friday") is a weekly schedule, on no one day;
* a month or day without a year after a past verb of its own clause, however far, is the one before when nothing in
  the sentence looks ahead and no verb of a plan or of another clause stands between ("Eleven men died in the
  explosion on the rig in April" in December; not "agreed to hold a conference in March", "before the rainy season
  begins in May", nor after a verb of telling: "told the refiners of a cut in September"); "than expected", "as
  forecast" are no plans;
* "today" after a people's name in the plural or a word of a whole country or trade ("Americans today are more
  wary", "the industry today is safer"), or a present state after it compared with an earlier age ("is safer than
  it was in 1987", "than ever"), is nowadays (PRESENT_REF); a progressive keeps the day ("Haitians today are
  burying their dead");
* a weekday after a present "is"/"are" ("the party is on Sunday", "ministers are meeting Friday") is the coming one
  unless the sentence tells a past verb other than one of saying; a weekday of an event "ahead of" it ("ahead of
  their hearing with him on Thursday") is the nearer one; "this weekend" with no tense is the nearer weekend (on a
  Thursday or Friday the coming one) unless the sentence has a past verb;
* a count of years told as later or earlier ("21 years later", "two decades later", "three years earlier") counts from
  a year or date written in its sentence or the two before ("the 1989 spill ... 21 years later" is 2010), or is the
  year set beside it ("Twenty years earlier, in 1990,"); a date named further back is another episode: "later" is
  then undated, "earlier" after a comparison ("down from $9m a year earlier") is a year before the publication, and
  "earlier" in a narrative keeps the last year named.  A later time (of years, months, weeks or days) counted on from
  a named date that lands after the publication in a sentence with no future cue is undated: the text tells it as
  past, so the count overshot;
* "ten days later", "the next day" are undated when, since the last day named, the story has moved to a year or
  month that does not hold it ("was in court yesterday.  The leak in 2009 ...  Fifteen days later"), when that day
  is more than ten sentences back, or when another count stands between that is undated or coarser ("on June 11.
  Weeks later ...  Two days after that"); a count told as later after one so dated goes on from it ("on June 11.  A
  day later ...  Two days after that" is the 14th); an earlier time so counted that lands after the publication in a
  past telling is undated too;
  "This Week", "This Morning" after a name's possessive ("ABC's This Week") are programmes, no time;
* a count told with "on", "afterwards", "after that" ("Five years on, ...", "two days afterwards") is an offset read
  as "later" is, unless a span ("for five years on the board", "14 days on, 14 days off"); "N years on from" an event
  counts from a year written in the event's phrase ("six years on from the 2004 flood"), a count of days, weeks or
  months from a day written there, as that day is resolved ("four weeks on from the Thursday July 7 attacks"), and a
  fronted "N years on" whose clause is told in the present ("Forty years on, the crude is still killing wildlife") is
  now (PRESENT_REF); otherwise "on from" an event the phrase does not date is undated;
* a date without a year heading a line of a chronology ("May 2 - The governor visits the valley", with at least one
  more line so headed) is told in the historic present: the last such day not after the publication date, unless
  its entry, up to a verb of saying, speaks of a plan ("is due to", "will", "scheduled"); a present entry that so
  read would lie nearly a year from the entry next to it is read a few weeks ahead (a list kept on past a stale
  publication date); a weekday in such a line is no arrangement ahead.

Values for parts of the day follow TimeML ("2016-11-05TNI" for "Saturday night");
the first ten characters are always the calendar day.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from storyline.annotate import timex_lexicon as lex
from storyline.clean.glued import live_stamp_order
from storyline.records import Precision, PublishedDate, TimeExpression

Tense = Literal["past", "future"] | None

UNDATED_REASON = "relative to an unknown publication date"
LIVE_STAMP = "live-page time stamp"
"""How the reason of a live page's entry stamp begins (read by :func:`storyline.story.boxes.live_stamp_end`)."""

# --------------------------------------------------------------------------- regex parts

_MONTH_ALT = "|".join(
    [
        *lex.MONTH_FULL,
        *(m.upper() for m in lex.MONTH_FULL),
        r"Jan\.?",
        r"Feb\.?",
        r"Mar\.",
        r"Apr\.?",
        r"Jun\.",
        r"Jul\.",
        r"Aug\.?",
        r"Sept\.?",
        r"Sep\.?",
        r"Oct\.?",
        r"Nov\.?",
        r"Dec\.?",
    ]
)
MONTH = rf"(?-i:(?:{_MONTH_ALT})(?![A-Za-z]))"
# "Mar", "Jun", "Jul" without their dot are words too ("to mar"); between a day and a year they are months
# ("At 17:32 2nd Jun 2010, Ann wrote:", the stamp of a reader's comment)
MONTH_NODOT = r"(?-i:Mar|Jun|Jul)(?=,?\s+(?:1\d|20)\d\d(?!\d))"
# ... and before a day and a year ("LONDON | Tue Jun 29, 2010 10:21am EDT", a wire report's dateline)
MONTH_NODOT_DAY = r"(?-i:Mar|Jun|Jul)(?=\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?:1\d|20)\d\d(?!\d))"
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|:\d|,\d{3}|\.\d)"
# (a four-figure number before a time zone is a clock time, no year: "19 JANUARY, 1300 GMT", a diary's heading)
YEAR = (
    r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d{3}|\.\d|\s*(?-i:"
    + "|".join(lex.CLOCK_ZONES)
    + r")(?![A-Za-z])|\s*local\s+time\b|\s*hrs\b)"
)
_MULTIPLIERS = {"hundred": 100.0, "thousand": 1000.0}
_NUM_WORDS = sorted((k for k in lex.NUMBERS if " " not in k), key=len, reverse=True)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_CARDINALS = "|".join(sorted((w for w in lex.ONES if w != "zero"), key=len, reverse=True))
NUMW = (
    # "two thousand", "twenty-five hundred": a count of hundreds or thousands, read whole (the bare "hundred" of
    # "another hundred years" would otherwise match inside it: "two thousand years ago" is no thousand years ago)
    rf"(?:(?:(?:{_TENS})[\s-](?:{_CARDINALS})|{_TENS}|{_CARDINALS}|a)[\s-]+(?:hundred|thousand)(?![\w-])"
    rf"|(?:{_TENS})[\s-](?:one|two|three|four|five|six|seven|eight|nine)|a\s+couple\s+of|couple\s+of|a\s+couple"
    rf"|a\s+dozen|a\s+hundred|one\s+hundred|a\s+thousand|{'|'.join(_NUM_WORDS)})"
)
NUMBER = rf"(?:{NUMW}|\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?(?:\s+1/2)?)"
VAGUE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous)"
UNITW = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))"
POD = r"(?:morning|afternoon|evening|night)"
# a part of the day with its modifier standing before a day ("mid-afternoon yesterday", "late morning on Monday")
PODPRE = r"(?:(?P<pre>(?:early|late|mid)[\s-]*(?:morning|afternoon|evening)|mid(?:morning|afternoon))\s+(?:on\s+)?)"
MODPFX = (
    r"(?:(?P<mod>early|mid|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|the\s+latter\s+part\s+of|the\s+early\s+part\s+of|end\s+of|start\s+of|beginning\s+of|middle\s+of)(?:\s+|-))?"
)
_EDGE_L = r"(?<![\w$£€#/.-])"


# --------------------------------------------------------------------------- small parsers


def _num(s: str) -> float | None:
    s = s.lower().strip().replace("-", " ")
    s = re.sub(r"\s+", " ", s)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return float(s.replace(",", ""))  # "1,400 years ago"
    if s.endswith(" and a half"):
        whole = _num(s[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if s in lex.NUMBERS:
        return lex.NUMBERS[s]
    head, _, last = s.rpartition(" ")
    if last in _MULTIPLIERS and head:
        count = _num(head)  # "two thousand", "twenty five hundred"
        return None if count is None else count * _MULTIPLIERS[last]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: 1/2)?", s)
    if m:
        return float(m.group(1)) + (0.5 if s.endswith("1/2") else 0.0)
    parts = s.split()
    if len(parts) == 2 and parts[0] in lex.NUMBERS and parts[1] in lex.NUMBERS:
        return lex.NUMBERS[parts[0]] + lex.NUMBERS[parts[1]]
    return None


def _month(s: str) -> int:
    return lex.MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))  # type: ignore[union-attr]


def _modcode(s: str | None) -> str | None:
    if not s:
        return None
    s = s.lower()
    if any(w in s for w in ("early", "beginning", "start", "earlier")):
        return "START"
    if "mid" in s:
        return "MID"
    if any(w in s for w in ("late", "end", "latter")):
        return "END"
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _duration_value(n: float | None, unit: str) -> str:
    code, is_time, mult = lex.UNITS[unit]
    if code == "WE":
        code = "D"
        mult = 2
    if n is None:
        return f"PT X{code}".replace(" ", "") if is_time else f"PX{code}"
    total = n * mult
    if not float(total).is_integer():
        # 2 1/2 years -> P2Y6M, a minute and a half -> PT1M30S
        whole = int(total)
        frac = total - whole
        sub0 = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
        if whole == 0 and code in sub0 and not is_time:
            sc, k = sub0[code]  # half a year -> P6M, half a day -> PT12H
            return f"PT{round(frac * k)}H" if sc == "H" else f"P{round(frac * k)}{sc}"
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if is_time and code == "M":
            return f"PT{whole}M{int(frac * 60)}S"
        if code in sub:
            sc, k = sub[code]
            if code == "D" or is_time:
                if whole == 0:
                    return f"PT{int(frac * k)}H" if code == "D" else f"PT{int(frac * k)}M"
                return f"P{whole}DT{int(frac * k)}H" if code == "D" else f"PT{whole}H{int(frac * k)}M"
            return f"P{whole}{code}{round(frac * k)}{sc}"
    return f"PT{_fmt_num(total)}{code}" if is_time else f"P{_fmt_num(total)}{code}"


def _unit_key(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    return u


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


# the granularity a TimeML value is written at, most specific form first
_VALUE_PRECISION: list[tuple[re.Pattern[str], Precision]] = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*"), "minute"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d"), "hour"),
    (re.compile(r"\d{4}-\d\d-\d\d(T[A-Z]{2})?"), "day"),
    (re.compile(r"\d{4}-W\d\d(-WE)?"), "week"),
    (re.compile(r"\d{4}-\d\d"), "month"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}-Q\d"), "quarter"),
    (re.compile(r"\d{4}(-H\d)?"), "year"),
    (re.compile(r"\d{3}"), "decade"),
    (re.compile(r"\d\d"), "century"),
]


def _precision_of(value: str | None) -> Precision:
    if not value:
        return "unknown"
    if value.startswith("P"):
        code = value[-1]
        if value.startswith("PT"):
            return {"H": "hour", "M": "minute", "S": "second"}.get(code, "unknown")  # type: ignore[return-value]
        return {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter", "E": "decade"}.get(  # type: ignore[return-value]
            code, "unknown"
        )
    if value.endswith("_REF"):
        return "unknown"
    for pattern, precision in _VALUE_PRECISION:
        if pattern.fullmatch(value):
            return precision
    return "unknown"


def _ref_day(v: str) -> date:
    """The first day of a calendar value of day, week or month precision ("2013-W10" is its Monday)."""
    w = re.match(r"(\d{4})-W(\d\d)", v)
    if w:
        return date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
    parts = [int(p) for p in re.findall(r"\d+", v[:10])]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _shift_value(ref: str, unit: str, n: int) -> str:
    """``ref`` (a calendar value) moved by ``n`` units and written at the unit's granularity:
    ("1998-03-02", "day", 2) -> "1998-03-04", ("1998-03-02", "year", -1) -> "1997"."""
    if unit == "year":
        return f"{int(ref[:4]) + n:04d}"
    q = re.fullmatch(r"(\d{4})-Q([1-4])", ref)
    if unit == "quarter":
        if q:
            y, mo = int(q.group(1)), (int(q.group(2)) - 1) * 3 + 1
        else:
            d0 = _ref_day(ref)
            y, mo = d0.year, d0.month
        y, mo = _add_months(y, mo, 3 * n)
        return f"{y}-Q{_quarter_of(mo)}"
    d = _ref_day(ref)
    if unit == "month":
        y, mo = _add_months(d.year, d.month, n)
        return f"{y:04d}-{mo:02d}"
    if unit == "week":
        return _iso_week(d + timedelta(days=7 * n))
    if unit in _CLOCK_UNITS:  # "two hours later": the same day (whole days only when n spans them)
        return (d + timedelta(days=int(n * _CLOCK_UNITS[unit] / 86400))).isoformat()
    return (d + timedelta(days=n)).isoformat()


_CLOCK_UNITS = {"hour": 3600, "minute": 60, "second": 1}


# --------------------------------------------------------------------------- resolution context


# how fine a calendar granularity is (higher is finer); a week is only reached from a day or a week
_UNIT_RANK: dict[str, int] = {"year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4, "hour": 4, "minute": 4}
# a year or a month of the calendar ("2009", "2009-11"): a coarser time the story may move on to (a week or a quarter,
# whose days a prefix does not tell, is left aside)
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?$")


def _holds(coarse: str, value: str) -> bool:
    """Whether the year or month ``coarse`` holds the day or week ``value`` (a week when any of its days falls in it;
    any other value counts as held)."""
    if _DAY_VALUE.match(value):
        return value.startswith(coarse)
    wk = re.match(r"(\d{4})-W(\d\d)$", value)
    if wk is None:
        return True
    try:
        first = date.fromisocalendar(int(wk.group(1)), int(wk.group(2)), 1)
    except ValueError:
        return True
    return any((first + timedelta(days=i)).isoformat().startswith(coarse) for i in (0, 6))


class _Unresolved(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Res:
    type: str
    value: str | None
    anchor: str = "publication"
    mod: str | None = None
    reason: str | None = None
    start: int | None = None  # span adjustments
    end: int | None = None
    clock: tuple[int, int | None] | None = None  # an unanchored clock time (hour, minute)
    stamp_day: date | None = None  # a live-page time stamp: its calendar day
    stamp: bool = False
    # a count told with "on from" an event ("four weeks on from the July 7 attacks"): the count's match, the end of the
    # event's phrase, the unit, the count and its modifier; read once the phrase's own times are resolved (_count_on_from_day)
    on_from: tuple[re.Match[str], int, str, int, str | None] | None = None
    half_day_unknown: bool = False  # a clock "at 3:15" that says neither a.m. nor p.m. (its hour is no claim)


@dataclass
class _Ctx:
    text: str
    year: int | None
    month: int | None
    day: int | None
    sentences: list[tuple[int, int]]
    final: bool = False
    ref_quarter: tuple[int, int, int] | None = None  # year, quarter, sentence index
    sent_cache: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    # calendar values already resolved in document order, as (start, value): the reference time of anaphoric
    # expressions ("two days later", "the following year"); filled in the final pass only
    refs: list[tuple[int, str]] = field(default_factory=list)
    # every calendar value resolved in document order, with the ones no anaphor counts from ("three months ago"), as
    # (start, value): the time a reported speech was told (_telling_gap); filled in the final pass only
    dated: list[tuple[int, str]] = field(default_factory=list)
    # four-digit numbers read as clock times, not years, by position: (live-page stamp?, the stamp's day)
    clock4: dict[int, tuple[bool, date | None]] = field(default_factory=dict)
    # line-start "8.24 pm:" stamps of a live blog, by position, with their calendar day
    stamps12: dict[int, date | None] = field(default_factory=dict)
    # dates heading chronology lines ("May 2 - ..."), by position: month, day, year if written (_chronology_heads)
    chrono_heads: dict[int, tuple[int, int, int | None]] | None = None
    # the years of a chronology read over a new year, by head position (_chronology_chain): read once per text
    chrono_chain: dict[int, int] | None = None
    # counts of days, weeks or months told as later ("a day later", "two days after that") that were dated from the
    # time named before them, by position: their end and value (the next count in a chain counts from that value);
    # they are no reference of other expressions ("ago" counts are not)
    counts: dict[int, tuple[int, str]] = field(default_factory=dict)

    def reference(self, pos: int, unit: str, not_after: date | None = None, within: int | None = None) -> str | None:
        """The last calendar value mentioned before ``pos`` that is at least as fine as ``unit``
        (day, week, month, quarter or year), or None when there is none; with ``not_after`` a day after it
        does not count; with ``within`` only a value in ``pos``'s sentence or the ``within`` sentences before
        counts."""
        found = self._reference(pos, unit, not_after, within)
        return found[1] if found is not None else None

    def _reference(
        self, pos: int, unit: str, not_after: date | None = None, within: int | None = None
    ) -> tuple[int, str] | None:
        need = _UNIT_RANK.get(unit)
        if need is None:
            return None
        first = -1
        if within is not None and self.sentences:
            first = self.sentences[max(0, self.sentence_index(pos) - within)][0]
        for start, v in reversed(self.refs):
            if start >= pos:
                continue
            if start < first:
                return None
            if _UNIT_RANK.get(_precision_of(v), -1) >= need:
                if (
                    not_after is not None
                    and re.match(r"\d{4}-\d\d-\d\d", v)
                    and v[:10] > not_after.isoformat()
                    and self.sentence_index(start) != self.sentence_index(pos)
                ):
                    continue  # (in the same sentence the day is the one just named: "on Saturday and again the same day")
                return start, v
        return None

    def left_behind(self, pos: int, unit: str, not_after: date | None = None) -> bool:
        """Whether the story has moved on from the value ``reference`` gives: a year or a month named after it, in
        a later sentence than its own and before ``pos``, that does not hold it ("was in court yesterday ... The
        leak in 2009 ... Fifteen days later" is fifteen days after a day of 2009 the text does not name, not after
        yesterday).  Only the last such value counts ("on 18 August ... this month ... last August ... a week
        later" keeps 18 August), and one in the reference's own sentence is a side glance ("On Monday the
        president, who spoke of a crisis last month, ... Four days earlier")."""
        found = self._reference(pos, unit, not_after)
        if found is None:
            return False
        ref_start, ref = found
        ref_si = self.sentence_index(ref_start)
        for start, v in reversed(self.refs):
            if start >= pos:
                continue
            if start <= ref_start:
                return False
            if _YEAR_OR_MONTH.match(v) and self.sentence_index(start) != ref_si:
                return not _holds(v, ref)
        return False

    # ---- anchor access
    def _missing(self, need: str) -> _Unresolved:
        if self.year is None:
            return _Unresolved(UNDATED_REASON)
        have = "day" if self.day is not None else "month" if self.month is not None else "year"
        return _Unresolved(f"needs the publication {need}; the publication date is known only to the {have}")

    def d(self) -> date:
        if self.year is None or self.month is None or self.day is None:
            raise self._missing("day")
        return date(self.year, self.month, self.day)

    def ym(self) -> tuple[int, int]:
        if self.year is None or self.month is None:
            raise self._missing("month")
        return self.year, self.month

    def y(self) -> int:
        if self.year is None:
            raise self._missing("year")
        return self.year

    # ---- sentences and tense
    def sentence_index(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tense(self, start: int, end: int) -> Tense:
        return self.tense_cue(start, end)[0]

    def _tokens(self, si: int) -> list[tuple[int, int, str]]:
        """(start, end, lower-cased token) of sentence ``si``, cached."""
        toks = self.sent_cache.get(si)
        if toks is None:
            s0, s1 = self.sentences[si]
            toks = [(m.start(), m.end(), _token_key(m.group(0))) for m in _TOKEN.finditer(self.text, s0, s1)]
            self.sent_cache[si] = toks
        return toks

    def looks_ahead(
        self, start: int, plain_future: bool = False, end: int | None = None, outside: bool = False
    ) -> bool:
        """Whether the sentence holding ``start`` has a future cue ("will", "due") or a present-tense
        verb that may look ahead ("is calling for the redemption on Dec. 7", "expect it completed by").
        With ``plain_future`` only a future cue counts, and not "would" ("would have strengthened").  With the
        expression's ``end`` a "would" counts only in the expression's own clause ("tests done in February ...,
        only one showed the mix would hold" does not look ahead to February).  With ``outside`` the expression's own
        words do not count (the "next" of "the next year")."""
        toks = self._tokens(self.sentence_index(start))
        words = [t for _, _, t in toks]
        return any(
            not (outside and end is not None and start <= toks[k][0] < end)
            and (
                (
                    self._ahead(toks, words, k) == "future"
                    and w not in _CLAUSE_BOUND
                    and not (plain_future and w == "would")
                    and not (
                        w == "would" and end is not None and not self._same_clause(toks[k][0], toks[k][1], start, end)
                    )
                )
                or (not plain_future and w in _PRESENT)
                # a verb of having in the present ("already has a moratorium in place through the end of March")
                or (not plain_future and w in ("has", "have") and not _perfect_follows(words, k))
            )
            for k, w in enumerate(words)
        )

    def _same_clause(self, ts: int, te: int, start: int, end: int) -> bool:
        """Whether no comma, colon, bracket or contrast ("but") stands between a word at ``ts``..``te`` and the
        expression at ``start``..``end``."""
        lo, hi = (te, start) if te <= start else (end, ts)
        between = self.text[lo:hi]
        return _OTHER_CLAUSE.search(between) is None and not any(w in _CONTRAST for w in between.lower().split())

    def _ahead(self, toks: list[tuple[int, int, str]], words: list[str], k: int) -> Tense:
        """:func:`_ahead_cue`, where "to" counts only with nothing but spaces on either side ("the window is
        9:10 to 9:30" holds no "is to": the tokens skip numbers)."""
        if words[k] == "to" and not (
            0 < k < len(toks) - 1
            and self.text[toks[k - 1][1] : toks[k][0]].isspace()
            and self.text[toks[k][1] : toks[k + 1][0]].isspace()
        ):
            return None
        return _ahead_cue(words, k)

    def tense_cue(self, start: int, end: int) -> tuple[Tense, int]:
        """The tense of the nearest cue word in the sentence and its distance in tokens (99 if none)."""
        tense, dist, _ = self.cue(start, end)
        return tense, dist

    def cue(self, start: int, end: int, modal: bool = False, fronting: bool = False) -> tuple[Tense, int, str]:
        """The tense of the nearest cue word in the sentence, its distance in tokens (99 if none) and the word
        (see :meth:`cue_at`)."""
        tense, dist, word, _ = self.cue_at(start, end, modal, fronting)
        return tense, dist, word

    def cue_at(self, start: int, end: int, modal: bool = False, fronting: bool = False) -> tuple[Tense, int, str, int]:
        """The tense of the nearest cue word in the sentence, its distance in tokens (99 if none) and the word.

        With ``modal`` a modal verb ("could", "may", "should") or "likely to" in the expression's own clause
        is a cue too: it looks ahead, but more weakly than "will" (see ``_weekday_date``).

        With ``fronting`` an expression that opens its sentence before a comma ("On Tuesday, delegates will
        vote") takes its cue from the clause after the comma.  A future cue after a present reporting verb
        that follows the expression does not count ("On Sunday, Seoul says it will ...", "Oct. 4 - BP says it
        is to raise ...": the date is the saying's, not the plan's); a past one still does."""
        toks = self._tokens(self.sentence_index(start))
        words = [t for _, _, t in toks]
        best: tuple[int, Tense, str, int] = (99, None, "", -1)
        # "On Tuesday afternoon, at the assembly, delegates will vote": an expression fronted before a comma
        # belongs to the clause after the comma
        fronted = (
            fronting
            and _FRONTED_COMMA.match(self.text, end) is not None
            and all(t in _FRONTING_WORDS for ts, _, t in toks if ts < start)
        )
        reported = False
        s0 = self.sentences[self.sentence_index(start)][0]
        aside = _SPACED_DASH.search(self.text, s0, start) is not None
        for k, (ts, te, tok) in enumerate(toks):
            if ts >= start and te <= end:
                continue
            cue: Tense = None
            if ts >= end and (
                (not fronted and _CLAUSE_BREAK.search(self.text, end, ts))
                or tok in _CONTRAST
                or (aside and _SPACED_DASH.search(self.text, end, ts))
                # a spaced dash further on opens an aside ("a vote in October which - if passed - will"); right
                # after the expression it heads a chronology's entry ("May 10 - BP says it has spent ...")
                or (_SPACED_DASH.search(self.text, end, ts) and not _SPACED_DASH.match(self.text, end))
            ):
                break  # a cue after a comma or a "but" belongs to another clause
            if ts >= end and tok == "that" and self._complement_that(toks, k, end):
                break  # "announced on Sept. 24 that he would suspend": the "would" is the reported clause's
            if ts >= end and tok in lex.REDUCED_RELATIVE and not self.text[end:ts].strip():
                continue  # "a hearing on Thursday devoted to the spill": a participle of the noun, no past verb
            if ts >= end and tok.endswith("ed") and not self.text[end:ts].strip() and _BY_AGENT.match(self.text, te):
                continue  # "its claim that it will finish by August repeated by the president": a passive participle
            if tok == "next" and self.text[ts:te] == "NEXT":
                continue  # a page's link ("BACK 3 of 9 NEXT 26 MAY: ..."), no "next"
            if ts >= end and tok in ("until", "till"):
                continue  # "until" speaks for the time after it ("the events of 2 April until last week"), not before
            if tok == "got" and _has_got(words, k):
                continue  # "we've got tickets for July": a present, no past verb
            if ts >= end and tok in lex.REPORTING_PRESENT:
                reported = True  # "Oct. 4 - BP says it is to raise ...": the date is the saying's, not the plan's
                continue
            if tok in _CLAUSE_BOUND and (
                not modal or (te <= start and _OTHER_CLAUSE.search(self.text, te, start) is not None)
            ):
                continue  # "... could make the leak worse, and on Wednesday by a leak": another clause's modal
            if ts >= end and tok in ("and", "or") and best[1] is not None and best[0] <= _PAST_CUE_DISTANCE:
                # "will reopen on Thursday and has offered ...": a verb just before the day governs it; one after
                # "and" is another verb's (a verb further off may not: "seas were in the forecast through Sunday and
                # could push oil ashore")
                break
            if tok in _NOUN_CUES and k < len(toks) - 1 and toks[k + 1][2] == "of":
                # "in the hope of understanding", "the company's best hopes of plugging the leak": a noun of purpose
                # (the verb takes "to", "for" or "that", never "of"), no verb that looks ahead
                continue
            ahead = self._ahead(toks, words, k)
            if ahead is not None:
                cue = ahead
            elif (
                tok in lex.PAST_IRREGULAR
                or (tok == "has" and _perfect_follows(words, k))
                or _regular_past(tok)
                or _used_with_object(words, k)
            ):
                # a participle after be/being/been/to is not a finite past verb ("will be paid")
                # ("expected to be permanently sealed by Sunday": an adverb may stand between)
                j = k - 1
                while j > 0 and _is_adverb(toks[j][2]):
                    j -= 1
                if j >= 0 and toks[j][2] in _NON_FINITE_BEFORE and tok not in ("was", "were", "said"):
                    continue
                if k > 0 and toks[k - 1][2] in _ARTICLES:
                    continue  # a noun or an adjective, no verb: "to the seabed on Thursday", "the injured"
                if tok.endswith("ed") and k > 0 and toks[k - 1][2] in _PREPOSITIONS:
                    continue  # an adjective: "a show for invited guests on Saturday" (no verb follows a preposition)
                if self.noun_participle(toks, k):
                    continue  # "in a tram decked out as a boat on Saturday": a participle of the noun, no past verb
                if self.object_participle(toks, k, start, end):
                    continue  # "is to order on Thursday strengthened inspections": the object of "order", no verb
                cue = "past"
                if self.counterfactual(toks, k) or _modal_perfect(words, k) or self.backshifted(toks, k):
                    cue, tok = "future", "if"  # a hypothesis: ahead, as weakly as a modal
            if cue is None or (reported and cue == "future"):
                continue
            dist = 0
            if te <= start:
                dist = sum(1 for t in toks if te <= t[0] < start)
            else:
                dist = sum(1 for t in toks if end <= t[0] < ts) + 1  # prefer the left side on ties
            if tok in _CLAUSE_BOUND and dist > (_MODAL_REACH_LEFT if te <= start else _MODAL_REACH_RIGHT):
                continue  # "On Friday shares hit a low amid talk that the firm may have to ...": too far to govern it
            if dist < best[0]:
                best = (dist, cue, tok, k)
        return best[1], best[0], best[2], best[3]

    def _complement_that(self, toks: list[tuple[int, int, str]], k: int, end: int) -> bool:
        """Whether the "that" at token ``k``, right after the expression ending at ``end``, opens a clause of its
        own with a subject ("made the announcement on Sept. 24 that he would suspend his campaign", "said on Monday
        that the well will be sealed"): what that clause tells lies ahead of the date, not at it.  A "that" before a
        verb ("the vote on Monday that will decide") is a relative of the noun, which the date may share."""
        if self.text[end : toks[k][0]].strip() or k + 1 >= len(toks):
            return False
        ns, _, nxt = toks[k + 1]
        return nxt in _THAT_SUBJECTS or (self.text[ns].isupper() and nxt not in lex.MODALS)

    def object_participle(self, toks: list[tuple[int, int, str]], k: int, start: int, end: int) -> bool:
        """Whether the word in -ed at token ``k``, right after the expression at ``start``..``end``, is a participle
        that heads the object of an infinitive or a "will" before the expression ("is expected to order on Thursday
        strengthened inspections", "will unveil on Monday revised forecasts"): a verb that needs an object stands
        right before the day (bar its preposition), so the word after it is the object's, not a finite past verb,
        when a noun follows it."""
        w = toks[k][2]
        if self.text[end : toks[k][0]].strip() or not w.endswith("ed") or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1][2]
        if (
            not self.text[toks[k + 1][0]].islower()
            or nxt in _DETERMINERS
            or nxt in _PREPOSITIONS
            or nxt in _SUBJECT_PRONOUNS
            or nxt in ("to", "by", "that", "as", "up", "out", "off", "down")
            or _is_adverb(nxt)
            or self.text[toks[k][1] : toks[k + 1][0]].strip()
        ):
            return False
        before = [i for i, t in enumerate(toks) if t[1] <= start]
        if before and toks[before[-1]][2] in ("on", "by"):
            before.pop()
        if len(before) < 2:
            return False
        verb, aux = toks[before[-1]][2], toks[before[-2]][2]
        return (
            self.text[toks[before[-1]][0]].islower()
            and not verb.endswith(("ed", "ing", "s"))
            and verb not in lex.PAST_IRREGULAR
            and (aux == "to" or aux in ("will", "'ll", "shall") or aux in lex.MODALS)
        )

    def backshifted(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether the past verb at token ``k`` is a clause of time under a "would" ("predicted the storm would gain
        strength before it was over the site on Saturday", "said it would wait until the tests were done on
        Friday"): reported speech shifts the clause's present back to the past, so it tells no past of its own; the
        day is read as after the "would", the nearer of the two."""
        words = [t for _, _, t in toks]
        for j in range(k - 1, max(-1, k - _BACKSHIFT_REACH - 1), -1):
            if _CLAUSE_BREAK.search(self.text, toks[j][1], toks[j + 1][0]):
                return False
            if words[j] in _FUTURE_SUBORDINATORS - {"if", "unless"}:
                break
        else:
            return False
        for i in range(j - 1, max(-1, j - _MAIN_CLAUSE_REACH - 1), -1):
            if _CLAUSE_BREAK.search(self.text, toks[i][1], toks[i + 1][0]) or words[i] in _CONTRAST:
                return False
            if words[i] in ("would", "'d") or words[i].endswith("'d"):
                return i + 1 < len(words) and words[i + 1] != "have"  # ("would have": a past hypothesis)
        return False

    def noun_participle(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether the verb at token ``k`` is a participle after a noun before "as" ("a tram decked out as a boat",
        "a bomber dressed as a policeman", ", dressed as a sailor,"): after a comma or a common noun (a lower-case
        word that is no pronoun, auxiliary or adverb), not after a subject ("he dressed as a sailor") or a name."""
        w = toks[k][2]
        if w in ("was", "were", "had", "said") or k == 0:
            return False
        j = k + 1
        if j < len(toks) and toks[j][2] in _PARTICLES:
            j += 1
        if j >= len(toks) or toks[j][2] != "as" or _CLAUSE_BREAK.search(self.text, toks[k][1], toks[j][0]):
            return False
        ps, pe, prev = toks[k - 1]
        if "," in self.text[pe : toks[k][0]]:
            return True
        return (
            self.text[ps].islower()
            and self.text[pe : toks[k][0]].isspace()
            and prev not in _SUBJECT_PRONOUNS
            and prev not in _NON_FINITE_BEFORE
            and prev not in lex.PERFECT_AUXILIARIES
            and prev not in _ARTICLES
            and not _is_adverb(prev)
        )

    def counterfactual(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether the simple past verb at token ``k`` is a hypothesis: "if", "unless" or "whether" opens its clause
        and a modal of the other clause says what would follow ("if a second wave swept the country in the winter,
        hospitals could struggle").  Its time lies ahead.  "as if", a past perfect ("if it had sunk in May") and
        an "if" with no modal ("asked if she left in March") tell of the past."""
        words = [t for _, _, t in toks]
        if words[k] in ("had", "has", "have") or (k > 0 and words[k - 1] in ("had", "'d", "has", "have")):
            return False  # a perfect: "if it had sunk in May", "knows if it has worked since May"
        for j in range(k - 1, max(-1, k - _IF_REACH - 1), -1):  # ("if it mutated into a new form and came back")
            if _CLAUSE_BREAK.search(self.text, toks[j][1], toks[j + 1][0]):
                return False
            if words[j] in ("if", "unless", "whether"):
                if j > 0 and (words[j - 1] == "as" or words[j - 1] in _ASKING):
                    return False  # "as if", "could not say whether it sank in May": a manner, a question
                break
        else:
            return False
        return any(
            w in _HYPOTHESIS_MODALS and (i + 1 >= len(words) or words[i + 1] != "have")
            for i, w in enumerate(words)
            if i != k
        )

    def token_start(self, start: int, k: int) -> int:
        """Where token ``k`` of the sentence holding ``start`` begins."""
        return self._tokens(self.sentence_index(start))[k][0]

    def planned_past(self, start: int, k: int) -> bool:
        """Whether token ``k`` of the sentence holding ``start`` is a plan told in the past: "was scheduled",
        "were due", "was set", "was expected to", "were to" + a verb ("ministers were to meet on Monday"),
        not a past perfect ("had been scheduled")."""
        if k < 0:
            return False
        words = [t for _, _, t in self._tokens(self.sentence_index(start))]
        w = words[k]
        if w in _PLAN_VERBS_PAST:
            return k + 1 < len(words) and words[k + 1] == "to"  # "hoped to have the vessel in place by Wednesday"
        if w in ("was", "were"):
            i = k + 1
            while i < len(words) and _is_adverb(words[i]):
                i += 1
            nxt = words[i] if i < len(words) else ""
            verb = words[i + 1] if i + 1 < len(words) else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _PLAN_WORDS and (nxt in ("due", "scheduled", "slated", "planned") or after in ("to", "for")):
                return True  # "was only supposed to take effect in August", "were due in court on Monday" (no "set up")
            return nxt == "to" and bool(verb) and verb not in _TO_NOT_VERB and verb not in lex.WEEKDAYS
        if w not in _PLAN_WORDS:
            return False
        j = k - 1
        while j >= 0 and _is_adverb(words[j]):
            j -= 1
        return j >= 0 and words[j] in ("was", "were")

    def bare_plan(self, start: int, k: int) -> bool:
        """Whether token ``k`` of the sentence holding ``start`` is a plan's participle after a noun ("concerts
        scheduled for July", "a vote planned for May"), with no auxiliary of its own, in a sentence told in the past
        (a past verb elsewhere, no present or future one)."""
        if k < 1:
            return False
        toks = self._tokens(self.sentence_index(start))
        words = [t for _, _, t in toks]
        if words[k] not in lex.PLAN_PARTICIPLES and words[k] not in ("due", "expected"):
            return False
        j = k - 1
        while j > 0 and _is_adverb(words[j]):
            j -= 1
        if words[j] in _BARE_PLAN_NOT_AFTER or words[j] in lex.PERFECT_AUXILIARIES or words[j] in _ARTICLES:
            return False
        return self.told_in_past(start, k)

    def told_in_past(self, start: int, k: int) -> bool:
        """Whether the sentence holding ``start`` (or the brackets holding its token ``k``, or the clause after a colon
        before them) is told in the past: a past verb other than token ``k``, and no present or future one."""
        toks = self._tokens(self.sentence_index(start))
        words = [t for _, _, t in toks]
        # in brackets, only the words in them tell the plan's tense ("(the final report is due in June)")
        lo, hi = 0, len(words)
        s0 = self.sentences[self.sentence_index(start)][0]
        opened = self.text.rfind("(", s0, toks[k][0])
        if opened >= 0 and self.text.rfind(")", opened, toks[k][0]) < 0:
            closed = self.text.find(")", toks[k][1])
            lo = next((i for i, t in enumerate(toks) if t[0] > opened), k)
            hi = next((i for i, t in enumerate(toks) if closed >= 0 and t[0] > closed), len(words))
        # after a colon, only the words after it ("Here is their account: work started on Monday and continued
        # until Tuesday": the introducing clause's present is not the account's)
        colons = [c.end() for c in _CLAUSE_COLON.finditer(self.text, s0, min(start, toks[k][0]))]
        if colons:
            lo = max(lo, next((i for i, t in enumerate(toks) if t[0] >= colons[-1]), lo))
        past = False
        for i, w in enumerate(words[:hi]):
            if i == k or i < lo:
                continue
            if w in lex.REPORTING_PRESENT:
                continue  # "she says that was his view until March 7": the saying's tense is not the clause's
            if (
                w in _PRESENT
                or w in _PRESENT_LINKING
                or (w == "got" and _has_got(words, i))
                or self._ahead(toks, words, i) == "future"
            ):
                return False  # told in the present ("the concerts scheduled for July are sold out")
            if w in ("was", "were") or (
                i > 0
                and words[i - 1] not in _ARTICLES
                and words[i - 1] not in _NON_FINITE_BEFORE
                and (w in lex.PAST_IRREGULAR or _regular_past(w))
            ):
                past = True
        return past

    def present_perfect(self, start: int, k: int) -> bool:
        """Whether token ``k`` of the sentence holding ``start`` is a present perfect: "has", "have" before a
        participle, or the participle after them ("has announced", "have already booked")."""
        if k < 0:
            return False
        toks = self._tokens(self.sentence_index(start))
        if toks[k][1] > start:
            return False  # the date stands before the verb ("the 30 January ballot has been ..."): its own time
        words = [t for _, _, t in toks]
        w = words[k]
        if w in lex.PERFECT_AUXILIARIES:
            i = k + 1
            while i < len(words) and _is_adverb(words[i]):
                i += 1
            nxt = words[i] if i < len(words) else ""
            aux = k
            if not (nxt.endswith(("ed", "en")) or nxt in lex.PAST_IRREGULAR):
                return False
        else:
            aux = k - 1
            while aux > 0 and _is_adverb(words[aux]):
                aux -= 1
            if aux > 0 and words[aux] == "been":  # "has been set", "have been moved"
                aux -= 1
            if aux < 0 or words[aux] not in lex.PERFECT_AUXILIARIES:
                return False
        # "to have won", "may have started", "would have sealed": a past, no present perfect
        return aux == 0 or (words[aux - 1] != "to" and words[aux - 1] not in _CLAUSE_BOUND and words[aux - 1] != "will")

    def plan_went_by(self, start: int, end: int) -> bool:
        """Whether the sentence, after the day at ``start``..``end`` of a plan told in the past, tells in the simple
        past what became of the plan after a contrast ("was due on Monday but was delayed", "but officials asked
        for a review"), which puts the plan's day behind; "but has now been cancelled" does not."""
        toks = self._tokens(self.sentence_index(start))
        contrast = False
        for k, (ts, _, tok) in enumerate(toks):
            if ts < end:
                continue
            if tok in _CONTRAST or tok == "instead":
                contrast = True
                continue
            if not contrast:
                continue
            j = k - 1
            while j > 0 and _is_adverb(toks[j][2]):
                j -= 1
            prev = toks[j][2] if j >= 0 else ""
            if prev in _NON_FINITE_BEFORE or prev in ("has", "have", "had") or prev in _ARTICLES:
                continue
            if tok in lex.PAST_IRREGULAR or _regular_past(tok):
                return True
        return False


_CLAUSE_BREAK = re.compile(r"[,;:()\"]|--")
# a colon ending a clause that introduces another (not one of a clock time: "9:30")
_CLAUSE_COLON = re.compile(r":(?=\s)")
# present verbs of a state, often before a participle that is no past verb ("stays shut until April")
_PRESENT_LINKING = frozenset({"stays", "remains", "keeps", "stay", "remain"})
# forms of "be" before a progressive ("is going into hospital on Monday" looks ahead)
_BE_FORMS = frozenset({"is", "are", "am", "was", "were", "be", "been", "being"})
# words before a plan's participle that give it a tense of its own ("is scheduled", "had been planned")
_BARE_PLAN_NOT_AFTER = _BE_FORMS | {"had", "will", "would", "get", "got", "not"}
# a spaced dash: after one before the expression it closes an aside ("Ann Orr - who is to leave in May - said")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
# past verbs of a plan or a hope before "to": the plan's day may lie ahead ("he hoped to have it in place by Wednesday")
_PLAN_VERBS_PAST = frozenset({"hoped", "aimed", "planned", "intended", "promised", "pledged"})
# words of a plan that a past "be" puts in the past tense without putting the plan's day behind
_PLAN_WORDS = frozenset({"scheduled", "due", "set", "slated", "expected", "planned", "supposed"})
# a contrast starts another clause: in "removed the cap on Saturday but it will be days", "will" is not Saturday's
_CONTRAST = frozenset({"but", "although", "though", "whereas", "yet"})
# cue words that are nouns after an article ("in the hope of", "a hope that")
_NOUN_CUES = frozenset({"hope", "hopes"})
# words that open the subject of a clause after "that" (a complement, not a relative: "that he would", "that the
# firm will")
_THAT_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "there",
    }
)

_SUBJECT_PRONOUNS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "and", "or", "then"}
)
# how many words a past verb may stand after the "if" of its hypothesis
_IF_REACH = 10
# the modals of the clause that says what would follow a hypothesis ("if it spread, schools would close")
_HYPOTHESIS_MODALS = frozenset({"would", "could", "might", "'d"})
# words before "if" or "whether" that open a question, not a hypothesis ("asked whether it sank in May")
_ASKING = frozenset(
    {"ask", "asked", "asking", "asks", "know", "knows", "knew", "known", "say", "said", "tell", "told", "sure"}
    | {"clear", "wondering", "wonders", "checking", "asking", "unsure", "doubtful", "whether"}
    | {"unclear", "determine", "determined", "decide", "see", "saw", "seen", "wonder", "wondered", "check"}
    | {"checked", "investigate", "investigating", "examine", "examining", "question", "questioned", "learn"}
    | {"establish", "confirm", "confirmed", "doubt", "remember", "recall", "show", "shows", "showed", "find"}
)
# cues that only speak for their own clause, on either side of the expression
_CLAUSE_BOUND = lex.MODALS | {"likely", "unlikely"}
# how far (in tokens) a modal may stand before ("could reach the spill area by early on Saturday") or after
# ("winds on Sunday could push") the expression it governs; further right it is a subordinate clause's ("at least
# Tuesday before crews can begin")
_MODAL_REACH_LEFT = 8
_MODAL_REACH_RIGHT = 2
# what ends a modal's clause between it and the expression: a comma, or a new sentence the splitter missed
# ("we could get support On Saturday morning, an aftershock struck")
_OTHER_CLAUSE = re.compile(r"[,;:()\"]|--|[a-z]\s+(?-i:On|In|At|By|The|But|And|It|He|She|They|We)\b")
# words that may stand before an expression fronted before a comma ("And on Tuesday, ...")
_FRONTING_WORDS = frozenset(
    {"on", "by", "from", "until", "till", "and", "but", "then", "so", "at", "after", "as", "early", "late", "dawn"}
    | {"in", "during"}
    | {"come"}  # "Come Saturday, we are going to ...": a day looked ahead to, told by the clause after the comma
)
_FRONTED_COMMA = re.compile(r"\s*,")
# words after which a word in -ed is a noun or an adjective, not a past verb
_ARTICLES = frozenset({"a", "an", "the", "its", "his", "their", "our", "my", "your"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "new", "whose"})
_ADVERB_WORDS = frozenset(
    {"not", "n't", "also", "still", "already", "just", "then", "never", "now", "soon", "even", "only"}
    # adverbs of degree ("is almost uncomfortably packed", "was very badly damaged")
    | {"almost", "very", "quite", "too", "so", "nearly"}
)


def _token_key(tok: str) -> str:
    """A token lower-cased, except a capitalised modal verb: "May" is the month and "Can" a name far more often
    than they open a sentence, so they are kept apart from the verbs "may" and "can"."""
    low = tok.lower()
    return tok if low in lex.MODALS and tok != low else low


def _modal_perfect(words: list[str], k: int) -> bool:
    """Whether the participle at ``k`` follows "would have" or "'d have" ("we'd have arrived on Saturday", "that would
    have meant a delay until Friday"): a hypothesis, on either side of the publication, no past verb of the clause;
    the day is read as after a modal, the nearer of the two.  ("could have", "may have" are mostly guesses about the
    past, and keep the past reading.)"""
    if k < 2 or words[k - 1] != "have" or words[k] in ("been", "had"):
        return False
    aux = words[k - 2]
    return aux == "would" or aux.endswith("'d")


def _perfect_follows(words: list[str], k: int) -> bool:
    """Whether "has" at ``words[k]`` is the auxiliary of a present perfect ("has fallen", "has already been"), not a
    verb of having ("already has a moratorium in place through the end of March" tells of now, not of the past)."""
    i = k + 1
    while i < len(words) and (_is_adverb(words[i]) or words[i] in ("not", "n't")):
        i += 1
    nxt = words[i] if i < len(words) else ""
    return nxt.endswith(("ed", "en")) or nxt in lex.PAST_IRREGULAR or nxt in lex.PARTICIPLES_IRREGULAR


def _is_adverb(w: str) -> bool:
    """An adverb that may stand between an auxiliary and its participle ("be permanently sealed")."""
    return w in _ADVERB_WORDS or (w.endswith("ly") and len(w) > 4)


def _regular_past(w: str) -> bool:
    """Whether a word in -ed may be a finite past verb: not a noun or adjective in -ed ("hundred", "unprecedented"),
    nor a participle negated by "un-", which makes an adjective of a state ("with the hole still unplugged", "spread
    unchecked"), bar the verbs that undo an action ("unveiled", "uncovered"); "under-" and "uni-" are no negation
    ("underlined", "unified")."""
    if not (w.endswith("ed") and len(w) > 4) or w in lex.NOT_PAST_ED:
        return False
    return not w.startswith("un") or w.startswith(("under", "uni")) or w in lex.UN_VERBS_PAST


def _used_with_object(words: list[str], k: int) -> bool:
    """Whether "used" at ``k`` is the past of "use" with an object ("used his discount in February to buy a car"): a
    determiner or a possessive follows it.  "used" is kept out of the words in -ed that are past verbs for its other
    readings ("used cars", "used to", "be used"), which take no determiner right after it."""
    if words[k] != "used" or k + 1 >= len(words) or (k > 0 and words[k - 1] in _NON_FINITE_BEFORE):
        return False
    nxt = words[k + 1]
    return nxt in _DETERMINERS or nxt in ("her", "my", "your", "some", "all", "both")


_NON_FINITE_BEFORE = frozenset({"be", "being", "been", "is", "are", "to", "get", "gets", "getting", "will", "would"})
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|vs|etc|Ft|Mt)\.)$"
)
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"'])")


def _split_sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "." and _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1]):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


# --------------------------------------------------------------------------- clock times written as four digits

_ZONE = rf"(?:(?-i:{'|'.join(lex.CLOCK_ZONES)})|local\s+time|(?-i:[A-Z][a-z]+)\s+time|hrs)(?![\w])"
# a four-digit number shaped like a 24-hour clock: 00-23 then 00-59
_HHMM = re.compile(r"(?<![\w$£€#/.,:'’-])([01]\d|2[0-3])([0-5]\d)(?![\d%]|,\d{3}|\.\d|'?s\b|[/-]\d|[b-gi-oq-z])")
# a number at the start of a line, the way live pages print their time stamps ("1628 Canada's ...", "1905: ...")
_LINE_NUMBER = re.compile(r"^[ \t]*[\"'“]?(\d{4})(?!\d|'?s\b)(?=:?[ \t]*\S|[A-Z])", re.MULTILINE)
_CLOCK_COMPANION = re.compile(
    rf"\s*(?:(?:\(|\[)\s*|(?:to|and|&|-|–|until|till)\s*)(?P<four>\d{{4}})?(?(four)|\d{{1,2}}[:.h]?\d\d)\s*{_ZONE}",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    rf"\s*,?\s*(?:on\s+)?(?:{WD}|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?![\w])"
    rf"|\s*,?\s*(?:on\s+)?(?:(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY})",
    re.IGNORECASE,
)
_CAPITAL_AFTER = re.compile(r":?[ \t]*[\"“']?[A-Z]")


def _year_implausible(y: int, pub_year: int | None) -> bool:
    """Whether ``y`` cannot be the year of a news story published in ``pub_year``: not a year at all
    (0745, 2153) or :data:`~storyline.annotate.timex_lexicon.CLOCK_YEARS_BACK` years or more before it."""
    if y < 1000 or y >= 2100:
        return True
    return pub_year is not None and y <= pub_year - lex.CLOCK_YEARS_BACK


def _words_before(text: str, pos: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+|&", text[max(0, pos - 40) : pos])[-2:]]


def _live_stamps(text: str, pub: date | None, pub_year: int | None) -> dict[int, date | None]:
    """The line-start time stamps of a live page, by position, each with its calendar day.

    A page is live when at least four lines start with a four-digit number, every one of them is shaped
    like a clock (a timeline of years has 1986 or 1971 among them), and either at least two in three
    cannot be a year of the story (a timeline of the 20th century is all plausible years), or there are
    ten or more in one steady order with at least three past the publication year (an evening's live
    coverage from 1905 to 2200; a timeline does not run into the future).  Most stamps are taken
    to be on the publication day: crossing midnight (a descending page going from 0005 to 2350) puts
    the stamps on either side one day apart, and the larger side is the page's day ("0000 We are
    closing this page" above a day of entries is the midnight after them)."""
    found = [(m.start(1), m.group(1)) for m in _LINE_NUMBER.finditer(text)]
    if live_stamp_order([int(s) for _, s in found], pub_year) is None:
        # the test is shared with cleaning, which puts run-together entries back on their lines
        found = _small_live_page(text, found, pub_year)
        if not found:
            return {}
    minutes = [int(s[:2]) * 60 + int(s[2:]) for _, s in found]
    return _stamp_days([pos for pos, _ in found], minutes, pub)


# a clock stamp with its colon in mid-line, between the end of one entry and the next ("... in London 1626: Jo Roe")
_MID_COLON_STAMP = re.compile(r"(?<=[^\s,;:(\[{/$£€#-])[ \t]+((?:[01]\d|2[0-3])[0-5]\d):[ \t]+(?=[\"“‘']*[A-Z])")
_OLD_YEAR_NAMED = re.compile(r"\b([A-Za-z]+)[ \t]+(\d{4})(?![\d%:])")
#: how many stamps make a short live page (three: a handful of entries), when none of them can be a year of the story
_MIN_SMALL_STAMPS = 3


def _small_live_page(text: str, line_found: list[tuple[int, str]], pub_year: int | None) -> list[tuple[int, str]]:
    """The stamps of a short live page (a handful of entries, too few for :func:`live_stamp_order`), or [].

    Its stamps are the numbers opening lines and the four-digit clocks written with a colon in mid-line
    between two entries ("... police briefing in London 1626: Jo Roe, home affairs ..."; not after a word
    that makes a year, "in 1626:").  There must be three or more, every one shaped like a 24-hour clock,
    none of them a possible year of the story (:func:`_year_implausible`: a year 150 years or more before
    the publication is no news), in one steady order (one midnight crossed at most), and the text must name
    no such old year in its prose ("in 1453", "since 1215"): a timeline of old history does, a live page
    does not.  A timeline of future plans ("2030: ...", "2050: ...") has plausible years and is left alone."""
    if pub_year is None:
        return []
    found = list(line_found)
    for m in _MID_COLON_STAMP.finditer(text):
        words = _words_before(text, m.start(1))
        if not (words and words[-1] in lex.YEAR_BEFORE):
            found.append((m.start(1), m.group(1)))
    found.sort()
    values = [int(v) for _, v in found]
    if len(values) < _MIN_SMALL_STAMPS or any(
        v // 100 > 23 or v % 100 > 59 or not _year_implausible(v, pub_year) for v in values
    ):
        return []
    minutes = [v // 100 * 60 + v % 100 for v in values]
    steps = [b - a for a, b in pairwise(minutes)]
    if min(sum(st < 0 for st in steps), sum(st > 0 for st in steps)) > 1:
        return []  # no steady order: a page of times runs one way, crossing midnight once at most
    stamps = {pos for pos, _ in found}
    for m in _OLD_YEAR_NAMED.finditer(text):
        y = int(m.group(2))
        if (
            m.start(2) not in stamps
            and y >= 1000
            and _year_implausible(y, pub_year)
            and m.group(1).lower() in lex.YEAR_BEFORE
        ):
            return []  # "in 1453": the text speaks of old history, its numbers may be years
    return found


def _stamp_days(positions: list[int], minutes: list[int], pub: date | None) -> dict[int, date | None]:
    """The calendar day of each of a live page's stamps (by position; ``minutes`` after midnight, in the
    page's order): a jump of more than twelve hours against the page's order is a midnight crossed, and
    the day holding most stamps (the later one on a tie) is the publication day."""
    steps = [b - a for a, b in pairwise(minutes)]
    descending = sum(st < 0 for st in steps) >= sum(st > 0 for st in steps)
    offsets = [0]
    for step in steps:
        wrapped = step > 12 * 60 if descending else step < -12 * 60
        offsets.append(offsets[-1] + ((-1 if descending else 1) if wrapped else 0))
    top = max(set(offsets), key=lambda o: (offsets.count(o), o))
    return {
        pos: (pub + timedelta(days=off - top)) if pub is not None else None
        for pos, off in zip(positions, offsets, strict=True)
    }


# a live blog's line stamp: "8.24 pm:", "10.38 am CDT:", "8pm ET:"
_LINE_CLOCK12 = re.compile(
    r"^[ \t]*(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s*([ap])\.?m\.?(?:[ \t]*(?-i:" + "|".join(lex.CLOCK_ZONES) + r"))?\s*:",
    re.MULTILINE | re.IGNORECASE,
)
#: how many "8.24 pm:" line stamps make a live blog (a diary with a handful of times is not one)
_MIN_BLOG_STAMPS = 8


def _blog_stamps(text: str, pub: date | None) -> dict[int, date | None]:
    """The line-start 12-hour stamps of a live blog ("8.24 pm: Hayward is accused of ..."), by position, each
    with its calendar day.  At least eight lines must open this way; then, as for four-digit stamps
    (:func:`_live_stamps`), the stamps are on the page's publication day, and a jump of more than twelve
    hours against the page's order is a midnight crossed."""
    found = [
        (m.start(1), (int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)) * 60 + int(m.group(2) or 0))
        for m in _LINE_CLOCK12.finditer(text)
    ]
    if len(found) < _MIN_BLOG_STAMPS:
        return {}
    return _stamp_days([pos for pos, _ in found], [m for _, m in found], pub)


def _four_digit_clocks(text: str, pub: date | None, pub_year: int | None) -> dict[int, tuple[bool, date | None]]:
    """Four-digit numbers that are clock times, not years, by position: (a live-page stamp?, its day).

    * a live-page stamp (see :func:`_live_stamps`), or in a live page a number glued between a caption
      and the next entry ("... airport 1604 Adm Mike Mullen says") unless a year word stands before it;
    * a number with a clock companion: "1653 (2153 GMT)", "1100 & 1700GMT", "0910 to 0930 local time";
    * a number that cannot be a year of the story with a clock cue: "at 1100", "shortly after 1100",
      "around 1800 yesterday", "repeated 1700, Sunday 14 June";
    * then, only in a text that writes clock times this way, such a number after a word that also takes
      years ("between 1100 and 1200", "until 1221").
    A real old year keeps its reading: "in 1600 the city was founded", "since 1804"."""
    out: dict[int, tuple[bool, date | None]] = {}
    stamps = _live_stamps(text, pub, pub_year)
    for pos, day in stamps.items():
        out[pos] = (True, day)
    late: list[int] = []
    for m in _HHMM.finditer(text):
        pos = m.start()
        if pos in out:
            continue
        y = int(m.group(0))
        implausible = _year_implausible(y, pub_year)
        words = _words_before(text, pos)
        prev = words[-1] if words else ""
        after = text[m.end() : m.end() + 60]
        if stamps and _CAPITAL_AFTER.match(after) and prev not in lex.YEAR_BEFORE:
            before = text[max(0, pos - 3) : pos].rstrip()
            if implausible or before.endswith((".", "!", "?", '"', "”", ")")):
                above = [p for p in stamps if p < pos]
                out[pos] = (True, stamps[above[-1] if above else min(stamps)])
                continue
        companion = _CLOCK_COMPANION.match(after)
        if (companion and (implausible or companion.group("four"))) or (
            prev == "at" and re.match(r"\s*hours\b", after)
        ):
            out[pos] = (False, None)
            continue
        if not implausible:
            continue
        if prev == "at" or tuple(words) in lex.CLOCK_BEFORE_PAIRS or _DAY_AFTER.match(after):
            out[pos] = (False, None)
        elif prev in lex.CLOCK_OR_YEAR_BEFORE:
            late.append(pos)
    if out:  # "between 1100 and 1200", "until 1221": a text that writes clocks as four digits
        for pos in late:
            words = _words_before(text, pos)
            if words[-1] in lex.CLOCK_RANGE_WORDS:
                base = max(0, pos - 20)
                prior = re.search(r"(\d{4})\s*(?:[A-Za-z&-]+\s*)?$", text[base:pos])
                if prior is None or base + prior.start(1) not in out:
                    continue  # "in 1684, 1673, and 1618": a list of years, not the end of a span of time
            out[pos] = (False, None)
    return out


# --------------------------------------------------------------------------- resolvers


_WD_NAME = (
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
)
_RANGE_LINK = r"\s*(?P<link>until|till|to|through|thru|and|-|–)\s*"
# a weekday opening a range that ends at the weekday after it ("from Thursday until Saturday", "Monday-Wednesday")
_RANGE_BEFORE = re.compile(rf"(?<![\w-]){_WD_NAME}{_RANGE_LINK}$", re.IGNORECASE)
# a weekday closing a range that the weekday before it opens (not one owning a thing: "on Monday to Wednesday's vote")
_RANGE_AFTER = re.compile(rf"{_RANGE_LINK}(?:on\s+)?{_WD_NAME}(?![\w'’-])", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+(?:on\s+)?$", re.IGNORECASE)
# a weekday and "or" right before another ("Thursday or Friday", "late Tuesday or early Wednesday")
_EITHER_BEFORE = re.compile(
    rf"(?<![\w-]){_WD_NAME}\s+or\s+(?:on\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)


def _weekday_range(ctx: _Ctx, wd: int, start: int, end: int) -> date | None:
    """The date of a weekday at either end of a range of weekdays ("from Thursday until Saturday", "between Monday and
    Wednesday", "Monday-Wednesday", "Tuesday through Thursday", "Monday to Friday"; two days joined by "and" are a
    range only after "from" or "between"), or None when it is no end of such a range.  Both ends go one way: the
    opening day is dated as a lone day is, the closing day is the first such weekday after it; a range told in the
    past ("roads were closed from Monday until Saturday" in a Wednesday paper) lies wholly before the publication,
    not from two days back to three days on (one opening on the publication day may still run: "issued a warning
    from Friday until Sunday" in a Friday paper)."""
    before = _RANGE_BEFORE.search(ctx.text, max(0, start - 40), start)
    if before is not None and (
        _RANGE_OPENER.search(ctx.text, max(0, before.start() - 20), before.start())
        or (before.group("link").lower() != "and" and not _POSSESSIVE.match(ctx.text, end))
    ):
        s0, s1, wd_s, wd_e, closing = (
            before.start("wd"),
            before.end("wd"),
            lex.WEEKDAYS[before.group("wd").lower()],
            wd,
            True,
        )
    else:
        after = _RANGE_AFTER.match(ctx.text, end)
        if after is None or (
            after.group("link").lower() == "and" and not _RANGE_OPENER.search(ctx.text, max(0, start - 20), start)
        ):
            return None
        s0, s1, wd_s, wd_e, closing = start, end, wd, lex.WEEKDAYS[after.group("wd").lower()], False
    d = ctx.d()
    first = _weekday_date(ctx, wd_s, None, s0, s1, ranged=False)
    last = first + timedelta(days=(wd_e - wd_s) % 7 or 7)
    tense, dist = ctx.tense_cue(s0, s1)
    told_past = tense == "past" and dist <= _PAST_CUE_CLAUSE
    perfect = any(w in lex.PERFECT_AUXILIARIES for _, _, w in ctx._tokens(ctx.sentence_index(s0)))
    week = timedelta(days=7)
    if first < d < last and told_past and not perfect:
        first, last = first - week, last - week
    elif last < d and not told_past and not perfect and (first + week - d).days * _PAST_BIAS < (d - last).days:
        # "a warning is in force from Thursday until Saturday" in a Wednesday paper: told in no past, the nearer of
        # the two ranges (tomorrow to Saturday, not last Thursday to last Saturday)
        first, last = first + week, last + week
    return last if closing else first


def _held_until(ctx: _Ctx, tense: str | None, word: str, start: int, k: int) -> bool:
    """ "until"/"till" a time told in the past: a time up to which something held ("I didn't hear of it
    until Friday night", "that was his view until March 7"), not the end of a range or a delay ("postponed
    the trial until March") nor a present perfect ("has been closed until March"), which may look ahead."""
    return (
        tense == "future"
        and word in ("until", "till")
        and ctx.told_in_past(start, k)
        and not _UNTIL_AHEAD.search(ctx.text, max(0, start - 60), start)
        and not any(w in lex.PERFECT_AUXILIARIES for _, _, w in ctx._tokens(ctx.sentence_index(start)))
    )


def _weekday_date(ctx: _Ctx, wd: int, rel: str | None, start: int, end: int, ranged: bool = True) -> date:
    d = ctx.d()
    delta_back = (d.weekday() - wd) % 7
    delta_fwd = (wd - d.weekday()) % 7
    rel = (rel or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    named = _BRACKETED_AFTER_DAYWORD.search(ctx.text, max(0, start - 20), start)
    if not rel and named is not None and _CLOSING_BRACKET.match(ctx.text, end):
        # "the price cap tomorrow (Tuesday)": the weekday restates the day word before it, when it names that day
        day = d + timedelta(days=_DAYWORD_SHIFT[named.group(1).lower()])
        if day.weekday() == wd:
            return day
    if ranged and not rel:
        in_range = _weekday_range(ctx, wd, start, end)
        if in_range is not None:
            return in_range
        either = _EITHER_BEFORE.search(ctx.text, max(0, start - 30), start)
        if either is not None:
            # "usable by Thursday or Friday", "late Tuesday or early Wednesday": the second of two days offered as
            # alternatives lies after the first, dated as the first is (a past verb or a modal before the pair
            # governs both; the cue finder reads the second after the first's "or" from further off)
            first_wd = lex.WEEKDAYS[either.group("wd").lower()]
            first = _weekday_date(ctx, first_wd, None, either.start("wd"), either.end("wd"))
            return first + timedelta(days=(wd - first_wd) % 7 or 7)
    if rel == "last":
        if delta_back <= _LAST_SAME_WEEK_DAYS and wd < d.weekday():
            # "last Tuesday" in a Wednesday or Thursday paper is the Tuesday of the week before: yesterday or the
            # day before, in the same week, would be "yesterday" or "on Tuesday" ("died in last Tuesday's quake" on
            # the Wednesday after the next Tuesday); a day of the week before ("last Saturday" on a Monday) or three
            # days back or more ("collapsed last Thursday" on a Sunday) is the day just gone
            day = d - timedelta(days=delta_back + 7)
        else:
            day = d - timedelta(days=delta_back or 7)
        return _last_weekday_named(ctx, day, start)
    if rel in ("the previous", "the following") and (story_day := _story_day(ctx, start)) is not None:
        # "down 4.5% from the previous Friday", "resigned the following Monday": the Friday before, the Monday after,
        # the day the story has reached (the last day it named), not the publication's
        if rel == "the previous":
            return story_day - timedelta(days=(story_day.weekday() - wd) % 7 or 7)
        return story_day + timedelta(days=(wd - story_day.weekday()) % 7 or 7)
    if rel in ("this past", "the previous", "past", "previous"):
        return d - timedelta(days=delta_back or 7)
    if rel == "next" and 0 < delta_fwd <= _NEXT_SAME_WEEK_DAYS and wd > d.weekday():
        # "next Thursday" in a Wednesday or a Tuesday paper is the Thursday of the week after, as "last Tuesday" on a
        # Wednesday is the one of the week before: the day after or the one after that, in the same week, would be
        # "tomorrow" or "on Thursday" ("inviting him to a hearing next Thursday" on a Wednesday is eight days on); a
        # day of the coming week ("next Tuesday" on a Sunday) is the first one ahead
        return d + timedelta(days=delta_fwd + 7)
    if rel in ("next", "this coming", "the following", "coming", "the next", "following"):
        return d + timedelta(days=delta_fwd or 7)
    if rel == "this":
        in_week = d - timedelta(days=d.weekday()) + timedelta(days=wd)
        if in_week < d:
            tense = ctx.cue(start, end, fronting=True)[0]
            if tense == "future" or (tense is None and (delta_fwd < delta_back or d.weekday() == 6)):
                # "are due in court this Tuesday" in a Sunday paper: the Tuesday ahead, not the one of the week
                # ending; with no tense the nearer of the two ("this Thursday's meeting" on a Friday is yesterday's),
                # and on a Sunday, when the week is all but gone, the one ahead ("there is a meeting this Thursday")
                return d + timedelta(days=delta_fwd)
        return in_week
    if rel == "later":
        # "later Thursday": a wire report's word for a day next to the report's own (later on that day than the
        # rest of the story); whatever the tense, the nearer of the two is meant ("before reaching storm strength
        # later Thursday" in a forecast dated the Wednesday before is that Thursday, a day on, not six days back)
        return d + timedelta(days=delta_fwd) if delta_fwd < delta_back else d - timedelta(days=delta_back)
    if _possessive(ctx, end) and _anticipated(ctx, start):
        # "preparations are under way for Saturday's concert", "ahead of Sunday's vote": the day looked ahead to is
        # the coming one; after a past verb ("fans gathered ahead of Saturday's concert") the nearer of the two
        tense, dist = ctx.tense_cue(start, end)
        if not (tense == "past" and dist <= _PAST_CUE_CLAUSE) or delta_fwd < delta_back:
            return d + timedelta(days=delta_fwd)
        return d - timedelta(days=delta_back)
    if delta_back != 1 and _anticipated_on(ctx, start):
        # "wrote to him ahead of their hearing with the chief executive on Thursday": the day of an event looked
        # ahead to from a time the sentence tells, which may lie on either side of the publication: the nearer of
        # the two ("speaking ahead of the awards on Sunday, he said" in Tuesday's paper is two days back, not five on);
        # yesterday is left to the rules below (a wire report dated the day after it is written)
        return d + timedelta(days=delta_fwd) if delta_fwd < delta_back else d - timedelta(days=delta_back)
    if _possessive(ctx, end) and _EVENT_OWNED.match(ctx.text, end):
        # "doors open at 4pm for Saturday's show" in Friday's paper: an event the day owns, told with no past verb or
        # in the present perfect ("a capacity has been set for Saturday's show"), is the nearer of the two (a past
        # verb keeps the one before, a future one the one ahead)
        tense, _, _, k = ctx.cue_at(start, end)
        if tense is None or (tense == "past" and ctx.present_perfect(start, k)):
            return d + timedelta(days=delta_fwd) if delta_fwd < delta_back else d - timedelta(days=delta_back)
    tense, dist, word, k = ctx.cue_at(start, end, modal=True, fronting=True)
    sched = _scheduled_present(ctx, start, end)
    # the words from the verb's clause to the day (a fronted day's clause follows it)
    sched_words = (
        0
        if sched is None
        else len(_TOKEN.findall(ctx.text, *((sched.start(), start) if sched.end() <= start else (end, sched.end()))))
    )
    if sched is not None and not (tense == "past" and dist <= sched_words):
        # a timetable told in the present ("the summit opens on Friday", "the trial starts Monday"): the coming day
        # (today's when it is the day), unless a past verb stands nearer ("opened on Friday"; "said the summit opens
        # on Friday" keeps the timetable's)
        return d + timedelta(days=delta_fwd)
    if _present_arrangement(ctx, start, end):
        # "the party is on Sunday", "a panel is meeting Thursday", "the album is released on Monday": a day that a
        # present "is"/"are" right before it announces is the coming one (today's when it is the day), unless the
        # rest of the sentence is told in the past ("the funeral, which was delayed, is on Saturday" keeps the
        # tense's reading); a verb of saying does not count ("the vote is on Thursday, officials said")
        return d + timedelta(days=delta_fwd)
    if delta_back != 1 and _still_to_come(ctx, start, end):
        # (_still_to_come) the coming day; yesterday's is left to the rule for a report dated the day after it was
        # written ("a survey to be released Wednesday" in Thursday's paper), as for "will" below
        return d + timedelta(days=delta_fwd)
    if _clause_looks_ahead(ctx, start, end):
        # (_clause_looks_ahead) a day the grammar of its clause puts ahead though no cue word stands near it ("when
        # the minister visits on Tuesday, he will ...", "on Sunday it is preparing ...", "an operation to begin on
        # Tuesday", "will stay there and return on Tuesday"): read as a future cue would be
        tense, word = "future", "will"
    if _SOON_AS.search(ctx.text, max(0, start - 20), start) and not (
        tense == "past" and dist <= _PAST_CUE_DISTANCE + 3 and ctx.token_start(start, k) < start
    ):  # (the three words of "as soon as" do not count)
        # "could begin cutting ... as soon as Wednesday": the earliest day of something still ahead, however far
        # the modal stands, and whatever a coordinated clause after it tells ("as early as Monday and said that");
        # a past verb just before it makes it a past day ("was seen as early as Monday")
        tense, word = "future", "as"
    if (
        tense == "past"
        and 0 < delta_fwd <= _PLAN_AHEAD_FAR
        and ctx.planned_past(start, k)
        and (delta_fwd <= _PLAN_AHEAD_DAYS or not ctx.plan_went_by(start, end))
    ):
        # "a hearing was scheduled for Wednesday", "the board was to meet on Monday" in the Saturday or Sunday
        # before: the plan is told in the past, its day is still ahead (two days on, not five or six back); three
        # or four days on too ("the payment was due on Monday, but has now been cancelled" on a Thursday, "the well
        # was to be sealed by Sunday" on a Wednesday), unless a contrast tells in the past what became of the plan
        # ("was due to begin on Tuesday, but was delayed": its day has come and gone)
        return d + timedelta(days=delta_fwd)
    if _held_until(ctx, tense, word, start, k):
        # (_held_until) a time up to which something held, told in the past ("talks lasted until Friday"),
        # is the day before, not the one ahead (as for a month: see ``_forward``)
        return d - timedelta(days=delta_back)
    if tense == "past" and dist > _PAST_CUE_DISTANCE and _infinitive_between(ctx, k, start, end):
        # "ordered the secretaries to visit the site on Friday", "had a jet standing by to fly to Haiti on
        # Saturday": the day is the infinitive's, whose action lies after the past verb, on either side of the
        # publication; the nearer of the two (but "flew to Washington to meet him on Monday" two days back)
        return d + timedelta(days=delta_fwd) if delta_fwd < delta_back else d - timedelta(days=delta_back)
    if tense == "past" and _set_for_day(ctx, k, start):
        # "vowed to be in Oxford on Friday night", "has called a special meeting for Wednesday": a day a pledge or an
        # arrangement set, after the pledging, on either side of the publication: the nearer of the two
        return d + timedelta(days=delta_fwd) if delta_fwd < delta_back else d - timedelta(days=delta_back)
    if (
        tense == "future"
        and delta_back == 1
        and not _NEXT_WEEK.search(ctx.text, *ctx.sentences[ctx.sentence_index(start)])
    ):
        # the day before publication, six days ahead: a report written that day and dated the next ("Obama
        # will speak on Tuesday night" in Wednesday's paper), not next week's day, which "next" would name
        return d - timedelta(days=1)
    if tense == "future" and (
        (word not in _CLAUSE_BOUND and word != "if")
        or delta_fwd <= delta_back
        # a deadline after a modal ("should be operational by Monday"): the coming day
        or (
            word in lex.MODALS
            and dist <= _FUTURE_CUE_DISTANCE
            and _BY_DEADLINE.search(ctx.text, max(0, start - 6), start)
        )
    ):
        # a modal only says the day may lie ahead: the nearer of the two wins ("could reach the coast by
        # Friday" on a Thursday; but "how it can help after Tuesday's quake" on a Wednesday is yesterday)
        return d + timedelta(days=delta_fwd)
    return d - timedelta(days=delta_back)


def _story_day(ctx: _Ctx, start: int) -> date | None:
    """The day the story has reached at ``start``: the last day it named before (final pass only), or None when it
    named none or has moved on from it to another year or month (see ``_Ctx.left_behind``)."""
    if not ctx.final:
        return None
    ref = ctx.reference(start, "day")
    if ref is None or not _DAY_VALUE.match(ref) or ctx.left_behind(start, "day"):
        return None
    return _ref_day(ref)


def _clause_looks_ahead(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the clause of the weekday at ``start``..``end`` puts it ahead of the publication by its grammar, with
    no past verb in it: English tells a coming event so when no cue word stands by the day.

    * a present-tense clause of time or condition ("when", "once", "after", "before", "until", "if") whose main
      clause has a future cue or a modal: "when the president visits the state on Tuesday, he plans to ...",
      "BP will report a profit when it unveils results on Tuesday" (the subordinate clause takes the present);
    * a present progressive in the day's clause ("on Sunday it is preparing its latest attempt", "ministers are
      gathering in Brussels on Monday"): an arrangement;
    * an infinitive after a noun ("an operation to begin late Tuesday", "a meeting to discuss it on Friday"): what
      the noun is for lies ahead;
    * a bare verb joined by "and" to a "will" or a modal ("will stay there ... since then and return on Tuesday"):
      the "will" governs both verbs, whatever time words ("since then") stand between."""
    toks = ctx._tokens(ctx.sentence_index(start))
    words = [t for _, _, t in toks]
    before = [i for i, (_, te, _) in enumerate(toks) if te <= start]
    after = [i for i, (ts, _, _) in enumerate(toks) if ts >= end]
    if _in_chronology_line(ctx, start) or _possessive(ctx, end) or _SPACED_POSSESSIVE.match(ctx.text, end):
        return False  # ("efforts are intensifying to help the survivors of Tuesday's quake": the quake's own day)
    if _fronted_before_aside(ctx, toks, start, end):
        return True
    # the clause: tokens on either side up to a clause break or a contrast
    lo = 0
    for i in reversed(before):
        if words[i] in _CONTRAST or (
            i + 1 < len(toks) and _CLAUSE_BREAK.search(ctx.text, toks[i][1], toks[i + 1][0]) and toks[i + 1][0] <= start
        ):
            lo = i + 1
            break
    hi = len(toks)
    prev_end = end
    for i in after:
        if words[i] in _CONTRAST or _CLAUSE_BREAK.search(ctx.text, prev_end, toks[i][0]):
            hi = i
            break
        prev_end = toks[i][1]
    clause = [i for i in range(lo, hi) if not (start <= toks[i][0] < end)]
    # a verb of saying before a "that" or a subordinator ahead of the day is the report's, not the clause's ("said
    # that when the president visits on Tuesday, he plans ...")
    opener = max(
        (i for i in before if i >= lo and (words[i] == "that" or words[i] in _FUTURE_SUBORDINATORS)), default=-1
    )
    if any(_past_token(toks, i) and not (i < opener and words[i] in lex.REPORTING_PAST) for i in clause):
        return False
    first_after = after[0] if after else len(toks)
    # a clause of time or condition in the present, its main clause looking ahead
    for i in reversed([j for j in before if j >= lo]):
        if words[i] in _FUTURE_SUBORDINATORS:
            if i > 0 and words[i - 1] in ("as", "even"):
                break  # "as if", "as before", "even when": a manner or a comparison
            # the main clause: the words before the conjunction, back to a clause break (and a dozen words at most),
            # and those after the subordinate clause's break, up to the next one
            first = i
            while first > max(0, i - _MAIN_CLAUSE_REACH) and not _CLAUSE_BREAK.search(
                ctx.text, toks[first - 1][1], toks[first][0]
            ):
                first -= 1
            last = hi
            while last + 1 < len(toks) and not _CLAUSE_BREAK.search(ctx.text, toks[last][1], toks[last + 1][0]):
                last += 1
            main = list(range(first, i)) + list(range(hi, min(last + 1, len(toks))))
            if any(
                ctx._ahead(toks, words, j) == "future" and words[j] not in _NOT_MAIN_FUTURE for j in main
            ) and not any(_past_token(toks, j) and words[j] not in lex.REPORTING_PAST for j in main):
                return True
            break
    near = [
        i for i in clause if abs(i - (before[-1] if before and i < first_after else first_after)) <= _AHEAD_CLAUSE_REACH
    ]
    for i in near:
        # a present progressive, not one of saying ("is saying"), nor a noun in -ing
        if words[i] in ("is", "are", "am", "'re") and i + 1 < len(words):
            j = i + 1
            while j < len(words) and _is_adverb(words[j]):
                j += 1
            if (
                j < len(words)
                and words[j].endswith("ing")
                and len(words[j]) > 4
                and words[j] not in lex.NOT_PROGRESSIVE_ING
                and words[j] not in ("being", "going", "saying", "telling", "reporting", "calling")
                and not any(w in lex.REPORTING_PRESENT for w in (words[x] for x in clause))
            ):
                return True
    if before and before[-1] >= lo + 2:
        # an infinitive after a noun: [determiner] noun "to" verb ... day
        for i in range(max(lo, before[-1] - 5), before[-1]):
            if (
                words[i] == "to"
                and i >= lo + 2
                and any(words[x] in _DETERMINERS for x in range(max(lo, i - 3), i - 1))
                and ctx.text[toks[i - 1][0]].islower()
                and words[i - 1] not in lex.IMPLICATIVE_BEFORE_TO
                and not words[i - 1].endswith(("ed", "ing"))
                and words[i - 1] not in _PREPOSITIONS
                and ctx.text[toks[i + 1][0]].islower()
                and words[i + 1] not in _TO_NOT_VERB
                and words[i + 1] not in _PREPOSITIONS
                and words[i + 1] not in _DETERMINERS
                and words[i + 1] not in ("be", "have", "midnight")
                and words[i + 1] not in lex.PARTS_OF_DAY
                and not words[i + 1].endswith(("ing", "ed"))
                and not _past_token(toks, i + 1)
            ):
                return True
    # a bare verb after "and", governed by a "will" or a modal before it
    for i in range(max(0, (before[-1] if before else 0) - _AND_VERB_REACH), before[-1] if before else 0):
        if words[i] != "and" or i + 1 >= len(words):
            continue
        verb = words[i + 1]
        if (
            not ctx.text[toks[i + 1][0]].islower()
            or verb in _DETERMINERS
            or verb in _PREPOSITIONS
            or verb in _SUBJECT_PRONOUNS
            or verb.endswith(("ed", "ing", "s"))
            or _past_token(toks, i + 1)
            or any(_CLAUSE_BREAK.search(ctx.text, toks[x][1], toks[x + 1][0]) for x in range(i, before[-1]))
        ):
            continue
        for j in range(i - 1, -1, -1):
            w = words[j]
            if w in ("will", "'ll", "shall") or (w in lex.MODALS and w not in ("might", "may")):
                return True
            if w in _SUBORDINATORS or w in _CONTRAST or (_past_token(toks, j) and w not in _TIME_WORD_CUES):
                break
            if j + 1 < len(toks) and _CLAUSE_BREAK.search(ctx.text, toks[j][1], toks[j + 1][0]):
                break
    return False


def _fronted_before_aside(ctx: _Ctx, toks: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether a day fronted before its clause's subject ("On Thursday BP's chief, who is expected to attend the
    meeting, will testify") belongs to a "will" or a modal right after the relative aside that follows the subject: the
    aside's commas hide the clause's verb from the cue finder."""
    if not all(t in _FRONTING_WORDS for ts, _, t in toks if ts < start):
        return False
    m = _SUBJECT_THEN_ASIDE.match(ctx.text, end)
    if m is None:
        return False
    after = [t for ts, _, t in toks if ts >= m.end()]
    return bool(after) and (after[0] in ("will", "'ll", "shall") or after[0] in lex.MODALS)


# a subject (a few words, no comma) after a fronted day, then a relative aside between commas: "BP's chief, who is
# expected to attend the meeting, " (up to the verb of the clause)
_SUBJECT_THEN_ASIDE = re.compile(r"\s*,?\s*[^,;:()\"]{1,60}?,\s*(?:who|which)\b[^,;:()\"]{1,120},\s*")


def _past_token(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` is a finite past verb or a perfect's auxiliary ("was", "struck", "has been", "announced"
    after no article, preposition, auxiliary or "to"), not a time word ("since", "ago", "last")."""
    w = toks[i][2]
    if w in _TIME_WORD_CUES:
        return False
    j = i - 1
    while j > 0 and _is_adverb(toks[j][2]):
        j -= 1  # ("is almost uncomfortably packed": the participle of "is")
    prev = toks[j][2] if j >= 0 else ""
    if w in ("was", "were", "had", "wasn't", "weren't", "hadn't", "didn't", "did"):
        return True
    if w in ("has", "have") and _perfect_follows([t for _, _, t in toks], i):
        return True
    if prev in _ARTICLES or prev in _NON_FINITE_BEFORE or prev in _PREPOSITIONS or prev in lex.PERFECT_AUXILIARIES:
        return False
    return w in lex.PAST_IRREGULAR or _regular_past(w)


# a possessive a tokenised corpus writes apart ("Tuesday 's earthquake")
_SPACED_POSSESSIVE = re.compile(r"\s+['’]s(?![\w'’])")
# words of time that lex.PAST_IRREGULAR holds as cues of the past: no verbs of a clause
_TIME_WORD_CUES = frozenset({"since", "ago", "last", "earlier", "yesterday"})
# the conjunctions of a clause of time or condition told in the present for a time ahead
_FUTURE_SUBORDINATORS = frozenset({"when", "once", "after", "before", "until", "till", "if", "unless"})
# future cues that are no main clause's verb ("would" tells of a past plan; "next", "until" are time words)
_NOT_MAIN_FUTURE = frozenset({"would", "until", "till", "next", "upcoming", "forthcoming", "looming", "impending"})
# how many words before its conjunction a main clause is read for a "will" or a modal
_MAIN_CLAUSE_REACH = 12
# how many words after its conjunction the past verb of a clause of time under a "would" may stand ("before it was")
_BACKSHIFT_REACH = 4
# how many words from the day a progressive may stand
_AHEAD_CLAUSE_REACH = 6
# how many words before the day the "and" of a verb a "will" governs may stand ("and fly back to the capital on")
_AND_VERB_REACH = 7

# a day word and an opening bracket right before a weekday ("tomorrow (Tuesday)"), and its closing bracket after it
_BRACKETED_AFTER_DAYWORD = re.compile(r"\b(today|tonight|tomorrow|yesterday)\s*\(\s*$", re.IGNORECASE)
_CLOSING_BRACKET = re.compile(r"\s*\)")
# the days a day word lies from the publication date
_DAYWORD_SHIFT = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _last_weekday_named(ctx: _Ctx, day: date, start: int) -> date:
    """ "last Tuesday" read as ``day``, or as the same weekday a week away when the text has already named that other
    day by its weekday and date and never this one ("the quake struck on Tuesday, 12 January ... died in last
    Tuesday's quake" in a Sunday paper is 12 January, not five days back): "last" is read both ways in news prose (the
    day just gone or the one of the week before), and a date the story gives settles which.  Only a day before the
    publication."""
    # (only that weekday written with its date: a weekday the tagger dated itself is no evidence, nor is any date
    # that happens to fall on it, a week away, in a story that names many)
    wd = day.weekday()
    named = {
        v[:10]
        for s, v in ctx.refs
        if s < start
        and len(v) >= 10
        and (w := _WRITTEN_WEEKDAY_DATE.match(ctx.text, s)) is not None
        and lex.WEEKDAYS[w.group("wd").lower()] == wd
    }
    if day.isoformat() in named:
        return day
    d = ctx.d()
    for other in (day - timedelta(days=7), day + timedelta(days=7)):
        if other < d and other.isoformat() in named:
            return other
    return day


# a weekday written with its date ("Tuesday, 12 January", "Friday, Sept. 12"), as the "date" rule reads it
_WRITTEN_WEEKDAY_DATE = re.compile(
    rf"(?P<wd>{WD})(?:\s*,)?\s+(?:the\s+)?(?:{DAY}(?:\s+of)?\s+{MONTH}|{MONTH}\s+(?:the\s+)?{DAY})", re.IGNORECASE
)


def _infinitive_between(ctx: _Ctx, k: int, start: int, end: int) -> bool:
    """Whether an infinitive ("to" and a verb: "to visit", "to fly"; not "to the site", "to Haiti", "to 5,000")
    stands between the past verb at token ``k`` and the expression at ``start``, in the same clause."""
    toks = ctx._tokens(ctx.sentence_index(start))
    if not 0 <= k < len(toks) or toks[k][1] > start:
        return False
    if _ARTICLE_BEFORE.search(ctx.text, max(0, start - 4), start) or _possessive(ctx, end):
        # "on a Tuesday night": any such day; "to help victims of Tuesday's quake": the day owns an event of its own
        return False
    between = [(ts, te, t) for ts, te, t in toks if toks[k][1] <= ts < start]
    for i, (_ts, te, w) in enumerate(between[:-1]):
        ns, _ne, nxt = between[i + 1]
        # the word after the verb: an object's determiner or name, a preposition, or the expression itself ("to visit
        # the site", "to fly to Haiti", "to reopen on"); a lower-case noun may follow a preposition "to" instead
        # ("power to vast areas", "access to oil supplies")
        after = between[i + 2] if i + 2 < len(between) else None
        if (
            w == "to"
            and (
                after is None
                or after[2] in _DETERMINERS
                or after[2] in _PREPOSITIONS
                or after[2] in ("to", "him", "them", "it", "us")
                or ctx.text[after[0]].isupper()
            )
            and ctx.text[te:ns].isspace()
            and ctx.text[ns].islower()
            and nxt not in _TO_NOT_VERB
            and nxt not in _PREPOSITIONS
            and nxt not in _DETERMINERS
            and nxt not in lex.MONTHS
            and nxt not in ("be", "have")
            and not nxt.endswith(("ing", "s"))
            and (between[i - 1][2] if i else toks[k][2]) not in lex.IMPLICATIVE_BEFORE_TO
            and not _CLAUSE_BREAK.search(ctx.text, te, start)
        ):
            return True
    return False


_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _set_for_day(ctx: _Ctx, k: int, start: int) -> bool:
    """Whether the past verb at token ``k`` sets the day at ``start`` ahead of itself: a verb of a pledge or a demand
    right before "to" ("vowed to be in Oxford on Friday", "promised to return on Monday"), or a present perfect with
    "for" right before the day ("has called a meeting for Wednesday", "have set the vote for Friday")."""
    toks = ctx._tokens(ctx.sentence_index(start))
    if not 0 <= k < len(toks) - 1 or toks[k][1] > start:
        return False
    w = toks[k][2]
    if w in lex.PLEDGE_PAST and toks[k + 1][2] == "to" and ctx.text[toks[k][1] : toks[k + 1][0]].isspace():
        return not any(t in _CONTRAST or t in _FUTURE_SUBORDINATORS for ts, _, t in toks if toks[k][1] <= ts < start)
    return (
        w in ("has", "have")
        and _FOR_DAY.search(ctx.text, max(0, start - 6), start) is not None
        and not _CLAUSE_BREAK.search(ctx.text, toks[k][1], start)
    )


# "for" right before a day: the day an event is set for ("a meeting for Wednesday")
_FOR_DAY = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _present_arrangement(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the weekday at ``start``..``end`` follows a present "is"/"are", alone or with a progressive or a
    passive ("the vote is on Thursday", "ministers are meeting Friday", "the report is published on Monday"), in a
    sentence with no other past verb than one of saying.  Not a day owning a thing ("the focus is on Sunday's vote"),
    "it"/"today is Sunday" (the day's name), a caption's participle ("Obama is pictured on Monday"), nor a line of a
    chronology, told in the historic present ("May 3 - The hearing is on Monday")."""
    if _possessive(ctx, end) or _in_chronology_line(ctx, start):
        return False
    m = _PRESENT_BEFORE_DAY.search(ctx.text, max(0, start - 60), start)
    if m is None or (m.group("subj") or m.group("subj2")).lower() in lex.ARRANGEMENT_NOT_SUBJECT:
        return False
    verb = (m.group("verb") or "").lower()
    if verb and (
        verb in lex.NOT_PROGRESSIVE_ING
        or verb in lex.CAPTION_PARTICIPLES
        or not (verb.endswith(("ing", "ed", "en")) or verb in lex.PARTICIPLES_IRREGULAR)
    ):
        return False
    if m.group("prep") == "for" and not verb:
        return False  # "the vote is for Monday" (a kind of vote, or a choice): only a participle's "set for Monday"
    own = m.start("verb") if verb else start  # (the participle of "is released" is the arrangement's own)
    return not _past_in_sentence(ctx, own, end)


def _still_to_come(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the weekday at ``start``..``end`` is the day of an event the sentence says is still to come, with no
    past verb in it but one of saying: "there's a board meeting on Monday" (an event said to be, in the present), "the
    report, to be released on Tuesday, ...", "a survey to be released Wednesday" (a passive infinitive)."""
    if _possessive(ctx, end) or _in_chronology_line(ctx, start):
        return False
    if not (
        _EXISTENTIAL_EVENT.search(ctx.text, max(0, start - 80), start)
        or _TO_BE_DONE.search(ctx.text, max(0, start - 80), start)
    ):
        return False
    return not _past_in_sentence(ctx, start, end)


def _in_chronology_line(ctx: _Ctx, start: int) -> bool:
    """Whether ``start`` lies in a chronology's entry, after the date heading its line ("May 3 - The hearing is on
    Monday": a historic present, no arrangement ahead)."""
    line = ctx.text.rfind("\n", 0, start) + 1
    return any(line <= h < start for h in _chronology_heads(ctx))


def _past_in_sentence(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the sentence holding ``start`` has a past verb outside ``start``..``end`` other than one of saying
    ("was", "were", "had", an irregular past, a word in -ed that no article, preposition, auxiliary or "to" puts
    before it)."""
    toks = ctx._tokens(ctx.sentence_index(start))
    for i, (ts, _, w) in enumerate(toks):
        if start <= ts < end or w in lex.REPORTING_PAST:
            continue
        prev = toks[i - 1][2] if i > 0 else ""
        if w in ("was", "were", "had") or (
            prev not in _ARTICLES
            and prev not in _NON_FINITE_BEFORE
            and prev not in _PREPOSITIONS
            and prev not in lex.PERFECT_AUXILIARIES
            and (w in lex.PAST_IRREGULAR or _regular_past(w))
        ):
            return True
    return False


# a present "is"/"are" and its subject before a weekday, with an adverb, a participle ("is meeting", "is released")
# and "on" (or "for" after a participle: "is set for") between them, or before the second of two weekdays ("the
# hearings are on Monday and Tuesday")
_PRESENT_BEFORE_DAY = re.compile(
    r"(?<![\w'’-])(?:(?P<subj>[\w'’-]+)\s+(?-i:is|are)|(?P<subj2>[A-Za-z]+)['’]re)\s+"
    r"(?:(?:also|now|still|only|both|again|currently)\s+)?"
    r"(?:(?!(?:on|for)\s)(?P<verb>[A-Za-z]+)\s+)?(?:(?P<prep>on|for)\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s*,\s*|\s+(?:and|or)\s+)(?:on\s+)?)?$",
    re.IGNORECASE,
)


# "there is" (or "'s", "are") and a scheduled event noun a few words before a weekday ("there's a board meeting on")
_EXISTENTIAL_EVENT = re.compile(
    r"\bthere(?:\s+(?-i:is|are)|['’]s)\s+(?:a|an|another|the)?\s*(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(lex.SCHEDULED_EVENT_NOUNS))
    + r")(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# a passive infinitive of a thing still to be done, as an aside after a comma or after an indefinite noun, before a
# weekday ("the report, to be released on", "a survey to be released"); not "the first to be rescued on" (a past one)
_TO_BE_DONE = re.compile(
    r"(?:,\s*|\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+)to\s+be\s+(?:[a-z]+ed|[a-z]+en|"
    + "|".join(sorted(lex.PARTICIPLES_IRREGULAR))
    + r")(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$"
)
# "until" after which the day may lie ahead: the end of a range ("a warning from Friday until Sunday evening") or of a
# delay ("delayed the test until Tuesday"); a present perfect ("have been closed until Thursday") or "have until
# Wednesday to file" is excluded apart
_UNTIL_AHEAD = re.compile(
    r"(?:\b(?:from|between)\s[^,;.]{1,30}|\b(?:delay(?:ed|s)?|postpon(?:ed|es?)|put\s+off|push(?:ed)?\s+back|defer(?:red|s)?"
    r"|adjourn(?:ed|s)?|extend(?:ed|s)?|suspend(?:ed|s)?)\b[^,;.]{0,40}?\s)(?:until|till)\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
# "by" and a named agent after a participle ("repeated by Obama"): a passive participle of the noun before it
_BY_AGENT = re.compile(r"\s+by\s+[A-Z]")
_SOON_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s+(?:on\s+)?$", re.IGNORECASE)
# a present verb of a scheduled event and up to four more words of its clause before a weekday ("opens on", "starts
# its session on", "takes place in the capital on")
_SCHEDULED_BEFORE = re.compile(
    r"(?<![\w'’-])(?-i:(?:"
    + "|".join(v.replace(" ", r"\s+") for v in lex.SCHEDULED_PRESENT_VERBS)
    + r"))(?:\s+(?!(?:and|but|or|after|before|since|when)\b)[\w'’-]+){0,4}?\s+(?:on\s+|from\s+)?$"
)
# the plural of such a verb after its subject, before a weekday ("before markets open on", "lawmakers hold a hearing
# on"): the subject is checked by _plural_subject
_SCHEDULED_PLURAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<subj>[A-Za-z]+)\s+(?:"
    + "|".join(v.replace(" ", r"\s+") for v in lex.SCHEDULED_PRESENT_PLURAL)
    + r")(?:\s+(?!(?:and|but|or|after|before|since|when)\b)[\w'’-]+){0,3}?\s+(?:on\s+|from\s+)?$"
)
# a weekday fronted before a comma, then the subject of its clause (up to five words) and a present verb of a
# scheduled event ("On Tuesday, lawmakers hold a hearing", "On Friday, the summit opens in Brussels")
_FRONTED_SCHEDULE = re.compile(
    r"\s*,\s*(?P<words>(?:[\w'’.-]+\s+){0,4}?)(?P<subj>[\w'’.-]+)\s+(?:(?P<sing>"
    + "|".join(v.replace(" ", r"\s+") for v in lex.SCHEDULED_PRESENT_VERBS)
    + r")|(?P<plur>"
    + "|".join(v.replace(" ", r"\s+") for v in lex.SCHEDULED_PRESENT_PLURAL)
    # not "begins to" + verb: something that sets in, told in a narrative present ("Tuesday evening, the mud begins to
    # swirl"), no timetable
    + r"))\b(?!\s+to\b)"
)


# a subject of two joined by "and", the second a name ("He and Palestinian leader Yasser Arafat", "Brown and
# Sarkozy"): plural, whatever its last word, so a bare verb after it is a finite present ("meet Monday")
_COMPOUND_SUBJECT = re.compile(
    r"(?<![\w'’-])(?:(?-i:He|She|I|he|she|[A-Z][a-z]+))\s+and\s+(?:(?-i:[A-Za-z][\w'’.-]*)\s+){0,3}?(?-i:[A-Z][a-z]+)$"
)


def _plural_subject(word: str) -> bool:
    """Whether ``word`` may be the plural subject of a bare present verb after it ("markets", "lawmakers", "they"):
    a bare verb after anything else is an infinitive, an imperative or a noun ("to open", "the open")."""
    w = word.lower()
    if w in ("they", "we"):
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in lex.NOT_PLURAL_SUBJECT
        and w not in _SUBJECT_PRONOUNS
    )


def _scheduled_present(ctx: _Ctx, start: int, end: int) -> re.Match[str] | None:
    """The words of a present verb of a scheduled event that governs the weekday at ``start``..``end`` ("the summit
    opens on Friday", "before markets open on Monday", "as the milestone approaches on Wednesday", "On Tuesday,
    lawmakers hold a hearing"), or None.  A timetable or a time coming on is told in the present: the day lies ahead
    (a clause about the past would say "opened", "held")."""
    sched = _SCHEDULED_BEFORE.search(ctx.text, max(0, start - 70), start)
    if sched is not None:
        return sched
    plural = _SCHEDULED_PLURAL_BEFORE.search(ctx.text, max(0, start - 80), start)
    if plural is not None and (
        _plural_subject(plural.group("subj"))
        or _COMPOUND_SUBJECT.search(ctx.text, max(0, plural.start("subj") - 60), plural.end("subj")) is not None
    ):
        return plural
    toks = ctx._tokens(ctx.sentence_index(start))
    if not toks or not all(t in _FRONTING_WORDS for ts, _, t in toks if ts < start):
        return None
    fronted = _FRONTED_SCHEDULE.match(ctx.text, end)
    if fronted is None or (fronted.group("plur") and not _plural_subject(fronted.group("subj"))):
        return None
    subject = _TOKEN.findall(ctx.text, fronted.start("words"), fronted.end("subj"))
    if any(w.lower() in _SUBJECT_PRONOUNS - {"they", "we", "he", "she", "it"} for w in subject):
        return None  # ("On Monday, the man who ... opens": a relative clause hides the subject's verb)
    return fronted


# how many days back a weekday "last" names, in the publication's week, may lie and still mean the one of the week
# before ("last Tuesday" on a Thursday is nine days back, not two)
_LAST_SAME_WEEK_DAYS = 2
_NEXT_SAME_WEEK_DAYS = 2
# how many days ahead the day of a plan told in the past ("was due to start on Friday") may lie
_PLAN_AHEAD_DAYS = 2
# how many days ahead it may lie when nothing says what became of the plan
_PLAN_AHEAD_FAR = 4
_NEXT_WEEK = re.compile(r"\bnext\s+week\b|\bweek\s+after\s+next\b", re.IGNORECASE)


def _month_year(ctx: _Ctx, m: int, rel: str | None, start: int, end: int) -> int:
    ay, am = ctx.ym()
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    if rel == "last" and m == am - 1 and not _THE_BEFORE.search(ctx.text, max(0, start - 5), start):
        # "an election took place last February" in March: the month just gone, in the same year, is "last month";
        # "last" with its name reaches back past it to the year before, as "last Tuesday" on a Thursday is the week
        # before's (not "the last April", the latest one, nor "this past February"; "last December" in January is
        # last year's, the one just gone)
        return ay - 1
    if rel in ("last", "this past", "past", "previous"):
        return ay if m < am else ay - 1
    if rel in ("next", "this coming", "coming"):
        return ay if m > am else ay + 1
    if rel == "this":
        return ay
    fwd = (m - am) % 12
    back = (am - m) % 12
    if _possessive(ctx, end):
        # a month owning an event ("April's accident", "ahead of September's election"): "until" and "till" before
        # it tell of a time up to that event, no plan ("the worst spill until April's accident" in July is the April
        # before); the clause looking ahead to it ("ahead of", "preparations for") makes it the coming one
        tense, dist, word = ctx.cue(start, end, modal=True)
        if _anticipated(ctx, start):
            ahead = not (tense == "past" and dist <= _PAST_CUE_CLAUSE) or fwd < back
            return (ay if m >= am else ay + 1) if ahead else (ay if m <= am else ay - 1)
        if tense == "future" and word in ("until", "till"):
            return (ay if m >= am else ay + 1) if back and fwd * _PAST_BIAS < back else (ay if m <= am else ay - 1)
    if _DELIVERY.match(ctx.text, end) or (
        _THE_BEFORE.search(ctx.text, max(0, start - 5), start) and _CONTRACT.match(ctx.text, end)
    ):
        # a futures contract named by its month ("oil for December delivery", "the March contract") trades before
        # that month: the current or coming one, whatever the tense of the trading ("closed at $5.16")
        return ay if m >= am else ay + 1
    if _forward(ctx, fwd, back, start, end, unit_days=_MONTH_DAYS):
        return ay if m >= am else ay + 1
    return ay if m <= am else ay - 1


# the mean length of a month in days (to compare a count of months with one of days)
_MONTH_DAYS = 30.44
_DELIVERY = re.compile(r"\s+delivery\b")
_CONTRACT = re.compile(r"\s+contract\b(?!s)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _possessive(ctx: _Ctx, end: int) -> bool:
    """Whether the expression ending at ``end`` owns the next word ("Saturday's concert", "April's accident")."""
    return _POSSESSIVE.match(ctx.text, end) is not None


def _anticipated(ctx: _Ctx, start: int) -> bool:
    """Whether the words just before ``start`` look ahead to it: "ahead of", "the run-up to", "preparations are
    under way for", "ready for", "in time for", "a delay in", "to cancel"."""
    return _ANTICIPATION.search(ctx.text[max(0, start - 60) : start]) is not None


def _anticipated_on(ctx: _Ctx, start: int) -> bool:
    """Whether the weekday at ``start`` is the day of an event "ahead of" (or "on the eve of", "in time for", "in
    the run-up to") names just before it, in the same clause ("ahead of their hearing with the chief executive on
    Thursday", "ahead of hearings on Tuesday and Thursday"); not when a past verb stands between them ("ahead of
    the talks ministers met on Thursday": the day is the meeting's), nor a word of a plan ("ahead of the scheduled
    start on Monday", read with the plans below)."""
    m = _AHEAD_OF_ON.search(ctx.text, max(0, start - 100), start)
    if m is None:
        return False
    return not any(w in lex.PAST_IRREGULAR or w.endswith("ed") for w in _TOKEN.findall(m.group("np").lower()))


# "ahead of" and an event's words up to "on" and the weekday, within a clause
_AHEAD_OF_ON = re.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+time\s+for|in\s+the\s+(?:run|build|lead)[\s-]*up\s+to)"
    r"\s+(?P<np>[^,;:.!?()\"“”]{1,70}?)\s+on\s+"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s(?![\w'’])")
_ANTICIPATION = re.compile(
    r"\b(?:ahead\s+of|(?:run|build|lead)[\s-]*up\s+to|countdown\s+to|in\s+time\s+for|eve\s+of|ready\s+for"
    r"|prepar\w*(?:\s+[a-z]+){0,3}\s+for|gear(?:s|ed|ing)?\s+up\s+for"
    # a call to put off an event looks ahead to it ("calling for a delay in Friday's debate", "to cancel Sunday's show")
    r"|delay\s+(?:in|of|to)|postpone(?:ment\s+of)?|cancel(?:lation\s+of)?)\s+$",
    re.IGNORECASE,
)


def _forward(ctx: _Ctx, fwd: float, back: float, start: int, end: int, unit_days: float = 1.0) -> bool:
    """Whether a date given without its year lies after the anchor (True) or before it (False).

    A future cue decides forward; a past-tense verb right next to the expression decides backward;
    otherwise the nearer occurrence wins, with a bias towards the past (news reports what happened)."""
    if back == 0:
        return False
    if _names_happening(ctx, start, end):
        # "the 20 April explosion" in a December report, "Two September shocks will define his presidency" in
        # October: a happening no one schedules is named by its date once it has happened, the last such date
        return False
    if _announced_event(ctx, start, end):
        # "The 8 October gig was announced on Monday" in July: the announcing is past, the event it names is the
        # nearer occurrence, with no bias to the past (an event announced and since held is the one just gone)
        return fwd < back
    tense, dist, word, k = ctx.cue_at(start, end, modal=True, fronting=True)
    told = _telling_gap(ctx, word, k, start) if tense == "future" else None
    if told is not None:
        # "was informed in December that it would pay the bonuses by March 15", in a March 19 report: the time a
        # reported "would" tells follows the telling, the first occurrence after it (see _telling_gap)
        return back * unit_days > told
    if tense == "future" and word in ("would", "'d") and _past_perfect_before(ctx, k, start):
        # "Lewis said he had seen papers suggesting that a lease would expire by May 16", in November: a past perfect
        # sets the "would" in a past before the telling, whose date is untold; the time it looks ahead to may be
        # before or after the publication, the nearer occurrence (no deadline nor future cue sets it ahead)
        return fwd * _PAST_BIAS < back
    if _BY_DEADLINE.search(ctx.text, max(0, start - 6), start):
        ahead = _deadline_ahead(ctx, tense, dist, word, k, start, end)
        if ahead is not None:
            return ahead if ahead else fwd <= back
    if _EFFECTIVE_BEFORE.search(ctx.text, max(0, start - 30), start):
        # the day a change takes effect ("raised its fees 5%, effective Feb. 1", "a pay pact effective June 1"): the
        # verb tells of the announcing, not of the change, which may lie just ahead or have just begun; the nearer
        # occurrence with no bias to the past, the coming one after a future cue ("will be effective June 1")
        return fwd < back or (tense == "future" and dist <= _FUTURE_CUE_DISTANCE)
    if _PLAN_NOUN.search(ctx.text, max(0, start - 40), start):
        # the time of a plan's end ("ahead of the schedule of completion in August", "a deadline of 30 June"): the
        # coming one, unless a past verb right next to it tells it has gone by
        return fwd < back or not (tense == "past" and dist <= _PAST_CUE_DISTANCE)
    if tense == "future" and (word in _CLAUSE_BOUND or word == "if"):
        # a modal: the nearer occurrence ("could be held by the end of November" in October); so a hypothesis ("if
        # the Gulf were closed from May to August, ... would lose" in July)
        return fwd <= back
    if (
        ((tense == "past" and dist <= _PAST_CUE_CLAUSE) or (tense == "future" and dist <= _FUTURE_CUE_DISTANCE))
        and ctx.planned_past(start, k)
        and not ctx.plan_went_by(start, end)
    ):
        # a plan told in the past ("was only supposed to take effect in August", "were due to open in May"): the
        # plan may still be ahead or have gone by; the nearer occurrence (August in a June story, the May just
        # gone in a June one)
        return fwd * _PAST_BIAS < back
    if _held_until(ctx, tense, word, start, k):
        # "that was his view until March 7, when he sent ...": as for a weekday (_held_until)
        return fwd * _PAST_BIAS < back
    if tense == "future" and dist <= _FUTURE_CUE_DISTANCE and ctx.bare_plan(start, k):
        # a plan's participle after a noun ("a series of concerts scheduled for July") has no tense of its own:
        # told in the past ("was employed for concerts scheduled for July"), the plan is the nearer occurrence
        # (the July just gone in an August story); told in the present, it lies ahead
        return fwd * _PAST_BIAS < back
    if tense == "past" and ctx.present_perfect(start, k) and _prev_word(ctx, start) not in _SINCE_WORDS:
        # a present perfect takes no past date of its own ("has announced a concert on 8 October"): the date is
        # its object's, an event that may lie ahead; the nearer occurrence, with the usual bias to the past
        return fwd * _PAST_BIAS < back
    if tense == "future" and dist <= _FUTURE_CUE_DISTANCE:
        return True
    if tense == "past" and dist <= _PAST_CUE_DISTANCE:
        return False
    if tense == "past" and dist <= _PAST_CUE_CLAUSE and not ctx.looks_ahead(start, end=end):
        return False  # "Jackson died at his Los Angeles home on 25 June": nothing in it looks ahead
    if tense == "past" and not ctx.looks_ahead(start, end=end) and _past_governs(ctx, start, end, k):
        # a past verb further off in the same clause, with nothing in the sentence looking ahead and no verb of its
        # own between them: "Eleven men died in the explosion on the rig in April" in December is the April before,
        # however near the next April ("agreed to hold a conference in March", "before the season begins in May"
        # keep the nearer one)
        return False
    if tense == "future" and _future_governs(ctx, start, end, k):
        # a plain "will" further off in the same clause, with no verb of its own between them: "will be named
        # commander of the shuttle for a mission in December" in March is the coming December, however near the
        # last one
        return True
    return fwd * _PAST_BIAS < back


# a noun of a happening right after a date, with at most two words of a name or a modifier between ("the 20 April
# explosion", "the April 20 Deepwater Horizon blast", "the 12 January earthquake"); no function word between ("the 20
# April memorial for the blast victims" names a memorial)
_HAPPENING_AFTER = re.compile(
    r"[ \t]+(?:(?!(?:of|for|to|in|on|at|by|with|from|after|before|the|a|an|and|or)[ \t])[A-Za-z-]+[ \t]+){0,2}?(?:"
    + "|".join(sorted(lex.HAPPENING_NOUNS))
    + r")(?![\w'’-])",
    re.IGNORECASE,
)
_LEADING_DETERMINER = re.compile(r"(?:the|two|three|both|those|these)\s", re.IGNORECASE)


def _names_happening(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` names a happening as its modifier ("the 20 April explosion", "two
    September shocks"): a determiner or a number stands before it (within the expression or right before it) and a
    noun of lex.HAPPENING_NOUNS right after it.  A bare date before such a noun may head its clause ("in August
    attacks rose") and is left to the tense."""
    if not (
        _LEADING_DETERMINER.match(ctx.text, start)
        or _prev_word(ctx, start).lower() in _DETERMINERS
        or _prev_word(ctx, start).lower() in ("two", "three", "both", "those", "these")
    ):
        return False
    return _HAPPENING_AFTER.match(ctx.text, end) is not None


_SUBORDINATORS = frozenset(
    {"which", "who", "that", "when", "while", "until", "till", "if", "unless", "whereas", "because", "as", "whether"}
)


def _past_governs(ctx: _Ctx, start: int, end: int, k: int) -> bool:
    """Whether the past verb at token ``k`` of the sentence governs the date at ``start``..``end`` however far
    off: it is no verb of telling (what is told may lie ahead), and no verb of another clause or of a plan stands
    between them (an infinitive's "to", a modal, a present verb, a verb in -ing, a word that opens a clause, or
    "before"/"after" not heading a noun)."""
    toks = ctx._tokens(ctx.sentence_index(start))
    if not 0 <= k < len(toks):
        return False
    ts, te, verb = toks[k]
    if verb in lex.REPORTING_PAST:
        return False  # "told the companies of a cutback in September": what is told may lie ahead
    lo, hi = (te, start) if te <= start else (end, ts)
    between = [t for t0, _, t in toks if lo <= t0 < hi]
    for i, w in enumerate(between):
        nxt = between[i + 1] if i + 1 < len(between) else ""
        if (
            # (a "to" before an article is a preposition, no infinitive: "changed from a fiscal year to a calendar
            # year in December" is the past verb's)
            (w == "to" and nxt not in _ARTICLES)
            or w in lex.MODALS
            or w in _SUBORDINATORS
            or w in lex.PRESENT_AHEAD_VERBS
            or (w.endswith("ing") and len(w) > 4 and w not in lex.ING_NOUNS)
            or (w in ("before", "after") and nxt not in _DETERMINERS)
        ):
            return False
    return True


def _future_governs(ctx: _Ctx, start: int, end: int, k: int) -> bool:
    """Whether the plain future verb at token ``k`` ("will") governs the date at ``start``..``end`` after it,
    however far off: both stand in one clause and no other verb (a finite past verb, a present verb of its own, a
    word that opens a clause) nor a word that looks back ("since", "last", "than") stands between them."""
    toks = ctx._tokens(ctx.sentence_index(start))
    if not 0 <= k < len(toks):
        return False
    ts, te, verb = toks[k]
    if verb not in _PLAIN_FUTURE or te > start or not ctx._same_clause(ts, te, start, end):
        return False
    s0 = ctx.sentences[ctx.sentence_index(start)][0]
    if any(s0 <= pos < ts and len(v) >= 7 for pos, v in ctx.dated) or _in_chronology_line(ctx, start):
        return False  # "June 14 - Obama says he will press BP at a meeting on June 16": the telling is dated, not now
    words = [t for _, _, t in toks]
    for i, (t0, _, w) in enumerate(toks):
        if not te <= t0 < start:
            continue
        if (
            w in _SUBORDINATORS
            or w in _BACK_WORDS
            or w in lex.MODALS
            or w in _PRESENT
            or w in ("has", "have", "had", "would")
            or _past_verb(words, i)
        ):
            return False
    return True


def _past_perfect_before(ctx: _Ctx, k: int, start: int) -> bool:
    """Whether a past perfect ("had seen", "had been told") stands before token ``k`` of the sentence holding
    ``start``."""
    if k <= 0:
        return False
    words = [t for _, _, t in ctx._tokens(ctx.sentence_index(start))]
    return any(w == "had" and _perfect_follows(words, i) for i, w in enumerate(words[:k]))


def _telling_gap(ctx: _Ctx, word: str, k: int, start: int) -> float | None:
    """How many days before the publication a "would" of reported speech was told, when the text dates the telling:
    the cue ``word`` at token ``k`` is "would", a past verb of saying stands before it in the sentence, and a day,
    week or month before the publication is named between the sentence's start and the "would" ("the Fed was
    informed in December that it would pay the bonuses by March 15", "Berlusconi yesterday announced that he would
    begin withdrawing troops in September").  Reported speech shifts a "will" back to "would": the time it tells
    lies after the telling, not after the publication, so the date is its first occurrence after the telling.  None
    when the telling is not dated (its time is then unknown, and the usual rules decide)."""
    if word not in ("would", "'d") or k <= 0 or not ctx.final or ctx.year is None or ctx.month is None:
        return None
    toks = ctx._tokens(ctx.sentence_index(start))
    if not any(w in lex.REPORTING_PAST for _, _, w in toks[:k]):
        return None
    s0 = ctx.sentences[ctx.sentence_index(start)][0]
    told = [v for pos, v in ctx.dated if s0 <= pos < toks[k][0] and len(v) >= 7]  # (no bare year: too coarse)
    if not told:
        return None
    try:
        gap = (date(ctx.year, ctx.month, ctx.day or 15) - _ref_day(told[-1])).days
    except ValueError:
        return None
    return float(gap) if gap > 0 else None


def _deadline_ahead(ctx: _Ctx, tense: Tense, dist: int, word: str, k: int, start: int, end: int) -> bool | None:
    """How a deadline ("by August", "by December 31") lies: True when ahead, False for the nearer occurrence, None
    when the usual rules decide.  With no past verb near it in its clause, a sentence that looks ahead (a future or
    modal verb, "expects ... by December", a present "is offering odds on his exit by December 31") sets it ahead;
    a pledge told in the past ("she pledged legislation by August") names a time after the pledging: the nearer
    occurrence, not the one before.  A past verb near it ("had spilled by April 28", "By October, only a third
    were paid") leaves it to the usual rules."""
    toks = ctx._tokens(ctx.sentence_index(start))
    if _FRONTED_COMMA.match(ctx.text, end) and (
        all(t in _FRONTING_WORDS for ts, _, t in toks if ts < start)
        or _BY_SET_OFF.search(ctx.text, max(0, start - 12), start)
    ):
        # "By the end of May, the company's best hopes rested on ...", "it is clear that, by January, there was ...":
        # a deadline set off before a comma belongs to the clause after it, which decides
        return None
    if tense == "past" and dist <= _PAST_CUE_CLAUSE:
        if word in lex.PLEDGE_PAST and k >= 0 and (k == 0 or toks[k - 1][2] != "had"):
            return False
        return None
    if tense == "future" and dist <= _FUTURE_CUE_DISTANCE and word not in ("until", "till"):
        return True
    words = [t for _, _, t in toks]
    if any(
        _past_verb(words, i) and ctx._same_clause(ts, te, start, end)
        for i, (ts, te, _) in enumerate(toks)
        if not start <= ts < end
    ):
        return None  # "the oil was burned off or eaten by bacteria by the end of July": a past verb further off
    if tense == "future" and word not in ("until", "till"):
        return True
    return True if ctx.looks_ahead(start, end=end) else None


def _past_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a finite past verb ("was", "rested"; not "the injured", "to be paid")."""
    w = words[i]
    if w in ("was", "were"):
        return True
    return (
        i > 0
        and words[i - 1] not in _ARTICLES
        and words[i - 1] not in _NON_FINITE_BEFORE
        and (
            w in lex.PAST_IRREGULAR
            # (after a possessive, an adjective: "BP's damaged well")
            or (_regular_past(w) and not words[i - 1].endswith("'s"))
        )
    )


# "by" opening an aside before a date: ", by" / "that, by" / "(by"
_BY_SET_OFF = re.compile(r"[,;:(]\s*by\s+(?:the\s+)?$", re.IGNORECASE)
# "by" before a date: a deadline ("by August", "by the 31st")
_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _announced_event(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` names the day of an event ("the 8 October gig", "a concert for Cardiff on
    8 October", "the June summit") in a sentence about announcing or scheduling it ("was announced", "confirmed",
    "has been postponed")."""
    after = _EVENT_AFTER.match(ctx.text, end)
    if not (
        (after is not None and any(w in lex.SCHEDULED_EVENT_NOUNS for w in after.group(0).split()))
        or _EVENT_BEFORE.search(ctx.text[max(0, start - 80) : start]) is not None
    ):
        return False
    return any(
        tok in lex.ANNOUNCE_VERBS and not start <= ts < end for ts, _, tok in ctx._tokens(ctx.sentence_index(start))
    )


# an event noun after a day's possessive ("Saturday's show", "Sunday's big match")
_EVENT_OWNED = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(lex.SCHEDULED_EVENT_NOUNS)) + r")\b")
# an event noun (lower case: "march" the walk, not the month) right after a date, or one or two words on; not after a
# determiner ("on 8 October the trial judge announced": the date is the announcing's)
_EVENT_AFTER = re.compile(r"\s+(?!(?:the|a|an|this|that|its|his|her|their|our)\s)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?")
# an event noun a few words before a preposition heading the date ("a concert at the stadium on 8 October")
_EVENT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(lex.SCHEDULED_EVENT_NOUNS)) + r")(?:\s+[\w'’-]+){0,4}?\s+(?:on|for|in|at)\s+$"
)


# nouns of a plan's end just before a date ("completion in August", "a deadline of 30 June", "target date of May")
_PLAN_NOUN = re.compile(
    r"\b(?:completion|deadline|target(?:\s+date)?|timetable|due\s+date)\s+(?:(?:of|in|by|for|on|is|was)\s+)?$",
    re.IGNORECASE,
)
# words right before the date a change takes effect ("effective Feb. 1", "effective from 1 April", "with effect from")
_EFFECTIVE_BEFORE = re.compile(r"\b(?:effective(?:\s+(?:from|on|as\s+of))?|with\s+effect\s+from)\s+$", re.IGNORECASE)
# words before a date that a present perfect reaches back to ("has fallen since March", "has been closed from May")
_SINCE_WORDS = frozenset({"since", "from", "through", "throughout", "over"})
_NEAR_FORWARD_DAYS = 31
_FAR_BACK_DAYS = 300
_PAST_CUE_DISTANCE = 3
_PAST_CUE_CLAUSE = 8  # a past verb this near, in the same clause, decides when no word of the sentence looks ahead
_FUTURE_CUE_DISTANCE = 5
_PAST_BIAS = 1.5
# plain future verbs whose clause a date may belong to however far off (no "would": reported speech, see _telling_gap)
_PLAIN_FUTURE = frozenset({"will", "'ll", "shall", "wo", "won't"})
# words between such a verb and the date that tie the date to a time before the telling ("will be the highest since
# December", "will return to the level of last April")
_BACK_WORDS = _SINCE_WORDS | {"ago", "last", "earlier", "before", "previous", "past", "than", "until", "till"}
_PRESENT = frozenset(["is", "are", "am", "expect"])  # the rest of the present verbs that look ahead are FUTURE_CUES


_PARTICLES = frozenset({"up", "out", "off", "down", "aside", "about", "back", "away"})


_COMPARED_PLAN = frozenset({"expected", "anticipated", "forecast", "predicted", "planned", "feared", "hoped"})


def _ahead_cue(words: list[str], k: int) -> Tense:
    """The tense a word that looks ahead gives at ``words[k]``: "future" ("will", "due", "set for 5
    April", "(has been) set to resume", not "set bail"), "past" after a perfect or a past "be" ("had
    been scheduled to expire"), None for any other word."""
    w = words[k]
    if w.endswith("'ll"):
        w = "'ll"  # "I'll", "we'll": one token
    if w in _COMPARED_PLAN and k > 0 and words[k - 1] in ("than", "as"):
        return None  # "shrank by more than expected in October", "as forecast": a measure, no plan
    if w == "to":
        return _to_cue(words, k)
    if w in lex.FORECAST_PARTICIPLES and _forecast_for(words, k):
        return "future"  # "an outbreak predicted for the autumn", "a peak expected in October": a look ahead
    if w in lex.PLAN_PARTICIPLES and k > 0 and (k + 1 >= len(words) or words[k + 1] not in _PARTICLES):
        # a plan in the present perfect looks ahead ("a hearing has been scheduled for 23 August", "we have booked
        # a holiday in August"); "had been scheduled" is a past plan, "police booked him" no plan at all
        j = k - 1
        while j > 0 and _is_adverb(words[j]):
            j -= 1
        if words[j] == "been":
            j -= 1
        if j >= 0 and words[j] in lex.PERFECT_AUXILIARIES:
            return "future"
        # "I've got a holiday booked in July": a plan held now, its day ahead
        for i in range(max(1, k - 5), k):
            if words[i] == "got" and _has_got(words, i):
                return "future"
    if w in lex.MODALS:
        # "could reach the coast by Friday" looks ahead; "may have started on Friday" looks back
        after = [x for x in words[k + 1 : k + 4] if x not in ("not", "n't")] + ["", ""]
        perfect = after[0] == "have" and (after[1] in lex.PAST_IRREGULAR or after[1].endswith(("ed", "en")))
        return "past" if perfect else "future"  # "should have the vaccine ready in October" is no perfect
    if w in ("likely", "unlikely"):
        if k + 1 >= len(words) or words[k + 1] != "to":
            return None
        return "past" if k > 0 and words[k - 1] in ("was", "were", "had", "been") else "future"
    if w in ("plan", "plans"):
        # a verb ("plans to visit on Friday"), not a noun ("unveiled a plan Thursday", "a plan to cut")
        verb = k + 1 < len(words) and words[k + 1] == "to" and (k == 0 or words[k - 1] not in _DETERMINERS)
        return "future" if verb else None
    if w == "set":
        return "future" if k + 1 < len(words) and words[k + 1] in ("for", "to") else None
    if (
        w == "going"
        and k + 1 < len(words)
        and words[k + 1] in ("into", "through")
        and (k == 0 or not (words[k - 1] in _BE_FORMS or words[k - 1].endswith(("'re", "'s", "'m"))))
    ):
        return None  # "Going into the weekend, most assumed ...": a participle of motion, no "going to" nor "is going"
    if w == "due" and words[k + 1 : k + 2] == ["to"] and k + 2 < len(words) and words[k + 2] in _DETERMINERS:
        return None  # "due to the tsunami": a cause, no plan
    if w not in lex.FUTURE_CUES:
        return None
    return "past" if k > 0 and words[k - 1] in ("had", "been", "was", "were") else "future"


_FORECAST_SKIP = frozenset({"the", "this", "coming", "early", "late", "mid"})


def _forecast_for(words: list[str], k: int) -> bool:
    """Whether the participle of a forecast or a plan at ``words[k]`` heads a noun's look ahead to a season or a
    month ("immunity to an outbreak predicted for the autumn", "a second wave expected in the winter", "doses
    planned for October"): after a noun, not after a verb of being or having ("was expected in October" is a past
    plan, "had forecast for May" a past act), and right before "for" or "in" and the season or month."""
    if k == 0 or words[k - 1] in ("was", "were", "had", "been", "have", "has", "be", "than", "as"):
        return False
    if words[k + 1 : k + 2] not in (["for"], ["in"]):
        return False
    j = k + 2
    while j < len(words) and words[j] in _FORECAST_SKIP:
        j += 1
    return j < len(words) and (words[j] in lex.SEASONS or (words[j] in lex.MONTHS and len(words[j]) > 3))


def _has_got(words: list[str], k: int) -> bool:
    """Whether "got" at ``words[k]`` is the present "have got" ("I've got", "she's got", "we have got")."""
    prev = words[k - 1] if k > 0 else ""
    return prev in lex.PERFECT_AUXILIARIES or prev.endswith(("'ve", "'s"))


def _to_cue(words: list[str], k: int) -> Tense:
    """ "to" looks ahead in "is to" + a verb ("ministers are to meet on Thursday", "leaflets are to be sent from
    Tuesday") and in "to be" + a participle after a noun ("an interview to be broadcast on Sunday", "a vote to be
    held on Friday"); not in "is to blame", "was to", "had to be evacuated", "seemed to be"."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not nxt or nxt in _TO_NOT_VERB or nxt.lower() in lex.MONTHS or nxt in lex.WEEKDAYS:
        return None
    j = k - 1
    while j >= 0 and _is_adverb(words[j]):
        j -= 1
    prev = words[j] if j >= 0 else ""
    after = words[k + 2] if k + 2 < len(words) else ""
    if nxt == "be" and after in lex.JUDGEMENT_PARTICIPLES:
        return None  # "is to be applauded for his speech at the weekend": a judgement, no plan
    if prev in ("is", "are", "am"):
        return "future"
    if nxt == "be" and (after in lex.PARTICIPLES_IRREGULAR or after.endswith(("ed", "en"))):
        # a past verb just before governs ("forced the operation to be suspended at the weekend"), unless a
        # preposition stands between ("said in testimony to be delivered on Thursday")
        past_before = False
        for w in reversed(words[max(0, j - 3) : j + 1]):
            if w in _PREPOSITIONS:
                break
            if (
                w in lex.PAST_IRREGULAR
                or w in ("has", "have", "having")
                or (w.endswith("ed") and w not in lex.NOT_PAST_ED)
            ):
                past_before = True
                break
        return None if past_before or prev in _TO_BE_NOT_AHEAD else "future"
    return None


_PREPOSITIONS = frozenset({"in", "at", "on", "for", "of", "with", "from", "by", "during", "before", "after"})
# words after "is to" that make no future ("who is to blame", "that is to say", "the rise is to the highest")
_TO_NOT_VERB = _ARTICLES | {"blame", "say", "this", "that", "its", "date", "them", "him", "her", "us", "me"}
# verbs before "to be" + a participle that make no future ("seems to be damaged", "used to be called")
_TO_BE_NOT_AHEAD = frozenset({"seems", "seem", "appears", "appear", "ought", "used"})


def _monthday_year(ctx: _Ctx, m: int, dd: int, start: int, end: int) -> int:
    ay, am = ctx.ym()
    ad = ctx.day if ctx.day is not None else 15
    anchor = (am, ad)
    try:
        a = date(ay, am, ad)
        fwd = (date(ay, m, dd) - a).days if (m, dd) >= anchor else (date(ay + 1, m, dd) - a).days
        back = (a - date(ay, m, dd)).days if (m, dd) <= anchor else (a - date(ay - 1, m, dd)).days
    except ValueError:
        return ay
    if (
        fwd <= _NEAR_FORWARD_DAYS
        and back >= _FAR_BACK_DAYS
        and ctx.tense_cue(start, end) != ("past", 0)
        and not _names_happening(ctx, start, end)
    ):
        # "extended to Nov. 20" in a Nov. 2 story: a date a few weeks ahead, not one almost a year back
        # (a news date without a year is in the current year unless a verb right before it says otherwise)
        return ay if (m, dd) >= anchor else ay + 1
    if _forward(ctx, fwd, back, start, end):
        return ay if (m, dd) >= anchor else ay + 1
    return ay if (m, dd) <= anchor else ay - 1


def _quarter_of(m: int) -> int:
    return (m - 1) // 3 + 1


def _quarter_year(ctx: _Ctx, q: int, start: int, end: int) -> int:
    """The year of a quarter named without one.  The current quarter or the one just ended is meant whatever
    the tense ("expects to report a third-quarter loss" in November is the third quarter just ended: results
    are reported after a quarter closes); otherwise the tense and the nearer occurrence decide."""
    ay, am = ctx.ym()
    aq = _quarter_of(am)
    if (aq - q) % 4 <= 1:
        return ay if q <= aq else ay - 1
    if _forward(ctx, (q - aq) % 4, (aq - q) % 4, start, end, unit_days=3 * _MONTH_DAYS):
        return ay if q >= aq else ay + 1
    return ay if q <= aq else ay - 1


def _season_value(ctx: _Ctx, s: str, rel: str | None, start: int, end: int, mod: str | None = None) -> tuple[str, str]:
    """The season ``s`` ("SP", "SU", "FA", "WI") named without a year, as a TimeML value ("2009-FA"; the
    winter of 2009 starts in December 2009) and the reason for the year chosen.

    "last" is the last season of that name that has ended, "next" the next one to begin; "this" is the
    current one, else the one of the publication year ("this winter" in May is the winter that starts in
    December).  With no such word the season the publication date is in is meant; otherwise a
    clause that looks ahead ("will", "could", "expected") gives the next one, a past-tense one the last, a
    sentence with a present verb that may look ahead ("expect", "is") the next, and with none of these the
    nearer of the two (the past on a tie): "a vaccine could be ready in the autumn"
    in a June story is that autumn, not the autumn before.  A past verb decides only as it does for a month
    (:func:`_forward`): near the season, or in a clause with nothing that looks ahead; one further off leaves the
    choice to a plain future cue in the sentence, else to the nearer season ("officials were working with schools
    to put plans in place for the summer exam season" in May is the summer ahead).

    In the month right after a season (September for the summer) the season has only just ended, and by the
    astronomical calendar it is still on for three weeks: "a late summer storm" in a September story is this
    summer's ("is", "could" in the sentence do not make a part of the season next year's; only a plain future
    cue such as "will" does)."""
    ay, am = ctx.ym()
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    first = lex.SEASON_START_MONTH[s] - 1  # month index of the season's start within its year
    now = ay * 12 + am - 1

    def begin(y: int) -> int:
        return y * 12 + first

    cur = next((y for y in (ay - 1, ay) if begin(y) <= now < begin(y) + 3), None)
    nxt = next(y for y in (ay - 1, ay, ay + 1) if begin(y) > now)
    prev = max(y for y in (ay - 2, ay - 1, ay) if begin(y) + 3 <= now)
    if rel in ("last", "this past", "past", "previous"):
        return f"{prev}-{s}", "the last such season before the publication date"
    if rel in ("next", "this coming", "coming"):
        return f"{nxt}-{s}", "the next such season after the publication date"
    if cur is not None:
        return f"{cur}-{s}", "the season the publication date is in"
    if rel == "this":
        return f"{ay}-{s}", "the season of the publication year"
    tense, dist, word = ctx.cue(start, end, modal=True)
    if now == begin(prev) + 3 and mod is not None and not (tense == "future" and word not in _CLAUSE_BOUND):
        return f"{prev}-{s}", "a part of the season that ended the month before the publication date"
    if tense == "future":
        return f"{nxt}-{s}", "season without a year: the next one (the clause looks ahead)"
    past_far = tense == "past" and not (
        dist <= _PAST_CUE_DISTANCE or (dist <= _PAST_CUE_CLAUSE and not ctx.looks_ahead(start, end=end))
    )
    if tense == "past" and not past_far:
        return f"{prev}-{s}", "season without a year: the last one (past tense)"
    if ctx.looks_ahead(start, plain_future=past_far):  # "officials expect the vaccine to be ready by the spring"
        return f"{nxt}-{s}", "season without a year: the next one (the sentence looks ahead)"
    fwd = begin(nxt) - now
    back = now - (begin(prev) + 2)
    why = "a past verb too far off to decide" if past_far else "no tense"
    if fwd < back:
        return f"{nxt}-{s}", f"season without a year and {why}: the nearer one, ahead"
    return f"{prev}-{s}", f"season without a year and {why}: the nearer one, past"


# --------------------------------------------------------------------------- rule handlers

Handler = Callable[["re.Match[str]", _Ctx], _Res | None]


def _prev_word(ctx: _Ctx, pos: int) -> str:
    m = re.search(r"([\w']+)\W*$", ctx.text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _next_word(ctx: _Ctx, pos: int) -> str:
    m = re.match(r"\W*?([\w']+)", ctx.text[pos : pos + 30])
    return m.group(1) if m else ""


def h_iso(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    v = f"{y:04d}-{mo:02d}-{d:02d}"
    if m.group(4):
        return _Res("TIME", f"{v}T{m.group(4)}:{m.group(5)}", "absolute")
    return _Res("DATE", v, "absolute")


def h_numeric(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    a, sep, b, ys = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if len(ys) == 2:
        yy = int(ys)
        base = ctx.year if ctx.year is not None else 2000
        y = 1900 + yy if 1900 + yy > base - 90 and 1900 + yy <= base + 10 else 2000 + yy
        if y > base + 10:
            y -= 100
    else:
        y = int(ys)
    reason: str | None = None
    if sep == ".":
        d, mo = a, b
        reason = "dotted numeric date read day-first"
    elif a > 12 >= b:
        d, mo = a, b
        reason = "numeric date read day-first (first number > 12)"
    elif b > 12 >= a:
        d, mo = b, a
        reason = "numeric date read month-first (second number > 12)"
    else:
        d, mo = b, a
        reason = "ambiguous numeric date read month-first (US style)"
        if ctx.year is not None and ctx.month is not None:
            try:
                anchor = date(ctx.year, ctx.month, ctx.day or 15)
                mdy = abs((date(y, a, b) - anchor).days)
                dmy = abs((date(y, b, a) - anchor).days)
                if dmy < mdy:
                    d, mo = a, b
                    reason = "ambiguous numeric date read day-first (nearer the publication date)"
                else:
                    reason = "ambiguous numeric date read month-first (nearer the publication date)"
            except ValueError:
                pass
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return _Res("DATE", f"{y:04d}-{mo:02d}-{d:02d}", "absolute", reason=reason)


def h_ymd_slash(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return _Res("DATE", f"{y:04d}-{mo:02d}-{d:02d}", "absolute")


def _year_from(ys: str, ctx: _Ctx) -> int:
    if ys.startswith("'"):
        yy = int(ys[1:])
        base = ctx.year if ctx.year is not None else 2000
        y = (base // 100) * 100 + yy
        if y > base + 10:
            y -= 100
        return y
    return int(ys)


def h_date(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mo = _month(m.group("m1") or m.group("m2"))
    dd = _day(m.group("d1") or m.group("d2"))
    ys = m.group("y")
    if m.group("m2") and not m.group("d2"):
        return None
    if ys:
        y = _year_from(ys, ctx)
        anchor = "absolute"
    elif (told := _that_year(ctx, m.start(), m.end())) is not None:
        y, anchor = told, "absolute"
    elif (opened := _range_start_year(ctx, m.start(), m.end(), mo, dd if m.group("m2") else None)) is not None:
        y, anchor = opened, "absolute"
    else:
        try:
            if _chronology_entry(ctx, m.start(), m.end()):
                y = _chronology_year(ctx, mo, dd, m.start())
            elif (under := _under_chronology_head(ctx, mo, dd, m.start())) is not None:
                y = under
            elif (told := _sentence_dated_year(ctx, mo, dd, m.start())) is not None:
                y = told
            else:
                y = _monthday_year(ctx, mo, dd, m.start(), m.end())
        except _Unresolved as e:
            return _Res("DATE", None, "none", reason=f"year not given; {e.reason}")
        anchor = "publication"
        y = _range_end_year(ctx, m.start(), y, mo, dd)
        if (mo, dd) == (9, 11) and _attacks_of_2001(ctx, y, m.start(), m.end()):
            return _Res("DATE", "2001-09-11", "absolute", reason=_SEPT11_REASON)
        if m.group("wd"):
            wd = lex.WEEKDAYS[m.group("wd").lower()]
            y = _weekday_year(y, mo, dd, wd)
            if (told := _weekday_fits_written_year(ctx, m.start(), mo, dd, wd, y)) is not None:
                y, anchor = told, "absolute"
    try:
        date(y, mo, dd)
    except ValueError:
        return None
    return _Res("DATE", f"{y:04d}-{mo:02d}-{dd:02d}", anchor)


def h_wd_day_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A weekday and a day number opening a range whose end names the month ("Monday 7 to Friday 11 September", "from
    Tuesday 28 to Thursday 30 June 2011", British style): the day is in the end's month (the month before when its
    number is higher than the end's: "Monday 29 to Friday 2 April" opens on 29 March), in the end's year when it is
    written, else in the year the end would be read in, and the weekday settles a doubt between two years."""
    tail = _WD_DAY_RANGE_TAIL.match(ctx.text, m.end())
    if tail is None:
        return None
    dd, dd_e, mo_e = _day(m.group("d")), _day(tail.group("d")), _month(tail.group("m"))
    wd = lex.WEEKDAYS[m.group("wd").lower()]
    ys = tail.group("y")
    try:
        y_e = int(ys) if ys else _monthday_year(ctx, mo_e, dd_e, m.start(), tail.end())
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=f"year not given; {e.reason}")
    y, mo = (y_e, mo_e) if dd <= dd_e else _add_months(y_e, mo_e, -1)
    if not ys:
        y = _weekday_year(y, mo, dd, wd)
    try:
        day = date(y, mo, dd)
    except ValueError:
        return None
    if day.weekday() != wd:
        return None  # the weekday does not fit: no such range (or a slip), left to the other rules
    return _Res("DATE", day.isoformat(), "absolute" if ys else "publication")


def h_day_range_open(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A bare day number before a second one that names the month, British style ("between 11 and 15 August", "from
    23-25 October", "on 14 and 21 May"): one expression, dated by its first day in the month and year its end is read
    in.  Read alone, the end ("15 August") would date the sentence by a day the text gives only as the range's last;
    the American order ("June 3 to 6") already dates the start.  A first day not below the end's is left alone (a
    range across a month's end, "30 to 2 May", is too rare to read safely without a weekday to confirm it), and so is
    a number after a month name ("1 Jan 04-16 Sep 05": that month's day or year)."""
    if _day(m.group("d")) >= _day(m.group("e")) or _prev_word(ctx, m.start()) in lex.MONTHS:
        return None
    end_match = _DATE_RULE_RE.match(ctx.text, m.start("e"))
    end_res = h_date(end_match, ctx) if end_match is not None else None
    if end_match is None or end_res is None or end_match.end() != m.end():
        return None
    if end_res.value is None:
        return _Res("DATE", None, "none", reason=end_res.reason)
    ym = re.fullmatch(r"(\d{4})-(\d\d)-\d\d", end_res.value)
    if ym is None:
        return None  # the end read as something other than a day of its month: no day to open the range on
    try:
        day = date(int(ym.group(1)), int(ym.group(2)), _day(m.group("d")))
    except ValueError:
        return None
    return _Res("DATE", day.isoformat(), end_res.anchor)


# a day and month, maybe a weekday and a year (a comma may stand apart, as in tokenised text: "Tuesday , 12 January",
# "September 24 , 2008"); compiled apart too, to read the end of a range a bare day number opens (h_day_range_open)
_DATE_PATTERN = (
    rf"(?:(?P<wd>{WD})(?:\s*,)?\s+(?:the\s+)?)?(?:(?:the\s+)?(?P<d1>{DAY})(?:\s+of)?\s+(?P<m1>{MONTH}|{MONTH_NODOT})"
    rf"|(?P<m2>{MONTH}|{MONTH_NODOT_DAY})\s+(?:the\s+)?(?P<d2>{DAY}))(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}|'\d\d(?!\d)))?"
)
_DATE_RULE_RE = re.compile(_DATE_PATTERN, re.IGNORECASE)
# the end of a range that a weekday and a day number open: "to Friday 11 September", "-Thursday 30 June 2011"
_WD_DAY_RANGE_TAIL = re.compile(
    rf"\s*(?:-|–|to|until|till|through)\s*(?:{WD}\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?",
    re.IGNORECASE,
)


def _weekday_fits_written_year(ctx: _Ctx, start: int, mo: int, dd: int, wd: int, y: int) -> int | None:
    """The year written last before a weekday and date that fits no year near the publication ("Buffett fans gathered on
    Friday, Nov. 1, 2002 ... the convention closed on Sunday, Nov. 3": 3 November is a Sunday in 2002, not in 2009, 2010
    or 2011), when the weekday fits it; None when the date fits ``y`` already or that year does not fit either."""
    try:
        if date(y, mo, dd).weekday() == wd:
            return None
    except ValueError:
        return None
    for ym in reversed(list(_WRITTEN_YEAR.finditer(ctx.text, max(0, start - _THAT_YEAR_REACH), start))):
        if ym.start() in ctx.clock4:
            continue
        told = int(ym.group(0))
        try:
            return told if date(told, mo, dd).weekday() == wd else None
        except ValueError:
            return None
    return None


def _chronology_entry(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` heads an entry of a chronology: it opens its line (after a bullet at
    most), a dash or a colon and a clause follow ("May 2 - The president visits the coast", "20 April: The rig
    sinks"), and the text has at least one more line headed so.  Such entries tell what has happened in the
    historic present; one whose own clause, up to a verb of saying, speaks of a plan ("is due to", "will",
    "scheduled") is left to the usual reading ("June 8 - The panel is due to report"; but "April 30 - The chief
    executive says the firm will pay" is the saying's day)."""
    head = ctx.text[ctx.text.rfind("\n", 0, start) + 1 : start]
    if not _CHRONO_HEAD.fullmatch(head) and start not in _chronology_heads(ctx):
        return False  # (a head may follow a sentence on its line: "May 2 - The rig sinks. May 5 - The well is capped")
    sep = _CHRONO_SEP.match(ctx.text, end)
    if sep is None or len(_chronology_heads(ctx)) < 2:
        return False
    stop = ctx.text.find("\n", sep.end())
    clause = ctx.text[sep.end() : stop if stop >= 0 else len(ctx.text)]
    full_stop = _CHRONO_SENTENCE_END.search(clause)
    clause = clause[: full_stop.start()] if full_stop else clause
    said = _CHRONO_SAYING.search(clause)
    return _CHRONO_PLAN.search(clause[: said.start()] if said else clause) is None


def _chronology_year(ctx: _Ctx, mo: int, dd: int, start: int) -> int:
    """The year of a chronology's entry (see :func:`_chronology_entry`): the last such day not after the publication
    date, unless that puts it nearly a year from an entry next to it that the day, read a few weeks after the
    publication date (or after the entry before, already read so), sits beside: a list kept on after its publication
    date ("16 June" after "7 June" in a list dated 15 June, "24 March" above "12 March" in one dated 12 March), unless
    the entry's line tells it in the past ("was", "died", "sank": it had happened when written)."""
    chained = _chronology_chain(ctx)
    if start in chained:
        return chained[start]
    ay, am = ctx.ym()
    ad = ctx.day if ctx.day is not None else 31
    y = ay if (mo, dd) <= (am, ad) else ay - 1
    if y == ay or ctx.day is None:
        return y
    try:
        back, ahead, pub = date(y, mo, dd), date(ay, mo, dd), date(ay, am, ad)
    except ValueError:
        return y
    heads = _chronology_heads(ctx)
    near: list[date] = []
    line = ctx.text[start : (ctx.text.find("\n", start) + 1 or len(ctx.text) + 1) - 1]
    if any(w in lex.PAST_FINITE_ONLY for w in _TOKEN.findall(line.lower())):
        return y  # "May 6: A soldier was killed": told in the past, it had happened when the list was written
    before = [v for p, v in ctx.refs if p < start and p in heads]
    if before and _DAY_VALUE.match(before[-1]):
        near.append(date.fromisoformat(before[-1][:10]))
    following = [p for p in heads if p > start]
    if following:
        nmo, ndd, ny = heads[min(following)]
        with contextlib.suppress(ValueError):  # ("February 30", no day)
            near.append(date(ny, nmo, ndd) if ny else date(ay if (nmo, ndd) <= (am, ad) else ay - 1, nmo, ndd))
    if any(
        back < n <= ahead and (ahead - n) < (n - back) and (ahead - max(pub, n)).days <= _NEAR_FORWARD_DAYS
        for n in near
    ):
        return ay
    return y


def _chronology_chain(ctx: _Ctx) -> dict[int, int]:
    """The years of a chronology that runs over a new year ("March 21: ... November 6: ... January 1: ..." on a
    page of two years later), by where each head starts: a list in order of time, read back from its last entry
    (the last such day not after the publication date, or the year it writes), each entry in the year of the one
    after it, or the year before when it lies later in the calendar by more than a few weeks (a list a few days out
    of order is no new year).  Empty when the list does not run over a new year or is not in order of time, and
    then each entry is read alone (:func:`_chronology_year`).  Found once per text and kept on its context."""
    if ctx.chrono_chain is None:
        ctx.chrono_chain = _read_chronology_chain(ctx)
    return ctx.chrono_chain


def _read_chronology_chain(ctx: _Ctx) -> dict[int, int]:
    heads = sorted(_chronology_heads(ctx).items())
    if len(heads) < _CHAIN_MIN_HEADS or ctx.year is None or ctx.month is None:
        return {}
    steps = []
    for (_, (m1, d1, _y1)), (_, (m2, d2, _y2)) in pairwise(heads):
        gap = (m2 - m1) * 31 + (d2 - d1)
        steps.append(gap)
    wraps = [g for g in steps if g < -_CHAIN_OUT_OF_ORDER_DAYS]
    backs = [g for g in steps if -_CHAIN_OUT_OF_ORDER_DAYS <= g < 0]
    # in order of time: a new year is a step back of most of a year, and steps a little back are rare slips
    if not wraps or any(g > -_CHAIN_WRAP_DAYS for g in wraps) or len(backs) * 5 > len(steps):
        return {}
    ad = ctx.day if ctx.day is not None else 31
    last_pos, (lm, ld, ly) = heads[-1]
    y = ly if ly is not None else ctx.year if (lm, ld) <= (ctx.month, ad) else ctx.year - 1
    years = {last_pos: y}
    for i in range(len(heads) - 2, -1, -1):
        pos, (m1, d1, y1) = heads[i]
        if steps[i] < -_CHAIN_OUT_OF_ORDER_DAYS:
            y -= 1
        if y1 is not None:
            y = y1
        years[pos] = y
    return years


def _under_chronology_head(ctx: _Ctx, mo: int, dd: int, start: int) -> int | None:
    """The year of a date told inside an entry of a chronology read over a new year (:func:`_chronology_chain`):
    the year that puts it nearest the day heading its entry ("April 22: Lt X, hurt when his vehicle overturned on April
    1, died" in a list of 2003 on a page of 2005 is 1 April 2003); None outside such a list."""
    chained = _chronology_chain(ctx)
    before = [p for p in chained if p < start]
    if not before:
        return None
    pos = max(before)
    hm, hd, _ = _chronology_heads(ctx)[pos]
    hy = chained[pos]
    try:
        head = date(hy, hm, min(hd, 28) if hm == 2 else hd)
        return min((hy - 1, hy, hy + 1), key=lambda y: abs((date(y, mo, min(dd, 28)) - head).days))
    except ValueError:
        return None


# how many heads a chronology needs to be read as one list over a new year; how far back (in days) a step may go and
# be a slip of order, not a new year; how far back at least a new year goes (from autumn to spring)
_CHAIN_MIN_HEADS = 4
_CHAIN_OUT_OF_ORDER_DAYS = 31
_CHAIN_WRAP_DAYS = 120


def _chronology_heads(ctx: _Ctx) -> dict[int, tuple[int, int, int | None]]:
    """The dates heading chronology lines of the text (see :func:`_chronology_entry`), by where they start: their
    month, day and year (None when not written); found once per text and kept on its context."""
    if ctx.chrono_heads is None:
        ctx.chrono_heads = {}
        for m in _CHRONO_LINE.finditer(ctx.text):
            words = m.group("d").split()
            mw, dw = (words[0], words[1]) if words[0][0].isalpha() else (words[1], words[0])
            ctx.chrono_heads[m.start("d")] = (_month(mw), _day(dw), int(m.group("y")) if m.group("y") else None)
    return ctx.chrono_heads


_CHRONO_HEAD = re.compile(r"[ \t]*(?:[*•·▪-][ \t]*)?")
_CHRONO_SEP = re.compile(r"(?:,?[ \t]+\d{4})?[ \t]*(?:--?|[–—:])[ \t]*(?=[^\W\d_]|[\"'“‘])")
_CHRONO_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_CHRONO_LINE = re.compile(
    r"(?:^[ \t]*(?:[*•·▪-][ \t]*)?|(?<=[a-z0-9)][.:][ \t]))(?P<d>"
    + _CHRONO_MONTH
    + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    + _CHRONO_MONTH
    + r")(?:,?[ \t]+(?P<y>\d{4}))?[ \t]*(?:--?|[–—:])[ \t]*(?=[^\W\d_]|[\"'“‘])",
    re.MULTILINE,
)
_CHRONO_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_CHRONO_SAYING = re.compile(
    r"\b(?:" + "|".join(sorted(lex.REPORTING_PRESENT | lex.REPORTING_PAST)) + r")\b", re.IGNORECASE
)
_CHRONO_PLAN = re.compile(
    r"\b(?:will|shall|won't|(?:is|are)\s+(?:due|set|scheduled|slated|expected|to)|due\s+to|scheduled|slated"
    r"|planned|plans?\s+to|(?:is|are)\s+going\s+to|expected\s+to|upcoming)\b|'ll\b",
    re.IGNORECASE,
)


_MONTH_DAY_IN_YEAR = re.compile(
    r"\s+(?:day|days|night|nights|morning|afternoon|evening|weekend)\s+(?:in|of)\s+(1[89]\d\d|20\d\d)(?![\d%]|,\d)"
)


def _that_year(ctx: _Ctx, start: int, end: int) -> int | None:
    """The year a date without one is told in by "that year" after it ("on 15 October and 9 November that year", "in
    June of that awful year"): the last year written out before it, within a few sentences; None without either."""
    if not _THAT_YEAR.match(ctx.text, end):
        return None
    for ym in reversed(list(_WRITTEN_YEAR.finditer(ctx.text, max(0, start - _THAT_YEAR_REACH), start))):
        if ym.start() not in ctx.clock4:
            return int(ym.group(0))
    return None


# "that year" after a date, maybe after a second date ("15 October and 9 November that year") or an adjective
_THAT_YEAR = re.compile(
    r"(?:\s*,?\s+and\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?))?"
    r"\s*,?\s+(?:of\s+)?that\s+(?:same\s+|[a-z]+\s+)?year\b"
)
_WRITTEN_YEAR = re.compile(r"(?<![\d.,$£€])\b(?:1[89]\d\d|20\d\d)\b(?![\d%]|,\d)")
_THAT_YEAR_REACH = 1200


def _sentence_dated_year(ctx: _Ctx, mo: int, dd: int, start: int) -> int | None:
    """The year of a date without one that follows, in its sentence, a day written with its year long before the
    publication ("was arrested on 5 May 2003 and charged on 7 May", "in an entry of November 6 2003 she wrote: 'On
    October 24 ...'"): the sentence tells of that time, so the date is the one of that day's year, or of the next or
    the year before when that puts it within two months of the day ("on 28 December 2003 and again on 3 January").
    None when no such day stands before it in the sentence (final pass only)."""
    if not ctx.final or ctx.year is None:
        return None
    found = ctx._reference(start, "day", within=0)
    if found is None or not _DAY_VALUE.match(found[1]):
        return None
    ref_start, ref = found
    ref_day = _ref_day(ref)
    if ctx.sentence_index(ref_start) != ctx.sentence_index(start) or str(ref_day.year) not in ctx.text[ref_start:start]:
        return None  # (a day the publication anchors, "on Monday", is no other time the sentence tells of)
    pub = date(ctx.year, ctx.month or 12, ctx.day or 28)
    if (pub - ref_day).days < _SENTENCE_DATE_FAR_BACK:
        return None  # a day of the last months: the publication's reading stands
    for y in (ref_day.year + 1, ref_day.year - 1):
        try:
            if abs((date(y, mo, dd) - ref_day).days) <= _SENTENCE_DATE_NEAR:
                return y
        except ValueError:
            continue
    return ref_day.year


# how far before the publication a day written with its year must lie for a yearless date after it in its sentence to
# take its year (a day of the last months and the publication give the same year or a nearer one), and how near the
# next or the previous year's day must lie to it to win over its own year
_SENTENCE_DATE_FAR_BACK = 180
_SENTENCE_DATE_NEAR = 62


def _range_end_year(ctx: _Ctx, start: int, y: int, mo: int, dd: int) -> int:
    """The year of a range's end written without one ("runs from 1 June to 30 November"): not before the range's
    start, when that was written without a year too and has been resolved (the first such day on or after it)."""
    before = ctx.text[max(0, start - 40) : start]
    if not _RANGE_END.search(before) or not ctx.refs:
        return y
    rs, rv = ctx.refs[-1]
    if rs < start - 40 or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", rv) or re.search(r"\d{4}", ctx.text[rs:start]):
        return y
    ry, rm, rd = int(rv[:4]), int(rv[5:7]), int(rv[8:10]) if len(rv) == 10 else 1
    return ry if (mo, dd) >= (rm, rd) else ry + 1


def _range_start_year(ctx: _Ctx, start: int, end: int, mo: int, dd: int | None) -> int | None:
    """The year of a range's start written without one when its end carries it ("between January and March 2003",
    "from 1 June to 30 November 2010", "January-March 2003", "March 12 to 14, 2003"): the end's year, or the one
    before when the start's month and day come later in the calendar than the end's ("from December to February
    2003" opens in December 2002).  Two dates joined by "and" without "from"/"between" are a list ("in January and
    March 2003"), which shares its year only when told in calendar order, and "until" without them tells of a delay
    ("postpone a cut set for December 1 until January 1, 2012"); None when no year follows."""
    dd_e: int | None
    tail = _RANGE_TAIL_YEAR.match(ctx.text, end)
    if tail is None:
        if dd is None or (tail := _RANGE_TAIL_DAY_YEAR.match(ctx.text, end)) is None:
            return None
        mo_e, dd_e = mo, _day(tail.group("d"))
    else:
        mo_e = _month(tail.group("m1") or tail.group("m2"))
        de = tail.group("d1") or tail.group("d2")
        dd_e = _day(de) if de else None
    y = int(tail.group("y"))
    # (a month alone is compared by its month: "from March to March 2003" would be a year's span, too rare to read)
    ordered = (mo, dd) <= (mo_e, dd_e) if dd is not None and dd_e is not None else mo <= mo_e
    link = tail.group("link").lower()
    if link in ("until", "till") and not _RANGE_OPENER.search(ctx.text, max(0, start - 20), start):
        return None  # "a cut set for December 1 until January 1, 2012": a delay to a new date, no range
    if link == "and" and not _RANGE_OPENER.search(ctx.text, max(0, start - 20), start):
        return y if ordered else None
    return y if ordered else y - 1


# the end of a range after a date without a year, the end with its year: "to March 2003", "and 30 November 2010",
# "-March 2003", "through Feb. 14, 2003"
_RANGE_TAIL_YEAR = re.compile(
    rf"\s*(?P<link>-|–|to|until|till|through|and)\s*(?:the\s+)?(?:(?P<d1>{DAY})(?:\s+of)?\s+(?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH})(?:\s+(?:the\s+)?(?P<d2>{DAY}))?)(?:\s*,\s*|\s+)(?P<y>{YEAR})",
    re.IGNORECASE,
)
# the end of a range of days in one month, with its year: "March 12 to 14, 2003", "May 3-5 2009"
_RANGE_TAIL_DAY_YEAR = re.compile(rf"\s*(?P<link>-|–|to|through|and)\s*(?P<d>{DAY})(?:\s*,\s*|\s+)(?P<y>{YEAR})")


# the start of a range without a year and the word that ends it: "from 1 June to", "between May 3 and"
_RANGE_END = re.compile(
    r"\b(?:from|between)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"\s*(?:to|until|till|through|and|-|–)\s*(?:the\s+)?$"
)


def _weekday_year(y: int, mo: int, dd: int, wd: int) -> int:
    """The year next to ``y`` in which ``dd`` ``mo`` falls on weekday ``wd`` when it does not in ``y`` itself
    ("a debate scheduled for Friday, Sept. 26": the year whose 26 September is a Friday); ``y`` when neither the
    year before nor the one after fits (the writer's slip, or a date that is no day of any of them)."""
    for cand in (y, y - 1, y + 1):
        try:
            if date(cand, mo, dd).weekday() == wd:
                return cand
        except ValueError:
            continue
    return y


_SEPT11_REASON = "'11 September' without a year names the attacks of 11 September 2001"
# words after "September 11" that make it the name of the 2001 attacks ("the September 11 attacks", "a Sept. 11-style
# plot"), whatever the publication date
_SEPT11_NOUN = re.compile(
    r"[\s-]*(?:attacks?|terror(?:ism|ist|ists)?|hijack(?:ers|ings?)|commission|style|victims|atrocit(?:y|ies)"
    r"|outrages?|bombers|plot(?:ters)?|era|generation|memorial|strikes)\b",
    re.IGNORECASE,
)
# "the attacks of September 11", "the outrages of 11 September"
_SEPT11_OF = re.compile(r"\b(?:attacks|atrocit(?:y|ies)|outrages|events|hijackings)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SEPT11_NEAR_DAYS = 31
# a story that speaks of terror anywhere: a bare "September 11" far from its date may name the attacks
_TERROR_CONTEXT = re.compile(
    r"\b(?:terror\w*|al[- ]Qa[ei]da|hijack\w*|World Trade Cent(?:er|re)|Twin Towers|Ground Zero|jihad\w*|9/11(?!/))",
    re.IGNORECASE,
)


def _attacks_of_2001(ctx: _Ctx, y: int, start: int, end: int) -> bool:
    """Whether "September 11" (no year) read as 11 September of year ``y`` is rather the name of the attacks of
    2001: a noun of the attacks after it ("the Sept. 11 attacks", "a September 11-style plot"), or, in a story
    published after 2001 that speaks of terror anywhere, a day more than a month from the publication date that no
    clause looks ahead to and no other day of that September named before it places in that year ("after September 11, I made a commitment"
    in a June story; but "the Sept. 11 board meeting" after "on Sept. 9" stays the date of that year)."""
    if ctx.year is None or ctx.year <= 2001:
        return False
    if _SEPT11_NOUN.match(ctx.text, end) or _SEPT11_OF.search(ctx.text, max(0, start - 30), start):
        return True
    if ctx.month is None or not _TERROR_CONTEXT.search(ctx.text):
        return False  # "On Sept. 11 the bank's shares fell" in a story with no word of terror: that year's day
    anchor = date(ctx.year, ctx.month, ctx.day or 15)
    if abs((date(y, 9, 11) - anchor).days) <= _SEPT11_NEAR_DAYS:
        return False
    if any(v.startswith(f"{y:04d}-09") for p, v in ctx.refs if p < start):
        return False
    tense, dist, _ = ctx.cue(start, end, modal=True)
    return not (tense == "future" and dist <= _FUTURE_CUE_DISTANCE)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * ll) // 433
    month = (h + ll - 7 * mm + 90) // 25
    return date(y, month, (h + ll - 7 * mm + 33 * month + 19) % 32)


def _holiday_date(name: str, y: int) -> date:
    if name in lex.HOLIDAYS_FIXED:
        return date(y, *lex.HOLIDAYS_FIXED[name])
    if name in lex.HOLIDAYS_EASTER:
        return _easter(y) + timedelta(days=lex.HOLIDAYS_EASTER[name])
    if name in lex.HOLIDAYS_AFTER_THANKSGIVING:
        return _holiday_date("thanksgiving", y) + timedelta(days=lex.HOLIDAYS_AFTER_THANKSGIVING[name])
    mo, wd, nth = lex.HOLIDAYS_NTH_WEEKDAY[name]
    found = _nth_weekday(y, mo, wd, nth)
    assert found is not None  # (the lexicon's holidays fall on a first to fourth or a last weekday)
    return found


def _nth_weekday(y: int, mo: int, wd: int, nth: int) -> date | None:
    """The ``nth`` weekday ``wd`` of a month (``nth`` -1: the last), or None when the month has no such day."""
    if nth < 0:
        last = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    first = date(y, mo, 1)
    d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == mo else None


def h_nth_weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """An ordinal weekday of a month ("the first Monday of June", "the last Friday in May 2009"): that day; of any month
    ("reported on the last Tuesday of the month", "the second Thursday of each month"), a recurring day, no one date.
    Here "last" is the ordinal, not the day just gone ("last Tuesday")."""
    n = m.group("n").lower()
    nth = -1 if n in ("last", "final") else lex.ORDINALS[n]
    wd = lex.WEEKDAYS[m.group("wd").lower()]
    if m.group("gen"):
        return _Res("DATE", None, "none", reason=f"the {n} {m.group('wd')} of a month: a recurring day, no one date")
    mo = _month(m.group("m"))
    try:
        y = int(m.group("y")) if m.group("y") else _month_year(ctx, mo, None, m.start("m"), m.end())
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)
    d = _nth_weekday(y, mo, wd, nth)
    if d is None:
        return None
    return _Res("DATE", d.isoformat(), "absolute" if m.group("y") else "publication")


def _known_holiday(name: str) -> bool:
    return any(
        name in table
        for table in (
            lex.HOLIDAYS_FIXED,
            lex.HOLIDAYS_EASTER,
            lex.HOLIDAYS_NTH_WEEKDAY,
            lex.HOLIDAYS_AFTER_THANKSGIVING,
        )
    )


def h_holiday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    if not _known_holiday(name):
        return None
    if _prev_word(ctx, m.start()) in ("lunar", "chinese", "jewish", "persian", "islamic", "orthodox", "hindu"):
        return None
    ys = m.group("y")
    nxt = WORD_AFTER.match(ctx.text, m.end())
    if (
        not (ys or m.group("rel") or name.endswith((" day", " eve")))
        and nxt
        and nxt.group(1) in lex.HOLIDAY_THING_NOUNS
    ):
        return None  # "his Christmas card list", "Easter eggs", "the Christmas party": a kind of thing, no day
    if not (ys or m.group("rel")) and _holiday_in_name(ctx, m, name, nxt):
        return None  # "Christmas Island", "Easter Island", "Greg Farley and Christmas Clapton": a name, no day
    if not (ys or m.group("rel")) and _prev_word(ctx, m.start()) in _LIKENING_WORDS:
        # "It will be like New Year's Eve as everyone tries to call", "it felt like Christmas", "holidays like
        # Easter": a comparison with the kind of day, or an example of one; no day of the story is meant
        return _Res("DATE", None, "none", reason="a holiday named in a comparison ('like'): no one day is meant")
    if (
        not (ys or m.group("rel"))
        and (habit := _habitual(ctx, m.start(), m.end()))
        and not re.search(rf"\bwould\s+(?:not\s+)?{habit}\b", ctx.text[max(0, m.start() - 200) : m.start()])
    ):  # "which would normally be busy during the Memorial Day weekend": this year's, unlike the usual
        return _Res("DATE", None, "none", reason=f"a holiday in a habitual clause ('{habit}'): no one year is meant")
    period = (
        nxt
        if not ys and not name.endswith((" day", " eve")) and nxt and nxt.group(1).lower() in lex.HOLIDAY_PERIOD_NOUNS
        else None
    )
    if ys:
        return _Res("DATE", _holiday_date(name, int(ys)).isoformat(), "absolute")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    try:
        ay = ctx.y()
        this_year = _holiday_date(name, ay)
        if rel in ("last", "past", "this past"):  # the last one before the publication day
            y = ay if this_year < ctx.d() else ay - 1
        elif rel in ("next", "coming", "this coming"):  # the next one after it
            y = ay if this_year > ctx.d() else ay + 1
        elif rel == "this":
            y = ay
        else:
            y = _monthday_year(ctx, this_year.month, this_year.day, m.start(), m.end())
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=f"year not given; {e.reason}", end=period.end(1) if period else None)
    if period is not None:  # "the Christmas period", "the Easter holidays": days around it, no one day
        day = _holiday_date(name, y)
        return _Res(
            "DATE",
            f"{day.year}-{day.month:02d}",
            mod="APPROX",
            end=period.end(1),
            reason=f"the days around {name.title()} ('{period.group(1).lower()}'): its month, not one day",
        )
    return _Res("DATE", _holiday_date(name, y).isoformat())


# a word before a bare holiday that makes it a comparison or an example ("like Christmas"), no day of the story
_LIKENING_WORDS = frozenset({"like", "unlike"})


def _holiday_in_name(ctx: _Ctx, m: re.Match[str], name: str, nxt: re.Match[str] | None) -> bool:
    """Whether a bare one-word holiday ("Christmas", "Easter") is the first word of a name: a capitalised word
    follows it on the same line that is no day, month or holiday word ("Christmas Island", "Easter Island", a
    musician "Christmas Clapton"), in a line not written in title case (a headline capitalises every word)."""
    if " " in name or nxt is None:
        return False
    w = nxt.group(1)
    if not (w[:1].isupper() and w[1:].islower()) or w.lower() in lex.HOLIDAY_NAME_NOT_AFTER:
        return False
    if w.lower() in lex.MONTHS or w.lower() in lex.WEEKDAYS:
        return False
    return not _title_cased_line(ctx.text, m.start())


def h_named_day(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A named day that is no weekday of the publication week ("Bloody Sunday", "Black Monday", "Super
    Tuesday"): a date, but one the text must give; no weekday is guessed for it."""
    if _in_name(ctx, m.start(), m.end()):
        return None  # "Sunday Bloody Sunday", a song
    name = re.sub(r"\s+", " ", m.group(0))
    return _Res("DATE", None, "none", reason=f"a named day ({name}) whose date the publication date does not give")


_DAYORD_PREP = frozenset({"on", "by", "until", "till", "from", "since", "before", "after", "and", "or", "to"})


def h_dayord(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """Read "on the 16th" as a day of the month the story is talking about (the last month mentioned, else the
    publication month); only after a preposition and before punctuation or a conjunction, so that "the 16th
    century" or "the 3rd Division" are not dates."""
    if _prev_word(ctx, m.start()) not in _DAYORD_PREP:
        return None
    if not re.match(r"\s*(?:[,.;:)]|and\b|or\b|to\b|when\b|$)", ctx.text[m.end() : m.end() + 6]):
        return None
    dd = int(m.group("d"))
    if not ctx.final:
        return _Res("DATE", None)  # the month is known only in document order
    ref = ctx.reference(m.start(), "month")
    try:
        y, mo = (
            (int(ref[:4]), int(ref[5:7])) if ref is not None and ref[4:5] == "-" and ref[5:7].isdigit() else ctx.ym()
        )
        return _Res("DATE", date(y, mo, dd).isoformat())
    except ValueError:
        return None
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)


# words that may stand before a month or season name used as a date ("in May", "since the spring")
_DATE_PREP = frozenset(
    {
        "after",
        "before",
        "by",
        "during",
        "early",
        "for",
        "from",
        "in",
        "last",
        "late",
        "mid",
        "next",
        "of",
        "since",
        "this",
        "through",
        "till",
        "until",
    }
)
# "May" is also a verb and a name: before it only these (plus the shared ones) make it a month
_MAY_PREP = _DATE_PREP | {"and", "around", "between", "coming", "on", "or", "past", "that", "to"}


def h_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    ms = m.group("m")
    mo = _month(ms)
    mod = _modcode(m.group("mod"))
    rel = m.group("rel")
    ys = m.group("y")
    rel2 = m.group("rel2")
    if not (ys or rel or rel2 or m.group("mod")):
        prev = _prev_word(ctx, m.start())
        if ms in ("May", "MAY") and prev not in _MAY_PREP:
            return None
        if ms.endswith(".") is False and len(ms) <= 4 and ms not in ("May", "June", "July", "MAY", "JUNE", "JULY"):
            return None  # a bare abbreviation ("Jan") is too often a name
        nxt = _next_word(ctx, m.end())
        if nxt[:1].isupper() and nxt.lower() not in lex.WEEKDAYS and prev not in _MAY_PREP:
            return None  # "April Ryan", "June Carter"
        if _month_as_name(ctx, m.start(), m.end(), ms, nxt, prev):
            return None  # "Bill Wallis as Morris and June Barrie as Mrs Etchells"
        if prev not in _MAY_PREP and nxt in lex.PERSON_VERBS:
            return None  # "June tells an interviewer about her life", "April walked out": a person's name
        if _after_first_name(ctx, m.start()):
            return None  # "spokeswoman Hannah August declined to comment": a surname
    if ys:
        yv = int(ys) if ys.isdigit() else _spelled_year(ys)
        if yv is None:
            return None
        return _Res("DATE", f"{yv:04d}-{mo:02d}", "absolute", mod=mod)
    if not (rel or rel2):
        habit = _habitual(ctx, m.start(), m.end())
        if habit is not None:
            return _Res(
                "DATE",
                None,
                "none",
                mod=mod,
                reason=f"a month in a habitual statement ('{habit}'): a recurring time, no one year",
            )
    if not (rel or rel2) and (told := _that_year(ctx, m.start(), m.end())) is not None:
        return _Res("DATE", f"{told:04d}-{mo:02d}", "absolute", mod=mod)
    if not (rel or rel2) and (opened := _range_start_year(ctx, m.start(), m.end(), mo, None)) is not None:
        return _Res("DATE", f"{opened:04d}-{mo:02d}", "absolute", mod=mod)
    if not (rel or rel2) and (dm := _MONTH_DAY_IN_YEAR.match(ctx.text, m.end())) is not None:
        # "on an April day in 1998", "one June morning of 1944": the year after the day's noun is the month's
        return _Res("DATE", f"{int(dm.group(1)):04d}-{mo:02d}", "absolute", mod=mod)
    try:
        if rel2:
            ay = ctx.y()
            y = ay + {"this": 0, "last": -1, "next": 1}[rel2.lower()]
        else:
            y = _month_year(ctx, mo, rel, m.start(), m.end())
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod=mod, reason=e.reason)
    return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod)


def _month_as_name(ctx: _Ctx, start: int, end: int, ms: str, nxt: str, prev: str) -> bool:
    """Whether a bare month before a capitalised word ("June Barrie") after a word that may head a date ("and",
    "on") is a person's name: after "and" closing a list of names ("Bill Wallis and June Barrie", the word before
    "and" capitalised and no month), or when the story writes the same two words elsewhere after a word that
    heads no date ("actress June Barrie")."""
    nxt = re.sub(r"['’]s?$", "", nxt)  # "on June Barrie's advice"
    if not (nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha()) or nxt.lower() in _NOT_SURNAME:
        return False
    if nxt.lower() in lex.WEEKDAYS or nxt.lower() in lex.MONTHS:
        return False
    if prev == "and":
        lo = max(0, start - 40)
        before = re.search(r"([\w'’.-]+)\s+and\s+$", ctx.text[lo:start])
        w = before.group(1) if before else ""
        if w[:1].isupper() and w.lower().rstrip(".") not in lex.MONTHS and w.lower() not in lex.WEEKDAYS:
            wpos = lo + (before.start(1) if before else 0)
            if wpos > 0 and not _SENTENCE_OPENER.search(ctx.text[max(0, wpos - 4) : wpos]):
                return True  # (a first word of a sentence is capitalised whatever it is)
    for o in re.finditer(re.escape(ms) + r"\s+" + re.escape(nxt) + r"\b", ctx.text):
        if o.start() != start and _prev_word(ctx, o.start()) not in _MAY_PREP:
            return True
    return False


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z]+)[ \t]+([A-Z][a-z]+)[ \t]+$")


def _after_first_name(ctx: _Ctx, start: int) -> bool:
    """Whether a bare month follows a capitalised word inside its sentence that heads no date and names nothing
    else a month may follow ("spokeswoman Hannah August", "minister Theresa May"): the month is a surname.  Not
    after a word opening the sentence ("Early June saw ..."): every first word is capitalised."""
    b = _FIRST_NAME_BEFORE.search(ctx.text, max(0, start - 60), start)
    if b is None:
        return False
    w0, w = b.group(1), b.group(2).lower()
    if w in _MAY_PREP or w in _NOT_SURNAME or w in lex.MONTHS or w in lex.WEEKDAYS or w in lex.NOT_FIRST_NAMES:
        return False
    return w0[:1].islower() and w0.lower() not in _MAY_PREP


# capitalised words after a month that are no surname ("in June The company ...", "June Congress")
_NOT_SURNAME = frozenset(
    {"the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that", "but", "and", "as"}
    | {"for", "by", "to", "after", "before", "when", "while", "there", "its", "his", "her", "their", "our", "of"}
    | {"congress", "parliament", "police", "officials", "government", "president", "prime", "minister", "next"}
)
# where a sentence opens: the word before "and" is then capitalised as the first word ("Then and June ...")
_SENTENCE_OPENER = re.compile(r"(?:[.!?:]['\"’”]?\s+|\n\s*)$")


def h_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m.group("y"))
    pre = (m.group("pre") or "").lower()
    mod = _modcode(m.group("mod"))
    if m.group("circa"):
        # "c1905", "c. 1905", "circa 1905": a year given approximately
        if ctx.year is not None and y > ctx.year:
            return None
        mod = mod or "APPROX"
    if not 1100 <= y <= 2099:
        return None
    prev = _prev_word(ctx, m.start())
    nxt = _next_word(ctx, m.end())
    if not pre and not m.group("mod"):
        if m.start("y") in ctx.clock4:
            return None  # a clock time ("at 1100", "1628 The UN says"), see _four_digit_clocks
        if prev in lex.QUANTITY_BEFORE or nxt.lower() in lex.COUNT_NOUNS:
            return None
        if ctx.year is not None and y > ctx.year + 60:
            return None
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        if before.endswith(("$", "£", "€", "No", "#")):
            return None
    return _Res("DATE", f"{y:04d}", "absolute", mod=mod)


def _spelled_year(s: str) -> int | None:
    words = re.sub(r"[\s-]+", " ", s.lower()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = _num(" ".join(words[2:])) if len(words) > 2 else 0
        return 2000 + int(rest) if rest is not None else None
    century = {"nineteen": 1900, "twenty": 2000}[words[0]]
    rest_s = " ".join(words[1:])
    if rest_s == "hundred":
        return century
    rest = _num(rest_s)
    return century + int(rest) if rest is not None and rest < 100 else None


def h_spelled_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = _spelled_year(m.group("y"))
    if y is None:
        return None
    if not m.group(0).lower().startswith("the year") and _next_word(ctx, m.end()).lower() in lex.COUNT_NOUNS:
        return None
    return _Res("DATE", f"{y:04d}", "absolute")


_THE_YEAR_PREP = frozenset({"for", "throughout", "during", "of", "in", "through", "over"})


def h_the_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    nxt = _next_word(ctx, m.end()).lower()
    if nxt in ("ended", "ending", "to", "through", "beginning", "starting", "before", "after", "earlier", "ago"):
        return _Res("DURATION", "P1Y", "absolute") if nxt in ("ended", "ending", "to", "through") else None
    if _prev_word(ctx, m.start()) not in _THE_YEAR_PREP:
        return None
    try:
        return _Res("DATE", f"{ctx.y():04d}")
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)


def h_year_period(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m.group("y"))
    if ctx.ref_quarter is not None:
        return _Res("DATE", f"{y}-Q{ctx.ref_quarter[1]}", "absolute")
    return _Res("DATE", f"{y:04d}", "absolute")


def h_yearend(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    try:
        return _Res("DATE", f"{ctx.y():04d}", mod="END")
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod="END", reason=e.reason)


def h_earlier(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    s0 = ctx.sentences[ctx.sentence_index(m.start())][0]
    if ctx.text[s0 : m.start()].strip(" \"'\n"):
        return None  # only at the start of a sentence: "Earlier, ..."
    return _Res(
        "DATE",
        "PAST_REF",
        "publication" if ctx.year is not None else "none",
        reason=None if ctx.year is not None else UNDATED_REASON,
    )


def h_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mod = _modcode(m.group("mod"))
    if m.group("c"):
        return _Res("DATE", f"{m.group('c')}{m.group('dd')}", "absolute", mod=mod)
    if m.group("d2"):
        d = int(m.group("d2"))
        century = 19 if d >= 3 or ctx.year is None or ctx.year < 2000 else 20
        return _Res("DATE", f"{century}{d}", "absolute", mod=mod)
    d = lex.DECADE_WORDS[m.group("w").lower()]
    return _Res("DATE", f"19{d}", "absolute", mod=mod)


def h_century(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n_s = m.group("n").lower()
    dm = re.match(r"\d+", n_s)
    n = int(dm.group(0)) if dm else lex.ORDINALS.get(n_s)
    if not n or n > 21:
        return None
    return _Res("DATE", f"{n - 1:02d}", "absolute", mod=_modcode(m.group("mod")))


_SEASON_PREP = _DATE_PREP | {"into", "over", "throughout"}


def h_season(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    s = lex.SEASONS[m.group("s").lower()]
    ys = m.group("y") or m.group("y2")
    rel = m.group("rel")
    mod = _modcode(m.group("mod") or m.group("mod2"))
    if ys:
        return _Res("DATE", f"{int(ys)}-{s}", "absolute", mod=mod)
    if not m.group("mod") and not m.group("mod2") and (not rel or rel.lower() == "the"):
        prev = _prev_word(ctx, m.start())
        if prev not in _SEASON_PREP:
            return None
        if m.group("s").lower() == "fall" and not rel:
            return None
    if m.group("s").lower() == "fall" and not ys and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "after the fall of the Taliban": a collapse, not the autumn
    if _season_in_name(ctx, m.start("s"), m.end("s")):
        return None  # "The Rite Of Spring", "a line-up of The Fall", "the Winter Soldier inquiry"
    if not rel and not mod and _prev_word(ctx, m.start()) == "of":
        return _season_of(ctx, s)
    if not rel or rel.lower() == "the":
        bare = not rel and (m.group("mod") or "").lower() in ("", "early", "mid", "late")
        generic = _generic_season(ctx, m.start(), m.end(), bare)
        if generic is not None:
            return _Res("DATE", None, "none", mod=mod, reason=generic)
    try:
        value, reason = _season_value(
            ctx, s, rel if rel and rel.lower() != "the" else None, m.start(), m.end(), mod=mod
        )
        return _Res("DATE", value, mod=mod, reason=reason)
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod=mod, reason=e.reason)


_SEASON_RECENT_MONTHS = 2


def _season_of(ctx: _Ctx, s: str) -> _Res:
    """A bare season after "of" ("the strains of summer", "full of the joys of spring", "the heat of summer"): a
    kind of time more than a date.  It is the season the publication date is in, or the one that ended in the two
    months before it (plainly the one just lived: "the strains of summer persist into the fall" in September);
    otherwise no one season of the calendar is meant, and no value is given."""
    try:
        ay, am = ctx.ym()
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)
    now = ay * 12 + am - 1
    for y in (ay - 1, ay):
        begin = y * 12 + lex.SEASON_START_MONTH[s] - 1
        if begin <= now < begin + 3:
            return _Res("DATE", f"{y}-{s}", reason="a season after 'of': the season the publication date is in")
        if begin + 3 <= now < begin + 3 + _SEASON_RECENT_MONTHS:
            return _Res("DATE", f"{y}-{s}", reason="a season after 'of': the one that has just ended")
    return _Res(
        "DATE",
        None,
        "none",
        reason="a season after 'of' with no article ('the joys of spring'): a kind of time, no one season",
    )


def _season_in_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a capitalised season word at ``start``..``end`` is part of a title or name: a capitalised word
    stands right before it, not opening the sentence ("The Rite Of Spring", "recordings of The Fall"), or right
    after it ("the Winter Soldier investigation")."""
    word = ctx.text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = re.search(r"(\w+)[ \t]+$", ctx.text[max(0, start - 30) : start])
    if before and before.group(1)[:1].isupper() and before.group(1).lower() not in lex.MONTHS:
        s0 = ctx.sentences[ctx.sentence_index(start)][0]
        if ctx.text[s0:start].strip() != before.group(1):
            return True
    after = re.match(r"[ \t]+([A-Za-z]+)", ctx.text[end : end + 30])
    return bool(
        after
        and after.group(1)[:1].isupper()
        and after.group(1).lower() not in lex.MONTHS
        and after.group(1).lower() not in lex.WEEKDAYS
    )


def _habitual(ctx: _Ctx, start: int, end: int) -> str | None:
    """The habitual word ("usually", "tends to", "every year") in the clause of the expression at ``start``..``end``,
    or None.  A month or season in such a clause names a recurring time, not one year's ("flu tends to spread in
    autumn", "trade is usually slow in August").  A year the sentence names ("this year", "in 2009") makes it one,
    and so does "since" or a tense cue right by the expression ("started calling it that in late May").  The clause
    ends at a semicolon, colon, dash, bracket, ", and" or a contrast ("but", "although")."""
    s0, s1 = ctx.sentences[ctx.sentence_index(start)]
    # the clause: the sentence cut at a semicolon or a "but" on either side
    lo = max([s0, *(b.end() for b in _HABIT_CLAUSE.finditer(ctx.text, s0, start))])
    hi = next((b.start() for b in _HABIT_CLAUSE.finditer(ctx.text, end, s1)), s1)
    clause = ctx.text[lo:hi]
    if _NAMED_YEAR.search(ctx.text, s0, s1) or _prev_word(ctx, start) in _HABIT_NOT_AFTER:
        return None
    tense, dist, _ = ctx.cue(start, end)
    if (tense == "past" and dist <= _PAST_CUE_DISTANCE) or (tense == "future" and dist <= _FUTURE_CUE_DISTANCE):
        return None  # a verb right by it tells of one time: "started calling it in late May", "expected in June"
    found = _HABITUAL.search(clause)
    return found.group(0).lower() if found else None


def _habitual_day(ctx: _Ctx, start: int, end: int) -> str | None:
    """The habitual word of :func:`_habitual` for a weekday or "the weekend", read more strictly than for a season:
    the word stands in the day's own clause, with no comma, bracket or clause word ("why", "that", "who") between
    them ("the square is normally crowded at the weekend", "he usually gets up early on Sunday"; not "On Thursday, a
    horn player explains why F major is traditionally ...", nor "criticised the agency on Wednesday, a day after a
    report showing its inspectors routinely took gifts"), and no past verb but one of saying in the habit's clause
    ("platforms continued to work normally on Monday" is one Monday's news, "normally" its manner)."""
    habit = _habitual(ctx, start, end)
    if habit is None:
        return None
    s0, s1 = ctx.sentences[ctx.sentence_index(start)]
    lo = max([s0, *(b.end() for b in _HABIT_CLAUSE.finditer(ctx.text, s0, start))])
    hi = next((b.start() for b in _HABIT_CLAUSE.finditer(ctx.text, end, s1)), s1)
    toks = ctx._tokens(ctx.sentence_index(start))
    if any(
        _past_token(toks, i) and t not in lex.REPORTING_PAST
        for i, (ts, _, t) in enumerate(toks)
        if lo <= ts < hi and not start <= ts < end
    ):
        return None  # (in the habit's clause, as _habitual cuts it)
    for h in _HABITUAL.finditer(ctx.text, s0, s1):
        lo, hi = (h.end(), start) if h.end() <= start else (end, h.start())
        between = ctx.text[lo:hi]
        if not _CLAUSE_BREAK.search(between) and not any(
            w in _HABIT_DAY_BREAK for w in _TOKEN.findall(between.lower())
        ):
            return habit
    return None


# words that open another clause between a habitual word and a day
_HABIT_DAY_BREAK = frozenset({"why", "that", "which", "who", "whom", "whose", "how", "what", "where", "while"})

_HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|commonly|customarily|habitually|routinely|often|"
    r"rarely|seldom|tends?\s+to|tended\s+to|(?:every|each)\s+(?:year|time|season|spring|summer|autumn|"
    r"fall|winter)s?)\b",
    re.IGNORECASE,
)
# what ends the clause of a habit ("... into June, although influenza usually dies down by April"; "the rainy
# season, which typically begins in May, and the hurricane season, expected in June"); "every day" is a rate
# ("12,000 barrels every day since April"), no habit of a season
_HABIT_CLAUSE = re.compile(r"[;:()—]|--|,\s+and\b|\b(?:but|although|though|whereas)\b", re.IGNORECASE)
# a time counted from ("every day since April") is one point, whatever the habit
_HABIT_NOT_AFTER = frozenset({"since"})
_NAMED_YEAR = re.compile(r"\b(?:this|next|last|that)\s+year\b|(?<![\d$£€.,])(?:19|20)\d\d(?![\d%,])", re.IGNORECASE)
_SOUTHERN = re.compile(r"\bsouthern\s+hemisphere\b|\bsouth\s+of\s+the\s+equator\b", re.IGNORECASE)
_NORTHERN = re.compile(r"\bnorthern\s+hemisphere\b|\bnorth\s+of\s+the\s+equator\b", re.IGNORECASE)
# the prepositions of a bare season in a generic statement ("dark in winter", "birds migrate during spring")
_GENERIC_SEASON_PREP = frozenset({"in", "during", "throughout"})
_COPULA = frozenset({"is", "are", "was", "were", "be", "been", "s"})
# present verbs that look ahead though they are no future cue of their own ("they expect a surge in autumn")
_PRESENT_AHEAD = frozenset({"expect", "predict", "predicts", "forecast", "forecasts", "fear", "fears", "warn", "warns"})


def _generic_season(ctx: _Ctx, start: int, end: int, bare: bool) -> str | None:
    """Why a season named without a year ("in winter", "the autumn") is no one season of the calendar, or None.

    * in a clause with a habitual word ("flu tends to spread in autumn", "usually holds steady in the fall");
    * in a sentence about the southern hemisphere (and not the northern): TimeML's season codes are the north's;
    * bare, after "in" or "during", in a sentence with no tense cue: no past verb near, no future cue or modal
      anywhere, no progressive ("is heading into summer"), no year named: a present-simple statement of what
      happens in that season ("Iceland gets five hours of sunlight a day in winter", "outbreaks happen in late
      autumn")."""
    habit = _habitual(ctx, start, end)
    if habit is not None:
        return f"a season in a habitual statement ('{habit}'): a recurring time, no one year"
    s0, s1 = ctx.sentences[ctx.sentence_index(start)]
    if _SOUTHERN.search(ctx.text, s0, s1) and not _NORTHERN.search(ctx.text, s0, s1):
        return "a season of the southern hemisphere: TimeML's season codes are the northern hemisphere's"
    if not bare:
        return None
    before = _words_before(ctx.text, start)
    if not before or before[-1].lower() not in _GENERIC_SEASON_PREP:
        return None
    if len(before) > 1 and before[-2].lower() in _COPULA:
        return None  # "the vote is in spring": a predicate, likely one event's time
    if _NAMED_YEAR.search(ctx.text, s0, s1):
        return None
    tense, _, _ = ctx.cue(start, end, modal=True)
    if tense is not None:
        return None
    toks = ctx._tokens(ctx.sentence_index(start))
    words = [t for _, _, t in toks]
    for k, w in enumerate(words):
        if ctx._ahead(toks, words, k) is not None or w in lex.MODALS or w in _PRESENT_AHEAD:
            return None
        if w.endswith("ing") and k > 0 and words[k - 1] in ("is", "are", "am", "s", "re"):
            return None  # "is heading into summer", "we're preparing for an outbreak in autumn"
        if w in lex.PAST_IRREGULAR or w == "had" or _regular_past(w):
            return None  # a past verb anywhere: a story of one season ("snowed heavily in winter, and ...")
    return "a bare season in a present-tense general statement: a recurring time, no one year"


def _set_ref_quarter(ctx: _Ctx, y: int, q: int, pos: int) -> None:
    if ctx.final:
        ctx.ref_quarter = (y, q, ctx.sentence_index(pos))


def h_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    o = m.group("o").lower()
    ys = m.group("y") or m.group("y2") or m.group("y0")
    det = (m.group("det") or "").lower()
    adj = (m.group("adj") or "").lower()
    rel = (m.group("rel") or "").lower()
    if o == "last" and not ys and not rel and (not det or det == "the"):
        # "last quarter" / "the last quarter": the quarter before the current one
        try:
            ay, am = ctx.ym()
        except _Unresolved as e:
            return _Res("DATE", None, "none", reason=e.reason)
        y, mo = _add_months(ay, (_quarter_of(am) - 1) * 3 + 1, -3)
        _set_ref_quarter(ctx, y, _quarter_of(mo), m.start())
        return _Res("DATE", f"{y}-Q{_quarter_of(mo)}")
    q = lex.ORDINALS.get(o, 4)
    if q > 4:
        return None
    if ys:
        y = int(ys)
        _set_ref_quarter(ctx, y, q, m.start())
        return _Res("DATE", f"{y}-Q{q}", "absolute")
    try:
        if "year-earlier" in adj or "year-ago" in adj or det.startswith("last year"):
            y = _quarter_year(ctx, q, m.start(), m.end()) - 1
        elif det.startswith("next year") or rel == "next":
            y = ctx.y() + 1
        elif det.startswith("this year") or rel == "this" or "fiscal" in m.group(0).lower():
            y = ctx.y()
        elif rel == "last":
            y = ctx.y() - 1
        else:
            y = _quarter_year(ctx, q, m.start(), m.end())
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)
    _set_ref_quarter(ctx, y, q, m.start())
    return _Res("DATE", f"{y}-Q{q}")


def h_quarter_rel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    adj = re.sub(r"\s+", " ", (m.group("adj") or "").lower())
    if m.group("ly") and not adj:
        adj = "year-ago"  # "last year's quarter": the same quarter a year before
    try:
        ay, am = ctx.ym()
    except _Unresolved as e:
        if not adj:
            return None
        return _Res("DATE", None, "none", reason=e.reason)
    aq = _quarter_of(am)
    ref = ctx.ref_quarter
    if adj in ("current", "this"):
        y, q = ay, aq
    elif adj in ("next", "coming"):
        y, mo = _add_months(ay, (aq - 1) * 3 + 1, 3)
        q = _quarter_of(mo)
    elif adj in ("previous", "past", "last") and not ref:
        y, mo = _add_months(ay, (aq - 1) * 3 + 1, -3)
        q = _quarter_of(mo)
    elif adj in ("year-earlier", "year-ago"):
        if ref:
            y, q = ref[0] - 1, ref[1]
        else:
            y, mo = _add_months(ay, (aq - 1) * 3 + 1, -15)
            q = _quarter_of(mo)
    elif ref and adj not in ("latest", "recent", "just-ended", "just ended"):
        y, q = ref[0], ref[1]
    elif adj in ("latest", "recent", "just-ended", "just ended", "previous", "past", "last"):
        y, mo = _add_months(ay, (aq - 1) * 3 + 1, -3)
        q = _quarter_of(mo)
    else:
        if not ctx.final:
            return _Res("DATE", None)  # decided in document order
        return None
    if adj not in ("year-earlier", "year-ago", "comparable", "same"):
        _set_ref_quarter(ctx, y, q, m.start())  # "the latest quarter" becomes the quarter under discussion
    return _Res("DATE", f"{y}-Q{q}")


def h_qshort(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    q = int(m.group("q"))
    if m.group("y"):
        return _Res("DATE", f"{int(m.group('y'))}-Q{q}", "absolute")
    if m.group("yy"):
        return _Res("DATE", f"{_year_from(chr(39) + m.group('yy'), ctx)}-Q{q}", "absolute")
    try:
        return _Res("DATE", f"{_quarter_year(ctx, q, m.start(), m.end())}-Q{q}")
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)


def h_half(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    h = 1 if m.group("o").lower() == "first" else 2
    if m.group("y"):
        return _Res("DATE", f"{int(m.group('y'))}-H{h}", "absolute")
    rel = (m.group("rel") or "this").lower()
    try:
        y = ctx.y() + {"this": 0, "last": -1, "next": 1}[rel]
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)
    return _Res("DATE", f"{y}-H{h}")


_REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "current": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "recent": "PAST_REF",
    "recent years": "PAST_REF",
    "past years": "PAST_REF",
    "recent times": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "the long run": "FUTURE_REF",
    "the short run": "FUTURE_REF",
}


def h_ref(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w = re.sub(r"\s+", " ", m.group(0).lower())
    v = _REF_WORDS.get(w)
    if v is None:
        return None
    if w == "current" and _next_word(ctx, m.end()).lower() in ("account", "accounts", "affairs", "events", "of"):
        return None
    if _ref_in_name(ctx, m.start(), m.end()):
        return None
    if w == "now" and _prev_word(ctx, m.start()) in ("from", "until", "till", "by", "as", "for"):
        return None if _prev_word(ctx, m.start()) in ("as",) else _Res("DATE", v, "publication")
    anchor = "publication" if ctx.year is not None else "none"
    return _Res("DATE", v, anchor, reason=None if ctx.year is not None else UNDATED_REASON)


def _ref_in_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a capitalised one-word "Current", "Now", "Recent" ... at ``start``..``end`` is part of a name, no time:
    after a capitalised word that may begin a name ("the so-called Loop Current", "the Haiti Now telethon"), after
    "the" ("the Current affairs show") or after a name's possessive ("NBC's Now").  Prose writes these words in
    lower case mid-sentence, so a capital there marks a name; a headline in title case says nothing."""
    word = ctx.text[start:end]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if ctx.text[end : end + 1] == "," and word.lower() in ("soon", "currently", "recently", "lately", "nowadays"):
        return (
            False  # an adverb fronting its clause after a caption run into the text ("Nottingham University Soon, ...")
        )
    before = _TITLE_BEFORE.search(ctx.text, max(0, start - 40), start)
    prev = before.group(1) if before else ""
    if (prev == "the" or (prev[-2:] in ("'s", "’s") and prev[:1].isupper())) and not _title_cased_line(ctx.text, start):
        return True
    return _after_name_word(ctx, start, before)


_SPAN_REF_WORDS: dict[str, str] = {
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "earlier": "PAST_REF",
    "once": "PAST_REF",
    "already": "PRESENT_REF",
    "yet": "PRESENT_REF",
    "future": "FUTURE_REF",
}


def h_span_ref(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """Adverbs that TimeML marks as PAST_REF / PRESENT_REF / FUTURE_REF when an annotator chose them as a
    temporal expression ("previously", "already", "future quarters"); on their own they are too often not
    temporal ("once" = one time, "later" = a comparison), so they are only read when a span is given."""
    w = re.sub(r"\s+", " ", m.group("w").lower())
    v = "FUTURE_REF" if m.group("pl") and w in ("future", "coming") else _SPAN_REF_WORDS.get(w)
    if v is None:
        return None
    if ctx.year is None:
        return _Res("DATE", v, "none", reason=UNDATED_REASON)
    return _Res("DATE", v, "publication")


def _pre_pod(m: re.Match[str]) -> tuple[str, str | None]:
    """The part of the day and its modifier from a ``PODPRE`` group ("mid-afternoon" -> afternoon, MID)."""
    pre = (m.group("pre") or "").lower()
    pod = re.search(r"morning|afternoon|evening", pre)
    return (pod.group(0), _modcode(pre)) if pod else ("", None)


def h_dayword(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    pod0, mod0 = _pre_pod(m)
    pod = (m.group("pod") or pod0).lower()
    mod = _modcode(m.group("mod")) or mod0
    off = _DAYWORD_SHIFT[w]
    if w in ("today", "tonight") and not (pod or mod) and _dayword_title(ctx, m.start("w"), m.end("w")):
        return None
    if w == "today" and not (pod or mod) and (why := _today_nowadays(ctx, m.start("w"), m.end("w"))):
        anchor = "publication" if ctx.year is not None else "none"
        return _Res("DATE", "PRESENT_REF", anchor, reason=why)
    try:
        d = ctx.d() + timedelta(days=off)
    except _Unresolved as e:
        return _Res("TIME" if (pod or w == "tonight") else "DATE", None, "none", mod=mod, reason=e.reason)
    if w == "tonight":
        return _Res("TIME", f"{d.isoformat()}TNI", mod=mod)
    if pod:
        return _Res("TIME", f"{d.isoformat()}T{lex.PARTS_OF_DAY[pod]}", mod=mod)
    return _Res("DATE", d.isoformat(), mod=mod)


def _dayword_title(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a capitalised "Today" or "Tonight" is a programme's or a paper's name: before a word of a programme
    ("the Today programme", NBC's "Today" show), after "the", a name's possessive or a name word ("BBC Radio 4's
    Today", "USA Today"), or mid-sentence with its host ("an interview on Tonight with Trevor McDonald").  A "Today"
    right after a capitalised word that ends a name ("Psychology Today", "Dogs Today magazine") is one too, unless
    that word is a sentence opener, a preposition or a day ("And Today", "Monday Today"), a quote opens between
    them ('the statement "Today ...'), or the whole line is in title case (a headline: "Obama Visits Haiti Today").
    So is one right after a verb of telling, a preposition or a noun of a programme ("told Today that ...")."""
    if not ctx.text[start].isupper():
        return False
    after = _TITLE_AFTER.match(ctx.text, end)
    if after and after.group(1).lower() in lex.DAYWORD_TITLE_NOUNS:
        return True
    before = _TITLE_BEFORE.search(ctx.text, max(0, start - 40), start)
    prev = before.group(1) if before else ""
    if prev in lex.DAYWORD_TITLE_BEFORE or prev == "the" or (prev[-2:] in ("'s", "’s") and not prev[:1].islower()):
        return True
    if ctx.text[start:end] == "Today" and _after_name_word(ctx, start, before):
        return True  # "Psychology Today", "Marketing Today magazine": a name ends with it
    if (
        before is not None
        and ctx.text[start:end] in ("Today", "Tonight")
        and (prev in lex.DAYWORD_TITLE_AFTER or prev in lex.DAYWORD_TITLE_NOUNS)
        and not re.search(r"[\"'“‘]", before.group(0)[len(prev) :])
        and not _title_cased_line(ctx.text, start)
    ):
        # "told Today that ...", "speaking on Today, she said", "the breakfast show Today": prose writes the day in
        # lower case inside a sentence, so a capitalised one right after a verb of telling, a preposition or a noun
        # of a programme is the programme's name (a headline in title case capitalises it anyway: "Spill to Reach
        # Florida Today"; a headline run into the text is no such word: "Shares fall further Today's losses mean";
        # "TODAY" in capitals is a writer's stress: "he meets them TODAY")
        return True
    return bool(after and after.group(1) == "with" and after.group(2)[:1].isupper() and prev[:1].islower())


def _after_name_word(ctx: _Ctx, start: int, before: re.Match[str] | None) -> bool:
    """Whether the capitalised word at ``start`` follows, with no quote between, a capitalised word that may begin a
    name with it ("Psychology Today", "Loop Current", "Haiti Now"): not a sentence opener, a preposition, a day or a
    month ("And Today", "But Now"), and the line is not a headline in title case."""
    prev = before.group(1) if before else ""
    return (
        before is not None
        and prev[:1].isupper()
        and not re.search(r"[\"'“‘]", before.group(0)[len(prev) :])
        and prev.lower() not in lex.DAYWORD_NOT_NAME_BEFORE
        and prev.lower() not in lex.MONTHS
        and not _title_cased_line(ctx.text, start)
    )


_TITLE_AFTER = re.compile(r"[\"'’”]?[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")
_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _title_cased_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in title case (a headline: "Obama Visits Haiti Today"), where a
    capitalised word says nothing of a name: at least four words, three in four of them capitalised."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = _LINE_WORD.findall(text[lo : hi if hi >= 0 else len(text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


_NOWADAYS_POSSESSIVE = re.compile(r"['’]?s[ \t]+([A-Za-z]+)(?![\w'’-])(?:[ \t]+([A-Za-z]+)(?![\w'’-]))?")
_NOUN_BEFORE = re.compile(r"(?:(\w+)[ \t]+)?(\w+)[ \t]+$")
_TODAY_COMPARED = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bthan|\b(?:as|than)\s+(?:they|it|we|there|he|she|I|you)\s+(?:is|are|am)"
    r"|\bwe\s+(?:have|see|know|live\s+in|face)(?:\s+it)?)\s+$",
    re.IGNORECASE,
)
_AS_ADJ_BEFORE = re.compile(r"\bas\s+[a-z]+\s+$", re.IGNORECASE)
# a present state after "today" compared with an earlier age ("the industry today is safer than it was in the 1980s",
# "are more wary than ever", "has fewer hogs than in 1965"), not with another day ("than they were yesterday")
_THAN_BEFORE_AFTER = re.compile(
    r",?[ \t]+(?:is|are|has|have|remains?|seems?)\b[^.;:!?\n]{0,60}?\bthan[ \t]+(?:ever\b|(?:(?:it|they|he|she|we|there|this"
    r"|that|those|these)[ \t]+(?:was|were|did|had)[ \t]+)?(?:(?:in|at|during)[ \t]+(?:the[ \t]+)?(?:1\d|20)\d\d"
    r"|(?:a|one|two|three|four|five|ten|twenty|\d+)[ \t]+(?:years?|decades?|generations?)[ \t]+ago))",
    re.IGNORECASE,
)
# a people's name in the plural ("Americans", "Haitians", "Britons", "Chinese"; not "-is": "Paris", "Tunis")
_PEOPLES_NAME = re.compile(r"[A-Z][a-z]+(?:ans|ons|ese)")
# a progressive right after "today": the day's doing, not a state of the age
_PROGRESSIVE_AFTER = re.compile(
    r",?[ \t]+(?:is|are|was|were)[ \t]+(?:[a-z]+ly[ \t]+|still[ \t]+|not[ \t]+)?[a-z]+ing\b"
)


def _today_nowadays(ctx: _Ctx, start: int, end: int) -> str | None:
    """Why "today" at ``start``..``end`` means "nowadays" (TimeML PRESENT_REF), not the publication day, or None.

    * "today's" before a noun of people, society or standards ("today's teenagers", "today's young people", "in
      today's money") or a people's name ("today's Haitians"); "today's decision" stays the day;
    * after such a noun or a quantifier standing for people ("young people today", "life today is ...", "the youth
      of today", "few today are willing to ...") when no past verb is
      near ("children today returned to school" is the day); so after a people's name in the plural or a word of a
      whole country or trade ("Americans today are more wary", "the industry today is safer") when no progressive
      follows either ("Haitians today are burying their dead" is the day);
    * in a comparison with another time ("compared with today", "as relevant today as in 1992", "as deadly then as
      they are today", "the knowledge we have today")."""
    after = ctx.text[end : end + 40]
    pos = _NOWADAYS_POSSESSIVE.match(after) if after[:1] in "'’s" else None
    if pos is not None:
        w1, w2 = pos.group(1), pos.group(2) or ""
        if (
            w1 in lex.NOWADAYS_NOUNS
            or (w1 in lex.NOWADAYS_ADJECTIVES and (w2 in lex.NOWADAYS_NOUNS or w2.endswith("s")))
            or (w1[:1].isupper() and w1[1:].islower() and w1.endswith("ans"))
        ):
            return "'today's' before a noun of people or of the age: nowadays, not the publication day"
        return None
    before = ctx.text[max(0, start - 60) : start]
    if (
        _TODAY_COMPARED.search(before)
        or (_AS_ADJ_BEFORE.search(before) and re.match(r"\s+as\b", after))
        or _THAN_BEFORE_AFTER.match(ctx.text, end)
    ):
        return "'today' in a comparison or a general present ('we have today'): nowadays, not the publication day"
    nb = _NOUN_BEFORE.search(before)
    if nb is None:
        return None
    noun = nb.group(2).lower()
    people = _PEOPLES_NAME.fullmatch(nb.group(2)) is not None and not (nb.group(1) or "a")[:1].isupper()
    if nb.group(2)[:1].isupper() and nb.group(1) and not people:
        return None  # "the New York Times today": a capitalised word inside its sentence is a name's
    if noun == "of" and nb.group(1) and nb.group(1).lower() in lex.NOWADAYS_NOUNS:
        noun = nb.group(1).lower()  # "the youth of today"
    elif noun not in lex.NOWADAYS_NOUNS and noun not in lex.NOWADAYS_QUANTIFIERS:
        if not (people or noun in lex.NOWADAYS_COLLECTIVES):
            return None
        if _PROGRESSIVE_AFTER.match(ctx.text, end):
            return None  # "Haitians today are burying their dead", "the country today is mourning": the day's doing
    tense, dist = ctx.tense_cue(start, end)
    if (tense == "past" and dist <= _PAST_CUE_CLAUSE) or ctx.looks_ahead(start, plain_future=True):
        return None
    return f"'today' after '{noun}': nowadays, not the publication day"


_TITLE_BEFORE = re.compile(r"([\w'’]+)[ \t]+[\"'“‘]?$")


def _programme_title(ctx: _Ctx, m: re.Match[str], unit_group: str = "u") -> bool:
    """Whether "This Week" (or "This Morning", any such pair) with both words capitalised follows a name's
    possessive: a programme's title, no time ("told ABC's This Week", "on ITV's This Morning"); a headline in
    title case keeps its week ("Obama's Gulf Trip This Week")."""
    rel, u = m.group("rel") or "", m.group(unit_group) or ""
    if not (rel[:1].isupper() and u[:1].isupper()) or _title_cased_line(ctx.text, m.start()):
        return False
    before = _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    prev = before.group(1) if before else ""
    return prev[-2:] in ("'s", "’s") and prev[:1].isupper()


def h_podrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = m.group("rel").lower()
    pod = m.group("pod").lower()
    mod = _modcode(m.group("mod"))
    if _programme_title(ctx, m, "pod"):
        return None
    try:
        d = ctx.d()
    except _Unresolved as e:
        return _Res("TIME", None, "none", mod=mod, reason=e.reason)
    if rel == "last":
        if pod != "night":
            return None
        d -= timedelta(days=1)
    return _Res("TIME", f"{d.isoformat()}T{lex.PARTS_OF_DAY[pod]}", mod=mod)


def h_podmod(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """Read "mid-afternoon", "late morning" (and, on a given span, "the morning"): that part of the day the story
    is talking about (the last day mentioned), else of the publication day."""
    w = re.sub(r"[\s-]+", " ", m.group(0).lower())
    pod = re.search(r"morning|afternoon|evening|night", w)
    if pod is None:
        return None
    mod = _modcode(w.replace("the ", ""))
    ref = ctx.reference(m.start(), "day") if ctx.final else None
    if ref is not None:
        return _Res("TIME", f"{ref[:10]}T{lex.PARTS_OF_DAY[pod.group(0)]}", mod=mod)
    try:
        return _Res("TIME", f"{ctx.d().isoformat()}T{lex.PARTS_OF_DAY[pod.group(0)]}", mod=mod)
    except _Unresolved as e:
        return _Res("TIME", None, "none", mod=mod, reason=e.reason)


def _name_pattern(names: frozenset[str]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_WEEKDAY_IN_NAME = re.compile(rf"(?<![\w-])(?:{_name_pattern(lex.WEEKDAY_IN_NAME)})(?![\w-])")
# a word right after, on the same line and with no punctuation between (entities reads it too)
WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
# words before a weekday that make it a day, even before a capitalised word ("on Sunday President Ruiz said")
_DAY_PREP = frozenset({"on", "by", "from", "until", "till", "since", "before", "after", "to", "through", "at"})


def _in_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a name holding a weekday that is no date ("Sheffield Wednesday")."""
    for n in _WEEKDAY_IN_NAME.finditer(ctx.text, max(0, start - 25), min(len(ctx.text), end + 25)):
        if n.start() <= start and end <= n.end():
            return True
    return False


def _weekday_in_title(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether a capitalised weekday written alone is part of a title, not a date: a newspaper ("the Sunday
    Times", "the Mail on Sunday"), a programme ("Saturday Play", "The Monday Night Club", "this week's Sunday
    Half Hour"), a club or a band.  A weekday after a preposition ("on Sunday President Obama said") stays a
    date, and so does one with "last", "this" or a part of the day in lower case."""
    wd = m.group("wd")
    if m.group("rel") or m.group("mod") or m.group("pre") or not (wd[0].isupper() and wd[1:].islower()):
        return False
    if _in_name(ctx, m.start("wd"), m.end("wd")):
        return True
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if wd == "Sunday" and re.search(rf"(?-i:\b(?:{'|'.join(sorted(lex.ON_SUNDAY_PAPERS))})\s+on\s+)$", before):
        return True  # "the Mail on Sunday"
    pod = m.group("pod")
    if pod and not pod[0].isupper():
        return False  # "Sunday night"
    nxt = WORD_AFTER.match(ctx.text, m.end())
    cap_next = nxt is not None and nxt.group(1)[0].isupper() and nxt.group(1).lower() not in lex.MONTHS
    prev = re.search(r"([\w'’]+)\W*$", before)
    pw = prev.group(1) if prev else ""
    if nxt is not None and nxt.group(1) in lex.WEEKDAY_TITLE_WORDS:
        # "Sunday Times", "Saturday Play", "on Saturday Night Live"; but after a preposition a capitalised word
        # after the title word makes another name ("on Friday Times Square was empty")
        third = WORD_AFTER.match(ctx.text, nxt.end())
        if pw.lower() not in _DAY_PREP or third is None or not third.group(1)[0].isupper():
            return True
    if not cap_next:
        return False
    if pw.lower() == "the" or (re.search(r"['’]s$", pw) and pw[:-2].lower() not in lex.WEEKDAYS):
        return True  # "The Monday Night Club", "this week's Sunday Half Hour"
    # "Saturday Night Live", "Friday Night Is Music Night": a capitalised part of the day and a capitalised word
    return bool(pod) and pw.lower() not in _DAY_PREP


def _weekday_custom(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether a weekday is a custom of that day of the week, no date: before a noun of a weekly custom ("the
    Sunday joint", "a Sunday roast", "Monday morning quarterbacks"), before a newspaper noun after an indefinite or
    generic word ("a national Sunday paper"), or after a word of habit ("his usual Thursday slot") or a quantifier
    ("no Sunday would be complete without ...", "any Friday")."""
    if m.group("rel"):
        return False
    nxt = WORD_AFTER.match(ctx.text, m.end())
    before = _words_before(ctx.text, m.start())
    pw = before[-1].lower() if before else ""
    if pw in lex.WEEKDAY_HABIT_BEFORE or pw in lex.WEEKDAY_QUANTIFIERS:
        return True
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in lex.WEEKDAY_CUSTOM_NOUNS:
        return True
    return not m.group("pod") and word in lex.WEEKDAY_PAPER_NOUNS and pw in lex.WEEKDAY_PAPER_GENERIC_BEFORE


def h_weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if _weekday_in_title(m, ctx) or _weekday_custom(m, ctx):
        return None
    wd = lex.WEEKDAYS[m.group("wd").lower()]
    pod0, mod0 = _pre_pod(m)
    pod = (m.group("pod") or pod0).lower()
    mod = _modcode(m.group("mod")) or mod0
    if m.group("pods") and not m.group("rel"):
        return _Res("SET", f"XXXX-WXX-{wd + 1}T{lex.PARTS_OF_DAY[pod]}", "absolute")  # "Tuesday nights"
    if not m.group("rel") and not mod and (habit := _habitual_day(ctx, m.start(), m.end())) is not None:
        # "the market is usually busy on Sunday": every Sunday, no one of them
        value = f"XXXX-WXX-{wd + 1}" + (f"T{lex.PARTS_OF_DAY[pod]}" if pod else "")
        return _Res("SET", value, "absolute", reason=f"a weekday in a habitual statement ('{habit}')")
    try:
        rel = m.group("rel")
        if rel is None and (m.group("mod") or "").lower() == "later":
            rel = m.group("mod")
        d = _weekday_date(ctx, wd, rel, m.start(), m.end())
    except _Unresolved as e:
        return _Res("TIME" if pod else "DATE", None, "none", mod=mod, reason=e.reason)
    if rel is None and ctx.final and (after := _DAYS_AFTER_EVENT.match(ctx.text, m.end())) is not None:
        d = _after_event_day(ctx, d, wd, after, m.start())
    if pod:
        return _Res("TIME", f"{d.isoformat()}T{lex.PARTS_OF_DAY[pod]}", mod=mod)
    return _Res("DATE", d.isoformat(), mod=mod)


# a weekday told as so many days or weeks after an event ("On Sunday, five days after the quake", "on Thursday, a
# week after the vote")
_DAYS_AFTER_EVENT = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*(?:(?:exactly|just|some)\s+)?(?P<n>" + NUMW + r"|a|\d{1,2})\s+"
    r"(?P<u>days?|weeks?)\s+after\s+(?:the|a|an|its|his|her|their)\s",
    re.IGNORECASE,
)
#: how far before the publication the event of "On Sunday, five days after the quake" may lie
_AFTER_EVENT_REACH = timedelta(days=70)


def _after_event_day(ctx: _Ctx, d: date, wd: int, after: re.Match[str], start: int) -> date:
    """The day of a weekday told as so many days after an event ("On Sunday, five days after the quake"): the one
    that many days after the event, when the text dated the event before and that day is the named weekday; else
    the weekday as the weekday rule placed it (``d``).  The default stands when the day that many days before it
    was named; otherwise the last day named before that lies the right number of days before such a weekday, within
    a week of the default, wins (a day in a later report about the quake of 12 January: the Sunday five days on, not
    the last Sunday; "could strike on Thursday, two weeks after the last attempt" of 21 July: 4 August)."""
    n_s = after.group("n").lower()
    n = 1 if n_s == "a" else _num(n_s)
    if n is None or not float(n).is_integer() or n < 1:
        return d
    step = timedelta(days=int(n) * (7 if after.group("u").lower().startswith("week") else 1))
    named = [date.fromisoformat(v[:10]) for p, v in ctx.refs if p < start and _DAY_VALUE.match(v)]
    if d - step in named:
        return d
    try:
        pub = ctx.d()
    except _Unresolved:
        return d
    ahead = ctx.cue(start, after.end(), modal=True)[0] == "future"
    for e in reversed(named):
        c = e + step
        if (
            c.weekday() == wd
            and abs(c - d).days <= 7
            and pub - _AFTER_EVENT_REACH <= e
            and e != pub
            and (c > pub) == ahead
        ):
            return c
    return d


_WEEK_NAMED = re.compile(r"\b(?:this|next|last|that|the\s+following|the\s+previous)\s+week\b", re.IGNORECASE)


def _sentence(ctx: _Ctx, m: re.Match[str]) -> str:
    s0, s1 = ctx.sentences[ctx.sentence_index(m.start())]
    return ctx.text[s0:s1]


def h_schedule(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A weekly schedule, on no one day: "weekdays", "weeknights", "weekends", and a range of weekdays written
    as a listing does ("Monday-Friday 9am", "open Monday to Friday, 9am to 5pm"), and the working week with no tense
    and no week named ("lines are open Monday to Friday").  A range in a sentence
    ("talks will run from Monday to Friday", "talks ran Monday-Wednesday") is two dates, left to the weekday rule."""
    w = m.group("w")
    if w:
        if w.lower() == "weekends":
            return _Res("SET", "XXXX-WXX-WE", "absolute")
        return _Res("SET", None, "none", reason=f"a weekly schedule ({w.lower()}), on no one day")
    dash = m.group("sep").strip() in ("-", "–")
    bare = _prev_word(ctx, m.start()) not in ("from", "between") and ctx.tense(m.start(), m.end()) is None
    working_week = m.group("a").lower() == "monday" and m.group("b").lower() in ("friday", "saturday", "sunday")
    if not m.group("clock") and not (bare and (dash or (working_week and not _WEEK_NAMED.search(_sentence(ctx, m))))):
        # "talks ran Monday-Wednesday": a tense makes the range days of one week; "open Monday to Friday" with no
        # tense and no week named ("next week") is the working week of every week
        return None
    span = f"{m.group('a')} to {m.group('b')}"
    return _Res("SET", None, "none", reason=f"a weekly schedule ({span}), on no one day")


def h_clock(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    app = m.group("app")
    mod = "APPROX" if app and any(w in app.lower() for w in ("about", "around", "approx", "roughly")) else None
    if app and "after" in app.lower():
        mod = "AFTER"
    if app and "before" in app.lower():
        mod = "BEFORE"
    if m.group("nm"):
        h, mi = (12, 0) if m.group("nm").lower() in ("noon", "midday") else (24, None)
    elif m.group("h") is not None:
        h = int(m.group("h"))
        mi = int(m.group("mi")) if m.group("mi") else None
        ap = m.group("ap").lower()
        if h > 12 or h == 0:
            return None
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
    else:
        h = int(m.group("h24") or m.group("h3") or m.group("h4"))
        mi = int(m.group("mi24") or m.group("mi3") or m.group("mi4"))
    start = m.start()
    if start in ctx.stamps12:  # a live blog's "8.24 pm:" entry stamp: on the page's day
        return _Res("TIME", None, mod=mod, clock=(h, mi), start=start, stamp=True, stamp_day=ctx.stamps12[start])
    unknown = False
    if m.group("h3") is not None and not m.group("h3").startswith("0") and 1 <= h <= 12:
        # "at 3:15": news copy writes the twelve-hour clock and may leave out the half of the day
        half = _half_of_day(ctx, m, h)
        if half == "pm" and h < 12:
            h += 12
        unknown = half is None
    return _Res("TIME", None, mod=mod, clock=(h, mi), start=start, half_day_unknown=unknown)


def _half_of_day(ctx: _Ctx, m: re.Match[str], h: int) -> str | None:
    """ "am" or "pm" for a clock "at H:MM" that writes neither, from its sentence, or None.  The last clock before it
    in the sentence that writes its half tells: a later hour after an "a.m." crosses noon ("started at 10:15 a.m. and
    finished at 3:15"), an hour not earlier than a "p.m." stays in the afternoon ("from 2 p.m. until 4:30"); without
    one, "afternoon" or "evening" in the sentence says p.m. and "morning" a.m. (not both)."""
    si = ctx.sentence_index(m.start())
    s0 = ctx.sentences[si][0]
    if si > 0 and _HALF_WRITTEN_END.search(ctx.text, ctx.sentences[si - 1][0], s0):
        s0 = ctx.sentences[si - 1][0]  # a sentence split after the "a.m." of a clock ("at 10:15 a.m. EDT and ...")
    before = list(_HALF_WRITTEN.finditer(ctx.text, s0, m.start()))
    if before:
        last = before[-1]
        h0 = int(last.group("h")) % 12  # 12 a.m. is the day's hour 0, 12 p.m. its hour 12 (by the p.m. below)
        if last.group("ap").lower().startswith("a"):
            return "pm" if h % 12 < h0 else "am"
        return "pm" if h % 12 >= h0 else None  # ("11 p.m. ... at 2:15": the next night's small hours, or not)
    words = set(re.findall(r"[a-z]+", _sentence(ctx, m).lower()))
    pm, am = bool(words & {"afternoon", "evening"}), "morning" in words
    return "pm" if pm and not am else "am" if am and not pm else None


_HALF_UNKNOWN_REASON = "clock time without a.m. or p.m.: the day only"
# "a.m." or "p.m." (maybe with a zone) ending the text a sentence splitter cut after it
_HALF_WRITTEN_END = re.compile(r"\d\s*[ap]\.m\.(?:\s*" + _ZONE + r")?\s*$", re.IGNORECASE)
# a clock time that writes its half of the day ("10:15 a.m.", "2pm")
_HALF_WRITTEN = re.compile(
    r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>a\.m\.?|p\.m\.?|am(?![\w])|pm(?![\w]))", re.IGNORECASE
)


def h_hhmm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A four-digit clock time with no zone word ("at 1100", a live-page stamp), when the context says so."""
    seen = ctx.clock4.get(m.start())
    if seen is None:
        return None
    stamp, day = seen
    return _Res("TIME", None, clock=(int(m.group("h")), int(m.group("mi"))), stamp=stamp, stamp_day=day)


def _parse_rel(rel: str | None) -> str:
    return re.sub(r"\s+", " ", (rel or "").lower())


def h_relunit(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = _parse_rel(m.group("rel"))
    unit = re.sub(r"\s+", " ", m.group("u").lower())
    mod = _modcode(m.group("mod"))
    if _programme_title(ctx, m):
        return None
    if unit in ("fiscal year", "school year", "season"):
        unit = "year" if unit != "season" else "season"
    if unit == "season":
        return None
    if unit == "day" and rel not in _ANAPHORIC_RELS and rel != "the next":
        return None  # "the past day" is rare and "the last day of trading" is not a date
    if (
        unit == "day"
        and rel == "the next"
        and _DAY_SPAN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
        and (_OR_SO.match(ctx.text, m.end()) or not (ctx.final and _told_as_past(ctx, m.start(), m.end())))
        and not (
            ctx.final
            and (named := ctx._reference(m.start(), "day")) is not None
            and ctx.sentence_index(named[0]) == ctx.sentence_index(m.start())
        )
    ):
        # "expected to resolve the problems in the next day or two", "within the next day": a span ahead of the
        # publication, as "in the next week" is, not the day after the last date the story named (a day named in
        # its own sentence is the one it counts from: "On May 5 he said decisions would come in the next day or two")
        return _Res("DURATION", "P1D", "absolute")
    if rel in _ANAPHORIC_RELS or (unit == "day" and rel == "the next"):
        # "the following year", "the next day": the one after the time the story is talking about
        step = -1 if "previous" in rel or "preceding" in rel else 0 if rel == "the same" else 1
        not_after = None
        if unit == "day" and ctx.final and ctx.day is not None and ctx.tense(m.start(), m.end()) == "past":
            # told in the past ("the delay was announced the same day"), it is no planned day still ahead
            not_after = date(ctx.year or 1, ctx.month or 1, ctx.day)
        ref = ctx.reference(m.start(), unit, not_after) if ctx.final and unit in _UNIT_RANK else None
        if (
            ref is not None
            and step != 0
            and ctx.tense(m.start(), m.end()) != "future"
            and ctx.left_behind(m.start(), unit, not_after)
        ):
            return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
        if ref is not None:
            return _Res("DATE", _shift_value(ref, unit, step), mod=mod)
        if unit == "day":
            if step > 0 and ctx.final and ctx.tense_cue(m.start(), m.end())[0] != "future":
                # "police came the next day" with no date before it: the day after a time the text
                # does not date (the day after the publication only for a plan)
                return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
            try:
                return _Res("DATE", (ctx.d() + timedelta(days=step)).isoformat(), mod=mod)
            except _Unresolved as e:
                return _Res("DATE", None, "none", mod=mod, reason=e.reason)
    shift = {
        "this": 0,
        "the": 0,
        "current": 0,
        "the current": 0,
        "the same": 0,
        "last": -1,
        "past": -1,
        "the past": -1,
        "the last": -1,
        "previous": -1,
        "the previous": -1,
        "the preceding": -1,
        "this past": -1,
        "next": 1,
        "the next": 1,
        "coming": 1,
        "the coming": 1,
        "following": 1,
        "the following": 1,
        "this coming": 1,
    }.get(rel)
    if shift is None:
        return None
    if rel in ("this past",) and unit in ("week", "weekend"):
        shift = 0 if unit == "weekend" else -1
    if rel in ("the past", "the last") and m.group("u").lower() in ("year", "month", "week") and mod is None:
        # "over the past year", "in the past week", "the last month has been hard": the span up to the publication
        # (as "the past two years" is), not the calendar year, month or week before it; "the last year and a half"
        # is eighteen months, and "the last year of the war", "the last week before the vote", "2008, the last year
        # for which figures exist" are no span at all ("last" says final there; "reports in the past year of
        # resistance", "reports for the past week that oil had washed ashore" are spans)
        u = m.group("u").lower()
        after = _AFTER_PAST_UNIT.match(ctx.text, m.end())
        if after and after.group(1):
            return _Res("DURATION", "P18M", "absolute", end=after.end()) if u == "year" else None
        if after and rel == "the last":
            return None
        return _Res("DURATION", f"P1{u[0].upper()}", "absolute")
    if (
        rel in ("the next", "the coming")
        and m.group("u").lower() in ("year", "month", "week")
        and mod is None
        and _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        and not (m.group("u").lower() == "year" and (ctx.month or 0) >= _LATE_IN_YEAR)
    ):
        # "in the next year", "over the coming month": the span of twelve months (a month, a week) ahead of the
        # publication, not the calendar year after it ("next year" alone is that); "the next year and a half" is
        # eighteen months, "in the next year of the programme" no span.  Published in November or December, the
        # twelve months ahead lie mostly in the calendar year after, which stays the value ("will be closed over the
        # next year or so" in November 1989 is 1990, as TimeBank has it)
        u = m.group("u").lower()
        after = _AFTER_PAST_UNIT.match(ctx.text, m.end())
        if after and after.group(1):
            return _Res("DURATION", "P18M", "absolute", end=after.end()) if u == "year" else None
        if after is None:
            return _Res("DURATION", f"P1{u[0].upper()}", "absolute")
    if rel == "the next" and unit in ("year", "month", "week") and ctx.final and _told_as_past(ctx, m.start(), m.end()):
        # "the next year he moved to Boston" in a story of 1998: told in the past, it is the year after the time the
        # story is talking about (the last date named before it), not the one after the publication, which lies
        # ahead of what the verb tells; with no such date, or one that would put it after the publication, it is
        # counted from a time the text does not date
        ref = ctx.reference(m.start(), unit)
        v = _shift_value(ref, unit, 1) if ref is not None else None
        if v is not None and (ctx.year is None or int(v[:4]) <= ctx.year):
            return _Res("DATE", v, mod=mod)
        return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
    try:
        if unit == "week":
            d = ctx.d()
            if (
                shift == 0
                and rel == "this"
                and d.weekday() == 6
                and _prev_word(ctx, m.start()).lower() != "of"
                and ctx.tense(m.start(), m.end()) == "future"
            ):
                # a Sunday paper's "will meet this week" is the week that starts the next day, not the (ISO) one that
                # ends on the day of publication; told in the past ("said this week") it is the one ending, and so is
                # one that qualifies a noun ("will anyone answer the events of this week?"), whatever the verb
                shift = 1
            v = _iso_week(d + timedelta(days=7 * shift))
        elif unit == "weekend":
            if rel == "the" and (habit := _habitual_day(ctx, m.start(), m.end())) is not None:
                # "the centre is normally packed at the weekend": every weekend, no one of them
                return _Res("SET", "XXXX-WXX-WE", "absolute", reason=f"a weekend in a habitual statement ('{habit}')")
            d = ctx.d()
            if shift == 0:
                # "this weekend": told in the past the one gone by, in the future the one ahead, with no tense
                # ("the concert is this weekend") the nearer: on a Thursday or a Friday the one ahead, early in the
                # week the one just gone (on a Wednesday, halfway, the one gone, as a past verb is likelier); a past
                # verb anywhere in the sentence keeps the one gone ("before the weekend, the bond was trading at")
                tense = ctx.tense(m.start(), m.end())
                if tense is None and _past_verb_follows(ctx, m.end()):
                    tense = "past"
                ahead = (
                    tense is None
                    and (5 - d.weekday()) % 7 < (d.weekday() - 6) % 7
                    and not _past_in_sentence(ctx, m.start(), m.end())
                )
                sat = (
                    d - timedelta(days=(d.weekday() - 5) % 7)
                    if (tense != "future" and not ahead) or d.weekday() == 6
                    else (d + timedelta(days=(5 - d.weekday()) % 7))
                )  # (on a Sunday the weekend is under way: "this weekend" is the one of that day, told either way)
            elif shift < 0:
                sat = d - timedelta(days=((d.weekday() - 5) % 7) or 7)
            else:
                sat = d + timedelta(days=((5 - d.weekday()) % 7) or 7)
            v = _iso_week(sat) + "-WE"
        elif unit == "month":
            y, mo = _add_months(*ctx.ym(), shift)
            v = f"{y:04d}-{mo:02d}"
        elif unit == "year":
            v = f"{ctx.y() + shift:04d}"
        elif unit == "quarter":
            ay, am = ctx.ym()
            y, mo = _add_months(ay, (_quarter_of(am) - 1) * 3 + 1, 3 * shift)
            v = f"{y}-Q{_quarter_of(mo)}"
            _set_ref_quarter(ctx, y, _quarter_of(mo), m.start())
        elif unit == "decade":
            v = str(ctx.y() // 10 + shift)
        elif unit == "century":
            v = f"{ctx.y() // 100 + shift:02d}"
        else:
            return None
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod=mod, reason=e.reason)
    return _Res("DATE", v, mod=mod)


def _past_verb_follows(ctx: _Ctx, end: int) -> bool:
    """Whether the word right after a time phrase set between a subject and its verb is that verb in the past ("Another
    letter at the weekend cast doubt on", "the minister over the weekend put the cost at"): an irregular past or
    participle, or a word in -ed, that no auxiliary needs; the tense finder does not see forms such as "cast", "put",
    "set" that are also present ones, but after a time phrase and no "will" they tell what happened."""
    nxt = _NEXT_TOKEN.match(ctx.text, end)
    if nxt is None:
        return False
    w = nxt.group(1)
    return w in lex.PAST_IRREGULAR or w in lex.PARTICIPLES_IRREGULAR or _regular_past(w)


# the next word after a span, on the same line and with no punctuation between
_NEXT_TOKEN = re.compile(r"[ \t]+([a-z]+)\b")


def _told_as_past(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is told in the past: a past verb near it in its clause (or in the
    clause after it when it is fronted before a comma) and nothing in its sentence looking ahead."""
    tense, dist, _ = ctx.cue(start, end, modal=True, fronting=True)
    return tense == "past" and dist <= _PAST_CUE_CLAUSE and not ctx.looks_ahead(start, end=end, outside=True)


_AFTER_PAST_UNIT = re.compile(
    r"\s+(?:(and\s+a\s+half)\b|(?:of|for|when|that|which|before|in\s+which)\b)", re.IGNORECASE
)

# from this month on, "the next year" (twelve months ahead) lies mostly in the calendar year after the publication
_LATE_IN_YEAR = 11
# the prepositions of a span of a day ahead ("in the next day or two", "within the next day"); not "during", "for"
# ("during the next day the storm moved north" tells of the day after a past one)
_DAY_SPAN_BEFORE = re.compile(r"\b(?:in|over|within)\s+$", re.IGNORECASE)
# a span told roughly: "the next day or two", "the next day or so"
_OR_SO = re.compile(r"\s+or\s+(?:two|so|three)\b", re.IGNORECASE)
# the prepositions of a span ahead ("in the next year", "over the coming month", "within the next week")
_SPAN_BEFORE = re.compile(r"\b(?:in|over|within|during|for|throughout)\s+$", re.IGNORECASE)

# "the following year", "the previous day", "the same week": counted from the time the story is talking about
_ANAPHORIC_RELS = frozenset({"the following", "following", "the previous", "the preceding", "the same"})


def h_endof(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    unit = m.group("u").lower()
    mod = _modcode(m.group("mod"))
    try:
        if unit == "year":
            return _Res("DATE", f"{ctx.y():04d}", mod=mod)
        if unit == "month":
            y, mo = ctx.ym()
            return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod)
        if unit == "week":
            return _Res("DATE", _iso_week(ctx.d()), mod=mod)
        if unit == "decade":
            return _Res("DATE", str(ctx.y() // 10), mod=mod)
        if unit == "century":
            return _Res("DATE", f"{ctx.y() // 100:02d}", mod=mod)
        if unit == "quarter":
            if ctx.ref_quarter:
                return _Res("DATE", f"{ctx.ref_quarter[0]}-Q{ctx.ref_quarter[1]}", mod=mod)
            y, mo = ctx.ym()
            return _Res("DATE", f"{y}-Q{_quarter_of(mo)}", mod=mod)
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod=mod, reason=e.reason)
    return None


def h_yearadj(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    unit = m.group("u").lower()
    try:
        if unit == "year":
            if ctx.ref_quarter and ctx.final:
                return _Res("DATE", f"{ctx.ref_quarter[0] - 1}-Q{ctx.ref_quarter[1]}")
            return _Res("DATE", f"{ctx.y() - 1:04d}")
        if unit == "month":
            y, mo = _add_months(*ctx.ym(), -1)
            return _Res("DATE", f"{y:04d}-{mo:02d}")
        if unit == "week":
            return _Res("DATE", _iso_week(ctx.d() - timedelta(days=7)))
    except _Unresolved as e:
        return _Res("DATE", None, "none", reason=e.reason)
    return None


_AGO_OK_NEXT = frozenset(
    {
        "and",
        "but",
        "or",
        "when",
        "as",
        "while",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "there",
        "in",
        "on",
        "at",
        "with",
        "for",
        "to",
        "the",
        "that",
        "this",
        "his",
        "her",
        "its",
        "their",
        "a",
        "an",
    }
)
# "today" or "now" right before a span told as later ("Today, almost five months later, ..."): the span is the gap
_APPOSED_NOW = re.compile(r"(?<![\w'’-])(today|now)\s*,?\s*$", re.IGNORECASE)
_PREP_DIRS = frozenset({"before", "after", "earlier", "later", "since", "prior"})
# counts of years ("21 years later", "two decades earlier"), resolved from a year written next to them (h_ago)
_YEAR_UNITS = frozenset({"year", "decade", "century", "millennium"})
# a comparison right before "a year earlier", with at most a figure between ("down from $25bn a year earlier", "compared
# with levels a year earlier", "up 4% on a year earlier"): the year it compares with is the one the sentence reports,
# the publication's when it names none ("returned from Iraq a year earlier" is no comparison)
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against)\s+(?:(?:its\s+|the\s+)?levels?\s+"
    r"|[$£€]?\d[\d.,]*\s*(?:%|[a-z]+(?:\s+[a-z]+)?)?\s+)?|on\s+)$",
    re.IGNORECASE,
)
# a year set beside such a count ("Twenty-three years earlier, in 1979, ...", "two years later (1998)")
_APPOSED_YEAR = re.compile(rf"\s*(?:,\s*|\(\s*)(?:in\s+)?({YEAR})\b")
# how many sentences before a count of days, weeks or months ("three days later", "a month earlier") the date it
# counts from may be named: the time a narrative is at holds for a few paragraphs, not for a whole long report
_NARRATIVE_WITHIN = 10
# a count told as later or earlier between a date and another such count (which counts from it, not the date)
_COUNTED_OFFSET = re.compile(
    rf"\b{UNITW}s?\s+(?:later|earlier|afterwards?|after\s+that|thereafter|before\s+that)\b", re.IGNORECASE
)
# present verbs of a state after a fronted count ("Twelve days later, he is ...", "we still have ..."): the count
# reaches now (narrative verbs, "returns", "goes", may tell the past in the historic present)
_NOW_STATE = frozenset({"is", "are", "am", "has", "have"}) | _PRESENT_LINKING
# negated auxiliaries of the present ("there hasn't been", "they don't know"; a curly apostrophe splits the token)
_NEGATED_PRESENT = frozenset(
    {"isn't", "aren't", "hasn't", "haven't", "doesn't", "don't", "isn", "aren", "hasn", "haven", "doesn", "don"}
)
# a clause break a count told as later may head the clause after ("-- 20 years later, the costs are unknown",
# "; two decades later, ...", ", but even 21 years later, ..."), and the words that may stand between the two
_COUNT_CLAUSE_BREAK = re.compile(r"--|[–—;:,]|\s-\s")
_CLAUSE_HEAD_WORDS = frozenset({"and", "but", "yet", "so", "even", "now", "still"})
# what may follow a count that closes its clause ("... in ruins two decades later.", "... later, residents say")
_COUNT_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;:!?,)\"”’']|--|[–—]|$)")
# the auxiliaries of a present perfect, negated too ("haven't recovered"; a curly apostrophe splits the token)
_PERFECT_OR_NOT = lex.PERFECT_AUXILIARIES | {"hasn't", "haven't", "hasn", "haven"}
# the pause between a fronted count and its clause ("Forty years on, the ...", "Five days on: ...")
_CLAUSE_OPENING = re.compile(r"[\s,;:–—-]*")
# offsets told with "afterwards", "after that", "thereafter" ("two days afterwards"): read as "later"
_AFTERWARDS = frozenset({"afterwards", "afterward", "after that", "thereafter"})
# "14 days on, 14 days off", "for weeks on and off": a rota, not an offset
_ON_OFF = re.compile(r"\s*,?\s*(?:and\s+|[\w-]+\s+[\w-]+\s+)?off\b", re.IGNORECASE)
# the event "N years on" counts from ("a year on from the crash, ..."): up to the clause's end
_ON_FROM = re.compile(r"\s+from\s+[^,;:.!?()]*", re.IGNORECASE)
# a year written in that event's phrase ("from the 2004 tsunami", "from the crash of 1998")
_APPOSED_YEAR_IN = re.compile(rf"(?<![\w$£€.,])({YEAR})(?![\w%.,]\d)")


def h_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    told_on = direction == "on"
    if told_on or direction in _AFTERWARDS:
        # "Five years on, the city is still rebuilding", "two days afterwards", "a week after that": the count is an
        # offset told as later, read as "later" is; after "for", "over", "in" it is a span ("for five years on the
        # board" never gets here: "on" is taken only before a pause, "from" or "and"), and "14 days on, 14 days off",
        # "for weeks on and off" tell a rota
        if _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None
        if told_on and _ON_OFF.match(ctx.text, m.end()):
            return None
        direction = "later"
    unit = _unit_key(m.group("u"))
    n_s = m.group("n")
    app = re.sub(r"\s+", " ", (m.group("app") or "").lower())
    mod = _modcode(m.group("mod"))
    if app:
        mod = mod or (
            "APPROX"
            if app in ("about", "some", "roughly", "around", "approximately")
            else "LESS_THAN"
            if app in ("nearly", "almost", "less than", "just", "barely") or app.endswith("under")
            else "MORE_THAN"
            if app in ("more than", "over") or app.endswith(("over", "more than"))
            else "EQUAL_OR_MORE"
            if app == "at least"
            else None
        )
    if direction in _PREP_DIRS:
        after = ctx.text[m.end() : m.end() + 25]
        nxt = re.match(r"\s*(\S)", after)
        if direction in ("before", "after", "since", "prior"):
            return None
        if nxt and nxt.group(1).isalnum() and _next_word(ctx, m.end()).lower() == "than":
            return None  # "two years later than planned"
    forward = direction in ("later", "from now", "hence", "after")
    n = _num(n_s) if n_s else None
    if n is None:
        return _Res("DATE", "FUTURE_REF" if forward else "PAST_REF", mod=mod)
    if m.group("half"):
        n += 0.5  # "a year and a half ago": eighteen months
    if (m.group("half") or "half" in n_s.lower()) and direction not in ("ago", "back", "from now", "hence"):
        return None  # "a year and a half later": a span from a time the story is talking about (the duration's)
    k = int(n) if float(n).is_integer() else None
    sign = 1 if forward else -1
    if m.group("same"):
        # "a year ago today", "ten years ago this week": the same day (week, month) that many units back or on, a
        # date as exact as the words say
        same = m.group("same").split()[-1].lower()
        if k is None or unit not in ("year", "month", "week", "day"):
            return None
        try:
            if same == "month":
                if unit not in ("year", "month"):
                    return None
                y, mo = _add_months(*ctx.ym(), sign * k * (12 if unit == "year" else 1))
                return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod)
            d = ctx.d()
        except _Unresolved as e:
            return _Res("DATE", None, "none", mod=mod, reason=e.reason)
        if unit in ("year", "month"):
            y, mo = _add_months(d.year, d.month, sign * k * (12 if unit == "year" else 1))
            while True:  # (29 February a year on is 28 February)
                try:
                    d = d.replace(year=y, month=mo)
                    break
                except ValueError:
                    d -= timedelta(days=1)
        else:
            d += timedelta(days=sign * k * (7 if unit == "week" else 1))
        return _Res("DATE", d.isoformat() if same == "today" else _iso_week(d), mod=mod)
    if unit == "year" and k == 1 and not forward and ctx.final and ctx.ref_quarter is not None:
        rq = ctx.ref_quarter
        if ctx.sentence_index(m.start()) - rq[2] <= 4:
            return _Res("DATE", f"{rq[0] - 1}-Q{rq[1]}", mod=mod)
    if direction in ("later", "earlier") and (now := _APPOSED_NOW.search(ctx.text, max(0, m.start() - 20), m.start())):
        # "Today, almost five months later, the company ...": the span tells the gap since an earlier time, the
        # time itself is the one named before it
        if now.group(1).lower() == "now":
            return _Res("DATE", "PRESENT_REF", mod=None)
        try:
            return _Res("DATE", ctx.d().isoformat(), mod=None)
        except _Unresolved as e:
            return _Res("DATE", None, "none", reason=e.reason)
    if told_on and ctx.final:
        # "a year on from the crash", "six years on from the 2004 tsunami": counted from the event named, which has a
        # date only when one is written in its phrase; a date named elsewhere may be another episode's
        frm = _ON_FROM.match(ctx.text, m.end())
        year = _APPOSED_YEAR_IN.search(frm.group(0)) if frm else None
        if k is not None and unit in _YEAR_UNITS and year is not None:
            value = _shift_value(year.group(1), "year", k * lex.UNITS[unit][2])
            if not _past_telling_ahead(ctx, m, value):
                return _Res("DATE", value, mod=mod or _round_mod(unit, k))
        # (a day written in the event's phrase, "four weeks on from the Thursday July 7 attacks", is resolved by its
        # own rule after this one: the count is read from it then, see _count_on_from_day)
        # (a count of years or of a year's months or more is not read so: the year the tagger gives a day written
        # without one is the nearest, not the one that many years back: "a year on from the July 22 floods")
        short = unit not in _YEAR_UNITS and not (unit == "month" and k is not None and k >= 12)
        pending = (m, frm.end(), unit, k, mod) if frm and k is not None and short else None
        if _told_now(ctx, frm.end() if frm else m.end()):
            # "Forty years on, the crude is still killing wildlife", "One week on, it is impossible to see how":
            # told in the present, the count is the gap from the event to now, and the time is now; a year named
            # before it is no reliable start (it may be a birth, a founding or another spill)
            return _Res("DATE", "PRESENT_REF", mod=None, on_from=pending)
        if frm:
            return _Res(
                "DATE",
                None,
                "none",
                mod=mod,
                reason="counted from an event the text does not date here",
                on_from=pending,
            )
    if direction in ("later", "earlier") and k is not None and ctx.final and unit in _YEAR_UNITS:
        # "21 years later", "two decades later", "three years earlier": a count of years spans the story's past, so
        # the year it counts from is one written next to it, in its sentence or the two before ("the 1989 spill ...
        # 21 years later" is 2010); a year or day named further back is some other episode ("on Saturday ...  The
        # Exxon Valdez spill ... 21 years later" is no 2031).  Without one, "later" counts from a time the text does
        # not date; "earlier" compares with the time reported ("profits rose from a year earlier"): the publication
        ref = ctx.reference(m.start(), "year", within=2)
        if (
            direction == "later"
            and (ref is None or (ctx.year is not None and int(ref[:4]) + k * lex.UNITS[unit][2] < ctx.year))
            and _clause_told_now(ctx, m)
        ):
            # "Two decades later, they agree ...", "The spill hit in March 1989.  Two decades later, there are still
            # 21,000 gallons of oil below the surface": a fronted count before a clause told in the present is the gap
            # from the event to now, not a year counted from it (a writer rounds the gap: 1989 and two decades is no
            # 2009 in a report of 2010); a count that lands on the report's own year says as much and is kept, and
            # one that lands after it is left undated below
            return _Res("DATE", "PRESENT_REF", mod=None)
        if ref is None and (own := _APPOSED_YEAR.match(ctx.text, m.end())):
            # "Twenty-three years earlier, in 1979, a well blew out": the year is written beside the count
            return _Res("DATE", own.group(1))
        if ref is None and direction == "earlier":
            head = ctx.text[ctx.sentences[ctx.sentence_index(m.start())][0] : m.start()]
            if not _COMPARED_BEFORE.search(head):
                # told in a narrative ("left the army in April 2004 ... the speech a year earlier"), the year it
                # counts back from is the last one named
                ref = ctx.reference(m.start(), "year")
        if ref is not None:
            value = _shift_value(ref, "year", sign * k * lex.UNITS[unit][2])
            if not (forward and _past_telling_ahead(ctx, m, value)):
                return _Res("DATE", value, mod=mod or _round_mod(unit, k))
        if direction == "later" and ref is None:
            return _undated_later(ctx, m, mod)
        if direction == "later":
            # (counted from a year named, the count overshot: "came in 1985.  Nearly three decades later, he says" is
            # left undated, the count being rounded)
            return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
    elif direction in ("later", "earlier") and k is not None and ctx.final:
        # "two days later", "three months earlier": counted from the time the story is talking about (the last
        # date mentioned before), not from the publication date
        ref_unit = "week" if unit == "fortnight" else unit
        found = ctx._reference(m.start(), ref_unit)
        ref = found[1] if found is not None else None
        # (only a count told as later goes on from one told as later: "a day later ...  people who a day earlier
        # would greet each other" speaks of no day the narrative reached)
        chained = _chained_count(ctx, found[0], m.start(), ref_unit) if found is not None and forward else None
        if found is not None and (
            ctx.left_behind(m.start(), ref_unit)
            or ctx.reference(m.start(), ref_unit, within=_NARRATIVE_WITHIN) is None
            or _COUNTED_OFFSET.search(ctx.text, chained[0] if chained else found[0], m.start())
        ):
            # the last date named is many paragraphs back ("The blast on 20 April ...  [twenty sentences on other
            # matters]  Two days later, Mr Hayward was seen on a yacht"): the story has since told other times
            # without a day to them, and the count is from one of those, not from that date; so is a count after
            # another the text does not date ("signed on June 11.  Weeks later ...  Two days after that").  When the
            # last time named is itself a count that was dated, the chain goes on from it ("signed on June 11.  A day
            # later ...  Two days after that" is the 14th, counted from the 12th)
            if forward:
                return _undated_later(ctx, m, mod)
            return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
        if chained is not None:
            ref = chained[1]
        if ref is not None:
            value = _shift_count(ref, unit, sign * k)
            if _past_telling_ahead(ctx, m, value):
                # (also "earlier": "Salazar's threat a day earlier", counted from the Wednesday a plan is due, is no
                # day after the publication in a past telling)
                return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
            if forward:
                ctx.counts[m.start()] = (m.end(), value)
            return _Res("DATE", value, mod=mod or _round_mod(unit, k))
        if direction == "later" or unit in _CLOCK_UNITS:
            # "pronounced dead two hours later", "released three days later": counted from a time
            # the text does not date, never from the publication (which would put a past event
            # after it); "a year earlier" (a comparison with the period reported) still is
            if forward:
                return _undated_later(ctx, m, mod)
            return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")
    try:
        if unit == "year":
            if k is None:
                y, mo = _add_months(*ctx.ym(), round(sign * n * 12))
                return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod or "APPROX")
            if (
                k == 1
                and ctx.month is not None
                and not m.group("mod")
                and direction in ("ago", "back", "from now", "hence")
            ):
                # "a year ago" in June 2010 is about June 2009: the month, approximately (a year is a round figure),
                # not the whole calendar year 2009 nor a day; with only the publication year known, the year; "late a
                # year ago" (a mangled "late last year") is the end of the year
                y, mo = _add_months(*ctx.ym(), sign * 12)
                return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod or "APPROX")
            if ctx.y() + sign * k < 1:
                return _Res("DATE", None, "none", mod=mod or "APPROX", reason="before the common era: no year to give")
            return _Res("DATE", f"{ctx.y() + sign * k:04d}", mod=mod or _round_mod(unit, k))
        if unit in ("decade", "century", "millennium"):
            yrs = int(n * lex.UNITS[unit][2])
            y = ctx.y() + sign * yrs
            if y < (10 if unit == "decade" else 1):
                return _Res("DATE", None, "none", mod=mod or "APPROX", reason="before the common era: no year to give")
            return _Res("DATE", str(y // 10) if unit == "decade" else f"{y:04d}", mod=mod or _round_mod(unit, k))
        if unit == "month":
            y, mo = _add_months(*ctx.ym(), sign * (k if k is not None else round(n)))
            # ("three and a half months ago": the month it falls in, about)
            return _Res("DATE", f"{y:04d}-{mo:02d}", mod=mod or (None if k is not None else "APPROX"))
        if unit == "quarter":
            ay, am = ctx.ym()
            y, mo = _add_months(ay, (_quarter_of(am) - 1) * 3 + 1, sign * 3 * int(n))
            return _Res("DATE", f"{y}-Q{_quarter_of(mo)}", mod=mod)
        if unit in ("week", "fortnight"):
            days = round(n * 7 * (2 if unit == "fortnight" else 1))
            return _Res("DATE", _iso_week(ctx.d() + timedelta(days=sign * days)), mod=mod)
        if unit in ("day", "night"):
            return _Res("DATE", (ctx.d() + timedelta(days=sign * round(n))).isoformat(), mod=mod)
        if unit in ("hour", "minute", "second"):
            return _Res(
                "DATE", ctx.d().isoformat(), mod=mod, reason="clock time not known; resolved to the publication day"
            )
    except _Unresolved as e:
        return _Res("DATE", None, "none", mod=mod, reason=e.reason)
    return None


def _count_on_from_day(res: _Res, results: list[tuple[int, int, _Res]], ctx: _Ctx) -> None:
    """Date a count of days, weeks or months told "on from" an event whose phrase writes the event's day ("exactly
    four weeks on from the Thursday July 7 attacks", "a week on from yesterday's vote"): counted from that day as its
    own expression was resolved, the first time in the phrase, when no past verb stands before it there (a phrase that
    runs on into a clause, "a week on from the attack police said on Monday", dates the saying, not the event).  Left
    as it was when the day is not resolved, or when the count lands after the publication in a past telling."""
    assert res.on_from is not None
    m, phrase_end, unit, k, mod = res.on_from
    in_phrase = [(s, r.value) for s, _e, r in results if m.end() <= s < phrase_end]
    if not in_phrase:
        return
    first, day = min(in_phrase, key=lambda sv: sv[0])
    if day is None or not _DAY_VALUE.match(day):
        return
    toks = ctx._tokens(ctx.sentence_index(m.end()))
    words = [t[2] for t in toks]
    if any(m.end() <= t[0] < first and _past_verb(words, i) for i, t in enumerate(toks)):
        return
    value = _shift_count(day, unit, k)
    if _past_telling_ahead(ctx, m, value):
        return
    res.value, res.anchor, res.reason, res.mod = value, "publication", None, mod


def _shift_count(value: str, unit: str, k: int) -> str:
    """``value`` moved by ``k`` of ``unit`` (a fortnight is two weeks)."""
    return _shift_value(value, "week" if unit == "fortnight" else unit, k * (2 if unit == "fortnight" else 1))


def _chained_count(ctx: _Ctx, ref_start: int, pos: int, unit: str) -> tuple[int, str] | None:
    """The end and value of the last count told as later between the date named at ``ref_start`` and
    ``pos`` ("signed on June 11.  A day later ...  [pos] Two days after that"), when that count was dated and its value
    is as fine as ``unit``: a count goes on from the time the story has reached, the previous count's.  None when no
    count stands between, or the last one is undated or coarser ("A month later ...  Two days after that": which day
    of that month is not told)."""
    between = [p for p in ctx.counts if ref_start < p < pos]
    if not between:
        return None
    end, value = ctx.counts[max(between)]
    if _UNIT_RANK.get(_precision_of(value), -1) < _UNIT_RANK.get(unit, 99):
        return None
    return end, value


def _undated_later(ctx: _Ctx, m: re.Match[str], mod: str | None) -> _Res:
    """A count told as later that counts from no time the text dates: undated, unless it heads a clause told now
    (see :func:`_clause_told_now`)."""
    if _clause_told_now(ctx, m):
        return _Res("DATE", "PRESENT_REF", mod=None)
    return _Res("DATE", None, "none", mod=mod, reason="counted from a time the text does not date")


def _clause_told_now(ctx: _Ctx, m: re.Match[str]) -> bool:
    """Whether a count told as later stands in a clause told in the present, heading it before a comma ("Twelve days
    later, the chief executive is grappling with the slick", "Two decades later, they agree on one thing", "-- 20
    years later, the final costs are still unknown") or closing it ("the town remains in ruins two decades later"):
    the count is then the gap from the event to now, and its time is now (PRESENT_REF), as with "Forty years on,
    ...", whatever year it would count from.  A fronted count opens its sentence or follows a clause break with at
    most a conjunction or "even" between.  The clause has a verb in the present (one with none may be a headline:
    "One Year Later, Images of the Spill"; see :func:`_present_verb`), no past or future cue (see :func:`_told_now`),
    and names no year ("Ten years later, the 1955 broadcast is limited" tells of 1955); and the sentence before is
    told in the past: in a narrative told in the historic present ("1983: he graduates.  Two years later, he is in
    Las Vegas") a present verb is no sign of now."""
    si = ctx.sentence_index(m.start())
    s0, s1 = ctx.sentences[si]
    head = ctx.text[s0 : m.start()]
    breaks = list(_COUNT_CLAUSE_BREAK.finditer(head))
    brk = breaks[-1] if breaks else None  # (the last break before the count opens its clause)
    lead = head[brk.end() :] if brk is not None else head
    toks = ctx._tokens(si)
    if all(w in _CLAUSE_HEAD_WORDS for w in _TOKEN.findall(lead.lower())) and _FRONTED_COMMA.match(ctx.text, m.end()):
        lo, hi = m.end(), s1
        now = _told_now(ctx, m.end())
    elif _COUNT_CLOSES_CLAUSE.match(ctx.text, m.end()):
        lo, hi = s0 + (brk.end() if brk is not None else 0), m.start()
        now = _cue_tells_now(ctx, m.start(), m.end())
    else:
        return False
    if _APPOSED_YEAR_IN.search(ctx.text, lo, hi) or not any(
        lo <= ts < hi and _present_verb(toks, k) for k, (ts, _te, _w) in enumerate(toks)
    ):
        return False
    if not now:
        return False
    if si == 0:
        return True
    before = ctx._tokens(si - 1)
    return any(_past_token(before, i) for i in range(len(before)))


def _present_verb(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is a finite verb in the present that tells a state of now: a form of "be" or "have" or a
    linking verb ("remains"), a negated auxiliary ("doesn't", "haven't"), a verb of saying ("says") or of mind
    ("they agree", "experts believe"), not after an article or "to" ("the fear", "to agree").  Verbs of action are
    left out: the historic present tells the past with them ("Two years later, he opens a clinic")."""
    w = toks[k][2]
    if w in _NOW_STATE or w in _NEGATED_PRESENT:
        return True
    if w not in lex.REPORTING_PRESENT and w not in lex.MIND_PRESENT_VERBS:
        return False
    return k == 0 or (toks[k - 1][2] not in _DETERMINERS and toks[k - 1][2] != "to")


def _told_now(ctx: _Ctx, pos: int) -> bool:
    """Whether the clause a fronted count ("Forty years on, ...", "A year on from the crash, ...") heads, from ``pos``,
    is told in the present: no past or future verb governs it, bar a present perfect ("they've sold millions"), which
    speaks of now.  "A year on from his death, tributes were paid" is told in the past."""
    opening = _CLAUSE_OPENING.match(ctx.text, pos)
    pos = opening.end() if opening else pos  # (the cue is looked for in the clause after the comma)
    return _cue_tells_now(ctx, pos, pos)


def _cue_tells_now(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the nearest cue of the expression at ``start``..``end`` leaves it in the present: there is none, or
    it is a present perfect ("they've sold millions", "haven't recovered")."""
    tense, _, word, k = ctx.cue_at(start, end)
    if tense is None:
        return True
    if tense != "past" or k < 0:
        return False
    toks = ctx._tokens(ctx.sentence_index(start))
    if any(
        end <= ts < toks[k][0] and (w in lex.REPORTING_PRESENT or w in lex.MIND_PRESENT_VERBS) for ts, _te, w in toks
    ):
        return True  # "they agree the levee was too low": the past is the reported clause's, the saying is now
    before = toks[k - 1][2] if k > 0 else ""
    if before == "t" and k > 1:
        before = toks[k - 2][2]  # ("haven’t recovered": the curly apostrophe splits the token)
    return word in _PERFECT_OR_NOT or before in _PERFECT_OR_NOT


def _past_telling_ahead(ctx: _Ctx, m: re.Match[str], value: str) -> bool:
    """Whether ``value`` (a year, month, week or day), counted on from a date the text names ("came to Washington in
    1982 ...  Nearly three decades later, the lawyer says"; "wrote in an e-mail June 23 ...  Six days later" in a May
    report), lies after the publication in a sentence with no future cue: a later time the text tells of has come, so
    the count overshot (it is rounded, or the date it counts from is another episode's) and its time is not known."""
    if ctx.year is None or not _CALENDAR_VALUE.match(value) or "-Q" in value:
        return False
    if len(value) == 4 or ctx.month is None:
        after = int(value[:4]) > ctx.year
    elif re.match(r"\d{4}-\d\d$", value) or ctx.day is None:
        first = _ref_day(value)
        after = (first.year, first.month) > (ctx.year, ctx.month)
    else:
        after = _ref_day(value) > date(ctx.year, ctx.month, ctx.day)
    return after and not ctx.looks_ahead(m.start(), plain_future=True)


def _round_mod(unit: str, k: int | None) -> str | None:
    """APPROX for a round count of years ("150 years ago", "70 years ago", "20 years later") and for decades,
    centuries and millennia ("a century ago", "two decades ago"): a writer rounds such a count, so the year it gives is
    about that year, not that year exactly.  A small count ("two years ago", "five years ago", "12 years ago") stays
    exact, as TimeML annotators read it."""
    if unit in ("decade", "century", "millennium"):
        return "APPROX"
    if unit == "year" and k is not None and k >= 10 and k % 5 == 0:
        return "APPROX"
    return None


_SET_PRE = frozenset({"once", "twice", "thrice", "times", "per"})


def h_duration(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    unit = _unit_key(m.group("u"))
    pl = bool(m.group("pl"))
    n_s = m.group("n")
    det = (m.group("det") or "").lower()
    rel = (m.group("rel") or "").lower()
    app = re.sub(r"\s+", " ", (m.group("app") or "").lower())
    mod = None
    if app:
        mod = {
            "more than": "MORE_THAN",
            "over": "MORE_THAN",
            "just over": "MORE_THAN",
            "well over": "MORE_THAN",
            "less than": "LESS_THAN",
            "fewer than": "LESS_THAN",
            "under": "LESS_THAN",
            "just under": "LESS_THAN",
            "at least": "EQUAL_OR_MORE",
            "no less than": "EQUAL_OR_MORE",
            "at most": "EQUAL_OR_LESS",
            "up to": "EQUAL_OR_LESS",
            "no more than": "EQUAL_OR_LESS",
            "within": "EQUAL_OR_LESS",
            "nearly": "LESS_THAN",
            "almost": "LESS_THAN",
            "about": "APPROX",
            "around": "APPROX",
            "approximately": "APPROX",
            "roughly": "APPROX",
            "some": "APPROX",
        }.get(app)
    if unit == "night" and not n_s:
        return None
    if unit == "quarter" and (not n_s or "-" in m.group(0) or n_s.strip().lower() in ("a", "an", "one")):
        return None  # "living quarters", "three-quarters", "a quarter of the city"
    if re.match(r"\s*(?:-\s*)?old\b", ctx.text[m.end() : m.end() + 8]) or m.group(0).lower().endswith("-old"):
        return None  # an age, not a period of time
    if n_s and re.fullmatch(r"\d{4}", n_s.strip()) and not pl:
        return None  # "the 1988 second quarter"
    n: float | None
    if n_s:
        ns = re.sub(r"\s+", " ", n_s.lower())
        if ns in ("half a", "half an"):
            return _Res("DURATION", _duration_value(0.5, unit), "absolute", mod=mod)
        if re.fullmatch(r"(?:a few|few|several|some|many|a number of|numerous)", ns) or re.search(
            r"\d+ to \d+|\w+ (?:to|or) \w+", ns
        ):
            n = None
        else:
            n = _num(ns)
            if n is None:
                return None
            if m.group("half"):
                n += 0.5
        if ns in ("a", "an", "one", "per") or (n == 1 and ns in ("a", "an")):
            prev = _prev_word(ctx, m.start())
            if prev in _SET_PRE or re.search(
                r"[\d%]\s*(?:million|billion|thousand)?\s*$", ctx.text[max(0, m.start() - 20) : m.start()]
            ):
                return _Res("SET", _duration_value(1, unit), "absolute")
        if unit == "second" and (n == 1 or ns in ("a", "an", "one")):
            return None
        return _Res("DURATION", _duration_value(n, unit), "absolute", mod=mod)
    if pl:
        return _Res("DURATION", _duration_value(None, unit), "absolute", mod=mod)
    if det in ("the",) and rel in ("entire", "whole", "full"):
        return _Res("DURATION", _duration_value(1, unit), "absolute", mod=mod)
    return None


def h_set(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w = m.group(0).lower()
    simple = {"weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}
    if w in ("daily", "nightly", "quarterly", "hourly"):
        return None  # mostly adjectives ("daily newspaper", "quarterly dividend")
    if w in simple:
        return _Res("SET", simple[w], "absolute")
    if m.group("wdp"):
        return _Res("SET", f"XXXX-WXX-{lex.WEEKDAYS[m.group('wdp').lower()] + 1}", "absolute")
    u = m.group("u") or m.group("u2")
    ul = u.lower()
    if ul in lex.WEEKDAYS:
        return _Res("SET", f"XXXX-WXX-{lex.WEEKDAYS[ul] + 1}", "absolute")
    if ul in lex.PARTS_OF_DAY:
        return _Res("SET", f"XXXX-XX-XXT{lex.PARTS_OF_DAY[ul]}", "absolute")
    if re.fullmatch(MONTH, u):
        return _Res("SET", f"XXXX-{_month(u):02d}", "absolute")
    n = _num(m.group("n")) if m.group("n") else 1.0
    if n is None:
        return None
    if "other" in w:
        n *= 2
    return _Res("SET", _duration_value(n, _unit_key(ul)), "absolute")


# --------------------------------------------------------------------------- the rule table


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: str
    handler: Handler
    flags: int = re.IGNORECASE
    trigger: str = ""  # a cheap regex every match contains; the rule only runs in windows around its hits
    span_only: bool = False  # only when normalising a span someone else found (too ambiguous to detect alone)


_RULES: tuple[_Rule, ...] = (
    _Rule(
        "iso",
        r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
        h_iso,
        re.IGNORECASE,
        "#4",
    ),
    _Rule(
        "numeric",
        r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)",
        h_numeric,
        re.IGNORECASE,
        "# #4",
    ),
    _Rule("ymd", r"(?<![\d./-])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d]|[./]\d)", h_ymd_slash, re.IGNORECASE, "#4"),
    _Rule(
        "date",
        _DATE_PATTERN,
        h_date,
        re.IGNORECASE,
        "january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec",
    ),
    _Rule(
        "nth_weekday",
        rf"the\s+(?P<n>first|second|third|fourth|fifth|last|final)\s+(?P<wd>{WD})\s+(?:of|in)\s+"
        rf"(?:(?P<m>{MONTH})(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?|(?P<gen>(?:the|each|every|a|any)\s+month)\b)",
        h_nth_weekday,
        re.IGNORECASE,
        "monday tuesday wednesday thursday friday saturday sunday",
    ),
    _Rule(
        "wd_day_range",
        rf"(?P<wd>{WD})\s+(?:the\s+)?(?P<d>{DAY})(?=\s*(?:-|–|to|until|till|through)\s*(?:{WD}\s+)?(?:the\s+)?{DAY})",
        h_wd_day_range,
        re.IGNORECASE,
        "monday tuesday wednesday thursday friday saturday sunday",
    ),
    _Rule(
        "day_range_open",
        rf"(?<![\w.,:/-])(?P<d>{DAY})\s*(?:-|–|to|until|till|through|and)\s*(?:the\s+)?(?P<e>{DAY})(?:\s+of)?\s+{MONTH}"
        rf"(?:(?:\s*,\s*|\s+)(?:{YEAR}|'\d\d(?!\d)))?",
        h_day_range_open,
        re.IGNORECASE,
        "january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct "
        "november nov december dec",
    ),
    _Rule(
        "holiday",
        r"(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|coming))\s+)?"
        r"(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Valentine['’]s\s+Day|Halloween"
        r"|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Veterans\s+Day|Boxing\s+Day|Bastille\s+Day|Thanksgiving(?:\s+Day)?"
        r"|Labor\s+Day|Memorial\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Palm\s+Sunday"
        r"|Ash\s+Wednesday|(?:Shrove|Fat)\s+Tuesday|(?:Maundy|Holy)\s+Thursday|Holy\s+Saturday|Whit\s+(?:Sunday|Monday)"
        r"|Black\s+Friday|Cyber\s+Monday))(?![\w-])"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
        h_holiday,
        0,
        "christmas year valentine halloween independence july veterans boxing bastille thanksgiving labor memorial "
        "easter friday palm ash shrove fat maundy holy whit black cyber",
    ),
    _Rule(
        "named_day",
        rf"(?-i:{_name_pattern(lex.NAMED_EVENT_DAYS)})(?![\w-])",
        h_named_day,
        0,
        "monday tuesday wednesday thursday friday saturday sunday",
    ),
    _Rule(
        "dayord",
        r"the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])",
        h_dayord,
        re.IGNORECASE,
        "st nd rd th",
    ),
    _Rule(
        "month",
        rf"{MODPFX}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?P<m>{MONTH})"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}|nineteen[\s-]\w+(?:[\s-]\w+)?)|\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year)?",
        h_month,
        re.IGNORECASE,
        "january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec",
    ),
    _Rule(
        "half",
        rf"(?:the\s+)?(?P<o>first|second|latter|last)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)"
        r"\s+year|the\s+year)",
        h_half,
        re.IGNORECASE,
        "half",
    ),
    _Rule(
        "year",
        rf"{_EDGE_L}{MODPFX}(?:(?P<circa>circa|ca\.|c\.|c)\s?(?=\d)|(?P<pre>fiscal|calendar|the\s+year|FY)\s*)?"
        rf"(?P<y>{YEAR})(?!'?s\b)(?![-/]\d\d?(?!\d))",
        h_year,
        re.IGNORECASE,
        "#4",
    ),
    _Rule(
        "spelled_year",
        r"(?:the\s+year\s+)?(?P<y>(?:nineteen|twenty)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|"
        r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:"
        r"(?:\s+and)?[\s-](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)(?![\w-])",
        h_spelled_year,
        re.IGNORECASE,
        "nineteen twenty thousand",
    ),
    _Rule(
        "the_year",
        r"the\s+(?:(?P<adj>full|fiscal|calendar|current|entire|whole)\s+)?year(?![\w'’-])",
        h_the_year,
        re.IGNORECASE,
        "year",
    ),
    _Rule(
        "year_period",
        rf"the\s+(?P<y>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)(?![\w-])",
        h_year_period,
        re.IGNORECASE,
        "#4",
    ),
    _Rule("yearend", r"(?:the\s+)?year(?:'s|\s+|-)end(?![\w-])", h_yearend, re.IGNORECASE, "year"),
    _Rule("earlier", r"(?-i:(?:Earlier|Previously|Recently)(?=,))", h_earlier, 0, "earlier previously recently"),
    _Rule(
        "decade",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:(?P<c>1\d|20)(?P<dd>\d)0'?s|'(?P<d2>\d)0'?s|"
        rf"(?P<w>{'|'.join(lex.DECADE_WORDS)}))(?![\w'])",
        h_decade,
        re.IGNORECASE,
        "#4 s twenties thirties forties fifties sixties seventies eighties nineties",
    ),
    _Rule(
        "century",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<n>first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))[\s-]+century",
        h_century,
        re.IGNORECASE,
        "century",
    ),
    _Rule(
        "season",
        rf"{MODPFX}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|the)\s+)?"
        rf"(?:(?P<mod2>early|mid|late)[\s-]*)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+of\s+(?P<y>{YEAR})|"
        rf",?\s+(?P<y2>{YEAR}))?(?![\w-])",
        h_season,
        re.IGNORECASE,
        "spring summer fall autumn winter",
    ),
    _Rule(
        "quarter",
        r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|a|this|that)\s+)?"
        rf"(?:(?P<y0>{YEAR})\s+)?(?:(?P<adj>year-earlier"
        r"|year-ago|fiscal|latest|flat|calendar|weak|strong|disappointing|same)\s+)?(?:fiscal[\s-]+)?"
        r"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?"
        rf"quarter(?!s)(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR})|\s+of\s+(?P<rel>this|last|"
        r"next)\s+year)?",
        h_quarter,
        re.IGNORECASE,
        "quarter",
    ),
    _Rule(
        "quarter_rel",
        r"(?:the\s+|this\s+|(?P<ly>last\s+year's\s+)|(?=(?:latest|current|previous|past|last|next|coming|same|year-earlier|"
        r"year-ago|comparable|recent|just-ended)\s))(?:(?P<adj>latest|current|previous|past|last|next|coming|this|same|"
        r"year-earlier|year-ago|comparable|recent|just-ended|just\s+ended)\s+)?(?:fiscal\s+)?"
        r"(?:quarter|period)(?![\w-])",
        h_quarter_rel,
        re.IGNORECASE,
        "quarter period",
    ),
    _Rule("qshort", rf"(?-i:\bQ(?P<q>[1-4]))(?![\w])(?:\s*(?P<y>{YEAR})|\s*'(?P<yy>\d\d)(?!\d))?", h_qshort, 0, "q"),
    _Rule(
        "ref",
        r"(?<![\w-])(?:right\s+now|just\s+now|now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment"
        r"|recently|lately|formerly|the\s+past|recent\s+times|recent\s+years|past\s+years|recent|soon"
        r"|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long|medium)\s+term"
        r"|current)(?![\w-])",
        h_ref,
        re.IGNORECASE,
        "now current currently recent recently lately previously formerly past soon future term run present days moment nowadays",
    ),
    _Rule(
        "span_ref",
        rf"(?P<w>previously|formerly|earlier|once|already|yet|future|coming)(?:\s+(?P<pl>{UNITW}s))?"
        r"(?![\w-])",
        h_span_ref,
        re.IGNORECASE,
        "previously formerly earlier once already yet future coming",
        span_only=True,
    ),
    _Rule(
        "dayword",
        rf"(?:{PODPRE}|(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+"
        rf"yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>{POD}))?(?![\w-])",
        h_dayword,
        re.IGNORECASE,
        "today tonight yesterday tomorrow",
    ),
    _Rule(
        "podrel",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last)\s+(?P<pod>{POD})(?![\w-])",
        h_podrel,
        re.IGNORECASE,
        "morning afternoon evening night",
    ),
    _Rule(
        "podmod",
        r"(?:(?:early|late|mid)[\s-]*(?:morning|afternoon|evening)|mid(?:morning|afternoon))(?![\w-])",
        h_podmod,
        re.IGNORECASE,
        "morning afternoon evening midmorning midafternoon",
    ),
    _Rule(
        "podthe",
        r"the\s+(?:morning|afternoon|evening)(?![\w-])",
        h_podmod,
        re.IGNORECASE,
        "morning afternoon evening",
        span_only=True,
    ),
    _Rule(
        "weekday",
        rf"(?:{PODPRE}|(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming"
        rf"|the\s+previous|the\s+following|past)\s+)?(?P<wd>{WD})(?:\s+(?P<pod>{POD})(?P<pods>s)?)?(?![A-Za-z])",
        h_weekday,
        re.IGNORECASE,
        "monday tuesday wednesday thursday friday saturday sunday",
    ),
    _Rule(
        "schedule",
        rf"(?P<w>weekdays|weeknights|weekends)(?![\w-])|(?P<a>{WD})(?P<sep>\s*[-–]\s*|\s+(?:to|through|thru)\s+)(?P<b>{WD})"
        r"(?![\w-])(?P<clock>,?\s+(?:from\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![\w]))?",
        h_schedule,
        re.IGNORECASE,
        "weekdays weeknights weekends monday tuesday wednesday thursday friday saturday sunday",
    ),
    _Rule(
        "clock",
        r"(?:(?P<app>about|around|approximately|at\s+about|at\s+around|shortly\s+after|shortly\s+before|just\s+"
        r"after|just\s+before|roughly)\s+)?(?:(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.]?(?P<mi>[0-5]\d))?\s*"
        r"(?P<ap>a\.m\.?|p\.m\.?|am(?![\w])|pm(?![\w]))|(?<![\d:.])(?P<h24>[01]?\d|2[0-3])[:h](?P<mi24>[0-5]\d)"
        r"\s*(?:hrs|hours|h(?![\w])|GMT|UTC|local\s+time)|(?<=\bat\s)(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)"
        r"(?![\d:])|(?<![\d:.,])(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s*" + _ZONE + ")|(?P<nm>noon|midnight|midday)"
        r"(?![\w]))(?:\s*" + _ZONE + ")?",
        h_clock,
        re.IGNORECASE,
        "am pm a p noon midnight midday # #4 hrs gmt utc h",
    ),
    _Rule("hhmm", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\d%])", h_hhmm, re.IGNORECASE, "#4"),
    _Rule(
        "relunit",
        rf"{MODPFX}(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous|following|the\s+past"
        r"|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+preceding|the\s+following|the\s+current|current"
        r"|the\s+same|the(?=\s+weekend))\s+(?P<u>day|week|month|year|weekend|decade|century|fiscal\s+year|quarter"
        r"|school\s+year)(?![\w-])",
        h_relunit,
        re.IGNORECASE,
        "day week month year weekend decade century quarter",
    ),
    _Rule(
        "endof",
        r"(?P<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:earlier|later|early|late)\s+in)\s+the\s+"
        r"(?P<u>year|month|week|decade|century|quarter)(?![\w-])",
        h_endof,
        re.IGNORECASE,
        "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia",
    ),
    _Rule("yearadj", r"(?P<u>year|month|week)-(?:earlier|ago)(?![\w-])", h_yearadj, re.IGNORECASE, "earlier ago"),
    _Rule(
        "ago",
        rf"{MODPFX}(?:(?P<app>just\s+over|(?:a\s+)?little\s+over|(?:a\s+)?little\s+more\s+than|well\s+over"
        r"|(?:just|a\s+little)\s+under|about|nearly|almost|some|more\s+than|less\s+than|over|roughly|around"
        rf"|approximately|just|only|barely|at\s+least)\s+)?(?P<n>{NUMBER}(?:[\s-]+and[\s-]+a[\s-]+half)?|{VAGUE}"
        rf"|a\s+couple\s+of)\s+(?P<u>{UNITW})s?(?P<half>\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?(?P<dir>ago"
        r"|earlier|before|later|afterwards?|thereafter|from\s+now|hence|back"
        # ("after that" before a pause, an article, a pronoun or a name, not before a noun: "after that low point")
        r"|after\s+that(?=\s*[,;:.!?)]|\s+(?:the|a|an|he|she|it|they|we|there)\s|\s+(?-i:[A-Z]))|after"
        # ("on" before a pause, "from" or "and": "Five years on, ...", "a year on from the crash", not "on the board")
        r"|on(?=\s*(?:[,;:.!?)]|$)|\s+[-–—]\s|\s+(?:from|and)\s)"
        r")(?P<same>(?<=ago)\s+(?:today|this\s+(?:week|month)))?(?![\w-])",
        h_ago,
        re.IGNORECASE,
        "ago earlier before later after afterwards afterward thereafter hence back now on",
    ),
    _Rule(
        "duration",
        r"(?:(?P<app>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+"
        r"less\s+than|nearly|almost|about|around|approximately|roughly|some|over|under|within|just\s+over|"
        r"just\s+under|well\s+over)\s+)?(?:(?P<det>the|its|their|his|her|each\s+of\s+the|all)\s+)?"
        r"(?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|initial|remaining|recent|"
        r"entire|whole|full|few)\s+)?"
        rf"(?:(?P<n>{NUMBER}(?:\s+and\s+a\s+half|\s+(?:to|or)\s+{NUMBER})?|{VAGUE}|a\s+couple\s+of|half\s+an?)"
        r"[\s-]+)?(?:(?:more|"
        r"additional|full|straight|consecutive|trading|business|calendar|working)[\s-]+)?"
        rf"(?P<u>{UNITW})(?P<pl>s)?(?:[\s-]+(?P<half>and\s+a\s+half))?(?:-(?:old|long))?(?![\w])",
        h_duration,
        re.IGNORECASE,
        "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia",
    ),
    _Rule(
        "set",
        rf"(?<![\w-])(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|(?:each|every|per)"
        rf"\s+(?:other\s+)?(?:(?P<n>{NUMBER})\s+)?(?P<u>{UNITW}|{WD}|{MONTH}|{POD})s?|(?:once|twice|thrice|\w+\s+times)"
        rf"\s+(?:a|an|per|each|every)\s+(?P<u2>{UNITW})|(?P<wdp>{WD})s)(?![\w])",
        h_set,
        re.IGNORECASE,
        "daily nightly weekly biweekly monthly quarterly annually yearly hourly each every per once twice thrice times mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    ),
)


# --------------------------------------------------------------------------- the tagger


@dataclass
class _Found:
    start: int
    end: int
    rule: int
    match: re.Match[str]


def _anchor_parts(anchor: PublishedDate | None) -> tuple[int | None, int | None, int | None]:
    if anchor is None or not anchor.value:
        return None, None, None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", anchor.value)
    if not m:
        return None, None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


_TRIGGER_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _trigger_table() -> dict[str, tuple[int, ...]]:
    """token (lower case; "#4" a four-digit number, "#" any other number) -> the rules it can start."""
    table: dict[str, list[int]] = {}
    for i, rule in enumerate(_RULES):
        for tok in rule.trigger.split():
            table.setdefault(tok, []).append(i)
    return {k: tuple(v) for k, v in table.items()}


_CALENDAR_VALUE = re.compile(r"\d{4}(?:-(?:\d\d|W\d\d|Q[1-4])|$)")
# comparisons ("from $4 million a year earlier") are side glances, not the time the story moves on to
_NOT_A_REFERENCE = frozenset({"ago", "yearadj"})
_WINDOW_BEFORE = 80
_WINDOW_AFTER = 60
# what may stand between a clock time and the day it is on ("1100 GMT on Monday", "(2153 GMT) on Tuesday",
# "Thursday 17 June, from 1400GMT")
_MERGE_GAP = re.compile(
    r"\s*[)\]]?\s*,?\s*(?:on|at|of|from|on\s+the\s+(?:night|morning|evening|afternoon)\s+of)?\s*,?\s*", re.IGNORECASE
)
# what ties clock times of one moment or span together ("1653 (2153 GMT)", "0910 to 0930 local time")
_CLOCK_LINK = re.compile(
    r"\s*(?:[(\[]|[)\]]\s*(?:to|and|&|-|–|until|till)|to|and|&|-|–|until|till)?\s*[(\[]?\s*", re.IGNORECASE
)

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")


def _is_day(res: _Res) -> bool:
    """A date or time of day precision that is not itself a clock: something a clock time can sit on."""
    return res.clock is None and bool(res.value) and bool(_DAY_VALUE.match(res.value or ""))


# "daily" as an adverb ("broadcast daily at 0910"), not an adjective ("a daily newspaper")
_DAILY = re.compile(r"(?-i:\b(?:daily|nightly)\b)(?=\s*(?:[,.;:)]|$|(?:at|from|between|on|in|for|until)\b))")


def _recurring(results: list[tuple[int, int, _Res]], ctx: _Ctx, pos: int) -> bool:
    """Whether the sentence holding ``pos`` makes its clock time recur ("every morning", "on Saturdays",
    "broadcast daily"): such a clock is on no one day."""
    si = ctx.sentence_index(pos)
    if any(r.type == "SET" and ctx.sentence_index(s) == si for s, _, r in results):
        return True
    s0, s1 = ctx.sentences[si]
    return bool(_DAILY.search(ctx.text, s0, s1))


#: how many sentences before a clock time's own may name the day it is on
_CLOCK_DAY_SENTENCES = 2


def _day_before(ctx: _Ctx, pos: int, end: int, clock_days: list[tuple[int, str]]) -> tuple[str | None, bool]:
    """The last calendar day the text mentioned before ``pos`` (a date, a weekday, "yesterday", a clock
    time already placed on a day) in the clock's sentence or the two before it: the day the narrative
    is on.  A day mentioned further back is background more often than not ("the explosion on 20 April
    ... the cap was closed at 1425 local time" is July).  A day after the publication day named in an earlier
    sentence ("tomorrow will be hard") only counts when the clock's own sentence looks ahead; one named in the
    clock's own sentence counts as its sentence resolved it, past or ahead ("for Saturday's show, with the
    first act on stage at 18:00").  With no day before it, a day the clock is for comes right after it
    ("doors open at 16:00 for Saturday's show").  A day after "since" starts a span and is no day the narrative
    is on.  A day named in an earlier sentence counts only when that sentence frames the clock (see
    :func:`_frames_clock`; a clock already placed on a day always does); when the nearest does not, none further
    back is taken either, and the second value says so: the clock is then on no day the text gives, not even the
    publication day ("The summit opens on Friday.  They will meet at 3pm")."""
    pub = date(ctx.year, ctx.month, ctx.day).isoformat() if ctx.year and ctx.month and ctx.day else None
    ahead: bool | None = None
    si = ctx.sentence_index(pos)
    own = ctx.sentences[si][0]
    first = ctx.sentences[max(0, si - _CLOCK_DAY_SENTENCES)][0]
    seen = [
        (p, v[:10])
        for p, v in ctx.refs
        if first <= p < pos and _DAY_VALUE.match(v) and _prev_word(ctx, p).lower() not in _SPAN_BOUND_WORDS
    ]
    clocks = [(p, d) for p, d in clock_days if first <= p < pos]
    seen += clocks
    for p, day in sorted(seen, reverse=True):
        if pub is not None and day > pub and p < own:
            if ahead is None:
                ahead = ctx.looks_ahead(pos)
            if not ahead:
                continue
            return day, False  # "settled on a May 11 launch date.  Liftoff is set for 2:01 p.m.": both ahead
        if p < own and (p, day) not in clocks and not _frames_clock(ctx, p, pos, end):
            # the nearest day before is a side glance: one further back frames the clock less still (the
            # publication day may still be the clock's by the rule of a clock ahead)
            return None, day != pub
        return day, False
    if (gap := _CLOCK_FOR_DAY.match(ctx.text, end)) is not None:
        return next((v[:10] for p, v in ctx.refs if p == gap.end() and _DAY_VALUE.match(v)), None), False
    return None, False


# words of a clock's sentence that point back to the day an earlier sentence named ("By 11pm that night", "the
# same day", "Hours later", "by then")
_POINTS_BACK = re.compile(
    r"\b(?:(?:that|the\s+same|the\s+following|the\s+next)\s+(?:day|night|morning|afternoon|evening)|then|later"
    r"|earlier|afterwards|shortly\s+after)\b",
    re.IGNORECASE,
)


def _frames_clock(ctx: _Ctx, p: int, pos: int, end: int) -> bool:
    """Whether the day at ``p``, named in an earlier sentence than the clock's at ``pos``..``end``, is the clock's
    narrative frame: the clock's sentence points back to it ("By 11pm that night", "Hours later") or tells of the
    same stretch of time, the two sentences in the same tense ("Sarah was in the capital on 20 January when the
    aftershock hit.  It was at 6am").  A day told in another tense is a side glance: "The drop comes despite results
    reported on Tuesday.  The shares traded down at 1516 GMT" (the shares' day is the report's, not Tuesday), "the
    tour was due to open on 13 July.  The night before his death he worked until after midnight", a live blog's
    "3.15 pm CDT: Oh dear." after a quoted day."""
    si = ctx.sentence_index(pos)
    s0, s1 = ctx.sentences[si]
    if _POINTS_BACK.search(ctx.text, s0, s1):
        return True
    return _sentence_tense(ctx, pos, end) == _sentence_tense(ctx, p, p + 1)


def _sentence_tense(ctx: _Ctx, start: int, end: int) -> Tense:
    """The tense of the expression at ``start``..``end`` (its nearest cue word), or with none (a phrase fronted
    before a comma: "By 1 a.m. on 20 April, the job was done", "The decision, at 1pm, sparked cheers") "past" when
    its sentence holds a finite past verb (not one after "than" or "as": "better than expected")."""
    tense = ctx.tense(start, end)
    if tense is None:
        # (a sentence split inside the expression, "At 5:45 p.m. EDT, shares traded", reaches over to the next)
        sis = range(ctx.sentence_index(start), ctx.sentence_index(max(start, end - 1)) + 1)
        words = [w for si in sis for _, _, w in ctx._tokens(si)]
        if any(_past_verb(words, i) and words[i - 1] not in ("than", "as") for i in range(1, len(words))):
            return "past"
    return tense


# words before a day that make it the start of a span, not the day the narrative is on ("has lost £44bn since 20
# April.  By 10am the shares had recovered" is not 20 April); "until" is left out: "until Friday night at 2330"
_SPAN_BOUND_WORDS = frozenset({"since"})
# a clock time for the event of a day named right after it ("doors open at 16:00 BST for Saturday's show")
_CLOCK_FOR_DAY = re.compile(r"\s+(?:[A-Z]{2,4}\s+)?(?:local\s+time\s+)?for\s+(?=\w+['’]s\s)")


def _midnight_shifts(group: list[tuple[int, int, _Res]], text: str) -> list[int]:
    """For clock times tied together (a span, or the same moment in two zones), how many days each lies after
    the first: "between 2300 and 0200 GMT" ends the next day, "at 2000 (0000 GMT)" is the next day in GMT,
    "0100 GMT (2000 local time)" the day before in local time.  A later clock more than twelve hours before the
    one it follows has crossed midnight; a clock in brackets more than twelve hours after the one it converts
    is on the day before (zones lie less than twelve hours apart)."""
    shifts = [0]
    for (_, e0, r0), (s1, _, r1) in pairwise(group):
        assert r0.clock is not None and r1.clock is not None
        h0, h1 = r0.clock[0] % 24, r1.clock[0] % 24
        step = 0
        if h1 < h0 - 12:
            step = 1
        elif h1 > h0 + 12 and re.search(r"[(\[]", text[e0:s1]):
            step = -1
        shifts.append(shifts[-1] + step)
    return shifts


def _shift_day(value: str, days: int) -> str:
    """The calendar day (first ten characters) of ``value`` moved by ``days``."""
    d = date.fromisoformat(value[:10])
    return (d + timedelta(days=days)).isoformat()


#: the words that put a clock time of no named day ahead, on the publication day ("will speak at 2000",
#: "is due to land at 3pm", "is to meet at 0900 GMT"); "until"/"till", "hopes", "plans" and modals do not
_CLOCK_AHEAD_WORDS = frozenset({"will", "'ll", "shall", "due", "scheduled", "slated", "set", "to", "going", "expected"})
_CLOCK_AHEAD_DISTANCE = 8


def _publication_day_of_clock(ctx: _Ctx, start: int, end: int) -> str | None:
    """The publication day for a clock time that names no day and that its clause puts ahead ("Obama will
    speak at 2000 (0000 GMT)", "the vote is due at 3pm"): a report that looks ahead to a time on another day
    says which ("tomorrow", "on Thursday").  None when the publication day is not known, when the cue is not
    a plain future one or is far off, or when the text names a day after the publication day before the end
    of the clock's sentence (the clock may be on it).  A clock told in the past tense gets no day this way:
    a report is often published the day after the events it tells of."""
    if ctx.year is None or ctx.month is None or ctx.day is None:
        return None
    pub = date(ctx.year, ctx.month, ctx.day).isoformat()
    tense, dist, word = ctx.cue(start, end)
    if tense != "future" or dist > _CLOCK_AHEAD_DISTANCE:
        return None
    if word not in _CLOCK_AHEAD_WORDS and not word.endswith("'ll"):
        return None
    stop = ctx.sentences[ctx.sentence_index(start)][1]
    if any(p < stop and _DAY_VALUE.match(v) and v[:10] > pub for p, v in ctx.refs):
        return None
    return pub


_PTB_BRACKET = re.compile(r"-[LR][RSC]B-")
# each Penn Treebank bracket token as a bracket padded with spaces to the token's length (the offsets stay the text's)
_PTB_AS_BRACKET = {
    "-LRB-": "    (",
    "-RRB-": ")    ",
    "-LSB-": "    [",
    "-RSB-": "]    ",
    "-LCB-": "    {",
    "-RCB-": "}    ",
}


class TimeTagger:
    """Find and normalise temporal expressions (TimeML TIMEX3 values) in news text.

    >>> t = TimeTagger(); t.warm_up()
    >>> [e.value for e in t.tag("Officials said Sunday ...", PublishedDate(value="2016-11-06"))]
    ['2016-11-06']
    """

    def __init__(self) -> None:
        self._compiled: list[tuple[re.Pattern[str], Handler]] | None = None
        self._triggers: dict[str, tuple[int, ...]] = {}

    def warm_up(self) -> None:
        if self._compiled is None:
            self._compiled = [(re.compile(r"(?<![\w'])" + r.pattern, r.flags), r.handler) for r in _RULES]
            self._triggers = _trigger_table()

    # ---- public
    def tag(self, text: str, anchor: PublishedDate | None) -> list[TimeExpression]:
        return [e for e, _ in self._tag(text, anchor, 0, len(text))]

    def normalise(self, text: str, start: int, end: int, anchor: PublishedDate | None) -> TimeExpression | None:
        """Normalise the expression at ``text[start:end]`` (a span found by someone else), using the
        whole text as context.  Returns None when no rule recognises anything in the span."""
        refs: list[tuple[int, str]] = []
        for e, _ in self._tag(text, anchor, 0, len(text), refs_out=refs):
            if e.start == start and e.end == end:
                return e
        best: TimeExpression | None = None
        seed = [r for r in refs if r[0] < start]  # the dates the story mentioned before the span
        for e, _ in self._tag(text, anchor, start, end, given_span=True, seed_refs=seed):
            if best is None or (e.end - e.start) > (best.end - best.start):
                best = e
        return best

    # ---- internals
    def _tag(
        self,
        text: str,
        anchor: PublishedDate | None,
        lo: int,
        hi: int,
        given_span: bool = False,
        seed_refs: list[tuple[int, str]] | None = None,
        refs_out: list[tuple[int, str]] | None = None,
    ) -> list[tuple[TimeExpression, int]]:
        self.warm_up()
        assert self._compiled is not None
        y, mo, d = _anchor_parts(anchor)
        shown = text
        # a tokenised corpus writes brackets as "-LRB-" and "-RRB-": read them as brackets, at the same offsets ("at
        # 1653 local time -LRB- 2153 GMT -RRB- on Tuesday" is one clock time with its day, as "(2153 GMT)" is)
        text = _PTB_BRACKET.sub(lambda b: _PTB_AS_BRACKET[b.group(0)], text)
        ctx = _Ctx(text=text, year=y, month=mo, day=d, sentences=_split_sentences(text))
        pub = date(y, mo, d) if y is not None and mo is not None and d is not None else None
        ctx.clock4 = _four_digit_clocks(text, pub, y)
        ctx.stamps12 = _blog_stamps(text, pub)
        if seed_refs:
            ctx.refs.extend(seed_refs)
        if refs_out is not None:
            ctx.refs = refs_out
        found: list[_Found] = []
        hits: list[list[tuple[int, int]]] = [[] for _ in self._compiled]
        table = self._triggers
        for tm in _TRIGGER_TOKEN.finditer(text, lo, hi):
            tok = tm.group(0)
            key = tok.lower() if not tok[0].isdigit() else ("#4" if len(tok) == 4 else "#")
            rules = table.get(key)
            if rules:
                span = (tm.start(), tm.end())
                for r in rules:
                    hits[r].append(span)
        for i, (pat, _h) in enumerate(self._compiled):
            if _RULES[i].span_only and not given_span:
                continue
            seen: set[tuple[int, int]] = set()
            for ws, we in self._windows(hits[i], lo, hi):
                for m in pat.finditer(text, ws, we):
                    if m.end() > m.start() and (m.start(), m.end()) not in seen:
                        seen.add((m.start(), m.end()))
                        found.append(_Found(m.start(), m.end(), i, m))
        # longest first, then rule order; accept when the rule's own guards pass and nothing overlaps
        found.sort(key=lambda f: (-(f.end - f.start), f.rule, f.start))
        taken: list[_Found] = []
        occupied = bytearray(len(text) + 1)
        for f in found:
            if any(occupied[f.start : f.end]):
                continue
            handler = self._compiled[f.rule][1]
            try:
                res = handler(f.match, ctx)
            except (ValueError, KeyError, OverflowError):
                res = None
            if res is None:
                continue
            taken.append(f)
            occupied[f.start : f.end] = b"\x01" * (f.end - f.start)
        taken.sort(key=lambda f: f.start)
        ctx.final = True
        results: list[tuple[int, int, _Res]] = []
        for f in taken:
            try:
                res = self._compiled[f.rule][1](f.match, ctx)
            except (ValueError, KeyError, OverflowError):
                res = None
            if res is None:
                continue
            s = res.start if res.start is not None else f.start
            e = res.end if res.end is not None else f.end
            results.append((s, e, res))
            if res.type in ("DATE", "TIME") and res.value and _CALENDAR_VALUE.match(res.value):
                ctx.dated.append((s, res.value))
                if _RULES[f.rule].name not in _NOT_A_REFERENCE:
                    ctx.refs.append((s, res.value))
        for _s, _e, res in results:
            if res.on_from is not None:
                _count_on_from_day(res, results, ctx)
        results = self._merge_clocks(results, ctx)
        out: list[tuple[TimeExpression, int]] = []
        for s, e, res in results:
            value = res.value
            reason = res.reason
            anchor_kind = res.anchor
            if value is None and anchor_kind != "none":
                anchor_kind = "none"
                reason = reason or "could not be resolved"
            if value is not None and anchor_kind == "none":
                anchor_kind = "publication"
            prec = _precision_of(value)
            if value is None:
                prec = "unknown"
            out.append(
                (
                    TimeExpression(
                        article="",
                        sentence=-1,
                        start=s,
                        end=e,
                        text=shown[s:e],
                        type=res.type,  # type: ignore[arg-type]
                        value=value,
                        precision=prec,
                        mod=res.mod,
                        anchor=anchor_kind,  # type: ignore[arg-type]
                        reason=reason,
                    ),
                    s,
                )
            )
        return out

    @staticmethod
    def _windows(hits: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for hs, he in hits:
            ws, we = max(lo, hs - _WINDOW_BEFORE), min(hi, he + _WINDOW_AFTER)
            if out and ws <= out[-1][1]:
                out[-1] = (out[-1][0], we)
            else:
                out.append((ws, we))
        return out

    @staticmethod
    def _merge_clocks(results: list[tuple[int, int, _Res]], ctx: _Ctx) -> list[tuple[int, int, _Res]]:
        """Give every clock time its calendar day.

        A clock written next to a day ("at 1100 GMT on Monday", "Wednesday, at 9 p.m.") takes that day and
        becomes one expression with it; clocks tied to it ("1653 local time (2153 GMT) on Tuesday",
        "0910 to 0930 local time") share it.  A live-page stamp is on its page's day.  Any other clock is
        anchored, as TimeML does, to the last day the text mentioned before it, in its sentence or the two
        before ("The quake struck on 12 January.  It hit at 1653"); with none it claims no day: the
        publication day is no evidence that the clock was on it (a report published the next morning
        tells of last night's 2153 GMT)."""
        out: list[tuple[int, int, _Res]] = []
        days: list[tuple[int, str]] = []  # (position, day) of the clocks already resolved
        i, n = 0, len(results)
        while i < n:
            s, e, res = results[i]
            if res.clock is None:
                out.append((s, e, res))
                i += 1
                continue
            j = i + 1
            while (
                j < n
                and results[j][2].clock is not None
                and not results[j][2].stamp
                and _CLOCK_LINK.fullmatch(ctx.text[results[j - 1][1] : results[j][0]])
            ):
                j += 1
            group = results[i:j]
            partner: tuple[int, int, _Res] | None = None
            after = joined = False
            if j < n and _is_day(results[j][2]) and _MERGE_GAP.fullmatch(gap := ctx.text[group[-1][1] : results[j][0]]):
                partner, after, joined = results[j], True, not re.search(r"[)\]]", gap)
                j += 1
            elif (
                out
                and _is_day(out[-1][2])
                and out[-1][2].type == "DATE"
                and _MERGE_GAP.fullmatch(ctx.text[out[-1][1] : s])
            ):
                partner, joined = out.pop(), True
            if partner is not None and not joined:
                out.append(partner)  # "(2153 GMT) on Tuesday": the day stays an expression of its own
            shifts = _midnight_shifts(group, ctx.text)
            if partner is not None and after:  # "0200 local time (2200 GMT, Friday)": the day is the last clock's
                shifts = [x - shifts[-1] for x in shifts]
            for k, (cs, ce, cres) in enumerate(group):
                assert cres.clock is not None
                h, mi = cres.clock
                hm = f"{h:02d}" + (f":{mi:02d}" if mi is not None else ":00" if h != 24 else "")
                if partner is not None:
                    ps, pe, pr = partner
                    assert pr.value is not None
                    if joined and ((after and k == len(group) - 1) or (not after and k == 0)):
                        cs, ce = min(cs, ps), max(ce, pe)  # one expression: "1100 GMT on Monday"
                    made = _Res("TIME", f"{_shift_day(pr.value, shifts[k])}T{hm}", pr.anchor, mod=cres.mod)
                elif cres.stamp:
                    if cres.stamp_day is None:
                        made = _Res("TIME", None, "none", mod=cres.mod, reason=ctx._missing("day").reason)
                    else:
                        made = _Res(
                            "TIME",
                            f"{cres.stamp_day.isoformat()}T{hm}",
                            mod=cres.mod,
                            reason=f"{LIVE_STAMP}, on the page's publication day",
                        )
                elif _recurring(results, ctx, cs):
                    made = _Res("TIME", None, "none", mod=cres.mod, reason=f"recurring clock time T{hm}, on no one day")
                else:
                    ref, side_glance = _day_before(ctx, group[0][0], group[-1][1], days)
                    if ref is not None:
                        made = _Res(
                            "TIME",
                            f"{_shift_day(ref, shifts[k])}T{hm}",
                            mod=cres.mod,
                            reason="clock time on the last day the text mentioned before it",
                        )
                    elif not side_glance and (pday := _publication_day_of_clock(ctx, group[0][0], group[-1][1])):
                        made = _Res(
                            "TIME",
                            f"{_shift_day(pday, shifts[k])}T{hm}",
                            mod=cres.mod,
                            reason="clock time ahead with no day named: the publication day",
                        )
                    else:
                        made = _Res(
                            "TIME", None, "none", mod=cres.mod, reason=f"clock time T{hm} with no day in the text"
                        )
                if made.value is not None and cres.half_day_unknown and all(g[2].half_day_unknown for g in group):
                    # no a.m. or p.m. and no clock tied to it that converts it ("10:00 EDT (1400 GMT)"): 03:15 and
                    # 15:15 are both read, so only the day is claimed
                    made = _Res("TIME", made.value[:10], made.anchor, mod=made.mod, reason=_HALF_UNKNOWN_REASON)
                if made.value is not None:
                    days.append((cs, made.value[:10]))
                out.append((cs, ce, made))
            i = j
        out.sort(key=lambda r: r[0])
        return out


__all__ = ["UNDATED_REASON", "TimeTagger"]
