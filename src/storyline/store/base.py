"""The store protocol, its result records, and :func:`open_store`.

A store keeps articles, their annotations, per-run failures and stories.  Every
backend (SQLite now, PostgreSQL later) implements :class:`Store` and passes the
same contract tests (``tests/test_store_contract.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

from storyline.errors import Code, ConfigError
from storyline.records import AnnotatedArticle, Article, Failure

DEFAULT_DB = "storyline.db"


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_articles` did: ids newly stored and ids already there, in input order."""

    inserted: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoryRow:
    """A stored story: its id, title, member article ids (in the order given) and brief JSON."""

    story_id: str
    title: str
    article_ids: list[str]
    brief_json: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result (best first); ``snippet`` marks matches with [ and ]."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float  # bm25; lower is better (SQLite convention), already used for ordering


@dataclass(frozen=True)
class EdgeLine:
    """Stored statistics of one short line of one outlet (kept by its hash, never its text):
    original pages printing it in their head/tail region, pages printing it anywhere, and the
    pages counted as its distinct stories (see :mod:`storyline.clean.furniture`)."""

    edge: int = 0
    anywhere: int = 0
    stories: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageLines:
    """What one original page adds to its outlet's line statistics when it is stored: line
    hashes at its edges, anywhere on it, and those it counts as a new distinct story for."""

    article_id: str
    outlet: str
    edge: tuple[str, ...] = ()
    anywhere: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()

    def rows(self, outlet: str, n: int) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int, str]]]:
        """The ``edge_pages`` rows (outlet, key, n, at an edge) and ``edge_stories`` rows (outlet, key, n,
        article id) this page adds as its outlet's ``n``-th page; ``outlet`` as the backend stores it."""
        edge = set(self.edge)
        lines = [(outlet, k, n, int(k in edge)) for k in dict.fromkeys((*self.anywhere, *self.edge))]
        return lines, [(outlet, k, n, self.article_id) for k in self.stories]


@runtime_checkable
class Store(Protocol):
    """What every store backend offers.  Records in, records out; usable as a context manager."""

    def add_articles(self, articles: Iterable[Article], lines: Sequence[PageLines] = ()) -> AddResult:
        """Store articles, idempotent by ``Article.id``; one transaction per call.  ``lines``: the
        line statistics of these articles, counted in the same transaction for each article
        newly stored (an article already there is never counted twice)."""
        ...

    def add_annotated(self, docs: Iterable[AnnotatedArticle], lines: Sequence[PageLines] = ()) -> None:
        """Store (replace) each document's annotations; stores its article too if new (and counts
        its ``lines`` then, as :meth:`add_articles`)."""
        ...

    def edge_lines(self, outlet: str, keys: Sequence[str], window: int) -> tuple[int, dict[str, EdgeLine]]:
        """(original pages of ``outlet`` in the window, the statistics of those of ``keys`` seen
        there): the window is the outlet's last ``window`` stored original pages."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_annotated(self, article_id: str) -> AnnotatedArticle | None: ...

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """All articles (or those with the given ids) in insertion order."""
        ...

    def count(self) -> int: ...

    def add_failures(self, failures: Iterable[Failure], run_id: str) -> None: ...

    def failures(self, run_id: str | None = None) -> list[Failure]: ...

    def upsert_story(self, story_id: str, title: str, article_ids: Sequence[str], brief_json: str | None) -> None:
        """Create or replace a story; an article belongs to at most one story (it moves)."""
        ...

    def merge_stories(
        self, into: str, merged: Sequence[str], title: str, article_ids: Sequence[str], brief_json: str | None
    ) -> None:
        """One transaction: create or replace story ``into`` (as :meth:`upsert_story`), delete the
        ``merged`` stories and leave a redirect from each (and from whatever redirected to them)."""
        ...

    def resolve_story(self, story_id: str) -> str | None:
        """``story_id`` if it exists, the story it was merged into (following redirects), or None."""
        ...

    def stories(self) -> list[StoryRow]: ...

    def story_of(self, article_id: str) -> str | None: ...

    def search(
        self,
        query: str,
        limit: int = 20,
        outlet: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[SearchHit]: ...

    def schema_version(self) -> int: ...

    def writing(self) -> AbstractContextManager[None]:
        """Hold the store's single-writer lock for a read-modify-write of stories.

        Cross-process (``storyline serve`` and ``storyline watch`` on one store take
        turns), re-entrant within one store object; readers are never blocked.
        """
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class StoreBase:
    """What the backends share: the context-manager protocol (``close()`` on exit) and a
    re-entrant single-writer lock over the backend's ``_acquire_writer``/``_release_writer``."""

    _writer_depth = 0

    def close(self) -> None:
        raise NotImplementedError

    def _acquire_writer(self) -> None:
        raise NotImplementedError

    def _release_writer(self) -> None:
        raise NotImplementedError

    @contextmanager
    def writing(self) -> Iterator[None]:
        if self._writer_depth == 0:
            self._acquire_writer()
        self._writer_depth += 1
        try:
            yield
        finally:
            self._writer_depth -= 1
            if self._writer_depth == 0:
                self._release_writer()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (for messages, logs and repr)."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url.split("://", 1)[0] + "://***" if "://" in url else url
    if password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=(parts.username or "") + ":***@" + host))


def open_store(url: str | Path | None = None) -> Store:
    """Open (creating if needed) the store at ``url``.

    * ``None`` -> ``storyline.db`` in the current directory;
    * a path, or ``sqlite:///path`` -> that SQLite file;
    * ``":memory:"`` (or ``sqlite://``) -> a private in-memory store (tests);
    * ``postgresql://user[:password]@host[:port]/dbname[?options]`` (or ``postgres://``)
      -> a :class:`~storyline.store.postgres.PostgresStore` (psycopg 3 is imported
      only then; without it: E301 with the install hint).
    """
    from storyline.store.sqlite import SQLiteStore

    if url is None:
        return SQLiteStore(Path.cwd() / DEFAULT_DB)
    if isinstance(url, Path):
        return SQLiteStore(url)
    text = str(url).strip()
    if text in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return SQLiteStore(":memory:")
    if text.startswith("sqlite:///"):
        return SQLiteStore(Path(text[len("sqlite:///") :]))
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in POSTGRES_SCHEMES:
        from storyline.store.postgres import PostgresStore

        return PostgresStore(text)
    if scheme:
        raise ConfigError(
            Code.E202,
            f"unknown store URL scheme {scheme!r}",
            hint="choose one of: a file path, sqlite:///PATH, :memory:, postgresql://USER@HOST/DB",
        )
    return SQLiteStore(Path(text))
