"""Session 26 round 3 attribution rules (invented text): a speaker phrase that runs across two names (a
caption, a headline or a clause glued before the real subject) keeps the name that ends it; a live blog's
initial stands for the one recent speaker whose surname it opens; a pronoun with its verb run on ("You've",
"I'm") and a company's legal form ("LLC") are no speaker; a quantifier that opens a sentence is no part of a
body's name; a caption glued before an office is cut from the role; he/she is unknown when someone else was named between the subject and the pronoun."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import _role_unglued, _unglued, extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


# --------------------------------------------------------------------------- two names glued into one speaker


def test_a_clause_before_as_is_not_part_of_the_speaker() -> None:
    t = "The strike comes as Norcastle Mining said its profits had halved."
    a = _atts(t, [("Norcastle Mining", "ORG")])
    assert a[0].speaker == "Norcastle Mining"


def test_a_headline_ending_in_a_persons_surname_is_cut_before_the_body() -> None:
    t = (
        "Port strike: unions to keep pressure on Norcastle - Brennan Norcastle says it regrets the delays. "
        "Transport Minister Alan Brennan said the port would reopen. Norcastle said talks would resume."
    )
    a = _atts(t, [("Alan Brennan", "PERSON"), ("Norcastle", "ORG")])
    assert a[0].speaker == "Norcastle"


def test_a_pull_quote_caption_is_cut_before_the_subject() -> None:
    t = (
        "Norcastle runs the barges. "
        '"The river has never been this low" End Quote Jo Marsh Ferry operator, Riverton Norcastle said on '
        "Monday that the barges had stopped."
    )
    a = _atts(t, [("Jo Marsh", "PERSON"), ("Riverton Norcastle", "ORG"), ("Norcastle", "ORG")])
    assert a[1].speaker == "Norcastle"


def test_a_pull_quote_caption_before_a_possessive_office() -> None:
    t = (
        "Norcastle has promised to pay. "
        '"We want our town back" End Quote Jo Marsh Local councillor Norcastle\'s chief executive said the '
        "claims would be paid."
    )
    a = _atts(t, [("Norcastle", "ORG"), ("Jo Marsh", "PERSON")])
    assert a[1].speaker == "Norcastle's chief executive"


def test_a_caption_in_capitals_is_cut_before_the_body() -> None:
    t = "PHOTO CREDIT: HARBOUR TIMES OUT Norcastle says the berths will reopen next week."
    a = _atts(t, [("Norcastle", "ORG")])
    assert a[0].speaker == "Norcastle"


def test_a_phrase_opening_with_a_preposition_keeps_the_name_that_ends_it() -> None:
    known = {"Norcastle": "ORG", "Fairfield Capital Norcastle": "ORG"}
    assert _unglued("at Fairfield Capital Norcastle", "x", known, []) == ("Norcastle", "ORG")


def test_a_name_after_a_preposition_or_a_possessive_is_one_noun_phrase() -> None:
    known = {"Norcastle": "ORG", "Sam Reed": "PERSON"}
    assert _unglued("the CEO of Norcastle", "x", known, [])[0] == "the CEO of Norcastle"
    assert _unglued("On Norcastle", "x", known, [])[0] == "On Norcastle"
    assert _unglued("Sam Reed's Norcastle", "x", known, [])[0] == "Sam Reed's Norcastle"


def test_a_place_or_an_office_before_a_body_is_left_alone() -> None:
    known = {"Coast Guard": "ORG", "Norcastle": "ORG", "Lee Park": "ORG"}
    assert _unglued("US Coast Guard", "x", known, [])[0] == "US Coast Guard"
    assert _unglued("Texas Norcastle", "x", known, [])[0] == "Texas Norcastle"
    assert _unglued("CEO Lee Park", "x", known, [])[0] == "CEO Lee Park"


def test_such_as_and_as_early_as_are_no_clause() -> None:
    known = {"Norcastle": "ORG"}
    assert _unglued("Firms such as Norcastle", "x", known, [])[0] == "Firms such as Norcastle"


# --------------------------------------------------------------------------- a live blog's initial


def test_a_live_blogs_initial_is_the_recent_speaker_with_that_surname() -> None:
    t = (
        "Dana Whitlock says the second well is on schedule. "
        "Could the storm delay it? "
        "They have planned for a week of bad weather, W says."
    )
    a = _atts(t, [("Dana Whitlock", "PERSON")])
    assert a[2].speaker == "Dana Whitlock"


def test_an_initial_two_recent_speakers_share_is_unknown() -> None:
    t = (
        "Dana Whitlock says the second well is on schedule. "
        "Mark Wynn says the crews are rested. "
        "They have planned for a week of bad weather, W says."
    )
    a = _atts(t, [("Dana Whitlock", "PERSON"), ("Mark Wynn", "PERSON")])
    assert a[2].speaker is None
    assert a[2].cue == "says"


# --------------------------------------------------------------------------- no speaker


def test_a_pronoun_with_its_verb_run_on_is_no_speaker() -> None:
    t = "You've said on the campaign trail that taxes will not rise. I'm told the vote is close."
    a = _atts(t, [])
    assert a[0].speaker is None
    assert a[1].speaker is None


def test_a_legal_form_cut_from_its_company_opens_no_speaker() -> None:
    t = "LLC Harper says the photographs were not altered. LLC said it would review the policy."
    a = _atts(t, [("LLC Harper", "PERSON")])
    assert a[0].speaker == "Harper"
    assert a[1].speaker is None


# --------------------------------------------------------------------------- a quantifier is no part of a name


def test_a_quantifier_that_opens_a_sentence_is_no_part_of_the_bodys_name() -> None:
    t = "More Coast Guard are being sent to the bay. The Coast Guard says the slick is breaking up."
    a = _atts(t, [("More Coast Guard", "ORG"), ("The Coast Guard", "ORG")])
    assert a[1].speaker == "Coast Guard"


# --------------------------------------------------------------------------- he/she after a rival is named


def test_a_pronoun_after_someone_else_was_named_since_the_subject_is_unknown() -> None:
    t = (
        '"It is a fine day for it," said Tom Hill. '
        "Earlier, Alan Brennan spoke to the crowd at the pier. "
        "Brennan waved to the crowd. "
        "The boats left early. "
        "Next I travelled to see Lee in his office by the harbour. "
        "Then I met the dockers, where Brennan now spends his days. "
        "The weather held. "
        "A week before, I had written about the strike. "
        "The piece drew many letters. "
        "Few of them were kind. "
        '"Be careful what you write," he cautioned.'
    )
    a = _atts(t, [("Tom Hill", "PERSON"), ("Alan Brennan", "PERSON"), ("Brennan", "PERSON"), ("Lee", "PERSON")])
    cue = next(k for k, x in a.items() if x.cue == "cautioned")
    assert a[cue].speaker is None  # Brennan or Lee: not Brennan by default, nor Tom Hill


# --------------------------------------------------------------------------- a caption glued before an office


def test_a_caption_glued_before_an_office_is_cut_from_the_role() -> None:
    t = "If the seal holds, water flow stops Harbour Authority Capt Ruth Nolan said the gates were shut."
    a = _atts(t, [("Harbour Authority", "ORG"), ("Ruth Nolan", "PERSON")])
    assert a[0].speaker == "Capt Ruth Nolan" or a[0].speaker == "Ruth Nolan"
    assert a[0].role == "Harbour Authority"


def test_a_description_or_an_office_before_a_name_is_kept_whole() -> None:
    assert _role_unglued("a former Norcastle executive", []) == "a former Norcastle executive"
    assert _role_unglued("acting assistant Director-General", []) == "acting assistant Director-General"
    assert _role_unglued("resignation statement Outgoing chief executive", []) == "Outgoing chief executive"
