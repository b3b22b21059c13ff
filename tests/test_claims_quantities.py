"""Claims round 2: listed candidates, figures an article says agree, a government and its own panel, a figure
read without its period, and a count's country read from a people's word (invented text)."""

from __future__ import annotations

import dataclasses

from storyline.records import Citation, Figure, Toponym
from storyline.story.claims import (
    _AGREES,
    _LISTED,
    Claim,
    _conflict,
    _Facts,
    _nation_of,
    _party,
    _scope_of,
    _sentence_party,
)


def _claim(value: float, source: str, sentence: int, text: str, **kw: object) -> Claim:
    fig = Figure(
        article=source, sentence=sentence, start=0, end=1, text=f"{value:,.0f}", value=value, qualifier="exact",
        unit="bbl", what="volume",
    )  # fmt: skip
    cite = Citation(source=source, sentence=sentence, text=text)
    base = Claim(fig, "volume", "text:tar", "tar", source, None, "2031-03-09", False, cite, reported="2031-03-09")
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def _fig(text: str, value: float, start: int, end: int, **kw: object) -> Figure:
    return Figure(article="a", sentence=0, start=start, end=end, text=text[start:end], value=value, **kw)  # type: ignore[arg-type]


def test_a_list_of_candidate_values_is_no_claim() -> None:
    text = "Guess the size: 8,100 tonnes... 9,000... 14,500... 30,000."
    end = text.index(" tonnes") + len(" tonnes")
    assert _LISTED.match(text, end)
    plain = "The barge held 8,100 tonnes. Then it sank."
    assert not _LISTED.match(plain, plain.index(" tonnes") + len(" tonnes"))


def test_an_article_that_says_its_figures_agree_tells_no_dispute() -> None:
    net = "Their net figure is 2.2 million barrels."
    agree = "They say it compares well with the 2.0 million barrels estimate of the state survey."
    gross = "The state survey said some 2.6 million barrels came out of the well."
    a = _claim(2_200_000, "r1", 3, net)
    b = _claim(2_600_000, "r1", 9, gross, said_by="state survey", claimant="state survey")
    assert _AGREES.search(agree)
    facts = _Facts([net, agree, gross])
    assert _conflict(a, b, [], facts)  # without the article's word that they agree, a dispute
    facts = _Facts([net, agree, gross], frozenset({("r1", "volume", "bbl")}))
    assert not _conflict(a, b, [], facts)
    # another article's figure is still set against it
    other = dataclasses.replace(b, citation=Citation(source="r2", sentence=1, text=gross))
    assert _conflict(a, other, [], facts)


def test_a_government_and_its_own_panel_are_one_party() -> None:
    assert "government" in _party("Government scientists", None, {}, [])
    assert "government" in _party("The federal government", None, {}, [])
    assert "government" not in _party("Independent scientists", None, {}, [])
    text = "One high estimate by a state government expert panel puts the seep at 9,000 barrels a day."
    f = _fig(text, 9000, text.index("9,000"), text.index(" a day"), what="flow")
    assert "government" in _sentence_party(text, f, (0, len(text)), [], [])


def test_a_figure_read_without_its_period_is_stated_with_the_flow() -> None:
    # "4,000 to 6,000 barrels a day, with one estimate as high as 9,000 barrels": the 9,000 is stated with the
    # range, and another article's 9,000 a day is no rival of the range
    a = dataclasses.replace(
        _claim(4000, "r1", 2, "x"),
        figure=Figure(article="r1", sentence=2, start=0, end=1, text="4,000", value=4000, value_max=6000,
                      qualifier="range", unit="bbl/d", what="flow"),
        what="flow", said_by="state scientists", claimant="state scientists",
        citation=Citation(source="r1", sentence=2, text="State scientists estimate the seep at 4,000 to 6,000 barrels a day."),
    )  # fmt: skip
    b = dataclasses.replace(
        a,
        figure=a.figure.model_copy(update={"value": 9000.0, "value_max": None, "qualifier": "exact"}),
        citation=Citation(source="r2", sentence=5, text="An expert estimate puts the seep at 9,000 barrels a day."),
        said_by=None,
        claimant="r2",
    )
    facts = _Facts([a.citation.text, b.citation.text, "The ferry left at noon.", "Rain fell on the hills."])
    assert _conflict(a, b, [], facts)
    assert not _conflict(a, b, [[(4000.0, 6000.0), (9000.0, 9000.0)]], facts)


def test_a_count_is_of_the_country_whose_people_or_officials_say_it() -> None:
    nations = {"freedonia": "p-fr", "sylvania": "p-sy"}
    assert _nation_of("Freedonian", nations) == "p-fr"
    assert _nation_of("Freedonians", nations) == "p-fr"
    assert _nation_of("Sylvanian", nations) == "p-sy"
    assert _nation_of("Health", nations) is None
    text = "Freedonian health officials said 12 deaths had been confirmed."
    f = _fig(text, 12, text.index("12"), text.index(" deaths"), what="killed")
    assert _scope_of(text, f, (0, len(text)), [], nations) == {"p-fr"}
    # a people's word with no authority after it says nothing of where the count is
    loose = "Freedonian cooks said 12 deaths had been confirmed."
    g = _fig(loose, 12, loose.index("12"), loose.index(" deaths"), what="killed")
    assert _scope_of(loose, g, (0, len(loose)), [], nations) == frozenset()


def test_there_after_a_count_points_back_not_forward() -> None:
    nations = {"freedonia": "p-fr", "sylvania": "p-sy"}
    text = (
        "Freedonians went back to work despite a fever that has killed up to 80 people there, and spread to Sylvania."
    )
    at = text.index("Sylvania")
    syl = Toponym(article="a", sentence=0, start=at, end=at + 8, text="Sylvania", place="p-sy")
    f = _fig(text, 80, text.index("80"), text.index(" people"), what="killed")
    assert _scope_of(text, f, (0, len(text)), [syl], nations) == {"p-fr"}
    # without "there" the place said after the count is its scope, as before
    plain = "A fever has killed up to 80 people in Sylvania."
    at = plain.index("Sylvania")
    syl2 = Toponym(article="a", sentence=0, start=at, end=at + 8, text="Sylvania", place="p-sy")
    g = _fig(plain, 80, plain.index("80"), plain.index(" people"), what="killed")
    assert _scope_of(plain, g, (0, len(plain)), [syl2], nations) == {"p-sy"}
