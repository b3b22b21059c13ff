"""Session 29: a speaker's actor read in its own article everywhere -- each side of a joint speaker, a figure's
claimant key -- and a gendered title ("Mrs Quill") that must fit the actor; a figure written inside its own
speaker's phrase ("three workers say") is not that phrase's claim.  Invented text."""

from __future__ import annotations

from storyline.annotate.speakers import link_speaker, speaker_candidates, story_genders
from storyline.annotate.understand import _joint_parts
from storyline.records import AnnotatedArticle, Article, Attribution, Entity, Figure, Mention, Sentence
from storyline.story.claims import _claimant_party, _counts_its_holder, _speaker_key

QUILLS = [
    Entity(id="sam", name="Sam Quill", type="person", aliases=["Sam Quill", "Quill"]),
    Entity(id="jo", name="Jo Quill", type="person", aliases=["Jo Quill", "Quill"]),
    Entity(id="ada", name="Ada Park", type="person", aliases=["Ada Park", "Park"]),
    Entity(id="lena", name="Lena Quill", type="person", aliases=["Lena Quill"]),
]


def _doc(sentences: list[str], names: list[tuple[int, str, str]]) -> AnnotatedArticle:
    """An article of ``sentences``, with a PERSON mention of each (sentence, name as written, entity id)."""
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append((start, start + len(s)))
    mentions = []
    for i, name, ent in names:
        at = text.index(name, spans[i][0])
        mentions.append(
            Mention(article="a1", sentence=i, start=at, end=at + len(name), text=name, label="PERSON", entity=ent)
        )
    return AnnotatedArticle(
        article=Article(id="a1", file="a1.txt", text=text),
        sentences=[Sentence(index=i, start=a, end=b, text=text[a:b]) for i, (a, b) in enumerate(spans)],
        mentions=mentions,
    )


def _said(speaker: str, sentence: int) -> Attribution:
    return Attribution(article="a1", sentence=sentence, speaker=speaker, kind="paraphrase", cue="said")


def test_each_side_of_a_joint_speaker_is_the_actor_its_article_names() -> None:
    doc = _doc(
        [
            "Sam Quill opened the harbour works in March.",
            "The port director, Jo Quill, met the mayor, Ada Park, on Monday.",
            "Quill and Park said the pier would reopen next week.",
        ],
        [(0, "Sam Quill", "sam"), (1, "Jo Quill", "jo"), (1, "Ada Park", "ada")],
    )
    index = speaker_candidates(QUILLS, [doc])
    etype = {e.id: e.type for e in QUILLS}
    parts = _joint_parts(_said("Quill and Park", 2), doc, index, etype)
    # not Sam, the story's first Quill: Jo, the Quill this report named last
    assert [(p.speaker, p.speaker_entity) for p in parts] == [("Quill", "jo"), ("Park", "ada")]


def test_a_joint_speaker_whose_article_does_not_say_which_actor_stays_whole() -> None:
    doc = _doc(
        ["Sam Quill and Jo Quill met the mayor, Ada Park.", "Quill and Park said the pier would reopen."],
        [(0, "Sam Quill", "sam"), (0, "Jo Quill", "jo"), (0, "Ada Park", "ada")],
    )
    index = speaker_candidates(QUILLS, [doc])
    joint = _said("Quill and Park", 1)
    assert _joint_parts(joint, doc, index, {e.id: e.type for e in QUILLS}) == [joint]


def test_story_genders_read_said_pronouns_and_joined_titles() -> None:
    doc = _doc(
        [
            "Jo Quill said she would stay at the port.",
            "Sam Quill, the harbour master, said that he had closed the pier.",
            "Ada Park's son said he saw the wave.",  # a possessive: the pronoun is the son's
            "The mayor praised Mrs Quill for her work.",
        ],
        [(0, "Jo Quill", "jo"), (1, "Sam Quill", "sam"), (2, "Ada Park", "ada"), (3, "Quill", "jo")],
    )
    assert story_genders([doc], frozenset({"sam", "jo", "ada"})) == {"jo": "f", "sam": "m"}


def test_an_unclear_or_quoted_pronoun_is_no_evidence() -> None:
    doc = _doc(
        [
            '"We thank Ada Park," he said.',  # the name is inside the quotation
            "Ada Park said that after he left the port the pier flooded.",  # "he" is someone else
            "Ada Park told Jo Quill she was wrong.",
        ],
        [(0, "Ada Park", "ada"), (1, "Ada Park", "ada"), (2, "Ada Park", "ada"), (2, "Jo Quill", "jo")],
    )
    assert story_genders([doc], frozenset({"ada", "jo"})) == {}


_SHOWN = [
    "Jo Quill said she would stay at the port.",
    "Sam Quill said he had closed the pier.",
    "Lena Quill said she had reopened the ferry office.",
]
_SHOWN_NAMES = [(0, "Jo Quill", "jo"), (1, "Sam Quill", "sam"), (2, "Lena Quill", "lena")]


