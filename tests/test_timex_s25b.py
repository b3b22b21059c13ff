"""Session 25, round 2: a weekday told after an infinitive of a plan or an order is the nearer of the two; a modal
with "by" before a weekday looks ahead; a "that" clause after a date does not lend it its tense; a verb after "and"
does not outweigh one just before the date; "in the hope of" is no future; a four-figure number before a time zone
is a clock time, no year.  All text is invented."""

from __future__ import annotations

from helpers import tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

MONDAY = PublishedDate(value="2013-05-13", precision="day")
WEDNESDAY = PublishedDate(value="2013-05-15", precision="day")
THURSDAY = PublishedDate(value="2013-05-16", precision="day")
FRIDAY = PublishedDate(value="2013-05-17", precision="day")
NOVEMBER = PublishedDate(value="2013-11-06", precision="day")


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- an infinitive between a far past verb and the weekday


def test_order_to_act_on_a_weekday_is_the_coming_one(tagger: TimeTagger) -> None:
    text = "The minister ordered the two inspectors from the safety agency to tour the plant on Friday."
    assert value(tagger, text, "Friday", THURSDAY) == "2013-05-17"


def test_infinitive_of_a_standby_plan_is_the_coming_day(tagger: TimeTagger) -> None:
    text = "The airline said it had a cargo jet standing by to fly to Lagos with medicine on Saturday."
    assert value(tagger, text, "Saturday", FRIDAY) == "2013-05-18"


def test_infinitive_keeps_the_nearer_day_when_it_is_past(tagger: TimeTagger) -> None:
    text = "The envoy travelled from Geneva by train overnight to meet the rebels on Tuesday."
    assert value(tagger, text, "Tuesday", THURSDAY) == "2013-05-14"


def test_implicative_verb_before_to_keeps_the_past_day(tagger: TimeTagger) -> None:
    text = "A team of volunteers from the village managed to pull the driver from the wreck on Sunday."
    assert value(tagger, text, "Sunday", THURSDAY) == "2013-05-12"


def test_preposition_to_is_no_infinitive(tagger: TimeTagger) -> None:
    text = "The storm swept across the coast, cutting power to vast areas on Friday."
    assert value(tagger, text, "Friday", WEDNESDAY) == "2013-05-10"


# ---- a modal and "by" before a weekday


def test_modal_deadline_is_the_coming_weekday(tagger: TimeTagger) -> None:
    text = "Engineers said the new pump should be working by Monday."
    assert value(tagger, text, "Monday", THURSDAY) == "2013-05-20"


# ---- a "that" clause after a date


def test_that_clause_after_a_month_day_does_not_set_it_ahead(tagger: TimeTagger) -> None:
    text = (
        "By the time the mayor made the surprise announcement on Sept. 24 that she would resign, her party was stunned."
    )
    assert value(tagger, text, "Sept. 24", NOVEMBER) == "2013-09-24"


def test_relative_that_before_a_verb_keeps_the_future(tagger: TimeTagger) -> None:
    text = "All eyes are on the vote on Dec. 3 that will decide the budget."
    assert value(tagger, text, "Dec. 3", NOVEMBER) == "2013-12-03"


# ---- a verb after "and"


def test_verb_after_and_does_not_outweigh_a_future_before_the_day(tagger: TimeTagger) -> None:
    text = "The school will fully reopen on Thursday and has offered all pupils a check-up."
    assert value(tagger, text, "Thursday", MONDAY) == "2013-05-16"


# ---- "in the hope of"


def test_in_the_hope_of_is_no_future(tagger: TimeTagger) -> None:
    text = "Scientists are testing samples flown in from the capital on Tuesday in the hope of tracing the strain."
    assert value(tagger, text, "Tuesday", FRIDAY) == "2013-05-14"


# ---- a clock time after a date


def test_four_figures_before_gmt_are_a_clock_time(tagger: TimeTagger) -> None:
    text = "The convoy left at dawn.\n14 MAY, 1530 GMT, NEAR THE BORDER The trucks have stopped again."
    assert value(tagger, text, "14 MAY, 1530 GMT", WEDNESDAY) == "2013-05-14T15:30"


def test_year_after_a_date_is_still_a_year(tagger: TimeTagger) -> None:
    text = "The treaty was signed on 14 May, 1930 in the city hall."
    assert value(tagger, text, "14 May, 1930", WEDNESDAY) == "1930-05-14"
