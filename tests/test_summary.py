"""The extractive summary on invented articles: near-paraphrases are not repeated, every sentence is cited."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article
from storyline.story.summary import near_paraphrase, summarise
from storyline.story.text import Tfidf

LONG = (
    "Today, people in the capital were being ordered not to kiss or shake hands, concerts went ahead "
    "without audiences, shops and museums closed, and staff scrubbed locked schools with disinfectant."
)
SHORT = "People in the capital were ordered not to kiss or shake hands yesterday."


def _doc(name: str, text: str) -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text)
    return AnnotatedArticle(article=art, sentences=split(text))


def _docs() -> list[AnnotatedArticle]:
    return [
        _doc("a", f"{LONG} The health ministry said 40 new cases of the virus were confirmed in the capital."),
        _doc("b", f"{SHORT} Doctors at the main hospital said they had treated hundreds of patients this week."),
        _doc("c", "Airlines cancelled flights to the capital as the virus spread to three more provinces."),
        _doc("d", "The health ministry said schools in the capital will stay closed until the end of the month."),
    ]


def test_near_paraphrase_of_different_length_is_caught() -> None:
    idf = Tfidf([LONG, SHORT]).idf
    assert near_paraphrase(LONG, SHORT, idf)
    assert near_paraphrase(SHORT, LONG, idf)


def test_sentences_sharing_only_the_story_vocabulary_are_not_paraphrases() -> None:
    a = "The health ministry said 40 new cases of the virus were confirmed in the capital."
    b = "The health ministry said schools in the capital will stay closed until the end of the month."
    assert not near_paraphrase(a, b, Tfidf([a, b]).idf)


def test_stock_phrases_do_not_count_as_shared_wording() -> None:
    a = "The World Health Organisation raised its pandemic alert level on Wednesday night."
    b = "The World Health Organisation says it has confirmed 236 cases of the new virus."
    idf = Tfidf([a, b]).idf
    common = frozenset({("world", "health"), ("health", "organisation")})
    assert not near_paraphrase(a, b, idf, common)


def test_summary_does_not_repeat_a_near_paraphrase_and_cites_it() -> None:
    out = summarise(_docs(), [], max_sentences=6, max_words=300)
    texts = [str(s["text"]) for s in out]
    assert not (LONG in texts and SHORT in texts)  # one of the two, not both
    kept = LONG if LONG in texts else SHORT
    cites = next(s["citations"] for s in out if s["text"] == kept)
    assert isinstance(cites, list)
    cited = {(c["source"], c["sentence"]) for c in cites}
    if kept == SHORT:
        assert {("a", 0), ("b", 0)} <= cited  # the longer paraphrase tells all of the short one
    else:
        assert ("b", 0) not in cited  # the short one tells part of the long one: no citation for it
    assert all(s["citations"] for s in out)  # every summary sentence is cited
    assert len(texts) >= 4  # distinct sentences are still chosen


def test_citation_must_write_the_claims_figures_and_not_ask() -> None:
    from storyline.story.summary import figures_in, supports

    assert figures_in("At 11pm on 27 April 2009 the count rose to 1,200 from 950.") == {"1200", "950"}
    assert figures_in("Officials fear the toll may 20 times exceed the 12 reported on May 3.") == {"20", "12"}
    assert supports("The agency has confirmed 236 cases, up from 148.", "The 236 cases confirmed, from 148, worry it.")
    assert not supports("The agency has confirmed 236 cases, up from 148.", "The agency confirmed 787 infections.")
    # half the claim is no support for it: each figure the claim writes must be written by the citation
    assert not supports("The agency has confirmed 236 cases, up from 148.", "The agency confirmed 236 cases on Friday.")
    assert not supports("The agency has confirmed 236 cases, up from 148.", "The agency says cases are rising.")
    assert supports("The agency confirmed 236 cases.", "About 15 people among the 236 cases are in hospital.")
    assert not supports("The cap collects oil.", "How much oil does the cap collect?")


def test_a_widely_repeated_event_is_told_once_and_the_rest_of_the_story_gets_room() -> None:
    from storyline.records import Citation, DateValue, Event

    bg = "The flood is the worst since the great flood of 1953 that swept the delta."
    bg2 = "Officials compare it with 1953, when a storm surge drowned farms and killed hundreds."
    docs = [
        _doc(f"s{k}", f"{news} {bg2 if k == 0 else bg}")
        for k, news in enumerate(
            [
                "Engineers closed the northern flood gates on Monday to protect the port.",
                "Rescue crews evacuated two flooded villages near the river mouth by boat.",
                "The government released flood funds for farmers who lost crops.",
                "Schools in the flooded districts will stay shut until the water drops.",
            ]
        )
    ]
    # the background line is one event reported by every source
    event = Event(
        id="e1",
        type="other",
        date=DateValue(value="1953", precision="year"),
        text=bg,
        citations=[Citation(source=d.article.id, sentence=1, text=d.sentences[1].text) for d in docs],
        independent_sources=4,
        background=True,
    )
    texts = [str(s["text"]) for s in summarise(docs, [event], max_sentences=2, max_words=300)]
    assert sum("1953" in t for t in texts) == 1  # told once, though every source repeats it
    assert len(texts) == 2


def test_a_negated_sentence_does_not_support_an_affirmed_one() -> None:
    from storyline.story.summary import supports

    assert not supports("There have been no confirmed cases since 14 May.", "Doctors confirmed new cases on 14 May.")
    assert not supports("Last week he worked 86 hours.", "This did not work.")
    assert supports("The flights were not cancelled.", "Airlines said flights had not been cancelled.")


def test_an_event_of_the_same_date_told_again_in_other_words_is_left_out() -> None:
    from storyline.records import Citation, DateValue, Event

    first = "Oil poured into the bay from 3 May, when the tanker explosion killed 14 crew members."
    again = "Oil has been pouring into the bay since the tanker Sea Star exploded off the cape on 3 May and sank."
    docs = [
        _doc("s0", f"{first} Fishing was banned along 200 miles of the coast on Friday."),
        _doc("s1", f"{again} Volunteers cleaned oiled birds at a rescue centre in the port."),
        _doc("s2", "The company said it would pay for the clean-up and compensate fishermen."),
    ]

    def event(doc: AnnotatedArticle, day: str) -> Event:
        s = doc.sentences[0]
        return Event(
            id=doc.article.id,
            type="other",
            date=DateValue(value=day, precision="day"),
            text=s.text,
            citations=[Citation(source=doc.article.id, sentence=0, text=s.text)],
        )

    # the two share some words (TF-IDF cosine between RESTATED and REDUNDANT) and a date: one event
    texts = [str(s["text"]) for s in summarise(docs, [event(docs[0], "2011-05-03"), event(docs[1], "2011-05-03")])]
    assert first in texts and again not in texts
    # the same words about events of different dates are two pieces of news
    texts = [str(s["text"]) for s in summarise(docs, [event(docs[0], "2011-05-03"), event(docs[1], "2011-06-10")])]
    assert first in texts and again in texts


def test_summary_sentences_carry_the_dates_their_relative_expressions_resolve_to() -> None:
    from storyline.records import TimeExpression
    from storyline.render.common import when_text

    text = "The ministry said on Sunday that 40 new cases were confirmed in the capital and more are now expected."
    base = _doc("a", text)

    def with_times(*times: TimeExpression) -> AnnotatedArticle:
        return AnnotatedArticle(article=base.article, sentences=base.sentences, times=list(times))

    sunday = {"article": "a", "sentence": 0, "start": 21, "end": 27, "text": "Sunday", "anchor": "publication"}
    now = TimeExpression(
        article="a", sentence=0, start=83, end=86, text="now", value="PRESENT_REF", anchor="publication"
    )
    (s,) = summarise([with_times(TimeExpression(**sunday, value="2009-04-26", precision="day"), now)], [], 1)
    assert s["dates"] == [{"text": "Sunday", "value": "2009-04-26", "precision": "day", "mod": None}]
    assert when_text(s["dates"]) == "“Sunday” = 26 April 2009"  # type: ignore[arg-type]
    # in an article with no date the expression is shown as not resolved, with the reason
    (s,) = summarise([with_times(TimeExpression(**sunday, reason="no publication date to anchor it"))], [], 1)
    assert when_text(s["dates"]) == "“Sunday” = not resolved (no publication date to anchor it)"  # type: ignore[arg-type]


def test_a_calendar_date_without_its_year_is_flagged_year_inferred() -> None:
    from storyline.records import TimeExpression
    from storyline.render.common import when_text

    text = "Voting closed on 12 March and the count from 12 March 2009 was published later, officials said."
    base = _doc("a", text)
    times = [
        TimeExpression(article="a", sentence=0, start=17, end=25, text="12 March", value="2009-03-12", precision="day", anchor="publication"),
        TimeExpression(article="a", sentence=0, start=45, end=58, text="12 March 2009", value="2009-03-12", precision="day"),
    ]  # fmt: skip
    (s,) = summarise([AnnotatedArticle(article=base.article, sentences=base.sentences, times=times)], [], 1)
    # only the expression resolved from the article's date is listed, and its year is said to be inferred
    assert s["dates"] == [
        {"text": "12 March", "value": "2009-03-12", "precision": "day", "mod": None, "year_inferred": True}
    ]
    assert when_text(s["dates"]) == "“12 March” = 12 March 2009 (year not written: inferred from the article's date)"  # type: ignore[arg-type]


def test_a_restatement_in_fewer_shared_words_is_caught_by_a_shared_figure() -> None:
    from storyline.records import Citation, DateValue, Event

    first = "Oil poured into the bay from 3 May, when the tanker explosion killed 14 crew members."
    again = "The oil spill began last month, when the tanker owned by Delta Shipping exploded, killing {} and spreading fuel along the cape."

    def summary(second: str) -> list[str]:
        docs = [
            _doc("s0", f"{first} Fishing was banned along 200 miles of the coast on Friday."),
            _doc("s1", f"{second} Volunteers cleaned oiled birds at a rescue centre in the port."),
            _doc("s2", "The company said it would pay for the clean-up and compensate fishermen."),
        ]
        events = [
            Event(id=d.article.id, type="other", date=DateValue(value="2011-05-03", precision="day"),
                  text=d.sentences[0].text, citations=[Citation(source=d.article.id, sentence=0, text=d.sentences[0].text)])
            for d in docs[:2]
        ]  # fmt: skip
        return [str(s["text"]) for s in summarise(docs, events)]

    # cosine ~0.29 (under RESTATED) but the same date and the same figure: one event
    texts = summary(again.format("14 crew"))
    assert (first in texts) != (again.format("14 crew") in texts)
    # without a shared figure, words this far apart are left to the general test
    texts = summary(again.format("its crew"))
    assert first in texts and again.format("its crew") in texts


def test_the_main_clause_says_which_development_a_sentence_reports() -> None:
    from storyline.story.summary import developments

    assert developments("The pop star died at his home in Leeds on 3 May 2010.") == {"death"}
    # the death is background: the news is the trial
    assert developments(
        "Dr Ann Lee is on trial charged with manslaughter following the singer's death in May 2010."
    ) == {
        "trial",
        "charge",
    }
    assert developments("Dr Lee is accused of giving him pills which led to the singer's death.") == {"charge"}
    assert developments("Fans gathered on the night he died to sing his songs.") == set()
    # what is only possible or expected has not happened; a plea is no verdict
    assert developments("If convicted, she faces ten years in prison.") == set()
    assert developments("She will be sentenced on 9 June.") == set()
    assert developments("She pleaded not guilty to manslaughter.") == {"charge"}
    assert developments("A jury found Dr Lee guilty of manslaughter on 2 June.") == {"verdict"}


def _with_people(name: str, text: str, people: dict[str, str]) -> AnnotatedArticle:
    """An article whose sentences name the given people (surface -> entity id)."""
    from storyline.records import Mention

    doc = _doc(name, text)
    mentions = [
        Mention(article=name, sentence=s.index, start=s.start + k, end=s.start + k + len(surface), text=surface,
                label="PERSON", entity=entity)
        for s in doc.sentences for surface, entity in people.items() if (k := s.text.find(surface)) >= 0
    ]  # fmt: skip
    return AnnotatedArticle(article=doc.article, sentences=doc.sentences, mentions=mentions)


def test_one_development_is_told_once() -> None:
    people = {"Tom Vale": "vale", "Vale": "vale", "Ann Lee": "lee", "Dr Lee": "lee"}
    death = "The singer died at his home in Leeds on 3 May 2010, his manager said."
    again = "Tom Vale died in May 2010 aged 61 after a long tour of Asia."
    trial = "Dr Ann Lee is on trial charged with manslaughter following Vale's death in May 2010."
    verdict = "A jury found Dr Lee guilty of manslaughter after a six-week trial."
    docs = [
        _with_people("a", f"{death} Tom Vale had sold forty million records in his long career.", people),
        _with_people("b", f"{again} Tom Vale was buried in a private ceremony attended by his family.", people),
        _with_people("c", f"{trial} Tom Vale had been taking sleeping pills for years, the court heard.", people),
        _with_people("d", f"{verdict} Tom Vale's family wept in the public gallery of the court.", people),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=4, max_words=300)]
    assert (death in texts) != (again in texts)  # the death once, named or described ("the singer")
    assert trial in texts  # the trial is news, though it mentions the death as background
    # with nothing else to tell, the death is still told once: four sentences, three developments
    heads = [_with_people(d.article.id, str(d.sentences[0].text), people) for d in docs]
    texts = [str(s["text"]) for s in summarise(heads, [], max_sentences=4, max_words=300)]
    assert len(texts) == 3 and (death in texts) != (again in texts) and verdict in texts
