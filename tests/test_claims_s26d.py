"""Session 26, round 4: a bare volume that converts a flow said shortly before it in another unit is that flow
("pumping 840,000 gallons a day ... 'we are at 20 (20,000 barrels) now'"), and takes that flow's act; a sentence
with no figure of its own does not end the flow context of the one before it; oil "trapped" is oil captured."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import Figure
from storyline.story.claims import _ACT, _restated_act


def _figures(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.unit, f.what) for f in extract_figures(text, split(text), "a", [], [])]


def _of(figures: list[tuple[str, str | None, str | None]], text: str) -> tuple[str | None, str | None]:
    return next((unit, what) for t, unit, what in figures if t == text)


def test_a_conversion_of_an_earlier_flow_is_that_flow() -> None:
    text = (
        "The admiral said the recovery ships were now siphoning up to 840,000 gallons of oil daily. "
        '"We are only at 20 (20,000 barrels) now," he told reporters.'
    )
    figures = _figures(text)
    assert _of(figures, "20,000 barrels") == ("bbl/d", "flow")


def test_a_conversion_set_right_after_its_flow_despite_a_comparison() -> None:
    text = (
        "Crude is escaping from the broken pipe at 2,000 barrels a day -- the equivalent of 84,000 gallons -- "
        "and the leak could soon rival the worst spill in the state's history."
    )
    assert _of(_figures(text), "84,000 gallons") == ("gal/d", "flow")


def test_a_total_or_another_size_is_no_conversion() -> None:
    # a total's cue in the volume's own sentence, away from the flow: a total that happens to match
    text = "The well leaks 2,000 barrels a day. Crews have skimmed 84,000 gallons so far."
    assert _of(_figures(text), "84,000 gallons") == ("gal", "volume")
    # a volume of another size in another unit stays a volume
    text = 'The rig pumps 2,000 barrels a day. "We are at 300,000 gallons now," the manager said.'
    assert _of(_figures(text), "300,000 gallons") == ("gal", "volume")


def test_a_sentence_without_figures_keeps_the_flow_context() -> None:
    text = (
        "The panel's first estimate put the flow at 30,000 to 45,000 barrels a day. "
        '"These results are still rough," the chairman said. '
        "Asked for a best guess, he said 25,000 to 35,000 barrels is the likeliest range."
    )
    assert _of(_figures(text), "25,000 to 35,000 barrels") == ("bbl/d", "flow")
    # a figure in the sentence between them ends it: the sentence before is the context
    text = (
        "The panel's first estimate put the flow at 30,000 to 45,000 barrels a day. "
        "The company has 12 ships in the area. "
        "Asked for a best guess, he said 25,000 to 35,000 barrels is the likeliest range."
    )
    assert _of(_figures(text), "25,000 to 35,000 barrels") == ("bbl", "volume")


def test_a_restated_flow_takes_the_act_of_the_flow_it_converts() -> None:
    first = "The recovery ships were now siphoning up to 840,000 gallons of oil daily."
    second = '"We are only at 20 (20,000 barrels) now," he told reporters.'
    text = first + " " + second
    flow = Figure(article="a", sentence=0, start=text.index("840,000"), end=text.index(" of oil"),
                  text="840,000 gallons", value=840000.0, unit="gal/d", what="flow", about="oil")  # fmt: skip
    at = text.index("20,000")
    restated = Figure(article="a", sentence=1, start=at, end=at + 14, text="20,000 barrels", value=20000.0,
                      unit="bbl/d", what="flow", about="oil")  # fmt: skip
    span = {0: (0, len(first)), 1: (len(first) + 1, len(text))}
    assert _restated_act(text, restated, [flow, restated], span) == "capture"
    # a flow in another unit of another size lends it nothing
    other = flow.model_copy(update={"value": 500000.0})
    assert _restated_act(text, restated, [other, restated], span) == ""


def test_trapped_oil_is_captured() -> None:
    m = _ACT.search("A cap on the well trapped about 400,000 gallons of oil on Sunday.")
    assert m is not None and m.lastgroup == "capture"
