"""Wire link notes and credits in brackets, a writer's closing biography, "#" for "£" (invented text)."""

from __future__ import annotations

from storyline.clean.boilerplate import clean_text
from storyline.clean.wire import cut_link_notes, parse_wire_credit, restore_pound, writer_bio

BODY = (
    "Avelia Oil said on Monday that its offshore well had been shut.\n\n"
    "The company said output would resume next week, and the regulator agreed.\n\n"
    "Officials met in Port Avel on Tuesday to review the plan for the coast.\n\n"
    '"We are ready for this," the energy minister told reporters.\n'
)


def test_link_notes_and_credit_before_page_text_are_cut() -> None:
    text = (
        BODY + "-LRB- For more Courier coverage of the spill , click here -RRB- "
        "-LRB- For a map of the coast , go to : here -RRB- "
        "-LRB- additional reporting by Jo Roe in Avel ; Editing by Al Poe -RRB- "
        "A fast platform for trading A connected approach to risk\n"
    )
    res = clean_text(text)
    assert "click here" not in res.text and "go to" not in res.text
    assert "Editing by" not in res.text and "platform for trading" not in res.text
    assert res.text.rstrip().endswith("told reporters.")
    assert res.contributors == ["Jo Roe"]
    assert any("click here" in r for r in res.removed)


def test_credit_split_over_two_lines_and_page_text_below() -> None:
    text = (
        BODY
        + "(Writing and reporting by Jo Roe.\nEditing by Al Poe).\nA fast platform for trading A connected approach\n"
    )
    res = clean_text(text)
    assert "Jo Roe" not in res.text and "platform" not in res.text
    assert res.contributors == ["Jo Roe"]


def test_credit_inside_a_paragraph_is_cut_and_the_sentence_kept() -> None:
    text = BODY.replace("for the coast.", "for the coast (Reporting by Jo Roe) and then left.")
    res = clean_text(text)
    assert "for the coast and then left." in res.text
    assert "Reporting by" not in res.text
    assert res.contributors == ["Jo Roe"]


def test_prose_in_brackets_opening_with_for_stays() -> None:
    line = "The tower is tall (For comparison, the old mast was half its height) and new."
    assert cut_link_notes(line) == (line, [])
    assert cut_link_notes("Shut. (For more coverage, click here) Then.") == (
        "Shut. Then.",
        ["(For more coverage, click here)"],
    )


def test_parse_wire_credit() -> None:
    cr = parse_wire_credit("(additional reporting by Jo Roe in Avel; Editing by Al Poe and Di Fu).")
    assert cr is not None and cr.contributors == ["Jo Roe"] and cr.editors == ["Al Poe", "Di Fu"]
    cr = parse_wire_credit("-LRB- Reporting by Jo Roe . Additional reporting by Ed E. Lo . Editing by Al Poe -RRB-")
    assert cr is not None and cr.contributors == ["Jo Roe", "Ed E. Lo"] and cr.editors == ["Al Poe"]
    cr = parse_wire_credit("(Writing and reporting by Jo Roe, editing by Al Poe)")
    assert cr is not None and cr.contributors == ["Jo Roe"] and cr.editors == ["Al Poe"]


def test_writer_bio() -> None:
    assert writer_bio("He began covering politics for the BBC in Avel in 1992, then moved to Port Avel.")
    assert writer_bio("Jo Roe is the BBC's health correspondent.")
    assert writer_bio("She joined Reuters in 1990 and was based in Port Avel.")
    assert writer_bio("Jo Roe is professor of history at Avel University.", ["Jo Roe"])
    # not about a writer: no outlet, no newsroom job, or a long paragraph
    assert not writer_bio("He joined the board of Avelia Oil in April 2009.")
    assert not writer_bio("Jo Roe was a nurse in Port Avel.")
    assert not writer_bio("Jo Roe is professor of history at Avel University.", ["Al Poe"])
    assert not writer_bio("He joined Reuters in 1990. " + "He said the spill was bad. " * 3)
    assert not writer_bio("Jo Roe is an editor at the BBC and begins by telling us the singer was ill.")


def test_closing_bio_is_debris_but_a_closing_fact_stays() -> None:
    res = clean_text(BODY + "\nShe joined Reuters in London in 1990 and covered the energy ministry.\n")
    assert "joined Reuters" not in res.text
    assert any("joined Reuters" in r for r in res.removed)
    res = clean_text(BODY + "\nHe joined the board of Avelia Oil in April 2009.\n")
    assert "joined the board" in res.text


def test_restore_pound() -> None:
    assert restore_pound("paid $562m (#346m) in fines") == ("paid $562m (£346m) in fines", 1)
    assert restore_pound("#1.2bn, #5 million and #1,500 a month")[0] == "£1.2bn, £5 million and £1,500 a month"
    assert restore_pound("a fine of $1,100 (#715) a barrel, tickets A$10 (#5.60)")[1] == 2
    assert restore_pound("raised #12,000, he said")[0] == "raised £12,000, he said"
    for kept in ("ranked #1 in Avel", "#Avelia", "#2.50", "&#163;", "issue #12,3", "Storm (#5) grew"):
        assert restore_pound(kept) == (kept, 0)


def test_media_player_notices_are_cut_wherever_they_stand() -> None:
    assert cut_link_notes("Floods in Avel Can not play media .") == ("Floods in Avel", ["Can not play media ."])
    assert cut_link_notes("Sorry, this media is not available in your territory.")[0] == ""
    assert cut_link_notes("He said he can not play media games.")[1] == []
    res = clean_text("Cannot play media.\n" + BODY)
    assert not res.text.startswith("Cannot")


def test_caption_glued_before_a_sentence_after_a_name_or_a_phrase() -> None:
    from storyline.clean.glued import glued_sentences

    line = "Hundreds of fans gathered outside the court in downtown Avel The judge ordered a delay."
    assert [line[c:] for c in glued_sentences(line)] == ["The judge ordered a delay."]
    line = "Fans sing outside the family home A spokeswoman for the doctor said she would not comment."
    assert [line[c:] for c in glued_sentences(line)] == ["A spokeswoman for the doctor said she would not comment."]
    # a letter after a name, a title's function word and a noun phrase with no verb stay whole
    assert glued_sentences("Doctors said the Vitamin A levels were low in most of the patients.") == []
    assert glued_sentences("He read Cats And The Hat to the class on Monday morning.") == []
    assert glued_sentences("2019: The BBC's Jo Roe in Avel The minister said the law was new.") == []
    assert glued_sentences("Drugs were found in the body A cocktail of drugs - including sedatives - was there.") == []
    res = clean_text(BODY + "\nFans sing outside the family home A spokeswoman for the doctor said she would wait.\n")
    assert "family home" not in res.text and "A spokeswoman for the doctor said she would wait." in res.text
