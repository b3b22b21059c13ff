"""The plain records that travel between stages.

Every record is a frozen pydantic model: serialisable to JSON (``.to_json()``),
comparable, hashable by content, and safe to send to another process or store.
No live library object (a spaCy ``Doc``, an lxml tree) ever appears here.

Ids are content hashes (:func:`content_id`), so the same input gives the same id
on every run and every machine.

Character offsets (``start``/``end``) always index into ``Article.text`` (the
cleaned text), never into the raw input.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def content_id(*parts: object, length: int = 16) -> str:
    """A stable hex id from the parts' text (sha256, truncated)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part if part is not None else "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


class Record(BaseModel):
    """Base: frozen, strict about unknown fields, JSON round-trippable."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return self.model_dump_json()


# --------------------------------------------------------------------------- ingestion


Precision = Literal[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
    "century",
    "unknown",
]


class RawDocument(Record):
    """One document as read from disk/stdin, before any cleaning.

    Exactly one of ``text`` / ``html`` is normally set.  ``meta`` carries what the
    container declared (JSON fields, CSV columns, WARC headers, feed entries):
    keys ``title``, ``url``, ``published``, ``outlet``, ``author``, ``language``.
    """

    id: str
    file: str  # the input path as given (plus "#N" for the Nth record of a container)
    format: str  # txt | html | json | jsonl | csv | warc | rss | atom | stdin
    text: str | None = None
    html: str | None = None
    meta: dict[str, str] = Field(default_factory=dict)
    encoding: str | None = None  # detected or declared encoding of the bytes


class Failure(Record):
    """Something that could not be read or processed; the batch goes on."""

    file: str
    stage: str
    code: str  # an errors.E### code
    reason: str  # one line, says what to do


# --------------------------------------------------------------------------- cleaning


class DateEstimate(Record):
    """A clearly-labelled estimate when no publication date can be trusted."""

    earliest: str  # TimeML value; "" when there is no lower bound
    latest: str  # TimeML value; "" when there is no upper bound
    reason: str


class PublishedDate(Record):
    value: str | None = None  # TimeML value: "2016-11-06", "2016-11", "2016", or None
    precision: Precision = "unknown"
    evidence: str | None = None  # the exact span the date was read from
    method: str | None = None  # metadata | updated-line | numeric-dmy | header | ...
    estimate: DateEstimate | None = None
    rejected: list[str] = Field(default_factory=list)  # spans considered and why not


class Dateline(Record):
    """The wire dateline an article opened with ("ROME, April 29 (Reuters) -", "KEY WEST, Fla. --"),
    cut from its text: where and by whom the copy was filed, as printed.  The place is where the
    reporter was, not necessarily where the story happened; the day is as written, not resolved.
    Without a dateline, a byline naming one filing place ("By Jo Roe in Avel") gives the record, with
    ``source`` "byline" and the byline as ``text``."""

    text: str  # as printed and cut
    place: str | None = None  # "ROME"
    region: str | None = None  # "Fla.", "Iraq"
    day: str | None = None  # "April 29"
    agency: str | None = None  # "Reuters", as written in the brackets
    source: Literal["wire", "byline"] = "wire"  # read from a wire dateline, or from the byline's filing place


class Article(Record):
    """A cleaned article: the unit every later stage works on."""

    id: str
    file: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    outlet_evidence: str | None = None
    author: str | None = None
    contributors: list[str] = Field(default_factory=list)
    published: PublishedDate = PublishedDate()
    language: str | None = None
    language_confidence: float = 0.0
    language_low_confidence: bool = True
    text: str
    removed: list[str] = Field(default_factory=list)  # lines removed as debris, in order
    dateline: Dateline | None = None  # the wire dateline the copy opened with, cut from the text
    duplicate_of: str | None = None
    raw_id: str | None = None
    format: str | None = None
    warnings: list[str] = Field(default_factory=list)

    @staticmethod
    def make_id(text: str, url: str | None) -> str:
        return content_id(" ".join(text.split()), url or "")


# --------------------------------------------------------------------------- annotation


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str


class Mention(Record):
    """A named-entity mention (spaCy label) in one sentence of one article."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC, ...
    entity: str | None = None  # canonical Entity.id once resolved


class TimeExpression(Record):
    """A temporal expression normalised to a TimeML value.

    ``value`` is None when the expression cannot be resolved (e.g. "last week"
    in an undated article); ``reason`` then says why.
    """

    article: str
    sentence: int
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None  # TimeML: 2016-11-06, 2016-10, 2013-SP, 2016-W44, P3D, PRESENT_REF
    precision: Precision = "unknown"
    mod: str | None = None  # TimeML mod: START, MID, END, BEFORE, AFTER, APPROX, ...
    anchor: Literal["absolute", "publication", "none"] = "absolute"
    reason: str | None = None


class Toponym(Record):
    article: str
    sentence: int
    start: int
    end: int
    text: str
    place: str | None = None  # Place.id once resolved


