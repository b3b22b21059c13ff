"""Store contract for page-furniture line statistics (edge_lines / PageLines), on every backend
(PostgreSQL when STORYLINE_TEST_PG names a server)."""

from __future__ import annotations

from storyline.records import AnnotatedArticle
from storyline.store import open_store
from storyline.store.base import EdgeLine, PageLines
from test_store_contract import make_article, url  # noqa: F401  (the backend fixture)


def lines_of(article_id: str, outlet: str = "Outlet A") -> PageLines:
    return PageLines(
        article_id, outlet, edge=("k-promo", "k-head"), anywhere=("k-promo", "k-head", "k-mid"), stories=("k-promo",)
    )


def test_line_statistics_are_counted_once_per_stored_article(url: str) -> None:  # noqa: F811
    a, b = make_article(1), make_article(2)
    with open_store(url) as store:
        assert store.edge_lines("Outlet A", ["k-promo"], 100) == (0, {})
        store.add_articles([a], [lines_of(a.id)])
        store.add_articles([a, b], [lines_of(a.id), lines_of(b.id)])  # a is already stored: not counted again
        store.add_annotated([AnnotatedArticle(article=b)], [lines_of(b.id)])  # b too
        pages, got = store.edge_lines("Outlet A", ["k-promo", "k-mid", "k-unknown"], 100)
    assert pages == 2
    assert got == {
        "k-promo": EdgeLine(edge=2, anywhere=2, stories=(a.id, b.id)),
        "k-mid": EdgeLine(edge=0, anywhere=2, stories=()),
    }


def test_line_statistics_are_kept_per_outlet(url: str) -> None:  # noqa: F811
    a, b = make_article(1), make_article(2, outlet="Outlet B")
    with open_store(url) as store:
        store.add_annotated([AnnotatedArticle(article=a)], [lines_of(a.id)])
        store.add_articles([b], [lines_of(b.id, "Outlet B")])
        assert store.edge_lines("Outlet A", ["k-head"], 100) == (1, {"k-head": EdgeLine(1, 1, ())})
        assert store.edge_lines("Outlet B", ["k-head"], 100) == (1, {"k-head": EdgeLine(1, 1, ())})
        assert store.edge_lines("Outlet C", ["k-head"], 100) == (0, {})
        assert store.edge_lines("Outlet B", ["k-promo"], 100) == (1, {"k-promo": EdgeLine(1, 1, (b.id,))})


def test_line_statistics_cover_the_outlets_last_pages_only(url: str) -> None:  # noqa: F811
    # five pages of one outlet: a promo on the first two, a mid-body line on the last three
    arts = [make_article(i) for i in range(1, 6)]
    early = [PageLines(a.id, "Outlet A", ("k-promo",), ("k-promo",), ("k-promo",)) for a in arts[:2]]
    late = [PageLines(a.id, "Outlet A", (), ("k-mid",), ()) for a in arts[2:]]
    with open_store(url) as store:
        for a, p in zip(arts, [*early, *late], strict=True):
            store.add_articles([a], [p])
        assert store.edge_lines("Outlet A", ["k-promo", "k-mid"], 10) == (
            5,
            {"k-promo": EdgeLine(2, 2, (arts[0].id, arts[1].id)), "k-mid": EdgeLine(0, 3, ())},
        )
        # the last four pages: the first promo page and its story fall out of the window
        assert store.edge_lines("Outlet A", ["k-promo", "k-mid"], 4) == (
            4,
            {"k-promo": EdgeLine(1, 1, (arts[1].id,)), "k-mid": EdgeLine(0, 3, ())},
        )
        assert store.edge_lines("Outlet A", ["k-promo", "k-mid"], 3) == (3, {"k-mid": EdgeLine(0, 3, ())})
