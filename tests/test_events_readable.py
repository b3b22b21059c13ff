"""Timeline entries and summary sentences a reader can understand on their own: one test for a subject
that points back at its article (events.points_back, shared by the timeline and the summary), and no
vague summary sentence that names nothing and gives no date (summary.anchored).  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, DateValue, Mention, PublishedDate, TimeExpression
from storyline.story.events import Mention as EventMention
from storyline.story.events import _readable, _representative, points_back
from storyline.story.summary import summarise, tellable


def test_a_subject_pointing_back_is_found() -> None:
    for text in [
        "This was completed at 0400 local time on 3 March.",
        "That means the bridge stays closed until the spring.",
        "These measures were dropped by the council after a week.",
        "He was taken to hospital two hours later.",
        "And she was criticised by the committee last month.",
        "His lawyers filed an appeal on Friday.",
        "They were rescued from the roof on 4 May.",
        "Two years later, she was elected mayor of Avel.",
    ]:
        assert points_back(text), text
        assert not tellable(text), text
    for text in [
        "This week the council voted to close the old bridge over the river.",
        "Those who fled the town have now returned to their homes.",
        "It emerged on Wednesday that the dam had cracked in two places.",
        "Her Majesty's government announced an inquiry into the flood.",
        "Herbert Lomas resigned as mayor of Avel on 2 March.",
        "The council said it would rebuild the bridge by the spring.",
        "After he resigned, the council named Jo Roe as mayor.",
    ]:
        assert not points_back(text), text


def _mention(article: str, text: str) -> EventMention:
    return EventMention(
        article, article, 0, text, "other", DateValue(value="2031-05-12", precision="day"), "text",
        set(), [], [], "2031-05-13", date_text="12 May",
    )  # fmt: skip


def test_a_pronoun_after_a_time_phrase_points_back() -> None:
    assert points_back("On Friday he will make his third trip to the coast.")
    assert points_back("Last Monday morning she filed the appeal.") and points_back("On 4 May they walked out.")
    assert not points_back("After he quit, Dana Reyes said the board had failed.")  # a clause, then a name
    assert not points_back("On Friday the mayor will make her third trip to the coast.")


def test_an_event_shows_a_sentence_that_reads_on_its_own() -> None:
    pointing = _mention("a", "This was completed on 12 May.")
    whole = _mention("b", "Engineers completed the new levee north of Avel on 12 May, the agency said.")
    assert _representative([pointing, whole]) is whole
    assert _readable([pointing, whole])
    # an event told only by sentences that point back is no timeline entry
    assert not _readable([pointing, _mention("c", "He was pronounced dead on 12 May.")])


def _doc(name: str, text: str, named: list[str], dated: list[str]) -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value="2031-05-06", precision="day"))
    sentences = split(text)

    def where(word: str) -> tuple[int, int]:
        start = text.index(word)
        return next(s.index for s in sentences if s.start <= start < s.end), start

    mentions = [
        Mention(article=name, sentence=i, start=at, end=at + len(w), text=w, label="ORG")
        for w in named
        for i, at in [where(w)]
    ]
    times = [
        TimeExpression(article=name, sentence=i, start=at, end=at + len(w), text=w, value="2031-05-05")
        for w in dated
        for i, at in [where(w)]
    ]
    return AnnotatedArticle(article=art, sentences=sentences, mentions=mentions, times=times)


def test_a_summary_sentence_names_someone_or_says_when() -> None:
    vague = "Global markets began to fall sharply across the world."
    docs = [
        _doc(
            "a",
            f"{vague} The Avel water board closed the northern dam on Monday after cracks were found.",
            ["Avel water board"],
            ["Monday"],
        ),
        _doc("b", "Rescue teams from Coralport pulled 40 people from flooded homes in the valley.", ["Coralport"], []),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=6, max_words=300)]
    assert vague not in texts
    assert "The Avel water board closed the northern dam on Monday after cracks were found." in texts
    assert "Rescue teams from Coralport pulled 40 people from flooded homes in the valley." in texts
