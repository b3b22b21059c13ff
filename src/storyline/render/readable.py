"""What the readable briefs (Markdown, HTML, the web story page) show of a brief's long lists.

A pile of hundreds of articles yields thousands of figures, actors and attributions: listed in
full, the Markdown brief runs to tens of thousands of lines no one reads.  The readable briefs
show, per section, at most ``MAX_*`` rows, chosen by a criterion that does not depend on the
story (how many sources report the item), never hiding an item the summary or timeline rests on;
each cut section says how many it shows of how many and where the rest is.  The JSON brief (and
the CSV and GeoJSON exports) keep everything: this is a view, never a change of the Brief.

A section no longer than its cap is shown whole, in the order of the brief, without a note.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from storyline.render.common import figure_counts

MAX_FIGURES = 40
"""Rows of the Figures table: the values the most sources report, one row per value (plus any
figure stated in a summary or timeline sentence, a series or a disagreement)."""
MAX_ACTORS = 40
"""Rows of the Actors table (places are counted apart): the actors the most sources name (plus any
actor named in a summary sentence); things of type "other" (an index, a period, a storm) come after all actors."""
MAX_PLACES = 40
"""Rows of the Places table (and names on the map): the places the most sources name (plus the
place of every timeline entry)."""
MAX_ATTRIBUTIONS = 50
"""Rows of Who says what: statements in the summary and timeline sentences (or opposed in a
disagreement), then the speakers known as actors whom the most sources quote, at most
``PER_SPEAKER`` statements each."""
PER_SPEAKER = 2
MAX_DATES = 40
"""Rows of Dates in the text: those of the summary sentences, then of the timeline sentences, then
the ones that could not be resolved."""
MAX_WARNINGS = 30
"""Lines of What could not be read or resolved: the story-wide ones first, then files that could
not be read, then the notes on single files."""
MAX_SOURCES = 40
"""Above this many sources, the Sources table and the Articles list only the sources that what is
shown cites (every citation shown keeps its target)."""

Key = tuple[str, int]
_PER_FILE = re.compile(r"^(?:E\d{3} )?\S*[/\\.]\S*: ")  # "E108 dir/1.txt: ..." or "dir/1.txt: ..."


def _n(count: int) -> str:
    return f"{count:,}"


def _first(items: Iterable[dict[str, Any]]) -> set[Key]:
    """The sentence each item states (its first citation: the sentence itself)."""
    return {(c["source"], c["sentence"]) for x in items for c in (x.get("citations") or [])[:1]}


def _all(items: Iterable[dict[str, Any]]) -> set[Key]:
    return {(c["source"], c["sentence"]) for x in items for c in x.get("citations") or []}


def pick(
    rows: list[dict[str, Any]],
    limit: int,
    pinned: Callable[[dict[str, Any]], bool],
    rank: Callable[[dict[str, Any]], tuple[Any, ...]],
    group: Callable[[dict[str, Any]], object] | None = None,
    per_group: int = 1,
) -> list[dict[str, Any]]:
    """The rows to show, in their original order: every pinned row, then the best-ranked others
    (at most ``per_group`` of a ``group``) until ``limit`` rows; all rows when they fit."""
    if len(rows) <= limit:
        return rows
    keep = {i for i, r in enumerate(rows) if pinned(r)}
    taken: Counter[object] = Counter(group(rows[i]) for i in keep) if group else Counter()
    for i in sorted(set(range(len(rows))) - keep, key=lambda i: (rank(rows[i]), i)):
        if len(keep) >= limit:
            break
        g = group(rows[i]) if group else None
        if group and taken[g] >= per_group:
            continue
        taken[g] += 1
        keep.add(i)
    return [r for i, r in enumerate(rows) if i in keep]


def _note(shown: int, total: int, what: str, why: str, where: str = "the JSON brief") -> str:
    if shown >= total:
        return ""
    return f"Showing {_n(shown)} of {_n(total)} {what} ({why}); all are in {where}"


def _figure_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f.get("value"), f.get("value_max"), f.get("qualifier"), f.get("unit"), f.get("what"))


_GENERIC = frozenset({"money", "percent", "people"})


def distinctive(f: dict[str, Any]) -> bool:
    """Whether two sources giving this value likely report the same thing, not a coincidence: not
    a small round count of something generic ("10 percent", "3 people", "$100" recur unrelated in
    any pile), but a large or fractional value ("$700 billion", "6.1 percent") or a specific count
    ("12 killed")."""
    v = f.get("value")
    if f.get("qualifier") == "order" or not isinstance(v, int | float):
        return False
    if not float(v).is_integer() or abs(v) >= 1000:
        return True
    return f.get("what") not in _GENERIC and f.get("what") is not None and abs(v) >= 2


def speaker_key(a: dict[str, Any]) -> str:
    """Who a statement is by, as one key: the speaker's entity (so "Ashton Carter" and "Carter" are one
    speaker), else the name as written; "" for a statement whose speaker is not named."""
    return str(a.get("speaker_entity") or (a.get("speaker") or "").lower())


def by_speaker(
    attributions: list[dict[str, Any]], texts: dict[tuple[str, int], str]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The statements of Who says what grouped by speaker, as (the speaker's names, rows): a reader
    weighing what one official said finds it together, not scattered over the sources.  Speakers come
    in the order they are first quoted, their statements in the brief's order; statements with no named
    speaker come last, under "".  A row is ``{"a": the attribution, "text": its sentence (from
    ``texts``, keyed by (source, sentence)), "citations": [...]}``; a sentence printed word for word in
    several articles (a wire paragraph in each update) is one row citing each copy, not one row per copy."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in attributions:
        groups.setdefault(speaker_key(a), []).append(a)
    unnamed = groups.pop("", None)
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for key, group in [*groups.items(), *([("", unnamed)] if unnamed else [])]:
        rows: dict[object, dict[str, Any]] = {}
        for a in group:
            text = texts.get((a["article"], a["sentence"]), "")
            cite = {"source": a["article"], "sentence": a["sentence"], "text": text}
            same: object = " ".join(text.split()).lower() or (a["article"], a["sentence"])
            rows.setdefault(same, {"a": a, "text": text, "citations": []})["citations"].append(cite)
        out.append((speaker_names(group) if key else "", list(rows.values())))
    return out


# what a row of the Figures table shows of a figure: two figures alike in all of it read as one row
_FIGURE_CELLS = ("value", "value_max", "qualifier", "unit", "what", "about", "said_by", "as_of")


def figure_groups(
    figures: list[dict[str, Any]], also: list[int] | None
) -> list[tuple[str, list[tuple[dict[str, Any], int]]]]:
    """The Figures table's rows grouped by what they count (the "counts" column, :func:`figure_counts`:
    "killed", "flow", "money"), each
    with how many other sources report its value: a reader comparing death tolls finds them together,
    not among barrels and dollars.  Figures that would show the same row (the same value, claimant and
    date from several articles: "11 killed on 20 April" in each update) are one row citing each;
    its other sources are those of the value less the row's own.  Groups come most reported first (the
    sources citing their rows plus the other sources; ties in order of first appearance), rows in the
    brief's order within a group; figures with no label ("" or None) come last, as "other figures"."""
    groups: dict[str, dict[tuple[Any, ...], tuple[dict[str, Any], int]]] = {}
    for f, more in zip(figures, also or [0] * len(figures), strict=True):
        rows = groups.setdefault(figure_counts(f) or "", {})
        key = tuple(f.get(k) for k in _FIGURE_CELLS)
        if key not in rows:
            rows[key] = ({**f, "citations": list(f.get("citations") or [])}, more)
            continue
        row, other = rows[key]
        # the value's other sources (all the sources reporting it less the row's own) lose those the row now cites
        rows[key] = (row, other - len(_sources(f) - _sources(row)))
        row["citations"] += f.get("citations") or []
    merged = {k: [(row, max(0, more)) for row, more in rows.values()] for k, rows in groups.items()}
    first = {k: i for i, k in enumerate(merged)}
    order = sorted(merged, key=lambda k: (k == "", -sum(len(_sources(r)) + m for r, m in merged[k]), first[k]))
    return [(k or "other figures", merged[k]) for k in order]


