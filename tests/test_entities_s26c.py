"""Session 26, round 3: a newspaper's short name, a surname after a pair of bearers, names an
encoding error broke, persons the recogniser read as places."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, load_kb, resolve_entities

EMPTY = KnowledgeBase()


def _paper_story(extra: list | None = None) -> list:
    return [
        entity_doc(
            "According to the Washington Post, officials in Washington had approved the lease. The Post "
            "obtained a copy of the permit.",
            [("Washington Post", "ORG"), ("Washington", "GPE"), ("Post", "ORG")],
            "a",
        ),
        entity_doc("The Post asked six engineers about the failed valve.", [("Post", "ORG")], "b"),
        entity_doc("Readers sent The Post their questions about the spill.", [("Post", "ORG")], "c"),
        entity_doc("The Post's reporters toured the marsh by boat.", [("Post", "ORG")], "d"),
        *(extra or []),
    ]


def test_a_newspapers_last_word_joins_it_once_named_in_full() -> None:
    ents, docs = resolve_entities(_paper_story(), load_kb())
    wapo = by_name(ents, "The Washington Post")
    assert wapo is not None
    assert entity_of(docs, "b", "Post") == wapo.id
    assert entity_of(docs, "d", "Post") == wapo.id


def test_a_newspapers_last_word_stays_apart_beside_another_paper_of_that_word() -> None:
    tabloid = entity_doc("The New York Post ran the photograph on its front page.", [("New York Post", "ORG")], "e")
    ents, docs = resolve_entities(_paper_story([tabloid]), load_kb())
    wapo = by_name(ents, "The Washington Post")
    assert wapo is not None
    assert entity_of(docs, "b", "Post") != wapo.id


def _holt_story(article: object) -> list:
    """A story whose main person is Dana Holt, with her brothers Kim and Lee Holt."""
    return [
        *(
            entity_doc(f"Dana Holt played {city} on {day}.", [("Dana Holt", "PERSON")], f"s{i}")
            for i, (city, day) in enumerate((("Leeds", "Monday"), ("Derby", "Tuesday"), ("Hull", "Friday")))
        ),
        entity_doc("Kim Holt said the tour would go ahead.", [("Kim Holt", "PERSON")], "k"),
        article,
    ]


def test_a_surname_after_a_pair_of_bearers_is_not_the_second_ones() -> None:
    article = entity_doc(
        "Two of Dana Holt's brothers criticised the tribute. Kim and Lee Holt called it ill-timed. "
        "A statement from Kim and Lee Holt followed. Fans of Kim and Lee Holt were split. "
        "Holt died in March while rehearsing for a tour.",
        [
            ("Dana Holt", "PERSON"),
            ("Kim", "PERSON"),
            ("Lee Holt", "PERSON"),
            ("Kim", "PERSON"),
            ("Lee Holt", "PERSON"),
            ("Kim", "PERSON"),
            ("Lee Holt", "PERSON"),
            ("Holt", "PERSON"),
        ],
        "x",
    )
    ents, docs = resolve_entities(_holt_story(article), EMPTY)
    lee, dana = by_name(ents, "Lee Holt"), by_name(ents, "Dana Holt")
    assert lee is not None and dana is not None
    assert entity_of(docs, "x", "Holt") != lee.id
    assert entity_of(docs, "x", "Holt") == dana.id  # the only bearer named alone in the article


def test_a_surname_after_one_bearer_still_joins_that_one() -> None:
    article = entity_doc(
        "Lee Holt, brother of the singer, was taken to hospital. Holt, 48, is said to be recovering.",
        [("Lee Holt", "PERSON"), ("Holt", "PERSON")],
        "x",
    )
    ents, docs = resolve_entities(_holt_story(article), EMPTY)
    lee = by_name(ents, "Lee Holt")
    assert lee is not None and entity_of(docs, "x", "Holt") == lee.id


def test_a_name_an_encoding_error_broke_joins_the_whole_one() -> None:
    docs = [
        entity_doc(
            "Health minister Jose Luis Mugica said clinics would stay open.", [("Jose Luis Mugica", "PERSON")], "a"
        ),
        entity_doc("The minister, Jos Luis M gica, said the toll had risen.", [("Jos Luis M gica", "PERSON")], "b"),
        entity_doc("Minister Jos Luis Mgica visited the hospital.", [("Jos Luis Mgica", "PERSON")], "c"),
        entity_doc("M gica admitted the figures were incomplete.", [("M gica", "PERSON")], "d"),
    ]
    ents, out = resolve_entities(docs, EMPTY)
    whole = by_name(ents, "Jose Luis Mugica")  # the unbroken form names the row
    assert whole is not None
    assert entity_of(out, "b", "Jos Luis M gica") == whole.id
    assert entity_of(out, "c", "Jos Luis Mgica") == whole.id
    assert entity_of(out, "d", "M gica") == whole.id


def test_a_name_one_vowel_shorter_without_a_sign_of_breakage_stays_apart() -> None:
    docs = [
        entity_doc("Tom Breen chaired the inquiry into the leak.", [("Tom Breen", "PERSON")], "a"),
        entity_doc("Tom Bren, a welder, runs a boatyard in the bay.", [("Tom Bren", "PERSON")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY)
    assert by_name(ents, "Tom Breen") is not None and by_name(ents, "Tom Bren") is not None


def _singer_docs(first: str) -> list:
    return [
        entity_doc(f"{first} Kalinda will perform via satellite.", [("Kalinda", "GPE")], "a"),
        entity_doc("The line-up includes Kalinda and two choirs.", [("Kalinda", "GPE")], "b"),
        entity_doc("Kalinda, who wore a silver gown, sang first.", [("Kalinda", "PERSON")], "c"),
        entity_doc("Organisers said Kalinda will appear by video link.", [("Kalinda", "PERSON")], "d"),
    ]


def test_a_person_read_as_a_place_as_often_as_a_person_is_a_person() -> None:
    ents, _ = resolve_entities(_singer_docs("Singer"), EMPTY, lambda name: False)
    singer = by_name(ents, "Kalinda")
    assert singer is not None and singer.type == "person"


def test_a_name_written_after_a_place_preposition_stays_a_place() -> None:
    ents, _ = resolve_entities(_singer_docs("In"), EMPTY, lambda name: False)
    town = by_name(ents, "Kalinda")
    assert town is not None and town.type == "place"


def test_a_strong_place_read_as_a_person_stays_a_place() -> None:
    ents, _ = resolve_entities(_singer_docs("Singer"), EMPTY, lambda name: name == "Kalinda")
    town = by_name(ents, "Kalinda")
    assert town is not None and town.type == "place"
