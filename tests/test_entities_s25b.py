"""Session 25, round 2: titled surnames, compound given names, a body's bare head noun, demonyms."""

from __future__ import annotations

from helpers import by_name, entity_doc, entity_of, names_of
from storyline.annotate.entities import KnowledgeBase, resolve_entities
from storyline.records import AnnotatedArticle, Sentence

EMPTY = KnowledgeBase()


def test_a_name_after_an_abbreviated_title_is_not_sentence_initial() -> None:
    # "Mark" is also a common word here; after "Sen." it is still written in mid-sentence, so the
    # full name counts and the bare surname of its article joins it
    a = entity_doc(
        "Sen. Mark Quell said the deadline mark was missed again. The mark is a low one. An aide to Quell said so.",
        [("Mark Quell", "PERSON"), ("Quell", "PERSON")],
        "a",
    )
    b = entity_doc("Dana Quell runs a bakery in the port.", [("Dana Quell", "PERSON")], "b")
    ents, docs = resolve_entities([a, b], EMPTY)
    mark = by_name(ents, "Mark Quell")
    assert mark is not None
    assert entity_of(docs, "a", "Quell") == mark.id


def _vell(wife_docs: int) -> tuple[str | None, str | None]:
    a = entity_doc(
        "Oren Vell, the chief executive, apologised. Mr Vell said the leak would be capped.",
        [("Oren Vell", "PERSON"), ("Vell", "PERSON")],
        "a",
    )
    b = entity_doc(
        "Oren Vell met investors in London. Mr Vell said costs would rise.",
        [("Oren Vell", "PERSON"), ("Vell", "PERSON")],
        "b",
    )
    c = entity_doc(
        "Police are guarding the home of Mr Vell. Marta Vell told a newspaper that the family was afraid. "
        "Oren Vell was in Houston. Mr Vell declined to comment.",
        [("Vell", "PERSON"), ("Marta Vell", "PERSON"), ("Oren Vell", "PERSON"), ("Vell", "PERSON")],
        "c",
    )
    docs_in = [a, b, c]
    if wife_docs > 1:
        docs_in.append(
            entity_doc("Marta Vell opened a charity shop.", [("Marta Vell", "PERSON")], "d"),
        )
    ents, docs = resolve_entities(docs_in, EMPTY)
    oren = by_name(ents, "Oren Vell")
    assert oren is not None
    return oren.id, entity_of(docs, "c", "Vell", 1)


def test_a_titled_surname_joins_the_storys_one_bearer_of_the_title() -> None:
    oren, titled = _vell(wife_docs=1)
    assert titled == oren  # "Mr Vell" beside his wife named once: the story's Mr Vell


def test_a_titled_surname_stays_apart_beside_another_person_of_the_story() -> None:
    oren, titled = _vell(wife_docs=2)
    assert titled != oren  # Marta Vell is named in another article too: not known whom "Mr Vell" means


def test_a_spaced_compound_given_name_is_one_name() -> None:
    a = entity_doc(
        "His sister La Wanda Pike spoke first. La Wanda said she was relieved, and Pike thanked the jury.",
        [("La Wanda Pike", "PERSON"), ("La Wanda", "PERSON"), ("Pike", "PERSON")],
        "a",
    )
    b = entity_doc(
        "La Wanda arrived early. LaWanda Pike left the court at noon. LaWanda waved. Pike smiled.",
        [("La Wanda", "PERSON"), ("LaWanda Pike", "PERSON"), ("LaWanda", "ORG"), ("Pike", "PERSON")],
        "b",
    )
    ents, docs = resolve_entities([a, b], EMPTY)
    sister = by_name(ents, "La Wanda Pike")
    assert sister is not None  # the span is not cut into "La Wanda" and "Pike"
    assert {"La Wanda", "LaWanda", "LaWanda Pike"} <= names_of(ents, "La Wanda Pike")
    assert entity_of(docs, "a", "La Wanda") == sister.id
    assert entity_of(docs, "b", "LaWanda") == sister.id


