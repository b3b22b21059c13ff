"""Session 31: "the previous Friday" / "the following Monday" count from the day the story has reached, not the
publication; "July Fourth" is the US holiday (4 July), not the month; a capitalised "Today" right after a verb of
telling, a preposition or a programme noun is a programme's name, no day; the day a change takes effect ("effective
Feb. 1") is the nearer occurrence; a date without a year after a day written with its year in the same sentence takes
that day's year."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {e.text: e.value for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_previous_weekday_counts_from_the_day_named_before() -> None:
    # published on a Tuesday; the story is at Wednesday 12 May: the Friday before it is 7 May, not 11 June
    got = _values(
        "The index closed at 5,210 on 12 May. That was 3% lower than the previous Friday, traders said.", "2010-06-15"
    )
    assert got["12 May"] == "2010-05-12"
    assert got["the previous Friday"] == "2010-05-07"


def test_following_weekday_counts_from_the_day_named_before() -> None:
    got = _values("The inquiry opened on 3 March 2009. Its chairman resigned the following Monday.", "2010-06-15")
    assert got["the following Monday"] == "2009-03-09"


def test_previous_weekday_without_a_named_day_keeps_the_publication() -> None:
    # no day named before it: the Friday before the publication (Tuesday 15 June)
    got = _values("Shares rose 4% from the previous Friday's close.", "2010-06-15")
    assert got["the previous Friday"] == "2010-06-11"


def test_previous_weekday_when_the_story_moved_to_another_year() -> None:
    # the day named first is left behind once the story turns to 2008: the publication is the fallback
    got = _values(
        "The well was capped on 15 July. In 2008 the rig passed an inspection. Shares fell from the previous Friday.",
        "2010-08-03",
    )
    assert got["the previous Friday"] == "2010-07-30"


def test_july_fourth_is_the_holiday() -> None:
    got = _values("Officials hope the leak will be capped by July Fourth, the company said.", "2010-06-15")
    assert got == {"July Fourth": "2010-07-04"}


def test_last_july_fourth_is_the_one_before_publication() -> None:
    got = _values("Crowds gathered on the beach last July Fourth.", "2010-06-15")
    assert got["last July Fourth"] == "2009-07-04"


def test_fourth_of_july_still_the_holiday() -> None:
    got = _values("Fireworks are planned for the Fourth of July in New Orleans.", "2010-06-15")
    assert got["Fourth of July"] == "2010-07-04"


def test_today_after_a_lower_case_word_is_a_programme() -> None:
    got = _values("The minister told Today that the cuts would go ahead.", "2010-06-15")
    assert "Today" not in got
    got = _values("Speaking on Today, the health secretary urged calm.", "2010-06-15")
    assert "Today" not in got
    got = _values("She appeared on the breakfast show Today earlier this week.", "2010-06-15")
    assert "Today" not in got
    assert got["earlier this week"] == "2010-W24"


def test_today_opening_a_sentence_or_a_quote_stays_the_day() -> None:
    tagged = _TAGGER.tag(
        'The minister said: "Today we start rebuilding." Today, crews returned.', PublishedDate(value="2010-06-15")
    )
    assert [(e.text, e.value) for e in tagged] == [("Today", "2010-06-15"), ("Today", "2010-06-15")]
    got = _values("Oil Slick Expected to Reach the Florida Coast Today\n", "2010-06-15")
    assert got["Today"] == "2010-06-15"


def test_effective_date_is_the_nearer_occurrence() -> None:
    # published 26 October: a change announced with a date it takes effect, told in the past, is the coming
    # 1 February (three months on), not the one nine months back
    got = _values("The bank raised its mortgage rate to 9.5%, effective Feb. 1, its chairman said.", "1989-10-26")
    assert got["Feb. 1"] == "1990-02-01"
    # ... but a change already in force (five months back) stays the one gone by
    got = _values("Costs were pushed up by the new pay agreement effective June 1, the company said.", "1989-10-26")
    assert got["June 1"] == "1989-06-01"


def test_effective_date_after_a_future_cue_lies_ahead() -> None:
    got = _values("The new tariff will be effective from 1 June, regulators said.", "1989-10-26")
    assert got["1 June"] == "1990-06-01"


def test_today_after_a_run_in_headline_or_in_capitals_stays_the_day() -> None:
    # a headline run into the first sentence, and a writer's stress in capitals, are no programme's name
    got = _values("Bank shares slide again Today's fall wiped 4% off the index.", "2010-06-02")
    assert got["Today"] == "2010-06-02"
    got = _values("He is going to meet the oil executives TODAY and tell them to pay.", "2010-06-02")
    assert got["TODAY"] == "2010-06-02"


def test_yearless_date_after_a_dated_day_in_its_sentence_takes_that_year() -> None:
    got = _values("The trader was arrested on 5 May 2003 and charged on 7 May, the court heard.", "2005-04-19")
    assert got["7 May"] == "2003-05-07"
    got = _values("In a letter dated November 6 2003, she wrote that on October 24 her brother was shot.", "2005-04-19")
    assert got["October 24"] == "2003-10-24"


def test_yearless_date_after_a_dated_day_crosses_a_new_year_when_near() -> None:
    got = _values("He was detained on 28 December 2003 and released on 3 January, his lawyer said.", "2005-04-19")
    assert got["3 January"] == "2004-01-03"


def test_yearless_date_after_a_recent_dated_day_keeps_the_publication_reading() -> None:
    # a day of the last months gives the publication's year anyway
    got = _values("Talks broke down on 12 March 2005 and resumed on 14 March.", "2005-04-19")
    assert got["14 March"] == "2005-03-14"
