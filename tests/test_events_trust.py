"""Timeline entries a reader can trust: a date in a background part of a sentence does not date it
(events.background_dates, events.sentence_date), and a piece of page furniture or a quote cut short never
stands for an event (events.fragment).  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, DateValue, PublishedDate, TimeExpression
from storyline.story.events import Mention as EventMention
from storyline.story.events import _readable, _representative, fragment, sentence_date

PUBLISHED = "2031-05-06"


def _dated(text: str, times: dict[str, str]) -> str | None:
    """The date sentence_date gives the one sentence of ``text``, whose time expressions are ``times``
    (as written -> value)."""
    art = Article(id="a", file="a.txt", text=text, published=PublishedDate(value=PUBLISHED, precision="day"))
    sentences = split(text)
    assert len(sentences) == 1
    exprs = [
        TimeExpression(article="a", sentence=0, start=text.index(w), end=text.index(w) + len(w), text=w, value=v)
        for w, v in times.items()
    ]
    doc = AnnotatedArticle(article=art, sentences=sentences, times=exprs)
    got = sentence_date(doc, sentences[0])
    return got[0].value if got else None


def test_a_date_in_background_does_not_date_the_sentence() -> None:
    # the trial is the news; the death and its month are background
    assert (
        _dated("Dr Ana Vell is on trial following the singer's death in June 2029.", {"June 2029": "2029-06"}) is None
    )
    assert (
        _dated(
            "Dr Vell, who was hired for the planned July 2029 concerts, was in charge of the drugs.",
            {"July 2029": "2029-07"},
        )
        is None
    )
    # with another date outside the background part, that one dates the sentence
    assert (
        _dated(
            "The fund set up in the wake of the 3 March 2019 floods paid out on 2 May.",
            {"3 March 2019": "2019-03-03", "2 May": "2031-05-02"},
        )
        == "2031-05-02"
    )


def test_a_date_of_the_news_itself_is_kept() -> None:
    # "when" tells the time of the main clause; a sentence opening on its background is dated by it
    assert (
        _dated("Eleven workers died when the plant exploded on 20 April.", {"20 April": "2031-04-20"}) == "2031-04-20"
    )
    assert _dated("After the dam broke on 2 May, the valley flooded.", {"2 May": "2031-05-02"}) == "2031-05-02"
    # a plan keeps the date it is expected on
    assert _dated("The minister will testify before the committee on Thursday.", {"Thursday": "2031-05-08"}) == (
        "2031-05-08"
    )
    # the day of the article or the day before is the article's news, even in a relative clause
    assert _dated("The mayor, who resigned yesterday, left the town hall.", {"yesterday": "2031-05-05"}) == "2031-05-05"
    # a clause that says who spoke holds the main verb
    assert (
        _dated("Workers who were on the platform said there was pressure in April to drill fast.", {"April": "2031-04"})
        == "2031-04"
    )


def test_page_furniture_and_cut_quotes_are_fragments() -> None:
    for text in [
        "(AP Photo/Lee Marsh) Carmakers announce new cuts to their plants.",
        "The strike went on. From the archive: 4 June 1990 Stri",
        '"Today I started to feel better and then the fever came back.',
        "Photograph: Ana Roe/Agency The plant burns over the valley.",
        "\u201cWe will rebuild the bridge by the spring, the mayor said.",
    ]:
        assert fragment(text), text
    for text in [
        'The mayor said: "We will rebuild the bridge by the spring."',
        "A photo shows the bridge collapsing on Monday.",
        "The council closed the northern dam on 3 May.",
    ]:
        assert not fragment(text), text


def _mention(article: str, text: str) -> EventMention:
    return EventMention(
        article, article, 0, text, "other", DateValue(value="2031-05-03", precision="day"), "text",
        set(), [], [], PUBLISHED, date_text="3 May",
    )  # fmt: skip


def test_a_fragment_never_stands_for_an_event() -> None:
    caption = _mention("a", "(AP Photo/Lee Marsh) The council closed the northern dam on 3 May.")
    whole = _mention("b", "The Avel council closed the northern dam on 3 May after cracks were found.")
    assert _representative([caption, whole]) is whole and _readable([caption, whole])
    quote = _mention("c", '"On 3 May we closed the dam and then the water rose')
    assert not _readable([caption, quote])
