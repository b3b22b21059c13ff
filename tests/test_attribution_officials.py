"""Named officials over their offices and outlets, live-page stamps, continued quotes (invented text)."""

from __future__ import annotations

from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention


def _mention(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(article="a", sentence=0, start=start, end=start + len(name), text=name, label=label)


def atts(text: str, *names: str, orgs: tuple[str, ...] = ()) -> dict[int, Attribution]:
    ms = [_mention(text, n) for n in names] + [_mention(text, o, "ORG") for o in orgs]
    ms.sort(key=lambda m: m.start)
    return {a.sentence: a for a in extract_attributions(text, split(text), "a", ms, None)}


def test_office_then_name_before_the_verb() -> None:
    t = "The head of river policing, Tom Vale, said the banks would hold."
    a = atts(t, "Tom Vale")[0]
    assert (a.speaker, a.role) == ("Tom Vale", "The head of river policing")
    t = "The dam team's leader, county engineer Ada Moss, said the gates were shut."
    assert atts(t, "Ada Moss")[0].speaker == "Ada Moss"


def test_office_then_name_after_the_verb() -> None:
    t = '"Nobody will be left behind," said the ferry line\'s spokeswoman, Rita Obi.'
    a = atts(t, "Rita Obi")[0]
    assert (a.speaker, a.role) == ("Rita Obi", "the ferry line's spokeswoman")


def test_a_name_after_of_is_the_body_not_the_speaker() -> None:
    t = "A representative of Brightwater in the town, Lena Holt, told reporters the pumps were dry."
    # the tagger took the charity for a person: the name after "of" still belongs to the office
    assert atts(t, "Brightwater", "Lena Holt")[0].speaker == "Lena Holt"


def test_person_who_closes_the_clause_speaks_not_the_clause_before_the_comma() -> None:
    t = "The concert raised a record sum on Friday in the UK, said Mia Stone, head of the Harbour Fund."
    a = atts(t, "Mia Stone")[0]
    assert (a.speaker, a.role) == ("Mia Stone", "head of the Harbour Fund")
    # but an appositive speaker keeps the floor when the name after the verb is what they talk about
    t = "Dr Ivo Lund, a heart surgeon, said Carl Roe looked exhausted."
    assert atts(t, "Ivo Lund", "Carl Roe")[0].speaker == "Dr Ivo Lund"


def test_outlet_at_the_end_relays_the_named_speaker() -> None:
    t = "Mayor Jon Bell told reporters the bridge had held, according to Reuters."
    a = atts(t, "Jon Bell")[0]
    assert (a.speaker, a.via) == ("Jon Bell", "Reuters")
    t = "Ana Ruiz said many had fled, according to some estimates."
    assert atts(t, "Ana Ruiz")[0].speaker == "Ana Ruiz"
    # without a speech verb before it, the outlet reports on its own account
    t = "The bridge had held, according to Reuters."
    assert atts(t)[0].speaker == "Reuters"


def test_person_of_a_body_before_a_comma_speaks() -> None:
    t = "Nina Park of the charity, Dryland Aid, tells the BBC that wells are failing."
    a = atts(t, "Nina Park")[0]
    assert (a.speaker, a.via) == ("Nina Park", "BBC")


def test_live_page_stamps_are_not_part_of_speaker_or_role() -> None:
    t = (
        "1402 The port authority says ships are waiting.\n"
        "1351 Eva Lind, a nurse with a relief charity, tells the BBC that clinics are full.\n"
        "1340 The Harbour Board's chief engineer, Omar Diaz, says the cranes are down."
    )
    found = atts(t, "Eva Lind", "Omar Diaz")
    assert (found[1].speaker, found[1].role) == ("Eva Lind", "a nurse with a relief charity")
    assert (found[2].speaker, found[2].role) == ("Omar Diaz", "The Harbour Board's chief engineer")
    # a four-digit number before a name in an ordinary article may be a year: it is left alone
    t = "Tom Reed, a 1998 champion, said the course was fast."
    assert atts(t, "Tom Reed")[0].role == "a 1998 champion"


def test_pronoun_that_closes_a_quote_points_to_who_opened_it() -> None:
    t = (
        "Kay Moss, a volunteer, said the roads were cut. "
        "Lia Roe of the council tells the BBC that the shelters are open. "
        '"We have blankets. We need water," she says.'
    )
    found = atts(t, "Kay Moss", "Lia Roe")
    assert found[2].speaker == found[3].speaker == "Lia Roe"


def test_a_verb_inside_a_quote_that_runs_on_is_no_cue() -> None:
    t = 'Ben Cole says he was robbed. "They told me to kneel. Then they took the car."'
    found = atts(t, "Ben Cole")
    assert found[1].speaker == "Ben Cole"
    assert found[1].cue != "told"
