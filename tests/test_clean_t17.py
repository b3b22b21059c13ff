"""Cleaning figures on one Timeline17 collection (skips when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.cleaning import evaluate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
T17 = SHARED / "data" / "t17"


@pytest.mark.slow
@pytest.mark.shared
def test_t17_dates_agree_with_folders(tmp_path: Path) -> None:
    if not (T17 / "H1N1_guardian").is_dir():
        pytest.skip("../shared/data/t17 absent")
    (tmp_path / "H1N1_guardian").symlink_to(T17 / "H1N1_guardian")
    report = evaluate(tmp_path)
    assert report["articles"] >= 70
    assert report["with_date"] >= 25  # 28 since datelines glued to the first line skip the page-clock check (was 10)
    assert report["date_within_1day_pct"] >= 90.0
