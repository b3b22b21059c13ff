"""Session 20: names that are no actor (a sentence-initial function word, a decade, a party-and-
state tag, a surname as an office's attribute), companies and surnames the recogniser read as
places, languages, storms named like people, peoples beside a sea's name, and structures in a
town that are not other names of it."""

from __future__ import annotations

from helpers import by_name, names_of, type_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KnowledgeBase, fold, resolve_entities
from storyline.records import Place

EMPTY = KnowledgeBase()


def test_function_words_and_decades_are_no_actors() -> None:
    a = doc(
        "Some said the Nineties were kind. Many fled in the 1980s. Vellin Ostrova sang in the Sixties.",
        [("Some", "GPE"), ("Nineties", "GPE"), ("Many", "PERSON"), ("1980s", "DATE"), ("Vellin Ostrova", "PERSON"),
         ("Sixties", "ORG")],
    )  # fmt: skip
    ents, docs = resolve_entities([a], EMPTY)
    assert {e.name for e in ents} == {"Vellin Ostrova"}
    assert sum(1 for m in docs[0].mentions if m.entity is None) >= 3  # the mentions stay, without an entity


def test_a_transliteration_variant_is_never_a_function_word() -> None:
    a = doc(
        "Soldiers fell at the Somme in 1916. Some historians visited the Somme battlefield.",
        [("Somme", "LOC"), ("Somme", "LOC")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    somme = by_name(ents, "Somme")
    assert somme is not None and len(somme.mentions) == 2  # "Some" is not "Somme" misspelt


def test_a_party_and_state_tag_is_no_person() -> None:
    a = doc(
        "Sen. Arla Venn, D-Mass., said the bill failed. Rep. Obed Kraal (R-Texas) agreed. D-Day came.",
        [("Arla Venn", "PERSON"), ("D-Mass", "PERSON"), ("Obed Kraal", "PERSON"), ("R-Texas", "ORG"),
         ("D-Day", "EVENT")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    names = {e.name for e in ents}
    assert "D-Mass" not in names and "R-Texas" not in names
    assert {"Arla Venn", "Obed Kraal"} <= names


def test_a_surname_as_attribute_of_an_office_is_not_that_person() -> None:
    a = doc(
        "President Dorn Halvik spoke. Halvik Treasury Secretary Ilse Marr agreed, and a Halvik Treasury official "
        "left. Halvik said more.",
        [("Dorn Halvik", "PERSON"), ("Halvik", "PERSON"), ("Ilse Marr", "PERSON"), ("Halvik", "PERSON"),
         ("Halvik", "PERSON")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    halvik = by_name(ents, "Dorn Halvik")
    assert halvik is not None and len(halvik.mentions) == 2  # the full name and "Halvik said"


class _Reading:
    def __init__(self, kind: str, population: int = 0, match: str = "name") -> None:
        self.kind, self.population, self.match = kind, population, match


def _towns(*names: str):  # type: ignore[no-untyped-def]
    known = {fold(n) for n in names}
    return lambda name: fold(name) in known


def test_a_company_read_as_a_place_is_a_company() -> None:
    a = doc(
        "Drillvex, which owns the rig, denied fault. Drillvex officials met in Harlow. Lawsuits named BP and "
        "Drillvex. Shares in Drillvex fell; Drillvex lawyers objected. The contractor Cemtra and Cemtra executives testified in Harlow.",
        [("Drillvex", "GPE"), ("Drillvex", "GPE"), ("Harlow", "GPE"), ("BP", "ORG"), ("Drillvex", "NORP"),
         ("Drillvex", "GPE"), ("Drillvex", "GPE"), ("Cemtra", "GPE"), ("Cemtra", "GPE"), ("Harlow", "GPE")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY, _towns("Harlow"))
    assert type_of(ents, "Drillvex") == "organisation"
    assert type_of(ents, "Cemtra") == "organisation"
    assert type_of(ents, "Harlow") == "place"


def test_a_town_where_officials_work_stays_a_place() -> None:
    a = doc(
        "Aid reached Korvel. Korvel officials said roads were shut. People in Korvel waited. Life in Korvel "
        "stopped; families from Korvel fled.",
        [("Korvel", "GPE"), ("Korvel", "GPE"), ("Korvel", "GPE"), ("Korvel", "GPE"), ("Korvel", "GPE")],
    )
    ents, _ = resolve_entities([a], EMPTY, _towns())
    assert type_of(ents, "Korvel") == "place"


def test_the_surname_of_several_full_names_read_as_a_place_is_a_person() -> None:
    a = doc(
        "Omar al-Venhari was freed. His brother Samir al-Venhari flew home. The release of Venhari angered "
        "families. Venhari has cancer. Ministers refused to free Venhari.",
        [("Omar al-Venhari", "PERSON"), ("Samir al-Venhari", "PERSON"), ("Venhari", "GPE"),
         ("Venhari", "GPE"), ("Venhari", "GPE")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY, _towns())
    assert type_of(ents, "Venhari") == "person"
    # a region written "the West" is no surname, whatever persons of the story are named West
    b = doc(
        "Ada West sang. Bo West danced. He was no darling of the West. Faith in the West grew.",
        [("Ada West", "PERSON"), ("Bo West", "PERSON"), ("West", "LOC"), ("West", "LOC")],
    )
    ents, _ = resolve_entities([b], EMPTY, _towns())
    assert type_of(ents, "West") == "place"


def test_a_language_is_no_place() -> None:
    a = doc(
        "The radio began broadcasting in Kreolan. She is fluent in Kreolan and English. Leaflets in Kreolan "
        "were printed. Many speak Creole at home.",
        [("Kreolan", "GPE"), ("Kreolan", "GPE"), ("Kreolan", "GPE"), ("Creole", "GPE")],
    )
    ents, _ = resolve_entities([a], EMPTY, _towns())
    assert type_of(ents, "Kreolan") == "other"
    assert type_of(ents, "Creole") == "other"


def test_a_people_before_a_geographic_word_stays_a_people() -> None:
    a = doc(
        "Vardic clerics met. The Vardic Gulf states objected. Vardic leaders agreed; many Vardics marched.",
        [("Vardic", "NORP"), ("Vardic Gulf", "LOC"), ("Vardic", "NORP"), ("Vardics", "NORP")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Vardics") == "group"  # the people; "Vardic clerics" leaves it (an adjective)
    assert "Vardic Gulf" not in names_of(ents, "Vardic")


def test_a_storm_named_like_a_person_joins_the_storm() -> None:
    a = doc(
        "Work was delayed by tropical storm Orla, which brought high seas. Tropical Storm Orla grew. "
        "Hurricane Orla passed the rigs. Orla Brandt, a diver, waited.",
        [("Orla", "PERSON"), ("Storm Orla", "PERSON"), ("Hurricane Orla", "EVENT"), ("Orla Brandt", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    storm = next(e for e in ents if "Hurricane Orla" in e.aliases)
    assert storm.type == "other" and len(storm.mentions) == 3, storm
    assert type_of(ents, "Orla Brandt") == "person"


def test_a_structure_in_a_town_is_not_another_name_of_it() -> None:
    from storyline.annotate.understand import understand
    from storyline.options import Options

    town = Place(id="p-tarn", name="Tarnford", lat=1.0, lon=2.0, precision="town", geonameid=21)
    country = Place(id="p-ves", name="Vesland", lat=3.0, lon=4.0, precision="country", geonameid=22)

    class Geo:
        def candidates(self, name: str, city_first: bool = True) -> list[_Reading]:
            return []

        def resolve(
            self,
            names: list[str],
            context: list[str],
            home: object = (),
            sentences: object = (),
            per_mention: bool = False,
            sources: object = (),
        ) -> list[Place | None]:
            table = {"tarnford": town, "kelby": town, "kelby airport": town, "royal palace": town, "vossgate": town, "vesland": country,
                     "vesia": country}  # fmt: skip
            return [table.get(fold(n)) for n in names]

    a = doc(
        "Flights landed at Kelby. Travellers at Kelby Airport in Tarnford were checked. Guards at the Royal "
        "Palace in Tarnford watched. Vesland, also called Vesia, closed Tarnford schools. Flights left Vossgate; "
        "a slot at Vossgate was sold.",
        [("Kelby", "GPE"), ("Kelby Airport", "FAC"), ("Tarnford", "GPE"), ("Royal Palace", "FAC"),
         ("Tarnford", "GPE"), ("Vesland", "GPE"), ("Vesia", "GPE"), ("Tarnford", "GPE"), ("Vossgate", "FAC"), ("Vossgate", "FAC")],
    )  # fmt: skip
    u = understand([a], Options(), geocoder=Geo(), kb=EMPTY)
    tarnford = by_name(u.entities, "Tarnford")
    assert tarnford is not None and len(tarnford.mentions) == 3
    assert not {"Kelby", "Kelby Airport", "Royal Palace", "Vossgate"} & set(tarnford.aliases)
    assert by_name(u.entities, "Kelby") is not None and by_name(u.entities, "Royal Palace") is not None
    assert {"Vesland", "Vesia"} <= names_of(u.entities, "Vesland")  # another name of one place still joins


def test_a_word_cut_off_a_name_of_the_story_gets_it_back() -> None:
    a = doc(
        "The Stormwater Meridian rig sank. Crews left the Stormwater Meridian platform. Oil leaked from the "
        "Stormwater Meridian well. The Stormwater Meridian burned. Quake Meridian was a headline.",
        [("Stormwater Meridian", "ORG"), ("Meridian", "LOC"), ("Stormwater Meridian", "ORG"),
         ("Stormwater Meridian", "ORG"), ("Meridian", "LOC")],
    )  # fmt: skip
    ents, _ = resolve_entities([a], EMPTY)
    rig = by_name(ents, "Stormwater Meridian")
    assert rig is not None and len(rig.mentions) == 4
    assert by_name(ents, "Quake Meridian") is None  # a name the story does not use is no span to restore
