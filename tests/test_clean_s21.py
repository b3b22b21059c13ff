"""Session 21 cleaning: picture captions and credits, calls to the reader, a credit's location.

All text is invented."""

from __future__ import annotations

from storyline.clean import metadata as md
from storyline.clean.boilerplate import clean_text, is_caption_line, is_promo_line, split_photo_credit
from storyline.clean.wire import parse_wire_credit

STORY = [
    "The Avel river burst its banks on Monday, flooding the lower town.",
    "Officials said 40 homes were evacuated overnight and two bridges were closed.",
    "The mayor, Jo Roe, said repairs would take several weeks.",
]


# ---- a credit's location -------------------------------------------------------------------------


def test_credit_location_is_not_part_of_the_name() -> None:
    cr = md.parse_credit("Jo Roe in Avel and Al Poe in New Bex contributed to this report.")
    assert cr is not None
    assert cr.contributors == ["Jo Roe", "Al Poe"]
    assert cr.locations == ["Avel", "New Bex"]


def test_credit_without_location_keeps_whole_name() -> None:
    cr = md.parse_credit("Courier's Ursula von der Roe contributed to this report.")
    assert cr is not None
    assert cr.contributors == ["Ursula von der Roe"]
    assert cr.locations == []


def test_reporting_by_line_and_wire_bracket_read_the_location() -> None:
    cr = md.parse_credit("Reporting by Jo Roe in Avel; Editing by Al Poe")
    assert cr is not None
    assert (cr.contributors, cr.editors, cr.locations) == (["Jo Roe"], ["Al Poe"], ["Avel"])
    wc = parse_wire_credit("(Reporting by Jo Roe in Avel; Editing by Al Poe)")
    assert wc is not None
    assert (wc.contributors, wc.editors, wc.locations) == (["Jo Roe"], ["Al Poe"], ["Avel"])


# ---- calls to the reader -------------------------------------------------------------------------


def test_promo_lines_are_recognised() -> None:
    for line in (
        "Explore all of our flood graphics to track the water, see its effects, and learn about defences.",
        "View how farms, roads and the coastline are all at risk.",
        "Read more about the flood defences.",
        "Get the Morning Digest delivered to your inbox every day.",
        "Click image for full graphic.",
        "For more details go to the council website.",
        "Follow live updates here .",
    ):
        assert is_promo_line(line), line


def test_story_sentences_are_not_promo() -> None:
    for line in (
        "Follow the money, the inspector told the committee on Tuesday.",  # no word of the page
        "Watch: the minister answers questions.",  # a label, not a call
        '"See, we can agree on this here," the mayor said.',  # a quotation
        "For more than six years the bridge stood empty.",
        "Get your house in order before the next storm.",
        # a call to the reader glued to a story sentence: the line is kept whole
        "Read more about why help is late There is also a gap between the two towns.",
        "Follow our live updates A rescue boat is seen near the bridge.",
        'See more here "Our roads are not ready," said Jo Roe.',
    ):
        assert not is_promo_line(line), line


def test_clean_text_cuts_promo_line_and_keeps_story() -> None:
    text = "\n".join([STORY[0], "Explore all of our flood graphics to track the water.", *STORY[1:]])
    ct = clean_text(text)
    assert "Explore all" not in ct.text
    for s in STORY:
        assert s in ct.text
    assert any("Explore all" in r for r in ct.removed)


# ---- picture captions and credits ----------------------------------------------------------------


def test_caption_line_with_credit_at_the_end() -> None:
    assert is_caption_line("How the flood would look over the old town Photograph: courier.")
    assert is_caption_line("A heron on the flooded meadow Photograph: Jo Roe/AP")
    # a sentence, then a credit: not one caption
    assert not is_caption_line("The river rose. Then the bridge closed Photograph: Jo Roe/AP")
    assert not is_caption_line("The Photograph: a book about pictures")


def test_first_line_caption_is_removed() -> None:
    ct = clean_text("\n".join(["How the flood would look over the old town Photograph: courier.", *STORY]))
    assert "Photograph" not in ct.text
    assert ct.text.startswith(STORY[0])


def test_credit_naming_the_photographer_alone() -> None:
    assert split_photo_credit("Photograph: Jo Roe Flop flop flop.") == ("Photograph: Jo Roe", "Flop flop flop.")
    assert split_photo_credit("Photo: Jo Roe for the Courier Al Poe, the mayor, said") == (
        "Photo: Jo Roe for the Courier",
        "Al Poe, the mayor, said",
    )
    # a one-word credit before a possessive or a sentence opener
    assert split_photo_credit("Photograph: Nasa Avel's new chief said") == ("Photograph: Nasa", "Avel's new chief said")
    assert split_photo_credit("Photograph: Spillcam One month after") == ("Photograph: Spillcam", "One month after")
    # tokenised possessive
    assert split_photo_credit("Photograph : Nasa Avel 's new chief")[0] == "Photograph : Nasa"
    # the caption itself after "Photo:": nothing is cut
    assert split_photo_credit("Photo: A heron walks past the flooded meadow.") == (
        "",
        "Photo: A heron walks past the flooded meadow.",
    )
    assert split_photo_credit("Photo: Northern Avel field taken in May by Jo Roe.")[0] == ""


def test_credit_with_lower_case_agency_and_a_clock_after_it() -> None:
    cut, rest = split_photo_credit("A heron on the meadow Photograph: Jo Roe/reuters Avel Oil said today")
    assert cut == "A heron on the meadow Photograph: Jo Roe/reuters"
    assert rest == "Avel Oil said today"
    assert split_photo_credit("Photograph: Jo Roe/AP 2pm: Here we go")[1] == "2pm: Here we go"


def test_first_line_caption_before_a_name_credit_goes_with_it() -> None:
    text = "\n".join(
        [
            "A heron on the flooded meadow near Avel.",
            "Photograph: Jo Roe Flop flop flop.",
            "The sound of wings on the water carries across the meadow.",
            *STORY,
        ]
    )
    ct = clean_text(text)
    assert "heron" not in ct.text
    assert "Jo Roe Flop" not in ct.text
    assert "Flop flop flop." in ct.text
    for s in STORY:
        assert s in ct.text
