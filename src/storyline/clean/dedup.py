"""Exact and near-duplicate detection (MinHash + LSH, via rensa).

A duplicate points to its original (``Article.duplicate_of``), which is the first
article seen in stream order; chains are flattened so every copy of a syndicated
story points to the same root.  Exact copies are caught by a hash of the
whitespace- and case-normalised text; near copies (syndicated versions with a
changed headline, a dateline, a trimmed paragraph) by the Jaccard similarity of
word 5-gram shingles, estimated with MinHash and verified against the threshold
(``Options.near_duplicate_threshold``, default 0.8).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.options import Options
from storyline.pipeline import ErrorHandler, register
from storyline.records import Article

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5


def normalised(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def shingles(text: str, k: int = SHINGLE) -> list[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


class Deduplicator:
    """Streams articles and sets ``duplicate_of``; keeps state across batches."""

    name = "dedup"
    requires = ("article.text",)
    assigns = ("article.duplicate_of",)

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, seed: int = 1) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        self._exact: dict[str, str] = {}
        self._root: dict[str, str] = {}
        self._hashes: dict[str, Any] = {}
        self._lsh: Any = None
        self._next_key = 0
        self._key_to_id: dict[int, str] = {}

    def warm_up(self) -> None:
        if self._lsh is None:
            from rensa import RMinHashLSH

            bands = 16 if self.num_perm % 16 == 0 else 8
            self._lsh = RMinHashLSH(threshold=self.threshold, num_perm=self.num_perm, num_bands=bands)

    def _minhash(self, text: str) -> Any:
        from rensa import RMinHash

        m = RMinHash(num_perm=self.num_perm, seed=self.seed)
        m.update(shingles(text))
        return m

    def find(self, article: Article) -> str | None:
        """The id of the original this article duplicates, or None (and remember it)."""
        self.warm_up()
        if article.id in self._root:  # the same article again
            root = self._root[article.id]
            return None if root == article.id else root
        digest = hashlib.sha256(normalised(article.text).encode()).hexdigest()
        if digest in self._exact:
            root = self._exact[digest]
            self._root[article.id] = root
            return root
        mh = self._minhash(article.text)
        best: tuple[float, str] | None = None
        for key in self._lsh.query(mh):
            other = self._key_to_id[key]
            sim = mh.jaccard(self._hashes[other])
            if sim >= self.threshold and (best is None or (sim, other) > best):
                best = (sim, other)
        if best is not None:
            root = self._root.get(best[1], best[1])
            self._root[article.id] = root
            self._exact.setdefault(digest, root)
            return root
        self._exact[digest] = article.id
        self._root[article.id] = article.id
        self._hashes[article.id] = mh
        key = self._next_key
        self._next_key += 1
        self._key_to_id[key] = article.id
        self._lsh.insert(key, mh)
        return None

    def pipe(self, items: Iterable[Article], errors: ErrorHandler) -> Iterator[Article]:
        for article in items:
            try:
                original = self.find(article)
            except Exception as exc:  # a bad item must not stop the batch
                errors.fail(article.file, self.name, exc)
                continue
            yield article if original is None else article.model_copy(update={"duplicate_of": original})


@register("dedup", requires=Deduplicator.requires, assigns=Deduplicator.assigns)
def make_dedup(options: Options) -> Deduplicator:
    """Exact and near-duplicate detection; a duplicate points to its original."""
    return Deduplicator(options.near_duplicate_threshold, options.minhash_perm)
