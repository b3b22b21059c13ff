"""Speakers over organisations, continued quotes, time stamps and possessive organisations (invented text)."""

from __future__ import annotations

from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention


def _mention(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(article="a", sentence=0, start=start, end=start + len(name), text=name, label=label)


def atts(text: str, *names: str) -> dict[int, Attribution]:
    ms = sorted((_mention(text, n) for n in names), key=lambda m: m.start)
    return {a.sentence: a for a in extract_attributions(text, split(text), "a", ms, None)}


def who(text: str, *names: str, sentence: int = 0) -> tuple[str | None, str | None]:
    a = atts(text, *names)[sentence]
    return a.speaker, a.role


def test_person_before_a_list_of_affiliations_speaks() -> None:
    t = 'Dr Ann Lowe from the Bay University, Marine Study Centre, UK, said: "The reef is recovering."'
    assert who(t, "Ann Lowe") == ("Dr Ann Lowe", "Bay University, Marine Study Centre, UK")
    t = "Mira from Tarnow, Poland, writes: The river must be cleaned."
    assert who(t, "Mira") == ("Mira", "Tarnow, Poland")


def test_person_and_organisation_in_one_name_are_split() -> None:
    t = '"We will open the plant," said Peter Brown of Acme Motors.'
    assert who(t, "Peter Brown of Acme Motors") == ("Peter Brown", "Acme Motors")


def test_role_after_an_inverted_speaker() -> None:
    t = '"We will not stop," said Jane Roe, a spokeswoman for the agency.'
    assert who(t, "Jane Roe") == ("Jane Roe", "a spokeswoman for the agency")
    t = '"Stay calm," says Ken Ito, director of the Harbour Trust, who called the meeting.'
    assert who(t, "Ken Ito") == ("Ken Ito", "director of the Harbour Trust")


def test_an_office_at_an_organisation_without_a_name_speaks_as_a_whole() -> None:
    t = '"The dose was too high," the head of toxicology at the Pine County Medical Office said.'
    assert who(t)[0] == "the head of toxicology at the Pine County Medical Office"


def test_lower_case_office_before_a_rank_stays_in_the_role() -> None:
    t = "Rescue commander Admiral Joe Park said the search would go on."
    assert who(t, "Joe Park") == ("Admiral Joe Park", "Rescue commander")


def test_time_stamp_and_possessive_organisation_before_a_name() -> None:
    t = "1412The BBC's Tom Reed in Lagos says the roads are empty."
    a = atts(t, "Tom Reed")[0]
    assert (a.speaker, a.via) == ("Tom Reed", "BBC")
    assert not (a.role or "").startswith(("1", "The"))
    t = "0930 Lia Moss of the Red Cross tells the BBC the camp is full."
    assert who(t, "Lia Moss")[0] == "Lia Moss"
    assert who("The UN's Jane Roe said the camp was full.") == ("Jane Roe", "UN")
    assert who("Acme's John Smith said the plant would close.", "John Smith") == ("John Smith", "Acme")


def test_continued_quote_keeps_its_speaker() -> None:
    t = (
        'Mr Hayward spoke to reporters. Asked what he would tell workers, Mr Hayward says: "I am sorry." '
        '"We will pay every claim."'
    )
    found = atts(t, "Hayward")
    assert found[1].speaker == found[2].speaker == "Mr Hayward"
    # a verb inside a quotation that runs on is part of the quote, not a new cue
    t = 'Ann Lowe said: "We will rebuild. The mayor told us to wait. We refused," she added.'
    found = atts(t, "Ann Lowe")
    assert found[1].speaker == "Ann Lowe"


def test_a_quote_closed_by_another_speaker_is_theirs() -> None:
    t = 'Residents said the water rose fast. "We lost everything. It was over in minutes," said one farmer.'
    found = atts(t)
    assert found[1].speaker == found[2].speaker == "one farmer"


def test_pronoun_after_a_named_person_and_a_descriptive_speaker() -> None:
    t = "Joanna Kay wrote the report. Tom Hill, an engineer, is giving a briefing. He says the dam is safe."
    assert atts(t, "Joanna Kay", "Tom Hill")[2].speaker == "Tom Hill"
    t = 'A family friend said the loss was terrible. "They are taking it badly," she said.'
    assert atts(t)[1].speaker == "A family friend"
    t = "A spokesman for Elm College said it had closed. He said pupils were safe."
    assert atts(t)[1].speaker == "A spokesman for Elm College"


def test_quoted_as_saying() -> None:
    t = "There is an inquiry, the paper quoted local police sources as saying."
    a = atts(t)[0]
    assert (a.speaker, a.cue) == ("local police sources", "quoted as saying")


def test_plural_nouns_are_not_cues() -> None:
    assert atts("Credible reports exist of prisoners moved at night.") == {}
    assert atts("The storm will hit the Gulf states.") == {}
