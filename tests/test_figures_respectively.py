"""Figures: "A and B ... N and M respectively" pairs the i-th number with the i-th noun; "the number of people
killed in X has risen to N" counts the killed (storyline.annotate.figures)."""

from __future__ import annotations

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures


def whats(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.what) for f in extract_figures(text, split(text), "a", [], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tally of suspected cases and deaths from the flu stood at about 1,400 and 57 respectively.",
            [("about 1,400", "infected"), ("57", "killed")],
        ),
        (
            "The counts of injured and dead in the valley rose to 310 and 22, respectively, officials said.",
            [("310", "wounded"), ("22", "killed")],
        ),
        (
            "She tracked probable flu cases and deaths, which had stood at 640 and 19.",
            [("640", "infected"), ("19", "killed")],
        ),
        ("Figures for injured, missing and dead stood at 80, 14 and 6 in that order.", None),
    ],
)
def test_respectively_pairs_numbers_with_nouns(text: str, expected: list[tuple[str, str]] | None) -> None:
    got = whats(text)
    if expected is None:  # three-way list: each number takes its own noun
        assert [w for _, w in got] == ["wounded", "missing", "killed"], got
    else:
        assert got == expected


def test_respectively_leaves_money_and_shared_lists() -> None:
    assert [w for _, w in whats("Sales and profit reached $9bn and $2bn respectively.")] == ["money", "money"]
    # each number with its own noun is already paired
    assert whats("Clinics logged 700 suspected cases and 12 deaths.") == [("700", "infected"), ("12", "killed")]
    # nouns that count no persons: no pairing
    assert [w for _, w in whats("Ohio and Utah reported 30 and 40 deaths respectively.")][-1] == "killed"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The number of people killed in the mudslides has risen to 412.", "killed"),
        ("The number of people hurt during the riot had climbed to 63 by nightfall.", "wounded"),
        ("The number of confirmed cases in the province now stands at 1,275.", "infected"),
    ],
)
def test_number_of_people_killed_in_x_has_risen(text: str, what: str) -> None:
    got = whats(text)
    assert len(got) == 1 and got[0][1] == what, got
