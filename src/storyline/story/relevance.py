"""Which articles of a pile are not about its story (a radio schedule, a Halloween page, a party
conference live page gathered with the coverage of a trial), so that the brief can set them aside.

    marks = relevance(docs)                   # docs: the story's AnnotatedArticle, originals only
    off = {m.article: m for m in marks if m.off_topic}

The pile says what the story is: its **key terms** are the words that weigh most in the centroid
of the articles' TF-IDF vectors (words many articles use, and use a lot: "jackson", "murray",
"trial"; names of the story's actors among them).  An article's relevance is its best evidence
among three, each divided by the pile's median so that one threshold fits a pile of wire copy and
a pile of features alike:

* the share of its words that are key terms ("Pigs to the slaughter in Egypt amid swine flu
  hysteria" names no actor of the story but says "swine flu" again and again);
* the same share in its lead (title and first :data:`LEAD` words), where a news text says what it
  is about (a column that opens on swine flu and then runs to 400 reader comments);
* the share of its sentences that use one of the :data:`CORE_TERMS` heaviest key terms.

An article is off-topic only when all three are far below the pile's typical article: a radio
schedule that names "Michael Jackson" once among a thousand words stays low on all three.  The
TF-IDF cosine with the rest of the pile was tried as a fourth evidence and left out: a long page
gathers similarity from hundreds of common words ("people", "minister", "report") whatever its
subject.  Setting aside an on-topic article loses facts, so the rule is conservative, and nothing
is set aside in a pile of fewer than :data:`MIN_PILE` articles, or when the rule would set aside
more than :data:`MAX_SHARE` of the pile (then the pile is not one story and there is no typical
article to compare with).

A kept article scoring below :data:`MARGINAL` mentions the story in passing (a news round-up): the
brief takes events only from its sentences that use a key term (:meth:`Reading.about_story`,
:meth:`Reading.passing`); the timeline evaluation reads plain texts through :func:`judge`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.records import AnnotatedArticle
from storyline.story.text import Tfidf, acronym, centroid, is_content, stem, words

__all__ = ["MARGINAL", "MAX_SHARE", "MIN_PILE", "THRESHOLD", "Reading", "Relevance", "judge", "read_pile", "relevance"]

MIN_PILE = 5
"""Fewer original articles than this: nothing is set aside (no reliable picture of the story)."""
MAX_SHARE = 1 / 3
"""The rule never sets aside more than this share of the pile; if it would, it sets aside nothing."""
THRESHOLD = 0.15
"""Off-topic when the best of the three evidences is below this share of the pile's median."""
MARGINAL = 0.5
"""A kept article scoring below this share of the typical one mentions the story in passing (a
profile of another person, a listings page, a round-up): only its sentences that use a key term
are taken for the timeline (:meth:`Reading.about_story`)."""
KEY_TERMS = 20  # the centroid's heaviest words
CORE_TERMS = 10  # the heaviest of them, for the sentence share
LEAD = 150  # content words of the title and the opening
_SHOWN = 5  # key terms named in a reason


@dataclass(frozen=True)
class Relevance:
    """How much one article is about the pile's story.

    ``score`` is the best of ``key_terms``, ``lead`` and ``sentences``, each relative to the
    pile's median article (1.0 = as much about the story as the typical article); ``off_topic`` is
    the verdict and ``reason`` says it in words (empty when the article is kept)."""

    article: str  # Article.id
    score: float
    off_topic: bool
    reason: str
    key_terms: float  # share of the article's words that are key terms
    lead: float  # the same share in the title and the first LEAD words
    sentences: float  # share of its sentences that use a core term


@dataclass(frozen=True)
class Reading:
    """The verdict on a whole pile: one :class:`Relevance` per article, and the story's key terms."""

    marks: list[Relevance]
    key_terms: frozenset[str]
    judged: bool = True  # False for a pile too small, or not one story: then nothing is left out

    def about_story(self, text: str) -> bool:
        """Whether a sentence uses one of the story's key terms."""
        return any(t in self.key_terms for t in _terms(text))

    def passing(self) -> frozenset[str]:
        """Ids of the kept articles that mention the story only in passing (score < :data:`MARGINAL`)."""
        if not self.judged:
            return frozenset()
        return frozenset(m.article for m in self.marks if not m.off_topic and m.score < MARGINAL)


def _text(doc: AnnotatedArticle) -> str:
    a = doc.article
    if a.title and a.title not in a.text[: len(a.title) + 200]:
        return f"{a.title}\n{a.text}"
    return a.text


