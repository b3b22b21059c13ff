"""Pieces cut from a glued first line are judged like lines; headline + caption + sentence boundaries.

All text is invented."""

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import CaseCounts, glued_sentences, position_caption, split_glued

BODY = (
    "\nOfficials said the water had started to fall by Saturday morning .\n"
    "Schools in the district will stay closed until the roads are cleared .\n"
    "The council has promised to publish a full report on the response .\n"
)


def _cuts_at(line: str, counts: CaseCounts | None = None) -> list[str]:
    return [line[c:].split()[0] for c in glued_sentences(line, counts)]


def test_caption_cut_from_title_line_goes_to_debris() -> None:
    first = (
        "Avel mayor Jo Roe gives radio interview Ms Roe spoke to a radio show which aired on "
        "Friday night Jo Roe , who was mayor during the floods , has defended her handling of the "
        "crisis in an interview ."
    )
    ct = clean_text(first + BODY)
    assert ct.title == "Avel mayor Jo Roe gives radio interview"
    assert ct.text.startswith("Jo Roe , who was mayor during the floods")
    assert "aired on Friday night" not in ct.text
    assert any("aired on Friday night" in r for r in ct.removed)


def test_headline_caption_and_sentence_after_a_figure_and_a_weekday() -> None:
    first = (
        "Avel flu cases up by 40 The care worker fell ill on Tuesday Forty new flu cases have been "
        "confirmed by the health agency , taking the total in the city to 300 ."
    )
    ct = clean_text(first + BODY)
    assert ct.title == "Avel flu cases up by 40"
    assert ct.text.startswith("Forty new flu cases have been confirmed")
    assert "The care worker fell ill on Tuesday" in ct.removed[0]


def test_long_standfirst_piece_is_kept() -> None:
    first = (
        "Avel floods close schools Up to 70 homes flooded as the river bursts its banks , cuts off "
        "three villages and prompts the council to call in the army to help The water rose above the "
        "old bridge on Friday evening ."
    )
    ct = clean_text(first + BODY)
    assert ct.title == "Avel floods close schools"
    assert ct.text.startswith("Up to 70 homes flooded")


def test_office_and_holder_after_headline() -> None:
    line = (
        "Agency declares flood emergency The Director General of the Avelian Water Agency , Jo Roe , "
        "has formally declared an emergency in the region ."
    )
    assert split_glued(line, CaseCounts())[0] == "Agency declares flood emergency"
    titled = "Critics praise the film The Lord of the Rings , Jo Roe , said on Monday ."
    assert split_glued(titled, CaseCounts()) == [titled]


def test_article_a_and_a_name_after_a_caption() -> None:
    line = (
        "Jo Roe is missing after the Avel flood A Northern Avelia woman is waiting for news of her "
        "husband , a senior official ."
    )
    assert _cuts_at(line) == ["A"]
    for label in ("type", "grade", "plan", "vitamin", "category", "hepatitis"):
        kept = f"Doctors warned of the new {label} A Avelian Strain is spreading in the north of the country ."
        assert glued_sentences(kept) == [], label
    assert glued_sentences("Doctors found that the strain A H1N1 virus is spreading in the north .") == []
    assert glued_sentences("Fans queued all night to read a A Little Life is a novel about four friends .") == []


def test_figure_in_a_date_is_no_headline_end() -> None:
    line = "Avel talks resume on May 5 The two sides met again in the capital on Friday ."
    assert split_glued(line, CaseCounts()) == [line]


def test_position_caption_after_cut_headline_goes() -> None:
    first = (
        "Avel stars play charity match for flood victims Jo Roe ( left ) and Al Poe ( right ) put "
        "their rivalry aside to help Avel Jo Roe was delighted after the match raised funds for the "
        "flood victims ."
    )
    ct = clean_text(first.replace("( left )", "(left)").replace("( right )", "(right)") + BODY)
    assert "(left)" not in ct.text and "(right)" not in ct.text


def test_second_from_left_marker_and_party_marker() -> None:
    assert position_caption("Jo Roe (2nd L) greets Al Poe in Port Avel on Monday .") is not None
    assert position_caption("Gov. Jo Roe (R) said the spill was the worst the state had seen .") is None
    assert position_caption("Sen. Jo Roe (R-Texas) said the bill would pass on Friday .") is None


def test_headline_without_title_goes_only_when_written_as_headline() -> None:
    first = (
        "Agency declares flood emergency The Director General of the Avelian Water Agency , Jo Roe , "
        "has formally declared an emergency in the region ."
    )
    ct = clean_text(first + BODY)
    assert ct.text.startswith("The Director General of the Avelian Water Agency")
    assert "Agency declares flood emergency" in ct.removed
    caption = (
        "Rescuers worked through the night in the rain The flood has cut off three villages , officials "
        "said on Monday ."
    )
    kept = clean_text(caption + BODY)
    assert kept.text.startswith("Rescuers worked through the night in the rain\n\nThe flood has cut off")
