"""Lists of dated items and fact boxes with no colon labels glued into one line (all text invented):
each dated item stands alone with its own date, and a box of figures goes to the debris."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.glued import fact_box_end, glued_sentences

BODY = (
    "The harbour authority said on Monday that the ferry had been towed back to port.\n\n"
    "Crews worked through the night to pump water from the hull, the authority said.\n\n"
)


def _pieces(line: str) -> list[str]:
    cuts = glued_sentences(line)
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def test_an_item_of_a_dated_list_stands_alone_with_its_own_date() -> None:
    line = "Flood and resulting landslides killed 2,300 14 Mar, 1921: Upper Avel Valley, Norland."
    assert _pieces(line) == ["Flood and resulting landslides killed 2,300", "14 Mar, 1921: Upper Avel Valley, Norland."]
    line = "The storm flattened coastal villages and ports 1962: Typhoon Sela killed 900 people."
    assert _pieces(line) == ["The storm flattened coastal villages and ports", "1962: Typhoon Sela killed 900 people."]
    line = "Served as an adviser to the central bank 2001-04: Governor of the Avel State Bank."
    assert _pieces(line)[-1] == "2001-04: Governor of the Avel State Bank."


@pytest.mark.parametrize(
    "line",
    [
        'As the old minister put it in 1911: "The harbour is the town."',  # a year after "in" goes on the sentence
        "The notes of the meeting held on Friday 3 June 2004: the mayor was told to wait.",
        "The notes of the meeting held on 3 June 2004: Mayor Roe was told to wait.",  # "3 | June 2004" is one date
        "The notes of the meeting held on June 3 2004: Mayor Roe was told to wait.",
        "He chaired the board from 1990 1994: Director of the Avel harbour trust.",  # a range of years
        "The harbour has not flooded since 1953: The sea wall held every winter after.",
    ],
)
def test_a_year_inside_a_sentence_is_no_list_item(line: str) -> None:
    assert _pieces(line) == [line]


BOX = (
    "Population of 4 million people Most earn less than $5 a day Free elections held in 1998 "
    "Fishing and tourism are the main trade Coastal forest cut to 8% of its 1950 extent "
    "Floods in 2011 left 300 homeless "
)


def test_a_fact_box_without_colons_ends_before_the_sentence() -> None:
    for sentence in (
        "The regional bank said it would lend $2m for repairs.",
        "Norland, Avelia and several island states have also sent boats.",
    ):
        line = BOX + sentence
        assert line[fact_box_end(line) or 0 :] == sentence
    res = clean_text(BODY + BOX + "The regional bank said it would lend $2m for repairs.\n")
    assert "The regional bank said it would lend $2m for repairs." in res.text.split("\n")
    assert not any("1998" in ln for ln in res.text.split("\n"))  # the box carries no date into the story


def test_a_box_of_bracketed_chart_places_is_a_fact_box() -> None:
    line = (
        "From the third album Harbour Lights UK number nine (May 1988) Number four 'Best song for a wet day' "
        "(Radio poll, 2003) Number two 'Best wedding song' (Avel Weekly, 1999) The song was written in one night."
    )
    assert line[fact_box_end(line) or 0 :] == "The song was written in one night."


@pytest.mark.parametrize(
    "line",
    [
        # prose: a clause runs across the figures, items are not three in a row
        "The ferry carried 300 passengers and 40 cars when it left the port at noon on Monday.",
        "In 2009 Roe said the harbour had lost 30% of its trade since the 1990s and would need help.",
        # two short items only
        "Population of 4 million people Most earn less than $5 a day The bank said it would lend money.",
        # items too long to be a box
        "The authority counted 4,000 boats in the harbour over the winter months of last year Most of "
        "them were small fishing boats owned by 200 families Officials said the number had fallen by 12% "
        "The harbour master said that more would be lost.",
    ],
)
def test_prose_with_figures_is_no_bare_fact_box(line: str) -> None:
    assert fact_box_end(line) is None


def test_a_list_that_has_begun_cuts_after_a_name_too() -> None:
    line = "1979: 90m gallons leaked after a collision off the coast of Avelia 1983: 80m gallons leaked from a rig."
    assert _pieces(line)[-1] == "1983: 80m gallons leaked from a rig."
    line = "A short history of the harbour town of Avelia 1920: The first ferry sailed to the islands."
    assert _pieces(line) == [line]  # no list before the name: the year may be the name's ("Avelia 1920")
