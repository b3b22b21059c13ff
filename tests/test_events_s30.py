"""Session 30: a day after "by the" names the agent of a passive ("worsened by the Sept. 11, 2001, attacks"), a
past happening's name that dates its sentence only when nothing else does; a year there stays the passive's
own news (story/events.py ``_AGENT_BEFORE``)."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, PublishedDate, Sentence, TimeExpression
from storyline.story.events import sentence_date


def _sentence_doc(text: str, published: str, times: list[tuple[str, str, str]]) -> AnnotatedArticle:
    """One article whose sentence 5 (not a lead) is ``text``; ``times``: (written, value, precision)."""
    art = Article(id="a1", file="a1.txt", text=text, published=PublishedDate(value=published, precision="day"))
    tx = [
        TimeExpression(
            article="a1",
            sentence=5,
            start=text.index(w),
            end=text.index(w) + len(w),
            text=w,
            value=v,
            precision=p,
        )
        for w, v, p in times
    ]
    return AnnotatedArticle(article=art, sentences=[Sentence(index=5, start=0, end=len(text), text=text)], times=tx)


def _date_of(text: str, published: str, times: list[tuple[str, str, str]]) -> str | None:
    doc = _sentence_doc(text, published, times)
    found = sentence_date(doc, doc.sentences[0])
    return found[0].value if found else None


def test_a_passive_agent_named_by_its_day_gives_way_to_the_sentences_own_date() -> None:
    # "by the" before a named thing is its name, like "of the": the recession's end is dated by "March"
    text = "A recession worsened by the 11 September attacks ended in March, the bank said."
    times = [("11 September", "2031-09-11", "day"), ("March", "2032-03", "month")]
    assert _date_of(text, "2032-04-01", times) == "2032-03"


def test_a_year_after_by_the_is_the_passives_own_news() -> None:
    # the agent is what the sentence reports: the towns were flattened in 2029
    text = "Coastal towns were flattened by the 2029 tsunami, the report recalls."
    assert _date_of(text, "2031-04-01", [("2029", "2029", "year")]) == "2029"


def test_an_earlier_happenings_name_never_dates_a_sentence_that_has_no_other_time() -> None:
    # the results were announced in the article's days, not on the day of the vote the sentence names
    text = "Election officials announced the results of the January 30 elections, giving the alliance 140 seats."
    assert _date_of(text, "2031-02-14", [("January 30", "2031-01-30", "day")]) is None
    # a thing of the news cycle (that day or the day before) still dates it
    text = "Rescuers pulled two survivors from the rubble of the Tuesday quake."
    assert _date_of(text, "2031-02-12", [("Tuesday", "2031-02-11", "day")]) == "2031-02-11"
