"""Session 27, places, on invented text: the joint resolution's per-name questions cost what one name
needs (an index of which names are written together, asked one name at a time; a substring test
before a compiled whole-word pattern; the state patterns of a name compiled once), with the same
answers as before; and the geocoder protocol understanding relies on (``PlaceResolver``), which
the real Geocoder and the table stand-ins of the tests both satisfy."""

from __future__ import annotations

from collections import Counter
from typing import Any

from helpers import TableGeo, span_mentions, split
from storyline.annotate.entities import KnowledgeBase
from storyline.annotate.places import (
    Candidate,
    Geocoder,
    _Among,
    _mention_says_state,
    _state_mention_patterns,
    _written_among,
    _written_whole,
)
from storyline.annotate.understand import PlaceResolver, understand
from storyline.options import Options
from storyline.records import AnnotatedArticle, Article, Place

EMPTY = KnowledgeBase()


def _cand(name: str, cc: str, entry: int, kind: str = "city") -> Candidate:
    return Candidate(
        name=name, lat=0.0, lon=0.0, country=cc, precision="town", kind=kind, admin1="01", admin2="",
        geonameid=entry, population=1_000, match="name", prior=0.0, entry=entry,
    )  # fmt: skip


# one name per mention, with the sentence and article it is read in
_KEYS = ["midlands", "leeds", "kent", "midlands", "harare", "midlands", "bulawayo", "harare", "york"]
_SENTENCES = [
    "Crews from the West Midlands, Leeds and Kent flew out on Tuesday.",
    "Crews from the West Midlands, Leeds and Kent flew out on Tuesday.",
    "Crews from the West Midlands, Leeds and Kent flew out on Tuesday.",
    "Farmers in the Midlands and in Harare protested.",
    "Farmers in the Midlands and in Harare protested.",
    "The Midlands province borders Bulawayo.",
    "The Midlands province borders Bulawayo.",
    "Talks in Harare ended.",
    "Talks in York ended.",
]
_SOURCES = ["a", "a", "a", "b", "b", "b", "b", "c", "d"]
_CHOICE: dict[str, Candidate | None] = {
    "midlands": _cand("Midlands", "ZW", 7, "admin1"),
    "leeds": _cand("Leeds", "GB", 1),
    "kent": _cand("Kent", "GB", 2, "admin2"),
    "harare": _cand("Harare", "ZW", 3),
    "bulawayo": _cand("Bulawayo", "ZW", 4),
    "york": None,
}


def test_asking_one_name_with_its_reading_held_apart_answers_as_the_whole_story_pass() -> None:
    among = _Among(_KEYS, _SENTENCES, ())
    for key, ch in _CHOICE.items():
        if ch is None:
            continue
        # (what resolve() asked before: the whole pass over a copy of the story's readings)
        apart = {k: (None if c is None or c.entry == ch.entry else c) for k, c in _CHOICE.items()}
        assert among.of(key, _CHOICE, drop=ch.entry) == _written_among(_KEYS, _SENTENCES, (), apart)[key]
    # the Midlands' sentences: two British places, then two Zimbabwean ones (one sentence each)
    votes, in_sentences = among.of("midlands", _CHOICE, drop=7)
    assert in_sentences and votes == Counter({"GB": 2, "ZW": 2})
    assert list(votes) == ["GB", "ZW"]  # (in the order the sentences write them: ties are read so)


def test_a_name_whose_sentences_name_no_other_place_falls_back_on_its_articles() -> None:
    among = _Among(_KEYS, _SENTENCES, _SOURCES)
    assert among.of("york", _CHOICE) == (Counter(), False)  # its article "d" names nothing else
    sources = [*_SOURCES[:-1], "c"]  # now written in the article that names Harare
    assert _Among(_KEYS, _SENTENCES, sources).of("york", _CHOICE) == (Counter({"ZW": 1}), False)
    assert _written_among(_KEYS, _SENTENCES, sources, _CHOICE) == {"york": (Counter({"ZW": 1}), False)}


def test_a_feature_or_a_reading_held_apart_casts_no_vote() -> None:
    choice = dict(_CHOICE, kent=_cand("Kent", "GB", 2, "feature"))
    votes, _ = _Among(_KEYS, _SENTENCES, ()).of("leeds", choice)
    assert votes == Counter({"ZW": 1})  # the Midlands only: Kent, a feature, says nothing
    votes, _ = _Among(_KEYS, _SENTENCES, ()).of("leeds", choice, drop=7)
    assert votes == Counter()


def test_a_name_is_written_whole_only_between_non_word_characters() -> None:
    assert _written_whole("York", "Flights to New York resumed.")
    assert not _written_whole("York", "Floods in Yorkshire closed roads.")
    assert not _written_whole("York", "The New-York-based fund sold.")
    assert not _written_whole("York", "Floods closed roads.")
    assert _written_whole("St. Paul", "Police in St. Paul said.")


def test_a_city_written_as_its_state_is_read_so_with_the_pattern_compiled_once() -> None:
    assert _mention_says_state("New York", "The New York attorney general sued the bank.")
    assert _mention_says_state("Georgia", "The senator from Georgia voted against it.")
    assert not _mention_says_state("New York", "Traders in New York sold the shares.")
    assert not _mention_says_state("Ohio", "The New York attorney general sued the bank.")
    assert _state_mention_patterns("New York") is _state_mention_patterns("New York")


def _doc(text: str, spans: list[tuple[str, str]], aid: str) -> AnnotatedArticle:
    sents = split(text)
    mentions = [m.model_copy(update={"article": aid}) for m in span_mentions(text, sents, spans)]
    return AnnotatedArticle(article=Article(id=aid, file=f"{aid}.txt", text=text), sentences=sents, mentions=mentions)


_DOCS = [
    _doc("Flooding closed roads in Harlow on Monday.", [("Harlow", "GPE")], "a1"),
    _doc("Schools in Harlow stayed shut.", [("Harlow", "GPE")], "a2"),
]
_HARLOW = Place(id="p-harlow", name="Harlow", lat=51.8, lon=0.1, precision="town", country="GB", geonameid=9)


def test_a_table_stand_in_satisfies_the_protocol() -> None:
    stand_in: PlaceResolver = TableGeo({"harlow": _HARLOW})  # (mypy checks the stand-in's signature here)
    u = understand(_DOCS, Options(), geocoder=stand_in, kb=EMPTY)
    assert [p.id for p in u.places] == ["p-harlow"]
    assert not u.warnings  # it takes every argument of the protocol, sources= included, and ignores it


def test_the_real_geocoder_satisfies_the_protocol_and_reads_each_names_article(geo: Geocoder) -> None:
    seen: dict[str, Any] = {}

    class Recording(Geocoder):
        def resolve(self, names: Any, context: Any = (), home: Any = (), sentences: Any = (),
                    per_mention: bool = False, sources: Any = ()) -> list[Place | None]:  # fmt: skip
            seen.update(names=list(names), sources=list(sources), sentences=list(sentences))
            return [_HARLOW for _ in names]

    rec = Recording()
    rec._gaz = geo.gazetteer
    real: PlaceResolver = rec
    u = understand(_DOCS, Options(), geocoder=real, kb=EMPTY)
    assert seen["names"] == ["Harlow", "Harlow"]
    assert seen["sources"] == ["a1", "a2"]
    assert seen["sentences"] == ["Flooding closed roads in Harlow on Monday.", "Schools in Harlow stayed shut."]
    assert [p.id for p in u.places] == ["p-harlow"]
