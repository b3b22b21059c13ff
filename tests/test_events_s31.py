"""Session 31: a day after "in", "after" or "before" and a determiner, before a noun of an event, names the
happening the sentence's act is set against ("suits against the firms involved in the May 2 collapse", "missed
warnings before the May 2 collapse"): it dates the sentence only when nothing else does and never when it is
older than the article's days.  The happening's own toll ("were killed in the May 2 collapse") and what is done
within hours of it ("right before the collapse") keep its day (story/events.py ``_set_against``)."""

from __future__ import annotations

from storyline.records import AnnotatedArticle, Article, DateValue, PublishedDate, Sentence, TimeExpression
from storyline.story.events import Mention, _same_day, sentence_date
from storyline.story.text import Tfidf


def _date_of(text: str, published: str, times: list[tuple[str, str, str]]) -> str | None:
    """The date of ``text`` as sentence 5 (not a lead) of an article of ``published``; ``times``: (written,
    value, precision)."""
    art = Article(id="a1", file="a1.txt", text=text, published=PublishedDate(value=published, precision="day"))
    tx = [
        TimeExpression(
            article="a1",
            sentence=5,
            start=text.index(w),
            end=text.index(w) + len(w),
            text=w,
            value=v,
            precision=p,
        )
        for w, v, p in times
    ]
    doc = AnnotatedArticle(article=art, sentences=[Sentence(index=5, start=0, end=len(text), text=text)], times=tx)
    found = sentence_date(doc, doc.sentences[0])
    return found[0].value if found else None


MAY_2 = [("May 2", "2031-05-02", "day")]


def test_an_act_that_only_names_the_happening_in_which_it_is_involved_is_not_of_its_day() -> None:
    # the suits were filed in the article's weeks, not on the day of the collapse the firms were involved in
    text = "Dozens of suits have been filed against the three firms involved in the May 2 mine collapse."
    assert _date_of(text, "2031-07-20", MAY_2) is None
    # an attribute of the sentence's subject: the minister's role, judged now
    text = "His role in the May 2 mine collapse may yet cost the minister his seat."
    assert _date_of(text, "2031-07-20", MAY_2) is None


def test_the_happenings_own_toll_keeps_its_day() -> None:
    text = "Nineteen miners were killed in the May 2 mine collapse near the border."
    assert _date_of(text, "2031-07-20", MAY_2) == "2031-05-02"
    text = "The company lost two shafts in the May 2 mine collapse, its filing shows."
    assert _date_of(text, "2031-07-20", MAY_2) == "2031-05-02"
    # a fronted "In the ..." opens on the happening the sentence reports
    text = "In the May 2 mine collapse, nineteen miners were trapped underground."
    assert _date_of(text, "2031-07-20", MAY_2) == "2031-05-02"


def test_an_act_before_or_after_the_happening_is_not_of_its_day() -> None:
    text = "Inspectors had flagged cracks in the roof supports weeks before the May 2 mine collapse."
    assert _date_of(text, "2031-07-20", MAY_2) is None
    text = "After the May 2 mine collapse, the regulator ordered checks at every pit in the province."
    assert _date_of(text, "2031-07-20", MAY_2) is None
    # another time in the sentence dates it
    text = "The regulator warned on Tuesday of faults it had logged before the May 2 mine collapse."
    times = [*MAY_2, ("Tuesday", "2031-07-15", "day")]
    assert _date_of(text, "2031-07-20", times) == "2031-07-15"


def test_an_act_within_hours_of_the_happening_keeps_its_day() -> None:
    text = "Right before the May 2 mine collapse, the crew had reported a loud crack in the tunnel."
    assert _date_of(text, "2031-07-20", MAY_2) == "2031-05-02"


def test_a_happening_of_the_news_cycle_still_dates_the_sentence() -> None:
    # the day before the article: the news the article reports
    text = "Rescue teams searched the shafts after the Monday mine collapse."
    assert _date_of(text, "2031-05-03", [("Monday", "2031-05-02", "day")]) == "2031-05-02"


def test_a_year_after_in_the_is_left_to_the_years_own_test() -> None:
    # "in the 2028 campaign" is the time of the act, not a day's happening
    text = "The senator raised record sums in the 2028 campaign, records show."
    assert _date_of(text, "2031-07-20", [("2028", "2028", "year")]) == "2028"


def test_a_count_of_the_toll_that_has_risen_since_is_later_news() -> None:
    # the noun that counts the toll is no act of the day: the toll rose in the article's days
    text = "The death toll in the May 2 mine collapse has risen to 31, the ministry says."
    assert _date_of(text, "2031-07-20", MAY_2) is None
    # "lost their lives" is the toll itself
    text = "Nineteen miners lost their lives in the May 2 mine collapse near the border."
    assert _date_of(text, "2031-07-20", MAY_2) == "2031-05-02"


