"""Session 26 attribution rules (invented text): a participle phrase that quotes words before the verb, a
pronoun bound to its own sentence's subject, quotations in single marks (a cue after the closing mark, the
last sentence of a quote), headline glue cut at an irregular past or a month, one full name (not "A v B"),
a name with its description before a relative clause, "according to plan", and a noun phrase after
"according to" that ends where the next begins."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


# --------------------------------------------------------------------------- the subject before a quoting participle


def test_a_participle_phrase_that_quotes_words_does_not_hide_its_subject() -> None:
    t = (
        "Councillor Ana Rivera opposed the plan. "
        "Does Rivera have doubts about the budget, or only complaints? "
        'At a briefing on Monday, Rivera, calling the budget "a careless mess for the city," said that she would '
        "vote against it."
    )
    a = _atts(t, [("Ana Rivera", "PERSON"), ("Rivera", "PERSON")])
    assert a[2].speaker == "Ana Rivera"  # not left to "that she", which the question before leaves unknown


# --------------------------------------------------------------------------- a pronoun bound to its sentence's subject


def test_a_pronoun_in_a_bound_clause_is_the_subject_of_its_own_sentence() -> None:
    t = (
        "Sam Ortiz, a party donor, said the vote had been lost. "
        "The party's chairman, Tom Blake, pushed for a recount, which he said was long overdue."
    )
    a = _atts(t, [("Sam Ortiz", "PERSON"), ("Tom Blake", "PERSON")])
    assert a[1].speaker == "Tom Blake"


def test_a_pronoun_in_a_cue_set_off_by_commas_is_not_the_name_it_speaks_of() -> None:
    t = (
        "Sam Ortiz, a party donor, said the vote had been lost. "
        "Tom Blake had become a burden for the party, he told the radio station."
    )
    a = _atts(t, [("Sam Ortiz", "PERSON"), ("Tom Blake", "PERSON")])
    assert a[1].speaker != "Tom Blake"  # the donor speaks about Blake


def test_a_pronoun_before_the_name_is_not_bound_to_it() -> None:
    t = (
        "Sam Ortiz, a party donor, said the vote had been lost. "
        "He said the members wanted answers from the treasurer, Tom Blake, who was away when the count ended."
    )
    a = _atts(t, [("Sam Ortiz", "PERSON"), ("Tom Blake", "PERSON")])
    assert a[1].speaker == "Sam Ortiz"


# --------------------------------------------------------------------------- quotations in single marks


def test_a_cue_after_a_closing_single_mark_is_the_cue_not_a_verb_inside() -> None:
    t = "'Nothing the generals say can be taken at face value,' said Paul Reyes, a defence analyst."
    a = _atts(t, [("Paul Reyes", "PERSON")])
    assert (a[0].speaker, a[0].role, a[0].cue) == ("Paul Reyes", "a defence analyst", "said")


def test_a_pronoun_cue_after_a_closing_single_mark_resolves() -> None:
    t = "Jo Park spoke at the town hall.\n'We will never give up on the town,' Park said.\n'It is over,' he added."
    a = _atts(t, [("Jo Park", "PERSON"), ("Park", "PERSON")])
    assert a[1].speaker == "Jo Park"
    assert a[2].speaker == "Jo Park"


def test_the_last_sentence_of_a_single_quoted_quote_is_no_cue_of_its_own() -> None:
    t = (
        "Jo Park was blunt about the minister.\n"
        "'There was no plan for the day after.\n"
        "The minister knew it.\n"
        "He says one thing in the capital that he never says abroad.'"
    )
    a = _atts(t, [("Jo Park", "PERSON")])
    assert 3 not in a  # quoted words: "says" there is no cue


def test_a_single_mark_glued_to_the_sentence_before_keeps_that_sentence_narrative() -> None:
    t = (
        "'We will miss him,' said Tom Hale.\n"
        "Former minister Ann Cole said the loss would be felt in the chamber.'\n"
        "I do not think anyone spoke better,' Cole said."
    )
    a = _atts(t, [("Tom Hale", "PERSON"), ("Ann Cole", "PERSON"), ("Cole", "PERSON")])
    assert a[1].speaker == "Ann Cole"  # the stray mark opens the next quote; this sentence is prose


# --------------------------------------------------------------------------- glued headlines


def test_a_glued_caption_is_cut_after_an_irregular_past_tense() -> None:
    t = (
        "Chile closes schools Chile's health minister on how his country dealt with the outbreak Chilean health "
        "officials say nine more people have died."
    )
    a = _atts(t, [("Chilean", "NORP")])
    assert a[0].speaker == "Chilean health officials"


def test_a_month_ending_a_glued_headline_is_not_part_of_the_speaker() -> None:
    t = "Acme began drilling two wells in May Acme says its work is ahead of schedule."
    a = _atts(t, [("Acme", "ORG")])
    assert a[0].speaker == "Acme"


# --------------------------------------------------------------------------- one full name


def test_two_names_in_a_headline_are_no_full_name_for_a_surname() -> None:
    t = "Smith v Jones: the debate.\nNobody expected such a crowd, said Jones."
    a = _atts(t, [("Smith v Jones", "PERSON"), ("Jones", "PERSON")])
    assert a[1].speaker == "Jones"


def test_a_nickname_in_quotation_marks_stays_in_the_full_name() -> None:
    t = 'Former chief Maurice "Hank" Dunn spoke on Monday.\nThe firm will fail without help, Dunn said.'
    a = _atts(t, [('Maurice "Hank" Dunn', "PERSON"), ("Dunn", "PERSON")])
    assert a[1].speaker == 'Maurice "Hank" Dunn'


# --------------------------------------------------------------------------- a name, its description, a relative clause


def test_a_name_and_its_description_speak_before_a_relative_clause() -> None:
    t = (
        "Acme Drilling, the owner of the platform, which bought the valve from a supplier, has told the inquiry "
        "that the work was done on request."
    )
    a = _atts(t, [("Acme Drilling", "ORG")])
    assert (a[0].speaker, a[0].role) == ("Acme Drilling", "the owner of the platform")


def test_a_place_before_a_body_is_not_its_name() -> None:
    t = "In Spain, the National Health Institute, which tracks every case, says the spread has slowed."
    a = _atts(t, [("Spain", "GPE"), ("the National Health Institute", "ORG")])
    assert a[0].speaker != "In Spain"
    assert "Institute" in (a[0].speaker or "")


# --------------------------------------------------------------------------- "according to"


def test_according_to_plan_names_no_source() -> None:
    t = "The repair is going according to plan, the company said.\nEverything went according to plan."
    a = _atts(t, [])
    assert a[0].speaker == "the company"
    assert 1 not in a


def test_the_noun_phrase_after_according_to_ends_where_the_next_begins() -> None:
    t = "According to the terms of that settlement, the firm admitted nothing.\nAccording to her diary her brother was a tailor."
    a = _atts(t, [])
    assert a[0].speaker == "the terms of that settlement"
    assert a[1].speaker == "her diary"


# --------------------------------------------------------------------------- a titled name, its office, no second comma


def test_professor_before_a_name_with_an_office_and_no_closing_comma() -> None:
    t = "Professor Ann Moss, head of virology at Lakeside University says the early data are reassuring."
    a = _atts(t, [("Ann Moss", "PERSON"), ("Lakeside University", "ORG")])
    assert a[0].speaker == "Professor Ann Moss"
    assert a[0].role == "head of virology at Lakeside University"


# --------------------------------------------------------------------------- a possessive office before a name


def test_a_possessive_office_before_a_name_leaves_the_name_as_subject() -> None:
    t = (
        '"The nets are empty," said Ray Dunn, who leads the fishing co-op. '
        "Dunn's neighbour, Tom Akers, gave a grim account of the season. "
        '"We have nothing left to sell," he said.'
    )
    a = _atts(t, [("Ray Dunn", "PERSON"), ("Dunn", "GPE"), ("Tom Akers", "PERSON")])
    assert a[2].speaker == "Tom Akers"


def test_a_kin_noun_before_a_name_gives_that_name_its_gender() -> None:
    t = (
        "Mary Hale knows what the other families went through. "
        "Mary's husband, Tom, was killed on patrol last spring. "
        '"The army way is to carry on," she says.'
    )
    a = _atts(t, [("Mary Hale", "PERSON"), ("Mary", "PERSON"), ("Tom", "PERSON")])
    assert 2 in a and a[2].speaker != "Tom"  # she is not the husband
