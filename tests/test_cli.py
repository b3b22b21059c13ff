"""The CLI is a thin layer: help with examples on each command, one-line errors, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import EVALS, main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("cmd", [[], ["ingest"], ["brief"], ["eval"]])
def test_help_has_examples(cmd: list[str]) -> None:
    res = CliRunner().invoke(main, [*cmd, "--help"])
    assert res.exit_code == 0
    assert "Examples" in res.output or "Example" in res.output


def test_every_command_and_eval_task_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:  # type: ignore[attr-defined]
        assert f"storyline {name}" in readme, f"command {name!r} is not documented in README.md"
    for task in EVALS:
        assert f"storyline eval {task}" in readme, f"eval task {task!r} is not documented in README.md"


def test_readme_set_up_commands_are_exactly_make_demo_and_make_test() -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Set-up.*?```sh\n(.*?)```", readme, re.S)
    assert block is not None
    cmds = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert cmds == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_nothing_readable_is_exit_1_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    res = CliRunner().invoke(main, ["brief", str(tmp_path), "--no-understand"])
    assert res.exit_code == 1
    err_lines = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(err_lines) == 1 and "E110" in err_lines[0]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["brief", str(tmp_path / "nope"), "--no-understand"])
    assert res.exit_code == 1
    assert "E101" in res.stderr


def test_bad_format_is_usage_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["brief", str(ROOT / "examples" / "raqqa"), "--format", "pdf"])
    assert res.exit_code == 2 and "E202" in res.stderr and "html" in res.stderr


def test_an_out_of_range_option_names_the_option_and_its_bound() -> None:
    res = CliRunner().invoke(main, ["brief", str(ROOT / "examples" / "raqqa"), "--off-topic-threshold", "2"])
    assert res.exit_code != 0
    assert "E201 invalid option 'off_topic_threshold'" in res.output and "less than or equal to 1" in res.output


def test_brief_json_to_stdout_and_files(tmp_path: Path) -> None:
    src = ROOT / "examples" / "raqqa"
    res = CliRunner().invoke(main, ["brief", str(src), "--no-understand"])
    assert res.exit_code == 0, res.output
    brief = json.loads(res.stdout)
    assert brief["schema"] == "storyline.brief/1" and len(brief["sources"]) == 5
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["brief", str(src), "--no-understand", "--format", "md,html,json", "--out-dir", str(out)]
    )
    assert res.exit_code == 0
    assert {p.name for p in out.iterdir()} == {"brief.md", "brief.html", "brief.json"}
    assert "wrote" in res.output


def test_ingest_is_idempotent_and_keeps_failures_apart(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in (ROOT / "examples" / "raqqa").iterdir():
        (corpus / p.name).write_bytes(p.read_bytes())
    (corpus / "broken.bin").write_bytes(b"\x00\x01\x02" * 100)
    db = str(tmp_path / "s.db")
    first = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 0, first.output
    assert "ingested 5 new" in first.stdout and "1 failed" in first.stdout
    assert "broken.bin" in first.stderr
    second = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db])
    assert "ingested 0 new, 5 already stored" in second.stdout


def test_stdin_is_read() -> None:
    text = (ROOT / "examples" / "raqqa" / "003_3de0030188d21523.txt").read_text()
    res = CliRunner().invoke(main, ["brief", "-", "--no-understand", "--format", "json"], input=text)
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["sources"][0]["outlet"] == "CNN"


def test_a_store_password_never_reaches_the_terminal(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    (tmp_path / "a.txt").write_text("Fighters advanced on the city on Sunday, officials said.\n")
    url = "postgresql://analyst:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=2"
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", url])
    assert res.exit_code != 0
    assert "s3cret-pw" not in res.output
    assert "analyst:***@127.0.0.1" in res.output


def test_redacted_ingest_report() -> None:
    from storyline.store import redact_url

    assert redact_url("postgres://u:p@h/db") == "postgres://u:***@h/db"
    assert redact_url("desk.db") == "desk.db"


def test_eval_part_is_refused_where_there_are_no_halves(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "t17", str(tmp_path), "--part", "dev"])
    assert result.exit_code == 2
    assert "no dev/test halves" in result.output
