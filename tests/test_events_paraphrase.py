"""A timeline entry cites a paraphrase of its news (the event told in other word forms, a figure written
as a word), not a sentence that gives another figure for the same quantity (events._cites)."""

from __future__ import annotations

from storyline.records import DateValue, Figure, Place
from storyline.story.events import Mention, _cites, _claim_stems, _event, _other_figure, _settled, merge
from storyline.story.text import Tfidf, content_stems, coverage, figures_in

PLACES = {"port-elm": Place(id="port-elm", name="Port Elm", precision="town")}
BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]

ENTRY = "The ferry Aurora sank off Port Elm on 3 May after an explosion, killing 9 sailors."
# the same news in other word forms: "blast"/"explosion", "sank"/"sinking", "died"/"killing", 9 as a word
RETOLD = "Nine sailors died when a blast caused the sinking of the ferry Aurora on 3 May."
# the same day, ship and explosion, but another claim: the inquiry, with the explosion as background
PART = "An inquiry opened into the explosion that hit the ferry Aurora off Port Elm on 3 May."


def mention(article: str, text: str, figures: list[Figure] | None = None) -> Mention:
    return Mention(
        article, article, 0, text, "disaster", DateValue(value="2031-05-03", precision="day"), "text",
        set(), ["port-elm"], figures or [], "2031-05-04", date_text="3 May",
    )  # fmt: skip


def prepared(texts: list[tuple[str, str]], figures: dict[str, list[Figure]] | None = None) -> list[Mention]:
    ms = [mention(a, t, (figures or {}).get(a)) for a, t in texts]
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return ms


def gallons(article: str, text: str, span: str, value: float, qualifier: str = "exact") -> Figure:
    start = text.index(span)
    return Figure(
        article=article, sentence=0, start=start, end=start + len(span), text=span, value=value,
        qualifier=qualifier, unit="gal", what="volume",
    )  # fmt: skip


def test_word_forms_of_one_event_are_one_word() -> None:
    assert _claim_stems("The rig exploded.") == _claim_stems("The rig's explosion.") == _claim_stems("A rig blast.")
    assert _claim_stems("The ship sank.") == _claim_stems("The ship is sinking.")
    assert _claim_stems("Nine died.") == _claim_stems("Nine dead.") == _claim_stems("Nine killed.")
    assert _claim_stems("The envoy arrived.") == _claim_stems("The envoy will arrive.")
    # words of other events stay apart
    assert _claim_stems("The ship sank.") != _claim_stems("The ship exploded.")


def test_a_paraphrase_writes_the_entry_once_word_forms_are_one() -> None:
    entry, retold = prepared([("a", ENTRY), ("b", RETOLD)])
    plain = coverage(frozenset(content_stems(ENTRY)), frozenset(content_stems(RETOLD)))
    assert plain < 0.6  # word for word, the retelling writes under the same-day share of the entry
    assert coverage(entry.stems, retold.stems) >= 0.6
    assert _cites(entry, retold)  # and "Nine" writes the entry's 9
    [cluster] = _settled(merge([entry, retold]))
    assert _event(cluster, {}, PLACES, None).independent_sources == 2


def test_a_sentence_with_the_event_as_background_is_not_cited() -> None:
    entry, retold, part = prepared([("a", ENTRY), ("b", RETOLD), ("c", PART)])
    assert not _cites(entry, part)
    events = [_event(c, {}, PLACES, None) for c in _settled(merge([entry, retold, part]))]
    # whichever sentence an event shows, the background one is never a source beside the two tellings
    assert sorted(sorted(c.source for c in e.citations) for e in events) == [["a", "b"], ["c"]]


def test_another_figure_written_as_a_word_does_not_support_the_entry() -> None:
    entry, other = prepared([("a", ENTRY), ("b", RETOLD.replace("Nine", "Seven"))])
    assert not _cites(entry, other)


SPEWED = "The blast on 3 May killed 11 workers and 206 million gallons of oil spewed from the well."
OTHER = "The well spewed 94 million gallons of oil after the blast on 3 May killed 11 workers."
SAME = "After the blast on 3 May killed 11 workers, 206 million gallons of oil spewed from the well."


def test_another_figure_for_the_same_quantity_is_not_cited() -> None:
    figures = {
        "a": [gallons("a", SPEWED, "206 million gallons", 206e6)],
        "b": [gallons("b", OTHER, "94 million gallons", 94e6)],
        "c": [gallons("c", SAME, "206 million gallons", 206e6)],
    }
    entry, other, same = prepared([("a", SPEWED), ("b", OTHER), ("c", SAME)], figures)
    assert entry.numbers & other.numbers  # they share the 11, so the digit test alone would cite it
    assert _other_figure(entry, other)
    assert not _cites(entry, other)
    assert not _other_figure(entry, same)
    assert _cites(entry, same)


def test_a_bound_is_no_other_figure() -> None:
    text_a = "More than 200 million gallons spewed from the well, officials said on 3 May."
    text_b = "Some 206 million gallons spewed from the well, officials said on 3 May."
    figures = {
        "a": [gallons("a", text_a, "More than 200 million gallons", 200e6, "more_than")],
        "b": [gallons("b", text_b, "206 million gallons", 206e6, "about")],
    }
    a, b = prepared([("a", text_a), ("b", text_b)], figures)
    assert not _other_figure(a, b)
