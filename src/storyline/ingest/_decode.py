"""Bytes -> text: byte-order marks, UTF-8, declared charsets, a guess, and binary sniffing.

Pure functions, no I/O.  Order of trust:

1. ``forced`` (``Options.encoding``), when the user gave one;
2. a byte-order mark (UTF-8, UTF-16, UTF-32);
3. strict UTF-8;
4. a charset declared by the container (HTTP header, ``<meta charset>``, XML declaration),
   if the bytes decode with it;
5. "mostly UTF-8": valid multi-byte UTF-8 with a few bad bytes, decoded with U+FFFD
   replacement (the count goes into the note);
6. charset-normalizer's guess, with a tie-break towards windows-1252 for Latin text
   (charset-normalizer often mistakes short French/Spanish text for cp1257/cp1250);
7. otherwise :class:`DecodeError` (E104).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# magic numbers of files that are certainly not articles
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", ""),  # checked more strictly below
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"BZh", ""),  # checked more strictly below
    (b"\x7fELF", "an executable"),
    (b"MZ", ""),  # checked more strictly below
    (b"OggS", "an audio/video file"),
    (b"ID3", "an MP3 file"),
    (b"fLaC", "an audio file"),
    (b"\x1a\x45\xdf\xa3", "a video file"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"wOFF", "a font file"),
    (b"wOF2", "a font file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 control bytes that never appear in text (tab, LF, VT, FF, CR and ESC are allowed)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))

# Latin-script single-byte codepages; when charset-normalizer picks one, windows-1252
# competes with it on equal terms (see module docstring)
_LATIN_CODEPAGES = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "cp1258",
    "latin_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "mac_iceland",
    "mac_turkish",
    "cp437",
    "cp850",
    "cp775",
    "cp852",
    "cp858",
}
# letters that are rare outside Icelandic/Faroese: a cp1252 decoding full of them is suspect
_RARE_LATIN = set("ÐÝÞðýþ")

_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "l1": "cp1252",
}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


class DecodeError(Exception):
    """The bytes are not text in any encoding we can name (E104)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the decoding was a guess or replaced bytes


def binary_reason(head: bytes) -> str | None:
    """Why these first bytes look like a binary file, or None when they may be text."""
    if not head:
        return None
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None  # UTF-16/32 text has NUL bytes; the BOM says it is text
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if what:
                return f"looks like {what}, not an article"
            if magic == b"BM" and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
                return "looks like a BMP image, not an article"
            if magic == b"BZh" and len(head) > 4 and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
                return "looks like a bzip2 archive; decompress it first"
            if magic == b"MZ" and b"\x00" in head[2:64]:
                return "looks like a Windows executable, not an article"
    if len(head) > 12 and head[4:8] == b"ftyp":
        return "looks like a video or image file (ISO media), not an article"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        return "looks like a media file, not an article"
    if looks_like_utf16(head):
        return None
    if b"\x00" in head:
        return "holds NUL bytes: a binary file, not text"
    controls = len(head) - len(head.translate(None, _CONTROL))
    if controls / len(head) > 0.05:
        return f"{controls} control bytes in its first {len(head)}: a binary file, not text"
    return None


def looks_like_utf16(data: bytes) -> bool:
    """BOM-less UTF-16 of mostly-ASCII text: NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 16:
        return False
    even, odd = sample[0::2], sample[1::2]
    return (odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.05 * len(even)) or (
        even.count(0) > 0.6 * len(even) and odd.count(0) < 0.05 * len(odd)
    )


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB (meta tag or XML declaration)."""
    head = data[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def http_charset(content_type: str | None) -> str | None:
    """The charset of an HTTP Content-Type header value."""
    if not content_type:
        return None
    m = _HTTP_CHARSET.search(content_type)
    return m.group(1) if m else None


def canonical_encoding(name: str) -> str | None:
    """Python's name for an encoding label, with WHATWG's latin-1 -> windows-1252; None if unknown."""
    label = name.strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, *, forced: str | None = None, declared: str | None = None) -> Decoded:
    """Decode bytes following the order of trust in the module docstring."""
    if forced:
        enc = canonical_encoding(forced)
        if enc is None:
            raise DecodeError(f"unknown encoding {forced!r} given with --encoding")
        try:
            return Decoded(_strip_bom(data.decode(enc)), enc)
        except UnicodeDecodeError as exc:
            text = data.decode(enc, errors="replace")
            return Decoded(_strip_bom(text), enc, f"bytes invalid in {enc} replaced with U+FFFD ({exc.reason})")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            note = "invalid bytes replaced with U+FFFD" if "\ufffd" in text else None
            return Decoded(text, enc, note)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        enc = canonical_encoding(declared)
        if enc and enc not in ("utf-8", "utf-16", "utf-32"):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError:
                pass
    if looks_like_utf16(data):
        enc = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        text = data.decode(enc, errors="replace")
        return Decoded(text, enc, "no byte-order mark; read as UTF-16 from its NUL pattern")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise DecodeError("not UTF-8, and no other encoding explains its bytes")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _mostly_utf8(data: bytes) -> Decoded | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # a real U+FFFD in the source is not bad
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad <= 0 or multibyte < bad or bad > 0.01 * max(len(text), 1):
        return None
    return Decoded(text, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")


def _suspicion(text: str, *, rare_latin: bool) -> int:
    """How many non-ASCII characters look like a wrong decoding (symbols inside words, C1 controls)."""
    score = 0
    for i, ch in enumerate(text):
        if ord(ch) < 0x80:
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or ch == "\ufffd":
            score += 3
        elif not cat.startswith("L"):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalpha() and after.isalpha():
                score += 1
        elif rare_latin and ch in _RARE_LATIN:
            score += 1
    return score


def _guess(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    high = sum(1 for b in data if b >= 0x80)
    if high <= 8:
        # a handful of non-ASCII bytes is too little for a statistical guess: windows-1252,
        # the web's default legacy encoding, if it explains them
        try:
            alt = data.decode("cp1252")
        except UnicodeDecodeError:
            alt = None
        if alt is not None and _suspicion(alt, rare_latin=True) == 0:
            return Decoded(_strip_bom(alt), "cp1252", "not UTF-8; decoded as cp1252 (a guess: few non-ASCII bytes)")
    best = from_bytes(data).best()
    if best is None:
        return None
    enc = canonical_encoding(best.encoding) or best.encoding
    text = str(best)
    if enc in _LATIN_CODEPAGES and enc != "cp1252":
        try:
            alt = data.decode("cp1252")
        except UnicodeDecodeError:
            alt = None
        if alt is not None and _suspicion(alt, rare_latin=True) <= _suspicion(text, rare_latin=False):
            enc, text = "cp1252", alt
    return Decoded(_strip_bom(text), enc, f"not UTF-8; decoded as {enc} (a guess)")
