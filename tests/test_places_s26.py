"""Session 26, places, on invented text: names the sources' own writing says are no places (a firm
by its apposition, a person by a word of a person's name or "who", an ocean current, a facility
written with "the", a small town reached only through a looser spelling) lose the namesake the
gazetteer offers, and a bare compass word is a region only of a country its sentence places."""

from __future__ import annotations

from dataclasses import dataclass

from helpers import TableGeo, span_mentions, split
from storyline.annotate.entities import KnowledgeBase, fold
from storyline.annotate.understand import _place_cue, understand
from storyline.options import Options
from storyline.records import AnnotatedArticle, Article, Mention, Place

EMPTY = KnowledgeBase()


def _town(name: str, pid: str, cc: str = "US", pop: int = 5_000, gid: int = 1) -> Place:
    return Place(id=pid, name=name, lat=10.0, lon=10.0, precision="town", country=cc, population=pop, geonameid=gid)


BRANDT = _town("Brandt", "p-brandt", gid=11)
MARLOW = _town("Marlow", "p-marlow", gid=12)
TOBIAS = _town("Tobias", "p-tobias", pop=700, gid=13)
FERRO = _town("Ferro", "p-ferro", cc="ID", pop=180_000, gid=14)
KELLAN = _town("Kellan", "p-kellan", cc="CA", pop=700_000, gid=15)
ESTIRA = _town("Estira", "p-estira", cc="FR", pop=6_000, gid=16)
SOLVAY = _town("Solvay Stream", "p-stream", pop=900, gid=17)
PARIS = Place(id="p-paris", name="Paris", lat=48.9, lon=2.35, precision="town", country="FR", geonameid=18)
SUDHT = Place(id="p-sud", name="Sud", lat=18.3, lon=-72.4, precision="region", country="HT", geonameid=19)
VICINITY = Place(
    id="p-near", name="Ana Pell", lat=51.5, lon=-0.1, precision="vicinity", country="GB", near="x", near_name="London"
)


@dataclass
class Cand:
    name: str
    geonameid: int
    match: str
    country: str
    kind: str
    prior: float


class FakeGeo(TableGeo):
    """A fixed reading per name; "Estira" is read only through a looser spelling ("Estera"), and
    "Sud" has a French district as well as the Haitian region it is read as."""

    table = {
        "brandt": BRANDT,
        "marlow": MARLOW,
        "tobias": TOBIAS,
        "ferro": FERRO,
        "kellan": KELLAN,
        "estera": ESTIRA,
        "solvay stream": SOLVAY,
        "paris": PARIS,
        "sud": SUDHT,
        "ana pell": VICINITY,
    }

    def candidates(self, name: str, city_first: bool = True) -> list[Cand]:
        if fold(name) == "estera":
            return [Cand("Estira", 16, "transliteration", "FR", "city", 1.8)]
        if fold(name) == "sud":
            return [Cand("Sud", 19, "name", "HT", "admin1", 6.0), Cand("Sud", 20, "name", "FR", "admin2", 1.1)]
        return []

    def _place(self, c: Cand, aliases: list[str]) -> Place:
        return Place(id=f"p-{c.geonameid}", name=c.name, lat=50.0, lon=3.0, precision="district", country=c.country)

    def __init__(self) -> None:
        super().__init__(self.table)  # resolve(): a lookup in the table (helpers.TableGeo)


def _doc(text: str, spans: list[tuple[str, str]], aid: str = "a") -> AnnotatedArticle:
    sents = split(text)
    mentions = [m.model_copy(update={"article": aid}) for m in span_mentions(text, sents, spans)]
    return AnnotatedArticle(article=Article(id=aid, file=f"{aid}.txt", text=text), sentences=sents, mentions=mentions)


def _placed(a: AnnotatedArticle) -> set[str]:
    u = understand([a], Options(), geocoder=FakeGeo(), kb=EMPTY)
    return {p.name for p in u.places}


def test_a_name_its_apposition_calls_a_bank_is_no_place_and_one_called_a_town_is() -> None:
    a = _doc(
        "Regulators injected $2 billion into Brandt, a lender that operates in three countries. "
        "Shares in Brandt fell. Flooding closed roads in Marlow, a market town of 20,000 people.",
        [("Brandt", "GPE"), ("Marlow", "GPE")],
    )
    assert _placed(a) == {"Marlow"}


def test_a_word_of_a_persons_name_is_no_town_unless_written_as_a_place() -> None:
    listed = _doc(
        "Tobias Reed chaired the board. The bankers, Martin, Tobias, Carla and Ines, were called in.",
        [("Tobias Reed", "PERSON"), ("Tobias", "GPE")],
    )
    assert _placed(listed) == set()
    located = _doc(
        "Tobias Reed chaired the board. Floods hit homes in Tobias on Monday.",
        [("Tobias Reed", "PERSON"), ("Tobias", "GPE")],
    )
    assert _placed(located) == {"Tobias"}


