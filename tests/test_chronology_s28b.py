"""Figures in chronologies (session 28, round 2): a day heading an entry dates the words after it, not the entry
run together before it; the later sentences of an entry's line are of the entry's day in the brief (invented
text)."""

from __future__ import annotations

from helpers import day_heads, figure_as_of, split
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, TimeExpression
from storyline.story.claims import claimed_figures

PUB = PublishedDate(value="2021-08-30", precision="day")


_days = day_heads


def _as_of(text: str, written: str, times: list[TimeExpression]) -> str | None:
    return figure_as_of(text, written, PUB, times)


# ----------------------------------------------------------------- a head dates the words after it


_RUN_TOGETHER = (
    "3 March: Floodwaters breach the levee, forcing 2,000 people from their homes "
    "9 March: Engineers close the breach 15 March: The ministry opens an inquiry"
)


def test_an_entry_run_together_with_the_next_is_dated_by_its_own_head() -> None:
    times = _days(_RUN_TOGETHER, ("3 March", "2021-03-03"), ("9 March", "2021-03-09"), ("15 March", "2021-03-15"))
    assert _as_of(_RUN_TOGETHER, "2,000", times) == "2021-03-03"  # not the 9 March of the entry after it


def test_a_head_with_a_span_of_days_dates_no_figure_before_it() -> None:
    text = (
        "June 10 - A storm warning is issued for the coast.\n"
        "The ferry capsizes in heavy seas, killing 14 people June 12-13 - Divers search the hull"
    )
    times = _days(text, ("June 10", "2021-06-10"), ("June 12", "2021-06-12"))
    assert _as_of(text, "14", times) is None


def test_a_present_figure_of_an_entry_a_head_follows_is_not_of_the_report() -> None:
    text = (
        "March 2 - The storm reaches the coast.\n"
        "The reservoir is holding 8 million cubic metres March 9 - Engineers open the spillway"
    )
    times = _days(text, ("March 2", "2021-03-02"), ("March 9", "2021-03-09"))
    assert _as_of(text, "8 million cubic metres", times) is None  # neither 9 March nor the publication day


def test_a_day_the_prose_governs_is_no_head() -> None:
    text = (
        "March 2 - The storm reaches the coast.\n"
        "March 5 - Roads close across the county.\n"
        "Shares in the insurer fell 4% on 9 March: Traders feared a wave of claims."
    )
    times = _days(text, ("March 2", "2021-03-02"), ("March 5", "2021-03-05"), ("9 March", "2021-03-09"))
    assert _as_of(text, "4%", times) == "2021-03-09"


_TWO_HEADS = "March 2 - The storm reaches the coast.\nMarch 5 - Roads close across the county.\n"


def test_a_parenthetical_dash_after_a_day_is_no_head() -> None:
    text = _TWO_HEADS + "Shares in the insurer lost 12% March 9 -- wiping out a year of gains."
    times = _days(text, ("March 2", "2021-03-02"), ("March 5", "2021-03-05"), ("March 9", "2021-03-09"))
    assert _as_of(text, "12%", times) == "2021-03-09"


def test_a_span_of_days_across_months_is_no_head() -> None:
    text = (
        _TWO_HEADS + "Some 40,000 people attended the county fair June 3 - June 6 Organisers hope for more next year."
    )
    times = _days(text, ("March 2", "2021-03-02"), ("March 5", "2021-03-05"), ("June 3", "2021-06-03"))
    assert _as_of(text, "Some 40,000", times) == "2021-06-03"


def test_a_lone_dated_dash_is_no_chronology() -> None:
    text = "Rescuers pulled 30 people from the rubble March 9 - The toll is expected to rise."
    times = _days(text, ("March 9", "2021-03-09"))
    assert _as_of(text, "30", times) == "2021-03-09"


# ----------------------------------------------------------------- the later sentences of an entry's line


def _fig(text: str, written: str, sentence: int, as_of: str | None) -> Figure:
    at = text.index(written)
    return Figure(article="a", sentence=sentence, start=at, end=at + len(written), text=written, value=1.0,
                  unit="m3/d", what="flow", about="water", as_of=as_of)  # fmt: skip


def _table_as_of(text: str, written: str, as_of: str | None, *heads: tuple[str, str]) -> str | None:
    sentences = split(text)
    at = text.index(written)
    index = next(s.index for s in sentences if s.start <= at < s.end)
    article = Article(id="a", file="a.txt", text=text, published=PUB)
    doc = AnnotatedArticle(
        article=article, sentences=sentences, figures=[_fig(text, written, index, as_of)], times=_days(text, *heads)
    )
    return claimed_figures([doc], [])[0].as_of


_LINES = (
    "March 2 - The reservoir overflows after a week of rain.\n"
    "March 9 - Engineers open the spillway. The pumps are removing 40,000 cubic metres a day. "
    "By March 12 they had removed 90,000 cubic metres.\n"
    "March 15 - The ministry says repairs are under way.\n"
    "The pumps removed 70,000 cubic metres in all."
)
_HEADS = (("March 2", "2021-03-02"), ("March 9", "2021-03-09"), ("March 15", "2021-03-15"))


def test_a_later_sentence_on_an_entry_line_is_of_the_entry_day() -> None:
    assert _table_as_of(_LINES, "40,000 cubic metres a day", None, *_HEADS) == "2021-03-09"


def test_a_later_sentence_with_its_own_day_keeps_it() -> None:
    assert _table_as_of(_LINES, "90,000 cubic metres", "2021-03-12", *_HEADS) == "2021-03-12"


def test_a_sentence_on_a_line_after_the_entry_gets_no_entry_day() -> None:
    assert _table_as_of(_LINES, "70,000 cubic metres", None, *_HEADS) is None


def test_prose_run_together_after_a_list_without_stops_gets_no_entry_day() -> None:
    text = (
        "Floodwaters breach the levee 3 March: Engineers close the breach 9 March: The ministry opens an inquiry. "
        "The pumps are removing 40,000 cubic metres a day."
    )
    assert (
        _table_as_of(text, "40,000 cubic metres a day", None, ("3 March", "2021-03-03"), ("9 March", "2021-03-09"))
        is None
    )


def test_a_sentence_after_a_run_together_head_is_not_dated_by_the_head_before_it() -> None:
    text = (
        "March 2 - The reservoir overflows after a week of rain.\n"
        "March 9 - Engineers open the spillway and the water drops 12 March: Crews reinforce the dam. "
        "The pumps are removing 40,000 cubic metres a day."
    )
    heads = (("March 2", "2021-03-02"), ("March 9", "2021-03-09"), ("12 March", "2021-03-12"))
    assert _table_as_of(text, "40,000 cubic metres a day", None, *heads) is None  # not the 9 March entry's
