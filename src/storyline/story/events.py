"""Events from sentences, merged across articles, with independent-source counts.

An *event mention* is a sentence that reports something happening: it has an event
trigger (a verb or noun from the taxonomy below) and/or an explicit date.  Mentions
from different articles merge into one :class:`~storyline.records.Event` when their
dates are compatible (equal, or one contains the other: "November 2016" contains
"6 November 2016"), and they say the same thing (TF-IDF cosine of the sentences,
helped by shared actors and places).  An event then cites only the mentions that support
the sentence its entry shows (cosine >= ``CITE``, no negation of what the entry states, no
plan, forecast or condition for what the entry states as fact (:func:`modality_agrees`), no
conflicting figures: both write digits (not a code's: "H1N1") and share none, or give another figure for the same counted thing, and 70 % of the entry's content
words written, one event's word forms counted as one word, see :func:`_cites`); the others
form events of their own, so a shared date and actor alone never make "3 independent
sources", and a sentence not cited is never counted as a source.  A page box glued before a sentence (a fact
box or caption that several articles carry before different sentences, see
:mod:`storyline.story.boxes`) is left out of the comparison.  ``independent_sources``
counts the distinct *original* articles behind an event: a duplicate or syndicated copy
counts once, and so does a sentence that several articles print in the same words (a wire factbox or stock
background paragraph, a sentence carried from one update of a page to the next): it is the earliest
published article's (:func:`_first_print`), still cited by every article that prints it.  What the timeline
and the summary rank an event by stays the articles that print it (``Event.entry_sources`` when that differs):
an outlet that repeats a sentence in each update shows it is the story's, though not that anyone else
confirmed it.  Events of one day that tell one dated event in other words (the same act dated by the same
day their own words write, a participant in common, no other figures: :func:`_same_day`) become one with
both outlets' sources; it keeps the better-sourced event's own entry, its date text (``Event.date_text``)
and its own source count as the rank the summary weighs (``Event.entry_sources``).  So do events whose
sentences date the same act to that day, one entry in its main clause and the other in a time clause ("the
rig sank two days later" / "the rig burned for 36 hours before it sank on Thursday", a participant in common
through any of their sentences, no figures that count the same thing differently: :func:`_one_act`); the
entry is then the one that states the act in its main clause.  An event shows a sentence that reads on its own: one whose subject points back at its
article ("This was completed on 1 June", "He was pronounced dead two hours later": :func:`points_back`,
the summary's test too) or that is a piece of page furniture or a quote cut short (:func:`fragment`) stands for
its event only when all its sentences do, and that event is left out.  One act that sources date to two
days ("the rig sank on 20 April" / "sank on 22 April, two days after the explosion") is a disagreement
about its date, not two facts: when more sources, and at least three that retell the sentence, give the
other day, the sentence is outvoted (:func:`_outvoted`): it is never an entry, stays a source only of an
entry it states, and the conflict, with both days' citations, goes to the disagreements list the caller
passes (``build_events(..., disagreements=...)``).

Taxonomy (close to ACLED's event types; the first matching family wins, in order):

| type | triggers (stems) |
|---|---|
| ``remote_violence`` | air strike, airstrike, bombing, shelling, missile, drone, rocket, explosion, IED |
| ``violence_against_civilians`` | massacre, executed, abducted, kidnapped, civilians killed |
| ``battle`` | battle, clashes, fighting, offensive, assault, attack, retake, recapture, seize, capture, storm, siege |
| ``strategic_development`` | launch, announce, establish, set up, declare, unveil, begin/start (an operation), take control, withdraw, deploy, agreement |
| ``negotiations`` | talks, negotiations, ceasefire, truce, coordinate |
| ``protest`` | protest, demonstration, rally, riot, march |
| ``disaster`` | earthquake, flood, spill, outbreak, hurricane, explosion at a plant |
| ``statement`` | a dated sentence whose only event is that someone said something |
| ``other`` | a dated sentence with none of the above |

Dates come only from the sentence's own normalised time expressions, and not from one in a background
part of it ("on trial following the singer's death in June 2009": :func:`background_dates`), nor from one
that is part of a past thing's name ("lawsuits over the April 20 explosion") when another time dates it or a
lead sentence is written in the present (:func:`sentence_date`).  With none, a
lead sentence (the first three of an article, which by news convention report the
day's news) is dated "reported on" its article's publication date; any other
sentence goes to ``undated``.  Nothing is ever given an invented date.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from storyline.annotate.figures import WHAT_CATEGORIES
from storyline.annotate.numbers import ONES, TENS
from storyline.annotate.timex_lexicon import (
    CAPTION_PARTICIPLES,
    MODALS,
    MONTH_FULL,
    MONTHS,
    REPORTING_PRESENT,
    UNITS,
    WEEKDAYS,
)
from storyline.clean.glued import FINITE, SAYING
from storyline.records import AnnotatedArticle, Citation, DateValue, Entity, Event, Figure, Place, Sentence, content_id
from storyline.render.common import human_date
from storyline.story.boxes import glued_prefixes, live_stamp_end
from storyline.story.text import COVERED, Tfidf, content_stems, cosine, coverage, figures_in, negated, stem, tokens

TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "remote_violence",
        re.compile(
            r"\b(air ?strikes?|air ?raids?|bomb(?:s|ed|ing|ings)?|shell(?:ed|ing)|missiles?|drones?|rockets?|mortars?|explosions?|ieds?|warplanes?)\b"
        ),
    ),
    (
        "violence_against_civilians",
        re.compile(r"\b(massacre[sd]?|execut(?:ed|ions?)|abduct(?:ed|ions?)|kidnapp(?:ed|ing)|human shields?)\b"),
    ),
    (
        "battle",
        re.compile(
            r"\b(battles?|clash(?:es|ed)?|fighting|fought|offensive|assault|attack(?:s|ed|ing)?|retak(?:e|en|ing)|recaptur(?:e|ed)|seiz(?:e|ed|ing)|captur(?:e|ed|ing)|storm(?:ed|ing)|siege|besieged?|liberat(?:e|ed|ion))\b"
        ),
    ),
    (
        "strategic_development",
        re.compile(
            r"\b(launch(?:es|ed|ing)?|announc(?:e|es|ed|ing)|establish(?:es|ed)?|set up|declar(?:e|es|ed|ation)|unveil(?:s|ed)?|began|begin(?:s|ning)?|start(?:s|ed|ing)?|took control|take control|control of|withdr(?:aw|ew|awn)|deploy(?:s|ed|ment)?|entered|agreement|resign(?:s|ed)?|appoint(?:s|ed)?|elect(?:s|ed|ion)?)\b"
        ),
    ),
    (
        "negotiations",
        re.compile(r"\b(talks|negotiat(?:e|ed|es|ions?|ing)|ceasefire|cease-fire|truce|coordinat(?:e|ion|ing))\b"),
    ),
    ("protest", re.compile(r"\b(protests?|protesters?|demonstrat(?:ions?|ors?)|rall(?:y|ies)|riots?)\b")),
    (
        "disaster",
        re.compile(
            r"\b(earthquakes?|quakes?|floods?|flooding|spill(?:s|ed)?|outbreak|pandemic|hurricanes?|tsunami|wildfires?|leak(?:s|ed|ing)?)\b"
        ),
    ),
]
_SPEECH = re.compile(r"\b(said|says|told|stated|noted|added|explained|announced|reported|according to|warned)\b", re.I)
_PAST_MARKER = re.compile(r"^\s*(previously|earlier|in the past|formerly|once)\b", re.I)
# "since" opening the clause that ends at a time expression: the date is where a state began
# ("oil has leaked since the rig exploded on 20 April"), not when the sentence's news happened
_SINCE = re.compile(r"\bsince\b[^.,;:!?()]{0,120}$", re.I)
# a year naming a known past thing inside a noun phrase ("has surpassed the 1989 Exxon Valdez
# disaster", "worse than the 1918 flu"): the thing's year, not when the sentence's news happened.  Not
# after a preposition of time ("during the 2008 campaign") nor at the sentence's start ("The 2005
# explosion killed 15"), where the noun phrase is what the sentence reports
_NAMED_BEFORE = re.compile(
    r"(?<![Ii]n )(?<![Dd]uring )(?<![Aa]t )(?<![Aa]fter )(?<![Bb]efore )(?<![Bb]y )\b(?:the|its|his|her|their)\s+$"
)
_NAMED_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,2}(?:disaster|spill|crisis|flu|pandemic|"
    r"epidemic|outbreak|invasion|war|attacks?|bombings?|explosion|blast|blowout|shootings?|floods?|earthquake|quake|tsunami|hurricane|crash|"
    r"collapse|meltdown|recession|depression|scandal|accident|elections?|campaign|census|games|olympics|riots?|massacre|famine|fire)\b)"
)
# a present or future auxiliary, or a verb of saying in the present, that the main clause of a sentence whose
# only date names a past thing is written in ("Hospitals that treated victims of the 11 March attacks are now
# preparing ..."): it tells the article's day, not the thing's.  One after a modal ("might have damaged") is no
# tense of its own, and a past auxiliary anywhere makes the sentence a past one.  A verb of saying in the past
# does not: "BP has repaid $518 million for the April spill, auditors said" is news of the article's day
_NOW_WORDS = frozenset(["is", "are", "has", "have", "will"]) | REPORTING_PRESENT
_MODAL_BEFORE = MODALS | {"would"}
_THEN_WORDS = frozenset(["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"])
_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|AU|WI|Q[1-4]|W\d{2}))?$")
LEAD_SENTENCES = 3
# an event cites a sentence only if the TF-IDF cosine of their claims is at least this (see
# _settled): on the hand-labelled Timeline17 timeline pairs (scripts/citation_precision.py), the
# pairs that merging had joined below 0.2 stated the entry's claim about half the time and those
# at 0.2-0.25 13 times in 28, against 6 in 7 above; at 0.3 it drops mostly right citations ("BP
# chief Tony Hayward is scheduled to appear before Congress next week" for the hearing on 17 June)
CITE = 0.25
# a citation that writes the same day as the entry may write less of the entry's words (see _cites): on
# the labelled pairs, it adds 15 stating citations for 4 partial ones and no wrong one
SAME_DAY_COVERED = 0.6
ACTOR_TYPES = {"person", "organisation", "armed_group", "government_body", "group", "other"}


def event_type(text: str) -> str | None:
    low = text.lower()
    for name, pattern in TRIGGERS:
        if pattern.search(low):
            return name
    return None


_WEEK = re.compile(r"W(\d{1,2})(-WE)?$")


@lru_cache(maxsize=65536)
def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day (ISO) a TimeML value covers, for containment tests: "2016-11-06",
    "2016-11", "2016", "2016-W44", "2016-W44-WE" (its weekend), "2016-Q2", "2016-H1", "2013-SP",
    "201" (the 2010s), "20" (the 2000s).  Days past a month's end ("2016-06-31") compare right."""
    head = value.split("-", 1)[0]
    if len(head) in (2, 3) and head.isdigit():  # a century or a decade
        span = 10 ** (4 - len(head))
        first = int(head) * span
        return f"{first:04d}-01-01", f"{first + span - 1:04d}-12-31"
    y = value[:4]
    rest = value[5:]
    if not rest:
        return f"{y}-01-01", f"{y}-12-31"
    seasons = {
        "SP": ("03-01", "05-31"),
        "SU": ("06-01", "08-31"),
        "FA": ("09-01", "11-30"),
        "AU": ("09-01", "11-30"),
        "WI": ("12-01", "12-31"),
    }
    if rest in seasons:
        a, b = seasons[rest]
        return f"{y}-{a}", f"{y}-{b}"
    if rest[:1] == "Q" and rest[1:2].isdigit():
        q = int(rest[1])
        return f"{y}-{3 * q - 2:02d}-01", f"{y}-{3 * q:02d}-31"
    if rest in ("H1", "H2"):
        return (f"{y}-01-01", f"{y}-06-31") if rest == "H1" else (f"{y}-07-01", f"{y}-12-31")
    week = _WEEK.match(rest)
    if week:
        import datetime as dt

        monday = dt.date.fromisocalendar(int(y), int(week.group(1)), 1)
        first = monday + dt.timedelta(days=5) if week.group(2) else monday
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if len(rest) == 2 and rest.isdigit():
        return f"{y}-{rest}-01", f"{y}-{rest}-31"
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10], value[:10]
    return f"{y}-01-01", f"{y}-12-31"  # an unknown refinement of the year: the whole year


def date_position(value: str | None, mod: str | None = None) -> float | None:
    """A TimeML value as a fractional year on the calendar, for ordering the timeline and placing it on
    its axis: the middle of the days the value covers (:func:`date_bounds`), so
    that a week, a month and a day fall where their days do ("the week of 27 April - 3 May" before
    1 May).  "early"/"late" (mod START/END) move it to the first or last sixth of the period, so
    "late 2016" sorts after "summer 2016"."""
    if not value or not _TIMEML_DATE.match(value):
        return None
    first, last = (_day(x) for x in date_bounds(value))
    if first is None or last is None:
        return None
    span = last - first
    point = first + span / 6 if mod == "START" else last - span / 6 if mod == "END" else first + span / 2
    return year_fraction(point)


_TIMEML_DATE = re.compile(r"^\d{2,4}(?:$|-)")


def _day(iso: str) -> float | None:
    """An ISO day as a day number (proleptic ordinal), a day past its month's end ("2016-06-31", as
    :func:`date_bounds` writes a month's last day) read as the month's last."""
    try:
        y, m, d = (int(x) for x in iso.split("-"))
    except ValueError:
        return None
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    return float(date(y, m, min(d, calendar.monthrange(y, m)[1])).toordinal())


def year_fraction(day: float) -> float:
    """Day number -> fractional year, the day's middle ("1 January 2016" is 2016 + 0.5/366)."""
    whole = int(day)
    y = date.fromordinal(whole).year
    jan1 = date(y, 1, 1).toordinal()
    return y + (day - jan1 + 0.5) / (date(y + 1, 1, 1).toordinal() - jan1) if y < 9999 else float(y)


RESTATED = 0.30
"""TF-IDF cosine at which a sentence of a compatible date restates an event already told (the
timeline's entries, the summary's sentences).  On three Timeline17 briefs the same-date pairs at
>= 0.30 were all one event told again ("the rig exploded on 20 April, killing 11" / "the rig sank on
20 April after an explosion, killing 11"); distinct events of one day mostly score under 0.15."""
RESTATED_FIGURE = 0.2
"""... and the cosine that is enough when both write the same figure ("explosion killed 11 workers"
/ "a rig leased by BP exploded, killing 11 people and spewing millions of gallons": 0.24)."""


def told_again(cos: float, figures_a: set[str], figures_b: set[str]) -> bool:
    """Whether two sentences of compatible dates (the caller checks) tell one event: TF-IDF cosine
    ``RESTATED``, or ``RESTATED_FIGURE`` with a figure in common (dates and clock times are not
    figures, see :func:`storyline.story.text.figures_in`)."""
    return cos >= RESTATED or (cos >= RESTATED_FIGURE and bool(figures_a & figures_b))