def test_a_name_the_gazetteer_lacks_written_before_who_after_to_is_a_person() -> None:
    a = _doc(
        "Thanks to Ana Pell who has been running this blog all morning. (This is Ana Pell, I am taking over.)",
        [("Ana Pell", "LOC")],
    )
    assert _placed(a) == set()


def test_a_current_is_no_place_and_a_facility_after_the_is_no_town() -> None:
    a = _doc(
        "The slick could enter the Solvay Stream within days. Police said the men planned to bomb the Ferro. "
        "Samples were sent to a Kellan lab.",
        [("Solvay Stream", "LOC"), ("Ferro", "FAC"), ("Kellan", "FAC")],
    )
    assert _placed(a) == {"Kellan"}


def test_a_small_town_abroad_read_only_through_a_looser_spelling_needs_a_place_cue() -> None:
    holiday = _doc(
        "Hotels in Marlow were full. Many families from Marlow travelled to the coast over Estera.",
        [("Marlow", "GPE"), ("Estera", "LOC")],
    )
    assert _placed(holiday) == {"Marlow"}
    town = _doc(
        "Hotels in Marlow were full. Two cases were confirmed in Estera on Tuesday.",
        [("Marlow", "GPE"), ("Estera", "LOC")],
    )
    assert _placed(town) == {"Marlow", "Estera"}  # shown as the sources write it
    # in the country the story's places lie in, a loose spelling is a local one
    local = _doc("Two families left Estera. Estera was quiet, a shopkeeper said.", [("Estera", "GPE")])
    assert _placed(local) == {"Estera"}


def test_a_bare_compass_word_is_a_region_only_of_a_country_its_sentence_places() -> None:
    framed = _doc(
        "Officials were testing a family in the Sud region and a woman in Paris.",
        [("Sud", "GPE"), ("Paris", "GPE")],
    )
    u = understand([framed], Options(), geocoder=FakeGeo(), kb=EMPTY)
    assert {(p.name, p.country) for p in u.places} == {("Paris", "FR"), ("Sud", "FR")}
    bare = _doc("Bankers across the Sud reported the same problem.", [("Sud", "LOC")])
    assert _placed(bare) == set()


def test_a_comma_then_the_pronoun_i_is_no_container_and_strict_cues_need_a_known_place() -> None:
    text = "This is Ana Pell, I have taken over."
    m = Mention(article="a", sentence=0, start=8, end=16, text="Ana Pell", label="LOC")
    assert not _place_cue(m, text, [])
    names = "The managers were Fred, Tobias, Antonio and Paul."
    t = Mention(article="a", sentence=0, start=24, end=30, text="Tobias", label="GPE")
    assert _place_cue(t, names, [])  # a loose cue: "<it>, <Name>"
    assert not _place_cue(t, names, [], strict=True)  # a list of people
    assert _place_cue(t, names, [(32, 39)], strict=True)  # "Antonio" a known place of the story


def test_a_newspaper_or_an_international_body_the_gazetteer_lacks_is_no_place_near_the_focus() -> None:
    paper = Place(id="p-paper", name="Dorset Herald", lat=1.0, lon=1.0, precision="vicinity", country="GB", near="x")
    body = Place(
        id="p-body", name="Relief International", lat=1.0, lon=1.0, precision="vicinity", country="GB", near="x"
    )
    street = Place(id="p-st", name="Quay Street", lat=1.0, lon=1.0, precision="vicinity", country="GB", near="x")

    class Geo(FakeGeo):
        table = {"dorset herald": paper, "relief international": body, "quay street": street}

    a = _doc(
        "The Dorset Herald reported that Relief International had staff on Quay Street.",
        [("Dorset Herald", "GPE"), ("Relief International", "GPE"), ("Quay Street", "FAC")],
    )
    u = understand([a], Options(), geocoder=Geo(), kb=EMPTY)
    assert {p.name for p in u.places} == {"Quay Street"}


def test_a_coast_named_by_its_compass_point_is_no_region_abroad() -> None:
    gis = Place(id="p-gis", name="Gisborne", lat=-38.1, lon=178.1, precision="region", country="NZ", geonameid=21)

    class Geo(FakeGeo):
        table = {"east coast": gis, "marlow": MARLOW}

    a = _doc(
        "Snow closed schools in Marlow. Airports along the East Coast cancelled flights.",
        [("Marlow", "GPE"), ("East Coast", "LOC")],
    )
    u = understand([a], Options(), geocoder=Geo(), kb=EMPTY)
    assert {p.name for p in u.places} == {"Marlow"}