def test_a_bodys_bare_head_noun_joins_the_one_body_its_article_names() -> None:
    a = entity_doc(
        "The Security Council met on Monday. The Council will vote on Friday, and Council members were divided.",
        [("Security Council", "ORG"), ("Council", "ORG"), ("Council", "ORG")],
        "a",
    )
    b = entity_doc(
        "The Security Council and the Film Council both met. The Council said nothing.",
        [("Security Council", "ORG"), ("Film Council", "ORG"), ("Council", "ORG")],
        "b",
    )
    _, docs = resolve_entities([a, b], EMPTY)
    body = entity_of(docs, "a", "Security Council")
    assert body is not None
    assert entity_of(docs, "a", "Council") == body and entity_of(docs, "a", "Council", 1) == body
    assert entity_of(docs, "b", "Council") != body  # two councils named there: which one is not known


def test_a_demonym_keeps_its_noun_mentions_only() -> None:
    a = entity_doc(
        "Canada reported new cases. A 30-year-old Canadian has tested positive, the Canadian health ministry said.",
        [("Canada", "GPE"), ("Canadian", "NORP"), ("Canadian", "NORP")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert entity_of(docs, "a1", "Canadian") is not None  # "a Canadian": a person of that people
    assert entity_of(docs, "a1", "Canadian", 1) is None  # "the Canadian health ministry": an adjective


def test_a_name_written_spaced_or_not_is_one_and_shown_in_its_usual_form() -> None:
    a = entity_doc(
        "ConocoPhillips said output rose. Conoco Phillips shares fell. ConocoPhillips will report on Monday.",
        [("ConocoPhillips", "ORG"), ("Conoco Phillips", "PERSON"), ("ConocoPhillips", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "ConocoPhillips") is not None
    assert "Conoco Phillips" in names_of(ents, "ConocoPhillips")


def test_an_article_opening_with_a_bare_surname_means_the_storys_bearer() -> None:
    # a profile that writes "Tarrow" before introducing "his father, Ansel Tarrow": the story's Tarrow
    stories = [
        entity_doc(
            f"Senator Lionel Tarrow spoke on day {i}. Lionel Tarrow said the bill would pass.",
            [("Lionel Tarrow", "PERSON"), ("Lionel Tarrow", "PERSON")],
            f"s{i}",
        )
        for i in range(3)
    ]
    profile = entity_doc(
        "Tarrow was born into politics. Tarrow won his first race at 30. His father, Ansel Tarrow, "
        "was a judge. Ansel Tarrow retired in 1970. Later Lionel Tarrow joined the Senate, and Tarrow thrived.",
        [
            ("Tarrow", "PERSON"),
            ("Tarrow", "PERSON"),
            ("Ansel Tarrow", "PERSON"),
            ("Ansel Tarrow", "PERSON"),
            ("Lionel Tarrow", "PERSON"),
            ("Tarrow", "PERSON"),
        ],
        "p",
    )
    ents, docs = resolve_entities([*stories, _sentences(profile)], EMPTY)
    lionel = by_name(ents, "Lionel Tarrow")
    assert lionel is not None
    assert entity_of(docs, "p", "Tarrow") == lionel.id
    assert entity_of(docs, "p", "Tarrow", 2) == lionel.id


def _sentences(d: AnnotatedArticle) -> AnnotatedArticle:
    """``d`` cut into its sentences (at ". "), each mention given the sentence it stands in."""
    text, starts = d.article.text, [0]
    starts += [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    ends = [*(s - 1 for s in starts[1:]), len(text)]
    sentences = [
        Sentence(index=i, start=a, end=b, text=text[a:b]) for i, (a, b) in enumerate(zip(starts, ends, strict=True))
    ]
    mentions = [
        m.model_copy(update={"sentence": max(i for i, a in enumerate(starts) if a <= m.start)}) for m in d.mentions
    ]
    return d.model_copy(update={"sentences": sentences, "mentions": mentions})
