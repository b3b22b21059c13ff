"""Each number in a sentence with several counts takes the noun of its own phrase (invented text)."""

from storyline.annotate.figures import extract_figures
from storyline.records import Sentence


def _whats(text: str) -> dict[str, str | None]:
    figs = extract_figures(text, [Sentence(index=0, start=0, end=len(text), text=text)], "a", [], [])
    return {f.text: f.what for f in figs}


def test_count_before_and_death_toll_counts_cases() -> None:
    got = _whats(
        "The number of confirmed cases of the new Ruritania (X9Y9) flu has climbed to 4,321 "
        "and the death toll has stayed at 55, the agency said."
    )
    assert got.get("4,321") == "infected"
    assert got.get("55") == "killed"


def test_event_noun_after_and_is_another_count() -> None:
    got = _whats("Officials said the outbreak total rose to 1,234 and the deaths are being investigated.")
    assert got.get("1,234") != "killed"


def test_nearer_case_noun_overrides_toll_before() -> None:
    got = _whats("Globally, Freedonia, which has seen 41 deaths, has reported the most flu cases with 9,876.")
    assert got.get("41") == "killed"
    assert got.get("9,876") != "killed"


def test_death_toll_before_still_counts() -> None:
    assert _whats("The death toll from the flu rose to 45 on Monday.").get("45") == "killed"
