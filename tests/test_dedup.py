from __future__ import annotations

from storyline.clean.dedup import Deduplicator
from storyline.pipeline import ErrorHandler
from storyline.records import Article

BASE = (
    "US-backed militia groups in Syria said Sunday they are launching an operation to seize the de facto "
    "capital, Raqqa, in coordination with international coalition forces. The Syrian Democratic Forces "
    "established a joint operations center on Saturday night for the military campaign, which includes "
    "multiple Arab, Kurdish and Turkmen militia groups. The operation was announced just days after Iraqi "
    "forces entered the city of Mosul, where they are now in a fierce battle with militants."
)


def art(text: str, url: str | None = None) -> Article:
    return Article(id=Article.make_id(text, url), file="f", url=url, text=text)


def test_exact_near_and_distinct() -> None:
    d = Deduplicator(threshold=0.8)
    a = art(BASE, "http://a")
    b = art(BASE.upper(), "http://b")  # exact copy, other case and url
    c = art("BEIRUT (Reuters) - " + BASE + " More to come.", "http://c")  # syndicated with a dateline
    other = art("An earthquake of magnitude 7.0 struck near the capital of Haiti on Tuesday, officials said, " * 3)
    out = list(d.pipe([a, b, c, other], ErrorHandler("raise")))
    assert out[0].duplicate_of is None
    assert out[1].duplicate_of == a.id
    assert out[2].duplicate_of == a.id
    assert out[3].duplicate_of is None


def test_chains_point_to_the_root_and_reseen_article_is_not_its_own_duplicate() -> None:
    d = Deduplicator(threshold=0.8)
    a = art(BASE, "http://a")
    b = art(BASE + " Extra sentence one.", "http://b")
    c = art(BASE + " Extra sentence one. Extra two.", "http://c")
    assert d.find(a) is None
    assert d.find(b) == a.id
    assert d.find(c) == a.id
    assert d.find(a) is None  # the same article again is not a duplicate of itself
