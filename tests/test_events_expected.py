"""An entry every source reported before its date is a plan or forecast ("expected"), not an event."""

from __future__ import annotations

from storyline.records import DateValue
from storyline.story.events import Mention, _event


def mention(article: str, value: str, precision: str, published: str | None) -> Mention:
    return Mention(
        article, article, 0, "The troops leave in 2011.", "other",
        DateValue(value=value, precision=precision), "text", set(), [], [], published,
    )  # fmt: skip


def test_reported_only_before_its_date_is_expected() -> None:
    assert _event([mention("a", "2011", "year", "2009-05-01")], {}, {}, "2009-04-01").expected


def test_one_source_after_the_date_makes_it_an_event() -> None:
    ev = _event([mention("a", "2011", "year", "2009-05-01"), mention("b", "2011", "year", "2012-01-10")], {}, {}, None)
    assert not ev.expected


def test_same_period_or_unknown_publication_is_not_expected() -> None:
    assert not _event([mention("a", "2009", "year", "2009-05-01")], {}, {}, None).expected  # "this year"
    assert not _event([mention("a", "2011", "year", None)], {}, {}, None).expected  # undated: cannot tell
