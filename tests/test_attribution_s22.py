"""Session 22 attribution rules (invented text): an office "of" a body with the person's name lumped into the
body's tag, two speakers joined by "and", and a pronoun after an unnamed person who opens a sentence."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention, Sentence


def _mentions(text: str, sents: list[Sentence], spans: list[tuple[str, str]]) -> list[Mention]:
    return span_mentions(text, sents, spans, overlapping=False)


def _atts(text: str, spans: list[tuple[str, str]] = ()) -> dict[int, Attribution]:  # type: ignore[assignment]
    sents = split(text)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", _mentions(text, sents, list(spans)), None)}


def _who(text: str, spans: list[tuple[str, str]] = (), sentence: int = 0) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    a = _atts(text, spans).get(sentence)
    return (a.speaker, a.role) if a else (None, None)


# --------------------------------------------------------------------------- an office "of" a body


def test_a_name_lumped_into_the_body_an_office_is_of_is_split_off() -> None:
    t = "Secretary of the Harbour Tom Hale said the pier was safe. Hale said it would reopen."
    spans = [("the Harbour Tom Hale", "ORG")]
    assert _who(t, spans) == ("Tom Hale", "Secretary of the Harbour")
    assert _who(t, spans, 1) == ("Tom Hale", "Secretary of the Harbour")


def test_a_body_whose_name_ends_in_a_body_word_still_speaks_whole() -> None:
    # "Navy" and "Service" end a body's name: no personal name is lumped in
    got = _who("The Secretary of the Freedonia Navy said the pier was safe.", [("the Freedonia Navy", "ORG")])
    assert got[0] is not None and got[0].endswith("Freedonia Navy") and got[1] is None
    got = _who(
        "The Director of the Pine Valley Water Service said the pipes were safe.",
        [("the Pine Valley Water Service", "ORG")],
    )
    assert got[0] is not None and got[0].endswith("Water Service")


def test_a_tagged_charity_after_a_lower_case_office_is_not_split() -> None:
    # no "of" before the body: "Acme Sans Frontieres" is one name, not a body "Acme" and a person
    spk, role = _who(
        "Meanwhile the head of the charity Acme Sans Frontieres said the clinics were full.",
        [("Acme Sans Frontieres", "ORG")],
    )
    assert spk != "Sans Frontieres" and (role is None or "Acme" not in role)


# --------------------------------------------------------------------------- two speakers joined by "and"


def test_two_named_speakers_with_offices_are_a_joint_speaker_without_merged_offices() -> None:
    t = "Harbour Secretary Jo Park and Bridge Secretary Sam Lee said the road would reopen."
    spk, role = _who(t, [("Jo Park", "PERSON"), ("Sam Lee", "PERSON")])
    assert spk == "Jo Park and Sam Lee"
    assert role == "Harbour Secretary; Bridge Secretary"


def test_a_joint_speaker_with_an_office_lumped_into_a_body_tag() -> None:
    t = '"The cap will hold," Ms Park and Secretary of the Harbour Tom Hale said in a joint statement.'
    spk, _role = _who(t, [("Ms Park", "PERSON"), ("the Harbour Tom Hale", "ORG")])
    assert spk == "Ms Park and Tom Hale"
    assert "Secretary" not in (spk or "")


def test_a_bare_surname_after_a_joint_speaker_is_the_one_person() -> None:
    t = "Jo Park and Sam Lee said the road was shut. Lee said it would reopen on Monday."
    got = _atts(t, [("Jo Park", "PERSON"), ("Sam Lee", "PERSON"), ("Lee", "PERSON")])
    assert got[0].speaker == "Jo Park and Sam Lee"
    assert got[1].speaker == "Sam Lee"


def test_a_couple_sharing_a_surname_and_a_glued_headline_are_not_split() -> None:
    assert (
        _who("Tom and Ann Hale said they were told to stay at home.", [("Ann Hale", "PERSON")])[0] == "Tom and Ann Hale"
    )
    t = "Park Will Meet With Lee and Hale Mayor Tom Hale said yesterday that the road was shut."
    spk, _role = _who(t, [("Lee", "PERSON"), ("Tom Hale", "PERSON")])
    assert spk is not None and "Will Meet" not in spk


# --------------------------------------------------------------------------- pronouns after unnamed people


def test_a_pronoun_after_an_unnamed_official_is_that_official_not_the_named_speaker_before() -> None:
    t = (
        'Oleg Petrov said the talks would start. "We are ready," he said. '
        "In late May a senior representative of the Freedonian government, however, ruled out joint action. "
        '"We remain focused on local forces," he explained to reporters.'
    )
    got = _atts(t, [("Oleg Petrov", "PERSON")])
    assert got[1].speaker == "Oleg Petrov"
    assert got[3].speaker == "a senior representative of the Freedonian government"


def test_a_pronoun_after_an_unnamed_resident_and_after_a_spokeswoman_who_spoke() -> None:
    t = 'Jo Park said the road was shut. A local resident described the flooding. "It was awful," she said.'
    assert _atts(t, [("Jo Park", "PERSON")])[2].speaker == "A local resident"
    t = (
        "Tom Hale said the quota was fair. A spokeswoman for the trade body, Acme Fish UK, said today that the "
        'industry was disappointed. She added: "It is a different situation here."'
    )
    got = _atts(t, [("Tom Hale", "PERSON"), ("Acme Fish UK", "ORG")])
    assert got[2].speaker == got[1].speaker != "Tom Hale"


def test_a_definite_description_that_fits_the_speakers_office_is_the_speaker_again() -> None:
    t = 'Jo Park, a ministry spokesman, said the road was shut. The spokesman declined to say more. "We are working on it," he said.'
    assert _atts(t, [("Jo Park", "PERSON")])[2].speaker == "Jo Park"


def test_a_new_definite_spokesman_leaves_the_pronoun_unknown() -> None:
    t = 'Jo Park, the mayor, said the road was shut. The ministry spokesman declined to comment. "We are working on it," he said.'
    got = _atts(t, [("Jo Park", "PERSON")])
    assert got[2].speaker is None and got[2].kind == "quote"


def test_a_definite_description_of_someone_already_named_does_not_block() -> None:
    # "The tall student" is the named person seen again, not someone new
    t = 'Tom Hale went to Acme College. The tall student liked the law. "It was a calling," he said.'
    assert _atts(t, [("Tom Hale", "PERSON")]).get(2) is not None
    assert _atts(t, [("Tom Hale", "PERSON")])[2].speaker in (None, "Tom Hale")


def test_a_description_mid_sentence_or_followed_by_a_name_is_no_new_referent() -> None:
    t = 'Tom Hale said the test was new. But it is not something a doctor can do. "You need a machine," he said.'
    assert _atts(t, [("Tom Hale", "PERSON")])[2].speaker == "Tom Hale"
    t = 'Tom Hale said the mill was safe. The mill closed. Hale looked tired. "It is hard," he said.'
    assert _atts(t, [("Tom Hale", "PERSON")])[3].speaker == "Tom Hale"


# --------------------------------------------------------------------------- a participle phrase before an appositive


def test_a_participle_phrase_then_another_persons_office_is_not_the_speaker() -> None:
    t = "Hale, giving a joint briefing in Leeds with Jo Park, the health secretary, said the strain had killed 42 people."
    assert _who(t, [("Hale", "ORG"), ("Jo Park", "PERSON")])[0] == "Hale"


def test_a_lone_participle_phrase_or_an_acting_office_keeps_the_old_reading() -> None:
    t = "Tom Hale, speaking to reporters, said the road was shut."
    # s31: "speaking to reporters" says what Hale was doing, it is no office a reader could print beside his name
    assert _who(t, [("Tom Hale", "PERSON")]) == ("Tom Hale", None)
    t = "Tom Hale, acting head of logistics for the Acme Cross, said the road was shut."
    assert _who(t, [("Tom Hale", "PERSON")]) == ("Tom Hale", "acting head of logistics for the Acme Cross")
