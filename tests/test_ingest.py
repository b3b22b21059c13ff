"""storyline.ingest: every supported format, read from small real-looking files in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyline.errors import Code
from storyline.ingest import read_path_items, read_paths
from storyline.ingest._decode import decode
from storyline.options import Options
from storyline.pipeline import ErrorHandler
from storyline.records import Failure, RawDocument, content_id

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "raqqa"

ARTICLE = (
    "Raqqa offensive begins\n\n"
    "The US-backed Syrian Democratic Forces said on Sunday they had launched an operation to "
    "capture Raqqa, the de facto capital of Islamic State in Syria.\r\n"
    "“The battle for Raqqa will not be easy,” a spokeswoman said at a news conference in Ain Issa.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Raqqa offensive begins | Example News</title>
<link rel="canonical" href="https://news.example.com/raqqa"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Raqqa offensive begins</h1>
<p>The US-backed Syrian Democratic Forces said on Sunday they had launched an operation to capture Raqqa.</p>
<p>“The battle will not be easy,” a spokeswoman said.</p></article><script>var x = 1;</script></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Example World News</title>
  <link>https://news.example.com/</link>
  <atom:link href="https://news.example.com/rss" rel="self" type="application/rss+xml"/>
  <language>en-gb</language>
  <item>
    <title>Raqqa offensive begins</title>
    <link>https://news.example.com/raqqa-offensive</link>
    <pubDate>Sun, 06 Nov 2016 14:03:00 GMT</pubDate>
    <dc:creator>Jane Reporter</dc:creator>
    <description>SDF launch operation to capture Raqqa.</description>
    <content:encoded><![CDATA[<p>The Syrian Democratic Forces said on Sunday they had launched an operation.</p>]]></content:encoded>
  </item>
  <item>
    <title>Coalition strikes near Tabqa</title>
    <link>https://news.example.com/tabqa</link>
    <pubDate>Mon, 07 Nov 2016 09:00:00 GMT</pubDate>
    <description>Coalition aircraft struck positions near Tabqa dam, officials said.</description>
  </item>
  <item>
    <title>Headline only</title>
    <link>https://news.example.com/headline</link>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Wire</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2017-06-09T10:00:00Z</updated>
  <entry>
    <title>Battle for Raqqa enters city</title>
    <link rel="alternate" href="https://wire.example.org/raqqa-city"/>
    <link rel="enclosure" href="https://wire.example.org/photo.jpg"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2017-06-06T08:30:00Z</published>
    <updated>2017-06-07T10:00:00Z</updated>
    <author><name>Sam Correspondent</name></author>
    <content type="html">&lt;p&gt;SDF fighters entered the eastern districts of Raqqa.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Update only</title>
    <link href="https://wire.example.org/update"/>
    <id>urn:uuid:2</id>
    <updated>2017-06-08T10:00:00Z</updated>
    <summary>Fighting continued in the old city, a monitor said.</summary>
  </entry>
  <entry>
    <title>XHTML body</title>
    <id>urn:uuid:3</id>
    <updated>2017-06-09T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Civilians fled <b>west</b>.</p></div></content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.net/"><title>Old Portal</title><link>https://old.example.net/</link></channel>
  <item rdf:about="https://old.example.net/story/1">
    <title>Talks on Raqqa</title><link>https://old.example.net/story/1</link>
    <description>Officials met in Ankara to discuss the Raqqa operation.</description>
    <dc:date>2016-11-08T12:00:00+03:00</dc:date><dc:creator>A. Writer</dc:creator>
  </item>
</rdf:RDF>
"""


def _read(paths: list[str], **opts: object) -> tuple[list[RawDocument], list[Failure]]:
    errors = ErrorHandler()
    docs = list(read_paths(paths, Options.make(**opts), errors))
    return docs, errors.failures


def _write(path: Path, content: str | bytes) -> str:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


# --------------------------------------------------------------------------- the seeds


