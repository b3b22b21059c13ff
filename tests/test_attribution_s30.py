"""Session 30 attribution rules (invented text).  A place written with its container ("Tampa, Florida")
before a cue locates what is reported and names no speaker; the comma inside it never cuts the speaker
down to the container alone.  A place standing bare for its government still speaks, and a place in a
fronted phrase ("In Lima, Peru said") leaves the subject after the comma alone.  "The oil giant", news
prose's epithet for a big company, speaks as written, as "the British lender" does."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]] | None = None) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans or [], overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def test_a_city_and_its_state_before_reported_is_no_speaker() -> None:
    t = "Tampa, Florida reported 9 inches of rain overnight, and flooding closed two highways."
    a = _atts(t, [("Tampa", "GPE"), ("Florida", "GPE")]).get(0)
    assert a is None or a.speaker is None


def test_a_tagged_city_state_place_is_not_cut_to_its_container() -> None:
    t = "Portland, Maine recorded 14 inches of snow by noon, the heaviest fall in a decade."
    a = _atts(t, [("Portland, Maine", "GPE")]).get(0)
    assert a is None or a.speaker not in ("Maine", "Portland, Maine")


def test_a_bare_capital_still_speaks_for_its_government() -> None:
    t = "Ottawa said the tariffs would be lifted by the end of the month."
    a = _atts(t, [("Ottawa", "GPE")])[0]
    assert a.speaker == "Ottawa"
    assert a.cue == "said"


def test_a_fronted_place_leaves_the_country_after_it_speaking() -> None:
    t = "In Lima, Peru said it had confirmed 12 new cases of the virus."
    a = _atts(t, [("Lima", "GPE"), ("Peru", "GPE")])[0]
    assert a.speaker == "Peru"


def test_a_fronted_region_leaves_the_country_after_it_reporting() -> None:
    t = "Elsewhere in eastern Europe, Hungary has reported a suspected case."
    a = _atts(t, [("Europe", "LOC"), ("Hungary", "GPE")])[0]
    assert a.speaker == "Hungary"
    assert a.cue == "reported"


# --------------------------------------------------------------------------- a company's epithet


def test_the_oil_giant_speaks_as_written() -> None:
    t = "Norlex shares fell in early trading. The Danish shipping giant has estimated that 400 jobs will go."
    a = _atts(t, [("Norlex", "ORG")])[1]
    assert a.speaker == "The Danish shipping giant"
    assert a.cue == "estimated"


def test_the_energy_giant_after_a_figure_speaks() -> None:
    t = "The outage has cost the grid operator $40m so far, the energy giant said on Monday."
    a = _atts(t)[0]
    assert a.speaker == "the energy giant"


def test_the_giant_alone_is_no_speaker() -> None:
    t = "The giant said nothing for a while and then walked away."
    a = _atts(t).get(0)
    assert a is None or a.speaker is None
