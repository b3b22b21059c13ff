"""Session 20 time rules: an announced event's date is the nearer occurrence, a weekday written with a date picks its
year, "that year" after a date takes the year told before, a range's end is not before its start, a futures month
lies ahead, "has" of possession is no past verb, "looming" looks ahead.  All text is invented."""

from __future__ import annotations

import pytest

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2014-07-22")  # a Tuesday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = PUB) -> str | None:
    return tagged_value(tagger, text, span, pub)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # an event named with its day, in a sentence about announcing it: the coming one, though the verb is past
        (
            "The 12 October recital at the town hall was announced by the promoters on Monday.",
            "12 October",
            "2014-10-12",
        ),
        ("Organisers confirmed a memorial service for the miners on 3 November.", "3 November", "2014-11-03"),
        ("Promoters unveiled the September festival yesterday.", "September", "2014-09"),
        # announced and since held: the one just gone
        ("The 3 July gig, announced in the spring, drew a crowd of 5,000.", "3 July", "2014-07-03"),
        # no announcing: a past verb keeps a date in the past
        ("The 12 October recital at the town hall was a triumph.", "12 October", "2013-10-12"),
        # the announcing is the date's own: no event noun names it
        ("The council announced on 12 October that the bridge would close.", "12 October", "2013-10-12"),
    ],
)
def test_announced_event(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, span) == expected


def test_weekday_picks_the_year() -> None:
    t = TimeTagger()
    # 26 September is a Friday in 2014, a Saturday in 2015: a past verb does not move it a year back
    pub = PublishedDate(value="2014-11-05")
    assert value(t, "The governor asked to delay a debate set for Friday, Sept. 26.", "Sept. 26", pub) == "2014-09-26"
    # a weekday that fits no year near keeps the year the tense gives (the writer's slip)
    assert value(t, "The board met on Monday, Sept. 26.", "Sept. 26", pub) == "2014-09-26"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The plant opened in 2009. The owners were fined on 4 March and 9 May that year.", "4 March", "2009-03-04"),
        ("The plant opened in 2009. The owners were fined on 4 March and 9 May that year.", "9 May", "2009-05-09"),
        ("Her contract runs out in January 2016, and his in June of that year.", "June", "2016-06"),
        ("The town was flooded in 1953. In February of that terrible year, the dykes broke.", "February", "1953-02"),
    ],
)
def test_that_year(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, span) == expected


def test_that_year_needs_a_written_year(tagger: TimeTagger) -> None:
    # nothing to refer to: the usual resolution against the publication
    assert value(tagger, "The shop shut on 4 March that year.", "4 March") == "2014-03-04"


def test_range_end_not_before_start(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-06-30")
    found = tags(tagger, "The fishing season runs from 1 June to 30 November, officials said.", pub)
    assert found["1 June"].value == "2014-06-01"
    assert found["30 November"].value == "2014-11-30"


def test_futures_month_lies_ahead(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-10-24")
    assert value(tagger, "Corn for December delivery closed at $3.40 a bushel.", "December", pub) == "2014-12"
    # a plain past month stays behind
    assert value(tagger, "Corn prices closed lower in December.", "December", pub) == "2013-12"


def test_has_of_possession_is_no_past(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-02-11")
    text = "The lender said it already has a freeze on evictions in place through the end of March."
    assert value(tagger, text, "the end of March", pub) == "2014-03"
    # a present perfect still looks back
    text = "Sales have fallen since March, the firm said."
    assert value(tagger, text, "March", pub) == "2013-03"


def test_looming_looks_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "Nothing dominates his time like the looming November elections.", "November") == "2014-11"


def test_passive_participle_with_agent_is_no_past(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-06-19")
    text = "The firm's promise that it will finish the tunnel by the end of August repeated by Smith is doubted."
    assert value(tagger, text, "the end of August", pub) == "2014-08"


def test_month_day_in_year(tagger: TimeTagger) -> None:
    assert value(tagger, "The board met on a June morning in 1987 to settle it.", "June") == "1987-06"


def test_weekday_owning_an_event(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-07-25")  # a Friday
    # no tense in its clause: the nearer Saturday, tomorrow
    assert value(tagger, "Gates open at 5pm for Saturday's concert.", "Saturday", pub) == "2014-07-26"
    # a past verb keeps the one before
    assert value(tagger, "Saturday's concert drew 9,000 fans.", "Saturday", pub) == "2014-07-19"
    # no event noun: the usual past default
    assert value(tagger, "Saturday's weather was calm.", "Saturday", pub) == "2014-07-19"


def test_date_before_a_determiner_is_the_announcing(tagger: TimeTagger) -> None:
    # "On 12 October the trial judge announced ...": the date is the announcing's own, in the past
    assert value(tagger, "On 12 October the trial judge announced a delay.", "12 October") == "2013-10-12"


def test_month_before_contracts_is_no_futures_month(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2014-10-24")
    assert value(tagger, "In December contracts worth $5m were signed.", "December", pub) == "2013-12"
    assert value(tagger, "Oil for the December contract settled lower.", "December", pub) == "2014-12"
