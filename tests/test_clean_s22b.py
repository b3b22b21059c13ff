"""Session 22, second round: debate-page reader comments, wire picture credits split at "U.S.", a
section's social-network note and reader polls, captions with no verb above the story, captions glued
to their credit, and credit lines naming people beside outlets (invented text)."""

from __future__ import annotations

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import verbless_caption
from storyline.clean.metadata import parse_credit
from storyline.clean.wire import parse_wire_credit

BODY = (
    "The council voted on Tuesday to close the old bridge for repairs.\n"
    "Engineers said the work would take at least three months to finish.\n"
    "Drivers were told to use the ferry crossing until the spring.\n"
    "The mayor said a temporary footbridge would open next week."
)


def test_debate_comments_after_added_stamps_are_cut_whole() -> None:
    page = (
        "Should the valley get a new bridge?\n"
        "The council voted on Tuesday to close the old bridge for repairs.\n"
        "Published: Monday, 4 March, 2013, 10:15 GMT 10:15 UK Added: Tuesday, 5 March, 2013, 09:02 GMT"
        " 09:02 UK I cross that bridge every day and it shakes.\n"
        "Something must be done soon.\n"
        "Added: Tuesday, 5 March, 2013, 08:40 GMT 08:40 UK The ferry is cheaper anyway.\n"
        "Jo Roe, Avelton, Bexland\n"
    )
    ct = clean_text(page)
    assert "The council voted on Tuesday to close the old bridge for repairs." in ct.text
    for piece in ("shakes", "Something must be done", "The ferry is cheaper", "Jo Roe"):
        assert piece not in ct.text


def test_one_added_stamp_alone_opens_no_comment_section() -> None:
    after = "Ferry crews said they would add two crossings a day from Monday."
    ct = clean_text(BODY + "\nAdded: Tuesday, 5 March, 2013, 09:02 GMT 09:02 UK More boats are on the way.\n" + after)
    assert after in ct.text


def test_wire_credit_split_at_us_is_rejoined_and_cut() -> None:
    page = (
        "Avel bridge closed for repairs Credit : Reuters\\/Jo Roe\\/U . \n"
        "S. Navy\\/Handout AVELTON , Bexland | Mon May 10 , 2010 7:25 pm EDT AVELTON , Bexland -LRB- Reuters -RRB- -"
        " The council voted on Tuesday to close the old bridge for repairs .\n"
        "Engineers said the work would take at least three months to finish .\n"
        "Drivers were told to use the ferry crossing until the spring .\n"
    )
    ct = clean_text(page)
    assert "Navy" not in ct.text and "Credit" not in ct.text
    assert ct.title == "Avel bridge closed for repairs"
    assert "The council voted on Tuesday" in ct.text


def test_us_split_in_prose_is_rejoined() -> None:
    ct = clean_text("Officials from the U .\nS. Coast Guard said the work would take at least three months .\n" + BODY)
    assert "U.S. Coast Guard said the work" in ct.text


def test_social_note_at_page_foot_and_poll_cut() -> None:
    ct = clean_text(
        BODY + "\nYour Opinion: Should the bridge be rebuilt?\nJo Roe is a writer.\nAvel Forum is on Twitter."
    )
    assert "Avel Forum is on Twitter" not in ct.text
    assert "Your Opinion" not in ct.text
    assert "The mayor said a temporary footbridge would open next week." in ct.text


def test_social_sentence_in_story_is_kept() -> None:
    text = "The Avel mayor is on Twitter.\n" + BODY + "\n" + BODY
    ct = clean_text(text)
    assert "The Avel mayor is on Twitter." in ct.text


def test_verbless_caption_shape() -> None:
    assert verbless_caption("A protest march during Avel's election in May.")
    assert verbless_caption("The rescue boat aboard a barge off the coast of Bexland .")
    for sentence in (
        "The storm hit Avelton on Tuesday.",
        "A panel put the toll at 500 on Monday.",
        "The spill spreads toward the coast of Bexland.",
        "The council voted on Tuesday to close the bridge.",
        "The mayor said on Monday the bridge would close.",
        "A rally in Avelton?",
        "Protesters march in Avelton.",
    ):
        assert not verbless_caption(sentence), sentence


def test_verbless_caption_cut_only_above_the_story() -> None:
    cap = "A protest march during Avel's election in May."
    ct = clean_text(cap + "\n" + BODY)
    assert cap in ct.removed and cap not in ct.text
    deep = BODY + "\nThe phone on the ferry deck rang.\n" + BODY
    assert "The phone on the ferry deck rang." in clean_text(deep).text


def test_caption_glued_to_its_credit_before_a_paragraph() -> None:
    ct = clean_text(
        "Homes on the hillside slid on to the ones below (Photo: Avel Red Cross) The council voted on"
        " Tuesday to close the old bridge for repairs.\n" + BODY
    )
    assert "Homes on the hillside" not in ct.text
    assert ct.text.startswith("The council voted on Tuesday")


def test_credit_names_next_to_outlets() -> None:
    c = parse_credit("Avel News' Jo Roe The Associated Press contributed to this report.")
    assert c is not None and c.contributors == ["Jo Roe"]
    c = parse_credit("AvelNews.com's Al Poe and The Associated Press contributed to this report.")
    assert c is not None and c.contributors == ["Al Poe"]
    c = parse_credit(
        "Associated Press writer Jo Roe in Avelton, Fla., and AP News Survey Specialist Al Poe from Bex,"
        " contributed to this report."
    )
    assert c is not None and c.contributors == ["Jo Roe", "Al Poe"]
    assert c.locations == ["Avelton, Fla.", "Bex"]


def test_wire_credit_region_keeps_abbreviation() -> None:
    c = parse_wire_credit("(Reporting by Jo Roe; Additional reporting by Al Poe in Washington, D.C.; Editing by Ed Lo)")
    assert c is not None
    assert c.contributors == ["Jo Roe", "Al Poe"] and c.editors == ["Ed Lo"]
    assert c.locations == ["Washington, D.C."]
    c = parse_wire_credit("(Reporting by Jo Roe in Avelton. Editing by Ed Lo)")
    assert c is not None and c.locations == ["Avelton"]


def test_reader_signature_and_closed_debate_notice_cut() -> None:
    ct = clean_text("This debate is now closed.\n" + BODY + "\n(Jo, Avelton).\n(Al Poe, Bex, Avelland).")
    assert "(Jo, Avelton)." in ct.removed and "(Al Poe, Bex, Avelland)." in ct.removed
    assert "This debate is now closed." not in ct.text
    assert "The mayor said a temporary footbridge would open next week." in ct.text


def test_caption_above_its_credit_line_leaves_the_credit_to_its_rule() -> None:
    ct = clean_text(
        "A scene from the Avel festival in May.\n"
        "Photograph: Jo Roe/Avel Studios The council met again on Friday to hear the engineers.\n" + BODY
    )
    assert ct.title is None or "Photograph" not in ct.title
    assert "Photograph: Jo Roe/Avel Studios" not in ct.text
