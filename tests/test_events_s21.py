"""Session 21: a pointing "It"/"This" and a call to the
reader are no entries; a summary sentence carries news (all on invented text)."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, Citation, DateValue, Event, PublishedDate
from storyline.records import Mention as EntityMention
from storyline.story.events import (
    Mention,
    _event,
    _readable,
    _settled,
    call_to_action,
    fragment,
    merge,
    points_back,
)
from storyline.story.summary import summarise, tellable
from storyline.story.text import Tfidf, figures_in

BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]


def prepared(texts: list[tuple[str, str, str]]) -> list[Mention]:
    """(article, text, date as written) -> mentions dated 3 March 2031 by their text."""
    day = DateValue(value="2031-03-03", precision="day")
    ms = [Mention(a, a, 0, t, "other", day, "text", set(), [], [], "2031-03-05", date_text=d) for a, t, d in texts]
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return ms


def events_of(ms: list[Mention]) -> list[Event]:
    return [_event(c, {}, {}, None) for c in _settled(merge(ms)) if _readable(c)]


def test_a_pointing_it_or_this_points_back() -> None:
    for text in [
        "It is the worst storm to hit the coast in 50 years.",
        "It's the worst storm to hit the coast in 50 years.",
        "It said the pumps would be restarted.",
        "This happens every winter in the valley.",
        "That leaves the council with a large gap.",
    ]:
        assert points_back(text), text
    for text in [
        "It is expected that the vote will pass on Friday.",
        "It emerged on Monday that the mayor had resigned.",
        "It is thought 40 people died in the storm.",
        "It is too early to say whether the dam will hold.",
        "It is six weeks since the storm struck the coast.",
        "It was on 3 March that the dam finally burst.",
        "This week's storm flooded the town.",
        "These days the town is quiet again.",
    ]:
        assert not points_back(text), text


def test_a_call_to_the_reader_is_no_event_and_no_summary_sentence() -> None:
    for text in [
        "Explore all of our flood maps and videos here.",
        "Follow our live updates on the storm.",
        "Please keep your comments on topic.",
        "Text FLOOD to 70000 to donate to the appeal.",
    ]:
        assert call_to_action(text), text
        assert not tellable(text), text
    for text in ["Share prices fell 5% on Monday.", "Text of the mayor's speech was released on Monday."]:
        assert not call_to_action(text), text
    [m] = prepared([("a", "Explore all of our flood maps from 3 March here.", "3 March")])
    assert events_of([m]) == []


def test_a_bare_quotation_or_a_title_cut_at_its_exclamation_mark_is_no_entry() -> None:
    for text in [
        '"We will stay in Avonford as long as the river stays high."',
        "\u201cNobody will be left behind on 3 March.\u201d",
        "In 1987 the Avonford band's album Rise Up!",
    ]:
        assert fragment(text), text
    for text in [
        '"We will stay in Avonford as long as it takes," the mayor said on 3 March.',
        "The mayor said: \u201cNobody will be left behind.\u201d",
        "The old dam burst on 3 March!",
        "Water levels rise again in Avonford!",
        "Shares in Avonford Water fell on Yahoo! Finance on 3 March.",
    ]:
        assert not fragment(text), text
    quote, title = prepared(
        [
            ("a", '"We will stay in Avonford from 3 March until the water goes."', "3 March"),
            ("b", "On 3 March the Avonford players staged Rise Up!", "3 March"),
        ]
    )
    assert events_of([quote]) == []
    assert len(events_of([title])) == 1  # "staged": a sentence with a verb stands, whatever its mark
    title.text = "On 3 March the Avonford musical Rise Up!"
    assert events_of([title]) == []


def _doc(name: str, text: str, names: tuple[str, ...] = ()) -> AnnotatedArticle:
    """An article whose ``names`` are annotated as mentions wherever they occur (so every sentence is anchored)."""
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value="2031-03-05", precision="day"))
    sentences = split(text)
    mentions = [
        EntityMention(
            article=name, sentence=s.index, start=s.start + at, end=s.start + at + len(n), text=n, label="ORG"
        )
        for s in sentences
        for n in names
        if (at := s.text.find(n)) >= 0
    ]
    return AnnotatedArticle(article=art, sentences=sentences, mentions=mentions)


def test_a_summary_sentence_carries_news() -> None:
    colour = "The Avonford mayor was practically born into the family business of local politics."
    news = "The Avonford council voted to rebuild the old dam across the river valley."
    docs = [_doc("a", f"{colour} {news}", ("Avonford",))]
    event = Event(
        id="e1",
        type="other",
        date=DateValue(value=None, precision="unknown"),
        text=news,
        citations=[Citation(source="a", sentence=1, text=news)],
        independent_sources=1,
    )
    texts = [s["text"] for s in summarise(docs, [event])]
    assert texts == [news]
    # a figure is news too
    counted = "The Avonford mayor has served on the council of the valley town for 40 years."
    told = [s["text"] for s in summarise([*docs, _doc("b", counted, ("Avonford",))], [event])]
    assert counted in told and colour not in told
    # the colour line is told when nothing tells the story's events (text never annotated)
    assert colour in [s["text"] for s in summarise([_doc("c", f"{colour} {news}")], [event])]
