"""Assemble the canonical :class:`~storyline.records.Brief` from a run's result.

Sections are filled by the stages that exist; a section whose stage did not run is
an empty list, never missing (the JSON contract is stable).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from storyline.options import Options
from storyline.records import Article, Brief, Figure
from storyline.render.common import estimate_text

if TYPE_CHECKING:
    from storyline.annotate.understand import Understanding
    from storyline.api import Result

log = logging.getLogger(__name__)

FURNITURE_PAGES = 2
"""A title printed in the texts of this many other articles is page furniture, not a headline."""


def source_record(article: Article, set_aside: dict[str, Any] | None = None) -> dict[str, Any]:
    """One entry of ``Brief.sources`` (the storyline.brief/1 contract).  ``set_aside``: why the
    article was left out of the story's analysis (``{"why": "off_topic", "score", "reason"}``), or
    None."""
    pub = article.published
    published: dict[str, Any] = {
        "value": pub.value,
        "precision": pub.precision,
        "evidence": pub.evidence,
        "method": pub.method,
    }
    if pub.estimate is not None:
        published["estimate"] = pub.estimate.to_dict()
    if pub.rejected:
        published["rejected"] = list(pub.rejected)
    return {
        "id": article.id,
        "file": article.file,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "outlet_evidence": article.outlet_evidence,
        "dateline": article.dateline.to_dict() if article.dateline else None,
        "author": article.author,
        "contributors": list(article.contributors),
        "published": published,
        "language": article.language,
        "language_confidence": round(article.language_confidence, 3),
        "language_low_confidence": article.language_low_confidence,
        "removed": list(article.removed),
        "duplicate_of": article.duplicate_of,
        "set_aside": set_aside,
        "text": article.text,
        "sentences": [],
    }


def story_title(articles: list[Article], set_aside: Collection[str] = ()) -> str | None:
    """The headline closest to what the whole story is about (TF-IDF cosine of each original
    article's title to the centroid of all texts); ties go to the earlier article.  Articles set
    aside as off-topic (ids in ``set_aside``) are left out, and so is a "title" that other articles
    print in their text: page furniture (an advert, a section banner) that the page's
    title slot picked up, whose words the centroid shares because it is printed on every page."""
    from storyline.story.text import Tfidf, centroid, cosine

    originals = [a for a in articles if a.duplicate_of is None and a.id not in set_aside]
    titled = [a for a in originals if a.title]
    if len(titled) <= 1:
        return titled[0].title if titled else None
    tfidf = Tfidf([a.text for a in originals])
    center = centroid(tfidf.vectors)
    order = {a.id: k for k, a in enumerate(titled)}
    ranked = sorted(titled, key=lambda a: (-cosine(tfidf.vector(a.title or ""), center), order[a.id]))
    texts = [(a.id, " ".join(a.text.split())) for a in originals]
    for a in ranked:  # the best-ranked title that is not printed in other articles' texts
        title = " ".join((a.title or "").split())
        if sum(title in t for i, t in texts if i != a.id) < FURNITURE_PAGES:
            return a.title
    return ranked[0].title


def off_topic(result: Result, options: Options) -> tuple[dict[str, dict[str, Any]], dict[str, frozenset[int]]]:
    """What the story's relevance reading (:func:`storyline.story.relevance.read_pile`) leaves out:

    * the articles set aside as off-topic: Article.id -> ``{"why": "off_topic", "score", "reason"}``
      (a copy follows its original);
    * in the kept articles that mention the story only in passing, the sentences that do not use
      any of its key terms: Article.id -> sentence indexes (not taken for the timeline).
    """
    if options.off_topic_threshold <= 0 or not result.annotated:
        return {}, {}
    from storyline.story.relevance import read_pile

    reading = read_pile(result.annotated, options.off_topic_threshold)
    marks = {
        r.article: {"why": "off_topic", "score": r.score, "reason": r.reason} for r in reading.marks if r.off_topic
    }
    for a in result.articles:
        if a.duplicate_of is not None and a.duplicate_of in marks:
            marks[a.id] = marks[a.duplicate_of]
    passing = reading.passing()
    off_story = {
        d.article.id: frozenset(s.index for s in d.sentences if not reading.about_story(s.text))
        for d in result.annotated
        if d.article.id in passing
    }
    return marks, off_story


def _warnings(
    result: Result,
    set_aside: dict[str, dict[str, Any]] | None = None,
    off_story: dict[str, frozenset[int]] | None = None,
) -> list[str]:
    out = [f"{f.code} {f.file}: could not be read ({f.stage}) — {f.reason}" for f in result.failures]
    for a in result.articles:
        if set_aside and a.id in set_aside and a.duplicate_of is None:
            out.append(f"{a.file}: set aside as off-topic — {set_aside[a.id]['reason']}")
        elif off_story and off_story.get(a.id):
            out.append(
                f"{a.file}: mentions the story in passing — its {len(off_story[a.id])} sentences that use none of "
                "the story's key terms are not taken for the timeline"
            )
    duplicates: dict[str, int] = {}
    for a in result.articles:
        if a.duplicate_of is not None:  # copies are reported once, in a summary line below
            duplicates[a.duplicate_of] = duplicates.get(a.duplicate_of, 0) + 1
            continue
        if a.published.value is None:
            est = a.published.estimate
            extra = f"; estimate: {estimate_text(est.to_dict())} ({est.reason})" if est else ""
            out.append(f"{a.file}: publication date unknown{extra}")
        if a.outlet is None and not any(w.startswith("outlet unknown") for w in a.warnings):
            out.append(f"{a.file}: outlet unknown")
        if a.language_low_confidence:
            out.append(f"{a.file}: language {a.language or '?'} detected with low confidence")
        elif a.language and a.language != "en":
            out.append(
                f"{a.file}: language {a.language} — not analysed (entities, places, dates and figures are "
                "English-only); its text is kept in the sources"
            )
        out.extend(f"{a.file}: {w}" for w in a.warnings)
    files = {a.id: a.file for a in result.articles}
    for original, n in duplicates.items():
        out.append(
            f"{n} duplicate or syndicated cop{'y' if n == 1 else 'ies'} of {files.get(original, original)} counted once"
        )
    return out


def build_brief(result: Result, options: Options, homes: Any = None) -> Brief:
    """The brief of one story.  ``homes``: outlet home regions (``OutletHomes``) learned by the
    service, used as evidence when places are resolved."""
    set_aside, off_story = off_topic(result, options)
    sources = [source_record(a, set_aside.get(a.id)) for a in result.articles]
    by_id = {s["id"]: s for s in sources}
    for doc in result.annotated:
        src = by_id.get(doc.article.id)
        if src is not None:
            src["sentences"] = [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text} for s in doc.sentences
            ]
    sections: dict[str, Any] = {}
    warnings = _warnings(result, set_aside, off_story)
    analysed = [d for d in result.annotated if d.article.id not in set_aside]
    if analysed:
        from storyline.annotate.understand import understand
        from storyline.story.assemble import story_sections

        u = understand(analysed, options, homes=homes)
        sections = understanding_sections(u)
        sections.update(story_sections(result, u, options, set_aside=frozenset(set_aside), off_story=off_story))
        warnings += u.warnings
    return Brief.model_validate(
        {
            "schema": "storyline.brief/1",
            "title": story_title(result.articles, set_aside),
            "generated_from": list(result.inputs),
            "sources": sources,
            "warnings": warnings,
            **sections,
        }
    )


def understanding_sections(u: Understanding) -> dict[str, Any]:
    """The entities, places, dates and attributions sections of the brief (the figures table is a story
    section: each figure credited and dated as the claims are, :func:`storyline.story.claims.claimed_figures`)."""
    return {
        "entities": [e.to_dict() for e in u.entities],
        "places": [p.to_dict() for p in u.places],
        "time_expressions": [t.to_dict() for t in u.times],
        "attributions": [a.to_dict() for a in u.attributions if a.kind != "none"],
    }


def figure_record(figure: Figure, sentence_text: dict[tuple[str, int], str]) -> dict[str, Any]:
    """A figure as the brief shows it, with the sentence it rests on."""
    out: dict[str, Any] = figure.to_dict()
    out["citations"] = [
        {
            "source": figure.article,
            "sentence": figure.sentence,
            "text": sentence_text.get((figure.article, figure.sentence), ""),
        }
    ]
    return out
