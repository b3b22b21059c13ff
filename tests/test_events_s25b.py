"""Session 25, round 2: a date conflict reads like the brief's other disagreements (``events._outvoted``):
the act in words, each side as a human date, in every renderer."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.records import Brief
from storyline.story.events import (
    _act_phrase,
    _outvoted,
    _settled,
    _telling,
    merge,
)
from test_events_s25 import mention, prepared

TELLINGS = [
    ("a", "The Ocean Star ferry capsized on 11 March after a fire in its engine room.", "2011-03-11", "11 March"),
    ("b", "The Ocean Star ferry capsized on 12 March, a day after a fire broke out in its engine room.", "2011-03-12", "12 March"),
    ("c", "On 12 March the Ocean Star ferry capsized after the fire in its engine room spread.", "2011-03-12", "12 March"),
    ("d", "It finally capsized on 12 March off the port, after the fire in the ferry's engine room.", "2011-03-12", "12 March"),
]  # fmt: skip


def conflict() -> dict[str, object]:
    disagreements: list[dict[str, object]] = []
    _outvoted(_settled(merge(prepared([mention(*t) for t in TELLINGS]))), disagreements)
    assert len(disagreements) == 1
    return disagreements[0]


def test_the_act_is_named_by_the_subject_and_verb_the_sources_write() -> None:
    assert (
        _telling("On 12 March the Ocean Star ferry capsized after a fire.", "sink") == "the Ocean Star ferry capsized"
    )
    assert (
        _telling("Eleven workers were killed when the rig blew up on 20 April.", "kill") == "Eleven workers were killed"
    )
    assert _telling("It capsized on 12 March.", "sink") is None  # a pronoun names nothing
    assert _telling("The ferry, burning, capsized on 12 March.", "sink") is None  # no subject next to the verb
    ms = [mention(*t) for t in TELLINGS]
    assert _act_phrase(ms, "sink") == "the Ocean Star ferry capsized"
    assert _act_phrase(ms[3:], "sink") == "capsized"  # only a pronoun: the verb alone


def test_a_date_conflict_reads_like_the_other_disagreements() -> None:
    found = conflict()
    assert found["about"] == "date — the Ocean Star ferry capsized"
    values = found["values"]
    assert [v["value"] for v in values] == ["12 March 2011", "11 March 2011"]  # type: ignore[attr-defined]
    assert [v["date"] for v in values] == ["2011-03-12", "2011-03-11"]  # type: ignore[attr-defined]
    assert [len(v["citations"]) for v in values] == [3, 1]  # type: ignore[attr-defined]


def test_a_date_conflict_renders_in_markdown_html_and_schema_valid_json() -> None:
    from storyline.render import render

    schema = json.loads((Path(__file__).parents[1] / "docs" / "brief.schema.json").read_text())
    brief = Brief.model_validate({"title": "Ferry", "disagreements": [conflict()]})
    md = render(brief, "md")
    assert "**date — the Ocean Star ferry capsized**" in md
    assert "- 12 March 2011 — unattributed" in md and "- 11 March 2011 — unattributed" in md
    html = render(brief, "html")
    assert "date — the Ocean Star ferry capsized</td><td>12 March 2011</td>" in html
    jsonschema.validate(json.loads(render(brief, "json")), schema)
