"""A timeline entry or summary sentence that states a fact does not cite a sentence that only gives it as
possible, planned, expected or conditional (events.modality_agrees, used by events._cites and the
summary's citations); a modal cue in a clause about something else costs no citation."""

from __future__ import annotations

from storyline.records import DateValue
from storyline.story.events import Mention, _cites, _figures, _modal_scopes, modality_agrees
from storyline.story.text import Tfidf

BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]


def mention(article: str, text: str, published: str = "2031-05-20") -> Mention:
    return Mention(
        article, article, 0, text, "other", DateValue(value="2031-05-12", precision="day"), "text",
        set(), [], [], published, date_text="12 May",
    )  # fmt: skip


def prepared(*texts: str, published: str = "2031-05-20") -> list[Mention]:
    ms = [mention(f"a{i}", t, published) for i, t in enumerate(texts)]
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = _figures(m.claim)
    return ms


def test_a_conditional_or_planned_sentence_does_not_support_a_fact() -> None:
    assert not modality_agrees(
        "The ferry captain was ordered to stand trial for negligence on 12 May.",
        "A magistrate will decide on 12 May if the ferry captain should stand trial for negligence.",
    )
    assert not modality_agrees(
        "The number of flooded homes rose to 340 on 12 May.",
        "The number of flooded homes could rise to 340 by 12 May, the council warned.",
    )
    assert not modality_agrees(
        "The water board announced new chlorine limits on 12 May.",
        "The water board is expected to announce new chlorine limits on 12 May.",
    )
    assert not modality_agrees(
        "The miners' union accepted the pay offer on 12 May.",
        "It is unclear whether the miners' union accepted the pay offer on 12 May.",
    )


def test_the_same_sentence_as_fact_supports_it() -> None:
    assert modality_agrees(
        "The ferry captain was ordered to stand trial for negligence on 12 May.",
        "On 12 May a magistrate ordered the ferry captain to stand trial for negligence.",
    )
    # both give it as a plan: the same thing in the same mode
    assert modality_agrees(
        "The water board will announce new chlorine limits on 12 May.",
        "The water board is expected to announce new chlorine limits on 12 May.",
    )


def test_a_modal_in_a_clause_about_something_else_costs_nothing() -> None:
    assert modality_agrees(
        "The dam's outlet gates were closed on 12 May.",
        "The dam's outlet gates were closed on 12 May, and an inquiry will report next spring.",
    )
    # the clause placing the hedge in time tells another fact, and so does a sentence glued after it
    assert modality_agrees(
        "The levee was breached before crews could reinforce it on 12 May.",
        "Crews were still working when the levee was breached on 12 May.",
    )
    assert modality_agrees(
        "The harbour master took office in 2019.",
        "Fishermen think the harbour master should resign When he took office in 2019 he cut the fees.",
    )
    assert not modality_agrees(
        "The harbour master took office in 2019.",
        "Fishermen think the harbour master could take office in 2019.",
    )


def test_reporting_as_done_what_the_claim_plans_is_no_harm() -> None:
    # the cited sentence confirms the plan was carried out
    assert modality_agrees(
        "A charity concert is due to be held in the harbour square on 12 May.",
        "A charity concert was held in the harbour square on 12 May.",
    )
    # a claim dated after its article's publication is a plan whatever its verbs
    assert modality_agrees(
        "The charity concert takes place in the harbour square on 12 May.",
        "The charity concert will take place in the harbour square on 12 May.",
        claim_ahead=True,
    )
    assert not modality_agrees(
        "The charity concert takes place in the harbour square on 12 May.",
        "The charity concert will take place in the harbour square on 12 May.",
    )


def test_lowercase_modals_only_and_past_hedges_report_the_past() -> None:
    assert _modal_scopes("May 12 - the harbour reopened to ferries.") == ()
    assert _modal_scopes("The union accepted the pay offer.") == (("", ""),)
    assert _modal_scopes("Will Ode, the harbour master, reopened the port.") == ()
    # "might have died" hedges a past event it still reports
    assert modality_agrees(
        "Up to 40 fishermen died when the storm hit the coast on 12 May.",
        "Officials think up to 40 fishermen might have died when the storm hit the coast on 12 May.",
    )
    assert _modal_scopes("The toll could rise to 40, officials said.") == (("toll", "rise to 40"),)


def test_events_do_not_cite_a_forecast_for_a_fact() -> None:
    fact, forecast, retold = prepared(
        "The number of flooded homes in Westport rose to 340 on 12 May, the council said.",
        "The number of flooded homes in Westport could rise to 340 on 12 May, the council said.",
        "The council said the number of flooded homes in Westport rose to 340 on 12 May.",
    )
    assert _cites(fact, retold)
    assert not _cites(fact, forecast)
    # an entry that gives it as a forecast may cite the sentence that reports it done
    assert _cites(forecast, fact)
    # an entry dated after its article: the plan's own words are no harm
    plan, planned = prepared(
        "The charity concert takes place in the Westport harbour square on 12 May.",
        "The charity concert will take place in the Westport harbour square on 12 May.",
        published="2031-05-01",
    )
    assert _cites(plan, planned)
