"""Session 22, second round of attribution rules (invented text): an unclosed quotation mark does not swallow
the next sentence's cue, a lower-case office word stays in the role, a body's word before an office that is
also a rank, a possessive inside a body's name, a noun after a possessive is no cue, "Surname of Body", and a
quote closed by a cue is its speaker's from where it opened."""

from __future__ import annotations

from helpers import span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, Mention, Sentence


def _mentions(text: str, sents: list[Sentence], spans: list[tuple[str, str]]) -> list[Mention]:
    return span_mentions(text, sents, spans, overlapping=False)


def _atts(text: str, spans: list[tuple[str, str]] = (), outlet: str | None = None) -> dict[int, Attribution]:  # type: ignore[assignment]
    sents = split(text)
    ments = _mentions(text, sents, list(spans))
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, outlet)}


def _who(text: str, spans: list[tuple[str, str]] = (), sentence: int = 0) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    a = _atts(text, spans).get(sentence)
    return (a.speaker, a.role) if a else (None, None)


# --------------------------------------------------------------------------- an unclosed quotation mark


def test_an_outlet_citing_sources_after_an_unclosed_quote_is_not_the_earlier_speaker() -> None:
    t = (
        "“We saw the order,” said Col. Jo Park, the coalition spokesman. "
        "According to him, the militants fortify “certain areas” to “protect targets from strikes. "
        "CNN, citing several officials, reports that “the working assumption” is that the leader is in the city."
    )
    a = _atts(t, [("Jo Park", "PERSON"), ("CNN", "ORG")])
    assert a[2].speaker != "Col. Jo Park"
    assert a[2].via == "CNN"
    assert a[2].speaker == "several officials"


def test_a_quote_that_runs_on_still_takes_its_speaker() -> None:
    t = 'Jo Park added: "We will rebuild. It will take years," she said. The river rose.'
    a = _atts(t, [("Jo Park", "PERSON")])
    assert a[1].speaker == "Jo Park"
    assert 2 not in a


def test_a_closing_mark_misplaced_by_a_space_does_not_open_a_quote() -> None:
    t = (
        '"Jo Park is a legend. We want to pick his brain, "Sam Lee said. '
        "Acme was soon calling him every week. The board met in May."
    )
    a = _atts(t, [("Jo Park", "PERSON"), ("Sam Lee", "PERSON")])
    assert a[1].speaker == "Sam Lee"
    assert 2 not in a and 3 not in a


# --------------------------------------------------------------------------- offices


def test_a_lower_case_office_word_stays_in_the_role() -> None:
    t = "Lee informed the foreign Ministry of Acme Jo Park said that the armies of Acme and Bolo would talk."
    spans = [("Ministry of Acme Jo Park", "ORG"), ("Acme", "GPE"), ("Bolo", "GPE")]
    spk, role = _who(t, spans)
    assert spk == "Jo Park"
    assert role is not None and "foreign Ministry of Acme" in role


def test_a_body_word_before_an_office_that_is_also_a_rank_is_the_office() -> None:
    assert _who("Acme Fire Commander Jo Park said the blaze was out.", [("Jo Park", "PERSON")]) == (
        "Jo Park",
        "Acme Fire Commander",
    )
    assert _who("National Incident Commander Adm. Jo Park said the cap held.", [("Jo Park", "PERSON")]) == (
        "Adm. Jo Park",
        "National Incident Commander",
    )


def test_an_armed_service_before_a_rank_keeps_the_rank_with_the_name() -> None:
    spk, role = _who("Navy Commander Jo Park said the ship was safe.", [("Jo Park", "PERSON")])
    assert spk == "Commander Jo Park"
    assert role == "Navy"


def test_a_body_and_speaker_are_the_role_together() -> None:
    assert _who("Harbour Speaker Ann Lowe said the bill would pass.", [("Ann Lowe", "PERSON")]) == (
        "Ann Lowe",
        "Harbour Speaker",
    )
    assert _who("Harbour Speaker Ann Lowe said the bill would pass.") == ("Ann Lowe", "Harbour Speaker")


# --------------------------------------------------------------------------- possessives


def test_a_possessive_inside_a_body_name_keeps_the_name_whole() -> None:
    assert _who("Acme Children's Villages said the homes were full.", [("Acme Children's Villages", "ORG")]) == (
        "Acme Children's Villages",
        None,
    )
    assert _who("Women's Shelter said calls had doubled.", [("Women's Shelter", "ORG")])[0] == "Women's Shelter"
    assert _who("Bolo Mary's Hospital said six were hurt.", [])[0] == "Bolo Mary's Hospital"


def test_an_organisation_before_a_person_stays_the_role() -> None:
    assert _who("The Harbour Office's Jo Park said calls had doubled.", [("Jo Park", "PERSON")]) == (
        "Jo Park",
        "Harbour Office",
    )
    # a tag over the possessive is not enough when a surname follows
    assert _who("Acme Law's Fisher said the case was weak.", [("Acme Law's Fisher", "ORG")]) == ("Fisher", "Acme Law")


def test_a_noun_after_a_possessive_is_no_cue() -> None:
    assert _atts("Jo Park's reports divided the council.", [("Jo Park", "PERSON")]) == {}
    assert _atts("The cost is at odds with Mr. Park's stated aim.", [("Park", "PERSON")]) == {}
    assert _atts("It's said that the king walked on water.") == {}
    assert _who("Moody's said the bank was weak.", [("Moody's", "ORG")])[0] == "Moody's"


# --------------------------------------------------------------------------- "Surname of Body"


def test_a_surname_of_a_body_is_the_earlier_full_name() -> None:
    t = "Dr. Jo Besser, head of the Acme Agency, said cases would rise. Later, Besser of the Acme Agency said deaths would follow."
    a = _atts(t, [("Jo Besser", "PERSON"), ("Acme Agency", "ORG")])
    assert a[1].speaker == "Dr. Jo Besser"


def test_an_honorific_surname_of_a_body_splits_the_body_off() -> None:
    assert _who("Mr Peachy of Acme Aid said it had been impossible to call.", [("Acme Aid", "ORG")]) == (
        "Mr Peachy",
        "Acme Aid",
    )
    assert _who("Friends of the Earth said the birds died.", [("Friends of the Earth", "ORG")])[0] == (
        "Friends of the Earth"
    )
    assert _who("Officials at the Acme Agency said the road was shut.", [("Acme Agency", "ORG")])[0] == (
        "Officials at the Acme Agency"
    )


# --------------------------------------------------------------------------- a quote closed by its cue


def test_a_quote_closed_by_a_named_cue_is_that_speakers_from_where_it_opened() -> None:
    t = (
        'Ships may unload elsewhere. That could drive up costs. "Say it gets really bad. It gets blocked off. '
        'We lose time," said pilot Jo Park. The river rose.'
    )
    a = _atts(t, [("Jo Park", "PERSON")])
    assert [a[k].speaker for k in (2, 3, 4)] == ["Jo Park"] * 3
    assert all(a[k].kind == "quote" for k in (2, 3, 4))
    assert 0 not in a and 1 not in a and 5 not in a


def test_a_pronoun_closing_a_quote_is_not_spread_back_past_a_described_person() -> None:
    t = (
        "Jo Park, an analyst at Acme, said the shares would fall. "
        "The chief has drawn criticism for a remark about the spill. "
        '"I am sorry. I would like my life back," he said.'
    )
    a = _atts(t, [("Jo Park", "PERSON"), ("Acme", "ORG")])
    assert 2 not in a or a[2].speaker != "Jo Park"
