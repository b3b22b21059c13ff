"""An extractive multi-document summary in which every sentence cites its sources.

Sentences come verbatim from the original (non-duplicate) articles' cleaned text —
never from removed debris, never rewritten, so nothing is added.  Scoring:

- centrality: TF-IDF cosine to the centroid of all sentences of the story;
- salience: the sentence supports an event, weighted by that event's independent sources (for events of
  one day joined as one, by the kept entry's own: ``Event.entry_sources``, so a join adds citations
  without lifting its sentences above the wording chosen before), in full only for a sentence that
  reports the event in its main clause (:func:`told_in_main`): one that tells it in a participle's
  phrase, a relative clause or a clause of time ("BP said the spill, triggered by a blast that killed 11
  workers, had cost it $760 million") earns ``SIDE_TOLD`` of it and leaves it to a sentence that reports it;
- position: news leads carry the news (a small bonus for an article's first sentences);
- readability: sentences that open with a dangling pronoun or connective, questions,
  bare quotes and very short or very long sentences are penalised.

Selection is greedy with maximal marginal relevance, up to ``summary_sentences`` sentences and
``summary_words`` words, then told as a newsroom tells it: the lead first (:func:`lead`: the most
central, best-sourced sentence that is not background), then the rest in the order of the story
(:func:`story_order`: by the day each reports).  A line about the article or the page rather than
the story ("The article was written Oct. 12.", a correction, a byline, a prompt to subscribe:
:func:`about_the_page`) is never chosen.  A candidate that is two sentences run together (a caption glued to the next sentence
with no full stop, :func:`run_together`) is never chosen whole, nor a line of a table (a figure and no verb:
:func:`verbless`), a sentence whose subject points back at its article ("This was completed on 1 June",
"He was pronounced dead": :func:`storyline.story.events.points_back`, the timeline's test too), or one
that names nothing and gives no date ("Global markets began to melt down.": :func:`anchored`), nor one
that carries no news of the story (no event, no date, no figure: "Dodd was practically born into politics"),
nor a plan or forecast for a time the coverage had passed by its last day ("The president will address the
nation on Tuesday night": :func:`stale_plan`; on the twelve Timeline17 briefs it took out five such lines).
A candidate found glued either way is told from where its last sentence starts when that part is
fit to tell (:func:`told_part`: "Roe denies any wrongdoing On 8 May, Roe appeared in court" is told
as "On 8 May, Roe appeared in court", verbatim, so its citation stays exact); otherwise one that
:func:`glue_point` finds a caption glued into by a finer test loses ``GLUED`` of its
score, so a clean sentence saying the same is told instead (on six development briefs, 59 of 59
sentences it marks are glued; on six held-out ones, 3 of 3).  An event dated to a day more than
``BACKGROUND_DAYS`` before the coverage began weighs as background.  Once a sentence is chosen:

- a sentence too similar to it is skipped (TF-IDF cosine ≥ ``REDUNDANT``, or a
  near-paraphrase — see :func:`near_paraphrase`), and so is one that states an event of a
  compatible date in somewhat fewer shared words (:func:`storyline.story.events.told_again`, the
  timeline's test for an event told again);
- the events it states give no further salience: a background line every article repeats
  ("surpassed the 1989 Exxon Valdez disaster as the worst U.S. spill", 13 sources) is told
  once, not in four wordings;
- every later sentence loses ``THEME`` × the share of its TF-IDF weight in words already
  said, so one theme does not fill the summary.  On five Timeline17 briefs the mean TF-IDF
  cosine between summary sentences fell from 0.20 to 0.07 (2026-11-23; docs/benchmarks.md).

Each sentence carries the dates its relative time expressions resolve to (:func:`when`: "said
Sunday" is 6 November 2016 in an article of 7 November), since it is read away from its article.

Each sentence cites itself and every other source sentence that says the same: cosine ≥
``SUPPORT`` or a near-paraphrase, and :func:`supports` (not a question; no conflicting
figures; both or neither negated; not a plan, forecast or condition for what the sentence states as
fact: :func:`storyline.story.events.modality_agrees`; no other written day: :func:`other_days`).  ``SUPPORT`` was 0.35 until 2026-11-22: on 160
hand-labelled Timeline17 citation pairs (``scripts/citation_precision.py``), fewer than half
of the summary's other citations then stated the sentence's claim — most shared only its
background ("since the explosion on 20 April") or its vocabulary ("WHO confirmed 787
infections" cited for "WHO confirmed 236 cases").  At 0.5 with the figure check, 48 of the 58
citations the three briefs give are right, 3 support a secondary part, 7 do not.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from storyline.clean.glued import (
    FINITE,
    NO_HEADLINE_END,
    OPENERS,
    ROLES,
    SAYING,
    CaseCounts,
    glued_names,
    glued_sentences,
)
from storyline.records import AnnotatedArticle, Citation, Event, Sentence, TimeExpression
from storyline.story.boxes import live_stamp_end
from storyline.story.events import (
    call_to_action,
    caption,
    compatible,
    complete,
    date_bounds,
    modality_agrees,
    points_back,
    sentence_date,
    told_again,
)
from storyline.story.text import (
    COVERED,
    MONTH,
    Tfidf,
    centroid,
    content_stems,
    cosine,
    coverage,
    figures_in,
    supports,
)

SUPPORT = 0.5  # see supports() and docs/evaluation.md (citation precision)
REDUNDANT = 0.45
THEME = 0.5  # a chosen sentence's words cost a later sentence this share of its score (docs/benchmarks.md)
SUPPORT_WEIGHT = 0.25  # score per unit of event weight (1 + 0.5 per further independent source ...)
CONTAINED = 0.6  # idf-weighted share of the shorter sentence's content words found in the other
SHARED_PAIRS = 3  # adjacent content-word pairs both sentences write in the same order
COMMON_PAIR_SHARE = 0.01  # a pair in more than this share of the candidates is a stock phrase
COMMON_PAIR_MIN = 10
MIN_WORDS = 6  # distinct content words the shorter sentence needs for containment to mean anything
_DANGLING = re.compile(
    r"^(he|she|they|it|this|that|these|those|however|but|and|also|so|then|meanwhile|his|her|its|their)\b", re.I
)
_BULLET_GLYPHS = frozenset(["•", "·", "●", "▪", "‣", "◦", "cents"])


def bulleted(text: str) -> bool:
    """Whether a sentence holds a bullet glyph before a capitalised word (a list of headlines run
    together: "... model data • Mayor under fire for ..."); "cents" is how one conversion wrote the
    bullet, so it counts only when no figure comes before it ("50 cents")."""
    toks = text.split()
    for k in range(1, len(toks) - 1):
        if toks[k] in _BULLET_GLYPHS and _CAP.match(toks[k + 1]):
            if toks[k] == "cents" and re.search(r"\d", toks[k - 1]):
                continue
            return True
    return False


_QUOTE_ONLY = re.compile(r"^[\"“«'‘]")
_OPENING = re.compile(r"^[\"“«'‘(]?[A-Z0-9]")
_MONTH_RE = re.compile(rf"\b{MONTH}(?![A-Za-z])")  # "May", "Sept.", not "Decade"
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")


def near_paraphrase(
    a: str | list[str], b: str | list[str], idf: dict[str, float], common: frozenset[tuple[str, str]] = frozenset()
) -> bool:
    """Whether two sentences (texts, or their content-word stems) say the same thing at other
    lengths, which the cosine of their TF-IDF vectors misses when one is much longer ("People in
    Mexico City were ordered not to kiss or shake hands yesterday." inside a 40-word sentence
    listing every measure): the shorter sentence's content words, weighted by their idf, are
    mostly (``CONTAINED``) in the longer one, and ``SHARED_PAIRS`` pairs of adjacent content words
    are written the same in both ("kiss shake", "shake hand"), so two sentences that merely share
    the story's vocabulary do not count; pairs in ``common`` (the story's stock phrases: "World
    Health", "Exxon Valdez") are not counted."""
    sa = content_stems(a) if isinstance(a, str) else a
    sb = content_stems(b) if isinstance(b, str) else b
    if len(sa) < 2 or len(sb) < 2:
        return False
    shared = set(pairwise(sa)) & set(pairwise(sb))
    if len(shared - common) < SHARED_PAIRS:
        return False
    short, other = (set(sa), set(sb)) if len(set(sa)) <= len(set(sb)) else (set(sb), set(sa))
    if len(short) < MIN_WORDS:
        return False  # a very short sentence is contained in too many others to tell
    return coverage(short, other, idf) >= CONTAINED


DEVELOPMENTS: list[tuple[str, re.Pattern[str]]] = [
    ("death", re.compile(r"\b(?:die[sd]?|dying|dead|deaths?|kill(?:s|ed|ing)?)\b")),
    ("explosion", re.compile(r"\b(?:explo(?:de[sd]?|sions?)|blasts?|blew up)\b")),
    ("spill", re.compile(r"\b(?:spill(?:s|ed|ing)?|leak(?:s|ed|ing)?|gush(?:es|ed|ing)?|spew(?:s|ed|ing)?)\b")),
    ("quake", re.compile(r"\b(?:earthquakes?|quakes?|tremors?)\b")),
    ("arrest", re.compile(r"\b(?:arrest(?:s|ed)?|detain(?:s|ed)?)\b")),
    (
        "charge",
        re.compile(r"\b(?:charged with|charges? (?:of|against)|accused of|indict(?:s|ed|ment)|plead(?:s|ed)?)\b"),
    ),
    ("trial", re.compile(r"\b(?:trial)\b")),
    ("verdict", re.compile(r"\b(?:guilty|convict(?:s|ed|ion)|acquit(?:s|ted|tal)|verdict)\b")),
    ("sentence", re.compile(r"\b(?:sentenc(?:e|es|ed|ing)|jailed|imprison(?:ed|ment))\b")),
    ("resign", re.compile(r"\b(?:resign(?:s|ed|ation)?|step(?:s|ped)? down|quit)\b")),
    ("appoint", re.compile(r"\b(?:appoint(?:s|ed|ment)|hire[sd]?)\b")),
]
"""Families of one-off developments a story's summary tells once each (finer than the timeline's
ACLED-like types in :mod:`storyline.story.events`, where "announced" and "resigned" are one
``strategic_development``): a word of the family in a sentence's main clause, the same actor and
compatible dates make two sentences one development (:func:`developments`)."""
_PLEA = re.compile(r"\bplead(?:s|ed)?\s+(?:not\s+)?guilty\b")  # a plea answers a charge: no verdict
# what opens a background part of a sentence.  A clause ("which led to his death", "when the rig
# exploded", "if convicted") runs to the next clause mark; a phrase ("following Jackson's death in
# June 2009", "on the day he died", "will be sentenced") to the next clause mark or ``PHRASE_WORDS``
# words, whichever comes first: what is only expected or possible has not happened yet
_CLAUSE_OPENER = re.compile(
    r"\b(?:which|who|whose|when|while|whilst|until|because|although|though|whereas|if|unless|led to|leading to)\b", re.I
)
_PHRASE_OPENER = re.compile(
    r"\b(?:following|after|since|before|over|despite|amid|into|about|for|of|from|ahead of|in the wake of|"
    r"in connection with|due to|linked to|related to|day|night|morning|evening|moment|hours|"
    r"will|would|could|may|might|faces?|facing|expected to|scheduled to|set to)\b",
    re.I,
)
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
PHRASE_WORDS = 6
# a relative clause with no comma before it ("the workers who died on Tuesday were training to help others",
# "the quake which triggered the tsunami was the third biggest") ends where the sentence's own verb comes
# back: an auxiliary or a finite verb after a word that can end the clause's subject or object
_RELATIVE = re.compile(r"(?:which|who|whose)", re.I)
_RESUMING = FINITE | frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"])
_NO_CLAUSE_END = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "there", "that", "which", "who", "to", "not", "and", "or", "but",
     "also", "still", "now", "never", "already", "then", "only", "just", "be", "been", "being"]
)  # fmt: skip
# words that open a clause inside the relative one ("an engineer who defected after inspectors left in 1998")
_INNER_CLAUSE = frozenset(["after", "before", "when", "while", "because", "since", "until", "if", "as", "where"])


