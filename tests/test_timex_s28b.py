"""Session 28, round 2: a chain of counts goes on from the last dated count; "on from" an event whose phrase writes
its day counts from that day."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str = "2011-08-20") -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.value) for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_second_count_goes_on_from_the_first() -> None:
    got = _values(
        "The ceasefire was signed on June 11. A day later, the rebels pulled back from the port. "
        "Two days after that, the border crossing reopened."
    )
    assert got["A day later"] == ("DATE", "2011-06-12")
    assert got["Two days after that"] == ("DATE", "2011-06-14")


def test_a_chain_of_three_counts() -> None:
    got = _values(
        "The strike began on March 3. Two days later, the port closed. Three days later, the talks collapsed. "
        "A week later, troops were sent in."
    )
    assert got["Two days later"] == ("DATE", "2011-03-05")
    assert got["Three days later"] == ("DATE", "2011-03-08")
    assert got["A week later"] == ("DATE", "2011-W11")


def test_an_undated_count_between_breaks_the_chain() -> None:
    got = _values(
        "The ceasefire was signed on June 11. Weeks later, the rebels pulled back from the port. "
        "Two days after that, the border crossing reopened."
    )
    assert got["Two days after that"] == ("DATE", None)


def test_a_count_of_months_gives_no_day_to_count_days_from() -> None:
    got = _values(
        "The ceasefire was signed on June 11. A month later, the rebels pulled back from the port. "
        "Two days later, the border crossing reopened."
    )
    assert got["A month later"] == ("DATE", "2011-07")
    assert got["Two days later"] == ("DATE", None)


def test_a_count_told_as_earlier_does_not_go_on_from_a_later_one() -> None:
    got = _values(
        "Shops shut on Friday, April 22. A day later, masks ran short. Residents avoided neighbours who a day "
        "earlier would have shaken their hands."
    )
    assert got["A day later"] == ("DATE", "2011-04-23")
    assert got["a day earlier"] == ("DATE", None)


def test_a_year_named_after_the_first_count_breaks_the_chain() -> None:
    got = _values(
        "The ceasefire was signed on June 11. A day later, the rebels pulled back. In 2009 the border had closed. "
        "Two days later, the crossing reopened."
    )
    assert got["Two days later"] == ("DATE", None)


def test_weeks_on_from_an_event_with_its_day() -> None:
    got = _values(
        "The new tape surfaced on a Thursday, exactly four weeks on from the Thursday July 7 bombings in the city."
    )
    assert got["four weeks on"] == ("DATE", "2011-W31")


def test_days_on_from_an_event_with_its_day() -> None:
    got = _values("Ten days on from the June 30 landslide, rescuers were still digging through the mud.")
    assert got["Ten days on"] == ("DATE", "2011-07-10")


def test_a_year_on_from_an_event_with_its_day_and_no_year_is_not_counted_from_that_day() -> None:
    # (the tagger reads "July 22" as the nearest one, the 2012 one, not the one a year back)
    got = _values("A year on from the July 22 floods, the valley was still rebuilding its bridges.", pub="2012-07-25")
    assert got["A year on"] == ("DATE", None)


def test_on_from_a_phrase_that_runs_into_a_clause_keeps_no_day() -> None:
    got = _values("A week on from the blast police said on Monday that two men had been held.")
    assert got["A week on"] == ("DATE", None)
    assert got["Monday"] == ("DATE", "2011-08-15")


def test_on_from_an_event_dated_in_brackets_is_no_count_from_that_day() -> None:
    # (a date in brackets after the phrase is the programme's, not the event's)
    got = _values("A year on from the collapse of the bank (7 September), former staff look back.")
    assert got["A year on"] == ("DATE", "PRESENT_REF")


def test_fronted_later_count_told_in_a_present_state_is_now() -> None:
    got = _values(
        "Villagers asked the council for help and heard nothing. Six weeks later, the families are still living in tents."
    )
    assert got["Six weeks later"] == ("DATE", "PRESENT_REF")


def test_fronted_later_count_told_in_the_past_stays_undated() -> None:
    got = _values("Villagers asked the council for help. Six weeks later, the families moved into new homes.")
    assert got["Six weeks later"] == ("DATE", None)


def test_later_count_not_opening_its_sentence_stays_undated() -> None:
    got = _values("Villagers asked the council for help, and six weeks later the families are in new homes.")
    assert got["six weeks later"] == ("DATE", None)


def test_fronted_later_count_with_a_year_in_its_clause_is_not_now() -> None:
    got = _values("The first broadcast was sombre. Ten years later, the 1955 programme is brief and proud.")
    assert got["Ten years later"] == ("DATE", None)


def test_a_chain_of_month_counts() -> None:
    got = _values("The strike began in March. A month later, the port closed. Two months later, the talks collapsed.")
    assert got["A month later"] == ("DATE", "2011-04")
    assert got["Two months later"] == ("DATE", "2011-06")
