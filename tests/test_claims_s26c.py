"""Session 26, round 3: oil skimmed, burned and siphoned at the well are three tallies, so collected volumes whose
phrases name different means form no series; a figure its clause calls the low or high end of the estimates ("the
lowest credible estimate is about 20,000") is no step of the estimate's history; a figure given as the
alternative to a projected one ("could rise to 40,000 barrels or possibly even 60,000") is projected too; and a
volume collected on one day is that day's rate past a conversion in brackets."""

from __future__ import annotations

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Entity, Figure, PublishedDate, Sentence
from storyline.story.claims import _means, _means_before, _projected, _range_end, agreement


def _fig(text: str, number: str, what: str = "volume", unit: str = "bbl", article: str = "a") -> Figure:
    at = text.index(number)
    value = float(number.replace(",", "").split(" ")[0])
    return Figure(article=article, sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what, about="oil")  # fmt: skip


def _doc(ident: str, day: str, text: str, number: str, what: str, unit: str) -> AnnotatedArticle:
    article = Article(id=ident, file=f"{ident}.txt", text=text, published=PublishedDate(value=day, precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    figure = _fig(text, number, what, unit, article=ident)
    return AnnotatedArticle(article=article, sentences=sentences, figures=[figure])


def _series(*reports: tuple[str, str, str], what: str = "volume", unit: str = "bbl") -> list[list[float]]:
    docs = [_doc(f"d{k}", day, text, number, what, unit) for k, (day, text, number) in enumerate(reports)]
    entities: list[Entity] = []
    _, series = agreement(docs, entities)
    return [[float(str(p["number"])) for p in s["points"]] for s in series]  # type: ignore[union-attr]


def test_the_means_of_a_collected_volume() -> None:
    def means(text: str, number: str) -> set[str]:
        return set(_means(text, _fig(text, number), [_fig(text, number)]))

    assert means("About 310,000 barrels of oil have been gathered by skimmers so far.", "310,000") == {"skim"}
    assert means("The firm has collected 95,000 barrels since it fitted a cap on the well.", "95,000") == {"contain"}
    assert means("Crews have relied on burning to remove 140,000 barrels.", "140,000") == {"burn"}
    assert means("In all, 41,000 barrels were collected or flared by the two systems.", "41,000") == {"burn", "contain"}
    assert means("Workers have collected 41,000 barrels so far.", "41,000") == set()


def test_collected_volumes_of_different_means_form_no_series() -> None:
    skimmed = ("2011-05-03", "Some 310,000 barrels of oil had been collected by skimmers, officials said.", "310,000")
    capped = ("2011-05-20", "The company has collected about 95,000 barrels since fitting a cap on the well.", "95,000")
    assert _series(skimmed, capped) == []
    # the same means, reported twice, is a series
    capped_later = (
        "2011-06-10",
        "The company has now collected 240,000 barrels through the cap on the well.",
        "240,000",
    )
    assert _series(capped, capped_later) == [[95000.0, 240000.0]]


def test_an_end_of_the_spread_of_estimates() -> None:
    def end(text: str, number: str) -> bool:
        return _range_end(text, _fig(text, number, "flow", "bbl/d"), 0, len(text))

    assert end("The lowest estimate the panel finds credible is probably about 30,000 barrels a day.", "30,000")
    assert end("He said a reasonable lower figure is 14,000 barrels per day.", "14,000")
    assert end("One method returned a high-end rate of 31,000 barrels per day.", "31,000")
    # a higher estimate is a value, and a comma ends the phrase that names the end
    assert not end("Scientists gave a higher estimate of 31,000 barrels per day.", "31,000")
    assert not end("The lowest estimate was rejected, and the panel now says 31,000 barrels per day.", "31,000")


def test_an_end_of_the_spread_is_no_step_of_the_history() -> None:
    first = ("2011-05-01", "The well is leaking an estimated 8,000 barrels a day, officials said.", "8,000")
    again = ("2011-05-03", "Officials estimate that 8,000 barrels a day are leaking.", "8,000")
    low = "The lowest estimate the panel finds credible is about 30,000 barrels a day leaking from the well, the director said."
    low2 = "The lowest estimate the scientists find credible is about 30,000 barrels a day leaking, she said."
    reports = [first, again, ("2011-06-01", low, "30,000"), ("2011-06-02", low2, "30,000")]
    assert _series(*reports, what="flow", unit="bbl/d") == []


def test_an_alternative_to_a_projected_figure_is_projected() -> None:
    text = "Officials warned that the leak could grow from 8,000 barrels a day to 50,000 barrels or possibly even 90,000 barrels."
    for number in ("50,000", "90,000"):
        f = _fig(text, number, "flow", "bbl/d")
        assert _projected(text, f, 0, len(text))
    # a conversion joined by "or" after a measured figure stays measured
    said = "The well leaked 8,000 barrels a day, or 336,000 gallons, last week."
    assert not _projected(said, _fig(said, "336,000", "flow", "gal/d"), 0, len(said))


def test_a_volume_collected_on_one_day_past_a_bracketed_conversion() -> None:
    text = "The admiral said the firm collected 12,000 barrels of oil (504,000 gallons) from the well on Monday."
    figs = [(f.text, f.unit, f.what) for f in extract_figures(text, split(text), "a", [], [])]
    assert figs == [("12,000 barrels", "bbl/d", "flow"), ("504,000 gallons", "gal/d", "flow")]
    # a total's cue, and a day that is the report's, keep it a volume
    total = "The firm has collected 12,000 barrels of oil (504,000 gallons) since the cap was fitted on Monday."
    assert [f.what for f in extract_figures(total, split(total), "a", [], [])] == ["volume", "volume"]
    said = "The firm collected 12,000 barrels of oil (504,000 gallons), officials said on Monday."
    assert [f.what for f in extract_figures(said, split(said), "a", [], [])] == ["volume", "volume"]


def test_a_count_granted_by_its_verb_is_projected() -> None:
    def projected(text: str, number: str) -> bool:
        return _projected(text, _fig(text, number, "troops", "people"), 0, len(text))

    assert projected("About 4,000 Texas National Guard members have been authorized for the relief effort.", "4,000")
    assert projected("Some 9,000 reservists from three coastal states have been approved for duty.", "9,000")
    # a count that is deployed, or whose clause has its own verb first, is a measure
    assert not projected("About 4,000 Texas National Guard members have been deployed along the coast.", "4,000")
    assert not projected("Some 700 soldiers who were sent last week have been approved for a second tour.", "700")


def test_a_measure_said_of_the_world_is_another_quantity() -> None:
    world = ("2011-05-02", "In the first quarter, refiners consumed 3.1 million barrels of oil a day worldwide.", "3.1")
    region = ("2011-06-07", "By contrast, the refiners' recent consumption is about 1.9 million barrels a day.", "1.9")
    again = ("2011-06-20", "The refiners' consumption now stands at 1.5 million barrels a day.", "1.5")
    series = _series(world, region, again, what="flow", unit="bbl/d")
    assert series == [[1.9, 1.5]]


def test_outputs_that_share_no_place_form_no_series() -> None:
    field = (
        "2011-05-02",
        "The venture has boosted output from an old field, which now produces 90,000 barrels a day.",
        "90,000",
    )
    props = ("2011-06-07", "The properties the firm sold currently produce 21,000 barrels of oil a day.", "21,000")
    rig = (
        "2011-06-20",
        "Over the past week, the platform had been producing 1,700 barrels a day of crude oil.",
        "1,700",
    )
    assert _series(field, props, rig, what="flow", unit="bbl/d") == []


def test_what_there_is_enough_of_to_handle_is_a_capacity() -> None:
    text = (
        "The firm has a plan that puts enough ships at the site by the end of the month to handle 45,000 barrels a day."
    )
    assert _projected(text, _fig(text, "45,000", "flow", "bbl/d"), 0, len(text))
    measured = "The ships at the site handled 45,000 barrels a day, enough to fill a tanker."
    assert not _projected(measured, _fig(measured, "45,000", "flow", "bbl/d"), 0, len(measured))


def test_a_range_whose_upper_end_is_open() -> None:
    text = (
        "Two teams of scientists found the well has been spewing between 420,000 and more than a million gallons a day."
    )
    figs = [(f.text, f.value, f.value_max, f.qualifier) for f in extract_figures(text, split(text), "a", [], [])]
    assert figs == [("between 420,000 and more than a million gallons a day", 420000.0, 1000000.0, "range")]
    # a plain "between ... and ..." range is unchanged
    plain = "Two teams of scientists found the well has been spewing between 420,000 and 900,000 gallons a day."
    assert [(f.value, f.value_max) for f in extract_figures(plain, split(plain), "a", [], [])] == [(420000.0, 900000.0)]


def test_the_means_of_the_next_clause_are_not_the_volume_s() -> None:
    text = "Skimmers have gathered only 52,000 barrels, and crews have relied on burning to remove 190,000 barrels."
    figures = [_fig(text, "52,000"), _fig(text, "190,000")]
    assert _means(text, figures[0], figures) == {"skim"}
    assert _means(text, figures[1], figures) == {"burn"}


def test_a_tally_takes_its_means_from_the_sentence_before() -> None:
    before = "Work to skim oil from the surface was halted for two days because of the storm."
    assert _means_before(before) == {"skim"}
    assert _means_before("The company said the weather had improved.") == set()
    skims = (
        "Work to skim oil from the surface was halted for two days. To date, the work has recovered 480,000 barrels."
    )
    caps = "The firm refitted the cap on the well on Monday. So far, 260,000 barrels of oil have been recovered."
    docs = []
    for k, (day, text, number) in enumerate((("2011-06-01", caps, "260,000"), ("2011-06-20", skims, "480,000"))):
        article = Article(id=f"d{k}", file=f"d{k}.txt", text=text, published=PublishedDate(value=day, precision="day"))
        cut = text.index(". ") + 1
        sentences = [Sentence(index=0, start=0, end=cut, text=text[:cut]),
                     Sentence(index=1, start=cut + 1, end=len(text), text=text[cut + 1 :])]  # fmt: skip
        figure = _fig(text, number, article=f"d{k}").model_copy(update={"sentence": 1})
        docs.append(AnnotatedArticle(article=article, sentences=sentences, figures=[figure]))
    assert agreement(docs, [])[1] == []


def test_the_means_of_a_volume_set_off_by_dashes() -> None:
    text = "Most of the oil gathered -- about 410,000 barrels -- was captured directly at the site of the leaking well."
    assert _means(text, _fig(text, "410,000"), [_fig(text, "410,000")]) == {"contain"}
