"""Session 24: one act of one day told in a main clause by one outlet and in a time clause by another
becomes one timeline entry (events._same_day via _one_act), and a copied chronology line keeps the
reading of the pages that read it as past (events._copied)."""

from __future__ import annotations

from storyline.records import DateValue, Figure
from storyline.story.events import Mention, _copied, _same_day
from storyline.story.text import Tfidf, figures_in

BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]

MAIN = "The fire killed 9 sailors, and the ferry sank two days later."
NAMED = "The Aurora ferry sank on Monday, two days after a fire that killed 9 sailors."
TIME_CLAUSE = "The Aurora ferry burned for 36 hours before it sank on Monday."
OTHER_ACT = "The Aurora ferry was towed into Port Elm on Monday."
OTHER_SHIP = "The Borealis tanker burned for 36 hours before it sank on Monday."


def killed(article: str, n: int) -> Figure:
    return Figure(
        article=article, sentence=0, start=0, end=1, text=str(n), value=float(n), unit="people", what="killed"
    )


def mention(article: str, text: str, date_text: str, entities: tuple[str, ...] = (), nine: bool = False) -> Mention:
    figures = [killed(article, 9)] if nine else []
    return Mention(
        article, article, 0, text, "disaster", DateValue(value="2031-05-05", precision="day"), "text",
        set(entities), [], figures, "2031-05-09", date_text=date_text,
    )  # fmt: skip


def prepared(ms: list[Mention]) -> list[Mention]:
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return ms


def sinking(extra: Mention) -> list[Mention]:
    return prepared(
        [
            mention("a", MAIN, "two days later", nine=True),
            mention("b", NAMED, "Monday", ("aurora",), nine=True),
            extra,
        ]
    )


def test_an_act_told_in_a_time_clause_joins_the_entry_that_tells_it() -> None:
    ms = sinking(mention("c", TIME_CLAUSE, "Monday", ("aurora",)))
    [joined] = _same_day([ms[:2], ms[2:]])
    assert joined.entry is ms[0]  # the entry states the act in its main clause
    assert {m.root for m in joined.mentions} == {"a", "b", "c"}  # every outlet is cited
    assert joined.own_sources == 2


def test_the_entry_is_the_one_that_states_the_act_in_its_main_clause() -> None:
    # the time-clause wording is better sourced, but the sinking is background to it
    ms = prepared(
        [
            mention("c", TIME_CLAUSE, "Monday", ("aurora",)),
            mention("d", TIME_CLAUSE, "Monday", ("aurora",)),
            mention("e", TIME_CLAUSE, "Monday", ("aurora",)),
            mention("b", NAMED, "Monday", ("aurora",), nine=True),
        ]
    )
    [joined] = _same_day([ms[:3], ms[3:]])
    assert joined.entry is ms[3]


def test_another_act_or_another_ship_of_the_day_stays_apart() -> None:
    ms = sinking(mention("c", OTHER_ACT, "Monday", ("aurora",)))
    assert len(_same_day([ms[:2], ms[2:]])) == 2
    ms = sinking(mention("c", OTHER_SHIP, "Monday", ("borealis",)))
    assert len(_same_day([ms[:2], ms[2:]])) == 2


def test_another_figure_for_the_same_count_stays_apart() -> None:
    other = "The Aurora ferry sank on Monday after a fire that killed 12 sailors."
    ms = sinking(mention("c", other, "Monday", ("aurora",)))
    ms[2].figures = [killed("c", 12)]
    assert len(_same_day([ms[:2], ms[2:]])) == 2


def chronology(article: str, value: str, published: str, at: int = 9) -> Mention:
    return Mention(
        article, article, at, "May 2 - The minister visits the flooded valley.", "other",
        DateValue(value=value, precision="day"), "text", set(), [], [], published, date_text="May 2",
    )  # fmt: skip


def test_a_copied_line_read_forward_on_its_first_page_takes_the_past_reading() -> None:
    first = chronology("a", "2032-05-02", "2031-05-11")  # read as next year's 2 May
    second = chronology("b", "2031-05-02", "2031-06-01")
    third = chronology("c", "2031-05-02", "2031-06-16")
    _copied([first, second, third])
    assert {m.date.value for m in (first, second, third) if m.date} == {"2031-05-02"}


def test_copies_that_all_read_forward_keep_the_first_reading() -> None:
    plan = "On Friday the minister will visit the valley."
    a = chronology("a", "2031-05-16", "2031-05-11")
    b = chronology("b", "2031-06-06", "2031-06-01")
    for m in (a, b):
        m.text, m.date_text = plan, "Friday"
    _copied([b, a])
    assert b.date is not None and b.date.value == "2031-05-16"
