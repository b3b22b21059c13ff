"""Citation precision on hand-labelled Timeline17 pairs: does each citation support what it is cited for?

The brief cites, for every summary sentence and timeline entry, the sentence itself and the other
source sentences found to say the same.  ``tests/data/citation_labels.tsv`` holds (claim,
citation) pairs from the briefs of three Timeline17 collections (H1N1 Guardian, BP oil BBC, Haiti
BBC), labelled by hand.  On 2026-11-22, 202: 160 drawn at random from all the citations the briefs gave
with ``SUPPORT`` = 0.35 (summary and timeline), and the 42 further summary citations given at 0.5.
On 2026-11-23 every further timeline pair of the three briefs was labelled, before and after
events cited only the sentences that support their entry (``story/events.py``), with the summary
pairs the new events made it give (541 in all).  On 2026-11-24 the 29 pairs cited once an event
cites only sentences that write 70 % of its entry's content words (and the summary's new picks).
S = the citation states the claim or its main part, P = it supports only a secondary part (a
background clause), N = it does not support it.  Pairs are keyed by a hash of the two texts (no
source text is stored here); a pair whose text changes (a cleaning change) is no longer labelled,
which the "labelled" column shows.

Run:  .venv/bin/python scripts/citation_precision.py [../shared/data/t17] [--show]

Prints, for summary and timeline citations: how many cited pairs the labels cover, and precision
(S share; lenient: S or P) over those; and how many timeline entries have two or more independent
sources (what merging is for: a stricter merge that loses corroboration shows here).  ``--show``
also prints every pair the labels do not cover (key, collection, claim, citation), to label by
reading them and append to the labels file as ``key<TAB>collection<TAB>S|P|N``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from storyline import api
from storyline.options import Options

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "citation_labels.tsv"
COLLECTIONS = ("H1N1_guardian", "bpoil_bbc", "haiti_bbc")


def key(claim: str, cited: str) -> str:
    return hashlib.sha1(f"{claim}\t{cited}".encode()).hexdigest()[:16]


def load_labels(path: Path = LABELS) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            k, _collection, label = line.split("\t")
            out[k] = label
    return out


def cited_pairs(brief: dict) -> dict[str, list[tuple[str, str]]]:
    """(claim, cited sentence) for every citation other than the claim itself."""
    out: dict[str, list[tuple[str, str]]] = {"summary": [], "timeline": []}
    for s in brief["summary"]:
        out["summary"] += [(s["text"], c["text"]) for c in s["citations"] if c["text"] != s["text"]]
    for e in brief["timeline"]:
        out["timeline"] += [(e["text"], c["text"]) for c in e["citations"] if c["text"] != e["text"]]
    return out


def measure(t17: Path, unlabelled: list[tuple[str, str, str, str, str]] | None = None) -> dict[str, dict[str, float]]:
    """Counts per kind (summary, timeline); ``unlabelled`` collects (kind, key, collection, claim,
    citation) for the pairs the labels do not cover.  ``timeline["corroborated"]`` counts the
    timeline entries with two or more independent sources."""
    labels = load_labels()
    counts = {k: {"cited": 0, "labelled": 0, "S": 0, "P": 0, "N": 0} for k in ("summary", "timeline")}
    counts["timeline"]["entries"] = counts["timeline"]["corroborated"] = 0
    for name in COLLECTIONS:
        result = api.process([str(t17 / name / "InputDocs")], Options())
        brief = api.make_brief(result).to_dict()
        counts["timeline"]["entries"] += len(brief["timeline"])
        counts["timeline"]["corroborated"] += sum(e["independent_sources"] >= 2 for e in brief["timeline"])
        for kind, pairs in cited_pairs(brief).items():
            seen = set()
            for a, b in pairs:
                k = key(a, b)
                if k in seen:
                    continue
                seen.add(k)
                counts[kind]["cited"] += 1
                if k in labels:
                    counts[kind]["labelled"] += 1
                    counts[kind][labels[k]] += 1
                elif unlabelled is not None:
                    unlabelled.append((kind, k, name, a, b))
    return counts


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--show"]
    t17 = Path(args[0] if args else "../shared/data/t17")
    unlabelled: list[tuple[str, str, str, str, str]] = []
    counts = measure(t17, unlabelled)
    print("| citations | cited pairs | labelled | S | P | N | precision (S) | lenient (S+P) |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, c in counts.items():
        n = c["labelled"] or 1
        print(
            f"| {kind} | {c['cited']} | {c['labelled']} | {c['S']} | {c['P']} | {c['N']} | {c['S'] / n:.2f} | {(c['S'] + c['P']) / n:.2f} |"
        )
    t = counts["timeline"]
    print(f"\ntimeline entries: {t['entries']}, with >= 2 independent sources: {t['corroborated']}")
    if "--show" in sys.argv[1:]:
        for kind, k, name, claim, cited in unlabelled:
            print(f"\n{kind} {k}\t{name}\n  CLAIM: {claim}\n  CITED: {cited}")


if __name__ == "__main__":
    main()
