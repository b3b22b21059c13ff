"""storyline.store: where articles, annotations, failures and stories are kept.

``open_store(url)`` returns a :class:`Store`: embedded SQLite by default
(``storyline.db`` in the current directory), or PostgreSQL for a
``postgresql://`` / ``postgres://`` URL (needs ``pip install 'storyline[postgres]'``).
Both backends pass the same contract tests (``tests/test_store_contract.py``);
see docs/store.md.
"""

from __future__ import annotations

from storyline.store.base import (
    DEFAULT_DB,
    POSTGRES_SCHEMES,
    AddResult,
    SearchHit,
    Store,
    StoryRow,
    open_store,
    redact_url,
)

__all__ = [
    "DEFAULT_DB",
    "POSTGRES_SCHEMES",
    "AddResult",
    "SearchHit",
    "Store",
    "StoryRow",
    "open_store",
    "redact_url",
]