def _term(written: str, tok: str) -> tuple[str, str] | None:
    """A word of :func:`storyline.story.text.words` as the rule counts it, (shown form, term), or
    None: the story layer's content words, stemmed (possessive dropped, "jackson's" is "jackson";
    a code whole, "H1N1" is "h1n1"), and, unlike content words, two-letter acronyms kept as written
    (:func:`~storyline.story.text.acronym`: "BP", "UN": the most telling word of a story can be
    one; not "US", a stopword when lowercased, nor "IS" in a shouted line)."""
    if acronym(written):
        return written, written
    if is_content(tok):
        return tok, stem(tok)
    return None


def _terms(text: str) -> list[str]:
    """The text's terms (:func:`_term`), in order."""
    return [t[1] for w, tok in words(text) if (t := _term(w, tok)) is not None]


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def relevance(docs: Sequence[AnnotatedArticle], threshold: float = THRESHOLD) -> list[Relevance]:
    """One :class:`Relevance` per doc, in order.  ``docs``: the story's original articles (copies
    follow their original: the caller maps them).  Pure: same input, same output."""
    return read_pile(docs, threshold).marks


def read_pile(docs: Sequence[AnnotatedArticle], threshold: float = THRESHOLD) -> Reading:
    """:func:`relevance`, with the key terms the verdicts rest on."""
    texts = [_text(d) for d in docs]
    sentences = [[s.text for s in d.sentences] or [t] for d, t in zip(docs, texts, strict=True)]
    return _read([d.article.id for d in docs], texts, sentences, threshold)


def judge(
    ids: Sequence[str], texts: Sequence[str], sentences: Sequence[Sequence[str]], threshold: float = THRESHOLD
) -> list[Relevance]:
    """:func:`relevance` on plain texts: article ids, texts (title first) and each text's sentences,
    in the same order (the timeline evaluation reads pre-split corpora with no annotation)."""
    return _read(ids, texts, sentences, threshold).marks


def _read(ids: Sequence[str], texts: Sequence[str], sentences: Sequence[Sequence[str]], threshold: float) -> Reading:
    n = len(texts)
    if n == 0:
        return Reading([], frozenset())
    terms: list[list[str]] = []  # each text's terms in order, read once for the TF-IDF and the lead

    def analyse(text: str) -> Counter[str]:
        terms.append(_terms(text))
        return Counter(terms[-1])

    tfidf = Tfidf(list(texts), analyse)
    total = centroid(tfidf.vectors)
    df = Counter(w for b in tfidf.bags for w in b)
    # key terms: the centroid's heaviest words among those at least two articles use
    ranked = sorted((w for w in total if df[w] >= 2 and not w[0].isdigit()), key=lambda w: (-total[w], w))
    key, core = set(ranked[:KEY_TERMS]), set(ranked[:CORE_TERMS])

    evidence: list[tuple[float, float, float]] = []
    for ws, sents in zip(terms, sentences, strict=True):
        evidence.append(
            (
                _share(sum(w in key for w in ws), len(ws)),
                _share(sum(w in key for w in ws[:LEAD]), len(ws[:LEAD])),
                _share(sum(any(w in core for w in _terms(s)) for s in sents), len(sents)),
            )
        )
    med = tuple(statistics.median(e[i] for e in evidence) for i in range(3))
    shown = ", ".join(_surfaces(texts, ranked[:_SHOWN]))
    out = []
    for aid, (k, lead, sent) in zip(ids, evidence, strict=True):
        score = max(x / m if m > 0 else 0.0 for x, m in zip((k, lead, sent), med, strict=True))
        flagged = n >= MIN_PILE and score < threshold
        reason = (
            f"few of the story's key terms ({shown}, …): {100 * k:.1f}% of its words (typical article "
            f"{100 * med[0]:.1f}%), {100 * lead:.1f}% of its opening ({100 * med[1]:.1f}%), in {100 * sent:.0f}% "
            f"of its sentences ({100 * med[2]:.0f}%)"
            if flagged
            else ""
        )
        out.append(Relevance(aid, round(score, 4), flagged, reason, round(k, 4), round(lead, 4), round(sent, 4)))
    judged = n >= MIN_PILE
    if sum(r.off_topic for r in out) > MAX_SHARE * n:  # not one story: no typical article to compare with
        out = [replace(r, off_topic=False, reason="") for r in out]
        judged = False
    return Reading(out, frozenset(key), judged)


def _surfaces(texts: Sequence[str], terms: Sequence[str]) -> list[str]:
    """The commonest written form of each term ("virus" for "viru")."""
    forms: dict[str, Counter[str]] = {t: Counter() for t in terms}
    for text in texts:
        for w, tok in words(text):
            t = _term(w, tok)
            if t is not None and t[1] in forms:
                forms[t[1]][t[0]] += 1
    return [forms[t].most_common(1)[0][0] if forms[t] else t for t in terms]
