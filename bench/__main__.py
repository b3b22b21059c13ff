"""`make bench` (or `python -m bench [NAME ...]`): speed and memory, printed as a table.

Each benchmark runs in its own subprocess so its peak memory (max RSS) is its own.
Ratios are measured against a baseline in the same process (same texts, same
machine, same moment), because these machines are shared and noisy.

Benchmarks:
  ingest      ingest + clean throughput (articles/s) and peak memory on the T17 collections
  understand  the whole understanding stage vs spaCy NER alone, words/s on the same T17 texts
  timex       time-expression tagging, ms per article (HeidelTime: ~7 s a call)
  places      the joint geocoding of one large story (Geocoder.resolve on the place names of the
              `understand` sample of T17 articles read as one story): seconds, names/s, share of understand
  seeds       the brief of the five seeds from a cold start (process start to JSON written)
  t17         the largest Timeline17 collection (~300 articles): `storyline brief` end to end
  (bench/bench_t17.py times the timeline-summarisation step alone on every collection; bench/bench_web.py the web app)
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "data" / "t17"
NAMES = ["ingest", "understand", "timex", "figures", "places", "seeds", "t17"]


def _t17_files(limit: int | None = None) -> list[Path]:
    files = sorted(T17.glob("*/InputDocs/*/*.txt"))
    return files[:limit] if limit else files


def bench_ingest() -> dict[str, object]:
    from storyline import api
    from storyline.options import Options
    from storyline.pipeline import ErrorHandler

    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    t0 = time.perf_counter()
    n = sum(1 for _ in api.clean_stream([str(T17)], Options(), ErrorHandler()))
    dt = time.perf_counter() - t0
    return {"articles": n, "seconds": round(dt, 2), "articles_per_s": round(n / dt, 1)}


def _texts(limit: int) -> list[str]:
    from storyline import api
    from storyline.options import Options
    from storyline.pipeline import ErrorHandler

    paths = [str(p) for p in _t17_files()[::7][:limit]]
    return [a.text for a in api.clean_stream(paths, Options(), ErrorHandler())]


def bench_understand() -> dict[str, object]:
    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    from storyline import api
    from storyline.annotate.nlp import load_nlp
    from storyline.options import Options
    from storyline.pipeline import ErrorHandler

    opts = Options()
    paths = [str(p) for p in _t17_files()[::7][:200]]
    articles = list(api.clean_stream(paths, opts, ErrorHandler()))
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp(opts.model)
    list(nlp.pipe([a.text for a in articles[:5]]))  # warm both
    only_ner = [n for n in nlp.pipe_names if n not in ("tok2vec", "ner")]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=only_ner):
        for _ in nlp.pipe([a.text for a in articles], batch_size=opts.batch_size):
            pass
    ner_s = time.perf_counter() - t0
    from storyline.annotate.understand import understand

    def ours(o: Options) -> float:
        t0 = time.perf_counter()
        understand(list(api.annotate(articles, o, ErrorHandler())), o)
        return time.perf_counter() - t0

    one = ours(Options(n_process=1))  # like for like: one process each
    both = ours(opts)  # the default: every core on a large input
    return {
        "articles": len(articles),
        "words": words,
        "spacy_ner_words_per_s": round(words / ner_s),
        "storyline_1proc_words_per_s": round(words / one),
        "ratio_1proc": round(ner_s / one, 2),
        "storyline_default_words_per_s": round(words / both),
        "ratio_default": round(ner_s / both, 2),
    }


def bench_timex() -> dict[str, object]:
    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    from storyline.annotate.timex import TimeTagger
    from storyline.records import PublishedDate

    texts = _texts(300)
    tagger = TimeTagger()
    tagger.warm_up()
    anchor = PublishedDate(value="2010-06-01", precision="day")
    t0 = time.perf_counter()
    n = 0
    for t in texts:
        n += len(tagger.tag(t, anchor))
    dt = time.perf_counter() - t0
    ms = dt / len(texts) * 1000
    return {
        "articles": len(texts),
        "expressions": n,
        "ms_per_article": round(ms, 2),
        "speedup_vs_heideltime_7s": round(7000 / ms),
    }


def bench_figures() -> dict[str, object]:
    """Figure extraction alone (numbers, what they count, who is counted) on cleaned T17 articles split
    by the same simple splitter the tests use; the budget is 5 ms per article on an idle machine."""
    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import split
    from storyline.annotate.figures import extract_figures

    prepared = [(t, split(t)) for t in _texts(300)]
    best = float("inf")
    n = 0
    for _ in range(3):
        t0 = time.perf_counter()
        n = sum(len(extract_figures(t, sents, "a", [], [])) for t, sents in prepared)
        best = min(best, time.perf_counter() - t0)
    return {"articles": len(prepared), "figures": n, "ms_per_article": round(best / len(prepared) * 1000, 2)}


def bench_places() -> dict[str, object]:
    """Geocoder.resolve on every place name of 200 T17 articles of several stories read as one story
    (its cost grows with the names of a story: a large story is where a pass per name shows)."""
    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    from storyline import api
    from storyline.annotate.places import Geocoder
    from storyline.annotate.understand import understand
    from storyline.options import Options
    from storyline.pipeline import ErrorHandler

    opts = Options()
    paths = [str(p) for p in _t17_files()[::7][:200]]
    docs = list(api.annotate(list(api.clean_stream(paths, opts, ErrorHandler())), opts, ErrorHandler()))
    spent: list[tuple[int, float]] = []

    class Timed(Geocoder):
        def resolve(self, names, *args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            out = super().resolve(names, *args, **kwargs)
            spent.append((len(names), time.perf_counter() - t0))
            return out

    geo = Timed()
    geo.warm_up()
    understand(docs[:5], opts, geocoder=geo)  # warm the gazetteer's caches
    spent.clear()
    t0 = time.perf_counter()
    understand(docs, opts, geocoder=geo)
    whole = time.perf_counter() - t0
    names = sum(n for n, _ in spent)
    secs = sum(s for _, s in spent)
    return {
        "articles": len(docs),
        "names": names,
        "resolve_seconds": round(secs, 2),
        "names_per_s": round(names / secs) if secs else None,
        "share_of_understand": round(secs / whole, 2) if whole else None,
    }


def bench_seeds() -> dict[str, object]:
    out = ROOT / "out" / "bench-seeds.json"
    out.parent.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).with_name("storyline")), "brief", str(ROOT / "examples" / "raqqa"), "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return {"seconds_cold_start": round(time.perf_counter() - t0, 2)}


def bench_t17() -> dict[str, object]:
    """The largest Timeline17 collection (~300 articles) end to end: `storyline brief` from a cold start."""
    if not T17.is_dir():
        return {"skipped": f"{T17} absent"}
    topic = max(
        (p for p in T17.iterdir() if (p / "InputDocs").is_dir()), key=lambda p: len(list(p.glob("InputDocs/*/*")))
    )
    out = ROOT / "out" / "bench-t17.json"
    out.parent.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).with_name("storyline")), "brief", str(topic / "InputDocs"), "-o", str(out)],
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - t0
    n = len(json.loads(out.read_text())["sources"])
    return {
        "collection": topic.name,
        "articles": n,
        "seconds_end_to_end": round(seconds, 1),
        "articles_per_s": round(n / seconds, 1),
    }


def _child(name: str) -> None:
    import resource

    result = globals()[f"bench_{name}"]()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1])
        return 0
    names = argv or NAMES
    rows = []
    for name in names:
        res = subprocess.run([sys.executable, "-m", "bench", "--child", name], capture_output=True, text=True, cwd=ROOT)
        try:
            data = json.loads(res.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            data = {"error": (res.stderr.strip().splitlines() or ["no output"])[-1]}
        rows.append((name, data))
    print(f"{'benchmark':<11} result")
    print(f"{'-' * 11} {'-' * 60}")
    for name, data in rows:
        print(f"{name:<11} " + ", ".join(f"{k}={v}" for k, v in data.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
