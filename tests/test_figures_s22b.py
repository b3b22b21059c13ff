"""Figures, session 22 (second round): a toll of animals stays animals, "others" take the kind counted before
them, escaped prisoners are no arrests, "embassy personnel" no troops, a "-member" bloc of states no persons,
a spaced "m" before "waters" is metres, a map scale no distance, a flow restated as an estimate keeps its
period, local pounds, "several hundred thousand", the whole of a share and illness said after a count
(storyline.annotate.figures).  Invented sentences."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.annotate.numbers import order_range
from storyline.records import Figure


def figs(text: str) -> list[Figure]:
    return extract_figures(text, split(text), "a", [], [])


def brief(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.what) for f in figs(text)]


# --------------------------------------------------------------------------- animals


def test_bare_toll_after_birds_counts_dead_birds() -> None:
    out = brief("Volunteers recovered 45 oiled gulls from the marsh. Nine were dead.")
    assert (9.0, "dead gulls", None) in out
    assert all(f[2] != "killed" for f in out)


def test_animal_head_with_a_death_verb_is_no_person() -> None:
    assert brief("Rangers said 30 manatees died in the cold snap.") == [(30.0, "dead manatees", None)]


def test_bare_toll_after_persons_stays_killed() -> None:
    out = brief("Rescuers reached 40 miners trapped below ground. Six were dead.")
    assert (6.0, "people", "killed") in out


def test_order_word_of_animals_is_kept() -> None:
    out = brief("Several hundred thousand seabirds died after the tanker sank.")
    assert out == [(200000.0, "dead seabirds", None)]
    assert figs("Several hundred thousand seabirds died after the tanker sank.")[0].value_max == 900000.0


# --------------------------------------------------------------------------- others


def test_others_coordinated_with_a_toll_share_it() -> None:
    out = brief("The blast killed 7 soldiers and 20 others near the gate.")
    assert out == [(7.0, "people", "killed"), (20.0, "people", "killed")]


def test_others_after_persons_are_people() -> None:
    out = brief("The teacher had met 30 pupils on the trip. They and 90 others were sent home.")
    assert (90.0, "people", "people") in out
    assert all(f[1] != "others" for f in out)


def test_the_others_with_nothing_counted_is_no_figure() -> None:
    assert brief("The album is unlike the 12 others in the box set.") == []


def test_others_after_a_thing_is_no_person() -> None:
    out = brief("The crew finished one 90-ton barge and hopes to finish two others by Friday.")
    assert all(f[1] != "people" for f in out)


# --------------------------------------------------------------------------- kinds of persons


def test_prisoners_who_escaped_are_not_arrested() -> None:
    assert brief("Some 900 inmates escaped from the prison after the flood.")[0][2] != "arrested"
    assert brief("About 700 prisoners broke out of the jail overnight.") == [(700.0, "people", "people")]


def test_embassy_personnel_are_not_troops() -> None:
    assert brief("The ministry withdrew 45 consular personnel from the capital.") == [(45.0, "people", "people")]
    assert brief("The base holds some 3,000 active-duty personnel.")[0][2] == "troops"
    assert brief("Nearly 2,000 military personnel were deployed.")[0][2] == "troops"


def test_member_bloc_of_states_counts_no_persons() -> None:
    assert brief("The 21-member bloc met in Vienna.") == [(21.0, "members", None)]
    assert brief("A 9-member panel will review the case.") == [(9.0, "people", "people")]


# --------------------------------------------------------------------------- measures


def test_spaced_m_before_waters_is_metres() -> None:
    assert brief("The wreck lies in 40 m waters off the cape.") == [(40.0, "m", "distance")]


def test_map_scale_is_no_distance() -> None:
    assert brief("He used an old 25 inch to the mile survey sheet.") == []


def test_flow_restated_as_an_estimate_keeps_its_period() -> None:
    out = brief("The pipe was leaking at least 3,000 barrels a day, and it could be as much as 8,000 barrels.")
    assert out[1][:2] == (8000.0, "bbl/d")


def test_flow_revised_to_a_new_figure_keeps_its_period() -> None:
    out = brief("Officials first put the leak at 2,000 barrels a day, then raised that to 6,000 barrels.")
    assert [f[1] for f in out] == ["bbl/d", "bbl/d"]


def test_flow_in_the_next_sentence_by_anaphora() -> None:
    out = brief("The well is losing 4,000 barrels a day. It may be as much as 9,000 barrels.")
    assert out[1][1] == "bbl/d"


def test_total_after_a_flow_stays_a_volume() -> None:
    out = brief("The well leaks 4,000 barrels a day, and 900,000 barrels have spilled so far.")
    assert out[1][1] == "bbl"
    out = brief("The well leaks 4,000 barrels a day. Reporters said that 70,000 barrels washed ashore.")
    assert out[1][1] == "bbl"


# --------------------------------------------------------------------------- money


def test_local_pounds_after_an_adjective() -> None:
    assert brief("Farmers were paid 250 Lebanese pounds per goat.") == [(250.0, "lbp/goat", "money")]


def test_pounds_in_an_article_about_egypt() -> None:
    out = brief("Cairo announced new subsidies. The plan will cost 40 million pounds, the Egyptian minister said.")
    assert out == [(40000000.0, "egp", "money")]


def test_pounds_in_a_british_article_stay_sterling() -> None:
    text = "Egypt bought two ferries. The London firm said the deal was worth 40 million pounds to Britain."
    assert brief(text) == [(40000000.0, "gbp", "money")]


def test_pounds_of_their_savings_are_money() -> None:
    out = brief("Savers have put hundreds of millions of pounds of their pension money into the fund.")
    assert out[0][1:] == ("gbp", "money")


def test_several_hundred_thousand_is_an_order() -> None:
    assert order_range("several hundred thousand") == (200000.0, 900000.0)


# --------------------------------------------------------------------------- shares and illness


def test_share_of_a_noun_ends_before_an_adverb() -> None:
    f = figs("The deal gives the state 70 percent of its shares effectively ending the bank's independence.")
    assert f[0].about == "shares"


def test_share_of_poll_respondents_names_no_whole() -> None:
    assert figs("In the survey, 61% of those polled backed the plan.")[0].about is None


def test_persons_made_ill_are_infected() -> None:
    out = brief("The flu outbreak made more than 300 people seriously ill last winter.")
    assert out == [(300.0, "people", "infected")]
