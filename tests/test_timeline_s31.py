"""Session 31: the timeline keeps one entry for a happening its sources tell in other words on one day
(``assemble._same_happening``), and keeps two acts of that day, or two counts, apart."""

from __future__ import annotations

from storyline.records import Citation, DateValue, Event
from storyline.story.assemble import _same_happening, timeline_entries
from storyline.story.events import counted_figures, happenings_near


def ev(i: int, text: str, date_text: str, sources: int = 1, day: str = "2021-03-09", place: str | None = None) -> Event:
    return Event(
        id=f"e{i}",
        type="other",
        date=DateValue(value=day, precision="day"),
        date_basis="text",
        date_text=date_text,
        place=place,
        text=text,
        citations=[Citation(source=f"a{i}-{k}", sentence=0, text="x") for k in range(sources)],
        independent_sources=sources,
    )


def test_a_happening_named_by_its_date_is_read_next_to_the_date() -> None:
    assert happenings_near("The March 9 blast killed seven miners at the pit.", "March 9") == {"explod", "kill"}
    assert happenings_near("On March 9, the mine shaft exploded.", "March 9") == {"explod"}
    assert happenings_near("The union met managers on March 9 to discuss pay.", "March 9") != happenings_near(
        "The March 9 blast killed seven miners.", "March 9"
    )


def test_a_span_of_time_is_no_count_of_the_happening() -> None:
    assert counted_figures("Three weeks later, on March 9, the mine shaft exploded.") == frozenset()
    assert counted_figures("Seven miners died after 12 hours underground.") == {"7"}


def test_one_blast_told_three_ways_on_one_day_is_one_entry_and_the_next_event_fills_the_slot() -> None:
    first = ev(1, "The March 9 blast killed seven miners, and the pit was flooded.", "March 9", sources=3)
    again = ev(2, "Seven miners were killed in the March 9 pit explosion that flooded the shaft.", "March 9", sources=2)
    third = ev(3, "Three weeks later, on March 9, the pit exploded, flooding the lower shaft.", "March 9", sources=2)
    other = ev(4, "Rescuers reached the lower gallery on Friday.", "Friday", day="2021-03-12")
    assert _same_happening(again, first) and _same_happening(third, first)
    tl = timeline_entries([first, again, third, other], limit=2)
    assert [t.event for t in tl] == ["e1", "e4"]


def test_two_acts_of_one_day_stay_apart() -> None:
    blast = ev(1, "The March 9 blast killed seven miners at the pit.", "March 9", sources=3)
    strike = ev(2, "Union members at the colliery voted to walk out on March 9.", "March 9")
    assert not _same_happening(strike, blast)
    # other days' news, so that the words the two share weigh as they do in a story's pile
    days = [
        ev(10 + i, f"Inspectors visited pit number {i} on the {i}th.", "x", day=f"2021-04-{i:02d}") for i in range(1, 9)
    ]
    assert {"e1", "e2"} <= {t.event for t in timeline_entries([blast, strike, *days])}


def test_a_figure_that_counts_something_else_keeps_an_entry_apart() -> None:
    blast = ev(1, "The March 9 blast at the pit killed seven miners.", "March 9", sources=3)
    other = ev(2, "A second blast at the pit on March 9 injured 14 rescuers.", "March 9")
    assert not _same_happening(other, blast)


def test_blasts_in_two_places_on_one_day_stay_apart() -> None:
    north = ev(1, "A car bomb exploded on Tuesday near the market, killing 9.", "Tuesday", place="p1")
    south = ev(2, "A roadside bomb exploded on Tuesday near the market, killing 9.", "Tuesday", place="p2")
    assert not _same_happening(south, north)