def test_seed_folder_reads_five_txt_with_stable_ids() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/raqqa missing")
    first, failures = _read([str(EXAMPLES)])
    second, _ = _read([str(EXAMPLES)])
    assert failures == []
    assert len(first) == 5
    assert all(d.format == "txt" and d.text and d.html is None for d in first)
    assert [d.id for d in first] == [d.id for d in second]
    assert len({d.id for d in first}) == 5
    assert [Path(d.file).name for d in first] == sorted(p.name for p in EXAMPLES.glob("*.txt"))
    assert all(d.file.startswith(str(EXAMPLES) + "/") for d in first)


def test_file_keeps_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story" / "sub").mkdir(parents=True)
    _write(tmp_path / "story" / "b.txt", ARTICLE)
    _write(tmp_path / "story" / "sub" / "a.txt", ARTICLE.replace("Sunday", "Monday"))
    _write(tmp_path / "story" / ".hidden.txt", ARTICLE)
    (tmp_path / "story" / ".git").mkdir()
    _write(tmp_path / "story" / ".git" / "HEAD", "ref: refs/heads/main\n")
    monkeypatch.chdir(tmp_path)
    docs, failures = _read(["story"])
    assert failures == []
    assert [d.file for d in docs] == ["story/b.txt", "story/sub/a.txt"]


# --------------------------------------------------------------------------- single documents


def test_txt_document_and_id_independent_of_file_name(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLE)
    b = _write(tmp_path / "b.txt", ARTICLE)
    docs, failures = _read([a, b])
    assert failures == []
    assert [d.format for d in docs] == ["txt", "txt"]
    assert docs[0].id == docs[1].id  # same content, same id
    assert docs[0].text is not None and "\r" not in docs[0].text
    assert docs[0].text.startswith("Raqqa offensive begins")
    assert docs[0].encoding == "utf-8"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    plain = _write(tmp_path / "README", ARTICLE)
    page = _write(tmp_path / "saved.php", HTML_PAGE)
    feed = _write(tmp_path / "news-feed", RSS)
    docs, failures = _read([plain, page, feed])
    assert [d.format for d in docs] == ["txt", "html", "rss", "rss"]
    assert [f.code for f in failures] == ["E105"]  # the headline-only item


def test_html_document(tmp_path: Path) -> None:
    docs, failures = _read([_write(tmp_path / "page.html", HTML_PAGE)])
    assert failures == []
    (doc,) = docs
    assert doc.format == "html" and doc.text is None
    assert doc.html is not None and "Syrian Democratic Forces" in doc.html


def test_html_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Ракка: бои продолжаются.</p></body></html>'
    docs, _ = _read([_write(tmp_path / "ru.htm", page.encode("cp1251"))])
    (doc,) = docs
    assert doc.encoding == "cp1251"
    assert doc.html is not None and "Ракка" in doc.html
    assert "encoding_note" not in doc.meta  # declared, not guessed


def test_bom_and_utf16(tmp_path: Path) -> None:
    a = _write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    b = _write(tmp_path / "utf16.txt", ARTICLE.encode("utf-16"))
    docs, failures = _read([a, b])
    assert failures == []
    assert all(d.text is not None and d.text.startswith("Raqqa") for d in docs)
    assert docs[0].id == docs[1].id


def test_legacy_encoding_is_guessed_and_noted(tmp_path: Path) -> None:
    text = "Le café est très bon. Déjà vu à Paris, où l'armée a annoncé l'opération. " * 3
    docs, failures = _read([_write(tmp_path / "fr.txt", text.encode("cp1252"))])
    assert failures == []
    (doc,) = docs
    assert doc.text == text
    assert doc.encoding == "cp1252"
    assert "guess" in doc.meta["encoding_note"]


