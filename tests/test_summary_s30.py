"""Session 30: an event's salience counts in full only for a sentence whose main clause reports it
(summary.side_spans, summary.told_in_main), and a heading glued before a sentence is cut off
(summary._after_heading through summary.run_together_at)."""

from __future__ import annotations

from helpers import split
from storyline.clean.glued import CaseCounts
from storyline.records import AnnotatedArticle, Article, Citation, DateValue, Event
from storyline.story.summary import developments, run_together_at, side_spans, summarise, told_in_main

ASIDE = (
    "Avel Oil said the spill, caused by an explosion that sank the tanker Sea Star and killed 14 crew members, "
    "had cost it $2 billion so far."
)
REPORT = "An explosion sank the tanker Sea Star off Port Elan on 3 May and killed 14 crew members."
ENTRY = "The tanker explosion sank the Sea Star and killed 14 crew members."


def _inside(text: str, spans: list[tuple[int, int]], word: str) -> bool:
    at = text.index(word)
    return any(a <= at < b for a, b in spans)


def test_a_participle_phrase_after_the_main_verb_is_a_side_part() -> None:
    spans = side_spans(ASIDE)
    assert _inside(ASIDE, spans, "explosion") and _inside(ASIDE, spans, "killed")
    assert not _inside(ASIDE, spans, "cost")
    assert developments(ASIDE, spans) == {"spill"}  # neither the explosion nor the deaths


def test_a_verb_after_a_clause_mark_with_none_before_is_the_main_verb() -> None:
    for text in (
        "Jo Roe, the panel's other chairman, emphasised that the ferry company was not alone to blame.",
        "The chairman of the panel, which met in Port Elan on Monday, expressed doubts about the report.",
        "The ferry Sea Star - operated by Avel Lines - exploded on 3 May and sank two days later.",
    ):
        verb = next(w for w in ("emphasised", "expressed", "exploded") if w in text)
        assert not _inside(text, side_spans(text), verb), text


def test_a_present_participle_belongs_to_the_clause_it_follows() -> None:
    after_aside = "Avel Oil is drilling a relief well -- which began after the rig exploded on 3 May, killing 14 crew members -- but it may take months."
    assert _inside(after_aside, side_spans(after_aside), "killing")
    outcome = "The rig exploded off Port Elan on 3 May, killing 14 crew members."
    assert not _inside(outcome, side_spans(outcome), "killing")  # the news's outcome
    assert developments(outcome, side_spans(outcome)) == {"explosion", "death"}


def test_a_that_clause_before_its_verb_is_a_side_part_unless_it_follows_a_verb_of_saying() -> None:
    text = "Oil began leaking into the bay after the tanker explosion that killed 14 crew members."
    assert _inside(text, side_spans(text), "killed")
    resumed = "The blast that sank the tanker was caused by a gas leak, inspectors found."
    spans = side_spans(resumed)
    assert _inside(resumed, spans, "sank") and not _inside(resumed, spans, "caused")
    said = "Inspectors said that was the third blast on the coast this year."
    assert not _inside(said, side_spans(said), "was")


def test_an_event_is_told_in_the_main_clause_or_beside_it() -> None:
    assert told_in_main(ENTRY, REPORT)
    assert told_in_main(ENTRY, ENTRY)  # an entry always reports itself
    assert not told_in_main(ENTRY, ASIDE)
    assert not told_in_main(
        ENTRY, "Oil began leaking into the bay after the tanker explosion that killed 14 crew members."
    )
    # a noun's complement is no side part: "his address to the assembly" is what the sentence reports
    assert told_in_main(
        "The premier addressed the assembly on Tuesday night.",
        "The premier used the opportunity of his address to the assembly on Tuesday night to ask for calm.",
    )


def _doc(name: str, text: str) -> AnnotatedArticle:
    return AnnotatedArticle(article=Article(id=name, file=f"{name}.txt", text=text), sentences=split(text))


