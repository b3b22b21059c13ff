"""Rival parties in one article, figures a later article retells, and a hedged upper end (invented text)."""

from __future__ import annotations

import dataclasses

from storyline.records import Citation, Entity, Figure, Mention
from storyline.story.claims import (
    Claim,
    _conflict,
    _Facts,
    _held_together,
    _retold,
    _sentence_party,
    _upper_end,
)


def _claim(value: float, day: str, source: str, sentence: int, text: str, party: frozenset[str]) -> Claim:
    fig = Figure(
        article=source, sentence=sentence, start=0, end=1, text=f"{value:,.0f}", value=value, qualifier="exact",
        unit="bbl/d", what="flow",
    )  # fmt: skip
    cite = Citation(source=source, sentence=sentence, text=text)
    return Claim(
        fig, "flow", "text:oil", "oil", source, None, day, False, cite, reported=day, act="release", party=party
    )


def _fig(text: str, value: float, start: int, end: int, **kw: object) -> Figure:
    return Figure(article="a", sentence=0, start=start, end=end, text=text[start:end], value=value, **kw)  # type: ignore[arg-type]


def test_the_holder_of_a_view_is_read_before_its_verb() -> None:
    text = "Acme Oil has been estimating the seep at 3,000 barrels a day, but engineers doubt it."
    acme = Entity(id="acme", name="Acme Oil", type="organisation")
    mention = Mention(article="a", sentence=0, start=0, end=8, text="Acme Oil", label="ORG", entity="acme")
    f = _fig(text, 3000, text.index("3,000"), text.index(" a day"), what="flow")
    assert _sentence_party(text, f, (0, len(text)), [mention], [acme]) == {"acme"}
    other = "Independent scientists studying the footage have pegged the seep at 40,000 barrels a day."
    g = _fig(other, 40000, other.index("40,000"), other.index(" a day"), what="flow")
    assert _sentence_party(other, g, (0, len(other)), [], [acme]) == {"scientist"}
    plain = "The seep sends 40,000 barrels a day into the bay."
    h = _fig(plain, 40000, plain.index("40,000"), plain.index(" a day"), what="flow")
    assert _sentence_party(plain, h, (0, len(plain)), [], [acme]) == frozenset()  # no view, no holder


def test_one_article_setting_two_parties_against_each_other_is_a_dispute() -> None:
    a = "Acme Oil has been estimating the seep at 3,000 barrels a day, but engineers doubt it."
    b = "Independent scientists studying the footage have pegged it at 40,000 barrels a day."
    low = _claim(3000, "2031-06-10", "r1", 4, a, frozenset({"acme"}))
    high = _claim(40000, "2031-06-10", "r1", 5, b, frozenset({"scientist"}))
    earlier = _claim(3000, "2031-06-05", "r0", 2, "The seep is put at 3,000 barrels a day by Acme Oil.", frozenset())
    facts = _Facts([a, b, earlier.citation.text])
    # the low value was last said on the day the high one was first said: a replacement, were it not for the
    # article that gives both as two parties' views on that day
    assert _held_together(low, high, [earlier, low, high])
    assert _conflict(low, high, [], facts)
    # one party's two figures are its revision; one outlet's two figures with no holder read are its own
    same = dataclasses.replace(high, party=frozenset({"acme"}))
    assert not _conflict(low, same, [], facts)
    bare = [dataclasses.replace(c, party=frozenset()) for c in (low, high)]
    assert not _conflict(*bare, [], facts)


def test_figures_a_later_article_retells_are_no_dispute_of_its_day() -> None:
    may = [
        _claim(v, d, s, 0, "x", frozenset()) for v, d, s in ((3000, "2031-05-02", "m1"), (40000, "2031-05-04", "m2"))
    ]
    retold = [_claim(v, "2031-07-20", "j1", k, "x", frozenset()) for k, v in enumerate((3000, 40000))]
    assert _retold([*may, *retold]) == {id(c) for c in retold}
    # a value others still give in the days around the later article is current there, not retold
    current = _claim(40000, "2031-07-24", "j2", 0, "x", frozenset())
    assert _retold([*may, *retold, current]) == {id(retold[0])}


def test_a_hedged_upper_end_makes_one_range() -> None:
    text = "The admiral said 35,000 barrels a day, and possibly as much as 60,000 barrels, were escaping."
    low = _fig(text, 35000, text.index("35,000"), text.index(", and"), what="flow")
    high = _fig(text, 60000, text.index("as much"), text.index(" barrels,"), what="volume", qualifier="up_to")
    merged = _upper_end(text, low, [low, high])
    assert (merged.value, merged.value_max, merged.qualifier) == (35000, 60000, "range")
    two = "Officials counted 35,000 barrels a day; a rival counted 60,000 barrels."
    a = _fig(two, 35000, two.index("35,000"), two.index(";"), what="flow")
    b = _fig(two, 60000, two.index("60,000"), two.index(" barrels."), what="volume")
    assert _upper_end(two, a, [a, b]) is a  # two figures, no hedge between them: two claims
