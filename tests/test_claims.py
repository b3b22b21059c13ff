"""Conflicting statements are flagged only when the wording makes it reliable."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.records import Citation, Figure
from storyline.story.claims import Claim, _conflict, _Facts

pytestmark = pytest.mark.slow


def _brief(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    return api.make_brief(api.process([str(tmp_path)])).to_dict()


def test_opposite_stances_on_the_same_action_are_flagged(tmp_path: Path) -> None:
    b = _brief(tmp_path, {
        "a.txt": "MOSCOW (Reuters) - Russian Foreign Minister Sergey Lavrov said on Monday that Russia is ready to "
                 "coordinate with the United States on the offensive against Islamic State in Raqqa.\n\n"
                 "He spoke after talks in Moscow.",
        "b.txt": "WASHINGTON (AP) - \"We will not coordinate with Russia in Raqqa,\" State Department spokesman "
                 "John Kirby told reporters on Tuesday.\n\nThe offensive on the Syrian city is led by Kurdish forces.",
    })
    found = [d for d in b["disagreements"] if d["kind"] == "statement"]  # type: ignore[index, union-attr]
    assert len(found) == 1
    speakers = " ".join(str(v["said_by"]) for v in found[0]["values"])
    assert "Lavrov" in speakers and "Kirby" in speakers


def test_different_actions_are_not_a_conflict(tmp_path: Path) -> None:
    b = _brief(tmp_path, {
        "a.txt": "ANKARA (Reuters) - Turkish Defence Minister Fikri Isik said on Friday that the United States is "
                 "ready to cooperate with Turkey in the operation on Raqqa.\n\nHe met US officials in Brussels.",
        "b.txt": "ANKARA (AP) - Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Turkey will not "
                 "conduct an operation in Raqqa on its own.\n\nTurkey fears Kurdish gains in Syria.",
    })
    assert not [d for d in b["disagreements"] if d["kind"] == "statement"]  # type: ignore[index, union-attr]


def _claim(value: float, text: str, claimant: str, qualifier: str = "exact", places: frozenset[str] = frozenset()) -> Claim:
    fig = Figure(article=claimant, sentence=0, start=0, end=1, text=str(value), value=value, qualifier=qualifier, what="killed")
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