def _relative_end(text: str, start: int, end: int) -> int:
    """Where a relative clause opened at ``start`` with no comma before it gives way to the sentence's main
    verb (:data:`_RESUMING`), once the clause has had a verb of its own ("whose son was killed in May" has
    only its own), or ``end``.  Not past a verb of saying or a "that": what follows is a clause the relative
    one holds ("economists who say the recession will continue")."""
    found = list(re.finditer(r"[\w'’-]+", text[start:end]))
    words = [w.group() if w.group()[0].isupper() else w.group().lower() for w in found]  # "in May": no modal
    starts = [w.start() for w in found]
    own_verb = False
    for i in range(1, len(words)):  # words[0] is the relative word
        word, prev = words[i], words[i - 1].lower()
        if word in SAYING or word == "that" or word in _INNER_CLAUSE:
            break
        if own_verb and word in _RESUMING and prev not in _NO_CLAUSE_END and prev not in _RESUMING:
            return start + starts[i]
        own_verb = own_verb or word in _RESUMING or (word.endswith("ed") and len(word) > 4)
    return end


# openers that are only prepositions (never open a clause of their own): their phrase is a noun's, and an
# auxiliary after it is the sentence's main verb ("The flow of oil was shut off on Friday")
_PREPOSITION = re.compile(
    r"(?:of|for|from|over|into|about|despite|amid|ahead of|in the wake of|in connection with|due to|linked to|"
    r"related to)",
    re.I,
)
_MAIN_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|shall|did|does)\b", re.I
)


