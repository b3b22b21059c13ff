"""One dateline pattern: the cut yields the place, day and agency, and the outlet is read from the
cut; a sentence splitter's breaks inside a sentence are rejoined (all text invented)."""

from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.boilerplate import clean_text
from storyline.clean.dateline import cut_datelines, outlet_dateline
from storyline.options import Options
from storyline.records import RawDocument

OPT = Options()
BODY = [
    "Crews worked through the night to pump water from the hull, the authority said.",
    "Investigators will board the ship on Wednesday to examine the damaged engine room.",
    "The ferry company said no passenger had been hurt in the collision.",
]


def _raw(text: str) -> RawDocument:
    return RawDocument(id="x", file="x.txt", format="txt", text=text)


def test_cut_yields_place_day_and_agency() -> None:
    text, found = cut_datelines("PORT AVEL, Md., March 3 (Reuters) - The minister said the ferry would sail.")
    assert text == "The minister said the ferry would sail."
    (d,) = found
    assert (d.place, d.region, d.day, d.agency, d.outlet, d.line) == (
        "PORT AVEL",
        "Md.",
        "March 3",
        "Reuters",
        "Reuters",
        0,
    )


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        ("June 3 (Reuters) - Divers found the wreck on the reef.", "June 3", None),
        ("Thu May 27, 2010 12:32 pm EDT (Reuters) - Divers found the wreck on the reef.", None, None),
        ("NORLAND, Ala., (Reuters) - Divers found the wreck on the reef.", None, "NORLAND"),
        ("PORT AVEL, La/NORLAND (Reuters) - Divers found the wreck on the reef.", None, "PORT AVEL"),
    ],
)
def test_day_alone_stamp_alone_and_loose_regions(line: str, day: str | None, place: str | None) -> None:
    text, found = cut_datelines(line)
    assert text.startswith("Divers found the wreck")
    assert found[0].outlet == "Reuters" and found[0].day == day and found[0].place == place


def test_key_point_bullets_with_a_short_place_and_its_day() -> None:
    line = "* Avelia bans imports * Says risk is low (Adds quote) ROME, May 16 (Reuters) - Avelia banned imports on Friday."
    text, found = cut_datelines(line)
    assert text == "Avelia banned imports on Friday."
    assert found[0].place == "ROME" and found[0].day == "May 16" and found[0].text.startswith("* Avelia")


def test_a_short_place_without_a_day_inside_a_line_is_no_dateline() -> None:
    line = "He spoke to the NASA (Reuters) - The agency said so on Friday."
    assert cut_datelines(line) == (line, [])


def test_outlet_is_read_from_the_cut_dateline_only() -> None:
    # near the top it names the publisher; further down it opens a story the page quotes
    _, found = cut_datelines("\n".join(["NORLAND (AP) -- The storm reached the coast at dawn.", *BODY]))
    d = outlet_dateline(found)
    assert d is not None and d.outlet == "Associated Press"
    _, found = cut_datelines("\n".join([*BODY, "NORLAND (AP) -- The storm reached the coast at dawn."]))
    assert found and outlet_dateline(found) is None
    # a dateline with too little after it is not cut, so it names no outlet either
    a = clean_document(_raw("\n\n".join(["NORLAND (AP) -- Nobody came.", *BODY])), OPT)
    assert a.outlet is None and "NORLAND (AP) --" in a.text


def test_article_outlet_evidence_is_the_removed_dateline() -> None:
    a = clean_document(
        _raw("\n\n".join(["PORT AVEL, March 3 (AFP) - The minister said the ferry would sail.", *BODY])), OPT
    )
    assert a.outlet == "AFP"
    assert a.outlet_evidence == "PORT AVEL, March 3 (AFP) -"
    assert a.outlet_evidence in a.removed and a.outlet_evidence not in a.text
    assert a.dateline is not None and a.dateline.text == a.outlet_evidence
    assert (a.dateline.place, a.dateline.day, a.dateline.agency) == ("PORT AVEL", "March 3", "AFP")


