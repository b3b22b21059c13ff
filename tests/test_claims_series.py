"""An estimate's history: each value at its first report once it took over from the one before; stances
that conflict are the speakers' own; a range with its unit at both ends is one figure (invented text)."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Citation, Figure
from storyline.story.claims import _AGAINST, _FOR, Claim, _history, _own_stance


def _claim(value: float, day: str, source: str, said_by: str | None = None, value_max: float | None = None) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value, value_max=value_max,
        qualifier="range" if value_max else "exact", unit="bbl/d", what="flow",
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=f"The well leaks {value:,.0f} barrels a day.")
    return Claim(
        fig, "flow", "text:oil", "oil", said_by or source, said_by, day, False, cite, reported=day, act="release"
    )


def test_a_revised_estimate_shows_its_history() -> None:
    claims = [
        _claim(900, "2031-03-01", "a1", "the coast guard"),
        _claim(900, "2031-03-02", "a2"),
        _claim(4000, "2031-03-04", "a3", "officials"),
        _claim(4000, "2031-03-05", "a4"),
        _claim(4000, "2031-03-30", "a5"),  # a stale repeat after the next value is out is no point
        _claim(11000, "2031-03-20", "a6", "a panel", value_max=22000),
        _claim(15000, "2031-03-22", "a7"),  # inside the panel's range: no change
        _claim(11000, "2031-03-25", "a8", value_max=22000),
    ]
    points = [(c.figure.value, c.said_by) for c in _history(claims, None)]
    assert points == [(900, "the coast guard"), (4000, "officials"), (11000, "a panel")]


def test_a_rival_value_while_the_old_one_is_repeated_is_no_point() -> None:
    claims = [
        _claim(4000, "2031-04-01", "b1", "officials"),
        _claim(60000, "2031-04-03", "b2", "researchers"),
        _claim(4000, "2031-04-04", "b3"),
        _claim(4000, "2031-04-06", "b4"),
        _claim(4000, "2031-04-08", "b5"),
    ]
    assert [c.figure.value for c in _history(claims, None)] == [4000]
    # a lone later report is no revision either
    lone = [*claims[:1], _claim(30000, "2031-06-01", "b6", "a columnist")]
    assert [c.figure.value for c in _history(lone, None)] == [4000]


def _stance(text: str, speaker: str) -> bool:
    cue = _FOR.search(text) or _AGAINST.search(text)
    assert cue is not None
    return _own_stance(text, cue, speaker)


def test_a_stance_is_the_speaker_s_own() -> None:
    assert _stance("We will not withdraw our soldiers this year, the minister said.", "the minister")
    assert _stance("Jo Park said he was ready to negotiate with the rebels.", "Jo Park")
    assert _stance("The ministry rules out talks with the rebels.", "The ministry")
    assert _stance("Ruritanian envoy Jo Park said on Monday that Ruritania is ready to negotiate.", "Jo Park")
    # a stance the speaker reports of someone else
    assert not _stance("Ruritanian envoy Jo Park said on Monday that Freedonia is ready to negotiate.", "Jo Park")
    assert not _stance("Officials in Oslo say Freedonia plans to withdraw its troops.", "Officials in Oslo")
    assert not _stance("Jo Park said the envoy will not negotiate.", "Jo Park")


def test_a_range_with_its_unit_at_both_ends_is_one_figure() -> None:
    for text in (
        "Engineers put the flow at between 8,000 barrels and 21,000 barrels a day.",
        "Engineers put the flow at 8,000 barrels (336,000 gallons) to 21,000 barrels a day.",
        "The pipe leaks 8,000 barrels to 21,000 barrels of oil a day.",
    ):
        (f,) = extract_figures(text, split(text), "a", [], [])
        assert (f.value, f.value_max, f.unit) == (8000, 21000, "bbl/d"), text
    # a change is no range: the current value is the second
    text = "Output rose from 8,000 barrels to 21,000 barrels a day."
    assert all(f.value_max is None for f in extract_figures(text, split(text), "a", [], []))
