"""Session 30: a past verb governs a month across a "to" that is a preposition; a plain "will" governs a month
however far off in its clause; a "would" under a past perfect takes the nearer occurrence; "last" + the name of
the month just gone in the same year is the year before's."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {e.text: e.value for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_past_verb_governs_across_a_prepositional_to() -> None:
    # told in October: the December before, not the coming one
    got = _values("The retailer switched from a weekly schedule to a monthly one in December.", "2009-10-20")
    assert got["December"] == "2008-12"


def test_infinitive_to_still_keeps_the_nearer_month() -> None:
    text = "The council agreed after a heated debate to hold a public inquiry into the collapse in December."
    got = _values(text, "2009-10-20")
    assert got["December"] == "2009-12"


def test_plain_will_governs_a_month_far_off_in_its_clause() -> None:
    # told in March: the coming December, though the last one is nearer
    got = _values("The agency will name a new director for the relief mission in December.", "2009-03-04")
    assert got["December"] == "2009-12"


def test_will_with_a_word_that_looks_back_keeps_the_past_month() -> None:
    got = _values("Sales this quarter will be the weakest for the chain since December.", "2009-03-04")
    assert got["December"] == "2008-12"


def test_will_in_a_dated_chronology_entry_is_not_read_from_now() -> None:
    text = "Timeline of the dispute:\nJune 14 - The minister says he will meet union leaders at a summit on June 16.\n"
    got = _values(text, "2010-06-28")
    assert got["June 16"] == "2010-06-16"


def test_would_under_a_past_perfect_takes_the_nearer_occurrence() -> None:
    # published in October: April 20 lies 168 days back and 197 ahead; the frame is a past before the telling
    text = (
        "The auditor said he had read memos suggesting that the firm was anxious about moving the crew to another "
        "site, where its permit would lapse by April 20 unless work began."
    )
    assert _values(text, "2010-10-05")["April 20"] == "2010-04-20"


def test_reported_would_deadline_without_a_past_perfect_lies_ahead() -> None:
    got = _values("The firm said its permit would lapse by April 20 unless work began.", "2010-10-05")
    assert got["April 20"] == "2011-04-20"


def test_last_and_the_month_just_gone_is_the_year_befores() -> None:
    got = _values("Voters went to the polls last February after years of army rule.", "2009-03-14")
    assert got["last February"] == "2008-02"


def test_this_past_and_the_last_keep_the_month_just_gone() -> None:
    assert _values("Prices rose sharply this past February.", "2009-03-14")["this past February"] == "2009-02"
    got = _values("In the last February sale, shoppers queued for hours.", "2009-03-14")
    assert got.get("February", got.get("last February")) == "2009-02"


def test_last_december_in_january_is_the_one_just_gone() -> None:
    got = _values("The plant closed last December after a fire.", "2009-01-10")
    assert got["last December"] == "2008-12"


def test_a_count_of_hundreds_or_thousands_is_read_whole() -> None:
    assert _values("The guild has kept its craft for two thousand years.", "2009-05-01")["two thousand years"] == (
        "P2000Y"
    )
    assert _values("The abbey was built three hundred years ago.", "2009-05-01")["three hundred years ago"] == "1709"
    assert _values("The siege lasted twenty-five hundred days.", "2009-05-01")["twenty-five hundred days"] == "P2500D"


def test_a_bare_hundred_after_another_or_first_stays_a_hundred() -> None:
    assert _values("The leak could go on for another hundred years.", "2010-07-15")["hundred years"] == "P100Y"
    assert _values("He will use his first hundred days to act.", "2008-10-26")["his first hundred days"] == "P100D"


def test_bare_verb_after_a_compound_subject_is_a_scheduled_present() -> None:
    # published on a Friday: the coming Monday, as "the ministers meet Monday" would be
    text = "He and Foreign Minister Ana Silva meet separately Monday with the envoy."
    assert _values(text, "2009-05-01")["Monday"] == "2009-05-04"


def test_past_verb_after_a_compound_subject_keeps_the_day_gone() -> None:
    text = "He and Foreign Minister Ana Silva met separately Monday with the envoy."
    assert _values(text, "2009-05-01")["Monday"] == "2009-04-27"
