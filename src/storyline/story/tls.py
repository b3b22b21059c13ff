"""Timeline summarisation (TLS) over a large collection of dated sentences.

The method follows the date-wise approach of the TLS literature (Tran et al. 2013;
Martschat & Markert 2018; Ghalandari & Ifrim 2020, "DATEWISE"), unsupervised:

1. **Date selection.**  A date is important when many *distinct articles* refer to
   it.  Every article that mentions a day (in a content sentence) votes once for it;
   a mention of a date after the article's publication (a plan, a deadline) counts
   less than a report of something that happened.  Articles published on a day add
   a smaller vote (news is mostly about the day before or the same day).  Dates are
   ranked by the vote and the top ``n_dates`` are kept.
2. **Sentence selection.**  For each chosen date the candidates are the sentences
   that mention it, and (with a lower prior) the undated sentences of articles
   published on it.  Candidates are scored by TF-IDF cosine to the candidates'
   centroid (what most sources say about that day), boosted when they contain the
   collection's topic keywords, and chosen greedily with MMR to avoid repeating.
3. **Debris filter.**  Page leftovers ("Help", "Last updated at ..."), very short or
   very long lines, questions, quotes and lines without a verb are never chosen.

Everything is deterministic: ties are broken by article id and sentence index.
No I/O, no model: :func:`date_sentences` uses ``storyline.annotate.timex.TimeTagger``
when it is installed and otherwise a small built-in reader of explicit dates.
"""

from __future__ import annotations

import datetime as _dt
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from storyline.records import PublishedDate, content_id
from storyline.story.text import STOPWORDS

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__all__ = [
    "DatedSentence",
    "TLSParams",
    "collection_keywords",
    "date_sentences",
    "is_content_sentence",
    "items_from_articles",
    "rank_dates",
    "summarise_timeline",
]


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """One sentence of one article with its publication date and the days it names.

    ``published`` and ``mentioned`` are ISO dates ("YYYY-MM-DD").  ``mentioned`` is
    the first day-precision date the sentence names (None when it names none);
    ``also_mentioned`` holds any further day-precision dates it names.
    """

    article: str
    index: int
    text: str
    published: str | None
    mentioned: str | None = None
    also_mentioned: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return content_id(self.article, self.index, self.text)

    @property
    def dates(self) -> tuple[str, ...]:
        return ((self.mentioned,) if self.mentioned else ()) + self.also_mentioned


@dataclass(frozen=True)
class TLSParams:
    """The knobs of the method (one set for every collection: no per-topic tuning)."""

    future_weight: float = 0.5  # vote of a mention dated after its article's publication
    pub_weight: float = 0.25  # vote of an article published on the day
    extra_sentence_weight: float = 0.1  # further sentences of the same article naming the day
    pub_prior: float = 0.75  # sentence-score prior of a merely-published-on sentence vs one naming the day
    keyword_boost: float = 0.3  # score bonus (x fraction of keywords present, capped)
    mmr_lambda: float = 0.7
    redundancy_max: float = 0.5  # never pick a sentence this similar to one already picked
    min_tokens: int = 6
    max_tokens: int = 45
    n_keywords: int = 10
    extra: dict[str, Any] = field(default_factory=dict)


DEFAULT_PARAMS = TLSParams()


# --------------------------------------------------------------------------- text helpers

_STOP = STOPWORDS
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'&.-]*[a-z0-9]|[a-z0-9]")
_BRACKET = re.compile(r"-[LR][RSC]B-")


_STEMS: dict[str, str] = {}


def _stem(w: str) -> str:
    got = _STEMS.get(w)
    if got is None:
        got = _STEMS[w] = _stem_uncached(w)
        if len(_STEMS) > 200_000:
            _STEMS.clear()
    return got


