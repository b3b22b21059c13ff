"""Relative dates that look ahead: weekdays after "is to", "to be" + participle, fronted days, clock
times with no day in a clause that looks ahead, clocks across midnight, and a part of a season just ended.
All text is invented."""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

# 2021-03-10 is a Wednesday
WED = PublishedDate(value="2021-03-10")


def _value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = WED) -> str | None:
    found = [e for e in tagger.tag(text, pub) if e.text == span]
    assert found, [e.text for e in tagger.tag(text, pub)]
    return found[0].value


@pytest.mark.parametrize(
    "text",
    [
        "The council members are to vote on Friday on the new bridge.",
        "Leaflets are to be delivered to every home from Friday.",
        "The mayor is also to visit the flooded district on Friday.",
        "A survey flight is to be carried out on Friday.",
        "He spoke about it in an interview to be broadcast on Friday.",
        "We'll open the new wing on Friday.",
        "The barrier will be lowered to the riverbed on Friday, the agency says.",
    ],
)
def test_weekday_ahead(tagger: TimeTagger, text: str) -> None:
    assert _value(tagger, text, "Friday") == "2021-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain forced the match to be abandoned on Monday.",
        "The old bridge had to be closed on Monday.",
        "Who is to blame for Monday's flooding remains unclear.",
        "The injured were taken to hospital on Monday.",
        "The ferry was to sail on Monday.",
    ],
)
def test_weekday_not_ahead(tagger: TimeTagger, text: str) -> None:
    assert _value(tagger, text, "Monday") == "2021-03-08"


def test_fronted_day_takes_the_main_clause(tagger: TimeTagger) -> None:
    text = "On Friday afternoon, at the town hall, the mayor will unveil the plans."
    assert _value(tagger, text, "Friday afternoon") == "2021-03-12TAF"
    # a past verb in the main clause keeps the day behind
    assert _value(tagger, "On Monday, the mayor unveiled the plans.", "Monday") == "2021-03-08"
    # a present reporting verb dates the saying, not what is said
    assert _value(tagger, "On Monday, the agency says it will cut fares.", "Monday") == "2021-03-08"


def test_reported_future_does_not_move_a_listed_date(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2021-06-20")
    assert _value(tagger, "June 2 - The ministry says it is to raise taxes.", "June 2", pub) == "2021-06-02"


def test_clock_ahead_is_on_the_publication_day(tagger: TimeTagger) -> None:
    text = "The governor will speak at 2100 (0100 GMT) about the drought."
    assert _value(tagger, text, "2100") == "2021-03-10T21:00"
    assert _value(tagger, text, "0100 GMT") == "2021-03-11T01:00"  # the same moment, after midnight in GMT
    assert _value(tagger, "The vote is due to close at 3pm.", "3pm") == "2021-03-10T15:00"


def test_clock_without_day_stays_unresolved(tagger: TimeTagger) -> None:
    # told in the past: the report may come out the day after
    found = [e for e in tagger.tag("The ferry left the harbour at 0900 GMT.", WED) if e.text == "0900 GMT"]
    assert found and found[0].value is None and "no day" in (found[0].reason or "")
    # a schedule read out in the present, a modal, or a later day named before it: no publication day
    for text in (
        "Doors open at 7pm and the band plays at 9pm.",
        "The ferry could leave at 3pm.",
        "The summit opens on Friday. Leaders arrive in the morning. They will meet at 3pm.",
    ):
        for e in tagger.tag(text, WED):
            if e.text in ("7pm", "9pm", "3pm"):
                assert e.value is None or not e.value.startswith("2021-03-10"), (text, e)
    # "is 9:10 to 9:30" holds no "is to"
    for e in tagger.tag("The broadcast window is 9:10 to 9:30 local time.", WED):
        assert e.value is None, e


def test_clock_span_across_midnight(tagger: TimeTagger) -> None:
    text = "The party ran on Saturday from 2300 to 0200 local time."
    assert _value(tagger, text, "0200 local time") == "2021-03-07T02:00"
    text = "As of 0300 local time (2300 GMT, Tuesday) the storm was offshore."
    assert _value(tagger, text, "0300 local time") == "2021-03-10T03:00"


def test_late_season_just_ended(tagger: TimeTagger) -> None:
    sep = PublishedDate(value="2021-09-06")
    assert _value(tagger, "The remains of a late summer storm, and it is hard to see.", "late summer", sep) == (
        "2021-SU"
    )
    # a plain future still looks ahead to the next one
    assert _value(tagger, "The plant will reopen in late summer.", "late summer", sep) == "2022-SU"
    # unmodified seasons keep the old reading
    assert _value(tagger, "The farm has been dry since the spring.", "the spring", sep) == "2021-SP"
