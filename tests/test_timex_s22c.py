"""Session 22 (third task) weekday rules: a present verb of a scheduled event ("opens", "starts", "takes place")
puts its weekday ahead; "last Tuesday" said on the Wednesday or Thursday after is the Tuesday of the week before;
a participle after a noun before "as" ("a float decked out as a ship") is no past verb; the clause after a colon
has its own tense; a weekday after "no" or "any" is no date.  All text is invented."""

from __future__ import annotations

from helpers import tagged, tagged_value
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

WEDNESDAY = PublishedDate(value="2013-05-15", precision="day")  # a Wednesday
THURSDAY = PublishedDate(value="2013-05-16", precision="day")  # a Thursday
MONDAY = PublishedDate(value="2013-05-13", precision="day")  # a Monday
SUNDAY = PublishedDate(value="2013-05-19", precision="day")  # a Sunday


def value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate = WEDNESDAY) -> str | None:
    return tagged_value(tagger, text, span, pub)


# ---- a timetable told in the present


def test_scheduled_present_verb_puts_the_weekday_ahead(tagger: TimeTagger) -> None:
    assert value(tagger, "The trade fair opens on Friday in the old harbour.", "Friday") == "2013-05-17"
    assert value(tagger, "The inquiry starts Monday.", "Monday") == "2013-05-20"
    assert value(tagger, "The regatta takes place on Saturday.", "Saturday") == "2013-05-18"
    assert value(tagger, "The former mayor goes on trial on Tuesday.", "Tuesday") == "2013-05-21"


def test_scheduled_verb_reported_in_the_past_still_looks_ahead(tagger: TimeTagger) -> None:
    text = "Organisers said the trade fair opens on Friday."
    assert value(tagger, text, "Friday") == "2013-05-17"


def test_scheduled_verb_in_the_past_keeps_the_day_before(tagger: TimeTagger) -> None:
    assert value(tagger, "The trade fair opened on Friday in the old harbour.", "Friday") == "2013-05-10"


# ---- "last <weekday>"


def test_last_weekday_of_yesterday_is_a_week_before(tagger: TimeTagger) -> None:
    text = "Thousands lost their homes in last Tuesday's flood."
    assert value(tagger, text, "last Tuesday") == "2013-05-07"
    assert value(tagger, "The dam burst last Tuesday.", "last Tuesday", THURSDAY) == "2013-05-07"


def test_last_weekday_of_the_week_before_is_the_day_just_gone(tagger: TimeTagger) -> None:
    assert value(tagger, "The dam burst last Saturday.", "last Saturday", MONDAY) == "2013-05-11"
    assert value(tagger, "The dam burst last Thursday.", "last Thursday", SUNDAY) == "2013-05-16"


# ---- a participle after a noun; a colon


def test_participle_after_a_noun_is_no_past_verb(tagger: TimeTagger) -> None:
    text = "I'll be out there, waving from a float decked out as a ship, for the parade on Saturday night."
    assert value(tagger, text, "Saturday night") == "2013-05-18TNI"


def test_finite_verb_before_as_stays_past(tagger: TimeTagger) -> None:
    assert value(tagger, "He dressed as a pirate on Saturday.", "Saturday") == "2013-05-11"


def test_clause_after_a_colon_has_its_own_tense(tagger: TimeTagger) -> None:
    text = "Here is the crew's first report: the survey began on Monday morning and went on until Tuesday."
    assert value(tagger, text, "Tuesday", THURSDAY) == "2013-05-14"


# ---- a weekday with a quantifier


def test_weekday_after_no_or_any_is_no_date(tagger: TimeTagger) -> None:
    found = tagged(
        tagger, "No Sunday would be complete without a long walk, and any Friday will do for a party.", WEDNESDAY
    )
    assert "Sunday" not in found
    assert "Friday" not in found