def _stem_uncached(w: str) -> str:
    if len(w) > 4:
        for suf in ("ing", "ies", "ed", "es", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def _terms(text: str) -> list[str]:
    """A sentence's terms for date keywords and sentence selection: the story layer's stop words
    (:data:`~storyline.story.text.STOPWORDS`), but this module's own split and stem, on purpose.

    The split keeps words of two letters ("bp", "un"), "u.s" and "at&t"; the stem is aggressive
    ("-ing", "-ed", "-es", "-s" go after three letters: "crisis" is "crisi"), closer to the Porter
    stems ROUGE compares than :func:`storyline.story.text.stem`.  Measured on Timeline17 (12
    collections, 2026-11-24; AR-1 / AR-2 F, date F1 unchanged at 0.6949): these terms 0.1453 /
    0.0471; :func:`~storyline.story.text.content_tokens` with :func:`~storyline.story.text.stem`
    0.1427 / 0.0453, and with two-capital acronyms kept ("BP") 0.1428 / 0.0448; the story layer's
    words (:func:`~storyline.story.text.words`: possessives, codes, acronyms) with this stem 0.1454
    / 0.0469, a wash (dev six collections AR-2 0.0698 -> 0.0692, held-out six 0.0245 -> 0.0247),
    so not taken.  A sentence's terms are only compared with other sentences' terms here, never
    shown, so a stem such as "crisi" does no harm."""
    low = _BRACKET.sub(" ", text).lower()
    return [_stem(t) for t in _TOKEN.findall(low) if t not in _STOP and not t.isdigit() and len(t) > 1]


_VERBISH = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "says",
        "said",
        "say",
        "tells",
        "told",
        "announces",
        "announced",
        "announce",
        "reports",
        "reported",
        "report",
    ]
)
_ALPHA_TOKEN = re.compile(r"[^\s]*[^\W\d_][^\s]*")
_BOILER = (
    "last updated",
    "all rights reserved",
    "copyright",
    "click here",
    "email this",
    "e-mail this",
    "share this",
    "print this",
    "sign up",
    "subscribe",
    "related stories",
    "related articles",
    "related links",
    "read more",
    "more from",
    "follow us",
    "advertisement",
    "terms of use",
    "privacy policy",
    "bookmark",
    "newsletter",
    "watch video",
    "play video",
)


def is_content_sentence(text: str, min_tokens: int = 6, max_tokens: int = 45) -> bool:
    """True when a line looks like a summary-worthy statement, not page debris.

    Rejects: too short / too long, questions, lines that open or close inside a quote,
    boilerplate phrases, lines with few alphabetic tokens, lines with no verb-like token.
    """
    toks = text.split()
    n = len(toks)
    if n < min_tokens or n > max_tokens:
        return False
    if "?" in text:
        return False
    low = text.lower()
    if any(b in low for b in _BOILER):
        return False
    first, last = toks[0], toks[-1]
    if first in ("``", '"', "'", "''", "“", "‘") or last in ("''", '"', "``", "”", "’"):
        return False
    if text.count("``") + text.count('"') + text.count("“") >= 1 and _quote_share(toks) > 0.5:
        return False
    if last not in (".", "!") and not last.endswith("."):
        return False
    if len(_ALPHA_TOKEN.findall(text)) < 0.6 * n:
        return False
    if not toks[0][:1].isupper() and not toks[0][:1].isdigit():
        return False
    for t in toks[1:]:
        lw = t.lower()
        if (
            lw in _VERBISH
            or (len(lw) > 4 and (lw.endswith("ed") or lw.endswith("es")))
            or (len(lw) > 5 and lw.endswith("ing"))
        ):
            return True
        if len(lw) > 3 and lw.endswith("s") and t[0].islower() and not lw.endswith("ss"):
            return True
    return False


def _quote_share(toks: list[str]) -> float:
    inside = False
    count = 0
    for t in toks:
        if t in ("``", "“") or (t == '"' and not inside):
            inside = True
            continue
        if t in ("''", "”") or (t == '"' and inside):
            inside = False
            continue
        if inside:
            count += 1
    return count / max(1, len(toks))


