"""Session 26 rules: the start of a range written without a year takes the year of the range's end; "is to be" before
a participle of judgement ("is to be applauded") is no plan; "last Tuesday" is the Tuesday the story has already
dated, when it dated one of the two it may be; a comma may stand apart in tokenised text.  All text is invented."""

from __future__ import annotations

from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

WEDNESDAY = PublishedDate(value="2011-03-16", precision="day")
SUNDAY = PublishedDate(value="2011-03-20", precision="day")


# ---- a range's start takes its end's year


def test_month_range_start_takes_the_end_year(tagger: TimeTagger) -> None:
    found = tagged(tagger, "Exports fell 9 percent between January and March 2004, the ministry said.", WEDNESDAY)
    assert found["January"].value == "2004-01"
    assert found["March 2004"].value == "2004-03"
    found = tagged(tagger, "From February to May 1998, the plant ran at half capacity.", WEDNESDAY)
    assert found["February"].value == "1998-02"


def test_range_start_later_in_the_calendar_is_the_year_before(tagger: TimeTagger) -> None:
    found = tagged(tagger, "Prices climbed from November to February 2007 as stocks ran low.", WEDNESDAY)
    assert found["November"].value == "2006-11"
    found = tagged(tagger, "The survey ran from December 1 to January 31, 2009.", WEDNESDAY)
    assert found["December 1"].value == "2008-12-01"


def test_day_range_start_takes_the_end_year(tagger: TimeTagger) -> None:
    found = tagged(tagger, "The thefts took place between April 10 and 12 2003, the court heard.", WEDNESDAY)
    assert found["April 10"].value == "2003-04-10"
    found = tagged(tagger, "He is accused of leaking the memo between 16 April and 28 May 2004.", WEDNESDAY)
    assert found["16 April"].value == "2004-04-16"


def test_list_with_and_shares_the_year_only_in_calendar_order(tagger: TimeTagger) -> None:
    found = tagged(tagger, "In March and April 2008, two million passengers flew from the capital.", WEDNESDAY)
    assert found["March"].value == "2008-03"
    # a list out of calendar order ("in December and March 2003") is no range: the year is not carried back
    found = tagged(tagger, "Cases rose sharply in December and March 2003.", WEDNESDAY)
    assert found["December"].value == "2010-12"  # left to the month rule, not carried to 2002 or 2003


def test_range_without_year_keeps_the_publication_reading(tagger: TimeTagger) -> None:
    found = tagged(tagger, "Sales fell between December and February, the retailer said.", WEDNESDAY)
    assert found["December"].value == "2010-12"
    assert found["February"].value == "2011-02"


# ---- "is to be" + a judgement


def test_is_to_be_applauded_is_no_plan(tagger: TimeTagger) -> None:
    text = (
        "The bishop is to be applauded for his plea for calm at the rally at the weekend, reminding the crowd that "
        "no cause justified violence."
    )
    assert tagged(tagger, text, WEDNESDAY)["the weekend"].value == "2011-W10-WE"  # the weekend gone, 12-13 March


def test_are_to_still_plans_ahead(tagger: TimeTagger) -> None:
    text = "Foreign ministers are to fly to Geneva at the weekend to rescue the talks."
    assert tagged(tagger, text, WEDNESDAY)["the weekend"].value == "2011-W11-WE"  # the coming one, 19-20 March
    text = "The envoys are to be received at the palace at the weekend."
    assert tagged(tagger, text, WEDNESDAY)["the weekend"].value == "2011-W11-WE"


# ---- "last Tuesday" the story has dated


def test_last_weekday_takes_the_day_the_story_dated(tagger: TimeTagger) -> None:
    text = "The dam burst on Tuesday, 8 March. Hundreds were killed in last Tuesday's flood."
    found = tagged(tagger, text, SUNDAY)
    assert found["Tuesday, 8 March"].value == "2011-03-08"
    assert found["last Tuesday"].value == "2011-03-08"


def test_last_weekday_without_a_dated_day_is_the_day_just_gone(tagger: TimeTagger) -> None:
    assert tagged(tagger, "Hundreds were killed in last Tuesday's flood.", SUNDAY)["last Tuesday"].value == "2011-03-15"
    # the day just gone is kept when the story dated it, whatever else it dated
    text = "Aid arrived on 15 March, a week after the dam burst on 8 March. Hundreds died in last Tuesday's flood."
    assert tagged(tagger, text, SUNDAY)["last Tuesday"].value == "2011-03-15"


# ---- tokenised text


def test_comma_standing_apart_in_tokenised_text(tagger: TimeTagger) -> None:
    found = tagged(tagger, "The report , dated January 12 , 2009 , was leaked .", WEDNESDAY)
    assert found["January 12 , 2009"].value == "2009-01-12"
    found = tagged(tagger, "The dam burst on Tuesday , 8 March , officials said .", SUNDAY)
    assert found["Tuesday , 8 March"].value == "2011-03-08"


# ---- "next", "this" and ordinal weekdays

TUESDAY = PublishedDate(value="2011-03-15", precision="day")


def test_next_weekday_in_the_same_week_is_the_one_of_the_week_after(tagger: TimeTagger) -> None:
    text = "The committee wrote to the chairman, inviting him to a hearing next Thursday."
    assert tagged(tagger, text, WEDNESDAY)["next Thursday"].value == "2011-03-24"  # not tomorrow
    assert tagged(tagger, text, TUESDAY)["next Thursday"].value == "2011-03-24"
    # a day of the coming week is the first one ahead, however near
    assert tagged(tagger, "Results are due next Tuesday.", SUNDAY)["next Tuesday"].value == "2011-03-22"
    assert tagged(tagger, "Results are due next Tuesday.", WEDNESDAY)["next Tuesday"].value == "2011-03-22"


