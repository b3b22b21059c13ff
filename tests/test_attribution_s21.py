"""Session 21 attribution rules: offices out of the speaker's name, documents without a named issuer,
names whose "'s" is their own, and pronouns that stay unknown (invented text)."""

from __future__ import annotations

from helpers import span_mentions as _mentions
from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]] = ()) -> dict[int, Attribution]:  # type: ignore[assignment]
    sents = split(text)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", _mentions(text, sents, list(spans)), None)}


def test_company_and_office_before_a_name_are_the_role() -> None:
    text = "Acme CEO Jo Parker says the plan worked. Acme Vice-President Sam Lee said the cap held."
    a = _atts(text, [("Acme", "ORG"), ("Jo Parker", "PERSON"), ("Sam Lee", "PERSON")])
    assert (a[0].speaker, a[0].role) == ("Jo Parker", "Acme CEO")
    assert (a[1].speaker, a[1].role) == ("Sam Lee", "Acme Vice-President")


def test_office_without_a_tagged_name_still_splits() -> None:
    a = _atts("Former Acme Bank CEO Tom Reed said the loans were sound.", [("Acme Bank", "ORG")])
    assert a[0].speaker == "Tom Reed"
    assert a[0].role is not None and a[0].role.endswith("CEO")


def test_office_of_something_stays_in_the_role() -> None:
    # the tagger found only the surname: the first name stays with it, "Chief of Staff" goes to the role
    a = _atts("Harbor Chief of Staff Ann Grey said the trip was a mistake.", [("Harbor", "ORG"), ("Grey", "PERSON")])
    assert (a[0].speaker, a[0].role) == ("Ann Grey", "Harbor Chief of Staff")
    b = _atts("Secretary of State Jo Lane said talks would go on.", [("Jo Lane", "PERSON")])
    assert (b[0].speaker, b[0].role) == ("Jo Lane", "Secretary of State")


def test_the_person_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    a = _atts('"Nothing was agreed," a spokesman for Mr Orlov said.', [("Orlov", "PERSON")])
    assert a[0].speaker == "a spokesman for Mr Orlov"


def test_a_misread_first_name_stays_in_the_name() -> None:
    # the tagger calls the first name a place: it is still part of the person's name
    a = _atts('"I love him," said Marta Quell, at a hearing.', [("Marta", "GPE"), ("Quell", "PERSON")])
    assert a[0].speaker == "Marta Quell"


def test_an_adjective_before_a_document_is_no_issuer() -> None:
    text = '"Costs will rise," the Democratic report said. The Acme report said prices fell.'
    a = _atts(text, [("Democratic", "NORP"), ("Acme", "ORG")])
    assert a[0].speaker is None and a[0].cue == "said"
    assert a[1].speaker == "Acme"
    # an adjective of party or nationality is no issuer even when the tagger did not mark it
    b = _atts("A British study said the risk was small.")
    assert 0 not in b or b[0].speaker is None


def test_a_name_whose_possessive_is_its_own_keeps_it() -> None:
    text = "The Moodo's report said debt would rise. The UN's report said debt would fall."
    a = _atts(text, [("Moodo's", "ORG"), ("UN", "ORG")])
    assert a[0].speaker == "Moodo's"
    assert a[1].speaker == "UN"


def test_pronoun_after_an_unknown_one_stays_unknown() -> None:
    # the minister is named (not as a subject) after the first speaker: "he" is not that first speaker,
    # neither just after the name nor in the sentence that goes on with the same "he"
    text = (
        '"We are scared," Tom Reed says. He lives near the plant. In the big ministry building, I sat down '
        "with the country's Health Minister, Sam Lee. As a sign of caution, he no longer shakes hands. "
        'I asked him whether the plan was wrong. "Maybe, yes," he said. But he stressed that his experts '
        "knew little."
    )
    a = _atts(text, [("Tom Reed", "PERSON"), ("Sam Lee", "PERSON")])
    assert a[0].speaker == "Tom Reed"
    assert a[5].speaker is None and a[6].speaker is None
    assert a[6].cue == "stressed"


def test_pronoun_resolves_again_once_the_speaker_speaks() -> None:
    text = (
        "Tom Reed said the plant was safe. Later I sat down with the mayor, Sam Lee. "
        '"Maybe," he said. Tom Reed said the road was shut. He stressed that the risk was low.'
    )
    a = _atts(text, [("Tom Reed", "PERSON"), ("Sam Lee", "PERSON")])
    assert a[3].speaker == "Tom Reed"
    assert a[4].speaker == "Tom Reed"


def test_an_office_of_a_named_body_speaks_whole() -> None:
    # the tagger read the body's first word as a nationality and its last as a person: the office speaks
    a = _atts("The CEO of Korean Air, the main carrier, said demand fell.", [("Korean", "NORP"), ("Air", "PERSON")])
    assert a[0].speaker is not None and a[0].speaker.startswith("CEO of Korean")
    # and when it tags the body as one organisation
    b = _atts("The CEO of Acme Air, the main carrier, said demand fell.", [("Acme Air", "ORG")])
    assert b[0].speaker is not None and b[0].speaker.startswith("CEO of Acme Air")


def test_an_organisation_possessive_before_a_name_is_the_role() -> None:
    text = "The damage was great, Medicos Sans Borders' Jo Quill said."
    a = _atts(text, [("Medicos Sans Borders'", "ORG"), ("Jo Quill", "PERSON")])
    assert a[0].speaker == "Jo Quill"


def test_a_word_capitalised_as_the_sentence_opens_is_no_issuer() -> None:
    a = _atts("New estimates from a panel of experts said 500 homes were lost.")
    assert a[0].speaker is None and a[0].cue == "said"
    # "Its statement" opens its sentence too, but points back to the body that spoke
    b = _atts(
        "The Acme Agency said the virus was mild. Its statement said 12 people were ill.", [("Acme Agency", "ORG")]
    )
    assert b[1].speaker == "Acme Agency"
