"""A bare speaker name is linked to the actor its own article names, not the story's first of that name."""

from __future__ import annotations

from storyline.annotate.speakers import link_speaker, speaker_candidates
from storyline.records import AnnotatedArticle, Article, Attribution, Entity, Mention

# two actors of one story share a surname; a third is only ever called "Okafor" (unresolved)
ENTITIES = [
    Entity(id="ben", name="Ben Okafor", type="person", aliases=["Ben Okafor", "Okafor", "Ben"]),
    Entity(id="ada", name="Ada Okafor", type="person", aliases=["Ada Okafor", "Okafor", "Ms Okafor"]),
    Entity(id="bare", name="Okafor", type="person", aliases=["Okafor"]),
    Entity(id="bank", name="Harbor Bank", type="organisation", aliases=["Harbor Bank"]),
    Entity(id="bena", name="Ben Adler", type="person", aliases=["Ben Adler", "Ben"]),
]


def _doc(mentions: list[tuple[int, str, str]]) -> AnnotatedArticle:
    return AnnotatedArticle(
        article=Article(id="a1", file="a1.txt", text="."),
        mentions=[
            Mention(article="a1", sentence=s, start=0, end=len(t), text=t, label="PERSON", entity=e)
            for s, t, e in mentions
        ],
    )


def _said(speaker: str, sentence: int) -> Attribution:
    return Attribution(article="a1", sentence=sentence, speaker=speaker, kind="paraphrase", cue="said")


INDEX = speaker_candidates(ENTITIES)


def test_bare_surname_is_the_person_the_article_named_last() -> None:
    # "Ada Okafor, the port's director, ..." then "Ms Okafor said ...": not Ben, listed first story-wide
    doc = _doc([(0, "Ben Okafor", "ben"), (3, "Ada Okafor", "ada")])
    assert link_speaker(_said("Ms Okafor", 5), doc, INDEX) == "ada"
    assert link_speaker(_said("Ms Okafor", 2), doc, INDEX) == "ben"


def test_own_sentence_and_later_full_name() -> None:
    doc = _doc([(4, "Ada Okafor", "ada")])
    assert link_speaker(_said("Okafor", 1), doc, INDEX) == "ada"  # quoted before she is introduced
    doc = _doc([(0, "Ben Okafor", "ben"), (6, "Ada Okafor", "ada")])
    assert link_speaker(_said("Ada Okafor", 6), doc, INDEX) == "ada"


def test_two_full_names_in_one_sentence_leave_the_speaker_unlinked() -> None:
    doc = _doc([(1, "Ben Okafor", "ben"), (1, "Ada Okafor", "ada")])
    assert link_speaker(_said("Okafor", 3), doc, INDEX) is None


def test_first_name_shared_by_two_people() -> None:
    doc = _doc([(2, "Ben Adler", "bena"), (3, "Ben", "bena")])
    assert link_speaker(_said("Ben", 7), doc, INDEX) == "bena"


def test_full_name_outranks_an_unresolved_bare_mention() -> None:
    # "President Ben Okafor ..." then "Okafor said" read by the entity stage as the bare "Okafor"
    doc = _doc([(2, "Ben Okafor", "ben"), (4, "Okafor", "bare")])
    assert link_speaker(_said("Mr Okafor", 4), doc, INDEX) == "ben"


def test_bare_mentions_decide_when_the_article_gives_no_full_name() -> None:
    doc = _doc([(1, "Okafor", "bare")])
    assert link_speaker(_said("Okafor", 2), doc, INDEX) == "bare"


def test_article_naming_none_of_them() -> None:
    # two full names fit "Okafor" story-wide: the article does not say which, so no link
    assert link_speaker(_said("Okafor", 2), _doc([]), INDEX) is None
    # a name only one actor has links as before
    assert link_speaker(_said("Harbor Bank", 2), _doc([]), INDEX) == "bank"
    assert link_speaker(_said("Nobody Known", 2), _doc([]), INDEX) is None
    # a bare "Lee" entity beside one "Jo Lee" is no second person
    index = speaker_candidates(
        [
            Entity(id="jo", name="Jo Lee", type="person", aliases=["Jo Lee", "Lee"]),
            Entity(id="lee", name="Lee", type="person", aliases=["Lee"]),
        ]
    )
    assert link_speaker(_said("Mr Lee", 2), _doc([]), index) == "jo"


def test_index_keeps_every_actor_of_a_name_in_story_order() -> None:
    assert INDEX.ids["okafor"] == ("ben", "ada", "bare")
    assert INDEX.ids["ben"] == ("ben", "bena")
    assert INDEX.canonical["bare"] == "okafor"


def test_the_article_decides_only_among_the_actors_of_that_name() -> None:
    # "Jo Reyes" is never called "Reyes" in the story: she is no candidate for "Reyes" (a "Mr Reyes" is
    # often a relative named in passing), and an organisation named after the family is none either
    entities = [
        Entity(id="sam", name="Sam Reyes", type="person", aliases=["Sam Reyes", "Reyes"]),
        Entity(id="tom", name="Tom Reyes", type="person", aliases=["Tom Reyes", "Reyes"]),
        Entity(id="jo", name="Jo Reyes", type="person", aliases=["Jo Reyes"]),
        Entity(id="firm", name="Reyes Holdings Group", type="organisation", aliases=["Reyes Holdings Group"]),
    ]
    index = speaker_candidates(entities)
    doc = _doc([(0, "Sam Reyes", "sam"), (4, "Jo Reyes", "jo"), (5, "Reyes Holdings Group", "firm")])
    assert link_speaker(_said("Mr Reyes", 6), doc, index) == "sam"
    # a name unique in the story is not second-guessed by the article
    assert link_speaker(_said("Jo Reyes", 1), doc, index) == "jo"