def test_this_weekday_in_a_sunday_paper_with_no_tense_is_the_one_ahead(tagger: TimeTagger) -> None:
    found = tagged(tagger, "There is a cabinet meeting this Thursday in the capital.", SUNDAY)
    assert found["this Thursday"].value == "2011-03-24"
    # told in the past it stays in the week ending
    assert tagged(tagger, "The vote was held this Wednesday.", SUNDAY)["this Wednesday"].value == "2011-03-16"
    # with no tense on a weekday, the nearer of the two: yesterday, not six days on
    found = tagged(tagger, "The union's response to this Tuesday's offer.", WEDNESDAY)
    assert found["this Tuesday"].value == "2011-03-15"


def test_ordinal_weekday_of_a_month(tagger: TimeTagger) -> None:
    found = tagged(tagger, "The board met on the last Friday in May 2009.", WEDNESDAY)
    assert found["the last Friday in May 2009"].value == "2009-05-29"
    found = tagged(tagger, "The count was held on the first Monday of February.", WEDNESDAY)
    assert found["the first Monday of February"].value == "2011-02-07"


def test_ordinal_weekday_of_any_month_is_no_one_day(tagger: TimeTagger) -> None:
    found = tagged(tagger, "Figures are normally published on the last Tuesday of the month.", WEDNESDAY)
    assert found["the last Tuesday of the month"].value is None
    assert "last Tuesday" not in found  # not the Tuesday just gone


# ---- a weekday and a day number opening a range


def test_weekday_and_day_number_open_a_range_in_the_end_month(tagger: TimeTagger) -> None:
    found = tagged(tagger, "Monday 4 to Friday 8 April: the author reads from her memoir.", SUNDAY)
    assert found["Monday 4"].value == "2011-04-04"
    assert found["Friday 8 April"].value == "2011-04-08"
    # a higher day number than the end's is in the month before
    found = tagged(tagger, "The festival runs from Monday 28 to Friday 1 April.", SUNDAY)
    assert found["Monday 28"].value == "2011-03-28"


def test_weekday_and_day_number_that_do_not_fit_are_left_alone(tagger: TimeTagger) -> None:
    # 6 April is no Monday in 2010, 2011 or 2012: no range of that shape, the weekday is read as a weekday
    found = tagged(tagger, "Monday 6 to Friday 9 April, the hall is closed.", SUNDAY)
    assert "Monday 6" not in found
    assert found["Monday"].value is not None


def test_last_weekday_needs_the_weekday_written_with_its_date(tagger: TimeTagger) -> None:
    # a date alone, or a weekday the tagger dated itself, is no evidence which Tuesday "last Tuesday" is
    text = "The dam burst on 8 March. Hundreds were killed in last Tuesday's flood."
    assert tagged(tagger, text, SUNDAY)["last Tuesday"].value == "2011-03-15"
    text = "Crews reached the valley on Tuesday. The flood was worse than last Tuesday's."
    assert tagged(tagger, text, WEDNESDAY)["last Tuesday"].value == "2011-03-08"


# ---- a wire report's dateline


def test_dateline_month_without_its_dot(tagger: TimeTagger) -> None:
    text = "A crew works in this June 8, 2010 file photo.  LONDON | Tue Jun 29, 2010 10:21am EDT LONDON (Reuters) - Oil"
    found = tagged(tagger, text, PublishedDate(value="2010-06-29", precision="day"))
    assert found["Jun 29, 2010 10:21am EDT"].value == "2010-06-29T10:21"  # not on the photo's day
    # a lower-case "mar" stays a verb
    found = tagged(tagger, "Strikes will mar 12 , 2010 celebrations.", WEDNESDAY)
    assert all(not (e.value or "").startswith("2010-03") for e in found.values())


# ---- "in the next day or two"


def test_in_the_next_day_or_two_is_a_span_ahead(tagger: TimeTagger) -> None:
    text = "The ferry sank on 14 March. Officials said they expected to raise it in the next day or two."
    found = tagged(tagger, text, WEDNESDAY)
    assert found["the next day"].type == "DURATION"  # not 15 March, the day after the sinking
    assert found["the next day"].value == "P1D"
    text = "The ferry sank on 14 March. Divers reached the wreck the next day."
    assert tagged(tagger, text, WEDNESDAY)["the next day"].value == "2011-03-15"
    # a day named in its own sentence is the one the span counts from
    text = "On 10 March the minister said a decision would be made in the next day or two."
    assert tagged(tagger, text, WEDNESDAY)["the next day"].value == "2011-03-11"


def test_until_without_from_is_a_delay_not_a_range(tagger: TimeTagger) -> None:
    text = "The bill would postpone a pay cut set for December 1 until January 1, 2013."
    assert tagged(tagger, text, WEDNESDAY)["December 1"].value == "2011-12-01"  # not 2012, as a range would be
    text = "The road will be closed from December 1 until January 5, 2013."
    assert tagged(tagger, text, WEDNESDAY)["December 1"].value == "2012-12-01"


def test_weekday_and_date_take_the_written_year_they_fit(tagger: TimeTagger) -> None:
    text = (
        "The band opened its first tour in Leeds on Friday, Oct. 4, 1996. Fans queued outside the hall until "
        "Sunday, Oct. 6."
    )
    found = tagged(tagger, text, WEDNESDAY)
    assert found["Sunday, Oct. 6"].value == "1996-10-06"  # 6 October is a Sunday in 1996, not in 2010-2012
    # a weekday that fits a year near the publication keeps it
    text = "The band played Leeds in 1996. The new tour opens on Sunday, Oct. 2."
    assert tagged(tagger, text, WEDNESDAY)["Sunday, Oct. 2"].value == "2011-10-02"
