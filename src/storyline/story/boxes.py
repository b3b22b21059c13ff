"""Page boxes glued to the sentence after them, found by what several articles share.

A fact box, a map caption or a "how to donate" panel that the page shows beside the text often
reaches the story layer glued to the next sentence, with no full stop between them ("Broadcasting
on FM radio daily in Haitian Creole at 0910 local time … via social media Eighty-five UN employees
died in the 12 January earthquake").  Several articles of one outlet carry the same box before
different sentences, and the shared box then makes unrelated sentences look alike.

:func:`glued_prefixes` finds such boxes: the longest run of words (at least ``MIN_WORDS``) that
opens sentences of at least ``MIN_SOURCES`` different original articles, where at least
``MIN_SOURCES`` of those sentences go on with different capitalised words (a new sentence after
the run, not one claim written with several endings: "Oil has been leaking into the Gulf since
the rig exploded …, killing 11 workers" / "… on 20 April" keeps its run), and the run does not end
on a lower-case function word or a comma (it would be the start of a sentence: "Adm Allen said in
a press conference on | Tuesday …").

A live page's time stamp opening an entry ("1005 The appeal has raised ...", "8.24 pm: The firm
says ...") is page furniture of the same kind: :func:`live_stamp_end` finds it, from the time
tagger's reading of the page (a stamp only where the page prints several in a steady order, see
:func:`storyline.annotate.timex._live_stamps`), so the stamp dates the entry but is not shown as
part of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from storyline.annotate.timex import LIVE_STAMP
from storyline.records import Sentence, TimeExpression
from storyline.story.text import STOPWORDS

MIN_WORDS = 8
MIN_SOURCES = 3
_TOKEN = re.compile(r"\S+")


_STAMP_GAP = re.compile(r"[ \t]*(?:[:|\-–—][ \t]*)?")
"""What separates a stamp from its entry: spaces, and a colon or a dash ("1905: ...", "1905 - ...")."""
_ENTRY_OPENS = re.compile(r"[\"“‘'`(\[]*[A-Z0-9£$€#]")


def live_stamp_end(sentence: Sentence, times: Iterable[TimeExpression]) -> int:
    """Characters of a live page's time stamp (with the colon or dash after it) that open
    ``sentence``, 0 when it opens with none.

    Whether a line-start clock time ("1005", "8.24 pm") is a stamp is the time tagger's decision,
    made on the whole page (four or more line-start times shaped like clocks, in a steady order,
    most of them no year of the story: "1989 was the year ..." or a timeline of years is none), and
    its reason on the expression says so.  Only a stamp at the very start of the sentence, followed
    by the entry (a capital, a figure or an opening quotation), is cut; a stamp inside a sentence
    stays where it is."""
    lead = len(sentence.text) - len(sentence.text.lstrip())
    for t in times:
        if t.sentence != sentence.index or t.start - sentence.start != lead:
            continue
        if not (t.reason or "").startswith(LIVE_STAMP):
            continue
        gap = _STAMP_GAP.match(sentence.text, t.end - sentence.start)
        end = gap.end() if gap else t.end - sentence.start
        if _ENTRY_OPENS.match(sentence.text, end):
            return end
    return 0


def _word(token: str) -> str:
    return "".join(ch for ch in token.lower() if ch.isalnum())


def _opens_sentence(token: str) -> bool:
    first = token.lstrip("\"“‘'(")
    return bool(first) and (first[0].isupper() or first[0].isdigit())


@dataclass
class _Sentence:
    root: str
    text: str
    words: list[str]
    ends: list[int]  # character offset after each word


def glued_prefixes(sentences: Sequence[tuple[str, str]]) -> dict[str, int]:
    """For (original article id, sentence text) pairs: {sentence text: length in characters of
    the box glued before it}, for the sentences that open with one."""
    groups: dict[tuple[str, ...], list[_Sentence]] = defaultdict(list)
    seen: set[str] = set()
    for root, text in sentences:
        if text in seen:
            continue
        seen.add(text)
        spans = list(_TOKEN.finditer(text))
        if len(spans) > MIN_WORDS:
            s = _Sentence(root, text, [m.group() for m in spans], [m.end() for m in spans])
            groups[tuple(s.words[:MIN_WORDS])].append(s)
    out: dict[str, int] = {}
    for members in groups.values():
        if len({s.root for s in members}) < MIN_SOURCES:
            continue
        for run in _runs(members):
            n = len(run)
            if (run[-1].islower() and _word(run[-1]) in STOPWORDS) or run[-1].endswith((",", ";", ":", "-")):
                continue
            after = [s for s in members if len(s.words) > n and s.words[:n] == run and _opens_sentence(s.words[n])]
            follow: dict[str, str] = {}
            for s in after:
                follow.setdefault(_word(s.words[n]), s.root)
            if len(follow) < MIN_SOURCES or len(set(follow.values())) < MIN_SOURCES:
                continue
            for s in after:
                out[s.text] = max(out.get(s.text, 0), s.ends[n - 1])
    return out


def _runs(members: list[_Sentence]) -> list[list[str]]:
    """The distinct runs of opening words two members share, longest first (a box whose last
    line varies from page to page gives several).  In word order, the run two sentences share is
    the shortest of the runs shared by neighbours between them, so neighbours give every run."""
    ordered = sorted(s.words for s in members)
    runs: set[tuple[str, ...]] = set()
    for a, b in pairwise(ordered):
        n = 0
        while n < len(a) and n < len(b) and a[n] == b[n]:
            n += 1
        if MIN_WORDS <= n < min(len(a), len(b)):
            runs.add(tuple(a[:n]))
    return sorted((list(r) for r in runs), key=lambda r: (-len(r), r))