def test_forced_encoding(tmp_path: Path) -> None:
    text = "Террористическая организация готовится к осаде Ракки."
    path = _write(tmp_path / "ru.txt", text.encode("koi8_r"))
    docs, _ = _read([path], encoding="koi8-r")
    assert docs[0].text == text and docs[0].encoding == "koi8-r"


def test_mostly_utf8_with_bad_bytes_is_replaced_and_noted(tmp_path: Path) -> None:
    data = ("“Quoted” — naïve café, said the spokesman. " * 20).encode() + b"\xff broken byte"
    docs, failures = _read([_write(tmp_path / "m.txt", data)])
    assert failures == []
    assert docs[0].encoding == "utf-8"
    assert docs[0].text is not None and "\ufffd" in docs[0].text
    assert "1 invalid UTF-8" in docs[0].meta["encoding_note"]


def test_a_few_latin1_bytes_in_ascii() -> None:
    decoded = decode(b"The caf\xe9 near the front line was closed, residents said.")
    assert decoded.encoding == "cp1252" and "café" in decoded.text


# --------------------------------------------------------------------------- JSON / JSONL / CSV


def test_json_object_and_list(tmp_path: Path) -> None:
    one = {
        "headline": "Raqqa offensive begins",
        "body": ARTICLE,
        "URL": "https://a.example/1",
        "publish_date": "2016-11-06",
        "source": {"id": "ex", "name": "Example News"},
        "authors": ["Jane Reporter", "Ali Stringer"],
        "lang": "en",
        "extra": 3,
    }
    many = [
        {"title": "Two", "text": "Second article about Tabqa dam.", "date": "2016-11-07", "site": "b.example"},
        {"raw_html": "<p>Third article, in HTML.</p>", "link": "https://c.example/3"},
    ]
    a = _write(tmp_path / "one.json", json.dumps(one))
    b = _write(tmp_path / "many.json", json.dumps(many))
    docs, failures = _read([a, b])
    assert failures == []
    assert [d.file for d in docs] == [a, f"{b}#1", f"{b}#2"]
    first = docs[0]
    assert first.format == "json"
    assert first.text is not None and first.text.startswith("Raqqa offensive begins")
    assert first.meta == {
        "title": "Raqqa offensive begins",
        "url": "https://a.example/1",
        "published": "2016-11-06",
        "date_field": "publish_date",
        "outlet": "Example News",
        "author": "Jane Reporter; Ali Stringer",
        "language": "en",
    }
    assert first.id == content_id(first.text, "https://a.example/1")
    assert docs[1].meta["outlet"] == "b.example"
    assert docs[2].html == "<p>Third article, in HTML.</p>" and docs[2].text is None


def test_json_wrapper_and_record_without_text(tmp_path: Path) -> None:
    payload = {
        "status": "ok",
        "articles": [
            {"title": "No body here", "url": "https://x.example"},
            {"content": "A body.", "publishedAt": "2017-06-06T08:00:00Z"},
        ],
    }
    path = _write(tmp_path / "api.json", json.dumps(payload))
    docs, failures = _read([path])
    assert len(docs) == 1 and docs[0].file == f"{path}#2"
    assert docs[0].meta["published"] == "2017-06-06T08:00:00Z" and docs[0].meta["date_field"] == "publishedAt"
    assert [(f.file, f.code) for f in failures] == [(f"{path}#1", "E105")]
    assert "text" in failures[0].reason and "\n" not in failures[0].reason


