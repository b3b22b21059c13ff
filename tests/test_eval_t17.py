"""`storyline eval t17`: Timeline17 reading, tilse scoring, and the quality gate on ../shared/data/t17."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import EvalError
from storyline.eval import t17

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
T17 = SHARED / "data" / "t17"
FLOORS = Path(__file__).resolve().parent / "floors" / "t17.json"


def _tools_or_skip() -> None:
    reason = t17.check_tools()
    if reason is not None:
        pytest.skip(f"tilse scoring unavailable: {reason}")


def _write_topic(root: Path) -> Path:
    topic = root / "quake_test"
    for day, lines in {
        "2010-01-13": ["A powerful earthquake struck the capital on 12 January 2010 , killing thousands .", "Help"],
        "2010-01-14": ["Rescue teams arrived on 13 January 2010 to search the rubble for survivors ."],
    }.items():
        (topic / "InputDocs" / day).mkdir(parents=True)
        (topic / "InputDocs" / day / "1.htm.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (topic / "timelines").mkdir()
    (topic / "timelines" / "tl.txt").write_text(
        "2010-01-12\nAn earthquake strikes the capital , killing thousands .\n--------\n"
        "2010-01-13\nRescue teams arrive .\nAid is flown in .\n--------\n",
        encoding="utf-8",
    )
    return topic


def test_reads_layout(tmp_path: Path) -> None:
    topic = _write_topic(tmp_path)
    ((name, tl),) = t17.load_timelines(topic)
    assert name == "tl.txt" and tl == {
        "2010-01-12": ["An earthquake strikes the capital , killing thousands ."],
        "2010-01-13": ["Rescue teams arrive .", "Aid is flown in ."],
    }
    arts = t17.load_collection(topic)
    assert [(a, p) for a, p, _ in arts] == [
        ("2010-01-13/1.htm.txt", "2010-01-13"),
        ("2010-01-14/1.htm.txt", "2010-01-14"),
    ]


def test_off_topic_articles_are_set_aside_as_in_the_brief() -> None:
    quake = [
        "The earthquake destroyed homes across the capital .",
        "Rescue teams searched the rubble of the capital for earthquake survivors .",
        "The earthquake toll rose as rescue teams reached the capital 's suburbs .",
        "Aid for earthquake survivors reached the capital by air .",
        "Aftershocks shook the capital a day after the earthquake , and rescue teams paused .",
        "Survivors of the earthquake camped in the capital 's parks as rescue teams worked .",
    ]
    schedule = ["7.20pm Classic concert : a symphony by the city orchestra .", "9pm Drama : a detective story ."]
    arts = [(f"d/{i}.txt", "2010-01-13", [s, quake[(i + 1) % 6]]) for i, s in enumerate(quake)]
    kept, n = t17.on_topic([*arts, ("d/x.txt", "2010-01-13", schedule)])
    assert n == 1 and kept == arts


def test_missing_data_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError) as exc:
        t17.evaluate(tmp_path / "nowhere")
    assert exc.value.code.value == "E501"


@pytest.mark.slow
def test_synthetic_topic_end_to_end(tmp_path: Path) -> None:
    _tools_or_skip()
    _write_topic(tmp_path)
    res = t17.evaluate(tmp_path)
    (row,) = res["per_topic"]
    assert row["topic"] == "quake_test" and row["n_timelines"] == 1
    assert row["date_f1"] == 1.0 and row["ar1_f"] > 0.3
    assert set(res["mean"]) == {"ar1_f", "ar2_f", "date_f1"}


@pytest.mark.slow
def test_batched_scorer_matches_stock_tilse() -> None:
    _tools_or_skip()
    ref = {
        "2010-04-20": ["An explosion on the Deepwater Horizon rig kills 11 workers ."],
        "2010-05-02": ["Obama visits the Gulf coast .", "He calls the spill a disaster ."],
        "2010-07-15": ["BP caps the well ."],
    }
    pred = {
        "2010-04-20": ["The Deepwater Horizon rig exploded killing 11 workers ."],
        "2010-05-03": ["Obama visited the Gulf and spoke about the spill ."],
        "2010-06-01": ["Shares fell ."],
    }
    fast = t17.score_timeline(pred, ref, t17._evaluator())
    stock = t17.score_timeline(pred, ref, t17._stock_evaluator())
    assert fast == stock


@pytest.mark.shared
@pytest.mark.slow
def test_t17_quality_gate() -> None:
    if not T17.is_dir():
        pytest.skip(f"Timeline17 data not found at {T17}")
    _tools_or_skip()
    floors = json.loads(FLOORS.read_text())
    res = t17.evaluate(T17)
    assert res["setting"]["n_topics"] == len(res["per_topic"]) >= 1
    for key, floor in floors.items():
        assert res["mean"][key] >= floor, f"{key} {res['mean'][key]:.4f} fell below the floor {floor}"
