"""Figures, session 21: adverbs before a participle, a change and its level after hedged amounts, the agent of
a transitive event verb, joint actors, money ranges joined by a hyphen and volumes said per period across a
comma-set conversion or before "of" (storyline.annotate.figures).  Invented sentences."""

from __future__ import annotations

import re

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure, Mention


def figs(text: str, mentions: list[Mention] | None = None) -> list[Figure]:
    return extract_figures(text, split(text), "a", mentions or [], [])


def brief(text: str) -> list[tuple[str, float, float | None, str, str | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.qualifier, f.unit, f.what) for f in figs(text)]


def mention(text: str, phrase: str, label: str) -> Mention:
    start = re.search(re.escape(phrase), text)
    assert start is not None
    return Mention(article="a", sentence=0, start=start.start(), end=start.end(), text=phrase, label=label)


# --------------------------------------------------------------------------- adverbs


def test_adverb_before_a_participle_is_no_unit() -> None:
    got = brief("The carrier scrapped 30 previously ordered Airbus A330s in March.")
    assert got == [("30", 30.0, None, "exact", "Airbus A330s", "aircraft")]


def test_adverb_before_a_participle_leaves_the_plural_noun_counted() -> None:
    assert [f.unit for f in figs("Inspectors found 45 recently repaired bridges.")] == ["bridges"]
    assert [f.unit for f in figs("Villagers counted 18 badly damaged tractors.")] == ["tractors"]


# --------------------------------------------------------------------------- a change and its level


def test_hedged_change_then_level_is_the_level_only() -> None:
    assert brief("The stock dropped by as much as 14p to 512.5p on Tuesday.") == [
        ("512.5p", 5.125, None, "exact", "gbp", "money")
    ]
    assert brief("Its shares slumped by more than 9p to 310p.") == [("310p", 3.1, None, "exact", "gbp", "money")]


def test_bare_change_then_level_of_a_count() -> None:
    got = brief("The number of confirmed cases climbed 11 to 240 overnight.")
    assert [(v, vm) for _t, v, vm, *_ in got] == [(240.0, None)]


def test_close_ends_after_a_change_verb_stay_a_range() -> None:
    got = brief("Prices fell 4 to 6 percent last month.")
    assert got == [("4 to 6 percent", 4.0, 6.0, "range", "percent", "percent")]


# --------------------------------------------------------------------------- agent of an event verb


def test_number_before_the_subject_of_an_active_kill_verb_is_not_the_toll() -> None:
    got = brief("Four roadside bombs killed 19 soldiers on the highway.")
    assert ("19", 19.0, None, "exact", "people", "killed") in got
    assert all(not (v == 4.0 and what == "killed") for _t, v, _vm, _q, _u, what in got)


def test_hedged_object_of_an_active_verb() -> None:
    got = brief("Two shells wounded at least 11 villagers.")
    assert [(v, what) for _t, v, _vm, _q, _u, what in got if what == "wounded"] == [(11.0, "wounded")]


def test_passive_and_intransitive_event_words_still_count_their_subject() -> None:
    assert brief("At least 8 miners were killed on Friday.")[0][5] == "killed"
    assert brief("Some 25 refugees died the same night.")[0][5] == "killed"
    assert brief("Nine workers killed in the explosion were named.")[0][5] == "killed"


# --------------------------------------------------------------------------- joint actors


def test_joint_count_is_no_single_actors() -> None:
    text = "About 60,000 French and Belgian troops crossed the border."
    found = figs(text, [mention(text, "French", "NORP"), mention(text, "Belgian", "NORP")])
    assert [(f.value, f.what, f.about) for f in found] == [(60000.0, "troops", None)]


def test_joint_acronyms_are_no_single_actor() -> None:
    text = "The alliance said 9,000 ABC and XYZ fighters were massing."
    found = figs(text, [mention(text, "ABC", "ORG"), mention(text, "XYZ", "ORG")])
    assert [f.about for f in found] == [None]


def test_single_actor_is_kept() -> None:
    text = "Up to 3,000 XYZ fighters remain in the town."
    found = figs(text, [mention(text, "XYZ", "ORG")])
    assert [f.about for f in found] == ["XYZ"]


# --------------------------------------------------------------------------- periods after ranges and volumes


def test_hyphened_money_range_takes_its_period() -> None:
    assert brief("The operation is costing $3m-$4m a day.") == [
        ("$3m-$4m a day", 3000000.0, 4000000.0, "range", "usd/d", "money")
    ]


def test_volume_and_its_comma_set_conversion_take_the_period_after() -> None:
    got = brief("Engineers said some 7,000 barrels, or 294,000 gallons, a day of crude were escaping.")
    assert [(v, u, what) for _t, v, _vm, _q, u, what in got] == [
        (7000.0, "bbl/d", "flow"),
        (294000.0, "gal/d", "flow"),
    ]


def test_a_day_after_that_is_a_time_makes_no_flow() -> None:
    got = brief("The tanker lost 7,000 barrels, or 294,000 gallons, a day after the collision.")
    assert [u for *_r, u, _w in got] == ["bbl", "gal"]


def test_volume_named_daily_before_it_is_a_flow() -> None:
    got = brief("That is half of the estimated daily leak of 8,000 barrels from the pipe.")
    assert [(v, u, what) for _t, v, _vm, _q, u, what in got] == [(8000.0, "bbl/d", "flow")]


def test_joint_fighters_of_a_force_named_before_stay_that_forces() -> None:
    text = "The Northern Alliance Front is a coalition of about 20,000 Lurian and Vostian fighters."
    found = figs(
        text,
        [
            mention(text, "Northern Alliance Front", "ORG"),
            mention(text, "Lurian", "NORP"),
            mention(text, "Vostian", "NORP"),
        ],
    )
    assert [(f.value, f.what, f.about) for f in found] == [(20000.0, "fighters", "Northern Alliance Front")]


def test_conversion_after_a_flow_is_the_flow_with_its_bound() -> None:
    got = brief("The pump has been moving more than 2,000 barrels a day, or 84,000 gallons, since March.")
    assert [(v, q, u) for _t, v, _vm, q, u, _w in got] == [
        (2000.0, "more_than", "bbl/d"),
        (84000.0, "more_than", "gal/d"),
    ]


def test_conversion_after_a_flow_said_as_a_total_stays_a_volume() -> None:
    got = brief("The pipe lost 2,000 barrels a day, or 84,000 gallons in total over the winter.")
    assert [u for *_r, u, _w in got] == ["bbl/d", "gal"]


def test_volume_with_a_converted_equivalent_then_a_flow_takes_its_period() -> None:
    got = brief("Planners braced for 90,000 barrels, or more than 3 million gallons per day.")
    assert [u for *_r, u, _w in got] == ["bbl/d", "gal/d"]


def test_period_after_a_bracketed_conversion_and_a_comma() -> None:
    got = brief("Some think the leak is as much as 9,000 barrels (378,000 gallons), per day.")
    assert [(v, u) for _t, v, _vm, _q, u, _w in got] == [(9000.0, "bbl/d")]


def test_daily_noun_with_a_few_words_before_to() -> None:
    got = brief("New pumps could lift daily recovery to 6,500 barrels, engineers said.")
    assert [(v, u, what) for _t, v, _vm, _q, u, what in got] == [(6500.0, "bbl/d", "flow")]
