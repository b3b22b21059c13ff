"""Batch-level page furniture: lines a site prints at the head or tail of many of its pages.

Per-page cleaning (:mod:`storyline.clean.boilerplate`) cannot tell a site's promo or related-link
line ("Why puns still matter - our culture desk asks") from the story's last sentence: on one page
it is just a line.  Over a batch (all articles of one ingest or brief run) it shows: the same line
closes dozens of unrelated stories of the same outlet.  :func:`strip_batch_furniture` runs after
per-article cleaning and removes such lines.

A line (compared by :func:`storyline.clean.dedup.normalised` words) is **furniture of an outlet**
when, among that outlet's pages in the batch,

- it sits in the head or tail region (the first or last ``EDGE_COUNT`` non-blank lines) of at
  least ``MIN_PAGES`` *distinct stories* and of at least ``MIN_SHARE`` of the outlet's pages;
- at least ``MIN_EDGE_SHARE`` of the pages that print it print it there (a sentence that also
  turns up mid-body is the story's, repeated by follow-ups);
- it reads like furniture, not reporting: at most ``MAX_WORDS`` words, fewer than ``MAX_FIGURES``
  number tokens, and no figure reported inside a sentence (a number, not a year, after at least
  ``FIGURE_LEAD`` words and before another).  An outlet's stock background sentence ("the blast
  killed 11 workers") carries the story's figures and stays, however often it closes a page;
  promo and list lines lead with their count ("5 things to know", "Top 10 ...") and stay furniture.

Distinct stories: pages marked as copies by dedup (``duplicate_of``) are not counted, and pages
whose bodies are near-duplicates (Jaccard of word ``SHINGLE``-grams, furniture left out, at least
``NEAR_DUPLICATE``) count once, so a syndicated story printed many times never makes its own
sentences furniture.  Pages are grouped by outlet (else the url's host; pages with neither form one
group), so a line shared by different outlets is never furniture by that alone.

Removal peels from each edge: furniture lines go, and the walk stops at the ``EDGE_LINES``-th
line that is not furniture, so nothing is removed mid-body.  A furniture line glued to the end of
the last lines (or the start of the first ones) is cut off it; the rest of the line stays unless it
is a short fragment with no sentence end ("BACK 1 of 5 NEXT").  A page is never emptied.

The step is a pure function of the batch: no I/O, the same result whatever the article order.  It
keeps each article's ``id`` (the content hash taken at cleaning), so ``duplicate_of`` links and the
identity of a page stay stable whatever batch it arrives in.

The living store (``storyline ingest`` / ``watch`` / ``serve``) takes the same decision
(:func:`is_furniture`) with :func:`strip_stream_furniture`: the store keeps each outlet's line
counts by line hash (``edge_pages``), the batch adds its own pages, and distinct stories are counted
as pages arrive.  Only the outlet's last ``WINDOW_PAGES`` stored pages count (their pages, the line's
edge and anywhere pages, its distinct stories), so the share is of the outlet's recent pages: a promo
that runs for a few weeks qualifies however many pages the store has kept for a year.  On one batch
into an empty store the decision is the batch's.  A page stored before its line became furniture
keeps the line (docs/store.md).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlparse

from storyline.clean.dedup import normalised
from storyline.records import Article
from storyline.store.base import EdgeLine, PageLines

MIN_PAGES = 5  # distinct stories a line must head or close
MIN_SHARE = 0.03  # ... and this share of the outlet's pages in the batch
MIN_EDGE_SHARE = 0.8  # share of the pages printing the line that print it in the head/tail region
EDGE_COUNT = 5  # head/tail region when counting: first/last non-blank lines
EDGE_LINES = 3  # removal stops at the EDGE_LINES-th non-furniture line from an edge
NEAR_DUPLICATE = 0.5  # word-shingle Jaccard at or above which two pages are one story
SHINGLE = 5
MAX_WORDS = 40  # a longer line is a paragraph of reporting, not a promo or link line
MAX_FIGURES = 2  # a line with this many number tokens carries figures: never furniture
WINDOW_PAGES = 200  # the living store weighs a line against the outlet's last this-many pages
FIGURE_LEAD = 2  # ... nor is one whose (non-year) figure follows this many words and precedes one
GLUED_MIN_WORDS = 4  # a furniture line is cut off a longer line only when it has this many words
FRAGMENT_MAX_WORDS = 8  # what is left of such a line may be a widget fragment (see _fragment)

_WORD = re.compile(r"\w+", re.UNICODE)
_TRAIL = re.compile(r"[^\w\s\"“(\[]*")
_ENDED = re.compile(r"[.!?]['\"”’)]*\s*$")


@dataclass(frozen=True)
class FurnitureLine:
    """A line found to be furniture of one outlet in one batch."""

    group: str  # the outlet (or url host, or "" when neither is known)
    key: str  # the normalised line
    stories: int  # distinct stories it heads or closes (counted up to the threshold)
    pages: int  # pages of the group printing it in the head/tail region
    total: int  # original pages of the group in the batch

    @property
    def reason(self) -> str:
        who = self.group or "pages of unknown outlet"
        return (
            f"batch furniture: the same line heads or closes {self.pages} of {self.total} pages of {who} "
            f"in this batch ({self.stories}+ distinct stories)"
        )


def _group(a: Article) -> str:
    if a.outlet:
        return a.outlet
    if a.url:
        host = urlparse(a.url).hostname or ""
        return host.removeprefix("www.")
    return ""


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _reports_figure(words: list[str]) -> bool:
    """Whether a line states a figure inside a sentence ("the blast killed 11 workers"): a number
    that is not a year, with at least ``FIGURE_LEAD`` words before it and one after.  A promo or
    list headline leads with its count ("5 things to know", "top 10 ..."), a pager ends on its page
    number ("go to page 2") and a stock line's year is a date ("the 2010 season"), not a figure."""
    return any(any(c.isdigit() for c in w) and not _year(w) for w in words[FIGURE_LEAD : len(words) - 1])


