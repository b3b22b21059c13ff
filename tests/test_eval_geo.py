"""Resolution and detection quality gates on the geoparsing gold sets (skip when ../shared is
absent), plus small tests of the scoring on invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GEO = SHARED / "data" / "geo"
FLOORS = json.loads((Path(__file__).parent / "floors" / "geo.json").read_text())
FILES = {"lgl": "lgl.xml", "gwn": "GWN.xml", "geovirus": "GeoVirus.xml"}


def _gold(corpus: str) -> Path:
    """The gold file of ``corpus``; the test skips when ../shared is absent (a user's machine)."""
    path = GEO / FILES[corpus]
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.mark.shared
@pytest.mark.parametrize("corpus", sorted(FILES))
def test_resolution_meets_floor(corpus: str) -> None:
    path = _gold(corpus)
    from storyline.eval.geo import evaluate

    got = evaluate(path, detect=False)
    assert got["corpus"] == corpus
    for metric, floor in FLOORS[corpus].items():
        if metric.startswith("detect_"):
            continue  # detection floors: test_product_detection_meets_floor
        assert got[metric] >= floor, (corpus, metric, got[metric], floor)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FILES))
def test_product_detection_meets_floor(corpus: str) -> None:
    """The toponyms the product itself finds (annotate + understand), not raw spaCy labels."""
    path = _gold(corpus)
    from storyline.eval.geo import detection_scores, product_toponyms, read_corpus

    _, articles = read_corpus(path)
    got = detection_scores(articles, product_toponyms(articles), "detect_product")
    floors = {k: v for k, v in FLOORS[corpus].items() if k.startswith("detect_product")}
    for metric, floor in floors.items():
        assert got[metric] >= floor, (corpus, metric, got[metric], floor)


def test_detection_scores_exact_and_overlap() -> None:
    from storyline.eval.geo import GoldArticle, GoldToponym, detection_scores

    text = "Talks in the U.S. and Raqqa province ended; Paris and Lyon wait."
    gold = [
        GoldToponym(13, 17, "U.S.", 38.0, -97.0),
        GoldToponym(22, 27, "Raqqa", 35.9, 39.0),
        GoldToponym(45, 50, "Paris", 48.85, 2.35),
        GoldToponym(55, 59, "Lyon", None, None),  # no coordinates: not scored
    ]
    art = GoldArticle(text=text, toponyms=gold)
    pred = {(9, 17), (22, 36), (45, 50), (55, 59)}  # "the U.S.", "Raqqa province", "Paris", "Lyon"
    got = detection_scores([art], [pred], "detect_x")
    assert got["detect_x_precision"] == 1 / 4 and got["detect_x_recall"] == 1 / 3
    assert got["detect_x_overlap_precision"] == 3 / 4 and got["detect_x_overlap_recall"] == 1.0
    assert detection_scores([art], [set()], "d")["d_f1"] == 0.0


@pytest.mark.slow
def test_product_toponyms_on_invented_text() -> None:
    """Places as the product sees them: an armed group the recogniser tags GPE ("Daesh"), an
    organisation and a demonym are not toponyms; the towns are."""
    from storyline.eval.geo import GoldArticle, product_toponyms

    text = "John Smith of the Red Cross said fighters of Daesh left Raqqa on Friday. French officials met in Paris."
    (spans,) = product_toponyms([GoldArticle(text=text)])
    found = {text[a:b] for a, b in spans}
    assert {"Raqqa", "Paris"} <= found
    assert not found & {"Daesh", "Red Cross", "French", "John Smith"}


def test_read_corpus_sniffs_formats(tmp_path: Path) -> None:
    from storyline.eval.geo import read_corpus

    lgl = tmp_path / "a.xml"
    lgl.write_text(
        "<articles><article><text>Paris is big.</text><toponyms><toponym><start>0</start><end>5</end>"
        "<phrase>Paris</phrase><gaztag geonameid='1'><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>"
        "</toponyms></article></articles>"
    )
    fmt, arts = read_corpus(lgl)
    assert fmt == "lgl" and arts[0].toponyms[0].lat == 48.85
    gv = tmp_path / "b.xml"
    gv.write_text(
        "<articles><article><text>In Lima.</text><locations><location><name>Lima</name><start>3</start>"
        "<end>7</end><lat>-12</lat><lon>-77</lon></location></locations></article></articles>"
    )
    fmt, arts = read_corpus(gv)
    assert fmt == "geovirus" and arts[0].toponyms[0].phrase == "Lima"


def _doc(text: str, ents: list[tuple[str, str]]) -> object:
    from storyline.records import AnnotatedArticle, Article, Mention, Sentence

    mentions, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        mentions.append(
            Mention(article="a", sentence=0, start=start, end=start + len(surface), text=surface, label=label)
        )
        pos = start + len(surface)
    return AnnotatedArticle(
        article=Article(id="a", file="a.txt", text=text),
        sentences=[Sentence(index=0, start=0, end=len(text), text=text)],
        mentions=mentions,
    )


def _places(text: str, ents: list[tuple[str, str]]) -> list[str]:
    from storyline.annotate.entities import KnowledgeBase, resolve_entities

    entities, docs = resolve_entities([_doc(text, ents)], KnowledgeBase())  # type: ignore[list-item]
    kind = {e.id: e.type for e in entities}
    return [m.text for m in docs[0].mentions if m.entity and kind.get(m.entity) == "place"]


def test_place_spans_lose_possessive_and_sentence_the() -> None:
    text = "New York’s mayor met St. John's council. The United States' envoy flew to The Hague."
    ents = [("New York’s", "GPE"), ("St. John's", "GPE"), ("The United States'", "GPE"), ("The Hague", "GPE")]
    assert _places(text, ents) == ["New York", "St. John's", "United States", "The Hague"]


def test_a_surname_the_recogniser_calls_a_place_is_the_person() -> None:
    text = "Coach Darren Ripley won. Ripley said Ripley County fans cheered."
    ents = [("Darren Ripley", "PERSON"), ("Ripley", "GPE"), ("Ripley County", "GPE")]
    assert _places(text, ents) == ["Ripley County"]
    # ... but a name also written after a locative preposition stays a place
    text2 = "Coach Darren Ripley won. Ripley said fans in Ripley cheered."
    ents2 = [("Darren Ripley", "PERSON"), ("Ripley", "GPE"), ("Ripley", "GPE")]
    assert _places(text2, ents2) == ["Ripley", "Ripley"]
