"""The date a summary sentence is ordered by keeps the precision its text gives and is the date of
what the sentence reports: not a background clause's, not a forecast's target.  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, PublishedDate, TimeExpression
from storyline.story.summary import Lead, lead, reported_day, story_order, undating_spans


def _doc(text: str, published: str, *dated: tuple[str, str, str]) -> AnnotatedArticle:
    """An article of one sentence; ``dated``: (expression, TimeML value, precision)."""
    art = Article(id="a", file="a.txt", text=text, published=PublishedDate(value=published, precision="day"))
    times = []
    for expr, value, precision in dated:
        start = text.index(expr)
        times.append(
            TimeExpression(
                article="a",
                text=expr,
                start=start,
                end=start + len(expr),
                sentence=0,
                type="DATE",
                value=value,
                precision=precision,  # type: ignore[arg-type]
                anchor="publication",
            )
        )
    return AnnotatedArticle(article=art, sentences=split(text), times=times)


def _day(text: str, published: str, *dated: tuple[str, str, str]) -> str | None:
    return reported_day(_doc(text, published, *dated), 0)


def test_a_coarse_date_keeps_its_precision() -> None:
    assert (
        _day("A year ago, the council closed the old mill by the river.", "2021-05-10", ("A year ago", "2020", "year"))
        == "2020"
    )
    assert (
        _day("In March, the council closed the old mill by the river.", "2021-05-10", ("March", "2021-03", "month"))
        == "2021-03"
    )
    assert (
        _day("The council closed the old mill last spring.", "2021-09-10", ("last spring", "2021-SP", "season"))
        == "2021-SP"
    )
    assert (
        _day("The council closed the old mill on 2 March.", "2021-05-10", ("2 March", "2021-03-02", "day"))
        == "2021-03-02"
    )


def test_a_period_is_ordered_by_its_place_without_a_made_up_day() -> None:
    texts = [
        ("The mill reopened on 1 June.", "2020-07-01", ("1 June", "2020-06-01", "day")),
        ("The mill changed hands in 2020.", "2021-01-05", ("2020", "2020", "year")),
        ("The mill flooded on 30 December.", "2020-01-02", ("30 December", "2019-12-30", "day")),
        ("Workers rebuilt the mill in June.", "2020-07-02", ("June", "2020-06", "month")),
        ("The mill stood empty in the spring.", "2020-07-03", ("the spring", "2020-SP", "season")),
    ]
    docs = [(_doc(*t), 0) for t in texts]
    # the year opens what happened in it, a month the days inside it; spring (March-May) comes before June
    assert story_order(docs, [0, 1, 2, 3, 4]) == [2, 1, 4, 3, 0]


def test_a_forecast_is_news_of_the_day_it_was_made() -> None:
    # the target of a prediction, even one resolved to a past season, does not date the sentence
    text = "A leading engineer has predicted that the old dam is likely to fail in the spring."
    assert _day(text, "2021-01-10", ("the spring", "2020-SP", "season")) == "2021-01-10"
    text = "By late June, the water company hopes it can stop most of the leaks in the valley."
    assert _day(text, "2021-06-19", ("late June", "2021-06", "month")) == "2021-06-19"
    text = "The minister told the committee on Tuesday that the company would try to seal the well on Saturday."
    doc = _doc(text, "2021-05-19", ("Tuesday", "2021-05-18", "day"), ("Saturday", "2021-05-15", "day"))
    assert reported_day(doc, 0) == "2021-05-18"
    # a month's name is no modal
    assert (
        _day("May 19 - The first oil reaches the marshes.", "2021-06-16", ("May 19", "2021-05-19", "day"))
        == "2021-05-19"
    )
    # what may have happened is past: it keeps its date
    text = "Up to fifty people may have died in the flood on 2 March, the mayor said."
    assert _day(text, "2021-03-20", ("2 March", "2021-03-02", "day")) == "2021-03-02"


def test_a_date_placing_the_news_before_or_after_another_event_does_not_date_it() -> None:
    text = "The minister spoke to reporters in the town hall after the bridge collapsed on 2 March."
    assert _day(text, "2021-03-20", ("2 March", "2021-03-02", "day")) == "2021-03-20"
    text = "The mayor said he wanted the valley rebuilt better than it was before the flood on 2 March."
    assert _day(text, "2021-03-20", ("2 March", "2021-03-02", "day")) == "2021-03-20"
    # a "when" clause dates the news
    text = "Two workers died when the bridge collapsed on 2 March."
    assert _day(text, "2021-03-20", ("2 March", "2021-03-02", "day")) == "2021-03-02"
    # the news's own date is found past a background one
    text = "The inquiry, which looks into the collapse on 2 March, heard its first witness on Monday."
    doc = _doc(text, "2021-04-13", ("2 March", "2021-03-02", "day"), ("Monday", "2021-04-12", "day"))
    assert reported_day(doc, 0) == "2021-04-12"


def test_undating_spans_run_to_the_next_clause_mark() -> None:
    text = "Rescuers arrived on Friday, after the storm passed over the coast on Thursday."
    spans = undating_spans(text)
    assert any(a <= text.index("Thursday") < b for a, b in spans)
    assert not any(a <= text.index("Friday") < b for a, b in spans)


def test_a_period_beginning_well_before_the_coverage_does_not_lead() -> None:
    def one(day: str) -> Lead:
        return Lead(
            key=1, text="The mill closed and the town lost its biggest employer.", sources=3, centrality=0.5, day=day
        )

    assert lead([one("2019")], "2021-04-24") is None  # a year long past
    assert lead([one("2021-04-02")], "2021-04-24") is None
    assert lead([one("2021-05")], "2021-04-24") == 1
    assert lead([one("2021-W16")], "2021-04-24") == 1  # the week the coverage began in
