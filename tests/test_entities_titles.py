"""Entities: titles of works, members of a people, bodies qualified by a place, sound-alike names
and time stamps that the recogniser reads as actors.  Invented text."""

from __future__ import annotations

from helpers import by_name
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, load_kb, resolve_entities

EMPTY = KnowledgeBase()


def test_a_song_called_so_or_listed_after_hits_is_a_title_not_a_person() -> None:
    a = doc(
        "Her greatest hits: Paper Boats, Velvet Morning, Rosa Lind. She sang Rosa Lind at the gala. "
        "The hit single Rosa Lind sold well.",
        [("Paper Boats", "ORG"), ("Velvet Morning", "PERSON"), ("Rosa Lind", "PERSON"), ("Rosa Lind", "PERSON"),
         ("Rosa Lind", "PERSON")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    song = by_name(entities, "Rosa Lind")
    assert song is not None and song.type == "other"


def test_a_singer_named_before_a_concert_stays_a_person() -> None:
    a = doc(
        "Tickets for the Marla Quint concert sold out. Marla Quint said she was thrilled. "
        "Ms Quint, the singer, thanked fans. Marla Quint tour dates follow.",
        [("Marla Quint", "PERSON"), ("Marla Quint", "PERSON"), ("Ms Quint", "PERSON"), ("Marla Quint", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    singer = by_name(entities, "Marla Quint")
    assert singer is not None and singer.type == "person"


def test_an_artist_with_a_possessive_after_a_cover_is_not_a_title() -> None:
    a = doc(
        "They recorded a cover of Glasswing's ballad. A cover of Glasswing's hit raised money. Glasswing agreed.",
        [("Glasswing", "ORG"), ("Glasswing", "ORG"), ("Glasswing", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    band = by_name(entities, "Glasswing")
    assert band is not None and band.type == "organisation"


def test_a_show_named_before_its_noun_and_never_as_a_person_is_a_title() -> None:
    a = doc(
        "Organisers of the Forever Lumen concert added acts. The Forever Lumen concert is in May. "
        "Forever Lumen, a tribute, sold out.",
        [("Forever Lumen", "PERSON"), ("Forever Lumen", "PERSON"), ("Forever Lumen", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    show = by_name(entities, "Forever Lumen")
    assert show is not None and show.type == "other"


def test_counted_members_of_a_people_are_a_group() -> None:
    a = doc(
        "One Vardonian died. The second Vardonian was named. Another Vardonian is missing. "
        "Thirty Vardonians are safe. Vardonians have donated money.",
        [("Vardonian", "PERSON"), ("Vardonian", "PERSON"), ("Vardonian", "ORG"), ("Vardonians", "PERSON"),
         ("Vardonians", "PERSON")],
    )  # fmt: skip
    entities, _ = resolve_entities([a], EMPTY)
    assert {e.type for e in entities if e.name in ("Vardonian", "Vardonians")} == {"group"}


def test_a_first_name_ending_like_a_plural_stays_a_person() -> None:
    a = doc(
        "Doris said the water rose. Doris, a nurse, helped. Later Doris left.",
        [("Doris", "PERSON"), ("Doris", "PERSON"), ("Doris", "PERSON")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    e = by_name(entities, "Doris")
    assert e is not None and e.type == "person"


def test_a_bare_body_joins_a_place_qualified_one_only_where_its_articles_name_the_place() -> None:
    a = doc(
        "In Lindmark the LKM Board of Water said the wells were safe.",
        [("Lindmark", "GPE"), ("LKM Board of Water", "ORG")],
        "a",
    )
    b = doc(
        "In Coverly the Board of Water said tests went on. The Board of Water met.",
        [("Coverly", "GPE"), ("Board of Water", "ORG"), ("Board of Water", "ORG")],
        "b",
    )
    c = doc(
        "Experts at the Board of Water in Coverly agreed.",
        [("Board of Water", "ORG"), ("Coverly", "GPE")],
        "c",
    )
    entities, _ = resolve_entities([a, b, c], EMPTY)
    bare = by_name(entities, "Board of Water")
    assert bare is not None and "LKM Board of Water" not in bare.aliases


def test_a_bare_body_joins_the_qualified_one_its_articles_mean() -> None:
    a = doc(
        "The Ostria Board of Water said the Ostria wells were safe.",
        [("Ostria Board of Water", "ORG"), ("Ostria", "GPE")],
        "a",
    )
    b = doc(
        "In Ostria the Board of Water said tests went on.",
        [("Ostria", "GPE"), ("Board of Water", "ORG")],
        "b",
    )
    entities, _ = resolve_entities([a, b], EMPTY)
    body = next(e for e in entities if "Board of Water" in e.aliases)
    assert "Ostria Board of Water" in body.aliases


def test_a_party_word_and_a_first_name_that_sound_alike_stay_apart() -> None:
    a = doc(
        "The Toryn vote fell. Toryn leaders met. Torin Maddox said the vote was close. Later Torin left.",
        [("Toryn", "NORP"), ("Toryn", "NORP"), ("Torin Maddox", "PERSON"), ("Torin", "PERSON")],
    )
    _, docs = resolve_entities([a], EMPTY)
    first = next(m.entity for m in docs[0].mentions if m.text == "Torin")
    party = next(m.entity for m in docs[0].mentions if m.text == "Toryn")
    assert first != party


def test_a_transliterated_place_read_once_as_a_person_still_joins() -> None:
    a = doc(
        "Fighters entered Raqqa. Shelling hit Raqqa again. Residents fled Rakka overnight.",
        [("Raqqa", "GPE"), ("Raqqa", "GPE"), ("Rakka", "PERSON")],
    )
    _, docs = resolve_entities([a], EMPTY)
    assert len({m.entity for m in docs[0].mentions}) == 1


def test_a_time_zone_with_a_date_is_no_actor() -> None:
    a = doc(
        "Update GMT 2 June: the well leaked. Update GMT 3 June: it stopped.",
        [("GMT 2 June", "ORG"), ("GMT 3 June", "ORG")],
    )
    entities, _ = resolve_entities([a], EMPTY)
    assert not any(e.name.startswith("GMT") for e in entities)


def test_social_networks_are_known_organisations() -> None:
    a = doc(
        "He thanked fans on Twitter. Another Twitter post followed.",
        [("Twitter", "PERSON"), ("Twitter", "PERSON")],
    )
    entities, _ = resolve_entities([a], load_kb())
    e = by_name(entities, "Twitter")
    assert e is not None and e.type == "organisation"
