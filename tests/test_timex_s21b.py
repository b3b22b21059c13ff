"""Session 21, round 2 time rules: a round count of years ago is about that year; "few today" is nowadays; "a year
ago today" is that day; "two and a half years ago" is dated; both ends of a range of weekdays go one way; "until" a
month told in a present perfect may lie ahead.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2012-03-14", precision="day")  # a Wednesday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = PUB) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a round count of years ago


def test_round_count_of_years_ago_is_approximate(tagger: TimeTagger) -> None:
    found = tags(tagger, "The old mill burned down 150 years ago, and the chapel was built 70 years ago.")
    assert (found["150 years ago"].value, found["150 years ago"].mod) == ("1862", "APPROX")
    assert (found["70 years ago"].value, found["70 years ago"].mod) == ("1942", "APPROX")
    found = tags(tagger, "The bridge collapsed a century ago; the ferry stopped two decades ago.")
    assert (found["a century ago"].value, found["a century ago"].mod) == ("1912", "APPROX")
    assert found["two decades ago"].mod == "APPROX"


def test_small_or_odd_count_of_years_ago_stays_exact(tagger: TimeTagger) -> None:
    found = tags(tagger, "She opened the bakery five years ago and sold the van 12 years ago.")
    assert (found["five years ago"].value, found["five years ago"].mod) == ("2007", None)
    assert (found["12 years ago"].value, found["12 years ago"].mod) == ("2000", None)
    # an explicit modifier is kept
    assert tags(tagger, "The village flooded nearly 40 years ago.")["nearly 40 years ago"].mod == "LESS_THAN"


# ---- "today" as nowadays


def test_few_today_is_nowadays(tagger: TimeTagger) -> None:
    assert value(tagger, "Few today are willing to queue all night for a ticket.", "today") == "PRESENT_REF"
    assert value(tagger, "Many today would call that reckless, the author argues.", "today") == "PRESENT_REF"
    # a past verb keeps the day
    assert value(tagger, "Many today were stuck in traffic on the ring road.", "today") == "2012-03-14"


# ---- "a year ago today"


def test_years_ago_today_is_that_day(tagger: TimeTagger) -> None:
    found = tags(tagger, "A year ago today, the dam gave way.")
    assert found["A year ago today"].value == "2011-03-14"
    assert "today" not in found
    assert value(tagger, "The ferry sank ten years ago this week.", "ten years ago this week") == "2002-W11"
    assert value(tagger, "The poet died 50 years ago this month.", "50 years ago this month") == "1962-03"
    # no anniversary after "earlier": "three hours earlier today" is not a day of its own
    assert "three hours earlier today" not in tags(tagger, "The pump stopped for three hours earlier today.")


# ---- "two and a half years ago"


def test_number_and_a_half_years_ago_is_dated(tagger: TimeTagger) -> None:
    found = tags(tagger, "Two and a half years ago the firm went bust.")
    assert (found["Two and a half years ago"].value, found["Two and a half years ago"].mod) == ("2009-09", "APPROX")
    assert value(tagger, "Two-and-a-half years ago the firm went bust.", "Two-and-a-half years ago") == "2009-09"
    assert value(tagger, "Three and a half months ago the shop shut.", "Three and a half months ago") == "2011-11"
    # counted from a time the story is talking about: no date from the publication
    assert "Two and a half years later" not in tags(tagger, "Two and a half years later the firm went bust.")


# ---- a range of weekdays


def test_weekday_range_goes_one_way(tagger: TimeTagger) -> None:
    # told in no past: the nearer range, both ends ahead (not last Thursday to this Saturday)
    found = tags(tagger, "The fair runs from Thursday until Saturday.")
    assert (found["Thursday"].value, found["Saturday"].value) == ("2012-03-15", "2012-03-17")
    # a future: the opening day ahead, the closing one after it (not before it)
    found = tags(tagger, "The bridge will be closed from Monday until Saturday.")
    assert (found["Monday"].value, found["Saturday"].value) == ("2012-03-19", "2012-03-24")
    # told in the past: wholly before the publication
    found = tags(tagger, "The bridge was closed from Monday until Saturday.")
    assert (found["Monday"].value, found["Saturday"].value) == ("2012-03-05", "2012-03-10")
    # a present perfect may run on past the publication
    found = tags(tagger, "The bridge has been closed from Monday until Saturday.")
    assert (found["Monday"].value, found["Saturday"].value) == ("2012-03-12", "2012-03-17")


def test_weekday_range_opening_on_the_publication_day_stays(tagger: TimeTagger) -> None:
    friday = PublishedDate(value="2012-03-16", precision="day")
    found = tags(tagger, "Forecasters issued a gale warning from Friday until Sunday evening.", friday)
    assert (found["Friday"].value, found["Sunday evening"].value) == ("2012-03-16", "2012-03-18TEV")


# ---- "until" a month


def test_until_month_in_a_present_perfect_may_lie_ahead(tagger: TimeTagger) -> None:
    june = PublishedDate(value="2012-06-20", precision="day")
    assert value(tagger, "The museum has been closed until March for repairs.", "March", june) == "2013-03"
    assert value(tagger, "The museum was closed until March for repairs.", "March", june) == "2012-03"
    assert value(tagger, "The judge postponed the trial until March.", "March", june) == "2013-03"


def test_thousands_with_a_comma_are_one_number(tagger: TimeTagger) -> None:
    found = tags(tagger, "The temple was built 1,300 years ago.")
    assert "300 years ago" not in found
    assert (found["1,300 years ago"].value, found["1,300 years ago"].mod) == ("0712", "APPROX")
    assert value(tagger, "The siege lasted 1,100 days.", "1,100 days") == "P1100D"
    # before the common era: no year is made up
    assert value(tagger, "The glaciers retreated 12,000 years ago.", "12,000 years ago") is None


def test_weekday_range_with_and_goes_one_way(tagger: TimeTagger) -> None:
    found = tags(tagger, "Storms are forecast between Thursday and Saturday.")
    assert (found["Thursday"].value, found["Saturday"].value) == ("2012-03-15", "2012-03-17")
