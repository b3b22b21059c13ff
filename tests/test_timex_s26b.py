"""Session 26, round 2: a weekday whose clause looks ahead by its grammar (a present-tense clause of time under a
"will", a present progressive, an infinitive after a noun, a verb joined by "and" to a "will"); a weekday or
weekend in a habitual statement recurs; "tomorrow (Tuesday)"; Penn Treebank brackets ("-LRB-") read as brackets.
All text is invented."""

from __future__ import annotations

from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

MONDAY = PublishedDate(value="2012-03-12", precision="day")
WEDNESDAY = PublishedDate(value="2012-03-14", precision="day")
THURSDAY = PublishedDate(value="2012-03-15", precision="day")
SUNDAY = PublishedDate(value="2012-03-18", precision="day")


# ---- a present-tense clause of time or condition under a main clause that looks ahead


def test_when_clause_in_the_present_with_a_plan_looks_ahead(tagger: TimeTagger) -> None:
    text = "The mayor said that when the minister tours the harbour on Tuesday, she plans to ask for more ferries."
    assert tagged(tagger, text, MONDAY)["Tuesday"].value == "2012-03-13"
    text = "When the envoys meet in Geneva on Saturday, they must agree a ceasefire."
    assert tagged(tagger, text, WEDNESDAY)["Saturday"].value == "2012-03-17"


def test_when_clause_after_a_will_looks_ahead(tagger: TimeTagger) -> None:
    text = "Analysts say the bank will post a loss for the final quarter of last year when it reports on Tuesday."
    assert tagged(tagger, text, SUNDAY)["Tuesday"].value == "2012-03-20"


def test_when_clause_in_the_past_stays_behind(tagger: TimeTagger) -> None:
    text = "When the minister visited the harbour on Tuesday, she met the ferry crews."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"
    # a "when" clause with no look ahead in its main clause keeps the usual reading
    text = "When the minister visits the harbour on Tuesday, crowds line the quay."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"


# ---- a present progressive


def test_present_progressive_in_the_day_clause_looks_ahead(tagger: TimeTagger) -> None:
    text = "The airline has cancelled dozens of flights, but on Sunday it is restoring its full timetable."
    assert tagged(tagger, text, THURSDAY)["Sunday"].value == "2012-03-18"
    text = "On Saturday the union is staging a march through the capital."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"


def test_progressive_does_not_move_a_day_told_in_the_past(tagger: TimeTagger) -> None:
    # a day owning an event ("Tuesday's storm") is the event's, whatever the progressive
    text = "Crews are clearing the wreckage of Tuesday's storm from the coast road."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"
    text = "On Tuesday the company said it is reviewing the contract."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"


# ---- an infinitive after a noun


def test_infinitive_after_a_noun_looks_ahead(tagger: TimeTagger) -> None:
    text = "Divers are readying the pumps, an operation to start late Tuesday or early Wednesday, the firm said."
    found = tagged(tagger, text, SUNDAY)
    assert found["late Tuesday"].value == "2012-03-20"
    assert found["early Wednesday"].value == "2012-03-21"


def test_infinitive_after_a_noun_told_in_the_past_is_left_alone(tagger: TimeTagger) -> None:
    text = "The attempt to refloat the ferry failed on Tuesday."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"
    # "the hours to midnight": no infinitive
    text = "The pump moved 900 barrels in the 24 hours to midnight Saturday, the firm said on Sunday."
    assert tagged(tagger, text, MONDAY)["midnight Saturday"].value.startswith("2012-03-10")


# ---- a bare verb joined by "and" to a "will"


def test_will_governs_a_verb_joined_by_and(tagger: TimeTagger) -> None:
    text = "The prime minister will sleep at the base for the first time since then and fly home on Tuesday."
    assert tagged(tagger, text, SUNDAY)["Tuesday"].value == "2012-03-20"
    text = "She stayed there overnight and flew home on Tuesday."
    assert tagged(tagger, text, THURSDAY)["Tuesday"].value == "2012-03-13"


# ---- habitual days


def test_habitual_weekend_recurs(tagger: TimeTagger) -> None:
    text = "The old town is empty, whereas normally it is crowded with tourists at the weekend."
    found = tagged(tagger, text, WEDNESDAY)["the weekend"]
    assert found.type == "SET"
    assert found.value == "XXXX-WXX-WE"
    # told of one weekend, it is that weekend
    text = "The old town was crowded with tourists at the weekend."
    assert tagged(tagger, text, WEDNESDAY)["the weekend"].value == "2012-W10-WE"


def test_habitual_weekday_recurs(tagger: TimeTagger) -> None:
    text = "As usual, the baker often opens late on Sunday."
    found = tagged(tagger, text, WEDNESDAY)["Sunday"]
    assert found.type == "SET"
    assert found.value == "XXXX-WXX-7"


def test_manner_or_distant_habit_word_keeps_the_day(tagger: TimeTagger) -> None:
    # "normally" of manner, with a past verb in its clause
    text = "The refinery continued to operate normally on Monday although it halted deliveries."
    assert tagged(tagger, text, WEDNESDAY)["Monday"].value == "2012-03-12"
    # the habit word in another clause
    text = "On Thursday, a violinist explains why the key is traditionally linked to pastoral music."
    assert tagged(tagger, text, WEDNESDAY)["Thursday"].type == "DATE"


# ---- "tomorrow (Tuesday)"


def test_weekday_in_brackets_restates_the_day_word(tagger: TimeTagger) -> None:
    text = "If the index closes at 500 tomorrow (Tuesday), the cap should be set at 500."
    found = tagged(tagger, text, MONDAY)
    assert found["tomorrow"].value == "2012-03-13"
    assert found["Tuesday"].value == "2012-03-13"


# ---- Penn Treebank brackets


def test_ptb_brackets_are_brackets(tagger: TimeTagger) -> None:
    text = "The storm made landfall at 1720 local time -LRB- 2220 GMT -RRB- on Tuesday , the agency said ."
    found = tagged(tagger, text, THURSDAY)
    assert found["1720 local time"].value == "2012-03-13T17:20"
    assert found["2220 GMT"].value == "2012-03-13T22:20"
    # the expressions keep the text's own characters and offsets
    exprs = tagger.tag(text, THURSDAY)
    assert all(text[e.start : e.end] == e.text for e in exprs)


# ---- "come Saturday", "are hoping to", a day fronted before a subject and its relative aside


def test_come_weekday_takes_the_clause_after_the_comma(tagger: TimeTagger) -> None:
    text = "Come Saturday, we are going to open the harbour with or without a permit."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"


def test_are_hoping_to_looks_ahead(tagger: TimeTagger) -> None:
    text = "Organisers are hoping to raise funds with a concert on Saturday."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-17"
    text = "Organisers were hoping to raise funds with a concert on Saturday, but it rained."
    assert tagged(tagger, text, THURSDAY)["Saturday"].value == "2012-03-10"


def test_fronted_day_before_a_relative_aside_takes_the_main_verb(tagger: TimeTagger) -> None:
    text = "On Thursday the chief executive, who is due to meet ministers this week, will address the committee."
    assert tagged(tagger, text, SUNDAY)["Thursday"].value == "2012-03-22"
    text = "On Thursday the chief executive, who was appointed in May, met the committee."
    assert tagged(tagger, text, SUNDAY)["Thursday"].value == "2012-03-15"
