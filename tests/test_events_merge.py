"""Merging event mentions: a timeline entry cites only sentences that state its claim."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, DateValue, PublishedDate, Sentence, TimeExpression
from storyline.story.boxes import glued_prefixes
from storyline.story.events import Mention, _conflict, _settled, mentions_of, merge
from storyline.story.text import Tfidf, figures_in


def mention(article: str, text: str, kind: str = "statement", entities: tuple[str, ...] = ("who",)) -> Mention:
    return Mention(
        article, article, 0, text, kind, DateValue(value="2009-04-29", precision="day"), "text",
        set(entities), [], [], "2009-04-29", date_text="29 April",
    )  # fmt: skip


def prepared(mentions: list[Mention], background: list[str]) -> list[Mention]:
    tfidf = Tfidf([m.claim for m in mentions] + background)
    for m, v in zip(mentions, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return mentions


BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]


def test_same_day_and_actor_with_another_claim_is_not_a_citation() -> None:
    """The H1N1 brief's "3 independent sources": a figure and a different claim of the same day."""
    ms = prepared(
        [
            mention("a", "The World Health Organisation says it has confirmed 236 cases, up from 148 yesterday."),
            mention("b", "The World Health Organisation said it had confirmed 236 cases of swine flu."),
            mention(
                "c",
                "Since The World Health Organisation raised its swine flu pandemic alert to level five on 29 April, "
                "the outbreak has affected 41 countries.",
            ),
        ],
        BACKGROUND,
    )
    clusters = _settled(merge(ms))
    together = next(c for c in clusters if ms[0] in c)
    assert ms[1] in together
    assert ms[2] not in together
    assert any(c == [ms[2]] for c in clusters)  # it stays on the timeline, as an event of its own


def test_conflicting_figures() -> None:
    a, b, c = prepared(
        [
            mention("a", "WHO confirmed 236 cases today."),
            mention("b", "WHO confirmed 787 infections today."),
            mention("c", "WHO said 236 cases were confirmed."),
        ],
        BACKGROUND,
    )
    assert _conflict(a, b)
    assert not _conflict(a, c)
    assert not _conflict(a, prepared([mention("d", "WHO confirmed more cases today.")], BACKGROUND)[0])


BOX = "Broadcasting on FM radio daily in Haitian Creole at 0910 local time (1410 GMT), for 20 minutes"


def test_a_box_glued_before_different_sentences_is_found() -> None:
    sentences = [
        ("a", f"{BOX} Eighty-five UN employees died in the 12 January earthquake."),
        ("b", f"{BOX} At the service, Mr Mulet read a message from the Secretary General."),
        ("c", f"{BOX} He was also expected to meet Ecuadorean troops."),
        ("d", "The quake struck on Tuesday."),
    ]
    boxes = glued_prefixes(sentences)
    assert set(boxes) == {text for _, text in sentences[:3]}
    assert all(text[n:].strip()[0].isupper() and text[:n] == BOX for text, n in boxes.items())


def test_one_claim_with_several_endings_is_no_box() -> None:
    opening = "Oil has been leaking into the Gulf since the Deepwater Horizon rig exploded"
    sentences = [
        ("a", f"{opening} on 20 April."),
        ("b", f"{opening} and sank, killing 11 workers."),
        ("c", f"{opening} off Louisiana."),
        ("d", f"{opening}, BP says."),
    ]
    assert glued_prefixes(sentences) == {}
    # a shared opening in fewer than three articles cannot be told from a repeated sentence
    assert glued_prefixes([("a", f"{BOX} He left."), ("b", f"{BOX} She stayed.")]) == {}


def test_boxed_sentences_are_compared_without_their_box() -> None:
    ms = [
        mention(
            "a", f"{BOX} Eighty-five UN employees died in the 12 January earthquake, on 29 April.", entities=("un",)
        ),
        mention("b", f"{BOX} At the service on 29 April, Mr Mulet read a message from the UN.", entities=("un",)),
    ]
    for m in ms:
        m.box = len(BOX)
    prepared(ms, BACKGROUND)
    assert all(len(c) == 1 for c in _settled(merge(ms)))


def _dated_doc(text: str, when: str, value: str) -> AnnotatedArticle:
    """One article of one sentence whose time expression ``when`` normalises to ``value``."""
    start = text.index(when)
    art = Article(id="a1", file="a1.txt", text=text, published=PublishedDate(value="2031-06-15", precision="day"))
    times = [
        TimeExpression(
            article="a1", sentence=0, start=start, end=start + len(when), text=when, value=value, precision="day"
        )
    ]
    return AnnotatedArticle(article=art, sentences=[Sentence(index=0, start=0, end=len(text), text=text)], times=times)


def test_a_date_introduced_by_since_does_not_date_the_sentence() -> None:
    # a state that began then, not news of that day: the lead sentence is "reported on" its article's date
    doc = _dated_doc(
        "Prices at the port have doubled since the flood tore through the valley on 3 May.", "3 May", "2031-05-03"
    )
    dated, _ = mentions_of([doc], {}, {})
    assert [(m.date.value if m.date else None, m.basis) for m in dated] == [("2031-06-15", "reported_on")]
    doc = _dated_doc(
        "The flood tore through the valley on 3 May, and prices have doubled since.", "3 May", "2031-05-03"
    )
    dated, _ = mentions_of([doc], {}, {})
    assert [(m.date.value if m.date else None, m.basis) for m in dated] == [("2031-05-03", "text")]
    # a clause boundary between "since" and the date: the date is the main clause's
    doc = _dated_doc("Since the flood, the mayor said on 3 May, prices have doubled.", "3 May", "2031-05-03")
    assert mentions_of([doc], {}, {})[0][0].basis == "text"


def test_date_bounds_of_every_timeml_shape() -> None:
    from storyline.story.events import compatible, date_bounds

    assert date_bounds("2010-W24-WE") == ("2010-06-19", "2010-06-20")  # a week's weekend
    assert date_bounds("2010-W24") == ("2010-06-14", "2010-06-20")
    assert date_bounds("2010-H2") == ("2010-07-01", "2010-12-31")
    assert date_bounds("201") == ("2010-01-01", "2019-12-31")  # the 2010s
    assert date_bounds("19") == ("1900-01-01", "1999-12-31")
    assert date_bounds("2016-11-06TNI") == ("2016-11-06", "2016-11-06")
    assert compatible("2010-W24-WE", "2010-06-20") and not compatible("2010-W24-WE", "2010-06-18")
    assert compatible("201", "2014-03") and not compatible("201", "2009")


def test_a_cut_sentence_does_not_stand_for_its_event() -> None:
    from storyline.story.events import complete

    assert complete("The valve was shut on 3 May (1415 GMT).") and complete('He said: "It is over."')
    assert not complete("The valve was shut on 3 May (1415")
    assert not complete('He said: "It is over and')
    assert not complete("Officials confirm the valve is shut")  # a headline or a caption
