"""Unit tests for storyline.annotate.timex (rule-based TIMEX tagging and normalisation)."""

from __future__ import annotations

import pytest

from storyline.annotate.timex import UNDATED_REASON, TimeTagger
from storyline.records import PublishedDate, TimeExpression

SUN = PublishedDate(value="2016-11-06", precision="day")  # a Sunday
JUNE = PublishedDate(value="2017-06-09", precision="day")  # a Friday


def find(tagger: TimeTagger, text: str, anchor: PublishedDate | None, span: str) -> TimeExpression:
    for e in tagger.tag(text, anchor):
        if e.text == span:
            assert text[e.start : e.end] == span
            return e
    got = [(e.text, e.value) for e in tagger.tag(text, anchor)]
    raise AssertionError(f"{span!r} not tagged in {text!r}; got {got}")


def value(tagger: TimeTagger, text: str, anchor: PublishedDate | None, span: str) -> str | None:
    return find(tagger, text, anchor, span).value


def test_record_shape(tagger: TimeTagger) -> None:
    e = find(tagger, "Militias said Sunday they were ready.", SUN, "Sunday")
    assert e.article == "" and e.sentence == -1
    assert e.type == "DATE" and e.precision == "day" and e.anchor == "publication"


# ---- weekdays and tense
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("US-backed militia groups in Syria said Sunday they're launching an operation.", "Sunday", "2016-11-06"),
        ("The minister said on Wednesday that talks had failed.", "Wednesday", "2016-11-02"),
        ("The envoys will meet on Friday in Geneva.", "Friday", "2016-11-11"),
        ("Officials plan to vote Tuesday on the deal.", "Tuesday", "2016-11-08"),
        ("They met last Sunday.", "last Sunday", "2016-10-30"),
        ("They meet next Monday.", "next Monday", "2016-11-07"),
    ],
)
def test_weekdays(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, SUN, span) == expected


def test_part_of_day(tagger: TimeTagger) -> None:
    e = find(tagger, "The SDF established a joint operations center Saturday night.", SUN, "Saturday night")
    assert e.value == "2016-11-05TNI" and e.type == "TIME" and e.precision == "day"
    assert value(tagger, "Shelling continued Monday night.", SUN, "Monday night") == "2016-10-31TNI"
    assert value(tagger, "The strike happened last night.", SUN, "last night") == "2016-11-05TNI"
    assert value(tagger, "He will speak tonight.", SUN, "tonight") == "2016-11-06TNI"


# ---- relative units
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Prices rose last month.", "last month", "2016-10"),
        ("Fighting intensified last week.", "last week", "2016-W43"),
        ("Talks resume this week.", "this week", "2016-W44"),
        ("Elections are due next month.", "next month", "2016-12"),
        ("It was built a year ago.", "a year ago", "2015-11"),  # about that month (mod APPROX)
        ("It fell two years ago.", "two years ago", "2014"),
        ("The city fell three days ago.", "three days ago", "2016-11-03"),
        ("The group grew earlier this year.", "earlier this year", "2016"),
        ("He arrived yesterday.", "yesterday", "2016-11-05"),
        ("He arrives tomorrow.", "tomorrow", "2016-11-07"),
        ("The vote is today.", "today", "2016-11-06"),
        ("Sales fell last year.", "last year", "2015"),
        ("Growth is expected next year.", "next year", "2017"),
    ],
)
def test_relative(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, SUN, span) == expected


def test_mods(tagger: TimeTagger) -> None:
    e = find(tagger, "The offensive began in late March.", SUN, "late March")
    assert (e.value, e.mod) == ("2016-03", "END")
    e = find(tagger, "They withdrew in early 2014.", SUN, "early 2014")
    assert (e.value, e.mod, e.anchor) == ("2014", "START", "absolute")
    e = find(tagger, "Work stopped in mid-November.", SUN, "mid-November")
    assert (e.value, e.mod) == ("2016-11", "MID")
    assert find(tagger, "The group grew earlier this year.", SUN, "earlier this year").mod == "START"


def test_present_ref(tagger: TimeTagger) -> None:
    assert value(tagger, "The city is now surrounded.", SUN, "now") == "PRESENT_REF"
    assert value(tagger, "About 300 fighters are currently there.", SUN, "currently") == "PRESENT_REF"


