"""Session 28: a date that is part of the name of a past thing ("lawsuits over the March 3 refinery blast")
does not date the sentence when another time does, nor a lead sentence written in the present (sentence_date)."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, PublishedDate, Sentence, TimeExpression
from storyline.story.events import sentence_date


def _date(text: str, published: str, times: list[tuple[str, str, str]], index: int = 0) -> str | None:
    """The date of a one-sentence article's sentence at ``index``; ``times``: (expression, TimeML value,
    precision)."""
    art = Article(id="a1", file="a1.txt", text=text, published=PublishedDate(value=published, precision="day"))
    exprs = [
        TimeExpression(
            article="a1",
            sentence=index,
            start=text.index(when),
            end=text.index(when) + len(when),
            text=when,
            value=value,
            precision=precision,  # type: ignore[arg-type]
        )
        for when, value, precision in times
    ]
    sentence = Sentence(index=index, start=0, end=len(text), text=text)
    doc = AnnotatedArticle(article=art, sentences=[sentence], times=exprs)
    found = sentence_date(doc, sentence)
    return found[0].value if found else None


BLAST = ("March 3", "2031-03-03", "day")


def test_another_time_dates_the_sentence_not_the_named_thing() -> None:
    text = "Lawyers for families of the March 3 refinery blast victims met the governor on Tuesday."
    assert _date(text, "2031-03-20", [BLAST, ("Tuesday", "2031-03-18", "day")]) == "2031-03-18"
    # a year and a comma inside the name
    text = "Donors to the fund for the June 9, 2029, floods gave another $2m in March."
    assert _date(text, "2031-04-02", [("June 9, 2029", "2029-06-09", "day"), ("March", "2031-03", "month")]) == (
        "2031-03"
    )


def test_a_lead_in_the_present_is_news_of_its_article_not_of_the_thing_it_names() -> None:
    text = "Regulators are still investigating the causes of the March 3 refinery explosion at Port Elan."
    assert _date(text, "2031-03-20", [BLAST]) is None  # so it is reported on its article's day
    text = "Clinics that cared for victims of the May 4, 2029, floods are now stocking up for the storm season."
    assert _date(text, "2031-04-02", [("May 4, 2029", "2029-05-04", "day")]) is None
    # session 30: a later sentence no longer takes the earlier happening's date either (it was "March 3" until
    # then): the investigating is not news of 3 March
    text = "Regulators are still investigating the causes of the March 3 refinery explosion at Port Elan."
    assert _date(text, "2031-03-20", [BLAST], index=7) is None


def test_the_named_date_stays_when_it_is_all_the_sentence_has_or_what_it_reports() -> None:
    # session 30: a past sentence with no other time is no longer dated by the earlier happening it names (it
    # was "March 3" until then): the blaming came later; a thing of the news cycle (that day or the day before) still dates it
    text = "Investigators blamed worn valves for the March 3 refinery explosion."
    assert _date(text, "2031-03-20", [BLAST]) is None
    assert _date(text, "2031-03-04", [BLAST]) == "2031-03-03"
    # the thing is the sentence's subject, or what its people died in: the sentence reports it
    text = "The March 3 refinery explosion killed four workers and injured nine."
    assert _date(text, "2031-03-20", [BLAST]) == "2031-03-03"
    text = "Four workers died in the March 3 refinery explosion, the company said on Tuesday."
    assert _date(text, "2031-03-20", [BLAST, ("Tuesday", "2031-03-18", "day")]) == "2031-03-03"
    # a thing named for a day ahead is the plan's date
    text = "Both candidates are campaigning hard for the November 4 election."
    assert _date(text, "2031-10-20", [("November 4", "2031-11-04", "day")]) == "2031-11-04"
