"""Session 21, round 2: picture credits and other-agency datelines, bylines with a stamp or a place,
profile boxes and shop promotions (invented text)."""

from __future__ import annotations

from storyline.clean.boilerplate import byline_stamp, clean_text, profile_boxes
from storyline.clean.dateline import cut_datelines
from storyline.clean.metadata import parse_byline

BODY = (
    "The council voted on Tuesday to close the old bridge for repairs.\n"
    "Engineers said the work would take at least three months to finish.\n"
    "Drivers were told to use the ferry crossing until the spring."
)


def test_lead_picture_credit_cut_before_sentence() -> None:
    ct = clean_text("(Jo Roe - AP) The Senate voted on the harbour bill late on Monday night.\n" + BODY)
    assert ct.text.startswith("The Senate voted on the harbour bill")
    assert "(Jo Roe - AP)" in ct.removed


def test_lead_picture_credits_chain_and_tokenised() -> None:
    ct = clean_text(
        "-LRB- AP Photo\\/Jo Roe , File -RRB- -LRB- Jo Roe - AP -RRB- The mayor spoke to the crowd at noon .\n" + BODY
    )
    assert ct.text.startswith("The mayor spoke to the crowd at noon")
    ct2 = clean_text("(Photo: Pupils wear masks in Avel/Jo Roe) It is not yet clear how far the flu spread.\n" + BODY)
    assert ct2.text.startswith("It is not yet clear how far the flu spread.")


def test_picture_credit_then_place_dateline() -> None:
    ct = clean_text("(AP Photo) PORT AVEL -- Crews started pumping cement deep under the seafloor on Friday.\n" + BODY)
    text, found = cut_datelines(ct.text)
    assert text.startswith("Crews started pumping cement")
    assert found and found[0].place == "PORT AVEL"


def test_bracket_in_prose_is_not_a_credit() -> None:
    line = "(The minister - who spoke first - left early.) Later that day the talks went on without him."
    ct = clean_text(line + "\n" + BODY)
    assert ct.text.startswith("(The minister")


def test_dateline_with_an_agency_not_in_the_table() -> None:
    text, found = cut_datelines("NEW AVEL (Avel Courier) - In the middle of the storm, the mayor went home.\nMore.")
    assert text.startswith("In the middle of the storm")
    assert found[0].place == "NEW AVEL" and found[0].outlet is None


def test_outlet_before_its_place_is_a_dateline() -> None:
    text, found = cut_datelines("POLITICO (Washington) - While the storm raged, lawmakers argued over money.")
    assert text.startswith("While the storm raged")
    assert found[0].agency == "POLITICO" and found[0].place == "Washington"
    assert found[0].outlet is None  # the copy's outlet, maybe not the page's publisher


def test_short_acronym_before_bracket_is_no_dateline() -> None:
    text, found = cut_datelines("NATO (Northern Alliance) - The alliance said it would meet again.")
    assert not found and text.startswith("NATO")
    # an outlet's name spelled out in brackets is no place; a bracket without a publication's word no outlet
    for line in (
        "BBC (British Broadcasting Corporation) - The broadcaster said it would cut jobs.",
        "NORLAND (Avel Party) - The storm reached the coast at dawn.",
    ):
        assert cut_datelines(line) == (line, [])


def test_byline_with_filing_place() -> None:
    bl = parse_byline("By Jo Roe in Avel City and Al Poe in Tarn")
    assert bl is not None and bl.authors == ["Jo Roe", "Al Poe"]
    ct = clean_text("Storm hits the coast\nBy Jo Roe in Avel City\n" + BODY)
    assert "Avel City" not in ct.text
    assert ct.authors == ["Jo Roe"]


def test_byline_and_stamp_glued_before_a_sentence() -> None:
    line = "Jo Roe reports Thursday 4 August 2005 00.02 BST The long war has already started."
    got = byline_stamp(line)
    assert got is not None
    byline, stamp, rest, who = got
    assert rest == "The long war has already started." and who == ["Jo Roe"]
    assert "2005" in stamp and "reports" in byline
    ct = clean_text("The attacks were one episode in a wider conflict, researchers say.\n" + line + "\n" + BODY)
    assert "The long war has already started." in ct.text.split("\n")
    assert "Jo Roe reports" not in ct.text
    assert ct.authors == ["Jo Roe"]


def test_reporting_a_day_is_no_byline_stamp() -> None:
    # no clock after the date: a sentence about a day, not a page stamp
    assert byline_stamp("Jo Roe reports Thursday 4 August 2005 The long war has started.") is None
    assert byline_stamp("The paper reports Thursday 4 August 2005 00.02 BST that the war has started.") is None


def test_profile_box_lines_removed_story_kept() -> None:
    box = [
        "He will be hard to replace, colleagues said.",
        "Born Avel, May 3 1940 Family Married Ann Roe in 1970.",
        "Education Tarn school; Avel University.",
        "Career Started practice at the Avel bar in 1962.",
        "Became a judge in 1980.",
    ]
    assert profile_boxes(box) == [(1, 4)]
    ct = clean_text("\n".join(box) + "\n" + BODY)
    assert "Became a judge in 1980." in ct.text
    assert "He will be hard to replace, colleagues said." in ct.text
    assert "Career Started practice" not in ct.text


def test_prose_opening_with_label_words_is_no_box() -> None:
    lines = [
        "Born in 1950, the eldest of five children, he studied geology.",
        "Education Secretary Jo Roe said the schools would reopen.",
        "Career officials at the ministry disagreed with her.",
    ]
    assert profile_boxes(lines) == []
    lone = ["Education Secretary Jo Roe said the schools would reopen on Monday."]
    assert profile_boxes(lone) == []


def test_shop_promotion_cut_story_kept() -> None:
    line = "Find out more and buy the ebook on Kindle from Amazon UK and US or iTunes UK or US"
    ct = clean_text(BODY + "\n" + line)
    assert "Kindle" not in ct.text
    assert line in ct.removed
    kept = clean_text(BODY + "\nShe said she would buy the book from Amazon when it came out.")
    assert "buy the book from Amazon" in kept.text


def test_glued_byline_with_filing_place_cut_sentence_kept() -> None:
    body = (
        "\nThe storm crossed Avel City on Monday, officials said.\n"
        "More people were without power in the south of the country.\n"
        "Schools were closed until further notice, the ministry said."
    )
    ct = clean_text(
        "Storm hits the coast\nBy Jo Roe in Avel City Avelian officials closed the schools on Monday." + body
    )
    assert ct.text.startswith("Avelian officials closed the schools on Monday.")
    assert ct.authors == ["Jo Roe"]
    # "in" with no place after it: no byline, the line is kept whole
    line = "By Jo Roe in the end the officials closed the schools on Monday."
    kept = clean_text("Storm hits the coast\n" + line + body)
    assert line in kept.text
