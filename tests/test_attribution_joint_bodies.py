"""Session 24, joint bodies (invented text): a named body and another body joined by "and" before the
reporting verb speak jointly ("CDC and the state government said"), the way two named people do; "and"
that links no speakers ("the storm and the flooding", "between ... and ...") joins nothing, and a later
mention of one of the two is that body alone, never the pair."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def test_an_acronym_and_a_government_speak_jointly() -> None:
    a = _atts("ACME and the state government say the leak has slowed.", [("ACME", "ORG")])[0]
    assert a.speaker == "ACME and the state government"


def test_an_acronym_and_a_named_body_speak_jointly() -> None:
    t = "The leak is larger than what ACME and the Coast Guard have said."
    assert _atts(t, [("ACME", "ORG"), ("Coast Guard", "ORG")])[0].speaker == "ACME and the Coast Guard"


def test_a_later_mention_of_one_body_is_that_body_not_the_pair() -> None:
    t = "ACME and the Coast Guard said the leak was small. Crews fell ill, the Coast Guard said."
    a = _atts(t, [("ACME", "ORG"), ("Coast Guard", "ORG")])
    assert a[0].speaker == "ACME and the Coast Guard"
    assert a[1].speaker == "Coast Guard"


def test_and_between_things_or_after_between_joins_no_speakers() -> None:
    assert _atts("The storm and the flooding have killed 20 people, officials said.", [])[0].speaker == "officials"
    t = "Between ACME and the government, officials said, the cost was shared."
    assert _atts(t, [("ACME", "ORG")])[0].speaker == "officials"


def test_a_clause_or_common_nouns_before_and_are_not_joined() -> None:
    assert _atts("The cap is fitted and the government says the flow stopped.", [])[0].speaker == "the government"
    assert _atts("The union and the company said talks would resume.", [])[0].speaker == "the company"


def test_a_caption_in_capitals_is_not_a_body() -> None:
    t = "OIL RUNS OUT - UNLIKELY ACME and the White House have said the firm can pay."
    assert _atts(t, [("ACME", "ORG")])[0].speaker == "White House"
