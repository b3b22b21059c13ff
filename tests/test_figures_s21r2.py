"""Figures, session 21 round 2: a singular category noun between a number and its head, a range whose low end
shares the high end's thousands across "to", a period adjective on the noun a sum or weight is said of, weights
per period, speeds per second and a death toll run into the next sentence (storyline.annotate.figures).
Invented sentences."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def brief(text: str) -> list[tuple[str, float, float | None, str, str | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.qualifier, f.unit, f.what) for f in figs(text)]


# --------------------------------------------------------------------------- a singular noun as a modifier


def test_number_before_a_singular_category_noun_counts_that_noun() -> None:
    assert [(f.value, f.unit, f.what) for f in figs("A six vehicle motorcade crossed the bridge at noon.")] == [
        (6.0, "vehicles", "vehicles")
    ]
    got = figs("Cameras filmed the mayor's three vehicle SUV motorcade entering the depot.")
    assert [(f.value, f.unit, f.what) for f in got] == [(3.0, "vehicles", "vehicles")]


def test_plural_category_noun_is_unchanged() -> None:
    assert [f.unit for f in figs("The army sent 14 armoured vehicles to the port.")] == ["vehicles"]


# --------------------------------------------------------------------------- ranges sharing a magnitude


def test_low_end_shares_the_thousands_across_to() -> None:
    assert brief("Botanists think about 20 to 50,000 plant varieties grow on the island.")[0][1:3] == (
        20000.0,
        50000.0,
    )


def test_low_end_keeps_its_value_when_not_below_the_leading_group() -> None:
    got = brief("Between 5 and 10,000 residents left the valley.")
    assert got[0][1:3] == (5.0, 10000.0)


def test_millions_range_still_shares_its_scale() -> None:
    assert brief("Officials said 4 to 6 million residents lost power.")[0][1:3] == (4_000_000.0, 6_000_000.0)


# --------------------------------------------------------------------------- periods


def test_period_adjective_makes_money_a_rate() -> None:
    got = figs("The chairman will draw an annual pension of $412,000 from the bank.")
    assert [(f.value, f.unit, f.what) for f in got] == [(412000.0, "usd/yr", "money")]
    got = figs("The council charges a weekly fee worth about £85 for the service.")
    assert [(f.qualifier, f.unit) for f in got] == [("about", "gbp/wk")]


def test_money_without_a_period_adjective_stays_a_total() -> None:
    assert [f.unit for f in figs("The annual report said the bank lost money. It paid a fine of $3m.")] == ["usd"]


def test_weight_per_period() -> None:
    assert [(f.text, f.unit, f.what) for f in figs("The mill exports 6,500 tonnes a year to Asia.")] == [
        ("6,500 tonnes a year", "t/yr", "weight")
    ]
    assert [f.unit for f in figs("About 2 million tonnes of grain reach the port yearly.")] == ["t/yr"]
    assert [f.unit for f in figs("The quarry reached an annual output of 9,000 tonnes.")] == ["t/yr"]


def test_weight_without_a_period_stays_a_weight() -> None:
    assert [f.unit for f in figs("The ship carried 3,000 tonnes of coal on its last day at sea.")] == ["t"]


def test_distance_per_second_is_a_speed() -> None:
    assert [(f.text, f.unit, f.what) for f in figs("The gas moved at 8-9 feet/sec along the duct.")] == [
        ("8-9 feet/sec", "ft/s", "speed")
    ]
    assert [f.unit for f in figs("The shock front travels at some 2,000 metres per second.")] == ["m/s"]
    assert [f.unit for f in figs("The fence ran 40 feet along the road.")] == ["ft"]


# --------------------------------------------------------------------------- a headline run into its text


def test_toll_before_a_glued_sentence_is_a_killed_count() -> None:
    got = figs("Fever outbreak: toll climbs to 37 Confirmed infections reported in three provinces")
    assert [(f.value, f.what) for f in got][:1] == [(37.0, "killed")]


def test_toll_before_a_group_name_is_unchanged() -> None:
    got = figs("The death toll rose to 12 Canadians on Sunday.")
    assert [(f.value, f.what) for f in got] == [(12.0, "killed")]


def test_abbreviated_time_noun_is_a_duration() -> None:
    assert figs("The keeper worked at the lighthouse for 27 yrs before retiring.") == []
    assert figs("Repairs took 6 hrs on the night shift.") == []


def test_period_adjective_at_sentence_start_and_names_not_periods() -> None:
    assert [f.unit for f in figs("Annual revenue of $8bn was forecast for the mine.")] == ["usd/yr"]
    assert [f.unit for f in figs("The Weekly Courier at $2 sold out on Friday.")] == ["usd"]  # a name
