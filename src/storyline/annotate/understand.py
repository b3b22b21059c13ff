"""Story-level understanding: the annotated articles of one story -> entities, places,
linked figures, attributions and time expressions, with ids filled in the docs.

    u = understand(docs, options)          # docs: list[AnnotatedArticle] of one story
    u.entities, u.places, u.figures, u.attributions, u.times, u.docs

* Entities: :func:`storyline.annotate.entities.resolve_entities` (knowledge base, acronyms,
  alternates, transliteration and name variants; lowercased re-occurrences of the story's
  place names such as "raqqa" become mentions too).
* Places: every place-like entity (its recogniser labels, or the knowledge base, say
  place) is geocoded jointly with the story's other places; names that resolve to one
  place become one entity and one :class:`~storyline.records.Place` with all aliases and
  sources.  An unresolved place stays an entity of type ``place`` without a Place record
  (and its toponyms keep ``place=None``): no coordinates are invented.  A place is shown under
  the full name its sources write, never an abbreviation of it ("California", not "Calif";
  :func:`abbreviates`); a one-word "place" the gazetteer does not know and no sentence writes
  as a place ("the ebook on Kindle") is dropped (:func:`_drop_unplaced`).  A name the sources'
  own writing calls a firm ("Dexia, a bank that ..."), a person (a word of a person's name of the
  story: "Stephen"; "thanks to Sam Hale who ..."), an ocean current ("Gulf Stream"), a facility
  after "the" ("bomb the Metro"), or that reaches a small town only through a looser spelling
  ("Easter" as Estaires) gets no namesake's coordinates (:func:`_not_places`); a bare compass word
  ("Southeast", "Nord") is a region only of a country its sentence places (:func:`_compass_frames`).
* Toponyms are rebuilt from the resolved mentions (a country used as an actor, "Turkey",
  is a place and an actor at once; "Daesh" tagged GPE by the recogniser is not a place), plus
  the places inside other names: "Boone County" in "Boone County Sheriff's Office", "U.S." in a
  government body's "U.S. Army", "Athens" in a public service's "Athens City Council" or before an
  office in "Dublin Mayor Jo Roe" (the organisation stays an entity; no Place is made for them).
* Figures are linked to their claimant and date (``said_by``/``as_of``) by
  :func:`storyline.annotate.attribution.link_figures`; ``Attribution.speaker_entity`` is
  filled when the speaker is a known entity of the story.  A joint speaker ("Jo Park and Sam Lee")
  whose two sides name two persons of the story becomes one attribution per person, each linked
  to its own actor (:func:`_joint_parts`); a figure's claimant stays the pair as written.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Protocol

from pydantic import Field

from storyline.annotate.entities import (
    AREA_HEADS,
    KIN_WORDS,
    MASTHEAD_WORDS,
    KnowledgeBase,
    clean_surface,
    fold,
    load_kb,
    merge_entities,
    resolve_entities,
    shouted,
    skeleton,
    strong_place,
)
from storyline.annotate.gazetteer import haversine_km
from storyline.annotate.speakers import SpeakerIndex, link_speaker, speaker_candidates
from storyline.options import Options
from storyline.records import (
    AnnotatedArticle,
    Attribution,
    Entity,
    Figure,
    Mention,
    Place,
    Record,
    TimeExpression,
    Toponym,
)

log = logging.getLogger(__name__)

__all__ = ["PlaceResolver", "Understanding", "understand"]


class PlaceResolver(Protocol):
    """The geocoder protocol: what understanding needs of a geocoder.  The real one is
    :class:`storyline.annotate.places.Geocoder`; tests pass stand-ins that resolve by a table.

    ``resolve``: one Place (or None) per name, the names resolved jointly as one story: the
    story's titles (``context``), its outlets' ``home`` regions, the sentence each name is read in
    (``sentences``, parallel to ``names``), ``per_mention`` readings and the article each name is
    read in (``sources``, parallel to ``names``), as
    :meth:`~storyline.annotate.places.Geocoder.resolve` documents them; a stand-in may ignore the
    ones it has no use for.  Read only when present (``getattr``): ``candidates(name)``, the
    gazetteer's readings of a name, and ``_place``; a stand-in without a gazetteer has neither."""

    def resolve(
        self,
        names: list[str],
        context: list[str],
        home: Sequence[tuple[str, str]] = ...,
        sentences: list[str] = ...,
        per_mention: bool = ...,
        sources: list[str] = ...,
    ) -> Sequence[Place | None]: ...


class Understanding(Record):
    """What one story's articles say, resolved across articles.  JSON round-trippable.

    ``figures`` are each article's figures as extracted (its annotation record), with the speaker and
    date the figure's own sentence gives.  The brief's figures table is not this list: it shows each
    figure as the story's claims credit and date it (:func:`storyline.story.claims.claimed_figures`) —
    read ``Brief.figures`` for what a user sees."""

    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    docs: list[AnnotatedArticle] = Field(default_factory=list)
    entity_place: dict[str, str] = Field(default_factory=dict)  # Entity.id -> Place.id
    warnings: list[str] = Field(default_factory=list)


@lru_cache(maxsize=1)
def _default_geocoder() -> Any:
    from storyline.annotate.places import Geocoder

    geo = Geocoder()
    geo.warm_up()
    return geo


def understand(
    docs: list[AnnotatedArticle],
    options: Options,
    geocoder: Any = None,
    kb: KnowledgeBase | None = None,
    homes: Any = None,
) -> Understanding:
    """Resolve one story's entities, places and figures across its articles.

    ``homes``: an :class:`~storyline.annotate.places.OutletHomes` (the service learns one from
    everything it has stored); the home regions of the story's outlets are evidence for places."""
    warnings: list[str] = []
    kb = kb if kb is not None else load_kb()
    if geocoder is None:
        try:
            geocoder = _default_geocoder()
        except ImportError:  # pragma: no cover - the geocoder ships with the package
            warnings.append("places were not resolved: the geocoder is not installed")
    entities, docs = resolve_entities(list(docs), kb, strong_place(geocoder) if geocoder is not None else None)

    # ------------------------------------------------------------------ places
    places: list[Place] = []
    entity_place: dict[str, str] = {}
    place_entities = [e for e in entities if e.type == "place"]
    if geocoder is not None and place_entities:
        home = homes.homes(d.article.outlet for d in docs) if homes is not None else []
        entities, docs, places, entity_place, mention_place = _geocode(
            entities, docs, place_entities, geocoder, warnings, home
        )
    else:
        mention_place = {}

    # ------------------------------------------------------------------ toponyms, figures, attributions
    etype = {e.id: e.type for e in entities}
    # a bare speaker name is the actor its own article names, not the story's first of that name (speakers.py);
    # so is each side of a joint speaker ("Clinton and Ban said")
    speakers = speaker_candidates(entities, docs)
    out_docs: list[AnnotatedArticle] = []
    try:
        from storyline.annotate.attribution import link_figures
    except ImportError:  # pragma: no cover
        link_figures = None  # type: ignore[assignment]
        warnings.append("figures were not linked to their claimants: attribution module missing")
    for d in docs:
        toponyms = [
            Toponym(
                article=m.article,
                sentence=m.sentence,
                start=m.start,
                end=m.end,
                text=m.text,
                place=mention_place.get((m.article, m.sentence, m.text)) or entity_place.get(m.entity or ""),
            )
            for m in d.mentions
            if m.entity and etype.get(m.entity) == "place"
        ]
        toponyms += _inner_toponyms(d, etype, toponyms, geocoder)
        toponyms.sort(key=lambda t: t.start)
        attributions = [
            a.model_copy(update={"speaker_entity": a.speaker_entity or link_speaker(a, d, speakers)})
            for a in d.attributions
        ]
        figures = list(d.figures)
        if link_figures is not None:
            figures = list(link_figures(figures, attributions, list(d.times), d.article.published, d.article.text))
        # a joint speaker ("Jo Park and Sam Lee") is split only now: a figure keeps the pair as its claimant
        attributions = [part for a in attributions for part in _joint_parts(a, d, speakers, etype)]
        out_docs.append(d.model_copy(update={"toponyms": toponyms, "attributions": attributions, "figures": figures}))

    return Understanding(
        entities=entities,
        places=places,
        figures=[f for d in out_docs for f in d.figures],
        attributions=[a for d in out_docs for a in d.attributions],
        times=[t for d in out_docs for t in d.times],
        docs=out_docs,
        entity_place=entity_place,
        warnings=warnings,
    )


