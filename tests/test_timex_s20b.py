"""Session 20, round 2 time rules: a clock takes the day its sentence resolved, ahead or past; a past verb in a
hypothesis ("if it spread in the winter, ... could") looks ahead; a month before a surname in a list of names is
no date; "in the next year" is twelve months ahead, not the calendar year after; a "would" in another clause does
not push a past month forward.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2014-07-25")  # a Friday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = PUB) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a clock on a day ahead


def test_clock_after_a_day_ahead_in_its_sentence(tagger: TimeTagger) -> None:
    text = "Gates open early for Saturday's festival, with the first band on stage at 17:30 BST."
    assert value(tagger, text, "Saturday") == "2014-07-26"
    assert value(tagger, text, "17:30") == "2014-07-26T17:30"


def test_clock_before_the_day_it_is_for(tagger: TimeTagger) -> None:
    text = "Gates open at 15:00 BST for Saturday's festival in the park."
    assert value(tagger, text, "15:00") == "2014-07-26T15:00"


def test_day_ahead_in_an_earlier_sentence_needs_a_looking_ahead_clock(tagger: TimeTagger) -> None:
    text = "Tomorrow the roads will be busy. Police closed the bridge at 14:00 BST."
    assert value(tagger, text, "14:00") is None


def test_present_perfect_for_a_days_show_is_the_nearer_day(tagger: TimeTagger) -> None:
    text = "A capacity of 40,000 has been set for Saturday's festival."
    assert value(tagger, text, "Saturday") == "2014-07-26"


# ---- hypotheses


def test_if_with_past_verb_and_modal_looks_ahead(tagger: TimeTagger) -> None:
    text = "Doctors warned that if the outbreak returned in the winter, clinics could be overwhelmed."
    assert value(tagger, text, "winter") == "2014-WI"
    assert value(tagger, text.replace("in the winter", "in November"), "November") == "2014-11"


def test_if_question_and_plain_past_stay_past(tagger: TimeTagger) -> None:
    assert value(tagger, "Nobody could say whether the pump failed in March.", "March") == "2014-03"
    assert value(tagger, "She asked if the pump failed in March.", "March") == "2014-03"
    assert value(tagger, "If the pump had failed in March, nobody would have known.", "March") == "2014-03"


# ---- a month that is a name


def test_month_before_surname_in_a_list_of_names(tagger: TimeTagger) -> None:
    text = "The cast includes the judges Tom Peel and April Dunmore."
    assert not any(e.text.startswith("April") for e in tagger.tag(text, PUB))


def test_month_before_surname_written_as_a_person_elsewhere(tagger: TimeTagger) -> None:
    text = "The actress June Dunmore sang. A week later, on June Dunmore's advice, the choir left."
    assert not any(e.text.startswith("June") for e in tagger.tag(text, PUB))


def test_months_in_a_list_stay_months(tagger: TimeTagger) -> None:
    found = tags(tagger, "Between March and June Congress met twice.")
    assert found["March"].value == "2014-03"
    assert found["June"].value == "2014-06"


# ---- spans ahead


def test_in_the_next_year_is_twelve_months_ahead(tagger: TimeTagger) -> None:
    found = tags(tagger, "The leak could keep flowing in the next year, engineers said.")
    assert found["the next year"].type == "DURATION"
    assert found["the next year"].value == "P1Y"
    assert value(tagger, "Output will fall over the coming month.", "the coming month") == "P1M"


def test_next_year_alone_is_the_calendar_year(tagger: TimeTagger) -> None:
    assert value(tagger, "Output will rise next year.", "next year") == "2015"


# ---- a modal in another clause


def test_would_in_another_clause_does_not_push_a_past_month(tagger: TimeTagger) -> None:
    text = "The report said that of three samples taken in February by the lab, only one showed the seal would hold."
    assert value(tagger, text, "February") == "2014-02"


def test_would_in_the_dates_own_clause_still_looks_ahead(tagger: TimeTagger) -> None:
    text = "The report said the new seal would be fitted in February."
    assert value(tagger, text, "February") == "2015-02"


def test_next_year_late_in_the_year_is_mostly_the_calendar_year_after(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-11-20")
    assert value(tagger, "The plant will be closed over the next year or so.", "the next year", pub) == "2015"


def test_clock_skips_a_day_that_bounds_a_span(tagger: TimeTagger) -> None:
    text = (
        "Shares fell sharply this morning. The firm has lost half its value since 2 March, when the mine flooded. "
        "By 10am the shares had recovered a little."
    )
    assert value(tagger, text, "10am") == "2014-07-25T10:00"
