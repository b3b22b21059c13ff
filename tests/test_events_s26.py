"""Session 26: photo captions kept out of the timeline's entries; dates in a place's aside, a named month in a
background part, and "WHO" read as the organisation (sentence_date)."""

from __future__ import annotations

import pytest

from storyline.records import AnnotatedArticle, Article, PublishedDate, Sentence, TimeExpression
from storyline.story.events import background_dates, caption, fragment, sentence_date, where_asides


@pytest.mark.parametrize(
    "text",
    [
        "Fire burns on the ferry off Port Elan in March.",
        "Dead gulls lie in the slick from the tanker on the Avel coast.",
        "A rescuer walks past a collapsed school in Tarn on Monday.",
        "Volunteers wade through floodwater outside the town hall in Bex.",
        "A miner's helmet lies in the mud near the pit entrance.",
        "An official wearing a face mask stands at the border crossing in Ruvo.",
        "A dolphin is seen inside a holding pen at the marine park.",
        "Commuters queue outside the closed station in Avelia on Tuesday.",
        "Finance minister Jo Park gestures during a news conference in Ruvo.",
    ],
)
def test_a_picture_told_in_the_present_is_a_caption(text: str) -> None:
    assert caption(text)
    assert fragment(text)  # so the timeline never shows it as an entry


@pytest.mark.parametrize(
    "text",
    [
        # a story's sentence in the past, or with a verb of saying
        "Fire burned on the ferry for two days before it sank.",
        "Fire burns on the ferry, the coastguard said on Monday.",
        # a headline-style present with no verb of a picture
        "Avel Oil agrees to pay $2bn into a fund for the fishermen.",
        # a state or a figure's level
        "The real causes of the crash lie in a decade of cheap credit.",
        "The cost of the clean-up now stands at $3.5bn.",
        "The total bill stands at about $1bn.",
        # a known thing explained, a contrast, a writer's voice
        "The valve sits on the lower part of the stack.",
        "Avelia and Bex lie in ruins, yet the rebels hold the hills.",
        "We walk past the closed shops every morning.",
        # a habit, a noun read as the verb, a plan
        "Fishermen routinely gather oysters in the bay.",
        "Crews conduct controlled burns to remove oil from the water.",
        "A controlled burn of oil near the well.",
        "Rescue teams will stand by at the port on Friday.",
        "Coastal towns stand to lose millions from the spill.",
        # a listing's "sits in for", "looks at"
        "Jo Park sits in for Sam Roe this week on the breakfast show.",
        "Jo Park looks at the year 1980 with music from the charts.",
        # a chronology's line: a colon, a dash, an opening month; a count before a noun read as the verb
        "June 3: Crews stand down at the well.",
        "June 3 - Avel Oil crews work on a new cap at the well.",
        "Crews carried out five burns on Friday.",
        # "seen as" is a judgement
        "The deal is seen as a victory for the unions.",
    ],
)
def test_news_prose_in_the_present_is_no_caption(text: str) -> None:
    assert not caption(text)


def _doc(text: str, published: str, times: list[tuple[str, str, str]]) -> AnnotatedArticle:
    """One article of one sentence; ``times``: (expression, TimeML value, precision)."""
    art = Article(id="a1", file="a1.txt", text=text, published=PublishedDate(value=published, precision="day"))
    exprs = []
    for when, value, precision in times:
        start = text.index(when)
        exprs.append(
            TimeExpression(
                article="a1",
                sentence=0,
                start=start,
                end=start + len(when),
                text=when,
                value=value,
                precision=precision,  # type: ignore[arg-type]
            )
        )
    return AnnotatedArticle(article=art, sentences=[Sentence(index=0, start=0, end=len(text), text=text)], times=exprs)


def _date(doc: AnnotatedArticle) -> str | None:
    found = sentence_date(doc, doc.sentences[0])
    return found[0].value if found else None


def test_a_place_aside_does_not_date_the_sentence() -> None:
    text = "The agency voiced concern at the spread of the virus in the south, where it first appeared in March."
    assert [text[a:b].strip() for a, b in where_asides(text)] == ["where it first appeared in March."]
    assert _date(_doc(text, "2031-06-10", [("March", "2031-03", "month")])) is None
    # the aside's news of this past week is the story's next step: it keeps its date
    text = "The patient was moved to a clinic in Bex, where she died on Monday night."
    assert _date(_doc(text, "2031-06-11", [("Monday night", "2031-06-09TNI", "day")])) == "2031-06-09"
    # a restrictive "where" (no comma) is the sentence's own clause
    text = "He returned to the town where the flood struck on 2 May."
    assert not where_asides(text)
    # a speaker in the aside holds the sentence's main verb
    text = "Officials flew to Bex, where the mayor said on 3 March that the dam held."
    assert not where_asides(text)


def test_a_named_month_in_a_background_part_is_not_the_news_cycle() -> None:
    # "early April" holds the article's day (26 April) but dates the aside, not the sentence's news
    text = "The teacher, whose illness began in early April, had no contact with the other cases."
    assert _date(_doc(text, "2031-04-26", [("early April", "2031-04", "month")])) is None
    # "this week" ties the aside to the article's own time: still the news cycle
    text = "Three guards, who were attacked near the gate this week, were flown home."
    assert background_dates(text)
    assert _date(_doc(text, "2031-04-26", [("this week", "2031-W17", "week")])) == "2031-W17"
    # so does "this month"
    text = "The minister, who resigned this month, spoke to the inquiry."
    assert _date(_doc(text, "2031-04-26", [("this month", "2031-04", "month")])) == "2031-04"


def test_the_who_in_capitals_is_the_organisation_not_a_relative_pronoun() -> None:
    text = "The WHO raised its pandemic alert on 29 April to phase five."
    assert background_dates(text) == []
    assert _date(_doc(text, "2031-05-16", [("29 April", "2031-04-29", "day")])) == "2031-04-29"
    # a relative "who" still opens a background part
    text = "The nurse, who fell ill on 2 March, returned to work."
    assert background_dates(text)
    assert _date(_doc(text, "2031-05-16", [("2 March", "2031-03-02", "day")])) is None
