"""Session 20 attribution rules: false speakers replaced by the true one or by nobody (invented text)."""

from __future__ import annotations

from helpers import span_mentions as _mentions
from helpers import split
from storyline.annotate.attribution import extract_attributions


def _speakers(text: str, spans: list[tuple[str, str]] = ()) -> dict[int, str | None]:  # type: ignore[assignment]
    sents = split(text)
    atts = extract_attributions(text, sents, "a", _mentions(text, sents, list(spans)), None)
    return {a.sentence: a.speaker for a in atts}


def test_researchers_keep_their_group_not_an_earlier_organisation() -> None:
    text = (
        "Cases rose again this winter, the Acme Health Agency reports. "
        '"The drug failed in nine of ten samples," the researchers wrote in a medical journal.'
    )
    assert _speakers(text, [("Acme Health Agency", "ORG")])[1] == "the researchers"


def test_named_team_speaks_and_the_researchers_resolve_to_it() -> None:
    text = (
        "Few of the pigs fell ill, Jo Park and colleagues at the Acme Institute reported. "
        '"The results may help farmers," the researchers wrote.'
    )
    sp = _speakers(text, [("Jo Park", "PERSON"), ("Acme Institute", "ORG")])
    assert sp[0] == "Jo Park and colleagues"
    assert sp[1] == "Jo Park and colleagues"


def test_share_of_surveyed_group_speaks_not_the_place_they_were_surveyed() -> None:
    text = "In Riverton, 42 percent of the patients surveyed at the Acme Health Center said they slept badly."
    assert _speakers(text, [("Acme Health Center", "ORG")])[0] == "the patients"


def test_number_split_at_its_comma_is_never_a_speaker() -> None:
    text = "Officials counted 20 deaths and 1,004 people reported infected."
    assert _speakers(text).get(0) in (None, "Officials")
    assert all(not (s or "").startswith("004") for s in _speakers(text).values())


def test_number_is_not_a_speaker_the_group_is() -> None:
    text = "A majority of voters, 62 percent, said the town was on the wrong track."
    assert _speakers(text)[0] == "A majority of voters"


def test_its_latest_figures_belong_to_the_organisation_just_named() -> None:
    text = (
        "The Acme Relief Agency raised its alert level this week. "
        "According to its latest figures, 230 people have died."
    )
    assert _speakers(text, [("Acme Relief Agency", "ORG")])[1] == "Acme Relief Agency"


def test_its_latest_figures_without_an_owner_name_nobody() -> None:
    text = "Rain fell all week. According to its latest figures, 230 people have died."
    assert _speakers(text).get(1) is None


def test_quote_with_its_own_cue_does_not_inherit_the_previous_speaker() -> None:
    text = 'Profits will fall, an analyst said. "The outcome will be well below our plans," the company said on Friday.'
    sp = _speakers(text)
    assert sp[1] != "an analyst"


def test_the_company_resolves_to_the_business_that_just_spoke() -> None:
    text = "Acme Oil said the leak was small. The company said it would pay all claims."
    assert _speakers(text, [("Acme Oil", "ORG")])[1] == "Acme Oil"


def test_the_company_stays_unresolved_when_another_body_is_in_the_frame() -> None:
    text = (
        "Acme Oil said the leak was small. Bolt Drilling blamed the well design. "
        '"No contractor was ever held liable," the company said.'
    )
    sp = _speakers(text, [("Acme Oil", "ORG"), ("Bolt Drilling", "ORG")])
    assert sp[2] == "the company"


def test_a_clause_before_and_with_an_irregular_verb_is_not_the_speaker() -> None:
    text = "Japan confirmed new cases after Riverton saw its first death and Ruritania reported two cases."
    assert _speakers(text)[0] == "Ruritania"


def test_pronoun_inside_relative_clause_speaks_not_the_noun_phrase() -> None:
    text = "He blamed the financial journalists who he says misled the public."
    assert _speakers(text).get(0) != "the financial journalists"


def test_name_with_sans_connector_stays_whole() -> None:
    text = "Aid agency Medecins sans Frontieres reported a surge of injured people."
    assert _speakers(text)[0] == "Medecins sans Frontieres"


def test_reporter_at_a_place_speaks() -> None:
    text = "The BBC's Jo Park at the city airport says the runway is open."
    assert _speakers(text)[0] == "Jo Park"


def test_opening_subordinator_is_not_part_of_the_speaker() -> None:
    text = "When Acme Bank said it would close the branch, customers protested."
    assert _speakers(text)[0] == "Acme Bank"


def test_acronym_that_spells_a_stop_word_is_a_name() -> None:
    text = "According to the WHO, 21 countries have reported cases."
    assert _speakers(text)[0] == "WHO"


def test_a_generic_medium_is_not_named_the() -> None:
    text = "The danger, according to the radio, is that workers stay home."
    assert _speakers(text).get(0) != "the"
