"""Session 29: counts told as later in a clause told in the present are now; participles negated by "un-" are no
past verbs."""

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

_TAGGER = TimeTagger()


def _values(text: str, pub: str = "2010-06-26") -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.value) for e in _TAGGER.tag(text, PublishedDate(value=pub))}


def test_fronted_decades_later_before_a_verb_of_mind_is_now() -> None:
    got = _values("The inspectors had seen many floods before. Two decades later, they agree the levee was too low.")
    assert got["Two decades later"] == ("DATE", "PRESENT_REF")


def test_fronted_count_before_a_present_clause_is_now_not_the_year_counted() -> None:
    # (1985 and two decades is 2005: the clause tells of the report's time, 2010)
    got = _values("The tanker ran aground in March 1985. Two decades later, there are still pools of tar on the beach.")
    assert got["Two decades later"] == ("DATE", "PRESENT_REF")


def test_fronted_count_told_in_the_past_still_counts_from_the_year() -> None:
    got = _values("The tanker ran aground in March 1985. Two decades later, the beach was finally declared clean.")
    assert got["Two decades later"] == ("DATE", "2005")


def test_count_landing_on_the_report_year_keeps_the_year() -> None:
    got = _values("The tanker ran aground in 1990. Twenty years later, the beach is still closed.")
    assert got["Twenty years later"] == ("DATE", "2010")


def test_count_closing_a_present_clause_is_read_as_the_fronted_one() -> None:
    fronted = _values("The tanker ran aground in 1985. Twenty years later, the beach is still closed.")
    closing = _values("The tanker ran aground in 1985. The beach is still closed 20 years later.")
    assert fronted["Twenty years later"] == closing["20 years later"] == ("DATE", "PRESENT_REF")
    past = _values("The tanker ran aground in 1985. The beach was reopened 20 years later.")
    assert past["20 years later"] == ("DATE", "2005")


def test_count_after_a_dash_heads_its_clause() -> None:
    got = _values(
        '"It takes years," she said. "You could compare it with the 1985 grounding -- 20 years later, the final bill '
        'is unknown."'
    )
    assert got["20 years later"] == ("DATE", "PRESENT_REF")


def test_count_after_but_even_with_a_negated_perfect_is_now() -> None:
    got = _values("The tanker ran aground in 1985. But even 20 years later, the otters haven't returned.")
    assert got["20 years later"] == ("DATE", "PRESENT_REF")


def test_historic_present_narrative_is_not_now() -> None:
    got = _values("1983: Dr Lee graduates from medical school. Two decades later, he is a surgeon in Denver.")
    assert got["Two decades later"] == ("DATE", "2003")


def test_undated_count_before_a_verb_of_action_in_the_present_stays_undated() -> None:
    got = _values("Dr Lee graduated from medical school. Two years later, he opens a clinic in Denver.")
    assert got["Two years later"] == ("DATE", None)


def test_un_participle_is_no_past_verb() -> None:
    # ("unplugged" would have made the clause past, and the count undated)
    got = _values(
        "Engineers failed to stop the leak in the first week. A month later, and with the well still unplugged, "
        "the governor is being pressed to act.",
        pub="2010-05-26",
    )
    assert got["A month later"] == ("DATE", "PRESENT_REF")


def test_un_adjective_does_not_make_a_plan_past() -> None:
    # "still unspecified" tells a state: "would be paid" looks ahead, to the next January
    got = _values("The special dividend would be paid on a still unspecified date in January.", pub="2010-10-26")
    assert got["January"] == ("DATE", "2011-01")


def test_un_verb_that_undoes_an_act_is_still_past() -> None:
    got = _values("The minister unveiled the plan in January.", pub="2010-10-26")
    assert got["January"] == ("DATE", "2010-01")


def test_date_naming_a_happening_is_the_one_gone_by() -> None:
    # a December report: the April before, not the April to come
    got = _values("Regulators faulted the crew for the weeks leading up to the 20 April explosion.", pub="2010-12-15")
    assert got["the 20 April"] == ("DATE", "2010-04-20")
    got = _values("The lawsuit followed the March 3 refinery blast in Texas.", pub="2011-01-31")
    assert got["March 3"] == ("DATE", "2010-03-03")


def test_month_naming_happenings_before_a_future_verb_is_the_one_gone_by() -> None:
    got = _values("Two September shocks will shape the mayor's final year in office.", pub="2008-10-05")
    assert got["September"] == ("DATE", "2008-09")


def test_date_naming_a_scheduled_event_is_still_ahead() -> None:
    got = _values("The 8 April concert at the arena was announced on Monday.", pub="2010-12-15")
    assert got["The 8 April"] == ("DATE", "2011-04-08")


def test_fronted_month_takes_the_tense_of_the_clause_after_the_comma() -> None:
    got = _values("In March, his old bank, a small lender in Ohio, was taken over by a rival.", pub="2008-12-13")
    assert got["March"] == ("DATE", "2008-03")
    got = _values("In March, the agency will publish its review of the port.", pub="2008-12-13")
    assert got["March"] == ("DATE", "2009-03")


def test_hopes_of_is_a_noun_not_a_verb_that_looks_ahead() -> None:
    got = _values("By the end of May, the firm's best hopes of sealing the well rested on mud.", pub="2010-11-08")
    assert got["the end of May"] == ("DATE", "2010-05")
