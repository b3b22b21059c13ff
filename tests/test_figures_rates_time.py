"""Figures: counts per period of time, temperatures, exchange rates, thresholds and conditions, thin-space
digit groups, the verb that decides what befell "prisoners" or "hostages" (session 18, round 2)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.annotate.numbers import parse_number
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def rows(text: str) -> list[tuple[float, str | None, str | None, str]]:
    return [(f.value, f.unit, f.what, f.qualifier) for f in figs(text)]


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        ("Roughly 2,000 infants die every day from the fever in the region.", "people/d", "killed"),
        ("About 40 patients a week are admitted with the disease.", "people/wk", "people"),
        ("The clinic treats 300 people daily.", "people/d", "people"),
        ("Every year, the illness kills 80,000 people worldwide.", "people/yr", "killed"),
        ("Each week, dozens of migrants reach the island.", "people/wk", "refugees"),
        ("The plague still kills hundreds of people per year.", "people/yr", "killed"),
    ],
)
def test_count_of_persons_per_period_is_a_rate(text: str, unit: str, what: str) -> None:
    # (session 19: persons per period are carried as rates, "people/<period>", never as a total)
    assert [(f.unit, f.what) for f in figs(text)] == [(unit, what)]


def test_count_of_things_per_period_is_no_figure() -> None:
    assert figs("Some 60 ferries a day cross the strait.") == []


@pytest.mark.parametrize(
    ("text", "value", "what"),
    [
        ("The 40 guests were kept in the hotel for a week.", 40, "people"),
        ("The storm killed 12 people a week after the flood.", 12, "killed"),
        ("Officials said 25 people died, and the rain went on every day.", 25, "killed"),
        ("The floods displaced 3,000 people in about a week.", 3000, "displaced"),
    ],
)
def test_duration_or_date_is_no_rate(text: str, value: float, what: str) -> None:
    assert [(f.value, f.what) for f in figs(text)] == [(value, what)]


def test_volume_per_period_stays_a_flow() -> None:
    assert rows("The well leaks 8,000 barrels or more a day.") == [(8000, "bbl/d", "flow", "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Body temperature is normally 98.6 degrees.",
        "Temperatures of 41\u00b0C were measured in the valley.",
        "It was 38 C in the shade on Sunday.",
        "The gauge read 104 Fahrenheit at noon.",
        "The heat was unbearable, reaching 100 outside.",
        "The mercury hit 45 yesterday.",
    ],
)
def test_temperature_is_no_figure(text: str) -> None:
    assert figs(text) == []


def test_temperature_word_keeps_a_counted_noun() -> None:
    assert [(f.value, f.unit) for f in figs("Heat cameras were set up at 12 stations.")] == [(12, "stations")]


def test_degrees_awarded_are_counted() -> None:
    assert [f.value for f in figs("The university awarded 300 degrees this summer.")] == [300]


@pytest.mark.parametrize(
    "text",
    [
        "(\u00a31 = 11.2 Ruritanian crowns)",
        "($1 = 0.91 euros)",
    ],
)
def test_exchange_rate_is_no_money(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rule covers accidents with 5 or more deaths.",
        "Clusters of 3 cases or more must be reported to the ministry.",
        "Meetings of 20 people or more are banned.",
        "If more than 30 pupils fall ill, the school will close.",
        "The school will close if 30 pupils fall ill.",
        "Firms face a ban if more than 4 workers are killed on their sites.",
    ],
)
def test_threshold_or_condition_is_no_count(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The lab ran the results of more than 400 tests.", 400, "more_than"),
        ("The mayor asked the army if it could send 900 soldiers.", 900, "exact"),
        ("The fire killed 30 if not 40 residents.", 30, "exact"),
        ("Inspectors found 7 cases or more in the town.", 7, "at_least"),
    ],
)
def test_counts_kept_beside_thresholds(text: str, value: float, qualifier: str) -> None:
    assert (figs(text)[0].value, figs(text)[0].qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        ("The fund covers $50,000 or less per claim holder.", "usd", "up_to"),
        ("Output fell by 15 percent or more.", "percent", "at_least"),
    ],
)
def test_or_less_or_more_after_number(text: str, unit: str, qualifier: str) -> None:
    f = figs(text)[0]
    assert (f.unit, f.qualifier) == (unit, qualifier)
    assert "or" in f.text


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\u00a0"])
def test_thin_space_digit_groups(space: str) -> None:
    assert parse_number(f"45{space}000") == 45000
    assert parse_number(f"2{space}300{space}000") == 2300000
    assert [(f.value, f.what) for f in figs(f"Some 45{space}000 people fled the town.")] == [(45000, "displaced")]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("A shell killed 14 prisoners in the yard.", "killed"),
        ("The raiders freed 30 hostages.", "rescued"),
        ("Nine detainees were wounded in the clash.", "wounded"),
        ("Hundreds of inmates were held; 60 prisoners are unaccounted for.", "missing"),
        ("Police took 25 prisoners on Friday.", "arrested"),
    ],
)
def test_verb_decides_what_befell_prisoners(text: str, what: str) -> None:
    assert figs(text)[-1].what == what
