"""Key-point bullets glued into a page's first line, and the finite-verb test's "-ed" words (invented text)."""

from storyline.clean.boilerplate import CleanText, _judge_pieces
from storyline.clean.glued import _finite, bullet_deck, reads_as_headline, reads_as_standfirst, split_bullets


def test_eed_words_are_no_past_tense() -> None:
    for word in ("need", "speed", "seed", "feed", "bleed", "breed", "proceed", "exceed", "succeed", "greed"):
        assert not _finite(word), word
    for word in ("agreed", "freed", "guaranteed", "bombed", "robbed", "pushed", "landed"):
        assert _finite(word), word
    for word in ("hundred", "sacred", "seabed", "bloodshed", "naked"):
        assert not _finite(word), word


def test_headline_with_eed_present_reads_as_headline() -> None:
    assert reads_as_headline("Avel towns need speed on flood aid")
    assert not reads_as_headline("Avel towns agreed to share flood aid")


def test_standfirst_clause() -> None:
    assert reads_as_standfirst("Avel mayor Jo Roe resigns over flood warnings")
    assert reads_as_standfirst("Repairs could take until the spring")
    assert reads_as_standfirst("Officials say the dam will hold")
    assert not reads_as_standfirst("A selection of the finest pictures from the week")  # no verb
    assert not reads_as_standfirst("Post your questions to our flood expert now")  # addressed to the reader
    assert not reads_as_standfirst("The council members who")  # cut off
    assert not reads_as_standfirst("Dam Repairs Begin In Avel Town")  # title case


def test_split_bullets_drops_glyphs() -> None:
    assert split_bullets("• Dam repairs begin • Town council resigns •") == [
        "Dam repairs begin",
        "Town council resigns",
    ]
    assert split_bullets("cents Toll rises to 40 cents Port reopens") == ["Toll rises to 40", "Port reopens"]
    assert split_bullets("Fares rise by 5 cents a ride") == ["Fares rise by 5 cents a ride"]
    assert bullet_deck(["• Dam repairs begin", "The river rose."])
    assert not bullet_deck(["Dam repairs begin", "The river rose."])


def test_bullet_deck_pieces_are_judged_as_items() -> None:
    res = CleanText(text="", title="Avel dam repairs to take months")
    pieces = [
        "• Engineers have found cracks in the north wall • Town council resigns over warnings",
        "• Ferry fares •",
        "The Avel dam will stay closed until the spring, engineers said on Monday.",
    ]
    kept = _judge_pieces(pieces, res)
    assert kept == [
        "Engineers have found cracks in the north wall",
        "Town council resigns over warnings",
        "The Avel dam will stay closed until the spring, engineers said on Monday.",
    ]
    assert res.removed == ["Ferry fares"]  # a short label
