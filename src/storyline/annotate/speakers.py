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

A gendered title the speaker is written with ("Mrs Clinton", "Ms Jackson", "Mr Park") must fit the
actor: an actor the story's articles show to be of the other gender is no candidate, and one they
show to be of the title's gender is taken before one of unknown gender, so "Mrs Clinton" is Hillary,
not the Bill Clinton her report named last, and "Ms Jackson" is not Michael Jackson.  What the
articles show (:func:`story_genders`): the titles of the mentions the entity stage joined to the
actor (it joins "Mrs Park" only to a bearer the title fits) and the he/she that follows the actor's
name as the subject of what the person says ("Jo Park said she would stay"); one gender must outweigh
the other twice over, else the actor's gender is unknown.  No list of first names is used: a first
name says nothing the articles do not.  When the title rules out an actor and no other is known to fit
it, the speaker is the person shown to be of the title's gender whose full name with the speaker's word
its article gives nearest ("Janet Jackson ... Ms Jackson said"), else a candidate of unknown gender its
article names, else nobody (a "Mrs Jackson" in a report that names only Michael is a relative).  A
title carried to a sentence that writes the name otherwise ("President Clinton said", given the
article's earlier "Mrs Clinton" by the attribution stage) is not that sentence's, and is not used.

When none of these singles out one actor the speaker is left unlinked, shown as written:
a statement credited to the wrong person is worse than one credited to a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.annotate.entities import GENDER_TITLE, clean_surface, fold, title_before
from storyline.annotate.timex_lexicon import REPORTING_PAST, REPORTING_PRESENT
from storyline.records import AnnotatedArticle, Attribution, Entity


@dataclass(frozen=True)
class SpeakerIndex:
    """The story's actors by name: ``ids`` folded name or alias -> the actors it names, in the story's
    entity order; ``canonical`` entity id -> its folded name (to tell a full name from a bare word);
    ``gender`` person's entity id -> "m" | "f" where the story's articles show it (:func:`story_genders`);
    ``people`` the ids of the story's persons."""

    ids: dict[str, tuple[str, ...]]
    canonical: dict[str, str]
    gender: dict[str, str] = field(default_factory=dict)
    people: frozenset[str] = frozenset()


def speaker_candidates(entities: list[Entity], docs: Sequence[AnnotatedArticle] = ()) -> SpeakerIndex:
    """Every actor each folded name or alias of the story may name, with the gender ``docs`` (the story's
    articles, their mentions joined to ``entities``) show for its people."""
    ids: dict[str, list[str]] = {}
    for e in entities:
        for alias in (e.name, *e.aliases):
            if e.id not in (got := ids.setdefault(fold(alias), [])):
                got.append(e.id)
    people = frozenset(e.id for e in entities if e.type == "person")
    return SpeakerIndex(
        {k: tuple(v) for k, v in ids.items()},
        {e.id: fold(e.name) for e in entities},
        story_genders(docs, people),
        people,
    )


def _title_gender(title: str) -> str:
    return "m" if title in ("Mr", "Mister") else "f"


# a person's name, then a verb of saying with he/she for the subject of what is said: "Jo Park said she would
# stay", "Jo Park, the mayor, said that he ...".  Nothing else may come between the verb and the pronoun:
# "told Ann Lee he", "said that after he had been hurt", "said the man he" may be about someone else.  A name
# followed by its closing quotation mark or a possessive ("'... meeting Jo Park,' he said", "Jo Park's son
# said he") is not the subject
_SAID_PRONOUN = re.compile(
    r"(?:\s*,[^,\"“”\n]{1,80},)?\s+(?:"
    + "|".join(sorted(REPORTING_PAST | REPORTING_PRESENT))
    + r")\s+(?:that\s+)?(he|she)\b"
)


def story_genders(docs: Sequence[AnnotatedArticle], people: frozenset[str]) -> dict[str, str]:
    """Person's entity id -> "m" | "f", as the story's articles show it: each mention the entity stage joined
    to the person after a gendered title ("Mrs Park": it joins a titled surname only where the title fits)
    and each he/she that a verb of saying right after the person's name puts as the subject of what the
    person says ("Jo Park said she would stay", :data:`_SAID_PRONOUN`).  A gender is taken when its evidence
    is more than twice the other's."""
    votes: dict[str, Counter[str]] = {}
    for d in docs:
        text = d.article.text
        ends = {s.index: s.end for s in d.sentences}
        for m in d.mentions:
            if m.entity not in people:
                continue
            title = title_before(text, m, clean_surface(m.text, "PERSON"), GENDER_TITLE)
            said = _SAID_PRONOUN.match(text, m.end, ends.get(m.sentence, m.end))
            for g in (_title_gender(title) if title else None, said and ("m" if said.group(1) == "he" else "f")):
                if g:
                    votes.setdefault(m.entity or "", Counter())[g] += 1
    out: dict[str, str] = {}
    for entity, c in votes.items():
        if c["m"] > 2 * c["f"]:
            out[entity] = "m"
        elif c["f"] > 2 * c["m"]:
            out[entity] = "f"
    return out


def _speaker_title(a: Attribution, doc: AnnotatedArticle) -> str | None:
    """The gender of the title a speaker is written with ("Mrs Clinton" -> "f"), or None: no title, or one
    the attribution stage carried to a sentence that writes the name otherwise ("President Clinton said")."""
    words = (a.speaker or "").split()
    hit = GENDER_TITLE.search(" ".join(words[:-1]) + " ") if len(words) > 1 else None
    if hit is None:
        return None
    sentence = next((s for s in doc.sentences if s.index == a.sentence), None)
    text = doc.article.text[sentence.start : sentence.end] if sentence is not None else ""
    if re.search(rf"\b{re.escape(words[-1])}\b", text) and " ".join(words) not in " ".join(text.split()):
        return None
    return _title_gender(hit.group(1))


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
    key = fold(said)
    title = _speaker_title(a, doc) if cands else None
    ruled_out = False  # the title ruled out an actor of the name, and no other is known to fit it
    if title is not None:
        # the actors of the name the articles show to be of the title's gender; once the title rules one out,
        # the person of that gender the article names in full with the word; else those of unknown gender its
        # article names.  An actor nothing rules out is not second-guessed ("Mr Lee" beside the only Lee)
        fit = tuple(i for i in cands if index.gender.get(i) == title)
        unknown = tuple(i for i in cands if i not in index.gender)
        ruled_out = not fit and len(unknown) < len(cands)
        if ruled_out and (bearer := _titled_bearer(a, doc, index, key, title)) is not None:
            return bearer
        cands = fit or unknown
        if not cands:
            return None
    if len(cands) <= 1 and not ruled_out:
        return cands[0] if cands else None
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
    if ruled_out:
        return None  # "Mrs Jackson" in a report naming only Michael: a relative the story knows by no such name
    # the article names none of them: the story's only actor whose name says more than the bare word
    fuller = [i for i in cands if index.canonical[i] != key]
    if not fuller:
        return cands[0]  # the same bare word twice: either is shown alike
    return fuller[0] if len(fuller) == 1 else None


def _titled_bearer(a: Attribution, doc: AnnotatedArticle, index: SpeakerIndex, key: str, title: str) -> str | None:
    """A titled speaker none of the story's actors of that name fits ("Ms Jackson" beside Michael and Randy):
    the person of the title's gender whose full name with the speaker's word its article gives nearest
    ("Janet Jackson said she would not attend ... Ms Jackson said"), else None."""
    named = [
        (m.sentence, m.entity)
        for m in doc.mentions
        if m.entity in index.people
        and index.gender.get(m.entity) == title
        and (written := fold(clean_surface(m.text, "PERSON"))) != key
        and f" {key} " in f" {written} "
    ]
    return _nearest(named, a.sentence) if named else None
