"""Session 29: a wire photo's caption, which ends on the picture's day set off by a comma, is a caption
whatever its length (story/events.py ``caption``), so it is never a timeline entry nor a summary line."""

from storyline.story.events import caption, fragment


def test_wire_photo_day_makes_a_long_caption() -> None:
    # longer than CAPTION_WORDS, and its verb ("walks out to deliver") is none the short-caption test reads
    text = (
        "The governor walks out to deliver remarks on the steps of the statehouse following a closed meeting "
        "with county officials and relief agencies on the flooding along the river, Friday, May 14, 2010."
    )
    assert caption(text)
    assert fragment(text)


def test_wire_photo_day_with_abbreviated_month_and_no_comma_after_the_weekday() -> None:
    assert caption("Traders watch a market board at the exchange in Frankfurt, Thursday Oct. 16, 2008.")
    assert caption("Rescue boats circle the burning platform off the coast, Tuesday, July 20, 2010.")


def test_news_prose_that_dates_a_day_with_on_is_no_caption() -> None:
    # a sentence of news writes "on" before the weekday: what happened that day, not a picture
    assert not caption("The platform exploded and sank off the coast on Tuesday, April 20, 2010.")
    assert not fragment("The platform exploded and sank off the coast on Tuesday, April 20, 2010.")


def test_a_day_inside_the_sentence_is_no_wire_photo_day() -> None:
    # the picture's day ends a caption; a date in mid-sentence, or without its year, is the news's own
    assert not caption("The minister resigned, Friday, May 14, 2010, after the vote of no confidence.")
    assert not caption("The committee met in closed session to hear the minister, Friday, May 14.")
