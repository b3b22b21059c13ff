"""A series is one claimant line's value over time: a rival's estimate, a value repeated, a count ruled out and
a figure said in a condition are no steps of it (invented text)."""

from __future__ import annotations

import dataclasses

from storyline.records import Citation, Figure
from storyline.story.claims import (
    Claim,
    _Facts,
    _history,
    _holds_number,
    _past_course,
    _projected,
    _repeats,
    _ruled_out,
    _series,
)


def _claim(
    value: float,
    day: str,
    source: str,
    party: frozenset[str] = frozenset(),
    value_max: float | None = None,
    text: str | None = None,
    qualifier: str | None = None,
) -> Claim:
    fig = Figure(
        article=source, sentence=0, start=0, end=1, text=f"{value:,.0f}", value=value, value_max=value_max,
        qualifier=qualifier or ("range" if value_max else "exact"), unit="bbl/d", what="flow",
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text or f"The seep sends {value:,.0f} barrels a day into the bay.")
    return Claim(
        fig, "flow", "text:oil", "oil", source, None, day, False, cite, reported=day, act="release", party=party
    )


def _fig(text: str, number: str, value: float) -> Figure:
    at = text.index(number)
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value)


def test_a_loose_range_that_holds_a_value_does_not_repeat_it() -> None:
    single = _claim(90000, "2031-05-20", "r1")
    assert _repeats(_claim(90000, "2031-05-22", "r2", qualifier="about"), single)
    assert not _repeats(_claim(40000, "2031-05-30", "r3", value_max=100000), single)
    # so an outlier said once, held only by someone's wide range, never takes over from the official figure
    claims = [
        _claim(4000, "2031-05-01", "a1"),
        _claim(4000, "2031-05-10", "a2"),
        single,
        _claim(40000, "2031-05-30", "r3", value_max=100000),
        _claim(4000, "2031-05-21", "a3"),
    ]
    assert [c.figure.value for c in _history(claims, None)] == [4000]


def test_a_rival_party_value_is_no_step_unless_said_as_an_update() -> None:
    officials = frozenset({"coastguard"})
    scientists = frozenset({"scientist"})
    rival = "Scientists studying the footage have pegged the seep at 60,000 barrels a day."
    claims = [
        _claim(3000, "2031-06-01", "o1", officials),
        _claim(3000, "2031-06-02", "o2", officials),
        _claim(60000, "2031-06-10", "s1", scientists, text=rival),
        _claim(60000, "2031-06-12", "s2", scientists, text=rival),
        _claim(60000, "2031-06-13", "s3", scientists, text=rival),
    ]
    assert [c.figure.value for c in _history(claims, None)] == [3000]
    # the same value said as the estimate's update ("now put at", "revised") is a step of the history
    update = "Scientists have now revised the estimate of the seep to 60,000 barrels a day."
    revised = [dataclasses.replace(c, citation=c.citation.model_copy(update={"text": update})) for c in claims[2:]]
    assert [c.figure.value for c in _history([*claims[:2], *revised], None)] == [3000, 60000]
    # and a value said with no holder may be one
    plain = [dataclasses.replace(c, party=frozenset()) for c in claims[2:]]
    assert [c.figure.value for c in _history([*claims[:2], *plain], None)] == [3000, 60000]


def test_a_repeated_or_weaker_value_is_no_new_point_of_a_series() -> None:
    text = "The spill has released barrels of oil into the bay so far."
    days = ["2031-07-01", "2031-08-01", "2031-09-01", "2031-10-01"]
    claims = [
        _claim(4.4e6, days[0], "v1", text=text),
        _claim(5e6, days[1], "v2", text=text, qualifier="about"),
        _claim(4e6, days[2], "v3", text=text, qualifier="more_than"),  # holds "about 5 million": no change
        _claim(5e6, days[3], "v4", text=text, qualifier="about"),  # the same value again: one point
    ]
    assert _holds_number(claims[2], claims[1])
    assert not _holds_number(claims[1], claims[0])
    chain = _series([[c] for c in claims], _Facts([text]), None)
    assert [(c.figure.value, c.figure.qualifier) for c in chain] == [(4.4e6, "exact"), (5e6, "about")]


def test_a_count_ruled_out_is_no_count_of_cases() -> None:
    text = "Officials said 17 suspected cases in the county tested negative for the virus."
    assert _ruled_out(text, _fig(text, "17", 17), 0, len(text))
    text = "Doctors have ruled out the virus in 9 patients at the clinic."
    assert _ruled_out(text, _fig(text, "9", 9), 0, len(text))
    text = "Officials said 17 suspected cases in the county are under investigation."
    assert not _ruled_out(text, _fig(text, "17", 17), 0, len(text))


def test_a_figure_said_in_a_condition_is_no_claim() -> None:
    text = "If next month the firm starts to collect 30,000 barrels a day, the old estimate was wrong."
    assert _projected(text, _fig(text, "30,000", 30000), 0, len(text))
    # a condition on the figure's source, in another phrase, leaves the figure claimed
    text = "If the official estimates are right, 12 million gallons have spilled so far."
    assert not _projected(text, _fig(text, "12 million", 12e6), 0, len(text))


def test_a_speaker_retelling_past_figures_claims_only_the_one_now() -> None:
    text = 'She said: "First they said it was 800 tonnes, then they said 2,000, now we are up to 9,000 tonnes."'
    assert _past_course(text, _fig(text, "800", 800), 0)
    assert _past_course(text, _fig(text, "2,000", 2000), 0)
    assert not _past_course(text, _fig(text, "9,000", 9000), 0)
    text = "Then they said it was 2,000 tonnes."
    assert _past_course(text, _fig(text, "2,000", 2000), 0)
