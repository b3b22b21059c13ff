"""Disagreements and series, session 19 (invented text): one body revising its own figure is no dispute; an
act in a clause that says when is not the figure's; a share is of the place said with it, or of the place its
sentence refers to; "nine new cases" is an increment."""

from __future__ import annotations

from storyline.records import (
    AnnotatedArticle,
    Article,
    Attribution,
    Citation,
    Entity,
    Figure,
    PublishedDate,
    Sentence,
    Toponym,
)
from storyline.story.claims import (
    _PARTIAL_AFTER,
    Claim,
    _act,
    _affiliated,
    _alias_index,
    _conflict,
    _Facts,
    _party,
    _same_place,
    claims_of,
)

ACME = Entity(id="org:acme", name="Acme Drilling", type="organisation", aliases=["Acme"])
COAST = Entity(id="org:coastwatch", name="Coastwatch", type="government_body")


def _flow(value: float, text: str, source: str, said_by: str, party: frozenset[str]) -> Claim:
    number = f"{value:,.0f}"
    start = text.index(number)
    fig = Figure(
        article=source, sentence=0, start=start, end=start + len(number), text=number, value=value,
        unit="bbl/d", what="flow", said_by=said_by,
    )  # fmt: skip
    cite = Citation(source=source, sentence=0, text=text)
    return Claim(
        fig, "flow", "text:oil", "oil", said_by, said_by, "2031-05-02", False, cite,
        reported="2031-05-02", act="capture", party=party,
    )  # fmt: skip


def test_a_company_and_its_spokesman_are_one_party() -> None:
    aliases = _alias_index([ACME, COAST])
    bodies = [ACME, COAST]
    assert _party("An Acme spokesman", None, aliases, bodies) == {"an acme spokesman", "org:acme"}
    assert _party("Acme", None, aliases, bodies) == {"org:acme"}
    assert _party("Jo Park", "chief executive of Acme Drilling", aliases, bodies) == {"jo park", "org:acme"}
    assert _party("Jo Park", "harbour master", aliases, bodies) == {"jo park"}
    assert _party("Acmeville council", None, aliases, bodies) == {"acmeville council"}  # a whole word only
    assert _party(None, None, aliases, bodies) == frozenset()


def test_a_body_revising_its_own_figure_is_no_dispute() -> None:
    aliases = _alias_index([ACME, COAST])
    first = "Acme said on Monday it was siphoning 4,000 barrels of oil a day from the broken pipe at the rig."
    second = "An Acme spokesman said the oil it siphoned from the broken pipe at the rig fell to 1,500 barrels a day."
    rival = "Coastwatch said the crews were siphoning 1,500 barrels of oil a day from the broken pipe at the rig."
    a = _flow(4000, first, "a1", "Acme", _party("Acme", None, aliases, [ACME, COAST]))
    b = _flow(1500, second, "a2", "An Acme spokesman", _party("An Acme spokesman", None, aliases, [ACME, COAST]))
    c = _flow(1500, rival, "a3", "Coastwatch", _party("Coastwatch", None, aliases, [ACME, COAST]))
    facts = _Facts([first, second, rival, "The harbour reopened.", "Fishing boats stayed in port."])
    assert not _conflict(a, b, [], facts)  # one party's revision
    assert _conflict(a, c, [], facts)  # two parties: a dispute


def test_a_speaker_speaks_for_the_same_body_in_every_article() -> None:
    aliases = _alias_index([ACME])
    text = "Jo Park said the pipe leaks 700 barrels a day."
    titled = _flow(700, text, "a1", "Jo Park", _party("Jo Park", "Acme spokesman", aliases, [ACME]))
    plain = _flow(700, text, "a2", "Jo Park", _party("Jo Park", None, aliases, [ACME]))
    other = _flow(700, text, "a3", "Lee Moss", _party("Lee Moss", None, aliases, [ACME]))
    out = _affiliated([titled, plain, other])
    assert "org:acme" in out[1].party
    assert out[2].party == {"lee moss"}


