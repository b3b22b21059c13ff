"""Session 26 round 2 attribution rules (invented text): "Dr X of BODY said" credits the person, a fronted
time phrase is no part of the speaker, a phrase after the verb that opens with a preposition ("said in a
statement") names nobody while "denied by X" names X, a live blog's one-letter initial is no speaker, a word
doubled at a headline's seam or by a typo, a role that repeats its speaker, a US party tag after a name, a
quote that speaks of an unnamed group in the third person, and "the X" resolved only to a name X heads."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import _same_name, _spoken_of, _undoubled, extract_attributions, link_figures
from storyline.annotate.figures import extract_figures
from storyline.records import Attribution, Figure


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


# --------------------------------------------------------------------------- "Dr X of BODY said": the person speaks


def test_a_person_of_a_long_named_body_speaks_not_the_body() -> None:
    t = (
        "Dr Maria Ellis of the Northern Institute for Water Quality and Public Health Research said the river "
        "had been tested twice."
    )
    a = _atts(
        t, [("Maria Ellis", "PERSON"), ("the Northern Institute for Water Quality and Public Health Research", "ORG")]
    )
    assert a[0].speaker == "Maria Ellis"
    assert a[0].role == "Northern Institute for Water Quality and Public Health Research"


def test_a_quote_closed_by_a_person_of_a_long_named_body_is_hers() -> None:
    t = (
        '"We expect more cases before the summer," Dr. Paul Reyes of the State Office for Disease Control '
        "and Emergency Preparedness told reporters."
    )
    a = _atts(t, [("Paul Reyes", "PERSON")])
    assert a[0].speaker == "Paul Reyes"


# --------------------------------------------------------------------------- a fronted time phrase


def test_a_fronted_weekday_is_not_part_of_the_speaker() -> None:
    t = "On Thursday Acme said its second pump was ahead of schedule."
    a = _atts(t, [("Acme", "ORG")])
    assert a[0].speaker == "Acme"


def test_a_fronted_month_before_a_group_and_a_named_person() -> None:
    t = (
        "In March a team at Lakeside University said it had found traces of the chemical. "
        "In June Tom Price, the former chief of the agency, claimed that the tests had been rushed."
    )
    a = _atts(t, [("Lakeside University", "ORG"), ("Tom Price", "PERSON")])
    assert a[0].speaker == "a team at Lakeside University"
    assert a[1].speaker == "Tom Price"
    assert a[1].role == "the former chief of the agency"


def test_a_fronted_weekend_before_officials() -> None:
    t = "At the weekend health officials in Lima said two farms had been closed."
    a = _atts(t, [])
    assert a[0].speaker == "health officials in Lima"


# --------------------------------------------------------------------------- a phrase after the verb


def test_said_in_a_statement_names_no_speaker() -> None:
    t = '"The harbour will stay shut," port director Ben Cole, said in a statement.'
    a = _atts(t, [("Ben Cole", "PERSON")])
    assert 0 not in a or a[0].speaker != "in a statement"


def test_denied_by_names_the_agent() -> None:
    t = "The move follows reports, denied by Acme, that it paid the inspectors."
    a = _atts(t, [("Acme", "ORG")])
    assert a[0].speaker == "Acme"


def test_a_us_party_tag_does_not_hide_the_appositive() -> None:
    t = (
        "Rep. Jane Moss (D-Ore.), chairman of the House panel on fisheries, said in a statement that the "
        "fund was too small."
    )
    a = _atts(t, [("Jane Moss", "PERSON")])
    assert a[0].speaker is not None and a[0].speaker.endswith("Jane Moss")
    assert a[0].role == "chairman of the House panel on fisheries"


# --------------------------------------------------------------------------- one letter is no speaker


def test_a_live_blogs_initial_is_no_speaker() -> None:
    t = "We're laying a second line of booms, says K, just to be safe. Ships are on their way."
    a = _atts(t, [])
    assert a[0].speaker is None
    assert a[0].cue == "says"  # still said by someone


# --------------------------------------------------------------------------- doubled words


def test_a_headline_glued_on_with_the_same_word_is_cut_at_the_second_copy() -> None:
    assert _undoubled("Costs keep mounting for Acme Acme") == "Acme"
    assert _undoubled("Rosa Rosa Lind") == "Rosa Lind"
    assert _undoubled("PETER Peter Lind") == "Peter Lind"


def test_a_word_typed_twice_in_lower_case_is_dropped() -> None:
    assert _undoubled("Retired retired Navy") == "Retired Navy"
    assert _undoubled("the The delay") == "the delay"


def test_a_doubled_nickname_in_quotation_marks_stays() -> None:
    assert _undoubled('Harry "Bo Bo" Lind') == 'Harry "Bo Bo" Lind'
    assert _undoubled("Acme Oil") == "Acme Oil"


def test_a_headline_seam_in_a_sentence() -> None:
    t = "Pipeline costs are mounting for Acme Acme has said the cost of repairs has reached $2bn."
    a = _atts(t, [("Acme", "ORG")])
    assert a[0].speaker == "Acme"


def test_a_role_that_repeats_its_speaker_is_dropped() -> None:
    assert _same_name("the Daily Courier", "Daily Courier")
    assert _same_name("The president", "The president")
    assert not _same_name("its chairman", "Tom Price")
    assert not _same_name(None, "Tom Price")


# --------------------------------------------------------------------------- a quote about an unnamed group


def test_a_quote_that_speaks_of_officials_is_not_theirs() -> None:
    t = (
        "Officials said they had yet to design the program. "
        '"Selling these loans has troubled officials since the fund was set up in May.'
    )
    a = _atts(t, [])
    assert a[0].speaker is not None and a[0].speaker.lower() == "officials"
    assert 1 not in a or a[1].speaker is None


def test_only_an_unnamed_speaker_spoken_of_away_from_a_cue_is_a_third_party() -> None:
    assert _spoken_of('"Cutting the debt has worried officials for a year.', "officials")
    assert _spoken_of('"Cutting the debt has worried officials for a year.', "Officials")
    assert not _spoken_of('"Acme will not pay for damage it did not cause.', "Acme")  # a name speaks of itself
    assert not _spoken_of('"Ask the officials," said the officials.', "the officials")  # a cue's own subject


# --------------------------------------------------------------------------- "the X" and a longer name


def test_the_body_is_not_a_longer_name_it_only_modifies() -> None:
    t = "The Second Harbour Council met in 1990. In 1995 the Harbour declared that the old pier must close."
    a = _atts(t, [("Second Harbour Council", "ORG")])
    assert a[1].speaker == "Harbour"


def test_a_party_tag_inside_a_role_leaves_no_blanks() -> None:
    t = "Ann Webb, a spokeswoman for Rep. Jane Moss (D-Ore.), chairman of the panel, said no vote was planned."
    a = _atts(t, [("Ann Webb", "PERSON"), ("Jane Moss", "PERSON")])
    assert a[0].speaker == "Ann Webb"
    assert a[0].role == "a spokeswoman for Rep. Jane Moss, chairman of the panel"


def test_a_list_of_tagged_lawmakers_is_not_read_as_its_last_name() -> None:
    t = (
        "Sens. Jane Moss (D-Ore.), Carl Ruiz (D-N.M.) and Ed Toms (D-N.M.), all critics of the plan, said the "
        "rules were too weak."
    )
    a = _atts(t, [("Jane Moss", "PERSON"), ("Carl Ruiz", "PERSON"), ("Ed Toms", "PERSON")])
    assert 0 not in a or a[0].speaker != "Ed Toms"


def test_an_appositive_that_describes_the_speaker_is_no_third_party() -> None:
    assert not _spoken_of('"Courts will weigh that," Jo Park, a lawyer at the firm Lee & Roe.', "one lawyer")
    assert _spoken_of('"That ruling has worried officials for years.', "officials")


def test_a_fronted_last_week_is_not_part_of_the_role() -> None:
    t = "Last week Acme's chief executive Tom Price told the radio station that the pipe was sound."
    a = _atts(t, [("Acme", "ORG"), ("Tom Price", "PERSON")])
    assert a[0].speaker == "Tom Price"
    assert a[0].role is not None and not a[0].role.lower().startswith("last")


# --------------------------------------------------------------------------- a figure relayed inside a quote


def _linked(text: str) -> list[Figure]:
    sents = split(text)
    figures = extract_figures(text, sents, "a", [], [])
    attributions = extract_attributions(text, sents, "a", [], None)
    return link_figures(figures, attributions, [], None, text)


def test_a_figure_a_quoted_speaker_relays_from_others_is_not_his() -> None:
    t = (
        "Dan Webb, a ferry pilot, said he did not trust the company. "
        '"They lied to us. '
        "They came out and said it was spilling 400 barrels when they knew it was more. "
        'And they did nothing," he said.'
    )
    figs = [f for f in _linked(t) if f.value == 400]
    assert figs and figs[0].said_by is None


def test_a_figure_after_a_relayed_clause_is_the_speakers_own() -> None:
    t = (
        "Dan Webb, a ferry pilot, said he did not trust the company. "
        '"I know they say 40 boats are working, but I count maybe 15 boats out there. '
        'It is not enough," he said.'
    )
    figs = {f.value: f for f in _linked(t)}
    assert figs[40].said_by is None
    assert figs[15].said_by == "Dan Webb"


def test_a_figure_in_a_quote_after_its_own_cue_is_the_speakers() -> None:
    t = '"We have lost 200 boats," Dan Webb said, "and 300 homes were destroyed."'
    figs = [f for f in _linked(t) if f.value == 300]
    assert figs and figs[0].said_by == "Dan Webb"