# ---- months, month-days, seasons, years, decades
def test_month_day_years(tagger: TimeTagger) -> None:
    assert value(tagger, "On December 10, the SDF unveils the second phase.", JUNE, "December 10") == "2016-12-10"
    assert value(tagger, "Fighting began on 17 October.", SUN, "17 October") == "2016-10-17"
    assert value(tagger, "Fighting began on October 17.", SUN, "October 17") == "2016-10-17"
    assert value(tagger, "The deal will close Dec. 15.", SUN, "Dec. 15") == "2016-12-15"
    assert value(tagger, "It was signed on March 26, 1996.", SUN, "March 26, 1996") == "1996-03-26"
    e = find(tagger, "It was signed on Saturday, April 25, 1998.", SUN, "Saturday, April 25, 1998")
    assert (e.value, e.anchor) == ("1998-04-25", "absolute")


def test_months(tagger: TimeTagger) -> None:
    assert value(tagger, "Attacks have risen since November.", JUNE, "November") == "2016-11"
    assert value(tagger, "The talks collapsed in September.", SUN, "September") == "2016-09"
    assert value(tagger, "The plant will reopen in January.", SUN, "January") == "2017-01"
    assert value(tagger, "The treaty of March 1996 failed.", SUN, "March 1996") == "1996-03"
    assert value(tagger, "Prices fell last June.", SUN, "last June") == "2016-06"


def test_may_is_not_always_a_month(tagger: TimeTagger) -> None:
    assert [e.text for e in tagger.tag("The rebels may attack again.", SUN)] == []
    assert value(tagger, "The town fell in May.", SUN, "May") == "2016-05"


def test_seasons(tagger: TimeTagger) -> None:
    e = find(tagger, "It happened in the spring of 2013.", SUN, "the spring of 2013")
    assert (e.value, e.precision) == ("2013-SP", "season")
    assert value(tagger, "During the summer of 2016 the front was quiet.", SUN, "the summer of 2016") == "2016-SU"
    assert value(tagger, "Fighting eased this summer.", SUN, "this summer") == "2016-SU"
    assert value(tagger, "Fighting eased last winter.", JUNE, "last winter") == "2016-WI"
    assert [e.text for e in tagger.tag("Prices fall when supply rises.", SUN)] == []


def test_years_decades_centuries(tagger: TimeTagger) -> None:
    e = find(tagger, "The group was founded in 2013.", SUN, "2013")
    assert (e.value, e.precision, e.anchor) == ("2013", "year", "absolute")
    e = find(tagger, "Oil prices collapsed in the 1990s.", SUN, "the 1990s")
    assert (e.value, e.precision) == ("199", "decade")
    assert value(tagger, "Art of the 20th century.", SUN, "the 20th century") == "19"
    assert value(tagger, "Sales were flat in fiscal 1989.", SUN, "fiscal 1989") == "1989"
    assert value(tagger, "It was the winter of nineteen ninety-four.", SUN, "nineteen ninety-four") == "1994"


def test_quarters(tagger: TimeTagger) -> None:
    assert value(tagger, "Profit rose in the third quarter.", SUN, "the third quarter") == "2016-Q3"
    assert value(tagger, "Third-quarter profit rose.", SUN, "Third-quarter") == "2016-Q3"
    assert value(tagger, "Profit rose in the first quarter of 2015.", SUN, "the first quarter of 2015") == "2015-Q1"
    assert value(tagger, "Sales in Q2 2014 fell.", SUN, "Q2 2014") == "2014-Q2"
    assert value(tagger, "In the first half of 2015 sales rose.", SUN, "the first half of 2015") == "2015-H1"


