"""Session 27, round 2: a person's profession read by its suffix ("seismologist", "statistician"),
not from a list fitted to one story; a body's name in another language read as an organisation's;
a given name of the story's persons written alone read as a person's; a writer's name signed as in a
byline or a live blog's handover read as a person's.  All text is invented."""

from __future__ import annotations

from helpers import by_name, entity_doc
from storyline.annotate.entities import _ROLE_BEFORE, KnowledgeBase, _foreign_body, resolve_entities

EMPTY = KnowledgeBase()


def no_place(name: str) -> bool:
    return False


def test_a_profession_is_read_by_its_suffix() -> None:
    for before in (
        "the seismologist ",
        "chief pathologist, ",
        "Consultant psychiatrist ",
        "the statistician ",
        "physician ",
        "the photographer ",
        "oceanographer ",
    ):
        assert _ROLE_BEFORE.search(before), before


def test_a_word_that_only_ends_like_a_profession_is_no_role() -> None:
    # a creed is written before an organisation's name as often as before a person's
    for before in ("the Islamist ", "a socialist ", "the list ", "a twist ", "ologist ", "the leftist "):
        assert not _ROLE_BEFORE.search(before), before


def test_a_name_after_a_profession_twice_is_a_persons() -> None:
    # the recogniser took an unfamiliar name for an organisation's; the suffix role says person
    docs = [
        entity_doc(
            "The volcanologist Tomasz Wierzba said the ash cloud would thin by Friday.",
            [("Tomasz Wierzba", "ORG")],
            "a",
        ),
        entity_doc(
            "Flights resumed after the climatologist Tomasz Wierzba revised his forecast.",
            [("Tomasz Wierzba", "ORG")],
            "b",
        ),
    ]
    ents, _ = resolve_entities(docs, EMPTY)
    e = by_name(ents, "Tomasz Wierzba")
    assert e is not None and e.type == "person"


def test_a_creed_before_a_name_does_not_make_it_a_persons() -> None:
    docs = [
        entity_doc("The Islamist Hizb Tahrir said its members were arrested.", [("Hizb Tahrir", "ORG")], "a"),
        entity_doc("Police raided offices of the Islamist Hizb Tahrir overnight.", [("Hizb Tahrir", "ORG")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY)
    e = by_name(ents, "Hizb Tahrir")
    assert e is not None and e.type == "organisation"


def test_a_bodys_name_in_another_language() -> None:
    assert _foreign_body("Médecins du Monde")
    assert _foreign_body("Ärzte ohne Grenzen")
    assert _foreign_body("Fundación para la Salud")
    assert _foreign_body("Comité de Soutien aux Familles")
    # places and names that only share a particle or a head word
    assert not _foreign_body("Rio de Janeiro")
    assert not _foreign_body("Port-au-Prince")
    assert not _foreign_body("Medecins")
    assert not _foreign_body("Association of Retired Teachers")


def test_a_foreign_bodys_name_read_as_a_place_is_an_organisation() -> None:
    docs = [
        entity_doc(
            "A surgical team sent by Medicos del Mundo (MDM) reached the port on Tuesday.",
            [("Medicos del Mundo", "FAC"), ("MDM", "ORG")],
            "a",
        ),
        entity_doc("Medicos del Mundo said its clinics were full.", [("Medicos del Mundo", "LOC")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Medicos del Mundo")
    assert e is not None and e.type == "organisation"


def test_a_given_name_written_alone_is_a_persons() -> None:
    docs = [
        entity_doc(
            "The trial of Dr Anselm Voight entered its second week on Monday.", [("Anselm Voight", "PERSON")], "a"
        ),
        entity_doc(
            'On the tape a voice says: "You have to sleep now, Anselm."',
            [("Anselm", "GPE")],
            "b",
        ),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Anselm")
    assert e is not None and e.type == "person"


def test_a_given_name_written_as_a_place_stays_a_place() -> None:
    # "from Anselm": the text writes it as a place's, whatever the story's persons are called
    docs = [
        entity_doc("Anselm Voight chaired the meeting.", [("Anselm Voight", "PERSON")], "a"),
        entity_doc("Volunteers drove in from Anselm overnight.", [("Anselm", "GPE")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Anselm")
    assert e is not None and e.type == "place"


def test_a_full_name_of_common_words_gives_no_given_name() -> None:
    # "Marsh Creek" read once as a person's: "creek" is a word the story writes in lowercase
    docs = [
        entity_doc("Marsh Creek was closed to boats.", [("Marsh Creek", "PERSON")], "a"),
        entity_doc("The creek runs past Marsh, where crews waited.", [("Marsh", "GPE")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Marsh")
    assert e is None or e.type == "place"


def test_a_live_blogs_handover_names_a_writer() -> None:
    # "This is <name>, I ..." signs a live blog; "thanks to" is no place's "to"
    docs = [
        entity_doc(
            "Schools reopened in the north.\n(This is Imran Qadeer, I have taken over the blog for the evening.)",
            [("Imran Qadeer", "LOC")],
            "a",
        ),
        entity_doc(
            "Thanks to Imran Qadeer who has been following the vote since noon.", [("Imran Qadeer", "LOC")], "b"
        ),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Imran Qadeer")
    assert e is not None and e.type == "person"


def test_this_is_before_a_place_is_no_byline() -> None:
    docs = [
        entity_doc(
            "This is Rivermouth Province, where the floods began on Monday.",
            [("Rivermouth Province", "LOC")],
            "a",
        )
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Rivermouth Province")
    assert e is not None and e.type == "place"


def test_a_given_name_cut_from_its_surname_is_not_made_a_person_alone() -> None:
    # "Anselm" before "Voight" is the recogniser's cut of one name, not a person of its own
    docs = [
        entity_doc("Dr Anselm Voight chaired the inquiry.", [("Anselm Voight", "PERSON")], "a"),
        entity_doc("Anselm Voight, a retired judge, said the report was fair.", [("Anselm", "GPE")], "b"),
    ]
    ents, _ = resolve_entities(docs, EMPTY, no_place)
    e = by_name(ents, "Anselm")
    assert e is None or e.type != "person"
