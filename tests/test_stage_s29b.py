"""Session 29b sentence boundaries: a stock ticker cut at its exchange code, a number's one-letter
unit ("384.7 p.", "$2.5 m.") that the model runs into the next sentence, and a closed quotation
whose speaker the source put on the next line.  Invented text; spans stand in for the model."""

from __future__ import annotations

import pytest

from helpers import cut_at, line_spans, sents


@pytest.mark.parametrize(
    "text",
    [
        # ticker and exchange code in brackets, cut at the dot (a one-sentence-a-line source)
        "Shares of Gulfline Drilling Ltd (GDL.\nN) fell 6 percent on Monday.",
        "The rig, owned by Gulfline (GDL.\nS, sank two days after the blast.",
        # a share class in lowercase, a numeric Tokyo symbol, a double dot
        "Coastal Petroleum (CPTa.\nL) said output would rise.",
        "Harbor Motors (7261.\nT) cut its forecast for the year.",
        "Bayview Hotels (BVH..\nN) lost about 5 percent.",
        # the brackets lost, the code followed by a comma or (one letter) a lowercase word
        "Shares of Lakeside Gloves LKGV.\nKL, the largest maker, jumped.",
        "Northern Air NRA.\nL fell almost 10 percent.",
    ],
)
def test_a_ticker_cut_at_its_exchange_code_is_joined(text: str) -> None:
    assert sents(text, line_spans(text)) == [text]


def test_a_ticker_cut_on_the_same_line_is_joined() -> None:
    text = 'Analysts at Redfern Capital (RFC. L) "do not expect a quick recovery," the note said.'
    assert sents(text, cut_at(text, "L)")) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # capitals before a real boundary: the next sentence starts with a name, "I" or "A"
        "The well is owned by BP.\nBP said on Monday the cap would hold.",
        "The leak was blamed on BP.\nI, for one, do not believe it.",
        "The rescue was led by NATO.\nA spokesman declined to comment.",
        "The figures were released in 2010.\nOK, that is enough for today.",
        # capitals mixed with digits are a name, not a ticker
        "The first cases of H1N1.\nT cells fight the virus in the lungs.",
        # a lowercase word after a sentence ending in a lowercase word is left to the other rules
        "Other stocks were hit hard.\nN) fell 8 percent.",
    ],
)
def test_a_real_boundary_after_capitals_is_kept(text: str) -> None:
    assert sents(text, line_spans(text)) == text.split("\n")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Its shares rose 2.5% to 391.2 p. The company declined to comment.", "Its shares rose 2.5% to 391.2 p."),
        ("The fund has raised £12.5 m. Meanwhile, rescuers moved west.", "The fund has raised £12.5 m."),
        ("Profit was $4.2m. Analysts had expected less.", "Profit was $4.2m."),
        ('Bids reached 300 p. "It is a fair price," a trader said.', "Bids reached 300 p."),
    ],
)
def test_a_number_with_a_one_letter_unit_ends_a_sentence_before_a_capital(text: str, first: str) -> None:
    assert sents(text, [(0, len(text))]) == [first, text[len(first) + 1 :]]


@pytest.mark.parametrize(
    "text",
    [
        # clock times, lowercase continuations, a year (genealogy: "m." = married), an age in a census
        "The hearing starts at 10 a.m. Eastern time on Friday.",
        "The session ends at 5 p.m. Friday, officials said.",
        "The barrier stands 6 ft. tall along the shore.",
        "John Roe, b. 1802 m. Jane Poe, b. 1805 in the same parish.",
        "Mary Roe, 64, b. Newtown, was a grocer.",
    ],
)
def test_a_letter_abbreviation_that_is_no_unit_ends_nothing(text: str) -> None:
    assert sents(text, [(0, len(text))]) == [text]


@pytest.mark.parametrize(
    "text",
    [
        '"There is no way to measure the flow."\nsaid Ann Poe, a spokeswoman for the firm.',
        "'His death leaves a hole in the movement.'\nsaid Tom Hale, the union leader.",
        '"The figure is rising as work goes on."\nit said in a statement.',
    ],
)
def test_a_closed_quotation_and_its_speaker_on_the_next_line_are_one_sentence(text: str) -> None:
    assert sents(text, line_spans(text)) == [text]


def test_a_closed_quotation_before_a_new_sentence_is_kept_apart() -> None:
    text = '"There is no way to measure the flow."\nSaid to be the largest spill, it grew on Monday.'
    assert sents(text, line_spans(text)) == text.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        # a tokenised source spaces the dot inside "co.uk" and puts the rest on the next line
        "Readers can send photographs to riverpost.\nco. uk and we will print the best.",
        "The hearing is shown live at parliament.\nco. uk/live, with a recording later.",
        "Orders go through Bookfair.\nco. uk, which ships the same day.",
    ],
)
def test_a_spaced_web_address_cut_at_its_dot_is_joined(text: str) -> None:
    assert sents(text, line_spans(text)) == [text]


def test_a_web_address_before_a_capitalised_word_ends_its_sentence() -> None:
    # a photo credit that ends in an address, then the article's next sentence
    text = "Workers clear the beach. Photograph: riverpost.\nco. uk Crews will test the new cap today."
    assert sents(text, line_spans(text))[-1] == "co. uk Crews will test the new cap today."