# --------------------------------------------------------------------------- dating sentences

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"(?:\s*,?\s*(\d{4}))?\b", re.IGNORECASE)
_MDY = re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*(\d{4}))?", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = re.compile(r"\b(last|next|this|on|since|by|until|from)?\s*(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_REL = re.compile(r"\b(yesterday|today|tonight|last night|this morning|this afternoon|tomorrow)\b", re.IGNORECASE)


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _closest_year(m: int, d: int, pub: _dt.date) -> _dt.date | None:
    best: _dt.date | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cand = _safe_date(y, m, d)
        if cand is None:
            continue
        # prefer the past: a future date counts as twice as far
        dist = (pub - cand).days if cand <= pub else 2 * (cand - pub).days
        if best is None or dist < ((pub - best).days if best <= pub else 2 * (best - pub).days):
            best = cand
    return best


def _builtin_dates(text: str, pub: _dt.date | None) -> list[tuple[int, _dt.date]]:
    """Explicit day-precision dates in one sentence: (offset, date)."""
    out: list[tuple[int, _dt.date]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for rx, order in ((_ISO, "iso"), (_DMY, "dmy"), (_MDY, "mdy")):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if order == "iso":
                dt = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                if order == "dmy":
                    day, mon, year = m.group(1), m.group(2), m.group(3)
                else:
                    mon, day, year = m.group(1), m.group(2), m.group(3)
                mon_l = mon.lower().rstrip(".")
                if mon_l == "may" and order == "mdy" and not year and not m.group(0)[0].isupper():
                    continue  # "may 3" inside a sentence is rarely a date without capital
                mi = _MONTHS[mon_l]
                di = int(day)
                if year:
                    dt = _safe_date(int(year), mi, di)
                elif pub is not None:
                    dt = _closest_year(mi, di, pub)
                else:
                    dt = None
            if dt is not None:
                out.append((m.start(), dt))
                taken.append((m.start(), m.end()))
    if pub is not None:
        for m in _WD.finditer(text):
            if not free(m.start(), m.end()):
                continue
            mod = (m.group(1) or "").lower()
            wd = _WEEKDAYS.index(m.group(2).lower())
            if mod == "next":
                delta = (wd - pub.weekday()) % 7 or 7
                dt = pub + _dt.timedelta(days=delta)
            elif mod in ("until", "by"):
                delta = (wd - pub.weekday()) % 7
                dt = pub + _dt.timedelta(days=delta)
            else:
                delta = (pub.weekday() - wd) % 7
                dt = pub - _dt.timedelta(days=delta)
            out.append((m.start(), dt))
            taken.append((m.start(), m.end()))
        for m in _REL.finditer(text):
            word = m.group(1).lower()
            shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
            out.append((m.start(), pub + _dt.timedelta(days=shift)))
    out.sort(key=lambda x: x[0])
    return out


def _parse_iso(value: str | None) -> _dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_TAGGER: Any = None
_TAGGER_STATE = {"tried": False}


def _get_tagger() -> Any:
    """The shared TimeTagger, or None when storyline.annotate.timex is not installed."""
    if not _TAGGER_STATE["tried"]:
        _TAGGER_STATE["tried"] = True
        global _TAGGER
        try:
            from storyline.annotate.timex import TimeTagger  # lazy: optional stage

            tagger = TimeTagger()
            tagger.warm_up()
            _TAGGER = tagger
        except Exception as exc:  # missing module or broken model: fall back, say so
            log.info("TimeTagger unavailable (%s); using built-in date reader", exc)
            _TAGGER = None
    return _TAGGER


def date_sentences(
    article: str,
    sentences: Sequence[str],
    published: str | None,
    *,
    use_tagger: bool | None = None,
) -> list[DatedSentence]:
    """Date every sentence of one article.

    ``published`` is the article's ISO publication date (or None).  Day-precision
    dates named in each sentence are read with ``TimeTagger`` (anchored on the
    publication date) when it is installed and ``use_tagger`` is not False,
    otherwise with the built-in reader of explicit dates and weekday references.
    """
    pub = _parse_iso(published)
    per_sentence: list[list[_dt.date]] = [[] for _ in sentences]
    tagger = _get_tagger() if use_tagger is not False else None
    if tagger is not None:
        text = "\n".join(sentences)
        starts: list[int] = []
        pos = 0
        for s in sentences:
            starts.append(pos)
            pos += len(s) + 1
        anchor = PublishedDate(value=published, precision="day") if pub is not None else None
        import bisect

        for tx in tagger.tag(text, anchor):
            if tx.type not in ("DATE", "TIME") or tx.precision not in ("day", "hour", "minute", "second"):
                continue
            d = _parse_iso(tx.value)
            if d is None:
                continue
            i = bisect.bisect_right(starts, tx.start) - 1
            if 0 <= i < len(sentences) and d not in per_sentence[i]:
                per_sentence[i].append(d)
    else:
        for i, s in enumerate(sentences):
            for _, d in _builtin_dates(s, pub):
                if d not in per_sentence[i]:
                    per_sentence[i].append(d)
    out: list[DatedSentence] = []
    for i, s in enumerate(sentences):
        ds = [d.isoformat() for d in per_sentence[i]]
        out.append(
            DatedSentence(
                article=article,
                index=i,
                text=s,
                published=pub.isoformat() if pub else None,
                mentioned=ds[0] if ds else None,
                also_mentioned=tuple(ds[1:]),
            )
        )
    return out


# --------------------------------------------------------------------------- keywords


def collection_keywords(
    items: Sequence[DatedSentence], n: int = 10, terms: Sequence[list[str]] | None = None
) -> list[str]:
    """The topic's keywords read from the collection itself: content terms present in the most articles.

    Terms in nearly every article of a collection are what the story is about
    ("oil", "spill", "bp"); a general method, no list per topic.
    """
    df: Counter[str] = Counter()
    by_article: dict[str, set[str]] = defaultdict(set)
    for k, it in enumerate(items):
        by_article[it.article].update(terms[k] if terms is not None else _terms(it.text))
    for art_terms in by_article.values():
        df.update(art_terms)
    n_art = max(1, len(by_article))
    ranked = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))
    return [t for t, c in ranked[:n] if c >= 0.1 * n_art]


