"""Session 31: a summary tells what happened, not a plan or forecast for a time the coverage has passed.
Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, PublishedDate, TimeExpression
from storyline.story.summary import forecast_clause, stale_plan, summarise


def _doc(name: str, text: str, published: str, *dated: tuple[str, str]) -> AnnotatedArticle:
    """An article; ``dated``: (expression, TimeML day) of its time expressions, in its first sentence."""
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    times = []
    for expr, value in dated:
        start = text.index(expr)
        times.append(
            TimeExpression(
                article=name,
                text=expr,
                start=start,
                end=start + len(expr),
                sentence=0,
                type="DATE",
                value=value,
                precision="day",
                anchor="publication",
            )
        )
    return AnnotatedArticle(article=art, sentences=split(text), times=times)


def test_a_main_clause_that_plans_or_forecasts() -> None:
    for text in (
        "The governor will visit the flooded valley on Tuesday.",
        "By late June, the water board hopes it can reopen the northern reservoir.",
        "The mayor is expected to unveil the rebuilding plan on Friday.",
        "Tenders for the new bridge are due by 27 October.",
        "The council plans to close the old mill road next week.",
        # a fronted clause of time is a side part: the main clause's verb is the plan's
        "When the levee is repaired, the army will leave the town on Sunday.",
    ):
        assert forecast_clause(text), text


def test_a_main_clause_that_reports_what_was_done_or_said() -> None:
    for text in (
        "The bank announced on Friday that it will change its lending rules.",
        "The governor said he would visit the valley on Tuesday.",
        "The army left the town on Sunday after the levee was repaired.",
        "The board was due to meet on Monday, but the meeting was cancelled.",  # what came of the plan
        "Engineers fear the dam could fail by Friday.",  # a verb of thinking first: what is feared
        "Up to 300 people may have died in the flood on Tuesday.",  # a hedged past: it happened
    ):
        assert not forecast_clause(text), text


def test_a_plan_for_a_day_the_coverage_passed_is_stale() -> None:
    text = "The governor will visit the flooded valley on Tuesday."
    doc = _doc("a", text, "2031-05-05", ("Tuesday", "2031-05-06"))
    assert stale_plan(doc, 0, text, "2031-06-30")
    # the coverage ends before the visit: where the story stands
    assert not stale_plan(doc, 0, text, "2031-05-06")
    # no last day known: nothing to judge by
    assert not stale_plan(doc, 0, text, None)


def test_a_plan_for_the_day_of_its_article_or_with_no_date_is_not_stale() -> None:
    today = "The mayor is expected to unveil the rebuilding plan today."
    assert not stale_plan(_doc("a", today, "2031-05-05", ("today", "2031-05-05")), 0, today, "2031-06-30")
    undated = "The governor will visit the flooded valley soon."
    assert not stale_plan(_doc("b", undated, "2031-05-05"), 0, undated, "2031-06-30")


def test_a_report_dated_ahead_is_not_judged_a_plan() -> None:
    # a past tense dated after its article: a wrong publication date, not a plan
    text = "The governor visited the flooded valley on Tuesday."
    assert not stale_plan(_doc("a", text, "2031-05-05", ("Tuesday", "2031-05-06")), 0, text, "2031-06-30")


def test_the_summary_does_not_tell_a_stale_plan() -> None:
    plan = "The governor will visit the flooded valley of Northfield on Tuesday."
    docs = [
        _doc("a", plan, "2031-05-05", ("Tuesday", "2031-05-06")),
        _doc("b", "The governor visited the flooded valley of Northfield and met farmers.", "2031-05-06"),
        _doc("c", "Farmers in Northfield asked the governor for help to rebuild their barns.", "2031-06-30"),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=6, max_words=300)]
    assert plan not in texts
    assert "The governor visited the flooded valley of Northfield and met farmers." in texts
    # the same plan read when the coverage ends the day before the visit is where the story stands
    texts = [str(s["text"]) for s in summarise(docs[:1] + docs[1:2], [], max_sentences=6, max_words=300)]
    assert plan in texts
