"""Session 25 attribution rules, round 2 (invented text): a pronoun guessed to be a person named as a subject
does not carry on through a dialogue, someone else's answer or the writer's question leaves "he" unknown, a
name in a question is no subject, an outlet inside the speaker's own name relays nothing, and "a spokesman for
the company" speaks (as written, or for the business just named)."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


# --------------------------------------------------------------------------- turns in a dialogue


def test_after_a_hearing_exchange_a_guessed_pronoun_does_not_carry_on() -> None:
    t = (
        "Senator Jim Cole told Tom Reyes that his report was flawed. "
        '"It gives a false picture," he said. '
        "Reyes did not explain the method in his testimony. "
        "He said his office would publish the data within a month. "
        '"You should not have published it. '
        'If you were not sure, it should have waited," he said.'
    )
    spans = [("Jim Cole", "PERSON"), ("Tom Reyes", "PERSON"), ("Reyes", "GPE")]
    a = _atts(t, spans)
    assert a[1].speaker == "Jim Cole"
    assert a[3].speaker == "Tom Reyes"  # the subject just named, with the full name
    assert a[5].speaker is None  # Cole or Reyes: unknown, never a guess
    assert 4 not in a or a[4].speaker is None  # the quote it closes is unknown too


def test_a_named_speaker_keeps_his_run_after_a_sentence_about_him() -> None:
    t = (
        "Senator Jim Cole told Tom Reyes that his report was flawed. "
        "Reyes said his office would publish the data within a month. "
        '"We will be open," he said.'
    )
    a = _atts(t, [("Jim Cole", "PERSON"), ("Tom Reyes", "PERSON"), ("Reyes", "GPE")])
    assert a[2].speaker == "Tom Reyes"


def test_someone_elses_answer_leaves_he_added_unknown() -> None:
    t = (
        "Investigator Tom Mills questioned the crew for a week. "
        "Mills asked Sam Diaz, the rig manager, whether cost shaped the plan. "
        '"No sir," Diaz answered. '
        'He added: "Safety always came first."'
    )
    a = _atts(t, [("Tom Mills", "PERSON"), ("Mills", "ORG"), ("Sam Diaz", "PERSON")])
    assert 3 in a and a[3].speaker is None  # Diaz, perhaps; never Mills


def test_the_writers_question_leaves_he_replied_unknown() -> None:
    t = (
        "The cartoonist Ben Ford drew the strip for 30 years. "
        "Max Ford, his hero, must seem to many readers the last voice of dissent. "
        "I asked him whether the strip did a better job than the papers. "
        '"That is not for me to judge," he replied.'
    )
    a = _atts(t, [("Ben Ford", "PERSON"), ("Max Ford", "PERSON")])
    assert 3 in a and a[3].speaker is None


def test_a_person_named_later_only_in_passing_is_still_who_she_is() -> None:
    t = (
        '"We stay until the work is done," said Jane Roe, a nurse. '
        "The ward was quiet on Sunday. "
        "Sergeant Ann Hale lost an arm in a blast in 2004. "
        "She spent a year in hospital. "
        "The rocket exploded at Hale's shoulder. "
        "Doctors worked for hours. "
        "The surgery took most of the night. "
        "By dawn the ward was quiet again. "
        '"I have no regrets," she said.'
    )
    a = _atts(t, [("Jane Roe", "PERSON"), ("Ann Hale", "PERSON"), ("Hale", "PERSON")])
    assert a[8].speaker == "Ann Hale"  # not the nurse who spoke first


def test_a_name_in_a_question_is_no_subject_for_a_pronoun() -> None:
    t = (
        "Jim Cole attacked the oil firm on Sunday. "
        '"This is not one man. '
        "Sam Diaz, running for the Senate, what did he say? "
        'He said the firm was treated unfairly," Cole said.'
    )
    a = _atts(t, [("Jim Cole", "PERSON"), ("Sam Diaz", "PERSON"), ("Cole", "PERSON")])
    assert a[3].speaker != "Sam Diaz"


# --------------------------------------------------------------------------- outlets and anonymous speakers


def test_an_outlet_inside_the_speakers_name_relays_nothing() -> None:
    t = "Mayor Mike Bloomberg said the city would send two rescue teams."
    a = _atts(t, [("Mike Bloomberg", "PERSON")])[0]
    assert (a.speaker, a.role, a.via) == ("Mike Bloomberg", "Mayor", None)


def test_an_outlet_after_told_still_relays() -> None:
    t = "Jo Park told Bloomberg that the talks had failed."
    a = _atts(t, [("Jo Park", "PERSON")])[0]
    assert (a.speaker, a.via) == ("Jo Park", "Bloomberg")


def test_a_spokesman_for_an_unnamed_company_speaks_as_written() -> None:
    t = "A spokesman for the company said the repairs would take a week."
    a = _atts(t, [])[0]
    assert (a.speaker, a.kind) == ("A spokesman for the company", "paraphrase")


def test_a_spokeswoman_for_the_company_just_named_speaks_for_it() -> None:
    t = "Acme Oil said output fell in May. A spokeswoman for the company said the repairs would take a week."
    a = _atts(t, [("Acme Oil", "ORG")])
    assert a[1].speaker == "A spokeswoman for Acme Oil"


def test_a_stake_for_the_company_is_no_speaker() -> None:
    t = "A new stake for the company said to be worth $5m was sold on Monday."
    assert all(x.speaker != "A new stake for the company" for x in _atts(t, []).values())