def _geocode(
    entities: list[Entity],
    docs: list[AnnotatedArticle],
    place_entities: list[Entity],
    geocoder: PlaceResolver,
    warnings: list[str],
    home: Sequence[tuple[str, str]] = (),
) -> tuple[list[Entity], list[AnnotatedArticle], list[Place], dict[str, str], dict[tuple[str, int, str], str]]:
    # one query per mention (the geocoder weighs by how often the story names a place), the
    # canonical name first, then the other spellings once each as fallbacks
    # with the sentence each is written in ("Robert, Louisiana, had ...", "the O2 arena in London")
    names: list[str] = []
    sentences: list[str] = []
    owner: list[tuple[str, bool]] = []  # (entity id, is canonical name)
    mkeys: list[tuple[str, int, str] | None] = []  # the mention each canonical query is
    sources: list[str] = []  # the article each query's mention is in
    text_of = {(d.article.id, s.index): s.text for d in docs for s in d.sentences}
    for e in place_entities:
        forms = Counter(clean_surface(m.text) for m in e.mentions)
        canonical = e.name
        names.extend([canonical] * max(1, len(e.mentions)))
        sentences.extend([text_of.get((m.source, m.sentence), "") for m in e.mentions] or [""])
        owner.extend([(e.id, True)] * max(1, len(e.mentions)))
        mkeys.extend([(m.source, m.sentence, m.text) for m in e.mentions] or [None])
        sources.extend([m.source for m in e.mentions] or [""])
        for form in forms:
            if fold(form) != fold(canonical):
                names.append(form)
                first = next(m for m in e.mentions if clean_surface(m.text) == form)
                sentences.append(text_of.get((first.source, first.sentence), ""))
                owner.append((e.id, False))
                mkeys.append(None)
                sources.append(first.source)
    context = [d.article.title for d in docs if d.article.title]
    try:
        resolved = list(
            geocoder.resolve(names, context, home=home, sentences=sentences, per_mention=True, sources=sources)
        )
    except Exception as exc:  # a geocoder failure never loses the entities
        log.warning("geocoder failed: %s", exc, exc_info=True)
        warnings.append(f"places were not resolved: {type(exc).__name__}: {exc}")
        return entities, docs, [], {}, {}
    # a capitalised common word read as a town or region only by another of that place's names
    # ("Swine flu ...": Swine, the German name of Swinoujscie) is no place when the sources write
    # the word in lower case more often than capitalised ("swine flu"): the capital is the sentence's;
    # so is a country read by its name in another language ("we are an Island": Iceland's own name)
    texts = [d.article.text for d in docs]
    common: dict[str, bool] = {}
    for n, (name, place) in enumerate(zip(names, resolved, strict=True)):
        if place is None or place.precision not in ("town", "region", "country") or fold(name) == fold(place.name):
            continue
        if abbreviates(name, place.name):  # "Ill." and "Wash." are Illinois and Washington, not "ill", "wash"
            continue
        if name not in common:
            common[name] = _common_word(name, texts)
        if common[name]:
            resolved[n] = None
    _compass_frames(names, sentences, resolved, geocoder)
    # a firm or a person the recogniser took for a place ("Dexia, a bank", "Stephen" among first
    # names): no place, whatever a namesake town the gazetteer offers (see _not_places)
    readings: dict[str, Counter[str]] = defaultdict(Counter)
    by_pid: dict[str, Place] = {}
    for (eid, _), place in zip(owner, resolved, strict=True):
        if place is not None:
            readings[eid][place.id] += 1
            by_pid.setdefault(place.id, place)
    reading = {eid: by_pid[v.most_common(1)[0][0]] for eid, v in readings.items()}
    not_places = _not_places(place_entities, entities, docs, reading, getattr(geocoder, "candidates", None))
    if not_places:
        log.debug("not places: %s", sorted(e.name for e in place_entities if e.id in not_places))
        resolved = [None if owner[n][0] in not_places else p for n, p in enumerate(resolved)]
    canonical_votes: dict[str, Counter[str]] = defaultdict(Counter)
    canonical_hit: dict[str, Place] = {}
    fallback: dict[str, Counter[str]] = defaultdict(Counter)
    record: dict[str, Place] = {}
    for (eid, is_canonical), place in zip(owner, resolved, strict=True):
        if place is None:
            continue
        record.setdefault(place.id, place)
        if is_canonical:
            canonical_votes[eid][place.id] += 1
        else:
            fallback[eid][place.id] += 1
    # the entity is its mentions' usual reading; a mention its sentence reads otherwise ("the New
    # York attorney general": the state, in a story about the city) keeps its own (below)
    for eid, votes in canonical_votes.items():
        canonical_hit[eid] = record[votes.most_common(1)[0][0]]
    mention_place: dict[tuple[str, int, str], str] = {}
    read_apart: dict[str, set[str]] = defaultdict(set)  # place id -> sources of mentions read so
    written: dict[str, Counter[str]] = defaultdict(Counter)  # place id -> those mentions' names
    for (eid, is_canonical), mk, place in zip(owner, mkeys, resolved, strict=True):
        if is_canonical and place is not None and mk is not None and place.id != canonical_hit[eid].id:
            mention_place[mk] = place.id
            read_apart[place.id].add(mk[0])
            written[place.id][clean_surface(mk[2])] += 1
    place_of: dict[str, str] = {}
    for e in place_entities:
        if e.id in canonical_hit:
            place_of[e.id] = canonical_hit[e.id].id
        elif fallback.get(e.id):
            place_of[e.id] = fallback[e.id].most_common(1)[0][0]
    # names that are one place become one entity
    groups: dict[str, list[str]] = defaultdict(list)
    for eid, pid in place_of.items():
        groups[pid].append(eid)
    names_of = {e.id: set(fold(e.name).split()) for e in place_entities}
    by_name = {e.id: e for e in place_entities}
    structure_names = _structure_names(entities)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        for m in d.mentions:
            if m.entity in by_name:
                labels[m.entity][m.label] += 1
    facilities = {eid for eid, c in labels.items() if 2 * c["FAC"] > c.total()}  # "Heathrow": the recogniser's facility
    merges = []
    parts: set[str] = set()  # entities inside a resolved place, not names of it
    for pid, eids in groups.items():
        # "Northern Syria" geocoded to Syria is a part of it, not another name of it; "United
        # States" beside "States" adds only words of the place's own name: another name of it
        own = set(fold(record[pid].name).split())
        inside = {
            e
            for e in eids
            if any(names_of[o] < names_of[e] and not names_of[e] - names_of[o] <= own for o in eids if o != e)
        }
        # a structure or a body in the place ("Heathrow", "Buckingham Palace", "Scotland Yard" in
        # London) is not another name of it, whatever names the gazetteer lists for the place
        if len(eids) > 1:
            inside |= {
                e
                for e in eids
                if _structure(
                    by_name[e],
                    record[pid].name,
                    structure_names | ({fold(by_name[e].name)} if e in facilities else set()),
                )
            }
        parts.update(inside)
        keep = [e for e in eids if e not in inside]
        if len(keep) > 1:
            merges.append(keep)
    entities, docs = merge_entities(entities, docs, merges)
    by_id = {e.id: e for e in entities}
    entity_place: dict[str, str] = {}
    for pid, eids in groups.items():
        for eid in eids:
            if eid in by_id:
                entity_place[eid] = pid
        groups[pid] = [e for e in eids if e in by_id]
    places: list[Place] = []
    updated: dict[str, Entity] = {}

    def groups_all(eids: list[str]) -> list[Entity]:
        return [by_id[e] for e in eids if e in by_id]

    for pid, eids in groups.items():
        ents = [by_id[e] for e in eids if e in by_id and e not in parts] or [by_id[e] for e in eids if e in by_id]
        if not ents:
            continue
        place = record[pid]
        aliases = sorted({a for e in ents for a in e.aliases} | set(place.aliases) | {place.name})
        order = {d.article.id: n for n, d in enumerate(docs)}
        sources = sorted(
            {s for e in groups_all(eids) for s in e.sources} | set(place.sources),
            key=lambda a: order.get(a, len(order)),
        )
        # shown under the name the sources use most ("Raqqa", "Palmyra"), not the gazetteer's
        # ("Ar Raqqah", "Tadmur"), which stays among the aliases
        everyone = [by_id[e] for e in eids if e in by_id]
        surface = {fold(re.sub(r"^the\s+", "", m.text, flags=re.I)) for e in everyone for m in e.mentions}
        if fold(place.name) in surface:
            display = place.name  # the sources use the gazetteer's name (any case): "WASHINGTON" -> "Washington"
        else:
            named = [e for e in everyone if not e.name.isupper() and not e.name.islower()] or everyone
            display = min(named, key=lambda e: (-len(e.mentions), e.name)).name
        places.append(place.model_copy(update={"name": display, "aliases": aliases, "sources": sources}))
        for e in ents:
            upd: dict[str, Any] = {}
            if fold(display) in surface and abbreviates(e.name, display):
                # "Calif" (also "California"), "N.J." (also "New Jersey"): the full name the sources write
                upd["name"], upd["aliases"] = display, sorted(set(e.aliases) | {display})
            elif shouted(e.name) and not shouted(display) and fold(e.name) in (fold(display), fold(place.name)):
                cased = display if fold(display) == fold(e.name) else place.name  # "WASHINGTON" -> "Washington"
                upd["name"], upd["aliases"] = cased, sorted(set(e.aliases) | {cased})
            if e.kb_id is None:
                upd["kb_id"] = f"geonames:{place.geonameid}" if place.geonameid else None
                if fold(e.name) != fold(place.name) and skeleton(e.name) != skeleton(place.name) and e.id not in parts:
                    upd["aliases"] = sorted(set(upd.get("aliases", e.aliases)) | {place.name})
            if upd:
                updated[e.id] = e.model_copy(update=upd)
    entities = [updated.get(e.id, e) for e in entities]
    entities, docs = _drop_unplaced(entities, docs, entity_place, strong_place(geocoder))
    unresolved = [e.name for e in entities if e.type == "place" and e.id not in entity_place]
    if unresolved:
        warnings.append("places not resolved to coordinates: " + ", ".join(sorted(unresolved)[:20]))
    near = sorted(f"{p.name} (near {p.near_name})" for p in places if p.precision == "vicinity")
    if near:
        warnings.append("places not in the gazetteer, shown only as near the story's focus: " + ", ".join(near[:20]))
    # a place only some mentions are read as ("the New York attorney general") is listed with the
    # articles those mentions are in
    listed = {p.id: n for n, p in enumerate(places)}
    order = {d.article.id: n for n, d in enumerate(docs)}
    for pid, srcs in read_apart.items():
        if pid in listed:
            p = places[listed[pid]]
            srcs = srcs | set(p.sources)
        else:
            p = record[pid]
        upd = {"sources": sorted(srcs, key=lambda a: order.get(a, len(order)))}
        # shown under the gazetteer's name when those mentions write it ("New York" for the state,
        # not the "Upstate New York" another entity of the story is), else under theirs ("Abu
        # Dhabi", not "Abu Zaby"), as the places above
        shown = next((f for f, _ in written[pid].most_common() if fold(f) == fold(record[pid].name)), None)
        if shown is None and pid not in listed:
            shown = written[pid].most_common(1)[0][0]
        if shown is not None and shown != p.name:
            upd["name"], upd["aliases"] = shown, sorted(set(p.aliases) | {p.name, shown})
        if pid in listed:
            places[listed[pid]] = p.model_copy(update=upd)
        else:
            places.append(p.model_copy(update=upd))
    places.sort(key=lambda p: (-len(p.sources), p.name))
    return entities, docs, places, entity_place, mention_place


