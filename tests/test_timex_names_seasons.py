"""Seasons resolved by tense and the publication date; weekdays inside names and titles; named days; weekly
schedules (storyline.annotate.timex).  All text invented."""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

JUNE = PublishedDate(value="2021-06-16", precision="day")  # a Wednesday, in the (northern) summer
MAY = PublishedDate(value="2021-05-10", precision="day")  # a Monday, in the spring
JAN = PublishedDate(value="2022-01-20", precision="day")  # in the winter that began in December 2021


def tags(tagger: TimeTagger, text: str, anchor: PublishedDate) -> dict[str, TimeExpression]:
    return {e.text: e for e in tagger.tag(text, anchor)}


# ---- seasons
@pytest.mark.parametrize(
    ("text", "anchor", "span", "expected"),
    [
        # a clause that looks ahead: the next such season, not the one a year back
        ("Doctors warn that a second wave could arrive in the autumn.", JUNE, "the autumn", "2021-FA"),
        ("Officials expect the vaccine to be ready by the spring.", JUNE, "the spring", "2022-SP"),
        ("The clinics will reopen in the autumn.", JUNE, "the autumn", "2021-FA"),
        # past tense: the last one
        ("The wards filled up in the winter.", JUNE, "the winter", "2020-WI"),
        ("Sales slumped in the autumn, the firm said.", MAY, "the autumn", "2020-FA"),
        # this / last / next
        ("The museum opens this autumn.", JUNE, "this autumn", "2021-FA"),
        ("The museum opened this spring.", JUNE, "this spring", "2021-SP"),
        ("Heating bills will rise this winter.", MAY, "this winter", "2021-WI"),
        ("Snow closed the roads this winter.", JAN, "this winter", "2021-WI"),
        ("The pass was shut last summer.", JUNE, "last summer", "2020-SU"),
        ("The pass was shut last winter.", MAY, "last winter", "2020-WI"),
        ("The pass will be rebuilt next winter.", MAY, "next winter", "2021-WI"),
        ("The bridge opens next summer.", JUNE, "next summer", "2022-SU"),
        # the season the publication date is in
        ("Hotels are full during the summer.", JUNE, "the summer", "2021-SU"),
        # no tense: the nearer one
        ("Hotels fill up in the autumn.", JUNE, "the autumn", "2021-FA"),
        ("Hotels fill up in the winter.", MAY, "the winter", "2020-WI"),
    ],
)
def test_season_by_tense(tagger: TimeTagger, text: str, anchor: PublishedDate, span: str, expected: str) -> None:
    e = tags(tagger, text, anchor)[span]
    assert (e.value, e.precision) == (expected, "season")
    assert e.reason  # the choice of year is explained


def test_the_fall_of_a_city_is_no_season(tagger: TimeTagger) -> None:
    assert [e.text for e in tagger.tag("Aid was promised after the fall of the regime.", JUNE)] == []


def test_season_with_year_is_absolute(tagger: TimeTagger) -> None:
    e = tags(tagger, "Rain fell all through the autumn of 2019.", JUNE)["the autumn of 2019"]
    assert (e.value, e.anchor) == ("2019-FA", "absolute")


# ---- weekdays in names and titles
@pytest.mark.parametrize(
    "text",
    [
        "The claim was first printed in the Sunday Times.",
        "A columnist for the Mail on Sunday disagreed.",
        "Both the Sunday Express and Sunday Mirror ran the story.",
        "She told the Independent on Sunday that she would stay.",
        "He was interviewed on Saturday Play about his novel.",
        "Listeners of The Monday Night Club phoned in.",
        "The sketch was a hit on Saturday Night Live.",
        "In this week's Sunday Half Hour the choir sings.",
        "Fans of Sheffield Wednesday sang in the rain.",
        "The band covered Sunday Bloody Sunday at the gala.",
    ],
)
def test_weekday_in_a_title_is_no_date(tagger: TimeTagger, text: str) -> None:
    days = [e for e in tagger.tag(text, JUNE) if "day" in e.text.lower()]
    assert days == [], [(e.text, e.value) for e in days]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("On Sunday Foreign Minister Ana Ruiz flew to Rome.", "Sunday", "2021-06-13"),
        ("Late on Monday President Ruiz spoke.", "Monday", "2021-06-14"),
        ("He said on Friday Times Square was empty.", "Friday", "2021-06-11"),
        ("The paper said Sunday night that it would appeal.", "Sunday night", "2021-06-13TNI"),
    ],
)
def test_weekday_before_a_name_stays_a_date(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert tags(tagger, text, JUNE)[span].value == expected


def test_named_days(tagger: TimeTagger) -> None:
    # named events of some year: a date, but no weekday of the publication week is guessed
    for text, span in [
        ("Markets recalled Black Monday as shares fell.", "Black Monday"),
        ("The inquiry into Bloody Sunday will report.", "Bloody Sunday"),
        ("Candidates are spending heavily before Super Tuesday.", "Super Tuesday"),
    ]:
        e = tags(tagger, text, JUNE)[span]
        assert (e.type, e.value, e.anchor) == ("DATE", None, "none")
        assert e.reason and span in e.reason
    # holidays with a computable date
    assert tags(tagger, "Services were held on Good Friday.", JUNE)["Good Friday"].value == "2021-04-02"
    assert tags(tagger, "The fast began on Ash Wednesday.", JUNE)["Ash Wednesday"].value == "2021-02-17"
    assert tags(tagger, "Queues formed on Black Friday.", JAN)["Black Friday"].value == "2021-11-26"
    assert tags(tagger, "Sites crashed on Cyber Monday.", JAN)["Cyber Monday"].value == "2021-11-29"


def test_holiday_with_last_and_next(tagger: TimeTagger) -> None:
    assert tags(tagger, "Last Christmas the ward was closed.", JUNE)["Last Christmas"].value == "2020-12-25"
    assert tags(tagger, "This past Christmas it snowed.", JUNE)["This past Christmas"].value == "2020-12-25"
    assert tags(tagger, "It reopens next Easter.", JUNE)["next Easter"].value == "2022-04-17"
    assert tags(tagger, "It reopens next Christmas.", JUNE)["next Christmas"].value == "2021-12-25"


# ---- weekly schedules
def test_schedules_are_on_no_one_day(tagger: TimeTagger) -> None:
    got = tags(tagger, "The phone-in airs Monday-Friday 9am on local radio.", JUNE)
    e = got["Monday-Friday 9am"]
    assert (e.type, e.value) == ("SET", None) and e.reason and "schedule" in e.reason
    got = tags(tagger, "The bulletin is read weekdays at 6pm.", JUNE)
    assert got["weekdays"].type == "SET" and got["6pm"].value is None  # a recurring clock: no day
    got = tags(tagger, "The shop is open Monday to Friday, 9am to 5pm.", JUNE)
    assert all(e.value is None or not e.value.startswith("2021") for e in got.values())
    assert tags(tagger, "The ferry runs at weekends and on weekends only.", JUNE)["weekends"].value == "XXXX-WXX-WE"


def test_a_range_in_a_story_is_two_days(tagger: TimeTagger) -> None:
    got = tags(tagger, "Talks will run from Monday to Friday in Oslo.", JUNE)
    # both ends of one range go one way: the Friday after that Monday, not the one before it
    assert got["Monday"].value == "2021-06-21" and got["Friday"].value == "2021-06-25"
    got = tags(tagger, "Talks ran Monday-Wednesday in Oslo, he said.", JUNE)
    assert got["Monday"].value == "2021-06-14" and got["Wednesday"].value == "2021-06-16"
