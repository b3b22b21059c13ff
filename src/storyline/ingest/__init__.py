"""Ingestion: the only stage that reads files.  Paths in, :class:`RawDocument` records out.

Supported inputs
----------------
``read_paths(paths, options, errors)`` takes files, folders (read recursively, in sorted
order, skipping hidden files and folders such as ``.git``) and ``-`` for standard input.
The kind of a file comes from its extension; a trailing ``.gz`` is decompressed first
(``feed.jsonl.gz``).  A file with no or an unknown extension is sniffed: an RSS/Atom
root makes it a feed, other markup makes it HTML, a JSON value makes it JSON/JSONL,
anything else that decodes as text is plain text.  Standard input is sniffed the same
way; a single document read from it has format ``stdin`` and file ``-``.

==============================  ======================================================================
``.txt`` (or unknown)           one document, ``text`` (line endings normalised to ``\\n``)
``.html`` ``.htm`` ``.xhtml``   one document, ``html`` (broken markup is fine; no visible text is E108)
``.json``                       an object, a list of objects, or an object wrapping one list
                                (``{"articles": [...]}``, also items/data/documents/records/...)
``.jsonl`` ``.ndjson``          one object a line; a bad line is one Failure, the others are read
``.csv`` ``.tsv``               a header row, then one article a row (delimiter , ; tab or |)
``.warc`` ``.warc.gz``          each 2xx HTML or text/plain response/resource record; meta ``url``
                                from WARC-Target-URI and ``crawled`` from WARC-Date (a crawl stamp,
                                never a publication date)
``.xml`` ``.rss`` ``.atom``     RSS 2.0, RSS 1.0 (RDF) or Atom: one document an item; also any file
                                whose root is <rss>, <feed> or <rdf:RDF>
==============================  ======================================================================

Feed items: ``title``; ``link`` (Atom: the alternate link) -> ``url``; ``pubDate`` /
``dc:date`` / Atom ``published``, else ``updated`` -> ``published`` (meta ``date_field`` says
which); ``content:encoded`` / Atom ``content`` -> html, else ``description`` / ``summary``
(meta ``body_field`` says which, so a summary-only feed is visible); ``dc:creator`` /
``author`` -> ``author``; the channel/feed title -> ``outlet``; channel language or
``xml:lang`` -> ``language``.

JSON and CSV field names (case-insensitive; ``_``, ``-``, ``.`` and spaces ignored, so
``publish_date`` = ``publishDate``).  The first non-empty name in each row wins:

- text: ``text|body|content|article`` (also ``maintext``, ``article_text``, ``article_body``, ``full_text``)
- html: ``html|raw_html``
- title: ``title|headline``
- url: ``url|link``
- published: ``published|date|publish_date|pubdate|datetime`` (also ``publishedAt``,
  ``datePublished``, ``date_publish``, ``publication_date``); meta ``date_field`` keeps the name used
- outlet: ``outlet|source|publisher|site|domain`` (also ``site_name``, ``source_domain``)
- author: ``author|byline|authors`` (lists are joined with "; ")
- language: ``language|lang``
- crawled: ``crawled|crawl_date|date_download|downloaded|retrieved`` (never used as publication date)

A value that is an object with a ``name`` (``"source": {"name": "BBC"}``) gives its name.
A record with neither text nor html is a Failure (E105).  Other fields are ignored.
When a record has both text and html, both are set.

What a document carries
-----------------------
``file`` is the path as given plus the path inside a given folder
(``examples/raqqa/000_x.txt``); a record inside a container gets ``#N`` (1-based): the line
for JSONL, the data row for CSV, the element for a JSON list, the item for a feed, the
record for WARC (counting every record).  ``id`` is ``content_id(text or html, url)``: the
same content gives the same id on every run, whatever the file is called.  ``encoding``
is the encoding the bytes were decoded with; meta ``encoding_note`` says when it was a
guess or when invalid bytes were replaced.

Encodings: ``--encoding`` when given (plain files and standard input; WARC records and
feeds follow their own declarations); else a byte-order mark; else UTF-8; else the charset
the document declares (HTTP header, ``<meta charset>``, XML declaration); else mostly-UTF-8
with a few bad bytes replaced (noted); else a charset-normalizer guess (noted); else E104.

Folders: symbolic links are followed unless ``follow_symlinks`` is off; a file or folder
reached twice through links is read once; a link back into a folder being read is E109.

Problems never stop the run: each becomes one one-line :class:`Failure` (stage ``ingest``):
E101 missing or unreadable path, E102 empty, E103 binary/unsupported, E104 undecodable,
E105 malformed record, E106 larger than ``--max-bytes`` (checked before reading; for
WARC it bounds each record), E107 cut-short compressed file (records before it are kept),
E108 HTML without visible text, E109 folder symlink loop or unreadable folder.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from storyline.errors import Code
from storyline.ingest._decode import binary_reason
from storyline.ingest._fields import FIELDS, field_of
from storyline.ingest._formats import (
    EXTENSIONS,
    Item,
    _os_failure,
    failure,
    kind_of,
    parse_bytes,
    parse_decoded,
    read_file,
    sniff,
)
from storyline.options import Options
from storyline.pipeline import ErrorHandler
from storyline.records import Failure, RawDocument

__all__ = ["EXTENSIONS", "FIELDS", "field_of", "kind_of", "read_path_items", "read_paths", "sniff"]

log = logging.getLogger(__name__)

STDIN = "-"


def read_paths(
    paths: Sequence[str],
    options: Options,
    errors: ErrorHandler,
    *,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[RawDocument]:
    """Stream RawDocuments from files, folders and ``-`` (standard input), in a stable order.

    Every problem goes to ``errors.record(Failure(...))`` and reading goes on; nothing is
    read before the caller asks for the next document.
    """
    for item in read_path_items(paths, options, stdin=stdin):
        if isinstance(item, Failure):
            log.info("%s %s: %s", item.code, item.file, item.reason)
            errors.record(item)
        else:
            yield item


def read_path_items(
    paths: Sequence[str], options: Options, *, stdin: TextIO | BinaryIO | None = None
) -> Iterator[RawDocument | Failure]:
    """Like :func:`read_paths`, but yields the Failures in line instead of recording them."""
    if isinstance(paths, str):  # a single path string is a common slip
        paths = [paths]
    walker = _Walker(options)
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin, options)
        else:
            yield from walker.walk(given)


class _Walker:
    """Depth-first walk in name order, remembering real paths to avoid loops and repeats."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.seen_dirs: set[str] = set()
        self.seen_files: set[str] = set()

    def walk(self, given: str) -> Iterator[Item]:
        path = Path(given)
        if not os.path.lexists(path):
            yield failure(given, Code.E101, "path does not exist")
            return
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield _os_failure(given, exc)
            return
        if is_dir:
            yield from self._dir(path, given, frozenset())
        else:
            yield from self._file(path, given)

    def _file(self, path: Path, shown: str) -> Iterator[Item]:
        try:
            real = os.path.realpath(path)
            if not path.exists():
                os.stat(path)  # raises the precise error: broken link, loop, permission
        except FileNotFoundError:
            if os.path.islink(path):
                target = os.readlink(path)
                yield failure(shown, Code.E101, f"broken symbolic link to {target}", hint="fix or remove the link")
            else:
                yield failure(shown, Code.E101, "file vanished while the folder was read")
            return
        except OSError as exc:
            yield _os_failure(shown, exc)
            return
        if real in self.seen_files:
            log.debug("%s: already read through another path", shown)
            return
        self.seen_files.add(real)
        yield from read_file(path, shown, self.options)

    def _dir(self, path: Path, shown: str, ancestors: frozenset[str]) -> Iterator[Item]:
        real = os.path.realpath(path)
        if real in ancestors:
            yield failure(shown, Code.E109, f"folder symlink loop: it leads back to {real}")
            return
        if real in self.seen_dirs:
            log.debug("%s: folder already read through another path", shown)
            return
        self.seen_dirs.add(real)
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            what = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
            yield failure(shown, Code.E109, f"cannot list folder: {what}")
            return
        inner = ancestors | {real}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = os.path.join(shown, entry.name)
            try:
                is_link = entry.is_symlink()
                if is_link and not self.options.follow_symlinks:
                    log.debug("%s: symbolic link not followed (follow_symlinks is off)", child)
                    continue
                is_dir = entry.is_dir()
            except OSError as exc:
                yield _os_failure(child, exc)
                continue
            if is_dir:
                yield from self._dir(Path(entry.path), child, inner)
            else:
                yield from self._file(Path(entry.path), child)


def _read_stdin(stdin: TextIO | BinaryIO | None, options: Options) -> Iterator[Item]:
    stream: IO[str] | IO[bytes] = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream = buffer
    limit = options.max_bytes
    try:
        raw = stream.read(limit + 1)
    except (OSError, ValueError) as exc:
        yield failure(STDIN, Code.E101, f"cannot read standard input: {exc}")
        return
    if len(raw) > limit:
        yield failure(STDIN, Code.E106, f"standard input is more than --max-bytes {limit:,}")
        return
    if not raw or (isinstance(raw, str) and not raw.strip()):
        yield failure(STDIN, Code.E102, "standard input is empty")
        return
    if isinstance(raw, bytes):
        reason = binary_reason(raw[:8192])
        if reason:
            yield failure(STDIN, Code.E103, reason)
            return
        yield from parse_bytes(raw, STDIN, None, options, stdin=True)
    else:
        yield from parse_decoded(raw, STDIN, None, options, None, stdin=True)
