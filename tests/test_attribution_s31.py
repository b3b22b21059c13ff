"""Session 31 attribution rules (invented text): a participle phrase between commas after a speaker says
what the speaker was doing and is no role; a site after "at" says where a person was and is no body
they serve; a body or people "in the" place speak as a whole, the place does not."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def _who(text: str, spans: list[tuple[str, str]], sentence: int = 0) -> tuple[str | None, str | None]:
    a = _atts(text, spans).get(sentence)
    return (a.speaker, a.role) if a else (None, None)


# --------------------------------------------------------------------------- a participle phrase is no role


def test_a_participle_phrase_after_a_name_is_no_role() -> None:
    t = "Dana Whitlow, speaking at a rally in Leeds on Friday, said the tax would go."
    assert _who(t, [("Dana Whitlow", "PERSON"), ("Leeds", "GPE")]) == ("Dana Whitlow", None)
    t = "The ferry company, facing mounting anger over delays, said services would resume."
    assert _who(t, []) == ("The ferry company", None)


def test_a_participle_phrase_after_an_office_and_a_name_leaves_the_office() -> None:
    t = "Harbour master Dana Whitlow, giving evidence to the inquiry, said the crane had failed."
    assert _who(t, [("Dana Whitlow", "PERSON")]) == ("Dana Whitlow", "Harbour master")


def test_citing_a_source_is_no_role() -> None:
    t = "The news agency, citing port officials, said two ships had collided."
    assert _who(t, []) == ("The news agency", None)


def test_an_office_opening_the_phrase_is_still_a_role() -> None:
    t = "Dana Whitlow, managing director of the ferry company, said services would resume."
    assert _who(t, [("Dana Whitlow", "PERSON")]) == ("Dana Whitlow", "managing director of the ferry company")


# --------------------------------------------------------------------------- "at" a site is no affiliation


def test_a_site_after_at_is_no_role() -> None:
    t = "A note issued after talks between Tom Hale and Dana Whitlow at Briar Lodge said the deal was close."
    spans = [("Tom Hale", "PERSON"), ("Dana Whitlow", "PERSON"), ("Briar Lodge", "FAC")]
    assert _who(t, spans)[1] is None


def test_a_body_after_at_is_still_the_affiliation() -> None:
    t = "Dana Whitlow at Acme Freight said the crane had failed."
    assert _who(t, [("Dana Whitlow", "PERSON"), ("Acme Freight", "ORG")]) == ("Dana Whitlow", "Acme Freight")


# --------------------------------------------------------------------------- a speaker "in the" place


def test_a_body_in_the_place_speaks_whole() -> None:
    t = "The visa office in the UK said applicants would have to wait a week."
    assert _who(t, [("UK", "GPE")]) == ("The visa office in the UK", None)
    t = "Fund managers in the City said they were worried about the cost."
    assert _who(t, [("City", "GPE")])[0] == "Fund managers in the City"


def test_a_paper_after_a_participle_and_in_is_not_swallowed_into_the_speaker() -> None:
    # "reported in the Daily Courier": no head noun before "in", the paper is all the phrase names
    t = "The memo, reported in the Daily Courier, suggests the mayor knew."
    got = _who(t, [("Daily Courier", "ORG")])
    assert got[0] is None or not got[0].startswith("reported")


def test_a_spokesman_for_the_body_still_names_the_body() -> None:
    t = "A spokesman for the Harbour Board said the pier was safe."
    got = _who(t, [("the Harbour Board", "ORG")])
    assert got[0] is not None and "Harbour Board" in got[0]


# --------------------------------------------------------------------------- a name set beside a noun of an "of" phrase


def test_a_name_set_beside_the_noun_of_an_of_phrase_is_not_the_speaker() -> None:
    t = "A friend of the late singer Tom Hale said he had been ill for months."
    assert _who(t, [("Tom Hale", "PERSON")]) == ("A friend of the late singer Tom Hale", None)
    t = "A user of the messaging site Chirper said the crowd was singing."
    assert _who(t, [("Chirper", "ORG")]) == ("A user of the messaging site Chirper", None)


def test_a_named_person_of_a_described_body_speaks_with_the_body_as_role() -> None:
    t = '"We got nothing," said Dana Whitlow of the left-leaning Harbour Party.'
    assert _who(t, [("Harbour Party", "ORG")]) == ("Dana Whitlow", "the left-leaning Harbour Party")


def test_an_office_of_a_body_then_its_officers_name_still_splits() -> None:
    t = "Spokeswoman for the health department Jo Park said beds were short."
    assert _who(t, [("Jo Park", "PERSON")]) == ("Jo Park", "Spokeswoman for the health department")
    t = "The Spanish carmaker Seat said sales fell."
    assert _who(t, [("Seat", "ORG")]) == ("Seat", "The Spanish carmaker")
    # an office heads the phrase: the body it serves speaks, the office is the role
    t = "The head of the charity Aidwell said clinics were full."
    assert _who(t, [("Aidwell", "ORG")]) == ("Aidwell", "The head of the charity")