# ---- durations and sets
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The siege lasted several weeks.", "several weeks", "PXW"),
        ("The siege lasted three days.", "three days", "P3D"),
        ("A two-year program.", "two-year", "P2Y"),
        ("Sales rose in the past two months.", "the past two months", "P2M"),
        ("Profit in the first nine months rose.", "the first nine months", "P9M"),
        ("It took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The battle lasted 10 hours.", "10 hours", "PT10H"),
        ("He was jailed for 18 months.", "18 months", "P18M"),
    ],
)
def test_durations(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    e = find(tagger, text, SUN, span)
    assert (e.type, e.value, e.anchor) == ("DURATION", expected, "absolute")


def test_duration_mod(tagger: TimeTagger) -> None:
    e = find(tagger, "It lasted more than four hours.", SUN, "more than four hours")
    assert (e.value, e.mod) == ("PT4H", "MORE_THAN")


def test_sets(tagger: TimeTagger) -> None:
    assert find(tagger, "Talks are held every week.", SUN, "every week").type == "SET"
    assert value(tagger, "He visits each Thursday.", SUN, "each Thursday") == "XXXX-WXX-4"


# ---- numeric and ISO dates
def test_numeric_dates(tagger: TimeTagger) -> None:
    e = find(tagger, "Published 03.11.2016 by the agency.", SUN, "03.11.2016")
    assert e.value == "2016-11-03" and e.reason and "day-first" in e.reason
    e = find(tagger, "Posted 11/03/2016 by staff.", SUN, "11/03/2016")
    assert e.value == "2016-11-03" and e.reason and "month-first" in e.reason
    assert value(tagger, "Posted 25/10/2016.", SUN, "25/10/2016") == "2016-10-25"
    assert value(tagger, "Updated 2016-11-06T10:30 UTC.", SUN, "2016-11-06T10:30") == "2016-11-06T10:30"


def test_clock_times(tagger: TimeTagger) -> None:
    e = find(tagger, "The bomb went off on Saturday. The blast came at 7:53 AM.", SUN, "7:53 AM")
    assert e.type == "TIME" and e.value == "2016-11-05T07:53"
    # no day in the text: the time is kept, the day is not guessed from the publication date
    e = find(tagger, "The blast came at 7:53 AM.", SUN, "7:53 AM")
    assert e.type == "TIME" and e.value is None and e.anchor == "none" and e.reason and "T07:53" in e.reason
    e = find(tagger, "Police arrived at 10 p.m. Wednesday.", SUN, "10 p.m. Wednesday")
    assert e.value == "2016-11-02T22:00"


# ---- things that are not dates
@pytest.mark.parametrize(
    "text",
    [
        "The 61 fighters surrendered.",
        "Division 17 moved north.",
        "About 30,000 people fled.",
        "Some 2000 fighters joined.",
        "The rebels may regroup.",
        "He paid $1990 for it.",
    ],
)
def test_not_dates(tagger: TimeTagger, text: str) -> None:
    assert [e.text for e in tagger.tag(text, SUN)] == []


# ---- undated articles: relative expressions never guessed, absolute ones still valued
def test_undated(tagger: TimeTagger) -> None:
    text = "Militias said Sunday they would attack next month, as in March 2014."
    for anchor in (None, PublishedDate()):
        got = {e.text: e for e in tagger.tag(text, anchor)}
        assert got["Sunday"].value is None and got["Sunday"].anchor == "none"
        assert got["Sunday"].reason == UNDATED_REASON
        assert got["next month"].value is None and got["next month"].reason == UNDATED_REASON
        assert got["March 2014"].value == "2014-03" and got["March 2014"].anchor == "absolute"


def test_month_precision_anchor(tagger: TimeTagger) -> None:
    anchor = PublishedDate(value="2016-11", precision="month")
    assert value(tagger, "Prices rose last month.", anchor, "last month") == "2016-10"
    e = find(tagger, "He said Sunday.", anchor, "Sunday")
    assert e.value is None and e.reason and "month" in e.reason


def test_robust_to_mangled_translation(tagger: TimeTagger) -> None:
    e = find(tagger, "Fighting has gone on since late a year ago.", SUN, "late a year ago")
    assert e.value == "2015"


def test_normalise_gold_span(tagger: TimeTagger) -> None:
    text = "The company said profit rose in the third quarter."
    s = text.index("third quarter")
    e = tagger.normalise(text, s, s + len("third quarter"), SUN)
    assert e is not None and e.value == "2016-Q3"
    assert tagger.normalise("Nothing here.", 0, 7, SUN) is None


def test_offsets_on_a_long_text(tagger: TimeTagger) -> None:
    """Offsets stay exact over a long text (its speed is measured by ``python -m bench timex``)."""
    text = "Officials said Sunday that the offensive, launched in late March, would last several weeks. " * 60
    out = tagger.tag(text, SUN)
    assert all(text[e.start : e.end] == e.text for e in out)
    assert len(out) == 180


# ---- earnings-report quarters, near-future deadlines, span-only reference words
NOV89 = PublishedDate(value="1989-11-02", precision="day")  # a Thursday in the fourth quarter
OCT89 = PublishedDate(value="1989-10-26", precision="day")


def test_quarter_just_ended_despite_future_cue(tagger: TimeTagger) -> None:
    # results are reported after a quarter closes: "expects to report" does not move it a year ahead
    text = "Hadson Corp. said it expects to report a third-quarter net loss."
    assert value(tagger, text, NOV89, "a third-quarter") == "1989-Q3"
    assert value(tagger, "It will report fourth-quarter results.", NOV89, "fourth-quarter") == "1989-Q4"
    assert value(tagger, "Analysts expect a weak first quarter.", NOV89, "a weak first quarter") == "1990-Q1"


def test_year_before_ordinal_quarter(tagger: TimeTagger) -> None:
    text = "The results included a charge in the 1988 second quarter for bad loans."
    assert value(tagger, text, NOV89, "the 1988 second quarter") == "1988-Q2"


def test_latest_quarter_is_the_reference_for_a_year_earlier(tagger: TimeTagger) -> None:
    text = (
        "Profit rose 19% in the latest quarter. The company cited demand. Costs were flat. "
        "Sales rose to $5 million from $4 million a year earlier."
    )
    got = {e.text: e.value for e in tagger.tag(text, OCT89)}
    assert got["the latest quarter"] == "1989-Q3"
    assert got["a year earlier"] == "1988-Q3"
    text = "Net income rose in the third quarter. Sales for last year's quarter were about $3 million."
    assert value(tagger, text, NOV89, "last year's quarter") == "1988-Q3"


def test_near_deadline_is_not_a_year_back(tagger: TimeTagger) -> None:
    text = "The partnership extended to Nov. 20 its offer for all shares."
    assert value(tagger, text, NOV89, "Nov. 20") == "1989-11-20"
    text = "The bid, which was due to expire last week, was extended to Nov. 16."
    assert value(tagger, text, NOV89, "Nov. 16") == "1989-11-16"
    # "preferred" is an adjective here, not a past-tense verb
    text = "The company said it will redeem 9.5 million Series H preferred shares on Oct. 31."
    assert value(tagger, text, OCT89, "Oct. 31") == "1989-10-31"
    # a date far back stays in the past
    assert value(tagger, "The plan was announced Aug. 21.", OCT89, "Aug. 21") == "1989-08-21"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Prices were previously set by the state.", "previously", "PAST_REF"),
        ("The company has already sold the unit.", "already", "PRESENT_REF"),
        ("Losses will cut taxes in future quarters.", "future quarters", "FUTURE_REF"),
        ("Investors worry about the future.", "future", "FUTURE_REF"),
    ],
)
def test_reference_words_on_a_given_span(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    s = text.index(span)
    e = tagger.normalise(text, s, s + len(span), NOV89)
    assert e is not None and (e.type, e.value) == ("DATE", expected)
    # too ambiguous to be detected on their own ("once" = one time, "already" is not a time)
    if span in ("previously", "already"):
        assert [x.text for x in tagger.tag(text, NOV89)] == []


# ---- anaphoric expressions: counted from the time the story is talking about
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The dam was finished on March 3, 2009. Two days later it cracked.", "Two days later", "2009-03-05"),
        ("The mayor was elected in 2004. Three years later he resigned.", "Three years later", "2007"),
        ("The ferry sank on Jan. 9, 2012, and the following day divers arrived.", "the following day", "2012-01-10"),
        ("The club was founded in 1931 and the following year it won the cup.", "the following year", "1932"),
        ("The strike began in April 2010. The previous month, talks had failed.", "The previous month", "2010-03"),
        ("The bridge reopened on May 2, 2014, and the next day traffic doubled.", "the next day", "2014-05-03"),
    ],
)
def test_anaphoric_relative_to_last_date(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, SUN, span) == expected


