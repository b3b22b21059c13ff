"""Session 26: a photo's caption is never told in the summary (summary.tellable)."""

from __future__ import annotations

from storyline.story.summary import tellable


def test_a_caption_is_not_tellable() -> None:
    assert not tellable("Fire burns on the ferry off Port Elan in March.")
    assert not tellable("Dead gulls lie in the slick from the tanker on the Avel coast.")
    assert not tellable("A rescuer walks past a collapsed school in Tarn on Monday.")


def test_news_in_the_present_or_past_stays_tellable() -> None:
    assert tellable("Fire burned on the ferry for two days before it sank off Port Elan.")
    assert tellable("Avel Oil agrees to pay $2bn into a fund for the fishermen of the coast.")
    assert tellable("Rescuers say the fire still burns on the ferry off Port Elan.")
