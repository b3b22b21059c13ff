"""A figure's party comes from its own clause: a view its clause gives to another holder ("Acme said 300
tonnes, but engineers put it at 900") is that holder's, never the speaker's or a neighbour clause's."""

from __future__ import annotations

from storyline.records import Entity, Figure, Mention
from storyline.story.claims import _clause_start, _own_clause_holder, _sentence_party


def _fig(text: str, number: str, said_by: str | None = None) -> Figure:
    at = text.index(number)
    value = float(number.replace(",", ""))
    return Figure(article="a", sentence=0, start=at, end=at + len(number), text=number, value=value,
                  unit="tonnes", what="volume", said_by=said_by)  # fmt: skip


ACME = Entity(id="e:acme", name="Acme", type="organisation")


def _mentions(text: str) -> list[Mention]:
    return [Mention(article="a", sentence=0, start=text.index("Acme"), end=text.index("Acme") + 4,
                    text="Acme", label="ORG", entity="e:acme")]  # fmt: skip


def test_a_clause_set_against_another_starts_after_its_conjunction() -> None:
    text = "Acme estimated 300 tonnes, but engineers put it at 900 tonnes."
    assert text[_clause_start(text, _fig(text, "900"), (0, len(text))) :].startswith("engineers")
    assert _clause_start(text, _fig(text, "300"), (0, len(text))) == 0


def test_an_unattributed_figure_does_not_take_the_holder_of_a_neighbour_clause() -> None:
    text = "Acme has been estimating 300 tonnes, while the spill kept growing to 900 tonnes by Friday."
    bounds = (0, len(text))
    assert _sentence_party(text, _fig(text, "300"), bounds, _mentions(text), [ACME]) == {"e:acme"}
    # before: the verb "estimating" of the first clause gave the 900 to Acme as well
    assert _sentence_party(text, _fig(text, "900"), bounds, _mentions(text), [ACME]) == frozenset()


def test_a_holder_named_in_the_figures_own_clause_is_its_party() -> None:
    text = "Acme has been estimating 300 tonnes, but independent scientists have pegged the loss at 900 tonnes."
    got = _sentence_party(text, _fig(text, "900"), (0, len(text)), _mentions(text), [ACME])
    assert "scientist" in got and "e:acme" not in got


def test_a_speakers_figure_in_another_holders_clause_is_that_holders() -> None:
    text = "Acme said the loss was 300 tonnes, but outside experts estimate it at 900 tonnes."
    f = _fig(text, "900", said_by="Acme")
    assert _own_clause_holder(text, f, (0, len(text)), _mentions(text), [ACME]) == {"expert"}
    # the speaker's own figure, before the cut, stays the speaker's
    assert _own_clause_holder(text, _fig(text, "300", said_by="Acme"), (0, len(text)), _mentions(text), [ACME]) == set()


def test_a_clause_with_no_holder_of_its_own_stays_the_speakers() -> None:
    text = "Acme said the loss was 300 tonnes, but that it could reach 900 tonnes."
    f = _fig(text, "900", said_by="Acme")
    assert _own_clause_holder(text, f, (0, len(text)), _mentions(text), [ACME]) == frozenset()


def test_a_sentence_the_speaker_reports_whole_or_quotes_stays_the_speakers() -> None:
    text = "The loss was 300 tonnes, but engineers estimate 900 tonnes, Acme said."
    f = _fig(text, "900", said_by="Acme")
    assert _own_clause_holder(text, f, (0, len(text)), _mentions(text), [ACME]) == frozenset()
    quoted = 'Acme said: "It was 300 tonnes, but engineers estimate 900 tonnes."'
    g = _fig(quoted, "900", said_by="Acme")
    assert _own_clause_holder(quoted, g, (0, len(quoted)), _mentions(quoted), [ACME]) == frozenset()


def test_not_also_and_not_only_do_not_cut_a_clause() -> None:
    text = "Acme estimated the loss at not 300 but 900 tonnes."
    assert _clause_start(text, _fig(text, "900"), (0, len(text))) == 0


def _with_figures(text: str, numbers: list[str]) -> list[Figure]:
    return [_fig(text, n) for n in numbers]


def test_a_clause_joined_after_another_figure_has_its_own_holder() -> None:
    text = "Acme's first estimate was 300 tonnes a day, and the coastguard later put it at 900 tonnes a day."
    figs = _with_figures(text, ["300", "900"])
    got = _sentence_party(text, figs[1], (0, len(text)), _mentions(text), [ACME], figs[:1])
    assert "e:acme" not in got
    # with no figure before it, ", and" joins no clause of another view
    plain = "Acme, and its partners, estimated the loss at 900 tonnes."
    f = _fig(plain, "900")
    assert _clause_start(plain, f, (0, len(plain)), [f]) == 0


def test_a_relative_clause_after_another_figure_is_not_that_figures_holders() -> None:
    text = "Acme's estimate of 300 tonnes understated the loss, which is now put at 900 tonnes."
    figs = _with_figures(text, ["300", "900"])
    assert _sentence_party(text, figs[1], (0, len(text)), _mentions(text), [ACME], figs[:1]) == frozenset()


def test_a_passive_view_holds_no_view_of_its_subject_but_of_its_agent() -> None:
    text = "Acme engineers flew to Tarnow, where the fever is believed to have killed 68 people."
    assert _sentence_party(text, _fig(text, "68"), (0, len(text)), _mentions(text), [ACME]) == frozenset()
    agent = "The loss was estimated by independent scientists at 900 tonnes."
    assert "scientist" in _sentence_party(agent, _fig(agent, "900"), (0, len(agent)), (), ())


def test_a_relative_clause_of_a_views_noun_keeps_its_holder() -> None:
    text = "The barge lifts 200 tonnes, above the coastguard's top estimates of the loss, which range from 300 to 400."
    figs = _with_figures(text, ["200", "300"])
    assert "e:coastguard" in _sentence_party(text, figs[1], (0, len(text)), _coastguard(text), [COASTGUARD], figs[:1])


COASTGUARD = Entity(id="e:coastguard", name="coastguard", type="government_body")


def _coastguard(text: str) -> list[Mention]:
    at = text.index("coastguard")
    return [Mention(article="a", sentence=0, start=at, end=at + 10, text="coastguard", label="ORG",
                    entity="e:coastguard")]  # fmt: skip