def test_anaphoric_without_a_date_is_not_counted_from_the_publication(tagger: TimeTagger) -> None:
    # "later" and "the next day" count from the time the story is talking about; with no date before
    # them that time is unknown, and the publication date would put a past event after the article
    for text, span in (
        ("Two days later the talks resumed.", "Two days later"),
        ("Police came the next day.", "the next day"),
        ("The man was pronounced dead two hours later in hospital.", "two hours later"),
    ):
        (e,) = [e for e in tagger.tag(text, SUN) if e.text == span]
        assert e.value is None and e.reason == "counted from a time the text does not date", text
    # a plan for the day after the article is dated from it
    assert value(tagger, "The talks will resume the next day.", SUN, "the next day") == "2016-11-07"
    assert value(tagger, "The ministers met the previous day.", SUN, "the previous day") == "2016-11-05"
    # and after a date, "two hours later" is the same day, not two days later
    text = "Paramedics were called on 25 June 2009. He was pronounced dead two hours later."
    assert value(tagger, text, SUN, "two hours later") == "2009-06-25"


def test_comparisons_do_not_chain(tagger: TimeTagger) -> None:
    # a second "a year earlier" compares with the same year as the first, not with the year before it
    text = "Profit rose to $3 million from $2 million a year earlier. Sales fell from $9 million a year earlier."
    assert [e.value for e in tagger.tag(text, SUN) if e.text == "a year earlier"] == ["2015", "2015"]


