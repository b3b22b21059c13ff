"""Pronoun speakers: gender agreement, the nearest plausible person, abstaining, and "they" as a group."""

from __future__ import annotations

from helpers import split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention


def speakers(text: str, persons: list[str]) -> dict[int, str | None]:
    """Speaker per attributed sentence, with ``persons`` tagged as PERSON mentions wherever they occur."""
    sents = split(text)
    mentions = []
    for name in persons:
        start = 0
        while (i := text.find(name, start)) >= 0:
            sent = next(s.index for s in sents if s.start <= i < s.end)
            mentions.append(Mention(article="a", sentence=sent, start=i, end=i + len(name), text=name, label="PERSON"))
            start = i + len(name)
    found: list[Attribution] = extract_attributions(text, sents, "a", mentions, None)
    return {a.sentence: a.speaker for a in found}


def test_she_skips_a_speaker_the_article_calls_he() -> None:
    text = (
        "Tomas Brel said the bridge was safe. He added that repairs would start soon. "
        "Ilse Varga said the river was rising. The water is high, she said."
    )
    assert speakers(text, ["Tomas Brel", "Ilse Varga"])[3] == "Ilse Varga"
    # the only speaker is a man by the article's own pronoun: "she" is nobody we know
    text = "Tomas Brel said the bridge was safe. He added that repairs would start. The road is shut, she said."
    assert speakers(text, ["Tomas Brel"])[2] is None


def test_an_honorific_decides_the_gender() -> None:
    text = "Mr Oduya said the pumps failed. The levee held, she said."
    assert speakers(text, ["Oduya"])[1] is None
    text = "Ms Oduya said the pumps failed. The levee held, she said."
    assert speakers(text, ["Oduya"])[1] == "Ms Oduya"


def test_a_person_named_as_subject_after_the_speaker_is_who_he_is() -> None:
    text = (
        "Tomas Brel said the bridge was safe. "
        "Harbour chief Piet Lund inspected the piers on Monday. "
        "The piers are sound, he said."
    )
    assert speakers(text, ["Tomas Brel", "Piet Lund"])[2] == "Piet Lund"


def test_a_person_named_just_before_but_not_as_subject_makes_he_unknown() -> None:
    text = "Tomas Brel said the bridge was safe. The council praised Piet Lund on Monday. The piers are sound, he said."
    assert speakers(text, ["Tomas Brel", "Piet Lund"])[2] is None


def test_the_speaker_named_again_stays_the_nearest() -> None:
    text = (
        "Tomas Brel said the bridge was safe. "
        "A photograph of Piet Lund at the opening. "
        "Mr Brel praised the engineers. "
        "The piers are sound, he said."
    )
    assert speakers(text, ["Tomas Brel", "Piet Lund", "Brel"])[3] == "Tomas Brel"


def test_a_plural_speaker_is_never_he() -> None:
    text = "Engineers said the dam was cracked. The cracks are old, he said."
    assert speakers(text, [])[1] is None


def test_they_is_a_recent_group_never_a_person() -> None:
    text = "Rescue officials said the tunnel was clear. They said more crews would come."
    assert speakers(text, [])[1] == "Rescue officials"
    text = "Tomas Brel said the tunnel was clear. They said more crews would come."
    assert speakers(text, ["Tomas Brel"])[1] is None
    text = (
        "The Harbour Authority said the port was closed. Ships waited offshore. Fuel ran low. "
        "Crews slept on deck. Food was short. They said the storm would pass."
    )
    assert speakers(text, [])[5] is None  # the body spoke five sentences back
