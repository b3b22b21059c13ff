"""Citation precision on hand-labelled Timeline17 pairs: does each citation support what it is cited for?

The brief cites, for every summary sentence and timeline entry, the sentence itself and the other
source sentences found to say the same.  ``tests/data/citation_labels.tsv`` holds 202 (claim,
citation) pairs from the briefs of three Timeline17 collections (H1N1 Guardian, BP oil BBC, Haiti
BBC), labelled by hand on 2026-11-22: 160 drawn at random from all the citations the briefs gave
with ``SUPPORT`` = 0.35 (summary and timeline), and the 42 further summary citations given at 0.5.
S = the citation states the claim or its main part, P = it supports only a secondary part (a
background clause), N = it does not support it.  Pairs are keyed by a hash of the two texts (no
source text is stored here); a pair whose text changes (a cleaning change) is no longer labelled,
which the "labelled" column shows.

Run:  .venv/bin/python scripts/citation_precision.py [../shared/data/t17]

Prints, for summary and timeline citations: how many cited pairs the labels cover, and precision
(S share; lenient: S or P) over those.
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


def measure(t17: Path) -> dict[str, dict[str, float]]:
    labels = load_labels()
    counts = {k: {"cited": 0, "labelled": 0, "S": 0, "P": 0, "N": 0} for k in ("summary", "timeline")}
    for name in COLLECTIONS:
        result = api.process([str(t17 / name / "InputDocs")], Options())
        brief = api.make_brief(result).to_dict()
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
    return counts


def main() -> None:
    t17 = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/t17")
    counts = measure(t17)
    print("| citations | cited pairs | labelled | S | P | N | precision (S) | lenient (S+P) |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, c in counts.items():
        n = c["labelled"] or 1
        print(f"| {kind} | {c['cited']} | {c['labelled']} | {c['S']} | {c['P']} | {c['N']} | {c['S'] / n:.2f} | {(c['S'] + c['P']) / n:.2f} |")


if __name__ == "__main__":
    main()
