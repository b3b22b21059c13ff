"""Possessive days and months, holidays that name a kind of thing, programme names and "the past year"
(storyline.annotate.timex).

Every text here is invented.  What is tested:

* a month owning an event after "until" is the one before ("the worst flood until April's storm" in July), and
  one looked ahead to is the coming one ("ahead of November's vote" in June);
* a weekday owning an event looked ahead to ("preparations are under way for Saturday's match", "ahead of
  Sunday's vote") is the coming day; after a past verb, the nearer of the two;
* a word in -ed right after a preposition is an adjective, no past verb ("for invited guests", "from Ashford"),
  so a plan told in the past still finds its day ahead;
* a bare holiday before a noun of a thing ("Christmas card list", "Easter eggs", "office Christmas party") is no
  date, while "Christmas Day", "at Christmas" and "over Christmas" are;
* a capitalised Today or Tonight naming a programme or a paper ("Radio 4's Today programme", "USA Today",
  "on Tonight with Ann Smith") is no date, and the day word is;
* "the past year" is a span of twelve months (P1Y), "the past week" and "the last month" spans too (P1W, P1M),
  "the last year and a half" eighteen months, "the last year of the war" none; "last year" stays the calendar
  year before.
"""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

FRI = PublishedDate(value="2011-07-15", precision="day")  # a Friday
SUN = PublishedDate(value="2011-07-17", precision="day")  # a Sunday
JUNE = PublishedDate(value="2011-06-08", precision="day")


def values(tagger: TimeTagger, text: str, anchor: PublishedDate = FRI) -> dict[str, str | None]:
    return {e.text: e.value for e in tagger.tag(text, anchor)}


def test_possessive_month_after_until_is_past(tagger: TimeTagger) -> None:
    assert values(tagger, "It was the worst flood in the valley until April's storm.")["April"] == "2011-04"
    assert values(tagger, "The party is gearing up ahead of November's vote.", JUNE)["November"] == "2011-11"
    # no possessive: "until" still looks ahead
    assert values(tagger, "The bridge stays shut until April.")["April"] == "2012-04"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Final preparations are under way for Saturday's match at the stadium.", FRI, "2011-07-16"),
        ("Security is tight ahead of Saturday's march.", FRI, "2011-07-16"),
        ("Crowds gathered ahead of Saturday's march.", FRI, "2011-07-16"),  # a day on, not six back
        ("Crowds gathered ahead of Saturday's march.", SUN, "2011-07-16"),  # yesterday, not six on
        ("Police praised Saturday's march.", FRI, "2011-07-09"),  # no looking ahead: the past one
    ],
)
def test_possessive_weekday_looked_ahead(tagger: TimeTagger, text: str, anchor: PublishedDate, expected: str) -> None:
    assert values(tagger, text, anchor)["Saturday"] == expected


def test_participle_after_preposition_is_no_past_verb(tagger: TimeTagger) -> None:
    text = "Inmates were to stage a show for invited guests of the governor on Saturday."
    assert values(tagger, text)["Saturday"] == "2011-07-16"
    text = "On Friday, the charity is flying tents from Ashford to the coast where they will be handed out."
    assert values(tagger, text, PublishedDate(value="2011-07-11", precision="day"))["Friday"] == "2011-07-15"


@pytest.mark.parametrize(
    "text",
    [
        "The coach crossed his rival off his Christmas card list.",
        "Shops sold out of Easter eggs.",
        "Staff were told the office Christmas party was cancelled.",
        "The skyline lit up like a Christmas tree.",
    ],
)
def test_holiday_as_a_kind_of_thing_is_no_date(tagger: TimeTagger, text: str) -> None:
    assert not [e for e in tagger.tag(text, FRI) if e.type == "DATE"]


def test_holidays_that_are_days_stay(tagger: TimeTagger) -> None:
    v = values(tagger, "He was home at Christmas. Shops opened on Christmas Day. She stayed over Christmas.", FRI)
    assert v["Christmas"] == "2010-12-25"
    assert v["Christmas Day"] == "2010-12-25"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told BBC Radio 4's Today programme that the plan was sound.",
        'The mayor said so on NBC\'s "Today" show.',
        "The figures were first reported by USA Today.",
        "He gave an interview on Tonight with Ann Smith, the channel said.",
        "The Today program's presenter asked him twice.",
    ],
)
def test_programme_names_are_no_dates(tagger: TimeTagger, text: str) -> None:
    assert not [e for e in tagger.tag(text, FRI) if e.text.lower() in ("today", "tonight")]


def test_day_words_stay_dates(tagger: TimeTagger) -> None:
    v = values(tagger, "Today the minister spoke. Tonight the vote is held. He said today's figures were poor.")
    assert v["Today"] == "2011-07-15"
    assert v["Tonight"] == "2011-07-15TNI"


def test_the_past_year_is_a_span(tagger: TimeTagger) -> None:
    text = "Prices rose over the past year. The last year has been hard. Last year was worse."
    found = {e.text: (e.type, e.value) for e in tagger.tag(text, FRI)}
    assert found["the past year"] == ("DURATION", "P1Y")
    assert found["The last year"] == ("DURATION", "P1Y")
    assert found["Last year"] == ("DATE", "2010")
    found = {e.text: e.value for e in tagger.tag("Over the last year and a half, sales fell.", FRI)}
    assert found == {"the last year and a half": "P18M"}
    assert not tagger.tag("It was the last year of the war.", FRI)
    # so are the past month and week; "the past year of" is still the span, "the last week before" no span
    found = {
        e.text: e.value for e in tagger.tag("Over the past week, cases rose. Shares doubled in the last month.", FRI)
    }
    assert found == {"the past week": "P1W", "the last month": "P1M"}
    assert values(tagger, "There were reports in the past year of shortages.")["the past year"] == "P1Y"
    assert not tagger.tag("He spoke in the last week before the vote.", FRI)
    # the end of the last fiscal year is still that year
    assert values(tagger, "At the end of the last fiscal year, debt rose.")["the end of the last fiscal year"] == "2010"
