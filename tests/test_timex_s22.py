"""Session 22 time rules: "today" after a people's name or a word of a whole country or trade, or compared with an
earlier age, is nowadays; two weekdays joined by "to", "through" or a dash are a range without "from"; the working
week with no tense is a weekly schedule; a far past verb of its own clause dates a month without a year; "than
expected" is no plan.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2012-03-14", precision="day")  # a Wednesday
NOVEMBER = PublishedDate(value="2012-11-20", precision="day")
JANUARY = PublishedDate(value="2012-01-20", precision="day")


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = PUB) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- "today" as nowadays


def test_today_after_a_peoples_name_is_nowadays(tagger: TimeTagger) -> None:
    text = "Surveys suggest that Canadians today are far more cautious with credit."
    assert value(tagger, text, "today") == "PRESENT_REF"
    assert value(tagger, "Norwegians today might expect too much of the state.", "today") == "PRESENT_REF"


def test_today_after_a_whole_country_or_trade_is_nowadays(tagger: TimeTagger) -> None:
    assert value(tagger, "The nation today faces a shortage of nurses.", "today") == "PRESENT_REF"
    assert value(tagger, "Few jobs in the timber industry today pay a living wage.", "today") == "PRESENT_REF"


def test_today_compared_with_an_earlier_age_is_nowadays(tagger: TimeTagger) -> None:
    text = "The ferry company today is far safer than it was in 1987."
    assert value(tagger, text, "today") == "PRESENT_REF"
    text = "The mill town today has fewer workers than it did two decades ago."
    assert value(tagger, text, "today") == "PRESENT_REF"
    assert value(tagger, "Savers today are gloomier than ever.", "today") == "PRESENT_REF"


def test_today_of_the_day_stays_the_publication_day(tagger: TimeTagger) -> None:
    day = "2012-03-14"
    assert value(tagger, "Peruvians today are queuing outside the polling stations.", "today") == day
    assert value(tagger, "Thousands of Peruvians today marched through the capital.", "today") == day
    assert value(tagger, "The ministry said today that fares will rise.", "today") == day
    assert value(tagger, "Today, the council announced a new budget.", "Today") == day
    assert value(tagger, "The nation today is mourning the victims of the flood.", "today") == day
    assert value(tagger, "Shares were higher today than they were yesterday.", "today") == day
    assert value(tagger, "Delegates gathered in Paris today to discuss the treaty.", "today") == day


# ---- ranges of weekdays without "from"


def test_weekdays_joined_by_to_through_or_a_dash_are_a_range(tagger: TimeTagger) -> None:
    found = tags(tagger, "The book fair runs Thursday through Saturday in the old market hall.")
    assert (found["Thursday"].value, found["Saturday"].value) == ("2012-03-15", "2012-03-17")
    found = tags(tagger, "Talks were held Monday-Tuesday in Oslo.")
    assert (found["Monday"].value, found["Tuesday"].value) == ("2012-03-12", "2012-03-13")
    # told in the past, a range around the publication day lies wholly before it
    found = tags(tagger, "The hearings ran Tuesday to Thursday.")
    assert (found["Tuesday"].value, found["Thursday"].value) == ("2012-03-06", "2012-03-08")


def test_weekdays_joined_by_and_are_two_days(tagger: TimeTagger) -> None:
    found = tags(tagger, "The panel sat on Monday and Thursday.")
    assert (found["Monday"].value, found["Thursday"].value) == ("2012-03-12", "2012-03-08")


def test_a_weekday_owning_a_thing_closes_no_range(tagger: TimeTagger) -> None:
    # read as the lone day it is ("for Friday's ceremony"), not as the end of a range from Monday (2012-03-16)
    alone = value(tagger, "She flew home on Monday for Friday's ceremony.", "Friday")
    assert value(tagger, "She flew home on Monday to Friday's ceremony.", "Friday") == alone != "2012-03-16"


def test_the_working_week_with_no_tense_is_a_schedule(tagger: TimeTagger) -> None:
    found = tags(tagger, "The helpline is open Monday to Friday.")
    assert "Monday" not in found and "Friday" not in found
    assert found["Monday to Friday"].value is None
    # a week named, or a tense, makes them days
    found = tags(tagger, "The inspectors visit Monday to Friday next week.")
    assert (found["Monday"].value, found["Friday"].value) == ("2012-03-19", "2012-03-23")
    found = tags(tagger, "The strike lasted Monday to Friday.")
    assert found["Monday"].value == "2012-03-05"


# ---- a month without a year after a far past verb


def test_far_past_verb_of_its_clause_dates_a_month_before(tagger: TimeTagger) -> None:
    text = "Nine workers died in the fire at the grain warehouse on the edge of the port in April."
    assert value(tagger, text, "April", NOVEMBER) == "2012-04"


def test_far_past_verb_does_not_date_a_plan_or_another_clause(tagger: TimeTagger) -> None:
    text = "The ministers agreed to hold a donors' conference at the old palace in March."
    assert value(tagger, text, "March", JANUARY) == "2012-03"
    text = "The charity appealed for blankets for the families before the cold season begins in February."
    assert value(tagger, text, "February", JANUARY) == "2012-02"
    # what is told may lie ahead
    text = "The minister told the refiners of a cut in the supply of crude in February."
    assert value(tagger, text, "February", JANUARY) == "2012-02"


def test_than_expected_is_no_plan(tagger: TimeTagger) -> None:
    text = "The survey shows that factory output shrank by a larger than expected amount in October."
    assert value(tagger, text, "October", NOVEMBER) == "2012-10"
