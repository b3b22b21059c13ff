"""A figure told in the present perfect with a start named by "since" is as of the report (session 27c)."""

from __future__ import annotations

from helpers import figure_as_of, written_figure
from storyline.records import PublishedDate

PUB = PublishedDate(value="2022-03-14", precision="day")

_fig = written_figure


def _as_of(text: str, written: str) -> str | None:
    return figure_as_of(text, written, PUB)


def test_a_running_total_since_a_past_event_is_as_of_the_report() -> None:
    t = "The pumps have removed 9,400 tonnes of sludge since they were switched on."
    assert _fig(t, "9,400 tonnes").as_of == "PRESENT_REF"
    assert _as_of(t, "9,400 tonnes") == "2022-03-14"


def test_the_subject_of_a_passive_perfect_is_as_of_the_report() -> None:
    t = "More than 320 homes have been rebuilt since the levee was breached two winters ago."
    assert _as_of(t, "More than 320") == "2022-03-14"


def test_a_fronted_since_clause_leaves_the_perfect_after_its_comma() -> None:
    t = "Since the levee was breached, volunteers have repaired 320 homes."
    assert _as_of(t, "320") == "2022-03-14"


def test_reported_speech_keeps_the_day_of_saying() -> None:
    t = "The agency said it has paid out $12 million since the scheme was launched."
    assert _as_of(t, "$12 million") == "2022-03-14"


def test_a_past_tense_clause_stays_undated() -> None:
    t = "Crews collected 6,000 gallons of fuel, and the well was capped since it leaked."
    assert _fig(t, "6,000 gallons").as_of is None


def test_a_figure_in_the_clause_of_the_start_is_not_the_running_total() -> None:
    t = "Since 300 workers were laid off, the plant has struggled to fill orders."
    assert _fig(t, "300").as_of is None


def test_a_modal_perfect_is_no_running_total() -> None:
    t = "Up to 9,000 barrels could have escaped since the valve was damaged."
    assert _fig(t, "Up to 9,000 barrels").as_of is None


def test_have_with_a_number_word_in_en_is_no_perfect() -> None:
    t = "Rescuers said they have seven boats and 40 divers since the ferry was lost."
    assert _fig(t, "40").as_of is None


def test_a_contracted_perfect_is_present() -> None:
    t = "We've pulled 85 people from the rubble, a rescuer said, as crews were still arriving."
    assert _fig(t, "85").as_of == "PRESENT_REF"


def test_a_contracted_perfect_under_a_condition_stays_undated() -> None:
    t = "If the fund doubles to $4,000, you've recovered your losses."
    assert _fig(t, "$4,000").as_of is None


def test_a_denied_contracted_perfect_stays_undated() -> None:
    t = "We've never claimed the plant produced 600 tonnes a week."
    assert _fig(t, "600 tonnes a week").as_of is None