def _furniture_like(key: str) -> bool:
    """Whether a normalised line is short and figure-free enough to be a site's promo or link line:
    a line carrying the story's figures (``MAX_FIGURES`` number tokens, or one reported in a
    sentence) stays, however often an outlet prints it at a page's edge."""
    words = key.split()
    return (
        len(words) <= MAX_WORDS
        and sum(any(c.isdigit() for c in w) for w in words) < MAX_FIGURES
        and not _reports_figure(words)
    )


def _edge_keys(lines: list[str]) -> set[str]:
    n = len(lines)
    idx = set(range(min(EDGE_COUNT, n))) | set(range(max(0, n - EDGE_COUNT), n))
    return {k for i in idx if (k := normalised(lines[i]))}


def _shingles(lines: list[str], skip: set[str]) -> frozenset[str]:
    words = [w for ln in lines if normalised(ln) not in skip for w in _WORD.findall(ln.lower())]
    if len(words) < SHINGLE:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def pages_needed(total: int) -> int:
    """Distinct stories (and edge pages) a line needs among ``total`` original pages of an outlet."""
    return max(MIN_PAGES, math.ceil(MIN_SHARE * total))


def is_candidate(key: str, edge: int, anywhere: int, total: int) -> bool:
    """Whether a line printed at the head/tail of ``edge`` of ``total`` pages (and anywhere on
    ``anywhere`` pages) may be furniture, before its distinct stories are counted."""
    need = pages_needed(total)
    return total >= need and edge >= need and edge >= MIN_EDGE_SHARE * anywhere and _furniture_like(key)


def is_furniture(key: str, edge: int, anywhere: int, stories: int, total: int) -> bool:
    """The one decision both paths take (the batch here, the living store in
    :func:`strip_stream_furniture`): a candidate line that heads or closes enough distinct stories."""
    return is_candidate(key, edge, anywhere, total) and stories >= pages_needed(total)


def _group_furniture(group: str, pages: list[Article]) -> dict[str, FurnitureLine]:
    """Normalised line -> evidence, for the furniture lines of one outlet's original pages."""
    # stable order whatever the input order: ids are content hashes
    pages = sorted(pages, key=lambda a: (a.id, a.file))
    total = len(pages)
    need = pages_needed(total)
    if total < need:
        return {}
    lines = [_lines(a.text) for a in pages]
    edge: dict[str, list[int]] = defaultdict(list)
    anywhere: dict[str, int] = defaultdict(int)
    for i, ls in enumerate(lines):
        for k in _edge_keys(ls):
            edge[k].append(i)
        for k in {normalised(ln) for ln in ls} - {""}:
            anywhere[k] += 1
    cands = {k for k, ps in edge.items() if is_candidate(k, len(ps), anywhere[k], total)}
    shingles: dict[int, frozenset[str]] = {}

    def same_story(i: int, j: int) -> bool:
        for p in (i, j):
            if p not in shingles:
                shingles[p] = _shingles(lines[p], cands)
        return _jaccard(shingles[i], shingles[j]) >= NEAR_DUPLICATE

    out: dict[str, FurnitureLine] = {}
    for k in sorted(cands):
        reps: list[int] = []  # one page per distinct story printing the line at an edge
        for p in edge[k]:  # ascending page order
            if not any(same_story(r, p) for r in reps):
                reps.append(p)
                if len(reps) >= need:
                    break
        if is_furniture(k, len(edge[k]), anywhere[k], len(reps), total):
            out[k] = FurnitureLine(group, k, len(reps), len(edge[k]), total)
    return out


