"""Session 25, places round 2, on invented text: ``understand`` reads a place per mention (a city
named like its state is the state where its sentence says so; the entity keeps its mentions' usual
reading), and a capitalised common word read as a place only by another of that place's names
("Swine flu") is no place when the sources write it in lower case."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.entities import KnowledgeBase, fold
from storyline.annotate.understand import _common_word, understand
from storyline.options import Options
from storyline.records import AnnotatedArticle, Article, Place

EMPTY = KnowledgeBase()
CITY = Place(id="p-city", name="Harlow City", lat=40.7, lon=-74.0, precision="town", country="US", geonameid=31)
STATE = Place(id="p-state", name="Harlow", lat=42.9, lon=-75.5, precision="region", country="US", geonameid=32)
PORT = Place(id="p-port", name="Swinoport", lat=53.9, lon=14.2, precision="town", country="PL", geonameid=33)
ELM = Place(id="p-elm", name="Elmford", lat=51.5, lon=-1.0, precision="town", country="GB", geonameid=34)


class StateGeo:
    """ "Harlow" is the city, or the state in a mention whose sentence names a senator from it
    (``per_mention``); "Swine" is the port's other name; "Elmford" is a town."""

    def candidates(self, name: str, city_first: bool = True) -> list[object]:
        return []

    def resolve(
        self,
        names: list[str],
        context: list[str],
        home: object = (),
        sentences: list[str] | tuple[str, ...] = (),
        per_mention: bool = False,
        sources: object = (),
    ) -> list[Place | None]:
        table = {"harlow": CITY, "swine": PORT, "elmford": ELM}
        out = [table.get(fold(n)) for n in names]
        if per_mention:
            out = [
                STATE if p is CITY and i < len(sentences) and "senator from Harlow" in sentences[i] else p
                for i, p in enumerate(out)
            ]
        return out


def _doc(text: str, spans: list[tuple[str, str]], aid: str = "a") -> AnnotatedArticle:
    sents = split(text)
    mentions = [m.model_copy(update={"article": aid}) for m in span_mentions(text, sents, spans)]
    return AnnotatedArticle(article=Article(id=aid, file=f"{aid}.txt", text=text), sentences=sents, mentions=mentions)


def test_a_mention_written_as_the_state_is_the_state_and_the_entity_keeps_the_city() -> None:
    a = _doc(
        "Crowds filled the streets of Harlow on Sunday. Traffic in Harlow stopped for an hour. "
        "Jo Park, a senator from Harlow, called for calm.",
        [("Harlow", "GPE")],
    )
    u = understand([a], Options(), geocoder=StateGeo(), kb=EMPTY)
    by_sentence = {t.sentence: t.place for t in u.docs[0].toponyms}
    assert by_sentence == {0: "p-city", 1: "p-city", 2: "p-state"}
    (harlow,) = [e for e in u.entities if e.name == "Harlow"]
    assert u.entity_place[harlow.id] == "p-city"  # the usual reading, not the first
    listed = {p.id: p.sources for p in u.places}
    assert listed == {"p-city": ["a"], "p-state": ["a"]}
    assert {p.id: p.name for p in u.places} == {"p-city": "Harlow", "p-state": "Harlow"}  # as written


def test_the_entity_is_its_mentions_usual_reading_even_when_the_first_is_the_state() -> None:
    a = _doc(
        "Jo Park, a senator from Harlow, called for calm. Crowds filled the streets of Harlow. "
        "Shops in Harlow closed early.",
        [("Harlow", "GPE")],
    )
    u = understand([a], Options(), geocoder=StateGeo(), kb=EMPTY)
    (harlow,) = [e for e in u.entities if e.name == "Harlow"]
    assert u.entity_place[harlow.id] == "p-city"
    assert [t.place for t in u.docs[0].toponyms] == ["p-state", "p-city", "p-city"]


def test_a_common_word_read_as_a_place_by_another_name_is_no_place() -> None:
    a = _doc(
        "Swine flu closed two schools in Elmford. Doctors said swine flu spreads like any other flu, "
        "and that cases of swine flu had doubled.",
        [("Swine", "GPE"), ("Elmford", "GPE")],
    )
    u = understand([a], Options(), geocoder=StateGeo(), kb=EMPTY)
    placed = {t.text: t.place for t in u.docs[0].toponyms}
    assert placed.get("Swine") is None
    assert placed["Elmford"] == "p-elm"
    assert [p.id for p in u.places] == ["p-elm"]


def test_common_word_counts_lower_against_capitalised_uses() -> None:
    assert _common_word("Swine", ["Swine flu spread. Pigs and swine were tested; swine flu is mild."])
    assert not _common_word("Swine", ["Swine flu spread. The Swine river rose; swine were moved."])
    assert not _common_word("Reading", ["Reading was flooded; fans in Reading were reading the news."])
    assert not _common_word("Elm Hill", ["elm hill and elm hill and Elm Hill"])  # one word only


def test_a_state_abbreviation_is_not_a_common_word() -> None:
    wash = Place(id="p-wa", name="Washington", lat=47.0, lon=-120.0, precision="region", country="US", geonameid=35)

    class AbbrGeo(StateGeo):
        def resolve(self, names: list[str], context: list[str], *a: object, **k: object) -> list[Place | None]:
            return [wash if n == "Wash" else None for n in names]

    a = _doc("Boats were tied up in Seattle, Wash. Crews had to wash the decks and wash the nets.", [("Wash", "GPE")])
    u = understand([a], Options(), geocoder=AbbrGeo(), kb=EMPTY)
    assert [t.place for t in u.docs[0].toponyms] == ["p-wa"]
