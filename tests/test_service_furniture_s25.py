"""Page furniture on the living store (Service.add, batch by batch): the batch path's rule
(storyline.clean.furniture) on the store's per-outlet line statistics plus the batch.  All text
here is invented."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storyline.clean.dedup import normalised
from storyline.clean.furniture import (
    MIN_PAGES,
    line_hash,
    strip_batch_furniture,
    strip_stream_furniture,
)
from storyline.options import Options
from storyline.records import Article, RawDocument, content_id
from storyline.service import Service
from storyline.store import open_store
from storyline.store.base import EdgeLine, PageLines

WORDS = [
    "harbour",
    "council",
    "ferry",
    "budget",
    "orchard",
    "bridge",
    "lantern",
    "quarry",
    "meadow",
    "tunnel",
    "beacon",
    "granary",
    "canal",
    "market",
]
PROMO = "Why do commuters still queue for the night bus? Our transport desk asks."


def story(i: int, n: int = 8) -> list[str]:
    """An invented story: sentences no other story shares."""
    rng = random.Random(i)
    return [" ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + f" in year {1800 + i}." for _ in range(n)]


def raw(i: int, promo: bool = True, outlet: str = "Evening Invented") -> RawDocument:
    text = "\n".join([*story(i), *([PROMO] if promo else [])])
    meta = {"title": f"Invented report {i}", "published": f"2011-03-{1 + i % 28:02d}", "outlet": outlet}
    return RawDocument(id=content_id(text, None), file=f"desk/{i}.txt", format="txt", text=text, meta=meta)


def service(db: Path) -> Service:
    return Service(str(db), Options(), annotate=False)


def texts_of(db: Path) -> dict[str, str]:
    with open_store(str(db)) as store:
        return {a.file: a.text for a in store.articles()}


def test_stream_drops_furniture_once_the_store_has_seen_enough_stories(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with service(db) as svc:
        for i in range(MIN_PAGES - 1):  # one page a batch: too few stories to call the line furniture
            svc.add([raw(i)])
        assert svc.furniture_removed == 0
        svc.add([raw(MIN_PAGES - 1)])  # the fifth distinct story closing with the promo: furniture now
        svc.add([raw(10), raw(11, promo=False)])
        assert svc.furniture_removed == 2
    texts = texts_of(db)
    # pages stored before the line was furniture keep it (their ids and annotations never change)
    assert all(texts[f"desk/{i}.txt"].endswith(PROMO) for i in range(MIN_PAGES - 1))
    assert PROMO not in texts[f"desk/{MIN_PAGES - 1}.txt"]
    assert PROMO not in texts["desk/10.txt"] and texts["desk/10.txt"].endswith("in year 1810.")
    with open_store(str(db)) as store:
        a = next(x for x in store.articles() if x.file == "desk/10.txt")
        assert a.removed[-1] == PROMO
        pages, lines = store.edge_lines("Evening Invented", [line_hash(normalised(PROMO))], 100)
        assert pages == 7
        promo = lines[line_hash(normalised(PROMO))]
        assert (promo.edge, promo.anywhere, len(promo.stories)) == (6, 6, MIN_PAGES)


def test_ids_stay_and_rereads_add_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    docs = [raw(i) for i in range(8)]
    with service(db) as svc:
        first = svc.add(docs)
    with service(db) as svc:
        again = svc.add(docs)
    assert [a.status for a in first] == ["inserted"] * 8
    assert [a.status for a in again] == ["existing"] * 8
    assert [a.article_id for a in again] == [a.article_id for a in first]
    with service(db) as svc:
        cleaned = svc._clean  # the id is the content hash taken at cleaning, before furniture
        assert cleaned is not None
        ids = [a.id for a in cleaned.pipe([raw(i) for i in range(8)])]
    assert ids == [a.article_id for a in first]
    with open_store(str(db)) as store:
        assert store.count() == 8
        pages, lines = store.edge_lines("Evening Invented", [line_hash(normalised(PROMO))], 100)
        assert pages == 8 and lines[line_hash(normalised(PROMO))].edge == 8


def test_a_page_read_again_after_its_line_became_furniture_is_the_stored_one(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with service(db) as svc:
        svc.add([raw(0)])  # stored with the promo (not furniture yet)
        svc.add([raw(i) for i in range(1, 8)])
        # the same file cleaned by a newer cleaner (a new id) now loses the promo: still the stored page
        text = "\n".join([*story(0), PROMO]) + "\n"
        doc = RawDocument(id=content_id(text, None), file="desk/0.txt", format="txt", text=text, meta=raw(0).meta)
        out = svc.add([doc])
    assert out[0].status == "existing"
    with open_store(str(db)) as store:
        assert store.count() == 8


def test_a_killed_batch_is_counted_once_on_rerun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    docs = [raw(i) for i in range(12)]
    with service(db) as svc:
        svc.add(docs[:6])

        def killed(dirty: dict[str, list[str]]) -> None:
            raise KeyboardInterrupt  # after the articles (and their statistics) were committed

        monkeypatch.setattr(svc, "_update_stories", killed)
        with pytest.raises(KeyboardInterrupt):
            svc.add(docs[6:9])
    with service(db) as svc:
        svc.add(docs)
    with open_store(str(db)) as store:
        assert store.count() == 12
        assert sorted(a.file for a in store.articles()) == sorted(d.file for d in docs)
        pages, lines = store.edge_lines("Evening Invented", [line_hash(normalised(PROMO))], 100)
        assert pages == 12 and lines[line_hash(normalised(PROMO))].edge == 12
        assert sum(len(r.article_ids) for r in store.stories()) == 12


def test_stream_on_an_empty_store_is_the_batch_rule() -> None:
    arts = [
        Article(id=f"a{i:02d}", file=f"{i}.txt", outlet="Evening Invented", text="\n".join([*story(i), PROMO]))
        for i in range(7)
    ]
    arts.append(arts[0].model_copy(update={"id": "z99", "file": "copy.txt", "duplicate_of": "a00"}))
    batch, batch_log = strip_batch_furniture(arts)

    def nothing(outlet: str, keys: list[str]) -> tuple[int, dict[str, EdgeLine]]:
        return 0, {}

    stream = strip_stream_furniture(arts, nothing, lambda ids: {})
    assert [a.text for a in stream.articles] == [a.text for a in batch]
    assert [(r.file, r.line) for r in stream.removals] == [(r.file, r.line) for r in batch_log]
    assert [a.id for a in stream.articles] == [a.id for a in arts]
    assert "z99" not in stream.lines  # a copy is stripped but never counted
    page = stream.lines["a03"]
    assert isinstance(page, PageLines) and page.outlet == "Evening Invented"
    promo = line_hash(normalised(PROMO))
    assert promo in page.edge and promo in page.anywhere
    # seven distinct stories print it at an edge: counted up to the threshold, as in the batch
    assert sum(promo in p.stories for p in stream.lines.values()) == MIN_PAGES


def test_a_syndicated_story_does_not_make_its_own_line_furniture() -> None:
    # the same story printed seven times (each a little edited) with one closing line: one story, not seven
    base = story(3)
    arts = [
        Article(
            id=f"b{i:02d}",
            file=f"{i}.txt",
            outlet="Evening Invented",
            text="\n".join([*base[:-1], f"{base[-1]} Edition {i}.", PROMO]),
        )
        for i in range(7)
    ]
    stream = strip_stream_furniture(arts, lambda o, k: (0, {}), lambda ids: {})
    assert stream.removals == []
    assert sum(line_hash(normalised(PROMO)) in p.stories for p in stream.lines.values()) == 1


def test_stored_stories_count_towards_the_decision() -> None:
    key = line_hash(normalised(PROMO))
    stored = {key: EdgeLine(edge=4, anywhere=4, stories=("s1", "s2", "s3", "s4"))}
    texts = {f"s{i}": "\n".join([*story(100 + i), PROMO]) for i in range(1, 5)}
    new = Article(id="n1", file="n1.txt", outlet="Evening Invented", text="\n".join([*story(7), PROMO]))
    stream = strip_stream_furniture(
        [new], lambda o, k: (4, {h: v for h, v in stored.items() if h in k}), lambda ids: {i: texts[i] for i in ids}
    )
    assert [r.line for r in stream.removals] == [PROMO]
    assert stream.articles[0].id == "n1" and PROMO not in stream.articles[0].text
    # the same page when the stored stories are copies of it: not a fifth distinct story
    same = {f"s{i}": new.text for i in range(1, 5)}
    stream = strip_stream_furniture(
        [new], lambda o, k: (4, {h: v for h, v in stored.items() if h in k}), lambda ids: {i: same[i] for i in ids}
    )
    assert stream.removals == []
