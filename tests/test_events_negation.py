"""A timeline entry does not cite a sentence that denies what the entry states (or states what the entry
denies), while a negation about something else in the sentence costs no citation (events._cites)."""

from __future__ import annotations

from storyline.records import DateValue
from storyline.story.events import Mention, _cites, _figures, _negated_scopes
from storyline.story.text import Tfidf

BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]


def mention(article: str, text: str) -> Mention:
    return Mention(
        article, article, 0, text, "other", DateValue(value="2031-05", precision="month"), "text",
        set(), [], [], "2031-05-04", date_text="May",
    )  # fmt: skip


def prepared(*texts: str) -> list[Mention]:
    ms = [mention(f"a{i}", t) for i, t in enumerate(texts)]
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = _figures(m.claim)  # as build_events sets them
    return ms


ENTRY = "What happens in the northern valleys this May will show how the blight spreads."


def test_a_sentence_that_denies_the_entry_is_not_cited() -> None:
    entry, unknown = prepared(
        ENTRY, "Growers don't know what happens in the northern valleys this May or how the blight spreads."
    )
    assert not _cites(entry, unknown)
    # the same sentence without the negation would be cited: only the negation stops it
    _, known = prepared(
        ENTRY, "Growers know what happens in the northern valleys this May will show how the blight spreads."
    )
    assert _cites(entry, known)


def test_never_no_and_denials_deny() -> None:
    entry, never = prepared(
        "The mayor gave the builder the harbour contract in May.",
        "The mayor never gave the builder the harbour contract in May.",
    )
    assert not _cites(entry, never)
    entry, denial = prepared(
        "The mayor gave the builder the harbour contract in May, a report says.",
        "The mayor denies giving the builder the harbour contract in May.",
    )
    assert not _cites(entry, denial) and not _cites(denial, entry)


def test_both_denying_agree() -> None:
    a, b = prepared(
        "The ministry said no ferries sailed from the northern harbour in May.",
        "No ferries sailed from the northern harbour in May, the ministry said.",
    )
    assert _cites(a, b)


def test_a_negation_about_something_else_costs_no_citation() -> None:
    entry, other = prepared(
        "Bank chiefs will meet the finance minister in May to discuss the rescue.",
        "Bank chiefs will meet the finance minister in May to discuss the rescue, but no deal is expected.",
    )
    assert _cites(entry, other)
    # a plea is no denial of the charge
    entry, plea = prepared(
        "The captain was charged with reckless navigation in May.",
        "The captain pleaded not guilty in May to the charge of reckless navigation.",
    )
    assert _cites(entry, plea)


def test_the_scope_of_a_negation() -> None:
    assert _negated_scopes("They don't know what happens in the valleys, the growers said.") == (
        "know what happens in the valleys",
    )
    # a clause word, a glued caption and an 8-word cap end it; "none" at a clause's end denies nothing after it
    assert _negated_scopes("It was not the ferry but the tug that sank.") == ("the ferry",)
    assert _negated_scopes("Mr Ode denies any wrongdoing On 2 May the court met.") == ("any wrongdoing",)
    assert _negated_scopes("They had none Mr Ode was a clerk.") == ()
    assert _negated_scopes("None of the ferries sailed.") == ("of the ferries sailed",)
    assert _negated_scopes("Not one two three four five six seven eight nine.")[0].split()[-1] == "eight"


def test_digits_of_a_code_are_no_shared_figure() -> None:
    entry, other = prepared(
        "Confirmed cases of the K7N3 fever in the county have risen to 28 this May.",
        "Confirmed cases of the K7N3 fever in the county have risen to 27 this May.",
    )
    assert entry.numbers == {"28"}
    assert not _cites(entry, other)
    _, same = prepared(entry.text, "This May confirmed cases of the K7N3 fever in the county have risen to 28.")
    assert _cites(entry, same)
