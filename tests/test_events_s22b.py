"""Session 22 (second task): an entry that retells another's dated act in a background clause is left
off the timeline (assemble._same_act, events.retells_act); a preposition's background phrase ends
before the main verb (summary.background_spans); a sentence copied from page to page keeps the date
its first publication gives its relative time expression (events._copied)."""

from __future__ import annotations

from storyline.records import Citation, DateValue, Event
from storyline.story.assemble import timeline_entries
from storyline.story.events import Mention, _copied, dated_act, retells_act
from storyline.story.summary import about_the_page, background_spans, developments

BURST = "The Elm dam burst on 3 May, flooding the valley below."
SINCE = "Water has poured out since the Elm dam, owned by Acme Water, burst near the village of Oakley on 3 May."
RESIGNED = "The Elm mayor resigned on 3 May after the vote in the valley."


def test_an_act_in_a_since_clause_is_read_only_when_asked() -> None:
    assert dated_act(SINCE, "3 May") is None  # not the sentence's news
    assert dated_act(SINCE, "3 May", background=True) == dated_act(BURST, "3 May") is not None


def test_the_same_dated_act_in_a_background_clause_is_a_retelling() -> None:
    assert retells_act(SINCE, "3 May", BURST, "3 May")
    assert not retells_act(RESIGNED, "3 May", BURST, "3 May")  # another act that day
    # the same act and words, other figures: two tellings of different things
    assert not retells_act(
        "The Elm dam burst on 3 May, killing 4 people.", "3 May", SINCE.replace("Acme", "12"), "3 May"
    )


def event(i: int, text: str, sources: int, value: str = "2031-05-03", date_text: str = "3 May") -> Event:
    return Event(
        id=f"e{i}",
        type="other",
        date=DateValue(value=value, precision="day"),
        date_basis="text",
        date_text=date_text,
        text=text,
        citations=[Citation(source=f"a{i}-{k}", sentence=0, text=text) for k in range(sources)],
        independent_sources=sources,
    )


def test_the_timeline_leaves_out_a_retelling_of_a_better_sourced_entry() -> None:
    tl = timeline_entries([event(1, BURST, 5), event(2, SINCE, 2), event(3, RESIGNED, 1)])
    assert [t.event for t in tl] == ["e1", "e3"]


def test_a_retelling_on_another_day_stays() -> None:
    other = SINCE.replace("3 May", "4 May")
    tl = timeline_entries([event(1, BURST, 5), event(2, other, 2, "2031-05-04", "4 May")])
    assert [t.event for t in tl] == ["e1", "e2"]


def test_a_prepositional_phrase_ends_before_the_main_verb() -> None:
    text = "The supply of drinking water was cut off at noon on Friday."
    spans = background_spans(text)
    assert all("was" not in text[a:b] for a, b in spans)
    assert dated_act(text, "Friday") == "cut"
    # a clause opener's verb is still its own clause's: "since ... was breached" stays background
    clause = "Villagers have fled since the dam was breached on Friday."
    assert dated_act(clause, "Friday") is None
    # and a preposition's phrase with no verb after it is still background
    assert "death" not in developments("The nurse is on trial over the death of a patient in June.")


def mention(article: str, text: str, value: str, published: str, date_text: str = "Yesterday", at: int = 5) -> Mention:
    return Mention(
        article, article, at, text, "other", DateValue(value=value, precision="day"), "text",
        set(), [], [], published, date_text=date_text,
    )  # fmt: skip


def test_a_copied_sentence_keeps_its_first_publication_reading() -> None:
    text = "Yesterday, the council said the bridge would close."
    first = mention("a", text, "2031-06-14", "2031-06-15")
    later = mention("b", text.upper().replace(",", ""), "2031-06-28", "2031-06-29")
    other = mention("c", "Yesterday, the bridge reopened to traffic.", "2031-06-28", "2031-06-29")
    _copied([later, first, other])
    assert later.date is not None and later.date.value == "2031-06-14"
    assert other.date is not None and other.date.value == "2031-06-28"  # not a copy: its own reading
    lead = mention("d", text, "2031-06-28", "2031-06-29", at=0)
    _copied([first, lead])
    assert lead.date is not None and lead.date.value == "2031-06-28"  # a page's lead is its own news


def test_a_written_year_or_one_publication_day_is_left_alone() -> None:
    text = "On 14 June 2031 the bridge closed."
    a = mention("a", text, "2031-06-14", "2031-06-15", "14 June 2031")
    b = mention("b", text, "2031-06-15", "2031-06-29", "14 June 2031")
    _copied([a, b])
    assert b.date is not None and b.date.value == "2031-06-15"  # a year is written: no relative reading
    c = mention("c", "Yesterday the bridge closed.", "2031-06-14", "2031-06-15")
    d = mention("d", "Yesterday the bridge closed.", "2031-06-13", "2031-06-15")
    _copied([c, d])
    assert d.date is not None and d.date.value == "2031-06-13"  # same publication day: not a copy


def test_a_broadcast_page_note_is_about_the_page() -> None:
    assert about_the_page("Tonight's show goes out live and the running order is subject to change.")
    assert not about_the_page("The ceasefire terms are subject to change, the minister said.")


def test_same_day_rescue_needs_the_claims_figures_written_as_words() -> None:
    from storyline.story.events import _supports

    claim = "The charity estimates that up to three million people in Avelia were affected by Tuesday's flood."
    assert not _supports(claim, "An estimated 2,000 people died in Tuesday's flood and 1.5 million lost homes.")
    assert _supports(claim, "Three million people in Avelia were affected by the flood on Tuesday, the charity says.")
