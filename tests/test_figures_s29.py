"""Dates of figures (session 29): a value foreseen by a modal or a future auxiliary, or supposed in a condition,
is no fact as of the report's day; an estimate of a state, a habit and a thing already there still are."""

from __future__ import annotations

from helpers import figure_as_of, written_figure
from storyline.records import PublishedDate

PUB = PublishedDate(value="2022-03-14", precision="day")

_fig = written_figure


def _as_of(text: str, written: str) -> str | None:
    return figure_as_of(text, written, PUB)


# ----------------------------------------------------------------- projections: no date of the report


def test_a_toll_a_modal_foresees_is_undated() -> None:
    assert _as_of("Officials say the number of dead could rise to 3,000 as more villages are reached.", "3,000") is None
    assert _as_of("The ministry says the bill for repairs is likely to exceed $2bn.", "$2bn") is None


def test_a_planned_cut_is_undated() -> None:
    t = "The carmaker says it will cut 4,500 jobs across its European plants."
    assert _fig(t, "4,500").as_of is None
    assert _as_of(t, "4,500") is None


def test_a_future_level_said_in_the_past_is_undated() -> None:
    t = "The general said the number of peacekeepers would grow to 8,000 in the coming weeks."
    assert _as_of(t, "8,000") is None


def test_a_figure_in_a_condition_is_undated() -> None:
    t = "Even if the reservoir holds 90 percent of its capacity, the town faces rationing."
    assert _as_of(t, "90 percent") is None
    t = "The dam stays closed until the water level reaches 120 metres, the authority says."
    assert _fig(t, "120 metres").as_of is None


# ----------------------------------------------------------------- still of the report's day


def test_an_estimate_of_a_state_keeps_the_report_date() -> None:
    # "may have died", "could be": an estimate of what is so now, not a value foreseen
    assert _as_of("Rescuers say up to 5,000 people may have died in the flood.", "up to 5,000") == "2022-03-14"


def test_a_habit_after_will_keeps_the_report_date() -> None:
    t = "The old plant will still typically burn 3,000 tonnes of coal."
    assert _fig(t, "3,000 tonnes").as_of == "PRESENT_REF"
    # without the adverb of frequency, the same words foresee
    assert _fig("The old plant will still burn 3,000 tonnes of coal.", "3,000 tonnes").as_of is None


def test_a_verb_of_saying_after_the_modal_keeps_the_report_date() -> None:
    t = "I would say 60 percent of the shelters are now empty."
    assert _fig(t, "60 percent").as_of == "PRESENT_REF"


def test_the_start_of_a_foreseen_change_keeps_the_report_date() -> None:
    t = "The new pump will still raise output from 9,000 barrels a day to 12,000 barrels a day."
    assert _fig(t, "9,000 barrels a day").as_of == "PRESENT_REF"
    assert _fig(t, "12,000 barrels a day").as_of is None


def test_a_thing_already_there_keeps_the_report_date() -> None:
    t = "Whoever designs the best filter will win the $2m prize the foundation holds."
    assert _fig(t, "$2m").as_of == "PRESENT_REF"


def test_a_modal_in_another_clause_does_not_reach_the_figure() -> None:
    # the figure's verb is "have agreed", after the modal's own verb and its object
    t = "The firm will invest in new skimmers and its partners have agreed to pool $500m for the effort."
    assert _fig(t, "$500m").as_of == "PRESENT_REF"


def test_may_the_month_is_no_modal() -> None:
    assert _fig("Figures for May show 1,400 families are still in the camps.", "1,400").as_of == "PRESENT_REF"
    assert _fig("The council says the floods may displace 1,400 families.", "1,400").as_of is None


# ----------------------------------------------------------------- the figure as the subject of a modal


def test_a_count_a_modal_says_of_its_subject_is_undated() -> None:
    t = "The relief agency says 40,000 families will need shelter before the rains."
    assert _as_of(t, "40,000") is None
    t = "More than 3,000 engineers are set to join the repair effort, the ministry says."
    assert _fig(t, "More than 3,000").as_of is None


def test_a_figure_in_the_object_of_another_verb_is_no_subject_of_the_modal() -> None:
    # the 81 is what the virus has done, a fact of now; the modal tells what it may do next
    t = "The strain that has killed 81 people could spread further, the agency says."
    assert _fig(t, "81").as_of == "PRESENT_REF"
    t = "The network of laboratories in 97 countries will keep watch, the agency says."
    assert _fig(t, "97").as_of == "PRESENT_REF"


def test_a_count_after_a_capital_determiner_is_a_thing_already_there() -> None:
    t = "The 13 countries will meet again next month, the agency says."
    assert _fig(t, "13").as_of == "PRESENT_REF"


def test_an_estimate_already_made_keeps_its_date_inside_a_condition() -> None:
    # the condition is on the estimate's truth; the estimate itself is one of now
    t = "If the agency's estimated loss of 30 percent of the harvest is right, food prices are set to soar."
    assert _fig(t, "30 percent").as_of == "PRESENT_REF"
    t = "If the harvest loss is 30 percent, food prices are set to soar."
    assert _fig(t, "30 percent").as_of is None