# a name made of compass words only: "Southeast", "the North East", "Eastern", "Nord", "Sud", and
# a coast so named ("the East Coast", Gisborne in New Zealand by another name)
_COMPASS_NAME = re.compile(
    r"(?:the[ \t]+)?(?:(?:north|south)(?:[- \t]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|middle"
    r"|nord|sud|süd|norte|ouest)(?:[ \t]+(?:coast|seaboard))?",  # "the East Coast": of the writer's country
    re.I,
)


def _compass_frames(names: list[str], sentences: list[str], resolved: list[Any], geocoder: Any) -> None:
    """A bare compass word ("Southeast", "Nord", "East") is a region of some country only in a
    frame the writer gives: a curated region of that name ("Northeast", "Midwest": US) stands; a
    region or town of the gazetteer ("Sud-Est", Haiti; "Eastern", Ghana) is kept only when its
    sentence places something else in that country, and the reading is moved to the country the
    sentence does place ("in the Nord region and ... in the Paris region": Nord, France); else the
    mention is left unplaced.  ``resolved`` is changed in place."""
    countries: dict[str, set[str]] = defaultdict(set)  # sentence -> countries of its other places
    for name, sent, place in zip(names, sentences, resolved, strict=True):
        if sent and place is not None and place.country and not _COMPASS_NAME.fullmatch(name.strip()):
            countries[sent].add(place.country)
    readings: Callable[[str], list[Any]] = getattr(geocoder, "candidates", lambda name: [])
    to_place: Callable[..., Any] | None = getattr(geocoder, "_place", None)
    for n, (name, sent, place) in enumerate(zip(names, sentences, resolved, strict=True)):
        if place is None or place.geonameid is None or not _COMPASS_NAME.fullmatch(name.strip()):
            continue
        frame = countries.get(sent, set())
        if place.country in frame:
            continue
        resolved[n] = None
        local = [
            c for c in readings(name) if c.country in frame and c.match == "name" and c.kind in ("admin1", "admin2")
        ]
        if len(frame) == 1 and local and to_place is not None:
            resolved[n] = to_place(max(local, key=lambda c: c.prior), [name])


