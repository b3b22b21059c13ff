"""Small text utilities for the story layer: tokens, stopwords, TF-IDF vectors, cosine, digit figures.

:func:`words` is the story layer's one tokeniser (accents folded, possessives dropped with either
apostrophe, codes such as "H1N1" and "F-16" whole); :func:`is_content`, :func:`acronym`,
and :func:`stem` are the filters and folds a stage picks from.  Relevance reads its terms from it;
the story clusterer and the timeline summariser keep their own split and stem, measured better
for them (:func:`storyline.story.cluster.tokens`, :func:`storyline.story.tls._terms`)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

# a code of letters and digits ("H1N1", "G20", "A380", "F-16", "COVID-19", "MH370"; a plural "F-16s"
# without its s) is one word: read as a word and a number, "H1N1" had no content word at all
_CODE = r"[A-Za-z]{1,5}(?:-?\d+[A-Za-z]{0,3})+(?![A-Za-z\d])"
_TOKEN = re.compile(rf"(?P<code>{_CODE})|[A-Za-z](?:[A-Za-z'’]|-(?!{_CODE}))+|\d+(?:[.,]\d+)*")
# "mid-2009", "pre-1990", "in2009" (a glued year), "over-50s", "top-10" are a word and a number, no code
_NOT_CODE = re.compile(r"(?i)[a-z]+-(?:1[89]|20)\d\d|(?:mid|pre|post|over|under|top|non|anti|late|early)-.*")

STOPWORDS = frozenset(
    [
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


def _code(tok: str) -> list[str]:
    """A code of letters and digits as its tokens: the code lowercased, a plural's s dropped
    ("F-16s" is "f-16"); a word before a number ("mid-2009", "in2009") is the word and the number."""
    letters = re.match(r"[A-Za-z]+", tok)
    assert letters is not None
    if _NOT_CODE.fullmatch(tok) or (len(letters.group()) > 1 and letters.group().lower() in STOPWORDS):
        return re.findall(r"[a-z]{2,}|\d+", tok.lower())
    low = tok.lower()
    if re.search(r"\ds$", low):
        low = low[:-1]
    return [low]


def fold(text: str) -> str:
    """The text with its accents dropped ("Pérez", "Zürich" are "Perez", "Zurich"): the token
    pattern reads ASCII letters, and an accented letter would cut a word in two ("P", "rez");
    outlets also differ in writing a name with or without its accents."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[tuple[str, str]]:
    """Each token of :func:`tokens` with its written form: ``("Jackson's", "jackson")``,
    ``("H1N1", "h1n1")``, ``("Pérez", "perez")`` (the form with its accents dropped), a
    "mid-2009" as ``("mid", "mid")``, ``("2009", "2009")``.  The story layer's tokeniser: relevance
    reads its terms from it, with its own filter (short acronyms); the timeline summariser and the
    clusterer keep their own split, measured better for them (see the module docstring)."""
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(fold(text)):
        t = m.group()
        if m.group("code"):
            toks = _code(t)
            if len(toks) == 1:
                out.append((t, toks[0]))
            else:  # a word and a number ("mid-2009"): each as written
                out += [(w, w.lower()) for w in re.findall(r"[A-Za-z]{2,}|\d+", t)]
        elif "'" in t or "’" in t:
            out += [(t, w) for w in _word(t)]
        else:
            out.append((t, t.lower().strip("-")))
    return out


def tokens(text: str) -> list[str]:
    """The text's words, codes ("h1n1", "f-16") and digit numbers, lowercased, accents dropped
    (:func:`_word`, :func:`fold`)."""
    return [t for _, t in words(text)]


def content_tokens(text: str) -> list[str]:
    """The text's tokens less function words, numbers and words of one or two letters (a code of
    two, "g8", counts)."""
    return [t for t in tokens(text) if is_content(t)]


def is_content(tok: str) -> bool:
    """Whether a token (of :func:`tokens`) is a content word: no function word, no number, no word
    of one or two letters (a code of two, "g8", counts)."""
    if tok in STOPWORDS or tok.isdigit():
        return False
    return len(tok) > 2 or (len(tok) == 2 and tok[0].isalpha() and tok[1].isdigit())


def acronym(written: str) -> bool:
    """Whether a word written in two capitals is an acronym that may carry a story ("BP", "UN",
    "EU"), not a function word shouted ("US", "IS", "OF" are stopwords lowercased).  Content
    words drop words of two letters; a stage that counts key terms keeps these."""
    return len(written) == 2 and written.isupper() and written.isalpha() and written.lower() not in STOPWORDS


_INVARIANT = frozenset(["news", "aids", "odds", "lens", "series", "species"])
"""Words whose s is no plural, or whose singular is another word ("news" is not "new")."""


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A very light suffix stripper, enough to match 'launched'/'launch', 'countries'/'country',
    'viruses'/'virus', 'rigs'/'rig'; a possessive ("rig's", "rig’s", "rigs'") is dropped first, and
    no stem ends in an apostrophe or a hyphen ("follow-ups" is "follow-up").  A code is its letters
    and digits ("f-16" and "f16" are "f16").

    Conservative: a stem keeps four letters when a suffix other than a plain s goes, three when an
    s goes; the s of "-ss", "-us", "-sis", "-xis" is no plural ("business", "virus", "crisis");
    "-ies" and "-ied" end in "y" ("cities", "city"; "carried", "carry"); a short plural loses its s
    only after a consonant, "e", "a", "o" or "y" ("rigs", "uses", "eras", "keys"; not "bus", "gas",
    "this"), and a few words keep theirs ("news" is not "new", "AIDS" not "aid").

    Measured on Timeline17 (2026-11-23): a Porter-like e rule ("cause", "caused", "causes" one
    stem) changed which events two Michael Jackson briefs kept (two corroborated entries lost)
    and which articles the relevance stage set aside; left out."""
    if "'" in word or "’" in word or word.startswith("-") or word.endswith("-"):
        word = word.replace("’", "'").strip("'-")
        if word.endswith("'s"):
            word = word[:-2].rstrip("'-")
    if any(c.isdigit() for c in word):
        return word.replace("-", "") if word[:1].isalpha() else word
    if word in _INVARIANT:
        return word
    for suf in ("ations", "ation", "ings", "ing"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)].rstrip("'-")
    if word.endswith(("ies", "ied")) and len(word) >= 6:
        return word[:-3] + "y"
    for suf in ("es", "ed"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)].rstrip("'-")
    if not word.endswith("s") or word.endswith(("ss", "us", "sis", "xis")) or len(word) < 4:
        return word
    if len(word) == 4 and word[-2] in "isu":
        return word  # "this", "plus": a short word's s goes after a consonant, "e", "a", "o" or "y"
    return word[:-1].rstrip("'-")


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
_FIGURE = re.compile(r"(?<![A-Za-z\d])\d+(?:[.,]\d+)*")  # not the digits of a code ("H1N1", "A380")


def figures_in(text: str) -> set[str]:
    """The numbers a sentence writes in digits, dates, years, clock times and the digits inside a code
    ("H1N1", "G20": "cases of H1N1 rose to 28" and "... to 27" share no "1") left out.  Not the
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
