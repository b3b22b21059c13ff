"""Field names of JSON objects and CSV columns, mapped to RawDocument parts.

Names are compared case-insensitively with ``_``, ``-``, spaces and dots ignored, so
``publish_date``, ``Publish-Date`` and ``publishDate`` are one name.  When several
names of one field are present, the first non-empty in the order below wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# field -> accepted names (normalised), in order of preference
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "articletext", "articlebody", "fulltext"),
    "html": ("html", "rawhtml"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": (
        "published",
        "date",
        "publishdate",
        "pubdate",
        "datetime",
        "publishedat",
        "datepublished",
        "datepublish",
        "publicationdate",
    ),
    "outlet": ("outlet", "source", "publisher", "site", "domain", "sitename", "sourcedomain"),
    "author": ("author", "byline", "authors"),
    "language": ("language", "lang"),
    "crawled": ("crawled", "crawldate", "datedownload", "downloaded", "retrieved"),
}

# the names a user sees in docs and error messages (the original spelling of the brief)
DOC_NAMES: dict[str, str] = {
    "text": "text|body|content|article (also maintext, article_text, article_body, full_text)",
    "html": "html|raw_html",
    "title": "title|headline",
    "url": "url|link",
    "published": "published|date|publish_date|pubdate|datetime (also publishedAt, datePublished, date_publish)",
    "outlet": "outlet|source|publisher|site|domain (also site_name, source_domain)",
    "author": "author|byline|authors",
    "language": "language|lang",
    "crawled": "crawled|crawl_date|date_download|downloaded|retrieved",
}

# keys of a JSON object that wraps a list of articles ({"articles": [...]})
WRAPPER_KEYS = ("articles", "items", "data", "documents", "docs", "records", "results", "entries", "posts", "hits")

_NORMALISE = re.compile(r"[\s_\-.]+")
_LOOKUP: dict[str, str] = {name: fld for fld, names in FIELDS.items() for name in names}
_RANK: dict[str, int] = {name: i for names in FIELDS.values() for i, name in enumerate(names)}


def normalise_name(name: str) -> str:
    return _NORMALISE.sub("", name.strip().lower())


def field_of(name: str) -> str | None:
    """The RawDocument field a JSON key / CSV column name feeds, or None."""
    return _LOOKUP.get(normalise_name(name))


def as_text(value: Any, *, joiner: str = "; ") -> str | None:
    """A JSON value as one string: lists joined, {"name": ...} objects by their name."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "value", "text", "url", "href"):
            if key in value:
                return as_text(value[key], joiner=joiner)
        return None
    if isinstance(value, list | tuple):
        parts = [t for t in (as_text(v, joiner=joiner) for v in value) if t]
        return joiner.join(parts) if parts else None
    return None


@dataclass
class Mapped:
    """What a record (JSON object / CSV row) says, by field."""

    text: str | None = None
    html: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    date_field: str | None = None  # the original name the publication date came from


def map_record(record: Mapping[str, Any]) -> Mapped:
    """Pick text, html and meta out of one record by the names in :data:`FIELDS`."""
    chosen: dict[str, tuple[int, str, str]] = {}  # field -> (rank, original key, value)
    for key, value in record.items():
        if not isinstance(key, str):
            continue
        name = normalise_name(key)
        fld = _LOOKUP.get(name)
        if fld is None:
            continue
        joiner = "\n\n" if fld == "text" else "; "
        text = as_text(value, joiner=joiner)
        if text is None:
            continue
        rank = _RANK[name]
        if fld not in chosen or rank < chosen[fld][0]:
            chosen[fld] = (rank, key, text)
    out = Mapped()
    for fld, (_, key, text) in chosen.items():
        if fld == "text":
            out.text = text
        elif fld == "html":
            out.html = text
        else:
            out.meta[fld] = text.strip()
            if fld == "published":
                out.date_field = key
    return out


def fields_help() -> str:
    return "; ".join(f"{fld}: {names}" for fld, names in DOC_NAMES.items())