def _common_word(name: str, texts: Sequence[str]) -> bool:
    """Is the one-word ``name`` a common word the texts write in lower case ("swine", "metro") more
    often than capitalised?  A place's name is written with its capital wherever it stands."""
    if not re.fullmatch(r"[A-Z][a-z]+", name):
        return False
    lower = sum(len(re.findall(rf"(?<![\w-]){name.lower()}(?![\w-])", t)) for t in texts)
    upper = sum(len(re.findall(rf"(?<![\w-]){name}(?![\w-])", t)) for t in texts)
    return lower > upper


# the last word of the name of a structure, a site or a body housed in one: never another name
# of the town it stands in ("Heathrow Airport", "Buckingham Palace", "Scotland Yard")
_STRUCTURE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """airport airfield airbase palace yard station stadium arena bridge tower towers square street road avenue
    hospital prison jail hall castle abbey cathedral church mosque temple park gardens building centre center
    court market harbour harbor pier port terminal embassy hotel museum university college school zoo theatre
    theater mall plaza house barracks base camp zone""",
    )
)


# words before a place's name: "in Kindia", "at Tabqa", "from Manbij", "the village of Kafr"
_PLACE_BEFORE_WORDS = (
    "in near outside into around across towards toward inside throughout at from to of off along via between"
    " through over north south east west"
)
_PLACE_BEFORE = frozenset(_PLACE_BEFORE_WORDS.split())
_TIME_TOO = frozenset(("over", "to", "toward", "towards"))  # "over Easter", "to Stephen": no place's cue
# (", I have": the pronoun, never a region)
_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?!I\b)[A-Z]|-based\b|\(|—|--)")


# a place's generic word the recogniser left out of the name: "Port Fourchon", "the Kelso river"
_PLACE_HEADS = frozenset(["Port", "Fort", "Lake", "Mount", "Mt", "Cape", "Point", "Bayou", "Isle", "Lac", "Rio"])
_PLACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:river|valley|province|region|district|state|island|islands|bay|delta|basin|peninsula|coast"
    r"|beach|mountains|county|parish|township|village|town|city|street|road|avenue)\b"
)
# between two names of one list or a town and its state: "Georgia, the Carolinas", "Bayelsa and
# Ogoniland", "Charleston, WV"
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or|&))[ \t]*(?:(?:and|or)[ \t]+)?(?:the[ \t]+)?(?:even[ \t]+)?")

