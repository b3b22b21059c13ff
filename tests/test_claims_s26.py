"""Session 26: the brief's figures table credits and dates a figure as its claims do (one function,
:func:`storyline.story.claims.as_claimed`); a said_by that is a clause, a place of saying, a ticker's line or
the adjective of a record's noun ("the official figure") names nobody; people and records that say whose are
holders; a figure said to be of now is not dated by a later figure's date; a figure in a bracket or set off by
dashes has the clause around it; a share's phrase ends at a people's plural name or a participle's phrase."""

from __future__ import annotations

from collections.abc import Sequence

from helpers import split
from storyline.annotate.figures import extract_figures
from storyline.records import AnnotatedArticle, Article, Figure, PublishedDate, Sentence, TimeExpression
from storyline.story.claims import _act, _holder_phrase, _projected, claimed_figures


def _fig(
    text: str,
    number: str,
    what: str = "volume",
    unit: str = "bbl",
    said_by: str | None = None,
    as_of: str | None = None,
) -> Figure:
    at = text.index(number)
    value = float(number.replace(",", "").rstrip("%"))
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what, said_by=said_by, as_of=as_of)  # fmt: skip


def _doc(text: str, figures: list[Figure], times: Sequence[TimeExpression] = ()) -> AnnotatedArticle:
    article = Article(id="a", file="a.txt", text=text, published=PublishedDate(value="2031-03-04", precision="day"))
    sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    return AnnotatedArticle(article=article, sentences=sentences, figures=figures, times=list(times))


def test_a_clause_or_a_place_of_saying_is_no_holder() -> None:
    for junk in (
        "Pressure mounts on lenders as Acme",  # a headline run into the speaker
        "The merger comes as Borealis",
        "Acme's forecasts - so cutting costs",
        "Of the 40 cases of the fever",  # a prepositional phrase, capitalised at the sentence start
        "+12.5 Acme",  # a market ticker's line
        "results released",  # a record that says nobody's
        "plan",  # of "according to plan"
    ):
        assert not _holder_phrase(junk), junk


def test_people_and_records_that_say_whose_are_holders() -> None:
    for holder in (
        "a participant",  # one of a plural the lists hold
        "his colleagues",
        "three people familiar",  # "three people familiar with the talks"
        "a close friend of the family",
        "independent engineers testifying before the panel",
        "the regional leaders",
        "the parliamentary memo",
        "the firm's web site",
        "quarterly filings",
        "The boy's mother",
        "one woman",
        "the manufacturer",
        "The research group",
    ):
        assert _holder_phrase(holder), holder


def test_the_figures_table_drops_a_record_adjective_as_claimant() -> None:
    text = (
        "The official estimated rate of 4,000 barrels a day was raised last week to between 9,000 and 12,000 barrels."
    )
    figs = [
        _fig(text, "4,000", "flow", "bbl/d", said_by="The official"),
        _fig(text, "9,000", "flow", "bbl/d", said_by="The official"),
    ]
    assert [f.said_by for f in claimed_figures([_doc(text, figs)], [])] == [None, None]
    # a role that says: kept
    said = "The official said 4,000 barrels a day were leaking."
    assert claimed_figures([_doc(said, [_fig(said, "4,000", said_by="The official")])], [])[0].said_by == (
        "The official"
    )
    # a body before a record's noun names its holder; a verb "estimates that" is no record's noun
    body = "Government estimates put the flow at 4,000 barrels a day."
    assert claimed_figures([_doc(body, [_fig(body, "4,000", said_by="Government")])], [])[0].said_by == "Government"
    group = "The research group estimates that 4,000 barrels a day are leaking."
    got = claimed_figures([_doc(group, [_fig(group, "4,000", said_by="The research group")])], [])
    assert got[0].said_by == "The research group"


def test_the_figures_table_and_the_claims_use_one_test() -> None:
    # a clause run into the speaker names nobody, in the table as in the claims
    text = "Acme shares rallied as traders said the firm would cut 2,000 jobs."
    fig = _fig(text, "2,000", "jobs", "jobs", said_by="Acme shares rallied as traders")
    assert claimed_figures([_doc(text, [fig])], [])[0].said_by is None
    # the name that ends such a clause is the speaker of the verb of saying that follows it
    named = "The merger comes as Acme said it would cut 2,000 jobs."
    got = claimed_figures([_doc(named, [_fig(named, "2,000", "jobs", "jobs", said_by="The merger comes as Acme")])], [])
    assert got[0].said_by == "Acme"
    # "by" opens the agent of a passive: the agent holds the figure
    agent = "The risk was put at 25% by Dr Jo Park."
    got = claimed_figures([_doc(agent, [_fig(agent, "25%", "percent", "percent", said_by="by Dr Jo Park")])], [])
    assert got[0].said_by == "Dr Jo Park"


