"""Dates of figures (session 28): irregular participles of a running total, the historic present of a
chronology's entries, and a noun's possessive "'s" that is no present tense."""

from __future__ import annotations

from helpers import day_heads, figure_as_of, written_figure
from storyline.annotate.timex_lexicon import IRREGULAR_PAST_PARTICIPLES, PARTICIPLES_IRREGULAR
from storyline.records import PublishedDate, TimeExpression

PUB = PublishedDate(value="2021-08-30", precision="day")

_fig = written_figure


def _as_of(text: str, written: str, times: list[TimeExpression] | None = None) -> str | None:
    return figure_as_of(text, written, PUB, times)


_days = day_heads


# ----------------------------------------------------------------- irregular participles of a running total


def test_the_participle_lexicon_holds_the_irregular_forms() -> None:
    for w in ("taken", "given", "driven", "rebuilt", "spent", "withdrawn", "undergone", "come", "been", "won"):
        assert w in IRREGULAR_PAST_PARTICIPLES
    assert PARTICIPLES_IRREGULAR <= IRREGULAR_PAST_PARTICIPLES
    for w in ("often", "even", "children", "seven", "between", "garden"):
        assert w not in IRREGULAR_PAST_PARTICIPLES


def test_a_rebuilt_total_since_a_past_event_is_of_the_report() -> None:
    t = "The council has rebuilt 140 homes since the river burst its banks last winter."
    assert _fig(t, "140").as_of == "PRESENT_REF"
    assert _as_of(t, "140") == "2021-08-30"


def test_participles_not_in_en_or_ed_make_a_running_total() -> None:
    t = "The army has withdrawn 2,000 troops since the truce was signed last month."
    assert _as_of(t, "2,000") == "2021-08-30"
    t = "About 600 patients have undergone surgery since the ward opened two years ago."
    assert _as_of(t, "About 600") == "2021-08-30"


def test_an_adverb_in_en_after_have_is_no_participle() -> None:
    t = "Ferries have often carried 900 passengers a day since the bridge closed last year."
    assert _fig(t, "900").as_of is None


def test_the_past_perfect_is_not_of_the_report() -> None:
    t = "By then the skimmers had collected 15,000 barrels since the boom was laid last week."
    assert _fig(t, "15,000 barrels").as_of is None
    assert _as_of(t, "15,000 barrels") is None


# ----------------------------------------------------------------- chronology entries in the historic present

_CHRONOLOGY = (
    "Key events in the dam failure:\n"
    "March 2 - The reservoir overflows after a week of rain.\n"
    "March 9 - Engineers open the spillway. The pumps are removing 40,000 cubic metres a day.\n"
    "March 15 - The ministry says repairs are under way.\n"
    "\n"
    "Officials say 3,000 residents remain in shelters."
)


def _chronology_times() -> list[TimeExpression]:
    return _days(_CHRONOLOGY, ("March 2", "2021-03-02"), ("March 9", "2021-03-09"), ("March 15", "2021-03-15"))


def test_a_later_sentence_of_an_entry_is_not_dated_by_the_report() -> None:
    times = _chronology_times()
    assert _fig(_CHRONOLOGY, "40,000 cubic metres a day", times).as_of is None
    assert _as_of(_CHRONOLOGY, "40,000 cubic metres a day", times) is None  # not the publication day


def test_a_present_figure_after_the_chronology_keeps_the_report_date() -> None:
    times = _chronology_times()
    assert _fig(_CHRONOLOGY, "3,000", times).as_of == "PRESENT_REF"
    assert _as_of(_CHRONOLOGY, "3,000", times) == "2021-08-30"


def test_a_single_dated_line_is_no_chronology() -> None:
    t = "March 9 - Engineers open the spillway. The pumps are removing 40,000 cubic metres a day."
    times = _days(t, ("March 9", "2021-03-09"))
    assert _fig(t, "40,000 cubic metres a day", times).as_of == "PRESENT_REF"


def test_the_sentence_an_entry_opens_is_dated_by_its_day() -> None:
    t = "March 2 - The reservoir holds 8 million cubic metres.\nMarch 9 - Engineers open the spillway."
    times = _days(t, ("March 2", "2021-03-02"), ("March 9", "2021-03-09"))
    assert _as_of(t, "8 million cubic metres", times) == "2021-03-02"


# ----------------------------------------------------------------- a noun's "'s" is no present tense


def test_a_past_clause_with_a_possessive_is_not_of_the_report() -> None:
    t = "The insurer's shares rose 6% after the ruling."
    assert _fig(t, "6%").as_of is None
    t = "Rescuers said at least 14 people died when the ministry's offices and two schools collapsed."
    assert _fig(t, "two").as_of is None


def test_a_present_clause_with_a_possessive_stays_of_the_report() -> None:
    t = "The delta's marshes hold some 40% of the region's wetlands."
    assert _fig(t, "some 40%").as_of == "PRESENT_REF"


def test_a_participle_as_an_adjective_is_no_past_verb() -> None:
    t = "Engineers doubt the operator's widely quoted figure of 5,000 tonnes a day."
    assert _fig(t, "5,000 tonnes a day").as_of == "PRESENT_REF"


def test_a_past_verb_in_a_since_clause_leaves_the_main_clause_present() -> None:
    t = "A 40% fall in the insurer's value since the storm struck leaves it exposed."
    assert _fig(t, "40%").as_of == "PRESENT_REF"


def test_that_s_at_a_clause_start_is_the_verb() -> None:
    t = "At $80 a barrel, that's $12 million lost to the sea."
    assert _fig(t, "$12 million").as_of == "PRESENT_REF"


def test_a_fronted_since_clause_leaves_the_past_after_its_comma() -> None:
    t = "Since the storm struck, the insurer's shares fell 12%."
    assert _fig(t, "12%").as_of is None
