"""Figures, session 22: level words ("landmark", "threshold") are no units, rank phrases ("top 10", "the 10
biggest") are no counts, a coordinated modifier ("house and Senate committees") is no head, "a day earlier" is
no period, a spaced "m" before a unit or counted noun is million, "$75m plus costs" is no bound and a number
after "dead and" is another category (storyline.annotate.figures).  Invented sentences."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def brief(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(f.text, f.value, f.qualifier, f.unit, f.what) for f in figs(text)]


# --------------------------------------------------------------------------- levels (milestones)


def test_milestone_after_a_toll_counts_the_dead() -> None:
    out = brief("The county's toll from the storm passed the sad 500 milestone on Tuesday.")
    assert [(f[1], f[3], f[4]) for f in out] == [(500.0, "people", "killed")]


def test_threshold_after_the_number_of_counts_that_noun() -> None:
    out = brief("The number of reported infections crossed the 1,000 threshold last week.")
    assert [(f[1], f[4]) for f in out] == [(1000.0, "infected")]


def test_level_with_nothing_counted_is_no_figure() -> None:
    assert figs("The share index closed above the 10,000 barrier on Friday.") == []
    assert all(f.unit not in ("landmark", "landmarks") for f in figs("The city reached the 3,000 landmark."))


def test_landmark_as_a_modifier_is_kept() -> None:
    assert [(f.value, f.unit) for f in figs("The band played 12 landmark concerts in the city.")] == [
        (12.0, "concerts")
    ]


# --------------------------------------------------------------------------- ranks


def test_top_n_after_a_determiner_is_a_rank() -> None:
    assert figs("It is one of the country's top 20 exporters of grain.") == []
    assert figs("The firm dropped out of the top 100 companies in the index.") == []


def test_top_as_a_verb_keeps_the_figure() -> None:
    out = brief("Exports could top 5,000 tonnes this year.")
    assert [(f[1], f[3]) for f in out] == [(5000.0, "t")]


def test_top_n_percent_is_a_share() -> None:
    assert [(f.value, f.unit) for f in figs("The top 5 percent of earners pay half the tax.")] == [(5.0, "percent")]


def test_the_n_superlative_is_a_rank_but_not_a_casualty_phrase() -> None:
    assert figs("The 10 biggest lenders hold most of the deposits.") == []
    assert figs("Regulators named the 12 largest insurers on Monday.") == []


# --------------------------------------------------------------------------- coordinated modifiers


def test_coordinated_modifier_counts_the_head_noun() -> None:
    out = figs("At least 15 house and Senate committees have held hearings.")
    assert [(f.value, f.qualifier, f.unit) for f in out] == [(15.0, "at_least", "committees")]


def test_persons_are_not_joined_to_things() -> None:
    out = figs("The blast killed 11 men and sent millions of gallons of fuel into the bay.")
    assert (11.0, "people", "killed") in [(f.value, f.unit, f.what) for f in out]


def test_persons_joined_to_persons() -> None:
    out = figs("Fewer than 300 service men and women have lost their lives in the war.")
    assert [(f.value, f.unit, f.what) for f in out] == [(300.0, "people", "killed")]


# --------------------------------------------------------------------------- periods


def test_a_day_earlier_is_no_period() -> None:
    out = brief("The pipeline carried 40,000 barrels a day earlier, the operator said.")
    assert [(f[1], f[3]) for f in out] == [(40000.0, "bbl")]


def test_a_day_before_an_event_is_still_a_flow() -> None:
    # "X barrels a day before the repair": a rate up to the event, not one day before it
    out = brief("The well was leaking 3,000 barrels a day before the repair.")
    assert [(f[1], f[3]) for f in out] == [(3000.0, "bbl/d")]


# --------------------------------------------------------------------------- spaced "m"


def test_spaced_m_before_a_unit_or_counted_noun_is_million() -> None:
    assert [(f.value, f.unit) for f in figs("Crews have laid 2.25 m ft of boom along the coast.")] == [
        (2250000.0, "ft")
    ]
    assert [f.value for f in figs("The site had 1.4 m page views on Tuesday.")] == [1400000.0]


def test_spaced_m_with_a_measuring_word_is_metres() -> None:
    out = figs("The wall is 3 m thick and the pipe is 1.2 m in diameter.")
    assert [(f.value, f.unit) for f in out] == [(3.0, "m"), (1.2, "m")]


# --------------------------------------------------------------------------- plus, dead and


def test_money_plus_a_noun_is_no_bound() -> None:
    out = brief("The law caps its liability at $75m plus clean-up costs.")
    assert [(f[0], f[2]) for f in out] == [("$75m", "exact")]
    assert [f.qualifier for f in figs("The deal is worth $500m-plus.")] == ["more_than"]


def test_number_after_dead_and_is_another_category() -> None:
    out = figs("Of the birds found, 300 were dead and 120 were coated in oil.")
    assert all(f.value != 120 or f.what != "killed" for f in out)
    assert [(f.value, f.what) for f in figs("The death toll rose to 45 on Monday.")] == [(45.0, "killed")]


# --------------------------------------------------------------------------- pounds: money or weight


def test_pounds_with_money_before_or_a_dollar_conversion_are_sterling() -> None:
    out = figs("The lender posted a loss of 12.5 billion pounds ($19 billion) for the year.")
    assert [(f.value, f.unit, f.what) for f in out][:1] == [(12500000000.0, "gbp", "money")]
    assert [f.unit for f in figs("His shares could be worth several million pounds.")] == ["gbp"]


def test_pounds_of_a_thing_or_weighed_stay_weight() -> None:
    assert [f.unit for f in figs("Boats landed 200 million pounds of shrimp last year.")] == ["lb"]
    assert [f.unit for f in figs("The robots weigh over 9,000 pounds.")] == ["lb"]
