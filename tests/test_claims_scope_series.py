"""One series per scope (an epidemic's world count and a country's are two quantities), and joint speakers of a
stance ("Jo Park and Al Roe said") kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.records import Attribution, Citation, Figure
from storyline.story.claims import (
    WORLD,
    Claim,
    _by_scope,
    _Facts,
    _joint,
    _said_name,
    _scope_label,
    _series_of,
    _within_whole,
)

FACTS = _Facts(["The fever has now infected {} people.", "The harvest festival opened with music."])


def _case(value: float, time: str, places: frozenset[str] = frozenset(), src: str = "a") -> Claim:
    fig = Figure(article=src, sentence=0, start=0, end=1, text=str(value), value=value, what="infected")
    cite = Citation(source=src, sentence=0, text=f"The fever has now infected {value:g} people.")
    return Claim(fig, "infected", "disaster:outbreak", "outbreak", src, None, time, False, cite, places,
                 frozenset(), "disaster")  # fmt: skip


RURITANIA = frozenset({"p:ruritania"})
WORLDWIDE = frozenset({WORLD})


def test_a_scoped_group_is_split_by_scope_in_order_of_first_claim_unsaid_last() -> None:
    claims = [
        _case(40, "2031-03-01", RURITANIA),
        _case(900, "2031-03-02", WORLDWIDE),
        _case(7, "2031-03-03"),
        _case(120, "2031-03-10", RURITANIA),
    ]
    parts = _by_scope(claims)
    assert [scope for scope, _ in parts] == [RURITANIA, WORLDWIDE, None]
    assert [c.figure.value for c in parts[0][1]] == [40, 120]
    assert [c.figure.value for c in parts[2][1]] == [7]


def test_each_scope_has_its_own_series_and_no_jump_between_them() -> None:
    claims = [
        _case(40, "2031-03-01", RURITANIA, "a"),
        _case(900, "2031-03-02", WORLDWIDE, "b"),
        _case(120, "2031-03-12", RURITANIA, "c"),
        _case(4000, "2031-03-13", WORLDWIDE, "d"),
    ]
    series = {scope: [c.figure.value for c in _series_of("infected", part, FACTS, None)] for scope, part in
              _by_scope(claims)}  # fmt: skip
    assert series[RURITANIA] == [40, 120]
    assert series[WORLDWIDE] == [900, 4000]
    # a country's 120 never follows the world's 900 as a fall, nor the world's 4,000 the country's 120 as a leap
    assert all(900 not in values or 120 not in values for values in series.values())


def test_a_scope_is_labelled_by_the_name_the_story_uses() -> None:
    assert _scope_label(WORLDWIDE, {}) == "worldwide"
    assert _scope_label(RURITANIA, {"p:ruritania": "Ruritania"}) == "in Ruritania"
    assert _scope_label(frozenset({"p:b", "p:a"}), {"p:a": "Avalon", "p:b": "Borduria"}) == "in Avalon and Borduria"


def _att(text: str, speaker: str) -> Attribution:
    return Attribution(article="a", sentence=0, speaker=speaker, kind="paraphrase", cue="said")


def test_speakers_named_together_say_one_stance() -> None:
    text = "Jo Park and Al Roe said the alliance will not withdraw its ships from the strait."
    assert _joint(text, _att(text, "Jo Park"), _att(text, "Al Roe"))
    three = "Jo Park, Al Roe and Li Wu said on Monday the alliance is ready to withdraw."
    assert _joint(three, _att(three, "Jo Park"), _att(three, "Li Wu"))
    assert _joint(three, _att(three, "Al Roe"), _att(three, "Li Wu"))
    titled = "Jo Park and Foreign Minister Al Roe said the alliance will not withdraw."
    assert _joint(titled, _att(titled, "Jo Park"), _att(titled, "Al Roe"))
    # two speakers of two clauses are not one subject
    apart = "Jo Park said the alliance will withdraw, and Al Roe said it would not withdraw."
    assert not _joint(apart, _att(apart, "Jo Park"), _att(apart, "Al Roe"))


@pytest.mark.slow
def test_a_stance_said_by_two_speakers_keeps_both(tmp_path: Path) -> None:
    texts = {
        "a.txt": "MOSCOW (Wire) - Defence Minister Jo Park and Russian Foreign Minister Al Roe said on Monday that "
        "Russia is ready to coordinate with the United States on the offensive in Raqqa.\n\nThey spoke after talks.",
        "b.txt": 'WASHINGTON (Wire) - "We will not coordinate with Russia in Raqqa," State Department spokesman Li Wu '
        "told reporters on Tuesday.\n\nThe offensive on the city is led by local forces.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    b = api.make_brief(api.process([str(tmp_path)])).to_dict()
    found = [d for d in b["disagreements"] if d["kind"] == "statement"]  # type: ignore[index, union-attr]
    assert len(found) == 1
    speakers = [str(v["said_by"]) for v in found[0]["values"]]
    assert any("Jo Park" in s and "Al Roe" in s for s in speakers)
    assert any("Li Wu" in s for s in speakers)


def test_a_joint_speaker_split_by_titles_is_found_by_its_last_name() -> None:
    text = "Defence Minister Jo Park and Foreign Minister Al Roe said the alliance will withdraw."
    assert _said_name(text, "Jo Park and Al Roe") == "Al Roe"
    assert _said_name("Jo Park and Al Roe said so.", "Jo Park and Al Roe") == "Jo Park and Al Roe"


def test_a_place_count_far_above_every_scope_of_its_days_is_of_another_thing() -> None:
    claims = [
        _case(60, "2031-03-01", WORLDWIDE, "a"),
        _case(70, "2031-03-02", WORLDWIDE, "b"),
        _case(40, "2031-03-02", RURITANIA, "c"),
        _case(36000, "2031-03-03", RURITANIA, "d"),  # "36,000 die of fever in Ruritania each year", read as the toll
    ]
    assert [c.figure.value for c in _within_whole(claims[2:], claims)] == [40]
