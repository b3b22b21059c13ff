"""Session 29: a surname of three letters joins the full name its article gives; a given name spelt
two ways is one person when the story has no other bearer of the surname and no article names
both; a common word capitalised before a full name is cut off; a noun before a full name tells a
titled surname's bearer; a headline's clause is no bearer; a possessive may stand in a person's role
after the name.  All text is invented."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of, names_of
from storyline.annotate.entities import (
    _PERSON_AFTER,
    KnowledgeBase,
    _given_spelling,
    resolve_entities,
)

EMPTY = KnowledgeBase()


def test_a_three_letter_surname_joins_the_full_name_of_its_article() -> None:
    text = "Regulator chief Martin Lux met the bankers on Sunday. Lux said the plan would hold."
    doc = entity_doc(text, [("Martin Lux", "PERSON"), ("Lux", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    person = by_name(ents, "Martin Lux")
    assert person is not None and person.type == "person"
    assert entity_of(out, "a", "Lux") == entity_of(out, "a", "Martin Lux")
    assert by_name(ents, "Lux") is None


def test_a_three_letter_surname_of_another_article_stays_apart() -> None:
    # three letters name too many things to join across articles: a nickname in another story
    docs = [
        entity_doc("Regulator chief Martin Lux met the bankers on Sunday.", [("Martin Lux", "PERSON")], "a"),
        entity_doc("The youngest daughter, known to all as Lux, ran the farm.", [("Lux", "PERSON")], "b"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "b", "Lux") != entity_of(out, "a", "Martin Lux")


def test_a_three_letter_name_joins_no_sound_alike() -> None:
    # "Mar" is not the surname of "Johnny Marr", whatever a skeleton makes of the double letter
    text = "Guitarist Johnny Marr joined the band on stage. Mar said nothing to the crowd."
    doc = entity_doc(text, [("Johnny Marr", "PERSON"), ("Mar", "PERSON")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert entity_of(out, "a", "Mar") != entity_of(out, "a", "Johnny Marr")


def test_an_acronym_of_three_letters_is_no_surname() -> None:
    text = "Analyst Jane Fed spoke to reporters. The FED raised rates on Wednesday."
    doc = entity_doc(text, [("Jane Fed", "PERSON"), ("FED", "ORG")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert entity_of(out, "a", "FED") != entity_of(out, "a", "Jane Fed")


def test_two_spellings_of_a_given_name_are_one_person() -> None:
    docs = [
        entity_doc("Agency spokeswoman Elisabeth Vorn said convoys were moving.", [("Elisabeth Vorn", "PERSON")], "a"),
        entity_doc(
            "Elizabeth Vorn, the agency's spokeswoman, said more tents were needed.",
            [("Elizabeth Vorn", "PERSON")],
            "b",
        ),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "Elisabeth Vorn") == entity_of(out, "b", "Elizabeth Vorn")
    assert names_of(ents, "Elisabeth Vorn") >= {"Elisabeth Vorn", "Elizabeth Vorn"}


def test_two_spellings_named_in_one_article_are_two_people() -> None:
    docs = [
        entity_doc(
            "Frances Tolle and her husband Francis Tolle ran the bakery for 30 years.",
            [("Frances Tolle", "PERSON"), ("Francis Tolle", "PERSON")],
            "a",
        ),
        entity_doc("Francis Tolle said the flood reached the ovens.", [("Francis Tolle", "PERSON")], "b"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "Frances Tolle") != entity_of(out, "a", "Francis Tolle")


def test_a_spelling_beside_a_third_bearer_stays_apart() -> None:
    # the surname is no single person's: "Allan Roke" may be either
    docs = [
        entity_doc("Allan Roke testified on Monday.", [("Allan Roke", "PERSON")], "a"),
        entity_doc("Allen Roke was called as a witness.", [("Allen Roke", "PERSON")], "b"),
        entity_doc("His cousin Peter Roke watched from the gallery.", [("Peter Roke", "PERSON")], "c"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "Allan Roke") != entity_of(out, "b", "Allen Roke")


def test_given_spellings() -> None:
    assert _given_spelling("elisabeth", "elizabeth")
    assert _given_spelling("henric", "henrik")  # two consonants at the end
    assert _given_spelling("barney", "barny")
    assert not _given_spelling("mario", "maria")  # the last vowel tells a man from a woman
    assert not _given_spelling("louis", "louise")
    assert not _given_spelling("jon", "john")  # too short
    assert not _given_spelling("daniel", "daniela")


def test_a_given_name_of_four_letters_alone_is_too_short_to_be_a_spelling() -> None:
    docs = [
        entity_doc("John Dale opened the shop.", [("John Dale", "PERSON")], "a"),
        entity_doc("Joan Dale closed the shop.", [("Joan Dale", "PERSON")], "b"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "John Dale") != entity_of(out, "b", "Joan Dale")


def test_initials_apart_are_two_people() -> None:
    docs = [
        entity_doc("George W. Bush spoke at the ranch.", [("George W. Bush", "PERSON")], "a"),
        entity_doc("George H.W. Bush sent a letter.", [("George H.W. Bush", "PERSON")], "b"),
    ]
    _, out = resolve_entities(docs, EMPTY)
    assert entity_of(out, "a", "George W. Bush") != entity_of(out, "b", "George H.W. Bush")


def test_a_common_word_before_a_full_name_is_cut_off() -> None:
    docs = [
        entity_doc(
            "The rapper said he would fly home. Another rapper joined him, and a third rapper sang.",
            [],
            "a",
        ),
        entity_doc("Singer Wyn Carrow flew to the capital on Friday.", [("Wyn Carrow", "PERSON")], "b"),
        entity_doc("Rapper Wyn Carrow urged fans to give.", [("Rapper Wyn Carrow", "PERSON")], "c"),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    assert by_name(ents, "Rapper Wyn Carrow") is None
    assert [m.text for m in out[2].mentions] == ["Wyn Carrow"]
    assert out[2].mentions[0].entity == entity_of(out, "b", "Wyn Carrow")


def test_a_given_name_that_is_a_word_stays() -> None:
    # "Will" is written in lowercase far more often, but "Carrow" is never named alone in full
    text = "Will Carrow said the will was read. We will see, they will say, it will rain."
    doc = entity_doc(text, [("Will Carrow", "PERSON")], "a")
    ents, _ = resolve_entities([doc], EMPTY)
    assert by_name(ents, "Will Carrow") is not None


def test_a_titled_surname_joins_the_bearer_of_its_gender() -> None:
    text = (
        "President Tomas Varga toured the camp. The president's wife, Ilona Varga, visited a clinic. "
        "Mr Varga said tents were needed."
    )
    doc = entity_doc(text, [("Tomas Varga", "PERSON"), ("Ilona Varga", "PERSON"), ("Varga", "PERSON")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert entity_of(out, "a", "Varga") == entity_of(out, "a", "Tomas Varga")


def test_a_titled_surname_beside_two_bearers_of_unknown_gender_stays_apart() -> None:
    text = "Tomas Varga and Ilona Varga toured the camp. Mr Varga said tents were needed."
    doc = entity_doc(text, [("Tomas Varga", "PERSON"), ("Ilona Varga", "PERSON"), ("Varga", "PERSON")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert entity_of(out, "a", "Varga") not in (entity_of(out, "a", "Tomas Varga"), entity_of(out, "a", "Ilona Varga"))


def test_a_possessive_role_after_a_name_is_a_persons_cue() -> None:
    text = "Pacitti, the club's goalkeeper, saved twice."
    assert _PERSON_AFTER.match(text, len("Pacitti"))
    text = "Okafor, Nigeria's oil minister, said output would rise."
    assert _PERSON_AFTER.match(text, len("Okafor"))
    text = "Okafor, whose company's director resigned, said nothing."
    assert not _PERSON_AFTER.match(text, len("Okafor"))


def test_a_headline_clause_is_no_bearer_of_the_surname() -> None:
    # "Karr Rebuffs Lindqvist" opens with the surname of another person: no second Lindqvist
    text = (
        "Karr Rebuffs Lindqvist\nSenator Anna Karr and Governor Ole Lindqvist met on Friday. "
        "Karr said no. Lindqvist said the talks would go on."
    )
    doc = entity_doc(
        text,
        [
            ("Karr Rebuffs Lindqvist", "PERSON"),
            ("Anna Karr", "PERSON"),
            ("Ole Lindqvist", "PERSON"),
            ("Karr", "PERSON"),
            ("Lindqvist", "PERSON"),
        ],
        "a",
    )
    other = entity_doc(
        "Anna Karr spoke first. Anna Karr then left, and Karr flew home.",
        [("Anna Karr", "PERSON"), ("Anna Karr", "PERSON"), ("Karr", "PERSON")],
        "b",
    )
    _, out = resolve_entities([doc, other], EMPTY)
    assert entity_of(out, "a", "Lindqvist") == entity_of(out, "a", "Ole Lindqvist")
