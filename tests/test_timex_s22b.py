"""Session 22 (second task) time rules: a clock takes a day from an earlier sentence only when that sentence frames
it; a live blog's stamps with a zone ("10.38 am CDT:") are on the page's day; "Today, five months later" is today;
a weekday "five days after" a dated event agrees with it; a bare month that says or does something, or follows a
first name, is a name; a season or month after "predicted for"/"expected in" looks ahead.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

THURSDAY = PublishedDate(value="2013-05-16", precision="day")  # a Thursday
JULY = PublishedDate(value="2013-07-10", precision="day")
MAY9 = PublishedDate(value="2013-05-09", precision="day")  # a Thursday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = THURSDAY) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = THURSDAY) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a clock and the day of an earlier sentence


def test_clock_after_a_day_told_in_another_tense_takes_no_day(tagger: TimeTagger) -> None:
    text = (
        "The slide is despite the brewer posting stronger sales than forecast on Tuesday. "
        "Its shares traded down 4.1 percent at 1342 GMT, lagging the wider market."
    )
    found = tags(tagger, text)
    assert found["Tuesday"].value == "2013-05-14"
    assert found["1342 GMT"].value is None  # not Tuesday: the shares' day is the report's


def test_clock_after_a_day_told_in_the_same_tense_takes_it(tagger: TimeTagger) -> None:
    text = "The ferry ran aground off the island on Monday. It was refloated at 1530 GMT, officials said."
    assert value(tagger, text, "1530 GMT") == "2013-05-13T15:30"


def test_clock_pointing_back_takes_the_day(tagger: TimeTagger) -> None:
    text = "The helpline opened at 9am on Sunday. By 11pm that night it had taken 300 calls."
    assert value(tagger, text, "11pm") == "2013-05-12T23:00"


def test_clock_ahead_takes_a_day_ahead_named_before(tagger: TimeTagger) -> None:
    text = "Organisers on Monday settled on a May 24 date for the regatta. The start is set for 2:30 p.m. local time."
    assert value(tagger, text, "2:30 p.m.") == "2013-05-24T14:30"


def test_live_blog_stamps_with_a_zone_are_on_the_page_day(tagger: TimeTagger) -> None:
    lines = [
        "9.05 am EDT: The hearing opens.",
        "9.40 am EDT: The chairman reads his statement.",
        "10.15 am EDT: Questions begin.",
        "10.50 am EDT: A recess is called. Witnesses said the leak began on Sunday.",
        "11.30 am EDT: The hearing resumes.",
        "12pm EDT: Lunch.",
        "1.10 pm EDT: The second panel is sworn in.",
        "2.45 pm EDT: The hearing ends.",
    ]
    found = tags(tagger, "\n".join(lines))
    assert found["11.30 am EDT"].value == "2013-05-16T11:30"  # not the Sunday a witness named
    assert found["12pm EDT"].value == "2013-05-16T12:00"


# ---- "N units later/after" next to today or a weekday


def test_today_some_months_later_is_today(tagger: TimeTagger) -> None:
    text = "The mine flooded in January. Today, almost four months later, the pumps are still running."
    assert value(tagger, text, "four months later") == "2013-05-16"


def test_weekday_days_after_a_dated_event_agrees_with_it(tagger: TimeTagger) -> None:
    text = (
        "The landslide struck the valley on 28 April. "
        "On Thursday, three days after the landslide, rescuers reached the last village."
    )
    # 28 April + 3 days is Wednesday 1 May, no Thursday: the weekday rule stands
    assert value(tagger, text, "Thursday", MAY9) == "2013-05-09"
    text = (
        "The landslide struck the valley on 29 April. "
        "On Thursday, three days after the landslide, rescuers reached the last village."
    )
    assert value(tagger, text, "Thursday", MAY9) == "2013-05-02"  # not the publication day, 9 May


def test_weekday_days_after_an_undated_event_keeps_the_weekday_rule(tagger: TimeTagger) -> None:
    text = "On Thursday, three days after the landslide, rescuers reached the last village."
    assert value(tagger, text, "Thursday", MAY9) == "2013-05-09"


# ---- a month that is a name


def test_month_that_says_or_does_something_is_a_name(tagger: TimeTagger) -> None:
    assert "June" not in tags(tagger, "June tells a presenter about her years on the stage.")
    assert "April" not in tags(tagger, "April walked home from the station alone.")
    assert value(tagger, "Sales rose sharply. June saw record sales.", "June") == "2012-06"  # told in the past


def test_month_after_a_first_name_is_a_surname(tagger: TimeTagger) -> None:
    assert "August" not in tags(tagger, "Ministry spokeswoman Clara August declined to comment.")
    assert value(tagger, "The ministry said in August that it would comment.", "August") == "2012-08"


def test_newspaper_on_sunday_is_no_day(tagger: TimeTagger) -> None:
    assert "Sunday" not in tags(tagger, "He is the sports editor of Scotland on Sunday.")


# ---- a forecast for a season or month looks ahead


def test_season_predicted_for_looks_ahead(tagger: TimeTagger) -> None:
    text = "Doctors who caught the mild strain may gain immunity to a harsher wave predicted for the autumn."
    assert value(tagger, text, "autumn", JULY) == "2013-FA"
    text = "Farmers who planted early may escape the drought expected in the winter."
    assert value(tagger, text, "winter", JULY) == "2013-WI"


def test_season_after_a_past_forecast_verb_stays_past(tagger: TimeTagger) -> None:
    text = "The agency had forecast for the spring a sharp rise, which came."
    assert value(tagger, text, "spring", JULY) == "2013-SP"
