"""Session 25 attribution rules (invented text): two bodies keep both articles, a name before an office whose
closing comma is missing speaks, "a friend of the family" speaks, a surname the tagger mislabelled is still
the person a pronoun points to (with their full name), and a sentence's own clause is not the speaker's role."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import _clean_role, extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]] = ()) -> dict[int, Attribution]:  # type: ignore[assignment]
    sents = split(text)
    ments = span_mentions(text, sents, list(spans), overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def _who(text: str, spans: list[tuple[str, str]] = (), sentence: int = 0) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    a = _atts(text, spans).get(sentence)
    return (a.speaker, a.role) if a else (None, None)


# --------------------------------------------------------------------------- two bodies with their articles


def test_two_bodies_each_with_the_keep_both_articles() -> None:
    t = "The UN and the Red Cross said on Tuesday that aid convoys were moving again."
    assert _who(t, [("UN", "ORG"), ("Red Cross", "ORG")]) == ("the UN and the Red Cross", None)


def test_one_of_two_bodies_named_again_is_that_body() -> None:
    t = (
        "The UN and the Red Cross said on Tuesday that aid convoys were moving again. "
        "The Red Cross said later that two trucks had been stopped."
    )
    a = _atts(t, [("UN", "ORG"), ("Red Cross", "ORG"), ("Red Cross", "ORG")])
    assert a[1].speaker == "Red Cross"


def test_a_body_and_another_body_without_a_leading_article_is_unchanged() -> None:
    t = "ACME and the Coast Guard said the slick had reached the shore."
    assert _who(t, [("ACME", "ORG"), ("Coast Guard", "ORG")])[0] == "ACME and the Coast Guard"


# --------------------------------------------------------------------------- the appositive's second comma missing


def test_a_titled_name_before_an_office_without_its_closing_comma_speaks() -> None:
    t = "Dr Jo Park, director of the Harbor Health Agency said the outbreak had been contained."
    assert _who(t, [("Jo Park", "PERSON"), ("Harbor Health Agency", "ORG")]) == (
        "Dr Jo Park",
        "director of the Harbor Health Agency",
    )


def test_a_name_before_an_office_after_a_quote_speaks() -> None:
    t = '"The outbreak is over," Sam Lee, a senior analyst at Acme Bank said on Monday.'
    assert _who(t, [("Sam Lee", "PERSON")]) == ("Sam Lee", "a senior analyst at Acme Bank")


def test_a_name_that_is_the_object_of_an_opening_phrase_does_not_speak() -> None:
    t = "After meeting Jo Park, the mayor said the camp would stay open."
    assert _who(t, [("Jo Park", "PERSON")])[0] == "the mayor"


def test_a_name_the_speech_verb_is_set_off_after_is_spoken_about() -> None:
    t = "Jo Park, the mayor said, was not at the scene."
    assert _who(t, [("Jo Park", "PERSON")])[0] != "Jo Park"


def test_one_tagged_word_before_an_office_is_not_a_speaker() -> None:
    t = "The cause of death was an overdose of Zentrol. Zentrol, the county coroner has confirmed."
    assert _who(t, [("Zentrol", "PERSON"), ("Zentrol", "PERSON")], sentence=1)[0] != "Zentrol"


# --------------------------------------------------------------------------- a person by whom they are to


def test_a_friend_of_the_family_speaks() -> None:
    t = 'A friend of the family said: "They are taking it very badly."'
    assert _who(t)[0] == "A friend of the family"


def test_a_female_friend_is_who_a_later_she_points_to() -> None:
    t = (
        "Tom Hale, who lived next door, told reporters the girl had been ill for weeks. "
        'A female friend of the family said: "They are taking it very badly." '
        'She added: "She was a kind and quiet girl."'
    )
    a = _atts(t, [("Tom Hale", "PERSON")])
    assert a[1].speaker == "A female friend of the family"
    assert a[2].speaker == "A female friend of the family"


# --------------------------------------------------------------------------- a mislabelled surname


def test_a_surname_tagged_as_a_place_is_who_a_pronoun_points_to() -> None:
    t = (
        'Sam Roe, an analyst at Acme Bank, said: "This could cost Tom Hale his job." '
        "Hale has come under fire for his handling of the leak. "
        '"I would like my life back," he said.'
    )
    spans = [("Sam Roe", "PERSON"), ("Acme Bank", "ORG"), ("Tom Hale", "PERSON"), ("Hale", "GPE")]
    assert _atts(t, spans)[2].speaker == "Tom Hale"


def test_a_pronoun_after_a_surname_subject_gives_the_full_name() -> None:
    t = (
        "Ann Lee, a nurse, said the clinic was full. "
        "Jo Kirby ran the field hospital for two months. "
        "Kirby looked exhausted after the night shift. "
        '"We have run out of beds," he said.'
    )
    spans = [("Ann Lee", "PERSON"), ("Jo Kirby", "PERSON"), ("Kirby", "PERSON")]
    assert _atts(t, spans)[3].speaker == "Jo Kirby"


def test_a_surname_two_people_share_stays_as_written() -> None:
    t = (
        "Ann Lee, a nurse, said the clinic was full. "
        "Jo Kirby and Tim Kirby ran the field hospital for two months. "
        "Kirby looked exhausted after the night shift. "
        '"We have run out of beds," he said.'
    )
    spans = [("Ann Lee", "PERSON"), ("Jo Kirby", "PERSON"), ("Tim Kirby", "PERSON"), ("Kirby", "PERSON")]
    assert _atts(t, spans)[3].speaker == "Kirby"


# --------------------------------------------------------------------------- a clause is not a role


def test_the_sentence_clause_before_the_description_is_not_the_role() -> None:
    # what the speaker phrase before an appositive name holds when the sentence opens with its own clause
    assert _clean_role("A dispute erupted in the council after another Labour councillor") == (
        "another Labour councillor"
    )
    assert _clean_role("The memo was sent to the minister on the day that the chief inspector") == (
        "the chief inspector"
    )


def test_a_clause_whose_tail_is_no_description_is_left_alone() -> None:
    role = "Treasury Secretary, asked about complaints that his plan amounts to a bailout"
    assert _clean_role(role) == role


def test_a_relative_clause_in_a_description_stays() -> None:
    assert _clean_role("a chemist who has served as a consultant to the agency") == (
        "a chemist who has served as a consultant to the agency"
    )


def test_a_description_cut_off_at_a_relative_pronoun_is_none() -> None:
    assert _clean_role("in the USA which") is None
    assert _clean_role("the inquiry you set up under") is None
