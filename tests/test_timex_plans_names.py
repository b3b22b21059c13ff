"""Plans told in the past, "September 11" as a name, seasons after "of" and weekdays of a weekly custom
(storyline.annotate.timex).

Every text here is invented.  What is tested:

* a plan told in the past ("was due on Monday", "was to be closed by Sunday", "hoped to ... by Wednesday") is for
  the day ahead up to four days on, unless a contrast tells in the simple past what became of it ("but was
  delayed"); "but has been cancelled" does not put it behind;
* "this Tuesday" with a future cue in a Sunday story is the Tuesday ahead;
* "September 11" without a year is the 2001 attacks before an attack noun, after "the attacks of", or far from
  the publication date in a story that speaks of terror, and stays a date of the year near it, after another day of that September, or with a future cue;
* a bare season after "of" is the current or just-ended season, else no value with a reason;
* a weekday before a noun of a weekly custom ("the Sunday roast") or after a word of habit is no date.
"""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate


def _pub(v: str) -> PublishedDate:
    return PublishedDate(value=v, precision="day")


THU = _pub("2012-03-08")  # a Thursday
WED = _pub("2012-03-07")
SUN = _pub("2012-03-11")


def found(tagger: TimeTagger, text: str, span: str, anchor: PublishedDate) -> tuple[bool, str | None, str | None]:
    for e in tagger.tag(text, anchor):
        if e.text == span:
            return True, e.value, e.reason
    return False, None, None


@pytest.mark.parametrize(
    ("text", "span", "anchor", "want"),
    [
        ("The club's bond payment was due on Monday, but has now been cancelled.", "Monday", THU, "2012-03-12"),
        ("The harbour was to be fully closed by Sunday, the mayor said.", "Sunday", WED, "2012-03-11"),
        ("The mayor said he hoped to reopen the bridge by Sunday, a spokesman added.", "Sunday", THU, "2012-03-11"),
        ("The trial was due to begin on Monday but was delayed by a strike.", "Monday", THU, "2012-03-05"),
        ("The vote was due on Tuesday, but rebels walked out.", "Tuesday", THU, "2012-03-06"),
        ("Two men are due to appear before magistrates this Tuesday.", "this Tuesday", SUN, "2012-03-13"),
        ("The two men appeared before magistrates this Tuesday.", "this Tuesday", SUN, "2012-03-06"),
    ],
)
def test_plan_days(tagger: TimeTagger, text: str, span: str, anchor: PublishedDate, want: str) -> None:
    assert found(tagger, text, span, anchor)[1] == want


@pytest.mark.parametrize(
    ("text", "span", "anchor", "want"),
    [
        (
            "Critics linked the riots to the September 11 attacks on New York.",
            "September 11",
            _pub("2008-06-02"),
            "2001-09-11",
        ),
        (
            "Since 11 September, airport security has changed for good in the fight against terrorism.",
            "11 September",
            _pub("2006-03-02"),
            "2001-09-11",
        ),
        (
            "Critics recalled the attacks of September 11 in the debate.",
            "September 11",
            _pub("2008-11-20"),
            "2001-09-11",
        ),
        (
            "On Sept. 11 the bank's shares fell by a third, its filing shows.",
            "Sept. 11",
            _pub("2008-12-20"),
            "2008-09-11",
        ),
        ("A Sept. 11-style plot was foiled, police said.", "Sept. 11", _pub("2006-09-20"), "2001-09-11"),
        (
            "On Sept. 9 the board met; the Sept. 11 meeting was then postponed.",
            "Sept. 11",
            _pub("2008-11-20"),
            "2008-09-11",
        ),
        ("The council said the tower will reopen on September 11.", "September 11", _pub("2008-06-02"), "2008-09-11"),
        (
            "The fund closed its books on September 11, the treasurer said.",
            "September 11",
            _pub("2008-09-25"),
            "2008-09-11",
        ),
    ],
)
def test_september_11(tagger: TimeTagger, text: str, span: str, anchor: PublishedDate, want: str) -> None:
    assert found(tagger, text, span, anchor)[1] == want


def test_season_after_of(tagger: TimeTagger) -> None:
    ok, v, _ = found(tagger, "Debts run up in the heat of summer linger into the autumn.", "summer", _pub("2011-09-20"))
    assert ok and v == "2011-SU"
    ok, v, why = found(
        tagger, "She arrived full of the joys of spring and told us a joke.", "spring", _pub("2011-01-20")
    )
    assert ok and v is None and why is not None and "of" in why
    ok, v, _ = found(tagger, "In the heat of summer, tempers frayed.", "summer", _pub("2011-07-20"))
    assert ok and v == "2011-SU"


@pytest.mark.parametrize(
    "text",
    [
        "Back then the Sunday joint was a treat for the family.",
        "They still sit down to a Sunday roast after church.",
        "An advert was placed in a national Sunday paper for a year.",
        "She hosts her usual Thursday show from the studio.",
        "Monday morning quarterbacks blamed the coach.",
    ],
)
def test_weekday_custom_no_date(tagger: TimeTagger, text: str) -> None:
    assert not any(e.value and e.value.startswith("2012") for e in tagger.tag(text, THU))


def test_weekday_event_noun_stays_date(tagger: TimeTagger) -> None:
    assert (
        found(tagger, "The Sunday papers reported that the Tuesday vote was close.", "Tuesday", THU)[1] == "2012-03-06"
    )
