"""Figures, session 20 round 2: hedged partners ("up to 70,000 and even 100,000 barrels a day"), negated
figures, model numbers, figurative forces, "US" before a counted noun, a stray "cents", measured things
(storyline.annotate.figures).  Invented sentences."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def brief(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(f.text, f.value, f.qualifier, f.unit, f.what) for f in figs(text)]


# --------------------------------------------------------------------------- hedged partners


def test_lead_takes_the_unit_and_bound_of_its_partner() -> None:
    assert brief("Engineers said the pipe might spill up to 30,000 and even 45,000 gallons a day.") == [
        ("up to 30,000", 30000.0, "up_to", "gal/d", "flow"),
        ("45,000 gallons a day", 45000.0, "up_to", "gal/d", "flow"),
    ]


def test_lead_of_persons_takes_the_event() -> None:
    assert brief("The storm killed 12 or perhaps 15 villagers.") == [
        ("12", 12.0, "exact", "people", "killed"),
        ("15", 15.0, "exact", "people", "killed"),
    ]


def test_volume_after_a_flow_is_the_same_flow() -> None:
    got = brief("The agency put the leak at 8,000 barrels a day, and possibly as much as 11,000 barrels, last week.")
    assert [(t, u) for t, _v, _q, u, _w in got] == [
        ("8,000 barrels a day", "bbl/d"),
        ("as much as 11,000 barrels", "bbl/d"),
    ]


def test_bare_number_after_a_flow_shares_it() -> None:
    got = brief("Estimates grew from 2,000 barrels a day to 9,000 by the end of the month.")
    assert got[-1] == ("9,000", 9000.0, "exact", "bbl/d", "flow")


def test_change_to_a_level_is_no_partner() -> None:
    got = brief("The index slid 2.4 percent to 5123.5 on Monday.")
    assert [t for t, *_ in got] == ["2.4 percent"]


# --------------------------------------------------------------------------- negation


@pytest.mark.parametrize(
    "text",
    [
        "The adviser said she was not predicting 3 million deaths this winter.",
        "The governor did not say 400 people had died.",
        "There will not be 50,000 deaths this year.",
        "It is not 7,000 barrels a day.",
        "I do not expect 9% unemployment.",
    ],
)
def test_negated_figures_are_dropped(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The budget did not include $60 million for the bridge.", 60_000_000.0),
        ("The council was criticised for not evacuating 300 residents.", 300.0),
        ("Not more than 40 people attended.", 40.0),
        ("The flood drowned 20 if not 25 farmers.", 20.0),
    ],
)
def test_figures_the_negation_does_not_reach_are_kept(text: str, value: float) -> None:
    assert figs(text)[0].value == value


# --------------------------------------------------------------------------- names, models, forces


@pytest.mark.parametrize(
    "text",
    [
        "The jets dropped mark 84 bombs on the depot.",
        "The navy launched two type 26 frigates.",
        "Two unruly forces shape every harvest.",
        "Gravity and the three other fundamental forces were discussed.",
        "The carrier will retire its older 747 jets.",
        "A rescue for the troubled Big Four was rejected.",
    ],
)
def test_names_and_figurative_counts(text: str) -> None:
    assert [f.value for f in figs(text) if f.value in (84, 26, 2, 3, 747, 4) and f.unit != "frigates"] == []


def test_model_inside_counted_phrase() -> None:
    assert brief("The airline took options on 30 further 777 jets.") == [("30", 30.0, "exact", "jets", "aircraft")]


def test_large_forces_are_troops() -> None:
    assert brief("About 6,000 government forces were sent.")[0][4] == "troops"


def test_us_before_a_counted_noun() -> None:
    assert brief("Some 2,500 US troops remain.")[0][3:] == ("people", "troops")
    assert brief("There were 40m US pigs in 1970.")[0][:2] == ("40m", 40_000_000.0)


# --------------------------------------------------------------------------- money, metres


def test_stray_cents_after_money_is_not_swallowed() -> None:
    f = figs("The tally hits $3.4 bn cents Next story.")[0]
    assert (f.text, f.value, f.unit) == ("$3.4 bn", 3_400_000_000.0, "usd")


def test_cents_still_read_after_a_bare_number() -> None:
    f = figs("Fuel rose 7 cents a gallon.")[0]
    assert (f.value, f.unit) == (0.07, "usd/gal")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Swells of up to 4m hit the harbour.", 4.0),
        ("Crews towed a 200m floating boom into place.", 200.0),
        ("Police set up a 400m exclusion zone.", 400.0),
    ],
)
def test_metres_of_measured_things(text: str, value: float) -> None:
    f = figs(text)[0]
    assert (f.value, f.unit) == (value, "m")


def test_money_noun_after_m_stays_unknown() -> None:
    assert figs("The firm agreed a 120m merger.") == []


def test_us_cents_are_money() -> None:
    f = figs("Traders paid 10 to 30 US cents a barrel in kickbacks.")[0]
    assert (f.value, f.value_max, f.unit) == (0.1, 0.3, "usd/bbl")


def test_capitalised_count_in_run_on_copy_is_kept() -> None:
    assert brief("She flew back from Peru Three nurses are being tested.")[0][:2] == ("Three", 3.0)


def test_capitalised_order_word_after_a_name_is_kept() -> None:
    assert brief("Aid to quake-hit Peru Thousands of survivors still wait.")[0][:1] == ("Thousands",)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Cafe, Quay Street, Fowey, 01726 833190 Jo Brown's crab sandwiches are famous.",
        "Call the bureau on +33 1 4567 8910 for tickets.",
    ],
)
def test_phone_numbers_are_no_counts(text: str) -> None:
    assert figs(text) == []
