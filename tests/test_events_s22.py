"""Session 22: events of one day that tell one dated event in other words become one (events._same_day),
keeping the better-sourced event's own entry, its date text and its own rank; "it" after an opening
phrase, a subject counted out of a pronoun and a quotation by a pronoun point back; captions, page
notes and social posts are no timeline entries."""

from __future__ import annotations

from storyline.records import DateValue, Place
from storyline.story.events import Mention, _event, _same_day, dated_by_own_text, fragment, points_back
from storyline.story.text import Tfidf, figures_in

PLACES = {"port-elm": Place(id="port-elm", name="Port Elm", precision="town")}
BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]

ENTRY = "The ferry Aurora sank off Port Elm on 3 May, killing 9 sailors."
OTHER_WORDS = "On 3 May the Aurora ferry sank near Port Elm in a storm."
OTHER_ACT = "The wreck of the ferry Aurora was towed into Port Elm on 3 May."


def mention(article: str, text: str, basis: str = "text", date_text: str = "3 May") -> Mention:
    return Mention(
        article, article, 0, text, "disaster", DateValue(value="2031-05-03", precision="day"), basis,
        set(), ["port-elm"], [], "2031-05-04", date_text=date_text,
    )  # fmt: skip


def prepared(ms: list[Mention]) -> list[Mention]:
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return ms


def test_one_dated_event_in_other_words_joins_the_better_sourced_entry() -> None:
    ms = prepared([mention("a", ENTRY), mention("b", ENTRY), mention("c", ENTRY), mention("d", OTHER_WORDS)])
    [joined] = _same_day([ms[:3], ms[3:]])
    assert joined.entry is ms[0] and joined.own_sources == 3
    event = _event(joined.mentions, {}, PLACES, None, joined.entry, joined.own_sources)
    assert event.text == ENTRY  # the entry is unchanged
    assert event.independent_sources == 4  # the other outlet counts
    assert event.entry_sources == 3  # what the summary ranks it by
    assert event.date_text == "3 May"


def test_the_entry_stays_the_better_sourced_whichever_comes_first() -> None:
    ms = prepared([mention("d", OTHER_WORDS), mention("a", ENTRY), mention("b", ENTRY)])
    [joined] = _same_day([ms[:1], ms[1:]])
    assert joined.entry.claim == ENTRY and joined.own_sources == 2


def test_another_act_of_the_same_day_stays_an_event_of_its_own() -> None:
    ms = prepared([mention("a", ENTRY), mention("b", ENTRY), mention("c", OTHER_ACT)])
    out = _same_day([ms[:2], ms[2:]])
    assert len(out) == 2
    event = _event(out[0].mentions, {}, PLACES, None, out[0].entry, out[0].own_sources)
    assert event.independent_sources == 2 and event.entry_sources is None


def test_a_sentence_not_dated_by_its_own_words_does_not_join() -> None:
    # dated by its article's day, or by a time expression its words do not carry (a page box)
    assert not dated_by_own_text(mention("x", OTHER_WORDS, basis="reported_on"))
    assert not dated_by_own_text(mention("x", OTHER_WORDS, date_text="4 May"))
    ms = prepared([mention("a", ENTRY), mention("b", ENTRY), mention("d", OTHER_WORDS, basis="reported_on")])
    assert len(_same_day([ms[:2], ms[2:]])) == 2


def test_it_after_an_opening_phrase_points_back() -> None:
    assert points_back("By Friday, it had begun to list badly.")
    assert points_back("In the end, it sank with all hands.")
    # "it" that stands for nothing, or a name after the phrase
    assert not points_back("By Friday, it emerged that the crew had left.")
    assert not points_back("On Monday, it was reported that 3 sailors died.")
    assert not points_back("By Friday, the ferry had begun to list badly.")


def test_a_subject_counted_out_of_a_pronoun_points_back() -> None:
    assert points_back("Many of them will return to Port Elm on 9 May.")
    assert points_back("On Sunday, most of it had been pumped out.")
    assert not points_back("Many sailors will return to Port Elm on 9 May.")
    assert not points_back("None of the sailors were named.")


def test_a_quotation_by_a_pronoun_points_back() -> None:
    assert points_back('"We wanted to be at the harbour tonight," she said.')
    assert points_back("\u201cIt was the worst storm in years,\u201d he told reporters on Monday.")
    assert not points_back('"We wanted to be at the harbour tonight," the mayor said.')


def test_captions_page_notes_and_posts_are_fragments() -> None:
    assert fragment("The ferry burning off Port Elm last week.")
    assert fragment("A vigil during the storm in May.")
    assert fragment("This article was amended on 4 May 2031.")
    assert fragment("RT @harbourwatch: ferry towed in on 3 May")
    # a sentence with a verb, a chronology line
    assert not fragment("The ferry sank off Port Elm on 3 May.")
    assert not fragment("The toll rises to 40.")
    assert not fragment("3 May: Explosion aboard the ferry Aurora.")