def _article(aid: str, published: str, text: str, when: str, value: str) -> AnnotatedArticle:
    """One article whose last of four sentences is ``text`` (not a lead), its time expression ``when``."""
    lead = [f"Lead sentence number {i} of the {aid} report on the harbour district's business." for i in range(3)]
    sentences, start = [], 0
    for i, t in enumerate([*lead, text]):
        sentences.append(Sentence(index=i, start=start, end=start + len(t), text=t))
        start += len(t) + 1
    body = " ".join([*lead, text])
    at = body.index(when)
    art = Article(id=aid, file=f"{aid}.txt", text=body, published=PublishedDate(value=published, precision="day"))
    times = [
        TimeExpression(article=aid, sentence=3, start=at, end=at + len(when), text=when, value=value, precision="day")
    ]
    return AnnotatedArticle(article=art, sentences=sentences, times=times)


BLAST = "The 3 May explosion at the Larkin chemical plant killed nine workers and injured dozens more."


def test_articles_that_name_a_happening_by_its_day_rank_its_event_but_are_not_its_sources() -> None:
    from storyline.story.events import build_events

    docs = [
        _article("r1", "2031-05-04", BLAST, "3 May", "2031-05-03"),
        _article(
            "n1",
            "2031-06-20",
            "Regulators fined two contractors involved in the 3 May explosion at the Larkin chemical plant, "
            "which killed nine workers and injured dozens more.",
            "3 May",
            "2031-05-03",
        ),
        _article(
            "n2",
            "2031-06-22",
            "Inspectors flagged leaking valves weeks before the 3 May explosion at the Larkin chemical plant "
            "that killed nine workers and injured dozens more.",
            "3 May",
            "2031-05-03",
        ),
        # names the explosion but tells nothing of it: no sign it is the news the entry tells
        _article(
            "n3",
            "2031-06-23",
            "Two contractors involved in the 3 May explosion have since lost their licences.",
            "3 May",
            "2031-05-03",
        ),
        # another happening of that day
        _article(
            "n4",
            "2031-06-25",
            "The union has been campaigning for safer plants since before the 3 May vote on the new rules.",
            "3 May",
            "2031-05-03",
        ),
    ]
    dated, _ = build_events(docs, {}, {}, "2031-05-04")
    (event,) = [e for e in dated if e.date.value == "2031-05-03"]
    assert event.text == BLAST
    # shown and cited as before: one article reports the explosion
    assert [c.source for c in event.citations] == ["r1"]
    assert event.independent_sources == 1
    # ranked by the two articles more that name it by its day and tell what the entry tells
    assert event.entry_sources == 3


def test_a_named_happening_supports_only_an_event_of_its_day_and_its_kind() -> None:
    from storyline.story.events import build_events

    named = "Regulators have fined the two contractors involved in the 3 May explosion at the Larkin plant."
    docs = [
        _article("r1", "2031-05-05", BLAST.replace("3 May", "4 May"), "4 May", "2031-05-04"),
        _article("n1", "2031-06-20", named, "3 May", "2031-05-03"),
    ]
    dated, _ = build_events(docs, {}, {}, "2031-05-04")
    assert [(e.date.value, e.entry_sources) for e in dated if e.text.startswith("The 4 May")] == [("2031-05-04", None)]


def _ship(article: str, text: str) -> Mention:
    return Mention(
        article, article, 0, text, "disaster", DateValue(value="2031-05-05", precision="day"), "text",
        {"aurora"}, [], [], "2031-05-09", date_text="Monday",
    )  # fmt: skip


def test_an_entry_that_states_the_act_keeps_the_rank_of_the_event_it_joins() -> None:
    # three outlets tell the sinking in a time clause, one in its main clause: the main-clause wording is the
    # entry, and the event still ranks by the three that told it (one act, not a lesser event)
    burned = "The Aurora ferry burned for a day and a half before it sank on Monday."
    ms = [_ship(a, burned) for a in ("c", "d", "e")]
    ms.append(_ship("b", "The Aurora ferry sank on Monday, two days after a fire broke out in its engine room."))
    tfidf = Tfidf(
        [m.claim for m in ms] + [f"Other news number {i} about markets and sport in town {i}." for i in range(30)]
    )
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
    [joined] = _same_day([ms[:3], ms[3:]])
    assert joined.entry is ms[3]
    assert joined.own_sources == 3
