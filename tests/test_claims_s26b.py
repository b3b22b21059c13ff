"""Session 26, round 2: a series joins only figures of one kind.  A volume whose clause says nothing done to it
("still leaves a million barrels at sea") forms no series; a volume said of a stretch of time ("in the first 12
hours", "on Wednesday", collected) is no point of a total's history; a figure named as the whole a part is
measured against ("8 percent of the 3 million barrels", "of which 300,000 were collected") takes no capture
from the part."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, Entity, Figure, PublishedDate, Sentence
from storyline.story.claims import _act, _stretch, agreement


def _fig(text: str, number: str, what: str = "volume", unit: str = "bbl", article: str = "a") -> Figure:
    at = text.index(number)
    value = float(number.replace(",", "").split(" ")[0]) * (1e6 if "million" in number else 1)
    return Figure(article=article, sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what, about="oil")  # fmt: skip


def _doc(ident: str, day: str, text: str, number: str) -> AnnotatedArticle:
    article = Article(id=ident, file=f"{ident}.txt", text=text, published=PublishedDate(value=day, precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    return AnnotatedArticle(article=article, sentences=sentences, figures=[_fig(text, number, article=ident)])


def _series(*reports: tuple[str, str, str]) -> list[list[float]]:
    docs = [_doc(f"d{k}", day, text, number) for k, (day, text, number) in enumerate(reports)]
    entities: list[Entity] = []
    _, series = agreement(docs, entities)
    return [[float(str(p["number"])) for p in s["points"]] for s in series]  # type: ignore[union-attr]


def _act_of(text: str, number: str) -> str:
    return _act(text, _fig(text, number), 0, len(text))


def test_a_whole_takes_no_capture_from_its_part() -> None:
    assert _act_of("Crews have recovered only 8 percent of the 3 million barrels, the agency said.", "3 million") == ""
    assert _act_of("The total was 2,600,000 barrels, of which 300,000 were collected by the ship.", "2,600,000") == ""
    assert _act_of("Skimmers collected 70,000 barrels out of a total of 2,100,000 barrels.", "2,100,000") == ""
    # the part keeps its act, and a whole keeps the act its own words give it
    assert _act_of("The ship has collected 300,000 barrels since the cap was fitted.", "300,000") == "capture"
    assert _act_of("Nearly half of the 2,000,000 barrels that leaked from the well has evaporated.", "2,000,000") == (
        "release"
    )


def test_a_volume_of_a_stretch_of_time_is_no_total() -> None:
    def stretch(text: str, number: str) -> bool:
        f = _fig(text, number)
        return _stretch(text, f, (0, len(text)), _act(text, f, 0, len(text)))

    assert stretch("The vessel collected 6,200 barrels of oil in the first 12 hours of Friday.", "6,200")
    assert stretch("The firm said 9,000 barrels were siphoned from the riser on Wednesday.", "9,000")
    assert stretch("It collected 31,000 barrels between March 2 and March 5.", "31,000")
    # a running total, and a day that is the report's, are no stretch
    assert not stretch("The vessel has collected 80,000 barrels so far, the firm said on Monday.", "80,000")
    assert not stretch("Crews have collected 80,000 barrels since the cap went on in May.", "80,000")
    assert not stretch("The well has leaked 900,000 barrels on the estimate of Tuesday.", "900,000")


def test_volumes_with_no_act_form_no_series() -> None:
    # a capture rate said as a bare volume and the oil left at sea are not one quantity
    assert (
        _series(
            ("2031-03-03", "We are only at 150,000 barrels now, the admiral said.", "150,000"),
            ("2031-03-20", "But that still leaves some 900,000 barrels at sea.", "900,000"),
        )
        == []
    )
    # a released total said twice weeks apart is a series
    assert _series(
        ("2031-03-03", "The ruptured well has leaked 1,000,000 barrels into the bay.", "1,000,000"),
        ("2031-03-20", "The ruptured well has leaked 2,000,000 barrels into the bay.", "2,000,000"),
    ) == [[1_000_000.0, 2_000_000.0]]


def test_a_day_s_collection_is_no_point_of_the_collected_total() -> None:
    assert _series(
        ("2031-03-05", "The ship has collected 120,000 barrels since the cap was fitted.", "120,000"),
        ("2031-03-12", "The ship collected 9,000 barrels of oil on Wednesday.", "9,000"),
        ("2031-03-20", "The ship has collected 260,000 barrels since the cap was fitted.", "260,000"),
    ) == [[120_000.0, 260_000.0]]
