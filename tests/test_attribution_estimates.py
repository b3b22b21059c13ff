"""Session 20, round 2: estimates without a speech verb, documents as speakers, clean roles (invented text)."""

from __future__ import annotations

from helpers import span_mentions as _mentions
from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]] | None = None) -> dict[int, Attribution]:
    sents = split(text)
    atts = extract_attributions(text, sents, "a", _mentions(text, sents, spans or []), None)
    return {a.sentence: a for a in atts}


def _speakers(text: str, spans: list[tuple[str, str]] | None = None) -> dict[int, str | None]:
    return {k: a.speaker for k, a in _atts(text, spans).items()}


def test_estimating_verbs_name_who_estimates() -> None:
    assert _speakers("Harbor Fuels has been estimating 7,000 barrels a day.") == {0: "Harbor Fuels"}
    assert _speakers("Geologists have pegged the flow at 30,000 barrels a day.") == {0: "Geologists"}
    assert _speakers("The Green Cross put the death toll at 2,400.") == {0: "Green Cross"}
    found = _atts("Auditors calculated the loss at $4 billion.")[0]
    assert (found.speaker, found.cue) == ("Auditors", "calculated")
    # the clause after "as" has its own subject
    assert _speakers("Talks resumed as Harbor Fuels officials put the bill at $90m.") == {0: "Harbor Fuels officials"}


def test_estimate_nouns_name_their_party() -> None:
    assert _speakers("That is far above Harbor Fuels' estimate of 7,000 barrels.") == {0: "Harbor Fuels"}
    assert _speakers("The flow dwarfs the official Harbor figure of 7,000 barrels.") == {0: "Harbor"}
    assert _speakers("Zenco's initial estimates were 100-500.") == {0: "Zenco"}


def test_a_passive_or_a_clock_time_names_nobody() -> None:
    assert _speakers("The toll was put at 2,400.") == {}
    assert _speakers("The crew put the boat back in the water at 5 p.m. on Monday.") == {}
    assert _speakers("The rain put 300 homes at risk.") == {}


def test_a_document_speaks_for_its_issuer() -> None:
    assert _speakers("Poverty rose, according to the Relief League's Annual Welfare Report released on Monday.") == {
        0: "Relief League"
    }
    assert _speakers("Crime fell, according to a review by the Norland Policy Institute for the city.") == {
        0: "Norland Policy Institute"
    }
    assert _speakers("Prices rose, according to Trade Ministry figures released today.") == {0: "Trade Ministry"}
    # a document whose issuer is not named speaks for nobody
    assert _speakers("Crime fell sharply, according to an update released on Monday.") == {0: None}
    assert _speakers("Estimates put the loss at between 3,000 and 6,000 jobs.") == {}


def test_a_noun_or_a_prepositional_phrase_is_no_speaker() -> None:
    text = 'Zenco wants the money used only for "fair" claims through an independent trustee.'
    assert _speakers(text) == {}


def test_a_clock_time_is_not_part_of_the_speaker() -> None:
    text = "Monday, June 7, 2010; 11:42 PM Zenco said Monday that it had sealed a valve. Zenco said it was pleased."
    assert _speakers(text) == {0: "Zenco", 1: "Zenco"}


def test_those_heard_speak_not_who_heard_them() -> None:
    assert _speakers("'One heard farmers who had lost their crops say that the dam should go.") == {0: "farmers"}


def test_a_business_the_tagger_calls_an_organisation_is_no_he() -> None:
    text = "Harbor Oil said it would pay every bill. The cost is high. He said the cost was too high."
    assert _speakers(text, [("Harbor Oil", "ORG")]) == {0: "Harbor Oil", 2: None}
    # a person the tagger mislabels as an organisation still is one
    text = "Dana Whitfield said the plan would work. The cost is high. She said the cost was fair."
    assert _speakers(text, [("Dana Whitfield", "ORG")]) == {0: "Dana Whitfield", 2: "Dana Whitfield"}


def test_a_role_is_a_clean_noun_phrase() -> None:
    text = (
        "The agency held back its alert on the new strain but its deputy head, Dr Lena Ortiz, said the risk was real."
    )
    found = _atts(text, [("Lena Ortiz", "PERSON")])[0]
    assert (found.speaker, found.role) == ("Dr Lena Ortiz", "its deputy head")
    text = "The main points so far: cents Zenco's chief executive, Ola Berg, told the panel he was sorry."
    found = _atts(text, [("Ola Berg", "PERSON")])[0]
    assert (found.speaker, found.role) == ("Ola Berg", "Zenco's chief executive")
    # an office "of" a body keeps its office word
    text = '"We will recover," said Ivo Lamm, chief economist of Zenco\'s research arm.'
    assert _atts(text, [("Ivo Lamm", "PERSON")])[0].role == "chief economist of Zenco's research arm"


def test_one_party_is_not_the_claimant_of_a_sentence_with_other_figures() -> None:
    # the range is the panel's, not Zenco's: no single claimant for the sentence
    text = "The panel's estimate is a range from 12,000 to 19,000 barrels, well above Zenco's estimate of 5,000."
    assert _speakers(text) == {}
    text = "Zenco's first estimate was 1,000 barrels a day, and the Ocean Agency later put it at 5,000 barrels a day."
    assert _speakers(text) == {}
    # a conversion in brackets or a year is no other figure
    assert _speakers("Zenco has put the costs at over $3.95bn (£2.6bn) in 2010.") == {0: "Zenco"}
