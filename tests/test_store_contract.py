"""The contract every store backend must pass (haystack-style shared suite).

``STORE_URLS`` lists the backends: in-memory SQLite, a SQLite file, and a
PostgreSQL server when ``STORYLINE_TEST_PG`` names one (marked ``postgres``).
A test that needs a *fresh* store takes ``store``; one that reopens a store takes
``reopenable`` (memory stores do not persist and are skipped there).

PostgreSQL isolation: every test gets a fresh schema (``storyline_t_<random>``),
selected through the URL (``?options=-csearch_path%3D...``) and dropped afterwards,
so tests never see each other's rows and a rerun starts clean.  Start a server with
``export STORYLINE_TEST_PG="$(bash .ci/start-postgres)"`` (see docs/store.md).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from storyline.errors import ConfigError, StoreError
from storyline.records import AnnotatedArticle, Article, Failure, Mention, PublishedDate, Sentence
from storyline.store import AddResult, SearchHit, Store, StoryRow, open_store

PG = os.environ.get("STORYLINE_TEST_PG")

BACKENDS = [
    pytest.param("memory", id="sqlite-memory"),
    pytest.param("file", id="sqlite-file"),
    pytest.param("postgres", id="postgres", marks=[pytest.mark.postgres]),
]


def make_article(n: int, *, outlet: str = "Outlet A", published: str | None = "2016-11-06", text: str = "") -> Article:
    body = text or f"Article number {n} about the offensive near Raqqa. Fighters advanced {n} km."
    url = f"https://example.org/{n}"
    return Article(
        id=Article.make_id(body, url),
        file=f"in/{n}.txt",
        url=url,
        title=f"Headline {n}",
        outlet=outlet,
        published=PublishedDate(value=published, precision="day" if published else "unknown", method="metadata"),
        text=body,
        contributors=["A. Writer"],
        warnings=["w1"],
    )


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """A URL of the STORYLINE_TEST_PG server whose tables go to a fresh schema, dropped on exit."""
    if not PG:
        pytest.skip("set STORYLINE_TEST_PG to a PostgreSQL URL to run the postgres contract")
    psycopg = pytest.importorskip("psycopg", reason="pip install 'storyline[postgres]' to test PostgreSQL")
    schema = f"storyline_t_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"STORYLINE_TEST_PG is set but the server does not answer: {exc}")
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield PG + ("&" if "?" in PG else "?") + f"options=-csearch_path%3D{schema}"
        finally:
            admin.execute("SET lock_timeout = '20s'")  # never hang on a connection a test left in a transaction
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def store_url(kind: str, tmp_path: Path) -> str:
    if kind == "memory":
        return ":memory:"
    if kind == "file":
        return f"sqlite:///{tmp_path / 'store.db'}"
    raise ValueError(kind)


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "postgres":
        with pg_schema_url() as pg:
            yield pg
    else:
        yield store_url(request.param, tmp_path)


def backend_schema_version(url: str) -> int:
    """The schema version this program writes for the backend behind ``url``."""
    if url.startswith(("postgresql://", "postgres://")):
        from storyline.store.postgres import SCHEMA_VERSION as PG_VERSION

        return PG_VERSION
    from storyline.store.sqlite import SCHEMA_VERSION

    return SCHEMA_VERSION


def set_schema_version(store: Store, version: int) -> None:
    """Pretend a newer program wrote the store (test helper reaching into each backend)."""
    db = store._db  # type: ignore[attr-defined]
    if type(store).__name__ == "PostgresStore":
        db.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
    else:
        db.execute(f"PRAGMA user_version = {int(version)}")


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with open_store(url) as s:
        yield s


@pytest.fixture
def reopenable(url: str) -> str:
    if url == ":memory:":
        pytest.skip("memory stores do not persist")
    return url


class TestStoreContract:
    def test_is_a_store(self, store: Store) -> None:
        assert isinstance(store, Store)

    def test_idempotent_add(self, store: Store) -> None:
        a, b = make_article(1), make_article(2)
        first = store.add_articles([a, b, a])
        assert first == AddResult(inserted=[a.id, b.id], existing=[a.id])
        second = store.add_articles([b, a])
        assert second.inserted == [] and second.existing == [b.id, a.id]
        assert store.count() == 2

    def test_round_trip_equality(self, store: Store) -> None:
        a = make_article(3, published=None)
        store.add_articles([a])
        assert store.get_article(a.id) == a
        assert store.get_article("nope") is None

    def test_insertion_order(self, store: Store) -> None:
        arts = [make_article(n) for n in (5, 1, 9, 3)]
        store.add_articles(arts[:2])
        store.add_articles(arts[2:])
        assert [x.id for x in store.articles()] == [x.id for x in arts]
        subset = [arts[3].id, arts[0].id, "missing"]
        assert [x.id for x in store.articles(subset)] == [arts[0].id, arts[3].id]

    def test_annotated_round_trip_and_replace(self, store: Store) -> None:
        a = make_article(4)
        doc = AnnotatedArticle(
            article=a,
            sentences=[Sentence(index=0, start=0, end=10, text=a.text[:10])],
            mentions=[Mention(article=a.id, sentence=0, start=0, end=7, text="Article", label="ORG")],
        )
        store.add_annotated([doc])  # stores the article too
        assert store.get_article(a.id) == a
        assert store.get_annotated(a.id) == doc
        doc2 = AnnotatedArticle(article=a)
        store.add_annotated([doc2])
        assert store.get_annotated(a.id) == doc2
        assert store.count() == 1
        assert store.get_annotated("nope") is None

    def test_failures_by_run(self, store: Store) -> None:
        f1 = Failure(file="a.txt", stage="ingest", code="E102", reason="empty")
        f2 = Failure(file="b.bin", stage="ingest", code="E103", reason="binary")
        store.add_failures([f1, f2], run_id="r1")
        store.add_failures([f1], run_id="r1")  # idempotent within a run
        store.add_failures([f2], run_id="r2")
        assert store.failures("r1") == [f1, f2]
        assert store.failures("r2") == [f2]
        assert store.failures() == [f1, f2, f2]
        assert store.failures("none") == []

    def test_stories(self, store: Store) -> None:
        arts = [make_article(n) for n in range(1, 5)]
        store.add_articles(arts)
        store.upsert_story("s1", "Raqqa", [arts[0].id, arts[1].id], None)
        store.upsert_story("s2", "Mosul", [arts[2].id], '{"title": "Mosul"}')
        assert store.story_of(arts[0].id) == "s1"
        assert store.story_of(arts[3].id) is None
        # replace s1: new title, members, and move an article from s2
        store.upsert_story("s1", "Raqqa offensive", [arts[1].id, arts[2].id], '{"x": 1}')
        assert store.stories() == [
            StoryRow("s1", "Raqqa offensive", [arts[1].id, arts[2].id], '{"x": 1}'),
            StoryRow("s2", "Mosul", [], '{"title": "Mosul"}'),
        ]
        assert store.story_of(arts[0].id) is None
        assert store.story_of(arts[2].id) == "s1"

    def test_story_with_unknown_article_is_refused_whole(self, store: Store) -> None:
        a = make_article(1)
        store.add_articles([a])
        with pytest.raises(StoreError):
            store.upsert_story("s1", "t", [a.id, "missing"], None)
        assert store.stories() == []
        assert store.story_of(a.id) is None

    def test_search(self, store: Store) -> None:
        a = make_article(1, outlet="CNN", published="2016-11-06", text="The SDF announced the Wrath of Euphrates.")
        b = make_article(2, outlet="RT", published="2017-06-06", text="Coalition jets struck Raqqa; the SDF entered.")
        c = make_article(3, outlet="RT", published=None, text="Nothing about it at all.")
        store.add_articles([a, b, c])
        hits = store.search("SDF")
        assert {h.article_id for h in hits} == {a.id, b.id}
        assert all(isinstance(h, SearchHit) and "[" in h.snippet for h in hits)
        assert [h.article_id for h in store.search("sdf", outlet="RT")] == [b.id]
        assert [h.article_id for h in store.search("SDF", date_from="2017")] == [b.id]
        assert [h.article_id for h in store.search("SDF", date_to="2016-11")] == [a.id]
        assert [h.article_id for h in store.search('"Wrath of Euphrates"')] == [a.id]
        assert store.search("euphrates wrath")[0].article_id == a.id
        assert store.search("SDF", limit=1)[0].article_id in {a.id, b.id}
        assert store.search("") == []

    @pytest.mark.parametrize(
        "query", ['"', "AND", "OR NOT", "(", "SDF)", "title:x", "a*", "NEAR(a b)", "^x", '"unclosed', "-", "\u0000"]
    )
    def test_search_never_raises_on_syntax(self, store: Store, query: str) -> None:
        store.add_articles([make_article(1)])
        assert isinstance(store.search(query), list)

    def test_schema_version(self, store: Store, url: str) -> None:
        assert store.schema_version() == backend_schema_version(url) >= 1

    def test_newer_schema_is_refused(self, reopenable: str) -> None:
        with open_store(reopenable) as s:
            set_schema_version(s, 999)
        with pytest.raises(StoreError) as exc:
            open_store(reopenable)
        assert exc.value.code.value == "E302"

    def test_reader_not_blocked_by_open_write(self, reopenable: str) -> None:
        """A writer's transaction is open mid-batch; a reader on another connection counts without waiting."""
        first = [make_article(n) for n in range(3)]
        batch = [make_article(n) for n in range(3, 8)]
        seen: dict[str, object] = {}

        def read() -> None:  # its own connection (and thread: SQLite connections are per thread)
            started = time.monotonic()
            with open_store(reopenable) as reader:
                seen["count"] = reader.count()
                seen["ids"] = [a.id for a in reader.articles()]
            seen["seconds"] = time.monotonic() - started

        def stream() -> Iterator[Article]:
            yield from batch[:3]
            # the writer's transaction now holds uncommitted rows
            t = threading.Thread(target=read, daemon=True)
            t.start()
            t.join(timeout=10)
            seen["blocked"] = t.is_alive()
            yield from batch[3:]

        with open_store(reopenable) as writer:
            writer.add_articles(first)
            result = writer.add_articles(stream())
            assert result.inserted == [a.id for a in batch]
            assert seen["blocked"] is False, "the reader waited for the writer"
            assert seen["count"] == 3 and seen["ids"] == [a.id for a in first]  # only what was committed
            assert writer.count() == 8

    def test_reopen_persists(self, reopenable: str) -> None:
        arts = [make_article(n) for n in range(3)]
        with open_store(reopenable) as s:
            s.add_articles(arts)
            s.upsert_story("s", "t", [arts[0].id], None)
            s.add_failures([Failure(file="f", stage="s", code="E101", reason="r")], run_id="r")
        with open_store(reopenable) as s:
            assert list(s.articles()) == arts
            assert s.story_of(arts[0].id) == "s"
            assert len(s.failures("r")) == 1
            assert s.add_articles(arts).inserted == []


