"""Session 25: a view's noun names no holder before it; "World" in a name is no worldwide scope; a count's one
place said with "in" at the end of its long clause is its scope."""

from __future__ import annotations

from storyline.records import Entity, Figure, Mention, Toponym
from storyline.story.claims import WORLD, _scope_of, _sentence_party, _sentence_scope


def _fig(text: str, number: str, what: str = "volume", unit: str = "tonnes") -> Figure:
    at = text.index(number)
    value = float(number.replace(",", ""))
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit=unit, what=what)  # fmt: skip


def _top(text: str, name: str, place: str) -> Toponym:
    at = text.index(name)
    return Toponym(article="a", sentence=0, start=at, end=at + len(name), text=name, place=place)


ACME = Entity(id="e:acme", name="Acme", type="organisation")


def test_doubters_of_estimates_hold_no_view_of_the_figure() -> None:
    text = ("Several researchers have questioned official estimates of the seepage, saying the often quoted figure "
            "of 700 tonnes a week is far too low.")  # fmt: skip
    assert _sentence_party(text, _fig(text, "700"), (0, len(text)), (), ()) == frozenset()
    # the verb still names its holder
    verb = "The researchers estimate that 900 tonnes a week are seeping from the tank."
    assert _sentence_party(verb, _fig(verb, "900"), (0, len(verb)), (), ()) == {"researcher"}
    agency = "Acme estimates a weekly seepage of 900 tonnes."
    at = agency.index("Acme")
    acme = [Mention(article="a", sentence=0, start=at, end=at + 4, text="Acme", label="ORG", entity="e:acme")]
    assert _sentence_party(agency, _fig(agency, "900"), (0, len(agency)), acme, [ACME]) == {"e:acme"}


def test_a_name_that_opens_on_world_is_no_worldwide_scope() -> None:
    text = "The World Fever Council said on Sunday that 45 people had died in Ruritania."
    got = _scope_of(text, _fig(text, "45", "killed", "people"), (0, len(text)), [_top(text, "Ruritania", "p:r")])
    assert got == {"p:r"}
    wide = "Officials said 45 people had died around the world."
    assert _scope_of(wide, _fig(wide, "45", "killed", "people"), (0, len(wide)), []) == {WORLD}


def test_the_one_place_said_with_in_after_a_long_clause_scopes_its_count() -> None:
    text = ("The council said at least 45 people had died of a severe fever caused by the strange new illness "
            "in Ruritania.")  # fmt: skip
    tops = [_top(text, "Ruritania", "p:r")]
    end = _fig(text, "45").end
    assert _sentence_scope(text, (0, len(text)), tops, {}, 0, end) == {"p:r"}
    # a place said before the count, or two places, tell no scope
    before = "A nurse flew home from Ruritania, where the council said 45 people had died of the new illness."
    tops = [_top(before, "Ruritania", "p:r")]
    assert _sentence_scope(before, (0, len(before)), tops, {}, 0, _fig(before, "45").end) == frozenset()
    two = "The council said 45 people had died of the new fever in Ruritania and in Freedonia."
    tops = [_top(two, "Ruritania", "p:r"), _top(two, "Freedonia", "p:f")]
    assert _sentence_scope(two, (0, len(two)), tops, {}, 0, _fig(two, "45").end) == frozenset()


def test_a_place_of_part_of_a_count_or_the_globe_is_not_its_place() -> None:
    part = "Up to 45 people are believed to have died of the fever, all but one of them in Ruritania."
    tops = [_top(part, "Ruritania", "p:r")]
    assert _sentence_scope(part, (0, len(part)), tops, {}, 0, _fig(part, "45").end) == frozenset()
    globe = "The fever has killed 45 people around the globe, the council said."
    assert _scope_of(globe, _fig(globe, "45", "killed", "people"), (0, len(globe)), []) == {WORLD}


def test_a_world_bodys_count_in_a_sentence_of_no_place_is_the_worlds() -> None:
    text = "At least 45 people have died of the fever, the World Fever Council says."
    assert _sentence_scope(text, (0, len(text)), [], {}, 0, _fig(text, "45").end) == {WORLD}