def background_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` that give background rather than the sentence's news: from an
    opener (a preposition, a subordinating or relative word: "following", "which", "when") to the
    next clause mark (a phrase: at most ``PHRASE_WORDS`` words).  "Dr Lee is on trial following
    the singer's death in June 2009" reports the trial; the death and its date are background.  A
    preposition's phrase ends before an auxiliary, the sentence's main verb ("The flow of oil was shut off
    on Friday": the stop and its date are the news)."""
    spans = []
    for opener, phrase in ((_CLAUSE_OPENER, False), (_PHRASE_OPENER, True)):
        for m in opener.finditer(text):
            if m.group() == "WHO":
                continue  # the World Health Organization, no relative pronoun ("The WHO expects that by May ...")
            mark = _CLAUSE_MARK.search(text, m.end())
            end = mark.start() if mark else len(text)
            if not phrase and _RELATIVE.fullmatch(m.group()) and not text[: m.start()].rstrip().endswith(","):
                end = _relative_end(text, m.start(), end)
            if phrase:
                words = list(re.finditer(r"\S+", text[m.end() : end]))
                if len(words) > PHRASE_WORDS:
                    end = m.end() + words[PHRASE_WORDS - 1].end()
                verb = _MAIN_VERB.search(text, m.end(), end) if _PREPOSITION.fullmatch(m.group()) else None
                if verb:
                    end = verb.start()
            spans.append((m.start(), end))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def developments(text: str, spans: list[tuple[int, int]] | None = None) -> set[str]:
    """The development families (:data:`DEVELOPMENTS`) the main clause of a sentence reports: a
    family word in a background part (:func:`background_spans`) does not count.  "The doctor denies
    giving the drugs which led to the singer's death" reports a denial (``charge``), not the death."""
    low = text.lower()
    spans = background_spans(text) if spans is None else spans
    out = set()
    for name, pattern in DEVELOPMENTS:
        for m in pattern.finditer(low):
            if _inside(m.start(), spans):
                continue
            if name == "verdict" and _PLEA.search(low[max(0, m.start() - 16) : m.end()]):
                continue
            out.add(name)
            break
    return out


# a clause mark, or a double hyphen set off by spaces as wires write a dash ("the leak -- which began ...")
_ASIDE_MARK = re.compile(rf"{_CLAUSE_MARK.pattern}|\s--\s")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PAST_AUXILIARY = frozenset(["was", "were", "has", "have", "had", "did"])
_SIDE_OPENER = re.compile(
    rf"{_CLAUSE_OPENER.pattern}|\b(?:following|after|since|before|amid|despite|in the wake of)\b", re.I
)  # the background parts that tell another event, not a noun's complement or a plan
_AFTER_MARK = re.compile(r"\s*([A-Za-z][\w'’-]*)")  # the word after a clause mark


def side_spans(text: str, narrow: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text`` that tell something beside its main clause: the background parts
    (:func:`background_spans`), and two kinds of clause that describe a noun of it rather than report the
    sentence's news —

    * a past participle's phrase set off by a clause mark, to the next one ("BP said the spill, triggered by
      a blast that sank the rig, had cost it $2 billion": a reduced relative clause, "the spill, which was
      triggered by ..."), and a present participle's phrase that follows a background part ("the leak, which
      began after the rig exploded, killing 11 workers": the killing belongs to the clause it follows; one
      after the main clause, "The rig exploded on 20 April, killing 11 workers", tells the news's outcome
      and stays);
    * a relative clause opened by "that" right before a verb in the past ("the blast that sank the rig and
      killed 11 workers"; not "a process that may take months"), to the next clause mark or where the sentence's own verb comes back
      (:func:`_relative_end`: "The blast that sank the rig was caused by gas").

    What the summary weighs an event by (:func:`told_in_main`) and what a sentence reports
    (:func:`_told`) are read outside these spans; the timeline's dates keep :func:`background_spans`.

    ``narrow``: of the background parts keep only the clauses and the phrases of time or cause
    (:data:`_SIDE_OPENER`), not a noun's complement ("his address to a joint session of Congress", "the flow
    of oil") nor a plan ("will testify"): what an event's words in such a phrase tell is the main clause's."""
    spans = background_spans(text)
    clauses = [(a, b) for a, b in spans if _SIDE_OPENER.match(text, a)]
    if narrow:
        spans = clauses
    ends = {b for _, b in clauses}  # a clause or a phrase of time a present participle may go on
    for m in _ASIDE_MARK.finditer(text):
        word = _AFTER_MARK.match(text, m.end())
        if word is None:
            continue
        w = word.group(1)
        if w in SAYING or not w.islower() or len(w) <= 4:
            continue
        closes = any(m.start() - 1 <= b <= m.start() for b in ends)  # the mark ends a clause or a phrase of time
        # after a clause the sentence's own verb comes back ("Jo Roe, who had been ill, collapsed at home")
        past = w.endswith("ed") and not closes and _has_verb(text[: m.start()], spans)
        joined = w.endswith("ing") and closes
        if past or joined:
            mark = _ASIDE_MARK.search(text, word.end())
            spans.append((word.start(), mark.start() if mark else len(text)))
    for m in re.finditer(r"\bthat\s+([\w'’-]+)", text):
        before = list(_WORD.finditer(text[: m.start()]))
        if (
            not before
            or text[before[-1].end() : m.start()].strip()
            or before[-1].group().lower() in _NO_RELATIVE_BEFORE
        ):
            continue  # "that" opening the sentence or a clause mark before it, or after a verb or function word
        verb = m.group(1)
        if not _past(verb) or verb in SAYING or verb in _AUXILIARY - _PAST_AUXILIARY:
            continue  # a plan or a state ("a process that may take months", "a slick that threatens"): kept
        mark = _ASIDE_MARK.search(text, m.end())
        spans.append((m.start(), _relative_end(text, m.start(), mark.start() if mark else len(text))))
    return spans


def _has_verb(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text`` (a sentence's start) holds a finite verb outside ``spans``: an auxiliary, a common
    irregular past or a word in "-ed" (not one right after a clause mark: a participle of an aside itself).
    A past participle after a clause mark then describes a noun ("BP
    said the spill, triggered by ..."); with none it is the sentence's own verb ("The chairman of the
    commission, which met on Monday, expressed doubts", "Jo Roe, the other chairman, emphasised")."""
    at = 0
    for m in _WORD.finditer(text):
        w, gap = m.group(), text[at : m.start()]
        at = m.end()
        if _inside(m.start(), spans):
            continue
        # a word in "-ed" right after a clause mark opens an aside ("The rig - operated by Roe - sank")
        if w in _RESUMING or (_past(w) and not _ASIDE_MARK.search(gap)):
            return True
    return False


MAIN_SHARE = 0.5
"""A sentence reports an event in its main clause when at least this share of the event's words it writes
(idf-weighted) are outside its side parts (:func:`side_spans`)."""
SIDE_TOLD = 0.5
"""Share of an event's salience earned by a sentence that tells it only in a side part: "BP said the spill,
triggered by a blast that killed 11 workers, had cost it $2 billion" tells the costs; the blast is
background to them."""


def _parts(text: str) -> tuple[str, str]:
    """(main part, side parts) of a sentence: its text outside and inside its narrow side spans
    (:func:`side_spans`), each part joined by spaces."""
    spans = sorted(side_spans(text, narrow=True))
    main, side, at = [], [], 0
    for a, b in spans:
        if b <= at:
            continue
        a = max(a, at)
        main.append(text[at:a])
        side.append(text[a:b])
        at = b
    main.append(text[at:])
    return " ".join(main), " ".join(side)


def told_in_main(entry: str, text: str, idf: dict[str, float] | None = None) -> bool:
    """Whether ``text`` reports the event whose entry is ``entry`` in its main clause: of the entry's
    main-clause words (its content stems outside :func:`side_spans`; none: nothing to tell apart), those
    ``text`` writes are mostly (``MAIN_SHARE``, weighted by ``idf``) outside its side parts.  "The explosion
    killed 11 workers and sank the rig" is reported by "A blast killed 11 workers on the rig on 20 April",
    and only as background by "Oil began leaking after the rig explosion that killed 11 workers"."""
    own = content_stems(_parts(entry)[0])
    if not own or text == entry:
        return True  # an entry all background ("If the cap holds, ...") gives no main clause to look for
    main = content_stems(_parts(text)[0])
    whole = coverage(own, content_stems(text), idf)
    if whole == 0.0:
        return True  # shares no word with the entry: nothing says its report is a side part
    return coverage(own, main, idf) >= MAIN_SHARE * whole


# what a sentence glued to a caption or headline (no full stop between them) opens with: the
# capitalised function words that start sentences, never a name on their own
GLUE_OPENERS = frozenset([
    "The", "A", "An", "He", "She", "They", "It", "We", "This", "These", "Those", "There", "His", "Her",
    "Their", "Its", "In", "On", "At", "After", "When", "But", "Some", "Many", "Most", "If", "While", "As",
    "Although", "Despite", "Since", "For", "Our", "My",
])  # fmt: skip
# words after which a clause goes on into a capitalised word: function words, verbs of saying ("said
# The Times"), openers ("in The Hague")
_GOES_ON = NO_HEADLINE_END | SAYING | OPENERS | ROLES
_CAP = re.compile(r"[A-Z][A-Za-z'’\-]*")
_TITLE = re.compile(r"[A-Z][a-z'’\-]*[a-z]")
_LOWER = re.compile(r"[a-z][a-z'’\-]*")
COMMON_MIN = 3  # a capitalised word is an ordinary one if the story writes it this many times more in lower case
DESIGNATION_MIN = 3  # "type A" written this often, before two or more words, is a name ("type A flu")


def _finite(tok: str) -> bool:
    """A finite verb as captions and headlines write them: an auxiliary or irregular past, -ed, or a
    present third person ("gives"; not "crisis", "virus", "famous")."""
    w = tok.strip("'’\",:;.")
    return (
        w in FINITE
        or (w.islower() and len(w) > 3 and w.endswith("ed"))
        or (w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")))
    )


def _verb_after(toks: list[str], j: int) -> bool:
    """A finite verb at token ``j``, or after one lower-case word ("has", "also voted"), past a
    bracket ("The World Health Organization (WHO) has")."""
    if j < len(toks) and toks[j].startswith("("):
        while j < len(toks) and not toks[j].endswith(")"):
            j += 1
        j += 1
    for k in range(j, min(len(toks), j + 2)):
        if _finite(toks[k]):
            return True
        if not _LOWER.fullmatch(toks[k]) or toks[k] in _GOES_ON:
            return False
    return False


def designations(texts: Sequence[str]) -> frozenset[str]:
    """Lower-case words a story writes before a capital "A" as a name ("type A", "influenza A"): at
    least ``DESIGNATION_MIN`` times, before two or more different words.  A caption glued to a
    sentence opening with "A" repeats, when it does, the same words after it."""
    after: dict[str, set[str]] = {}
    seen: Counter[str] = Counter()
    for text in texts:
        toks = text.split()
        for a, b, c in zip(toks, toks[1:], [*toks[2:], ""], strict=False):
            if b == "A" and _LOWER.fullmatch(a):
                seen[a] += 1
                after.setdefault(a, set()).add(c)
    return frozenset(w for w, n in seen.items() if n >= DESIGNATION_MIN and len(after[w]) >= 2)


# a post quoted from a social network ("RT @jane: ...", "@acme said"): the page quoting it, not the story
SOCIAL_POST = re.compile(r"(?<![\w.])@\w{2,}|^RT\b")

_PAGE = r"(?:article|story|blog|column|newsletter|web\s?page|page|post|piece|report|version|item|entry)"
_META = re.compile(
    "|".join(
        [
            r"\bthis\s+(?:article|story|blog|column|newsletter|web\s?page|page)\b(?<!for this story)(?<!for this article)",
            rf"\bthis\s+{_PAGE}\s+(?:was|has\s+been|had\s+been|is\s+being|first|originally|appeared|received|correct)",
            rf"\b(?:contribut\w*|comments?|tips?|updat\w+)\s+(?:to|on)\s+this\s+{_PAGE}\b",
            r"\bthe\s+(?:article|story|post|piece|page|column|blog|newsletter)\s+(?:was|has\s+been|had\s+been|is)\s+"
            r"(?:\w+\s+)?(?:written|updated|corrected|amended|edited|revised|changed|published|posted|compiled)\b",
            r"\b(?:earlier|previous|original|updated|print|online)\s+version\s+of\s+this\b",
            r"^(?:correction|clarification|editor['’]?s['’]?\s+note|update[ds]?|related|read\s+more|see\s+also|more\s+on)"
            r"\b\s*[:\-\u2013\u2014]",
            r"^(?:the\s+)?(?:writer|author|columnist)\s+(?:is|was)\b",
            r"\bsign\s+up\s+(?:for|to)\s+(?:free\s+|our\s+|the\s+)?(?:e-?mail|news|newsletters?|alerts|updates|rss)",
            r"\bsubscribe\s+(?:to\s+(?:our|the\s+(?:rss|newsletter|feed|podcast))|now|today|here)\b",
            r"\bclick\s+here\b",
            r"\b(?:explore|browse|visit)\s+(?:all\s+)?(?:of\s+)?our\b",
            r"\b(?:read|watch|follow|see)\s+(?:all\s+)?(?:of\s+)?our\s+(?:live|full|latest|special|interactive|coverage|"
            r"graphics?|videos?|gallery|timeline|blog|updates|page|guide)\b",
            r"\bour\s+(?:coverage|graphics?|interactive|special\s+report|live\s+blog|newsletters?|podcast)\b",
            r"\b(?:e-?mail|write\s+to|contact)\s+(?:the\s+)?(?:author|reporter|writer|columnist|editor)s?\b",
            r"\ball\s+rights\s+reserved\b|\bcopyright\b|©",
            # a broadcast page's note on its programme ("the running order is subject to change")
            r"\b(?:running\s+order|programme|schedule|line-?up)\s+(?:is\s+|are\s+|may\s+be\s+)?subject\s+to\s+change\b",
            r"^(?:below|here|following)\s+(?:is|are)\s+(?:a|an|the|some)\s+(?:\w+\s+){0,2}?"
            r"(?:timeline|chronology|list|factbox|look|summary|guide|glossary|q\s*&\s*a|key\s+facts|facts)\b",
            # a video's label: a reporter or outlet that "talks to" or "speaks to" someone, in the present
            r"(?-i:^(?:The\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s+(?:talks|speaks)\s+(?:to|with)\s+(?:(?:people|"
            r"residents|families|survivors|victims|workers|locals|doctors|experts|fans|voters)"
            r"\b|[A-Z][a-z]+\s+[A-Z][a-z]+))",
            r"\bis\s+an?\s+(?:staff\s+writer|reporter|correspondent|columnist|contributing\s+(?:editor|writer))\s+"
            r"(?:for|at|with)\b",
        ]
    ),
    re.I,
)
"""A line about the article or the page rather than the story: when it was written or updated, a
correction or editor's note, who wrote or contributed to it, a prompt to subscribe, sign up or
explore the site, a video's label, the page's own list ("Below is a timeline of the flood: ...") ("The article was
written Oct. 12.", "Explore all of our graphics
on the spill", "Jane Roe contributed to this report", "The Daily Roe talks to families in the
capital").  Cleaning keeps such a line when it reads like prose; the
summary never tells it."""


def about_the_page(text: str) -> bool:
    """Whether a sentence speaks of the article, the page or the paper rather than the story
    (:data:`_META`)."""
    return _META.search(text) is not None


"""A post quoted from a social network or a handle to follow ("RT @jane_roe: ...", "Follow us at
@paper"): a reader's or a page's words, never a line of the summary."""


def run_together(
    text: str, counts: CaseCounts, in_name: frozenset[int] = frozenset(), named: frozenset[str] = frozenset()
) -> bool:
    """Whether a sentence is two run together: a caption, headline or standfirst that lost its full
    stop before the next sentence ("The bridge fell in the flood The agency has launched an appeal",
    "Dr Roe spoke to a radio show which aired on Friday night Dr Jo Roe, who was ...").  A sentence
    starts at a capitalised word straight after a lower-case word a clause does not go on from (no
    function word, verb of saying or role, no -ing form: "said The Times", "in The Hague", "group
    The Band") or after a closing quotation ('... of "moderate severity" The agency has'), when

    * the word is a sentence opener (:data:`GLUE_OPENERS`) and a finite verb follows within eight
      words, or, if a capitalised run follows it ("The Red Cross", a title "The Lost Hours"), right
      after the run: titles go on with a comma or a noun, sentences with their verb ("The UN has");
      a capital "A" the story uses as a name (:func:`designations`: "type A") opens nothing;
    * or it is an ordinary word the story mostly writes in lower case (:meth:`CaseCounts.common`),
      outside any named entity (token indexes ``in_name``), followed by its verb within three
      lower-case words ("... in the capital Rescuers have begun");
    * or the cleaning stage's tests find a sentence or a name-led sentence glued there
      (:func:`storyline.clean.glued.glued_sentences`, :func:`~storyline.clean.glued.glued_names`).

    The summary can spare a sentence: this test may take a title now and then ("the novel The
    Spy Went Home") rather than let a caption into the brief."""
    return run_together_at(text, counts, in_name, named) is not None


def run_together_at(
    text: str, counts: CaseCounts, in_name: frozenset[int] = frozenset(), named: frozenset[str] = frozenset()
) -> int | None:
    """The character offset in ``text`` where :func:`run_together` finds the second sentence start
    (None when it finds none)."""
    toks = text.split()
    i = _run_together(toks, counts, in_name, named)
    if i is None:
        i = headline_end(toks)
    if i is None:
        i = heading_repeats_name(toks)
    if i is not None:
        return _offsets(text)[i]
    cuts = glued_sentences(text, counts) or glued_names(text, counts)
    return cuts[0] if cuts else None


HEAD_MIN, HEAD_MAX = 4, 8  # words of a headline glued before a sentence
_HEAD_PRESENT = frozenset(["says", "tells", "is", "are", "has", "does"])


def headline_end(toks: list[str]) -> int | None:
    """The token index where a sentence starts after a headline glued before it with no full stop,
    when the sentence opens with a name or an ordinary capitalised word, which :func:`run_together`
    only catches after a sentence opener ("Council votes to close Avel bridge Residents of the
    town have ...", "Report says floods cost Avelia Avelia's farmers lost ...").  The headline is
    ``HEAD_MIN`` to ``HEAD_MAX`` words written as headlines are: it opens with a capitalised word that
    is no article, pronoun or fronting word, holds no punctuation, no subordinating word and no past
    tense, and has a present-tense verb in "-s" ("votes", "says") that is not its last word and is not
    a verb of saying or thinking whose object could run on; it ends on a lower-case word no headline
    ends on (no function word); the sentence after it has a finite verb within ``HEAD_MAX`` + 4 words."""
    if len(toks) < HEAD_MIN + 4 or not _TITLE.fullmatch(toks[0].strip("'’\"“”")):
        return None
    if toks[0] in GLUE_OPENERS or toks[0].lower() in _FRONTED | _NOUN_DETERMINERS or toks[0] in _PRONOUNS:
        return None
    for i in range(HEAD_MIN, min(HEAD_MAX, len(toks) - 3) + 1):
        head, tok, prev = toks[:i], toks[i], toks[i - 1]
        if any(re.search(r"[,;:.!?()\u2013\u2014]", t) for t in head):
            return None  # a clause mark: not a headline
        low = [t.lower() for t in head]
        if any(w in _SUBORDINATE or w in _JOINS for w in low):
            return None
        if any(_past(w) and w not in _HEAD_PRESENT for w in head):
            return None  # a past tense: a sentence, not a headline
        if not (_CAP.fullmatch(tok.rstrip(",")) or re.fullmatch(r"[A-Z][\w\-]*['’]s", tok)) or tok in _CALENDAR:
            continue
        if not re.fullmatch(r"[a-z][\w'’\-]*", prev) or prev in _GOES_ON or prev in _THAT_TAKERS:
            continue
        verbs = [k for k in range(1, i - 1) if _present_s(head[k], head[k - 1])]
        if not verbs or head[verbs[-1]] in SAYING or head[verbs[-1]] in _THAT_TAKERS:
            continue
        if any(_past(w.strip("'’\"“”,;:.")) for w in toks[i + 1 : i + HEAD_MAX + 5]):
            return i
    return None


def heading_repeats_name(toks: list[str]) -> int | None:
    """The token index where a sentence starts after a heading that names its subject, glued before
    it with no full stop: the sentence opens with the name the heading opened with ("Avel flood relief
    and recovery Avel, its neighbours and the army are working to ...", "Roe trial verdict Roe's
    lawyers have said ...").  The heading is two to ``HEAD_MAX`` words with no clause mark and no
    verb (:func:`_clause_verb`), it ends on a lower-case word a clause does not go on from, and a
    finite verb follows the repeated name within ``HEAD_MAX`` + 4 words.  Prose does not name its
    subject twice with no verb between ("Avel and Avel's neighbours" has "and" before it)."""
    name = toks[0].strip("'’\"“”") if toks else ""
    if not _CAP.fullmatch(name) or name in GLUE_OPENERS or name in _PRONOUNS or name in _CALENDAR:
        return None
    for i in range(2, min(HEAD_MAX + 1, len(toks) - 3)):
        tok, prev = toks[i], toks[i - 1]
        if re.search(r"[,;:.!?()\"“”\u2013\u2014]", toks[i - 1]):
            return None  # a clause mark: not a heading
        if _clause_verb([t.strip("'’") for t in toks[:i]]):
            return None  # a verb: a clause, not a heading
        if re.sub(r"(?:['’]s)?,?$", "", tok) != name or not _LOWER.fullmatch(prev) or prev in _GOES_ON:
            continue
        if any(_past(w.strip("'’\"“”,;:.")) or w in SAYING for w in toks[i + 1 : i + HEAD_MAX + 5]):
            return i
    return None


def _said_after_quote(toks: list[str], i: int) -> bool:
    """A new sentence's subject and its verb at token ``i``, straight after a quotation that closes a
    clause with a verb of its own, no full stop between ('Roe said the town could "start again"
    Avelia's mayor says he will ...'): a name, one to three capitalised words or a possessive, then
    at most two lower-case words and a finite verb or a verb of saying.  A quotation that opens the
    sentence ('"Start again" Roe said') has no verb before it and is left alone."""
    opened = next((k for k in range(i - 1, -1, -1) if toks[k][:1] in '"“'), None)
    bare = [t.strip("'’\"“”,").lower() for t in toks[:i]]
    if not opened or not _clause_verb(bare[:opened]) or bare[0] in _FRONTED | _SUBORDINATE:
        return False  # no clause before the quotation, or one that is subordinate ("While Roe said ...")
    if any(w in SAYING or w in _THAT_TAKERS for w in bare[opened - 1 :]):
        return False  # the quotation or the word before it takes a clause ('says "fewer than five" staff were')
    j = i
    while j < len(toks) and j - i < 3 and _CAP.fullmatch(toks[j]) and toks[j] not in GLUE_OPENERS:
        j += 1
        if toks[j - 1].endswith(("'s", "’s")):
            break
    if j == i:
        return False
    for k in range(j, min(len(toks), j + 3)):
        w = toks[k].strip(",")
        if w in FINITE or w in SAYING:
            # a bare name and its verb after a quotation in reported speech or a "that" clause may be
            # the quotation's object ('said she "can't imagine" Roe will', 'that it was "plain" Avelia was')
            return k > j or not any(v in SAYING or v in _SUBORDINATE for v in bare[:opened])
        if not _LOWER.fullmatch(w) or w in NO_HEADLINE_END:
            return False  # a role may stand here ("Avelia's mayor says"), a function word may not
    return False


def _past(w: str) -> bool:
    """An auxiliary or a past tense: a word of ``FINITE`` or a lower-case word in "-ed"."""
    return w in FINITE or (w.islower() and len(w) > 4 and w.endswith("ed"))


def _present_s(w: str, before: str) -> bool:
    """A present-tense verb in "-s" as headlines write it: not after a determiner, a figure or a
    count ("the cuts", "two states")."""
    return (
        w.islower()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and before.lower() not in _NOUN_DETERMINERS | _COUNTS
        and not _NUMBER.fullmatch(before)
    )


def _offsets(text: str) -> list[int]:
    """The character offset of each whitespace token of ``text``."""
    return [m.start() for m in re.finditer(r"\S+", text)]


def _run_together(toks: list[str], counts: CaseCounts, in_name: frozenset[int], named: frozenset[str]) -> int | None:
    """The token index where the own tests of :func:`run_together` find a second sentence."""
    for i in range(2, len(toks) - 2):
        tok, prev = toks[i], toks[i - 1]
        if not _CAP.fullmatch(tok):
            continue
        low = (
            bool(_LOWER.fullmatch(prev))
            and prev not in _GOES_ON
            and (not prev.endswith("ing") or tok in _PREPOSITION_OPENERS)
        )
        quoted = len(prev) > 2 and prev[-1] in '"”' and prev[-2].isalpha()
        if quoted and _said_after_quote(toks, i):
            return i
        if not (low or quoted):
            if _after_heading(toks, i):
                return i
            if _after_place(toks, i, counts, in_name):
                return i
            continue
        if tok in GLUE_OPENERS:
            if tok == "A" and prev in named:
                continue
            j = i + 1
            while j < len(toks) and _CAP.fullmatch(toks[j].rstrip(",")):
                j += 1
                if toks[j - 1].endswith(","):
                    break
            if j > i + 1:
                # a sentence goes on with its verb, a title with a comma or a noun ("the band The
                # Roes, who", "the blog The Tally began"); lower-case words to the end, none a verb,
                # make a caption ("... on the sea floor The Lone Star rig burning last week.")
                if toks[j - 1].endswith(","):
                    continue
                if _verb_after(toks, j):
                    return i  # an opener before a capitalised run and its verb
                tail = [t.rstrip(".!") for t in toks[j:]]
                if len(tail) >= 2 and all(_LOWER.fullmatch(t) and not _finite(t) for t in tail):
                    return i  # a caption run
            elif any(_finite(t) for t in toks[i + 1 : i + 9]):
                return i  # an opener and its verb
            continue
        if _common_clause(toks, i, counts, in_name):
            return i
    return None


def _after_heading(toks: list[str], i: int) -> bool:
    """A sentence opener (:data:`GLUE_OPENERS`, not "A") at token ``i`` right after a capitalised word, with no
    finite verb before it and one within eight words after it, not opening a capitalised run: a heading
    or label glued before the sentence ("Case study: Flooding in Avelia and Roe On 3 May the river burst
    its banks").  Prose never capitalises an opener after a name, and a heading has no verb; a title
    ("Gone With The Wind") goes on in capitals."""
    tok, prev = toks[i], toks[i - 1]
    return (
        tok in GLUE_OPENERS
        and tok != "A"
        and _CAP.fullmatch(prev) is not None
        and i + 1 < len(toks)
        and not _CAP.fullmatch(toks[i + 1].rstrip(","))
        and not any(_finite(t) for t in toks[:i])
        and any(_finite(t) for t in toks[i + 1 : i + 9])
    )


def _common_clause(toks: list[str], i: int, counts: CaseCounts, in_name: frozenset[int]) -> bool:
    """An ordinary word the story mostly writes in lower case, capitalised at token ``i`` outside a
    name, before no other capital and followed by its verb within three lower-case words: a clause
    opening ("Rescuers have begun")."""
    tok = toks[i]
    if i in in_name or not _TITLE.fullmatch(tok) or tok.lower() in OPENERS:
        return False
    if i + 1 < len(toks) and _CAP.fullmatch(toks[i + 1]):
        return False
    w = tok.lower()
    return counts.lower[w] >= COMMON_MIN * max(1, counts.proper[w]) and _clause_follows(toks[i + 1 : i + 4])


_PREPOSITION_OPENERS = frozenset([
    "In", "On", "At", "After", "When", "But", "If", "While", "As", "Although", "Despite", "Since", "For",
])  # fmt: skip
"""Openers that no title, band or paper's name starts after a lower-case -ing word: "... denies any
wrongdoing On 8 February, Roe appeared" is two sentences, "reading The Times" is not."""
PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "near", "across", "outside", "inside", "to", "into", "of"])
PLACE_WORDS = 3  # the longest name (in capitalised words) a preposition ends a clause with before a new one


def _after_place(toks: list[str], i: int, counts: CaseCounts, in_name: frozenset[int]) -> bool:
    """A clause opening with an ordinary word (:func:`_common_clause`) straight after a name that
    ends a prepositional phrase ("... pulled from the rubble in Port Avel Rescuers have begun"):
    the name (one to ``PLACE_WORDS`` capitalised words) follows a preposition, so it is the
    phrase's object and not the start of a longer name ("the Avelian Government has")."""
    k = i
    while k > 0 and i - k < PLACE_WORDS and _TITLE.fullmatch(toks[k - 1].rstrip(".")) and toks[k - 1][-1:].isalpha():
        k -= 1
    if k == i or k == 0 or toks[k - 1] not in PLACE_PREPOSITIONS:
        return False
    return _common_clause(toks, i, counts, in_name)


def _clause_follows(words: list[str]) -> bool:
    """A finite verb within the first three words, all lower case and none a function word ("have
    begun", "agencies can take")."""
    for w in words[:3]:
        if _finite(w):
            return True
        if not _LOWER.fullmatch(w) or w in NO_HEADLINE_END:
            return False
    return False


def _in_names(doc: AnnotatedArticle, s: Sentence, text: str) -> frozenset[int]:
    """Indexes of the whitespace tokens of ``text`` that continue a named entity (not its first):
    "Agency" in "the Health Protection Agency said" is a name's word, not a sentence's subject."""
    off = s.start + max(0, s.text.find(text))
    spans = [(m.start - off, m.end - off) for m in doc.mentions if m.sentence == s.index]
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    return frozenset(k for k, p in enumerate(starts) if any(a < p < b for a, b in spans))


# --------------------------------------------------------------------------- a sentence fit to tell

_NUMBER = re.compile(r"\d[\d,.]*%?|\d+(?:st|nd|rd|th)")
_CALENDAR = frozenset([
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
])  # fmt: skip
_NOUN_DETERMINERS = frozenset([
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    "each", "every", "any", "no", "some",
])  # fmt: skip
_FRONTED = frozenset([
    "when", "while", "if", "because", "whether", "where", "although", "though", "unless", "after",
    "before", "since", "as", "until", "once", "despite", "by", "with", "without", "during", "following",
])  # fmt: skip
_AUXILIARY = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "must", "should", "shall", "did", "does",
])  # fmt: skip
_PLURALS = frozenset(["people", "children", "men", "women", "police", "staff", "troops"])
_PRONOUNS = frozenset(["I", "He", "She", "It", "We", "They", "You"])
_SUBORDINATE = frozenset([
    "that", "which", "who", "whom", "whose", "when", "while", "if", "because", "whether", "where",
    "although", "though", "unless", "whereas", "what", "how", "why",
])  # fmt: skip
_ADVERBS = frozenset(["also", "now", "still", "both", "already", "since", "just", "not", "never"])
HEADLINE_WORDS = 8  # a sentence's first words up to a glue point, verb or none, that may be a headline
HEADLINE_MIN = 4
_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_QUANTITIES = frozenset([
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
    "dozens", "several", "many", "few",
])  # fmt: skip
_NOW_WORDS = frozenset(["today", "yesterday", "tonight", "tomorrow"])
_COUNTS = _QUANTITIES | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all"}
_JOINS = frozenset(["and", "or", "but", "so", "yet", "nor", "plus"])
_PREPOSITIONS = frozenset([
    "of", "to", "for", "in", "on", "at", "by", "from", "with", "into", "over", "against", "about", "like",
])  # fmt: skip
_THAT_TAKERS = frozenset([
    "sure", "likely", "unlikely", "clear", "adamant", "convinced", "confident", "aware", "certain",
    "suggest", "suggests", "show", "shows", "showed", "prove", "proves", "understand", "ensure", "insist",
    "mean", "means", "found", "finds", "find", "realise", "realize", "question", "doubt", "given",
    "hope", "fear", "fears", "worried", "afraid", "glad", "believe", "think", "say", "argue", "evidence",
    "notice", "noticed", "know", "learn", "see", "saw", "understood", "confidence", "way", "reason",
])  # fmt: skip
"""Words a clause can follow as their object without "that" ("to make sure Roe was", "no question
a stable Avelia is"): a name and a verb after them do not open a new sentence."""
# what a "that" opening a relative clause never follows (:func:`side_spans`): a verb of saying or one taking a
# clause ("said that", "clear that"), a function word ("so that", "after that", "is that")
_NO_RELATIVE_BEFORE = SAYING | _THAT_TAKERS | OPENERS | _NO_CLAUSE_END | _RESUMING

GLUED = 0.3
"""Score a candidate loses for an internal glue point (:func:`glue_point`): a sentence saying the
same without the caption before it is told instead."""


def glue_point(
    text: str,
    in_name: frozenset[int] = frozenset(),
    named: frozenset[str] = frozenset(),
    counts: CaseCounts | None = None,
) -> bool:
    """Whether a sentence carries a caption or headline glued before its own clause with no full stop,
    where :func:`run_together` did not find it ("The lab confirmed new infections in the city on
    5 May A nurse in the capital has tested positive", "The council has filed two complaints
    Mr Roe has denied all the charges").

    The glue point is a capitalised word right after a clause that has a verb of its own (from the
    last comma, colon or quotation: :func:`_clause_verb`), or after a short headline opening the
    sentence, and that starts a new clause:

    * a sentence opener ("The", "A", "In": :data:`GLUE_OPENERS`, no pronoun), or an ordinary word
      the story mostly writes in lower case before a lower-case word (``counts``: "Rescuers have"),
      after a lower-case word a clause does not go on from, a figure, or a month or weekday ("on 5
      May A nurse"), or "The", "A", "An" after a name, with a finite verb within twelve words ("The
      head of the World Weather Office, Jo Roe, has");
    * or a name after such a lower-case word, followed straight away (or after one adverb) by an
      auxiliary ("Mr Roe has denied"), no comma between.

    Not a glue point: a clause that opens with a subordinating word or holds one ("When the levee
    broke Rescuers ...", "the staff who have not visited Avelia have been"), a verb of saying or
    thinking in the last four words ("told reporters on Friday Roe was": a clause as its object),
    a determiner two or three words back ("the day Roe was taken ill", "the drug his doctor had
    given": a relative clause), a word after a -ed or -ing word ("a campaign called Operation
    Storm, which"), a pronoun ("the attitude I have"), a month ("on 27 September that") or a word
    inside a name."""
    return glue_index(text, in_name, named, counts) is not None


def glue_index(
    text: str,
    in_name: frozenset[int] = frozenset(),
    named: frozenset[str] = frozenset(),
    counts: CaseCounts | None = None,
) -> int | None:
    """The token index of the glue point :func:`glue_point` finds (None when none)."""
    toks = text.split()
    bare = [t.strip("'’\"“”(),;:.!?") for t in toks]
    for i in range(1, len(toks) - 2):
        tok, prev = toks[i], toks[i - 1]
        if not _CAP.fullmatch(tok) or tok in _PRONOUNS or tok in _CALENDAR or i in in_name:
            continue
        if tok == "A" and prev.lower() in named:
            continue
        w = tok.lower()
        common = (
            counts is not None
            and bool(_TITLE.fullmatch(tok))
            and w not in ROLES
            and w not in _NOW_WORDS
            and counts.lower[w] >= COMMON_MIN * max(1, counts.proper[w])
            and bool(_LOWER.fullmatch(toks[i + 1]))
            and toks[i + 1] != "of"
        )
        opener = tok in GLUE_OPENERS or common
        lower_end = (
            bool(_LOWER.fullmatch(prev))
            and len(prev) > 2
            and prev not in _GOES_ON
            and prev not in _QUANTITIES
            and not prev.endswith(("ed", "'s", "’s"))
            and (not prev.endswith("ing") or tok in _PREPOSITION_OPENERS)
        )
        allowed = (
            lower_end
            or (tok in GLUE_OPENERS and (bool(_NUMBER.fullmatch(prev)) or prev in _CALENDAR))
            or (tok in ("The", "A", "An") and bool(_NAME_WORD.fullmatch(prev)) and prev not in _CALENDAR)
        )
        if not allowed:
            continue
        marks = [k + 1 for k in range(i) if re.search(r"[,;:\u2013\u2014\"”)]$|^[-\u2013\u2014]$", toks[k])]
        marks += [k for k in range(i) if toks[k][:1] in '"“‘(']
        start = max(marks, default=0)
        clause = bare[start:i]
        first = [w.lower() for w in clause[:2]]
        if not clause or first[0] in _FRONTED or (first[0] in _JOINS and first[1:] and first[1] in _FRONTED):
            continue
        if any(w.lower() in _SUBORDINATE and not w.isupper() for w in clause) or any(w in _JOINS for w in clause[-3:]):
            continue
        if any(w in SAYING or w in _THAT_TAKERS for w in clause[-4:]):
            continue
        if not opener and any(w.lower() in _NOUN_DETERMINERS for w in clause[-4:-1]):
            continue  # "the day Roe was taken ill": a relative clause
        if start and tok not in GLUE_OPENERS:
            continue  # a name or an ordinary word glues only to a caption that opens the sentence
        headline = tok in GLUE_OPENERS and start == 0 and HEADLINE_MIN <= len(clause) <= HEADLINE_WORDS
        if not (headline or _clause_verb(clause)):
            continue
        j = i + 1
        while j < len(toks) and _CAP.fullmatch(toks[j - 1]) and _CAP.fullmatch(toks[j]):
            j += 1
        if any(t.lower() in FINITE for t in toks[i + 1 : j]):
            continue  # a title that has its own verb ("the film This Is It")
        if opener:
            if j > i + 1 and bare[j - 1] == toks[j - 1] and (j >= len(toks) or bare[j] not in _PREPOSITIONS):
                # a title goes on with a noun ("the band The Roes played"), a subject with its verb
                if any(w in FINITE for w in bare[j : j + 2]):
                    return i
                continue
            for t, w in zip(toks[i + 1 : i + 13], bare[i + 1 : i + 13], strict=False):
                if w in FINITE or (headline and _finite(w)):
                    return i  # after a headline, a caption's present too ("A trader pauses")
                if t[-1:] in ".;:!?" or w in SAYING or w in _SUBORDINATE or (_LOWER.fullmatch(w) and w.endswith("ed")):
                    break  # a full stop, a verb that is no auxiliary ("the man the board hired"), or a
                    # subordinate clause's verb ("the journal Democracy that the board had")
            continue
        if (
            _CAP.fullmatch(toks[j - 1])
            and clause[-1] not in _PREPOSITIONS
            and not any(w.lower() in _NOUN_DETERMINERS for w in clause[-5:-1])
            and not any(_LOWER.fullmatch(w) and w.endswith("ing") for w in clause[-3:])
            and _noun_subject(toks, j)
        ):
            # no determiner just before: "the tax to recoup money Avel taxpayers are expected to lose" is one
            # sentence, the name opening a relative clause on a noun phrase; no participle just before, whose
            # phrase may take the clause as its object ("bearing in mind Avel's farmers were")
            return i  # a name before its people and their verb ("... in place Avel aid workers have")
        if not _CAP.fullmatch(toks[j - 1]) or any(w in _PREPOSITIONS for w in clause[-3:]):
            continue  # the name ends on a comma, or is the object of a preposition ("a bid to free Roe")
        if j - i < 2:
            continue  # a one-word name is most often a clause's object ("the way Avelia is"), a new sentence gives the full name
        if j < len(toks) and (bare[j] in _ADVERBS or bare[j].endswith("ly")):
            j += 1
        if j < len(toks) and toks[j] in _AUXILIARY:
            return i
    return None


def _noun_subject(toks: list[str], j: int) -> bool:
    """One or two lower-case words at token ``j``, the last a plural, then an auxiliary: the rest of a
    subject a name opens and its verb ("Avel aid workers have", "UN officials are").  After a clause
    with its verb and no preposition straight before the name, the name most often starts a new
    sentence: a clause seldom takes a name-led subject and its verb as its object without "that"."""
    for n in (1, 2):
        words = toks[j : j + n]
        if len(words) < n or j + n >= len(toks) or toks[j + n] not in _AUXILIARY:
            continue
        if not all(_LOWER.fullmatch(w) and w not in _GOES_ON | _JOINS | _SUBORDINATE for w in words):
            return False
        last = words[-1]
        if last in _PLURALS or (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))):
            return True
    return False


def _clause_verb(words: list[str]) -> bool:
    """Whether a clause has a verb: an auxiliary or irregular past, a verb of saying, or a lower-case
    word of five letters or more in -ed."""
    return any(w in FINITE or w in SAYING or (_LOWER.fullmatch(w) and w.endswith("ed") and len(w) > 4) for w in words)


def verbless(text: str) -> bool:
    """Whether a sentence is a line of a table or list rather than a clause: it opens with a figure
    and has no verb a sentence could stand on ("12,400 cases and 31 deaths at 9 May.", "4,100 homes
    in three states.").  A verb is an auxiliary or irregular past, a verb of saying, a contraction,
    a lower-case word of five letters or more in -ed, a word in -s that does not follow a figure or a
    determiner ("the toll rises"; not "31 deaths"), or the word after a plural ("300 people remain in
    hospital")."""
    toks = [t.strip("'’\"“”(),;:.!") for t in text.split()]
    if not toks or not _NUMBER.fullmatch(toks[0]):
        return False
    for k, w in enumerate(toks):
        if w in FINITE or w in SAYING or re.search(r"n['’]t$|['’](?:m|re|ve|ll|d)$", w):
            return False
        if not _LOWER.fullmatch(w):
            continue
        if w.endswith("ed") and len(w) > 4:
            return False
        before = toks[k - 1] if k else ""
        if _finite(w) and not (
            _NUMBER.fullmatch(before) or before.lower() in _NOUN_DETERMINERS | _COUNTS or before in ("and", "of")
        ):
            return False
        if (before.endswith("s") or before in _PLURALS) and w not in NO_HEADLINE_END and w not in OPENERS:
            return False
    return True


# a time of day written as the wires write it: four figures and a time zone or the hour's words ("at 1653 (2153
# GMT)", "1425 local time")
_CLOCK = re.compile(
    r"\b((?:[01]\d|2[0-3])[0-5]\d)\b(?=\s*(?:\(\s*\d{4}\s*GMT|GMT|BST|UTC|local time|hours|hrs|[ap]\.?m\.?\b))", re.I
)


def clock_times(text: str) -> set[str]:
    """The times of day a sentence writes in four figures (:data:`_CLOCK`): a time, not a count, so no
    figure that tells two developments apart ("The quake struck at 1653 (2153 GMT)" and "A 7.0 quake hit
    Haiti on Tuesday" tell one quake)."""
    return {m.group(1) for m in _CLOCK.finditer(text)}


@dataclass
class _Cand:
    source: str
    sentence: int
    text: str
    words: int
    score: float = 0.0
    developments: frozenset[str] = frozenset()  # what its main clause reports (developments())
    actors: frozenset[str] = frozenset()  # the entities its main clause names, or the story's main actor
    dates: tuple[str, ...] = ()  # its main clause's dates, or else the sentence's
    glued: bool = False  # a caption or headline glued before its clause (glue_point())
    vague: bool = False  # it names nothing and gives no date (anchored()): never told, still weighed
    annotated: bool = False  # its article has names or dates annotated (anchors())
    stale: bool = False  # a plan or forecast for a time the coverage passed (stale_plan()): never told


ACTOR_LABELS = ("PERSON", "ORG")

BACKGROUND_WEIGHT = 0.4
"""Event weight of a background event (dated before the story's first article), however many
sources repeat it: a line every article carries for context is not what the story reports."""
RECENT_WEIGHT = 1.2
"""Extra event weight for where the story stands: an event seen (not forecast) by two or more
sources and dated in the latest stretch of the coverage (:func:`latest_stretch`).  A brief read
today must say the verdict and the sentence, not only the death that started the story."""
RECENT_SHARE = 0.1
RECENT_MIN_DAYS = 3


def latest_stretch(docs: Sequence[AnnotatedArticle]) -> tuple[str, str] | None:
    """The first and last day (ISO) of the coverage's latest stretch: its last tenth, and at least
    its last three days, ending on the latest publication day.  None when fewer than two articles
    are dated to the day."""
    days = sorted(v for d in docs if not d.article.duplicate_of and (v := d.article.published.value) and len(v) == 10)
    if len(days) < 2:
        return None
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = max(timedelta(days=RECENT_MIN_DAYS), (last - first) * RECENT_SHARE)
    return (last - span).isoformat(), last.isoformat()


def _within(value: str | None, stretch: tuple[str, str]) -> tuple[str, float] | None:
    """When the period ``value`` names lies inside ``stretch`` (and so no later than the last
    article): its first day, and how late in the stretch it starts (0 at the stretch's start, 1 on
    its last day)."""
    if not value:
        return None
    lo, hi = date_bounds(value)
    if not (stretch[0] <= lo and hi <= stretch[1]):
        return None
    a, b = date.fromisoformat(stretch[0]), date.fromisoformat(stretch[1])
    return lo, (date.fromisoformat(lo) - a) / (b - a)


def main_actor(docs: Sequence[AnnotatedArticle]) -> str | None:
    """The entity the story's original articles name most often (a person or an organisation): who
    "the singer", "the company" of a sentence that names nobody most likely is."""
    counts = Counter(
        m.entity for d in docs if not d.article.duplicate_of for m in d.mentions if m.entity and m.label in ACTOR_LABELS
    )
    return min(counts, key=lambda e: (-counts[e], e)) if counts else None


def _told(
    doc: AnnotatedArticle, s: Sentence, text: str, main: str | None
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(developments, actors, dates) of a candidate sentence's main clause (:func:`developments`).
    Actors are the people and organisations the main clause names; a clause naming none ("The
    singer died at his home") is taken to be about the story's main actor.  Dates are the main
    clause's, or when it has none the whole sentence's: a background date then still keeps the
    sentence apart from developments of other dates."""
    spans = side_spans(text)
    found = developments(text, spans)
    if not found:
        return frozenset(), frozenset(), ()
    off = s.start + max(0, s.text.find(text))
    actors = {
        m.entity
        for m in doc.mentions
        if m.sentence == s.index and m.entity and m.label in ACTOR_LABELS and not _inside(m.start - off, spans)
    }
    if not actors and main:
        actors = {main}
    main_dates, all_dates = [], []
    for t in doc.times:
        if t.sentence != s.index or t.type not in ("DATE", "TIME") or not t.value or not t.value[:1].isdigit():
            continue
        v = t.value.split("T")[0]
        all_dates.append(v)
        if not _inside(t.start - off, spans):
            main_dates.append(v)
    return frozenset(found), frozenset(actors), tuple(main_dates or all_dates)


def tellable(text: str) -> bool:
    """Whether a sentence may be told at all: six to sixty words, a statement that ends with a full
    stop and opens with a capital or a figure, complete (:func:`storyline.story.events.complete`),
    and none of a question, a piece of a sentence ("), one of the organisers.", ": Obama speaks"), a
    line of a table (:func:`verbless`), a post quoted from a social network, a line about the page
    (:func:`about_the_page`), a subject that points back (:func:`storyline.story.events.points_back`), a call
    to the reader (:func:`storyline.story.events.call_to_action`: "Explore all of our graphics"), a photo's
    caption (:func:`storyline.story.events.caption`: "Dead fish lie in oil from the spill.") or a list of
    headlines run together (:func:`bulleted`)."""
    words = len(text.split())
    return not (
        words < 6
        or words > 60
        or text.endswith("?")
        or not re.search(r"[.!]['\"”’]?$", text)
        or not _OPENING.match(text)
        or not complete(text)
        or SOCIAL_POST.search(text)
        or about_the_page(text)
        or verbless(text)
        or points_back(text)
        or call_to_action(text)
        or caption(text)
        or bulleted(text)
        or quote_tail(text)
    )


def anchors(doc: AnnotatedArticle) -> dict[int, list[int]]:
    """Sentence index -> where the sentence names something of the story or says when: its
    named-entity mentions and toponyms, and its time expressions placed on the calendar ("on Monday",
    "in June"; not "now")."""
    out: dict[int, list[int]] = {}
    for m in doc.mentions:
        out.setdefault(m.sentence, []).append(m.start)
    for p in doc.toponyms:
        out.setdefault(p.sentence, []).append(p.start)
    for t in doc.times:
        if t.type in ("DATE", "TIME") and t.value is not None and t.value[:1].isdigit():
            out.setdefault(t.sentence, []).append(t.start)
    return out


def anchored(starts: Sequence[int], s: Sentence, text: str) -> bool:
    """Whether a sentence's ``text`` (s.text or a part of it) holds one of its anchors (``starts``,
    from :func:`anchors`): a name or a date.  A sentence with none ("Global markets began to melt
    down.", "Latest estimates suggest more than half of the oil is now being captured.") leans on its
    article for who, where and when: read in a summary it says something vague at no time in particular.
    :func:`summarise` makes the test only in an article that has anchors at all (one never annotated has none),
    and never tells such a sentence but keeps it among the candidates the story's centroid and word
    weights are computed over, so leaving it out changes no other sentence's score.

    On the 12 Timeline17 briefs it took out "Global markets began to melt down.", "Swine flu is
    officially a pandemic." and "Latest estimates suggest more than half of the leaking oil is now
    being captured."."""
    off = s.start + max(0, s.text.find(text))
    return any(off <= a < off + len(text) for a in starts)


def quote_tail(text: str) -> bool:
    """Whether a sentence is the end of a quotation opened in an earlier sentence: it closes a
    quotation it never opened ("If not, the river will take the town.'"), so who is speaking is
    in another sentence."""
    m = re.search(r"[.!?,]([\"”'’])$", text)
    if not m:
        return False
    if m.group(1) in '"”':
        return text.count("“") < text.count("”") or (text.count('"') % 2 == 1 and "“" not in text)
    return re.search(r"(?:^|[\s(\[—–-])[‘']", text) is None


GLUED_PIECES = 3  # captions or headlines cut off before one sentence, at most


def told_part(
    doc: AnnotatedArticle, s: Sentence, text: str, counts: CaseCounts, named: frozenset[str] = frozenset()
) -> tuple[str, bool] | None:
    """What a summary may tell of a sentence's ``text`` (s.text or a part of it), and whether a
    glue point (:func:`glue_point`) is left in it; None when nothing.  A sentence that is a caption
    or headline glued before another with no full stop (:func:`run_together_at`,
    :func:`glue_index`) is told from where the last one starts, when that part is fit to tell
    (:func:`tellable`): "Roe denies any wrongdoing On 8 May, Roe appeared in court" is told as "On
    8 May, Roe appeared in court".  The part is verbatim, so its citation stays exact.  When it is
    not fit to tell, a sentence :func:`run_together` finds is dropped and one with only a glue
    point is kept, marked."""
    if not tellable(text):
        return None
    for _ in range(GLUED_PIECES):
        in_name = _in_names(doc, s, text)
        at = run_together_at(text, counts, in_name, named)
        hard = at is not None
        if at is None and (k := glue_index(text, in_name, named, counts)) is not None:
            at = _offsets(text)[k]
        if at is None:
            return text, False
        part = text[at:]
        if not tellable(part):
            return None if hard else (text, True)
        text = part
    return None


def summarise(
    docs: Sequence[AnnotatedArticle],
    events: Sequence[Event],
    max_sentences: int = 6,
    max_words: int = 150,
    off_story: Mapping[str, frozenset[int]] | None = None,
) -> list[dict[str, object]]:
    """``off_story``: Article.id -> indexes of the sentences that are not about the story (from an
    article that mentions it in passing); they are never told."""
    cands: list[_Cand] = []
    main = main_actor(docs)
    originals = [doc for doc in docs if not doc.article.duplicate_of]
    counts = CaseCounts.of(s.text for doc in originals for s in doc.sentences)
    named = designations([s.text for doc in originals for s in doc.sentences])
    last_day = max((p for doc in originals if (p := doc.article.published.value) and len(p) == 10), default=None)
    for doc in originals:
        skip = (off_story or {}).get(doc.article.id, frozenset())
        anchored_at = anchors(doc)
        for s in doc.sentences:
            if s.index in skip:
                continue
            told = told_part(doc, s, s.text[live_stamp_end(s, doc.times) :].strip(), counts, named)
            if told is None:
                continue
            text, glued = told
            cand = _Cand(doc.article.id, s.index, text, len(text.split()), 0.0, *_told(doc, s, text, main))
            cand.glued = glued
            cand.vague = bool(anchored_at) and not anchored(anchored_at.get(s.index, ()), s, text)
            cand.annotated = bool(anchored_at)
            cand.stale = stale_plan(doc, s.index, text, last_day)
            cands.append(cand)
    if not cands:
        return []
    tfidf = Tfidf([c.text for c in cands])
    vecs = tfidf.vectors
    center = centroid(vecs)
    # a sentence that states a timeline event is worth more the more sources report that event, but
    # only once: after one sentence of an event is in the summary, the event's other sentences
    # (often the same background line in every article) get no bonus for it
    support: dict[tuple[str, int], list[tuple[float, int]]] = {}
    # (source, sentence, event) where the sentence tells the event only beside its main clause (told_in_main):
    # it earns SIDE_TOLD of the event's weight and leaves the event to a sentence that reports it
    aside: set[tuple[str, int, int]] = set()
    recent = latest_stretch(docs)
    published = {doc.article.id: doc.article.published.value or "" for doc in docs}
    lately: dict[int, tuple[str, float]] = {}  # event -> (its first day, how late in the stretch, 0-1)
    first_day = min((p for d in originals if (p := d.article.published.value)), default=None)
    before = (date.fromisoformat(first_day[:10]) - timedelta(days=BACKGROUND_DAYS)).isoformat() if first_day else None
    for k, e in enumerate(events):
        passed = bool(recent and e.date.value and date_bounds(e.date.value)[1] <= recent[1])
        # a day (not a year or a season: those events.py judges) well before the coverage began
        old = bool(
            before
            and e.date.value
            and len(e.date.value) >= 10
            and not e.expected
            and date_bounds(e.date.value)[1] < before
        )
        if e.background or old or (e.expected and passed):
            # context every article repeats ("the last pandemic, in 1968, killed ..."), what happened
            # well before the coverage began ("The offensive on the other city began three weeks
            # earlier"), or a plan for a day the coverage has passed that no source reports as done:
            # not where the story stands
            w = BACKGROUND_WEIGHT
        else:
            # an event others of its day joined ranks by its entry's own sources, not the joined total
            n = e.entry_sources or e.independent_sources
            w = 1.0 + 0.5 * (n - 1) + (0.3 if e.date_basis == "text" else 0.0)
            if recent and n >= 2 and not e.expected and (at := _within(e.date.value, recent)):
                lately[k] = at
        for cit in e.citations:
            support.setdefault((cit.source, cit.sentence), []).append((w, k))
            if not told_in_main(e.text, cit.text, tfidf.idf):
                aside.add((cit.source, cit.sentence, k))
    for c, v in zip(cands, vecs, strict=True):
        score = cosine(v, center)
        score += 0.15 if c.sentence == 0 else 0.08 if c.sentence < 3 else 0.0
        if _DANGLING.match(c.text):
            score -= 0.3
        if _QUOTE_ONLY.match(c.text):
            score -= 0.2
        if c.words > 45:
            score -= 0.1
        if c.glued:
            score -= GLUED
        c.score = score
    stems = [content_stems(c.text) for c in cands]
    pair_df: Counter[tuple[str, str]] = Counter()
    for st in stems:
        pair_df.update(set(pairwise(st)))
    limit = max(COMMON_PAIR_MIN, COMMON_PAIR_SHARE * len(cands))
    common = frozenset(p for p, n in pair_df.items() if n > limit)
    covered: set[int] = set()  # events a chosen sentence states
    chosen: list[int] = []
    said: set[str] = set()  # the words of the chosen sentences

    figures = [figures_in(c.text) for c in cands]
    counts_of = [f - clock_times(c.text) for f, c in zip(figures, cands, strict=True)]  # what a development counts

    def dates(i: int) -> list[str]:
        return [v for _, k in support.get((cands[i].source, cands[i].sentence), ()) if (v := events[k].date.value)]

    def restates(i: int, j: int) -> bool:
        """A sentence tells a chosen one's event again: too similar in words, a near-paraphrase, or
        an event of a compatible date told again as the timeline judges its entries
        (:func:`storyline.story.events.told_again`: "Oil leaked from 20 April when the rig explosion
        killed 11" / "Oil has been spewing since the rig exploded on 20 April")."""
        c = cosine(vecs[i], vecs[j])
        if c >= REDUNDANT or near_paraphrase(stems[i], stems[j], tfidf.idf, common):
            return True
        return told_again(c, figures[i], figures[j]) and any(compatible(a, b) for a in dates(i) for b in dates(j))

    def same_development(i: int, j: int, kind: str) -> bool:
        a, b = cands[i], cands[j]
        return (
            kind in b.developments
            and bool(a.actors & b.actors)
            and (not a.dates or not b.dates or any(compatible(x, y) for x in a.dates for y in b.dates))
            and not (counts_of[i] and counts_of[j] and not counts_of[i] & counts_of[j])
        )

    def retold(i: int) -> bool:
        """Every development the sentence's main clause reports is one a chosen sentence's main
        clause reported: the same family, a shared actor, compatible dates (or one undated) and no
        conflicting figures.  "The star died at home on 25 June" after "Jackson died in June aged
        50" is the death again; "Dr Lee is on trial following Jackson's death" reports the trial."""
        kinds = cands[i].developments
        return bool(kinds) and all(any(same_development(i, j, k) for j in chosen) for k in kinds)

    def newsless(i: int) -> bool:
        """The sentence carries no news of the story: it states no event (no act of the event taxonomy, no
        date: :func:`storyline.story.events.build_events`) and writes no figure.  "Dodd was practically born
        into politics" is colour about a person; a summary sentence tells what happened, when, or how many.
        Judged only in an annotated article of a story with events (text never annotated has none), as
        :func:`anchored` is."""
        return (
            bool(events)
            and cands[i].annotated
            and not support.get((cands[i].source, cands[i].sentence))
            and not figures[i]
            and not cands[i].dates
        )

    def weight(i: int, w: float, k: int) -> float:
        # a recent event counts extra for a sentence written after it happened, not for "he will be
        # sentenced on 29 November" written before
        at = lately.get(k)
        if at is not None and published[cands[i].source] >= at[0]:
            w += RECENT_WEIGHT * (0.5 + 0.5 * at[1])
        return w * SIDE_TOLD if (cands[i].source, cands[i].sentence, k) in aside else w

    def gain(i: int) -> float:
        ws = support.get((cands[i].source, cands[i].sentence), ())
        full = cands[i].score + SUPPORT_WEIGHT * max((weight(i, w, k) for w, k in ws if k not in covered), default=0.0)
        # the share of the sentence's TF-IDF weight (squared: it sums to 1) in words already said
        share = sum(x * x for w, x in vecs[i].items() if w in said)
        return full - THEME * max(full, 0.0) * share

    # lazy greedy: a gain only falls as events get covered and words said, so a candidate whose
    # fresh gain still beats the next one's older gain is the best
    heap = [(-gain(i), cands[i].source, cands[i].sentence, i) for i in range(len(cands))]
    heapq.heapify(heap)
    words = 0
    while heap and len(chosen) < max_sentences:
        neg, src, sent, i = heapq.heappop(heap)
        fresh = gain(i)
        if heap and fresh < -neg and -fresh > heap[0][0]:
            heapq.heappush(heap, (-fresh, src, sent, i))
            continue
        if cands[i].vague or cands[i].stale or newsless(i) or retold(i) or any(restates(i, j) for j in chosen):
            continue
        if chosen and words + cands[i].words > max_words:
            continue
        chosen.append(i)
        covered.update(
            k for _, k in support.get((cands[i].source, cands[i].sentence), ()) if (src, sent, k) not in aside
        )
        said.update(vecs[i])
        words += cands[i].words
    pool: list[tuple[str, int, str, dict[str, float], list[str]]] = [
        (doc.article.id, s.index, s.text, tfidf.vector(s.text), content_stems(s.text))
        for doc in docs
        for s in doc.sentences
    ]
    by_id = {doc.article.id: doc for doc in docs}
    cited: dict[int, list[Citation]] = {}
    for i in chosen:
        c = cands[i]
        cites = [Citation(source=c.source, sentence=c.sentence, text=c.text)]
        claim_days = days_written(by_id[c.source], c.sentence, c.text)
        for source, index, text, vec, st in pool:
            if (
                source != c.source
                and (cosine(vecs[i], vec) >= SUPPORT or near_paraphrase(stems[i], st, tfidf.idf, common))
                and supports(c.text, text)
                and modality_agrees(c.text, text)
                and coverage(stems[i], st) >= COVERED
                and not other_days(claim_days, days := days_written(by_id[source], index, text))
                and not month_only(claim_days, days, months_written(by_id[source], index, text))
            ):  # a source saying the same in fewer (or more) words supports it too
                cites.append(Citation(source=source, sentence=index, text=text))
        cited[i] = cites
    leads = [
        Lead(
            key=i,
            text=cands[i].text,
            sources=len({x.source for x in cited[i]}),
            centrality=cosine(vecs[i], center),
            day=reported_day(by_id[cands[i].source], cands[i].sentence),
        )
        for i in chosen
    ]
    first = lead(leads, first_day[:10] if first_day else None)
    rest = [i for i in chosen if i != first]
    ordered = story_order([(by_id[cands[i].source], cands[i].sentence) for i in rest], rest)
    out: list[dict[str, object]] = []
    for i in ([first] if first is not None else []) + ordered:
        c = cands[i]
        out.append(
            {
                "text": c.text,
                "citations": [x.to_dict() for x in cited[i]],
                "dates": when(by_id[c.source], c.sentence, c.text),
            }
        )
    return out


def _times_within(doc: AnnotatedArticle, sentence: int, text: str) -> list[TimeExpression]:
    """The time expressions of sentence ``sentence`` of ``doc`` that stand in ``text`` (its text or a part of it)."""
    s = next((x for x in doc.sentences if x.index == sentence), None)
    if s is None:
        return []
    off = s.start + max(0, s.text.find(text))
    return [t for t in doc.times if t.sentence == sentence and t.value and off <= t.start < off + len(text)]


def days_written(doc: AnnotatedArticle, sentence: int, text: str) -> frozenset[str]:
    """The days (ISO) that the time expressions of ``text`` (the sentence's text or a part of it) write out
    with their day's number ("22 April", "Sept. 9"): a relative one ("on Thursday", "yesterday") is read from
    its article's date, and two copies of one report published on other days resolve it differently."""
    return frozenset(
        v[:10]
        for t in _times_within(doc, sentence, text)
        if (v := t.value)
        and t.type in ("DATE", "TIME")
        and re.match(r"\d{4}-\d{2}-\d{2}", v)
        and re.search(r"\d", t.text)
    )


def other_days(claim: frozenset[str], cited: frozenset[str]) -> bool:
    """Whether a sentence dates what it says to other days than the claim it would be cited for: both write
    days and none is the same.  "Oil has gushed since 22 April, when the rig exploded" does not support "On 20
    April the rig exploded", however many words they share (dates are no figures to :func:`supports`)."""
    return bool(claim) and bool(cited) and not claim & cited


def months_written(doc: AnnotatedArticle, sentence: int, text: str) -> frozenset[str]:
    """The months (ISO "YYYY-MM") that the time expressions of ``text`` name without a day ("in April", "last
    month", "April 2010")."""
    return frozenset(
        t.value
        for t in _times_within(doc, sentence, text)
        if t.type == "DATE" and t.value and re.fullmatch(r"\d{4}-\d{2}", t.value)
    )


def month_only(claim: frozenset[str], cited_days: frozenset[str], cited_months: frozenset[str]) -> bool:
    """Whether a sentence dates what it says only to the month of the day the claim writes: "The rig exploded
    in April" supports "On 20 April the rig exploded" in part, and a reader who follows the citation to check
    the day does not find it there.  A sentence that writes no date at all is left to the other tests."""
    return bool(claim) and not cited_days and any(d[:7] in cited_months for d in claim)


@dataclass(frozen=True)
class Lead:
    """What :func:`lead` weighs of a chosen summary sentence."""

    key: int
    text: str
    sources: int  # the articles that state it (its citations' sources, itself included)
    centrality: float  # TF-IDF cosine to the story's centroid
    day: str | None  # the date it reports, a TimeML value of any precision (:func:`reported_day`)


LEAD_SOURCE = 0.05
"""Lead score per further article that states a sentence (up to ``LEAD_SOURCES_MAX``), added to its
centrality: a fact many sources state is what the story is, one source's aside is not."""
LEAD_SOURCES_MAX = 6
BACKGROUND_DAYS = 7
"""A sentence reporting a day more than this many days before the story's first article tells
background ("The offensive in Mosul began on 17 October" in a brief about Raqqa): it never leads,
and an event dated to such a day weighs as background (``BACKGROUND_WEIGHT``) in the choice."""


def lead(leads: Sequence[Lead], story_start: str | None) -> int | None:
    """The key of the sentence that opens the summary: the one that best says what the story is, by
    its centrality plus ``LEAD_SOURCE`` per further article stating it.  A newsroom lead says
    what the story is before it tells how it unfolded; told in story order from the start, a brief
    opens on its earliest line, often background.  A sentence may not lead when it reports a date
    (of any precision) that begins well before the coverage began (``BACKGROUND_DAYS``) or opens with
    a dangling pronoun or connective ("Its shares fell"); when none may, None (the summary is told
    in story order from its first line)."""
    start = date.fromisoformat(story_start) if story_start and len(story_start) == 10 else None
    best: tuple[float, int] | None = None
    for x in leads:
        if _DANGLING.match(x.text):
            continue
        if start and x.day and date_bounds(x.day)[0] < (start - timedelta(days=BACKGROUND_DAYS)).isoformat():
            continue
        score = x.centrality + LEAD_SOURCE * min(x.sources - 1, LEAD_SOURCES_MAX)
        if best is None or score > best[0]:
            best = (score, x.key)
    return best[1] if best else None


def reported_day(doc: AnnotatedArticle, sentence: int) -> str | None:
    """The date (a TimeML value, at the precision the text gives it: "2021-03-02", "2021-03",
    "2021-SU", "2021") a summary sentence takes its place in the story from.

    It is the date of what the sentence reports, as the timeline reads it
    (:func:`storyline.story.events.sentence_date`: not a "since" date, not a past thing's year),
    leaving out every time expression that does not date the sentence's news
    (:func:`undating_spans`): one in a background clause ("which relates to the death in June
    2009"), in a phrase placing it before or after another event ("after the explosion on 20
    April": when the sentence's own news happened is not said), or the target of a forecast or plan
    ("predicted that a pandemic is likely to strike in the autumn": the news is the prediction).  A
    date that starts after the article's publication, or that has not ended by it in a sentence that
    forecasts ("By late June, the company hopes to ..."), is a plan's: the sentence is news of the
    day it was said.  Otherwise, and when no expression dates it, the article's publication date;
    None when neither is known.  A year stays a year and a season a season: no day is made up."""
    published = doc.article.published.value
    pub = date_bounds(published)[0] if published else None
    s = next((x for x in doc.sentences if x.index == sentence), None)
    if s is None:
        return published
    spans = undating_spans(s.text)
    own = [t for t in doc.times if t.sentence != s.index or not _inside(t.start - s.start, spans)]
    found = sentence_date(doc.model_copy(update={"times": own}), s)
    value = found[0].value if found else None
    if value and pub:
        first, last = date_bounds(value)
        if first > pub or (last >= pub and _FORECAST.search(s.text)):
            value = None  # a plan or forecast is news of the day it was said
    return value or published


# what opens a part of a sentence whose dates are not those of the sentence's news: a relative,
# causal, concessive or conditional clause, a phrase placing it before or after another event, a
# forecast or plan.  Each runs to the next clause mark.  A "when" or "while" clause dates the news
# ("Eleven died when the rig exploded on 20 April")
_UNDATING = re.compile(
    r"\b(?:which|who|whose|because|although|though|whereas|if|unless|until|till|led to|leading to|"
    r"before|after|following|since|prior to|ahead of|in advance of|in the wake of|in the run-up to)\b",
    re.I,
)
_FORECAST = re.compile(
    r"\b(?:will|shall|would|going to|(?:may|might|could|should)(?!\s+(?:not\s+|also\s+)?have\b)|"
    r"(?:un)?likely to|expected to|expects?|set to|scheduled to|due to (?:be|start|begin|open|take|stand|appear|"
    r"face|hold|meet|end|resume|return|vote|rule|arrive)|plan(?:s|ned)? to|intends? to|aims? to|hopes?|"
    r"predict(?:s|ed)?|forecasts?|projected to|anticipates?|to be (?:held|published|released))\b|['’]ll\b"
)  # lower case: "May 19" is no modal


def undating_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` whose time expressions do not date the sentence's news
    (:data:`_UNDATING` and forecast openers, each to the next clause mark): "Dr Roe denies the
    charge, which relates to the death in June 2009"; "The hearing began after the rig exploded
    on 20 April"; "An expert predicted that the virus is likely to return in the autumn"."""
    out = []
    for opener in (_UNDATING, _FORECAST):
        for m in opener.finditer(text):
            mark = _CLAUSE_MARK.search(text, m.end())
            out.append((m.start(), mark.start() if mark else len(text)))
    return out


