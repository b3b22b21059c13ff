"""Session 24: actor-table errors found on Timeline17 (storm names, adjectival "Swiss", ...)."""

from __future__ import annotations

from helpers import entity_doc as doc
from helpers import names_of
from storyline.annotate.entities import KBEntry, KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def _entity(docs: list, doc_id: str, text: str) -> str | None:
    for d in docs:
        if d.article.id == doc_id:
            for m in d.mentions:
                if m.text == text:
                    return m.entity
    return None


def test_a_storm_name_in_its_article_is_the_storm_not_a_person_elsewhere() -> None:
    storm = doc(
        "Tropical storm Odalys neared the rigs. Odalys, the first storm of the season, halted work.",
        [("Odalys", "EVENT"), ("Odalys", "PERSON")],
        "s",
    )
    person = doc(
        "Odalys Brennt, an analyst, spoke. Odalys said shares would rise.",
        [("Odalys Brennt", "PERSON"), ("Odalys", "PERSON")],
        "p",
    )
    ents, docs = resolve_entities([storm, person], EMPTY)
    storm_ids = {m.entity for d in docs if d.article.id == "s" for m in d.mentions if m.text == "Odalys"}
    assert len(storm_ids) == 1 and None not in storm_ids
    (storm_id,) = storm_ids
    assert next(e for e in ents if e.id == storm_id).type == "other"
    assert _entity(docs, "p", "Odalys") != storm_id


