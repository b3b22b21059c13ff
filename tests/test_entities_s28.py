"""Session 28: a foreign body's name the recogniser cuts at its particle is made whole, its English
misspellings join it; a role after a verb is no person's cue; a first name the recogniser misreads
joins the person its article names in full.  All text is invented."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import _PERSON_AFTER, KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def _no_place(name: str) -> bool:
    return False


def _every_place(name: str) -> bool:
    return True


def test_a_foreign_body_cut_before_its_particle_is_made_whole() -> None:
    text = (
        "A surgeon sent by Medecins du Monde (MDM) said the ward was full. Medecins du Monde later flew in more staff."
    )
    doc = entity_doc(text, [("Medecins", "PERSON"), ("MDM", "ORG"), ("Medecins du Monde", "ORG")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    body = by_name(ents, "Medecins du Monde")
    assert body is not None and body.type == "organisation"
    assert by_name(ents, "Medecins") is None
    whole = [m for m in out[0].mentions if m.start == text.index("Medecins")]
    assert [m.text for m in whole] == ["Medecins du Monde"] and whole[0].entity == body.id


def test_a_foreign_body_split_in_two_spans_is_one_name() -> None:
    text = "PAULE ROUX, REPORTERS SANS FRONTIERES: The press office was raided at dawn."
    doc = entity_doc(text, [("PAULE ROUX", "PERSON"), ("REPORTERS SANS", "ORG"), ("FRONTIERES", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert by_name(ents, "FRONTIERES") is None
    assert [m.text for m in out[0].mentions if m.start >= text.index("REPORTERS")] == ["REPORTERS SANS FRONTIERES"]


def test_a_span_after_a_foreign_head_and_its_particle_gets_them_back() -> None:
    text = "Volunteers of Fondation pour Enfance handed out blankets in the square."
    doc = entity_doc(text, [("Enfance", "PERSON")], "a")
    ents, out = resolve_entities([doc], EMPTY)
    assert [m.text for m in out[0].mentions] == ["Fondation pour Enfance"]
    assert by_name(ents, "Fondation pour Enfance") is not None


def test_an_english_name_is_not_extended_over_a_particle() -> None:
    # "Reporters" is a foreign body's head only before a foreign particle: "of" is English
    text = "Reporters of Channel Nine waited outside the court."
    doc = entity_doc(text, [("Channel Nine", "ORG")], "a")
    _, out = resolve_entities([doc], EMPTY)
    assert [m.text for m in out[0].mentions] == ["Channel Nine"]


def test_misspellings_of_a_foreign_body_join_it_but_another_body_stays_apart() -> None:
    docs = [
        entity_doc(
            "Comite de Solidarite Internationale said its convoy reached the border.",
            [("Comite de Solidarite Internationale", "ORG")],
            "a",
        ),
        entity_doc(
            "A nurse with Comite de Solidarite Intarnationale treated the wounded.",
            [("Comite de Solidarite Intarnationale", "ORG")],
            "b",
        ),
        entity_doc(
            "Comite de Defense Internationale asked for a ceasefire.",
            [("Comite de Defense Internationale", "ORG")],
            "c",
        ),
    ]
    _, out = resolve_entities(docs, EMPTY)
    first = entity_of(out, "a", "Comite de Solidarite Internationale")
    assert first is not None
    assert entity_of(out, "b", "Comite de Solidarite Intarnationale") == first
    assert entity_of(out, "c", "Comite de Defense Internationale") not in (None, first)


def test_a_role_after_a_verb_is_no_apposition() -> None:
    assert _PERSON_AFTER.match(", the goalkeeper, said")
    assert _PERSON_AFTER.match(", a retired teacher")
    assert _PERSON_AFTER.match(", 34, said")
    assert not _PERSON_AFTER.match(", has worked as an archaeologist in the region")
    assert not _PERSON_AFTER.match(", said a spokesman for the firm")
    assert not _PERSON_AFTER.match(", who are mostly fishermen,")


def _misread_docs() -> list:
    return [
        entity_doc(
            'Pilot Conrad Vale landed the plane on the river. "Hold on, Conrad," the co-pilot shouted.',
            [("Conrad Vale", "PERSON"), ("Conrad", "GPE")],
            "a",
        ),
        entity_doc(
            "In the short story, the boy Conrad keeps a ferret in the shed.",
            [("Conrad", "GPE")],
            "b",
        ),
        entity_doc("Conrad Vale was praised by the airline.", [("Conrad Vale", "PERSON")], "c"),
    ]


def test_a_misread_first_name_joins_the_person_its_article_names_in_full() -> None:
    ents, out = resolve_entities(_misread_docs(), EMPTY, _no_place)
    pilot = by_name(ents, "Conrad Vale")
    assert pilot is not None
    assert entity_of(out, "a", "Conrad") == pilot.id
    # the other article names no Conrad Vale: its Conrad is someone else
    assert entity_of(out, "b", "Conrad") != pilot.id


def test_a_misread_first_name_that_is_a_strong_place_stays_apart() -> None:
    ents, out = resolve_entities(_misread_docs(), EMPTY, _every_place)
    pilot = by_name(ents, "Conrad Vale")
    assert pilot is not None and entity_of(out, "a", "Conrad") != pilot.id


def test_a_misread_word_joins_no_name_that_is_not_a_persons() -> None:
    # "Halcor Rejected" of a headline is no given name and surname: "Halcor" is the company
    text = "Halcor Rejected Offer. Halcor said the bid was too low, and Halcor shares rose."
    doc = entity_doc(text, [("Halcor Rejected", "PERSON"), ("Halcor", "ORG"), ("Halcor", "ORG")], "a")
    doc2 = entity_doc("The offer was rejected on Monday.", [], "b")
    ents, out = resolve_entities([doc, doc2], EMPTY, _no_place)
    bogus = by_name(ents, "Halcor Rejected")
    assert bogus is not None and entity_of(out, "a", "Halcor") != bogus.id


def test_a_misread_first_name_that_ends_another_name_stays_apart() -> None:
    # "Scott" is Scott Lane's first name and CP Scott's surname: the bare word may be either
    docs = [
        entity_doc(
            'Inspector Scott Lane left the site. "Not now, Scott," an aide said.',
            [("Scott Lane", "PERSON"), ("Scott", "GPE")],
            "a",
        ),
        entity_doc("The editor CP Scott wrote about the vote.", [("CP Scott", "ORG")], "b"),
    ]
    ents, out = resolve_entities(docs, EMPTY, _no_place)
    inspector = by_name(ents, "Scott Lane")
    assert inspector is not None and entity_of(out, "a", "Scott") != inspector.id
    ents, out = resolve_entities(docs[:1], EMPTY, _no_place)
    inspector = by_name(ents, "Scott Lane")
    assert inspector is not None and entity_of(out, "a", "Scott") == inspector.id


def test_an_institution_with_roles_after_it_stays_an_organisation() -> None:
    # "Marlow College, its head teacher" and "Marlow College, 12," give the college no person's cue
    text = (
        "Pupils at Marlow College, the school's teacher said, were sent home. Marlow College, 12, reopened. "
        "Marlow College, a teacher at the gate said, will stay open."
    )
    doc = entity_doc(text, [("Marlow College", "ORG")] * 3, "a")
    ents, _ = resolve_entities([doc], EMPTY)
    college = by_name(ents, "Marlow College")
    assert college is not None and college.type == "organisation"


def test_a_name_with_cues_after_it_is_still_a_person() -> None:
    text = "Today Varlow, 31, was named. Varlow, the new coach of the club, spoke. Varlow left at noon."
    doc = entity_doc(text, [("Varlow", "ORG")] * 3, "a")
    ents, _ = resolve_entities([doc], EMPTY)
    coach = by_name(ents, "Varlow")
    assert coach is not None and coach.type == "person"
