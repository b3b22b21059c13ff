"""Format readers.  Each turns one input into a stream of RawDocument | Failure.

Readers never raise for bad input: every problem is yielded as a :class:`Failure`
with an E1xx code, and reading goes on with the next record.  Only
:func:`read_file` and :func:`read_warc` touch the file system.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from storyline.errors import HINTS, Code
from storyline.ingest._decode import Decoded, DecodeError, binary_reason, declared_charset, decode, http_charset
from storyline.ingest._fields import WRAPPER_KEYS, Mapped, map_record
from storyline.options import Options
from storyline.records import Failure, RawDocument, content_id

log = logging.getLogger(__name__)

Item = RawDocument | Failure

STAGE = "ingest"
_CHUNK = 1 << 20

# extension -> reader kind; a trailing .gz is stripped first (except .warc.gz)
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".warc": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}

_NS_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_NS_DC = "http://purl.org/dc/elements/1.1/"
_NS_ATOM = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_NS_RSS1 = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")
_XML_NS = "{http://www.w3.org/XML/1998/namespace}lang"

_FIRST_TAG = re.compile(r"<([A-Za-z_][\w:.\-]*)")
_SKIP_PROLOGUE = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<![^>]*>)*", re.S)
_HTML_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>|</[a-zA-Z][a-zA-Z0-9]*\s*>|&(?:[a-z]+|#\d+);")
_XML_DECL_STR = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)


# --------------------------------------------------------------------------- helpers


def failure(file: str, code: Code, what: str, *, hint: str | None = None) -> Failure:
    """A one-line Failure: what went wrong, then what to do (the code's hint unless given)."""
    hint = HINTS.get(code, "") if hint is None else hint
    reason = " ".join(f"{what}; {hint}".split()) if hint else " ".join(what.split())
    return Failure(file=file, stage=STAGE, code=code.value, reason=reason)


def kind_of(name: str) -> tuple[str | None, bool]:
    """(reader kind or None when unknown, gzip-compressed?) from a file name."""
    low = name.lower()
    if low.endswith(".warc.gz") or low.endswith(".warc"):
        return "warc", low.endswith(".gz")
    gz = False
    if low.endswith(".gz"):
        gz, low = True, low[:-3]
    return EXTENSIONS.get(os.path.splitext(low)[1]), gz


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_doc(
    file: str,
    fmt: str,
    *,
    text: str | None = None,
    html: str | None = None,
    meta: Mapping[str, str] | None = None,
    encoding: str | None = None,
) -> RawDocument:
    """A RawDocument whose id hangs on its content and URL only (not on the file name)."""
    meta = dict(meta or {})
    if text is not None:
        text = normalise_newlines(text)
    body = text if text is not None else html
    return RawDocument(
        id=content_id(body or "", meta.get("url", "")),
        file=file,
        format=fmt,
        text=text,
        html=html,
        meta=meta,
        encoding=encoding,
    )


def html_has_text(html: str) -> bool:
    """Whether an HTML string holds any visible text (lxml is forgiving of broken markup)."""
    import lxml.html
    from lxml import etree

    source = _XML_DECL_STR.sub("", html, count=1)
    if not source.strip():
        return False
    try:
        doc = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return False
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return bool(doc.text_content().strip())


def sniff(text: str) -> str:
    """The kind of a text of unknown type: feed, html, json, jsonl or txt."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        rest = _SKIP_PROLOGUE.sub("", head, count=1)
        m = _FIRST_TAG.match(rest)
        if m:
            tag = m.group(1)
            local = tag.split(":")[-1]
            if local in ("rss", "feed") or tag in ("rdf:RDF", "RDF"):
                return "feed"
            return "html"  # HTML, or other markup whose text lxml.html can still read
        if head[:15].lower().startswith("<!doctype html"):
            return "html"
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            first = next((ln for ln in text.splitlines() if ln.strip()), "")
            try:
                if isinstance(json.loads(first), dict):
                    return "jsonl"
            except ValueError:
                pass
    return "txt"


def _decode(data: bytes, file: str, options: Options, *, declared: str | None = None) -> Decoded | Failure:
    try:
        return decode(data, forced=options.encoding, declared=declared)
    except DecodeError as exc:
        return failure(file, Code.E104, f"cannot decode text: {exc}")


def _with_note(meta: dict[str, str], decoded: Decoded) -> dict[str, str]:
    if decoded.note:
        meta["encoding_note"] = decoded.note
    return meta


# --------------------------------------------------------------------------- single documents


def parse_text(text: str, file: str, fmt: str, decoded: Decoded | None) -> Iterator[Item]:
    if not text.strip():
        yield failure(file, Code.E102, "file holds only white space")
        return
    meta = _with_note({}, decoded) if decoded else {}
    yield make_doc(file, fmt, text=text, meta=meta, encoding=decoded.encoding if decoded else None)


def parse_html(text: str, file: str, fmt: str, decoded: Decoded | None) -> Iterator[Item]:
    if not text.strip():
        yield failure(file, Code.E102, "file holds only white space")
        return
    if not html_has_text(text):
        yield failure(file, Code.E108, "HTML without any visible text")
        return
    meta = _with_note({}, decoded) if decoded else {}
    yield make_doc(file, fmt, html=text, meta=meta, encoding=decoded.encoding if decoded else None)


# --------------------------------------------------------------------------- records (JSON, JSONL, CSV)


def _from_mapped(mapped: Mapped, file: str, fmt: str, encoding: str | None, note: str | None) -> Item:
    meta = dict(mapped.meta)
    if mapped.date_field and mapped.date_field.lower() != "published":
        meta["date_field"] = mapped.date_field
    if note:
        meta["encoding_note"] = note
    if mapped.text is None and mapped.html is None:
        return failure(file, Code.E105, "record has no article text: give it a text or html field")
    if mapped.text is None and mapped.html is not None and not html_has_text(mapped.html):
        return failure(file, Code.E108, "record's html holds no visible text")
    return make_doc(file, fmt, text=mapped.text, html=mapped.html, meta=meta, encoding=encoding)


def _record(obj: Any, file: str, fmt: str, decoded: Decoded | None) -> Item:
    if not isinstance(obj, dict):
        return failure(file, Code.E105, f"expected a JSON object, found {type(obj).__name__}")
    mapped = map_record(obj)
    if mapped.text is None and mapped.html is None:
        keys = ", ".join(list(map(str, obj))[:12]) or "none"
        return failure(
            file,
            Code.E105,
            f"record has no article text (its fields: {keys})",
            hint="name the article text field text, body, content or article; the other records were read",
        )
    return _from_mapped(mapped, file, fmt, decoded.encoding if decoded else None, decoded.note if decoded else None)


def _unwrap(obj: Any) -> Any:
    """{"articles": [...]} -> [...] when the object itself is not an article."""
    if not isinstance(obj, dict):
        return obj
    mapped = map_record(obj)
    if mapped.text is not None or mapped.html is not None:
        return obj
    for key in WRAPPER_KEYS:
        for k, v in obj.items():
            if isinstance(k, str) and k.lower() == key and isinstance(v, list):
                return v
    lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    return lists[0] if len(lists) == 1 else obj


def parse_json(text: str, file: str, fmt: str, decoded: Decoded | None) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except ValueError as exc:
        yield failure(file, Code.E105, f"not valid JSON ({exc}); for one object a line name the file .jsonl")
        return
    obj = _unwrap(obj)
    if isinstance(obj, list):
        if not obj:
            yield failure(file, Code.E102, "JSON list is empty")
        for n, element in enumerate(obj, 1):
            yield _record(element, f"{file}#{n}", fmt, decoded)
    else:
        yield _record(obj, file, fmt, decoded)


def parse_jsonl(text: str, file: str, fmt: str, decoded: Decoded | None) -> Iterator[Item]:
    """One JSON object a line; ``#N`` is the line number (1-based), blank lines are skipped."""
    seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        where = f"{file}#{n}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield failure(where, Code.E105, f"line {n} is not valid JSON ({exc})")
            continue
        yield _record(obj, where, fmt, decoded)
    if not seen:
        yield failure(file, Code.E102, "file holds only blank lines")


def _delimiter(header: str, file: str) -> str:
    if file.lower().split("#")[0].removesuffix(".gz").endswith(".tsv"):
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(text: str, file: str, fmt: str, decoded: Decoded | None) -> Iterator[Item]:
    """A header row, then one article a row; ``#N`` is the data row (1-based, header not counted)."""
    first_line = text.split("\n", 1)[0]
    delim = _delimiter(first_line, file)
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        yield failure(file, Code.E102, "CSV file has no header row")
        return
    except csv.Error as exc:
        yield failure(file, Code.E105, f"CSV header cannot be read ({exc})")
        return
    names = [h.strip() for h in header]
    probe = map_record(dict.fromkeys(names, "x"))
    if probe.text is None and probe.html is None:
        shown = ", ".join(names[:12])
        yield failure(
            file,
            Code.E105,
            f"CSV has no article text column (columns: {shown})",
            hint="name the article text column text, body, content or article (see storyline.ingest)",
        )
        return
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield failure(f"{file}#{n + 1}", Code.E105, f"CSV row {n + 1} cannot be read ({exc}); reading stopped here")
            return
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        where = f"{file}#{n}"
        if len(row) > len(names):
            yield failure(where, Code.E105, f"CSV row {n} has {len(row)} fields, the header has {len(names)}")
            continue
        record = dict(zip(names, row, strict=False))
        mapped = map_record(record)
        if mapped.text is None and mapped.html is None:
            yield failure(where, Code.E105, f"CSV row {n} has an empty text cell")
            continue
        yield _from_mapped(mapped, where, fmt, decoded.encoding if decoded else None, decoded.note if decoded else None)
    if n == 0:
        yield failure(file, Code.E102, "CSV file has a header but no rows")


# --------------------------------------------------------------------------- feeds (RSS 2.0, RSS 1.0/RDF, Atom)


def _local(el: Any) -> tuple[str | None, str]:
    from lxml import etree

    if not isinstance(el.tag, str):
        return None, ""
    q = etree.QName(el)
    return q.namespace, q.localname


def _children(el: Any, local: str, ns: tuple[str | None, ...]) -> list[Any]:
    return [c for c in el if _local(c)[1] == local and _local(c)[0] in ns]


def _first(el: Any, local: str, ns: tuple[str | None, ...]) -> Any | None:
    found = _children(el, local, ns)
    return found[0] if found else None


def _text_of(el: Any | None) -> str | None:
    if el is None:
        return None
    text = " ".join("".join(el.itertext()).split())
    return text or None


def _looks_html(s: str) -> bool:
    return bool(_HTML_TAG.search(s))


def _atom_body(el: Any) -> tuple[str | None, str | None]:
    """(text, html) of an Atom content/summary element by its type attribute."""
    from lxml import etree

    kind = (el.get("type") or "text").lower()
    if kind == "xhtml":
        parts = [el.text or ""] + [etree.tostring(c, encoding="unicode", with_tail=True) for c in el]
        html = "".join(parts).strip()
        return None, html or None
    raw = "".join(el.itertext()).strip()
    if not raw:
        return None, None
    if "html" in kind:
        return None, raw
    return raw, None


def parse_feed(data: bytes, file: str, options: Options) -> Iterator[Item]:
    """RSS 2.0 / RSS 1.0 (RDF) / Atom: one RawDocument an item, ``#N`` 1-based by item."""
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        yield failure(file, Code.E105, f"feed XML cannot be parsed ({exc})")
        return
    if root is None:
        yield failure(file, Code.E105, "feed XML cannot be parsed (no root element)")
        return
    ns, local = _local(root)
    encoding = root.getroottree().docinfo.encoding
    if local == "feed" and ns in (*_NS_ATOM, None):
        fmt = "atom"
        atom = (ns,)
        channel = root
        items = _children(root, "entry", atom)
        outlet = _text_of(_first(root, "title", atom))
        language = root.get(_XML_NS)
    elif local == "rss":
        fmt = "rss"
        channel = _first(root, "channel", (None,))
        if channel is None:
            yield failure(file, Code.E105, "RSS feed without a <channel>")
            return
        items = _children(channel, "item", (None,))
        outlet = _text_of(_first(channel, "title", (None,)))
        language = _text_of(_first(channel, "language", (None,))) or _text_of(_first(channel, "language", (_NS_DC,)))
    elif local == "RDF":
        fmt = "rss"
        channel = next((c for c in root if _local(c)[1] == "channel"), root)
        items = [c for c in root if _local(c)[1] == "item"]
        outlet = _text_of(next((c for c in channel if _local(c)[1] == "title"), None))
        language = _text_of(next((c for c in channel if _local(c)[1] == "language"), None))
    else:
        yield failure(file, Code.E103, f"XML whose root is <{local}>, not an RSS or Atom feed")
        return
    if not items:
        yield failure(file, Code.E102, "feed has no items")
        return
    for n, item in enumerate(items, 1):
        where = f"{file}#{n}"
        if fmt == "atom":
            yield _atom_entry(item, where, atom, outlet, language, encoding)
        else:
            yield _rss_item(item, where, outlet, language, encoding)


def _rss_item(item: Any, file: str, outlet: str | None, language: str | None, encoding: str | None) -> Item:
    any_ns: tuple[str | None, ...] = (None, *_NS_RSS1)
    meta: dict[str, str] = {}
    title = _text_of(_first(item, "title", any_ns))
    link = _text_of(_first(item, "link", any_ns))
    if link is None:
        guid = _first(item, "guid", (None,))
        if guid is not None and (guid.get("isPermaLink") or "true").lower() == "true":
            link = _text_of(guid)
        if link is None:
            about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            link = about or None
    for key, local, ns in (("published", "pubDate", (None,)), ("published", "date", (_NS_DC,))):
        value = _text_of(_first(item, local, ns))
        if value and "published" not in meta:
            meta[key] = value
            meta["date_field"] = "pubDate" if local == "pubDate" else "dc:date"
    author = _text_of(_first(item, "creator", (_NS_DC,))) or _text_of(_first(item, "author", (None,)))
    for key, value in (("title", title), ("url", link), ("author", author), ("outlet", outlet), ("language", language)):
        if value:
            meta[key] = value
    text: str | None = None
    html: str | None = None
    encoded = _first(item, "encoded", (_NS_CONTENT,))
    description = _first(item, "description", any_ns)
    for el, name in ((encoded, "content:encoded"), (description, "description")):
        raw = "".join(el.itertext()).strip() if el is not None else ""
        if raw:
            if name == "content:encoded" or _looks_html(raw):
                html = raw
            else:
                text = raw
            meta["body_field"] = name
            break
    return _feed_doc(file, "rss", text, html, meta, encoding)


def _atom_entry(
    entry: Any,
    file: str,
    atom: tuple[str | None, ...],
    outlet: str | None,
    language: str | None,
    encoding: str | None,
) -> Item:
    meta: dict[str, str] = {}
    title = _text_of(_first(entry, "title", atom))
    link = None
    for el in _children(entry, "link", atom):
        if (el.get("rel") or "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    for local in ("published", "issued", "updated", "modified"):
        value = _text_of(_first(entry, local, atom))
        if value:
            meta["published"] = value
            meta["date_field"] = local
            break
    author_el = _first(entry, "author", atom)
    author = _text_of(_first(author_el, "name", atom)) if author_el is not None else None
    author = author or _text_of(_first(entry, "creator", (_NS_DC,)))
    lang = entry.get(_XML_NS) or language
    for key, value in (("title", title), ("url", link), ("author", author), ("outlet", outlet), ("language", lang)):
        if value:
            meta[key] = value
    text: str | None = None
    html: str | None = None
    for name in ("content", "summary"):
        el = _first(entry, name, atom)
        if el is None:
            continue
        text, html = _atom_body(el)
        if text or html:
            meta["body_field"] = name
            break
    return _feed_doc(file, "atom", text, html, meta, encoding)


def _feed_doc(
    file: str,
    fmt: str,
    text: str | None,
    html: str | None,
    meta: dict[str, str],
    encoding: str | None,
) -> Item:
    if text is None and html is None:
        title = meta.get("title")
        what = f"feed item {title!r} has no content" if title else "feed item has no content"
        return failure(file, Code.E105, f"{what} (feeds that carry only headlines need the linked pages)")
    if text is None and html is not None and not html_has_text(html):
        return failure(file, Code.E108, "feed item's content holds no visible text")
    return make_doc(file, fmt, text=text, html=html, meta=meta, encoding=encoding)


# --------------------------------------------------------------------------- dispatch on decoded content


def parse_bytes(data: bytes, file: str, kind: str | None, options: Options, *, stdin: bool = False) -> Iterator[Item]:
    """Parse the full bytes of one input of a known (or unknown: sniffed) kind."""
    if kind == "feed":
        yield from parse_feed(data, file, options)
        return
    decoded = _decode(data, file, options, declared=declared_charset(data) if kind in (None, "html") else None)
    if isinstance(decoded, Failure):
        yield decoded
        return
    yield from parse_decoded(decoded.text, file, kind, options, decoded, data=data, stdin=stdin)


def parse_decoded(
    text: str,
    file: str,
    kind: str | None,
    options: Options,
    decoded: Decoded | None,
    *,
    data: bytes | None = None,
    stdin: bool = False,
) -> Iterator[Item]:
    if kind is None:
        kind = sniff(text)
        if kind == "feed":
            raw = data if data is not None else _XML_DECL_STR.sub("", text, count=1).encode("utf-8")
            yield from parse_feed(raw, file, options)
            return
    single = "stdin" if stdin else kind
    if kind == "txt":
        yield from parse_text(text, file, single, decoded)
    elif kind == "html":
        yield from parse_html(text, file, single, decoded)
    elif kind == "json":
        yield from parse_json(text, file, "json", decoded)
    elif kind == "jsonl":
        yield from parse_jsonl(text, file, "jsonl", decoded)
    elif kind == "csv":
        yield from parse_csv(text, file, "csv", decoded)
    elif kind == "feed":
        yield from parse_feed(_XML_DECL_STR.sub("", text, count=1).encode("utf-8"), file, options)
    else:  # pragma: no cover - kinds are closed
        yield failure(file, Code.E103, f"unsupported kind {kind!r}")


# --------------------------------------------------------------------------- files


def _read_limited(fh: Any, limit: int) -> bytes:
    """Read at most limit + 1 bytes (one more tells that the limit was passed)."""
    out = bytearray()
    while len(out) <= limit:
        chunk = fh.read(min(_CHUNK, limit + 1 - len(out)))
        if not chunk:
            break
        out += chunk
    return bytes(out)


def read_file(path: Path, file: str, options: Options) -> Iterator[Item]:
    """Read one regular file (already known to exist) of any supported kind."""
    kind, gz = kind_of(path.name)
    if kind == "warc":
        yield from read_warc(path, file, options, gz=gz)
        return
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _os_failure(file, exc)
        return
    if not stat.S_ISREG(st.st_mode):
        yield failure(file, Code.E103, "not a regular file (a device, socket or pipe)")
        return
    if st.st_size == 0:
        yield failure(file, Code.E102, "file is empty (0 bytes)")
        return
    if st.st_size > options.max_bytes:
        yield failure(file, Code.E106, f"file is {st.st_size:,} bytes, more than --max-bytes {options.max_bytes:,}")
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
            fh.seek(0)
            if gz or head[:2] == b"\x1f\x8b":
                if not head.startswith(b"\x1f\x8b"):
                    yield failure(file, Code.E107, "named .gz but not gzip data")
                    return
                data, problem = _gunzip(fh, options.max_bytes)
            else:
                data, problem = _read_limited(fh, options.max_bytes), None
    except OSError as exc:
        yield _os_failure(file, exc)
        return
    if problem == "too-large":
        yield failure(file, Code.E106, f"decompresses to more than --max-bytes {options.max_bytes:,} bytes")
        return
    if len(data) > options.max_bytes:
        yield failure(file, Code.E106, f"file grew past --max-bytes {options.max_bytes:,} while read")
        return
    if not data:
        if problem:
            yield failure(file, Code.E107, f"compressed stream is cut short or corrupt ({problem}); nothing was read")
        else:
            yield failure(file, Code.E102, "file is empty after decompression")
        return
    reason = binary_reason(data[:8192])
    if reason:
        yield failure(file, Code.E103, reason)
        return
    own = own_output_reason(data[:8192])
    if own:
        yield failure(file, Code.E103, own, hint="keep --out-dir outside the folders you read, or remove the file")
        return
    if problem:
        if kind in ("jsonl", "csv"):
            cut = data.rfind(b"\n")
            data = data[: cut + 1] if cut >= 0 else b""
            if data:
                yield from parse_bytes(data, file, kind, options)
            yield failure(
                file,
                Code.E107,
                f"compressed stream is cut short ({problem}); the records before the cut were read",
                hint="download or copy the file again",
            )
        else:
            yield failure(
                file,
                Code.E107,
                f"compressed stream is cut short ({problem}); the document was not read",
                hint="download or copy the file again",
            )
        return
    yield from parse_bytes(data, file, kind, options)


_BRIEF_MARK = b"storyline.brief/"
# the header of storyline's own event table (render/tabular.py CSV_COLUMNS)
_EVENTS_CSV_HEAD = b"event_id,event_date,time_precision,event_type,"


def own_output_reason(head: bytes) -> str | None:
    """Is this one of storyline's own outputs (a brief in JSON, HTML or Markdown, or its event CSV)?
    Reading it back would turn a summary into a "source" (and each event row into an article)."""
    if _BRIEF_MARK in head:
        return "a storyline brief (an output of `storyline brief`), not an article"
    if head.lstrip(b"\xef\xbb\xbf").startswith(_EVENTS_CSV_HEAD):
        return "a storyline event table (an output of `storyline brief --format csv`), not articles"
    return None


def _gunzip(fh: Any, limit: int) -> tuple[bytes, str | None]:
    """Decompress a (multi-member) gzip stream up to limit bytes: (data, problem or None).

    Incremental, so a cut-short stream still gives back everything before the cut.
    """
    out = bytearray()
    d = zlib.decompressobj(31)
    in_member = False
    buf = b""
    try:
        while True:
            if not buf:
                buf = fh.read(_CHUNK)
                if not buf:
                    break
            out += d.decompress(buf, limit + 1 - len(out))
            in_member = True
            if len(out) > limit:
                return bytes(out), "too-large"
            if d.eof:
                buf = d.unused_data
                d = zlib.decompressobj(31)
                in_member = False
                if buf and not buf.strip(b"\x00"):
                    buf = b""
            else:
                buf = d.unconsumed_tail
        out += d.flush()
    except zlib.error as exc:
        return bytes(out), f"corrupt data: {exc}"
    if in_member and not d.eof:
        return bytes(out), "end of stream missing"
    return bytes(out), None


def _os_failure(file: str, exc: OSError) -> Failure:
    import errno

    if isinstance(exc, PermissionError):
        return failure(file, Code.E101, "cannot read: permission denied; give read access (chmod +r) or remove it")
    if exc.errno == errno.ELOOP:
        return failure(file, Code.E109, "symbolic link loop", hint="the link leads back to itself; fix or remove it")
    if isinstance(exc, FileNotFoundError):
        return failure(file, Code.E101, "does not exist (or is a broken symbolic link)")
    if isinstance(exc, IsADirectoryError):
        return failure(file, Code.E103, "is a directory where a file was expected")
    return failure(file, Code.E101, f"cannot read: {exc.strerror or exc}")


# --------------------------------------------------------------------------- WARC


def gzip_valid_end(path: Path) -> tuple[int, bool]:
    """(offset just past the last complete gzip member, whether the whole file is complete)."""
    size = os.path.getsize(path)
    valid_end = 0
    pos = 0
    d = zlib.decompressobj(31)
    started = False
    with open(path, "rb") as fh:
        buf = b""
        while True:
            if not buf:
                buf = fh.read(_CHUNK)
                if not buf:
                    break
            try:
                d.decompress(buf, _CHUNK)
                while d.unconsumed_tail and not d.eof:
                    tail = d.unconsumed_tail
                    d.decompress(tail, _CHUNK)
                    if d.unconsumed_tail == tail:
                        break
            except zlib.error:
                return valid_end, False
            started = True
            if d.eof:
                rest = d.unused_data
                pos += len(buf) - len(rest)
                valid_end = pos
                buf = rest
                d = zlib.decompressobj(31)
                started = False
                if buf and not buf.strip(b"\x00"):
                    pos += len(buf)
                    buf = b""
            else:
                pos += len(buf)
                buf = b""
    if started:
        return valid_end, False
    if valid_end < size:
        with open(path, "rb") as fh:
            fh.seek(valid_end)
            tail = fh.read()
        return valid_end, not tail.strip(b"\x00")
    return valid_end, True


def _warc_record_end(fh: Any, offset: int, content_length: int) -> int:
    """Byte offset where an uncompressed WARC record's block ends (headers + Content-Length)."""
    fh.seek(offset)
    head = fh.read(65536)
    cut = head.find(b"\r\n\r\n")
    return offset + (cut + 4 if cut >= 0 else len(head)) + content_length


def read_warc(path: Path, file: str, options: Options, *, gz: bool) -> Iterator[Item]:
    """WARC / WARC.gz, streamed: each 2xx HTML (or plain text) response or resource record is one document.

    ``#N`` is the record's position in the file (1-based, counting every record).  Meta ``url``
    comes from WARC-Target-URI and ``crawled`` from WARC-Date: a crawl stamp, never a
    publication date.  ``max_bytes`` bounds each record's payload, not the whole file.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - a declared dependency
        yield failure(file, Code.E103, "WARC support needs warcio: pip install warcio")
        return
    try:
        size = os.path.getsize(path)
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally
    except OSError as exc:
        yield _os_failure(file, exc)
        return
    if size == 0:
        fh.close()
        yield failure(file, Code.E102, "file is empty (0 bytes)")
        return
    head = fh.read(2)
    fh.seek(0)
    compressed = head == b"\x1f\x8b"
    valid_end, complete = (size, True)
    if compressed:
        valid_end, complete = gzip_valid_end(path)
    side = None if compressed else open(path, "rb")  # noqa: SIM115 - closed in finally
    n = 0
    yielded = 0
    try:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            n += 1
            where = f"{file}#{n}"
            item = _warc_item(record, where, options)  # reads the payload
            offset = iterator.get_record_offset()  # only after the payload was read
            if compressed and offset >= valid_end:
                n -= 1
                break  # the rest is in the cut-short member: reported below
            if side is not None:
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                if _warc_record_end(side, offset, length) > size:
                    yield failure(where, Code.E105, f"WARC record {n} is cut short: the file ends inside it")
                    return
            if item is not None:
                yielded += isinstance(item, RawDocument)
                yield item
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        code = Code.E107 if compressed else Code.E105
        yield failure(
            f"{file}#{n + 1}",
            code,
            f"WARC cannot be read past record {n} ({exc}); the records before were read",
            hint="download or copy the file again",
        )
        return
    finally:
        fh.close()
        if side is not None:
            side.close()
    if compressed and not complete:
        yield failure(
            file,
            Code.E107,
            f"compressed WARC is cut short after record {n if n else 0}; the {yielded} document(s) before were read",
            hint="download or copy the file again",
        )
    elif n == 0:
        yield failure(file, Code.E105, "no WARC records found")


def _warc_item(record: Any, where: str, options: Options) -> Item | None:
    if record.rec_type not in ("response", "resource"):
        return None
    rec_headers = record.rec_headers
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = rec_headers.get_header("Content-Type") or ""
    low = ctype.lower()
    if low and "html" not in low and not low.startswith("text/plain"):
        return None  # images, scripts, style sheets: not articles, not failures
    payload = _read_limited(record.content_stream(), options.max_bytes)
    if len(payload) > options.max_bytes:
        return failure(where, Code.E106, f"WARC record payload is more than --max-bytes {options.max_bytes:,}")
    if not payload.strip():
        return None
    if binary_reason(payload[:8192]):
        return None
    try:
        decoded = decode(payload, declared=http_charset(ctype) or declared_charset(payload))
    except DecodeError as exc:
        return failure(where, Code.E104, f"cannot decode WARC record text: {exc}")
    meta: dict[str, str] = {}
    url = rec_headers.get_header("WARC-Target-URI")
    crawled = rec_headers.get_header("WARC-Date")
    if url:
        meta["url"] = url.strip("<> ")
    if crawled:
        meta["crawled"] = crawled
    _with_note(meta, decoded)
    is_html = "html" in low or (not low and sniff(decoded.text) == "html")
    if is_html:
        if not html_has_text(decoded.text):
            return failure(where, Code.E108, "WARC record's HTML holds no visible text")
        return make_doc(where, "warc", html=decoded.text, meta=meta, encoding=decoded.encoding)
    return make_doc(where, "warc", text=decoded.text, meta=meta, encoding=decoded.encoding)