def test_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First line article.", "url": "https://a.example/1"}),
        "",
        json.dumps({"content": "Third line article.", "crawled": "2020-05-24"}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    docs, failures = _read([path])
    assert failures == []
    assert [d.file for d in docs] == [f"{path}#1", f"{path}#3"]  # #N is the line number
    assert docs[1].meta == {"crawled": "2020-05-24"}  # a crawl stamp is not 'published'
    assert all(d.format == "jsonl" for d in docs)


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Zipped article."}\n{"text": "Another one."}\n'))
    docs, failures = _read([str(path)])
    assert failures == [] and [d.text for d in docs] == ["Zipped article.", "Another one."]


def test_csv_rows(tmp_path: Path) -> None:
    rows = (
        "Title,Article,Publisher,Date,URL\n"
        '"Raqqa offensive begins","The SDF said, on Sunday, that it had begun ""Wrath of Euphrates"".\n'
        'Second paragraph.",Example News,2016-11-06,https://a.example/1\n'
        "Empty body,,Example News,2016-11-07,https://a.example/2\n"
        "Third,Another article.,Other,2016-11-08,https://a.example/3\n"
    )
    path = _write(tmp_path / "export.csv", rows)
    docs, failures = _read([path])
    assert [d.file for d in docs] == [f"{path}#1", f"{path}#3"]
    assert docs[0].text == 'The SDF said, on Sunday, that it had begun "Wrath of Euphrates".\nSecond paragraph.'
    assert docs[0].meta["outlet"] == "Example News" and docs[0].meta["published"] == "2016-11-06"
    assert docs[0].meta["date_field"] == "Date"
    assert [(f.file, f.code) for f in failures] == [(f"{path}#2", "E105")]


def test_csv_semicolon_and_missing_text_column(tmp_path: Path) -> None:
    good = _write(tmp_path / "semi.csv", "headline;content;lang\nA title;Body text here;de\n")
    bad = _write(tmp_path / "headlines.csv", "ID,TITLE,URL,PUBLISHER\n1,Some headline,https://x,Pub\n")
    docs, failures = _read([good, bad])
    assert len(docs) == 1 and docs[0].meta == {"title": "A title", "language": "de"}
    assert [(f.file, f.code) for f in failures] == [(bad, "E105")]
    assert "TITLE" in failures[0].reason


# --------------------------------------------------------------------------- feeds


def test_rss_feed(tmp_path: Path) -> None:
    path = _write(tmp_path / "world.rss", RSS)
    docs, failures = _read([path])
    assert [d.file for d in docs] == [f"{path}#1", f"{path}#2"]
    first, second = docs
    assert first.format == "rss"
    assert first.html is not None and "launched an operation" in first.html
    assert first.meta == {
        "title": "Raqqa offensive begins",
        "url": "https://news.example.com/raqqa-offensive",
        "published": "Sun, 06 Nov 2016 14:03:00 GMT",
        "date_field": "pubDate",
        "author": "Jane Reporter",
        "outlet": "Example World News",
        "language": "en-gb",
        "body_field": "content:encoded",
    }
    assert second.text == "Coalition aircraft struck positions near Tabqa dam, officials said."
    assert second.meta["body_field"] == "description"
    assert [(f.file, f.code) for f in failures] == [(f"{path}#3", "E105")]


def test_atom_feed(tmp_path: Path) -> None:
    path = _write(tmp_path / "wire.atom", ATOM)
    docs, failures = _read([path])
    assert failures == []
    assert [d.format for d in docs] == ["atom"] * 3
    first, second, third = docs
    assert first.html == "<p>SDF fighters entered the eastern districts of Raqqa.</p>"
    assert first.meta["url"] == "https://wire.example.org/raqqa-city"
    assert first.meta["published"] == "2017-06-06T08:30:00Z" and first.meta["date_field"] == "published"
    assert first.meta["author"] == "Sam Correspondent" and first.meta["outlet"] == "Example Wire"
    assert first.meta["language"] == "en"
    assert second.text == "Fighting continued in the old city, a monitor said."
    assert second.meta["date_field"] == "updated"
    assert third.html is not None and "Civilians fled" in third.html and "<b>west</b>" in third.html


def test_rdf_feed_in_xml_file(tmp_path: Path) -> None:
    docs, failures = _read([_write(tmp_path / "portal.xml", RDF)])
    assert failures == []
    (doc,) = docs
    assert doc.format == "rss" and doc.text == "Officials met in Ankara to discuss the Raqqa operation."
    assert doc.meta["published"] == "2016-11-08T12:00:00+03:00" and doc.meta["author"] == "A. Writer"
    assert doc.meta["outlet"] == "Old Portal" and doc.meta["url"] == "https://old.example.net/story/1"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    docs, failures = _read([_write(tmp_path / "timebank.xml", "<TimeML><TEXT>Hello</TEXT></TimeML>")])
    assert docs == [] and [f.code for f in failures] == ["E103"]


# --------------------------------------------------------------------------- WARC


def _warc(path: Path, *, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        pages = [
            ("https://news.example.com/raqqa", "200 OK", "text/html; charset=utf-8", HTML_PAGE.encode()),
            ("https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
            ("https://news.example.com/moved", "301 Moved Permanently", "text/html", b"<a href=/x>moved</a>"),
            (
                "https://news.example.com/ru",
                "200 OK",
                "text/html; charset=windows-1251",
                "<html><body><p>Ракка: бои продолжаются.</p></body></html>".encode("cp1251"),
            ),
        ]
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, gz=name.endswith(".gz"))
    docs, failures = _read([str(path)])
    assert failures == []
    assert [d.file for d in docs] == [f"{path}#2", f"{path}#5"]  # warcinfo is #1; png and 301 skipped
    first, second = docs
    assert first.format == "warc" and first.html is not None and "Syrian Democratic Forces" in first.html
    assert first.meta["url"] == "https://news.example.com/raqqa"
    assert "crawled" in first.meta and "published" not in first.meta  # a crawl stamp, not a publication date
    assert second.encoding == "cp1251" and second.html is not None and "Ракка" in second.html
    assert first.id == content_id(first.html, "https://news.example.com/raqqa")


# --------------------------------------------------------------------------- standard input


def test_stdin_text_and_bytes() -> None:
    opts = Options()
    errors = ErrorHandler()
    docs = list(read_paths(["-"], opts, errors, stdin=io.StringIO(ARTICLE)))
    assert [(d.file, d.format) for d in docs] == [("-", "stdin")]
    assert docs[0].text is not None and docs[0].text.startswith("Raqqa")
    docs = list(read_paths(["-"], opts, errors, stdin=io.BytesIO(HTML_PAGE.encode())))
    assert docs[0].html is not None and docs[0].format == "stdin"
    lines = b'{"text": "one"}\n{"text": "two"}\n'
    docs = list(read_paths(["-"], opts, errors, stdin=io.BytesIO(lines)))
    assert [(d.file, d.format) for d in docs] == [("-#1", "jsonl"), ("-#2", "jsonl")]
    docs = list(read_paths(["-"], opts, errors, stdin=io.StringIO(RSS)))
    assert [d.format for d in docs] == ["rss", "rss"]
    assert [f.code for f in errors.failures] == ["E105"]


def test_stdin_empty() -> None:
    errors = ErrorHandler()
    assert list(read_paths(["-"], Options(), errors, stdin=io.BytesIO(b""))) == []
    assert [(f.file, f.code) for f in errors.failures] == [("-", "E102")]


# --------------------------------------------------------------------------- contract


def test_streams_lazily_and_raise_mode(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE)
    _write(tmp_path / "b.txt", "")
    items = read_path_items([str(tmp_path)], Options())
    first = next(items)  # nothing after a.txt has been touched yet
    assert isinstance(first, RawDocument)
    assert isinstance(next(items), Failure)
    from storyline.errors import StorylineError

    with pytest.raises(StorylineError) as info:
        list(read_paths([str(tmp_path)], Options(), ErrorHandler("raise")))
    assert info.value.code is Code.E102


def test_records_round_trip_json(tmp_path: Path) -> None:
    docs, _ = _read([_write(tmp_path / "world.rss", RSS)])
    for doc in docs:
        assert RawDocument.model_validate_json(doc.to_json()) == doc
