"""Session 25: one act dated to two days by different sources is a disagreement about its date, not two
facts (``events._outvoted``)."""

from __future__ import annotations

from storyline.records import DateValue
from storyline.story.events import Mention, _outvoted, _representative, _settled, merge
from storyline.story.text import Tfidf, figures_in


def mention(root: str, text: str, day: str, date_text: str) -> Mention:
    return Mention(
        root, root, 0, text, "disaster", DateValue(value=day, precision="day"), "text", set(), [], [],
        "2011-03-20", date_text=date_text,
    )  # fmt: skip


def prepared(mentions: list[Mention]) -> list[Mention]:
    for m, v in zip(mentions, Tfidf([m.claim for m in mentions]).vectors, strict=True):
        m.vector, m.numbers = v, frozenset(figures_in(m.claim))
    return mentions


MAJORITY = [
    ("b", "The Ocean Star ferry capsized on 12 March, a day after a fire broke out in its engine room.", "12 March"),
    ("c", "The Ocean Star ferry capsized on 12 March after the fire in its engine room spread.", "12 March"),
    ("d", "The burning Ocean Star ferry finally capsized on 12 March off the port.", "12 March"),
]
MINORITY = ("a", "The Ocean Star ferry capsized on 11 March after a fire in its engine room.", "11 March")


def days(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.root, m.date.value or "") for m in mentions if m.date]


def test_a_day_most_sources_contradict_is_not_an_entry_and_is_shown_as_a_disagreement() -> None:
    ms = prepared(
        [mention(*MINORITY[:2], "2011-03-11", MINORITY[2])] + [mention(r, t, "2011-03-12", d) for r, t, d in MAJORITY]
    )
    disagreements: list[dict[str, object]] = []
    clusters = _outvoted(_settled(merge(ms)), disagreements)
    kept = [m for c in clusters for m in c]
    assert ("a", "2011-03-11") not in days(kept)  # the outvoted day stands nowhere as a fact
    assert {r for r, _ in days(kept)} == {"b", "c", "d"}
    assert len(disagreements) == 1
    values = disagreements[0]["values"]
    assert disagreements[0]["kind"] == "statement"
    assert [v["date"] for v in values] == ["2011-03-12", "2011-03-11"]  # type: ignore[index]
    assert len(values[0]["citations"]) == 3 and len(values[1]["citations"]) == 1  # type: ignore[index]


def test_an_outvoted_sentence_is_never_the_entry_of_the_event_it_also_states() -> None:
    # the minority sentence also tells the fire of 11 March, which another source states: that event shows
    # the sentence that states its own day
    fire = [
        mention("a", "The Ocean Star ferry capsized on 11 March after a fire broke out in its engine room.", "2011-03-11", "11 March"),
        mention("e", "A fire broke out in the engine room of the Ocean Star ferry on 11 March, the coastguard said.", "2011-03-11", "11 March"),
    ]  # fmt: skip
    ms = prepared(fire + [mention(r, t, "2011-03-12", d) for r, t, d in MAJORITY])
    clusters = _outvoted(_settled(merge(ms)))
    fire_events = [c for c in clusters if any(m.root == "e" for m in c)]
    assert len(fire_events) == 1 and fire[0].outvoted
    assert _representative(fire_events[0]).root == "e"  # the fire's own telling is the entry


def test_an_act_one_source_tells_on_both_days_happened_twice() -> None:
    # a second capsizing told by a source that also tells the first: a repeated act, left alone
    ms = prepared(
        [
            mention("a", "The Ocean Star ferry capsized on 11 March after a fire in its engine room.", "2011-03-11", "11 March"),
            mention("b", "The Ocean Star ferry capsized on 11 March in a storm after a fire in its engine room.", "2011-03-11", "11 March"),
        ]
        + [mention(r, t, "2011-03-12", d) for r, t, d in MAJORITY]
    )  # fmt: skip
    clusters = _outvoted(_settled(merge(ms)))
    assert ("a", "2011-03-11") in days([m for c in clusters for m in c])


def test_no_clear_majority_leaves_both_days() -> None:
    ms = prepared(
        [mention(*MINORITY[:2], "2011-03-11", MINORITY[2])]
        + [mention(r, t, "2011-03-12", d) for r, t, d in MAJORITY[:1]]
    )
    disagreements: list[dict[str, object]] = []
    clusters = _outvoted(_settled(merge(ms)), disagreements)
    assert sorted(days([m for c in clusters for m in c])) == [("a", "2011-03-11"), ("b", "2011-03-12")]
    assert disagreements == []


def test_other_news_that_uses_the_same_verb_is_no_telling_of_the_act() -> None:
    # "began" dates other acts: a strike and a leak, different news
    ms = prepared(
        [mention("a", "The dockers' strike began on 11 March after talks on pay failed.", "2011-03-11", "11 March")]
        + [mention(r, f"Fuel began leaking from the Ocean Star ferry on 12 March, {w}.", "2011-03-12", "12 March") for r, w in (("b", "officials said"), ("c", "the coastguard reported"), ("d", "a spokesman confirmed"))]
    )  # fmt: skip
    clusters = _outvoted(_settled(merge(ms)))
    assert ("a", "2011-03-11") in days([m for c in clusters for m in c])
