"""Claims measure one quantity: the act done to a volume, the scope of an epidemic count, a group's subsets."""

from __future__ import annotations

from storyline.records import Citation, Figure
from storyline.story.claims import Claim, _act, _conflict, _Facts, _of_a_kind, _per_period, _same_place


def _fig(text: str, number: str, value: float, unit: str = "bbl/d") -> Figure:
    start = text.index(number)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(number), text=number, value=value, unit=unit, what="flow"
    )


def test_the_act_nearest_a_volume_is_what_it_measures() -> None:
    leak = "Engineers say 9,000 barrels a day are seeping out of the cracked pipeline near the harbour."
    assert _act(leak, _fig(leak, "9,000", 9000), 0, len(leak)) == "release"
    catch = "By Friday the new funnel was collecting some 3,000 barrels a day, the operator said."
    assert _act(catch, _fig(catch, "3,000", 3000), 0, len(catch)) == "capture"
    # the noun after "from the" says where, not what: "siphoned from the leak" is a capture
    where = "The operator said the oil it siphoned from the leak fell to 700 barrels a day."
    assert _act(where, _fig(where, "700", 700), 0, len(where)) == "capture"
    # a bracketed conversion is skipped; a clause boundary stops the search
    conv = "Crews burned off 4,000 barrels (168,000 gallons) on Sunday; the rest kept leaking."
    assert _act(conv, _fig(conv, "4,000", 4000, "bbl"), 0, len(conv)) == "capture"
    assert _act("The tank holds 500 barrels.", _fig("The tank holds 500 barrels.", "500", 500, "bbl"), 0, 27) == ""


def test_a_volume_said_with_a_period_is_no_volume() -> None:
    rate = "Officials think 8,000 barrels escaping each day reach the marsh."
    assert _per_period(rate, _fig(rate, "8,000", 8000, "bbl"), 0, len(rate))
    daily = "The daily seepage is now put at 8,000 barrels by the coast guard."
    assert _per_period(daily, _fig(daily, "8,000", 8000, "bbl"), 0, len(daily))
    total = "In all, 800,000 barrels escaped over three months."
    assert not _per_period(total, _fig(total, "800,000", 800000, "bbl"), 0, len(total))


def _claim(value: float, text: str, claimant: str, what: str, about: str, kind: str, places: frozenset[str]) -> Claim:
    fig = Figure(article=claimant, sentence=0, start=0, end=1, text=str(value), value=value, what=what)
    cite = Citation(source=claimant, sentence=0, text=text)
    return Claim(fig, what, about, about, claimant, claimant, None, False, cite, places, about_type=kind)


def test_an_epidemic_count_of_a_place_is_not_one_of_nowhere() -> None:
    a = _claim(400, "Fever cases reached 400 in Ruritania.", "x", "infected", "disaster:outbreak", "disaster",
               frozenset({"p:ruritania"}))  # fmt: skip
    b = _claim(2500, "Fever cases reached 2,500.", "y", "infected", "disaster:outbreak", "disaster", frozenset())
    c = _claim(450, "Fever cases in Ruritania reached 450.", "y", "infected", "disaster:outbreak", "disaster",
               frozenset({"p:ruritania"}))  # fmt: skip
    assert not _same_place(a, b)  # a country's count and the world's
    assert _same_place(a, c)
    # a count of another kind keeps the old rule: one side naming no place is no other place
    d = _claim(30, "Volunteers in Ruritania number 30.", "x", "people", "text:volunteers", "text", a.places)
    e = _claim(40, "Volunteers number 40.", "y", "people", "text:volunteers", "text", frozenset())
    assert _same_place(d, e)


def test_counts_of_a_people_are_subsets_not_versions() -> None:
    text = "Some {} Freedonians boarded the ferry at the harbour on Monday."
    a = _claim(300, text.format(300), "x", "people", "e:freedonians", "group", frozenset())
    b = _claim(500, text.format(500), "y", "people", "e:freedonians", "group", frozenset())
    assert _of_a_kind(a)
    facts = _Facts([text.format(300), text.format(500), "The harvest festival opened with music."])
    assert not _conflict(a, b, [], facts)
    troops = _claim(9000, "Some 9,000 Freedonian troops are deployed.", "x", "troops", "e:freedonians", "group",
                    frozenset())  # fmt: skip
    assert not _of_a_kind(troops)  # a force's strength is one size
