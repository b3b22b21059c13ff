"""Chronology lines ("May 2 - The mayor visits the valley"): a date heading a line of a timeline, told in the
historic present, is the last such day not after the publication date unless the entry speaks of a plan; a list
that runs on past a stale publication date keeps its order; the present-copula weekday rule does not read such a
line as an arrangement ahead.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

PUB = PublishedDate(value="2013-05-11", precision="day")  # a Saturday

TIMELINE = (
    "Key events in the flood:\n"
    "April 20 - Heavy rain swells the river and the levee at Millbrook gives way.\n"
    "April 23 - The county opens shelters; thousands of residents leave.\n"
    "* May 1 - The coast guard says the water will reach the town.\n"
    "* May 2 - The governor visits the valley to see the damage first hand.\n"
    "Officials close the roads for ten days.\n"
    "May 9 - Engineers say the water is falling.\n"
)


def test_entry_in_historic_present_is_read_back(tagger: TimeTagger) -> None:
    found = tagged(tagger, TIMELINE, PUB)
    assert found["April 20"].value == "2013-04-20"
    assert found["May 1"].value == "2013-05-01"
    assert found["May 2"].value == "2013-05-02"  # not May 2014: the entry is no plan
    assert found["May 9"].value == "2013-05-09"


def test_entry_after_the_publication_day_is_the_year_before(tagger: TimeTagger) -> None:
    text = (
        "Timeline:\nMay 20 - The dam operator warns of cracks in the wall.\nJune 4 - Inspectors close the spillway.\n"
    )
    found = tagged(tagger, text, PUB)
    assert found["May 20"].value == "2012-05-20"
    assert found["June 4"].value == "2012-06-04"


def test_future_in_the_entry_itself_is_left_to_the_usual_reading(tagger: TimeTagger) -> None:
    text = (
        "What comes next:\n"
        "May 3 - The council approves the repair budget.\n"
        "May 20 - The inquiry is due to publish its findings.\n"
    )
    found = tagged(tagger, text, PUB)
    assert found["May 3"].value == "2013-05-03"
    assert found["May 20"].value == "2013-05-20"


def test_single_dated_line_is_not_a_chronology(tagger: TimeTagger) -> None:
    # one line is no list: the usual reading (a day a few weeks ahead with a future verb) stands
    text = "Budget talks resume.\nMay 20 - the date ministers will meet again.\n"
    assert tagged_value(tagger, text, "May 20", PUB) == "2013-05-20"


def test_list_running_past_a_stale_publication_date_keeps_its_order(tagger: TimeTagger) -> None:
    text = (
        "How the repair went:\n"
        "May 1 - Divers inspect the broken gate.\n"
        "May 8 - A crane lifts the first section.\n"
        "May 14 - Engineers seal the gate.\n"
        "May 30 - The lock reopens to barges.\n"
    )
    found = tagged(tagger, text, PUB)
    assert [found[d].value for d in ("May 1", "May 8", "May 14", "May 30")] == [
        "2013-05-01",
        "2013-05-08",
        "2013-05-14",
        "2013-05-30",
    ]


def test_past_tense_entry_is_never_after_publication(tagger: TimeTagger) -> None:
    text = "Losses so far:\nMay 4: A ranger was hurt in a fall.\nMay 14: A volunteer died in the flood.\n"
    found = tagged(tagger, text, PUB)
    assert found["May 4"].value == "2013-05-04"
    assert found["May 14"].value == "2012-05-14"


def test_copula_weekday_in_a_chronology_line_is_not_ahead(tagger: TimeTagger) -> None:
    text = (
        "Timeline:\nMay 2 - The mayor says the vote is on Monday.\nMay 7 - The council votes to rebuild the bridge.\n"
    )
    # in the historic present of the entry dated Thursday 2 May the Monday is 6 May, not the coming 13 May
    assert tagged_value(tagger, text, "Monday", PUB) == "2013-05-06"
