"""A sentence that is a caption or headline glued before another with no full stop is told from
where the real sentence starts, verbatim, so its citation stays exact.  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.clean.glued import CaseCounts
from storyline.records import AnnotatedArticle, Article, PublishedDate
from storyline.story.summary import glue_point, quote_tail, run_together, run_together_at, summarise, told_part

PROSE = [
    "Crews cleared the last of the mud from the streets of the town on Friday morning.",
    "The river rose over its banks after three days of heavy rain in the hills.",
    "Farmers counted the sheep they had lost to the water in the lower fields.",
]
COUNTS = CaseCounts.of(PROSE + ["The agency sent rescuers and the rescuers found two more families."] * 3)


def _doc(name: str, text: str, published: str = "2031-05-06") -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    return AnnotatedArticle(article=art, sentences=split(text))


def test_a_clause_opening_after_a_place_name_is_a_second_sentence() -> None:
    text = "Families trapped in flats in Northfield Rescuers have begun pulling people from the rubble."
    assert run_together(text, COUNTS)
    at = run_together_at(text, COUNTS)
    assert at is not None and text[at:].startswith("Rescuers have begun")
    # a name that is no preposition's object goes on into its own words
    assert not run_together("The Northfield Rescuers have begun pulling people from the rubble.", COUNTS)


def test_a_preposition_opening_after_an_ing_noun_is_a_second_sentence() -> None:
    text = "Mr Roe denies any wrongdoing On 8 May, Mr Roe appeared in court and pleaded not guilty."
    assert run_together(text, COUNTS)
    assert glue_point(text)
    # "reading The Times": a title after an -ing verb is no new sentence
    assert not run_together("He was reading The Courier when the water reached the door.", COUNTS)


def test_a_caption_after_a_headline_is_a_glue_point() -> None:
    assert glue_point("Flood Crisis In Valley Raises Stakes for Mayor A farmer in Northfield pauses to rest.")


def test_the_summary_tells_the_part_after_the_glue_verbatim() -> None:
    text = "Mr Roe denies any wrongdoing On 8 May, Mr Roe appeared in court and pleaded not guilty to fraud."
    doc = _doc("a", text)
    told = told_part(doc, doc.sentences[0], text, COUNTS)
    assert told == ("On 8 May, Mr Roe appeared in court and pleaded not guilty to fraud.", False)
    # a part too short to tell drops the run-together sentence
    short = "Mr Roe denies any wrongdoing in the flood case On 8 May he was."
    d2 = _doc("b", short)
    assert told_part(d2, d2.sentences[0], short, COUNTS) is None
    # a clean sentence is told whole
    d3 = _doc("c", PROSE[0])
    assert told_part(d3, d3.sentences[0], PROSE[0], COUNTS) == (PROSE[0], False)


def test_a_told_part_is_cited_to_its_own_sentence() -> None:
    glued = (
        "Families trapped in flats in Northfield Rescuers have begun pulling people from the rubble of the flats "
        "after the flood."
    )
    docs = [
        _doc("a", glued),
        _doc("b", "Rain fell for a third day across the region and the river rose again."),
        _doc("d", "The rescuers worked through the night, and the rescuers slept in tents as more rescuers came."),
        _doc("c", "Rescue teams pulled 40 people from flooded homes in the northern valley."),
    ]
    out = summarise(docs, [], max_sentences=6, max_words=300)
    part = "Rescuers have begun pulling people from the rubble of the flats after the flood."
    told = [s for s in out if s["text"] == part]
    assert told, [s["text"] for s in out]
    cites = told[0]["citations"]
    assert isinstance(cites, list) and cites[0]["source"] == "a" and cites[0]["sentence"] == 0
    assert part in glued and cites[0]["text"] == part
    assert all(glued != s["text"] for s in out)


def test_the_end_of_a_quotation_opened_elsewhere_is_never_told() -> None:
    assert quote_tail("If not, the river will take the whole town.'")
    assert quote_tail("We will not leave our homes to the water.”")
    assert not quote_tail("'If not, the river will take the town,' the mayor said.")
    assert not quote_tail("The mayor said: “We will not leave our homes.”")
    assert not quote_tail("The river rose over its banks after three days of rain.")
