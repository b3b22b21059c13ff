"""Attribution: speaker, role, relaying outlet, kind and cue per sentence; figures linked to claimants."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import split
from storyline.annotate.attribution import extract_attributions, is_outlet, link_figures, outlet_name
from storyline.annotate.figures import extract_figures
from storyline.records import Attribution, Mention, PublishedDate, TimeExpression

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "raqqa"


def atts(text: str, mentions: list[Mention] | None = None, outlet: str | None = None) -> dict[int, Attribution]:
    return {a.sentence: a for a in extract_attributions(text, split(text), "a", mentions or [], outlet)}


def only(text: str) -> Attribution:
    found = atts(text)
    assert list(found) == [0], (text, found)
    return found[0]


def _seed(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _sent_of(text: str, needle: str) -> int:
    return next(s.index for s in split(text) if needle in s.text)


# --------------------------------------------------------------------------- general cases


@pytest.mark.parametrize(
    ("text", "speaker", "role", "via", "kind", "cue"),
    [
        ("Five people were killed, the ministry said.", "the ministry", None, None, "paraphrase", "said"),
        ("At least 30 people died, according to AFP.", "AFP", None, None, "report", "according to"),
        (
            "A spokesman for the army told reporters that 12 soldiers were wounded.",
            "A spokesman for the army",
            None,
            None,
            "paraphrase",
            "told",
        ),
        (
            "The Red Cross said in a statement that 200 families had been displaced.",
            "Red Cross",
            None,
            None,
            "paraphrase",
            "said",
        ),
        ("“We will not retreat,” said General John Smith.", "General John Smith", None, None, "quote", "said"),
        (
            "A senior official told Sputnik on Monday that talks had stalled.",
            "A senior official",
            None,
            "Sputnik",
            "paraphrase",
            "told",
        ),
        (
            "State news agency SANA reported that 15 people were arrested.",
            "SANA",
            "State news agency",
            None,
            "report",
            "reported",
        ),
        ("Police said 3 suspects were detained, reports Reuters.", "Police", None, "Reuters", "paraphrase", "said"),
        (
            "Turkish Foreign Minister Mevlut Cavusoglu said Turkey would act.",
            "Mevlut Cavusoglu",
            "Turkish Foreign Minister",
            None,
            "paraphrase",
            "said",
        ),
        (
            "The group's spokesman, Ali Ahmed, said the attack was repelled.",
            "Ali Ahmed",
            "The group's spokesman",
            None,
            "paraphrase",
            "said",
        ),
        (
            "Prime Minister Boris Johnson told the BBC that the plan would work.",
            "Boris Johnson",
            "Prime Minister",
            "BBC",
            "paraphrase",
            "told",
        ),
        (
            "On Friday, Fox News reported, citing US defense officials, that the group had moved.",
            "US defense officials",
            None,
            "Fox News",
            "report",
            "citing",
        ),
        (
            "Reuters estimates that up to 4,000 jihadists remain in the city.",
            "Reuters",
            None,
            None,
            "report",
            "estimates",
        ),
        ("The Pentagon began talks on Turkey's role, reports Reuters.", "Reuters", None, None, "report", "reports"),
        (
            "Pentagon spokesman Capt. Jeff Davis said fighters could not leave.",
            "Capt. Jeff Davis",
            "Pentagon spokesman",
            None,
            "paraphrase",
            "said",
        ),
        ("The minister, who spoke to the BBC, said nothing new.", "The minister", None, None, "paraphrase", "said"),
    ],
)
def test_general_attributions(text: str, speaker: str, role: str | None, via: str | None, kind: str, cue: str) -> None:
    a = only(text)
    assert (a.speaker, a.role, a.via, a.kind, a.cue) == (speaker, role, via, kind, cue), a


@pytest.mark.parametrize(
    "text",
    [
        "The army has declared a state of emergency in the province.",
        "Media reports that the city had fallen were denied.",
        "The United States continue monitoring the situation.",
        "The so-called capital fell.",
        "It was reported captured by the rebels.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert atts(text) == {}


def test_anaphora_pronoun_surname_and_quote_continuation() -> None:
    text = (
        "Mayor Jane Doe said the city would rebuild. She added that 40 homes were lost. "
        "“We will rebuild,” Doe said. “Nobody will be left behind.” The rain stopped."
    )
    found = atts(text)
    assert [found[i].speaker for i in (0, 1, 2, 3)] == ["Jane Doe"] * 4
    assert found[0].role == "Mayor"
    assert [found[i].kind for i in (0, 1, 2, 3)] == ["paraphrase", "paraphrase", "quote", "quote"]
    assert 4 not in found


def test_multi_sentence_quote_and_relay_line() -> None:
    text = (
        "The head of the Pentagon Ashton Carter said: “We intend to move there soon. We continue talks with "
        "Turkey on this.”\n(Quoted by RIA Novosti)\nThe weather was fine."
    )
    found = atts(text)
    assert found[0].speaker == found[1].speaker == "Ashton Carter"
    assert found[0].kind == found[1].kind == "quote"
    assert found[0].via == found[1].via == "RIA Novosti"
    assert set(found) == {0, 1}


def test_unresolvable_pronoun_names_nobody_and_statement_resolves_to_previous_org() -> None:
    a = only("“We declare the start of the battle”, he said.")
    assert (a.speaker, a.kind, a.cue) == (None, "quote", "said")
    text = "Militia groups in Syria said Sunday they are launching an operation. According to the statement, a joint center was set up."
    found = atts(text)
    assert found[0].speaker == "Militia groups in Syria"
    assert found[1].speaker == "Militia groups in Syria" and found[1].cue == "according to the statement"


def test_definite_descriptions_resolve_to_earlier_names() -> None:
    text = (
        "The Syrian Observatory for Human Rights said clashes continued. Lt-Gen Townsend said the fight was hard. "
        "The Observatory said 21 people were killed. The group reported heavy shelling."
    )
    found = atts(text)
    assert found[0].speaker == "Syrian Observatory for Human Rights"
    assert found[1].speaker == "Lt-Gen Townsend"
    assert found[2].speaker == "Syrian Observatory for Human Rights"
    assert found[3].speaker == "Syrian Observatory for Human Rights" and found[3].kind == "report"


def test_person_mentions_pick_the_name_and_keep_ranks() -> None:
    text = "Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told CNN Sunday. Selo added that it had begun."
    ms = [
        Mention(
            article="a",
            sentence=0,
            start=text.index("Talal"),
            end=text.index("Talal") + len("Talal Ali Selo"),
            text="Talal Ali Selo",
            label="PERSON",
        )
    ]
    found = atts(text, ms)
    assert (found[0].speaker, found[0].role, found[0].via) == (
        "Brig. Gen. Talal Ali Selo",
        "the spokesman for the SDF",
        "CNN",
    )
    assert found[1].speaker == "Brig. Gen. Talal Ali Selo"


def test_outlet_names() -> None:
    assert outlet_name("State news agency SANA") == "SANA"
    assert outlet_name("“Interfax”") == "Interfax"
    assert outlet_name("the Associated Press") == "Associated Press"
    assert outlet_name("Daily Planet", extra=["Daily Planet"]) == "Daily Planet"
    assert is_outlet("CNN") and not is_outlet("the Pentagon")


def test_article_outlet_counts_as_outlet() -> None:
    found = atts("The mayor told the Daily Planet that the bridge was closed.", outlet="Daily Planet")
    assert (found[0].speaker, found[0].via) == ("The mayor", "Daily Planet")


# --------------------------------------------------------------------------- link_figures


def _linked(text: str, times: list[TimeExpression] | None = None, anchor: str | None = "2017-06-09"):  # type: ignore[no-untyped-def]
    sents = split(text)
    figures = extract_figures(text, sents, "a", [], times or [])
    attributions = extract_attributions(text, sents, "a", [], None)
    pub = PublishedDate(value=anchor, precision="day") if anchor else None
    return link_figures(figures, attributions, times or [], pub)


def test_link_said_by_and_via_only() -> None:
    f = _linked("Officials said 21 people were killed.")[0]
    assert f.said_by == "Officials"
    text = "An official told Sputnik that 300 fighters had fled."
    assert _linked(text)[0].said_by == "An official"
    f2 = _linked("“There are 300 fighters left,” the news channel Al Arabiya reported.")[0]
    assert f2.said_by == "Al Arabiya"
    assert _linked("At least 12 people died in the fire.")[0].said_by is None


def test_link_as_of_nearest_date_present_tense_and_past() -> None:
    text = "On December 10, the spokeswoman says the force has seized 700 square kilometers."
    t = TimeExpression(
        article="a", sentence=0, start=3, end=14, text="December 10", value="2016-12-10", precision="day"
    )
    assert _linked(text, [t])[0].as_of == "2016-12-10"
    assert _linked("Reuters estimates that up to 4,000 jihadists remain in Raqqa.")[0].as_of == "2017-06-09"
    assert _linked("Reuters estimates that up to 4,000 jihadists remain in Raqqa.", anchor=None)[0].as_of is None
    assert _linked("The airstrikes killed 12 people.")[0].as_of is None


# --------------------------------------------------------------------------- seeds


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/raqqa not present")
def test_seed_attributions() -> None:
    t0 = _seed("000")
    a0 = atts(t0)
    s = a0[_sent_of(t0, "CNN reported, citing")]
    assert "Stephen Warren" in (s.speaker or "") and s.via == "CNN"
    s = a0[_sent_of(t0, "noted in a conversation with CNN")]
    assert (s.speaker, s.via, s.kind) == ("Pentagon spokesman", "CNN", "quote")
    assert a0[_sent_of(t0, "he explained to")].via == "Interfax"

    t1 = _seed("001")
    a1 = atts(t1)
    assert (a1[0].speaker, a1[0].via, a1[0].kind) == ("Reuters", None, "report")
    s = a1[_sent_of(t1, "We intend soon")]
    assert (s.speaker, s.via, s.kind) == ("Ashton Carter", "RIA Novosti", "quote")
    assert a1[_sent_of(t1, "Previously, Carter said")].speaker == "Ashton Carter"
    s = a1[_sent_of(t1, "Mevlut Cavusoglu")]
    assert (s.speaker, s.role) == ("Mevlut Cavusoglu", "Turkish foreign Minister")

    t2 = _seed("002")
    a2 = atts(t2)
    s = a2[_sent_of(t2, "told Sputnik on Monday")]
    assert (s.speaker, s.via) == ("an Operation Inherent Resolve spokesperson", "Sputnik")
    s = a2[_sent_of(t2, "Fox News reported")]
    assert (s.speaker, s.via, s.cue) == ("US defense officials", "Fox News", "citing")
    assert a2[_sent_of(t2, "the spokesperson stated")].speaker == "an Operation Inherent Resolve spokesperson"

    t3 = _seed("003")
    a3 = atts(t3)
    s = a3[_sent_of(t3, "told CNN Sunday")]
    assert (s.speaker, s.role, s.via, s.kind) == (
        "Brig. Gen. Talal Ali Selo",
        "the spokesman for the SDF",
        "CNN",
        "quote",
    )
    assert a3[_sent_of(t3, "Selo added")].speaker == "Brig. Gen. Talal Ali Selo"
    assert a3[_sent_of(t3, "According to the statement")].cue == "according to the statement"

    t4 = _seed("004")
    a4 = atts(t4)
    assert a4[_sent_of(t4, "said Lt-Gen Townsend")].speaker == "Lt-Gen Townsend"
    assert a4[_sent_of(t4, "The Observatory said 21")].speaker == "Syrian Observatory for Human Rights"
    s = a4[_sent_of(t4, "Capt. Jeff Davis")]
    assert (s.speaker, s.role) == ("Capt. Jeff Davis", "Pentagon spokesman")
    s = a4[_sent_of(t4, "SANA reported")]
    assert (s.speaker, s.via, s.kind) == ("SANA", None, "report")
    assert a4[_sent_of(t4, "They are fighting street battles")].speaker == "a Kurdish spokeswoman"
    assert a4[_sent_of(t4, "They are fighting street battles")].kind == "quote"
