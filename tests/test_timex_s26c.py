"""Session 26, round 3: a weekday under a present verb of a timetable or of a time coming on ("as the anniversary
approaches on Friday", "before markets open on Monday", "On Tuesday, senators hold a hearing"); a participle that
heads an infinitive's object after the day ("to sign on Thursday revised rules"); a "would have" hypothesis; a clause
of time backshifted under a "would"; a day a pledge or a present perfect sets ("vowed to be there on Friday", "has
called a meeting for Wednesday").  All text is invented."""

from __future__ import annotations

from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

MONDAY = PublishedDate(value="2012-03-12", precision="day")
WEDNESDAY = PublishedDate(value="2012-03-14", precision="day")
THURSDAY = PublishedDate(value="2012-03-15", precision="day")
SUNDAY = PublishedDate(value="2012-03-18", precision="day")


# ---- present verbs of a timetable or of a time coming on


def test_a_time_coming_on_looks_ahead(tagger: TimeTagger) -> None:
    text = "As the anniversary of the flood approaches on Friday, the council is asking residents to share photographs."
    assert tagged(tagger, text, MONDAY)["Friday"].value == "2012-03-16"
    text = "As the anniversary of the flood approached on Friday, residents gathered by the river."
    assert tagged(tagger, text, MONDAY)["Friday"].value == "2012-03-09"


def test_a_plural_timetable_verb_looks_ahead(tagger: TimeTagger) -> None:
    text = "The minister wants a rescue agreed before stock markets open on Monday morning."
    assert tagged(tagger, text, THURSDAY)["Monday morning"].value == "2012-03-19TMO"
    text = "Peace talks resume on Tuesday in Geneva after a two-week pause."
    assert tagged(tagger, text, WEDNESDAY)["Tuesday"].value == "2012-03-20"


def test_a_bare_verb_after_no_plural_subject_is_no_timetable(tagger: TimeTagger) -> None:
    # an infinitive, and a past verb, keep the day behind
    text = "The exchange failed to open on Monday because of a power cut."
    assert tagged(tagger, text, THURSDAY)["Monday"].value == "2012-03-12"
    text = "Stock markets opened on Monday with heavy losses."
    assert tagged(tagger, text, THURSDAY)["Monday"].value == "2012-03-12"


def test_a_fronted_day_before_a_timetable_verb_looks_ahead(tagger: TimeTagger) -> None:
    text = "On Tuesday, senators hold a hearing on the collapse of the bank."
    assert tagged(tagger, text, SUNDAY)["Tuesday"].value == "2012-03-20"
    text = "On Thursday, the inquiry opens in the town hall."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-15"


def test_a_fronted_day_in_a_narrative_present_is_no_timetable(tagger: TimeTagger) -> None:
    # "begins to" + verb: something that sets in, no timetable
    text = "Tuesday evening, the water begins to rise, and the villagers watch from the hill."
    assert tagged(tagger, text, WEDNESDAY)["Tuesday evening"].value == "2012-03-13TEV"


# ---- a participle heading an infinitive's object after the day


def test_a_participle_after_the_day_heads_the_object(tagger: TimeTagger) -> None:
    text = "The governor is expected to sign on Thursday revised rules for the port, an aide said."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-15"
    # a finite past verb after a fronted day keeps it behind
    text = "The governor on Thursday signed revised rules for the port."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-08"


# ---- a "would have" hypothesis, and a clause of time under a "would"


def test_a_would_have_hypothesis_takes_the_nearer_day(tagger: TimeTagger) -> None:
    text = "Without the extra flight, the rescuers would have reached the city on Saturday, too late to help."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"
    # "could have" is a guess about the past
    text = "The slick could have reached the marshes by Thursday, officials said."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-08"


def test_a_backshifted_clause_under_would_takes_the_nearer_day(tagger: TimeTagger) -> None:
    text = "Forecasters said the storm would weaken before it reached the coast on Saturday."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"


