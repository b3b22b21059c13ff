"""The PostgreSQL store: the same :class:`~storyline.store.base.Store` contract as SQLite.

``open_store("postgresql://user@host:port/dbname")`` returns a :class:`PostgresStore`.
It needs psycopg 3 (``pip install 'storyline[postgres]'``), imported only when a
PostgreSQL store is opened.

* **Idempotent ingestion**: ``INSERT ... ON CONFLICT (id) DO NOTHING`` keyed by
  ``Article.id``; insertion order is a ``BIGSERIAL`` column.
* **Transactions**: each ``add_*`` / ``upsert_story`` call is one transaction; a
  process killed mid-call loses only that call (the server rolls it back).
* **Readers are never blocked by ingestion** (MVCC): a reader sees what was
  committed when its statement started.
* **Schema migrations**: table ``schema_migrations`` holds one row per applied step
  of :data:`MIGRATIONS`; pending steps run in order on open, each in its own
  transaction under an advisory lock (two programs opening a new database at once
  do not race).  A database written by a newer program is refused with E302.
* **Full-text search**: a generated ``tsvector`` column (``english`` configuration,
  title weighted above text) with a GIN index.  User input is never tsquery syntax:
  the same word / ``"phrase"`` split as the SQLite store, each part turned into a
  query by ``plainto_tsquery`` / ``phraseto_tsquery`` with bound parameters, all parts
  required.  Snippets come from ``ts_headline`` with ``[`` ``]`` around matches.
* **Where the tables live**: in the first schema of the connection's ``search_path``;
  pick one in the URL with ``?options=-csearch_path%3Dmyschema``.
* **NUL characters**, which PostgreSQL text cannot hold, are dropped from the
  searchable columns; the exact article is kept in its JSON record.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from storyline.errors import Code, StoreError
from storyline.records import AnnotatedArticle, Article, Failure
from storyline.store.base import AddResult, EdgeLine, PageLines, SearchHit, StoreBase, StoryRow, redact_url

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "PostgresStore", "redact_url", "tsquery_parts"]

INSTALL_HINT = "pip install 'storyline[postgres]' (psycopg 3)"

# Each step is a list of statements; step i (1-based) brings the schema from version i-1 to i.
# Never edit a released step: append a new one.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE articles (
            seq BIGSERIAL PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT COLLATE "C",
            text TEXT NOT NULL,            -- NUL characters dropped (searchable copy)
            record TEXT NOT NULL,          -- Article JSON without "text" (with it when text held NUL)
            added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            tsv TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A')
                || setweight(to_tsvector('english', left(text, 1000000)), 'B')
            ) STORED
        )""",
        "CREATE INDEX articles_outlet ON articles USING hash (outlet)",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
        """CREATE TABLE annotations (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            record TEXT NOT NULL,          -- AnnotatedArticle JSON without "article"
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )""",
        """CREATE TABLE failures (
            seq BIGSERIAL PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,      -- sha256 of (run_id, file, stage, code, reason)
            run_id TEXT NOT NULL,
            file TEXT NOT NULL,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            added_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )""",
        "CREATE INDEX failures_run ON failures USING hash (run_id)",
        """CREATE TABLE stories (
            seq BIGSERIAL PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            brief TEXT,
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )""",
        """CREATE TABLE story_articles (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )""",
    ],
    # 2: stories merged into another leave a redirect (old links keep working)
    ["CREATE TABLE story_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)"],
    # 3: per-outlet statistics of short lines (by hash), for page furniture (clean.furniture)
    [
        "CREATE TABLE outlet_pages (outlet TEXT PRIMARY KEY, pages INTEGER NOT NULL)",
        """CREATE TABLE edge_lines (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,             -- hash of the normalised line
            edge INTEGER NOT NULL,         -- original pages printing it in their head/tail region
            anywhere INTEGER NOT NULL,     -- original pages printing it anywhere
            PRIMARY KEY (outlet, key)
        )""",
        """CREATE TABLE edge_stories (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,
            article_id TEXT NOT NULL,      -- a page counted as one of the line's distinct stories
            PRIMARY KEY (outlet, key, article_id)
        )""",
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
        )""",
        """CREATE TABLE edge_stories (
            outlet TEXT NOT NULL,
            key TEXT NOT NULL,
            n INTEGER NOT NULL,
            article_id TEXT NOT NULL,      -- a page counted as one of the line's distinct stories
            PRIMARY KEY (outlet, key, n)
        )""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)