def test_a_place_dateline_is_kept_as_data_and_none_when_absent() -> None:
    a = clean_document(_raw("\n\n".join(["KEY HAVEN, Fla. -- The minister said the ferry would sail.", *BODY])), OPT)
    assert a.dateline is not None and (a.dateline.place, a.dateline.region) == ("KEY HAVEN", "Fla.")
    assert a.dateline.agency is None and "KEY HAVEN" not in a.text
    assert clean_document(_raw("\n\n".join(BODY)), OPT).dateline is None


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["The bill was written by Sen. Jo Roe (D-Ore.)", ", the committee chair, who spoke on Monday."],
            "(D-Ore.), the",
        ),
        (['"Who pays for all of this?"', "asked the mayor, who voted against the plan."], '?" asked the mayor'),
        (["Avel Oil (AVL.", "N) said on Monday it would cut output by a tenth."], "Avel Oil (AVL.N) said"),
        (["Sen. Jo Roe -LRB- D-Ore . -RRB-", ", the committee chair , spoke on Monday ."], "-RRB- , the committee"),
    ],
)
def test_splitter_breaks_inside_a_sentence_are_rejoined(lines: list[str], joined: str) -> None:
    text = clean_text("\n".join([*BODY, *lines, *BODY])).text
    assert joined in text


@pytest.mark.parametrize(
    "lines",
    [
        ["Where did the money go?", "Ferry routes reopen"],  # a headline after a question
        ['"What now?"', "Photo: the harbour at dawn"],  # a caption
        ["The plan has three parts:", "- a new pier", "- two more ferries"],  # list items
        ["The harbour reopened on Monday.", "the authority said more ferries would follow."],  # ends a sentence
    ],
)
def test_separate_lines_stay_apart(lines: list[str]) -> None:
    text = clean_text("\n".join([*BODY, *lines, *BODY])).text
    for ln in lines:
        if ln in text:  # the line may go as debris; if it stays, it stays on its own line
            assert any(t.strip() == ln for t in text.split("\n"))


def test_comment_notice_below_the_story_opens_the_comments() -> None:
    lines = [
        "Ferry sails again after collision",
        *BODY,
        "(Reporting by Jo Roe; Editing by Al Poe) We welcome comments that advance the story with relevant facts.",
        "WAKE UP PEOPLE, the ferry was never safe in the first place.",
        "On April 2, 2001 another ferry sank off the same coast, I remember it well.",
    ]
    ct = clean_text("\n".join(lines))
    assert ct.text.split("\n")[-1] == BODY[-1]
    assert "WAKE UP PEOPLE" not in ct.text and any("WAKE UP PEOPLE" in r for r in ct.removed)
    assert ct.comments == []  # comment text with no stamp is no bound on the publication date


def test_a_quoted_comment_policy_at_the_top_is_left_alone() -> None:
    lines = ["Views expressed in the comments are not ours, the site says", *BODY]
    assert clean_text("\n".join(lines)).text.split("\n")[-1] == BODY[-1]


def test_text_after_the_wire_credit_on_the_last_line_is_page_furniture() -> None:
    last = "The harbour will reopen on Friday. (Reporting by Jo Roe; Editing by Al Poe) A faster platform for traders"
    ct = clean_text("\n".join(["Ferry sails again after collision", *BODY, last]))
    assert ct.text.split("\n")[-1] == "The harbour will reopen on Friday."
    assert "A faster platform" not in ct.text
    assert ct.contributors == ["Jo Roe"]  # the credit is read before it goes


def test_a_credit_in_the_middle_of_the_story_stays() -> None:
    mid = "The harbour will reopen on Friday. (Reporting by Jo Roe) The ferry company said it would pay."
    after = "Divers will inspect the hull again next week, the company said on Tuesday."
    ct = clean_text("\n".join(["Ferry sails again after collision", *BODY, mid, after]))
    assert "The ferry company said it would pay." in ct.text and after in ct.text


def test_a_notice_quoted_inside_a_sentence_is_no_comment_section() -> None:
    quoted = "The editor said that we welcome comments from every reader, even angry ones."
    after = "Divers will inspect the hull again next week, the company said on Tuesday."
    ct = clean_text("\n".join(["Ferry sails again after collision", *BODY, quoted, after]))
    # (an older rule may take the sentence itself as words addressed to the reader) the story goes on
    assert ct.text.split("\n")[-1] == after


def test_tokenised_wire_credit_above_a_short_link_line() -> None:
    last = "The harbour will reopen on Friday . -LRB- Reporting by Jo Roe ; Editing by Al Poe -RRB- A faster platform for traders"
    ct = clean_text("\n".join(["Ferry sails again after collision", *BODY, last, "Our newest research platform"]))
    assert ct.text.split("\n")[-1] == "The harbour will reopen on Friday ."
    assert "A faster platform" not in ct.text


def test_a_reported_notice_is_a_story_sentence() -> None:
    said = "We welcome comments from the public until May 3, the harbour agency said on Monday."
    after = "Divers will inspect the hull again next week, the company said on Tuesday."
    ct = clean_text("\n".join(["Ferry sails again after collision", *BODY, said, after]))
    assert ct.text.split("\n")[-1] == after