def find_furniture(articles: Sequence[Article]) -> dict[str, dict[str, FurnitureLine]]:
    """group -> normalised line -> evidence, for the lines that are furniture in this batch."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        if a.duplicate_of is None:
            groups[_group(a)].append(a)
    found = {group: _group_furniture(group, pages) for group, pages in groups.items()}
    return {group: lines for group, lines in found.items() if lines}


def _glued(line: str, furniture: dict[str, FurnitureLine], at_end: bool) -> tuple[str, str, FurnitureLine] | None:
    """(rest, cut, evidence) when ``line`` ends (or starts) with a furniture line glued to other text."""
    words = _WORD.findall(line)
    low = [w.lower() for w in words]
    for key in sorted(furniture, key=lambda k: (-len(k), k)):
        kw = key.split()
        if len(kw) < GLUED_MIN_WORDS or len(kw) >= len(low):
            continue
        if (low[-len(kw) :] if at_end else low[: len(kw)]) != kw:
            continue
        # locate the cut in the printed line: the start (end) of the first (last) furniture word
        spans = [m.span() for m in _WORD.finditer(line)]
        if at_end:
            cut_at = spans[len(low) - len(kw)][0]
            return line[:cut_at].rstrip(), line[cut_at:].strip(), furniture[key]
        cut_at = spans[len(kw) - 1][1]
        trail = _TRAIL.match(line, cut_at)  # the furniture line's own closing punctuation
        cut_at = trail.end() if trail else cut_at
        return line[cut_at:].strip(), line[:cut_at].strip(), furniture[key]
    return None


def _fragment(text: str) -> bool:
    """A short unended leftover in page-widget dress: template braces or mostly capitals
    ("BACK {current} of {total} NEXT", "Quiz timeline 12 MAY 2009, ARTS AND CULTURE"); a short sentence the
    furniture was glued to ("The harbour reopened on Tuesday") is no fragment."""
    words = _WORD.findall(text)
    if len(words) > FRAGMENT_MAX_WORDS or _ENDED.search(text):
        return False
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    caps = sum(1 for w in lettered if w.isupper() and len(w) > 1)
    return any(c in text for c in "{}|»«") or (bool(lettered) and 2 * caps >= len(lettered))


def _strip(a: Article, furniture: dict[str, FurnitureLine]) -> tuple[Article, list[tuple[str, str]]]:
    lines = a.text.split("\n")
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    drop: set[int] = set()
    replace: dict[int, str] = {}
    removed_head: list[tuple[str, str]] = []
    removed_tail: list[tuple[str, str]] = []
    for order, bucket, at_end in ((content, removed_head, False), (content[::-1], removed_tail, True)):
        kept = 0
        for i in order:
            if i in drop or i in replace:
                break  # the other edge's walk got here
            ln = lines[i]
            hit = furniture.get(normalised(ln))
            if hit is not None:
                drop.add(i)
                bucket.append((ln.strip(), hit.reason))
                continue
            glued = _glued(ln, furniture, at_end)
            if glued is not None:
                rest, cut, ev = glued
                if _fragment(rest):
                    drop.add(i)
                    bucket.append((ln.strip(), ev.reason))
                    continue
                replace[i] = rest
                bucket.append((cut, ev.reason))
            kept += 1
            if kept >= EDGE_LINES:
                break
    if not drop and not replace:
        return a, []
    new = [replace.get(i, ln) for i, ln in enumerate(lines) if i not in drop]
    text = "\n".join(new).strip("\n")
    if not text.strip():
        return a, []  # never empty a page
    removals = removed_head + removed_tail[::-1]
    return a.model_copy(update={"text": text, "removed": [*a.removed, *(r for r, _ in removals)]}), removals


@dataclass(frozen=True)
class Removal:
    file: str
    line: str
    reason: str


def strip_batch_furniture(articles: Sequence[Article]) -> tuple[list[Article], list[Removal]]:
    """The batch's articles (same order) with their outlet's furniture lines removed from head
    and tail, appended to ``Article.removed``; and each removal with its reason (for audit)."""
    found = find_furniture(articles)
    out: list[Article] = []
    log: list[Removal] = []
    for a in articles:
        furniture = found.get(_group(a))
        if not furniture:
            out.append(a)
            continue
        new, removals = _strip(a, furniture)
        out.append(new)
        log.extend(Removal(a.file, line, why) for line, why in removals)
    return out, log


# ------------------------------------------------------------------ the living store


def line_hash(key: str) -> str:
    """What the store keeps of a normalised line: a short hash (statistics, not text)."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _page_keys(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """(edge, anywhere): hash -> normalised line, for the page's furniture-like lines (no other
    line can ever be furniture, so no other line is counted)."""
    ls = _lines(text)
    edge = {line_hash(k): k for k in _edge_keys(ls) if _furniture_like(k)}
    anywhere = {line_hash(k): k for ln in ls if (k := normalised(ln)) and _furniture_like(k)}
    return edge, anywhere


@dataclass
class _Count:
    edge: int = 0
    anywhere: int = 0
    stories: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StreamResult:
    """:func:`strip_stream_furniture`'s answer for one batch."""

    articles: list[Article]  # the batch, same order, furniture removed
    removals: list[Removal]
    lines: dict[str, PageLines]  # original page id -> what it adds to the store's statistics


