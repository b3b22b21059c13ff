"""Seasons and months in habitual or generic statements get no year; plans told in the past, "as soon as",
"later <day>" and a participle after a day point at the right weekday; a far-off past verb does not send a
season back a year.  All text is invented."""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

# 2021-03-10 is a Wednesday
WED = PublishedDate(value="2021-03-10")
MAY = PublishedDate(value="2021-05-12")
SEPT = PublishedDate(value="2021-09-20")


def _find(tagger: TimeTagger, text: str, span: str, pub: PublishedDate) -> TimeExpression:
    found = [e for e in tagger.tag(text, pub) if e.text == span]
    assert found, [e.text for e in tagger.tag(text, pub)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Colds tend to spread in autumn and in winter.", "autumn"),
        ("The ferry usually stops running in the winter.", "the winter"),
        ("Hotel bookings typically peak in August.", "August"),
        ("The harbour is normally quiet in late autumn.", "late autumn"),
        ("Each year the orchard floods in April.", "April"),
        ("The valley gets two hours of sunlight a day in winter.", "winter"),
        ("Geese rest on the lake during spring.", "spring"),
        ("Cases climb in the southern hemisphere as it heads into winter.", "winter"),
    ],
)
def test_generic_season_or_month_has_no_year(tagger: TimeTagger, text: str, span: str) -> None:
    e = _find(tagger, text, span, MAY)
    assert e.value is None
    assert e.reason and ("habitual" in e.reason or "general" in e.reason or "southern" in e.reason)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year named, a verb right by the month, "since", a contrast clause: one time, not a habit
        ("Ferries usually stop in winter, but this year they opened in March.", "March", "2021-03"),
        ("Barrels leaked every day since April.", "April", "2021-04"),
        ("Usually the lake freezes early, though the council reopened the pier in April.", "April", "2021-04"),
        # a bare season with a tense is one season
        ("The new terminal will open in autumn.", "autumn", "2021-FA"),
        ("The river flooded in winter.", "winter", "2020-WI"),
        ("We are preparing for a busy season in summer.", "summer", "2021-SU"),
    ],
)
def test_one_time_keeps_its_year(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    assert _find(tagger, text, span, MAY).value == value


def test_far_past_verb_leaves_the_nearer_season(tagger: TimeTagger) -> None:
    # May: the summer ahead is a month off, the last one nine months back
    text = "A spokesman confirmed that officials were working with the colleges to draw up plans for the summer term."
    assert _find(tagger, text, "the summer", MAY).value == "2021-SU"
    # September: the summer just ended, however far the verb
    text = "The clinic, which carried out a long postal survey of 300 farmers across the region during the summer, is busy."
    assert _find(tagger, text, "the summer", SEPT).value == "2021-SU"
    # a past verb next to the season still decides
    assert _find(tagger, "Colds spread over the winter.", "the winter", MAY).value == "2020-WI"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a plan told in the past for a day one or two ahead
        ("A council hearing was scheduled for Friday.", "Friday", "2021-03-12"),
        ("The board was to meet on Thursday to discuss the budget.", "Thursday", "2021-03-11"),
        ("The ferry was expected to dock on Friday.", "Friday", "2021-03-12"),
        # ... but a day just past stays past
        ("The trial was due to start on Monday, but jury selection took longer.", "Monday", "2021-03-08"),
        ("The vote was scheduled for Tuesday.", "Tuesday", "2021-03-09"),
        # "as soon as" looks ahead however far the modal
        ("Crews could start cutting the damaged pipe near the old pier as soon as Monday.", "Monday", "2021-03-15"),
        # "later <day>": the nearer one, whatever the tense
        ("The storm reached gale strength later Thursday.", "later Thursday", "2021-03-11"),
        ("The mayor spoke to reporters later Tuesday.", "later Tuesday", "2021-03-09"),
        # a participle after the day is no past verb
        ("The minister will face a hearing on Friday devoted to the floods.", "Friday", "2021-03-12"),
    ],
)
def test_weekday(tagger: TimeTagger, text: str, span: str, value: str) -> None:
    assert _find(tagger, text, span, WED).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The orchestra played The Rite Of Spring last night.",
        "The archive show revisits the early line-up of The Fall, with two sets.",
        "Preparing for the Winter Harvest inquiry took weeks.",
    ],
)
def test_season_in_a_title_is_no_date(tagger: TimeTagger, text: str) -> None:
    assert not [e for e in tagger.tag(text, MAY) if any(w in e.text for w in ("Spring", "Fall", "Winter"))]


def test_expect_keeps_the_season_ahead(tagger: TimeTagger) -> None:
    assert _find(tagger, "They expect a surge in autumn.", "autumn", MAY).value == "2021-FA"
