"""The summary opens with what the story is (its lead), then tells the rest in story order; lines
about the article or the page are never told.  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, PublishedDate, TimeExpression
from storyline.story.summary import Lead, about_the_page, lead, summarise


def _doc(name: str, text: str, published: str, times: list[TimeExpression] | None = None) -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    return AnnotatedArticle(article=art, sentences=split(text), times=times or [])


def _time(name: str, text: str, expr: str, value: str) -> TimeExpression:
    start = text.index(expr)
    return TimeExpression(
        article=name, text=expr, start=start, end=start + len(expr), sentence=0, type="DATE", value=value
    )


def test_lines_about_the_article_or_the_page_are_meta() -> None:
    for text in [
        "The article was written Oct. 12.",
        "This story has been updated to include a statement from the mayor.",
        "An earlier version of this article misspelled the name of the river.",
        "Correction: the bridge reopened on Tuesday, not Monday.",
        "Editor's note: some readers may find the pictures distressing.",
        "Jo Roe and Al Poe contributed to this report.",
        "Sign up for free e-mail news alerts from the Courier.",
        "Explore all of our flood graphics to track the water as it rises.",
        "The writer is a professor of hydrology at Northfield University.",
        "Click here to read the mayor's statement in full.",
    ]:
        assert about_the_page(text), text
    for text in [
        "The report was published by the river authority on Monday.",
        "The council said the story of the flood would be told in a new museum.",
        "Farmers sign up for the compensation scheme at the town hall.",
        "The mayor said the writer of the letter had not been found.",
        "This report lists every bridge the flood has closed, the agency said.",
    ]:
        assert not about_the_page(text), text


def test_a_line_about_the_article_is_never_in_the_summary() -> None:
    news = "The river burst its banks on Monday and flooded the lower town of Northfield."
    meta = "This story about the flooded lower town of Northfield was updated on Monday."
    docs = [_doc("a", f"{news} {meta}", "2021-03-02"), _doc("b", f"{meta} {news}", "2021-03-03")]
    assert about_the_page(meta)
    assert [s["text"] for s in summarise(docs, [], max_sentences=4, max_words=300)] == [news]


def _lead(key: int, text: str, sources: int, centrality: float, day: str | None) -> Lead:
    return Lead(key=key, text=text, sources=sources, centrality=centrality, day=day)


def test_the_lead_is_the_central_well_sourced_sentence_never_background() -> None:
    old = _lead(1, "The last flood of the valley, in January, closed the old mill.", 5, 0.40, "2021-01-10")
    aside = _lead(2, "A local choir sang in the church hall for the volunteers.", 1, 0.20, "2021-03-04")
    core = _lead(3, "The river burst its banks and flooded the lower town.", 4, 0.35, "2021-03-01")
    dangling = _lead(4, "Its water reached the school and the pupils were sent home.", 6, 0.45, "2021-03-02")
    assert lead([old, aside, core, dangling], "2021-03-02") == 3  # background and a dangling opener never lead
    assert lead([old, aside], "2021-03-02") == 2
    assert lead([old], "2021-03-02") is None
    assert lead([old], None) == 1  # no coverage start known: nothing is background
    # a second source counts like 0.05 of centrality: one source's central line beats a repeated aside
    assert lead([_lead(5, "Crowds watched.", 2, 0.10, None), _lead(6, "Rain fell.", 1, 0.30, None)], None) == 6


def test_the_summary_opens_with_its_lead_then_tells_the_story_in_order() -> None:
    old = "The last great flood of the valley, on 2 January, closed the old mill for a month."
    burst = "The river burst its banks on Monday and flooded the lower town of Northfield."
    vote = "The council voted on Thursday to build a new flood wall along the river at Northfield."
    docs = [
        _doc("a", old, "2021-03-02", [_time("a", old, "2 January", "2021-01-02")]),
        _doc("b", vote, "2021-03-05", [_time("b", vote, "Thursday", "2021-03-04")]),
        _doc("c", burst, "2021-03-02", [_time("c", burst, "Monday", "2021-03-01")]),
        _doc("d", burst, "2021-03-03", [_time("d", burst, "Monday", "2021-03-01")]),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=3, max_words=300)]
    # the burst (two sources) leads; the January flood is background: told after the lead, in order
    assert texts == [burst, old, vote]
