"""Session 30: a sentence that several original articles print in the same words is one source, the earliest
published of them (story/events.py ``_first_print``): a wire background paragraph repeated in each of an
agency's stories, or carried from one update of a page to the next, is one report however often it is
printed.  A copy is still cited and still ranks the event (``Event.entry_sources``); only the independent
count changes.  A short sentence that coincides, or one rewritten by another reporter, still counts on its own."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, DateValue, PublishedDate, Sentence, TimeExpression
from storyline.story.events import Mention, _first_print, _sources, build_events

STOCK = "The ferry capsized in a storm off the northern cape on 3 May, drowning 14 crew members and two passengers."


def mention(article: str, text: str, published: str, root: str | None = None) -> Mention:
    return Mention(
        article, root or article, 0, text, "disaster", DateValue(value="2031-05-03", precision="day"), "text",
        set(), [], [], published, date_text="3 May", source=root or article,
    )  # fmt: skip


def test_a_copied_sentence_counts_once_for_the_earliest_article() -> None:
    ms = [
        mention("later", STOCK, "2031-05-09"),
        mention("first", STOCK, "2031-05-04"),
        mention("middle", STOCK, "2031-05-06"),
    ]
    _first_print(ms)
    assert [m.source for m in ms] == ["first", "first", "first"]
    assert _sources(ms) == 1


def test_a_lightly_edited_copy_is_the_same_print() -> None:
    # a figure added in brackets: the words of the longer sentence matched in order are 19 of 21 (over COPY_SHARE)
    edited = (
        "The ferry capsized in a storm off the northern cape on 3 May, drowning 14 crew members (of 20) and two "
        "passengers."
    )
    ms = [mention("first", STOCK, "2031-05-04"), mention("update", edited, "2031-05-05")]
    _first_print(ms)
    assert [m.source for m in ms] == ["first", "first"]


def test_an_edit_of_more_than_a_tenth_of_the_words_is_no_copy() -> None:
    # two words changed and two added: 17 of 21 matched, under COPY_SHARE
    edited = (
        "The ferry capsized in a gale off the southern cape on 3 May, drowning 14 crew members (of 20) and two "
        "passengers."
    )
    ms = [mention("first", STOCK, "2031-05-04"), mention("other", edited, "2031-05-05")]
    _first_print(ms)
    assert [m.source for m in ms] == ["first", "other"]


def test_a_sentence_rewritten_by_another_reporter_counts_on_its_own() -> None:
    rewritten = (
        "Fourteen crew and two passengers drowned when the ferry went down off the northern cape in a storm on 3 May."
    )
    ms = [mention("first", STOCK, "2031-05-04"), mention("rival", rewritten, "2031-05-05")]
    _first_print(ms)
    assert [m.source for m in ms] == ["first", "rival"]
    assert _sources(ms) == 2


def test_a_short_sentence_that_coincides_is_no_copy() -> None:
    # fewer than COPY_WORDS words: two reporters write "Fourteen crew members drowned on 3 May." on their own
    short = "Fourteen crew members drowned on 3 May."
    ms = [mention("a", short, "2031-05-04"), mention("b", short, "2031-05-05")]
    _first_print(ms)
    assert [m.source for m in ms] == ["a", "b"]


def test_copies_within_one_original_article_keep_its_root() -> None:
    # a whole-article duplicate already counts as its original; its sentence is no other article's copy
    ms = [mention("orig", STOCK, "2031-05-06"), mention("dup", STOCK, "2031-05-04", root="orig")]
    _first_print(ms)
    assert [m.source for m in ms] == ["orig", "orig"]


def _doc(aid: str, published: str, text: str) -> AnnotatedArticle:
    """One article whose last of four sentences is ``text``, dated by its "3 May" (not a lead sentence)."""
    lead = [f"Lead sentence number {i} of the {aid} report on harbour business and weather." for i in range(3)]
    sentences, start = [], 0
    for i, t in enumerate([*lead, text]):
        sentences.append(Sentence(index=i, start=start, end=start + len(t), text=t))
        start += len(t) + 1
    body = " ".join([*lead, text])
    at = body.index("3 May")
    art = Article(id=aid, file=f"{aid}.txt", text=body, published=PublishedDate(value=published, precision="day"))
    times = [
        TimeExpression(article=aid, sentence=3, start=at, end=at + 5, text="3 May", value="2031-05-03", precision="day")
    ]
    return AnnotatedArticle(article=art, sentences=sentences, times=times)


def test_the_event_cites_every_copy_but_counts_the_copied_sentence_once() -> None:
    docs = [
        _doc("w1", "2031-05-04", STOCK),
        _doc("w2", "2031-05-05", STOCK),
        _doc("w3", "2031-05-07", STOCK),
        _doc(
            "r1",
            "2031-05-05",
            "A ferry capsized in a storm off the northern cape on 3 May, and 14 crew members and two passengers drowned.",
        ),
    ]
    dated, _ = build_events(docs, {}, {}, "2031-05-04")
    (event,) = [e for e in dated if e.date.value == "2031-05-03"]
    assert sorted(c.source for c in event.citations) == ["r1", "w1", "w2", "w3"]
    assert event.independent_sources == 2
    # what the timeline and the summary rank it by stays the articles that print it
    assert event.entry_sources == 4
