"""Entities: one actor under its formal and short names (a company's legal form, a person's "Jr",
a body named without its place, a department cut after its head), and names whose form settles
their type (a strain code, a school, a caption's credit word).  Invented text."""

from __future__ import annotations

from helpers import by_name
from helpers import entity_doc as doc
from storyline.annotate.entities import KBEntry, KnowledgeBase, resolve_entities

EMPTY = KnowledgeBase()


def test_a_company_with_its_legal_form_is_the_company() -> None:
    a = doc(
        "Drillmark Ltd said the rig was safe. Drillmark later denied blame. Drillmark shares fell.",
        [("Drillmark Ltd", "ORG"), ("Drillmark", "ORG"), ("Drillmark", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    firm = next(e for e in entities if "Drillmark Ltd" in e.aliases)
    assert firm.name == "Drillmark"  # the company's name, its legal form an alias
    assert len([e for e in entities if e.type != "place"]) == 1


def test_a_legal_form_never_joins_a_person() -> None:
    a = doc(
        "Ann Corbel met the board. Corbel Inc said profits rose. Ann Corbel left.",
        [("Ann Corbel", "PERSON"), ("Corbel Inc", "ORG"), ("Ann Corbel", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    person = by_name(entities, "Ann Corbel")
    assert person is not None and "Corbel Inc" not in person.aliases


def test_a_middle_initial_and_jr_are_one_person_when_one_person_has_the_surname() -> None:
    a = doc(
        "Walter K. Dunmore Jr. spoke on Monday. Walter Dunmore said banks must act. Dunmore left.",
        [("Walter K. Dunmore Jr.", "PERSON"), ("Walter Dunmore", "PERSON"), ("Dunmore", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    people = [e for e in entities if e.type == "person"]
    assert len(people) == 1 and "Walter K. Dunmore Jr" in people[0].aliases


def test_jr_marks_a_son_in_a_story_about_a_family() -> None:
    a = doc(
        "Omar Velt sang. Rita Velt and Sam Velt danced. Omar Paul Velt Jr, his son, waved. Omar Velt bowed. "
        "Rita Velt smiled. Sam Velt left.",
        [("Omar Velt", "PERSON"), ("Rita Velt", "PERSON"), ("Sam Velt", "PERSON"), ("Omar Paul Velt Jr", "PERSON"),
         ("Omar Velt", "PERSON"), ("Rita Velt", "PERSON"), ("Sam Velt", "PERSON")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    father = by_name(entities, "Omar Velt")
    assert father is not None and "Omar Paul Velt Jr" not in father.aliases


def test_a_known_company_named_after_someone_is_not_that_person() -> None:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="quillon", name="Quillon", type="media_outlet", aliases=("Quillon News",)))
    a = doc(
        "Quillon reported the deal. Mayor Ted Quillon said he was pleased. Quillon News added detail.",
        [("Quillon", "ORG"), ("Ted Quillon", "PERSON"), ("Quillon News", "ORG")],
    )
    entities, _ = resolve_entities([a], kb)
    outlet = by_name(entities, "Quillon")
    assert outlet is not None and outlet.type == "media_outlet" and "Ted Quillon" not in outlet.aliases
    assert by_name(entities, "Ted Quillon") is not None


def test_a_body_named_without_its_place_joins_the_place_qualified_name() -> None:
    a = doc(
        "In Zembla the Zembla Treasury sold bonds. The Treasury said the treasury had cash. Zembla cheered.",
        [("Zembla", "GPE"), ("Zembla Treasury", "ORG"), ("Treasury", "ORG"), ("Zembla", "GPE")],
    )
    b = doc("Zembla's Treasury bought gold, the Treasury said.", [("Zembla", "GPE"), ("Treasury", "ORG")], "a2")
    entities, _ = resolve_entities([a, b], EMPTY)
    body = next(e for e in entities if "Zembla Treasury" in e.aliases)
    assert "Treasury" in body.aliases


def test_a_company_never_written_in_lowercase_does_not_join_a_place_qualified_form() -> None:
    a = doc(
        "In Zembla, Zembla Brantco fell. Brantco said it would cut jobs. Brantco shares rose in Zembla.",
        [("Zembla", "GPE"), ("Zembla Brantco", "ORG"), ("Brantco", "ORG"), ("Brantco", "ORG"), ("Zembla", "GPE")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    firm = by_name(entities, "Brantco")
    assert firm is not None and "Zembla Brantco" not in firm.aliases


def test_a_department_cut_after_its_head_gets_its_head_back() -> None:
    a = doc(
        "The Department of the Outlands said the land was closed. Officials at the Department for Rural Affairs agreed.",
        [("Outlands", "ORG"), ("Rural Affairs", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    names = {e.name for e in entities}
    assert "Department of the Outlands" in names and "Department for Rural Affairs" in names
    assert "Outlands" not in names and "Rural Affairs" not in names


def test_a_strain_code_is_no_organisation_and_a_school_is_no_group() -> None:
    a = doc(
        "The K4P7 strain spread. Pupils at Hillview High School fell ill. K4P7 cases rose at Hillview High School.",
        [("K4P7", "ORG"), ("Hillview High School", "NORP"), ("K4P7", "ORG"), ("Hillview High School", "NORP")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    strain, school = by_name(entities, "K4P7"), by_name(entities, "Hillview High School")
    assert strain is not None and strain.type == "other"
    assert school is not None and school.type == "organisation"


def test_a_caption_credit_word_is_no_actor() -> None:
    a = doc(
        "Crowds gathered. Photograph: Lena Ostrow. Photograph: Lena Ostrow. Lena Ostrow reported.",
        [("Photograph", "PERSON"), ("Lena Ostrow", "PERSON"), ("Photograph", "PERSON"), ("Lena Ostrow", "PERSON"),
         ("Lena Ostrow", "PERSON")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    assert by_name(entities, "Photograph") is None
    assert by_name(entities, "Lena Ostrow") is not None
