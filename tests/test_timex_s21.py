"""Session 21 time rules: "until" + a weekday told in the past is the day before; "the next year" told in the past
follows the story's year, not the publication's; a deadline ("by August") looks ahead with a future, modal or present
verb and after a pledge told in the past; "a year ago" is about that month a year back, "just over a year ago" and
"a year and a half ago" are dated too.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2012-03-14", precision="day")  # a Wednesday


def tags(tagger: TimeTagger, text: str, pub: PublishedDate = PUB) -> dict[str, TimeExpression]:
    return tagged(tagger, text, pub)


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = PUB) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- "until" a weekday


def test_until_weekday_told_in_the_past_is_the_day_before(tagger: TimeTagger) -> None:
    assert value(tagger, "The miners didn't learn of the flood until Friday night.", "Friday") == "2012-03-09TNI"
    assert value(tagger, "The strike lasted until Friday, union leaders said.", "Friday") == "2012-03-09"


def test_until_weekday_ahead_stays_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "The strike will last until Friday.", "Friday") == "2012-03-16"
    # a present perfect, a range and a delay: the day may lie ahead
    assert value(tagger, "Schools have been shut until at least Friday after a pupil fell ill.", "Friday") == (
        "2012-03-16"
    )
    thursday = PublishedDate(value="2012-03-15", precision="day")
    text = "Forecasters issued a gale warning from Thursday until Saturday."
    assert value(tagger, text, "Saturday", thursday) == "2012-03-17"
    assert value(tagger, "Engineers postponed the test until Friday after a valve failed.", "Friday") == "2012-03-16"


# ---- "the next year" in a story of the past


def test_the_next_year_told_in_the_past_follows_the_storys_year(tagger: TimeTagger) -> None:
    text = "In 1987 the brewery closed its doors. The next year the owners sold the site to a developer."
    assert value(tagger, text, "The next year") == "1988"
    text = "The ferry sank in March 1994. The next month an inquiry opened in the port."
    assert value(tagger, text, "The next month") == "1994-04"


def test_the_next_year_with_no_earlier_date_is_not_guessed(tagger: TimeTagger) -> None:
    e = tags(tagger, "The next year the owners sold the site to a developer.")["The next year"]
    assert e.value is None
    assert e.reason and "does not date" in e.reason


def test_the_next_year_looking_ahead_is_after_the_publication(tagger: TimeTagger) -> None:
    assert value(tagger, "In 1987 the brewery closed. The next year will be hard for the town.", "The next") == "2013"
    assert value(tagger, "She said the next year would be decisive.", "the next year") == "2013"


# ---- deadlines


def test_deadline_with_a_verb_looking_ahead_is_ahead(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2012-09-20", precision="day")
    text = "The ministry expects the new bridge over the estuary to open to traffic by February, and is hiring staff."
    assert value(tagger, text, "February", pub) == "2013-02"
    assert value(tagger, "The port could be dredged by August.", "August", pub) == "2013-08"
    text = "Bookmakers are offering odds on the mayor's resignation by January 31 that look generous."
    assert value(tagger, text, "January 31", pub) == "2013-01-31"


def test_deadline_after_a_pledge_told_in_the_past_is_the_nearer_one(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2012-09-20", precision="day")
    assert value(tagger, "The governor pledged a new budget by November.", "November", pub) == "2012-11"


def test_deadline_told_in_the_past_stays_past(tagger: TimeTagger) -> None:
    pub = PublishedDate(value="2012-09-20", precision="day")
    assert value(tagger, "Some 2,000 homes had flooded by August.", "August", pub) == "2012-08"
    text = "By the end of August, the council's best hopes of a rescue rested on a loan."
    assert value(tagger, text, "August", pub) == "2012-08"
    text = "The report is unclear, although it is plain that, by August, ministers disagreed."
    assert value(tagger, text, "August", pub) == "2012-08"


# ---- "a year ago"


def test_a_year_ago_is_that_month_approximately(tagger: TimeTagger) -> None:
    e = tags(tagger, "A year ago the factory employed 300 people.")["A year ago"]
    assert (e.value, e.precision, e.mod) == ("2011-03", "month", "APPROX")
    e = tags(tagger, "The factory will be sold a year from now.")["a year from now"]
    assert e.value == "2013-03"


def test_a_year_ago_with_only_the_publication_year_is_the_year(tagger: TimeTagger) -> None:
    e = tags(tagger, "A year ago the factory employed 300 people.", PublishedDate(value="2012", precision="year"))
    assert e["A year ago"].value == "2011"


def test_a_year_ago_in_a_quarterly_report_keeps_the_quarter(tagger: TimeTagger) -> None:
    text = "The firm made $4m in the third quarter, against $6m a year ago."
    assert value(tagger, text, "a year ago", PublishedDate(value="2012-10-25", precision="day")) == "2011-Q3"


def test_just_over_a_year_ago_and_a_year_and_a_half_ago_are_dated(tagger: TimeTagger) -> None:
    found = tags(tagger, "Just over a year ago the factory opened.")
    e = found["Just over a year ago"]
    assert (e.type, e.value, e.mod) == ("DATE", "2011-03", "MORE_THAN")
    e = tags(tagger, "A year and a half ago the factory opened.")["A year and a half ago"]
    assert (e.value, e.precision) == ("2010-09", "month")
    assert value(tagger, "A little over a week ago the factory opened.", "A little over a week ago") == "2012-W10"
    # "later" is counted from the story's time, not the publication: still a span
    assert tags(tagger, "A year and a half later the factory closed.")["A year and a half"].type == "DURATION"
