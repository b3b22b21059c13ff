"""Session 28: counts told with "on", "afterwards", "after that"; where a count of days or months counts from."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str = "2010-06-26") -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.value) for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_years_on_told_in_the_present_is_now() -> None:
    got = _values("The refinery closed in 1987. Forty years on, the town is still waiting for new work.")
    assert got["Forty years on"] == ("DATE", "PRESENT_REF")


def test_years_on_with_a_perfect_is_now() -> None:
    assert _values("Thirty years on, the band have sold millions of records.")["Thirty years on"] == (
        "DATE",
        "PRESENT_REF",
    )


def test_years_on_in_a_past_telling_counts_from_the_year_named() -> None:
    got = _values("The mine closed in 1990. Five years on, the town was rebuilt by its residents.")
    assert got["Five years on"] == ("DATE", "1995")


def test_years_on_in_a_past_telling_without_a_year_is_undated() -> None:
    assert _values("Five years on, the town was rebuilt by its residents.")["Five years on"] == ("DATE", None)


def test_years_on_from_a_dated_event() -> None:
    got = _values("Six years on from the 2004 flood, the valley is home to new farms.")
    assert got["Six years on"] == ("DATE", "2010")


def test_year_on_from_an_undated_event_told_in_the_past_is_undated() -> None:
    got = _values("A year on from the mayor's death, wreaths were laid outside the town hall.")
    assert got["A year on"] == ("DATE", None)


def test_on_after_a_span_is_no_offset() -> None:
    got = _values("She served for five years on the board of the port authority.")
    assert got["five years"] == ("DURATION", "P5Y")
    got = _values("Rig crews work 14 days on, 14 days off.")
    assert "14 days on" not in got


def test_days_afterwards_counts_from_the_date_named() -> None:
    got = _values("The plant opened on 3 March. Two days afterwards, the ministry said it would appeal.")
    assert got["Two days afterwards"] == ("DATE", "2010-03-05")


def test_after_that_before_a_noun_is_no_offset() -> None:
    got = _values("The talks collapsed on 3 March. It was eight months after that low point that a deal came.")
    assert "eight months after that" not in got


def test_count_after_another_count_counts_from_it() -> None:
    got = _values(
        "The deal was signed on 11 June. A day later, the firm bought 30 units. Two days after that, it sold them."
    )
    assert got["A day later"] == ("DATE", "2010-06-12")
    assert got["Two days after that"] == ("DATE", "2010-06-14")  # from the count before it, not from 11 June


def test_days_later_far_from_the_date_named_is_undated() -> None:
    filler = " ".join(f"Officials gave update number {i} to reporters." for i in range(12))
    got = _values(
        f"The blast on 20 April killed 11 workers. {filler} Two days later, the chief executive went sailing."
    )
    assert got["Two days later"] == ("DATE", None)
    got = _values("The blast on 20 April killed 11 workers. Two days later, the chief executive went sailing.")
    assert got["Two days later"] == ("DATE", "2010-04-22")


def test_day_earlier_counted_past_publication_is_undated() -> None:
    got = _values(
        "The firm will try again on Wednesday. The admiral seemed to disagree with the minister's threat a day earlier.",
        pub="2010-05-24",
    )
    assert got["a day earlier"] == ("DATE", None)
