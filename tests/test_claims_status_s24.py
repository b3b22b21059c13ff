"""A count's status (confirmed / suspected) is said in its own phrase, not in another count's of the same
sentence (session 24; invented text)."""

from __future__ import annotations

from storyline.records import Figure
from storyline.story.claims import _status


def _fig(text: str, words: str, value: float, what: str) -> Figure:
    start = text.index(words)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(words), text=words, value=value, unit="people", what=what
    )


def test_possible_counts_only_before_a_count_noun() -> None:
    text = "Officials warned of a possible epidemic after the fever killed 58 villagers."
    f = _fig(text, "58", 58, "killed")
    assert _status(text, f, [f]) == ""
    said = "There were 31 possible deaths in the district."
    g = _fig(said, "31", 31, "killed")
    assert _status(said, g, [g]) == "suspected"


def test_a_status_before_and_belongs_to_the_count_before() -> None:
    text = "The region reports 9,100 confirmed cases and some 270 deaths."
    cases, deaths = _fig(text, "9,100", 9100, "infected"), _fig(text, "270", 270, "killed")
    assert _status(text, cases, [cases, deaths]) == "confirmed"
    assert _status(text, deaths, [cases, deaths]) == ""


def test_another_predicate_after_and_is_not_the_counts_phrase() -> None:
    text = "The fever has killed at least 88 people and been confirmed in nearly 12,000 patients."
    killed, cases = _fig(text, "88", 88, "killed"), _fig(text, "12,000", 12000, "infected")
    assert _status(text, killed, [killed, cases]) == ""


def test_a_parts_verb_is_the_parts_status_not_the_wholes() -> None:
    text = "Officials said 16 of the 240 reported fatalities have been confirmed by tests."
    part, whole = _fig(text, "16", 16, "killed"), _fig(text, "240", 240, "killed")
    assert _status(text, whole, [part, whole]) == ""  # the 240 are reported, not confirmed
    # the part's own phrase ends at the whole: its status is left unsaid rather than guessed
    assert _status(text, part, [part, whole]) == ""
    plain = "Officials said 240 reported fatalities have been confirmed by tests."
    only = _fig(plain, "240", 240, "killed")
    assert _status(plain, only, [only]) == "confirmed"