# --------------------------------------------------------------------------- date ranking


def rank_dates(
    items: Sequence[DatedSentence],
    start: str | None = None,
    end: str | None = None,
    params: TLSParams = DEFAULT_PARAMS,
    content: Sequence[bool] | None = None,
) -> list[tuple[str, float]]:
    """All candidate dates with their importance, best first (ties: earlier date first)."""
    votes: dict[tuple[str, str], float] = {}
    extra: Counter[tuple[str, str]] = Counter()
    pubs: dict[str, set[str]] = defaultdict(set)
    for k, it in enumerate(items):
        if it.published and (start is None or it.published >= start) and (end is None or it.published <= end):
            pubs[it.published].add(it.article)
        if content is not None and not content[k]:
            continue
        for d in it.dates:
            if (start is not None and d < start) or (end is not None and d > end):
                continue
            w = params.future_weight if (it.published and d > it.published) else 1.0
            key = (d, it.article)
            if key in votes:
                extra[key] += 1
                votes[key] = max(votes[key], w)
            else:
                votes[key] = w
    score: dict[str, float] = defaultdict(float)
    for (d, a), w in votes.items():
        score[d] += w + params.extra_sentence_weight * math.log1p(extra[(d, a)])
    for d, arts in pubs.items():
        score[d] += params.pub_weight * len(arts)
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))


# --------------------------------------------------------------------------- sentence selection


