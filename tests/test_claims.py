"""Conflicting statements are flagged only when the wording makes it reliable."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api

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