def _fig(text: str, number: str, value: float, unit: str = "gal", what: str = "volume") -> Figure:
    start = text.index(number)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(number), text=number, value=value, unit=unit, what=what
    )


def test_an_act_in_a_clause_that_says_when_is_not_the_figures() -> None:
    text = "The admiral said that since the leak began, 3 million gallons of fuel have been skimmed off the bay."
    assert _act(text, _fig(text, "3 million", 3e6), 0, len(text)) == "capture"
    spilt = "Before the pipe was sealed, 90 million gallons of fuel poured into the bay."
    assert _act(spilt, _fig(spilt, "90 million", 9e7), 0, len(spilt)) == "release"


def test_new_cases_are_an_increment() -> None:
    text = "Nine new cases of the fever were confirmed today."
    assert _PARTIAL_AFTER.match(text, len("Nine"))
    assert not _PARTIAL_AFTER.match("Nine cases in all.", len("Nine"))


def _doc(aid: str, sentences: list[str], places: dict[str, str], day: str = "2031-01-10") -> AnnotatedArticle:
    text = " ".join(sentences)
    sents, toponyms, at = [], [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(index=i, start=at, end=at + len(s), text=s))
        for name, place in places.items():
            if name in s:
                start = at + s.index(name)
                toponyms.append(
                    Toponym(article=aid, sentence=i, start=start, end=start + len(name), text=name, place=place)
                )
        at += len(s) + 1
    figures = []
    for i, s in enumerate(sents):
        for number in ("20%", "85%", "40%", "45%"):
            if number in s.text:
                start = s.start + s.text.index(number)
                figures.append(
                    Figure(
                        article=aid,
                        sentence=i,
                        start=start,
                        end=start + len(number),
                        text=number,
                        value=float(number[:-1]),
                        unit="percent",
                        what="percent",
                        about="buildings",
                    )
                )
    article = Article(id=aid, file=f"{aid}.txt", text=text, published=PublishedDate(value=day, precision="day"))
    return AnnotatedArticle(article=article, sentences=sents, toponyms=toponyms, figures=figures)


def test_a_share_is_of_the_place_its_sentence_refers_to() -> None:
    a = _doc("a1", ["Reports came in from Port Vell.", "Aid workers said 20% of buildings were destroyed in the town."],
             {"Port Vell": "p:vell"})  # fmt: skip
    b = _doc("b1", ["The mayor of Santa Lo spoke to us.", "This is a town where 85% of buildings were destroyed."],
             {"Santa Lo": "p:lo"}, "2031-01-20")  # fmt: skip
    c = _doc("c1", ["Engineers toured the coast.", "Some 40% of buildings in Port Vell are unsafe."],
             {"Port Vell": "p:vell"})  # fmt: skip
    d = _doc("d1", ["Engineers toured the coast.", "Some 45% of buildings in the worst-hit areas are unsafe."], {})
    claims = {c.citation.source: c for c in claims_of([a, b, c, d], [])}
    assert claims["a1"].places == {"p:vell"}
    assert claims["b1"].places == {"p:lo"}
    assert not _same_place(claims["a1"], claims["b1"])  # two towns: no series, no dispute
    assert _same_place(claims["a1"], claims["c1"])
    assert not _same_place(claims["c1"], claims["d1"])  # a named town's share is not one of "the worst-hit areas"


def test_a_place_named_by_the_way_is_not_a_shares_scope() -> None:
    text = ["Acme - the largest firm in Ruritania before the blast - has lost 45% of its value since."]
    doc = _doc("e1", text, {"Ruritania": "p:ruritania"})
    doc = doc.model_copy(
        update={"attributions": [Attribution(article="e1", sentence=0)], "figures": [
            f.model_copy(update={"about": "value"}) for f in doc.figures
        ]}
    )  # fmt: skip
    (claim,) = claims_of([doc], [])
    assert claim.places == frozenset()  # the place is in another clause
    near = _doc("f1", ["Acme has lost 45% of its value in Ruritania."], {"Ruritania": "p:ruritania"})
    (claim,) = claims_of([near], [])
    assert claim.places == {"p:ruritania"}