_SENTENCE_END = re.compile(r"[.?!][ \t\n]+")
_FROM_AFTER = re.compile(r"[ \t]+from[ \t]+[A-Z]")
_STORMS = re.compile(r"\b(?:storms?|hurricanes?|tropical|typhoons?|cyclones?)\b", re.I)
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|(?:and|or)\b)")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _beside_place(text: str, m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a known place of the story is listed right before or after the mention
    ("Romania, Bulgaria and the Baltics", "Charleston, WV", "Bayelsa State and Ogoniland").  Not a
    name followed by where it is from ("Ana from Peru and Omar from Lima": people), nor a list
    beside a storm's word ("Alex, Bonnie and Colin, the first storms"; storms bear people's names)."""
    if _FROM_AFTER.match(text, m.end):
        return False
    left = max(0, m.start - 80)
    left += max((b.end() for b in _SENTENCE_END.finditer(text, left, m.start)), default=left) - left
    right = next((b.start() for b in _SENTENCE_END.finditer(text, m.end, m.end + 80)), m.end + 80)
    if _STORMS.search(text, left, right):
        return False  # in the mention's sentence
    i = bisect.bisect_left(spans, (m.start, m.end))
    if i > 0:
        gap = _LIST_GAP.fullmatch(text, spans[i - 1][1], m.start)
        # after a bare comma only a state's code ("Charleston, WV") or a list going on ("Georgia,
        # the Carolinas, and Europe"): "Britain, Shoulder to shoulder" is no list
        if gap is not None and (
            re.search(r"\b(?:and|or)\b|&", gap.group())
            or (m.text.isupper() and len(m.text) <= 3)
            or _LIST_GOES_ON.match(text, m.end)
        ):
            return True
    j = bisect.bisect_right(spans, (m.start, m.end))
    if j < len(spans):
        gap = _LIST_GAP.fullmatch(text, m.end, spans[j][0])
        if gap is not None and not _NAME_GOES_ON.match(text, spans[j][1]):
            return True  # not "PhRMA and the U.S. Chamber of Commerce": a place inside a name
    return False


def _drop_unplaced(
    entities: list[Entity],
    docs: list[AnnotatedArticle],
    entity_place: dict[str, str],
    is_place: Callable[[str], bool],
) -> tuple[list[Entity], list[AnnotatedArticle]]:
    """A one-word "place" the gazetteer does not know (the geocoder left it unresolved, and it is
    no country, region or town: ``is_place``) and no sentence writes as a place (never
    after "in", "at", "from", ..., "Port", never "<it>, <Region>", "<it>-based", "<it> river" or a
    dateline, never listed beside a known place: "Georgia, the Carolinas", "Charleston, WV") is no place
    nor actor: a product or a site the recogniser took for one ("buy the ebook on Kindle").  Its
    mentions stay, without an entity.  A knowledge-base name is never dropped."""
    text_of = {d.article.id: d.article.text for d in docs}
    # places the gazetteer resolved or knows ("Charleston" left unresolved is still a town)
    placed = {e.id for e in entities if e.type == "place" and (e.id in entity_place or is_place(e.name))}
    spans: dict[str, list[tuple[int, int]]] = {}  # article -> spans of those places' mentions
    for d in docs:
        spans[d.article.id] = sorted((m.start, m.end) for m in d.mentions if m.entity in placed)
    gone: set[str] = set()
    for e in entities:
        if e.type != "place" or e.kb_id is not None or e.id in entity_place or " " in e.name.strip():
            continue
        if is_place(e.name):
            continue  # "Frankfurt" left unresolved in a story about elsewhere is still a place
        mentions = [m for d in docs for m in d.mentions if m.entity == e.id]
        if not mentions or any(m.label not in ("GPE", "LOC") for m in mentions):
            continue
        if not any(_place_cue(m, text_of[m.article], spans[m.article]) for m in mentions):
            gone.add(e.id)
    if not gone:
        return entities, docs
    log.debug("not places: %s", sorted(e.name for e in entities if e.id in gone))
    docs = [
        d.model_copy(
            update={"mentions": [m.model_copy(update={"entity": None}) if m.entity in gone else m for m in d.mentions]}
        )
        for d in docs
    ]
    return [e for e in entities if e.id not in gone], docs


def _place_cue(m: Mention, text: str, spans: list[tuple[int, int]], strict: bool = False) -> bool:
    """Whether ``text`` writes the mention as a place: at a line's start (a dateline), after "in",
    "at", "from", ..., "Port", or as "<it>, <Region>", "<it>-based", "<it> river", or listed beside
    a known place of the story (``spans``: the article's spans of such places).  ``strict``: not at
    a line's start, and "<it>, <Name>" only when the name is a known place ("Fred, Stephen,
    Antonio and Paul" is a list of people)."""
    before = text[max(0, m.start - 16) : m.start].split()
    if before and before[-1].lower() == "the":
        before = before[:-1] or ["the"]  # "from the North East": the word before the article
    after = _PLACE_AFTER.match(text, m.end)
    if strict and after is not None and after.group().strip() not in ("(", "—", "--", "-based"):
        i = bisect.bisect_left(spans, (after.end() - 1, 0))
        after = after if i < len(spans) and spans[i][0] == after.end() - 1 else None
    return (
        (not before and not strict)
        or (bool(before) and before[-1].lower() in (_PLACE_BEFORE - _TIME_TOO if strict else _PLACE_BEFORE))
        or (bool(before) and before[-1] in _PLACE_HEADS)
        or (text[max(0, m.start - 1) : m.start] == "\n" and not strict)
        or after is not None
        or _PLACE_NOUN_AFTER.match(text, m.end) is not None
        or _beside_place(text, m, spans)
    )


# "Dexia, a bank that ...", "National City, a Cleveland institution": the writer says what the
# name is, right after it; the last word before a clause or a preposition is its head noun
_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:a|an|another|the)[ \t]+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)")
_APPOSITION_STOP = frozenset(re.findall(r"\w+", "that which who whose with in of on at for from to based and or"))
_FIRM_HEADS = frozenset(
    re.findall(
        r"\w+",
        """bank banks lender insurer company corporation firm conglomerate retailer airline manufacturer maker
    carmaker automaker drugmaker broker brokerage institution newspaper tabloid magazine publisher chain""",
    )
)
# ... and before the name only ("mining giant X", "the copper miner X"): right after a name these
# words as often describe the person before it ("John Hale of Bangor, a miner and ...")
_FIRM_BEFORE = _FIRM_HEADS | frozenset(("giant", "giants", "miner", "operator", "utility", "multinational"))
_PLACE_APPOSITION_HEADS = frozenset(
    re.findall(
        r"\w+",
        """town city village hamlet suburb district region province state country island islands port area
    neighbourhood neighborhood county capital community municipality borough parish enclave""",
    )
)
# an ocean current or an air stream: water or air on the move, never where a story happens
_CURRENT = re.compile(r"\s(?:Stream|Current|Drift)$")
# the last word of a newspaper's name (entities.MASTHEAD_WORDS; not "Post": "Border Post" is a place), or
# of an international body's ("Handicap International"; it also leaves an airport the gazetteer lacks,
# "Miami International", unplaced)
_MASTHEAD = re.compile(r"\s(?:" + "|".join(sorted(w.capitalize() for w in (*MASTHEAD_WORDS, "international"))) + r")$")
_WHO_AFTER = re.compile(r"[ \t]+who\b")  # not ", who": "the victim from the north-east, who ..."
_AT_WORDS = frozenset(re.findall(r"\w+", "in at near outside inside around across throughout into"))
_LOOSE_TOWN = 20_000  # a town this small read through a looser spelling needs its sentence to say place
_SMALL_TOWN = 100_000  # a person's given name or surname read as a town: a town smaller than this
_OWNER_TOWN = 5_000  # a town this small (a hamlet, as places.py has it) is introduced as a place, not as an owner
# what only a person has, written after a name's possessive: "Julia's husband", "Lee's memoir"; a town
# has a mayor, streets and an economy, never a widow or a biography
_PERSON_OWNED = KIN_WORDS | frozenset(
    re.findall(
        r"\w+",
        """husbands wives sons daughters brothers sisters widow widower girlfriend boyfriend fiancee fiancé fiancée
    book books memoir memoirs autobiography biography novel career funeral""",
    )
)
# the lower-case word after a possessive name (the mention may hold the "'s" or not)
_OWNED_AFTER = re.compile(r"(?:['’]s?)?[ \t]+([a-zé]+)\b")


# what a town has, written after its possessive ("Chatham's mayor", "Houma's streets"): a place's owner
_PLACE_OWNED = _STRUCTURE_WORDS | frozenset(
    re.findall(
        r"\w+",
        """mayor council councillors residents citizens people population economy streets police harbour harbor
    beaches beach coast waters shore shores downtown outskirts suburbs centre center schools hospitals""",
    )
)


