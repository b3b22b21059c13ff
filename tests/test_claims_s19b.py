"""Disagreements and series, session 19 round 2 (invented text): a negated or supposed figure is no claim; a
count's scope is not the part said after "mostly"; a share's owner tells what it is of;
a value last said the day another first is was replaced; one article's two outputs of an operation are two."""

from __future__ import annotations

from storyline.records import Citation, Figure, Mention, Toponym
from storyline.story.claims import (
    _FORMER,
    WORLD,
    Claim,
    _conflict,
    _Facts,
    _holder,
    _projected,
    _replaced,
    _said_before,
    _same_holder,
    _scope_of,
)


def _fig(text: str, number: str, value: float, unit: str = "bbl/d", what: str = "flow") -> Figure:
    start = text.index(number)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(number), text=number, value=value, unit=unit, what=what
    )


def test_a_negated_figure_is_no_claim() -> None:
    text = "The memo does not show that the 90,000 barrels a day is the real flow."
    assert _projected(text, _fig(text, "90,000", 9e4), 0, len(text))
    plain = "The memo shows that the well leaks 90,000 barrels a day."
    assert not _projected(plain, _fig(plain, "90,000", 9e4), 0, len(plain))
    bound = "The crews have collected not less than 9,000 barrels a day."
    assert not _projected(bound, _fig(bound, "9,000", 9e3), 0, len(bound))


def test_a_supposed_figure_is_no_claim_even_far_after_it() -> None:
    text = (
        "The 90,000-barrel figure (3.8 million gallons) in the company's internal memo rested on a hypothetical case."
    )
    assert _projected(text, _fig(text, "90,000", 9e4), 0, len(text))
    # a supposed case in another clause says nothing of this figure
    other = "The 3,000 barrels a day were measured; the memo's larger number rested on a hypothetical case."
    assert not _projected(other, _fig(other, "3,000", 3e3), 0, len(other))


def test_a_value_risen_from_or_claimed_then_is_a_former_one() -> None:
    text = "The flow, which has risen from early estimates of 2,000 barrels a day to 30,000, worries them."
    assert _said_before(text, _fig(text, "2,000", 2e3), 0, len(text), _FORMER)
    then = "When the firm met the senators, it was claiming the leak was only 2,000 barrels a day."
    assert _said_before(then, _fig(then, "2,000", 2e3), 0, len(then), _FORMER)
    now = "The firm says the leak is 2,000 barrels a day."
    assert not _said_before(now, _fig(now, "2,000", 2e3), 0, len(now), _FORMER)


def test_the_part_said_after_mostly_is_not_a_counts_scope() -> None:
    text = "Some 300 people have died worldwide among 41,000 confirmed cases, mostly in Ruritania and Borduria."
    f = _fig(text, "41,000", 41000, unit="", what="infected")
    tops = [
        Toponym(article="a", sentence=0, start=text.index(n), end=text.index(n) + len(n), text=n, place=p)
        for n, p in (("Ruritania", "p:rur"), ("Borduria", "p:bor"))
    ]
    assert _scope_of(text, f, (0, len(text)), tops) == {WORLD}
    own = "Ruritania now has 4,100 confirmed cases, the ministry said."
    f2 = _fig(own, "4,100", 4100, unit="", what="infected")
    t2 = [Toponym(article="a", sentence=0, start=0, end=9, text="Ruritania", place="p:rur")]
    assert _scope_of(own, f2, (0, len(own)), t2) == {"p:rur"}


def _mention(text: str, name: str, entity: str) -> Mention:
    start = text.index(name)
    return Mention(article="a", sentence=0, start=start, end=start + len(name), text=name, label="ORG", entity=entity)


def test_a_shares_owner_and_a_flows_source_are_what_it_is_of() -> None:
    one = "Analysts note that Acme owns 60% of the field."
    two = "Zenco owns 30% of the field, and Oxley the rest."
    h1 = _holder(
        one, _fig(one, "60%", 60, "percent", "percent"), (0, len(one)), "percent", [_mention(one, "Acme", "o:acme")]
    )
    h2 = _holder(
        two, _fig(two, "30%", 30, "percent", "percent"), (0, len(two)), "percent", [_mention(two, "Zenco", "o:zen")]
    )
    assert (h1, h2) == ("o:acme", "o:zen")
    far = "Acme, the field's operator, lost 60% of its value."
    assert (
        _holder(
            far, _fig(far, "60%", 60, "percent", "percent"), (0, len(far)), "percent", [_mention(far, "Acme", "o:acme")]
        )
        == ""
    )


def _claim(value: float, text: str, source: str, said_by: str | None, act: str, holder: str = "") -> Claim:
    fig = _fig(text, f"{value:,.0f}", value)
    cite = Citation(source=source, sentence=0, text=text)
    return Claim(
        fig, "flow", "text:oil", "oil", said_by or source, said_by, "2031-05-02", False, cite,
        reported="2031-05-02", act=act, holder=holder,
    )  # fmt: skip


def test_claims_of_different_holders_are_no_dispute() -> None:
    a = _claim(90000, "A trader said 90,000 barrels a day leaked from a pipeline.", "a1", "A trader", "release", "pipe")
    b = _claim(5000, "The agency said 5,000 barrels a day leaked from the well.", "a2", "The agency", "release", "well")
    c = _claim(5000, "The agency said 5,000 barrels a day leaked.", "a3", "The agency", "release")
    assert not _same_holder(a, b)
    assert _same_holder(a, c)  # unsaid: may be of either
    facts = _Facts([x.citation.text for x in (a, b, c)] + ["The port reopened.", "Boats stayed in."])
    assert not _conflict(a, b, [], facts)


def test_one_articles_two_outputs_of_an_operation_are_two_things() -> None:
    a = _claim(
        12000,
        "By noon the ship was siphoning 12,000 barrels a day, the engineer said.",
        "a1",
        "the engineer",
        "capture",
    )
    b = _claim(8000, "Some 8,000 barrels a day were siphoned through the second rig.", "a1", None, "capture")
    c = _claim(8000, "The agency said the ship was siphoning only 8,000 barrels a day.", "a2", "The agency", "capture")
    facts = _Facts([x.citation.text for x in (a, b, c)] + ["The port reopened.", "Boats stayed in."])
    assert not _conflict(a, b, [], facts)
    assert _conflict(a, c, [], facts)


def test_a_value_last_said_the_day_another_is_first_said_was_replaced() -> None:
    assert _replaced(["2031-06-12", "2031-06-14", "2031-06-16"], ["2031-06-16"])
    assert not _replaced(["2031-06-16"], ["2031-06-16"])  # both first said on one day: a dispute
    assert not _replaced(["2031-06-12", "2031-06-18"], ["2031-06-16"])  # still said after: held together


def test_a_rate_is_never_the_same_quantity_as_a_total() -> None:
    from storyline.story.claims import _quantity_unit

    assert _quantity_unit("killed", "people/d") != _quantity_unit("killed", None)
    assert _quantity_unit("killed", "people") == _quantity_unit("killed", None) == ""
    assert _quantity_unit("money", "usd/d") != _quantity_unit("money", "usd")