# ---------------------------------------------------------------------- SQLite specifics


def test_default_path_is_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as s:
        s.add_articles([make_article(1)])
    assert (tmp_path / "storyline.db").is_file()
    with open_store(tmp_path / "storyline.db") as s:
        assert s.count() == 1


def test_wal_mode_and_reader_not_blocked(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    with open_store(path) as writer, open_store(path) as reader:
        assert writer._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # type: ignore[attr-defined]
        writer.add_articles([make_article(1)])
        writer._db.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        writer._db.execute(  # type: ignore[attr-defined]
            "INSERT INTO failures (run_id, file, stage, code, reason, added_at) VALUES ('r','f','s','c','r','t')"
        )
        assert reader.count() == 1  # a reader is not blocked by an open write transaction
        writer._db.execute("COMMIT")  # type: ignore[attr-defined]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path) as s:
        s._db.execute("PRAGMA user_version = 999")  # type: ignore[attr-defined]
    with pytest.raises(StoreError) as exc:
        open_store(path)
    assert exc.value.code.value == "E302"


def test_postgres_and_unknown_urls() -> None:
    # postgresql:// goes to the PostgreSQL backend: nothing listens on port 1, so E301 (or the install hint)
    with pytest.raises(StoreError) as exc:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/x?connect_timeout=2")
    assert exc.value.code.value == "E301" and "s3cret" not in str(exc.value)
    with pytest.raises(ConfigError):
        open_store("mysql://x")


def test_missing_folder_is_e301(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as exc:
        open_store(tmp_path / "no" / "such" / "x.db")
    assert exc.value.code.value == "E301"


def test_not_a_database_is_e301(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as exc:
        open_store(bad)
    assert exc.value.code.value == "E301"


# ---------------------------------------------------------------------- crash safety

CHILD = textwrap.dedent(
    """
    import sys
    sys.path[:0] = {paths!r}
    from tests_crash_helper import batches
    from storyline.store import open_store
    with open_store({db!r}) as store:
        for i, batch in enumerate(batches()):
            store.add_articles(batch)
            print(i, flush=True)
    """
)

HELPER = textwrap.dedent(
    """
    from storyline.records import Article
    BATCH, N = 50, 120
    def batches():
        for b in range(N):
            out = []
            for k in range(BATCH):
                n = b * BATCH + k
                text = f"Crash test article {n}. " + "word " * 200
                out.append(Article(id=Article.make_id(text, None), file=f"{n}.txt", text=text))
            yield out
    """
)


@pytest.fixture(params=[pytest.param("file", id="sqlite-file"), BACKENDS[2]])
def crash_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "postgres":
        with pg_schema_url() as pg:
            yield pg
    else:
        yield str(tmp_path / "crash.db")


@pytest.mark.slow
def test_sigkill_mid_ingestion_loses_nothing_committed(tmp_path: Path, crash_url: str) -> None:
    (tmp_path / "tests_crash_helper.py").write_text(HELPER)
    db = crash_url
    src = str(Path(__file__).resolve().parents[1] / "src")
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(paths=[str(tmp_path), src], db=db))

    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    printed = -1
    deadline = time.monotonic() + 60
    while printed < 20 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        printed = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert printed >= 20, "child did not get far enough"
    assert proc.returncode == -signal.SIGKILL

    sys.path.insert(0, str(tmp_path))
    try:
        from tests_crash_helper import BATCH, N, batches  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
    expected = [a.id for b in batches() for a in b]
    with open_store(db) as s:
        stored = [a.id for a in s.articles()]
    # every batch acknowledged before the kill is there, exactly once, in order; nothing partial
    assert len(stored) % BATCH == 0
    assert len(stored) >= (printed + 1) * BATCH
    assert len(stored) < N * BATCH, "the kill came too late to test anything"
    assert stored == expected[: len(stored)]
    print(f"crash test: {printed + 1} batches acknowledged before SIGKILL, {len(stored) // BATCH} found on reopen")

    # a rerun of the same input completes the store, every article exactly once
    rerun = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db) as s:
        assert [a.id for a in s.articles()] == expected
        assert s.count() == N * BATCH


def test_writer_lock_is_exclusive_across_store_objects_and_reentrant(reopenable: str) -> None:
    """Two store objects on one store (two processes, in production) take turns as writer."""
    import threading
    import time

    order: list[str] = []
    with open_store(reopenable) as first, open_store(reopenable) as second:
        entered = threading.Event()

        def other() -> None:
            entered.set()
            with second.writing():
                order.append("second")

        with first.writing(), first.writing():  # re-entrant
            t = threading.Thread(target=other)
            t.start()
            entered.wait(5)
            time.sleep(0.3)  # the other writer is waiting now
            order.append("first")
        t.join(10)
        assert order == ["first", "second"]
        with first.writing():  # released by both
            pass


def test_merge_stories_moves_members_and_leaves_redirects(store: Store) -> None:
    arts = [make_article(i) for i in range(5)]
    store.add_articles(arts)
    ids = [a.id for a in arts]
    store.upsert_story("A", "a", ids[:2], "{}")
    store.upsert_story("B", "b", ids[2:4], "{}")
    store.upsert_story("C", "c", ids[4:], "{}")
    store.merge_stories("B", ["A"], "a+b", ids[:4], '{"x": 1}')
    rows = {r.story_id: r for r in store.stories()}
    assert set(rows) == {"B", "C"}
    assert rows["B"].article_ids == ids[:4] and rows["B"].title == "a+b" and rows["B"].brief_json == '{"x": 1}'
    assert store.story_of(ids[0]) == "B"
    assert (store.resolve_story("A"), store.resolve_story("B"), store.resolve_story("nope")) == ("B", "B", None)
    # a chain: B then goes into C; links to A and B both land on C
    store.merge_stories("C", ["B"], "all", ids, None)
    assert [r.story_id for r in store.stories()] == ["C"]
    assert (store.resolve_story("A"), store.resolve_story("B"), store.resolve_story("C")) == ("C", "C", "C")
    # merging is idempotent and a story merged into itself stays
    store.merge_stories("C", ["C", "B"], "all", ids, None)
    assert [r.story_id for r in store.stories()] == ["C"] and store.resolve_story("C") == "C"