# present only: "was due to pay on Monday, but the payment was cancelled" tells what came of a plan
_BE_NOW = frozenset(["is", "are"])


def forecast_clause(text: str) -> bool:
    """Whether a sentence's main clause tells a plan or a forecast rather than what happened: its verb, the
    first finite word outside its side parts (:func:`_parts`), is a cue of :data:`_FORECAST` ("will",
    "hopes", "plans to"), or "is" or "are" before one ("is expected to", "are set to") or before "due"
    ("Bids are due by Friday").  "The president will address the nation on Tuesday night" and "By late
    June, the company hopes to capture most of the oil" do; "The bank announced on Friday that it will
    change its rules" reports the announcement."""
    main = _parts(text)[0]
    words = list(_WORD.finditer(main))
    for k, m in enumerate(words):
        w = m.group()
        if _FORECAST.match(main, m.start()):
            return True
        after = words[k + 1] if k + 1 < len(words) else None
        if w in _BE_NOW and after is not None and (_FORECAST.match(main, after.start()) or after.group() == "due"):
            return True  # "is expected to", a deadline or an appointment ("He is due in court on Monday")
        if w in FINITE or w in SAYING or w in _THAT_TAKERS or _past(w):
            return False  # the clause's verb tells what was done or said
    return False


def stale_plan(doc: AnnotatedArticle, sentence: int, text: str, last_day: str | None) -> bool:
    """Whether ``text`` (sentence ``sentence`` of ``doc``, or a part of it) tells in its main clause a plan or
    a forecast (:func:`forecast_clause`) for a time that the coverage had passed by its last day
    ``last_day`` (ISO): every date it writes has ended before that day, the latest after the day the article
    was published (what it looks ahead to; "is expected to unveil the plan today" in a morning paper tells
    that day's news).  "The president will address the nation on Tuesday night" in coverage that went on
    for months: later articles tell what came of it, and a brief read at the end tells that, not the plan.
    A forecast with no date is not judged; nor is a clause in the present that dates its news ahead ("The
    concert takes place on 8 October"), which a chronology's line ("10 July: The cap is removed") on a page
    dated before its last entry writes too."""
    published = doc.article.published.value
    if not last_day or not published or not forecast_clause(text):
        return False
    ends = [
        date_bounds(v.split("T")[0])[1]
        for t in _times_within(doc, sentence, text)
        if t.type in ("DATE", "TIME") and (v := t.value) and v[:1].isdigit()
    ]
    return bool(ends) and published[:10] < max(ends) < last_day


