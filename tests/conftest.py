"""Shared fixtures.  Real evaluation data lives in ../shared (beside the repo); tests
that need it skip cleanly when it is absent (e.g. on a user's machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.annotate.places import Geocoder
from storyline.annotate.timex import TimeTagger

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "raqqa"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"{data} not present (evaluation data lives beside the repository)")
    return data


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def tagger() -> TimeTagger:
    """The rule-based time tagger, compiled once for every test that tags text."""
    t = TimeTagger()
    t.warm_up()
    return t


@pytest.fixture(scope="session")
def geo() -> Geocoder:
    """The gazetteer-backed geocoder, loaded once for every test that resolves places."""
    g = Geocoder()
    g.warm_up()
    return g
