"""Session 28 attribution rules (invented text): a time inside a "since" clause or phrase (or before "onwards")
names the start of the span a figure is counted over, not the figure's date -- unless the figure is the start
event's own; a quote told as a written text ('"...?" reads question 12') is not carried over to the speaker of
the sentence before; a transcript's capitalised speaker label ("DUNNE: ...") names the tagged person who speaks
the turn."""

from __future__ import annotations

from helpers import linked_as_of, span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, PublishedDate

PUB = PublishedDate(value="2021-06-10", precision="day")


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def _as_of(text: str, figure: str, times: dict[str, str], present: bool = False) -> str | None:
    return linked_as_of(text, figure, times, PUB, present)


# --------------------------------------------------------------------------- a time inside a "since" clause


def test_a_running_total_since_a_dated_event_is_as_of_the_report() -> None:
    t = "The insurer has paid out $2.4bn since the flood began on March 3."
    assert _as_of(t, "$2.4bn", {"March 3": "2021-03-03"}, present=True) == "2021-06-10"


def test_an_opening_since_clause_does_not_date_the_count_after_it() -> None:
    t = "Since the dam failed on 3 March, 1,200 families have been moved to higher ground."
    assert _as_of(t, "1,200 families", {"3 March": "2021-03-03"}, present=True) == "2021-06-10"


def test_a_past_tense_count_after_a_since_clause_is_left_undated() -> None:
    # no present perfect: the count has no date of its own, and the start is not it
    t = "Since the strike began in April, the union said, 40 depots were shut."
    assert _as_of(t, "40 depots", {"April": "2021-04"}) is None


def test_a_figure_of_the_start_event_keeps_its_date() -> None:
    # "killing 14" is the collapse's own toll, told in a participle clause on the event
    t = "Water has poured into the valley since the dam collapsed on 3 March, killing 14 people."
    assert _as_of(t, "14 people", {"3 March": "2021-03-03"}) == "2021-03-03"


def test_a_figure_inside_the_since_clause_keeps_its_date() -> None:
    t = "Trading has been thin since 300 staff were laid off in January."
    assert _as_of(t, "300 staff", {"January": "2021-01"}) == "2021-01"


def test_another_time_outside_the_since_clause_still_dates_the_figure() -> None:
    t = "The airport handled 900 flights since it reopened on Monday, the ministry said on Friday."
    assert _as_of(t, "900 flights", {"Monday": "2021-06-07", "Friday": "2021-06-04"}) == "2021-06-04"


def test_a_time_before_onwards_marks_a_start() -> None:
    t = "From the first week of May onwards, 70 lorries a day crossed the border."
    assert _as_of(t, "70 lorries a day", {"the first week of May": "2021-W18"}) is None


def test_a_quoted_name_does_not_end_the_since_clause() -> None:
    # quotation marks around a name inside the clause: the toll is still the start event's own
    t = 'The strain has circulated since the 1957 "Asian flu" outbreak that killed two million people.'
    assert _as_of(t, "two million people", {"1957": "1957"}) == "1957"


def test_causal_since_without_a_time_changes_nothing() -> None:
    t = "Fares rose 6% in May, since fuel cost more."
    assert _as_of(t, "6%", {"May": "2021-05"}) == "2021-05"


# --------------------------------------------------------------------------- written texts quoted


def test_a_form_question_quoted_is_not_the_reporter_s() -> None:
    text = (
        "Applicants had to fill in a long form, reporter Ann Voss says. "
        '"Have you ever been a member of the club?" reads question 14 on the twelve-page form.'
    )
    a = _atts(text, [("Ann Voss", "PERSON")])
    assert a[0].speaker == "Ann Voss"
    assert 1 not in a


def test_a_statement_read_out_by_someone_else_is_not_the_judge_s() -> None:
    text = (
        "Judge Carl Meyer said the hearing would resume on Monday. "
        '"We ask the court for mercy on his behalf," Mr Orme read.'
    )
    a = _atts(text, [("Carl Meyer", "PERSON"), ("Orme", "PERSON")])
    assert a[0].speaker == "Carl Meyer"
    assert 1 not in a


def test_the_letter_reads_keeps_the_letter_s_authors() -> None:
    # a definite document just introduced: its authors speak through it
    text = (
        "Harwick Growers Union said in a letter on Monday that the quotas were unworkable. "
        '"We have lost half our trade since the spring," the letter reads.'
    )
    a = _atts(text, [("Harwick Growers Union", "ORG")])
    assert a[0].speaker == "Harwick Growers Union"
    assert a[1].speaker == "Harwick Growers Union"


# --------------------------------------------------------------------------- transcript speaker labels


def test_a_transcript_label_names_the_tagged_person() -> None:
    text = (
        "Maria Dunne, the port director, joined the programme. "
        "DUNNE: We moved 4,000 containers last week and the cranes are running again."
    )
    a = _atts(text, [("Maria Dunne", "PERSON"), ("DUNNE", "PERSON")])
    assert a[1].speaker == "Maria Dunne"
    assert a[1].kind == "quote"


def test_a_label_with_a_role_names_the_person() -> None:
    text = "LEO GRANT, HARBOUR PILOT: The channel has silted up by two metres since the storm."
    a = _atts(text, [("LEO GRANT", "PERSON")])
    assert a[0].speaker == "Leo Grant"


def test_a_label_naming_no_person_gives_no_speaker() -> None:
    text = "QUESTION: The minister has promised 300 new buses for the city this year."
    assert _atts(text, []) == {}


def test_a_question_or_a_courtesy_after_a_label_is_not_attributed() -> None:
    text = (
        "Maria Dunne, the port director, joined the programme. "
        "DUNNE: Thank you, Tom. "
        "HALE: How many ships are waiting outside the harbour tonight?"
    )
    a = _atts(text, [("Maria Dunne", "PERSON"), ("Tom Hale", "PERSON")])
    assert 1 not in a and 2 not in a


def test_a_capitalised_word_and_colon_in_prose_is_no_label() -> None:
    text = "Ann Voss was at the port. Update: Voss expects the cranes to run again by Friday."
    a = _atts(text, [("Ann Voss", "PERSON"), ("Voss", "PERSON")])
    # "Update" is not a speaker label: no turn speaker is made up for the sentence
    assert a.get(1) is None or a[1].cue is not None


# --------------------------------------------------------------------------- an inverted speaker with an affiliation


def test_an_inverted_speaker_with_an_affiliation_speaks_not_the_clause_before() -> None:
    text = (
        "So far, 30 seals have been found tangled in nets near Arnholm, including nine that lived, "
        "said Maren Holt of the Baltic Marine Trust."
    )
    # the trust left untagged, as a tagger often leaves a long body's name: the person still speaks
    a = _atts(text, [("Maren Holt", "PERSON")])
    assert a[0].speaker == "Maren Holt"
    assert a[0].role == "Baltic Marine Trust"


def test_an_inverted_speaker_with_a_role_after_a_comma_still_speaks() -> None:
    text = "The port stayed shut, said Maren Holt, the harbour master."
    a = _atts(text, [("Maren Holt", "PERSON")])
    assert a[0].speaker == "Maren Holt"