def test_storms_listed_after_a_plural_are_no_persons() -> None:
    a = doc(
        "The town was hit by Hurricanes Katrin, Gostav and Ikka. Ikka flooded the port.",
        [("Katrin", "PERSON"), ("Gostav", "PERSON"), ("Ikka", "PERSON"), ("Ikka", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert not [e for e in ents if e.type == "person"]


def test_a_storm_name_joins_its_spelled_out_name() -> None:
    a = doc(
        "Hurricane Odalys halted the clean-up. Odalys moved west.",
        [("Hurricane Odalys", "EVENT"), ("Odalys", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Hurricane Odalys") >= {"Hurricane Odalys", "Odalys"}


def test_a_weekday_after_storm_is_no_storm_name() -> None:
    a = doc(
        "Aldo Ferran watched the Tropical Storm Monday. Ferran said the rigs were safe.",
        [("Aldo Ferran", "PERSON"), ("Ferran", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Aldo Ferran") >= {"Aldo Ferran", "Ferran"}


def test_swiss_only_before_a_noun_is_no_actor() -> None:
    a = doc(
        "The Swiss bank Kellor warned investors. A Swiss-registered firm owns the rig.",
        [("Swiss", "NORP"), ("Kellor", "ORG"), ("Swiss", "NORP")],
    )
    b = doc("The Swiss firm Drammel said it would pay.", [("Swiss", "NORP"), ("Drammel", "ORG")], "b")
    ents, _ = resolve_entities([a, b], EMPTY)
    assert not [e for e in ents if e.name == "Swiss"]


def test_the_swiss_as_a_people_stay() -> None:
    a = doc(
        "The Swiss voted on Sunday. The Swiss said no. Swiss banks closed.",
        [("Swiss", "NORP"), ("Swiss", "NORP"), ("Swiss", "NORP")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert [e for e in ents if e.name == "Swiss" and e.type == "group"]


class _Gazetteer:
    """A strong-place test that knows no town "Dunharrow", only a second-level area of that name."""

    def __call__(self, name: str) -> bool:
        return False

    def area(self, name: str) -> bool:
        return name == "Dunharrow"


def test_an_area_named_without_its_generic_word_is_a_place_when_written_as_one() -> None:
    a = doc(
        "A girl from Dunharrow fell ill. Chemists in Dunharrow sold out. The first case in Dunharrow was confirmed.",
        [("Dunharrow", "ORG"), ("Dunharrow", "ORG"), ("Dunharrow", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY, _Gazetteer())
    assert [e.type for e in ents if e.name == "Dunharrow"] == ["place"]


def test_an_area_name_once_after_in_stays_an_organisation() -> None:
    a = doc(
        "Dunharrow said profits rose. Dunharrow hired staff. Shares in Dunharrow fell.",
        [("Dunharrow", "ORG"), ("Dunharrow", "ORG"), ("Dunharrow", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY, _Gazetteer())
    assert [e.type for e in ents if e.name == "Dunharrow"] == ["organisation"]


def test_an_organisation_and_a_section_word_join_the_organisation() -> None:
    a = doc(
        "Quillo said it would sell maps online. Reports were posted to Quillo Online by residents. Quillo added staff.",
        [("Quillo", "ORG"), ("Quillo Online", "ORG"), ("Quillo", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Quillo") >= {"Quillo", "Quillo Online"}


def test_a_section_word_after_a_person_joins_nothing() -> None:
    a = doc(
        "Marta Quell spoke on Marta Quell Live. Quell said the spill was grave.",
        [("Marta Quell", "PERSON"), ("Marta Quell Live", "ORG"), ("Quell", "PERSON")],
    )
    b = doc(
        "Vessa Online said sales rose. Vessa Bragg, a trader, agreed.",
        [("Vessa Online", "ORG"), ("Vessa Bragg", "PERSON")],
        "b",
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    assert "Marta Quell Live" not in names_of(ents, "Marta Quell")
    assert "Vessa Online" not in names_of(ents, "Vessa Bragg")


def test_a_verb_spelled_like_an_alias_after_the_is_no_mention() -> None:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="bank", name="Central Bank of Ostria", type="government_body", aliases=("the Cbo",)))
    a = doc("The Central Bank of Ostria met. Farmers cbo their goats. The Cbo said rates would rise.", [])
    _, docs = resolve_entities([a], kb)
    assert [m.text for m in docs[0].mentions if m.entity is not None] == ["Central Bank of Ostria", "Cbo"]


def test_a_lowercase_span_of_a_common_word_joins_no_name() -> None:
    a = doc(
        "Mind the gap, he said. The gap grew. Gap said sales fell. Gap Inc hired staff.",
        [("gap", "ORG"), ("Gap", "ORG"), ("Gap Inc", "ORG")],
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert not [m for m in docs[0].mentions if m.text == "gap" and m.entity is not None]
    assert not [e for e in ents if "gap" in e.aliases]


def test_a_lowercase_place_still_joins_its_name() -> None:
    a = doc(
        "Pellora fell. Fighters left pellora at dawn. Pellora was calm.",
        [("Pellora", "GPE"), ("pellora", "GPE"), ("Pellora", "GPE")],
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert len({m.entity for m in docs[0].mentions}) == 1
    assert [e.name for e in ents] == ["Pellora"]


def test_a_storm_name_joins_no_person_of_that_surname_elsewhere() -> None:
    a = doc(
        "1998 - Hurricane Gorvan kills hundreds. 2007 - Tropical Storm Noelle triggers floods.",
        [("Gorvan", "PERSON"), ("Noelle", "PERSON")],
    )
    b = doc(
        "Francis Noelle, an aid worker, spoke. Noelle said the camp was full.",
        [("Francis Noelle", "PERSON"), ("Noelle", "PERSON")],
        "b",
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    assert [e.type for e in ents if e.name == "Francis Noelle"] == ["person"]
    assert [e.type for e in ents if e.name == "Noelle"] == ["other"]


def test_storm_and_its_cut_span_stay_one_storm() -> None:
    a = doc(
        "Tropical Storm Odalys neared. Crews left as Storm Odalys grew. Odalys passed by Friday.",
        [("Tropical Storm Odalys", "EVENT"), ("Storm Odalys", "ORG"), ("Odalys", "PERSON")],
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert len({m.entity for m in docs[0].mentions}) == 1
    assert [e.type for e in ents] == ["other"]