def _sources(f: dict[str, Any]) -> set[str]:
    return {c["source"] for c in f.get("citations") or []}


def speaker_names(group: list[dict[str, Any]]) -> str:
    """A speaker's names as the sources write them, once each in order ("Ashton Carter / Ash Carter"):
    the group is one entity, and showing every spelling lets a reader check that it is; "" when unnamed."""
    names: dict[str, str] = {}
    for a in group:
        if a.get("speaker"):
            names.setdefault(a["speaker"].lower(), a["speaker"])
    return " / ".join(names.values())


def readable(b: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy of a brief's dict (``Brief.to_dict()``) with the long sections cut for reading,
    ``notes``: section -> the sentence that says what was cut (absent when nothing was), and, when
    figures were cut, ``figure_also``: for each shown figure, how many other sources report its value."""
    v = dict(b)
    notes: dict[str, str] = {}
    summary = _first(b.get("summary") or [])
    story = summary | _first(b.get("timeline") or [])
    # (source, sentence, number) of each value a series or disagreement compares
    values = [p for s in b.get("series") or [] for p in s.get("points") or []]
    values += [x for d in b.get("disagreements") or [] for x in d.get("values") or []]
    compared = {(c["source"], c["sentence"], x.get("number")) for x in values for c in x.get("citations") or []}

    # figures: the values most sources report, one row per value; stated figures always
    figures: list[dict[str, Any]] = b.get("figures") or []
    reporters: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for f in figures:
        reporters[_figure_key(f)].update(c["source"] for c in f.get("citations") or [])

    def fig_pinned(f: dict[str, Any]) -> bool:
        at = _all([f])
        return bool(at & story) or any((s, i, f.get("value")) in compared for s, i in at)

    def fig_rank(f: dict[str, Any]) -> tuple[Any, ...]:
        n = len(reporters[_figure_key(f)]) if distinctive(f) else 1
        return (-n, f.get("what") in _GENERIC or not f.get("what"), not (f.get("about") or f.get("said_by")))

    shown = pick(figures, MAX_FIGURES, fig_pinned, fig_rank, group=_figure_key)
    v["figures"] = shown
    if len(shown) < len(figures):
        v["figure_also"] = [
            len(reporters[_figure_key(f)] - {c["source"] for c in f.get("citations") or []}) for f in shown
        ]
        notes["figures"] = _note(
            len(shown),
            len(figures),
            "figures",
            "one row per value: those most sources report, then specific counts; and every figure of"
            " the summary, timeline, series and disagreements",
        )

    # actors: named by the most sources; those of the summary always
    entities: list[dict[str, Any]] = b.get("entities") or []
    actors = [e for e in entities if e.get("type") != "place"]
    shown = pick(
        actors,
        MAX_ACTORS,
        lambda e: any((m["source"], m["sentence"]) in summary for m in e.get("mentions") or []),
        # a thing named ("Dow Jones Industrial Average", "Great Depression", a storm) is type "other": no actor,
        # it takes a row only after every actor
        lambda e: (e.get("type") == "other", -len(e.get("sources") or []), -len(e.get("mentions") or [])),
    )
    v["entities"] = shown + [e for e in entities if e.get("type") == "place"]
    notes["actors"] = _note(
        len(shown), len(actors), "actors", "those named by the most sources, and every actor of the summary"
    )

    # places: named by the most sources; the place of every timeline entry always
    places: list[dict[str, Any]] = b.get("places") or []
    events = {e.get("id"): e for e in b.get("events") or []}
    where = {(events.get(t.get("event")) or {}).get("place") for t in b.get("timeline") or []}
    shown = pick(places, MAX_PLACES, lambda p: p["id"] in where, lambda p: (-len(p.get("sources") or []),))
    v["places"] = shown
    notes["places"] = _note(
        len(shown), len(places), "places", "those named by the most sources, and the place of every timeline entry"
    )

    # who says what: statements the summary and timeline rest on, then the most quoted speakers
    attributions: list[dict[str, Any]] = b.get("attributions") or []
    quoted: dict[str, set[str]] = defaultdict(set)
    for a in attributions:
        quoted[speaker_key(a)].add(a["article"])
    stated = story | _all(x for d in b.get("disagreements") or [] if d.get("kind") == "statement" for x in d["values"])
    kinds = {"quote": 0, "paraphrase": 1}
    shown = pick(
        attributions,
        MAX_ATTRIBUTIONS,
        lambda a: (a["article"], a["sentence"]) in stated,
        lambda a: (not a.get("speaker_entity"), -len(quoted[speaker_key(a)]), kinds.get(a.get("kind") or "", 2)),
        group=speaker_key,
        per_group=PER_SPEAKER,
    )
    v["attributions"] = shown
    notes["attributions"] = _note(
        len(shown),
        len(attributions),
        "statements",
        "those of the summary and timeline sentences, then the named speakers the most sources quote,"
        f" at most {PER_SPEAKER} each",
    )

    # dates in the text: those of the summary, then of the timeline, then the unresolved ones
    times: list[dict[str, Any]] = [t for t in b.get("time_expressions") or [] if t.get("type") in ("DATE", "TIME")]

    def date_rank(t: dict[str, Any]) -> tuple[bool, ...]:
        at = (t["article"], t["sentence"])
        return (at not in summary, at not in story, bool(t.get("value")))

    shown = pick(times, MAX_DATES, lambda t: False, date_rank)
    v["time_expressions"] = shown
    notes["dates"] = _note(
        len(shown),
        len(times),
        "dates",
        "those of the summary and timeline sentences first, then the ones that could not be resolved",
    )

    # warnings: story-wide, then unreadable files, then notes on single files
    warnings: list[str] = b.get("warnings") or []
    rows = [{"text": w} for w in warnings]

    def warn_rank(w: dict[str, Any]) -> tuple[int]:
        text = w["text"]
        return (0 if not _PER_FILE.match(text) else 1 if re.match(r"E\d{3} ", text) else 2,)

    v["warnings"] = [w["text"] for w in pick(rows, MAX_WARNINGS, lambda w: False, warn_rank)]
    notes["warnings"] = _note(
        len(v["warnings"]),
        len(warnings),
        "notes",
        "every story-wide note and file that could not be read, then notes on single files",
        "the JSON brief's warnings",
    )

    # sources and articles: on a big pile, only those cited by what is shown
    sources: list[dict[str, Any]] = b.get("sources") or []
    if len(sources) > MAX_SOURCES:
        cited = {
            s
            for s, _ in _all(
                x
                for sec in ("summary", "timeline", "undated", "figures")
                for x in (v.get(sec) or [])
                if isinstance(x, dict)
            )
            | _all(values)
        }
        cited |= {a["article"] for a in v["attributions"]} | {t["article"] for t in v["time_expressions"]}
        v["sources"] = [s for s in sources if s["id"] in cited]
        notes["sources"] = _note(
            len(v["sources"]), len(sources), "sources", "those cited above", "the JSON brief with their text"
        )
    v["notes"] = {k: text for k, text in notes.items() if text}
    return v
