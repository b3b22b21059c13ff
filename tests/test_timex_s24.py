"""Session 24 rules: a weekday after a present "is"/"are" is the coming one; a span counted from an earlier time
("ten days later", "the next day") is undated when the story has moved on to another year or month since the last
day it named; "ABC's This Week" is a programme; a weekday "ahead of" an event is the nearer of the two; "this
weekend" with no tense, late in the week, is the coming one.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

MONDAY = PublishedDate(value="2013-05-13", precision="day")
TUESDAY = PublishedDate(value="2013-05-14", precision="day")
WEDNESDAY = PublishedDate(value="2013-05-15", precision="day")
THURSDAY = PublishedDate(value="2013-05-16", precision="day")


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = WEDNESDAY) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a present "is"/"are" before a weekday


def test_present_copula_puts_the_weekday_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "The street party for the helpers is on Sunday.", "Sunday") == "2013-05-19"
    assert value(tagger, "The ballot is Tuesday.", "Tuesday") == "2013-05-21"
    assert value(tagger, "The deadline is Friday.", "Friday") == "2013-05-17"
    assert value(tagger, "Delegates are meeting on Friday to discuss the budget.", "Friday") == "2013-05-17"
    assert value(tagger, "The ballot is on Monday, officials said.", "Monday") == "2013-05-20"


def test_present_copula_before_two_weekdays(tagger: TimeTagger) -> None:
    found = tagged(tagger, "The hearings are on Monday and Tuesday.", WEDNESDAY)
    assert (found["Monday"].value, found["Tuesday"].value) == ("2013-05-20", "2013-05-21")


def test_future_copula_still_looks_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "The final will be on Friday.", "Friday") == "2013-05-17"


def test_past_copula_or_past_sentence_keeps_the_day_before(tagger: TimeTagger) -> None:
    assert value(tagger, "The street party was on Sunday.", "Sunday") == "2013-05-12"
    assert value(tagger, "The fair, which drew big crowds, is on Sunday.", "Sunday") == "2013-05-12"
    assert value(tagger, "The mayor is pictured on Monday at the harbour.", "Monday") == "2013-05-13"


# ---- a span counted from a time the story has moved on from


def test_span_after_a_year_the_story_moved_to_is_undated(tagger: TimeTagger) -> None:
    text = (
        "A judge heard the case yesterday. The first leak in 2011 came from a cracked valve. "
        "Ten days later, engineers found the crack."
    )
    assert value(tagger, text, "Ten days later", THURSDAY) is None
    text = "A judge heard the case yesterday. In 2009 he was convicted and the next day he appealed."
    assert value(tagger, text, "the next day", THURSDAY) is None


def test_span_after_a_month_holding_the_day_keeps_it(tagger: TimeTagger) -> None:
    text = "The dam burst on 3 May. Crews arrived in May from the coast. Two days later, the water receded."
    assert value(tagger, text, "Two days later", THURSDAY) == "2013-05-05"


def test_a_month_named_in_the_days_own_sentence_is_a_side_glance(tagger: TimeTagger) -> None:
    text = (
        "On Monday the minister, who warned of a slump as recently as last month, unveiled a plan. "
        "Four days earlier, a neighbour unveiled its own."
    )
    assert value(tagger, text, "Four days earlier") == "2013-05-09"


# ---- a programme's title


def test_this_week_after_a_broadcasters_possessive_is_a_programme(tagger: TimeTagger) -> None:
    found = tagged(tagger, "The senator told XYZ's This Week that the bill would pass.", WEDNESDAY)
    assert "This Week" not in found
    found = tagged(tagger, "She appeared on XYZ's This Morning to talk about the floods.", WEDNESDAY)
    assert "This Morning" not in found
    assert value(tagger, "The bill passed this week, the senator's aides said.", "this week") == "2013-W20"


# ---- "ahead of" an event on a weekday


def test_weekday_of_an_event_ahead_of_it_is_the_nearer(tagger: TimeTagger) -> None:
    text = "Two senators sent a letter to the chief executive, ahead of their hearing with him on Thursday."
    assert value(tagger, text, "Thursday", TUESDAY) == "2013-05-16"
    text = "Speaking ahead of the awards on Sunday, the actor said more stars had signed up."
    assert value(tagger, text, "Sunday", TUESDAY) == "2013-05-12"
    found = tagged(tagger, "Ahead of hearings on Tuesday and Thursday, two senators released a letter.", MONDAY)
    assert (found["Tuesday"].value, found["Thursday"].value) == ("2013-05-14", "2013-05-16")


# ---- "this weekend" with no tense


def test_this_weekend_late_in_the_week_is_the_coming_one(tagger: TimeTagger) -> None:
    assert value(tagger, "The concert is this weekend.", "this weekend", THURSDAY) == "2013-W20-WE"
    assert value(tagger, "The concert is this weekend.", "this weekend", MONDAY) == "2013-W19-WE"
    text = "Before the weekend, the bond was trading at a lower yield."
    assert value(tagger, text, "the weekend", THURSDAY) == "2013-W19-WE"
