"""Where the story stands: the summary tells the latest well-sourced development, not only the
background every article repeats; a year naming a known past thing does not date a sentence."""

from __future__ import annotations

from helpers import split
from storyline.clean.dateline import cut_datelines
from storyline.records import (
    AnnotatedArticle,
    Article,
    Citation,
    DateValue,
    Event,
    PublishedDate,
    Sentence,
    TimeExpression,
)
from storyline.story.events import sentence_date
from storyline.story.summary import latest_stretch, summarise


def _doc(name: str, text: str, published: str) -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    return AnnotatedArticle(article=art, sentences=split(text))


def _event(text: str, value: str, cites: list[tuple[str, int]], **kw: object) -> Event:
    return Event(
        id=text[:12],
        type="other",
        date=DateValue(value=value, precision="day" if len(value) == 10 else "year"),
        text=text,
        citations=[Citation(source=s, sentence=i, text=text) for s, i in cites],
        independent_sources=len({s for s, _ in cites}),
        **kw,  # type: ignore[arg-type]
    )


START = "The mayor of Northfield was arrested on charges of taking bribes from builders of the new bridge."
OLD = "The last such scandal in the town, in 1962, ended the careers of three councillors and a judge."
VERDICT = "A jury found the mayor of Northfield guilty of taking bribes from the bridge builders on Monday."


def _pile() -> tuple[list[AnnotatedArticle], list[Event]]:
    docs = [
        _doc("a", f"{START} {OLD} Police searched his office for documents.", "2021-03-01"),
        _doc("b", f"{START} {OLD} His lawyer said he would fight the charges.", "2021-03-02"),
        _doc("c", f"{OLD} The trial of the mayor opened with the testimony of a builder.", "2021-09-01"),
        _doc("d", f"{VERDICT} {OLD} Sentencing is due next month.", "2021-11-20"),
        _doc("e", f"{VERDICT} The council met to choose an acting mayor.", "2021-11-21"),
    ]
    events = [
        _event(START, "2021-02-28", [("a", 0), ("b", 0)]),
        _event(OLD, "1962", [("a", 1), ("b", 1), ("c", 0), ("d", 1)], background=True),
        _event(VERDICT, "2021-11-15", [("d", 0), ("e", 0)]),
    ]
    return docs, events


def test_the_latest_stretch_is_the_last_tenth_of_the_coverage() -> None:
    docs, _ = _pile()
    assert latest_stretch(docs) == ("2021-10-26", "2021-11-21")
    assert latest_stretch(docs[:1]) is None  # one dated article: no stretch


def test_the_summary_tells_the_latest_development_before_the_background_line() -> None:
    docs, events = _pile()
    # the summary is told in story order (tests/test_summary_order.py): the first sentence chosen is
    # what a one-sentence summary says
    texts = [s["text"] for s in summarise(docs, events, max_sentences=1)]
    assert texts[0] == VERDICT
    # the background line, repeated by four sources, would lead were it news
    events[1] = events[1].model_copy(update={"background": False})
    assert summarise(docs, events, max_sentences=1)[0]["text"] == OLD


def test_a_sentence_written_before_a_recent_event_gets_no_credit_for_it() -> None:
    docs, events = _pile()
    plan = "The mayor of Northfield will hear the jury's verdict on the bribes charge on 15 November."
    docs[2] = _doc("c", f"{plan} {OLD}", "2021-09-01")
    events[2] = _event(VERDICT, "2021-11-15", [("d", 0), ("e", 0), ("c", 0)])
    texts = [s["text"] for s in summarise(docs, events, max_sentences=2)]
    assert plan not in texts


def test_fragments_are_no_summary_sentences() -> None:
    docs = [
        _doc("a", "), one of the organisers of the protest in the capital, said.", "2021-03-01"),
        _doc("b", ": The president speaks from the office about the protest in the capital.", "2021-03-01"),
        _doc("c", "Thousands marched through the capital on Saturday to protest against the new tax.", "2021-03-01"),
    ]
    texts = [s["text"] for s in summarise(docs, [])]
    assert texts == ["Thousands marched through the capital on Saturday to protest against the new tax."]


def test_a_wire_dateline_naming_two_cities_is_cut_by_cleaning() -> None:
    # the story stage no longer strips datelines itself: cleaning cuts them (clean/dateline.py)
    text = "ZURICH/COPENHAGEN (Reuters) - Scientists found the first resistant case on Monday."
    assert cut_datelines(text)[0] == "Scientists found the first resistant case on Monday."


def _dated(text: str, year: str, published: str = "2010-05-30") -> str | None:
    art = Article(id="x", file="x.txt", text=text, published=PublishedDate(value=published, precision="day"))
    start = text.index(year)
    sent = Sentence(index=0, start=0, end=len(text), text=text)
    t = TimeExpression(
        article="x", text=year, start=start, end=start + 4, sentence=0, type="DATE", value=year, precision="year"
    )
    found = sentence_date(AnnotatedArticle(article=art, sentences=[sent], times=[t]), sent)
    return found[0].value if found else None


def test_a_year_naming_a_known_past_thing_does_not_date_the_sentence() -> None:
    assert _dated("The leak has surpassed the 1989 tanker disaster as the worst spill in the country.", "1989") is None
    assert _dated("Analysts say it is worse than the 1918 flu pandemic in one respect.", "1918") is None
    # what the sentence reports happened then
    assert _dated("During the 2008 campaign, the senator promised to close the prison.", "2008") == "2008"
    assert _dated("The 2005 refinery explosion killed 15 workers in the town.", "2005") == "2005"
    assert _dated("In a 1993 interview, the singer spoke about his father.", "1993") == "1993"
    # the story's own year is no known past thing
    assert _dated("Forecasters fear the 2010 hurricane season could spread the oil.", "2010") == "2010"
