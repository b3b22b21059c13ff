"""Session 21, round 2 attribution rules (invented text): a tag that lumps a body and a person together, a
nationality or office the tagger puts in a person's name, "New estimates" read as a noun, and figures
credited only when they sit in what the speaker says."""

from __future__ import annotations

import re

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions, link_figures
from storyline.records import Attribution, Figure, Mention, Sentence


def _mentions(text: str, sents: list[Sentence], spans: list[tuple[str, str]]) -> list[Mention]:
    return span_mentions(text, sents, spans, overlapping=False)


def _atts(text: str, spans: list[tuple[str, str]] = ()) -> dict[int, Attribution]:  # type: ignore[assignment]
    sents = split(text)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", _mentions(text, sents, list(spans)), None)}


def _who(text: str, spans: list[tuple[str, str]] = (), sentence: int = 0) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    a = _atts(text, spans).get(sentence)
    return (a.speaker, a.role) if a else (None, None)


def test_a_tag_lumping_a_body_of_a_place_and_a_name_leaves_the_body_in_the_role() -> None:
    t = "The Ministry of Freedonia Ivan Petrak said that Freedonia would talk."
    spans = [("Ministry of Freedonia Ivan Petrak", "ORG"), ("Freedonia", "GPE")]
    assert _who(t, spans) == ("Ivan Petrak", "Ministry of Freedonia")


def test_a_tag_lumping_a_company_office_and_a_known_person() -> None:
    t = "Acme CEO Tom Hale said the cap held, Hale told reporters in Houston."
    spans = [("Acme CEO Tom Hale", "ORG"), ("Hale", "PERSON")]
    assert _who(t, spans) == ("Tom Hale", "Acme CEO")


def test_an_office_before_the_tail_of_a_tagged_body_still_speaks_whole() -> None:
    # "Service" names a body's tail, not a person: nobody the article tags as a person
    t = "The Director of the Pine Valley Water Service said the pipes were safe."
    got = _who(t, [("the Pine Valley Water Service", "ORG")])
    assert got[0] is not None and "Water Service" in got[0] and got[1] is None
    t = "The Official Pine Chart Company said sales rose."
    assert _who(t, [("The Official Pine Chart Company", "ORG")])[0] == "Official Pine Chart Company"


def test_a_nationality_in_a_tagged_name_is_the_role() -> None:
    t = "Briton Tom Hale said the spill was small."
    assert _who(t, [("Briton Tom Hale", "PERSON")]) == ("Tom Hale", "Briton")
    t = "Dutchman Jan Smit said the dyke would hold."
    assert _who(t, [("Jan Smit", "PERSON")]) == ("Jan Smit", "Dutchman")
    # a nationality that opens a body's name stays in it
    t = "The Swiss National Bank says it will lend more."
    assert _who(t, [("The Swiss National Bank", "ORG")])[0] == "Swiss National Bank"


def test_an_office_in_a_tagged_name_is_the_role_and_the_bare_name_resolves_a_surname() -> None:
    t = 'Secretary of the Harbour Ann Vale said the port was closed. "It will reopen," Vale said.'
    a = _atts(t, [("Secretary of the Harbour Ann Vale", "PERSON"), ("Vale", "PERSON")])
    assert (a[0].speaker, a[0].role) == ("Ann Vale", "Secretary of the Harbour")
    assert a[1].speaker == "Ann Vale"
    t = "Dudley took over from Briton Tom Hale in May. The former chief Hale told students the oil was gone."
    a = _atts(t, [("Dudley", "PERSON"), ("Briton Tom Hale", "PERSON"), ("Hale", "PERSON")])
    assert a[1].speaker == "Tom Hale"


def test_an_office_with_for_after_of_stays_in_the_role() -> None:
    t = "Ruritanian Secretary of State for Trade Alain Morel tells the agency that 900 firms closed."
    assert _who(t, [("Alain Morel", "PERSON")]) == ("Alain Morel", "Ruritanian Secretary of State for Trade")


def test_a_first_name_and_particle_the_tagger_left_out_stay_with_the_surname() -> None:
    t = "UN Envoy for Refugees Alain Le Roy told the radio that the camps were full."
    assert _who(t, [("UN", "ORG"), ("Roy", "PERSON")]) == ("Alain Le Roy", "UN Envoy for Refugees")


def test_an_adjective_before_estimates_makes_it_a_noun() -> None:
    t = "New estimates from a panel of engineers said at least 9,000 barrels leaked every day."
    assert _who(t)[0] != "New"
    t = "Fresh reports from the valley said the road was cut."
    assert _who(t)[0] != "Fresh"
    # a name before "estimates" still speaks
    t = "Acme Research estimates that 400 jobs will go."
    assert _who(t, [("Acme Research", "ORG")])[0] == "Acme Research"


def _figures(text: str) -> dict[str, str | None]:
    sents = split(text)
    atts = extract_attributions(text, sents, "a", [], None)
    figs = []
    for m in re.finditer(r"\d[\d,.]*\s*(?:percent|jobs|barrels)", text):
        k = next(s.index for s in sents if s.start <= m.start() < s.end)
        figs.append(Figure(article="a", sentence=k, start=m.start(), end=m.end(), text=m.group(), value=1.0, unit="x"))
    return {f.text: f.said_by for f in link_figures(figs, atts, [], None, text)}


def test_a_figure_in_a_clause_before_the_reporting_clause_is_not_the_speakers() -> None:
    got = _figures(
        "Shares in Acme fell 4 percent on Monday, and the chief executive said profits would rise 10 percent."
    )
    assert got["4 percent"] is None
    assert got["10 percent"] == "the chief executive"
    got = _figures("About 300 jobs went in May after officials said 20 percent of the staff would stay.")
    assert got["300 jobs"] is None
    assert got["20 percent"] == "officials"


def test_a_figure_the_reporting_clause_follows_is_the_speakers() -> None:
    assert _figures("Shares fell 2.2 percent to a record low, the company said.")["2.2 percent"] == "the company"
    got = _figures("Ten firms closed and 400 jobs went, local officials said.")
    assert got["400 jobs"] == "local officials"
    assert _figures("Local officials said 400 jobs went and output fell 3 percent.")["3 percent"] == "Local officials"
    # "and" inside a name joins no clauses
    got = _figures("Donors gave 40 percent more, the Relief and Rescue Committee said.")
    assert got["40 percent"] == "Relief and Rescue Committee"
