"""Session 19 (round 2) time rules: plans told in the past or after a noun take the nearer occurrence, a present
perfect takes no past date of its own, "have got" is a present, a past "the same day" is no planned day ahead,
circa years.  All text is invented."""

from __future__ import annotations

import pytest

from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2013-08-21")  # a Wednesday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a plan's participle after a noun, in a sentence told in the past: the July just gone
        (
            "Ms Dale - who was hired as the choir's coach for a tour of Italy planned for July - wrote a blog.",
            "July",
            "2013-07",
        ),
        # told in the present, it lies ahead
        ("The recitals scheduled for July are sold out.", "July", "2014-07"),
        # a plan told in the past: the nearer occurrence, ahead or behind
        (
            "The merger was announced on 2 June but was only supposed to take effect in September.",
            "September",
            "2013-09",
        ),
        ("The new ward was due to open in July.", "July", "2013-07"),
        # "have got" is a present: the booked trip lies ahead
        ("I've got a trip booked to Peru in July and I will still go.", "July", "2014-07"),
        # a present perfect with its object's date: the coming one
        ("The orchestra has announced a gala in Leeds on 9 October.", "9 October", "2013-10-09"),
        # a present perfect reaching back with "since" stays behind
        ("Rents have risen since September.", "September", "2012-09"),
        # a plain past stays behind
        ("The ferry sank on 9 October.", "9 October", "2012-10-09"),
    ],
)
def test_plans_and_perfects(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    assert tags(tagger, text)[span].value == value


def test_past_same_day_is_no_planned_day(tagger: TimeTagger) -> None:
    text = "The vote is due on Friday. The delay was revealed on the same day the audit came out."
    found = tags(tagger, text)
    assert found["Friday"].value == "2013-08-23"
    assert found["the same day"].value != "2013-08-23"  # not the planned Friday, still ahead


def test_future_same_day_keeps_the_plan(tagger: TimeTagger) -> None:
    found = tags(tagger, "The vote is due on Friday. We will know the result the same day.")
    assert found["the same day"].value == "2013-08-23"


def test_past_same_day_keeps_a_past_day(tagger: TimeTagger) -> None:
    found = tags(tagger, "Boats left on Monday. The same day, the coastguard arrived.")
    assert found["The same day"].value == "2013-08-19"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The chapel was built c1905 by miners.", "c1905", "1905"),
        ("Her grandfather was born c. 1842 in Cork.", "c. 1842", "1842"),
        ("The mill closed circa 1921.", "circa 1921", "1921"),
    ],
)
def test_circa_years(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    e = tags(tagger, text)[span]
    assert (e.value, e.mod) == (value, "APPROX")


def test_no_circa_inside_a_word(tagger: TimeTagger) -> None:
    assert not any(e.value == "1905" for e in tagger.tag("The abc1905 router failed.", PUB))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "due to the" gives a cause, no plan
        ("Giving rose this year due to the Christmas flood that drowned the valley.", "Christmas", "2012-12-25"),
        # "until" told in the past: the time up to which something held
        ("The levee held until July 12, when the river rose.", "July 12", "2013-07-12"),
        ("It was not until late June that the mayor spoke.", "late June", "2013-06"),
        # "until" told in the present still looks ahead
        ("Shops stay open until July 12.", "July 12", "2014-07-12"),
        # a spaced dash further on opens an aside: its verbs are not the date's
        ("There will be a ballot in March which - if passed - will end the row.", "March", "2014-03"),
        # right after the date it heads a chronology's entry: the entry's own tense counts
        ("Chronology. June 3 - The firm says it has spent $9 million.", "June 3", "2013-06-03"),
        # a plan told in the past with "was set to": the nearer occurrence
        ("He was set to make Fourth of July remarks in Ohio.", "Fourth of July", "2013-07-04"),
        # "set up" is no plan: told in the past, it is behind
        ("The panel, which was set up in October, reported on Monday.", "October", "2012-10"),
        # the end of a plan looks ahead
        ("The builder says the bridge is ahead of its schedule of completion in May.", "May", "2014-05"),
        # in brackets, a plan keeps its own tense
        ("The first study (final study due in June) found flaws.", "June", "2014-06"),
    ],
)
def test_cues_of_plans_causes_and_asides(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    assert tags(tagger, text)[span].value == value


def test_a_delay_of_a_day_looks_ahead(tagger: TimeTagger) -> None:
    # a call to put off an event looks ahead to it (published on a Wednesday)
    assert tags(tagger, "The senator sought a delay of Friday's debate.")["Friday"].value == "2013-08-23"


def test_nine_eleven_names_the_attacks(tagger: TimeTagger) -> None:
    # (published months from any 11 September)
    text = "He likened the flood to 9/11. September 11 was about murder, he said."
    found = tags(tagger, text, PublishedDate(value="2013-05-02"))
    assert found["September 11"].value == "2001-09-11"
