"""Session 26: first names of relatives, bare first names across articles, short given names."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of
from storyline.annotate.entities import KnowledgeBase, load_kb, resolve_entities

EMPTY = KnowledgeBase()


def _minister_story() -> list:
    """Three articles calling the minister Gordon Vale "Gordon" after naming him in full."""
    return [
        entity_doc(
            f"Gordon Vale defended the budget on {day}. Gordon said the cuts were fair.",
            [("Gordon Vale", "PERSON"), ("Gordon", "PERSON")],
            f"m{i}",
        )
        for i, day in enumerate(("Monday", "Tuesday", "Wednesday"))
    ]


def test_a_relatives_first_name_does_not_join_the_storys_namesake() -> None:
    widow = entity_doc(
        "The march was led by Rose Tarrant, whose 19-year-old son Gordon was killed in the war.",
        [("Rose Tarrant", "PERSON"), ("Gordon", "PERSON")],
        "w",
    )
    ents, docs = resolve_entities([*_minister_story(), widow], EMPTY)
    vale = by_name(ents, "Gordon Vale")
    assert vale is not None
    assert entity_of(docs, "w", "Gordon") != vale.id
    assert entity_of(docs, "m0", "Gordon") == vale.id  # the minister's own "Gordon" still joins


def test_a_relatives_first_name_joins_when_the_article_names_the_family() -> None:
    brother = entity_doc(
        "Vale arrived with his brother Gordon, who spoke for the family.",
        [("Vale", "PERSON"), ("Gordon", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([*_minister_story(), brother], EMPTY)
    vale = by_name(ents, "Gordon Vale")
    assert vale is not None and entity_of(docs, "b", "Gordon") == vale.id


def test_a_relatives_first_name_is_no_one_person_across_articles() -> None:
    a = entity_doc(
        "Actor Jack Medlow will star in the series. Medlow said filming starts soon.",
        [("Jack Medlow", "PERSON"), ("Medlow", "PERSON")],
        "a",
    )
    b = entity_doc("Her son Jack was born seven weeks early at the city hospital.", [("Jack", "PERSON")], "b")
    c = entity_doc("As Jack commented below, the queues were long at the clinic.", [("Jack", "PERSON")], "c")
    d = entity_doc("Yesterday it was announced that her son Jack had also died.", [("Jack", "PERSON")], "d")
    ents, docs = resolve_entities([a, b, c, d], EMPTY)
    jack_b, jack_c, jack_d = (entity_of(docs, x, "Jack") for x in "bcd")
    assert jack_b is not None and jack_b == jack_d  # the articles that call him her son: one baby
    assert jack_c is not None and jack_c != jack_b  # a reader's Jack is someone else
    assert by_name(ents, "Jack Medlow") is not None


def test_a_one_name_celebrity_stays_one_row() -> None:
    a = entity_doc("Singer Rihanne Vayle joined the concert.", [("Rihanne Vayle", "PERSON")], "a")
    b = entity_doc("Rihanne sang first on Friday.", [("Rihanne", "PERSON")], "b")
    c = entity_doc("Fans cheered as Rihanne took the stage.", [("Rihanne", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Rihanne") is not None
    assert entity_of(docs, "b", "Rihanne") == entity_of(docs, "c", "Rihanne")


def test_a_bare_first_name_inside_one_article_stays() -> None:
    a = entity_doc(
        "Actor Jack Medlow will star in the series. Medlow said filming starts soon.",
        [("Jack Medlow", "PERSON"), ("Medlow", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Her son Jack was born early. Jack is doing well, she said.", [("Jack", "PERSON"), ("Jack", "PERSON")], "b"
    )
    ents, _ = resolve_entities([a, b], EMPTY)
    jack = by_name(ents, "Jack")
    assert jack is not None and jack.type == "person"


def test_a_one_word_name_that_is_no_first_name_of_the_story_stays() -> None:
    a = entity_doc("Ronaldinho scored twice on Sunday.", [("Ronaldinho", "PERSON")], "a")
    b = entity_doc("Ronaldinho was later substituted.", [("Ronaldinho", "PERSON")], "b")
    ents, _ = resolve_entities([a, b], EMPTY)
    assert by_name(ents, "Ronaldinho") is not None


def test_jacqui_is_a_short_form_of_jacqueline() -> None:
    a = entity_doc("Jacqueline Harrow, 38, died in hospital on Sunday.", [("Jacqueline Harrow", "PERSON")], "a")
    b = entity_doc("Jacqui Harrow had been admitted last week.", [("Jacqui Harrow", "PERSON")], "b")
    ents, docs = resolve_entities([a, b], load_kb())
    assert entity_of(docs, "a", "Jacqueline Harrow") == entity_of(docs, "b", "Jacqui Harrow")
    assert len([e for e in ents if e.type == "person"]) == 1


def test_a_party_named_with_and_without_party_is_one_organisation() -> None:
    a = entity_doc(
        "Several Tallow MPs voted against the bill, and Tallow voters were angry.",
        [("Tallow", "ORG"), ("Tallow", "ORG")],
        "a",
    )
    b = entity_doc("He was expelled from the Tallow party in 2003.", [("Tallow party", "ORG")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Tallow") is not None
    assert entity_of(docs, "a", "Tallow") == entity_of(docs, "b", "Tallow party")
    assert len([e for e in ents if e.type == "organisation"]) == 1


def test_a_news_agency_named_with_its_trade_is_the_agency() -> None:
    a = entity_doc("Cordell Press reported the spill on Monday.", [("Cordell Press", "ORG")], "a")
    b = entity_doc(
        "Officials told the Cordell Press news agency that the well was capped.",
        [("Cordell Press news agency", "ORG")],
        "b",
    )
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Cordell Press") == entity_of(docs, "b", "Cordell Press news agency")


def test_a_party_word_does_not_join_a_person() -> None:
    a = entity_doc(
        "Hal Tarrow spoke on Monday. Tarrow said he would run.", [("Hal Tarrow", "PERSON"), ("Tarrow", "PERSON")], "a"
    )
    b = entity_doc("The Tarrow Party was founded last year.", [("Tarrow Party", "ORG")], "b")
    _, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Hal Tarrow") != entity_of(docs, "b", "Tarrow Party")


def test_a_name_after_a_news_outlets_possessive_is_a_journalist() -> None:
    kb = load_kb()
    a = entity_doc(
        "Talks stalled, the BBC's Imelda Varrow reports from Geneva.", [("BBC", "ORG"), ("Imelda Varrow", "ORG")], "a"
    )
    b = entity_doc(
        "The BBC's Imelda Varrow, in Geneva, says the vote was close.", [("BBC", "ORG"), ("Imelda Varrow", "ORG")], "b"
    )
    ents, _ = resolve_entities([a, b], kb)
    varrow = by_name(ents, "Imelda Varrow")
    assert varrow is not None and varrow.type == "person"


def test_a_company_after_a_countrys_possessive_stays_an_organisation() -> None:
    a = entity_doc("Shares in Japan's Korvex fell.", [("Japan", "GPE"), ("Korvex", "ORG")], "a")
    b = entity_doc("Britain's Korvex said profits rose.", [("Britain", "GPE"), ("Korvex", "ORG")], "b")
    ents, _ = resolve_entities([a, b], load_kb())
    korvex = by_name(ents, "Korvex")
    assert korvex is not None and korvex.type == "organisation"


def test_a_company_read_as_a_person_is_cut_from_a_name_of_it() -> None:
    a = entity_doc(
        "Drug maker Halvex Plc won the order. Vaccines made by Halvex will ship in May.",
        [("Halvex Plc", "ORG"), ("Halvex", "PERSON")],
        "a",
    )
    b = entity_doc(
        '"We will ship in May," said Dana Roe of Halvex. Halvex declined to give a price.',
        [("Dana Roe of Halvex", "PERSON"), ("Halvex", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    roe = by_name(ents, "Dana Roe")
    assert roe is not None and roe.type == "person"
    assert entity_of(docs, "b", "Halvex", 0) != roe.id and entity_of(docs, "a", "Halvex") != roe.id


def test_the_name_after_of_is_no_surname() -> None:
    a = entity_doc(
        "Officials met Marta Lind of Brenmoor on Monday. Brenmoor rejected the offer.",
        [("Marta Lind of Brenmoor", "PERSON"), ("Brenmoor", "PERSON")],
        "a",
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a", "Brenmoor") != entity_of(docs, "a", "Marta Lind of Brenmoor")


def test_a_detective_read_as_an_organisation_is_a_person() -> None:
    a = entity_doc("The pills were found by detective Orrin Valdez, the court heard.", [("Orrin Valdez", "ORG")], "a")
    b = entity_doc("Detective Orrin Valdez said the room was locked.", [("Orrin Valdez", "ORG")], "b")
    c = entity_doc(
        "Kara Wynn, a clerical worker at the hospital, fell ill. Wynn recovered.",
        [("Kara Wynn", "ORG"), ("Wynn", "PERSON")],
        "c",
    )
    d = entity_doc("Kara Wynn, a clerical worker, was the first case.", [("Kara Wynn", "ORG")], "d")
    ents, _ = resolve_entities([a, b, c, d], EMPTY)
    valdez, wynn = by_name(ents, "Orrin Valdez"), by_name(ents, "Kara Wynn")
    assert valdez is not None and valdez.type == "person"
    assert wynn is not None and wynn.type == "person" and "Wynn" in wynn.aliases


def test_a_name_before_a_lowercase_school_is_the_school() -> None:
    a = entity_doc(
        "Two pupils at the Quillan school in Leeds fell ill, and the Quillan school closed.",
        [("Quillan", "PERSON"), ("Quillan", "PERSON")],
        "a",
    )
    b = entity_doc("Parents said the Quillan school acted too late.", [("Quillan", "PERSON")], "b")
    ents, _ = resolve_entities([a, b], EMPTY)
    quillan = by_name(ents, "Quillan")
    assert quillan is not None and quillan.type == "organisation"


def test_a_person_named_before_school_once_stays_a_person() -> None:
    a = entity_doc(
        "Mr Quillan said the Quillan school fund was his idea. Quillan, the head teacher, said more.",
        [("Quillan", "PERSON"), ("Quillan", "PERSON"), ("Quillan", "PERSON")],
        "a",
    )
    ents, _ = resolve_entities([a], EMPTY)
    quillan = by_name(ents, "Quillan")
    assert quillan is not None and quillan.type == "person"


def test_a_relatives_first_name_joins_the_one_family_member_of_that_name() -> None:
    a = entity_doc(
        "Brandon Kell died in June. His father, Joseph Kell, spoke to reporters.",
        [("Brandon Kell", "PERSON"), ("Joseph Kell", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Brandon Kell's father Joseph described the loss as unbearable.",
        [("Brandon Kell", "PERSON"), ("Joseph", "PERSON")],
        "b",
    )
    c = entity_doc(
        "Brandon Kell's father Joseph filed a lawsuit on Friday.",
        [("Brandon Kell", "PERSON"), ("Joseph", "PERSON")],
        "c",
    )
    ents, docs = resolve_entities([a, b, c], EMPTY)
    joseph = by_name(ents, "Joseph Kell")
    assert joseph is not None
    assert entity_of(docs, "b", "Joseph") == joseph.id and entity_of(docs, "c", "Joseph") == joseph.id


def test_a_programme_after_an_outlets_possessive_stays_an_organisation() -> None:
    a = entity_doc(
        "The BBC's Panorama found new evidence. Panorama will air on Monday.",
        [("BBC", "ORG"), ("Panorama", "ORG"), ("Panorama", "ORG")],
        "a",
    )
    b = entity_doc("The BBC's Panorama said the firm had been warned.", [("BBC", "ORG"), ("Panorama", "ORG")], "b")
    ents, _ = resolve_entities([a, b], load_kb())
    panorama = by_name(ents, "Panorama")
    assert panorama is not None and panorama.type == "organisation"


def test_a_monarch_named_by_title_and_first_name_stays() -> None:
    a = entity_doc(
        "Ambassador Talal Osman met reporters. Talal Osman said talks went well.",
        [("Talal Osman", "PERSON"), ("Talal Osman", "PERSON")],
        "a",
    )
    b = entity_doc(
        "King Talal and his son Talal backed the plan on Monday.", [("King Talal", "PERSON"), ("Talal", "PERSON")], "b"
    )
    c = entity_doc("The decision of King Talal surprised allies.", [("Talal", "PERSON")], "c")
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "King Talal") is not None
    assert entity_of(docs, "b", "King Talal") == entity_of(docs, "c", "Talal")


def test_a_family_name_written_first_is_the_surname() -> None:
    a = entity_doc(
        "UN chief Pak Min-ho flew to the capital. Pak Min-ho said aid was coming.",
        [("Pak Min-ho", "PERSON"), ("Pak Min-ho", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Mr Pak said the airport had reopened. Pak also met the president.", [("Pak", "PERSON"), ("Pak", "PERSON")], "b"
    )
    c = entity_doc(
        "Pak Min-ho visited a camp. Pak said he was moved.", [("Pak Min-ho", "PERSON"), ("Pak", "PERSON")], "c"
    )
    ents, docs = resolve_entities([a, b, c], EMPTY)
    pak = by_name(ents, "Pak Min-ho")
    assert pak is not None and entity_of(docs, "b", "Pak") == pak.id and entity_of(docs, "c", "Pak") == pak.id


def test_two_family_first_names_with_one_surname_stay_apart() -> None:
    a = entity_doc(
        "Leaders Ri Chol-su and Ri Chol-ho met on Monday.", [("Ri Chol-su", "PERSON"), ("Ri Chol-ho", "PERSON")], "a"
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Ri Chol-su") is not None and by_name(ents, "Ri Chol-ho") is not None


def test_a_party_tag_written_with_a_dot_is_no_name() -> None:
    a = entity_doc(
        '"We were misled," said Rep. Alan Voss (D.-Mass), who chairs the panel.',
        [("Alan Voss", "PERSON"), ("D.-Mass", "PERSON")],
        "a",
    )
    ents, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a", "D.-Mass") is None
    assert [e.name for e in ents] == ["Alan Voss"]


def test_a_relative_of_someone_unnamed_does_not_join_a_namesake() -> None:
    a = entity_doc(
        "Aid worker Joseph Pierre Lamar reached the town. Joseph Pierre Lamar said food was short.",
        [("Joseph Pierre Lamar", "PERSON"), ("Joseph Pierre Lamar", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Singer Wendel Lamar sent aid. The woman was pulled out alive. Her son Joseph said it was a miracle.",
        [("Wendel Lamar", "PERSON"), ("Joseph", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    aid = by_name(ents, "Joseph Pierre Lamar")
    assert aid is not None and entity_of(docs, "b", "Joseph") != aid.id


def test_a_degree_in_capitals_is_no_family_name() -> None:
    a = entity_doc(
        "Taiwan leader Ma Ying-chun spoke. Ma said trade would grow.",
        [("Ma Ying-chun", "PERSON"), ("Ma", "PERSON")],
        "a",
    )
    b = entity_doc("She holds an MA in economics.", [("MA", "ORG")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    ma = by_name(ents, "Ma Ying-chun")
    assert ma is not None and entity_of(docs, "b", "MA") != ma.id


def test_sons_listed_after_the_kin_word_keep_one_row() -> None:
    a = entity_doc(
        "Actor Peter Dunmore opened the show. Dunmore said it was his last.",
        [("Peter Dunmore", "PERSON"), ("Dunmore", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Corran, who also leaves two sons, Christopher and Peter, led the party.", [("Peter", "PERSON")], "b"
    )
    c = entity_doc(
        "He is survived by two sons, Christopher and Peter, from his first marriage.", [("Peter", "PERSON")], "c"
    )
    _, docs = resolve_entities([a, b, c], EMPTY)
    assert entity_of(docs, "b", "Peter") is not None and entity_of(docs, "b", "Peter") == entity_of(docs, "c", "Peter")


def test_a_common_word_before_a_name_is_cut_off() -> None:
    a = entity_doc(
        "The federal Minerals Review Service approved the plan. The Minerals Review Service said so.",
        [("federal Minerals Review Service", "ORG"), ("Minerals Review Service", "ORG")],
        "a",
    )
    b = entity_doc(
        "Doctors tried to wean Corran off the drug. Corran Vale refused.",
        [("wean Corran", "PERSON"), ("Corran Vale", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    assert entity_of(docs, "a", "Minerals Review Service") is not None
    assert len([e for e in ents if e.type != "person"]) == 1
    assert by_name(ents, "wean Corran") is None


def test_name_particles_and_peoples_keep_their_lowercase_word() -> None:
    a = entity_doc(
        "Osama bin Laden was named. Officials said bin Laden fled. Many native Americans voted.",
        [("Osama bin Laden", "PERSON"), ("bin Laden", "PERSON"), ("native Americans", "NORP")],
        "a",
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Osama bin Laden") is not None
    assert not any(e.name == "Americans" for e in ents)
