"""The contract every store backend must pass (haystack-style shared suite).

``STORE_URLS`` lists the backends: in-memory SQLite, a SQLite file, and a
PostgreSQL server when ``STORYLINE_TEST_PG`` names one (marked ``postgres``).
A test that needs a *fresh* store takes ``store``; one that reopens a store takes
``reopenable`` (memory stores do not persist and are skipped there).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
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


def store_url(kind: str, tmp_path: Path) -> str:
    if kind == "memory":
        return ":memory:"
    if kind == "file":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG:
        pytest.skip("set STORYLINE_TEST_PG to a PostgreSQL URL to run the postgres contract")
    return PG


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return store_url(request.param, tmp_path)


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

    def test_schema_version(self, store: Store) -> None:
        from storyline.store.sqlite import SCHEMA_VERSION

        assert store.schema_version() == SCHEMA_VERSION >= 1

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
    with pytest.raises(ConfigError) as exc:
        open_store("postgresql://localhost/x")
    assert exc.value.code.value == "E202" and "service extra" in exc.value.message
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


@pytest.mark.slow
def test_sigkill_mid_ingestion_loses_nothing_committed(tmp_path: Path) -> None:
    (tmp_path / "tests_crash_helper.py").write_text(HELPER)
    db = str(tmp_path / "crash.db")
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
