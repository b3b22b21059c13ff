"""Dates of figures (session 28, round 2): a verb of state in the simple present ("employs", "account for",
"amounts to") puts its clause in the present, so its figure is of the report's date; a verb of action in the
present (a headline's or a chronology's), a noun in -s, a past clause, a time to come and the value a change
started from do not."""

from __future__ import annotations

from helpers import figure_as_of, written_figure
from storyline.annotate.timex_lexicon import STATIVE_VERBS
from storyline.records import PublishedDate

PUB = PublishedDate(value="2022-03-14", precision="day")

_fig = written_figure


def _as_of(text: str, written: str) -> str | None:
    return figure_as_of(text, written, PUB)


# ----------------------------------------------------------------- verbs of state in the present


def test_the_stative_lexicon_holds_verbs_of_state_only() -> None:
    for w in ("account", "amount", "employ", "contain", "own", "represent", "comprise", "total"):
        assert w in STATIVE_VERBS
    for w in ("rise", "fall", "kill", "plunge", "approve", "reach", "report", "close"):
        assert w not in STATIVE_VERBS


def test_a_singular_subject_and_a_verb_in_s_date_the_figure_to_the_report() -> None:
    t = "The mill employs 2,300 people across three sites in the valley."
    assert _fig(t, "2,300").as_of == "PRESENT_REF"
    assert _as_of(t, "2,300") == "2022-03-14"


def test_a_verb_in_s_before_a_preposition_and_a_quantity() -> None:
    t = "The county's repair bill to date amounts to some $14m, officials said."
    assert _fig(t, "some $14m").as_of == "PRESENT_REF"


def test_a_plural_subject_and_a_bare_verb() -> None:
    t = "Road accidents account for more than 20 percent of injuries seen at the clinic."
    assert _fig(t, "more than 20 percent").as_of == "PRESENT_REF"
    t = "Small farmers own 60% of the land in the district."
    assert _fig(t, "60%").as_of == "PRESENT_REF"


def test_they_and_a_bare_verb_after_a_colon() -> None:
    t = "The coalition counts 40 member groups: they represent about 15 percent of voters."
    assert _fig(t, "about 15 percent").as_of == "PRESENT_REF"


def test_a_past_verb_of_saying_keeps_the_present() -> None:
    t = "The two ports handle most of the trade and the city's docks contain 12 cranes, the authority said."
    assert _fig(t, "12").as_of == "PRESENT_REF"


# ----------------------------------------------------------------- what stays undated


def test_a_verb_of_action_in_the_present_is_a_headline_not_the_present() -> None:
    assert _fig("The index plunges 640 points as banks slide.", "640").as_of is None
    assert _fig("The senate approves a $90 billion relief bill.", "$90 billion").as_of is None


def test_a_plural_noun_after_a_possessive_is_no_verb() -> None:
    assert _fig("The firm's shares fell 4.2 percent in early trading.", "4.2 percent").as_of is None


def test_a_noun_in_s_before_a_preposition_and_the_is_no_verb() -> None:
    t = "The port's repair costs over the winter knocked 9p off the share price."
    assert _fig(t, "9p").as_of is None


def test_a_stative_verb_in_a_clause_with_a_past_verb_is_not_dated() -> None:
    t = "The relief fund amounts to $40m while donors pledged 12 million euros in the first week."
    assert _fig(t, "$40m").as_of is None


def test_a_participle_after_its_noun_is_no_past_verb_of_the_clause() -> None:
    t = "The depot contains 400 tonnes of grain shipped from the coast."
    assert _fig(t, "400 tonnes").as_of == "PRESENT_REF"
    t = "The bill to date amounts to some $9m, including repairs, wages and claims paid."
    assert _fig(t, "some $9m").as_of == "PRESENT_REF"


def test_a_time_to_come_or_a_condition_is_not_the_present() -> None:
    t = "The county will pay $2m a year until the trust fund amounts to $30m."
    assert _fig(t, "$30m").as_of is None
    t = "If the reservoir contains 90 percent of its capacity, the ban could be lifted."
    assert _fig(t, "90 percent").as_of is None


def test_the_value_a_change_started_from_is_not_the_present() -> None:
    t = "The reserve represents 6 percent of the coast, up from 4 percent."
    assert _fig(t, "6 percent").as_of == "PRESENT_REF"
    assert _fig(t, "4 percent").as_of is None
