"""Penn-Treebank detokenisation, picture credits and print-edition notes (invented text)."""

from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.boilerplate import clean_text, split_photo_credit
from storyline.clean.detok import detokenize, detokenize_line, looks_tokenized
from storyline.options import Options
from storyline.records import RawDocument

TOKENIZED = (
    "The Flood Agency -LRB- FA -RRB- said the river had `` peaked '' , but it ca n't rule out more rain .\n"
    "Residents ' homes in the valley were hit , the mayor 's office said , with $ 12m -LRB- 5 % -RRB- set aside .\n"
    "Maps are at floods.example\\/north .\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The Flood Agency -LRB- FA -RRB- said the river had `` peaked '' , but it ca n't rule out more rain .",
            'The Flood Agency (FA) said the river had "peaked", but it can\'t rule out more rain.',
        ),
        (
            "Residents ' homes were hit , the mayor 's office said .",
            "Residents' homes were hit, the mayor's office said.",
        ),
        ("It cost $ 12m -LRB- 5 % -RRB- in all .", "It cost $12m (5%) in all."),
        ("The agency called it ` a warning ' today .", "The agency called it 'a warning' today."),
        ("Maps are at floods.example\\/north -LSB- sic -RSB- .", "Maps are at floods.example/north [sic]."),
        # quote marks written as '' both ways: the words around them decide
        ("taken ill with '' flu-like symptoms '' today .", 'taken ill with "flu-like symptoms" today.'),
        ("the worst yet , '' she said . '' We are ready .", 'the worst yet," she said. "We are ready.'),
        ("She said , '' We are ready , '' and left .", 'She said, "We are ready," and left.'),
    ],
)
def test_detokenize_line(line: str, expected: str) -> None:
    assert detokenize_line(line) == expected


def test_detokenize_keeps_lines() -> None:
    out = detokenize(TOKENIZED)
    assert out.count("\n") == TOKENIZED.count("\n")
    assert out.splitlines()[0].endswith("more rain.")


@pytest.mark.parametrize(
    ("text", "tokenized"),
    [
        (TOKENIZED, True),
        ("Rain fell . Rivers rose , and roads closed .\nThe mayor said : stay home .\n", True),
        ("Rain fell. Rivers rose, and roads closed.\nThe mayor said: stay home.\n", False),
        # '' as a quote mark in otherwise ordinary text is not tokenisation
        ("'' We could not wait,'' he said. Roads closed, rivers rose.\n", False),
        ("", False),
    ],
)
def test_looks_tokenized(text: str, tokenized: bool) -> None:
    assert looks_tokenized(text) is tokenized


def test_ordinary_text_is_untouched_by_cleaning() -> None:
    text = "Rain fell on Tuesday, officials said.\nThe river (the Ouse) rose by 2m - a record.\n"
    a = clean_document(RawDocument(id="t", file="t.txt", format="txt", text=text, meta={}), Options())
    assert a.text == text.strip()


def test_tokenized_article_is_printed_as_a_newspaper_would() -> None:
    a = clean_document(RawDocument(id="t", file="t.txt", format="txt", text=TOKENIZED, meta={}), Options())
    assert "-LRB-" not in a.text and " ," not in a.text and "\\/" not in a.text
    assert '"peaked"' in a.text and "can't" in a.text and "floods.example/north." in a.text


@pytest.mark.parametrize(
    ("line", "credit", "rest"),
    [
        ("Photograph: Jane Roe/AP Officials met on Monday.", "Photograph: Jane Roe/AP", "Officials met on Monday."),
        ("Photo: Ann Lee/AFP/Getty Images The talks ended.", "Photo: Ann Lee/AFP/Getty Images", "The talks ended."),
        ("Photograph: PA Two more cases were found.", "Photograph: PA", "Two more cases were found."),
        ("Photograph: Jane Roe/Reuters", "Photograph: Jane Roe/Reuters", ""),
        # a caption glued before its credit goes with it
        (
            "Crowds gather at the port. Photograph: Jane Roe/EPA Ferries resumed on Friday.",
            "Crowds gather at the port. Photograph: Jane Roe/EPA",
            "Ferries resumed on Friday.",
        ),
        ("The photograph: a fake, he said.", "", "The photograph: a fake, he said."),
        ("Photo: crowds in the square. Police said.", "", "Photo: crowds in the square. Police said."),
    ],
)
def test_split_photo_credit(line: str, credit: str, rest: str) -> None:
    assert split_photo_credit(line) == (credit, rest)


def test_photo_credit_cut_is_recorded() -> None:
    text = "Ferry services resume after storm\nPhotograph: Jane Roe/AP Ferries sailed again on Friday, the operator said.\n"
    a = clean_document(RawDocument(id="t", file="t.txt", format="txt", text=text, meta={}), Options())
    assert a.text.startswith("Ferries sailed again")
    assert "Photograph: Jane Roe/AP" in a.removed
    assert "Photograph: Jane Roe/AP" in clean_text(text).removed  # the cleaning audit sees the cut


def test_photo_credit_in_treebank_tokens() -> None:
    assert split_photo_credit("Photograph : Jane Roe\\/AP\\/Pool `` We sailed , '' he said .") == (
        "Photograph : Jane Roe\\/AP\\/Pool",
        "`` We sailed , '' he said .",
    )


@pytest.mark.parametrize(
    "note",
    [
        "A version appeared on p7 of the Main section of the Daily Example on Saturday 2 May 2009.",
        "A version of this article appears in print on May 2, 2009, on page A1 of the New York edition.",
        "Letters for publication should be sent to: letters@example.co.uk If you need help using the site: help@example.co.uk",
    ],
)
def test_print_notes_and_contact_footers_removed(note: str) -> None:
    body = "Ferries sailed again on Friday, the operator said.\nThe storm had closed the port for a week.\n"
    ct = clean_text(body + note + "\n")
    assert note not in ct.text and note in ct.removed
    assert "The storm had closed the port for a week." in ct.text


def test_contact_footer_cut_from_a_standfirst() -> None:
    standfirst = "Storm closes the port Ferries stayed in harbour for a week as winds reached 100mph along the coast"
    footer = "Letters for publication should be sent to: letters@example.co.uk Call the main switchboard"
    ct = clean_text(f"{standfirst} {footer}\nThe port reopened on Friday, officials said.\n")
    assert footer not in ct.text and footer in ct.removed
    assert ct.removed.index(footer) == len(ct.removed) - 1  # page order
    assert "Ferries stayed in harbour" in ct.text or standfirst in ct.removed


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("between 20,000-40 ,000 barrels .", "between 20,000-40,000 barrels."),
        ("a magnitude-5 .1 tremor", "a magnitude-5.1 tremor"),
        ("3 million gallons\\/11 .4 million litres", "3 million gallons/11.4 million litres"),
        ("on air 9.00-11 .30 pm", "on air 9.00-11.30 pm"),
        ("rooms 4 , 5 and 6", "rooms 4, 5 and 6"),
    ],
)
def test_number_split_after_a_range_dash_is_joined(tokens: str, text: str) -> None:
    assert detokenize_line(tokens) == text
