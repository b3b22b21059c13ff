"""Which sentences the summary may tell: no table lines, no demonstrative openings, no video labels
or page lists, and a sentence with a caption glued before it loses to a clean one saying the same.
Invented text only."""

from __future__ import annotations

from helpers import split
from storyline.records import AnnotatedArticle, Article, PublishedDate
from storyline.story.summary import about_the_page, glue_point, summarise, verbless


def _doc(name: str, text: str, published: str = "2031-05-06") -> AnnotatedArticle:
    art = Article(id=name, file=f"{name}.txt", text=text, published=PublishedDate(value=published, precision="day"))
    return AnnotatedArticle(article=art, sentences=split(text))


def test_a_caption_glued_before_a_clause_is_a_glue_point() -> None:
    for text in [
        # a name with its auxiliary after a clause that has its own verb
        "The council has filed two complaints Mr Roe has denied all the charges against him.",
        # "A" after a date, with its verb further on
        "The lab confirmed new infections in the city on 5 May A nurse in the capital has tested positive.",
        # a short headline, then "The" and a long subject with an apposition
        "River levels rise across the valley The mayor of Northfield, Jo Roe, has ordered an evacuation.",
        # a figure ends the caption
        "Valley flood cases up by 95 The agency has confirmed new cases in the north.",
    ]:
        assert glue_point(text), text


def test_clauses_that_go_on_into_a_capital_are_no_glue_points() -> None:
    for text in [
        "The police said yesterday Mr Roe had left the town before the flood.",  # said + clause
        "Doctors made sure Dr Jo Roe was safe before the bridge was closed.",  # sure + clause
        "It was the day Mr Roe was taken ill that the river burst its banks.",  # relative clause
        "When the levee broke The rescue teams were already on their way.",  # fronted clause
        "The museum bought the painting The Long Flood last year for the town.",  # a title
        "Critics of rival Roe Holdings have said the plan is unsafe for the town.",  # no verb before
        "The agency found a way Northfield has coped with floods for a century.",  # one-word name
        "Officials met in the town Hall Street was closed to traffic.",  # no auxiliary after the name
    ]:
        assert not glue_point(text), text


def test_a_line_of_a_table_is_verbless() -> None:
    assert verbless("12,400 cases and 31 deaths at 9 May.")
    assert verbless("4,100 homes in three valleys.")
    assert not verbless("300 people remain in hospital in the capital.")
    assert not verbless("12 people died in the flood on Tuesday.")
    assert not verbless("31 deaths have been confirmed by the agency.")
    assert not verbless("The toll rose to 31 on 9 May.")  # no figure first: a sentence


def test_video_labels_and_page_lists_are_about_the_page() -> None:
    assert about_the_page("The Courier talks to families in the valley about the flood.")
    assert about_the_page("Valley News' Jo Roe speaks to Al Poe about the rescue.")
    assert about_the_page("Below is a timeline of the flood and its aftermath: 4 May - the levee breaks.")
    assert about_the_page("Here are the key facts about the flood.")
    assert not about_the_page("Peace talks with the rebels ended without a deal.")
    assert not about_the_page("Peace talks to resume on Monday in the capital.")
    assert not about_the_page("Below the dam, the river rose three metres overnight.")


def test_a_glued_sentence_is_never_told_whole() -> None:
    glued = (
        "Agency declares valley flood emergency The Director of the Regional Flood Agency, Jo Roe, has formally "
        "declared a flood emergency across the northern valley."
    )
    clean = "The Regional Flood Agency has declared a flood emergency across the northern valley."
    docs = [
        _doc("a", f"{glued} Schools in the valley were closed and trains were cancelled."),
        _doc(
            "b",
            f"Rain fell for a third day across the region. Farmers moved cattle to higher ground overnight. {clean}",
        ),
        _doc("c", "Rescue teams pulled 40 people from flooded homes in the northern valley."),
        _doc("d", "The river rose three metres overnight and broke through a levee near the town."),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=6, max_words=300)]
    part = glued[glued.index("The Director") :]  # told from where the sentence after the headline starts
    assert (clean in texts) != (part in texts)  # one of the two, not both: they say the same
    assert glued not in texts


def test_table_lines_and_demonstrative_openings_are_never_told() -> None:
    table = "12,400 cases and 31 deaths at 9 May."
    pointing = "This was completed at 1930 on 1 June after the valley flood."
    docs = [
        _doc("a", f"{table} The flood in the valley has killed 31 people, the agency said."),
        _doc("b", f"{pointing} Engineers closed the flood gates on the valley river on 1 June."),
        _doc("c", "Rescue teams pulled 40 people from flooded homes in the valley on Monday."),
    ]
    texts = [str(s["text"]) for s in summarise(docs, [], max_sentences=6, max_words=300)]
    assert texts  # other sentences are told
    assert table not in texts
    assert pointing not in texts
