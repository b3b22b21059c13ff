"""Which actor of the story a speaker's name is, read in the speaker's own article.

A story often holds two actors who share a word of their names: two people with one surname
("Hillary Clinton", "Bill Clinton"), two with one first name ("Jo Park", "Jo Lee"), a person
and a body named after someone.  A report names a speaker in full once and then by the bare
word ("Mrs Clinton said", "Jo told reporters"): the bare word is the person *that report*
named, not whichever of the story's actors with that word was listed first.  So a speaker
whose name fits more than one actor is linked to the one of them its article names by a fuller
name containing the speaker's word ("Hillary Clinton" for "Mrs Clinton"; "Randy", one of the
Jacksons, is no mention of "Jackson"): named in the speaker's own sentence, else in the nearest
sentence before it, else in the nearest after it (a report may quote "Jo" before saying who Jo
is).  Only when the article never writes a fuller name, its mentions by the bare word are read
the same way, as the entity stage resolved them in that article (a "Michel" who is a source's
son is not the story's "Louis Michel").  When the article names none of them, the story's only
actor whose name says more than the bare word is taken (a "Brown" left unresolved beside
"Gordon Brown" is no second person).  Only the actors the story calls by that word are candidates:
a person the article names in full but the story never calls by the bare word ("Elisabeth Preval"
beside "Mr Preval said") is more often a relative named in passing than the speaker.

When none of these singles out one actor the speaker is left unlinked, shown as written:
a statement credited to the wrong person is worse than one credited to a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.annotate.entities import clean_surface, fold
from storyline.records import AnnotatedArticle, Attribution, Entity


@dataclass(frozen=True)
class SpeakerIndex:
    """The story's actors by name: ``ids`` folded name or alias -> the actors it names, in the story's
    entity order; ``canonical`` entity id -> its folded name (to tell a full name from a bare word)."""

    ids: dict[str, tuple[str, ...]]
    canonical: dict[str, str]

    @property
    def first(self) -> dict[str, str]:
        """Folded name -> the story's first actor of that name."""
        return {k: v[0] for k, v in self.ids.items()}


def speaker_candidates(entities: list[Entity]) -> SpeakerIndex:
    """Every actor each folded name or alias of the story may name."""
    ids: dict[str, list[str]] = {}
    for e in entities:
        for alias in (e.name, *e.aliases):
            if e.id not in (got := ids.setdefault(fold(alias), [])):
                got.append(e.id)
    return SpeakerIndex(
        {k: tuple(v) for k, v in ids.items()},
        {e.id: fold(e.name) for e in entities},
    )


def _single(ids: set[str]) -> str | None:
    return next(iter(ids)) if len(ids) == 1 else None


def _nearest(named: list[tuple[int, str]], sentence: int) -> str | None:
    """The one actor of ``named`` ((sentence, entity id) of each mention) its article names in ``sentence``,
    else in the nearest sentence before it, else in the nearest after it; None when that sentence names two."""
    before = [s for s, _ in named if s < sentence]
    after = [s for s, _ in named if s > sentence]
    for near in (sentence, max(before, default=None), min(after, default=None)):
        ids = {e for s, e in named if s == near}
        if ids:
            return _single(ids)
    return None


def link_speaker(a: Attribution, doc: AnnotatedArticle, index: SpeakerIndex) -> str | None:
    """The entity id the speaker of ``a`` (an attribution of ``doc``) names, or None when the story
    knows no actor of that name or its article does not say which of several it is."""
    if not a.speaker:
        return None
    said = clean_surface(a.speaker, "PERSON")
    cands: tuple[str, ...] = ()
    for candidate in (said, a.speaker):
        cands = index.ids.get(fold(candidate), ())
        if cands:
            said = candidate
            break
    if len(cands) <= 1:
        return cands[0] if cands else None
    key = fold(said)
    pool = set(cands)
    full: list[tuple[int, str]] = []  # mentions of one of them by a name that says more: "Jo Park" for "Park"
    bare: list[tuple[int, str]] = []  # mentions by the speaker's own word, as the entity stage resolved them
    for m in doc.mentions:
        if m.entity not in pool:
            continue
        written = fold(clean_surface(m.text, "PERSON"))
        if written == key:
            bare.append((m.sentence, m.entity))
        elif f" {key} " in f" {written} ":  # "Randy" is one of the Jacksons, but no mention of "Jackson"
            full.append((m.sentence, m.entity))
    for named in (full, bare):
        if named:
            return _nearest(named, a.sentence)
    # the article names none of them: the story's only actor whose name says more than the bare word
    fuller = [i for i in cands if index.canonical[i] != key]
    if not fuller:
        return cands[0]  # the same bare word twice: either is shown alike
    return fuller[0] if len(fuller) == 1 else None
