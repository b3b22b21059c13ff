"""Story-level sections of the brief: events, timeline, undated, claims, summary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from storyline.options import Options
from storyline.records import AnnotatedArticle, DateValue, Event, TimelineEntry
from storyline.story.brief import figure_record
from storyline.story.claims import agreement, claimed_figures, statement_conflicts
from storyline.story.events import (
    PRECISION_RANK,
    build_events,
    compatible,
    date_position,
    retells_act,
    retells_happening,
    told_again,
)
from storyline.story.summary import summarise, when
from storyline.story.text import Tfidf, cosine, figures_in

if TYPE_CHECKING:
    from storyline.annotate.understand import Understanding
    from storyline.api import Result

MAX_TIMELINE = 40
MAX_UNDATED = 25
"""The brief's ``undated`` section lists the undated events most sources report, at most this many (a
pile of hundreds of articles has hundreds of undated event sentences); all are in ``events``."""
BACKGROUND_SHARE = 0.25  # of the timeline's entries, at most, on a story with more events than fit


def _story_start(result: Result, set_aside: frozenset[str] = frozenset()) -> str | None:
    days = sorted(a.published.value for a in result.articles if a.published.value and a.id not in set_aside)
    return days[0] if days else None


def _importance(e: Event) -> tuple[int, int, int, int]:
    """How the timeline ranks an event: by the original articles that print it (``entry_sources`` when
    that differs from its independent sources, which count a copied sentence once), then, among events as well
    sourced, what happened before what was only planned or expected ("BP is due to release its
    results on Tuesday" gives way to "The well was permanently sealed on 19 September"), then a
    date the text writes before the publication date, then a development before a statement.  A
    same-day merge ranks by its entry's own sources (``entry_sources``), not the merged total: the
    sentences that joined it say the same thing and must not lift it over a better-worded entry."""
    sources = e.entry_sources or e.independent_sources
    return (sources, not e.expected, e.date_basis == "text", e.type not in ("statement", "other"))


def _keep(events: list[Event], limit: int) -> list[Event]:
    """The events the timeline shows.  Background (dated over a year before the story began) is
    context, not the story: one entry per date (the best-sourced; the others stay in
    ``Brief.events``), and on a long story at most a quarter of the entries unless the story's own
    events leave room ("the 1918 pandemic" in a dozen swine-flu articles is one line, not twelve)."""

    def rank(e: Event) -> tuple[tuple[int, int, int, int], int, str]:
        return (_importance(e), -len(e.text), e.id)

    best: dict[str, Event] = {}
    for e in events:
        if e.background:
            key = e.date.value or ""
            if key not in best or rank(e) > rank(best[key]):
                best[key] = e
    fg = _untold(sorted((e for e in events if not e.background), key=rank, reverse=True), limit)
    bg = sorted(best.values(), key=rank, reverse=True)
    room = max(int(limit * BACKGROUND_SHARE), limit - len(fg))
    bg = bg[:room]
    return fg[: limit - len(bg)] + bg


def _untold(ranked: list[Event], limit: int) -> list[Event]:
    """The best-ranked events, up to ``limit``, leaving out one that restates an event already kept:
    a compatible date and the same event told again (:func:`storyline.story.events.told_again`), or
    the same dated act on the same day (:func:`_same_act`), or one happening of that day told in other words
    (:func:`_same_happening`: "The April 20 blast killed 11 workers" / "Eleven workers were killed in the
    April 20 rig explosion").
    Each wording of a big event is an event of its own (its citations support that wording), so
    without this the best-sourced day fills the timeline with the same news told five ways; the
    others stay in ``Brief.events``.  Of two wordings as well sourced, the one with the more precise
    date stands for both ("Eleven workers were killed on 20 April" for "The April explosion killed 11
    workers"): the shorter one ranks first, and would otherwise hide the day."""
    tfidf = Tfidf([e.text for e in ranked])
    kept: list[tuple[Event, dict[str, float], set[str]]] = []
    for e, vec in zip(ranked, tfidf.vectors, strict=True):
        if len(kept) == limit:
            break
        value = e.date.value or ""
        figs = figures_in(e.text)
        told = next(
            (
                i
                for i, (k, kv, kf) in enumerate(kept)
                if compatible(value, k.date.value or "") and told_again(cosine(vec, kv), figs, kf)
            ),
            None,
        )
        if told is not None:
            if _sharper(e, kept[told][0]):
                kept[told] = (e, vec, figs)
            continue
        if any(_same_act(e, k) or _same_happening(e, k) for k, _, _ in kept):
            continue
        kept.append((e, vec, figs))
    return [e for e, _, _ in kept]


def _sharper(e: Event, k: Event) -> bool:
    """Whether ``e``, the same event told again as ``k``, ranked next to it, says when more precisely: as well
    sourced and as sure (:func:`_importance`), its date more precise and within ``k``'s."""
    return (
        _importance(e) == _importance(k)
        and PRECISION_RANK.get(e.date.precision, 9) < PRECISION_RANK.get(k.date.precision, 9)
        and not e.date.mod
        and compatible(e.date.value or "", k.date.value or "")
    )


def _same_act(a: Event, b: Event) -> bool:
    """Whether two events dated to one day by their own words tell the same dated act
    (:func:`storyline.story.events.retells_act`): "Oil has been leaking since the rig exploded on 3 May"
    under 3 May is the explosion told again, not news of its own."""
    if a.date.precision != "day" or a.date.value != b.date.value or a.date.mod or b.date.mod:
        return False
    if a.date_basis != "text" or b.date_basis != "text" or not a.date_text or not b.date_text:
        return False
    return retells_act(a.text, a.date_text, b.text, b.date_text)


def _same_happening(a: Event, b: Event) -> bool:
    """Whether two entries dated to one day by their own words tell one happening in other words, when
    :func:`storyline.story.events.told_again` misses it (few words in common) and :func:`_same_act` too (a
    date that names the happening, "the April 20 blast", dates no verb): the same happening next to both
    dates, a word in common and figures that meet (:func:`storyline.story.events.retells_happening`), no
    two different places, and both seen or both expected.  Two acts of one day ("the rig sank", "BP said")
    stay apart."""
    if a.date.precision != "day" or a.date.value != b.date.value or a.date.mod or b.date.mod:
        return False
    if a.date_basis != "text" or b.date_basis != "text" or not a.date_text or not b.date_text:
        return False
    if a.expected != b.expected or (a.place and b.place and a.place != b.place):
        return False
    return retells_happening(a.text, a.date_text, b.text, b.date_text)


def timeline_entries(events: list[Event], limit: int = MAX_TIMELINE) -> list[TimelineEntry]:
    keep = _keep(events, limit)
    entries = [
        TimelineEntry(
            date=e.date if e.date.value else DateValue(value=None),
            text=e.text,
            citations=e.citations,
            independent_sources=e.independent_sources,
            background=e.background,
            reported_on=e.date_basis == "reported_on",
            expected=e.expected,
            event=e.id,
        )
        for e in keep
    ]
    entries.sort(
        key=lambda t: (date_position(t.date.value, t.date.mod) or 0.0, t.reported_on, -t.independent_sources, t.text)
    )
    return entries


def unplaced_times(event: Event, docs: Mapping[str, AnnotatedArticle]) -> list[dict[str, object]]:
    """The times an undated event's sentences do give but that could not be placed on a calendar
    ("late March" or "on Sunday" in an article with no date), once each, with the reason, so the
    reader sees that the source said when and why the brief cannot."""
    out: dict[str, dict[str, object]] = {}
    for c in event.citations:
        doc = docs.get(c.source)
        for d in when(doc, c.sentence, c.text) if doc else []:
            if d["value"] is None:
                out.setdefault(str(d["text"]).lower(), d)
    return list(out.values())


def story_sections(
    result: Result,
    understanding: Understanding,
    options: Options,
    set_aside: frozenset[str] = frozenset(),
    off_story: Mapping[str, frozenset[int]] | None = None,
) -> dict[str, Any]:
    """The story-level sections from the understood docs.  ``set_aside``: ids of the articles left out
    as off-topic (``understanding`` was built without them); they do not date the story's start.
    ``off_story``: Article.id -> indexes of sentences not about the story (from an article that
    mentions it in passing), which report no event of it."""
    docs = understanding.docs
    entities = {e.id: e for e in understanding.entities}
    places = {p.id: p for p in understanding.places}
    # an act the sources date to different days: the outvoted day's sentences are set aside and the
    # conflict is shown as a disagreement, not as two facts
    day_conflicts: list[dict[str, object]] = []
    dated, undated = build_events(
        docs, entities, places, _story_start(result, set_aside), off_story, disagreements=day_conflicts
    )
    timeline = timeline_entries(dated)
    disagreements, series = agreement(docs, list(entities.values()))
    disagreements += statement_conflicts(docs) + day_conflicts
    summary = summarise(docs, dated + undated, options.summary_sentences, options.summary_words, off_story)
    events = sorted(dated, key=lambda e: (date_position(e.date.value) or 0.0, e.id)) + undated
    by_id = {d.article.id: d for d in docs}
    sentence_text = {(d.article.id, s.index): s.text for d in docs for s in d.sentences}
    return {
        # the figures table credits and dates each figure as the claims above do (one test, not two)
        "figures": [figure_record(f, sentence_text) for f in claimed_figures(docs, list(entities.values()))],
        "events": [e.to_dict() for e in events],
        "timeline": [t.to_dict() for t in timeline],
        "undated": [
            {
                "text": e.text,
                "type": e.type,
                "citations": [c.to_dict() for c in e.citations],
                "independent_sources": e.independent_sources,
                "dates": unplaced_times(e, by_id),
            }
            for e in sorted(undated, key=lambda e: -(e.entry_sources or e.independent_sources))[:MAX_UNDATED]
        ],
        "disagreements": disagreements,
        "series": series,
        "summary": summary,
    }
