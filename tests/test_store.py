"""Unit tests of the stores' helpers and backend specifics (the shared contract is in test_store_contract.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.store import open_store
from storyline.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore, fts_query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SDF Raqqa", '"SDF" "Raqqa"'),
        ('"Wrath of Euphrates" SDF', '"Wrath of Euphrates" "SDF"'),
        ("title:x AND (y*", '"title" "x" "AND" "y"'),
        ('"', None),
        ("", None),
        ("  -- ^ ( ) ", None),
        ("Ракка café", '"Ракка" "café"'),
    ],
)
def test_fts_query_quotes_everything(query: str, expected: str | None) -> None:
    assert fts_query(query) == expected
    if expected is not None:  # always valid FTS5
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        db.execute("SELECT * FROM t WHERE t MATCH ?", (expected,)).fetchall()


def test_url_forms(tmp_path: Path) -> None:
    for url in (":memory:", "sqlite://", tmp_path / "a.db", str(tmp_path / "b.db"), f"sqlite:///{tmp_path / 'c.db'}"):
        with open_store(url) as s:
            assert isinstance(s, SQLiteStore)
            assert s.count() == 0
    assert (tmp_path / "c.db").is_file()


def test_migrations_are_applied_in_order(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    # reopening applies nothing twice
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION


# ---------------------------------------------------------------------- PostgreSQL backend (no server needed)


@pytest.mark.parametrize(
    ("query", "parts"),
    [
        ("SDF Raqqa", ["SDF", "Raqqa"]),
        ('"Wrath of Euphrates" SDF', ["Wrath of Euphrates", "SDF"]),
        ("title:x & !(y* | z) <-> w", ["title", "x", "y", "z", "w"]),
        ("'; DROP TABLE articles; --", ["DROP", "TABLE", "articles"]),
        ('"', []),
        ("\u0000", []),
        ("Ракка café", ["Ракка", "café"]),
    ],
)
def test_tsquery_parts_drop_all_syntax(query: str, parts: list[str]) -> None:
    from storyline.store.postgres import tsquery_parts

    assert tsquery_parts(query) == parts


def test_redact_url() -> None:
    from storyline.store import redact_url

    assert redact_url("postgresql://u:pw@h:5/db?x=1") == "postgresql://u:***@h:5/db?x=1"
    assert redact_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_postgres_urls_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.store.postgres as pg

    opened: list[str] = []

    class Fake:
        def __init__(self, url: str) -> None:
            opened.append(url)

    monkeypatch.setattr(pg, "PostgresStore", Fake)
    for url in ("postgresql://h/db", "postgres://h/db", " POSTGRESQL://h/db ", "postgresql+psycopg://h/db"):
        assert isinstance(open_store(url), Fake)
    assert opened == ["postgresql://h/db", "postgres://h/db", "POSTGRESQL://h/db", "postgresql+psycopg://h/db"]


def test_postgres_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from storyline.errors import StoreError

    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(StoreError) as exc:
        open_store("postgresql://127.0.0.1:1/x")
    assert exc.value.code.value == "E301" and "storyline[postgres]" in str(exc.value)


# ---------------------------------------------------------------------- PostgreSQL specifics (STORYLINE_TEST_PG)


@pytest.fixture
def pg_url() -> Iterator[str]:
    from test_store_contract import pg_schema_url

    with pg_schema_url() as url:
        yield url


@pytest.mark.postgres
def test_pg_migrations_recorded_and_not_repeated(pg_url: str) -> None:
    from storyline.store.postgres import SCHEMA_VERSION as PG_VERSION
    from storyline.store.postgres import PostgresStore

    with open_store(pg_url) as s:
        assert isinstance(s, PostgresStore) and s.schema_version() == PG_VERSION
    with open_store(pg_url) as s:
        rows = s._db.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [r[0] for r in rows] == list(range(1, PG_VERSION + 1))


@pytest.mark.postgres
def test_pg_concurrent_first_open_migrates_once(pg_url: str) -> None:
    import threading

    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            with open_store(pg_url) as s:
                s.count()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    with open_store(pg_url) as s:
        assert s._db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == s.schema_version()


@pytest.mark.postgres
def test_pg_nul_characters_round_trip(pg_url: str) -> None:
    from storyline.records import Failure
    from test_store_contract import make_article

    a = make_article(1, text="Before\u0000after: the SDF advanced.")
    with open_store(pg_url) as s:
        assert s.add_articles([a]).inserted == [a.id]
        assert s.get_article(a.id) == a
        assert [h.article_id for h in s.search("SDF")] == [a.id]
        assert s.get_article(a.id + "\u0000") is None
        s.add_failures([Failure(file="f\u0000", stage="ingest", code="E103", reason="binary")], run_id="r")
        assert len(s.failures("r")) == 1


@pytest.mark.postgres
def test_pg_search_stems_and_uses_byte_order_dates(pg_url: str) -> None:
    from test_store_contract import make_article

    a = make_article(1, published="2016-11-30", text="The coalition announced new strikes.")
    b = make_article(2, published="2016-12-01", text="Strikes were announced again.")
    with open_store(pg_url) as s:
        s.add_articles([a, b])
        assert {h.article_id for h in s.search("announce strike")} == {a.id, b.id}  # english stemming
        assert [h.article_id for h in s.search("strikes", date_to="2016-11")] == [a.id]
        assert [h.article_id for h in s.search("strikes", date_from="2016-12")] == [b.id]
        assert [h.article_id for h in s.search("strikes", date_from="2016-11-30", date_to="2016-11-30")] == [a.id]
        hits = s.search("coalition")
        assert hits[0].snippet.count("[") == 1 and hits[0].score < 0  # minus rank: lower is better


@pytest.mark.postgres
def test_pg_large_batches_keep_order_across_pages(pg_url: str) -> None:
    from test_store_contract import make_article

    arts = [make_article(n) for n in range(1203)]
    with open_store(pg_url) as s:
        s.add_articles(arts[:10])
        result = s.add_articles(a for a in arts)  # a stream, longer than one insert page
        assert result.existing == [a.id for a in arts[:10]]
        assert result.inserted == [a.id for a in arts[10:]]
        assert [a.id for a in s.articles()] == [a.id for a in arts]  # read back over several pages
        assert [a.id for a in s.articles([arts[900].id, arts[5].id])] == [arts[5].id, arts[900].id]
