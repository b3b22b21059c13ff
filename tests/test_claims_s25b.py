"""Session 25, round 2: a said_by that names nobody is dropped; a count in a "with" phrase attached to a
place subject is that place's; an output's producer is its holder."""

from __future__ import annotations

from storyline.records import Figure, Mention, Toponym
from storyline.story.claims import _holder, _holder_phrase, _other_line, _scope_of, _sentence_scope


def _fig(text: str, number: str, what: str = "killed", unit: str = "people") -> Figure:
    at = text.index(number)
    value = float(number.replace(",", ""))
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what)  # fmt: skip


def _top(text: str, name: str, place: str) -> Toponym:
    at = text.index(name)
    return Toponym(article="a", sentence=0, start=at, end=at + len(name), text=name, place=place)


def test_a_fragment_is_no_holder_of_a_figure() -> None:
    # parse leftovers: an adjective of "the latest estimates", a bare noun, a place of saying
    for junk in ("the latest", "the newest", "plan", "current", "in a statement", "results released"):
        assert not _holder_phrase(junk), junk
    # names, organisations, roles, groups and bodies stay
    for holder in ("Jo Park", "BP", "the US government", "Mexican officials", "the authorities", "three workers",
                   "the company", "a spokesman", "the health chief", "the poll"):  # fmt: skip
        assert _holder_phrase(holder), holder


def test_a_with_phrase_count_belongs_to_its_place_subject() -> None:
    text = "Ruritania remains the hardest-hit nation, with 900 confirmed cases of the fever, including 31 deaths."
    places = [_top(text, "Ruritania", "p:r")]
    fig = _fig(text, "31")
    assert _sentence_scope(text, (0, len(text)), places, {}, 0, fig.end) == {"p:r"}
    # a second place in the sentence leaves the count unscoped by this rule
    two = "Ruritania remains the hardest-hit nation, with 31 deaths, while Freedonia reports 4."
    tops = [_top(two, "Ruritania", "p:r"), _top(two, "Freedonia", "p:f")]
    assert _sentence_scope(two, (0, len(two)), tops, {}, 0, _fig(two, "31").end) == frozenset()
    # no "with" phrase: the place subject's own verb is left to the other rules
    plain = "Ruritania said the fever had spread; officials counted 31 deaths."
    got = _sentence_scope(plain, (0, len(plain)), [_top(plain, "Ruritania", "p:r")], {}, 0, _fig(plain, "31").end)
    assert got == frozenset()


def _men(text: str, name: str, label: str = "ORG") -> Mention:
    at = text.index(name)
    return Mention(article="a", sentence=0, start=at, end=at + len(name), text=name, label=label)


def test_an_output_is_held_by_its_producer() -> None:
    one = "Most of the 900,000 barrels a day that Acme Petroleum produces in Ruritania come from its offshore fields."
    two = "Borealis Oil has raised output at the northern field to 40,000 barrels a day."
    got_one = _holder(one, _fig(one, "900,000", "flow", "bbl/d"), (0, len(one)), "flow",
                      [_men(one, "Acme Petroleum"), _men(one, "Ruritania", "GPE")], "produce")  # fmt: skip
    got_two = _holder(
        two, _fig(two, "40,000", "flow", "bbl/d"), (0, len(two)), "flow", [_men(two, "Borealis Oil")], "produce"
    )
    assert (got_one, got_two) == ("acme petroleum", "borealis oil")
    # a leak's flow has no producer: the clause's names are left to the other rules
    leak = "Acme Petroleum said 5,000 barrels a day were leaking."
    assert (
        _holder(
            leak,
            _fig(leak, "5,000", "flow", "bbl/d"),
            (0, len(leak)),
            "flow",
            [_men(leak, "Acme Petroleum")],
            "release",
        )
        == ""
    )


def test_a_speaker_on_another_line_holds_no_figure() -> None:
    text = "Ruritania's premier says 9,000 may have died\n1415 The president, Jo Park, puts the toll at 4,000"
    assert _other_line(text, _fig(text, "4,000"), (0, len(text)), "premier")
    assert not _other_line(text, _fig(text, "9,000"), (0, len(text)), "premier")
    assert not _other_line(text, _fig(text, "4,000"), (0, len(text)), "Jo Park")


def test_the_place_a_thing_began_is_no_scope_of_its_count() -> None:
    text = (
        "The agency said 30 nations had reported 700 cases, including 12 deaths, since the fever emerged in Ruritania."
    )
    got = _sentence_scope(text, (0, len(text)), [_top(text, "Ruritania", "p:r")], {}, 0, _fig(text, "12").end)
    assert got == frozenset()
    said = "Twelve people had died of the fever in Ruritania by Friday, officials said."
    fig = Figure(article="a", sentence=0, start=0, end=6, text="Twelve", value=12.0, unit="people", what="killed")
    assert _sentence_scope(said, (0, len(said)), [_top(said, "Ruritania", "p:r")], {}, 0, fig.end) == {"p:r"}


def test_a_count_said_since_a_thing_began_somewhere_is_not_of_that_place() -> None:
    text = "Thirty nations had reported 700 cases, including 12 deaths, since the fever first appeared in Ruritania."
    assert "p:r" not in _scope_of(text, _fig(text, "12"), (0, len(text)), [_top(text, "Ruritania", "p:r")])
    dated = "The fever has killed 12 people in Ruritania since April."
    assert _scope_of(dated, _fig(dated, "12"), (0, len(dated)), [_top(dated, "Ruritania", "p:r")]) == {"p:r"}
