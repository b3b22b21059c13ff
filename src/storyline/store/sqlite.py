"""The embedded SQLite store (the default).

* **Idempotent ingestion**: articles are keyed by ``Article.id`` (a content hash),
  so storing the same article twice keeps one record.
* **Transactions**: each ``add_*`` / ``upsert_story`` call is one transaction
  (``BEGIN IMMEDIATE`` ... ``COMMIT``); a process killed mid-call loses only that
  call, never what was committed before.
* **WAL mode**: readers are not blocked while ingestion writes; ``busy_timeout``
  makes a second writer wait instead of failing at once.  ``synchronous=NORMAL``
  is durable against a crashed or killed process (not against power loss).
* **Schema migrations**: ``PRAGMA user_version`` counts the applied steps of
  :data:`MIGRATIONS`; pending steps run in order on open, each in its own
  transaction.  A store written by a newer program (higher version) is refused
  with E302 rather than misread.
* **Full-text search**: an FTS5 index over title + text, kept in step by
  triggers.  User queries are never passed raw to FTS5: each word is quoted
  (``"word"``), ``"..."`` phrases stay phrases, so no query can raise an SQLite
  syntax error.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from storyline.errors import Code, StoreError
from storyline.records import AnnotatedArticle, Article, Failure
from storyline.store.base import AddResult, EdgeLine, PageLines, SearchHit, StoreBase, StoryRow

fcntl: ModuleType | None
try:  # POSIX; elsewhere the writer lock is a no-op (one writer process at a time, by convention)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SQLiteStore", "fts_query"]

# Each step is a list of statements; step i (1-based) brings user_version from i-1 to i.
# Never edit a released step: append a new one.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,          -- Article JSON without "text"
            added_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_outlet ON articles(outlet)",
        "CREATE INDEX articles_published ON articles(published)",
        """CREATE TABLE annotations (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            record TEXT NOT NULL,          -- AnnotatedArticle JSON without "article"
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE failures (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL,
            file TEXT NOT NULL,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (run_id, file, stage, code, reason)
        )""",
        "CREATE INDEX failures_run ON failures(run_id)",
        """CREATE TABLE stories (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            brief TEXT,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE story_articles (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )""",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
        END""",
        """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
        END""",
    ],
    # 2: stories merged into another leave a redirect (old links keep working)
    ["CREATE TABLE story_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL) WITHOUT ROWID"],
    # 3: per-outlet statistics of short lines (by hash), for page furniture (clean.furniture)
    [
        "CREATE TABLE outlet_pages (outlet TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID",
        """CREATE TABLE edge_lines (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,             -- hash of the normalised line
            edge INTEGER NOT NULL,         -- original pages printing it in their head/tail region
            anywhere INTEGER NOT NULL,     -- original pages printing it anywhere
            PRIMARY KEY (outlet, key)
        ) WITHOUT ROWID""",
        """CREATE TABLE edge_stories (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,
            article_id TEXT NOT NULL,      -- a page counted as one of the line's distinct stories
            PRIMARY KEY (outlet, key, article_id)
        ) WITHOUT ROWID""",
    ],
    # 4: the line statistics per page, numbered within the outlet (n = the outlet's page count
    # when the page was stored), so the furniture decision can look at the outlet's recent pages
    # only; the running totals of step 3 cannot be windowed, so statistics restart empty
    [
        "DROP TABLE edge_lines",
        "DROP TABLE edge_stories",
        "DELETE FROM outlet_pages",
        """CREATE TABLE edge_pages (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,             -- hash of the normalised line
            n INTEGER NOT NULL,            -- the page's number within its outlet
            edge INTEGER NOT NULL,         -- 1 when the page prints it in its head/tail region
            PRIMARY KEY (outlet, key, n)
        ) WITHOUT ROWID""",
        """CREATE TABLE edge_stories (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,
            n INTEGER NOT NULL,
            article_id TEXT NOT NULL,      -- a page counted as one of the line's distinct stories
            PRIMARY KEY (outlet, key, n)
        ) WITHOUT ROWID""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)

_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)


def fts_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression for a user query (all terms required), or None if empty.

    Words become quoted terms and ``"..."`` phrases stay phrases; every other
    character (FTS5 operators, brackets, colons, stray quotes) is dropped, so
    the result always parses.
    """
    parts: list[str] = []
    for phrase, word in _PHRASE_OR_WORD.findall(query):
        text = phrase if phrase else word
        words = re.findall(r"\w+", text, re.UNICODE)
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts) if parts else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(StoreBase):
    """A :class:`~storyline.store.base.Store` in one SQLite file (or in memory)."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.path = str(path)
        memory = self.path == ":memory:"
        self._lock_path = None if memory else self.path + "-writer.lock"
        self._lock_fd: int | None = None
        if not memory:
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise StoreError(Code.E301, f"cannot open store {self.path}: folder {parent} does not exist")
        try:
            with self._opening():
                self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
                self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                self._db.execute("PRAGMA foreign_keys = ON")
                if not memory:
                    if self._db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                        self._db.execute("PRAGMA journal_mode = WAL")
                    self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(Code.E301, f"cannot open store {self.path}: {exc}") from None

    @contextmanager
    def _opening(self) -> Iterator[None]:
        """Processes opening one store take turns (an exclusive ``flock`` on ``<db>-open.lock``,
        held for the few milliseconds of set-up): switching a new file to WAL mode is not
        covered by SQLite's busy timeout, so two processes creating one store at once could
        otherwise fail with "database is locked".  Writers keep their own lock, so an open
        never waits for a running batch."""
        if self._lock_path is None or fcntl is None:
            yield
            return
        fd = os.open(self.path + "-open.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    # ------------------------------------------------------------------ lifecycle

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            self._db.close()
            raise StoreError(
                Code.E302,
                f"store {self.path} has schema version {version}; this program reads up to {SCHEMA_VERSION}",
            )
        for step in range(version, SCHEMA_VERSION):
            with self._transaction():
                if self.schema_version() > step:  # another process migrated while we waited for the lock
                    continue
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {step + 1}")

    def schema_version(self) -> int:
        row = self._db.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def _acquire_writer(self) -> None:
        """The single-writer lock: an exclusive ``flock`` on ``<db>-writer.lock`` beside the
        database (released by the OS if the process dies)."""
        if self._lock_path is None or fcntl is None:
            return
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def _release_writer(self) -> None:
        if self._lock_fd is None:
            return
        fd, self._lock_fd = self._lock_fd, None
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def close(self) -> None:
        self._db.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``): committed, or rolled back on any error."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ------------------------------------------------------------------ articles

    def _insert_article(self, article: Article, now: str) -> bool:
        record = article.model_dump_json(exclude={"text"})
        cur = self._db.execute(
            "INSERT OR IGNORE INTO articles (id, url, title, outlet, published, text, record, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.url,
                article.title,
                article.outlet,
                article.published.value,
                article.text,
                record,
                now,
            ),
        )
        return cur.rowcount == 1

    def _count_lines(self, page: PageLines | None) -> None:
        """Add a newly stored page to its outlet's line statistics (inside the caller's transaction)."""
        if page is None:
            return
        n = self._db.execute(
            "INSERT INTO outlet_pages (outlet, pages) VALUES (?, 1)"
            " ON CONFLICT(outlet) DO UPDATE SET pages = pages + 1 RETURNING pages",
            (page.outlet,),
        ).fetchone()[0]
        lines, stories = page.rows(page.outlet, n)
        self._db.executemany("INSERT INTO edge_pages (outlet, key, n, edge) VALUES (?, ?, ?, ?)", lines)
        self._db.executemany("INSERT INTO edge_stories (outlet, key, n, article_id) VALUES (?, ?, ?, ?)", stories)

    def add_articles(self, articles: Iterable[Article], lines: Sequence[PageLines] = ()) -> AddResult:
        inserted: list[str] = []
        existing: list[str] = []
        now = _now()
        of = {p.article_id: p for p in lines}
        with self._transaction():
            for article in articles:
                new = self._insert_article(article, now)
                (inserted if new else existing).append(article.id)
                if new:
                    self._count_lines(of.get(article.id))
        return AddResult(inserted=inserted, existing=existing)

    def add_annotated(self, docs: Iterable[AnnotatedArticle], lines: Sequence[PageLines] = ()) -> None:
        now = _now()
        of = {p.article_id: p for p in lines}
        with self._transaction():
            for doc in docs:
                if self._insert_article(doc.article, now):
                    self._count_lines(of.get(doc.article.id))
                self._db.execute(
                    "INSERT INTO annotations (article_id, record, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT(article_id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at",
                    (doc.article.id, doc.model_dump_json(exclude={"article"}), now),
                )

    @staticmethod
    def _article(row: sqlite3.Row | tuple[str, str]) -> Article:
        record, text = row[0], row[1]
        data = json.loads(record)
        data["text"] = text
        return Article.model_validate(data)

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT record, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def get_annotated(self, article_id: str) -> AnnotatedArticle | None:
        row = self._db.execute(
            "SELECT n.record, a.record, a.text FROM annotations n JOIN articles a ON a.id = n.article_id"
            " WHERE n.article_id = ?",
            (article_id,),
        ).fetchone()
        if not row:
            return None
        data = json.loads(row[0])
        data["article"] = self._article((row[1], row[2]))
        return AnnotatedArticle.model_validate(data)

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        if ids is None:
            cursor = self._db.execute("SELECT record, text FROM articles ORDER BY seq")
            for row in cursor:
                yield self._article(row)
            return
        wanted = list(dict.fromkeys(ids))
        rows: list[tuple[int, str, str]] = []
        for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows.extend(self._db.execute(f"SELECT seq, record, text FROM articles WHERE id IN ({marks})", chunk))
        for _, record, text in sorted(rows):
            yield self._article((record, text))

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def edge_lines(self, outlet: str, keys: Sequence[str], window: int) -> tuple[int, dict[str, EdgeLine]]:
        row = self._db.execute("SELECT pages FROM outlet_pages WHERE outlet = ?", (outlet,)).fetchone()
        if not row:
            return 0, {}
        pages = int(row[0])
        low = pages - window  # pages numbered above this are the outlet's last ``window``
        counts: dict[str, tuple[int, int]] = {}
        stories: dict[str, list[str]] = {}
        wanted = list(dict.fromkeys(keys))
        for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            args = (outlet, low, *chunk)
            for k, e, c in self._db.execute(
                f"SELECT key, sum(edge), count(*) FROM edge_pages WHERE outlet = ? AND n > ? AND key IN ({marks})"
                " GROUP BY key",
                args,
            ):
                counts[k] = (int(e), int(c))
            for k, aid in self._db.execute(
                f"SELECT key, article_id FROM edge_stories WHERE outlet = ? AND n > ? AND key IN ({marks}) ORDER BY n",
                args,
            ):
                stories.setdefault(k, []).append(str(aid))
        return min(pages, window), {k: EdgeLine(e, c, tuple(stories.get(k, ()))) for k, (e, c) in counts.items()}

    # ------------------------------------------------------------------ failures

    def add_failures(self, failures: Iterable[Failure], run_id: str) -> None:
        now = _now()
        with self._transaction():
            for f in failures:
                self._db.execute(
                    "INSERT OR IGNORE INTO failures (run_id, file, stage, code, reason, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (run_id, f.file, f.stage, f.code, f.reason, now),
                )

    def failures(self, run_id: str | None = None) -> list[Failure]:
        sql = "SELECT file, stage, code, reason FROM failures"
        args: tuple[str, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            args = (run_id,)
        rows = self._db.execute(sql + " ORDER BY seq", args).fetchall()
        return [Failure(file=r[0], stage=r[1], code=r[2], reason=r[3]) for r in rows]

    # ------------------------------------------------------------------ stories

    def upsert_story(self, story_id: str, title: str, article_ids: Sequence[str], brief_json: str | None) -> None:
        self.merge_stories(story_id, [], title, article_ids, brief_json)

    def merge_stories(
        self, into: str, merged: Sequence[str], title: str, article_ids: Sequence[str], brief_json: str | None
    ) -> None:
        gone = [m for m in dict.fromkeys(merged) if m != into]
        members = list(dict.fromkeys(article_ids))
        try:
            with self._transaction():
                self._db.execute(
                    "INSERT INTO stories (id, title, brief, updated_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET title = excluded.title, brief = excluded.brief,"
                    " updated_at = excluded.updated_at",
                    (into, title, brief_json, _now()),
                )
                self._db.execute("DELETE FROM story_articles WHERE story_id = ?", (into,))
                for position, article_id in enumerate(members):
                    # an article belongs to one story: move it here
                    self._db.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
                    self._db.execute(
                        "INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)",
                        (into, article_id, position),
                    )
                for old in gone:
                    self._db.execute("DELETE FROM stories WHERE id = ?", (old,))
                    self._db.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (into, old))
                    self._db.execute(
                        "INSERT OR REPLACE INTO story_redirects (old_id, new_id) VALUES (?, ?)", (old, into)
                    )
                if gone:
                    self._db.execute("DELETE FROM story_redirects WHERE old_id = ?", (into,))
        except sqlite3.IntegrityError as exc:
            raise StoreError(
                Code.E301,
                f"story {into}: {exc} (an article id is not in the store)",
                hint="add the articles before the story that groups them",
            ) from None

    def resolve_story(self, story_id: str) -> str | None:
        if self._db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
            return story_id
        row = self._db.execute("SELECT new_id FROM story_redirects WHERE old_id = ?", (story_id,)).fetchone()
        return str(row[0]) if row else None

    def stories(self) -> list[StoryRow]:
        out: list[StoryRow] = []
        for sid, title, brief in self._db.execute("SELECT id, title, brief FROM stories ORDER BY seq").fetchall():
            ids = [
                r[0]
                for r in self._db.execute(
                    "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position", (sid,)
                )
            ]
            out.append(StoryRow(story_id=sid, title=title, article_ids=ids, brief_json=brief))
        return out

    def story_of(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        limit: int = 20,
        outlet: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[SearchHit]:
        """Full-text search over title + text, best first.

        ``outlet`` matches exactly; ``date_from`` / ``date_to`` are inclusive ISO
        prefixes compared with the publication date (``date_to="2016-11"`` keeps
        all of November); undated articles are left out when a date bound is given.
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published,"
            " snippet(articles_fts, -1, '[', ']', '…', 12), bm25(articles_fts, 2.0, 1.0)"
            " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ?"
        )
        args: list[object] = [match]
        if outlet is not None:
            sql += " AND a.outlet = ?"
            args.append(outlet)
        if date_from:
            sql += " AND a.published IS NOT NULL AND a.published >= ?"
            args.append(date_from)
        if date_to:
            sql += " AND a.published IS NOT NULL AND substr(a.published, 1, length(?)) <= ?"
            args.extend([date_to, date_to])
        sql += " ORDER BY bm25(articles_fts, 2.0, 1.0), a.seq LIMIT ?"
        args.append(int(limit))
        try:
            rows = self._db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:  # should not happen with fts_query; never leak it
            raise StoreError(Code.E301, f"search failed for {query!r}: {exc}", hint="simplify the query") from None
        return [
            SearchHit(article_id=r[0], title=r[1], outlet=r[2], published=r[3], snippet=r[4], score=float(r[5]))
            for r in rows
        ]
