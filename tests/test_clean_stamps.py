"""A stamp written as spaced numbers opening the first paragraph is page furniture (clean.boilerplate)."""

from __future__ import annotations

from storyline.clean.boilerplate import clean_text

BODY = (
    "The river rose above the old bridge at Port Avel on Sunday, the regional council said.\n"
    "Rescue boats from Lannet reached the town before dawn, according to the coastguard.\n"
)


def test_spaced_numeric_stamp_before_the_dateline_is_removed() -> None:
    res = clean_text("2031 03 4 09:15 JST PORT AVEL (Wire) - " + BODY)
    assert res.text.startswith("PORT AVEL (Wire) - The river rose")
    assert "2031 03 4 09:15 JST" in res.removed


def test_a_year_opening_a_sentence_stays() -> None:
    text = "2031 was the wettest year the valley has seen since records began.\n" + BODY
    assert clean_text(text).text.startswith("2031 was the wettest year")


def test_figures_opening_a_sentence_stay() -> None:
    text = "2031 12 boats and 30 lorries were sent to the valley by the council.\n" + BODY
    assert clean_text(text).text.startswith("2031 12 boats")