def story_order(sentences: Sequence[tuple[AnnotatedArticle, int]], keys: Sequence[int]) -> list[int]:
    """``keys`` (one per summary sentence, in order of choice) in the order of the story: by the
    date each sentence reports (:func:`reported_day`), then its article's publication date, then
    order of choice; a sentence with no known date goes last.  A date of a coarser precision than
    a day takes its period's place: after the days before it starts, before the days inside it (a
    month opens what happened in it), so no day is made up for "in June" or "a year ago".  A brief
    chosen by importance and read in that order jumps back and forth in time; told in order, the
    latest development ends it."""
    when = [reported_day(doc, index) for doc, index in sentences]
    order = sorted(range(len(keys)), key=lambda k: (sentences[k][0].article.published.value or "9999", k))
    order.sort(key=lambda k: date_bounds(v)[1] if (v := when[k]) else "", reverse=True)  # wider first
    order.sort(key=lambda k: date_bounds(v)[0] if (v := when[k]) else "9999")
    return [keys[k] for k in order]


def when(doc: AnnotatedArticle, sentence: int, text: str) -> list[dict[str, object]]:
    """The relative time expressions of a sentence ("Sunday", "last month", "yesterday") with the
    dates they resolve to from the article's publication date, so a summary sentence, read away from
    its article, still says when: ``{"text": "Sunday", "value": "2016-11-06", "precision": "day",
    "mod": None}``; an expression that could not be resolved has ``value`` None and a ``reason``.
    A calendar date written without its year ("17 October", "in March") gets its year from the
    article's date; it is flagged ``year_inferred`` so the reader sees that the year is not written.
    A relative date the annotator could not place at all ("late March", "Sunday" in an article with no
    date: anchor ``none``) is listed too, unresolved, so the reader knows the source did say when."""
    out: list[dict[str, object]] = []
    for t in doc.times:
        unplaced = t.anchor == "none" and t.value is None and t.type == "DATE"
        if t.sentence != sentence or t.type not in ("DATE", "TIME") or t.text not in text:
            continue
        if t.anchor != "publication" and not unplaced:
            continue
        if t.value is not None and not t.value[:1].isdigit():
            continue  # "now", "recently" (PRESENT_REF, PAST_REF): no date to show
        d: dict[str, object] = {"text": t.text, "value": t.value, "precision": t.precision, "mod": t.mod}
        if t.value is None:
            d["reason"] = t.reason or "the article's date is not known"
        elif _MONTH_RE.search(t.text.title()) and not _WRITTEN_YEAR.search(t.text):  # "JUNE 5" too
            d["year_inferred"] = True
        out.append(d)
    return out
