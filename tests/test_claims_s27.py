"""Session 27: the brief's figures table and its claims show a figure from one list (a hedged upper end and a
chronology entry's date in both); a volume said of a stretch of time reads its number words from the number
lexicon ("over the past eighteen hours", "in the first three days"); a bare number before a scaled one shares its
scale whether written as a word or an abbreviation ("2 and 3m people"), a number written in full ("400,000") or a
length in metres never does; the
weekday and month words of the figures stage are the temporal lexicon's (invented text)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, Sentence, TimeExpression
from storyline.story.claims import _act, _stretch, claimed_figures, claims_of


def _fig(text: str, number: str, value: float, what: str = "flow", unit: str = "bbl/d", **kw: object) -> Figure:
    at = text.index(number)
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what, about="oil", **kw)  # type: ignore[arg-type]  # fmt: skip


def _doc(text: str, figures: list[Figure], times: Sequence[TimeExpression] = ()) -> AnnotatedArticle:
    article = Article(id="a", file="a.txt", text=text, published=PublishedDate(value="2031-06-20", precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    return AnnotatedArticle(article=article, sentences=sentences, figures=figures, times=list(times))


# ---- 1: one list for the figures table and the claims


def test_the_table_shows_the_hedged_upper_end_the_claims_show() -> None:
    text = "The well is leaking 35,000 barrels a day, and possibly as much as 48,000 barrels, the harbour master said."
    low = _fig(text, "35,000", 35000, said_by="the harbour master")
    high = _fig(text, "as much as 48,000", 48000, what="volume", unit="bbl", qualifier="up_to")
    doc = _doc(text, [low, high])
    table = claimed_figures([doc], [])
    assert (table[0].value, table[0].value_max, table[0].qualifier) == (35000, 48000, "range")
    assert table[1].value_max is None  # the upper end keeps its own row
    claim = next(c for c in claims_of([doc], []) if c.figure.start == low.start)
    assert (claim.figure.value, claim.figure.value_max) == (table[0].value, table[0].value_max)


def test_the_table_dates_a_chronology_entry_as_the_claims_do() -> None:
    text = "May 30 - The coastguard says 12,000 barrels a day are escaping from the broken riser."
    day = TimeExpression(article="a", sentence=0, start=0, end=6, text="May 30", type="DATE", value="2031-05-30")
    doc = _doc(text, [_fig(text, "12,000", 12000, said_by="The coastguard")], [day])
    assert claimed_figures([doc], [])[0].as_of == "2031-05-30"
    assert [c.figure.as_of for c in claims_of([doc], [])] == ["2031-05-30"]


# ---- 2: a stretch of time read with the number lexicon


def _stretch_of(text: str, number: str) -> bool:
    f = _fig(text, number, float(number.replace(",", "")), what="volume", unit="bbl")
    return _stretch(text, f, (0, len(text)), _act(text, f, 0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Skimmers recovered 4,300 barrels over the past eighteen hours, the task force said.",
        "The tanker collected 9,100 barrels in the first three days of the operation.",
        "Barges skimmed 2,750 barrels in the first two weeks of the clean-up.",
        "The rig burned 1,800 barrels during a thirty-six-hour stretch of calm weather.",
        "Booms caught 640 barrels within forty-eight hours of the new breach.",
    ],
)
def test_a_volume_said_of_a_stretch_in_words_is_no_total(text: str) -> None:
    number = next(w.rstrip(",") for w in text.split() if w[0].isdigit())
    assert _stretch_of(text, number)


@pytest.mark.parametrize(
    "text",
    [
        # a running total counted from the event, and spans of days or weeks that may be the whole
        "Crews have collected 310,000 barrels in the first 60 days since the blowout, officials said.",
        "The well has leaked some 620,000 barrels over the past seven weeks, by the agency's count.",
        "The well has released 1,900,000 barrels over ninety days of leaking.",
        "Ships have collected 250,000 barrels so far, the firm said.",
    ],
)
def test_a_running_total_is_no_stretch(text: str) -> None:
    number = next(w.rstrip(",") for w in text.split() if w[0].isdigit())
    assert not _stretch_of(text, number)


# ---- 3: one scale lookup for a number that shares another's scale


def _figs(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(f.value, f.value_max, f.unit) for f in extract_figures(text, split(text), "a", [], [])]


def test_a_bare_number_shares_an_abbreviated_scale() -> None:
    assert _figs("The agency said between 2 and 3m people had left the delta.") == [(2e6, 3e6, "people")]
    got = sorted(_figs("The agency said 2 and 3m people had left the two deltas."))
    assert got == [(2e6, None, "people"), (3e6, None, "people")]
    assert sorted(_figs("The two funds raised 4 and 6bn euros.")) == [(4e9, None, "eur"), (6e9, None, "eur")]


def test_a_length_in_metres_shares_no_scale() -> None:
    assert _figs("The new walls stand between 2 and 3 metres high.") == [(2.0, 3.0, "m")]
    assert sorted(_figs("The two walls are 2 and 3 m thick.")) == [(2.0, None, "m"), (3.0, None, "m")]


def test_a_range_ending_in_thousands_abbreviated_scales_its_start() -> None:
    assert _figs("Plots sold for $20 to $40k each.") == [(20000.0, 40000.0, "usd")]


def test_a_number_written_in_full_shares_no_scale() -> None:
    # 400,000 is a whole count, not 400,000 millions
    got = sorted(_figs("The agency said 400,000 and 2 million people had left the two deltas."))
    assert got == [(400000.0, None, "people"), (2e6, None, "people")]
    got = sorted(_figs("The agency said 1,500 and 2m people had left the two deltas."))
    assert got == [(1500.0, None, "people"), (2e6, None, "people")]
