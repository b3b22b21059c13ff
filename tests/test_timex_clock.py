"""Clock times written as four digits, and the day a clock time is on (storyline.annotate.timex).

Every text here is invented.  What is tested:

* a four-digit number is a clock time, not a year, when a zone follows it ("0745 GMT", "1100GMT"), a clock
  companion stands next to it ("1415 (1915 GMT)", "1100 & 1700GMT"), it is a live page's time stamp, or it
  cannot be a year of the story and a clock cue stands by it ("at 1115", "around 1740 yesterday");
* a real old year keeps its reading ("in 1620", "since 1791", a list of years in a text with clocks);
* a clock time takes the day written next to it, else the last day named in its sentence or the two before,
  and claims no day when the text names none (the publication day is no evidence).
"""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2012-03-08", precision="day")  # a Thursday


def tags(tagger: TimeTagger, text: str, anchor: PublishedDate | None = PUB) -> dict[str, TimeExpression]:
    return {e.text: e for e in tagger.tag(text, anchor)}


# ---- four-digit clock times are not years
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a zone word, glued or not, local time or a named place's time
        ("The ferry sank at 1415 local time (1915 GMT) on Tuesday.", "1415 local time", "2012-03-06T14:15"),
        ("The ferry sank on Tuesday at 1415GMT.", "Tuesday at 1415GMT", "2012-03-06T14:15"),
        ("The vote closed on Tuesday at 1930 Lisbon time.", "Tuesday at 1930 Lisbon time", "2012-03-06T19:30"),
        # a companion in brackets after it, even with no zone of its own
        ("The ferry sank at 1415 (1915 GMT) on Tuesday.", "1415", "2012-03-06T14:15"),
        # a clock that can be no year of a 2012 story, with a clock cue
        ("On Tuesday the tremor came at 1115, residents said.", "1115", "2012-03-06T11:15"),
        ("The convoy left around 1740 yesterday.", "1740 yesterday", "2012-03-07T17:40"),
        (
            "The programme airs at 2000 BST, Friday 9 March 2012, repeated 1530, Sunday 11 March 2012.",
            "1530, Sunday 11 March 2012",
            "2012-03-11T15:30",
        ),
        # "12 past midnight" written the wire way
        ("At 1209 a.m. on 6 March the first message came.", "1209 a.m. on 6 March", "2012-03-06T00:09"),
    ],
)
def test_four_digit_clock_times(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    e = tags(tagger, text)[span]
    assert e.type == "TIME" and e.value == expected


def test_real_old_years_stay_years(tagger: TimeTagger) -> None:
    found = tags(tagger, "The port was founded in 1620 and has been a free city since 1791.")
    assert found["1620"].value == "1620" and found["1791"].value == "1791"
    # a text that writes clocks as four digits may still list old years
    text = "The ferry sank at 1415 (1915 GMT) on Tuesday. Earlier wrecks came in 1810, 1766, and 1702."
    found = tags(tagger, text)
    assert found["1702"].value == "1702" and found["1766"].value == "1766"
    # "between 1450 and 1600" in a text with no clock time is a span of years
    found = tags(tagger, "The exhibition covers the age of sail, between 1450 and 1600.")
    assert found["1450"].value == "1450" and found["1600"].value == "1600"


def test_clock_spans_in_a_text_that_writes_clocks_as_four_digits(tagger: TimeTagger) -> None:
    text = (
        "The pilot landed on 14 May 2011. He said he called the tower at about 1105. "
        "Records show calls between 1105 and 1140 and that help came only after 1152."
    )
    values = [(e.text, e.value) for e in tagger.tag(text, PUB) if e.type == "TIME"]
    assert values == [
        ("1105", "2011-05-14T11:05"),  # "at about 1105": no year of a 2012 story
        ("1105", "2011-05-14T11:05"),  # then "between", "and", "after" take clocks in this text
        ("1140", "2011-05-14T11:40"),
        ("1152", "2011-05-14T11:52"),
    ]


def test_a_plausible_year_keeps_its_reading_next_to_a_time(tagger: TimeTagger) -> None:
    # a date and its time of day: "2012 - 17:02 GMT" is no range of clock times
    found = tags(tagger, "Updated Thursday, 8 March 2012 - 17:02 GMT")
    assert not any(e.value and e.value.startswith("2012-03-08T20") for e in found.values())


# ---- live pages
LIVE = (
    "Live coverage of the storm.\n"
    "2310 Rescue teams say the river has burst its banks.\n"
    '2245: The mayor tells local radio: "We are doing what we can."\n'
    "1920 Forecasters warn of more rain.\n"
    "1805 A bridge in the north has collapsed, police say.\n"
    "Flooded streets in the old town 1730 The coastguard sends two helicopters.\n"
    "1655 The storm reached the coast at 1500, the weather office says.\n"
)


def test_live_page_stamps_are_on_the_publication_day(tagger: TimeTagger) -> None:
    found = tags(tagger, LIVE)
    assert found["2310"].value == "2012-03-08T23:10"
    assert found["2245"].value == "2012-03-08T22:45"
    assert found["1805"].value == "2012-03-08T18:05"  # would be read as the year 1805 otherwise
    assert found["1730"].value == "2012-03-08T17:30"  # a stamp glued to the caption before it
    assert found["1655"].value == "2012-03-08T16:55"
    assert found["1500"].value == "2012-03-08T15:00"  # a clock in an entry takes its stamp's day
    assert "live-page" in (found["1805"].reason or "")


def test_a_live_page_crossing_midnight(tagger: TimeTagger) -> None:
    text = (
        "0010 We are closing this page for the night.\n"
        "2350 Power is back in the east.\n"
        "2330 Crews reach the village.\n"
        "2305 The wind drops.\n"
        "2240 Schools will stay shut.\n"
    )
    found = tags(tagger, text)
    assert found["2350"].value == "2012-03-08T23:50"
    assert found["0010"].value == "2012-03-09T00:10"


def test_a_timeline_of_years_is_no_live_page(tagger: TimeTagger) -> None:
    text = (
        "Key dates:\n"
        "1804 The colony declares independence.\n"
        "1915 Foreign troops land.\n"
        "1934 The troops leave.\n"
        "1957 A new president takes power.\n"
        "2004 The president is ousted.\n"
    )
    found = tags(tagger, text)
    assert [found[y].value for y in ("1804", "1915", "1934", "1957", "2004")] == [
        "1804",
        "1915",
        "1934",
        "1957",
        "2004",
    ]


# ---- the day a clock time is on
def test_a_clock_takes_the_day_named_just_before(tagger: TimeTagger) -> None:
    text = "The ship ran aground on 12 February. Divers reached the hull at 1415 GMT."
    assert tags(tagger, text)["1415 GMT"].value == "2012-02-12T14:15"
    text = "Crowds gathered on Monday. The speech began at 7.30 pm."
    assert tags(tagger, text)["7.30 pm"].value == "2012-03-05T19:30"


def test_a_clock_shares_the_day_of_its_companion(tagger: TimeTagger) -> None:
    found = tags(tagger, "The ferry sank at 1415 local time (1915 GMT) on Tuesday, 6 March.")
    assert found["1415 local time"].value == "2012-03-06T14:15"
    assert found["1915 GMT"].value == "2012-03-06T19:15"
    found = tags(tagger, "Do you recall where you were at 2130 GMT on the night of Tuesday 6 March?")
    assert next(iter(found.values())).value == "2012-03-06T21:30"


def test_a_clock_with_no_day_claims_none(tagger: TimeTagger) -> None:
    # a report published the next morning: the publication day is no evidence for the clock's day
    e = tags(tagger, "The ferry sank at 1415 (1915 GMT), about 10km off the coast.")["1915 GMT"]
    assert e.type == "TIME" and e.value is None and e.anchor == "none" and "T19:15" in (e.reason or "")


def test_a_day_named_long_before_is_background(tagger: TimeTagger) -> None:
    text = (
        "The leak began on 20 April. Engineers tried many fixes. Some failed. Others were never tried. "
        "The valve was closed at 1425 local time."
    )
    assert tags(tagger, text)["1425 local time"].value is None


def test_a_day_after_publication_needs_a_sentence_that_looks_ahead(tagger: TimeTagger) -> None:
    text = '"We do not know what tomorrow will bring," she said. The aftershock came at 1105.'
    assert tags(tagger, text)["1105"].value is None
    text = "The minister will visit tomorrow. She will land at 0930 GMT."
    assert tags(tagger, text)["0930 GMT"].value == "2012-03-09T09:30"


def test_a_recurring_clock_is_on_no_one_day(tagger: TimeTagger) -> None:
    text = "The station opened on Monday. It broadcasts daily at 0910 local time."
    e = tags(tagger, text)["0910 local time"]
    assert e.value is None and "recurring" in (e.reason or "")
    e = tags(tagger, "Fans queue at 07:30 every morning.")["07:30"]
    assert e.value is None


def test_a_comment_stamp_with_an_undotted_month(tagger: TimeTagger) -> None:
    found = tags(tagger, "Good point. At 17:32 9th Mar 2012, Sam wrote: I disagree.")
    assert found["17:32 9th Mar 2012"].value == "2012-03-09T17:32"
    # "mar" as a verb is no month
    assert not tags(tagger, "Scandals mar 2012 for the party.").get("mar 2012")
