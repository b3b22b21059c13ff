"""Session 19 time rules: 'today' meaning nowadays, a Today in a name, holiday periods and names, a short live
page's stamps, plans in the present perfect.  All text is invented."""

from __future__ import annotations

import pytest

from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2013-07-10")  # a Wednesday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Today's teenagers sleep less than their grandparents did.", "Today"),
        ("The cost would be $4 billion in today's dollars.", "today"),
        ("Few listen to today's young people.", "today"),
        ("Young people today face steep rents.", "today"),
        ("Farming life today is harder, Ms Orr said.", "today"),
        ("The wisdom of the youth of today is doubted.", "today"),
        ("The old tune is as fresh today as it was in 1975.", "today"),
        ("The town was tiny compared with today.", "today"),
        ("With the tools we have today the outbreak would be halted.", "today"),
        ("Why blame today's Norwegians for it?", "today"),
    ],
)
def test_today_meaning_nowadays(tagger: TimeTagger, text: str, span: str) -> None:
    e = tags(tagger, text)[span]
    assert e.value == "PRESENT_REF" and e.precision == "unknown"
    assert e.reason and "nowadays" in e.reason


@pytest.mark.parametrize(
    "text",
    [
        "The council announced today that the bridge will close.",
        "Today he said he would stand down.",
        "Villagers welcomed today's decision.",
        "Children today returned to the flooded school.",
        "Pensioners today will march through the town.",
    ],
)
def test_today_meaning_this_day(tagger: TimeTagger, text: str) -> None:
    span = "Today" if text.startswith("Today") else "today"
    assert tags(tagger, text)[span].value == "2013-07-10"


@pytest.mark.parametrize(
    "text",
    [
        "She wrote in Gardening Today that the frost was late.",
        "An editor of Ferrets Today Magazine spoke to us.",
        "The ministry told Lagos Today about the plan.",
    ],
)
def test_today_ending_a_name(tagger: TimeTagger, text: str) -> None:
    assert "Today" not in tags(tagger, text)


@pytest.mark.parametrize(
    "text",
    [
        "And Today the mayor resigned.",
        "Mayor Resigns Over Bridge Today",  # a headline in title case
        'The statement said: "Today we grieve."',
        'MINISTER BRENT "Today we open the bridge."',
    ],
)
def test_capitalised_today_still_a_day(tagger: TimeTagger, text: str) -> None:
    assert tags(tagger, text)["Today"].value == "2013-07-10"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Shops were quiet over the Christmas period.", "Christmas period", "2012-12"),
        ("Two pupils flew to Peru during the Easter holidays.", "Easter holidays", "2013-03"),
    ],
)
def test_holiday_period_is_its_month(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    e = tags(tagger, text)[span]
    assert (e.value, e.precision, e.mod) == (value, "month", "APPROX")


def test_holiday_day_and_names(tagger: TimeTagger) -> None:
    assert tags(tagger, "He died on Christmas Day.")["Christmas Day"].value == "2012-12-25"
    assert tags(tagger, "The ship sailed at Christmas.")["Christmas"].value == "2012-12-25"
    assert "Christmas" not in tags(tagger, "Flights to Christmas Island resumed.")
    assert "Easter" not in tags(tagger, "The Easter Island statues were unharmed.")
    assert "Christmas" not in tags(tagger, "The band hired drummer Christmas Oyelaran in May.")


def test_holiday_in_a_habit(tagger: TimeTagger) -> None:
    e = tags(tagger, "Shoppers usually spend far more at Christmas.")["Christmas"]
    assert e.value is None and e.reason and "habitual" in e.reason
    # "would normally": this year's holiday, unlike the usual ones
    pub = PublishedDate(value="2013-05-27")  # Memorial Day 2013
    text = "The beach would normally be packed during the Memorial Day weekend."
    assert tags(tagger, text, pub)["Memorial Day"].value == "2013-05-27"


def test_short_live_page_stamps_are_clocks(tagger: TimeTagger) -> None:
    text = (
        "Rail strike: live updates\n\n"
        "1129: Ann Bell, transport correspondent, says trains are stopped.\n"
        "Kim Lo from Leeds 1450: Pat Dunn, business reporter, adds the union met managers. "
        "Jo Ree at the depot 1626: Sam Ito, political editor, says talks resumed."
    )
    got = tags(tagger, text)
    assert got["1129"].value == "2013-07-10T11:29"
    assert got["1450"].value == "2013-07-10T14:50"
    assert got["1626"].value == "2013-07-10T16:26"


def test_old_history_timeline_keeps_its_years(tagger: TimeTagger) -> None:
    text = (
        "The abbey through the ages\n"
        "1129: Monks arrive from France.\n"
        "1450: A fire destroys the nave.\n"
        "1536: The abbey is dissolved.\n"
        "The ruins were sold in 1540 to a merchant."
    )
    got = tags(tagger, text)
    assert got["1129"].value == "1129" and got["1450"].value == "1450"


def test_plan_in_present_perfect_looks_ahead(tagger: TimeTagger) -> None:
    got = tags(tagger, "A hearing has been scheduled for 23 August.")
    assert got["23 August"].value == "2013-08-23"
    assert tags(tagger, "We have booked a cabin in Norway in September.")["September"].value == "2013-09"
    # a past plan, and "set up" (no plan), stay behind
    assert tags(tagger, "The hearing had been scheduled for 23 June.")["23 June"].value == "2013-06-23"
    text = "The singer has set up a fund for victims of Monday's fire."
    assert tags(tagger, text)["Monday"].value == "2013-07-08"


def test_aside_between_dashes_and_page_links(tagger: TimeTagger) -> None:
    text = "The chairman - who is to step down in October - admitted that mistakes were made."
    assert tags(tagger, text)["October"].value == "2013-10"
    text = "BACK 3 of 9 NEXT 26 JUNE: PUMPS RESTARTED"
    assert tags(tagger, text)["26 JUNE"].value == "2013-06-26"


def test_future_plan_timeline_keeps_its_years(tagger: TimeTagger) -> None:
    text = "The climate plan\n2030: Coal plants close.\n2040: Petrol cars are banned.\n2050: Emissions reach zero."
    got = tags(tagger, text)
    assert (got["2030"].value, got["2050"].value) == ("2030", "2050")
