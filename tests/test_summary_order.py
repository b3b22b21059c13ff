"""The summary tells the story in order, and never picks two sentences run together (a caption or
headline glued to the next sentence with no full stop).  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.clean.glued import CaseCounts
from storyline.records import AnnotatedArticle, Article, PublishedDate, TimeExpression
from storyline.story.summary import designations, reported_day, run_together, story_order, summarise

PROSE = [
    "Crews cleared the last of the mud from the streets of the town on Friday morning.",
    "The river rose over its banks after three days of heavy rain in the hills.",
    "Engineers said the old stone bridge would stay closed until it had been inspected.",
    "Farmers counted the sheep they had lost to the water in the lower fields.",
    "The mayor asked residents to boil their tap water for at least a week.",
]
COUNTS = CaseCounts.of(PROSE + ["The agency sent rescuers and the rescuers found two more families."] * 3)


def _glued(text: str) -> bool:
    return run_together(text, COUNTS)


def test_a_caption_glued_to_the_next_sentence_is_two_sentences() -> None:
    assert _glued("The bridge fell in the flood The agency has launched an appeal for the homeless families.")
    assert _glued('The mayor said the damage was "beyond belief" The army has sent two hundred soldiers to help.')
    assert _glued("Volunteers fill sandbags near the church Rescuers have found two more families on a roof.")
    assert _glued("Crews are working to reopen the road to the valley on the hillside The Old Mill burning overnight.")


def test_names_titles_and_ordinary_sentences_are_not_glued() -> None:
    for text in PROSE:
        assert not _glued(text)
    assert not _glued("The minister met President Avel in the capital and promised more help.")
    assert not _glued("A spokesman told The Daily Courier that the bridge had been closed since Monday.")
    assert not _glued("She sang with the band The Lanterns, who toured the coast towns every summer.")
    assert not _glued("Flood water reached the school in Northfield and the pupils were sent home.")


def test_a_capital_a_the_story_uses_as_a_name_opens_no_sentence() -> None:
    texts = [f"Doctors said cases of type A {w} were rising in the district." for w in ("flu", "virus", "strain")]
    named = designations(texts)
    assert "type" in named
    assert not run_together("Doctors said type A strains spread faster in the district.", COUNTS, named=named)
    assert run_together("The clinic closed its doors after the outbreak A nurse said the staff were tired.", COUNTS)


def _doc(name: str, text: str, published: str | None, times: list[TimeExpression] | None = None) -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published))
    return AnnotatedArticle(article=art, sentences=split(text), times=times or [])


def _time(name: str, text: str, expr: str, value: str, sentence: int = 0) -> TimeExpression:
    start = text.index(expr)
    return TimeExpression(
        article=name, text=expr, start=start, end=start + len(expr), sentence=sentence, type="DATE", value=value
    )


def test_a_sentence_is_placed_by_the_day_it_reports_or_its_article_date() -> None:
    early = "The river burst its banks on 2 March and flooded the lower town."
    plan = "The council will vote on a new flood wall on 30 June, the mayor said."
    clause = "The mayor denies the charge, which relates to the flood on 2 March."
    a = _doc("a", early, "2021-03-20", [_time("a", early, "2 March", "2021-03-02")])
    b = _doc("b", plan, "2021-04-10", [_time("b", plan, "30 June", "2021-06-30")])
    c = _doc("c", clause, "2021-04-01", [_time("c", clause, "2 March", "2021-03-02")])
    d = _doc("d", "Volunteers from the valley towns are still clearing the mud.", None)
    assert reported_day(a, 0) == "2021-03-02"
    assert reported_day(b, 0) == "2021-04-10"  # a plan is news of the day it was said
    assert reported_day(c, 0) == "2021-04-01"  # the date is the background clause's
    assert reported_day(d, 0) is None
    assert story_order([(d, 0), (b, 0), (a, 0), (c, 0)], [10, 11, 12, 13]) == [12, 13, 11, 10]


def test_the_summary_is_told_in_the_order_of_the_story() -> None:
    first = "The river burst its banks on Monday and flooded the lower town."
    later = "The council voted on Thursday to build a new flood wall along the river."
    docs = [
        _doc("b", later, "2021-03-05", [_time("b", later, "Thursday", "2021-03-04")]),
        _doc("c", later, "2021-03-06", [_time("c", later, "Thursday", "2021-03-04")]),
        _doc("a", first, "2021-03-02", [_time("a", first, "Monday", "2021-03-01")]),
    ]
    assert summarise(docs, [], max_sentences=1)[0]["text"] == later  # two sources say it: chosen first
    pump = "Workers began to pump the muddy water out of the cellars of the houses on Saturday."
    docs.append(_doc("d", pump, "2021-03-08", [_time("d", pump, "Saturday", "2021-03-06")]))
    # the best-sourced sentence leads (summary_lead.py), the rest is told in order
    assert [s["text"] for s in summarise(docs, [])] == [later, first, pump]


def test_a_social_network_post_is_never_chosen() -> None:
    post = "RT @river_watch: The council voted on Thursday to build a new flood wall along the river."
    handle = "The council voted on Thursday to build a wall, follow @river_watch for the flood news."
    plain = "The council voted on Thursday to build a new flood wall along the river."
    docs = [
        _doc("a", post, "2021-03-05", [_time("a", post, "Thursday", "2021-03-04")]),
        _doc("b", handle, "2021-03-05", [_time("b", handle, "Thursday", "2021-03-04")]),
        _doc("c", plain, "2021-03-06", [_time("c", plain, "Thursday", "2021-03-04")]),
    ]
    assert [s["text"] for s in summarise(docs, [])] == [plain]
    assert not summarise(docs[:2], [])  # jane@example.com is no handle, but these two are posts


def test_a_citation_must_tell_most_of_the_claim() -> None:
    from storyline.story.summary import COVERED, coverage

    claim = ["agenc", "launch", "appeal", "help", "three", "million", "six", "month", "need", "relief"]
    assert coverage(claim, [*claim, "flash"]) == 1.0
    assert coverage(claim, ["agenc", "launch", "appeal", "help", "three", "million"]) < COVERED  # a part
    assert coverage([], ["agenc"]) == 0.0
