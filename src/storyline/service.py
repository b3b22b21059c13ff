"""The living store of stories: new articles in, updated story briefs out.

:class:`Service` is what ``storyline ingest``, ``storyline watch`` and the web app's
``POST /api/articles`` go through.  For each batch of new documents it

1. **cleans** them (clean stage) and **deduplicates** them against everything
   already stored (the dedup state is rebuilt from the store on ``warm_up``).  The
   same file or url read again with the same words is the stored article, not a copy
   of it, even when a newer cleaner gave it a new id (:meth:`Service._rereads`).
   Page furniture (an outlet's promo or related-link line at the head or tail of many
   of its stories) is removed from the new articles by the batch path's rule, on the
   store's per-outlet line statistics plus the batch
   (:func:`~storyline.clean.furniture.strip_stream_furniture`); articles stored
   before a line became furniture keep it (docs/store.md, *Page furniture*);
2. **annotates** the new articles once (when the annotate stage is installed)
   and stores article + annotation in one transaction;
3. **assigns** each new article to a story with the online
   :class:`~storyline.story.cluster.StoryClusterer` (title + text, entities,
   places, publication date).  A syndicated copy (``duplicate_of`` set) joins
   its original's story and is never fed to the clusterer;
4. **recomputes the brief of the affected stories only**, from their *stored*
   annotated articles, and stores the brief JSON with the story;
5. **follows the clusterer's merges**: when an article bridges two stories (or a
   consolidation pass folds one into another), the stored stories are merged too
   (:meth:`Store.merge_stories`: the oldest keeps its id, the others redirect to it).

Incremental by design: the per-article work (cleaning, spaCy annotation) is done
once, when the article arrives, and kept in the store.  A story update only
re-runs the story-level steps (entity resolution across articles, events,
timeline, agreement, summary) over the story's stored annotations; other
stories are not touched.  Syndicated copies stay in the brief's sources with
``duplicate_of`` set, and the brief's independent-source counts already
collapse them, so they never inflate a count.

Crash safety: every store call is its own transaction.  Articles and their
annotations are committed together; the story upsert follows.  If the process
dies in between, the next ``warm_up`` finds stored articles that belong to no
story (or lack an annotation while the annotator is available), assigns them
and recomputes those stories, so a rerun of the same input stores every article
exactly once and every story ends up complete.

Clusterer state is rebuilt on ``warm_up`` by replaying the stored articles in
insertion order; the replayed clusterer's story ids are mapped onto the stored
story ids, so a restart never renames a story.  Two writers on one store
(``storyline watch`` beside ``storyline serve``) take turns: each batch runs
under the store's single-writer lock (:meth:`Store.writing`: a ``flock`` beside
a SQLite file, an advisory lock on PostgreSQL), and starts by catching up with
the articles the other stored meanwhile, so story memberships are never
rewritten from a stale view.  Readers are not blocked.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from storyline.annotate.places import OutletHomes
from storyline.options import Options
from storyline.pipeline import ErrorHandler, Pipeline, Stage, batched
from storyline.records import AnnotatedArticle, Article, Brief, Failure, RawDocument
from storyline.store import Store, open_store
from storyline.store.base import EdgeLine, PageLines
from storyline.story.cluster import ClusterItem, StoryClusterer

log = logging.getLogger(__name__)

__all__ = [
    "Added",
    "Service",
    "StoryInfo",
    "annotate_available",
    "brief_json",
    "load_brief",
    "story_info",
    "story_infos",
    "story_members",
    "story_title",
    "watch",
]

# Mention labels that name actors (places come from toponyms).
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", "EVENT"})
_ANNOTATION_CACHE = 4096


@dataclass(frozen=True)
class Added:
    """What :meth:`Service.add` did with one document."""

    article_id: str
    file: str
    status: Literal["inserted", "existing"]
    story_id: str | None
    duplicate_of: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class StoryInfo:
    """One row of the story list: what the front page shows without parsing briefs."""

    story_id: str
    title: str
    articles: int
    sources: int  # distinct outlets among the non-duplicate articles (unknown outlets count apart)
    first: str | None  # earliest publication date (TimeML value) of a member
    last: str | None
    updated: str | None  # when the story (and its brief) was last written, ISO UTC


def brief_json(brief: Brief) -> str:
    """The stored form of a brief: the canonical JSON (``storyline.brief/1``), compact."""
    return json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))


def load_brief(text: str) -> Brief:
    """A stored brief back as a :class:`Brief`."""
    return Brief.model_validate(json.loads(text))


def story_title(brief: Brief) -> str:
    """The brief's title; else the first line of the first source's text (cut at 80 characters)."""
    if brief.title:
        return brief.title
    for source in brief.sources:
        line = next((ln.strip() for ln in str(source.get("text") or "").splitlines() if ln.strip()), "")
        if line:
            return line if len(line) <= 80 else line[:79].rstrip() + "…"
    return "Untitled story"


def annotate_available() -> bool:
    """True when the annotate stage (``storyline.annotate.stage``) is installed."""
    try:
        import storyline.annotate.stage  # noqa: F401
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- store helpers
#
# The Store protocol has no "members of one story", "story updated_at" or
# "article ids since" queries; these helpers use the SQLite connection when the
# store is the SQLite backend and fall back to the protocol otherwise.


def _sqlite(store: Store) -> Any | None:
    db = getattr(store, "_db", None)
    return db if db is not None and type(store).__name__ == "SQLiteStore" else None


def story_members(store: Store, story_id: str) -> list[str]:
    """Member article ids of a story, in stored order ([] if unknown)."""
    db = _sqlite(store)
    if db is not None:
        rows = db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position", (story_id,)
        ).fetchall()
        return [str(r[0]) for r in rows]
    for row in store.stories():
        if row.story_id == story_id:
            return list(row.article_ids)
    return []


def story_info(store: Store, story_id: str) -> tuple[str, str | None, str | None] | None:
    """(title, brief_json, updated_at) of one story, or None."""
    db = _sqlite(store)
    if db is not None:
        row = db.execute("SELECT title, brief, updated_at FROM stories WHERE id = ?", (story_id,)).fetchone()
        return (str(row[0]), row[1], row[2]) if row else None
    for r in store.stories():
        if r.story_id == story_id:
            return (r.title, r.brief_json, None)
    return None


def story_cheap_version(store: Store, story_id: str) -> tuple[str, int] | None:
    """A cheap change mark of a story: (updated_at, member count); None if the story is unknown.

    ``updated_at`` has one-second resolution: a reader that must see every change
    also compares the brief itself now and then (the web app does, every 2 s).
    """
    db = _sqlite(store)
    if db is not None:
        row = db.execute(
            "SELECT updated_at, (SELECT count(*) FROM story_articles WHERE story_id = s.id) FROM stories s WHERE id = ?",
            (story_id,),
        ).fetchone()
        return (str(row[0]), int(row[1])) if row else None
    info = story_info(store, story_id)
    return None if info is None else ("", len(story_members(store, story_id)))


def _membership(store: Store) -> dict[str, str]:
    db = _sqlite(store)
    if db is not None:
        return {str(a): str(s) for a, s in db.execute("SELECT article_id, story_id FROM story_articles")}
    return {aid: row.story_id for row in store.stories() for aid in row.article_ids}


def story_infos(store: Store) -> list[StoryInfo]:
    """Every story with its date span, source count and last update, newest update first."""
    db = _sqlite(store)
    out: list[StoryInfo] = []
    if db is not None:
        rows = db.execute(
            """SELECT s.id, s.title, s.updated_at, count(a.id),
                      min(a.published), max(a.published), s.seq
               FROM stories s
               LEFT JOIN story_articles sa ON sa.story_id = s.id
               LEFT JOIN articles a ON a.id = sa.article_id
               GROUP BY s.id"""
        ).fetchall()
        outlets: dict[str, set[str]] = {}
        for sid, aid, outlet, record in db.execute(
            "SELECT sa.story_id, a.id, a.outlet, json_extract(a.record, '$.duplicate_of')"
            " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        ):
            if record is None:  # not a syndicated copy
                outlets.setdefault(sid, set()).add(outlet or f"?{aid}")
        for sid, title, updated, n, first, last, _seq in sorted(rows, key=lambda r: (r[2] or "", r[6]), reverse=True):
            out.append(StoryInfo(sid, title, int(n), len(outlets.get(sid, ())), first, last, updated))
        return out
    for row in store.stories():
        arts = list(store.articles(row.article_ids))
        dates = sorted(a.published.value for a in arts if a.published.value)
        srcs = {a.outlet or f"?{a.id}" for a in arts if a.duplicate_of is None}
        out.append(
            StoryInfo(
                row.story_id,
                row.title,
                len(arts),
                len(srcs),
                dates[0] if dates else None,
                dates[-1] if dates else None,
                None,
            )
        )
    return out


def _article_ids_since(store: Store, known: set[str]) -> list[str]:
    db = _sqlite(store)
    if db is not None:
        return [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY seq") if r[0] not in known]
    return [a.id for a in store.articles() if a.id not in known]


def _same_words(stored: Article, read: Article) -> bool:
    """The same words by :func:`~storyline.clean.dedup.normalised`, lines that either removed left out."""
    from storyline.clean.dedup import normalised

    if normalised(stored.text) == normalised(read.text):
        return True
    drop = {k for r in (*stored.removed, *read.removed) if (k := normalised(r))}
    if not drop:
        return False

    def kept(a: Article) -> str:
        return normalised("\n".join(ln for ln in a.text.split("\n") if normalised(ln) not in drop))

    return kept(stored) == kept(read)


# --------------------------------------------------------------------------- service


class Service:
    """Adds articles to the store and keeps every story's brief up to date.

    Cheap constructor; :meth:`warm_up` opens the store, loads the stages and
    replays the stored articles into the dedup index and the clusterer.
    ``annotate``: None = annotate when the annotate stage is installed (or
    ``annotator``, a stage Article -> AnnotatedArticle, is given).
    Not thread-safe: use one Service from one thread (the web app runs it in a
    single writer thread).
    """

    def __init__(
        self,
        db: str | None,
        options: Options | None = None,
        *,
        annotate: bool | None = None,
        clusterer: StoryClusterer | None = None,
        store: Store | None = None,
        annotator: Stage | None = None,
    ) -> None:
        self.db = db
        self.options = options or Options()
        self._want_annotate = annotate
        self._clusterer = clusterer
        self._store = store
        self._own_store = store is None
        self.errors = ErrorHandler(self.options.on_error)
        self._clean: Pipeline | None = None
        self._given_annotator = annotator
        self._annotator: Pipeline | None = None
        self._annotate = False
        self._story_of: dict[str, str] = {}  # article id -> stored story id
        self._alias: dict[str, str] = {}  # clusterer story id -> stored story id
        self._known: set[str] = set()  # article ids replayed into dedup + clusterer
        self._known_count = 0
        self._cache: OrderedDict[str, AnnotatedArticle] = OrderedDict()
        self._ready = False
        self.last_update_seconds: float = 0.0  # time of the last brief recompute (for benchmarks)
        # where each outlet usually reports from, learned from the stored briefs' places (evidence
        # for places in later briefs: a local paper's "Dublin" is the nearby town)
        self._homes = OutletHomes()
        self._outlet_of: dict[str, str | None] = {}
        self._first_member: dict[str, str] = {}  # stored story id -> its first clustered article
        self._merges_followed = 0  # the clusterer's merge count when the store last followed it
        self.furniture_removed = 0  # furniture lines removed from new articles (for audit and benchmarks)

    # ------------------------------------------------------------------ lifecycle

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.db)
        return self._store

    @property
    def annotating(self) -> bool:
        return self._annotate

    def warm_up(self) -> None:
        """Open the store, load the stages, replay the store, repair unfinished stories."""
        if self._ready:
            return
        from storyline.clean.dedup import make_dedup
        from storyline.clean.stage import make_cleaner

        self._clean = Pipeline([make_cleaner(self.options), make_dedup(self.options)], self.errors)
        self._clean.warm_up()
        if self._given_annotator is not None:
            self._annotate = self._want_annotate is not False
        else:
            self._annotate = annotate_available() if self._want_annotate is None else self._want_annotate
        if self._annotate and self._given_annotator is not None:
            self._annotator = Pipeline([self._given_annotator], self.errors)
            self._annotator.warm_up()
        elif self._annotate:
            self._annotator = Pipeline.build(["annotate"], self.options, provided=("raw", "article.text"))
            self._annotator.errors = self.errors
            self._annotator.warm_up()
        if self._clusterer is None:
            # full articles (ARTICLE_SETTINGS): no bridge merge and no periodic consolidation, so
            # stories do not merge after the fact; _follow_merges still handles a clusterer given
            # by the caller that does merge
            self._clusterer = StoryClusterer.for_articles()
        self._ready = True
        with self.store.writing():
            self._catch_up()
        self._learn_homes()

    def close(self) -> None:
        if self._store is not None and self._own_store:
            self._store.close()
            self._store = None
        self._ready = False

    def __enter__(self) -> Service:
        self.warm_up()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def take_failures(self) -> list[Failure]:
        """Failures recorded since the last call (and forget them)."""
        out = list(self.errors.failures)
        self.errors.failures.clear()
        return out

    # ------------------------------------------------------------------ adding

    def add_paths(self, paths: Sequence[str], stdin: Any = None) -> list[Added]:
        """Read files/folders (``-`` for stdin) and :meth:`add` what they hold."""
        from storyline.ingest import read_paths

        self.warm_up()
        return self.add(read_paths(paths, self.options, self.errors, stdin=stdin))

    def add(self, raws: Iterable[RawDocument], *, progress: Callable[[Article], None] | None = None) -> list[Added]:
        """Clean, dedup, annotate, cluster and store ``raws``; update the affected briefs.

        Works batch by batch (``Options.batch_size``): each batch is committed
        (articles + annotations, then its stories) before the next is read.
        """
        self.warm_up()
        assert self._clean is not None
        out: list[Added] = []
        for batch in batched(self._clean.pipe(raws), self.options.batch_size):
            out.extend(self._add_batch(batch))
            if progress is not None:
                for a in batch:
                    progress(a)
        return out

    def _add_batch(self, batch: list[Article]) -> list[Added]:
        # one writer at a time (serve and watch on one store): catch up with what the other
        # stored, then assign and rewrite story memberships from that complete view
        with self.store.writing():
            return self._add_batch_locked(batch)

    def _add_batch_locked(self, batch: list[Article]) -> list[Added]:
        self._catch_up()
        store = self.store
        unique: dict[str, Article] = {}
        for a in batch:
            unique.setdefault(a.id, a)
        stored = {a.id for a in store.articles(list(unique))}
        fresh, lines = self._strip_furniture([a for a in unique.values() if a.id not in stored])
        reread = self._rereads(fresh)
        new = [a for a in fresh if a.id not in reread]
        if new:
            docs = self._annotate_articles(new)
            if docs:
                store.add_annotated(docs, [lines[d.article.id] for d in docs if d.article.id in lines])
                for d in docs:
                    self._remember(d)
            annotated_ids = {d.article.id for d in docs}
            rest = [a for a in new if a.id not in annotated_ids]
            if rest:
                store.add_articles(rest, [lines[a.id] for a in rest if a.id in lines])
        dirty: dict[str, list[str]] = {}
        for a in new:
            sid = self._assign(a)
            dirty.setdefault(sid, []).append(a.id)
        self._known_count += len(new)
        self._update_stories(dirty)
        self._follow_merges()
        new_ids = {a.id for a in new}
        return [
            Added(
                article_id=reread.get(a.id, a.id),
                file=a.file,
                status="inserted" if a.id in new_ids else "existing",
                story_id=self._story_of.get(reread.get(a.id, a.id)) or store.story_of(reread.get(a.id, a.id)),
                duplicate_of=None if a.id in reread else a.duplicate_of,
                title=a.title,
            )
            for a in batch
        ]

    def _strip_furniture(self, articles: list[Article]) -> tuple[list[Article], dict[str, PageLines]]:
        """The new articles with their outlet's page furniture removed (the batch path's rule, on
        the store's line statistics plus this batch), and what each adds to those statistics (counted
        by the store in the transaction that stores the article, so a rerun never counts it twice).
        Articles stored before a line became furniture keep it: their ids, texts and annotations
        never change after the fact."""
        from storyline.clean.furniture import WINDOW_PAGES, strip_stream_furniture

        if not articles:
            return [], {}
        store = self.store

        def texts(ids: list[str]) -> dict[str, str]:
            return {a.id: a.text for a in store.articles(ids)}

        def stored(outlet: str, keys: list[str]) -> tuple[int, dict[str, EdgeLine]]:
            return store.edge_lines(outlet, keys, WINDOW_PAGES)

        result = strip_stream_furniture(articles, stored, texts)
        self.furniture_removed += len(result.removals)
        for r in result.removals:
            log.debug("furniture: %s: %r (%s)", r.file, r.line, r.reason)
        return result.articles, result.lines

    def _rereads(self, articles: list[Article]) -> dict[str, str]:
        """New ids that are a stored article read again: the same file (or url) with the same words.

        A cleaning change (a restored "£", a cut caption) changes an article's content-hash id, so
        ingesting the same folder again would store each touched article a second time, as a copy
        of itself.  Such an article is the stored one (status "existing"), not a copy: its id maps to
        the stored id.  Only an exact copy by :func:`~storyline.clean.dedup.normalised` words counts;
        a near copy at the same path (an updated live page) is stored as before.  Lines either
        copy lost as page furniture are left out of the comparison: the furniture known to the store
        grows, so the same page read later may lose a line more than when it was stored."""
        dups = [a for a in articles if a.duplicate_of and (a.file or a.url)]
        if not dups:
            return {}
        originals = {o.id: o for o in self.store.articles([a.duplicate_of for a in dups if a.duplicate_of])}
        out: dict[str, str] = {}
        for a in dups:
            o = originals.get(a.duplicate_of or "")
            same_source = o is not None and ((a.file and o.file == a.file) or (a.url and o.url == a.url))
            if o is not None and same_source and _same_words(o, a):
                out[a.id] = o.id
        return out

    # ------------------------------------------------------------------ internals

    def _annotate_articles(self, articles: list[Article]) -> list[AnnotatedArticle]:
        if not self._annotate or self._annotator is None or not articles:
            return []
        return list(self._annotator.pipe(articles))

    def _remember(self, doc: AnnotatedArticle) -> None:
        self._cache[doc.article.id] = doc
        self._cache.move_to_end(doc.article.id)
        while len(self._cache) > _ANNOTATION_CACHE:
            self._cache.popitem(last=False)

    def _annotated(self, article_id: str) -> AnnotatedArticle | None:
        doc = self._cache.get(article_id)
        if doc is None:
            doc = self.store.get_annotated(article_id)
            if doc is not None:
                self._remember(doc)
        return doc

    def _cluster_item(self, article: Article) -> ClusterItem:
        """What the clusterer compares: words, plus actors and places under one key per name
        (knowledge-base ids, so "ISIL", "Daesh" and "IS militants" agree; transliteration keys,
        so "Rakka" and "al-Raqqah" agree) — mentions are resolved across a story only later."""
        doc = self._annotated(article.id) if self._annotate else None
        entities: list[str] = []
        places: list[str] = []
        if doc is not None:
            entities = sorted({m.entity or _actor_key(m.text) for m in doc.mentions if m.label in _ACTOR_LABELS})
            places = sorted({t.place or _place_key(t.text) for t in doc.toponyms})
        text = f"{article.title or ''}\n{article.text}"
        return ClusterItem(
            id=article.id, text=text, published=article.published.value, entities=entities, places=places
        )

    def _assign(self, article: Article, stored_story: str | None = None) -> str:
        """Feed the clusterer (or follow the original) and return the stored story id."""
        assert self._clusterer is not None
        self._known.add(article.id)
        self._outlet_of[article.id] = article.outlet
        sid: str | None = None
        if article.duplicate_of:
            sid = self._story_of.get(article.duplicate_of) or self.store.story_of(article.duplicate_of)
        clustered = sid is None
        if sid is None:
            cid = self._clusterer.add(self._cluster_item(article))
            if stored_story is not None:
                self._alias.setdefault(cid, stored_story)
            sid = self._alias.get(cid, cid)
        if stored_story is not None:
            sid = stored_story
        self._story_of[article.id] = sid
        if clustered:
            self._first_member.setdefault(sid, article.id)
        return sid

    def _follow_merges(self) -> None:
        """Stories the clusterer has since merged (a bridging article, a consolidation pass) are
        merged in the store too: the oldest keeps its id, the others redirect to it."""
        assert self._clusterer is not None
        if self._clusterer.merges == self._merges_followed:
            return
        self._merges_followed = self._clusterer.merges
        groups: dict[str, list[str]] = {}  # clusterer story id -> stored story ids, oldest first
        for sid, first in self._first_member.items():
            cid = self._clusterer.story_of(first)
            if cid is not None:
                groups.setdefault(cid, []).append(sid)
        for cid, sids in groups.items():
            if len(sids) < 2:
                continue
            target, others = sids[0], sids[1:]
            # in arrival order (as a story's own members are)
            members = [a.id for a in self.store.articles([a for s in sids for a in story_members(self.store, s)])]
            brief = self.story_brief(members)
            self.store.merge_stories(target, others, story_title(brief), members, brief_json(brief))
            for a in members:
                self._story_of[a] = target
            for s in others:
                self._first_member.pop(s, None)
            self._alias[cid] = target
            log.info("merged stories %s into %s (%d articles)", ", ".join(others), target, len(members))

    def _catch_up(self) -> None:
        """Replay stored articles this service has not seen (start-up, or another writer)."""
        if not self._ready:
            return
        store = self.store
        count = store.count()
        if count == self._known_count:
            return
        membership = _membership(store)
        ids = _article_ids_since(store, self._known)
        articles = list(store.articles(ids))
        assert self._clean is not None
        dedup = next(s for s in self._clean.stages if s.name == "dedup")
        missing = []
        if self._annotate:
            missing = [a for a in articles if self._annotated(a.id) is None]
            for chunk in batched(missing, self.options.batch_size):
                docs = self._annotate_articles(chunk)
                if docs:
                    store.add_annotated(docs)
                    for d in docs:
                        self._remember(d)
        dirty: dict[str, list[str]] = {}
        backfilled = {a.id for a in missing}
        for a in articles:
            dedup.find(a)  # type: ignore[attr-defined]
            sid = self._assign(a, membership.get(a.id))
            if a.id not in membership or a.id in backfilled:
                dirty.setdefault(sid, []).append(a.id)
        self._known_count = count
        if dirty:
            log.info("catching up: %d stories to (re)build", len(dirty))
            self._update_stories(dirty)
        self._follow_merges()

    def _learn_homes(self) -> None:
        """Outlet homes from the stored briefs (start-up); kept current as briefs are rebuilt."""
        for row in self.store.stories():
            if not row.brief_json:
                continue
            try:
                places = json.loads(row.brief_json).get("places", [])
            except ValueError:
                continue
            self._homes.observe_places({a: self._outlet_of.get(a) for a in row.article_ids}, places)

    def _update_stories(self, dirty: dict[str, list[str]]) -> None:
        start = time.perf_counter()
        for sid, added in dirty.items():
            members = story_members(self.store, sid)
            present = set(members)
            members += [a for a in added if a not in present]
            brief = self.story_brief(members)
            title = story_title(brief)
            self.store.upsert_story(sid, title, members, brief_json(brief))
        self.last_update_seconds = time.perf_counter() - start

    def story_brief(self, member_ids: Sequence[str]) -> Brief:
        """The brief of a story, from its members' stored articles and annotations (no re-annotation)."""
        from storyline.api import Result
        from storyline.story.brief import build_brief

        articles = list(self.store.articles(member_ids))
        annotated = [d for d in (self._annotated(a.id) for a in articles) if d is not None]
        result = Result(inputs=[a.file for a in articles], articles=articles, annotated=annotated)
        brief = build_brief(result, self.options, homes=self._homes)
        self._homes.observe_places({a.id: a.outlet for a in articles}, brief.places)
        return brief

    def rebuild(self, story_id: str) -> None:
        """Recompute one story's brief from the store (e.g. after an upgrade of the story stages)."""
        self.warm_up()
        with self.store.writing():
            self._update_stories({story_id: []})


