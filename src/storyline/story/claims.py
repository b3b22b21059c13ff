"""Claims about quantities: agreement, disagreement, and series over time.

A claim is a figure (a value of something) said by someone at some time.  Claims
are grouped by *what is counted* (killed, fighters, displaced…) and *what it is
about*: the same canonical entity (``SDF`` and ``Syrian Democratic Forces`` are one),
or, for casualty-type counts, the same incident noun in the sentence ("air strikes").

Within a group, claims are bucketed by time.  A claim's time is the date written
in its sentence when there is one; otherwise the publication date of its article,
which is only an upper bound ("reported on"): such a claim belongs with any dated
claim up to ``REPORT_LAG_DAYS`` before it.

- two values from different claimants in the same bucket that cannot both be true → a
  **disagreement** (``SANA: 12 killed`` vs ``Syrian Observatory: 21 killed``).  Qualifiers
  count: "about 9.5" agrees with "9.5", "more than 40,000" with "45,000"; and two values that
  one sentence states together count two things ("270 killed, 103 of them Americans"), not two
  versions of one; an increment ("another 130", "14 other staff") is no total and is not compared;
- different values in different buckets → a **series** (SDF strength 30,000 in
  December 2016, more than 40,000 in June 2017): a change over time, not a contradiction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from storyline.records import AnnotatedArticle, Citation, Entity, Figure
from storyline.render.common import figure_text
from storyline.story.events import TRIGGERS, date_bounds
from storyline.story.text import Tfidf, cosine, stem

REPORT_LAG_DAYS = 10
APPROX = 0.1  # "about 200" allows 180-220
SAME_FACT = 0.15  # TF-IDF cosine of two sentences that report one fact (the seed's 12 vs 21 killed: 0.23)
CASUALTY = {"killed", "dead", "deaths", "fatalities", "wounded", "injured", "casualties", "missing", "displaced"}
_WHAT = {
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "died": "killed",
    "injured": "wounded",
    "troops": "fighters",
    "militants": "fighters",
    "jihadists": "fighters",
    "soldiers": "fighters",
    "forces": "fighters",
    "strength": "fighters",
    "refugees": "displaced",
}
# the words between a distance and the place it is measured from ("60 miles north-east of Baghdad")
_REF_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|"
    r"(?:away\s+)?from|outside(?:\s+of)?|short\s+of)\s+(?:the\s+)?(?:city\s+of\s+|capital\s*,?\s*)?",
    re.I,
)
# a count added to another ("another 130", "a further 20", "14 other staff", "dozens more") is no total
_PARTIAL_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.I)
_PARTIAL_AFTER = re.compile(r"\s+(?:other|others|more|additional|further|extra)\b", re.I)
_INCIDENT = re.compile("|".join(p.pattern for _, p in TRIGGERS[:3]))


@dataclass(frozen=True)
class Claim:
    figure: Figure
    what: str
    about: str  # entity id, or "incident:<noun>"
    about_label: str
    claimant: str
    said_by: str | None
    time: str | None  # ISO day (start of the explicit date) or publication day
    explicit: bool
    citation: Citation
    places: frozenset[str] = frozenset()  # the places its sentence names (Place ids)
    away: frozenset[str] = frozenset()  # places its sentence measures a distance from ("60 miles north of Baghdad")


def _norm_what(what: str | None) -> str | None:
    if not what:
        return None
    return _WHAT.get(what.lower(), what.lower())


def _alias_index(entities: Sequence[Entity]) -> dict[str, Entity]:
    idx: dict[str, Entity] = {}
    for e in entities:
        for name in [e.name, *e.aliases]:
            idx.setdefault(name.lower().strip(), e)
    return idx


def claims_of(docs: Sequence[AnnotatedArticle], entities: Sequence[Entity]) -> list[Claim]:
    aliases = _alias_index(entities)
    out: list[Claim] = []
    for doc in docs:
        art = doc.article
        if art.duplicate_of:
            continue  # a copy says nothing new
        sent = {s.index: s.text for s in doc.sentences}
        explicit_times = {(t.sentence, t.value) for t in doc.times if t.value}
        named: dict[int, set[str]] = {}
        away: dict[int, set[str]] = {}
        # a place a distance is measured from ("in Samarra, 60 miles north of Baghdad") is where the fact is not
        refs = [f.end for f in doc.figures if f.what == "distance"]
        for t in doc.toponyms:
            if not t.place:
                continue
            if any(_REF_GAP.fullmatch(art.text[e : t.start]) for e in refs if 0 <= t.start - e <= 40):
                away.setdefault(t.sentence, set()).add(t.place)
            else:
                named.setdefault(t.sentence, set()).add(t.place)
        for f in doc.figures:
            what = _norm_what(f.what)
            if what is None or _PARTIAL_BEFORE.search(art.text[max(0, f.start - 20) : f.start]):
                continue
            if what != "percent" and _PARTIAL_AFTER.match(art.text, f.end):
                continue  # "14 other staff died", "another 130 were wounded": an increment, not a total
            text = sent.get(f.sentence, "")
            ent = aliases.get((f.about or "").lower().strip())
            if ent is not None:
                about, label = ent.id, ent.name
            elif what in CASUALTY and (m := _INCIDENT.search(text.lower())):
                noun = stem(m.group(0).replace(" ", ""))
                about, label = f"incident:{noun}", m.group(0)
            elif f.about:
                about, label = f"text:{f.about.lower()}", f.about
            else:
                continue
            explicit = bool(f.as_of and (f.sentence, f.as_of) in explicit_times)
            time = date_bounds(f.as_of)[0] if f.as_of and re.match(r"^\d{4}", f.as_of) else art.published.value
            if time and len(time) < 10:
                time = date_bounds(time)[0]
            claimant = f.said_by or art.outlet or art.id
            out.append(
                Claim(
                    f,
                    what,
                    about,
                    label,
                    claimant,
                    f.said_by,
                    time,
                    explicit,
                    Citation(source=art.id, sentence=f.sentence, text=text),
                    frozenset(named.get(f.sentence, ())),
                    frozenset(away.get(f.sentence, ())),
                )
            )
    return out


def _same_time(a: Claim, b: Claim) -> bool:
    if a.time is None or b.time is None:
        return a.time == b.time
    if a.explicit and b.explicit:
        return a.time == b.time
    if a.explicit == b.explicit:  # both only "reported on"
        return abs((dt.date.fromisoformat(a.time) - dt.date.fromisoformat(b.time)).days) <= REPORT_LAG_DAYS // 2
    dated, reported = (a, b) if a.explicit else (b, a)
    lag = (dt.date.fromisoformat(reported.time or "") - dt.date.fromisoformat(dated.time or "")).days
    return 0 <= lag <= REPORT_LAG_DAYS


def _value_key(c: Claim) -> tuple[float, float | None, str]:
    return (c.figure.value, c.figure.value_max, c.figure.qualifier)


def _interval(f: Figure) -> tuple[float, float]:
    """The values a figure allows: "about 9.5" allows 9.5, "more than 40,000" anything above it,
    "up to 4,000" anything to 4,000, "thousands" a thousand to ten thousand."""
    v, q = f.value, f.qualifier
    if f.value_max is not None:  # a range, or an order of magnitude ("thousands": 1,000-9,999)
        return v, f.value_max
    if q in ("about", "approx"):
        return v * (1 - APPROX), v * (1 + APPROX)
    if q in ("more_than", "at_least"):
        return v, math.inf
    if q in ("up_to", "fewer_than"):
        return 0.0, v
    return v, v


@dataclass
class _Facts:
    """Whether two sentences tell the same fact: TF-IDF cosine >= ``SAME_FACT``, with the IDF of the
    story's sentences, built on first use (most stories have no two claims to compare)."""

    texts: list[str]

    @cached_property
    def tfidf(self) -> Tfidf:
        return Tfidf(self.texts)

    def same(self, a: str, b: str) -> bool:
        return cosine(self.tfidf.vector(a), self.tfidf.vector(b)) >= SAME_FACT


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _conflict(a: Claim, b: Claim, together: list[list[tuple[float, float]]], facts: _Facts) -> bool:
    """Two claims disagree: different claimants, values that cannot both be true ("12 killed" /
    "21 killed"; not "about 9.5" / "9.5", nor "more than 40" / "50"), no sentence states both
    (one that gives "270 killed, 103 of them Americans" counts two things, not two versions), and
    the two sentences name no different places and tell the same fact (TF-IDF cosine >= ``SAME_FACT``: "21 people were killed in
    the airstrikes" / "the airstrikes killed 12"; not "10 Brazilian peacekeepers died" / "the 1,200
    Brazilian soldiers in the mission", which the figures stage may file under one heading).  Shares of
    one whole are compared without the whole's words: "a deficit of 12 percent of GDP" and "a cost of
    4 percent of GDP" measure two things."""
    if a.claimant == b.claimant:
        return False
    ia, ib = _interval(a.figure), _interval(b.figure)
    if _overlap(ia, ib):
        return False
    for values in together:  # a sentence that states both (or values that agree with each)
        if any(_overlap(ia, x) for x in values) and any(_overlap(ib, y) for y in values):
            return False
    if a.places and b.places and not a.places & b.places:
        return False  # "at least 23 killed in Baghdad" / "at least 33 killed in Mosul": two incidents
    if a.away & b.places or b.away & a.places:
        return False  # "in a town 60 miles north of Baghdad" / "in Baghdad": not the same place
    ta, tb = a.citation.text, b.citation.text
    if a.what == "percent":  # the whole a share is of ("of GDP") is shared by construction: it tells no fact
        ta, tb = _without(ta, a.about_label), _without(tb, b.about_label)
    return facts.same(ta, tb)


