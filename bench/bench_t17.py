"""Timeline summarisation speed on the Timeline17 collections: read, date, summarise (no scoring).

Usage: .venv/bin/python bench/bench_t17.py [T17_DIR]   (default ../shared/data/t17)
Prints one row per topic: articles, sentences, seconds, articles/s.  Writes nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from storyline.eval.t17 import load_collection, load_timelines
from storyline.story.tls import _get_tagger, date_sentences, summarise_timeline


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data" / "t17"
    if not root.is_dir():
        print(f"no Timeline17 data at {root}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    tagger = _get_tagger()  # warm-up once, outside the per-topic timings
    print(f"dater: {'TimeTagger' if tagger is not None else 'built-in'} (warm-up {time.perf_counter() - t0:.2f} s)")
    print(f"{'topic':24s} {'articles':>8s} {'sentences':>9s} {'seconds':>8s} {'art/s':>7s}")
    total_a = 0
    total_s = 0.0
    for topic in sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir()):
        t = time.perf_counter()
        articles = load_collection(topic)
        items = [it for aid, pub, sents in articles for it in date_sentences(aid, sents, pub)]
        for _, ref in load_timelines(topic):
            dates = sorted(ref)
            k = max(1, round(sum(len(s) for s in ref.values()) / len(dates)))
            summarise_timeline(items, len(dates), k, start=dates[0], end=dates[-1])
        sec = time.perf_counter() - t
        total_a += len(articles)
        total_s += sec
        print(f"{topic.name:24s} {len(articles):8d} {len(items):9d} {sec:8.2f} {len(articles) / sec:7.1f}")
    print(f"{'TOTAL':24s} {total_a:8d} {'':9s} {total_s:8.2f} {total_a / total_s:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
