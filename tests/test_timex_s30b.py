"""Session 30 (b): a capitalised "Current"/"Now"/"Recent" inside a name is no time; a bare day number before a
second one that names the month ("between 11 and 15 August") opens one expression dated by its first day; a clock
"at 3:15" without a.m./p.m. takes its half of the day from its sentence, else claims only its day."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {e.text: e.value for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_ocean_current_name_is_no_time() -> None:
    got = _values(
        "Forecasters fear the slick will drift into the Gulf Stream and the Loop Current, he said.", "2010-05-20"
    )
    assert "Current" not in got


def test_title_ending_in_now_is_no_time() -> None:
    got = _values("The singer joined the Rebuild Chile Now concert in Santiago on 22 January.", "2010-01-25")
    assert got == {"22 January": "2010-01-22"}


def test_lower_case_and_sentence_opening_words_stay_times() -> None:
    got = _values("Current estimates put the flow at 5,000 barrels. The leak is currently being capped.", "2010-05-20")
    assert got["Current"] == "PRESENT_REF"
    assert got["currently"] == "PRESENT_REF"


def test_fronted_adverb_after_a_caption_stays_a_time() -> None:
    # a photo caption run into the text: "Soon," opens the next sentence, no name
    got = _values("Dr Anna Reed, Leeds University Soon, the laboratory will publish its results.", "2009-05-01")
    assert got["Soon"] == "FUTURE_REF"


def test_headline_in_title_case_keeps_now() -> None:
    got = _values("Flood Waters Now Threaten Riverside Homes\n", "2010-05-20")
    assert got["Now"] == "PRESENT_REF"


def test_day_range_with_month_after_its_end_is_dated_by_its_first_day() -> None:
    got = _values("The new pipeline should be finished between 11 and 15 August, the contractor said.", "2010-08-02")
    assert got == {"11 and 15 August": "2010-08-11"}


def test_dashed_day_range_with_year() -> None:
    got = _values("The survey of 900 voters was carried out on 18-19 May 2010.", "2010-06-10")
    assert got == {"18-19 May 2010": "2010-05-18"}


def test_day_number_after_a_month_name_opens_no_range() -> None:
    got = _values("The chart covers 1 Jan 04-16 Sep 05 in full.", "2005-11-08")
    assert "04-16 Sep" not in " ".join(got)
    assert got.get("16 Sep") is not None


def test_clock_after_a_morning_time_with_a_smaller_hour_is_afternoon() -> None:
    text = "Crews began pumping at 9:40 a.m. EDT on Tuesday and stopped at 2:05 EDT."
    got = _values(text, "2010-08-04")
    assert got["2:05 EDT"] == "2010-08-03T14:05"


def test_clock_in_an_afternoon_sentence_is_afternoon() -> None:
    got = _values("At 4:10 this afternoon, the minister left the building.", "2010-08-04")
    assert got["4:10 this afternoon"] == "2010-08-04T16:10"


def test_clock_without_half_of_day_claims_only_its_day() -> None:
    got = _values("The pump was switched off at 3:15 EDT on Thursday, the company said.", "2010-08-06")
    assert got["3:15 EDT on Thursday"] == "2010-08-05"


def test_clock_tied_to_a_gmt_conversion_keeps_its_hour() -> None:
    got = _values("The committee holds a hearing at 10:00 EDT (1400 GMT) on Tuesday.", "2010-06-07")
    assert (got["10:00 EDT"] or "").endswith("T10:00")
