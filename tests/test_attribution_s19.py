"""Who said it: anonymous groups, listed names, relative clauses, glosses, acronyms (invented text)."""

from __future__ import annotations

from helpers import split
from storyline.annotate.attribution import extract_attributions, link_figures
from storyline.annotate.figures import extract_figures
from storyline.records import Attribution, Mention


def _mention(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(article="a", sentence=0, start=start, end=start + len(name), text=name, label=label)


def atts(text: str, *names: str) -> dict[int, Attribution]:
    ms = sorted((_mention(text, n) for n in names), key=lambda m: m.start)
    return {a.sentence: a for a in extract_attributions(text, split(text), "a", ms, None)}


def speaker(text: str, *names: str) -> str | None:
    found = atts(text, *names)
    return found[max(found)].speaker if found else None


def test_anonymous_groups_speak_as_written() -> None:
    assert speaker("Rescue workers said 12 people were pulled out alive.") == "Rescue workers"
    assert speaker("The flow may be ten times greater, some geologists say.") == "some geologists"
    assert speaker("Dock volunteers told reporters that 300 boxes had arrived.") == "Dock volunteers"
    assert (
        speaker("Tax lawyers and some investors say the levy will raise 2 billion.") == "Tax lawyers and some investors"
    )


def test_group_noun_at_the_end_of_a_clause_is_not_a_speaker() -> None:
    t = "Samples were taken from nine pupils, and six were positive, said the county health officer, Mo Reyes."
    assert speaker(t, "Mo Reyes") == "Mo Reyes"
    t = "The dam was built near the town in which farmers say 30 wells ran dry."
    assert speaker(t) != "the town in which farmers"
    assert speaker("In Norland and Sudmark fishermen reported 40 dead seals.") is None


def test_they_resolves_to_a_group_that_spoke() -> None:
    t = "Harbour pilots said the channel was closed. They said 14 ships were waiting."
    a = atts(t)
    assert a[0].speaker == "Harbour pilots"
    assert a[1].speaker == "Harbour pilots"


def test_a_listed_body_name_is_taken_whole() -> None:
    t = "A spokeswoman for the Department for Roads, Parks and Rivers confirmed that 30 bridges were shut."
    a = atts(t)[0]
    assert a.speaker is not None and "Parks and Rivers" in a.speaker and a.speaker.startswith("A spokeswoman")
    assert speaker("In Lakeside, Ann Vole and Ben Hart said 40 homes flooded.") == "Ann Vole and Ben Hart"
    assert speaker("The Office of Water and Power said 3 pumps failed.") == "Office of Water and Power"


def test_the_head_of_a_relative_or_participle_phrase_speaks() -> None:
    t = "Other engineers who studied footage released by Orvex told local radio the leak was 9,000 barrels a day."
    assert speaker(t) == "Other engineers"
    t = "Detectives investigating the death of Ann Vole say 3 people were questioned."
    assert speaker(t, "Ann Vole") == "Detectives"
    t = "Ushers report guests crying out in the hall and say 20 people were hurt."
    assert speaker(t) != "Ushers report guests"


def test_a_clause_before_and_is_not_part_of_the_speaker() -> None:
    t = "After a delay, the lid is fitted and Orvex announces on 4 June that it holds 1,000 barrels a day."
    assert speaker(t) == "Orvex"
    assert speaker("The Department of Ports and Harbours said 40 cranes stopped.") == "Department of Ports and Harbours"


def test_a_parenthetical_gloss_is_dropped() -> None:
    t = "Vets Without Limits (Veterinaires Sans Limites) said its van with 12 tonnes of feed was turned back."
    assert speaker(t) == "Vets Without Limits"
    t = "Jo Park, of the Harbour Safety Board (HSB), said 3 cranes fell."
    assert speaker(t, "Jo Park") == "Jo Park"


def test_an_acronym_is_the_body_not_an_earlier_person_or_office() -> None:
    t = "UN envoy Ira Holm said the work was slow. About 300,000 people lost homes, the UN said."
    a = atts(t, "Ira Holm")
    assert a[0].speaker == "Ira Holm"
    assert a[1].speaker == "UN"
    t = "A UN spokesman said 3 staff died. The UN has estimated that 75% of the port must be rebuilt."
    assert atts(t)[1].speaker == "UN"


def test_an_office_word_inside_a_body_name_stays_in_the_name() -> None:
    a = atts("The Foreign Office said 30 citizens were safe.")[0]
    assert (a.speaker, a.role) == ("Foreign Office", None)


def test_vague_documents_name_nobody_and_possessives_resolve_like_pronouns() -> None:
    a = atts("At least 100 pupils were off sick, according to local reports.")[0]
    assert a.speaker is None and a.cue == "according to"
    t = "Ira Holm said the blast was small. According to his estimates, it would take 30 tonnes."
    assert atts(t, "Ira Holm")[1].speaker == "Ira Holm"
    # a determiner keeps the earlier reading: "the statement" is the body that spoke just before
    t = "The Harbour Board said the quay was shut. According to the statement, 40 boats were moved."
    assert atts(t)[1].speaker == "Harbour Board"


def test_the_listener_after_tells_is_never_the_speaker() -> None:
    t = "Mo Reyes, who runs a clinic in Lakeside (20 km away), tells the BBC: 40 children came in."
    assert speaker(t, "Mo Reyes") != "BBC"
    t = "The firm, facing growing anger, said its engineers were fitting 3 valves."
    assert speaker(t) != "its engineers"
    assert speaker('"We will pay 3 claims," said their lawyers.') == "their lawyers"


def test_group_speaker_reaches_the_figure() -> None:
    t = "The spill may be 70,000 barrels a day, independent scientists say."
    sents = split(t)
    figs = extract_figures(t, sents, "a", [], [])
    linked = link_figures(figs, extract_attributions(t, sents, "a", [], None), [], None)
    assert linked and all(f.said_by == "independent scientists" for f in linked)
