"""Which events the brief's timeline shows: background is context, one line per date."""

from __future__ import annotations

from storyline.records import Citation, DateValue, Event
from storyline.story.assemble import timeline_entries


def event(i: int, value: str, sources: int, background: bool, text: str = "") -> Event:
    return Event(
        id=f"e{i}",
        type="other",
        date=DateValue(value=value, precision="year" if len(value) == 4 else "day"),
        date_basis="text",
        text=text or f"Event number {i} happened.",
        citations=[Citation(source=f"a{i}-{k}", sentence=0, text="x") for k in range(sources)],
        independent_sources=sources,
        background=background,
    )


def test_background_is_one_entry_per_date_and_keeps_the_best_sourced() -> None:
    evs = [event(i, "1918", 1, True) for i in range(5)] + [
        event(9, "1918", 3, True, "The 1918 pandemic killed millions.")
    ]
    evs += [event(20 + i, f"2009-05-{i + 1:02d}", 1, False) for i in range(3)]
    tl = timeline_entries(evs)
    old = [t for t in tl if t.background]
    assert len(old) == 1 and old[0].event == "e9" and old[0].independent_sources == 3
    assert sum(1 for t in tl if not t.background) == 3  # the story's own events all stay


def test_background_takes_at_most_a_quarter_of_a_full_timeline() -> None:
    evs = [event(i, str(1900 + i), 2, True) for i in range(30)]  # 30 dates of context, better sourced
    evs += [event(100 + i, f"2009-{i // 28 + 4:02d}-{i % 28 + 1:02d}", 1, False) for i in range(60)]
    tl = timeline_entries(evs, limit=40)
    assert len(tl) == 40
    assert sum(1 for t in tl if t.background) == 10


def test_background_fills_the_room_the_story_leaves() -> None:
    evs = [event(i, str(1900 + i), 1, True) for i in range(30)] + [event(100, "2009-05-01", 1, False)]
    tl = timeline_entries(evs, limit=40)
    assert len(tl) == 31  # nothing is dropped when everything fits
    assert [t.date.value for t in tl] == sorted(t.date.value or "" for t in tl)  # in date order


def test_an_event_told_again_in_other_words_is_one_entry() -> None:
    told = [
        "The Harbour Queen ferry capsized on 3 May off Port Elin, drowning 40 passengers.",
        "Forty passengers drowned when the Harbour Queen ferry capsized off Port Elin on 3 May.",
        "The Harbour Queen ferry capsized off Port Elin in May.",
    ]
    other = [
        "Rescue divers from Norland reached the wreck site after dark.",
        "The port authority suspended all sailings.",
    ]
    evs = [event(i, "2031-05-03", 9 - i, False, t) for i, t in enumerate(told)]
    evs += [event(10 + i, "2031-05-03", 2, False, t) for i, t in enumerate(other)]
    evs.append(event(20, "2031-05", 1, False, "The Harbour Queen ferry capsized off Port Elin in May."))
    evs.append(event(21, "2031-05-09", 1, False, "The Harbour Queen ferry was raised off Port Elin."))
    shown = [t.text for t in timeline_entries(evs)]
    assert shown.count(told[0]) == 1 and told[1] not in shown  # the best-sourced wording stands for it
    assert "The Harbour Queen ferry capsized off Port Elin in May." not in shown  # a month contains the day
    assert set(other) <= set(shown)  # other news of the same day stays
    assert "The Harbour Queen ferry was raised off Port Elin." in shown  # another date is another event


def test_a_restatement_sharing_a_figure_is_one_entry_in_fewer_shared_words() -> None:
    from storyline.story.events import told_again

    assert told_again(0.24, {"11"}, {"11", "2"})  # "killed 11 workers" / "killing 11 people ..."
    assert not told_again(0.24, {"11"}, {"12"})  # other figures: other news
    assert not told_again(0.24, set(), set())
    assert not told_again(0.15, {"11"}, {"11"})  # a figure alone is not enough
    assert told_again(0.31, set(), set())


def _month(e: Event) -> Event:
    return e.model_copy(update={"date": DateValue(value=e.date.value[:7] if e.date.value else None, precision="month")})


def test_of_two_wordings_as_well_sourced_the_day_stands_for_both() -> None:
    # the shorter wording ranks first; its month would hide the day the longer one gives
    short = _month(event(1, "2031-05-03", 6, False, "The May capsizing of the Harbour Queen drowned 40 passengers."))
    dated = event(2, "2031-05-03", 6, False, "Forty passengers drowned when the Harbour Queen capsized on 3 May 2031.")
    tl = timeline_entries([short, dated])
    assert [(t.event, t.date.value) for t in tl] == [("e2", "2031-05-03")]


def test_a_better_sourced_wording_keeps_its_month() -> None:
    short = _month(event(1, "2031-05-03", 7, False, "The May capsizing of the Harbour Queen drowned 40 passengers."))
    dated = event(2, "2031-05-03", 6, False, "Forty passengers drowned when the Harbour Queen capsized on 3 May 2031.")
    tl = timeline_entries([short, dated])
    assert [(t.event, t.date.value) for t in tl] == [("e1", "2031-05")]
