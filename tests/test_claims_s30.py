"""Session 30: a figure no speaker was found for is credited to the subject of the active verb of estimating in
its own clause ("The harbour authority has estimated that up to 9,000 barrels a day ...", "Acme has been
estimating ...", "Several researchers were able to estimate ..."), in the figures table and in the claims alike; a
view that names nobody ("Estimates put", "One measurement put", "an estimated 4,000"), a passive, a pronoun, a clause
run into the subject, and a figure after another one of the clause stay unattributed (invented text)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.records import (
    AnnotatedArticle,
    Article,
    Figure,
    Mention,
    PublishedDate,
    Sentence,
    TimeExpression,
)
from storyline.story.claims import claimed_figures, claims_of


def _fig(text: str, number: str, value: float, what: str = "flow", unit: str = "bbl/d", **kw: object) -> Figure:
    at = text.index(number)
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what, about="oil", **kw)  # type: ignore[arg-type]  # fmt: skip


def _doc(
    text: str,
    figures: list[Figure],
    times: Sequence[TimeExpression] = (),
    mentions: Sequence[Mention] = (),
) -> AnnotatedArticle:
    article = Article(id="a", file="a.txt", text=text, published=PublishedDate(value="2031-06-20", precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    return AnnotatedArticle(
        article=article, sentences=sentences, figures=figures, times=list(times), mentions=list(mentions)
    )


def _said_by(text: str, number: str, value: float, **kw: object) -> str | None:
    doc = _doc(text, [_fig(text, number, value)], **kw)  # type: ignore[arg-type]
    table = claimed_figures([doc], [])
    assert len(table) == 1
    return table[0].said_by


def test_the_subject_of_an_estimate_holds_it() -> None:
    text = "The harbour authority has estimated that up to 9,000 barrels a day were escaping from the tanker."
    assert _said_by(text, "up to 9,000 barrels a day", 9000) == "The harbour authority"
    # auxiliaries and adverbs are no part of the holder
    text = "Several researchers were able to estimate seepage rates at between 3,000 and 8,000 barrels a day."
    assert _said_by(text, "between 3,000 and 8,000 barrels a day", 3000) == "Several researchers"
    text = "The port authority initially estimated about 2,500 barrels a day were pouring from the hull."
    assert _said_by(text, "about 2,500 barrels a day", 2500) == "The port authority"
    text = "The Ruritanian oil giant has been estimating the pipe was leaking at a rate of 700 barrels a day."
    assert _said_by(text, "700 barrels a day", 700) == "The Ruritanian oil giant"


def test_a_named_estimator_and_the_claims_agree() -> None:
    text = "Acme has been estimating the pipe was leaking at a rate of 700 barrels a day."
    acme = Mention(article="a", sentence=0, start=0, end=4, text="Acme", label="ORG")
    doc = _doc(text, [_fig(text, "700 barrels a day", 700)], mentions=[acme])
    assert claimed_figures([doc], [])[0].said_by == "Acme"
    assert [c.said_by for c in claims_of([doc], [])] == ["Acme"]
    # a common word capitalised only because it opens the sentence is no name
    text = "Researchers estimate 700 barrels a day are leaking."
    assert _said_by(text, "700 barrels a day", 700) == "Researchers"  # a holder's noun
    text = "Seepage estimates 700 barrels a day."
    assert _said_by(text, "700 barrels a day", 700) is None


def test_a_time_that_opens_the_clause_is_no_part_of_its_holder() -> None:
    text = "Last year Acme calculated that 4,000 barrels a day were seeping from old wells."
    last = TimeExpression(article="a", sentence=0, start=0, end=9, text="Last year", type="DATE", value="2030")
    acme = Mention(article="a", sentence=0, start=10, end=14, text="Acme", label="ORG")
    assert _said_by(text, "4,000 barrels a day", 4000, times=[last], mentions=[acme]) == "Acme"


def test_a_view_that_names_nobody_stays_unattributed() -> None:
    for text, number in (
        ("Estimates put the leak at 6,000 barrels a day.", "6,000 barrels a day"),
        ("According to harbour estimates, 6,000 barrels a day are leaking.", "6,000 barrels a day"),
        ("Independent estimates have put the leak at 6,000 barrels a day.", "6,000 barrels a day"),
        ("One measurement put the leak at 6,000 barrels a day.", "6,000 barrels a day"),
        ("A new harbour estimate suggests 6,000 barrels a day are leaking.", "6,000 barrels a day"),
        ("Officials say an estimated 6,000 barrels a day are leaking.", "6,000 barrels a day"),
        ("The total estimated flow is 6,000 barrels a day.", "6,000 barrels a day"),
        ("If Acme's estimated rate of 6,000 barrels a day is right, the fines will be large.", "6,000 barrels a day"),
        ("The leak is estimated at 6,000 barrels a day.", "6,000 barrels a day"),
        ("He reckons 6,000 barrels a day are leaking.", "6,000 barrels a day"),
        ("The crisis deepened, prompting one engineer to put the leak at 6,000 barrels a day.", "6,000 barrels a day"),
    ):
        assert _said_by(text, number, 6000) is None, text


def test_a_figure_after_another_of_the_clause_or_far_from_the_verb_stays_unattributed() -> None:
    text = "The port authority estimated 2,000 barrels a day at first and later revised that to 5,000 barrels a day."
    first, later = _fig(text, "2,000 barrels a day", 2000), _fig(text, "5,000 barrels a day", 5000)
    table = claimed_figures([_doc(text, [first, later])], [])
    assert [(f.value, f.said_by) for f in table] == [(2000, "The port authority"), (5000, None)]
    far = (
        "The agency estimates that the stricken tanker, which ran aground off the northern cape in a storm last "
        "month, is losing 300 barrels a day."
    )
    assert _said_by(far, "300 barrels a day", 300) is None


def test_a_conjunction_that_opens_the_clause_is_no_part_of_its_holder() -> None:
    text = "The storm battered the coast for days, and the harbour authority has estimated 900 barrels a day escaped."
    assert _said_by(text, "900 barrels a day", 900) == "the harbour authority"


def test_a_name_ending_like_an_adverb_is_kept_whole() -> None:
    text = "Jo Kelly initially estimated that 1,200 barrels a day were escaping from the rig."
    kelly = Mention(article="a", sentence=0, start=0, end=8, text="Jo Kelly", label="PERSON")
    assert _said_by(text, "1,200 barrels a day", 1200, mentions=[kelly]) == "Jo Kelly"
