"""Session 25 rules: a chronology that runs over a new year is read back from its last entry, and a date told inside
one of its entries takes the year of the entry's head; a chronology head may follow a sentence on its line; a past
verb right after "at the weekend" makes it the weekend gone; on a Sunday "this weekend" is the one under way.  All
text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

THURSDAY = PublishedDate(value="2013-05-16", precision="day")
SUNDAY = PublishedDate(value="2013-05-19", precision="day")
SPRING_2014 = PublishedDate(value="2014-04-10", precision="day")

TWO_YEAR_LIST = (
    "The number of ferry crossings cancelled since the strike began has reached 40.\n"
    "Here is the record: February 3: The first crossing is cancelled after a walkout.\n"
    "March 14: Talks between the union and the operator break down.\n"
    "The union had met the operator on March 2 for a first round.\n"
    "June 9: A second walkout halts crossings for a week.\n"
    "October 20: The operator cuts the winter timetable.\n"
    "January 15: Crossings resume after a deal on pay.\n"
    "March 30: The union votes to strike again.\n"
)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a chronology over a new year


def test_chronology_over_a_new_year_is_read_back_from_its_last_entry(tagger: TimeTagger) -> None:
    found = tagged(tagger, TWO_YEAR_LIST, SPRING_2014)
    assert found["February 3"].value == "2013-02-03"  # (after "the record:" on its line)
    assert found["March 14"].value == "2013-03-14"
    assert found["June 9"].value == "2013-06-09"
    assert found["October 20"].value == "2013-10-20"
    assert found["January 15"].value == "2014-01-15"
    assert found["March 30"].value == "2014-03-30"


def test_date_inside_an_entry_takes_the_entrys_year(tagger: TimeTagger) -> None:
    assert value(tagger, TWO_YEAR_LIST, "March 2", SPRING_2014) == "2013-03-02"


def test_chronology_within_one_year_is_unchanged(tagger: TimeTagger) -> None:
    text = (
        "January 15: Crossings resume after a deal on pay.\n"
        "February 2: Fares rise.\n"
        "March 14: Talks break down.\n"
        "March 30: The union votes to strike again.\n"
    )
    found = tagged(tagger, text, SPRING_2014)
    assert (found["January 15"].value, found["March 30"].value) == ("2014-01-15", "2014-03-30")


def test_heads_following_a_sentence_on_one_line(tagger: TimeTagger) -> None:
    text = (
        "Key dates: March 3 - The ferry runs aground. October 9 - Divers reach the hull. "
        "January 15 - The operator says salvage has begun. March 30 - The wreck is raised.\n"
    )
    found = tagged(tagger, text, SPRING_2014)
    assert (found["March 3"].value, found["October 9"].value, found["March 30"].value) == (
        "2013-03-03",
        "2013-10-09",
        "2014-03-30",
    )


# ---- the weekend


def test_past_verb_after_the_weekend_makes_it_the_one_gone(tagger: TimeTagger) -> None:
    text = "A second report at the weekend cast doubt on the salvage plan."
    assert value(tagger, text, "the weekend", THURSDAY) == "2013-W19-WE"
    text = "The minister over the weekend put the cost of the repairs at £2m."
    assert value(tagger, text, "the weekend", THURSDAY) == "2013-W19-WE"


def test_the_weekend_with_no_tense_late_in_the_week_is_still_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "Crews will work through the weekend.", "the weekend", THURSDAY) == "2013-W20-WE"


def test_this_weekend_on_a_sunday_is_the_one_under_way(tagger: TimeTagger) -> None:
    assert value(tagger, "Rallies are planned this weekend in the port towns.", "this weekend", SUNDAY) == "2013-W20-WE"
    assert value(tagger, "The chief went sailing at the weekend.", "the weekend", SUNDAY) == "2013-W20-WE"
    assert value(tagger, "The talks resume next weekend.", "next weekend", SUNDAY) == "2013-W21-WE"


# ---- "this week" in a Sunday paper


def test_this_week_ahead_on_a_sunday_is_the_week_starting_next_day(tagger: TimeTagger) -> None:
    text = "The port authority will publish its report this week."
    assert value(tagger, text, "this week", SUNDAY) == "2013-W21"


def test_this_week_told_in_the_past_on_a_sunday_is_the_week_ending(tagger: TimeTagger) -> None:
    assert value(tagger, "The port authority said this week that it would act.", "this week", SUNDAY) == "2013-W20"
    text = "Will the board respond to the upheaval of this week?"
    assert value(tagger, text, "this week", SUNDAY) == "2013-W20"