class _Vectors:
    """TF-IDF sentence vectors over the collection in one sparse (CSR) layout, numpy only.

    Rows are L2-normalised; ``idf`` is computed over the content sentences.
    """

    def __init__(self, docs: Sequence[list[str]]):
        vocab: dict[str, int] = {}
        df: Counter[int] = Counter()
        rows: list[Counter[int]] = []
        for d in docs:
            c: Counter[int] = Counter(vocab.setdefault(t, len(vocab)) for t in d)
            rows.append(c)
            df.update(c.keys())
        n = max(1, len(docs))
        self.n_terms = max(1, len(vocab))
        idf = np.ones(self.n_terms)
        for t, f in df.items():
            idf[t] = math.log((1 + n) / (1 + f)) + 1.0
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for c in rows:
            items = sorted(c.items())
            indices.extend(t for t, _ in items)
            data.extend((1.0 + math.log(k)) for _, k in items)
            indptr.append(len(indices))
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        vals = np.asarray(data, dtype=np.float64) * idf[self.indices] if indices else np.zeros(0)
        # normalise rows
        lens = np.diff(self.indptr)
        row_of = np.repeat(np.arange(len(rows)), lens)
        sq = np.bincount(row_of, weights=vals * vals, minlength=len(rows)) if len(vals) else np.zeros(len(rows))
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        self.data = vals / norms[row_of] if len(vals) else vals

    def gather(self, rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row position in ``rows`` per entry, term ids, weights) for the given rows."""
        starts = self.indptr[list(rows)]
        ends = self.indptr[[r + 1 for r in rows]]
        lens = ends - starts
        pos = np.repeat(np.arange(len(rows)), lens)
        offs = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens) + np.repeat(starts, lens)
        return pos, self.indices[offs], self.data[offs]

    def dense(self, row: int) -> np.ndarray:
        v = np.zeros(self.n_terms)
        a, b = self.indptr[row], self.indptr[row + 1]
        v[self.indices[a:b]] = self.data[a:b]
        return v


def _select(
    cands: list[int],
    priors: list[float],
    has_keyword: list[float],
    vec: _Vectors,
    k: int,
    params: TLSParams,
) -> list[int]:
    """Greedy MMR over candidate rows: relevance = cosine to the prior-weighted centroid."""
    n = len(cands)
    pos, terms, vals = vec.gather(cands)
    w = np.asarray(priors, dtype=np.float64)
    centroid: np.ndarray = np.bincount(terms, weights=vals * w[pos], minlength=vec.n_terms).astype(np.float64)
    nrm = float(np.linalg.norm(centroid))
    if nrm > 0:
        centroid = centroid / nrm
    rel: np.ndarray = np.bincount(pos, weights=vals * centroid[terms], minlength=n).astype(np.float64)
    rel = rel * (1.0 + params.keyword_boost * np.asarray(has_keyword)) * w
    red = np.zeros(n)
    alive = np.ones(n, dtype=bool)
    chosen: list[int] = []
    while len(chosen) < k:
        score = params.mmr_lambda * rel - (1 - params.mmr_lambda) * red
        score[~alive] = -np.inf
        j = int(np.argmax(score))  # first maximum: ties go to the lower (article, index) position
        if not np.isfinite(score[j]):
            break
        chosen.append(j)
        alive[j] = False
        sims = np.bincount(pos, weights=vals * vec.dense(cands[j])[terms], minlength=n)
        red = np.maximum(red, sims)
        alive &= red <= params.redundancy_max
    return [cands[j] for j in chosen]


def summarise_timeline(
    items: Sequence[DatedSentence],
    n_dates: int,
    sents_per_date: int,
    query: Sequence[str] = (),
    *,
    start: str | None = None,
    end: str | None = None,
    params: TLSParams = DEFAULT_PARAMS,
) -> list[tuple[str, list[str]]]:
    """A timeline of ``n_dates`` dates with up to ``sents_per_date`` sentences each, in date order.

    ``query`` gives topic keywords (any case; stemmed like the text); when empty the
    collection's own keywords are used.  ``start``/``end`` (ISO, inclusive) limit the
    candidate dates.  Dates with no usable sentence are skipped in favour of the next.
    """
    if n_dates <= 0 or sents_per_date <= 0 or not items:
        return []
    ordered = sorted(items, key=lambda it: (it.article, it.index))
    content = [is_content_sentence(it.text, params.min_tokens, params.max_tokens) for it in ordered]
    terms = [_terms(it.text) for it in ordered]
    q = [w for t in query for w in _terms(t)]
    keywords = set(q) if q else set(collection_keywords(ordered, params.n_keywords, terms))
    ranking = rank_dates(ordered, start, end, params, content)
    vec = _Vectors(terms)
    kw_frac = [min(1.0, len(keywords.intersection(t)) / 2.0) if keywords else 0.0 for t in terms]

    mentioning: dict[str, list[int]] = defaultdict(list)
    published_on: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(ordered):
        if not content[i] or not terms[i]:
            continue
        for d in it.dates:
            mentioning[d].append(i)
        if it.published and not it.dates:
            published_on[it.published].append(i)

    timeline: list[tuple[str, list[str]]] = []
    seen_text: set[str] = set()
    for d, _score in ranking:
        if len(timeline) >= n_dates:
            break
        cands: list[int] = []
        priors: list[float] = []
        seen_local: set[str] = set()
        for i in mentioning.get(d, []):
            key = " ".join(ordered[i].text.split()).lower()
            if key in seen_local or key in seen_text:
                continue
            seen_local.add(key)
            cands.append(i)
            priors.append(1.0)
        for i in published_on.get(d, []):
            key = " ".join(ordered[i].text.split()).lower()
            if key in seen_local or key in seen_text:
                continue
            seen_local.add(key)
            cands.append(i)
            priors.append(params.pub_prior)
        if not cands:
            continue
        picked = _select(cands, priors, [kw_frac[i] for i in cands], vec, sents_per_date, params)
        if not picked:
            continue
        texts = [ordered[i].text for i in picked]
        seen_text.update(" ".join(t.split()).lower() for t in texts)
        timeline.append((d, texts))
    timeline.sort(key=lambda x: x[0])
    return timeline


def items_from_articles(articles: Iterable[tuple[str, str | None, Sequence[str]]]) -> list[DatedSentence]:
    """Convenience: (article id, ISO publication date, sentences) triples to dated sentences."""
    out: list[DatedSentence] = []
    for aid, pub, sents in articles:
        out.extend(date_sentences(aid, sents, pub))
    return out
