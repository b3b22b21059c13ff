"""A corpus of bad inputs among good ones: each bad file gets exactly one one-line Failure, the good are read."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from storyline.ingest import read_paths
from storyline.options import Options
from storyline.pipeline import ErrorHandler
from storyline.records import Failure, RawDocument

GOOD_1 = (
    "Syria: US-backed forces announce bid to retake Raqqa\n\n"
    "A US-backed alliance of Syrian Kurdish and Arab fighters has announced the start of an offensive to "
    "capture Raqqa, the Islamic State group's de facto capital.\n"
)
GOOD_2 = (
    "<html><head><title>Pentagon on Raqqa</title></head><body><article><p>The Pentagon said on Wednesday "
    "that the operation to isolate Raqqa was going as planned, a spokesman told reporters.</p></article>"
    "</body></html>"
)
MB = 1024 * 1024


def _warc_gz_bytes(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i in range(n):
        body = f"<html><body><p>Report {i}: fighting continued near Raqqa, residents said.</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            f"https://x.example/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        writer.write_record(rec)
    return out.getvalue()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good_1.txt").write_text(GOOD_1, encoding="utf-8")
    (root / "good_2.html").write_text(GOOD_2, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512))
    (root / "blob.dat").write_bytes(bytes(range(256)) * 8)
    with open(root / "huge.txt", "wb") as fh:  # 50 MB, sparse: created instantly, never read
        fh.truncate(50 * MB)
    # invalid UTF-8 that no encoding explains
    (root / "invalid.txt").write_bytes(b"Report: " + bytes(range(0x80, 0x100)) * 4 + b" end of report.")
    # a gzip cut in half: the records before the cut are kept
    lines = "".join(json.dumps({"text": f"Zipped report number {i} from Raqqa."}) + "\n" for i in range(2000))
    gz = gzip.compress(lines.encode())
    (root / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    warc = _warc_gz_bytes(6)
    (root / "cut.warc.gz").write_bytes(warc[: int(len(warc) * 0.75)])
    (root / "broken.html").write_text(
        "<html><body><div><p>Broken markup but real words about Raqqa<b><i></div", encoding="utf-8"
    )
    (root / "markup_only.html").write_text(
        "<html><head><script>var a=1;</script></head><body><div></div></body>", encoding="utf-8"
    )
    good_lines = [json.dumps({"text": f"Line article {i}.", "url": f"https://l.example/{i}"}) for i in range(4)]
    good_lines.insert(2, '{"text": "unterminated')
    (root / "mixed.jsonl").write_text("\n".join(good_lines) + "\n", encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "sub" / "self").symlink_to(root / "sub" / "self")
    (root / "sub" / "dangling.txt").symlink_to(root / "nowhere.txt")
    return root


EXPECTED = {  # file (relative, with #N for a record) -> code
    "empty.txt": "E102",
    "photo.txt": "E103",
    "blob.dat": "E103",
    "huge.txt": "E106",
    "invalid.txt": "E104",
    "cut.jsonl.gz": "E107",
    "cut.warc.gz": "E107",
    "markup_only.html": "E108",
    "mixed.jsonl#3": "E105",
    "sub/loop": "E109",
    "sub/self": "E109",
    "sub/dangling.txt": "E101",
}


def test_bad_corpus(corpus: Path) -> None:
    errors = ErrorHandler()
    given = str(corpus)
    docs = list(read_paths([given, str(corpus / "missing.txt")], Options.make(max_bytes=20 * MB), errors))
    got = {}
    for f in errors.failures:
        assert f.stage == "ingest"
        assert "\n" not in f.reason and f.reason.strip() == f.reason and len(f.reason) < 400
        key = os.path.relpath(f.file, given) if f.file.startswith(given + "/") else f.file
        assert key not in got, f"two failures for {key}"
        got[key] = f.code
    assert got == {**EXPECTED, "missing.txt": "E101"}

    by_file: dict[str, list[RawDocument]] = {}
    for d in docs:
        by_file.setdefault(d.file.split("#")[0], []).append(d)
    assert by_file[f"{given}/good_1.txt"][0].text == GOOD_1
    assert by_file[f"{given}/good_2.html"][0].html == GOOD_2
    assert by_file[f"{given}/broken.html"][0].format == "html"  # broken HTML is passed on
    assert len(by_file[f"{given}/mixed.jsonl"]) == 4
    kept = by_file[f"{given}/cut.jsonl.gz"]
    assert 0 < len(kept) < 2000 and kept[0].text == "Zipped report number 0 from Raqqa."
    assert [d.text for d in kept] == [f"Zipped report number {i} from Raqqa." for i in range(len(kept))]
    warc_kept = by_file[f"{given}/cut.warc.gz"]
    assert 0 < len(warc_kept) < 6
    assert all(d.html and "</html>" in d.html for d in warc_kept)  # no half record
    assert set(by_file) == {
        f"{given}/{n}"
        for n in ("good_1.txt", "good_2.html", "broken.html", "mixed.jsonl", "cut.jsonl.gz", "cut.warc.gz")
    }


def test_large_file_is_not_read(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    errors = ErrorHandler()
    assert list(read_paths([str(corpus / "huge.txt")], Options.make(max_bytes=20 * MB), errors)) == []
    assert [f.code for f in errors.failures] == ["E106"]
    assert "50,000,000" in errors.failures[0].reason or "52,428,800" in errors.failures[0].reason
    assert opened == []


def test_symlink_loop_is_reported_once_and_walk_ends(corpus: Path) -> None:
    errors = ErrorHandler()
    docs = list(read_paths([str(corpus / "sub")], Options(), errors))
    codes = sorted(f.code for f in errors.failures)
    # sub/loop leads to the corpus root: read once through the link, then the loop back to sub is caught
    assert codes.count("E109") == 2  # sub/loop/sub (the loop) and sub/self
    assert len({d.file for d in docs}) == len(docs)


def test_symlinks_not_followed_when_switched_off(corpus: Path) -> None:
    errors = ErrorHandler()
    docs = list(read_paths([str(corpus / "sub")], Options.make(follow_symlinks=False), errors))
    assert docs == [] and errors.failures == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD_1)
    path.chmod(0)
    try:
        errors = ErrorHandler()
        assert list(read_paths([str(path)], Options(), errors)) == []
        assert [f.code for f in errors.failures] == ["E101"] and "permission" in errors.failures[0].reason
    finally:
        path.chmod(0o644)


def test_unreadable_file_reported_via_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD_1)
    real_open = open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    errors = ErrorHandler()
    assert list(read_paths([str(path), str(path)], Options(), errors)) == []
    assert [f.code for f in errors.failures] == ["E101"]  # the same real file is tried once
    assert "permission denied" in errors.failures[0].reason


def test_zip_and_pdf_are_binary(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "b.zip").write_bytes(b"PK\x03\x04" + b"\x14\x00" * 20)
    errors = ErrorHandler()
    assert list(read_paths([str(tmp_path)], Options(), errors)) == []
    assert [(Path(f.file).name, f.code) for f in errors.failures] == [("a.pdf", "E103"), ("b.zip", "E103")]
    assert "PDF" in errors.failures[0].reason


def test_failures_are_one_line(corpus: Path) -> None:
    errors = ErrorHandler()
    list(read_paths([str(corpus)], Options.make(max_bytes=20 * MB), errors))
    assert errors.failures
    for f in errors.failures:
        assert isinstance(f, Failure) and f.code.startswith("E1")
        assert ";" in f.reason  # what went wrong; what to do


def test_gzip_bomb_stops_at_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (3 * MB)))  # a few KB on disk
    errors = ErrorHandler()
    assert list(read_paths([str(path)], Options.make(max_bytes=MB), errors)) == []
    assert [f.code for f in errors.failures] == ["E106"]


def test_unknown_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD_1)
    errors = ErrorHandler()
    assert list(read_paths([str(path)], Options.make(encoding="no-such-codec"), errors)) == []
    assert [f.code for f in errors.failures] == ["E104"] and "no-such-codec" in errors.failures[0].reason


def test_feed_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><title>T</title><item><title>A</title><description>before &x; after</description>"
        "</item></channel></rss>"
    )
    (tmp_path / "evil.rss").write_text(feed)
    errors = ErrorHandler()
    docs = list(read_paths([str(tmp_path / "evil.rss")], Options(), errors))
    assert all("TOP SECRET" not in (d.text or d.html or "") for d in docs)


def test_one_bad_line_in_csv_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("title,text\nA,First body\nB,Second body,extra field\nC,Third body\n")
    errors = ErrorHandler()
    docs = list(read_paths([str(path)], Options(), errors))
    assert [d.text for d in docs] == ["First body", "Third body"]
    assert [(f.file, f.code) for f in errors.failures] == [(f"{path}#2", "E105")]


def test_storylines_own_outputs_are_not_read_back_as_articles(tmp_path: Path) -> None:
    """`storyline brief DIR --out-dir DIR/out` run twice must not turn the first brief into a source."""
    from storyline import api
    from storyline.render import render

    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text(
        "Fire damages warehouse\n\nA fire broke out early on Sunday in a warehouse, officials said.\n"
        "About 60 firefighters fought the blaze for three hours, the fire department said.\n",
        encoding="utf-8",
    )
    first = api.make_brief(api.process([str(src)], understand=False))
    out = src / "out"
    out.mkdir()
    for fmt, ext in (("json", "json"), ("md", "md"), ("html", "html"), ("csv", "csv")):
        (out / f"brief.{ext}").write_text(render(first, fmt), encoding="utf-8")
    result = api.process([str(src)], understand=False)
    assert [a.file for a in result.articles] == [str(src / "a.txt")]
    skipped = {Path(f.file).name: f for f in result.failures}
    assert set(skipped) == {"brief.json", "brief.md", "brief.html", "brief.csv"}
    assert all(f.code == "E103" and "storyline" in f.reason for f in skipped.values())