def test_the_past_and_next_unit_are_dates(tagger: TimeTagger) -> None:
    # TimeML and HeidelTime: "the next year" is the one after (no number); "the past year" is the twelve months up
    # to the publication, a span (TimeBank's gold gives the calendar year before, which dates what the text does not)
    assert value(tagger, "Hate crimes rose over the past year.", SUN, "the past year") == "P1Y"
    assert value(tagger, "The plant will close over the next year or so.", SUN, "the next year") == "2017"
    assert value(tagger, "Wages fell in the last decade.", SUN, "the last decade") == "200"
    # with a number they stay durations
    assert value(tagger, "Sales rose in the past two months.", SUN, "the past two months") == "P2M"


# ---- holidays
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Shops were busy before Christmas.", "Christmas", "2015-12-25"),
        ("Fireworks are planned for New Year's Eve.", "New Year's Eve", "2016-12-31"),
        ("The family will travel home for Thanksgiving.", "Thanksgiving", "2016-11-24"),
        ("The church was full on Easter Sunday.", "Easter Sunday", "2016-03-27"),
        ("He was arrested on Christmas Eve 2009.", "Christmas Eve 2009", "2009-12-24"),
        ("Pools close after Labor Day.", "Labor Day", "2016-09-05"),
    ],
)
def test_holidays(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, SUN, span) == expected


def test_lunar_new_year_is_not_january_first(tagger: TimeTagger) -> None:
    assert [e.text for e in tagger.tag("Crowds celebrated the Lunar New Year's festival.", SUN)] == []


# ---- parts of the day, half units, clock times, days of the month
def test_part_of_day_with_a_modifier(tagger: TimeTagger) -> None:
    assert value(tagger, "Shares rose at mid-afternoon yesterday.", SUN, "mid-afternoon yesterday") == "2016-11-05TAF"
    text = "Rebels attacked on Thursday. By late afternoon they had withdrawn."
    assert value(tagger, text, SUN, "late afternoon") == "2016-11-03TAF"
    assert value(tagger, "The ferry leaves on Friday evenings.", SUN, "Friday evenings") == "XXXX-WXX-5TEV"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The couple were married for half a century.", "half a century", "P50Y"),
        ("The siege lasted half a year.", "half a year", "P6M"),
        ("She waited half an hour.", "half an hour", "PT30M"),
        ("The trial took two and a half years.", "two and a half years", "P2Y6M"),
    ],
)
def test_half_units(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, SUN, span) == expected


def test_military_clock_time_with_zone(tagger: TimeTagger) -> None:
    assert value(tagger, "The quake struck today at 0745 GMT.", SUN, "today at 0745 GMT") == "2016-11-06T07:45"
    assert value(tagger, "The treaty was signed in 1945.", SUN, "1945") == "1945"


def test_day_of_the_month_after_a_month(tagger: TimeTagger) -> None:
    text = "The hearing opened in October and closed on the 21st."
    assert value(tagger, text, SUN, "the 21st") == "2016-10-21"
    assert [e.text for e in tagger.tag("He wrote about the 16th century.", SUN)] == ["the 16th century"]


def test_a_past_verb_in_the_clause_puts_a_yearless_date_behind_the_article(tagger: TimeTagger) -> None:
    t = tagger
    feb = PublishedDate(value="2010-02-05", precision="day")
    # the verb is four words from the date, nothing in the sentence looks ahead: the last 25 June
    assert value(t, "The singer died at his Los Angeles home on 25 June aged 50.", feb, "25 June") == "2009-06-25"
    # a present or future verb in the sentence leaves it to the nearer occurrence
    assert value(t, "The company said it is calling for the redemption on 25 June.", feb, "25 June") == "2010-06-25"
    assert (
        value(t, "Officials said they expect the hearing to be completed by 25 June.", feb, "25 June") == "2010-06-25"
    )


def test_set_for_looks_ahead(tagger: TimeTagger) -> None:
    t = tagger
    march = PublishedDate(value="2010-03-10", precision="day")
    assert value(t, "The next hearing has been set for 5 April.", march, "5 April") == "2010-04-05"
    assert value(t, "Talks between the two sides were set to resume on 5 April.", march, "5 April") == "2010-04-05"
    # "set" with no "for" or "to" is no cue: the hearing was fixed earlier
    assert value(t, "The judge set bail on 5 March.", march, "5 March") == "2010-03-05"
