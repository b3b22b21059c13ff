"""Session 27: the years of a chronology over a new year are read once per text and kept on its context; a
second text tagged by the same tagger reads its own.  All text is invented."""

from __future__ import annotations

import pytest

import storyline.annotate.timex as timex
from helpers import tagged
from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

WINTER_2012 = PublishedDate(value="2012-02-20", precision="day")

PIPELINE_LIST = (
    "How the pipeline dispute unfolded:\n"
    "January 20: The operator announces the pipeline.\n"
    "April 4: Farmers block the first survey crews.\n"
    "July 19: A court halts work on the northern section.\n"
    "The judge had heard the case on July 2.\n"
    "October 8: The operator files a new route.\n"
    "December 1: Regulators approve the new route.\n"
    "January 12: Work resumes under police guard.\n"
    "February 14: Protesters occupy a pumping station.\n"
)

ONE_YEAR_LIST = (
    "January 9: The operator files a new route.\n"
    "January 23: Regulators open a consultation.\n"
    "February 1: Work resumes under police guard.\n"
    "February 14: Protesters occupy a pumping station.\n"
)


def test_chronology_over_a_new_year_takes_the_years_of_its_chain(tagger: TimeTagger) -> None:
    found = tagged(tagger, PIPELINE_LIST, WINTER_2012)
    assert found["January 20"].value == "2011-01-20"  # alone it would be the January 20 before publication
    assert found["April 4"].value == "2011-04-04"
    assert found["October 8"].value == "2011-10-08"
    assert found["December 1"].value == "2011-12-01"
    assert found["January 12"].value == "2012-01-12"
    assert found["February 14"].value == "2012-02-14"
    assert found["July 2"].value == "2011-07-02"  # inside an entry: the year of its head


def test_the_chain_is_read_once_per_text(tagger: TimeTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    asks: list[int] = []
    read, chain = timex._read_chronology_chain, timex._chronology_chain

    def counted_read(ctx: timex._Ctx) -> dict[int, int]:
        reads.append(len(ctx.text))
        return read(ctx)

    def counted_chain(ctx: timex._Ctx) -> dict[int, int]:
        asks.append(len(ctx.text))
        return chain(ctx)

    monkeypatch.setattr(timex, "_read_chronology_chain", counted_read)
    monkeypatch.setattr(timex, "_chronology_chain", counted_chain)
    found = tagged(tagger, PIPELINE_LIST, WINTER_2012)
    assert found["January 12"].value == "2012-01-12"
    assert len(asks) > 1  # asked for by every head and the date inside an entry
    assert reads == [len(PIPELINE_LIST)]  # read once


def test_a_second_text_reads_its_own_chronology(tagger: TimeTagger) -> None:
    tagged(tagger, PIPELINE_LIST, WINTER_2012)
    found = tagged(tagger, ONE_YEAR_LIST, WINTER_2012)
    assert (found["January 9"].value, found["February 14"].value) == ("2012-01-09", "2012-02-14")
    again = tagged(tagger, PIPELINE_LIST, WINTER_2012)
    assert again["October 8"].value == "2011-10-08"
