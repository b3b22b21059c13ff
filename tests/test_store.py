"""Unit tests of the SQLite store's helpers (the backend contract is in test_store_contract.py)."""

from __future__ import annotations

import sqlite3
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
