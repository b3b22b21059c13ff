"""Speaker and role quality: ranks, offices, appositives, glued captions, pronouns, quote spans (invented text)."""

from __future__ import annotations

from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention


def person(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(article="a", sentence=0, start=start, end=start + len(name), text=name, label="PERSON")


def atts(text: str, names: tuple[str, ...] = ()) -> dict[int, Attribution]:
    ms = [person(text, n) for n in names]
    return {a.sentence: a for a in extract_attributions(text, split(text), "a", ms, None)}


def who(text: str, *names: str) -> tuple[str | None, str | None]:
    a = atts(text, names)[0]
    return a.speaker, a.role


def test_compound_rank_stays_whole_and_general_offices_stay_in_the_role() -> None:
    assert who("Navy Rear Adm. Tom Berg said the ships were ready.", "Tom Berg") == ("Rear Adm. Tom Berg", "Navy")
    assert who("Navy Rear Adm. Tom Berg said the ships were ready.") == ("Rear Adm. Tom Berg", "Navy")
    t = "Attorney General Ann Lowe said an inquiry had opened."
    assert who(t, "Ann Lowe") == ("Ann Lowe", "Attorney General")


def test_chief_executive_is_one_office() -> None:
    t = "Acme Chief Executive Ray Dunn said sales fell."
    assert who(t, "Ray Dunn") == ("Ray Dunn", "Acme Chief Executive")
    assert who(t) == ("Ray Dunn", "Acme Chief Executive")


def test_age_and_place_appositives_are_not_the_speaker() -> None:
    assert who("Lena Marsh, 61, said the water rose fast.", "Lena Marsh")[0] == "Lena Marsh"
    t = "Omar Pike of Dunmore, Ky., said the road was closed."
    assert who(t, "Omar Pike") == ("Omar Pike", "Dunmore, Ky.")
    t = "Ms Quill, the mayor's former aide, said the plan was sound."
    assert who(t) == ("Ms Quill", "the mayor's former aide")


def test_person_of_an_organisation() -> None:
    t = "Ida Fenn of the Coastal Research Institute said the slick had grown."
    assert who(t, "Ida Fenn") == ("Ida Fenn", "Coastal Research Institute")


def test_a_phrase_about_someone_else_speaks_as_a_whole() -> None:
    t = "Lawyers for Dr Ian Gale said he would appeal."
    assert who(t, "Ian Gale") == ("Lawyers for Dr Ian Gale", None)
    assert who("A spokesman for the Harbor Police Department said two boats sank.")[0] == (
        "A spokesman for the Harbor Police Department"
    )


def test_glued_caption_before_the_speaker_is_cut() -> None:
    assert who("The mayor visited the dam A city spokesman said repairs would start.")[0] == "A city spokesman"
    assert who("Dam collapse was 'avoidable' Local experts say the warnings were ignored.")[0] == "Local experts"


def test_unresolved_pronouns_and_demonstratives_name_nobody() -> None:
    a = atts("Later she said the shelters were full.")[0]
    assert (a.speaker, a.cue) == (None, "said")
    assert atts("Many fled the town, according to these reports.")[0].speaker is None
    assert atts("That is what she said about the plan.")[0].speaker is None


def test_a_speech_verb_inside_quoted_words_is_not_the_cue() -> None:
    text = 'Mayor Jo Reed said the dam held. "Everyone has said enough about the flood," she added.'
    found = atts(text, ("Jo Reed",))
    assert found[1].speaker == "Jo Reed" and found[1].cue == "added"


def test_an_unclosed_quote_does_not_run_on_but_a_closed_one_does() -> None:
    stray = 'Ann Bell said: "I loved the tour.\nThe band played in Rome.\nTickets sold out.\nThe film opens in May.'
    found = atts(stray)
    assert 0 in found and not {2, 3} & set(found)
    closed = 'Ann Bell said: "We lost the house.\nWe lost the car.\nWe will rebuild."\nThe river fell.'
    found = atts(closed)
    assert [found[i].speaker for i in (0, 1, 2)] == ["Ann Bell"] * 3 and 3 not in found