def test_the_sentence_that_reports_the_event_is_chosen_over_one_that_tells_it_in_passing() -> None:
    docs = [
        _doc("a", f"{ASIDE} Shares in the company fell by a tenth in London trading."),
        _doc("b", f"{REPORT} Rescue boats searched the waters off the cape for two days."),
        _doc("c", "Avel Oil said the spill had cost it $2 billion so far and that the tanker was insured."),
        _doc("d", "Fishing was banned along 200 miles of the coast near Port Elan after the spill."),
    ]
    cites = [Citation(source=d.article.id, sentence=0, text=d.sentences[0].text) for d in docs[:2]]
    event = Event(
        id="e1", type="other", date=DateValue(value="2011-05-03", precision="day"), text=ENTRY, citations=cites,
        independent_sources=5,
    )  # fmt: skip
    texts = [str(s["text"]) for s in summarise(docs, [event], max_sentences=1)]
    assert texts == [REPORT]


def test_a_heading_glued_before_a_sentence_is_cut_off() -> None:
    text = "Case study: Flooding in Avelia and Roe On 3 May the river burst its banks in the capital."
    counts = CaseCounts.of([text])
    at = run_together_at(text, counts)
    assert at is not None and text[at:] == "On 3 May the river burst its banks in the capital."
    # a capitalised opener inside a title goes on in capitals; a clause with its verb has no heading
    assert run_together_at("Roe starred in Gone With The Wind at the Avel theatre last year.", counts) is None


def test_a_time_of_day_is_no_count_that_tells_developments_apart() -> None:
    from storyline.story.summary import clock_times

    assert clock_times("The quake struck at 1653 (2153 GMT) on Tuesday.") == {"1653", "2153"}
    assert clock_times("The flow was shut off at 1425 local time on Thursday.") == {"1425"}
    assert clock_times("Officials put the toll at 2000 people.") == set()
    assert clock_times("In 2010 the rig sank.") == set()


def test_a_sentence_dated_to_another_day_is_not_cited_for_a_dated_claim() -> None:
    from storyline.records import TimeExpression
    from storyline.story.summary import days_written, other_days

    text = "Oil has gushed into the bay since 5 May, when the tanker Sea Star exploded and sank."
    doc = _doc("e", text)
    at = text.index("5 May")
    day = TimeExpression(
        article="e", sentence=0, start=at, end=at + 5, text="5 May", value="2011-05-05", precision="day"
    )
    rel = TimeExpression(article="e", sentence=0, start=0, end=3, text="Oil", value="2011-05-03", precision="day")
    dated = AnnotatedArticle(article=doc.article, sentences=doc.sentences, times=[day, rel])
    # only a day written with its number counts ("Thursday" is read from each article's own date)
    assert days_written(dated, 0, text) == frozenset({"2011-05-05"})
    assert other_days(frozenset({"2011-05-03"}), days_written(dated, 0, text))
    assert not other_days(frozenset({"2011-05-05"}), days_written(dated, 0, text))
    assert not other_days(frozenset({"2011-05-03"}), frozenset())  # a sentence with no day may still support


def test_a_sentence_dated_only_to_the_month_is_not_cited_for_a_claim_of_the_day() -> None:
    from storyline.records import TimeExpression
    from storyline.story.summary import month_only, months_written

    text = "Oil has gushed into the bay since the tanker Sea Star exploded and sank in May."
    doc = _doc("m", text)
    at = text.index("May")
    month = TimeExpression(
        article="m", sentence=0, start=at, end=at + 3, text="May", value="2011-05", precision="month"
    )
    dated = AnnotatedArticle(article=doc.article, sentences=doc.sentences, times=[month])
    assert months_written(dated, 0, text) == frozenset({"2011-05"})
    # "On 5 May the tanker exploded": the month alone does not show the day a reader checks
    assert month_only(frozenset({"2011-05-05"}), frozenset(), months_written(dated, 0, text))
    # a claim of the month, a sentence that writes the day too, or one of another month: not this test's
    assert not month_only(frozenset(), frozenset(), frozenset({"2011-05"}))
    assert not month_only(frozenset({"2011-05-05"}), frozenset({"2011-05-05"}), frozenset({"2011-05"}))
    assert not month_only(frozenset({"2011-05-05"}), frozenset(), frozenset({"2011-06"}))
    assert not month_only(frozenset({"2011-05-05"}), frozenset(), frozenset())  # no date written: left to the rest