class Attribution(Record):
    """Who says a sentence, and through which outlet."""

    article: str
    sentence: int
    speaker: str | None = None  # "Capt. Jeff Davis"
    role: str | None = None  # "Pentagon spokesman"
    speaker_entity: str | None = None
    via: str | None = None  # outlet relaying it: "CNN", "Reuters"
    kind: Literal["quote", "paraphrase", "report", "none"] = "none"
    cue: str | None = None  # "said", "told", "according to"


class Figure(Record):
    """A quantity with what it counts and who claims it."""

    article: str
    sentence: int
    start: int
    end: int
    text: str  # the exact span: "more than 40,000"
    value: float
    value_max: float | None = None  # upper bound of a range
    qualifier: str = "exact"  # exact|more_than|at_least|up_to|about|approx|fewer_than|range|order
    unit: str | None = None  # people|km2|km|mi|usd|percent|...
    what: str | None = None  # fighters|civilians|killed|wounded|displaced|area|distance|money|...
    about: str | None = None  # entity name it describes ("SDF")
    said_by: str | None = None
    as_of: str | None = None  # TimeML value


class AnnotatedArticle(Record):
    """An article plus everything the understanding stages found in it."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    toponyms: list[Toponym] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)


# --------------------------------------------------------------------------- story level


class Citation(Record):
    source: str  # Article.id
    sentence: int  # Sentence.index in that article
    text: str


class EntityMention(Record):
    source: str
    sentence: int
    text: str


class Entity(Record):
    id: str
    name: str
    type: str  # person|organisation|armed_group|government_body|media_outlet|place|group|other
    aliases: list[str] = Field(default_factory=list)
    mentions: list[EntityMention] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    kb_id: str | None = None


class Place(Record):
    id: str
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO-3166 alpha-2
    precision: str = "unknown"  # point|town|district|region|country|river|vicinity|unknown
    aliases: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    geonameid: int | None = None
    population: int | None = None
    # precision "vicinity": the name is not in the gazetteer; lat/lon are those of the place the
    # story centres on (``near``: its Place id, ``near_name``: its name), inferred, never a point
    near: str | None = None
    near_name: str | None = None
    admin1: str | None = None  # GeoNames first-level region code of a town, district or region ("OH")


class DateValue(Record):
    value: str | None
    precision: Precision = "unknown"
    mod: str | None = None


class Event(Record):
    id: str
    type: str  # battle|remote_violence|violence_against_civilians|strategic_development|negotiations|statement|protest|other
    date: DateValue
    date_basis: str = "text"  # text | reported_on | none
    place: str | None = None  # Place.id
    place_precision: str | None = None
    actors: dict[str, list[str]] = Field(default_factory=dict)  # role -> entity ids
    figures: list[Figure] = Field(default_factory=list)
    text: str
    citations: list[Citation] = Field(default_factory=list)
    # distinct original articles that report it, a sentence one copied from another (a wire factbox in each
    # story) counted once (events._first_print)
    independent_sources: int = 1
    # what the timeline and the summary rank the event by, when it is not ``independent_sources``: the original
    # articles that print the entry's own event (copies included; only its own when events of its day that
    # tell it in other words joined it, events._same_day).  None when equal.
    entry_sources: int | None = None
    date_text: str | None = None  # the time expression the entry's own text is dated by, as written
    background: bool = False
    expected: bool = False  # every source reported it before its date: planned or forecast, not seen


class TimelineEntry(Record):
    date: DateValue
    text: str
    citations: list[Citation] = Field(default_factory=list)
    independent_sources: int = 1
    background: bool = False
    reported_on: bool = False
    expected: bool = False
    event: str | None = None


class ClaimValue(Record):
    value: str
    said_by: str | None = None
    as_of: str | None = None
    citations: list[Citation] = Field(default_factory=list)


class Disagreement(Record):
    about: str
    kind: str = "value"  # value | statement
    values: list[ClaimValue]


class SummarySentence(Record):
    text: str
    citations: list[Citation] = Field(default_factory=list)


class Brief(Record):
    """The canonical output: every renderer reads this and only this."""

    model_config = ConfigDict(frozen=True, extra="allow")

    schema_: str = Field(default="storyline.brief/1", alias="schema")
    title: str | None = None
    generated_from: list[str] = Field(default_factory=list)
    sources: list[dict[str, Any]] = Field(default_factory=list)
    entities: list[dict[str, Any]] = Field(default_factory=list)
    places: list[dict[str, Any]] = Field(default_factory=list)
    timeline: list[dict[str, Any]] = Field(default_factory=list)
    undated: list[dict[str, Any]] = Field(default_factory=list)
    events: list[dict[str, Any]] = Field(default_factory=list)
    figures: list[dict[str, Any]] = Field(default_factory=list)
    series: list[dict[str, Any]] = Field(default_factory=list)
    disagreements: list[dict[str, Any]] = Field(default_factory=list)
    summary: list[dict[str, Any]] = Field(default_factory=list)
    time_expressions: list[dict[str, Any]] = Field(default_factory=list)
    attributions: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)
