"""Quality gate: the temporal tagger on TimeBank (TempEval-3 TBAQ-cleaned) must stay above its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import StorylineError
from storyline.eval.time import evaluate, read_timeml, select

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TIMEBANK = SHARED / "data" / "time" / "TimeBank"
FLOORS = json.loads((Path(__file__).parent / "floors" / "time.json").read_text())

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-06" functionInDocument="CREATION_TIME">Nov 6</TIMEX3></DCT>
<TEXT>
Militias <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-11-06">Sunday</TIMEX3> that
fighting &amp; shelling went on <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_and_score(tmp_path: Path) -> None:
    f = tmp_path / "doc.tml"
    f.write_text(TML, encoding="utf-8")
    doc = read_timeml(f)
    assert doc.dct == "2016-11-06"
    assert [(g.text, g.value) for g in doc.timexes] == [("Sunday", "2016-11-06"), ("three days", "P3D")]
    r = evaluate(tmp_path)
    assert r["documents"] == 1 and r["gold_timexes"] == 2
    assert r["value_accuracy"] == 1.0 and r["value_f1"] == 1.0 and r["detect_strict_f1"] == 1.0
    assert r["per_file"][0]["file"] == "doc"


def test_missing_data_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(StorylineError) as err:
        evaluate(tmp_path / "nope")
    assert err.value.code.value == "E501"


def test_dev_and_test_halves_split_the_corpus(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.tml").write_text(TML, encoding="utf-8")
    docs = [read_timeml(f) for f in sorted(tmp_path.glob("*.tml"))]
    assert [d.name for d in select(docs, "dev")] == ["a", "c"]
    assert [d.name for d in select(docs, "test")] == ["b"]
    assert select(docs, "all") == docs
    r = evaluate(tmp_path, part="test")
    assert r["documents"] == 1 and r["part"] == "test"
    with pytest.raises(StorylineError):
        select(docs, "train")


@pytest.mark.shared
@pytest.mark.slow
def test_timebank_above_floors() -> None:
    if not TIMEBANK.exists():
        pytest.skip("../shared/data/time/TimeBank is absent")
    r = evaluate(TIMEBANK)
    assert r["documents"] == 183
    assert r["value_accuracy"] >= FLOORS["value_accuracy"], r["value_accuracy"]
    assert r["value_f1"] >= FLOORS["value_f1"], r["value_f1"]
    for key in ("detect_relaxed_f1", "detect_strict_f1", "value_precision", "value_recall", "gold_timexes"):
        assert key in r
