"""An extractive multi-document summary in which every sentence cites its sources.

Sentences come verbatim from the original (non-duplicate) articles' cleaned text —
never from removed debris, never rewritten, so nothing is added.  Scoring:

- centrality: TF-IDF cosine to the centroid of all sentences of the story;
- salience: the sentence supports an event, weighted by that event's independent sources;
- position: news leads carry the news (a small bonus for an article's first sentences);
- readability: sentences that open with a dangling pronoun or connective, questions,
  bare quotes and very short or very long sentences are penalised.

Selection is greedy with maximal marginal relevance (a sentence too similar to one
already chosen is skipped), up to ``summary_sentences`` sentences and
``summary_words`` words; the chosen sentences are ordered by importance, so the main
events come first.  Each sentence cites itself and every other source sentence that
says the same (cosine ≥ ``SUPPORT``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.records import AnnotatedArticle, Citation, Event
from storyline.story.events import strip_dateline
from storyline.story.text import Tfidf, centroid, cosine

SUPPORT = 0.35
REDUNDANT = 0.45
_DANGLING = re.compile(
    r"^(he|she|they|it|this|that|these|those|however|but|and|also|so|then|meanwhile|his|her|their)\b", re.I
)
_QUOTE_ONLY = re.compile(r"^[\"“«'‘]")


@dataclass
class _Cand:
    source: str
    sentence: int
    text: str
    words: int
    score: float = 0.0


def summarise(
    docs: Sequence[AnnotatedArticle], events: Sequence[Event], max_sentences: int = 6, max_words: int = 150
) -> list[dict[str, object]]:
    cands: list[_Cand] = []
    for doc in docs:
        if doc.article.duplicate_of:
            continue
        for s in doc.sentences:
            text = strip_dateline(s.text)
            words = len(text.split())
            if words < 6 or words > 60 or text.endswith("?") or not re.search(r"[.!]['\"”’]?$", text):
                continue
            cands.append(_Cand(doc.article.id, s.index, text, words))
    if not cands:
        return []
    tfidf = Tfidf([c.text for c in cands])
    vecs = tfidf.vectors
    center = centroid(vecs)
    support: dict[tuple[str, int], float] = {}
    for e in events:
        for cit in e.citations:
            w = (
                1.0
                + 0.5 * (e.independent_sources - 1)
                + (0.3 if e.date_basis == "text" else 0.0)
                - (0.6 if e.background else 0.0)
            )
            support[(cit.source, cit.sentence)] = max(support.get((cit.source, cit.sentence), 0.0), w)
    for c, v in zip(cands, vecs, strict=True):
        score = cosine(v, center)
        score += 0.25 * support.get((c.source, c.sentence), 0.0)
        score += 0.15 if c.sentence == 0 else 0.08 if c.sentence < 3 else 0.0
        if _DANGLING.match(c.text):
            score -= 0.3
        if _QUOTE_ONLY.match(c.text):
            score -= 0.2
        if c.words > 45:
            score -= 0.1
        c.score = score
    order = sorted(range(len(cands)), key=lambda i: (-cands[i].score, cands[i].source, cands[i].sentence))
    chosen: list[int] = []
    words = 0
    for i in order:
        if len(chosen) >= max_sentences:
            break
        if any(cosine(vecs[i], vecs[j]) >= REDUNDANT for j in chosen):
            continue
        if chosen and words + cands[i].words > max_words:
            continue
        chosen.append(i)
        words += cands[i].words
    pool: list[tuple[str, int, str, dict[str, float]]] = [
        (doc.article.id, s.index, s.text, tfidf.vector(s.text)) for doc in docs for s in doc.sentences
    ]
    out: list[dict[str, object]] = []
    for i in chosen:
        c = cands[i]
        cites = [Citation(source=c.source, sentence=c.sentence, text=c.text)]
        for source, index, text, vec in pool:
            if source != c.source and cosine(vecs[i], vec) >= SUPPORT:
                cites.append(Citation(source=source, sentence=index, text=text))
        out.append({"text": c.text, "citations": [x.to_dict() for x in cites]})
    return out
