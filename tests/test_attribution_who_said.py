"""Session 24, who said it (invented text): a headline glued before the first sentence is no part of the
speaker or the role, an anonymous "Another" is never what a later "he" resolves to, a book title in an
appositive does not hide the speaker, and a word for an occupation before a name is the role."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import _mask_titles, extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


# --------------------------------------------------------------------------- a glued headline


def test_a_title_case_headline_before_an_office_is_no_part_of_the_role() -> None:
    t = "Mayor Tours Flooded Valley Mayor Jo Park said the river would crest on Friday."
    a = _atts(t, [("Jo Park", "PERSON")])[0]
    assert (a.speaker, a.role) == ("Jo Park", "Mayor")


def test_the_speakers_own_surname_in_a_glued_headline_ends_it() -> None:
    t = "Park Visits Storm Coast President Jo Park said he would spare no effort."
    a = _atts(t, [("Park", "PERSON"), ("Jo Park", "PERSON")])[0]
    assert (a.speaker, a.role) == ("Jo Park", "President")


def test_a_headline_before_a_tagged_name_is_cut_from_the_speaker() -> None:
    t = "Ferry Sinks Off Coast Jo Park said the crew had left in time."
    assert _atts(t, [("Jo Park", "PERSON")])[0].speaker == "Jo Park"


def test_a_caption_in_capitals_before_a_name_is_cut_anywhere() -> None:
    t = "The ferry sank at dawn. LAST SURVIVOR Jo Park said the crew had left in time."
    assert _atts(t, [("Jo Park", "PERSON")])[1].speaker == "Jo Park"


def test_a_long_office_later_in_the_article_stays_whole() -> None:
    # only the first sentence can carry a glued headline: a long title-case office later on is the office
    t = (
        "The clinic reopened on Monday. "
        "Acting Regional Disease Control Director Jo Park said five people had been treated."
    )
    a = _atts(t, [("Jo Park", "PERSON")])[1]
    assert a.speaker == "Jo Park"
    assert a.role == "Acting Regional Disease Control Director"


def test_a_firm_named_for_the_speaker_stays_in_the_role() -> None:
    t = '"Prices will fall," said Jo Park, chief investment officer of Park Value Partners.'
    a = _atts(t, [("Jo Park", "PERSON"), ("Park Value Partners", "ORG")])[0]
    assert a.speaker == "Jo Park"
    assert a.role == "chief investment officer of Park Value Partners"


def test_a_word_like_live_inside_a_tagged_name_is_no_headline() -> None:
    t = "Sam Lee, head of organisers Global Live Events, said tickets were selling well."
    a = _atts(t, [("Sam Lee", "PERSON"), ("Global Live Events", "ORG")])[0]
    assert a.speaker == "Sam Lee"
    assert a.role == "head of organisers Global Live Events"


# --------------------------------------------------------------------------- anonymous speakers


def test_he_after_an_anonymous_speaker_is_nobody_not_another() -> None:
    t = 'Jo Park spoke first. "It was awful," Park said. Another said the warning came late. "Nobody told us," he said.'
    a = _atts(t, [("Jo Park", "PERSON"), ("Park", "PERSON")])
    assert a[2].speaker == "Another"
    assert a[3].speaker is None
    assert a[3].kind == "quote"


def test_he_with_no_anonymous_speaker_between_still_resolves_to_the_named_one() -> None:
    t = 'Jo Park spoke first. "It was awful," Park said. The boats were lost. "Nobody told us," he said.'
    assert _atts(t, [("Jo Park", "PERSON"), ("Park", "PERSON")])[3].speaker == "Jo Park"


def test_a_name_in_apposition_to_another_is_the_speaker() -> None:
    t = 'One worker described the blast. Another, Sam Lee, said: "Everybody ran for the boats."'
    a = _atts(t, [("Sam Lee", "PERSON")])[1]
    assert a.speaker == "Sam Lee"
    assert a.role is None


def test_one_of_a_group_in_apposition_is_the_role() -> None:
    t = "One of the organisers, Sam Lee, said they hoped to raise more than planned."
    a = _atts(t, [("Sam Lee", "PERSON")])[0]
    assert (a.speaker, a.role) == ("Sam Lee", "One of the organisers")


# --------------------------------------------------------------------------- titles of works


def test_a_book_title_in_an_appositive_does_not_hide_the_speaker() -> None:
    for t in (
        "Sam Lee, author of 'The Long Winter,' said the town was unprepared.",
        'Sam Lee, author of "The Long Winter", said the town was unprepared.',
    ):
        a = _atts(t, [("Sam Lee", "PERSON")])[0]
        assert a.speaker == "Sam Lee"
        assert a.role is not None and a.role.startswith("author of ") and "The Long Winter" in a.role
        assert a.kind == "paraphrase"  # the title is no quotation


def test_quoted_lower_case_words_after_of_are_no_title() -> None:
    quoted = 'Sam Lee spoke of "a town that was never ready" on Monday.'
    assert _mask_titles(quoted) == quoted  # lower-case words: quoted words, not a title
    titled = 'Sam Lee, author of "The Long Winter", said so.'
    masked = _mask_titles(titled)
    assert len(masked) == len(titled) and '"' not in masked and "The Long Winter" in masked


# --------------------------------------------------------------------------- occupations


def test_an_occupation_before_a_name_is_the_role() -> None:
    for job in ("Lawyer", "Choreographer", "Rescuer", "Actor"):
        t = f"{job} Jo Park told the court the rehearsals had gone well."
        a = _atts(t, [(f"{job} Jo Park", "PERSON")])[0]
        assert (a.speaker, a.role) == ("Jo Park", job)


def test_a_rank_or_honorific_that_is_also_a_noun_stays_with_the_name() -> None:
    for rank in ("Specialist", "Father", "Sister"):
        t = f"{rank} Jo Park said the convoy had left at dawn."
        assert _atts(t, [(f"{rank} Jo Park", "PERSON")])[0].speaker == f"{rank} Jo Park"


# --------------------------------------------------------------------------- questions and acronyms


def test_a_question_about_what_someone_will_say_is_no_attribution() -> None:
    for t in (
        "Big questions for tonight: what will Mr Park say about the fate of the harbour?",
        "What did the minister say about the fate of the harbour?",
    ):
        assert _atts(t, [("Mr Park", "PERSON")]) == {}


def test_a_question_that_ends_before_the_cue_keeps_the_cue() -> None:
    t = 'Jo Park was angry. "Where is the money that can fix this? Nobody knows," Park said.'
    assert _atts(t, [("Jo Park", "PERSON"), ("Park", "PERSON")])[1].speaker == "Jo Park"


def test_an_acronym_is_the_body_not_an_earlier_joint_speaker_ending_in_it() -> None:
    t = (
        "The Acme Health Agency (AHA) said cases were expected. "
        "A joint statement issued by the school and the AHA says that the school is being cleaned. "
        "The pupils are at home. The AHA said that all confirmed cases are mild."
    )
    a = _atts(t, [("Acme Health Agency", "ORG"), ("AHA", "ORG"), ("AHA", "ORG"), ("AHA", "ORG")])
    assert a[3].speaker == "AHA"


def test_an_acronym_after_a_garbled_longer_speaker_is_the_acronym() -> None:
    t = "On Monday ACME said the well was sealed. The cost rose. ACME said the cap would hold."
    a = _atts(t, [("On Monday ACME", "ORG"), ("ACME", "ORG")])
    assert a[2].speaker == "ACME"
