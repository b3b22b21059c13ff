"""Conflicting statements are flagged only when the wording makes it reliable."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.records import Citation, Figure
from storyline.story.claims import (
    Claim,
    _background,
    _conflict,
    _Facts,
    _norm_what,
    _noun_phrase,
    _projected,
    _series,
)

pytestmark = pytest.mark.slow


def _brief(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    return api.make_brief(api.process([str(tmp_path)])).to_dict()


def test_opposite_stances_on_the_same_action_are_flagged(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        {
            "a.txt": "MOSCOW (Reuters) - Russian Foreign Minister Sergey Lavrov said on Monday that Russia is ready to "
            "coordinate with the United States on the offensive against Islamic State in Raqqa.\n\n"
            "He spoke after talks in Moscow.",
            "b.txt": 'WASHINGTON (AP) - "We will not coordinate with Russia in Raqqa," State Department spokesman '
            "John Kirby told reporters on Tuesday.\n\nThe offensive on the Syrian city is led by Kurdish forces.",
        },
    )
    found = [d for d in b["disagreements"] if d["kind"] == "statement"]  # type: ignore[index, union-attr]
    assert len(found) == 1
    speakers = " ".join(str(v["said_by"]) for v in found[0]["values"])
    assert "Lavrov" in speakers and "Kirby" in speakers


def test_different_actions_are_not_a_conflict(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        {
            "a.txt": "ANKARA (Reuters) - Turkish Defence Minister Fikri Isik said on Friday that the United States is "
            "ready to cooperate with Turkey in the operation on Raqqa.\n\nHe met US officials in Brussels.",
            "b.txt": "ANKARA (AP) - Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Turkey will not "
            "conduct an operation in Raqqa on its own.\n\nTurkey fears Kurdish gains in Syria.",
        },
    )
    assert not [d for d in b["disagreements"] if d["kind"] == "statement"]  # type: ignore[index, union-attr]


def _claim(
    value: float, text: str, claimant: str, qualifier: str = "exact", places: frozenset[str] = frozenset()
) -> Claim:
    fig = Figure(
        article=claimant, sentence=0, start=0, end=1, text=str(value), value=value, qualifier=qualifier, what="killed"
    )
    cite = Citation(source=claimant, sentence=0, text=text)
    return Claim(fig, "killed", "incident:airstrik", "air strikes", claimant, claimant, None, False, cite, places)


AIR = "Air strikes on the town killed {} people on Monday, {} said."
FACTS = _Facts([AIR.format(21, "the Observatory"), AIR.format(12, "SANA"), "The harvest festival opened with music.",
               "Farmers brought their crops to the market square.", "The air strikes hit a bakery and a school."])  # fmt: skip


def test_values_that_cannot_both_be_true_disagree() -> None:
    a, b = _claim(21, AIR.format(21, "the Observatory"), "obs"), _claim(12, AIR.format(12, "SANA"), "sana")
    assert _conflict(a, b, [], FACTS)
    assert not _conflict(a, _claim(12, AIR.format(12, "SANA"), "obs"), [], FACTS)  # one claimant


def test_qualified_values_that_agree_are_no_disagreement() -> None:
    a = _claim(21, AIR.format(21, "the Observatory"), "obs")
    assert not _conflict(a, _claim(20, AIR.format("about 20", "SANA"), "sana", "about"), [], FACTS)
    assert not _conflict(a, _claim(15, AIR.format("more than 15", "SANA"), "sana", "more_than"), [], FACTS)
    assert _conflict(a, _claim(30, AIR.format("more than 30", "SANA"), "sana", "more_than"), [], FACTS)


def test_values_one_sentence_states_together_count_two_things() -> None:
    a, b = _claim(270, AIR.format(270, "police"), "obs"), _claim(103, AIR.format(103, "police"), "sana")
    assert not _conflict(a, b, [[(270.0, 270.0), (103.0, 103.0)]], FACTS)
    assert not _conflict(a, b, [[(265.0, 275.0), (103.0, 103.0)]], FACTS)  # "about 270" and "103" in one


def test_different_places_or_facts_are_no_disagreement() -> None:
    a = _claim(21, AIR.format(21, "the Observatory"), "obs", places=frozenset({"p:raqqa"}))
    b = _claim(12, AIR.format(12, "SANA"), "sana", places=frozenset({"p:idlib"}))
    assert not _conflict(a, b, [], FACTS)  # two incidents
    c = _claim(12, "Farmers brought 12 crops to the market square.", "sana")
    assert not _conflict(a, c, [], FACTS)  # the sentences tell different facts


def _share(value: float, text: str, claimant: str) -> Claim:
    fig = Figure(
        article=claimant, sentence=0, start=0, end=1, text=f"{value}%", value=value, unit="percent", what="percent"
    )
    cite = Citation(source=claimant, sentence=0, text=text)
    return Claim(fig, "percent", "text:national output", "national output", claimant, claimant, None, False, cite)


def test_shares_of_one_whole_disagree_only_when_they_measure_the_same_thing() -> None:
    deficit = "The budget deficit will reach {} percent of national output this year, {} said."
    other = "Spending on the rail network came to 2 percent of national output, the ministry said."
    facts = _Facts([deficit.format(11, "the treasury"), deficit.format(7, "analysts"), other,
                    "The harvest festival opened with music.", "Farmers brought their crops to the market square."])  # fmt: skip
    a = _share(11, deficit.format(11, "the treasury"), "treasury")
    assert _conflict(a, _share(7, deficit.format(7, "analysts"), "analysts"), [], facts)
    assert not _conflict(a, _share(2, other, "ministry"), [], facts)  # the shared "of national output" is no fact


def test_a_place_a_distance_is_measured_from_is_not_where_the_fact_happened(tmp_path: Path) -> None:
    b = _brief(tmp_path, {
        "a.txt": "A mortar attack on a market in a town 90 miles north of Baghdad wounded 9 shoppers on Monday, "
                 "a hospital doctor said.\n\nThe market was closed.",
        "b.txt": "A mortar attack on a market in Baghdad wounded 4 shoppers on Monday, police said.\n\n"
                 "The market was closed.",
    })  # fmt: skip
    assert not [d for d in b["disagreements"] if d["kind"] == "value"]  # type: ignore[index, union-attr]


def test_an_increment_is_not_compared_with_a_total(tmp_path: Path) -> None:
    b = _brief(tmp_path, {
        "a.txt": "Air strikes on the town killed 6 volunteers on Monday, the charity said.\n\nThe town was hit.",
        "b.txt": "Air strikes on the town killed 4 other volunteers on Monday, police said.\n\nThe town was hit.",
    })  # fmt: skip
    assert not [d for d in b["disagreements"] if d["kind"] == "value"]  # type: ignore[index, union-attr]


# --------------------------------------------------------------------------- series: one quantity of one thing


def _pt(value: float, text: str, time: str, *, what: str = "killed", about: str = "incident:flood",
        kind: str = "incident", explicit: bool = False, places: frozenset[str] = frozenset(),
        qualifier: str = "exact", src: str = "a") -> Claim:  # fmt: skip
    fig = Figure(article=src, sentence=0, start=0, end=1, text=str(value), value=value, qualifier=qualifier,
                 what=what, as_of=time if explicit else None)  # fmt: skip
    return Claim(fig, what, about, about.split(":")[-1], src, None, time, explicit,
                 Citation(source=src, sentence=0, text=text), places, frozenset(), kind)  # fmt: skip


SERIES_FACTS = _Facts([
    "The death toll from the flood in the valley rose to {} on Monday.", "The harvest festival opened with music.",
    "Farmers brought their crops to the market square.", "A new bridge was opened by the mayor.",
    "The choir sang in the old church.", "The ferry company announced new timetables.",
])  # fmt: skip
TOLL = "The death toll from the flood in the valley rose to {} on Monday."


def test_a_subject_read_from_the_text_must_be_a_noun_phrase() -> None:
    assert not _noun_phrase("voters approve and")
    assert not _noun_phrase("value since the")
    assert not _noun_phrase("what she")
    assert _noun_phrase("national output") and _noun_phrase("Harbour Board's catch")


def test_troops_and_police_are_not_fighters() -> None:
    assert _norm_what("troops") == "troops" and _norm_what("militants") == "fighters"


def test_a_plan_or_permission_is_not_a_measure() -> None:
    def projected(text: str, number: str) -> bool:
        start = text.index(number)
        fig = Figure(article="a", sentence=0, start=start, end=start + len(number), text=number, value=1.0)
        return _projected(text, fig, 0, len(text))

    assert projected("The governor asked whether he could call up 2,300 reservists to help.", "2,300")
    assert projected("The mayor has authorized the hiring of up to 450 wardens this summer.", "450")
    assert projected("In all 900 wardens have been authorized for the coast, officials said.", "900")
    assert projected("The company hopes the new pump will recover 70 percent of the spilled grain.", "70")
    assert not projected("The company said 640 wardens were patrolling the coast on Friday.", "640")
    assert not projected("The dam burst in May and 640 homes were flooded.", "640")  # the month is no cue


def test_a_rising_toll_is_a_series() -> None:
    a = _pt(12, TOLL.format(12), "2021-03-01", places=frozenset({"p:valley"}))
    b = _pt(40, TOLL.format(40), "2021-03-08", places=frozenset({"p:valley"}))
    assert [c.figure.value for c in _series([[a], [b]], SERIES_FACTS, "2021-02-28")] == [12, 40]


def test_background_figures_are_no_points_of_the_story() -> None:
    old = _pt(300, TOLL.format(300), "1990", explicit=True, places=frozenset({"p:valley"}))
    a = _pt(12, TOLL.format(12), "2021-03-01", places=frozenset({"p:valley"}))
    assert _background(old, "2021-02-28") and not _background(a, "2021-02-28")
    assert _series([[old], [a]], SERIES_FACTS, "2021-02-28") == []


def test_a_toll_that_falls_or_moves_elsewhere_is_another_incident() -> None:
    a = _pt(300, TOLL.format(300), "2021-03-01", places=frozenset({"p:valley"}))
    b = _pt(9, TOLL.format(9), "2021-03-08", places=frozenset({"p:valley"}))
    assert _series([[a], [b]], SERIES_FACTS, "2021-02-28") == []  # a toll only grows
    c = _pt(40, TOLL.format(40), "2021-03-08", places=frozenset({"p:delta"}))
    assert _series([[a], [c]], SERIES_FACTS, "2021-02-28") == []  # another place
    d = _pt(500, TOLL.format(500), "2021-03-08")
    assert _series([[a], [d]], SERIES_FACTS, "2021-02-28") == []  # an incident noun needs a shared place


def test_a_toll_of_a_kind_needs_a_running_total() -> None:
    one = "Gunmen killed {} villagers near the river on Monday."
    facts = _Facts([one, "The harvest festival opened with music.", "The choir sang in the old church."])
    a = _pt(3, one.format(3), "2021-03-01", about="e:villagers", kind="group")
    b = _pt(8, one.format(8), "2021-06-01", about="e:villagers", kind="group")
    assert _series([[a], [b]], facts, "2021-02-28") == []


def test_a_repeated_value_is_one_point_and_a_loose_value_that_holds_it_no_change() -> None:
    a = _pt(12, TOLL.format(12), "2021-03-01", places=frozenset({"p:valley"}))
    b = _pt(12, TOLL.format(12), "2021-03-08", places=frozenset({"p:valley"}))
    c = _pt(10, TOLL.format("about 10"), "2021-03-20", places=frozenset({"p:valley"}), qualifier="about")
    assert _series([[a], [b], [c]], SERIES_FACTS, "2021-02-28") == []


def test_the_strength_of_an_armed_group_is_one_quantity_whatever_else_the_sentence_says() -> None:
    facts = _Facts(["The 8,000-strong force took the bridge.", "The Valley Brigades is a coalition of 11,000 fighters.",
                    "The harvest festival opened with music."])  # fmt: skip
    a = _pt(8000, "The 8,000-strong force took the bridge.", "2021-03-01", what="fighters", about="e:vb",
            kind="armed_group")  # fmt: skip
    b = _pt(11000, "The Valley Brigades is a coalition of 11,000 fighters.", "2021-06-01", what="fighters",
            about="e:vb", kind="armed_group")  # fmt: skip
    assert [c.figure.value for c in _series([[a], [b]], facts, "2021-02-28")] == [8000, 11000]
    c, d = (_pt(x.figure.value, x.citation.text, x.time or "", what="troops", about="e:un", kind="organisation")
            for x in (a, b))  # fmt: skip
    assert _series([[c], [d]], facts, "2021-02-28") == []  # a part of an organisation is not its strength