def test_a_figure_of_now_is_not_dated_by_a_later_figure() -> None:
    text = "We are at 12,000 barrels now and we will be at 20,000 barrels next week."
    at = text.index("next week")
    week = TimeExpression(article="a", sentence=0, start=at, end=at + 9, text="next week", type="DATE",
                          value="2031-W11")  # fmt: skip
    figs = [_fig(text, "12,000", as_of="2031-W11"), _fig(text, "20,000", as_of="2031-W11")]
    got = claimed_figures([_doc(text, figs, [week])], [])
    assert [f.as_of for f in got] == ["2031-03-04", "2031-W11"]
    # without a present cue the sentence's date stays
    plain = "Crews collected 12,000 barrels and then 20,000 barrels next week."
    at = plain.index("next week")
    week = week.model_copy(update={"start": at, "end": at + 9})
    figs = [_fig(plain, "12,000", as_of="2031-W11"), _fig(plain, "20,000", as_of="2031-W11")]
    assert [f.as_of for f in claimed_figures([_doc(plain, figs, [week])], [])] == ["2031-W11", "2031-W11"]


def test_a_bracketed_restatement_has_the_clause_around_it() -> None:
    text = "We are only at 12 (12,000 barrels) now and we'll be at 20 (20,000 barrels) next week."
    assert _projected(text, _fig(text, "20,000"), 0, len(text))
    assert not _projected(text, _fig(text, "12,000"), 0, len(text))


def test_a_figure_set_off_by_dashes_has_the_clause_around_it() -> None:
    text = "Engineers said a third of the oil - some 90,000 barrels - was collected at the surface."
    assert _act(text, _fig(text, "90,000"), 0, len(text)) == "capture"


def _share_about(text: str) -> str | None:
    return next(f.about for f in extract_figures(text, split(text), "a", [], []) if f.what == "percent")


def test_a_share_phrase_ends_at_a_peoples_name_or_a_participle_phrase() -> None:
    assert _share_about("A new poll found that 64% of Freedonians believe the tax is unfair.") == "Freedonians"
    assert _share_about("The dome should capture 70% of the gas escaping from the vent.") == "gas"
    # a gerund that names an activity and a possessive stay whole
    assert _share_about("Tourism makes up 30% of consumer spending in the region.") == "consumer spending"
    assert _share_about("The deal gives it 12% of Acme's shares.") == "Acme's shares"


def _day(text: str, phrase: str, value: str) -> TimeExpression:
    at = text.index(phrase)
    return TimeExpression(article="a", sentence=0, start=at, end=at + len(phrase), text=phrase, type="DATE",
                          value=value)  # fmt: skip


def test_an_on_day_after_a_figure_dates_it_over_a_time_before_it() -> None:
    text = "The dome that was fitted last week captured 9,000 barrels (about 380,000 gallons) of oil on Monday."
    times = [_day(text, "last week", "2031-W09"), _day(text, "Monday", "2031-03-03")]
    fig = _fig(text, "9,000", as_of="2031-W09")
    assert claimed_figures([_doc(text, [fig], times)], [])[0].as_of == "2031-03-03"
    # the day of another thing after the figure does not date it
    other = "Shares fell this morning by 2% despite the phone call on Saturday."
    times = [_day(other, "this morning", "2031-03-04TMO"), _day(other, "Saturday", "2031-03-01")]
    got = claimed_figures([_doc(other, [_fig(other, "2%", "percent", "percent", as_of="2031-03-04TMO")], times)], [])
    assert got[0].as_of == "2031-03-04TMO"
    since = "On Friday the airport said there had been 600 flights since the army took control on Wednesday."
    times = [_day(since, "Friday", "2031-02-28"), _day(since, "Wednesday", "2031-02-26")]
    got = claimed_figures([_doc(since, [_fig(since, "600", "flights", "flights", as_of="2031-02-28")], times)], [])
    assert got[0].as_of == "2031-02-28"