# --------------------------------------------------------------------------- watch


@dataclass
class _Seen:
    files: dict[str, tuple[int, int]] = field(default_factory=dict)


def _scan(directory: Path) -> Iterator[tuple[str, tuple[int, int]]]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith((".part", ".tmp", ".crdownload", "~")):
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            yield str(path), (st.st_mtime_ns, st.st_size)


def watch(
    directory: str,
    db: str | None,
    interval: float,
    options: Options,
    *,
    max_cycles: int | None = None,
    settle: bool = True,
    service: Service | None = None,
    on_added: Callable[[list[Added]], None] | None = None,
) -> None:
    """Poll ``directory`` every ``interval`` seconds and ingest new or changed files.

    A file is new when its (path, mtime, size) has not been seen in this run;
    a file still being written (its size changed since the last scan) waits for
    the next scan (``settle=False`` reads new files at once).  Files already in the store are recognised by content id and
    not stored twice.  Stops on KeyboardInterrupt, or after ``max_cycles`` scans.
    """
    from storyline.errors import Code, InputError

    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(Code.E101, f"{directory} is not a folder")
    svc = service or Service(db, options)
    seen = _Seen()
    pending: dict[str, tuple[int, int]] = {}
    cycles = 0
    try:
        svc.warm_up()
        while max_cycles is None or cycles < max_cycles:
            cycles += 1
            ready: list[str] = []
            for path, stamp in _scan(folder):
                if seen.files.get(path) == stamp:
                    continue
                if pending.get(path) == stamp or not settle:
                    ready.append(path)
                    seen.files[path] = stamp
                    pending.pop(path, None)
                else:
                    pending[path] = stamp  # settle for one interval before reading
            if ready:
                added = svc.add_paths(ready)
                failures = svc.take_failures()
                if failures:
                    svc.store.add_failures(failures, f"watch-{os.getpid()}")
                new = [a for a in added if a.status == "inserted"]
                log.info("watch: %d files, %d new articles, %d failures", len(ready), len(new), len(failures))
                if on_added is not None:
                    on_added(added)
            if max_cycles is not None and cycles >= max_cycles:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        log.info("watch stopped")
    finally:
        if service is None:
            svc.close()


@lru_cache(maxsize=1)
def _kb() -> Any:
    from storyline.annotate.entities import load_kb

    return load_kb()


@lru_cache(maxsize=65536)
def _actor_key(surface: str) -> str:
    from storyline.annotate.entities import fold

    hits = _kb().lookup(surface, loose=False)
    return f"kb:{hits[0][0]}" if len({h[0] for h in hits}) == 1 else fold(surface)


@lru_cache(maxsize=65536)
def _place_key(surface: str) -> str:
    from storyline.annotate.gazetteer import translit_key

    return "place:" + translit_key(surface)
