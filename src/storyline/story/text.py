"""Small text utilities for the story layer: tokens, stopwords, TF-IDF vectors, cosine, digit figures."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d+(?:[.,]\d+)*")

STOPWORDS = frozenset(
    [
        "'s",
        "a",
        "about",
        "above",
        "according",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "already",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren",
        "around",
        "as",
        "at",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "day",
        "days",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "even",
        "few",
        "first",
        "for",
        "from",
        "further",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "let",
        "like",
        "lrb",
        "lsb",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "month",
        "more",
        "most",
        "mr",
        "mrs",
        "ms",
        "much",
        "must",
        "my",
        "myself",
        "new",
        "next",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "rrb",
        "rsb",
        "s",
        "said",
        "same",
        "say",
        "says",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "time",
        "to",
        "told",
        "too",
        "two",
        "under",
        "until",
        "up",
        "us",
        "very",
        "via",
        "was",
        "we",
        "week",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
    ]
)
"""English function words and news filler (said, ago, last…), shared by the story layer and timeline summarisation."""


_CLITIC = re.compile(r"'(?:re|ve|ll|d|m)$")


def _word(tok: str) -> list[str]:
    """One written word as its tokens: lowercased, curly apostrophes read as straight ones, the
    possessive dropped ("rig's", "officials'" are "rig", "officials"), a pronoun's contraction read
    as the pronoun ("they're", "we've", "i'd" are function words), edge quotes and hyphens dropped;
    an apostrophe inside a name stays ("o'brien"), and so does a negated verb ("don't", "can't").

    A negated verb stays one word on purpose: the story layer's overlap tests compare content words,
    and "we don't know what will happen in the coming months" must not read as "what happens in the
    coming months" (read as "do not", the negation, a stopword, is lost, and on Timeline17 a timeline
    entry cited the second for the first; measured 2026-11-23)."""
    w = tok.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2].rstrip("'-")
    elif (m := _CLITIC.search(w)) is not None and w[: m.start()] in STOPWORDS:
        w = w[: m.start()]
    return [w] if w else []


def tokens(text: str) -> list[str]:
    """The text's words and digit numbers, lowercased (:func:`_word`)."""
    out = []
    for t in _TOKEN.findall(text):
        if "'" in t or "’" in t:
            out += _word(t)
        else:
            out.append(t.lower().strip("-"))
    return out


def content_tokens(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) > 2 and not t.isdigit()]


def stem(word: str) -> str:
    """A very light suffix stripper, enough to match 'strikes'/'strike', 'launched'/'launch'; a
    possessive ("rig's", "rig’s", "rigs'") is dropped first, and no stem ends in an apostrophe or a
    hyphen ("follow-ups" is "follow-up")."""
    if "'" in word or "’" in word or word.startswith("-") or word.endswith("-"):
        word = word.replace("’", "'").strip("'-")
        if word.endswith("'s"):
            word = word[:-2].rstrip("'-")
    for suf in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)].rstrip("'-")
    return word


def bag(text: str) -> Counter[str]:
    return Counter(stem(t) for t in content_tokens(text))


class Tfidf:
    """TF-IDF over a fixed collection of texts (sublinear tf, smoothed idf), sparse dict vectors.
    ``analyse`` turns a text into its counted terms (default :func:`bag`: stemmed content words)."""

    def __init__(self, texts: Sequence[str], analyse: Callable[[str], Counter[str]] = bag) -> None:
        self.analyse = analyse
        self.bags = [analyse(t) for t in texts]
        df: Counter[str] = Counter()
        for b in self.bags:
            df.update(b.keys())
        n = max(len(self.bags), 1)
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
        self.vectors = [self.vector_of(b) for b in self.bags]

    def vector_of(self, b: Counter[str]) -> dict[str, float]:
        v = {w: (1 + math.log(c)) * self.idf.get(w, 1.0) for w, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    def vector(self, text: str) -> dict[str, float]:
        return self.vector_of(self.analyse(text))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def centroid(vectors: Iterable[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for v in vectors:
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {w: x / norm for w, x in total.items()}


# month names, capitalised ("May", never the verb "may"); not imported from the time stage, whose
# module the story layer loads only when it tags time (its import takes a quarter of a second)
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_NOT_FIGURE = re.compile(  # dates, years and clock times: not figures a claim rests on
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+\d{{1,2}}\b|\b(?:1[89]|20)\d\d\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|gmt|bst|local)|\b\d{4}\s*\(?\s*(?:gmt|bst|utc|local)",
    re.I,
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def figures_in(text: str) -> set[str]:
    """The numbers a sentence writes in digits, dates, years and clock times left out.  Not the
    figures stage's records: those keep only counts of something (no ages, no "236 cases, up
    from 148" without a counted noun it knows), and for citing, "a 23-year-old man" must not
    support "a 21-year-old man" (measured: with the stage's values, 6 more summary citations on
    the three labelled briefs, most of them wrong)."""
    return {m.group().replace(",", "") for m in _FIGURE.finditer(_NOT_FIGURE.sub(" ", text))}


def content_stems(text: str) -> list[str]:
    """The stems of a sentence's content words (what :func:`coverage` compares)."""
    return [stem(t) for t in content_tokens(text)]


COVERED = 0.7
"""A citation must write this share of the claim's content words: "The UN launched an appeal for
$562m to help three million people" tells part of "... for six months, most of whom need emergency
relief", and a fact-checker following it finds half the claim.  Measured on 95 labelled summary
pairs (2026-11-23): precision 0.66 -> 0.88, 51 of 63 supporting pairs kept, 24 of 31 partial ones
dropped (docs/benchmarks.md)."""


def coverage(claim: Iterable[str], cited: Iterable[str], idf: dict[str, float] | None = None) -> float:
    """The share of the claim's content words (stems) that the cited sentence writes, each word
    counted once, or weighted by its ``idf`` when given."""
    words, other = set(claim), set(cited)
    weight = (lambda w: idf.get(w, 1.0)) if idf is not None else (lambda w: 1.0)
    total = sum(weight(w) for w in words)
    return sum(weight(w) for w in words & other) / total if total else 0.0


def supports(claim: str, cited: str) -> bool:
    """Whether ``cited`` may be cited for ``claim`` once their words match: it is not a question,
    both or neither are negated, and it writes every figure the claim writes ("WHO confirmed 787
    infections" does not support "WHO confirmed 236 cases"; "about 15,000 barrels a day" supports
    "15,000 barrels"; "1.5 million are homeless" tells half of "as many as 200,000 died and 1.5
    million are homeless", and a citation must support the whole sentence)."""
    if cited.rstrip().endswith("?") or negated(claim) != negated(cited):
        return False
    return figures_in(claim) <= figures_in(cited)


_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|nothing|neither|nor|without|cannot)\b|n['’]t\b", re.I)


def negated(text: str) -> bool:
    """Whether the sentence holds a negation: "There have been no confirmed cases since May 14" and
    "WHO confirmed 40 cases" share their words, not their claim."""
    return _NEGATION.search(text) is not None
