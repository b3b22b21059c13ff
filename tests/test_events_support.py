"""A timeline entry cites, and counts as independent sources, only the sentences that write its claim."""

from __future__ import annotations

from storyline.records import DateValue
from storyline.story.events import CITE, Mention, _cites, _event, _settled, merge
from storyline.story.summary import COVERED, coverage
from storyline.story.text import Tfidf, cosine, figures_in

BACKGROUND = [f"Other news number {i} about markets, weather and sport in town {i}." for i in range(30)]

ENTRY = "The harbour bridge in Westport reopened to traffic on Monday after repairs."
# the same news in another outlet's words: most of the entry's words, others around them
RETOLD = "Westport's harbour bridge was reopened to traffic on Monday following weeks of repairs by the council."
# the same day, place and words, but another claim: what the repairs cost, not that the bridge reopened
PART = "Repairs to the harbour bridge cost the council millions, officials said on Monday."


def mention(article: str, text: str) -> Mention:
    return Mention(
        article, article, 0, text, "other", DateValue(value="2031-03-03", precision="day"), "text",
        set(), [], [], "2031-03-03", date_text="Monday",
    )  # fmt: skip


def prepared(texts: list[tuple[str, str]]) -> list[Mention]:
    ms = [mention(a, t) for a, t in texts]
    tfidf = Tfidf([m.claim for m in ms] + BACKGROUND)
    for m, v in zip(ms, tfidf.vectors, strict=False):
        m.vector = v
        m.numbers = frozenset(figures_in(m.claim))
    return ms


def test_the_invented_pairs_are_what_they_claim_to_be() -> None:
    entry, retold, part = prepared([("a", ENTRY), ("b", RETOLD), ("c", PART)])
    # both share enough words to be merged and to pass the cosine test alone ...
    assert cosine(entry.vector, retold.vector) >= CITE
    assert cosine(entry.vector, part.vector) >= CITE
    # ... but only the retelling writes most of what the entry says
    assert coverage(entry.stems, retold.stems) >= COVERED
    assert coverage(entry.stems, part.stems) < COVERED


def test_a_retelling_is_cited_and_counted() -> None:
    entry, retold = prepared([("a", ENTRY), ("b", RETOLD)])
    assert _cites(entry, retold)
    [cluster] = _settled(merge([entry, retold]))
    event = _event(cluster, {}, {}, None)
    assert event.independent_sources == 2
    assert [c.source for c in event.citations] == ["a", "b"]


def test_a_sentence_that_does_not_write_the_claim_is_neither_cited_nor_counted() -> None:
    entry, retold, part = prepared([("a", ENTRY), ("b", RETOLD), ("c", PART)])
    assert not _cites(entry, part)
    clusters = _settled(merge([entry, retold, part]))
    events = [_event(c, {}, {}, None) for c in clusters]
    shown = next(e for e in events if e.text == ENTRY)
    assert {c.source for c in shown.citations} == {"a", "b"}
    assert shown.independent_sources == 2  # the cost sentence is no third source for the reopening
    # it stays in the brief as an event of its own, with its own single source
    own = next(e for e in events if e.text == PART)
    assert own.independent_sources == 1
    assert [c.source for c in own.citations] == ["c"]


def test_counted_sources_are_always_the_cited_ones() -> None:
    entry, retold, part = prepared([("a", ENTRY), ("b", RETOLD), ("c", PART)])
    for cluster in _settled(merge([part, retold, entry])):
        event = _event(cluster, {}, {}, None)
        assert event.independent_sources == len({c.source for c in event.citations})


def test_the_page_box_is_not_part_of_what_is_compared() -> None:
    entry, retold = prepared([("a", ENTRY), ("b", "Latest travel updates for the region " + RETOLD)])
    retold.box = len("Latest travel updates for the region ")
    assert retold.stems == prepared([("b", RETOLD)])[0].stems
    assert _cites(entry, retold)