# ---- a day a pledge or a present perfect sets


def test_a_pledge_to_be_somewhere_on_a_day_takes_the_nearer_day(tagger: TimeTagger) -> None:
    text = "The senator said he would stay in the capital, but vowed to be in Boston on Friday for the debate."
    assert tagged(tagger, text, WEDNESDAY)["Friday"].value == "2012-03-16"
    # the pledge's own day stays behind
    text = "The senator vowed on Friday to fight the closure."
    assert tagged(tagger, text, WEDNESDAY)["Friday"].value == "2012-03-09"


def test_a_meeting_called_for_a_day_takes_the_nearer_day(tagger: TimeTagger) -> None:
    text = "The trade body has called an emergency meeting of exporters for Wednesday."
    assert tagged(tagger, text, MONDAY)["Wednesday"].value == "2012-03-14"


# ---- two days offered as alternatives; an event still to come


def test_the_second_of_two_alternative_days_follows_the_first(tagger: TimeTagger) -> None:
    text = "He said the new pump could arrive on Wednesday and be working by Thursday or Friday."
    found = tagged(tagger, text, WEDNESDAY)
    assert found["Thursday"].value == "2012-03-15"
    assert found["Friday"].value == "2012-03-16"
    # told in the past, both lie behind
    text = "The pump arrived on Thursday or Friday, the engineers said."
    found = tagged(tagger, text, SUNDAY)
    assert found["Thursday"].value == "2012-03-15"
    assert found["Friday"].value == "2012-03-16"


def test_an_event_said_to_be_on_a_day_lies_ahead(tagger: TimeTagger) -> None:
    text = '"There\'s a board meeting on Monday, but no decision is likely," the spokesman said.'
    assert tagged(tagger, text, SUNDAY)["Monday"].value == "2012-03-19"
    text = "There was a board meeting on Monday."
    assert tagged(tagger, text, THURSDAY)["Monday"].value == "2012-03-12"


def test_a_passive_infinitive_tells_what_is_still_to_come(tagger: TimeTagger) -> None:
    text = "The inquiry's report, to be published on Tuesday, is expected to criticise the regulator."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-20"
    text = "The figures come from a survey to be released on Monday by the chamber of commerce."
    assert tagged(tagger, text, WEDNESDAY)["Monday"].value == "2012-03-19"
    # "the first to be rescued": a past one
    text = "She was the first to be rescued on Monday."
    assert tagged(tagger, text, WEDNESDAY)["Monday"].value == "2012-03-12"


def test_a_contracted_progressive_is_an_arrangement(tagger: TimeTagger) -> None:
    text = "We've spoken to the other families and we're meeting on Saturday."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"


# ---- "going into" as a participle of motion


def test_going_into_a_time_is_no_going_to(tagger: TimeTagger) -> None:
    tuesday = PublishedDate(value="2012-03-13", precision="day")
    text = "Going into the weekend, most traders assumed the bank would be rescued again."
    assert tagged(tagger, text, tuesday)["the weekend"].value == "2012-W10-WE"
    # a progressive "is going into" still looks ahead
    text = "The minister is going into hospital at the weekend for an operation."
    assert tagged(tagger, text, tuesday)["the weekend"].value == "2012-W11-WE"


def test_a_hearing_someone_faces_lies_ahead(tagger: TimeTagger) -> None:
    text = "The chief executive, who faces a Senate hearing on Thursday, has hired a new spokesman."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-15"
    text = "The chief executive, who faced a Senate hearing on Thursday, has hired a new spokesman."
    assert tagged(tagger, text, MONDAY)["Thursday"].value == "2012-03-08"


def test_a_timetable_verb_reaches_over_a_place(tagger: TimeTagger) -> None:
    text = "The meeting that really matters takes place in the White House on Wednesday."
    assert tagged(tagger, text, SUNDAY)["Wednesday"].value == "2012-03-21"
