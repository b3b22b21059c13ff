"""Session 26, round 2: a clause "before" opens, a day naming a thing beside the sentence's own date, a relative
clause with no comma that ends at the main verb, "WHO" in the summary's background parts, and "it" after an
opening time phrase (sentence_date, before_clauses, background_spans, points_back)."""

from __future__ import annotations

import pytest

from storyline.story.events import before_clauses, points_back
from storyline.story.summary import background_spans, developments
from test_events_s26 import _date, _doc


@pytest.mark.parametrize(
    ("text", "when", "value"),
    [
        ("Fuel seeped into the bay for weeks before a plug was fitted to the pipe on 4 May.", "4 May", "2031-05-04"),
        ("About 9,000 tonnes of grain rotted in the port before the strike ended last month.", "last month", "2031-05"),
        ("The ferry listed for six hours before it capsized on Friday.", "Friday", "2031-06-06"),
        ("Avel Oil drilled the field for a decade before regulators closed it in 2029.", "2029", "2029"),
    ],
)
def test_a_clause_opened_by_before_does_not_date_the_sentence(text: str, when: str, value: str) -> None:
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    assert len(before_clauses(text)) == 1
    assert _date(_doc(text, "2031-06-20", [(when, value, precision)])) is None


@pytest.mark.parametrize(
    ("text", "when", "value"),
    [
        # a place or a deadline: no clause of its own
        ("The port's chief will appear before the inquiry on Thursday.", "Thursday", "2031-06-19"),
        ("The pipe cannot be sealed before August.", "August", "2031-08"),
        # an "-ed" word right after a determiner describes a noun
        ("Talks may collapse before the scheduled vote on 2 July.", "2 July", "2031-07-02"),
        # a noun phrase with the sentence's own verb after it
        ("The chief said the weeks before the strike were hard, speaking on Thursday.", "Thursday", "2031-06-19"),
    ],
)
def test_before_with_no_clause_keeps_its_date(text: str, when: str, value: str) -> None:
    precision = {10: "day", 7: "month"}[len(value)]
    assert _date(_doc(text, "2031-06-20", [(when, value, precision)])) == value


def test_a_relative_clause_with_no_comma_ends_at_the_main_verb() -> None:
    text = "The miners who reached the surface on Tuesday were flown to a clinic in Bex on Wednesday."
    spans = [text[a:b] for a, b in background_spans(text) if text[a:].startswith("who")]
    assert spans == ["who reached the surface on Tuesday "]
    times = [("Tuesday", "2031-06-17", "day"), ("on Wednesday", "2031-06-18", "day")]
    doc = _doc(text, "2031-06-25", times)
    assert _date(doc) == "2031-06-18"


@pytest.mark.parametrize(
    "text",
    [
        # a verb of saying: the rest is the relative clause's own
        "Analysts who say the slump will last through next year were not surprised.",
        # a clause inside the relative one
        "He was an engineer who fled after inspectors left the plant in 2029.",
        # "May" the month, not the modal
        "He is a diver who worked on the wreck back in May.",
    ],
)
def test_a_relative_clause_runs_on_past_a_clause_it_holds(text: str) -> None:
    rel = [text[a:b] for a, b in background_spans(text) if text[a:].startswith("who")]
    assert rel and rel[0].rstrip(".").endswith(("year were not surprised", "in 2029", "in May"))


def test_who_in_capitals_opens_no_background_in_the_summary() -> None:
    text = "The WHO said on Monday that 20 people had died of the virus in Ruvo."
    assert not any(text[a:].startswith("WHO") for a, b in background_spans(text))
    assert "death" in developments(text)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("On May 4 it cut its forecast for the year.", True),
        ("On Friday it emerged that the port had flooded.", False),
        ("On Monday it was confirmed a second child had the virus.", False),
        ("It was confirmed that the pipe had burst.", False),
        ("On May 4 the agency cut its forecast.", False),
    ],
)
def test_it_after_an_opening_time_points_back(text: str, back: bool) -> None:
    assert points_back(text) is back
