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
