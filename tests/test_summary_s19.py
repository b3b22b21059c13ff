"""Session 19: a headline glued before a sentence led by a name, a noun pointed at with a
demonstrative, a run of bulleted headlines.  Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, PublishedDate
from storyline.story.summary import bulleted, headline_end, summarise, tellable


def _doc(name: str, text: str, published: str = "2031-05-06") -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    return AnnotatedArticle(article=art, sentences=split(text))


def test_a_headline_glued_before_a_name_is_found() -> None:
    cases = {
        "Report says floods cost farmers dearly Avelia's growers lost half their harvest, the ministry said.": (
            "Avelia's"
        ),
        "Plan follows pressure for new defences Northern towns will get higher walls by the spring.": "Northern",
        "Council votes to close river bridge Residents of Avel have protested for a week.": "Residents",
    }
    for text, start in cases.items():
        toks = text.split()
        i = headline_end(toks)
        assert i is not None and toks[i] == start, text


def test_sentences_are_not_taken_for_headlines() -> None:
    for text in [
        # a past tense before the name: a sentence
        "Interior minister Jo Roe told regional councils on Monday that the dam would hold.",
        # a verb of saying: its object runs on
        "Party leader Jo Roe says Avelia's troops will leave the valley next year.",
        # a determiner opens it: no headline
        "The agency also is building a second dam to hold the river but that could take a year.",
        # a clause mark inside the first words
        "Farmers in the valley, Mayor Roe said, have lost their harvest to the flood.",
        # headline-like words with no finite verb after the capital
        "Rescue teams search flooded streets across Northern Avelia for survivors.",
    ]:
        assert headline_end(text.split()) is None, text


def test_a_noun_pointed_at_with_a_demonstrative_is_never_told() -> None:
    for text in [
        "Today, those objections seem almost quaint to the valley's farmers.",
        "These measures were dropped by the council after a week.",
        "That decision has angered many residents of the town.",
    ]:
        assert not tellable(text), text
    for text in [
        "This week the council voted to close the old bridge over the river.",
        "That night, rescuers pulled 12 people from the rubble of the school.",
        "Those who fled the town have now returned to their homes.",
    ]:
        assert tellable(text), text


def test_bulleted_headlines_are_never_told_but_prices_are() -> None:
    assert bulleted("Inquiry into the flood reveals agency ignored warnings cents Mayor under fire for the response.")
    assert bulleted("Dam report published today • Avel mayor resigns over the flood warnings.")
    assert not bulleted("Bread now costs 50 cents More shops are closing in the valley, traders said.")
    assert not tellable("Dam report published today • Avel mayor resigns over the flood warnings.")


def test_the_summary_tells_the_sentence_after_a_glued_headline() -> None:
    glued = "Report says floods cost farmers dearly Avelia's growers lost half their harvest in the valley floods."
    docs = [
        _doc("a", f"{glued} Schools in the valley were closed and trains were cancelled."),
        _doc("b", "Rescue teams pulled 40 people from flooded homes in the northern valley."),
        _doc("c", "The river rose three metres overnight and broke through a levee near the town."),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=6, max_words=300)]
    assert glued not in texts
    assert glued[glued.index("Avelia's") :] in texts
