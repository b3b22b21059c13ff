"""storyline.store: where articles, annotations, failures and stories are kept.

``open_store(url)`` returns a :class:`Store`: embedded SQLite by default
(``storyline.db`` in the current directory), PostgreSQL later behind the same
protocol.
"""

from storyline.store.base import DEFAULT_DB, AddResult, SearchHit, Store, StoryRow, open_store

__all__ = ["DEFAULT_DB", "AddResult", "SearchHit", "Store", "StoryRow", "open_store"]
