"""Claims of one quantity are grouped together: an act word said of a view is not the oil's, a figure with no act
near it takes the one its own words or its clause's rate noun name, and a count of people a toll names is the
toll's count (session 21)."""

from __future__ import annotations

from storyline.records import Figure
from storyline.story.claims import _act, _named_what


def _fig(text: str, words: str, value: float, unit: str = "bbl/d", what: str = "flow") -> Figure:
    start = text.index(words)
    return Figure(
        article="a", sentence=0, start=start, end=start + len(words), text=words, value=value, unit=unit, what=what
    )


def _act_of(text: str, words: str, value: float, unit: str = "bbl/d") -> str:
    return _act(text, _fig(text, words, value, unit), 0, len(text))


def test_an_act_word_that_publishes_a_view_is_not_the_oils() -> None:
    # "released" is the estimates' publication: what is done to the oil is catching it
    caught = "The latest estimates released on Monday suggest about 7,500 barrels a day are being caught by the hood."
    assert _act_of(caught, "7,500", 7500) == "capture"
    # the estimate the operator leaked: no act of the oil is said at all
    leaked = "The estimate the operator leaked to reporters put the figure at 9,000 barrels a day."
    assert _act_of(leaked, "9,000", 9000) == ""


def test_an_act_word_after_an_estimate_may_still_be_the_oils() -> None:
    # the verb of the view ("suggests", the verb "estimates") opens a clause whose act is the oil's
    noun = "A new federal estimate suggests the platform leaked 3.2 million barrels before it was sealed."
    assert _act_of(noun, "3.2 million", 3.2e6, "bbl") == "release"
    verb = "The state agency estimates the platform leaked 3.2 million barrels before it was sealed."
    assert _act_of(verb, "3.2 million", 3.2e6, "bbl") == "release"
    of = "An estimate of crude leaked so far puts it at 3.2 million barrels."
    assert _act_of(of, "3.2 million", 3.2e6, "bbl") == "release"


def test_a_figure_with_no_act_near_it_takes_its_own_words_or_its_rate_noun() -> None:
    own = "Crews worked through the night to stem the estimated 6,000 barrels of crude gushing each day from the riser."
    assert _act(own, _fig(own, "6,000 barrels of crude gushing each day", 6000), 0, len(own)) == "release"
    rate = (
        "The survey found that the mean discharge rate of crude from the wellhead between 3 May (when the valve "
        "failed) and 9 July was 41,000 barrels a day."
    )
    assert _act_of(rate, "41,000", 41000) == "release"
    # a clause that names neither leaves the act unsaid, whatever verbs it holds further off
    none = "The panel's memo, which reached the governor on Tuesday after weeks of delays, gave 8,000 barrels a day."
    assert _act_of(none, "8,000", 8000) == ""


def test_a_count_of_people_a_toll_names_is_the_tolls_count() -> None:
    toll = "The official death toll has risen again, to 4,300 people."
    assert _named_what(toll, _fig(toll, "4,300", 4300, "people", "people"), "people", 0, len(toll)) == "killed"
    asked = "Asked about casualty toll estimates of between 900 and 1,200 people, the general said nothing."
    assert _named_what(asked, _fig(asked, "900", 900, "people", "people"), "people", 0, len(asked)) == "casualties"
    moved = "Some 4,300 people were moved to shelters, while the death toll stayed at 12."
    assert _named_what(moved, _fig(moved, "4,300", 4300, "people", "people"), "people", 0, len(moved)) == "people"
    # a count the figures stage already names keeps its name
    kept = "The death toll from the flood reached 40 homes destroyed."
    assert _named_what(kept, _fig(kept, "40", 40, "homes", "destroyed"), "destroyed", 0, len(kept)) == "destroyed"