def _without(text: str, phrase: str) -> str:
    """``text`` without the words of ``phrase`` (case-insensitive)."""
    words = {w.lower() for w in re.findall(r"\w+", phrase)}
    return re.sub(r"\w+", lambda m: "" if m.group().lower() in words else m.group(), text)


def _point(c: Claim) -> dict[str, object]:
    return {
        "value": figure_text(c.figure.to_dict()),
        "number": c.figure.value,
        "said_by": c.said_by,
        "as_of": c.figure.as_of if c.explicit else None,
        "reported_on": None if c.explicit else c.time,
        "citations": [c.citation.to_dict()],
    }


def agreement(
    docs: Sequence[AnnotatedArticle], entities: Sequence[Entity]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(disagreements, series) as brief dicts."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in claims_of(docs, entities):
        groups.setdefault((c.what, c.about), []).append(c)
    facts = _Facts([s.text for d in docs if not d.article.duplicate_of for s in d.sentences])
    disagreements: list[dict[str, object]] = []
    series: list[dict[str, object]] = []
    for (what, _about), claims in sorted(groups.items()):
        if len(claims) < 2:
            continue
        claims.sort(key=lambda c: (c.time or "", not c.explicit, c.citation.source, c.citation.sentence))
        buckets: list[list[Claim]] = []
        for c in claims:
            for b in buckets:
                if all(_same_time(c, x) for x in b):
                    b.append(c)
                    break
            else:
                buckets.append([c])
        label = f"{what} — {claims[0].about_label}"
        by_sentence: dict[tuple[str, int], list[tuple[float, float]]] = {}
        for c in claims:
            by_sentence.setdefault((c.citation.source, c.citation.sentence), []).append(_interval(c.figure))
        together = [vs for vs in by_sentence.values() if len(vs) >= 2]
        for b in buckets:
            pairs = [(x, y) for x, y in itertools.combinations(b, 2) if _conflict(x, y, together, facts)]
            if pairs:  # the claims that take part in a disagreement, in the bucket's order
                involved = {id(c) for p in pairs for c in p}
                points = [_point(c) for c in b if id(c) in involved]
                disagreements.append({"about": label, "kind": "value", "values": points})
        if len(buckets) >= 2:
            firsts = [b[0] for b in buckets]
            if len({_value_key(c) for c in firsts}) >= 2:
                series.append({"about": label, "points": [_point(c) for c in firsts]})
    return disagreements, series


# --------------------------------------------------------------------------- statements

_ACTION = re.compile(
    r"\b(coordinat\w*|cooperat\w*|join\w*|participat\w*|take part|taking part|negotiat\w*|talks?|withdraw\w*|"
    r"ceasefire|truce|attack\w*|invade\w*|invasion|deploy\w*|send\w* troops|recogni[sz]\w*)\b",
    re.I,
)
_FOR = re.compile(
    r"\b(ready to|willing to|prepared to|agreed? to|agrees to|will (?:\w+ly )?(?:coordinate|cooperate|join|take part|"
    r"participate|negotiate|withdraw|attack|deploy|send|recogni[sz]e)|plans? to|intends? to|is open to)\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(ruled? out|rules out|rejects?|rejected|refuses?|refused|will not|won't|would not|does not intend|"
    r"has no (?:plans?|intention)|no plans? to|denied|denies|opposes|opposed)\b",
    re.I,
)


def _action_of(text: str) -> str | None:
    m = _ACTION.search(text)
    return stem(m.group(1).lower().split()[0])[:6] if m else None


def statement_conflicts(docs: Sequence[AnnotatedArticle]) -> list[dict[str, object]]:
    """Opposite stances on the same action by different speakers ("ready to coordinate" vs
    "rules out coordinating"), flagged only when reliable: both sentences are attributed to
    a named speaker, one carries a commitment cue and the other a refusal cue (never both),
    they name the same action, and they share an actor or place.  Machine-translated or
    hedged wording that misses a cue is left alone rather than guessed at."""
    rows: list[tuple[str, str, str, str | None, set[str], Citation]] = []  # speaker, stance, action, name, ids, cite
    for doc in docs:
        if doc.article.duplicate_of:
            continue
        said = {a.sentence: a for a in doc.attributions if a.speaker and a.kind in ("quote", "paraphrase", "report")}
        text_of = {s.index: s.text for s in doc.sentences}
        for index, att in said.items():
            text = text_of.get(index, "")
            pro, con = bool(_FOR.search(text)), bool(_AGAINST.search(text))
            action = _action_of(text)
            if pro == con or action is None:
                continue
            ids = {m.entity for m in doc.mentions if m.sentence == index and m.entity}
            ids |= {t.place for t in doc.toponyms if t.sentence == index and t.place}
            speaker = att.speaker_entity or (att.speaker or "").lower()
            cite = Citation(source=doc.article.id, sentence=index, text=text)
            rows.append((speaker, "for" if pro else "against", action, att.speaker, ids, cite))

    out: list[dict[str, object]] = []
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if a[0] == b[0] or a[1] == b[1] or a[2] != b[2] or not (a[4] & b[4]):
                continue
            values = [
                {"value": f"{row[1]} ({row[2]}…)", "said_by": row[3], "citations": [row[5].to_dict()]} for row in (a, b)
            ]
            out.append({"about": f"opposite statements on {a[2]}…", "kind": "statement", "values": values})
    return out
