"""Session 29, round 2: "used" with an object is a past verb; a time under a "would" of reported speech follows the
telling when the text dates it; a holiday named in a comparison ("like Christmas") is no day."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.value) for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_used_with_an_object_is_a_past_verb() -> None:
    # told in December: the February before, not the next one
    got = _values("Machinist Carla Ruiz used her staff discount in February to buy a family car.", "2008-12-01")
    assert got["February"] == ("DATE", "2008-02")


def test_used_to_and_be_used_keep_their_readings() -> None:
    got = _values("The new barges will be used in February to skim the oil.", "2008-12-01")
    assert got["February"] == ("DATE", "2009-02")


def test_deadline_under_a_reported_would_follows_the_dated_telling() -> None:
    # told three months back that it would pay by March 15; published on March 19: the March 15 just gone
    got = _values(
        "Officials said the regulator was informed three months ago that the insurer would pay the bonuses by "
        "March 15.",
        "2009-03-19",
    )
    assert got["March 15"] == ("DATE", "2009-03-15")


def test_day_under_a_reported_would_follows_the_dated_telling() -> None:
    got = _values("The insurer told regulators in December that it would pay the bonuses on March 15.", "2009-03-19")
    assert got["March 15"] == ("DATE", "2009-03-15")


def test_month_under_a_reported_would_told_yesterday_lies_ahead() -> None:
    got = _values(
        "The prime minister yesterday announced that he would begin withdrawing the troops in September.", "2005-03-16"
    )
    assert got["September"] == ("DATE", "2005-09")


def test_reported_would_with_an_undated_telling_keeps_the_usual_reading() -> None:
    # the saying is not dated: it may be the report's own, so the tour may lie ahead (no rule of the telling applies)
    got = _values(
        "The actress said her speaking tour in March would use a bus that runs on vegetable oil.", "2005-07-26"
    )
    assert got["March"] == ("DATE", "2006-03")


def test_deadline_under_a_would_with_no_reported_speech_stays_ahead() -> None:
    got = _values("The insurer would pay the bonuses by March 15 under the new plan.", "2009-03-19")
    assert got["March 15"] == ("DATE", "2010-03-15")


def test_holiday_in_a_comparison_is_no_day() -> None:
    got = _values(
        '"The phone lines will be like New Year\'s Eve when service returns," the engineer said.', "2010-01-15"
    )
    assert got["New Year's Eve"] == ("DATE", None)


def test_holiday_named_plainly_keeps_its_day() -> None:
    got = _values("The phone lines were jammed on New Year's Eve, the engineer said.", "2010-01-15")
    assert got["New Year's Eve"] == ("DATE", "2009-12-31")