# a building or a body housed in one, named after a person or a patron and written with the town it
# stands in: "Victoria infirmary in Glasgow", "St Anne clinic at Leeds"
_HOUSE_WORDS = _STRUCTURE_WORDS | frozenset(("infirmary", "clinic", "institute", "academy", "library"))
_HOUSED_IN = re.compile(r"[ \t]+([A-Za-z]+)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_HOUSED_FAR_KM = 100.0  # a town this far from where its namesake building stands is not the building's


def _housed_elsewhere(p: Place, m: Mention, text: str, placed_at: dict[tuple[str, int], Place]) -> bool:
    """Whether the mention names a building written with the place it stands in ("Victoria
    infirmary in Glasgow") when that place lies away from the mention's reading ``p`` (in another
    country, or for a town more than 100 km off): the name is the building's, not a place.
    ``placed_at``: the story's resolved places by (article, start) of their mentions."""
    found = _HOUSED_IN.match(text, m.end)
    if found is None or found.group(1).lower() not in _HOUSE_WORDS:
        return False
    y = placed_at.get((m.article, found.end()))
    if y is None or y.id == p.id:
        return False
    if y.country != p.country:
        return True
    if p.precision == "region" or None in (p.lat, p.lon, y.lat, y.lon):
        return False  # a region's point says little of where its towns lie
    return haversine_km(p.lat, p.lon, y.lat, y.lon) > _HOUSED_FAR_KM  # type: ignore[arg-type]


def _owned(m: Mention, text: str) -> str | None:
    """The lower-case word the mention, written as a possessive, owns ("Julia's book" -> "book")."""
    if not _POSSESSIVE_END.search(m.text) and not re.match(r"['’]s?[ \t]", text[m.end : m.end + 3]):
        return None
    found = _OWNED_AFTER.match(text, m.end)
    return found.group(1) if found is not None else None


def _owner_of_thing(m: Mention, text: str) -> bool:
    """Whether the mention is a possessive before a lower-case noun that is not what a town has ("Lee's
    write-up", not "Lee's mayor")."""
    word = _owned(m, text)
    return word is not None and word not in _PLACE_OWNED


def _person_owned(m: Mention, text: str) -> bool:
    """Whether the mention is a possessive before what only a person has ("Julia's book")."""
    return _owned(m, text) in _PERSON_OWNED


def _qualified(m: Mention, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention is written with a known place of the story right after a comma, as its
    container ("Gulf Stream, Florida")."""
    after = re.compile(r"[ \t]*,[ \t]*").match(text, m.end)
    return after is not None and any(a == after.end() for a, _ in spans)


def _after_the(m: Mention, text: str) -> bool:
    """Whether the mention is written after "the" ("the Metro")."""
    return m.text.lower().startswith("the ") or text[max(0, m.start - 5) : m.start].lower().split()[-1:] == ["the"]


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, lower case, past an article ("in the Vale" -> "in")."""
    words = text[max(0, start - 20) : start].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return words[-1] if words else ""


def _apposition_head(text: str, end: int) -> str | None:
    """The head noun of an apposition written right after a name ending at ``end``."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return None
    words = m.group(1).lower().split()
    cut = next((i for i, w in enumerate(words) if w in _APPOSITION_STOP), len(words))
    return words[cut - 1] if cut else None


def _not_places(
    place_entities: list[Entity],
    entities: list[Entity],
    docs: list[AnnotatedArticle],
    reading: dict[str, Place],
    candidates: Callable[[str], list[Any]] | None = None,
) -> set[str]:
    """Place entities the sources' own writing says are no places: a firm, a person, a current, a
    facility (``reading``: each entity's usual resolved Place; countries, continents, first-level
    regions and waters are left alone):

    * a name the gazetteer lacks that ends as a newspaper's ("Miami Herald") or an international
      body's ("Handicap International") does;
    * a name ending in "Stream", "Current" or "Drift" ("the Gulf Stream current carries it")
      unless written with its container ("Gulf Stream, Florida");
    * a name read as a town written after another country's possessive ("Australia's Rio
      Tinto": a body of that country), when no sentence writes it as a place;
    * a one-word town name the recogniser calls a facility in every mention, each after "the"
      ("plans to bomb the Metro"), that no sentence writes as a place;
    * a name written with an apposition that calls it a business ("Dexia, a bank that ...",
      "Acme, another failing lender") or after such a noun ("electronics retailer Acme", "mining
      giant Acme": a few more nouns count there, see ``_FIRM_BEFORE``) and never
      with an apposition that calls it a place ("X, a town");
    * a name the gazetteer lacks (a vicinity reading) that the recogniser labels a person at least
      as often as a place, or that one of its mentions writes right before "who" ("thanks to Sam
      Hale who has been blogging"), when no mention stands after "in", "at", "near" ...;
    * a one-word name read as a town under 100,000 people (or a vicinity) that is the first or
      last word of a person of the story ("Stephen", "Harper"; "Haroon" beside "Haroon Siddique"
      above), when no sentence writes it as a place;
    * a one-word name read as a town, district or vicinity written as the possessive of what only a
      person has ("Julia's book", "Lee's widow"), or a town under 5,000 people every mention of
      which is a possessive before a lower-case noun no town has ("Joel's write-up"), when no other
      mention writes it as a place;
    * a one-word name read as a town under 20,000 people only through a looser spelling of it
      (``candidates``: the gazetteer's readings; "Easter" as Estaires, "Dexia" as Daxie) outside
      the country the story's places lie in most, when no sentence writes it as a place: the
      gazetteer knows no place written so, and a small town abroad is written as it is known."""
    text_of = {d.article.id: d.article.text for d in docs}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            if m.entity:
                mentions[m.entity].append(m)
    resolved = {e.id for e in place_entities if e.id in reading}
    spans: dict[str, list[tuple[int, int]]] = {d.article.id: [] for d in docs}
    for eid in resolved:
        for m in mentions[eid]:
            spans[m.article].append((m.start, m.end))
    for v in spans.values():
        v.sort()
    loose = ("town", "district", "vicinity", "point")
    # the country the story's places lie in most: a town there spelt loosely is a local spelling
    # ("Haqlania" in a story about Iraq)
    by_country: Counter[str | None] = Counter()
    for eid, pl in reading.items():
        if pl.country:
            by_country[pl.country] += len(mentions[eid])
    home_country = by_country.most_common(1)[0][0] if by_country else None
    gone: set[str] = set()
    persons: set[str] = set()  # names the gazetteer lacks found to be people's

    def cued(eid: str, strict: bool = False) -> bool:
        return any(_place_cue(m, text_of[m.article], spans[m.article], strict) for m in mentions[eid])

    def owned_abroad(m: Mention, country: str | None) -> bool:
        """Is the mention written right after a country's possessive ("Australia's Rio Tinto")
        whose country is not ``country`` (that of the town it was read as)?"""
        text = text_of[m.article]
        # a capitalised name of up to three words, then "'s" (a page may space it: "Australia 's")
        found = re.search(
            r"([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})[ \t]?['’]s[ \t]+$", text[max(0, m.start - 40) : m.start]
        )
        if found is None or candidates is None:
            return False
        cl = candidates(found.group(1))
        return (
            bool(cl) and cl[0].kind == "country" and cl[0].match in ("name", "alternate") and cl[0].country != country
        )

    for e in place_entities:
        p = reading.get(e.id)
        if p is None or p.precision in ("country", "continent", "region", "water") or e.kb_id is not None:
            continue
        ms = mentions[e.id]
        if p.precision == "vicinity" and _MASTHEAD.search(e.name):
            gone.add(e.id)  # "the Miami Herald", "Handicap International": a paper or a body, no place
            continue
        if _CURRENT.search(e.name) and not any(_qualified(m, text_of[m.article], spans[m.article]) for m in ms):
            gone.add(e.id)  # "the Gulf Stream current carries it": no town called so
            continue
        # "plans to bomb the Metro", "pack the Mall": a structure or network the recogniser calls a
        # facility, written with "the" as a town's name never is; "Tokyo's Narita airport", "a
        # Winnipeg lab" name the town
        if (
            " " not in e.name.strip()
            and p.precision == "town"
            and all(m.label == "FAC" and _after_the(m, text_of[m.article]) for m in ms)
            and not cued(e.id, True)
        ):
            gone.add(e.id)
            continue
        # "Australia's Rio Tinto", "Britain's Barclays": a body of that country; a town abroad is
        # not written as belonging to another country ("France's Lyon" stays: its own country)
        if (
            candidates is not None
            and p.precision == "town"
            and any(owned_abroad(m, p.country) for m in ms)
            and not cued(e.id, True)
        ):
            gone.add(e.id)
            continue
        heads = {h for m in mentions[e.id] if (h := _apposition_head(text_of[m.article], m.end))}
        # ... or with that noun right before it in half its mentions or more ("electronics retailer
        # Circuit City"), the name ending there ("the lender Washington Mutual" names no Washington)
        before = [
            w
            for m in ms
            if (w := _word_before(text_of[m.article], m.start)) in _FIRM_BEFORE
            and not _NAME_GOES_ON.match(text_of[m.article], m.end)
        ]
        firm = heads & _FIRM_HEADS
        if 2 * len(before) >= len(ms):
            firm.update(before)
        if firm and not heads & _PLACE_APPOSITION_HEADS:
            gone.add(e.id)
            continue
        if p.precision != "vicinity":
            continue
        labels = Counter(m.label for m in mentions[e.id])
        if 0 < labels["PERSON"] >= labels["GPE"] + labels["LOC"] + labels["FAC"] and not cued(e.id):
            persons.add(e.id)
            continue
        # "thanks to Sam Hale who ...": a person after "to" or "from"; "in Hale who" is no such cue
        who = [m for m in mentions[e.id] if _WHO_AFTER.match(text_of[m.article], m.end)]
        rest = [m for m in mentions[e.id] if m not in who]
        if (
            who
            and not any(_word_before(text_of[m.article], m.start) in _AT_WORDS for m in who)
            and not any(_place_cue(m, text_of[m.article], spans[m.article]) for m in rest)
        ):
            persons.add(e.id)
    gone |= persons
    # "at Victoria infirmary in Glasgow": a building named after someone, not the Australian state
    placed_at = {(m.article, m.start): reading[eid] for eid in resolved for m in mentions[eid]}
    for e in place_entities:
        p = reading.get(e.id)
        if p is None or e.id in gone or e.kb_id is not None or p.precision in ("country", "continent", "water"):
            continue
        ms = mentions[e.id]
        if ms and all(_housed_elsewhere(p, m, text_of[m.article], placed_at) for m in ms):
            gone.add(e.id)
    # words of people's names: the story's persons, and the names just found to be persons
    person_words: set[str] = set()
    for e in entities:
        if e.type == "person" or e.id in persons:
            for form in (e.name, *e.aliases):
                words = fold(form).split()
                if len(words) >= 2:
                    person_words.update((words[0], words[-1]))
    for e in place_entities:
        p = reading.get(e.id)
        if p is None or e.id in gone or e.kb_id is not None or p.precision not in loose:
            continue
        # "It was in Julia's book that ...", "Pat Lee's widow": a person's name, whatever town the gazetteer
        # offers, when no other mention writes it as a place (the "in" governs the book, not the name);
        # so is a hamlet's name written only as the owner of a thing no town has ("in Joel's
        # write-up"): a town under 5,000 people is introduced as a place, not only as an owner
        ms = mentions[e.id]
        owned = [m for m in ms if _person_owned(m, text_of[m.article])]
        if not owned and p.precision == "town" and (p.population or 0) < _OWNER_TOWN:
            owned = [m for m in ms if _owner_of_thing(m, text_of[m.article])]
            owned = owned if len(owned) == len(ms) else []
        if (
            owned
            and " " not in e.name.strip()
            and not any(_place_cue(m, text_of[m.article], spans[m.article], strict=True) for m in ms if m not in owned)
        ):
            gone.add(e.id)
            continue
        if (
            candidates is not None
            and p.precision == "town"
            and (p.population or 0) < _LOOSE_TOWN
            and p.country != home_country
        ):
            match = next((c.match for c in candidates(e.name) if c.geonameid == p.geonameid), None)
            if " " not in e.name.strip() and match == "transliteration" and not cued(e.id, strict=True):
                gone.add(e.id)
                continue
        if " " in fold(e.name) or fold(e.name) not in person_words or (p.population or 0) >= _SMALL_TOWN:
            continue
        if not cued(e.id, strict=True):
            gone.add(e.id)
    return gone


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an abbreviation of the place name ``full``: its initials ("N.J.",
    "NJ" for "New Jersey") or, for a one-word name, a shorter run of its letters from its first
    one: its first letters ("Calif", "Conn" for "California", "Connecticut") or, in three letters
    at most, letters of it in order ("Fla.", "La." for "Florida", "Louisiana")."""
    a, words = fold(short), fold(full).split()
    if not a or " " in a or len(a) < 2 or not words:
        return False
    if len(words) >= 2:
        return a == "".join(w[0] for w in words) and (short.isupper() or "." in short)
    b = words[0]
    if len(a) > len(b) - 2 or a[0] != b[0]:
        return False
    if len(a) > 3:  # a longer abbreviation is the name cut short: "Calif", "Conn", never "Cancun" in "Changchun"
        return len(a) <= 5 and b.startswith(a)
    rest = iter(b[1:])
    return all(c in rest for c in a[1:])


def _structure_names(entities: list[Entity]) -> set[str]:
    """Folded names the story writes before a structure's word: "heathrow" for "Heathrow Airport"."""
    out: set[str] = set()
    for e in entities:
        for form in {e.name, *e.aliases}:
            words = fold(form).split()
            if len(words) >= 2 and words[-1] in _STRUCTURE_WORDS:
                out.add(" ".join(words[:-1]))
    return out


def _structure(e: Entity, place_name: str, structure_names: set[str]) -> bool:
    """Whether a place entity resolved to ``place_name`` is a structure in it rather than a name
    of it: its name ends with a structure's word, or the story writes it so ("Heathrow" beside
    "Heathrow Airport"), or (in ``structure_names`` too) the recogniser reads it as a facility;
    never the place's own name ("Menlo Park")."""
    key = fold(e.name)
    if key == fold(place_name) or skeleton(e.name) == skeleton(place_name):
        return False
    words = key.split()
    return (len(words) >= 2 and words[-1] in _STRUCTURE_WORDS) or key in structure_names


# Places inside other names (see _inner_toponyms): a district named with its head word (AREA_HEADS: "Boone
# County" Sheriff's Office, "Rapides Parish" Fire), and the place a government body is named after
_NAME_TOKEN = re.compile(r"[^\s,;:()]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# the words of a public service's name: a body a town, county or state runs for its people and names
# after itself ("Athens Police Department", "Alexandria City Public Schools", "Minnesota National
# Guard"); a firm, a paper or a team named after a place ("Texas Instruments", "Washington Post") has
# none of them, and its name says nothing of where the story happens
_PUBLIC_SERVICE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """police sheriff sheriffs fire firefighters schools council councils commission commissioners board
    department guard patrol library parks courthouse selectmen aldermen township""",
    )
)
# ... and of its offices, written before their holder's name ("Dublin Mayor Jo Roe", "Harwick Fire Chief")
_PLACE_OFFICE_WORDS = _PUBLIC_SERVICE_WORDS | frozenset(
    ("mayor", "clerk", "coroner", "constable", "councilman", "councilwoman", "councillor", "alderman", "selectman")
)
_GENERIC_LEAD = frozenset(
    ("city", "town", "state", "county", "village", "national", "metropolitan", "federal", "coast")  # "Coast Guard"
)


def _inner_toponyms(
    d: AnnotatedArticle, etype: dict[str, str], toponyms: list[Toponym], geocoder: Any
) -> list[Toponym]:
    """Toponyms inside the names of an article's other entities (organisations, facilities, people
    with a title), the entity and its mention left as they are:

    * "<Name> County" (Parish, Borough) inside a longer name, when the gazetteer knows a district by
      exactly that name: "Douglas County" in "Douglas County Public Works", "Boone County" in "the
      Community Foundation of Boone County";
    * in the name of a government body, its leading words or what follows its last "of" when the
      article names that place on its own: "U.S." in "U.S. Army", "Uganda" in "Health Ministry of
      Uganda"; so in the name of a public service a place runs for its people, one with a service's
      word (``_PUBLIC_SERVICE_WORDS``: "Athens City Council", "Minnesota National Guard"; never a firm's
      or a paper's name, "Texas Instruments", "Washington Post"), and, right before an office's or a
      service's word, at the head of a name the recogniser read as a person's ("Dublin Mayor Jo Roe",
      "Litchfield Fire Chief"); never the body's own word ("City Council", "Coast Guard") nor the first
      of two names joined ("Mid and West Wales Fire Service").

    Such a toponym points to the Place its standalone mentions resolved to (``place=None`` when
    the article has none): no Place is made for it.  It never overlaps another toponym."""
    if geocoder is None:
        return []
    from storyline.annotate.gazetteer import ADMIN2

    # the gazetteer's readings of a name (none from a geocoder without a gazetteer: test fakes)
    readings: Callable[[str], list[Any]] = getattr(geocoder, "candidates", lambda name: [])

    known: dict[str, str | None] = {}  # the article's own toponyms: folded name -> Place id
    for t in toponyms:
        known.setdefault(fold(t.text), t.place)
    taken = [(t.start, t.end) for t in toponyms]
    out: list[Toponym] = []

    def add(m: Mention, a: int, b: int) -> bool:
        s, e = m.start + a, m.start + b
        if any(x < e and s < y for x, y in taken):
            return False
        name = m.text[a:b]
        out.append(
            Toponym(article=m.article, sentence=m.sentence, start=s, end=e, text=name, place=known.get(fold(name)))
        )
        taken.append((s, e))
        return True

    for m in d.mentions:
        kind = etype.get(m.entity or "")
        if kind in (None, "place"):
            continue
        toks = list(_NAME_TOKEN.finditer(m.text))
        words = [t.group() for t in toks]
        for j in range(1, len(toks)):
            head = _POSSESSIVE_END.sub("", words[j])
            if head.lower() not in AREA_HEADS or not head[:1].isupper():
                continue
            k = j  # the capitalised words before the district word: "Otter Tail" County
            while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in ("the", "of"):
                k -= 1
            end = toks[j].start() + len(head)
            if j == k or (k == 0 and end == len(m.text)):  # no name before it, or the mention's whole name
                continue
            for i in range(k, j):  # longest first: "Otter Tail County", then "Tail County"
                name = m.text[toks[i].start() : end]
                strong = any(c.kind == ADMIN2 and c.match == "name" for c in readings(name))
                if strong and add(m, toks[i].start(), end):
                    break
        low = [_POSSESSIVE_END.sub("", w.lower()) for w in words]
        # a government body, or a public service the place runs ("the Athens City Council")
        public = kind == "government_body" or (kind == "organisation" and bool(_PUBLIC_SERVICE_WORDS & set(low)))
        # ... or its office or service at the head of a name read as a person's ("Dublin Mayor Jo Roe",
        # "Litchfield Fire"): only the words right before the office's word
        if not (public or kind in ("person", "other")) or len(toks) < 2:
            continue
        spans: list[tuple[int, int]] = []
        if public and "of" in low[1:-1]:  # "Ministry of Health of Uganda": what follows the last "of"
            i = len(low) - 1 - low[::-1].index("of")
            i += 2 if low[i + 1] == "the" and i + 2 < len(low) else 1
            spans.append((toks[i].start(), toks[-1].end()))
        first = 1 if low[0] == "the" else 0
        spans += [  # the leading capitalised words, longest first: "U.S." in "U.S. Army"
            (toks[first].start(), toks[j - 1].end())
            for j in range(len(toks) - 1, first, -1)
            # not the first of two names joined ("Mid and West Wales Fire Service": the area is both)
            if all(w[:1].isupper() for w in words[first:j])
            and (public or low[j] in _PLACE_OFFICE_WORDS)
            and low[j] not in ("and", "or", "&")
        ]
        for a, b in spans:
            # "City" in "City Council", "Coast" in "Coast Guard" are the body's own words, whatever place an
            # article read them as
            if fold(m.text[a:b]) in known and fold(m.text[a:b]).split()[0] not in _GENERIC_LEAD:
                add(m, a, b)
                break
    return out


_JOINT = re.compile(r"(?P<a>[^,;]+?)[ \t]+and[ \t]+(?P<b>[^,;]+)")


def _joint_parts(
    a: Attribution, doc: AnnotatedArticle, index: SpeakerIndex, etype: dict[str, str]
) -> list[Attribution]:
    """A joint speaker the story does not know as one name ("Jo Park and Sam Lee" | "Acme Secretary;
    Harbor Secretary") whose two sides each name a different person of the story: one attribution
    per person, each with its own office when both have one, so that both are credited with the
    statement; no merged actor is made.  Each side is the actor its own article names
    (:func:`~storyline.annotate.speakers.link_speaker`: the "Clinton" of "Clinton and Ban said" is the Clinton
    the report named in full, not the story's first); a side the article leaves ambiguous, or one that names
    no person of the story ("Tom and Ann Hale", "Jo Park and colleagues", "Smith and Sons"), leaves the
    speaker as written, linked as before (the first name a loose match may find, "Park and Lee" -> Park,
    is not the pair's)."""
    if not a.speaker or index.ids.get(fold(a.speaker)):
        return [a]  # "Globe and Mail": one name of the story
    m = _JOINT.fullmatch(a.speaker.strip())
    if m is None:
        return [a]
    sides = [m.group("a").strip(), m.group("b").strip()]
    if " " not in sides[0] and " " in sides[1]:
        return [a]  # "Tom and Ann Hale": a couple sharing a surname
    ids = [i for s in sides if (i := link_speaker(a.model_copy(update={"speaker": s}), doc, index)) is not None]
    if len(set(ids)) != 2 or any(etype.get(i) != "person" for i in ids):
        return [a]
    roles: list[str | None] = [r.strip() for r in (a.role or "").split(";")]
    if len(roles) != 2 or not all(roles):
        roles = [None, None]  # one office is not the pair's
    return [
        a.model_copy(update={"speaker": side, "role": role, "speaker_entity": ent})
        for side, role, ent in zip(sides, roles, ids, strict=True)
    ]
