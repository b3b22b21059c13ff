"""Round 2 of furniture in the service path: the shared decision keeps a sentence that reports a
figure, on the living store as in the batch.  All text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean import furniture
from storyline.clean.furniture import _furniture_like, strip_batch_furniture, strip_stream_furniture
from storyline.options import Options
from storyline.records import Article, RawDocument, content_id
from storyline.service import Service
from storyline.store import open_store

BACKGROUND = "The ferry fire killed 9 passengers."
PROMO = "5 things to know before you queue for the night bus, from our transport desk."


def story(i: int) -> list[str]:
    return [
        f"Inspectors visited pier {i} on day {i} and found the lanterns of berth {i} dark again.",
        f"Councillor number {i} said the budget for quay {i} would be debated.",
    ]


def test_shared_decision_tells_reported_figures_from_promo_counts() -> None:
    assert not _furniture_like("the ferry fire killed 9 passengers")
    assert not _furniture_like("officials said 300 homes were flooded overnight")
    assert _furniture_like("5 things to know before you queue for the night bus from our transport desk")
    assert _furniture_like("top 10 walks along the canal")
    assert _furniture_like("why do commuters still queue for the night bus")
    assert _furniture_like("go to page 2")  # a pager ends on its page number
    assert _furniture_like("this article has been corrected")


def test_stream_keeps_a_figure_sentence_and_drops_a_counted_promo() -> None:
    arts = [
        Article(
            id=f"c{i:02d}", file=f"{i}.txt", outlet="Morning Invented", text="\n".join([*story(i), BACKGROUND, PROMO])
        )
        for i in range(8)
    ]
    batch, batch_log = strip_batch_furniture(arts)
    stream = strip_stream_furniture(arts, lambda o, k: (0, {}), lambda ids: {})
    assert [r.line for r in stream.removals] == [PROMO] * 8
    assert [(r.file, r.line) for r in stream.removals] == [(r.file, r.line) for r in batch_log]
    assert [a.text for a in stream.articles] == [a.text for a in batch]
    assert all(a.text.endswith(BACKGROUND) for a in stream.articles)


def test_service_add_keeps_the_figure_sentence(tmp_path: Path) -> None:
    svc = Service(str(tmp_path / "s.db"), Options(), annotate=False)
    try:
        for i in range(8):
            text = "\n".join([*story(i), BACKGROUND, PROMO])
            meta = {"title": f"Pier report {i}", "published": f"2012-05-{1 + i:02d}", "outlet": "Morning Invented"}
            svc.add([RawDocument(id=content_id(text, None), file=f"pier/{i}.txt", format="txt", text=text, meta=meta)])
    finally:
        svc.close()
    with open_store(str(tmp_path / "s.db")) as store:
        texts = [a.text for a in store.articles()]
    assert len(texts) == 8 and all(BACKGROUND in t for t in texts)
    # one page a call: the promo is furniture from the fifth distinct story on
    assert sum(PROMO not in t for t in texts) == 4


def _fill_then_promo(db: Path, promo_pages: int) -> list[str]:
    """An outlet's 16 stories without the promo, then ``promo_pages`` stories closing with it,
    one ``add`` each; the stored texts of the promo stories, in order."""
    svc = Service(str(db), Options(), annotate=False)
    try:
        plain = []
        for i in range(16):
            text = "\n".join(story(100 + i))
            meta = {"title": f"Quay report {i}", "published": "2012-04-01", "outlet": "Morning Invented"}
            plain.append(
                RawDocument(id=content_id(text, None), file=f"quay/{i}.txt", format="txt", text=text, meta=meta)
            )
        svc.add(plain)
        for i in range(promo_pages):
            text = "\n".join([*story(i), PROMO])
            meta = {"title": f"Pier report {i}", "published": "2012-05-01", "outlet": "Morning Invented"}
            svc.add([RawDocument(id=content_id(text, None), file=f"pier/{i}.txt", format="txt", text=text, meta=meta)])
    finally:
        svc.close()
    with open_store(str(db)) as store:
        by_file = {a.file: a.text for a in store.articles()}
    return [by_file[f"pier/{i}.txt"] for i in range(promo_pages)]


def test_the_share_is_of_the_outlets_recent_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a high share makes the outlet's page count matter: a quarter of its pages
    monkeypatch.setattr(furniture, "MIN_SHARE", 0.25)
    # every stored page counts: 16 + 4 stored + this one -> 6 stories needed; the fifth keeps it
    monkeypatch.setattr(furniture, "WINDOW_PAGES", 1000)
    assert [PROMO in t for t in _fill_then_promo(tmp_path / "all.db", 5)] == [True] * 5
    # the last 8 pages + this one -> 5 stories needed (MIN_PAGES): the fifth promo page loses it
    monkeypatch.setattr(furniture, "WINDOW_PAGES", 8)
    assert [PROMO in t for t in _fill_then_promo(tmp_path / "recent.db", 5)] == [True] * 4 + [False]


def test_a_step_3_store_upgrades_with_fresh_statistics(tmp_path: Path) -> None:
    import sqlite3

    from storyline.store.sqlite import MIGRATIONS, SCHEMA_VERSION

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for step in MIGRATIONS[:3]:
        for statement in step:
            con.execute(statement)
    con.execute("INSERT INTO outlet_pages VALUES ('Morning Invented', 40)")
    con.execute("INSERT INTO edge_lines VALUES ('Morning Invented', 'k-promo', 30, 30)")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    with open_store(str(db)) as store:
        assert store.schema_version() == SCHEMA_VERSION == 4
        # running totals cannot be windowed: the statistics restart empty
        assert store.edge_lines("Morning Invented", ["k-promo"], 200) == (0, {})
