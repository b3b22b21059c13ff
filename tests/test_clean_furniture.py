"""Page furniture that reads like prose: copyright notices, blog comment sections, live-chat
questions, dated picture captions, a headline glued before a sentence about the person it names.
All text here is invented."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import glued_names, names_headline_subject

BODY = [
    "The river council approved the new flood barrier on Tuesday after a long debate .",
    "Engineers said the barrier would protect about 4,000 homes along the lower valley .",
    "Work is due to start in the spring and last two years , the council said .",
    "Residents had asked for better defences since the floods of last winter .",
]


@pytest.mark.parametrize(
    "notice",
    [
        "Content and Programming Copyright 2031 Valley Broadcasting Network , Inc. .",
        "© 2029 Riverside Media Group",
        "Text (c) 2030 Jo Roe . All rights reserved .",
    ],
)
def test_a_short_line_holding_a_copyright_notice_is_debris(notice: str) -> None:
    ct = clean_text("\n".join([*BODY, notice]))
    assert notice not in ct.text
    assert notice in ct.removed


def test_a_rights_notice_naming_copyright_is_debris_and_prose_about_copyright_stays() -> None:
    legal = (
        "All materials herein are protected by national copyright law and may not be reproduced or "
        "broadcast without the prior written permission of Valley Broadcasting ."
    )
    prose = "The publisher said the photographer had kept the copyright on all the pictures ."
    short = "Critics call it a copyright grab ."
    ct = clean_text("\n".join([*BODY, prose, short, legal]))
    assert prose in ct.text and short in ct.text
    assert legal not in ct.text


def test_a_blog_footer_below_the_post_starts_the_comment_section() -> None:
    footer = "By Jo Roe | March 3 , 2031 ; 9:15 AM ET I think the council is wasting our money ."
    comments = [
        "Nobody asked the people upstream what they wanted .",
        "Great post , Jo .",
    ]
    ct = clean_text("\n".join([*BODY, footer, *comments]))
    for line in BODY:
        assert line in ct.text
    assert "wasting our money" not in ct.text
    for c in comments:
        assert c not in ct.text
        assert c in ct.comments
    # the footer's stamp stays evidence of when the post was published
    assert any("March 3 , 2031" in f.text and f.kind == "stamp" for f in ct.furniture)


def test_a_picture_credit_before_the_footer_is_no_comment() -> None:
    line = "Photo credit : Jo Roe By Al Poe | 4 March 2031 14:05 What a mess this is ."
    ct = clean_text("\n".join([*BODY, line, "Another reader writes in here ."]))
    assert "What a mess" not in ct.text
    assert ("Photo credit : Jo Roe", "blog post footer: the reader comments start here") not in ct.reasons
    assert any(r[0].startswith("By Al Poe") for r in ct.reasons)


def test_a_byline_stamp_at_the_top_starts_no_comment_section() -> None:
    top = "By Jo Roe | March 3 , 2031 ; 9:15 AM ET"
    ct = clean_text("\n".join([top, *BODY]))
    for line in BODY:
        assert line in ct.text
    assert not ct.comments


def test_a_comment_heading_before_a_signed_comment_starts_the_section() -> None:
    first = "I live by the river and nobody consulted me at all ."
    signed = "Shame on them Posted by : riverfan | March 4 , 2031 8:01 PM | Report abuse"
    ct = clean_text("\n".join([*BODY, "Please email us to report offensive comments .", first, signed]))
    assert first not in ct.text and first in ct.comments
    for line in BODY:
        assert line in ct.text


def test_a_comment_heading_far_from_the_comments_starts_nothing() -> None:
    long_body = BODY * 10  # the heading in the navigation, many lines above the first signed comment
    signed = "Shame on them Posted by : riverfan | March 4 , 2031 8:01 PM | Report abuse"
    ct = clean_text("\n".join(["Comments (3)", *long_body, "One reader says no .", signed]))
    assert BODY[0] in ct.text


def test_live_chat_questions_are_cut_and_the_answers_stay() -> None:
    lines = [
        *BODY,
        "Springfield , Ill. : I just moved my savings into bonds .",
        "Was that a mistake ?",
        "Jo Roe : Bonds are a sound choice for part of a portfolio , but not all of it .",
        "Portland , Ore. : What happens to my pension if the fund fails ?",
        "Jo Roe : Most pensions are insured up to a limit by a federal agency .",
        "Maryland : Good afternoon .",
        "Jo Roe : Good afternoon to you .",
    ]
    ct = clean_text("\n".join(lines))
    assert "Springfield" not in ct.text and "Was that a mistake" not in ct.text
    assert "Portland" not in ct.text and "Maryland :" not in ct.text
    assert "Bonds are a sound choice" in ct.text and "insured up to a limit" in ct.text


def test_fewer_than_three_place_labels_are_no_chat() -> None:
    line = "Springfield , Ill. : the mayor opened the new library on Monday ."
    ct = clean_text("\n".join([*BODY, line]))
    assert line in ct.text


def test_a_dated_caption_that_describes_its_picture_is_cut_and_a_dated_event_stays() -> None:
    caption = "May 23 : An oil-covered heron is seen on a sandbar off the coast ."
    image = "Aug. 3 : This image from video provided by the company shows the cap on the well ."
    event = "June 17 : The chief executive testifies before a Senate panel ."
    ct = clean_text("\n".join([caption, *BODY, image, event]))
    assert caption not in ct.text and image not in ct.text
    assert event in ct.text


def test_us_in_capitals_is_the_country_not_the_reader() -> None:
    line = "His comments followed an interview with a US breakfast television show earlier this week ."
    ct = clean_text("\n".join([*BODY, line]))
    assert line in ct.text


def test_a_treebank_bracket_at_a_wrapped_line_end_is_joined_with_a_space() -> None:
    text = "Senator Jo Roe said the vote would be close -LRB- very close -RRB-\nbut she expected to win ."
    ct = clean_text("\n".join([*BODY, text]))
    assert "-RRB- but she" in ct.text


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "City doctor Al Poe gives radio interview Dr Poe was speaking to a local station on Friday night",
            "Dr Poe was speaking",
        ),
        (
            "Roe Calls for Vote Delay in Budget Crisis Sen. Jo Roe -LRB- D-Ohio -RRB- makes a statement in "
            "Columbus on Monday",
            "Sen. Jo Roe",
        ),
    ],
)
def test_a_sentence_about_the_person_the_headline_names_is_cut_off(line: str, sentence: str) -> None:
    assert glued_names(line) == [line.index(sentence)]


@pytest.mark.parametrize(
    "line",
    [
        # a comma and a past tense, or a verb of saying before the name: prose, no headline
        "Roe 's lead counsel , Al Poe , was adamant Roe should not take the stand at the trial",
        "The doctor told reporters Al Poe gave an interview and then Dr Poe was seen leaving",
    ],
)
def test_a_repeated_name_after_a_caption_tense_or_a_clause_is_no_headline_boundary(line: str) -> None:
    assert all(not line[c:].startswith(("Roe should", "Dr Poe was")) for c in glued_names(line))


def test_a_caption_in_the_past_or_future_tense_is_no_headline() -> None:
    """A caption glued to the body names its subject again too; a headline has a present tense."""
    assert names_headline_subject("City doctor Al Poe gives radio interview", "Dr Poe was speaking on Friday")
    assert not names_headline_subject(
        "Jo Roe will perform at the river gala via video link", "Jo Roe has been confirmed for the show"
    )


def test_a_glued_headline_naming_the_person_is_the_title() -> None:
    first = (
        "City doctor Al Poe gives radio interview Dr Poe was speaking to a local station , which aired on "
        "Friday night , about the river clinic ."
    )
    ct = clean_text("\n".join([first, *BODY]))
    assert ct.title == "City doctor Al Poe gives radio interview"
    assert ct.text.startswith("Dr Poe was speaking")
