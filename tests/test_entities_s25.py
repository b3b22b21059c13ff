"""Session 25: bare surnames of several people, given names the recogniser missed, demonym adjectives."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of, names_of
from storyline.annotate.entities import KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_given_name_always_written_before_a_surname_is_part_of_the_name() -> None:
    a = entity_doc(
        "The gala will be hosted by radio presenter Imelda Quarry. Imelda Quarry said tickets sold fast.",
        [("Quarry", "PERSON"), ("Quarry", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Presenter Imelda Quarry, who hosted last year, returns on Friday.",
        [("Quarry", "PERSON")],
        "b",
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    assert by_name(ents, "Imelda Quarry") is not None
    assert by_name(ents, "Quarry") is None


def test_a_title_always_written_before_a_surname_is_not_a_given_name() -> None:
    a = entity_doc(
        "Senator Quarry opposed the bill. Senator Quarry said the vote was rushed.",
        [("Quarry", "PERSON"), ("Quarry", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Senator Quarry") is None
    assert by_name(ents, "Quarry") is not None


def test_a_word_before_a_surname_only_sometimes_is_not_taken() -> None:
    a = entity_doc(
        "Imelda Quarry arrived late. Quarry said the roads were closed.",
        [("Quarry", "PERSON"), ("Quarry", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Imelda Quarry") is None


def test_an_unresolved_surname_of_several_people_names_no_actor() -> None:
    a = entity_doc(
        "Dorran Vesk and Alina Vesk sued the promoter. Ms Vesk said the family was owed money.",
        [("Dorran Vesk", "PERSON"), ("Alina Vesk", "PERSON"), ("Vesk", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Alina Vesk spoke outside court. Dorran Vesk did not attend. The Vesk family declined to comment.",
        [("Alina Vesk", "PERSON"), ("Dorran Vesk", "PERSON"), ("Vesk", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    assert by_name(ents, "Vesk") is None  # no row lumping Dorran and Alina together
    assert entity_of(docs, "a", "Vesk") is None
    assert by_name(ents, "Dorran Vesk") is not None and by_name(ents, "Alina Vesk") is not None


def test_a_bare_surname_of_one_person_still_joins_the_full_name() -> None:
    a = entity_doc(
        "Dorran Vesk sued the promoter. Vesk said he was owed money.",
        [("Dorran Vesk", "PERSON"), ("Vesk", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Vesk") >= {"Dorran Vesk", "Vesk"}


def test_a_demonym_only_before_nouns_is_no_actor() -> None:
    a = entity_doc(
        "Asian markets fell on Monday. Shares in Tokyo slid as Asian traders sold. The Asian flu was recalled.",
        [("Asian", "NORP"), ("Asian", "NORP"), ("Asian", "NORP")],
        "a",
    )
    b = entity_doc(
        "Asian governments met in Bali. Spanish, Asian, and Hong Kong flu were all pandemics.",
        [("Asian", "NORP"), ("Asian", "NORP")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    assert by_name(ents, "Asian") is None
    assert entity_of(docs, "b", "Asian", 1) is None


def test_a_demonym_used_as_a_noun_stays_a_group() -> None:
    a = entity_doc(
        "Asian markets fell on Monday. Shares in Tokyo slid as Asian traders sold. The Asian flu was recalled.",
        [("Asian", "NORP"), ("Asian", "NORP"), ("Asian", "NORP")],
        "a",
    )
    b = entity_doc(
        "Asian governments met in Bali. The first Asian to fall ill was treated in Osaka.",
        [("Asian", "NORP"), ("Asian", "NORP")],
        "b",
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    group = by_name(ents, "Asian")
    assert group is not None and group.type == "group"


def test_a_tropical_depression_span_is_a_storm_not_a_person() -> None:
    a = entity_doc(
        "Tropical Depression Odalys formed overnight. Odalys could reach the rigs by Friday, forecasters said.",
        [("Tropical Depression Odalys", "PERSON"), ("Odalys", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert not [e for e in ents if e.type == "person"]


def test_a_bare_storm_word_in_a_town_name_is_no_storm() -> None:
    a = entity_doc(
        "Farmers in Storm Lake said the harvest was late. Storm Lake lies in Iowa.",
        [("Storm Lake", "GPE"), ("Storm Lake", "GPE"), ("Iowa", "GPE")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    town = by_name(ents, "Storm Lake")
    assert town is not None and town.type == "place"


def test_a_surname_whose_full_names_never_meet_keeps_its_row() -> None:
    # two full names in different articles may be one person under two forms: no evidence of two people
    a = entity_doc(
        "Dorran Vesk sued the promoter on Monday.",
        [("Dorran Vesk", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Alina Vesk spoke outside court on Tuesday.",
        [("Alina Vesk", "PERSON")],
        "b",
    )
    c = entity_doc(
        "Vesk said the family was owed money. Vesk declined to say more.",
        [("Vesk", "PERSON"), ("Vesk", "PERSON")],
        "c",
    )
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "c", "Vesk") is not None


def test_a_nickname_and_the_formal_given_name_are_one_person() -> None:
    from storyline.annotate.entities import load_kb

    a = entity_doc(
        "Treasury Secretary Henry Paulsby, known as Hank Paulsby, spoke. Paulsby said banks were sound.",
        [("Henry Paulsby", "PERSON"), ("Hank Paulsby", "PERSON"), ("Paulsby", "PERSON")],
    )
    ents, _ = resolve_entities([a], load_kb())
    assert names_of(ents, "Hank Paulsby") >= {"Henry Paulsby", "Hank Paulsby", "Paulsby"}


def test_a_regnal_name_beside_several_bearers_of_the_surname_keeps_its_row() -> None:
    a = entity_doc(
        "Omar Haddat and Rami Haddat fled the city. King Haddat stayed neutral, Omar Haddat said.",
        [("Omar Haddat", "PERSON"), ("Rami Haddat", "PERSON"), ("Haddat", "PERSON"), ("Omar Haddat", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Rami Haddat wrote that King Haddat had once ridden a stallion into the palace.",
        [("Rami Haddat", "PERSON"), ("Haddat", "PERSON")],
        "b",
    )
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Haddat") is not None
