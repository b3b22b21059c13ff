"""Helpers shared by several test modules (not tests themselves)."""

from __future__ import annotations

import itertools
import re
import shutil
from typing import Any

from storyline.annotate.attribution import link_figures
from storyline.annotate.entities import fold
from storyline.annotate.figures import extract_figures
from storyline.annotate.stage import split_sentences
from storyline.annotate.timex import TimeTagger
from storyline.records import (
    AnnotatedArticle,
    Article,
    Entity,
    Figure,
    Mention,
    Place,
    PublishedDate,
    Sentence,
    TimeExpression,
)

#: Debian's Chromium, driven headless with no background networking (this machine has no network)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip

_ABBR = r"(?:Capt|Col|Gen|Brig|Lt|Maj|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|St|No|Mt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|[A-Z])\."


def split(text: str) -> list[Sentence]:
    """A simple sentence splitter for tests: lines, then '. X' boundaries (not after abbreviations)."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        s, off, last = line.group(), line.start(), 0
        bounds = [
            b.end()
            for b in re.finditer(r"[.!?][”\"»)]?(?=\s+[“\"«A-Z(])", s)
            if not (b.group() == "." and re.search(_ABBR + "$", s[: b.end()]))
        ]
        for end in [*bounds, len(s)]:
            seg = s[last:end]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append(
                    Sentence(
                        index=len(out), start=off + last + lead, end=off + last + len(seg.rstrip()), text=seg.strip()
                    )
                )
            last = end
    return out


def click_citation(page: Any, link: Any, settle_ms: int = 500) -> None:
    """Click a citation link (a Playwright locator) and check its source sentence is highlighted and in view."""
    target = link.get_attribute("href")
    assert target and target.startswith("#s-")
    link.click()
    page.wait_for_timeout(settle_ms)
    sentence = page.locator(target)
    assert "hl" in (sentence.get_attribute("class") or "")
    assert sentence.is_visible()


def entity_doc(text: str, ents: list[tuple[str, str]], aid: str = "a1") -> AnnotatedArticle:
    """A hand-made AnnotatedArticle for the entity tests: each (surface, label) is found in order in
    the text, all in one sentence."""
    mentions = []
    pos = 0
    for surface, label in ents:
        start = text.index(surface, pos)
        mentions.append(
            Mention(article=aid, sentence=0, start=start, end=start + len(surface), text=surface, label=label)
        )
        pos = start + len(surface)
    article = Article(id=aid, file=f"{aid}.txt", text=text)
    return AnnotatedArticle(
        article=article, sentences=[Sentence(index=0, start=0, end=len(text), text=text)], mentions=mentions
    )


def by_name(entities: list[Entity], name: str) -> Entity | None:
    """The resolved entity shown under ``name``, if any."""
    return next((e for e in entities if e.name == name), None)


def entity_of(docs: list[AnnotatedArticle], aid: str, surface: str, nth: int = 0) -> str | None:
    """The entity id of the ``nth`` mention written ``surface`` in article ``aid``."""
    found = [m.entity for d in docs if d.article.id == aid for m in d.mentions if m.text == surface]
    return found[nth] if len(found) > nth else None


def names_of(entities: list[Entity], surface: str) -> set[str]:
    """All names of the entity holding ``surface`` (empty when no entity holds it)."""
    for e in entities:
        if surface == e.name or surface in e.aliases:
            return {e.name, *e.aliases}
    return set()


def type_of(entities: list[Entity], surface: str) -> str | None:
    """The type of the entity named or aliased ``surface``, or None."""
    for e in entities:
        if surface == e.name or surface in e.aliases:
            return e.type
    return None


def tagged(tagger: TimeTagger, text: str, pub: PublishedDate) -> dict[str, TimeExpression]:
    """The time expressions of ``text`` published on ``pub``, by their text."""
    return {e.text: e for e in tagger.tag(text, pub)}


def tagged_value(tagger: TimeTagger, text: str, span: str, pub: PublishedDate) -> str | None:
    """The value of the first time expression whose text holds ``span`` (it must be tagged)."""
    found = tagged(tagger, text, pub)
    hit = [e for t, e in found.items() if span in t]
    assert hit, f"{span!r} not tagged in {sorted(found)}"
    return hit[0].value


def span_mentions(
    text: str, sents: list[Sentence], spans: list[tuple[str, str]], overlapping: bool = True
) -> list[Mention]:
    """A tagger's mentions for the tests: every occurrence of each (name, label) in ``text``; with
    ``overlapping`` False, as a real tagger gives them: a span overlapping an earlier-listed one is
    left out, and the mentions are in text order."""
    out: list[Mention] = []
    for name, label in spans:
        for m in re.finditer(re.escape(name), text):
            if not overlapping and any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            k = next(s.index for s in sents if s.start <= m.start() < s.end)
            out.append(Mention(article="a", sentence=k, start=m.start(), end=m.end(), text=name, label=label))
    return out if overlapping else sorted(out, key=lambda m: m.start)


class TableGeo:
    """A gazetteer stub for the entity tests: resolves names by a table of folded names; no readings."""

    def __init__(self, table: dict[str, Place]) -> None:
        self.table = table

    def candidates(self, name: str, city_first: bool = True) -> list[object]:
        return []

    def resolve(
        self,
        names: list[str],
        context: list[str],
        home: object = (),
        sentences: object = (),
        per_mention: bool = False,
        sources: object = (),
    ) -> list[Place | None]:
        return [self.table.get(fold(n)) for n in names]


def day_heads(text: str, *heads: tuple[str, str]) -> list[TimeExpression]:
    """Day expressions at the given written days ("June 3", value) of ``text``, with their sentence indexes."""
    sentences = split(text)
    out = []
    for written, value in heads:
        start = text.index(written)
        index = next(s.index for s in sentences if s.start <= start < s.end)
        out.append(
            TimeExpression(
                article="a", sentence=index, start=start, end=start + len(written), text=written, value=value
            )
        )
    return out


def written_figure(text: str, written: str, times: list[TimeExpression] | None = None) -> Figure:
    """The one figure ``extract_figures`` finds written ``written`` in ``text`` (its times tagged as ``times``)."""
    figures = extract_figures(text, split(text), "a", [], times or [])
    found = [f for f in figures if f.text == written]
    assert len(found) == 1, [f.text for f in figures]
    return found[0]


def figure_as_of(text: str, written: str, pub: PublishedDate, times: list[TimeExpression] | None = None) -> str | None:
    """The ``as_of`` that ``link_figures`` gives the figure written ``written`` in ``text``, published ``pub``."""
    return link_figures([written_figure(text, written, times)], [], times or [], pub, text)[0].as_of


def line_spans(text: str) -> list[tuple[int, int]]:
    """One span per line: a source that put each (supposed) sentence on its own line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def cut_at(text: str, *pieces: str) -> list[tuple[int, int]]:
    """Spans cut right before each of ``pieces`` (a model's wrong cuts on one line)."""
    bounds = [0, *(text.index(p) for p in pieces), len(text)]
    return list(itertools.pairwise(bounds))


def sents(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The sentences ``split_sentences`` makes of ``text`` from a model's ``spans``."""
    return [s.text for s in split_sentences(text, spans)]


def linked_as_of(
    text: str, figure: str, times: dict[str, str], pub: PublishedDate, present: bool = False
) -> str | None:
    """The ``as_of`` ``link_figures`` gives the figure written ``figure`` in a one-sentence ``text``, with the
    time expressions ``times`` (span -> TimeML value) tagged by hand; ``present``: extract_figures marked the
    figure's clause as present tense or present perfect."""
    start = text.index(figure)
    fig = Figure(
        article="a",
        sentence=0,
        start=start,
        end=start + len(figure),
        text=figure,
        value=1.0,
        unit="x",
        as_of="PRESENT_REF" if present else None,
    )
    tx = [
        TimeExpression(
            article="a", sentence=0, start=text.index(span), end=text.index(span) + len(span), text=span, value=v
        )
        for span, v in times.items()
    ]
    return link_figures([fig], [], tx, pub, text)[0].as_of