def compatible(a: str, b: str) -> bool:
    """Equal, or one contains the other."""
    a0, a1 = date_bounds(a)
    b0, b1 = date_bounds(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


# how precise a date is, most precise first (a sentence is dated by its most precise expression; the timeline
# prefers a day to a month among events as well sourced)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


# One word for the forms that tell one event: irregular past forms ("sank", "began", "struck"), and
# the verbs and nouns news writes for the same happening ("exploded" / "an explosion" / "a blast",
# "killing 11" / "11 died" / "11 dead", "quake" / "earthquake").  The first word of a group stands for
# it.  Only the citation test (:func:`_cites`) uses them: a paraphrase of the entry writes its event
# in its own words, and a fact-checker finds the entry's news there all the same.
_SAME_EVENT_WORDS = (
    "kill killed killing died die dies dead death deaths",
    "explode exploded explosion explosions blast blasts blew blown",
    "quake earthquake earthquakes",
    "sink sank sunk sinking capsized capsize",
    "begin began begun beginning start started starting",
    "stop stopped halt halted end ended shut cease ceased",
    "strike struck hit",
    "seize seized capture captured",
    "injure injured wound wounded",
    "arrest arrested detain detained",
    "release released freed",
    "resign resigned resignation quit",
    "spill spilt spilled",
    "rise rose risen",
    "fall fell fallen",
    "take took taken",
    "flee fled",
    "meet met",
    "win won",
    "lose lost",
    "hold held",
    "fight fought",
    "shoot shot",
    "break broke broken",
    "bring brought",
    "send sent",
    "sell sold",
    "buy bought",
    "pay paid",
    "spend spent",
    "give gave given",
)


def _word_form(s: str) -> str:
    """A base form for a stem: "arrive" and "arriv" (from "arrived") alike, "rig'" (from "rig's") and "rig"."""
    s = s.rstrip("'")
    return s[:-1] if len(s) > 4 and s.endswith("e") else s


_EVENT_WORD = {
    _word_form(stem(w)): _word_form(stem(group.split()[0])) for group in _SAME_EVENT_WORDS for w in group.split()
}
# figures written in words ("Eleven people died" states "killing 11 workers"); "one" is left out: it is
# mostly no count ("one of the wells")
_NUMBER_WORDS = {w: str(n) for w, n in {**ONES, "twenty": TENS["twenty"]}.items() if n > 1}


@lru_cache(maxsize=65536)
def _claim_stems(claim: str) -> frozenset[str]:
    """A claim's content stems, each event word in one form (``_SAME_EVENT_WORDS``), computed once per
    text (merging compares each mention many times)."""
    out = set()
    for s in content_stems(claim):
        base = _word_form(s)
        out.add(_EVENT_WORD.get(base, base))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _figures(text: str) -> frozenset[str]:
    """The figures a claim writes in digits (``text.figures_in``: digits inside a code such as "H1N1" are
    none, so "cases have risen to 28" conflicts with "cases have risen to 27")."""
    return frozenset(figures_in(text))


@lru_cache(maxsize=65536)
def _written_figures(text: str) -> frozenset[str]:
    """The figures a sentence writes in digits (``text.figures_in``) or as a word ("eleven")."""
    words = {_NUMBER_WORDS[t] for t in tokens(text) if t in _NUMBER_WORDS}
    return _figures(text) | words


@dataclass
class Mention:
    """One sentence that reports an event (internal to this module)."""

    article: str
    root: str
    sentence: int
    text: str
    type: str
    date: DateValue | None
    basis: str  # text | reported_on | none
    entities: set[str]
    places: list[str]
    figures: list[Figure]
    published: str | None
    vector: dict[str, float] = field(default_factory=dict)
    date_text: str = ""  # the time expression that dates it, as written
    box: int = 0  # characters of a page box glued before the sentence (boxes.glued_prefixes)
    numbers: frozenset[str] = frozenset()  # the figures the claim writes in digits (_figures)
    outvoted: bool = False  # dates an act to a day other sources contradict (_outvoted): never an entry
    source: str = ""  # the original article it counts as (its root, or the first to print the sentence: _first_print)
    # the days (value, as written) of happenings the sentence names but is not dated by ("companies involved in the
    # April 20 explosion"): no news of that day, but a sign the happening matters (_named_support)
    named: tuple[tuple[str, str], ...] = ()

    @property
    def claim(self) -> str:
        """What the sentence reports: its text without a page box glued before it."""
        return self.text[self.box :].strip()

    @property
    def stems(self) -> frozenset[str]:
        """The claim's content words, stemmed (what :func:`storyline.story.text.coverage` compares)."""
        return _claim_stems(self.claim)


# what opens a part of a sentence that tells what happened before or around its news, not the news
# ("on trial following the singer's death in June 2009", "Dr Lee, who was hired for the planned July
# 2009 concerts, was in charge", "the pile-up that came after the 2001 attacks"); plans ("will testify
# on Monday", "scheduled for 17 June") keep their date: it is the date the entry gives as expected
_BACKGROUND_OPENER = re.compile(
    r"^(?:following|after|since|in the wake of|which|who|whose|because|although|though|whereas|led to|leading to|"
    r"amid|despite)\b",
    re.I,
)


# a place's aside set off by a comma tells what happened there, not the sentence's news: "... voiced concern at
# the spread following outbreaks in North America, where it emerged in April", "... the collapse of the
# government in Latvia, where riots broke out last month"
WHERE_DAYS = 7  # a place's aside telling of this past week is the story's next step, not its background
_WHERE_ASIDE = re.compile(r"(?<=,)\s*where\b", re.I)
_ASIDE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")  # summary's clause marks (summary imports this module)


def background_dates(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose dates are not the sentence's news: the background parts
    :func:`storyline.story.summary.background_spans` finds, opened by a word of time before or after
    or a subordinate or relative clause (``_BACKGROUND_OPENER``), and only after the sentence's main
    clause has begun: "After the rig exploded on 20 April, it sank" and "When the quake struck on
    Tuesday, ..." open on the time of their news.  "when" and "while" tell the time of the main clause
    ("Eleven died when the rig exploded on 20 April"), "before" is as often a place or a deadline ("to
    appear before the committee on Thursday"): they open no background.  Nor does a clause that says who
    spoke: it holds the sentence's main verb ("workers who were on the rig said there was pressure in April")."""
    from storyline.story.summary import background_spans  # summary builds on this module

    out = []
    for a, b in background_spans(text):
        if _BACKGROUND_OPENER.match(text[a:]) and re.search(r"\w", text[:a]) and not _SPEECH.search(text[a:b]):
            out.append((a, b))
    return out


# "before" opening a clause of its own ("oil leaked into the Gulf before a cap was put on the well on 3 June",
# "... flowed before BP capped the well last month"): the clause's date ends the sentence's act, it does not
# date it.  "before" with no clause of its own ("to appear before the committee on Thursday", "not before
# August", "in the hours before the 20 April blast") is a place or a deadline and keeps its date
_BEFORE = re.compile(r"\bbefore\s+(?=[\w'’])")
_BEFORE_PRONOUN = frozenset(["it", "he", "she", "they", "we"])
_BEFORE_DETERMINER = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_BE_HAVE = frozenset(["was", "were", "is", "are", "had", "has", "have"])
BEFORE_SUBJECT_WORDS = 5  # words of the clause's subject before its verb, at most


def _past(word: str) -> bool:
    """Whether ``word`` is a verb's past form: "-ed" or one of the irregular forms news writes."""
    return word in _PAST_FORMS or (word.endswith("ed") and len(word) > 4 and word.isalpha() and word.islower())


def before_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` from the verb of a clause that "before" opens to the next clause mark.  The
    clause's subject is a pronoun ("before it sank") or a noun phrase of at most ``BEFORE_SUBJECT_WORDS``
    words, with no figure nor "and" in it, then a verb in the past ("before BP capped the well", "before a
    cap was put on", "before regulators closed it"); "before the 20 April blast was ..." and "the time before his death was a nightmare" are
    noun phrases with the sentence's own verb after them, and a date in the subject is not the clause's.  An
    "-ed" word right after a determiner describes a noun ("before the scheduled recess")."""
    out = []
    for m in _BEFORE.finditer(text):
        mark = _ASIDE_END.search(text, m.end())
        end = mark.start() if mark else len(text)
        words = [(w.start(), w.group()) for w in re.finditer(r"[\w'’.-]+", text[m.end() : end])]
        if len(words) < 2:
            continue
        first = words[0][1]
        if first.lower() in _BEFORE_PRONOUN:
            if words[1][1].lower() in FINITE or _past(words[1][1]):
                out.append((m.end() + words[1][0], end))
            continue
        if first.endswith("ing") or first.lower() in ("that", "this", "then", "long", "and", "or"):
            continue  # "before being capped", "before that": no subject

        for i in range(1, min(len(words), BEFORE_SUBJECT_WORDS + 1)):
            word = words[i][1]
            after = words[i + 1][1] if i + 1 < len(words) else ""
            if word in _BE_HAVE and (_past(after) or after == "been"):
                out.append((m.end() + words[i][0], end))
                break
            bare_noun = i == 1 and first.islower() and not first.endswith("s")  # "profit before tax rose"
            if _past(word) and words[i - 1][1].lower() not in _BEFORE_DETERMINER and not bare_noun:
                out.append((m.end() + words[i][0], end))
                break
            if word.lower() in ("and", "or", "but") or not (word[0].isupper() or word.isalpha()):
                break  # a figure, a date or a second noun: the subject of no clause goes on through them
    return out


def where_asides(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that a comma and "where" set off to tell what happened at a place the sentence
    names (:data:`_WHERE_ASIDE`), to the next clause mark; not one that says who spoke."""
    out = []
    for m in _WHERE_ASIDE.finditer(text):
        mark = _ASIDE_END.search(text, m.end())
        end = mark.start() if mark else len(text)
        if not _SPEECH.search(text, m.end(), end):
            out.append((m.start(), end))
    return out


def _news_cycle(value: str, published: str | None, written: str = "", days: int = 1) -> bool:
    """Whether a date reaches the day its article was published or the day before ("Hayward, who last
    night cancelled his speech, ...", "following a pressure test yesterday", "which crashed markets last
    week"): in a background part such a date is still the news the article reports; an older or a later one is
    not.  A month, a season or a year named on its own (``written`` with no "this", "last" ...: "April",
    "early April", "the summer") holds the article's day whatever the aside reports ("The woman, whose illness
    began in early April, had no contact with ..." in an article of 26 April; "going back to work after the
    summer break" in one of June): it is the aside's date, not the news cycle's."""
    day = value.split("T")[0]
    if not published or not _DATE_VALUE.match(day):
        return False
    if len(day) < len("2000-01-01") and "W" not in day and not _DEICTIC.search(written):
        return False
    first, last = date_bounds(day)
    return first <= published[:10] and last >= _minus_days(published, days)


# what ties a month, a season or a year to the article's own time ("this month", "last week", "earlier this year")
_DEICTIC = re.compile(r"\b(?:this|last|past|next|earlier|later|current|coming)\b", re.I)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# "by" and a determiner before a day and a noun of an event: the thing as the agent of a passive ("a recession
# worsened by the Sept. 11, 2001, attacks", "the spill triggered by the April 20 explosion"), a name like any
# other.  A year after "by the" is left to the year's own test, where the passive's agent is what the sentence
# reports ("Hong Kong was hit hard by the 2003 SARS outbreak")
_AGENT_BEFORE = re.compile(r"\b[Bb]y\s+(?:the|its|his|her|their)\s+$")


# "in", "after" or "before" and a determiner before a day and a noun of an event: the happening the sentence's
# act is set against ("lawsuits against the companies involved in the April 20 explosion", "found missed
# warning signs before the April 20 explosion", "After the May 3 vote, the party split"): an act after or
# before it, or one that only names it, is not of its day.  Its own toll is ("Eleven workers were killed in
# the April 20 explosion", ``_TOLL_IN``), and so is what is done within hours of it ("right before the blast",
# ``_HOURS_AWAY``).  A year is left to the year's own test: "in the 2008 campaign" is a time, not a day's act
_HAPPENING_BEFORE = re.compile(r"\b(in|after|before)\s+(?:the|its|his|her|their)\s+$", re.I)
_HOURS_AWAY = re.compile(r"\b(?:hours|minutes|moments|right|immediately|just)\s+$", re.I)
# what a happening does to those in it, as the verb or adjective before "in the <day> <happening>": the deaths,
# wounds and losses figures count (``WHAT_CATEGORIES``), a thing wrecked, a vote or a fight taken part in.  Not
# the nouns that count them ("deaths", "injuries", "death"): "the death toll in the May 2 quake has risen" is
# later news about the quake
_TOLL_IN = frozenset(
    [
        w
        for what in ("killed", "wounded", "missing", "trapped")
        for w in WHAT_CATEGORIES[what]
        if not w.endswith(("s", "death"))
    ]
    + ["destroyed", "damaged", "lost", "sank", "sunk", "collapsed", "voted", "participated", "fought"]
)


def _toll_in(text: str) -> bool:
    """Whether the clause ``text`` ends in (is the lead-in to "in the <day> <happening>" of) the happening's toll:
    the nearest verb or word of harm back to the clause's start is one of ``_TOLL_IN`` ("were killed", "lost
    its rig", "lost their lives") rather than another verb ("involved", "sentenced for his role")."""
    mark = max((m.end() for m in _ASIDE_END.finditer(text)), default=0)
    for word in reversed(re.findall(r"[\w'’-]+", text[mark:])):
        low = word.lower()
        if low in _TOLL_IN:
            return True
        if low in FINITE or _past(low):
            return False
    return False


def _names_thing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is part of the name of a thing ("lawsuits over the April 20
    explosion", "victims of the Sept. 11, 2001, attacks", "worsened by the Sept. 11, 2001, attacks"): written
    between a determiner and a noun of an event (``_NAMED_BEFORE`` or ``_AGENT_BEFORE``, ``_NAMED_AFTER``, as
    for a year), not after another preposition of time nor at the sentence's start ("The April 20 explosion
    killed 11 workers": there the thing is what the sentence reports).  A day after "in", "after" or "before"
    (``_HAPPENING_BEFORE``) names the happening the sentence's act is set against, unless that act is its toll
    or within hours of it: "died in the April 20 blast" and "In the April 20 blast, 11 died" are its news."""
    before = text[:start]
    named = _NAMED_BEFORE.search(before) or (_AGENT_BEFORE.search(before) and not _YEAR.fullmatch(text[start:end]))
    if not named and not _YEAR.fullmatch(text[start:end]):
        named = _set_against(before)
    if not named or before.strip().lower() in _BEFORE_DETERMINER:
        return False
    return bool(_NAMED_AFTER.match(re.sub(r"^,(?=\s)", "", text[end:])))


def _set_against(before: str) -> bool:
    """Whether ``before`` (a sentence up to a day) ends in "in", "after" or "before" and a determiner that set
    the sentence's act against a happening (``_HAPPENING_BEFORE``) rather than tell it."""
    m = _HAPPENING_BEFORE.search(before)
    if not m:
        return False
    lead = before[: m.start()]
    if m.group(1).lower() != "in":
        return not _HOURS_AWAY.search(lead)
    return bool(re.search(r"\w", lead)) and not _toll_in(lead)


def _set_against_at(text: str, written: str) -> bool:
    """Whether the day ``written`` in ``text`` names a happening only because the sentence's act is set against
    it (:func:`_set_against`: "involved in the April 20 explosion", "weeks before the April 20 explosion"), not
    as the name of a thing of the older rules ("lawsuits over the April 20 explosion")."""
    at = text.find(written)
    if at < 0:
        return False
    before = text[:at]
    return not (_NAMED_BEFORE.search(before) or _AGENT_BEFORE.search(before)) and _set_against(before)


def _ended_before(value: str | None, published: str | None) -> bool:
    """Whether a date (a TimeML value) ended before the day ``published``."""
    day = (value or "").split("T")[0]
    return bool(published and _DATE_VALUE.match(day) and date_bounds(day)[1] < published[:10])


def _now_clause(text: str) -> bool:
    """Whether a sentence is written in the present or the future (``_NOW_WORDS``, ``_THEN_WORDS``)."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", text)]
    if any(w in _THEN_WORDS for w in words):
        return False
    return any(w in _NOW_WORDS and (i == 0 or words[i - 1] not in _MODAL_BEFORE) for i, w in enumerate(words))


def sentence_date(doc: AnnotatedArticle, sentence: Sentence) -> tuple[DateValue, str] | None:
    """The most precise date the sentence's own time expressions give, and the expression.

    An expression introduced by "since" does not date the sentence: "BP's shares have halved
    since the explosion on 20 April" reports a state that began then, not news of 20 April (on a
    timeline it would stand beside the explosion as a second 20 April entry); a lead sentence
    like it is still "reported on" its article's date.  Nor does one in a background part of the
    sentence (:func:`background_dates`) unless it is the day of the article or the day before
    (:func:`_news_cycle`): "Dr Lee is on trial following the singer's death in June 2009" is no June
    2009 news.  Nor does one in a place's aside (:func:`where_asides`: "voiced concern at the spread
    following outbreaks in North America, where it emerged in April") unless it is within ``WHERE_DAYS``
    of the article: "He was transferred to a hospital in Houston, where he died on Monday night" tells the
    story's next step; "the Deepwater Horizon, where 11 workers died in the April 20 explosion", in an
    article of November, its background.  A date that is part of the name of a thing (:func:`_names_thing`:
    "lawsuits over the April 20 explosion", "victims of the Sept. 11, 2001, attacks", "companies involved in the
    April 20 explosion", "warning signs missed before the April 20 explosion") dates the sentence only
    when no other expression does ("Executives of the companies involved with the April 20 explosion told
    lawmakers on Tuesday ..." is Tuesday's news), and not a lead sentence written in the present whose
    named things all ended before its article (:func:`_now_of_past`: "The controversy over the April 20
    explosion is spilling into Washington"): that is reported on its article's day, as a lead sentence with
    no date is.  A later sentence keeps the thing's date: by news convention only a lead is the day's news."""
    return _sentence_date(doc, sentence)[0]


def _sentence_date(
    doc: AnnotatedArticle, sentence: Sentence
) -> tuple[tuple[DateValue, str] | None, list[tuple[int, DateValue, str]]]:
    """:func:`sentence_date`, and the dates of the sentence that name a thing (:func:`_names_thing`)."""
    found, names = _dates(doc, sentence)
    if not found and not (sentence.index < LEAD_SENTENCES and _now_of_past(doc, sentence, names)):
        # a thing of the article's days may date it ("survivors of the Tuesday quake were pulled out alive"),
        # an earlier happening's name never does: "election officials announced the results of the January 30
        # elections" in an article of 14 February, "Feinberg oversaw the fund for victims of the Sept. 11
        # attacks", "the commission's report blamed failures for the April 20 explosion" are not news of that day
        found = [n for n in names if not _earlier(n[1].value, doc.article.published.value, n[2])]
    best = min(found, key=lambda f: f[0], default=None)
    return ((best[1], best[2]) if best else None), names


def _earlier(value: str | None, published: str | None, written: str) -> bool:
    """Whether a date ended before its article's days (:func:`_news_cycle`): an earlier happening's."""
    return _ended_before(value, published) and not _news_cycle(value or "", published, written)


def _now_of_past(doc: AnnotatedArticle, sentence: Sentence, names: list[tuple[int, DateValue, str]]) -> bool:
    """Whether ``sentence`` is in the present and the things its dates ``names`` name all ended before its
    article: a thing named for a day ahead ("campaigning for the November 2 election") stays the plan's date."""
    published = doc.article.published.value
    return bool(names) and all(_ended_before(n[1].value, published) for n in names) and _now_clause(sentence.text)


def _dates(
    doc: AnnotatedArticle, sentence: Sentence
) -> tuple[list[tuple[int, DateValue, str]], list[tuple[int, DateValue, str]]]:
    """The dates that may date ``sentence`` (precision rank, value, text): (the others, those naming a thing)."""
    found: list[tuple[int, DateValue, str]] = []
    names: list[tuple[int, DateValue, str]] = []  # dates naming a thing: the sentence's only when no other
    spans = background_dates(sentence.text)
    asides = where_asides(sentence.text)
    befores = before_clauses(sentence.text)
    published = doc.article.published.value
    for t in doc.times:
        if t.sentence != sentence.index or t.value is None or t.type not in ("DATE", "TIME"):
            continue
        before = sentence.text[: max(0, t.start - sentence.start)]
        if _SINCE.search(before):
            continue
        if _inside(t.start - sentence.start, spans) and not _news_cycle(t.value, published, t.text):
            continue  # "on trial following the singer's death in June 2009": the death's date
        if _inside(t.start - sentence.start, befores) and not _news_cycle(t.value, published, t.text):
            continue  # "oil leaked before a cap was put on the well on 3 June": the cap's date
        if _inside(t.start - sentence.start, asides) and not _news_cycle(t.value, published, t.text, WHERE_DAYS):
            continue  # "voiced concern at outbreaks in North America, where it emerged in April"
        if (
            re.fullmatch(r"\d{4}", t.text)
            and t.text < (doc.article.published.value or "0")[:4]
            and _NAMED_BEFORE.search(before)
            and before.strip().lower() not in ("the", "its", "his", "her", "their")
            and _NAMED_AFTER.match(sentence.text[t.end - sentence.start :])
        ):
            continue  # "surpassed the 1989 Exxon Valdez disaster": a past thing's year
        named = _names_thing(sentence.text, t.start - sentence.start, t.end - sentence.start)
        value, precision = t.value, t.precision
        if t.type == "TIME" or "T" in value:  # "Saturday night" = 2016-11-05TNI: the day is what a timeline shows
            value, precision = value.split("T")[0], "day"
        if not _DATE_VALUE.match(value):
            continue
        (names if named else found).append(
            (PRECISION_RANK.get(precision, 9), DateValue(value=value, precision=precision, mod=t.mod), t.text)
        )
    return found, names


def mentions_of(
    docs: Sequence[AnnotatedArticle],
    entities: dict[str, Entity],
    places: dict[str, Place],
    off_story: Mapping[str, frozenset[int]] | None = None,
) -> tuple[list[Mention], list[Mention]]:
    """(dated mentions, undated mentions) over all articles, in input order.  ``off_story``:
    Article.id -> indexes of sentences that are not about the story (they give no mention)."""
    dated: list[Mention] = []
    undated: list[Mention] = []
    for doc in docs:
        art = doc.article
        root = art.duplicate_of or art.id
        pub = art.published
        skip = (off_story or {}).get(art.id, frozenset())
        figures_by_sentence: dict[int, list[Figure]] = {}
        for f in doc.figures:
            figures_by_sentence.setdefault(f.sentence, []).append(f)
        for s in doc.sentences:
            text = s.text[live_stamp_end(s, doc.times) :].strip()
            if len(text) < 25 or text.endswith("?") or s.index in skip:
                continue
            kind = event_type(text)
            dated_by, names = _sentence_date(doc, s)
            date = dated_by[0] if dated_by else None
            if kind is None and date is None:
                continue
            kind = kind or _untyped(text)
            basis = "text"
            if date is None:
                if s.index < LEAD_SENTENCES and pub.value and not _PAST_MARKER.match(text):
                    date = DateValue(value=pub.value, precision=pub.precision)
                    basis = "reported_on"
                else:
                    basis = "none"
            ents = {m.entity for m in doc.mentions if m.sentence == s.index and m.entity}
            ents = {e for e in ents if e in entities and entities[e].type in ACTOR_TYPES}
            plcs = [tp.place for tp in doc.toponyms if tp.sentence == s.index and tp.place and tp.place in places]
            m = Mention(
                art.id,
                root,
                s.index,
                text,
                kind,
                date,
                basis,
                ents,
                plcs,
                figures_by_sentence.get(s.index, []),
                pub.value,
                date_text=dated_by[1] if dated_by else "",
                source=root,
                named=tuple(
                    (n[1].value, n[2])
                    for n in names
                    if n[1].value
                    and n[1].precision == "day"
                    and not n[1].mod
                    and (n[1], n[2]) != dated_by
                    and _set_against_at(text, n[2])
                ),
            )
            (dated if date is not None else undated).append(m)
    return dated, undated


def _untyped(text: str) -> str:
    """The type of a dated sentence no trigger types: a statement when someone speaks."""
    return "statement" if _SPEECH.search(text) else "other"


def _same_event(a: Mention, b: Mention) -> bool:
    if a.article == b.article and a.sentence == b.sentence:
        return True
    if a.date is not None and b.date is not None:
        if not compatible(a.date.value or "", b.date.value or ""):
            return False
    elif (a.date is None) != (b.date is None):
        return False
    sim = cosine(a.vector, b.vector)
    shared = len(a.entities & b.entities) + len(set(a.places) & set(b.places))
    if a.root == b.root:  # the same source repeating itself: only near-paraphrases merge
        return sim >= 0.5
    return sim >= 0.45 or (sim >= 0.18 and shared >= 1 and (a.type == b.type or "statement" in (a.type, b.type)))


def _conflict(a: Mention, b: Mention) -> bool:
    """Both write figures and share none: two claims ("WHO has confirmed 236 cases" is not "the
    outbreak has affected 41 countries"), whatever else they share."""
    return bool(a.numbers and b.numbers and not a.numbers & b.numbers)


def _quantities(m: Mention) -> dict[tuple[str, str | None], list[tuple[float, float]]]:
    """The figures a claim writes, by what they count (unit and kind, from the figures stage), as
    ranges ("more than 2 million" reaches any higher figure, "about" 10 % either way); figures of a page
    box glued before the claim and orders of magnitude ("thousands") left out."""
    out: dict[tuple[str, str | None], list[tuple[float, float]]] = {}
    for f in m.figures:
        if f.unit and f.qualifier != "order" and f.text in m.claim:
            low, high = f.value, f.value_max if f.value_max is not None else f.value
            if f.qualifier in ("more_than", "at_least"):
                high = math.inf
            elif f.qualifier in ("up_to", "fewer_than"):
                low = 0.0
            elif f.qualifier in ("about", "approx"):
                low, high = low * 0.9, high * 1.1
            out.setdefault((f.unit, f.what), []).append((low, high))
    return out


_COUNT = re.compile(r"\b(\d+(?:[.,]\d+)*|[A-Za-z]+)\s+([a-z][a-z-]+)")


@lru_cache(maxsize=65536)
def _counted(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """What a sentence counts, by the word that follows the figure ("9 sailors", "Seven sailors" ->
    {"sailor": {"9"}}, {"sailor": {"7"}}), and the counted words whose figure is written as a word."""
    out: dict[str, set[str]] = {}
    in_words: set[str] = set()
    for number, noun in _COUNT.findall(text):
        value = number.replace(",", "") if number[0].isdigit() else _NUMBER_WORDS.get(number.lower())
        if value is not None:
            out.setdefault(stem(noun), set()).add(value)
            if not number[0].isdigit():
                in_words.add(stem(noun))
    return {k: frozenset(v) for k, v in out.items()}, frozenset(in_words)


def _other_count(a: str, b: str) -> bool:
    """Whether the two count the same thing with other figures, one of them written as a word
    ("killing 9 sailors" / "Seven sailors died"; figures in digits are :func:`_conflict`'s and
    :func:`_quantities`')."""
    (ca, wa), (cb, wb) = _counted(a), _counted(b)
    return any(not ca[k] & cb[k] for k in (ca.keys() & cb.keys()) & (wa | wb))


def _other_figure(a: Mention, b: Mention) -> bool:
    """Both count the same thing and give different figures for it ("206 million gallons of oil spewed"
    / "spewed 94 million to 184 million gallons"): the citation would contradict the entry, whatever
    figure they share besides ("killing 11 workers")."""
    if _other_count(a.claim, b.claim):
        return True
    qa, qb = _quantities(a), _quantities(b)
    return any(not any(x0 <= y1 and y0 <= x1 for x0, x1 in qa[k] for y0, y1 in qb[k]) for k in qa.keys() & qb.keys())


def _precision(m: Mention) -> str:
    return m.date.precision if m.date is not None else ""


def _months(value: str) -> list[str]:
    """The year-months ("2016-11") a TimeML value covers."""
    a, b = date_bounds(value)
    y, m = int(a[:4]), int(a[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= b[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _key_terms(m: Mention, k: int = 5) -> frozenset[str]:
    """The k heaviest TF-IDF terms of a mention: two sentences about one event share one."""
    return frozenset(sorted(m.vector, key=lambda t: (-m.vector[t], t))[:k])


def merge(mentions: list[Mention]) -> list[list[Mention]]:
    """Greedy single-pass clustering, most specific dates first; deterministic.

    Clusters are indexed by their head's day, months and year, so a mention is compared only
    with clusters whose dates can be compatible with its own (near-linear on large collections).
    """
    order = sorted(
        range(len(mentions)),
        key=lambda i: (PRECISION_RANK.get(_precision(mentions[i]), 9), i),
    )
    clusters: list[list[Mention]] = []
    heads: list[frozenset[str]] = []
    by_day: dict[str, list[int]] = {}
    by_month: dict[str, list[int]] = {}
    by_year: dict[str, list[int]] = {}
    for i in order:
        m = mentions[i]
        value = m.date.value if m.date is not None else None
        if value is None:
            candidates = by_year.get("", [])
        elif _precision(m) == "day":
            candidates = by_day.get(value[:10], [])
        elif _precision(m) == "year":
            candidates = by_year.get(value[:4], [])
        else:
            seen: dict[int, None] = {}
            for ym in _months(value):
                seen.update(dict.fromkeys(by_month.get(ym, [])))
            candidates = sorted(seen)
        if len(candidates) > 32:  # a big bucket (undated, or a whole year): shared key terms first
            mine = _key_terms(m)
            candidates = [ci for ci in candidates if heads[ci] & mine]
        for ci in candidates:
            c = clusters[ci]
            if _same_event(c[0], m) and all(_same_event(x, m) or cosine(x.vector, m.vector) >= 0.15 for x in c[1:]):
                c.append(m)
                break
        else:
            ci = len(clusters)
            clusters.append([m])
            heads.append(_key_terms(m))
            if value is None:
                by_year.setdefault("", []).append(ci)
                continue
            by_year.setdefault(value[:4], []).append(ci)
            if _precision(m) == "day":
                by_day.setdefault(value[:10], []).append(ci)
            if _precision(m) != "year":
                for ym in _months(value):
                    by_month.setdefault(ym, []).append(ci)
    return clusters


def _cites(rep: Mention, m: Mention) -> bool:
    """Whether an event whose entry shows ``rep`` may cite ``m``, and count its article as a source:
    it says the same (TF-IDF cosine of the two claims >= ``CITE``), gives no other figures, and
    writes most of what the entry says (``text.COVERED`` of the entry's content words,
    :func:`storyline.story.text.coverage`).

    The coverage test is the summary's, for the same reason: "The April explosion of BP's rig
    killed 11 workers" shares the entry's words but not its news ("the well began leaking oil into
    the Gulf after the rig exploded on 20 April, killing 11 workers"), and a fact-checker following
    it finds half the entry.  On 620 hand-labelled Timeline17 pairs (scripts/citation_precision.py,
    2026-11-23) the pairs merging joins stated the entry 0.72 of the time, and 0.92 of those that
    also write 70 % of its words; the 191 stating pairs below 70 % (a paraphrase in other words,
    or a sentence giving only the entry's main part) could not be told from the partial and wrong
    ones by shared figures, names, weighted words or the main clause's words (each rescue admitted
    about one partial or wrong pair per right one), so they are neither cited nor counted.  One
    rescue holds: a sentence that writes the same day as the entry (both dated by their own text)
    and 60 % of its words, with no other figures or negation (``text.supports``), tells the same
    dated event in other words; it adds 15 stating pairs for 4 partial ones and no wrong one.

    Session 17: the words compared are the claim's stems with one form for one event's words
    (``_SAME_EVENT_WORDS``: "sank"/"sinking", "exploded"/"explosion"/"blast", "killing"/"died"), figures
    written as words count for the same-day test ("Eleven people died" for "killing 11 workers"), and a
    sentence that gives another figure for the same counted thing (:func:`_other_figure`) is never
    cited.  On the labelled pairs the merge joins: +12 stating, +1 partial, no wrong.  Lowering
    ``SAME_DAY_COVERED`` to 0.55 or 0.5 was measured and left: on held-out collections the 0.55-0.6
    band cited 9 stating pairs for 3 partial and 2 wrong ones.

    Session 18: a sentence that denies what the entry states, or states what it denies, is never
    cited (:func:`_negation_agrees`: "he denies giving the drugs" / "it is alleged he gave the drugs",
    "we don't know what will happen in the south" / "what happens in the south will be a good
    indicator"); a negation in a clause about something else costs nothing.  Digits inside a code
    ("H1N1") are no figure, so "cases have risen to 28" and "... to 27" conflict.

    A sentence that gives as possible, planned, expected or conditional what the entry states
    as fact is never cited (:func:`modality_agrees`: "a judge will decide if he should stand trial" for
    "he is ordered to stand trial", "will make his fourth trip on Monday" for "makes a fourth trip");
    the entry may cite a report that its plan was carried out.  On the gate's labelled pairs it drops 1
    partial pair and no stating one; of the 139 timeline pairs of three held-out briefs (H1N1 BBC, MJ
    BBC, BP Reuters) it refuses 11, read one by one: each a plan or condition cited for a fact."""
    if m is rep:
        return True
    if cosine(rep.vector, m.vector) < CITE or _conflict(rep, m) or _other_figure(rep, m):
        return False
    if not _negation_agrees(rep, m) or not modality_agrees(rep.claim, m.claim, _ahead(rep)):
        return False
    share = coverage(rep.stems, m.stems)
    if share >= COVERED:
        return True
    # two sentences that both write the same day for the event, in other words ("the offensive began on
    # 17 October" / "before the battle to retake that city began October 17")
    return share >= SAME_DAY_COVERED and _same_written_day(rep, m) and _supports(rep.claim, m.claim)


# a negation cue (a denial: "he denies giving ..."), and the words it denies: those after it up to the
# clause's end (punctuation, a conjunction) and at most ``_SCOPE`` words.  "not guilty" (a plea), "not only", "not least" and "no
# doubt" assert; "none" denies what follows only as a subject ("none of them", "none was found"):
# "hope where they had none" denies nothing after it
_NEG_TOKEN = re.compile(r"[\w'’-]+|[,;:()\"“”.!?—–]| - ")
_NEG_CUES = frozenset(
    [
        "no",
        "not",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "deny",
        "denies",
        "denied",
        "denying",
    ]
)
_NEG_IDIOMS = re.compile(
    r"\bnot\s+(?:guilty|only|least)\b|\bno\s+doubt\b|\bnone\b(?!\s+(?:of|was|were|is|are|has|have|had)\b)", re.I
)
_CLAUSE_END = frozenset([*',;:()"“”.!?—–', " - "])
_CLAUSE_WORDS = frozenset(["but", "though", "although", "however", "while", "whereas", "because", "which", "who"])
# a capitalised function word inside a sentence starts another one glued on (a caption, a box: "Dr
# Murray denies any wrongdoing On 8 February, Dr Murray appeared ..."): the denial ends before it
_GLUED_START = frozenset(
    [
        "On",
        "In",
        "At",
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "This",
        "That",
        "There",
        "His",
        "Her",
        "Its",
        "Their",
    ]
)
_SCOPE = 8
_SCOPE_SHARED = 2


@lru_cache(maxsize=65536)
def _negated_scopes(text: str) -> tuple[str, ...]:
    """The words each negation in ``text`` denies ("we don't know what will happen in the south" ->
    "know what will happen in the south")."""
    text = _NEG_IDIOMS.sub(lambda m: "X" * len(m.group()), text)
    toks = [t.group() for t in _NEG_TOKEN.finditer(text)]
    out = []
    for i, t in enumerate(toks):
        low = t.lower()
        if low in _NEG_CUES or low.endswith(("n't", "n’t")):
            scope = []
            for u in toks[i + 1 : i + 1 + _SCOPE]:
                if u in _CLAUSE_END or u.lower() in _CLAUSE_WORDS or u in _GLUED_START:
                    break
                scope.append(u)
            out.append(" ".join(scope))
    return tuple(out)


def _denies(text: str, other: frozenset[str]) -> bool:
    """Whether a negation in ``text`` denies the words of the other sentence (``other``: its claim
    stems): two of them in the negation's scope."""
    return any(len(_claim_stems(scope) & other) >= _SCOPE_SHARED for scope in _negated_scopes(text))


def _negation_agrees(rep: Mention, m: Mention) -> bool:
    """Whether neither or both sentences deny what they share: "we don't know what will happen in
    the south" does not support "what happens in the south will be a good indicator".  A negation in
    a clause about something else ("..., but no decision has been taken") is no disagreement, so it
    does not cost a right citation."""
    return _denies(rep.claim, m.stems) == _denies(m.claim, rep.stems)


# what makes a clause tell something that has not (or not yet surely) happened: a modal verb ("could
# rise to 500"), a future, a plan or a commitment ("will decide", "is expected to announce", "is to
# meet", "agreed to pay"), a condition or an open question ("if he should stand trial", "whether the
# cap holds"), a forecast or a call ("predicted that ...", "urged BP to ...").  Lower-case modals only:
# "May 19", "Will Smith" are none.  "may/might/could/should have" is left out: it hedges a past event
# ("up to 200,000 people might have died"), which it still reports (as summary._FORECAST does)
_MODAL_CUE = re.compile(
    r"\b(?:will|would|shall|must|can|(?:could|might|may|should)(?!\s+(?:not\s+|also\s+|well\s+)?have\b))\b|['’]ll\b"
    r"|\b(?:going|expected|set|likely|unlikely|poised|scheduled|planning|plans?|planned|intends?|intended|"
    r"aims?|aimed|aiming|hopes?|hoped|hoping|wants?|wanted|threaten(?:s|ed)?|"
    r"vow(?:s|ed)?|seeks?|sought|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|propose[sd]?|agree[sd]?|"
    r"is|are|due)\s+to\b(?!\s+(?:the|a|an|its|his|her|their|this|that|be\s+blamed)\b)"
    r"|\b(?:[Ii]f|[Ww]hether|[Uu]nless|predict(?:s|ed|ing)?|forecasts?|urg(?:e|es|ed|ing)|calls? for|called for)\b"
)
# what is offered, pledged or promised is not yet given ("was offering free land", "pledges of $5m"); the
# offer itself is a fact ("accepted the pay offer", "pledged to send help"), so only the words after it
_COMMITMENT_CUE = re.compile(r"\b(?:offer|pledg|promis)(?:e|es|s|ed|ing)?\b")
_MODAL_SCOPE = 10  # words after the cue
_MODAL_SUBJECT = 4  # words before it, back to the clause's start: "the death toll could rise"
_SUBJECT_STOP = frozenset(
    [
        "that",
        "and",
        "said",
        "says",
        "say",
        "told",
        "but",
        "as",
        "when",
        "while",
        "think",
        "thinks",
        "believe",
        "believes",
    ]
)
# a clause placing the modal one in time ("could have been reached before a cap was put on the well")
# tells something else, and so does a sentence glued on after it (any capitalised word of these)
_MODAL_CLAUSE_END = frozenset(["before", "after", "when", "since", "until", "once", "where", "so"])


def _modal_clause_end(tok: str) -> bool:
    low = tok.lower()
    return (
        tok in _CLAUSE_END
        or low in _CLAUSE_WORDS
        or low in _MODAL_CLAUSE_END
        or tok in _GLUED_START
        or (tok[:1].isupper() and low in _MODAL_CLAUSE_END | _CLAUSE_WORDS | {"if", "as", "for", "by"})
    )


@lru_cache(maxsize=65536)
def _modal_scopes(text: str) -> tuple[tuple[str, str], ...]:
    """The clauses a modal, future, conditional or forecast cue in ``text`` puts out of the real ("the
    death toll could rise to 500, officials said" -> ("the death toll", "rise to 500")): the words after the
    cue up to the clause's end (at most ``_MODAL_SCOPE``) and its subject, the words before it back
    to the clause's start (at most ``_MODAL_SUBJECT``); after an offer, pledge or promise
    (``_COMMITMENT_CUE``) only the words after it."""
    out = []
    cues = [(c, True) for c in _MODAL_CUE.finditer(text)] + [(c, False) for c in _COMMITMENT_CUE.finditer(text)]
    for cue, subject in cues:
        after: list[str] = []
        for t in _NEG_TOKEN.finditer(text[cue.end() :]):
            if len(after) == _MODAL_SCOPE or _modal_clause_end(t.group()):
                break
            after.append(t.group())
        before: list[str] = []
        for u in reversed(
            [t.group() for t in _NEG_TOKEN.finditer(text[: cue.start()])][-_MODAL_SUBJECT:] if subject else []
        ):
            if _modal_clause_end(u) or u.lower() in _SUBJECT_STOP:
                break
            before.insert(0, u)
        out.append((" ".join(before), " ".join(after)))
    return tuple(out)


def _hedges(text: str, other: str) -> bool:
    """Whether a modal cue in ``text`` puts out of the real what ``other`` writes: two of the other
    sentence's content words (one event's word forms as one) or figures in one cue's clause, one of them
    after the cue: a subject alone shared ("the mayor should resign" / "the mayor took office") is
    another fact about it."""
    words = _claim_stems(other) | _figures(other)
    for subject, predicate in _modal_scopes(text):
        said = (_claim_stems(predicate) | _figures(predicate)) & words
        if said and len(said | (_claim_stems(subject) & words)) >= _SCOPE_SHARED:
            return True
    return False


def modality_agrees(claim: str, cited: str, claim_ahead: bool = False) -> bool:
    """Whether ``cited`` may support ``claim`` in mode: it does not tell as possible, planned, expected
    or conditional (:func:`_modal_scopes`) what the claim tells as fact.  "A judge will decide if he
    should stand trial" does not support "he was ordered to stand trial", "could rise to 500" not "rose
    to 500", "is expected to announce" not "announced".  A cue in a clause about something else ("...,
    and the inquiry will report next year") costs nothing.  The other way is no harm: a sentence
    reporting as done what the claim gives as planned ("the appeal was shown on Friday" for "the appeal
    is due to be shown on Friday") confirms it.  ``claim_ahead``: the claim is dated after its article
    was published, so it tells a plan whatever its verbs ("the concert takes place on 8 October").

    The cited sentence's own date is not used the same way: a date after publication often dates a
    phrase, not its claim ("a memo delivered in advance of Tuesday's hearing")."""
    return claim_ahead or not _hedges(cited, claim) or _hedges(claim, cited)


def _ahead(m: Mention) -> bool:
    """Whether the sentence's own text dates it after its article was published (a plan, a forecast)."""
    return bool(
        m.basis == "text"
        and m.date
        and m.date.value
        and m.published
        and date_bounds(m.date.value)[0] > m.published[:10]
    )


def _supports(claim: str, cited: str) -> bool:
    """:func:`storyline.story.text.supports`, figures written as words counted: ``cited`` is no
    question, both or neither are negated, and it writes every figure the claim writes, in digits or
    in words ("Eleven people died" writes the 11 of "killing 11 workers"; "up to three million people
    affected" is not written by "200,000 people died … 1.5 million homeless")."""
    if cited.rstrip().endswith("?") or negated(claim) != negated(cited):
        return False
    return _written_figures(claim) <= _written_figures(cited)


def _same_written_day(a: Mention, b: Mention) -> bool:
    """Whether both sentences are dated by a day their own text writes, and it is the same day."""
    return (
        a.basis == "text"
        and b.basis == "text"
        and a.date is not None
        and b.date is not None
        and a.date.mod is None
        and b.date.mod is None
        and a.date.value == b.date.value
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.date.value or "") is not None
    )


def _settled(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """Each cluster keeps the mentions that support its representative (the sentence the timeline
    shows); the others are merged again among themselves, into events of their own.

    ``merge`` links a mention to a cluster through the cluster's first mention, so a cluster can
    hold sentences that share its date and actor but not the claim its representative states
    ("WHO says it has confirmed 236 cases" and "Since WHO raised its alert to level five on 29
    April, the outbreak has affected 41 countries"): cited together they would be a false
    corroboration."""
    out: list[list[Mention]] = []
    todo = deque(clusters)
    while todo:
        c = todo.popleft()
        rep = _representative(c)
        cited = [_cites(rep, m) for m in c]
        out.append([m for m, ok in zip(c, cited, strict=True) if ok])
        rest = [m for m, ok in zip(c, cited, strict=True) if not ok]
        if rest:
            todo.extend(merge(rest))
    return out


_ACT_STOP = frozenset([",", ";", ":", "—", "–", " - ", "which", "who", "whose", "but", "while", "although", "though"])
_ACT_FUNCTION = frozenset(["was", "were", "had", "been", "has", "have", "is", "are", "be"])
_ACT_SPAN = 8  # words looked through, back from the date, for the act it dates
# past forms news writes that do not end in "-ed"
_PAST_FORMS = frozenset(
    [
        "sank",
        "sunk",
        "began",
        "begun",
        "struck",
        "hit",
        "blew",
        "blown",
        "fled",
        "met",
        "won",
        "lost",
        "held",
        "fought",
        "shot",
        "broke",
        "broken",
        "brought",
        "sent",
        "sold",
        "bought",
        "paid",
        "spent",
        "gave",
        "given",
        "took",
        "taken",
        "rose",
        "risen",
        "fell",
        "fallen",
        "quit",
        "shut",
        "left",
        "made",
        "led",
        "set",
        "put",
        "went",
        "came",
        "told",
        "found",
        "froze",
        "spread",
        "split",
        "spilt",
        "burst",
        "cut",
        "said",
        "knew",
        "saw",
        "thought",
        "became",
        "got",
        "kept",
        "ran",
        "stood",
        "wrote",
        "spoke",
        "drove",
        "grew",
        "heard",
        "felt",
        "meant",
        "understood",
        "built",
        "caught",
        "chose",
        "drew",
        "fed",
        "hung",
        "laid",
        "lay",
        "lit",
        "read",
        "rang",
        "sought",
        "swore",
        "threw",
        "tore",
        "woke",
    ]
)
_NAMING = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "whose"])
# what opens a subordinate clause: an act in one is background to the sentence's news ("as the quake hit on
# Tuesday, many children were separated", "the rig that exploded on 20 April")
_SUBORDINATORS = frozenset(
    [
        "as",
        "when",
        "while",
        "whilst",
        "after",
        "before",
        "since",
        "until",
        "once",
        "because",
        "although",
        "though",
        "if",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "whereas",
    ]
)


@lru_cache(maxsize=65536)  # asked for every pair of a day's sentences when events join (_one_act)
def dated_act(text: str, date_text: str, background: bool = False) -> str | None:
    """The act a sentence's date dates in its main clause: the nearest verb in the past before its time
    expression in the same clause ("the rig sank two days later" -> "sink", "the flow of oil was shut off at
    1425 (1925 GMT) on Thursday" -> "stop"), or after it when the date opens the clause ("On 20 April the rig
    exploded"), one event's verbs in one form (``_SAME_EVENT_WORDS``).  None when the date is in a background
    part of the sentence (:func:`storyline.story.summary.background_spans`) or the verb is in a subordinate or
    relative clause ("oil has leaked since the rig exploded on 20 April", "as the quake hit on Tuesday, many
    children were separated", "the rig that exploded on 20 April": other news), when the date names a thing
    rather than the time of an act ("Tuesday's earthquake", "the 12 January quake": the quake's date), when the
    date is not found, when the verb says who spoke ("said on Thursday that ...") or when no verb is near.
    ``background``: the act is read in a background or subordinate part too ("oil has leaked since the rig
    exploded on 20 April" -> "explode"): what the sentence tells of that day, news or not, for the test of
    an entry that retells another (:func:`storyline.story.assemble._untold`)."""
    from storyline.story.summary import background_spans  # summary builds on this module

    at = text.find(date_text) if date_text else -1
    if at < 0 or (not background and _inside(at, background_spans(text))):
        return None
    toks = [t.group() for t in _NEG_TOKEN.finditer(text[:at])]
    rest = text[at + len(date_text) :]
    if (toks and toks[-1].lower() in _NAMING) or re.match(r"['’]s\b", rest):
        return None
    after = [t.group() for t in _NEG_TOKEN.finditer(rest)]
    start = max((i + 1 for i, t in enumerate(toks) if t in _CLAUSE_END - {"(", ")"}), default=0)
    for backwards, seq in ((True, toks[start:][::-1]), (False, after)):
        seen = 0
        for i, t in enumerate(seq):
            low = t.lower()
            if t in _CLAUSE_END - {"(", ")"} or low in _ACT_STOP:
                break
            if not re.fullmatch(r"[a-z][a-z'-]+", low) or low in _ACT_FUNCTION:
                continue
            seen += 1
            if seen > _ACT_SPAN:
                break
            if low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4):
                lead_in = seq[i + 1 :] if backwards else toks[start:] + seq[:i]
                if not background and any(u.lower() in _SUBORDINATORS for u in lead_in):
                    return None
                if _SPEECH.fullmatch(low):
                    return None  # "said on Thursday that ...": what was said is the news, not the saying
                base = _word_form(stem(low))
                return _EVENT_WORD.get(base, base)
    return None


RETOLD_SHARED = 2  # content words two sentences dating one act share, besides the date and the act


def retells_act(text_a: str, date_a: str, text_b: str, date_b: str) -> bool:
    """Whether two sentences dated to one day (the caller checks) tell the same dated act, in whatever
    part of the sentence: the act each date dates (:func:`dated_act`, a background or subordinate part
    too: "Oil has gushed since the rig, run by Acme, exploded off the coast on 3 May" retells "The rig
    blew up on 3 May"), and ``RETOLD_SHARED`` content words in common besides the date and the act;
    figures both write must meet ("the blast killed 11" / "the blast killed 4" are not one telling)."""
    act = dated_act(text_a, date_a, background=True)
    if act is None or act != dated_act(text_b, date_b, background=True):
        return False
    fa, fb = _figures(text_a), _figures(text_b)
    if fa and fb and not fa & fb:
        return False
    day_words = _claim_stems(date_a) | _claim_stems(date_b)
    shared = (_claim_stems(text_a) & _claim_stems(text_b)) - day_words
    return len({_EVENT_WORD.get(_word_form(w), _word_form(w)) for w in shared} - {act}) >= RETOLD_SHARED


HAPPENING_SPAN = 4
"""Words looked through on each side of a sentence's date for the happening it dates: "The April 20 blast
killed 11", "Eleven were killed in the April 20 oil rig explosion", "on April 20, the well blew out"."""


def happenings_near(text: str, date_text: str) -> frozenset[str]:
    """The happenings (one form per family of ``_SAME_EVENT_WORDS``: "blast", "explosion" and "blew" are
    one) a sentence writes next to its date, as a verb or as a noun: "the April 20 blast" names its
    happening after the date, where :func:`dated_act` reads none."""
    at = text.find(date_text) if date_text else -1
    if at < 0:
        return frozenset()
    near = tokens(text[:at])[-HAPPENING_SPAN:] + tokens(text[at + len(date_text) :])[:HAPPENING_SPAN]
    forms = (_word_form(stem(t)) for t in near)
    return frozenset(_EVENT_WORD[f] for f in forms if f in _EVENT_WORD)


def counted_figures(text: str) -> frozenset[str]:
    """The figures a sentence writes (in digits or a word, :func:`_written_figures`) less those that measure
    time ("Five days later", "after 87 days"): a span of time counts no part of a happening."""
    toks = tokens(text)
    spans = {
        _NUMBER_WORDS.get(t, t) for t, u in pairwise(toks) if (t.isdigit() or t in _NUMBER_WORDS) and stem(u) in UNITS
    }
    return _written_figures(text) - spans


def retells_happening(text_a: str, date_a: str, text_b: str, date_b: str) -> bool:
    """Whether two sentences dated to one day (the caller checks) tell one happening in other words where
    :func:`retells_act` reads no act (a date that names the happening, "the April 20 blast", dates no verb):
    a happening of one family next to both dates (:func:`happenings_near`), the figures both write meeting
    (:func:`counted_figures`: "eleven workers" is "11 workers"; "the blast killed 11" / "the blast killed 4"
    are two blasts), and a content word in common besides the day and that happening."""
    acts = happenings_near(text_a, date_a) & happenings_near(text_b, date_b)
    if not acts:
        return False
    fa, fb = counted_figures(text_a), counted_figures(text_b)
    if fa and fb and not fa & fb:
        return False
    day_words = _claim_stems(date_a) | _claim_stems(date_b)
    return bool((_claim_stems(text_a) & _claim_stems(text_b)) - day_words - acts)


def _one_dated_event(a: Mention, b: Mention) -> bool:
    """Whether two sentences of different sources tell one event in other words, more loosely than
    :func:`_cites` (which wants most of the entry's words): both write the same day (:func:`_same_written_day`),
    that date dates the same act in both (:func:`dated_act`: "Jackson died on 25 June 2009 from an overdose"
    / "The popstar died on 25 June 2009, while rehearsing"), they have a participant in common (an actor, a
    place or a content word besides the date and the act), name no different actors (both naming actors, they
    share one), give no other figures (:func:`_conflict`, :func:`_other_figure`), and agree in negation and mode (and both or neither is dated after its
    article: a plan is not its outcome).  On 12 January "the quake struck" and
    "the death toll rose" date other acts, so they stay two events."""
    if a.root == b.root or not _same_written_day(a, b) or _ahead(a) != _ahead(b):
        return False
    act = dated_act(a.claim, a.date_text)
    if act is None or act != dated_act(b.claim, b.date_text):
        return False
    if a.entities and b.entities and not a.entities & b.entities:
        return False
    # a participant in common: a shared actor or place, or a content word besides the date and the act
    day_words = _claim_stems(a.date_text) | _claim_stems(b.date_text)
    if not (a.entities & b.entities or set(a.places) & set(b.places) or (a.stems & b.stems) - day_words - {act}):
        return False
    if _conflict(a, b) or _other_figure(a, b) or negated(a.claim) != negated(b.claim) or not _negation_agrees(a, b):
        return False
    return modality_agrees(a.claim, b.claim) and modality_agrees(b.claim, a.claim)


def _act(m: Mention) -> tuple[str | None, bool]:
    """The act a sentence's date dates (:func:`dated_act`) and whether it is in the main clause: in a
    background or subordinate part when the main clause dates none ("The ship burned for a day before it
    sank on Monday" -> ("sink", False))."""
    act = dated_act(m.claim, m.date_text)
    if act is not None:
        return act, True
    return dated_act(m.claim, m.date_text, background=True), False


def _loose_figures(a: Mention, b: Mention) -> bool:
    """Whether the figures of two sentences dating one act can stand together: what the figures stage
    counts (a unit, a kind) is compared by what it counts (:func:`_other_figure`: "killing 11 workers" /
    "burned for 36 hours" count other things), the other figures written in digits as :func:`_conflict`
    does (both write some and share none: two claims)."""
    if _other_figure(a, b):
        return False
    typed_a = {d for f in a.figures if f.unit for d in _figures(f.text)}
    typed_b = {d for f in b.figures if f.unit for d in _figures(f.text)}
    rest_a, rest_b = a.numbers - typed_a - typed_b, b.numbers - typed_a - typed_b
    return not (rest_a and rest_b and not rest_a & rest_b)


def _one_act_of_day(a: Mention, b: Mention) -> bool:
    """Whether two sentences of different sources date the same act to the same written day, one of them
    in its main clause and the other in any part ("the ship sank on Monday" / "the ship burned for a day
    before it sank on Monday"), with a participant in common (an actor, a place or a content word besides
    the date and the act), no different actors, no figures that disagree (:func:`_loose_figures`), and
    agreeing in negation and mode.  Looser than :func:`_one_dated_event`: :func:`_same_day` asks it of
    the sentences of two events, and the entry it keeps states the act in its main clause."""
    if a.root == b.root or not _same_written_day(a, b) or _ahead(a) != _ahead(b):
        return False
    (act_a, main_a), (act_b, main_b) = _act(a), _act(b)
    if act_a is None or act_a != act_b or not (main_a or main_b):
        return False
    if any(not main and _SPEECH.search(m.claim) for m, main in ((a, main_a), (b, main_b))):
        return False  # "X told reporters ... before the rig exploded on 20 April": what was said is its news
    if a.entities and b.entities and not a.entities & b.entities:
        return False
    day_words = _claim_stems(a.date_text) | _claim_stems(b.date_text)
    shared = {_EVENT_WORD.get(_word_form(w), _word_form(w)) for w in (a.stems & b.stems) - day_words} - {act_a}
    if not (a.entities & b.entities or set(a.places) & set(b.places) or shared):
        return False
    if not _loose_figures(a, b) or negated(a.claim) != negated(b.claim) or not _negation_agrees(a, b):
        return False
    return modality_agrees(a.claim, b.claim) and modality_agrees(b.claim, a.claim)


def dated_by_own_text(m: Mention) -> bool:
    """Whether a sentence is dated by a time expression its own words write (not its article's date, not
    a page box glued before it)."""
    return m.basis == "text" and m.date is not None and bool(m.date_text) and m.date_text in m.claim


@dataclass
class Joined:
    """An event's sentences and the entry it shows: events of one day that tell one dated event in other
    words (:func:`_same_day`) become one, which keeps the entry and the rank of the one its own sources
    make the better-sourced."""

    mentions: list[Mention]
    entry: Mention
    own_sources: int  # the independent sources of the entry's own event, before others joined it


def _same_day(clusters: list[list[Mention]]) -> list[Joined]:
    """Events of one written day that tell one dated event (:func:`_one_dated_event` of their entries)
    become one, which cites both: the same news from two outlets is one timeline entry with two sources,
    not two entries.  The joined event keeps the entry of the event its own sources make the better-sourced
    (an entry dated by its own words: :func:`dated_by_own_text`), unchanged, so the wording that was chosen
    to keep restatements out stays the entry, and it keeps that event's own source count as its rank
    (``Joined.own_sources``): a merge adds citations, it does not lift one wording above the entries the
    summary chose before.  A sentence of the smaller event joins only when it states the kept entry
    (:func:`_cites` or :func:`_one_dated_event`); the others stay an event of their own.  Failing that, the
    sentences that date the entry's act to the day join (:func:`_one_act`), and when the act is only in a
    time clause of the kept entry but in the main clause of the joining one, the joining one's entry is
    kept, and the event keeps the better of the two ranks: one act told better, not a lesser event (with the
    joining one's own sources, "Eleven men were killed in the 20 April explosion" from one outlet cost the
    explosion four outlets' rank and the summary its origin).  Each event joins at most one other."""
    out: list[Joined] = []
    by_day: dict[str, list[int]] = {}
    ranked = sorted(clusters, key=lambda x: -len({m.root for m in x}))
    for c in ranked:
        rep = _representative(c)
        own = len({m.root for m in c})
        day = rep.date.value if rep.date is not None and dated_by_own_text(rep) and rep.date.mod is None else None
        joined = False
        for k in by_day.get(day or "", []) if day else []:
            head = out[k].entry
            if _one_dated_event(head, rep):
                joining = [m for m in c if m.root != head.root and (_cites(head, m) or _one_dated_event(head, m))]
            else:
                joining = _one_act(out[k], c)
            if not joining:
                continue
            if not _act(head)[1] and _act(rep)[1] and any(m is rep for m in joining):
                # the act is the news of the joining event's entry, background to the kept one's
                # of the same act, so the event ranks as it did before (a merge lifts no wording above it)
                out[k].entry, out[k].own_sources = rep, max(out[k].own_sources, len({m.root for m in joining}))
            out[k].mentions.extend(joining)
            rest = [m for m in c if not any(m is x for x in joining)]
            if rest:
                out.append(Joined(rest, _representative(rest), len({m.root for m in rest})))
            joined = True
            break
        if not joined:
            if day and not _unfit(rep.claim):
                by_day.setdefault(day, []).append(len(out))
            out.append(Joined(list(c), rep, own))
    return out


def _one_act(kept: Joined, cluster: list[Mention]) -> list[Mention]:
    """The sentences of ``cluster`` that join ``kept`` as the same act of one day (:func:`_one_act_of_day`):
    each dates the act its entry dates, and shares a participant with one of the kept event's sentences
    ("the rig sank two days later" and "the Acme rig burned for a day before it sank on Monday" meet through
    "the Acme rig sank on 3 May").  Both entries must date the act, one of them in its main clause."""
    head, rep = kept.entry, _representative(cluster)
    (act_h, main_h), (act_r, main_r) = _act(head), _act(rep)
    if act_h is None or act_h != act_r or not (main_h or main_r):
        return []
    if not any(_one_act_of_day(h, r) for h in kept.mentions for r in cluster):
        return []
    return [
        m
        for m in cluster
        if m.root != head.root and _act(m)[0] == act_h and any(_one_act_of_day(h, m) for h in kept.mentions)
    ]


def _readable(cluster: list[Mention]) -> bool:
    """Whether the sentence an event shows (its representative) can be read on its own: a sentence whose
    subject points back at its article (:func:`points_back`: "This was completed at 1930 CDT on 1 June")
    or a piece of one (:func:`fragment`: a photo credit, a page label, a quote cut short) tells a timeline
    reader nothing.  The representative is such a sentence only when all are (:func:`_representative`),
    and the event is then left out; in an event whose entry reads on its own, such a sentence is cited
    like any other that states the entry."""
    return not _unfit(_representative(cluster).claim)


def _unfit(text: str) -> bool:
    return points_back(text) or fragment(text)


# page furniture glued to a sentence: a photo credit or caption label ("(AP Photo/Jane Doe)", "Photograph:
# ...", "Picture: ..."), an archive or related-story label ("From the archive: 1 May 1992 ...")
_FURNITURE = re.compile(
    r"\((?:[A-Z][\w.&' -]{0,30})?\s*Photo(?:graph)?\s*/|\b(?:Photo(?:graph)?|Picture|Image)s?:\s|"
    r"\bFrom the archives?\b|\bRelated:\s",
    re.I,
)


_READER_VERBS = (
    r"Explore|Click|See|Read|Watch|Follow|Sign|Subscribe|Share|Find|Take|Visit|Download|Listen|View|Join|Send|Tell|"
    r"E-?mail|Check|Discover|Scroll|Browse|Keep|Stay|Learn|Look|Get|Go|Use|Try|Call|Contact|Donate|Give|Text|Register|"
    r"Vote|Comment|Post|Submit|Upload|Play|Fill|Make|Have|Remember|Imagine|Consider|Note|Bookmark|Enter|Write|Search"
)
_CALL_TO_ACTION = re.compile(
    r"^(?:Please\b|Let(?:['’]s|\s+(?:us|me))\b|(?:(?:Do|Now|So|Just|Also)\s+)?(?:" + _READER_VERBS + r")\s+"
    r"(?:the|a|an|our|your|all|this|these|those|more|us|me|it|them|up|out|live|here|in|on|to|with|for|if|how|what|"
    r"why|who|where|when|latest|full|no|back|through|[A-Z]{2,}\b))"
)


def call_to_action(text: str) -> bool:
    """Whether a sentence opens by telling the reader to do something ("Explore all of our graphics",
    "Follow live updates here", "Please keep comments on topic", "Text GIVE to 70077", "Have your say"):
    an imperative to the reader is the page's or the writer's, no news of the story.  The verb must be
    followed by what an imperative takes (a determiner, a pronoun, a particle: "Share price fell" and
    "Text of the speech" are nouns)."""
    return _CALL_TO_ACTION.match(text) is not None


# a sentence that is one quotation and nothing else: who said it is in another sentence
_BARE_QUOTE = re.compile(r'^\s*["\u201c][^"\u201c\u201d]+["\u201d]\s*$')
# a capitalised word (not a day or a month) before a closing "!": the end of a title ("Mars Attacks!", "Yahoo!")
_TITLE_EXCLAIMED = re.compile(
    r"\s(?!(?:"
    + "|".join([*(d.capitalize() for d in WEEKDAYS), *MONTH_FULL])
    + r")!)[A-Z][\w'-]*!['\u2019\"\u201d)\]]*\s*$"
)


def _verb_in(text: str) -> bool:
    """Whether a sentence has a word that can be its verb: an auxiliary or irregular past, a verb of saying,
    a lower-case word of five letters or more in -ed, or a lower-case word in -s (not -ss or a possessive: "the
    toll rises")."""
    for tok in text.split():
        w = tok.strip("'\u2019\"\u201c\u201d(),;:.!?")
        if w in FINITE or w in SAYING:
            return True
        if re.fullmatch(r"[a-z][a-z'-]+", w) and (
            (w.endswith("ed") and len(w) > 4)
            or (w.endswith("s") and not w.endswith(("ss", "'s", "\u2019s")) and len(w) > 3)
        ):
            return True
    return False


_CAPTION = re.compile(r"^(?:A|An|The)\s")
_CAPTION_MARK = re.compile(r"\b[a-z]{3,}ing\b|\bduring\b")
"""How a photo's caption opens: a noun phrase ("The rig burning last week."), with a participle or a
"during" ("A vigil during the storm.").  With no verb (:func:`_verb_in`, no irregular past) it describes
a picture the brief does not show."""


def _present_forms(bases: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the verbs as written, their presents in "-s": "stands", "passes", "carries")."""
    third = set()
    for b in bases.split():
        if b.endswith(("s", "sh", "ch", "x")):
            third.add(b + "es")
        elif b.endswith("y") and b[-2] not in "aeiou":
            third.add(b[:-1] + "ies")
        else:
            third.add(b + "s")
    return frozenset(bases.split()), frozenset(third)


# a body's posture or motion, or what fire and oil do to be seen: in the simple present, news prose uses these
# almost only to say what a picture shows ("A trader gestures at the board", "Fire burns on the rig")
_DEPICTING = _present_forms(
    "stand kneel crouch lean walk wade gesture pose wave hug embrace weep smile queue pray mourn burn float wipe peer "
    "stare arrive react gather"
)
# verbs that describe a picture as often as a habit, a chronology's step or a state ("the committee holds a
# hearing", "the roots of the crisis lie in ..."): a caption's only with no "of" in the subject
_PLACED = _present_forms("lie sit look hold carry pass cross watch listen clean rest wait work")
_CAPTION_VERBS = _DEPICTING[0] | _DEPICTING[1] | _PLACED[0] | _PLACED[1]
# what follows a caption's verb: where the picture was taken, or what the person reacts or waves to
_CAPTION_AFTER = frozenset([
    "in", "on", "at", "outside", "inside", "near", "beside", "behind", "under", "along", "across", "past",
    "through", "by", "up", "down", "over", "into", "onto", "from", "to", "after", "during",
])  # fmt: skip
CAPTION_WORDS = 25  # captions are short; a longer sentence in the present is a chronology's or a listing's
CAPTION_SUBJECT = 8  # words of the subject before the caption's verb, at most
_NOT_CAPTION_MARKS = re.compile(r"[\"“”:;?!]|\s[-\u2013\u2014]\s")
# a sentence opening on these has a fronted phrase or a link: not the bare subject a caption opens with; nor
# does a caption show a thing the text has named before ("The cap sits on the riser", "Her speech stands ...")
_NOT_CAPTION_OPENERS = frozenset([
    "in", "on", "at", "after", "before", "when", "while", "as", "if", "since", "by", "during", "from", "with",
    "here", "now", "but", "and", "so", "yet", "then", "today", "yesterday", "tomorrow", "last", "this",
    "earlier", "later", "also", "however", "meanwhile", "just", "once", "outside", "regarding", "that",
    "these", "those", "there", "what", "who", "which", "the", "his", "her", "its", "their", "to",
] + [m.lower() for m in MONTH_FULL])  # fmt: skip
# the writer's or a speaker's voice, or a contrast argued: no caption's
_NOT_IN_CAPTION = frozenset([
    "i", "we", "you", "he", "she", "they", "it", "my", "our", "your", "me", "us", "yet", "but",
])  # fmt: skip
_NOT_IN_SUBJECT = frozenset([
    "that", "which", "who", "whom", "whose", "where", "when", "if", "because", "to", "not",
])  # fmt: skip
_LEVEL = re.compile(r"[$£€]?\d")
_ABOUT = frozenset(["about", "around", "some", "nearly", "almost", "roughly"])


# a wire photo's caption ends on the day the picture was taken, set off by a comma, weekday first and with its
# year ("Officials brief reporters at the White House in Washington, Wednesday, May 5, 2010."): news prose puts
# "on" before a weekday and seldom writes the year of a day this week
_PHOTO_DAY = re.compile(
    r",\s+(?:" + "|".join(WEEKDAYS) + r"),?\s+(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2},\s+\d{4}\s*\.$",
    re.I,
)


def caption(text: str) -> bool:
    """Whether a sentence is a photo's caption glued into the text: it says in the simple present what a
    picture shows ("Fire burns on the rig in April.", "A worker walks past the bank on Tuesday.", "Dead fish
    lie in oil from the spill.", "A pig is seen inside its pen.").  News prose tells what happened in the
    past tense, what someone says with a verb of saying, and a state or a habit in the present with verbs of
    another kind ("Spain remains ...", "the factory fattens a million pigs a year").  A caption is short
    (``CAPTION_WORDS``), opens on its subject, and its first verb is a body's posture or motion, or what fire
    or oil does (:data:`_DEPICTING`), or a verb of place (:data:`_PLACED`, with no "of" in the subject: "the
    roots of the crisis lie in ..."), followed by where or to what (:data:`_CAPTION_AFTER`); or it is "is/are"
    with a caption's participle ("is seen", "are pictured"; not "seen as").  Not a caption: a sentence with a
    verb of saying, a modal, a past or perfect auxiliary or an irregular past ("Fire burns on the rig, officials
    said"), a pronoun of the writer or a speaker, a "but"/"yet" contrast, a quotation or a colon (a
    chronology's "June 3: BP lowers a cap", "June 3 - BP lowers a cap"), an opening month or "To", a comma
    before the verb (a fronted phrase or an aside), an adverb in "-ly", a past participle or a count right
    before the verb ("routinely gather", "controlled burns", "five burns": a habit, a noun), a figure after it ("stands at $3bn"), or a verb that does not agree with an "A"/"An" subject ("A
    controlled burn of oil": a noun).  A headline-style present ("BP agrees to pay", "Obama says") uses no
    such verb.  A sentence that ends on a wire photo's day (``_PHOTO_DAY``: ", Friday, May 14, 2010.") is a
    caption whatever its length."""
    if _PHOTO_DAY.search(text.rstrip()):
        return True
    toks = text.split()
    if not 3 <= len(toks) <= CAPTION_WORDS or not text.rstrip().endswith(".") or _NOT_CAPTION_MARKS.search(text):
        return False
    words = [t.strip(".,()'’") for t in toks]
    low = [w.lower() for w in words]
    if re.split(r"['’]", low[0])[0] in _NOT_CAPTION_OPENERS or not words[0][:1].isupper():
        return False
    if any(w in SAYING or w in MODALS or w in _NOT_IN_CAPTION or (w in FINITE and w not in ("is", "are")) for w in low):
        return False
    for k in range(1, min(len(words) - 1, CAPTION_SUBJECT + 1)):
        w, before, after = words[k], low[k - 1], low[k + 1 :]
        if toks[k - 1].endswith(","):
            return False  # a fronted phrase or an aside before the verb
        if w in ("is", "are"):
            return after[0] in CAPTION_PARTICIPLES and after[1:2] not in (["as"], ["to"], ["by"])
        if w in _CAPTION_VERBS:
            if (
                before.endswith(("ed", "ly"))
                or before in ONES
                or before in TENS
                or before[:1].isdigit()
                or (low[0] in ("a", "an") and w not in _DEPICTING[1] | _PLACED[1])
            ):
                return False  # "routinely gather", "controlled burns", "five burns", "A controlled burn of oil"
            if after[0] not in _CAPTION_AFTER or (w in ("stand", "stands") and after[0] == "to"):
                return False  # "Hurricanes pose a problem", "stand to lose"
            if after[0] in ("at", "around") and after[1:] and (_LEVEL.match(after[1]) or after[1] in _ABOUT):
                return False  # "stands at about $3.5bn": where a figure stands, no picture
            if w in _PLACED[0] | _PLACED[1]:
                # "sits in for the host", "looks at the year 1980": a programme's listing, no picture
                listing = after[:2] == ["in", "for"] or (w.startswith("look") and after[0] == "at")
                return not listing and "of" not in low[:k]
            return True
        if low[k] in _NOT_IN_SUBJECT:
            return False
    return False


def fragment(text: str) -> bool:
    """Whether a sentence is a piece of something else rather than a sentence of news: it carries page
    furniture (``_FURNITURE``: a photo credit, "From the archive: ..."; a call to the reader,
    :func:`call_to_action`), a quotation it opens or
    closes runs on in another sentence (an odd number of straight double quotes, or curly ones that do
    not pair: '"Today I started to feel better, and then'), it is a quotation and nothing else
    ('"We will stay as long as it takes."': no speaker, so no one a reader can hold to it), or it ends
    on a capitalised word and an exclamation mark with no verb (a title cut where the sentence splitter took
    its "!" for a full stop: "In 1990 the film Stop Making Sense!"), it speaks of the page rather than the
    story ("This article was amended on 2 May", a post quoted from a social network: "RT @jane: ...",
    :func:`storyline.story.summary.about_the_page`), or it is a photo's caption: a noun phrase with no verb
    ("The burning rig last week.", "A rally during the election in May.": :data:`_CAPTION`) or a picture told
    in the present (:func:`caption`: "Fire burns on the rig in April.").  A timeline
    must not show it."""
    from storyline.story.summary import SOCIAL_POST, about_the_page  # summary builds on this module

    return (
        bool(_FURNITURE.search(text))
        or about_the_page(text)
        or SOCIAL_POST.search(text) is not None
        or (
            _CAPTION.match(text) is not None
            and _CAPTION_MARK.search(text) is not None
            and not _verb_in(text)
            and not any(w.strip(".,;:!?'\"") in _PAST_FORMS for w in text.split())
        )
        or caption(text)
        or call_to_action(text)
        or text.count('"') % 2 == 1
        or text.count("\u201c") != text.count("\u201d")
        or _BARE_QUOTE.match(text) is not None
        or (_TITLE_EXCLAIMED.search(text) is not None and not _verb_in(text))
    )


def _representative(cluster: list[Mention]) -> Mention:
    def key(m: Mention) -> tuple[bool, bool, bool, int, bool, bool, int, int]:
        prec = PRECISION_RANK.get(m.date.precision if m.date else "", 9)
        length = len(m.text)
        too_long = 1 if length > 320 else 0
        return (_unfit(m.claim), m.outvoted, m.basis != "text", prec, m.box > 0, not complete(m.text), too_long, length)

    return min(cluster, key=key)


_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def complete(text: str) -> bool:
    """Whether a sentence reads as whole: it ends as a sentence does and its brackets and double
    quotes are closed.  A sentence cut inside a parenthesis ("… completed at 1930 CDT on 1 June
    (0030") is shorter than the whole sentence another article gives, and must not stand for it."""
    return (
        bool(_END.search(text.rstrip()))
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
        and text.count("“") == text.count("”")
        and text.count('"') % 2 == 0
    )


_TIME_NOUNS = (
    r"(?:week|weekend|month|year|decade|century|morning|afternoon|evening|night|day|time|season|summer|"
    r"winter|spring|autumn|fall|quarter|term|session|hour|moment)(?:s|['’]s)?"
)
_DEMONSTRATIVE = re.compile(
    r"^(?:This|That|These|Those)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?(?:is|was|are|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|shall|did|does|means?|meant|includes?|included|comes?|came|follows?|"
    r"followed|marks?|marked|[a-z]{3,}ed)\b"
    rf"|^(?:This|That)(?:\s+(?:\w+ly|also|now|still|only|all))?\s+(?!{_TIME_NOUNS}\b)[a-z]{{2,}}[^s\W]s\b|^(?:That|This)['’]s\b"
)
"""A sentence whose subject is a demonstrative pronoun ("This was completed on 1 June", "That means
...", "This happens every year", "That's why"): it points at what its article said just before, which a
reader away from the article never sees.  "This week's storm" is a time, not a pointer."""
_POINTING = re.compile(
    rf"^(?:[A-Z][\w'’]*(?:\s+[\w'’]+){{0,3}},\s+)?(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|Such)\s+(?!{_TIME_NOUNS}\b)"
    r"(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s?\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?(?:is|was|are|were|has|have|"
    r"had|will|would|could|can|may|might|seem|seems|seemed|remain|remains|remained|appear|appears|appeared|"
    r"[a-z]{3,}ed)\b"
)
"""A sentence whose subject is a noun pointed at with a demonstrative ("Today, those objections seem
quaint", "These measures were dropped"): what it points at is in its article, not in the brief.
"This week", "that night" are times, not pointers."""
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:And|But|So|Yet)\s+)?(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]e|I)\b(?![-.])"
    r"(?!\s+(?:Majesty|Majesty['’]s|Royal|Holiness|Excellency|Honou?r)\b)"
)
"""A sentence whose subject is a personal pronoun, or a noun a possessive pronoun ties to someone ("He
was pronounced dead two hours later", "His advisers began working this week", "In late 1942, he began
studying"): who it is, its article said before.  "It" is left out: it is as often no one ("It emerged on Wednesday that ...")."""


_IT_SUBJECT = re.compile(r"^(?:(?:And|But|So|Yet)\s+)?It(?:['’]s)?\s")
_IT_ADVERBS = r"(?:(?:\w+ly|now|also|still|only|not|n['’]t|yet|widely|currently|already|increasingly|generally|so|too|very|even|just|quite|all|being|been)\s+)*"
_IT_DUMMY = re.compile(
    r"^(?:(?:And|But|So|Yet)\s+)?It\s+" + _IT_ADVERBS + r"(?:has\s+|had\s+)?"
    # a raising verb: "It emerged on Wednesday that", "It seems ...", "It turns out", "It took two hours to"
    r"(?:emerged|seems?|seemed|appears?|appeared|looks?\s+(?:as\s+if|like)|looked\s+(?:as\s+if|like)|turns?\s+out|"
    r"turned\s+out|remains?\s+(?:unclear|uncertain|unknown|to\s+be\s+seen)|took|takes)\b"
    r"|^(?:(?:And|But|So|Yet)\s+)?It(?:['’]s\s+|\s+" + _IT_ADVERBS + r"(?:(?:will|would|could|may|might|must|should|"
    r"has|had|have|can)\s+" + _IT_ADVERBS + r")*(?:is|was|be|been|became|becomes)(?:n['’]t)?\s+)" + _IT_ADVERBS + r"(?:"
    # an extraposed clause: "It is thought 230 died", "It was revealed that" ("It is expected to be
    # completed" is a thing expected)
    r"(?:thought|believed|understood|hoped|feared|expected|anticipated|reported|revealed|said|known|claimed|"
    r"alleged|estimated|suggested|planned|accepted|argued|assumed|rumou?red|decided|agreed|mentioned|denied|"
    r"confirmed)\b(?!\s+to\b)"
    # "It is vital that", "It is too early to say", "It is time to"
    r"|(?:likely|unlikely|clear|unclear|possible|impossible|probable|hard|difficult|easy|early|late|true|"
    r"important|vital|critical|necessary|essential|worth|time|a\s+matter|one\s+thing|no\s+(?:wonder|surprise|secret)|"
    r"surprising|doubtful|uncertain)\b"
    r"|that\b|[a-z]+(?<!ing)\s+(?:that|whether|if|how|why|what|when|where)\b|as\s+if\b"
    # a span of time: "It is six weeks since the quake", "It's been two months since"
    r"|(?:\w+\s+){0,3}(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:since|ago|after|before|until)\b"
    # a cleft on a time or a place: "It was on 18 March 1967 that ...", "It was here ... that"
    r"|(?:on|in|at|during|after|only|not\s+until|here|there|when)\b[^.;:]*?\b(?:that|when)\b"
    # the weather and the clock: "It was raining", "It was 3am when"
    r"|(?:rain\w*|snow\w*|\d[\w:.]*)\b"
    r")"
)
"""A sentence whose subject is "It" (:data:`_IT_SUBJECT`) points back at a thing its article named ("It
is the worst earthquake to hit the region", "It said the leak was stopped") unless the "it" stands for
no thing (:data:`_IT_DUMMY`): an extraposed clause or a raising verb ("It is expected that ...", "It
emerged on Wednesday that ...", "It is thought 200 died", "It seems ..."), a span of time ("It is six
weeks since ..."), a cleft on a time or place ("It was on 18 March that ..."), the weather or the clock."""


_WEEKDAY_OR_MONTH = "(?:" + "|".join([*(d.capitalize() for d in WEEKDAYS), *MONTH_FULL]) + ")"
_TIME_THEN = (
    rf"^(?:(?:On|By|Until|Since|From|In|Last|Next|This|Early|Late)\s+(?:\d{{1,2}}\s+)?{_WEEKDAY_OR_MONTH}"
    rf"(?:\s+\d{{1,2}})?(?:\s+(?:morning|afternoon|evening|night))?|(?:Yesterday|Today|Tomorrow|Later|Earlier|Then)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\s+"
)
_TIME_THEN_PRONOUN = re.compile(_TIME_THEN + r"(?:he|she|they|his|her|their)\b")
"""... and one whose personal pronoun follows a time phrase with no comma ("On Friday he will make his second
visit"): a time word before it, never a clause ("After he left, Smith said" names Smith)."""
_TIME_THEN_IT = re.compile(_TIME_THEN + r"(?=it\b)")
"""... or whose "it" does ("On 3 May it cut its forecast"): the same "it" as at the sentence's start."""


def points_back(text: str) -> bool:
    """Whether a sentence's subject points back at what its article said before it: a demonstrative
    pronoun ("This was completed on 1 June", :data:`_DEMONSTRATIVE`), a noun pointed at with a
    demonstrative ("These measures were dropped", :data:`_POINTING`) or a personal pronoun ("He was
    pronounced dead", :data:`_PRONOUN_SUBJECT`), or an "It" that stands for a thing, also after a short
    opening phrase ("By Friday, it had started to leak", :data:`_OPENER`), a subject counted out of a
    pronoun ("Many of them", :data:`_SOME_OF_THEM`) or a quotation whose speaker is a pronoun ('"It was
    over," she said.', :data:`_QUOTE_BY_PRONOUN`).  Read away from its article, in a timeline or a
    summary, it says nothing a reader can place."""
    return bool(
        _DEMONSTRATIVE.match(text)
        or _POINTING.match(text)
        or _PRONOUN_SUBJECT.match(text)
        or _TIME_THEN_PRONOUN.match(text)
        or _it_points_back(text)
        or _SOME_OF_THEM.match(text) is not None
        or _QUOTE_BY_PRONOUN.search(text) is not None
        or ((m := _OPENER.match(text)) is not None and _it_points_back(_capitalised(text[m.end() :])))
        or ((m := _TIME_THEN_IT.match(text)) is not None and _it_points_back(_capitalised(text[m.end() :])))
    )


_SOME_OF_THEM = re.compile(
    r"^(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3},\s+)?(?i:many|some|most|all|both|each|one|two|three|none|several|few|"
    r"half|neither|either|any|much|more|part|parts|the\s+rest|others)\s+of\s+(?:them|us|it)\b"
)
"""A subject counted out of a pronoun ("Many of them will be back", "Most of it has been cleaned up"): who
or what they are, the article said before."""
_QUOTE_BY_PRONOUN = re.compile(
    r"^[\"“][^\"“”]+[,.!?]?[\"”],?\s+(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|tells|"
    r"explained|explains|insisted|insists|recalled|recalls|wrote|writes|asked|asks|continued|noted|warned|argued|"
    r"declared|replied|stated|admitted|conceded|claimed)\b"
)
"""A quotation whose speaker is a pronoun ('"We wanted to be here," she said.'): who spoke, its
article said before."""
_OPENER = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3},\s+(?=it\b|it['’]s\b)")
"""A short phrase and a comma before a lower-case "it" ("By Friday, it had started", "In the end, it was
...")."""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _it_points_back(text: str) -> bool:
    """Whether "It" is the subject (:data:`_IT_SUBJECT`) and stands for a thing, not for nothing (:data:`_IT_DUMMY`)."""
    return _IT_SUBJECT.match(text) is not None and _IT_DUMMY.match(text) is None


def build_events(
    docs: Sequence[AnnotatedArticle],
    entities: dict[str, Entity],
    places: dict[str, Place],
    story_start: str | None,
    off_story: Mapping[str, frozenset[int]] | None = None,
    disagreements: list[dict[str, object]] | None = None,
) -> tuple[list[Event], list[Event]]:
    """(dated events, undated events).  ``story_start`` is the earliest trusted publication date;
    ``off_story`` as in :func:`mentions_of`.  ``disagreements``, when given, receives one brief
    disagreement (kind ``statement``) for each act that sources date to different days, where the
    outvoted day's sentences were set aside (:func:`_outvoted`)."""
    dated, undated = mentions_of(docs, entities, places, off_story)
    boxes = glued_prefixes([(m.root, m.text) for m in dated + undated])
    dated, undated = _unboxed(dated, boxes), _unboxed(undated, boxes)
    _copied(dated)
    everything = dated + undated
    _first_print(everything)
    tfidf = Tfidf([m.claim for m in everything])
    for m, v in zip(everything, tfidf.vectors, strict=True):
        m.vector = v
        m.numbers = _figures(m.claim)
    joined = [j for j in _same_day(_outvoted(_settled(merge(dated)), disagreements)) if not _unfit(j.entry.claim)]
    out_dated = [
        _event(j.mentions, entities, places, story_start, j.entry, j.own_sources, named)
        for j, named in zip(joined, _named_support(joined, everything), strict=True)
    ]
    out_undated = [_event(c, entities, places, story_start) for c in _settled(merge(undated)) if _readable(c)]
    out_undated = [e for e in out_undated if e.type not in ("statement", "other")]
    return out_dated, out_undated


# an act dated to one day by this many independent sources, and by more than date it to another day,
# outvotes the other day (see _outvoted)
OUTVOTED_SOURCES = 3
# how alike two sentences telling one act on two days must be (TF-IDF cosine, see _retold): "burned for 36
# hours before it sank on Thursday" and "the rig sank on 20 April after an explosion" are at 0.40, "the
# downturn began on Tuesday, after the plan failed to block the leak" and "oil began leaking on 20 April"
# at 0.22 (other news)
RETOLD_ON_ANOTHER_DAY = 0.24


def _day_act(m: Mention) -> str | None:
    """The act a sentence dates to a day its own words write, in any part of it (:func:`dated_act`)."""
    if not _same_written_day(m, m) or not dated_by_own_text(m):
        return None
    return dated_act(m.claim, m.date_text, background=True)


def _outvoted(
    clusters: list[list[Mention]], disagreements: list[dict[str, object]] | None = None
) -> list[list[Mention]]:
    """The clusters without the sentences that date an act, in their main clause, to a day that the other
    sources contradict: one act told on two days by different sources is a disagreement about its date,
    not two facts.  A sentence is outvoted when the sentences that retell its act (:func:`retells_act`: the
    same act, two content words in common besides it, no figures that disagree) on one other day come from
    ``OUTVOTED_SOURCES`` independent sources or more, and more than tell it on its own day ("the rig sank
    on 20 April after an explosion" against "the rig sank on 22 April, two days after the explosion" and
    "it sank on Thursday" from more outlets).  An act one source dates to both days is a repeated act (two
    explosions, daily briefings) and is left alone, and so are acts with no clear majority.  The outvoted
    sentence is neither cited nor shown (its cluster is settled again without it, so an event it spoke for
    shows a sentence that states its own day), and ``disagreements`` receives both days with their citations,
    so the conflict is shown, not hidden."""
    everything = [m for c in clusters for m in c]
    by_act: dict[str, list[Mention]] = {}
    for m in everything:
        act = _day_act(m)
        if act is not None:
            by_act.setdefault(act, []).append(m)
    wrong: dict[int, tuple[str, Mention, str, list[Mention]]] = {}
    for act, told in by_act.items():
        main = [m for m in told if m.date and dated_act(m.claim, m.date_text) == act]
        if len({m.date.value for m in told if m.date}) < 2 or not main:
            continue
        tellers = {id(m): [x for x in told if x is m or _retold(m, x)] for m in main}
        # how many sources tell the act on each day: the most any one main-clause telling gathers there, so
        # the count of a day does not hang on which of its sentences is asked
        support: dict[str, set[str]] = {}
        for xs in tellers.values():
            days: dict[str, set[str]] = {}
            for x in xs:
                days.setdefault(x.date.value if x.date and x.date.value else "", set()).add(x.root)
            for day, roots in days.items():
                if len(roots) > len(support.get(day, set())):
                    support[day] = roots
        for m in main:
            mine = (m.date.value if m.date else "") or ""
            others = sorted({(x.date.value or "") for x in tellers[id(m)] if x.date} - {mine})
            if not others:
                continue
            best = max(others, key=lambda d: (len(support.get(d, set())), d))
            roots, here = support.get(best, set()), support.get(mine, set())
            if roots & here:
                continue  # a source that tells the act on both days: it happened twice
            # the sources that retell this very sentence on the other day must be enough on their own: a
            # day's support gathered by other sentences may tell another act of the same verb
            direct = [x for x in tellers[id(m)] if x.date and x.date.value == best]
            if len({x.root for x in direct}) >= OUTVOTED_SOURCES and len(roots) > len(here):
                wrong[id(m)] = (act, m, best, direct)
    if not wrong:
        return clusters
    out: list[list[Mention]] = []
    for c in clusters:
        if not any(id(m) in wrong for m in c):
            out.append(c)
        elif any(id(m) not in wrong for m in c):
            for m in c:
                m.outvoted = id(m) in wrong
            # settled again under an entry that states its own day: an outvoted sentence stays a source
            # only where it states that entry (its other act's day is not what it is cited for)
            out.extend(x for x in _settled([c]) if not all(m.outvoted for m in x))
    if disagreements is not None:
        grouped: dict[tuple[str, str, str], list[tuple[Mention, list[Mention]]]] = {}
        for act, m, day, xs in wrong.values():
            grouped.setdefault((act, (m.date.value if m.date else "") or "", day), []).append((m, xs))
        for (act, minority, majority), rows in sorted(grouped.items()):
            said = sorted({id(x): x for _, xs in rows for x in xs}.values(), key=lambda x: (x.article, x.sentence))
            wrong_ones = sorted((m for m, _ in rows), key=lambda x: (x.article, x.sentence))
            # read by a journalist like the other disagreements ("flow — oil" / "about 5,000 barrels a day"):
            # what is in dispute in words, each side as the brief writes a date; the ISO day stays for machines
            disagreements.append(
                {
                    "about": f"date — {_act_phrase(said + wrong_ones, act)}",
                    "kind": "statement",
                    "values": [
                        {
                            "value": human_date(day, ms[0].date.precision if ms[0].date else None),
                            "date": day,
                            "said_by": None,
                            "citations": [_citation(x) for x in ms],
                        }
                        for day, ms in ((majority, said), (minority, wrong_ones))
                    ],
                }
            )
    return out


# words that end a subject read back from its verb ("the rig" in "on 20 April the rig sank", not "April")
_NOT_SUBJECT = frozenset(
    [*_SUBORDINATORS, *_ACT_STOP, "on", "in", "at", "by", "after", "for", "to", "from", "with", "and", "or", "then"]
)
_PRONOUNS = frozenset(["it", "he", "she", "they", "this", "that", "these", "those", "we", "i", "you", "which"])
_AUXILIARIES = frozenset(["was", "were", "had", "has", "have", "been", "is", "are", "be"])
_SUBJECT_WORDS = 6  # a longer run before the verb is more than a subject


def _telling(text: str, act: str) -> str | None:
    """The act as one sentence writes it, its subject and its verb: "the Deepwater Horizon rig sank" from
    "On 20 April the Deepwater Horizon rig sank after ..."; "eleven workers were killed".  None when the
    subject is a pronoun or not written next to the verb ("It sank on Thursday", "the rig, burning, sank")."""
    toks = [t.group() for t in _NEG_TOKEN.finditer(text)]
    for i, t in enumerate(toks):
        low = t.lower()
        if not (low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4)):
            continue
        base = _word_form(stem(low))
        if _EVENT_WORD.get(base, base) != act:
            continue
        j = i
        while j > 0 and toks[j - 1].lower() in _AUXILIARIES:
            j -= 1
        subject: list[str] = []
        for u in reversed(toks[:j]):
            ul = u.lower()
            if (
                ul in _NOT_SUBJECT
                or u in _CLAUSE_END
                or not re.fullmatch(r"[A-Za-z][\w'’-]*", u)
                or u in MONTH_FULL
                or ul in WEEKDAYS
                or len(subject) == _SUBJECT_WORDS
            ):
                break
            subject.insert(0, u)
            if ul in _NAMING:
                break  # a determiner opens the noun phrase
        if not subject or subject[0].lower() in _PRONOUNS:
            return None
        if subject[0].lower() in _NAMING:
            subject[0] = subject[0].lower()  # "The rig" opening a sentence is "the rig" after "date — "
        return " ".join([*subject, *toks[j:i], t])
    return None


def _act_phrase(mentions: list[Mention], act: str) -> str:
    """The disputed act in words, from the sentences that tell it: the subject and verb most of them
    write (the shortest of the most written), or the verb alone when none writes a subject next to it."""
    told: dict[str, int] = {}
    for m in mentions:
        phrase = _telling(m.claim, act)
        if phrase is not None:
            told[phrase] = told.get(phrase, 0) + 1
    if told:
        return min(told, key=lambda p: (-told[p], len(p), p))
    for m in mentions:
        for t in (t.group().lower() for t in _NEG_TOKEN.finditer(m.claim)):
            base = _word_form(stem(t))
            if _EVENT_WORD.get(base, base) == act and (t in _PAST_FORMS or t.endswith("ed")):
                return t  # "sank"
    return act


def _retold(a: Mention, b: Mention) -> bool:
    """Whether ``b`` tells the act ``a`` dates (the caller checks the act, :func:`_day_act`), whatever day it
    gives: they say much the same (TF-IDF cosine >= ``RETOLD_ON_ANOTHER_DAY``: "the downturn began on Tuesday, after the
    plan failed to block the leak" shares words with "oil began leaking on 20 April" but not its news), share
    two content words besides the dates and the act, give no figures that disagree (:func:`_loose_figures`:
    "burned for 36 hours" counts another thing than "killing 11 workers") and agree in negation."""
    if (
        cosine(a.vector, b.vector) < RETOLD_ON_ANOTHER_DAY
        or not _loose_figures(a, b)
        or negated(a.claim) != negated(b.claim)
    ):
        return False
    day_words = _claim_stems(a.date_text) | _claim_stems(b.date_text)
    shared = {_EVENT_WORD.get(_word_form(w), _word_form(w)) for w in (a.stems & b.stems) - day_words}
    return len(shared - {_day_act(a)}) >= RETOLD_SHARED


def _citation(m: Mention) -> dict[str, object]:
    return Citation(source=m.article, sentence=m.sentence, text=m.text).to_dict()


_YEAR = re.compile(r"\b\d{4}\b")


def _copied(mentions: list[Mention]) -> None:
    """One sentence copied from page to page keeps the date its first publication gives it.  A page that
    reprints an earlier article's sentence ("Yesterday the minister resigned.", an aggregate page or a
    live page a week on) reads its relative time expression against its own, later date, and the one
    act would stand on the timeline twice.  When the same sentence (the same words, case and punctuation
    aside) dated by the same expression written without a year is read as different days by articles of
    different publication dates, every copy takes the reading of the earliest published one (the others
    copied it), among the pages that read it as past when any does (a page's reading after its own date is
    a guess forward, not the source of the copies that read it as past); not a copy in an article's lead (``LEAD_SENTENCES``): a page that leads with the sentence
    is its own news, and an earlier page that has it may be misdated.  Changes the mentions in place."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        if m.basis != "text" or m.date is None or not m.date_text or not m.published or _YEAR.search(m.date_text):
            continue
        key = (" ".join(re.findall(r"[a-z0-9]+", m.claim.lower())), m.date_text.lower())
        groups.setdefault(key, []).append(m)
    for group in groups.values():
        if len({m.date.value for m in group if m.date}) < 2 or len({m.published for m in group}) < 2:
            continue
        # a reading after its own page's publication (a plan, or a year guessed forward) is no copy's
        # source when another page reads the words as past: a chronology line "May 2 - X visits" read
        # as next year's 2 May on one page and as this year's on the pages that reprint it
        past = [
            m
            for m in group
            if m.date and m.date.value and m.published and date_bounds(m.date.value)[0] <= m.published[:10]
        ]
        first = min(past or group, key=lambda m: (m.published or "", m.article))
        for m in group:
            if m.sentence >= LEAD_SENTENCES:  # a lead is its own article's news, not a reprint
                m.date = first.date


# a sentence printed by two original articles in the same words is one source's (see _first_print): at
# least this many words (shorter ones, "Eleven workers were killed in the blast.", coincide in independent
# reports) ...
COPY_WORDS = 12
# ... and its words, in order, this share of the longer sentence's: a copy lightly edited ("a small portion"
# / "a small part", a conversion added in brackets) stays one, a sentence rewritten by another reporter
# does not
COPY_SHARE = 0.9
_COPY_SHINGLE = 5  # a sentence of COPY_WORDS or more within COPY_SHARE of another shares a run this long
# a run of words that this many different wordings share is a common phrase ("the worst oil spill in US
# history"), not the mark of a copy: the copies of a sentence share its rarer runs too
_COPY_COMMON = 50


def _sources(mentions: Sequence[Mention]) -> int:
    """How many independent sources the mentions come from: distinct original articles, a sentence one
    article copied from another counted once (:func:`_first_print`)."""
    return len({m.source or m.root for m in mentions})


def _first_print(mentions: Sequence[Mention]) -> None:
    """A sentence that several original articles print in the same words counts as one source: the
    earliest published of them (ties by article id), where the others copied it from.  A wire factbox or
    stock background paragraph repeated in each of an agency's stories, a syndicated paragraph pasted into
    another outlet's report, a sentence carried from one update of a page to the next: independence means
    separate reporting, and a copied sentence is one report however often it is printed.  The same words
    are :data:`COPY_WORDS` tokens or more (:func:`storyline.story.text.tokens`: case, quotes and punctuation
    aside) of which :data:`COPY_SHARE` of the longer sentence's are matched in order by the other's; a
    sentence rewritten by another reporter is its own.  Copies stay citations of their events; only
    ``Mention.source`` changes.  Changes the mentions in place."""
    words = [tuple(tokens(m.claim)) for m in mentions]
    parent = list(range(len(mentions)))

    def top(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the same words are one print at once; only the first sentence of each wording is compared further
    first_of: dict[tuple[str, ...], int] = {}
    runs: dict[tuple[str, ...], list[int]] = {}
    for i, ws in enumerate(words):
        if len(ws) < COPY_WORDS:
            continue
        j = first_of.setdefault(ws, i)
        if j != i:
            parent[top(i)] = top(j)
            continue
        for n in range(len(ws) - _COPY_SHINGLE + 1):
            runs.setdefault(ws[n : n + _COPY_SHINGLE], []).append(i)
    tried: set[tuple[int, int]] = set()
    for ids in runs.values():
        if len(ids) > _COPY_COMMON:
            continue
        for x, i in enumerate(ids):
            for k in ids[x + 1 :]:
                if (i, k) in tried or top(i) == top(k):
                    continue
                tried.add((i, k))
                a, b = words[i], words[k]
                longer = max(len(a), len(b))
                if min(len(a), len(b)) < COPY_SHARE * longer:
                    continue
                same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
                if same >= COPY_SHARE * longer:
                    parent[top(k)] = top(i)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(top(i), []).append(m)
    for group in groups.values():
        if len(group) > 1:
            first = min(group, key=lambda m: (m.published or "9999", m.article))
            for m in group:
                m.source = first.root


def _unboxed(mentions: list[Mention], boxes: dict[str, int]) -> list[Mention]:
    """The mentions with the page box glued before them set aside: the box is not part of what the
    sentence reports (its words must not make unrelated sentences look alike), and a sentence that
    is all box, or dated only by the box ("How the oil has spread … 22 April - 15 May Yahoo!"), is
    no event mention."""
    out = []
    for m in mentions:
        m.box = boxes.get(m.text, 0)
        if m.box:
            if len(m.claim) < 25 or (m.basis == "text" and m.date_text not in m.claim):
                continue
            m.type = event_type(m.claim) or _untyped(m.claim)
        out.append(m)
    return out


def _event(
    cluster: list[Mention],
    entities: dict[str, Entity],
    places: dict[str, Place],
    story_start: str | None,
    entry: Mention | None = None,
    own_sources: int | None = None,
    named: int = 0,
) -> Event:
    """``entry``: the sentence the event shows (by default its :func:`_representative`); ``own_sources``:
    the independent sources of the entry's own event when others of its day joined it (:func:`_same_day`);
    ``named``: the further articles that name its happening by its day (:func:`_named_support`), which add
    to its rank only."""
    rep = entry or _representative(cluster)
    # what the timeline and the summary rank it by: the original articles that print it (the entry's own
    # event's, when others of its day joined it); a copied sentence is no further source
    # (:func:`_sources`), but an outlet that prints it in each update shows it is the story's
    roots = len({m.root for m in cluster})
    printed = (own_sources if own_sources is not None and own_sources < roots else roots) + named
    cluster = sorted(cluster, key=lambda m: (m is not rep, m.article, m.sentence))
    date = rep.date or DateValue(value=None, precision="unknown")
    # the most specific compatible date any mention gives
    for m in cluster:
        if (
            m.date
            and m.basis == "text"
            and PRECISION_RANK.get(m.date.precision, 9) < PRECISION_RANK.get(date.precision, 9)
        ):
            date = m.date
    basis = "text" if any(m.basis == "text" for m in cluster) else rep.basis
    actors: list[str] = []
    for m in cluster:
        for e in sorted(m.entities, key=lambda x: (m.text.lower().find(entities[x].name.lower()) % 10_000, x)):
            if e not in actors:
                actors.append(e)
    place_ids: list[str] = []
    for m in cluster:
        place_ids.extend(p for p in m.places if p not in place_ids)
    rank = {"point": 0, "town": 1, "district": 2, "river": 3, "region": 4, "country": 5}
    place = min(place_ids, key=lambda p: (rank.get(places[p].precision, 6), place_ids.index(p))) if place_ids else None
    types = [m.type for m in cluster]
    kind = (
        rep.type
        if rep.type not in ("statement", "other")
        else next((t for t in types if t not in ("statement", "other")), rep.type)
    )
    background = bool(story_start and date.value and date_bounds(date.value)[1] < _minus_days(story_start, 365))
    # reported only before it happens ("the commitment ends in 2011" in a 2009 article): a plan or a
    # forecast, which the timeline must not present as something that took place
    told = [
        (date_bounds(m.date.value)[0], m.published[:10])
        for m in cluster
        if m.basis == "text" and m.date and m.date.value and m.published
    ]
    expected = bool(told) and all(start > published for start, published in told)
    citations = [Citation(source=m.article, sentence=m.sentence, text=m.text) for m in cluster]
    figures: list[Figure] = [f for m in cluster for f in m.figures]
    return Event(
        id=content_id("event", date.value, *sorted((c.source, c.sentence) for c in citations)),
        type=kind,
        date=date,
        date_basis=basis,
        place=place,
        place_precision=places[place].precision if place else None,
        actors={"actor1": actors[:1], "actor2": actors[1:2], "mentioned": actors[2:]},
        figures=figures,
        text=rep.text,
        citations=citations,
        independent_sources=_sources(cluster),
        entry_sources=printed if printed != _sources(cluster) else None,
        date_text=rep.date_text if dated_by_own_text(rep) else None,
        background=background,
        expected=expected,
    )


def _named_support(joined: Sequence[Joined], mentions: Sequence[Mention]) -> list[int]:
    """For each event, the original articles that are none of its sources but name its happening by its day
    in a sentence that day does not date because its act is set against the happening (``Mention.named``,
    :func:`_set_against_at`: "contractors involved in the April 20 explosion, which killed 11 workers", "weeks
    before the April 20 explosion that killed 11 workers").  Such a sentence is no news of that day and never the
    event's citation, but when it tells what the entry tells it shows that the happening matters to the story:
    the event ranks by it (``Event.entry_sources``) as it did when that day dated the sentence.  The event of a
    happening is the best-sourced of those of that day whose entry, dated by its own words to the day, writes a
    happening of the named one's family next to its date (:func:`happenings_near`: "the April 20 blast" is "an
    explosion on 20 April"); the sentence counts when that entry would cite it had the day dated it
    (:func:`_cites`); each sentence supports one event.  Names of the older rules ("lawsuits over the April 20
    explosion") were never counted and are left so: counting them too moved a held-out summary to a
    background restatement."""
    by_day: dict[str, list[tuple[int, frozenset[str], int]]] = {}
    for k, j in enumerate(joined):
        e = j.entry
        if e.date is None or e.date.value is None or e.date.precision != "day" or e.date.mod:
            continue
        if not dated_by_own_text(e):
            continue
        acts = happenings_near(e.claim, e.date_text)
        if acts:
            by_day.setdefault(e.date.value, []).append((k, acts, len({m.root for m in j.mentions})))
    extra: list[set[str]] = [set() for _ in joined]
    for m in mentions:
        for day, written in m.named:
            mine = happenings_near(m.claim, written)
            fits = [(k, n) for k, acts, n in by_day.get(day, []) if mine & acts]
            if not fits:
                continue
            k = max(fits, key=lambda f: (f[1], -f[0]))[0]
            # as it would be cited, had the day dated it: it tells what the entry tells
            dated = replace(m, date=DateValue(value=day, precision="day"), basis="text", date_text=written)
            if _cites(joined[k].entry, dated):
                extra[k].add(m.root)
    return [len(roots - {m.root for m in j.mentions}) for j, roots in zip(joined, extra, strict=True)]


def _minus_days(iso: str, days: int) -> str:
    import datetime as dt

    start = date_bounds(iso)[0]
    return (dt.date.fromisoformat(start) - dt.timedelta(days=days)).isoformat()
