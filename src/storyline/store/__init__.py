"""storyline.store: where articles, annotations, failures and stories are kept.

``open_store(url)`` returns a :class:`Store`: embedded SQLite by default
(``storyline.db`` in the current directory), or PostgreSQL for a
``postgresql://`` / ``postgres://`` URL (needs ``pip install 'storyline[postgres]'``).
Both backends pass the same contract tests (``tests/test_store_contract.py``);
see docs/store.md.
"""

from __future__ import annotations

from pathlib import Path

from storyline.store import base as _base
from storyline.store.base import DEFAULT_DB, AddResult, SearchHit, Store, StoryRow

__all__ = ["DEFAULT_DB", "POSTGRES_SCHEMES", "AddResult", "SearchHit", "Store", "StoryRow", "open_store"]

POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def open_store(url: str | Path | None = None) -> Store:
    """Open (creating if needed) the store at ``url``.

    * ``None`` -> ``storyline.db`` in the current directory;
    * a path, or ``sqlite:///path`` -> that SQLite file;
    * ``":memory:"`` (or ``sqlite://``) -> a private in-memory store (tests);
    * ``postgresql://user[:password]@host[:port]/dbname[?options]`` (or ``postgres://``)
      -> a :class:`~storyline.store.postgres.PostgresStore` (psycopg 3 is imported
      only then; without it: E301 with the install hint).
    """
    if isinstance(url, str):
        text = url.strip()
        scheme = text.split("://", 1)[0].lower() if "://" in text else ""
        if scheme in POSTGRES_SCHEMES:
            from storyline.store.postgres import PostgresStore

            return PostgresStore(text)
    return _base.open_store(url)