def test_a_female_title_is_the_woman_of_that_name_not_the_man_named_last() -> None:
    story = _doc(_SHOWN[:2], _SHOWN_NAMES[:2])
    doc = _doc(
        [
            "Jo Quill arrived in the morning.",
            "Her brother Sam Quill arrived later.",
            "Mrs Quill said the pier was safe.",
        ],
        [(0, "Jo Quill", "jo"), (1, "Sam Quill", "sam")],
    )
    index = speaker_candidates(QUILLS, [story, doc])
    assert link_speaker(_said("Mrs Quill", 2), doc, index) == "jo"
    assert link_speaker(_said("Mr Quill", 2), doc, index) == "sam"
    assert link_speaker(_said("Quill", 2), doc, index) == "sam"  # no title: the Quill named last, as before


def test_a_title_no_actor_of_the_name_fits() -> None:
    # the story knows only Sam (a man) by "Quill"; the article names Lena Quill, shown to be a woman
    entities = [QUILLS[0], QUILLS[3]]
    story = _doc([_SHOWN[1], _SHOWN[2]], [(0, "Sam Quill", "sam"), (1, "Lena Quill", "lena")])
    doc = _doc(
        ["Sam Quill and Lena Quill run the ferry.", "Ms Quill said the timetable would change."],
        [(0, "Sam Quill", "sam"), (0, "Lena Quill", "lena")],
    )
    index = speaker_candidates(entities, [story, doc])
    assert link_speaker(_said("Ms Quill", 1), doc, index) == "lena"
    # an article naming only Sam: "Mrs Quill" is a relative the story does not know by name
    only_sam = _doc(["Sam Quill closed the pier.", "Mrs Quill said she was relieved."], [(0, "Sam Quill", "sam")])
    assert link_speaker(_said("Mrs Quill", 1), only_sam, index) is None


def test_a_title_carried_to_a_sentence_that_writes_the_name_otherwise_is_not_used() -> None:
    story = _doc(_SHOWN[:2], _SHOWN_NAMES[:2])
    doc = _doc(
        ["Jo Quill toured the port.", "Sam Quill joined her later.", "President Quill said the port would reopen."],
        [(0, "Jo Quill", "jo"), (1, "Sam Quill", "sam")],
    )
    index = speaker_candidates(QUILLS, [story, doc])
    # the attribution stage gave this sentence the article's earlier "Mrs Quill": the sentence says "President"
    assert link_speaker(_said("Mrs Quill", 2), doc, index) == "sam"


def test_claimant_key_is_the_linked_actor() -> None:
    roles: dict[tuple[int, str | None], str | None] = {}
    aliases = {"sam quill": QUILLS[0], "quill": QUILLS[0]}
    # "Mr Quill" is no alias of the story, but its attribution was linked to Sam in its article
    assert _claimant_party("Mr Quill", 2, roles, aliases, [], {(2, "Mr Quill"): "sam"}) == frozenset({"sam"})
    # the alias index would say Sam (the story's first Quill); the article said Jo
    assert _claimant_party("Quill", 4, roles, aliases, [], {(4, "Quill"): "jo"}) == frozenset({"jo"})
    # an attribution its article could not link keys by the name as written, not by the story's first Quill
    assert _speaker_key("Quill", aliases, None) == "quill"
    # no attribution of that sentence names the speaker: the story's names, as before
    assert _claimant_party("Quill", 5, roles, aliases, [], {(4, "Quill"): "jo"}) == frozenset({"sam"})
    # a joint claimant whose people were linked is the union of them
    linked = {(3, "Jo Quill"): "jo", (3, "Mr Park"): "ada"}
    assert _claimant_party("Jo Quill and Mr Park", 3, roles, {}, [], linked) == frozenset({"jo", "ada"})


def _figure(text: str, number: str) -> Figure:
    at = text.index(number)
    return Figure(article="a1", sentence=0, start=at, end=at + len(number), text=number, value=1.0)


def test_a_figure_inside_its_speakers_phrase_is_not_their_claim() -> None:
    text = "In suits filed on Monday, three deckhands say they drifted for ten hours."
    assert _counts_its_holder(text, _figure(text, "three"), (0, len(text)), "three deckhands")
    text = "Some 40 percent of those polled said they backed the levy."
    assert _counts_its_holder(text, _figure(text, "40 percent"), (0, len(text)), "40 percent of those polled")
    text = "Port officials said 300 homes were flooded."
    assert not _counts_its_holder(text, _figure(text, "300"), (0, len(text)), "Port officials")
    assert not _counts_its_holder(text, _figure(text, "300"), None, "Port officials")


def test_a_titled_speaker_the_story_knows_by_one_actor_is_not_second_guessed() -> None:
    # nothing shows the story's only "Quill" to be a woman or a man: "Mr Quill" stays that actor, even beside a
    # man of that surname the article names in passing
    entities = [
        Entity(id="q", name="Quill", type="person", aliases=["Quill"]),
        Entity(id="tom", name="Tom Quill", type="person", aliases=["Tom Quill"]),
    ]
    doc = _doc(
        ["Tom Quill said he had seen the flood.", "Mr Quill said the pier would reopen."], [(0, "Tom Quill", "tom")]
    )
    index = speaker_candidates(entities, [doc])
    assert index.gender == {"tom": "m"}
    assert link_speaker(_said("Mr Quill", 1), doc, index) == "q"