WRITER_LOCK_KEY = 0x73746F72796C696E  # "storylin": the advisory-lock key of the single writer

# pg_advisory_xact_lock key for migrations ("storylin" as a 63-bit integer)
_MIGRATION_LOCK = 0x73746F72796C696E
_PAGE = 500
_HEADLINE = "StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=1"
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)


def tsquery_parts(query: str) -> list[str]:
    """The required parts of a user query: single words and ``"..."`` phrases, operators dropped.

    The same split as :func:`storyline.store.sqlite.fts_query`; each part becomes a
    bound parameter of ``phraseto_tsquery``, so no input is ever tsquery or SQL syntax.
    """
    parts: list[str] = []
    for phrase, word in _PHRASE_OR_WORD.findall(query):
        words = re.findall(r"\w+", phrase if phrase else word, re.UNICODE)
        if words:
            parts.append(" ".join(words))
    return parts


def _clean(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL: drop it (searchable copies only)."""
    return value.replace("\x00", "") if value is not None and "\x00" in value else value


def _nul_safe(value: str) -> str:
    return value.replace("\x00", "\ufffd")


def _failure_key(run_id: str, f: Failure) -> str:
    payload = json.dumps([run_id, f.file, f.stage, f.code, f.reason], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _import_psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError(Code.E301, "PostgreSQL stores need the psycopg package", hint=INSTALL_HINT) from None
    return psycopg


class PostgresStore(StoreBase):
    """A :class:`~storyline.store.base.Store` in a PostgreSQL database (one connection)."""

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        self.url = url
        pg = _import_psycopg()
        self._errors = pg.errors
        self._psycopg = pg
        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        try:
            extra: dict[str, Any] = {} if "connect_timeout" in conninfo else {"connect_timeout": connect_timeout}
            self._db: psycopg.Connection[Any] = pg.connect(
                conninfo, autocommit=True, application_name="storyline", **extra
            )
        except (pg.Error, ValueError) as exc:
            message = str(exc).replace(url, redact_url(url)).strip().splitlines()
            raise StoreError(
                Code.E301,
                f"cannot open store {redact_url(url)}: {message[0] if message else type(exc).__name__}",
                hint="check the URL, that the server is running and that the user may connect",
            ) from None
        try:
            self._db.execute("SET TIME ZONE 'UTC'")
            self._migrate()
        except StoreError:
            self._db.close()
            raise
        except pg.Error as exc:
            self._db.close()
            raise StoreError(Code.E301, f"cannot prepare store {redact_url(url)}: {exc}") from None

    # ------------------------------------------------------------------ lifecycle

    def _version_or_none(self) -> int | None:
        """The applied schema version, or None when there is no migrations table yet."""
        row = self._db.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return None
        row = self._db.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
        return int(row[0]) if row else 0

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                Code.E302,
                f"store {redact_url(self.url)} has schema version {version}; this program reads up to {SCHEMA_VERSION}",
            )

    def _migrate(self) -> None:
        version = self._version_or_none()
        if version is not None:
            self._refuse_newer(version)
            if version == SCHEMA_VERSION:
                return  # the common case: no lock, no DDL
        while True:
            with self._db.transaction():
                # another program may be migrating the same database: wait for it, then look again
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
                step = self._version_or_none() or 0
                self._refuse_newer(step)
                if step >= SCHEMA_VERSION:
                    return
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (step + 1,))

    def schema_version(self) -> int:
        return self._version_or_none() or 0

    def _acquire_writer(self) -> None:
        """The single-writer lock: a session-level advisory lock (released by the server if the
        connection dies)."""
        self._db.execute("SELECT pg_advisory_lock(%s)", (WRITER_LOCK_KEY,))

    def _release_writer(self) -> None:
        if not self._db.closed:
            self._db.execute("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK_KEY,))

    def close(self) -> None:
        self._db.close()

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self.url)!r})"

    # ------------------------------------------------------------------ articles

    _INSERT_ARTICLE = (
        "INSERT INTO articles (id, url, title, outlet, published, text, record)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING RETURNING seq"
    )

    @staticmethod
    def _article_params(article: Article) -> tuple[str | None, ...]:
        if "\x00" in article.text:
            record = article.model_dump_json()  # keep the exact text in the JSON record
        else:
            record = article.model_dump_json(exclude={"text"})
        return (
            article.id,
            _clean(article.url),
            _clean(article.title),
            _clean(article.outlet),
            _clean(article.published.value),
            _clean(article.text),
            record,
        )

    def _insert_articles(self, cur: psycopg.Cursor[Any], articles: list[Article]) -> list[bool]:
        """Insert in order inside the caller's transaction; True where the row is new."""
        if not articles:
            return []
        cur.executemany(self._INSERT_ARTICLE, [self._article_params(a) for a in articles], returning=True)
        new: list[bool] = []
        while True:
            new.append(cur.fetchone() is not None)
            if not cur.nextset():
                break
        return new

    @staticmethod
    def _count_lines(cur: psycopg.Cursor[Any], pages: list[PageLines]) -> None:
        """Add newly stored pages to their outlets' line statistics (inside the caller's transaction)."""
        if not pages:
            return
        for page in pages:
            outlet = _nul_safe(page.outlet)
            cur.execute(
                "INSERT INTO outlet_pages (outlet, pages) VALUES (%s, 1)"
                " ON CONFLICT (outlet) DO UPDATE SET pages = outlet_pages.pages + 1 RETURNING pages",
                (outlet,),
            )
            got = cur.fetchone()
            assert got is not None  # INSERT ... RETURNING always returns the row
            n = int(got[0])
            lines, stories = page.rows(outlet, n)
            if lines:
                cur.executemany("INSERT INTO edge_pages (outlet, key, n, edge) VALUES (%s, %s, %s, %s)", lines)
            if stories:
                cur.executemany(
                    "INSERT INTO edge_stories (outlet, key, n, article_id) VALUES (%s, %s, %s, %s)", stories
                )

    def add_articles(self, articles: Iterable[Article], lines: Sequence[PageLines] = ()) -> AddResult:
        inserted: list[str] = []
        existing: list[str] = []
        of = {p.article_id: p for p in lines}

        def put(cur: psycopg.Cursor[Any], batch: list[Article]) -> None:
            for a, new in zip(batch, self._insert_articles(cur, batch), strict=True):
                (inserted if new else existing).append(a.id)
                if new and a.id in of:
                    self._count_lines(cur, [of[a.id]])

        with self._db.transaction(), self._db.cursor() as cur:
            # consume the input inside the transaction, in batches (the input may be a stream)
            batch: list[Article] = []
            for article in articles:
                batch.append(article)
                if len(batch) >= _PAGE:
                    put(cur, batch)
                    batch = []
            put(cur, batch)
        return AddResult(inserted=inserted, existing=existing)

    def add_annotated(self, docs: Iterable[AnnotatedArticle], lines: Sequence[PageLines] = ()) -> None:
        of = {p.article_id: p for p in lines}
        with self._db.transaction(), self._db.cursor() as cur:
            for doc in docs:
                if self._insert_articles(cur, [doc.article])[0] and doc.article.id in of:
                    self._count_lines(cur, [of[doc.article.id]])
                cur.execute(
                    "INSERT INTO annotations (article_id, record) VALUES (%s, %s)"
                    " ON CONFLICT (article_id) DO UPDATE SET record = excluded.record, updated_at = now()",
                    (doc.article.id, doc.model_dump_json(exclude={"article"})),
                )

    @staticmethod
    def _article(record: str, text: str) -> Article:
        data = json.loads(record)
        data.setdefault("text", text)
        return Article.model_validate(data)

    def get_article(self, article_id: str) -> Article | None:
        if "\x00" in article_id:
            return None
        row = self._db.execute("SELECT record, text FROM articles WHERE id = %s", (article_id,)).fetchone()
        return self._article(row[0], row[1]) if row else None

    def get_annotated(self, article_id: str) -> AnnotatedArticle | None:
        if "\x00" in article_id:
            return None
        row = self._db.execute(
            "SELECT n.record, a.record, a.text FROM annotations n JOIN articles a ON a.id = n.article_id"
            " WHERE n.article_id = %s",
            (article_id,),
        ).fetchone()
        if not row:
            return None
        data = json.loads(row[0])
        data["article"] = self._article(row[1], row[2])
        return AnnotatedArticle.model_validate(data)

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """All articles (or those with the given ids) in insertion order.

        Read in pages by ``seq`` (no transaction held open between pages), so the
        caller may write to the store while iterating.
        """
        if ids is None:
            last = 0
            while True:
                rows = self._db.execute(
                    "SELECT seq, record, text FROM articles WHERE seq > %s ORDER BY seq LIMIT %s", (last, _PAGE)
                ).fetchall()
                for _, record, text in rows:
                    yield self._article(record, text)
                if len(rows) < _PAGE:
                    return
                last = rows[-1][0]
        wanted = [i for i in dict.fromkeys(ids) if "\x00" not in i]
        found: list[tuple[int, str, str]] = []
        for i in range(0, len(wanted), 5000):
            found.extend(
                self._db.execute(
                    "SELECT seq, record, text FROM articles WHERE id = ANY(%s)", (wanted[i : i + 5000],)
                ).fetchall()
            )
        for _, record, text in sorted(found):
            yield self._article(record, text)

    def count(self) -> int:
        row = self._db.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def edge_lines(self, outlet: str, keys: Sequence[str], window: int) -> tuple[int, dict[str, EdgeLine]]:
        outlet = _nul_safe(outlet)
        row = self._db.execute("SELECT pages FROM outlet_pages WHERE outlet = %s", (outlet,)).fetchone()
        if not row:
            return 0, {}
        pages = int(row[0])
        low = pages - window  # pages numbered above this are the outlet's last ``window``
        wanted = list(dict.fromkeys(keys))
        counts = {
            str(k): (int(e), int(c))
            for k, e, c in self._db.execute(
                "SELECT key, sum(edge), count(*) FROM edge_pages WHERE outlet = %s AND n > %s AND key = ANY(%s)"
                " GROUP BY key",
                (outlet, low, wanted),
            ).fetchall()
        }
        stories: dict[str, list[str]] = {}
        for k, aid in self._db.execute(
            "SELECT key, article_id FROM edge_stories WHERE outlet = %s AND n > %s AND key = ANY(%s) ORDER BY n",
            (outlet, low, wanted),
        ).fetchall():
            stories.setdefault(str(k), []).append(str(aid))
        return min(pages, window), {k: EdgeLine(e, c, tuple(stories.get(k, ()))) for k, (e, c) in counts.items()}

    # ------------------------------------------------------------------ failures

    def add_failures(self, failures: Iterable[Failure], run_id: str) -> None:
        rows = [
            (_failure_key(run_id, f), _nul_safe(run_id), _nul_safe(f.file), _nul_safe(f.stage), _nul_safe(f.code),
             _nul_safe(f.reason))
            for f in failures
        ]  # fmt: skip
        with self._db.transaction(), self._db.cursor() as cur:
            if rows:
                cur.executemany(
                    "INSERT INTO failures (key, run_id, file, stage, code, reason) VALUES (%s, %s, %s, %s, %s, %s)"
                    " ON CONFLICT (key) DO NOTHING",
                    rows,
                )

    def failures(self, run_id: str | None = None) -> list[Failure]:
        sql = "SELECT file, stage, code, reason FROM failures"
        args: tuple[str, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = %s"
            args = (_nul_safe(run_id),)
        rows = self._db.execute(sql + " ORDER BY seq", args).fetchall()
        return [Failure(file=r[0], stage=r[1], code=r[2], reason=r[3]) for r in rows]

    # ------------------------------------------------------------------ stories

    def upsert_story(self, story_id: str, title: str, article_ids: Sequence[str], brief_json: str | None) -> None:
        self.merge_stories(story_id, [], title, article_ids, brief_json)

    def merge_stories(
        self, into: str, merged: Sequence[str], title: str, article_ids: Sequence[str], brief_json: str | None
    ) -> None:
        members = list(dict.fromkeys(article_ids))
        sid = _nul_safe(into)
        gone = [_nul_safe(m) for m in dict.fromkeys(merged) if m != into]
        try:
            with self._db.transaction(), self._db.cursor() as cur:
                cur.execute(
                    "INSERT INTO stories (id, title, brief) VALUES (%s, %s, %s)"
                    " ON CONFLICT (id) DO UPDATE SET title = excluded.title, brief = excluded.brief,"
                    " updated_at = now()",
                    (sid, _nul_safe(title), _nul_safe(brief_json) if brief_json is not None else None),
                )
                cur.execute("DELETE FROM story_articles WHERE story_id = %s", (sid,))
                if members:
                    # an article belongs to one story: move it here
                    cur.execute(
                        "DELETE FROM story_articles WHERE article_id = ANY(%s)", ([_nul_safe(m) for m in members],)
                    )
                    cur.executemany(
                        "INSERT INTO story_articles (story_id, article_id, position) VALUES (%s, %s, %s)",
                        [(sid, _nul_safe(m), position) for position, m in enumerate(members)],
                    )
                for old in gone:
                    cur.execute("DELETE FROM stories WHERE id = %s", (old,))
                    cur.execute("UPDATE story_redirects SET new_id = %s WHERE new_id = %s", (sid, old))
                    cur.execute(
                        "INSERT INTO story_redirects (old_id, new_id) VALUES (%s, %s)"
                        " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
                        (old, sid),
                    )
                if gone:
                    cur.execute("DELETE FROM story_redirects WHERE old_id = %s", (sid,))
        except self._errors.ForeignKeyViolation as exc:
            detail = (exc.diag.message_detail or str(exc)).strip()
            raise StoreError(
                Code.E301,
                f"story {into}: {detail} (an article id is not in the store)",
                hint="add the articles before the story that groups them",
            ) from None

    def resolve_story(self, story_id: str) -> str | None:
        sid = _nul_safe(story_id)
        if self._db.execute("SELECT 1 FROM stories WHERE id = %s", (sid,)).fetchone():
            return story_id
        row = self._db.execute("SELECT new_id FROM story_redirects WHERE old_id = %s", (sid,)).fetchone()
        return str(row[0]) if row else None

    def stories(self) -> list[StoryRow]:
        rows = self._db.execute(
            "SELECT s.id, s.title, s.brief,"
            " coalesce(array_agg(m.article_id ORDER BY m.position) FILTER (WHERE m.article_id IS NOT NULL), '{}')"
            " FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id"
            " GROUP BY s.seq, s.id, s.title, s.brief ORDER BY s.seq"
        ).fetchall()
        return [StoryRow(story_id=r[0], title=r[1], article_ids=list(r[3]), brief_json=r[2]) for r in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self._db.execute(
            "SELECT story_id FROM story_articles WHERE article_id = %s", (_nul_safe(article_id),)
        ).fetchone()
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
        """Full-text search over title + text, best first (``score`` = minus ``ts_rank_cd``; lower is better).

        Same filters as the SQLite store: ``outlet`` matches exactly;
        ``date_from`` / ``date_to`` are inclusive ISO prefixes compared with the
        publication date (``date_to="2016-11"`` keeps all of November); undated
        articles are left out when a date bound is given.  Words are stemmed and
        English stop words ignored (``english`` text-search configuration).
        """
        parts = tsquery_parts(query)
        if not parts or limit <= 0:
            return []
        tsquery = " && ".join(["phraseto_tsquery('english', %s)"] * len(parts))
        args: list[object] = list(parts)
        where = ["a.tsv @@ q.q"]
        if outlet is not None:
            where.append("a.outlet = %s")
            args.append(_clean(outlet))
        if date_from:
            where.append("a.published IS NOT NULL AND a.published >= %s")
            args.append(_clean(date_from))
        if date_to:
            where.append("a.published IS NOT NULL AND left(a.published, length(%s)) <= %s")
            args.extend([_clean(date_to), _clean(date_to)])
        args.append(int(limit))
        sql = (
            f"WITH q AS (SELECT {tsquery} AS q),"
            " hits AS ("
            "  SELECT a.seq, a.id, a.title, a.outlet, a.published, a.text, ts_rank_cd(a.tsv, q.q) AS rank, q.q"
            f"  FROM articles a, q WHERE {' AND '.join(where)}"
            "  ORDER BY rank DESC, a.seq LIMIT %s)"
            " SELECT id, title, outlet, published, rank,"
            f" ts_headline('english', left(text, 100000), q, '{_HEADLINE}'),"
            f" ts_headline('english', coalesce(title, ''), q, '{_HEADLINE}')"
            " FROM hits ORDER BY rank DESC, seq"
        )
        try:
            rows = self._db.execute(sql, args).fetchall()  # type: ignore[arg-type]
        except self._psycopg.Error as exc:  # should not happen with bound parts; never leak it
            raise StoreError(Code.E301, f"search failed for {query!r}: {exc}", hint="simplify the query") from None
        hits: list[SearchHit] = []
        for r in rows:
            text_snip, title_snip = r[5] or "", r[6] or ""
            snippet = text_snip if "[" in text_snip or "[" not in title_snip else title_snip
            hits.append(
                SearchHit(article_id=r[0], title=r[1], outlet=r[2], published=r[3], snippet=snippet, score=-float(r[4]))
            )
        return hits