def strip_stream_furniture(
    articles: Sequence[Article],
    stored: Callable[[str, list[str]], tuple[int, dict[str, EdgeLine]]],
    texts: Callable[[list[str]], dict[str, str]],
) -> StreamResult:
    """The batch path's furniture rule on a living store: a line is furniture of an outlet when
    the outlet's pages stored so far *plus* this batch make it so (:func:`is_furniture`).

    ``stored(outlet, hashes)`` gives the store's statistics over the outlet's recent pages (the
    service asks for the last ``WINDOW_PAGES``: original pages of the outlet in that window, and
    per line hash its edge / anywhere page counts and the pages counted as distinct stories);
    ``texts(ids)`` the stored text of such pages.  Distinct stories are counted on arrival: an
    edge page becomes one of a line's stories unless its body is a near-duplicate
    (``NEAR_DUPLICATE``) of a story already counted, until ``pages_needed`` stories are
    counted.  Pages marked ``duplicate_of`` are stripped but never counted, as in the batch.
    Only the batch's articles are changed; their ids stay (the content hash taken at cleaning)."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        groups[_group(a)].append(a)
    stripped: dict[int, Article] = {}
    removals: list[Removal] = []
    page_lines: dict[str, PageLines] = {}
    position = {id(a): i for i, a in enumerate(articles)}
    for group, members in groups.items():
        originals = sorted((a for a in members if a.duplicate_of is None), key=lambda a: (a.id, a.file))
        keys = {a.id: _page_keys(a.text) for a in members}
        text_of = {h: k for edge, anywhere in keys.values() for h, k in (*edge.items(), *anywhere.items())}
        pages, known = stored(group, sorted(text_of))
        total = pages + len(originals)
        need = pages_needed(total)
        counts = {h: _Count(known[h].edge, known[h].anywhere, list(known[h].stories)) for h in known}
        for a in originals:
            edge, anywhere = keys[a.id]
            for h in anywhere:
                counts.setdefault(h, _Count()).anywhere += 1
            for h in edge:
                counts[h].edge += 1
        # near-duplicate test: bodies without the lines that recur at this outlet's edges
        recurring = {text_of[h] for h, c in counts.items() if c.edge >= 2 and h in text_of}
        want = sorted(
            {r for a in originals for h in keys[a.id][0] for r in counts[h].stories if len(counts[h].stories) < need}
        )
        bodies = {i: _shingles(_lines(t), recurring) for i, t in texts(want).items()} if want else {}
        for a in originals:
            edge, anywhere = keys[a.id]
            mine = _shingles(_lines(a.text), recurring)
            new_story: list[str] = []
            for h in sorted(edge):
                reps = counts[h].stories
                if len(reps) >= need:
                    continue
                if not any(_jaccard(bodies.get(r, frozenset()), mine) >= NEAR_DUPLICATE for r in reps):
                    reps.append(a.id)
                    new_story.append(h)
            bodies[a.id] = mine
            page_lines[a.id] = PageLines(a.id, group, tuple(sorted(edge)), tuple(sorted(anywhere)), tuple(new_story))
        furniture = {
            text_of[h]: FurnitureLine(group, text_of[h], len(c.stories), c.edge, total)
            for h, c in counts.items()
            if h in text_of and is_furniture(text_of[h], c.edge, c.anywhere, len(c.stories), total)
        }
        if not furniture:
            continue
        for a in members:
            new, cut = _strip(a, furniture)
            if cut:
                stripped[position[id(a)]] = new
                removals.extend(Removal(a.file, line, why) for line, why in cut)
    out = [stripped.get(i, a) for i, a in enumerate(articles)]
    return StreamResult(out, removals, page_lines)
