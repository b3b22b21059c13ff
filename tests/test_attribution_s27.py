"""Session 27 attribution rules (invented text): a time in the part of a sentence a figure is compared with
("far exceeding the 1988 collapse", "up from 3.1% in May", "compared with 2019") does not date the figure; an
offset ending in "later" resolved past the publication year dates nothing; an office joined by "and" after an
inverted verb is one role and the name after it speaks; "X estimates" with nothing after it is the noun; a
question put to "you" between two turns of one speaker is not that speaker's.  Also: every module-level name
of the module is bound once (a later helper that reuses an earlier name silently changes the earlier rule)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from helpers import span_mentions, split
from storyline.annotate import attribution
from storyline.annotate.attribution import extract_attributions, link_figures
from storyline.records import Attribution, Figure, PublishedDate, TimeExpression

PUB = PublishedDate(value="2021-06-10", precision="day")


def _atts(text: str, spans: list[tuple[str, str]]) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans, overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def _as_of(text: str, figure: str, times: dict[str, str], pub: PublishedDate | None = PUB) -> str | None:
    """The ``as_of`` that ``link_figures`` gives the figure written ``figure`` in a one-sentence ``text``, with
    the time expressions ``times`` (span -> TimeML value) tagged by hand."""
    start = text.index(figure)
    fig = Figure(article="a", sentence=0, start=start, end=start + len(figure), text=figure, value=1.0, unit="x")
    tx = [
        TimeExpression(
            article="a", sentence=0, start=text.index(span), end=text.index(span) + len(span), text=span, value=v
        )
        for span, v in times.items()
    ]
    return link_figures([fig], [], tx, pub, text)[0].as_of


# --------------------------------------------------------------------------- one binding per module-level name


def test_no_module_level_name_is_bound_twice_in_any_module() -> None:
    # a second binding silently replaces the first for every earlier use (a new _RELATIVE_RE in attribution once cut
    # "Norcastle Mining said" to "Norcastle"; a new _ACRONYM in entities widened an older test): one name, one thing
    twice: dict[str, list[str]] = {}
    for path in sorted(Path(attribution.__file__).parents[1].rglob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
        if dup := sorted(n for n in set(names) if names.count(n) > 1):
            twice[path.name] = dup
    assert twice == {}


def test_a_company_named_with_an_ing_word_keeps_its_whole_name_beside_figure_rules() -> None:
    # the figure-linking rules must not change how a speaker's name is cut ("Mining" is no participle)
    a = _atts("Output fell 12% last year, Hartwell Mining said on Monday.", [("Hartwell Mining", "ORG")])
    assert a[0].speaker == "Hartwell Mining"


# --------------------------------------------------------------------------- a time of the compared-with thing


def test_a_year_after_exceeding_dates_the_compared_event_not_the_figure() -> None:
    t = "Engineers said 9,000 tonnes of slurry escaped each hour, far exceeding the 1988 collapse at the Dunmore dam."
    assert _as_of(t, "9,000 tonnes", {"1988": "1988"}) is None


def test_up_from_a_dated_earlier_value_leaves_the_figure_with_the_report() -> None:
    t = "The jobless rate is now 4.2%, up from 3.1% in May."
    # the present tense dates the 4.2% by the publication day; May is the 3.1%'s
    fig = Figure(article="a", sentence=0, start=24, end=28, text="4.2%", value=4.2, unit="percent", as_of="PRESENT_REF")
    tx = [
        TimeExpression(
            article="a", sentence=0, start=t.index("May"), end=t.index("May") + 3, text="May", value="2021-05"
        )
    ]
    assert link_figures([fig], [], tx, PUB, t)[0].as_of == "2021-06-10"


def test_a_time_compared_with_is_skipped_for_the_figures_own_time() -> None:
    t = "Sales reached $4.1bn in the second quarter, compared with $3.2bn in 2020."
    assert _as_of(t, "$4.1bn", {"the second quarter": "2021-Q2", "2020": "2020"}) == "2021-Q2"


def test_a_start_after_since_still_dates_nothing_and_a_plain_date_still_dates() -> None:
    t = "More than 300 homes have been evacuated since the river burst its banks on 2 June."
    assert _as_of(t, "More than 300", {"2 June": "2021-06-02"}) is None
    t = "Officials counted 300 evacuated homes on 2 June."
    assert _as_of(t, "300", {"2 June": "2021-06-02"}) == "2021-06-02"


def test_more_than_before_a_number_is_no_comparison() -> None:
    # "more than 40" qualifies the second figure: Tuesday still dates the first
    t = "Twelve miners were rescued and more than 40 remain trapped after Tuesday's blast."
    assert _as_of(t, "Twelve", {"Tuesday": "2021-06-08"}) == "2021-06-08"


# --------------------------------------------------------------------------- "later" counted from the wrong day


def test_an_offset_later_resolved_past_the_publication_year_dates_no_figure() -> None:
    t = "The 1996 fire destroyed 2,000 hectares of forest, and even 25 years later the slopes are bare."
    assert _as_of(t, "2,000 hectares", {"25 years later": "2046"}) is None
    # the same offset resolved to a year up to the publication's dates as before
    assert _as_of(t, "2,000 hectares", {"25 years later": "2021"}) == "2021"


# --------------------------------------------------------------------------- speakers


def test_an_office_joined_by_and_after_an_inverted_verb_is_one_role() -> None:
    t = '"Every claim will be looked at," said Vantor\'s legal and regulatory affairs director, Mara Quist.'
    a = _atts(t, [("Vantor", "ORG"), ("Mara Quist", "PERSON")])
    assert a[0].speaker == "Mara Quist"
    assert a[0].role is not None and "regulatory affairs director" in a[0].role
    # two parties, each with a determiner, are not one office: the first still speaks
    t = '"Every claim will be looked at," said the mayor and the harbour master, Mara Quist.'
    a = _atts(t, [("Mara Quist", "PERSON")])
    assert a[0].speaker == "the mayor"


def test_estimates_with_nothing_after_it_is_the_noun() -> None:
    t = "The agency raised its count to 7,000 homes, using both council and Vantor estimates."
    assert 0 not in _atts(t, [("Vantor", "ORG")])
    # the verb still speaks with an object, or inverted after what it reports
    assert _atts("Vantor estimates that 7,000 homes were flooded.", [("Vantor", "ORG")])[0].speaker == "Vantor"
    assert _atts("Some 7,000 homes were flooded, Vantor estimates.", [("Vantor", "ORG")])[0].speaker == "Vantor"


def test_a_question_to_you_between_one_speakers_turns_is_the_interviewers() -> None:
    t = (
        'The dam will hold through the summer, "at least on the east side," Quist says. '
        '"Can you explain why no one planned for a breach and why you are improvising now?" '
        "We will learn what we should have done differently, Quist says."
    )
    a = _atts(t, [("Quist", "PERSON")])
    assert a[0].speaker == "Quist" and a[2].speaker == "Quist"
    assert 1 not in a


def test_a_question_to_you_answered_by_someone_else_stays_the_askers() -> None:
    t = (
        '"The owners ignored every warning," said Lindqvist. '
        '"Don\'t you accept any blame for those choices?" '
        'Quist answered: "I accept a great deal of blame."'
    )
    a = _atts(t, [("Lindqvist", "PERSON"), ("Quist", "PERSON")])
    assert a[1].speaker == "Lindqvist"


def test_a_rhetorical_question_inside_one_speakers_quote_stays_his() -> None:
    t = '"We never wanted this," Quist says. "Do you think we enjoy cutting jobs? Nobody does," Quist says.'
    a = _atts(t, [("Quist", "PERSON")])
    assert a[1].speaker == "Quist"


def test_weekday_words_come_from_the_time_lexicon() -> None:
    assert {"monday", "sunday", "today"} <= attribution._WEEKDAYS
    assert re.search(attribution._TRAILING_JUNK_RE, "Jo Park on Thursday morning")
