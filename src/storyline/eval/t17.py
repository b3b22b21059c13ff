"""Evaluate timeline summarisation on Timeline17-layout collections (``storyline eval t17``).

Layout (Tran et al. 2013)::

    TOPIC/InputDocs/YYYY-MM-DD/*.txt   tokenised articles, one sentence a line
    TOPIC/timelines/*.txt             reference timelines: a "YYYY-MM-DD" line,
                                      summary sentences, then a line of dashes

Setting (Ghalandari & Ifrim 2020, ``news-tls``): for each reference timeline the
system makes a timeline with as many dates as the reference and
``round(mean sentences per date)`` sentences per date, choosing dates only inside
the reference's first..last date.  Scores come from the PyPI package ``tilse``:
alignment-based ROUGE-1/ROUGE-2 F1 (``align_date_content_costs_many_to_one``,
ROUGE-1.5.5 with stemming and stopword removal) and date F1 (set overlap of dates,
as ``news-tls`` computes it).  Scores are averaged over the timelines of a topic,
then over topics.  As in the brief, articles off the collection's topic (a radio schedule,
a conference live page) are set aside first (:func:`on_topic`); ``n_set_aside`` counts them.

``tilse`` needs perl with XML::Parser and XML::DOM (Debian:
``apt-get install libxml-parser-perl libxml-dom-perl``).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import shutil
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.errors import Code, EvalError
from storyline.story.tls import DatedSentence, date_sentences, summarise_timeline

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__all__ = ["check_tools", "evaluate", "load_collection", "load_timelines", "score_timeline"]

_DATE_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DASHES = re.compile(r"^-{3,}\s*$")


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def load_timelines(topic_dir: Path) -> list[tuple[str, dict[str, list[str]]]]:
    """Reference timelines of one topic: (file name, {ISO date: sentences}); repeated dates are merged."""
    tdir = topic_dir / "timelines"
    if not tdir.is_dir():
        raise EvalError(Code.E501, f"no timelines/ folder in {topic_dir}")
    out: list[tuple[str, dict[str, list[str]]]] = []
    for f in sorted(tdir.glob("*.txt")):
        tl: dict[str, list[str]] = {}
        cur: str | None = None
        for raw in _read(f).splitlines():
            line = raw.strip()
            if _DATE_LINE.match(line):
                cur = line
                tl.setdefault(cur, [])
            elif _DASHES.match(line):
                cur = None
            elif line and cur is not None:
                tl[cur].append(line)
        tl = {d: s for d, s in tl.items() if s}
        if tl:
            out.append((f.name, tl))
    if not out:
        raise EvalError(Code.E501, f"no reference timeline could be read in {tdir}")
    return out


def load_collection(topic_dir: Path) -> list[tuple[str, str, list[str]]]:
    """Articles of one topic: (article id, ISO publication date, sentences), sorted by id."""
    idir = topic_dir / "InputDocs"
    if not idir.is_dir():
        raise EvalError(Code.E501, f"no InputDocs/ folder in {topic_dir}")
    out: list[tuple[str, str, list[str]]] = []
    for ddir in sorted(idir.iterdir()):
        if not ddir.is_dir() or not _DATE_LINE.match(ddir.name):
            continue
        for f in sorted(ddir.glob("*.txt")):
            sents = [ln.strip() for ln in _read(f).splitlines() if ln.strip()]
            if sents:
                out.append((f"{ddir.name}/{f.name}", ddir.name, sents))
    return out


def check_tools() -> str | None:
    """None when tilse and its perl dependencies work, else the reason they do not."""
    try:
        import tilse  # noqa: F401
        from tilse.evaluation import rouge  # noqa: F401
    except Exception as exc:  # ImportError or a broken dependency
        return f"tilse is not importable ({exc}); pip install tilse==0.2.1"
    if shutil.which("perl") is None:
        return "perl is missing; apt-get install perl"
    for mod in ("XML::Parser", "XML::DOM"):
        r = subprocess.run(["perl", f"-M{mod}", "-e", "1"], capture_output=True, check=False)
        if r.returncode != 0:
            return f"perl module {mod} is missing; apt-get install libxml-parser-perl libxml-dom-perl"
    return None


class _Recorder:
    """Stands in for ``pyrouge.Rouge155`` during tilse's first pass: records every request, answers zeros."""

    def __init__(self) -> None:
        self.requests: list[tuple[list[list[str]], dict[str, list[list[str]]]]] = []

    def score_summary(self, summary: list[list[str]], references: dict[str, list[list[str]]]) -> dict[str, int]:
        self.requests.append((summary, references))
        return {f"rouge_{n}_{c}_count": 0 for n in (1, 2) for c in ("m", "p", "h")}


class _Replayer:
    """Stands in for ``pyrouge.Rouge155`` during tilse's second pass: answers the batched perl counts in order."""

    def __init__(self, answers: list[dict[str, int]]) -> None:
        self.answers = answers
        self.i = 0

    def score_summary(self, summary: list[list[str]], references: dict[str, list[list[str]]]) -> dict[str, int]:
        out = self.answers[self.i]
        self.i += 1
        return out


_EVAL_LINE = re.compile(r"^\S+ ROUGE-(\d) Eval (\S+)\.\S+ R:(\d+) P:(\d+) F:(\d+)\s*$")


def _rouge_batch(requests: list[tuple[list[list[str]], dict[str, list[list[str]]]]]) -> list[dict[str, int]]:
    """Run ROUGE-1.5.5 once for many (summary, references) pairs, exactly as pyrouge.Rouge155 would one by one.

    Same options as tilse's ``Rouge155(average="raw", stem=True, ignore_stopwords=True)``: ``-a -n 2 -x -f A -d -m
    -s -t 2``.  With ``-t 2 -d`` the script prints each evaluation's raw model/peer/hit counts
    ("R:m P:p F:h"), which are the counts pyrouge reads from the summed lines of a one-pair run.
    """
    import tempfile

    from pyrouge.base import ROUGE_EVAL_HOME
    from pyrouge.rouge import rouge_summary_content

    if not requests:
        return []
    with tempfile.TemporaryDirectory(prefix="storyline-rouge-") as tmp:
        root = Path(tmp)
        evals: list[str] = []
        for i, (summary, refs) in enumerate(requests):
            edir = root / f"e{i}"
            (edir / "peers").mkdir(parents=True)
            (edir / "models").mkdir()
            (edir / "peers" / "A.html").write_text(rouge_summary_content("A", summary), encoding="utf-8")
            models = []
            for j, (ref_id, ref) in enumerate(refs.items()):
                (edir / "models" / f"{ref_id}.html").write_text(rouge_summary_content(ref_id, ref), encoding="utf-8")
                models.append(f'<M ID="{chr(65 + j)}">{ref_id}.html</M>')
            evals.append(
                f'<EVAL ID="e{i}"><MODEL-ROOT>{edir / "models"}</MODEL-ROOT><PEER-ROOT>{edir / "peers"}</PEER-ROOT>'
                f'<INPUT-FORMAT TYPE="SEE">  </INPUT-FORMAT><PEERS><P ID="0">A.html</P></PEERS>'
                f"<MODELS>{''.join(models)}</MODELS></EVAL>"
            )
        settings = root / "settings.xml"
        settings.write_text('<ROUGE_EVAL version="1.55">' + "\n".join(evals) + "</ROUGE_EVAL>", encoding="utf-8")
        home = Path(ROUGE_EVAL_HOME)
        cmd = ["perl", str(home / "ROUGE-1.5.5.pl"), "-e", str(home / "data"), "-a", "-n", "2", "-x", "-f", "A", "-d"]
        cmd += ["-m", "-s", "-t", "2", str(settings)]
        out = subprocess.run(cmd, capture_output=True, check=True).stdout.decode("utf-8", "replace")
    answers: list[dict[str, int]] = [
        {f"rouge_{n}_{c}_count": 0 for n in (1, 2) for c in ("m", "p", "h")} for _ in requests
    ]
    seen = 0
    for line in out.splitlines():
        m = _EVAL_LINE.match(line.strip())
        if m:
            n, eid, mc, pc, hc = m.groups()
            a = answers[int(eid[1:])]
            a[f"rouge_{n}_m_count"], a[f"rouge_{n}_p_count"], a[f"rouge_{n}_h_count"] = int(mc), int(pc), int(hc)
            seen += 1
    if seen != 2 * len(requests):
        raise EvalError(Code.E502, f"ROUGE-1.5.5 printed {seen} evaluation lines for {2 * len(requests)} expected")
    return answers


def _fast_content_costs(source_dates: Any, target_dates: Any, tl: Any, ref_tls: Any, axis: int = 0) -> Any:
    """tilse's ``_get_date_content_costs`` with the token counts computed once per date (same numbers)."""
    import string
    from collections import Counter

    import numpy

    punct = set(string.punctuation)

    def counts(sents: list[str]) -> Counter[str]:
        c: Counter[str] = Counter()
        for sent in sents:
            c.update([k for k in sent.split() if k not in punct])
        return c

    # tilse always passes (predicted dates, reference dates); axis only swaps the loops
    pc = {d: counts(tl[d]) for d in source_dates}
    rc = {d: [counts(ref_tls[d][name]) for name in ref_tls[d]] for d in target_dates}

    def approx(p: Counter[str], refs: list[Counter[str]]) -> float:
        match = 0
        for tok in p:
            match += sum([min(p[tok], r[tok]) for r in refs])
        prec_denom = len(refs) * sum(p.values())
        precision = 0 if prec_denom == 0 else match / prec_denom
        recall_denom = sum([sum(r.values()) for r in refs])
        recall = 0 if recall_denom == 0 else match / recall_denom
        return 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)

    a, b = (source_dates, target_dates) if axis == 0 else (target_dates, source_dates)
    costs = []
    for s_date in a:
        row = []
        for t_date in b:
            date_factor = 1 - 1 / (abs(s_date.toordinal() - t_date.toordinal()) + 1)
            dp, dr = (s_date, t_date) if axis == 0 else (t_date, s_date)
            row.append(date_factor * (1 - approx(pc[dp], rc[dr])))
        costs.append(row)
    return numpy.array(costs)


def _evaluator() -> Any:
    """A tilse ``TimelineRougeEvaluator`` (ROUGE-1.5.5 counts, many-to-one alignment) that runs perl once per timeline.

    tilse's own code computes the alignment and the scores; only the ROUGE calls are batched
    (record pass, one perl run, replay pass) and the alignment costs are computed with cached
    token counts.  Both give the same numbers as stock tilse (checked in tests/test_eval_t17.py).
    """
    reason = check_tools()
    if reason is not None:
        raise EvalError(
            Code.E502, reason, hint="pip install tilse==0.2.1; apt-get install libxml-parser-perl libxml-dom-perl"
        )
    from tilse.evaluation import rouge

    class BatchedEvaluator(rouge.TimelineRougeEvaluator):  # type: ignore[misc]
        def evaluate_align_date_content_costs_many_to_one(
            self, predicted_timeline: Any, reference_timelines: Any
        ) -> Any:
            recorder = _Recorder()
            self.rouge = recorder
            self._evaluate_per_day_mapping_micro(
                predicted_timeline,
                reference_timelines,
                _fast_content_costs,
                rouge.TimelineRougeEvaluator._assign_to_min_cost,
            )
            self.rouge = _Replayer(_rouge_batch(recorder.requests))  # type: ignore[assignment]
            return self._evaluate_per_day_mapping_micro(
                predicted_timeline,
                reference_timelines,
                _fast_content_costs,
                rouge.TimelineRougeEvaluator._assign_to_min_cost,
            )

    return BatchedEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")


def _stock_evaluator() -> Any:
    """Unmodified tilse (one perl run per ROUGE call): slow, used to check the batched one."""
    from tilse.evaluation import rouge

    return rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])


def _to_tilse(tl: dict[str, list[str]]) -> Any:
    from tilse.data.timelines import Timeline

    return Timeline({_dt.date.fromisoformat(d): list(s) for d, s in tl.items()})


def score_timeline(pred: dict[str, list[str]], ref: dict[str, list[str]], evaluator: Any = None) -> dict[str, float]:
    """AR-1 F1, AR-2 F1 (tilse, many-to-one date alignment) and date F1 of one predicted timeline."""
    from tilse.data.timelines import GroundTruth

    ev = evaluator if evaluator is not None else _evaluator()
    p, r = _to_tilse(pred), _to_tilse(ref)
    if pred:
        scores = ev.evaluate_align_date_content_costs_many_to_one(p, GroundTruth([r]))
        ar1, ar2 = float(scores["rouge_1"]["f_score"]), float(scores["rouge_2"]["f_score"])
    else:
        ar1 = ar2 = 0.0
    pd, rd = set(pred), set(ref)
    shared = len(pd & rd)
    prec = shared / len(pd) if pd else 0.0
    rec = shared / len(rd) if rd else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec > 0 else 0.0
    return {"ar1_f": ar1, "ar2_f": ar2, "date_f1": f1}


def on_topic(articles: Sequence[tuple[str, str, list[str]]]) -> tuple[list[tuple[str, str, list[str]]], int]:
    """The articles the brief would analyse: off-topic ones set aside as in the brief
    (:func:`storyline.story.relevance.judge` at the default threshold); also their number."""
    from storyline.story.relevance import judge

    marks = judge([a[0] for a in articles], ["\n".join(a[2]) for a in articles], [a[2] for a in articles])
    off = {m.article for m in marks if m.off_topic}
    return [a for a in articles if a[0] not in off], len(off)


def _items(articles: Sequence[tuple[str, str, list[str]]], use_tagger: bool | None = None) -> list[DatedSentence]:
    items: list[DatedSentence] = []
    for aid, pub, sents in articles:
        items.extend(date_sentences(aid, sents, pub, use_tagger=use_tagger))
    return items


def run_topic(topic_dir: Path, evaluator: Any = None, use_tagger: bool | None = None) -> dict[str, Any]:
    """Make and score a timeline for each reference timeline of one topic."""
    t0 = time.perf_counter()
    articles = load_collection(topic_dir)
    refs = load_timelines(topic_dir)
    articles, n_aside = on_topic(articles)
    items = _items(articles, use_tagger)
    t_date = time.perf_counter() - t0
    rows: list[dict[str, Any]] = []
    for name, ref in refs:
        dates = sorted(ref)
        n_dates = len(dates)
        k = max(1, round(sum(len(s) for s in ref.values()) / n_dates))
        pred = summarise_timeline(items, n_dates, k, start=dates[0], end=dates[-1])
        row: dict[str, Any] = dict(score_timeline(dict(pred), ref, evaluator))
        row.update({"timeline": name, "n_dates": n_dates, "sents_per_date": k, "pred_dates": len(pred)})
        rows.append(row)
    n = len(rows)
    return {
        "topic": topic_dir.name,
        "ar1_f": sum(r["ar1_f"] for r in rows) / n,
        "ar2_f": sum(r["ar2_f"] for r in rows) / n,
        "date_f1": sum(r["date_f1"] for r in rows) / n,
        "n_timelines": n,
        "n_articles": len(articles),
        "n_set_aside": n_aside,
        "n_sentences": len(items),
        "seconds": round(time.perf_counter() - t0, 2),
        "seconds_dating": round(t_date, 2),
        "timelines": rows,
    }


def evaluate(path: str | Path, topics: Sequence[str] | None = None, *, dater: str = "auto") -> dict[str, Any]:
    """Evaluate on every topic folder under ``path`` (or the named ``topics``).

    ``dater``: "auto" (TimeTagger when installed, else the built-in reader), "timex" or "builtin".

    Returns ``{"setting": {...}, "per_topic": [...], "mean": {"ar1_f", "ar2_f", "date_f1"}}``.
    """
    root = Path(path)
    if not root.is_dir():
        raise EvalError(Code.E501, f"no Timeline17 folder at {root}")
    if topics is None:
        names = sorted(p.name for p in root.iterdir() if (p / "InputDocs").is_dir() and (p / "timelines").is_dir())
    else:
        names = list(topics)
        for t in names:
            if not (root / t).is_dir():
                raise EvalError(Code.E501, f"unknown topic {t!r} in {root}")
    if not names:
        raise EvalError(Code.E501, f"no TOPIC/InputDocs + TOPIC/timelines folders under {root}")
    if dater not in ("auto", "timex", "builtin"):
        raise EvalError(Code.E501, f"unknown dater {dater!r}", hint="choose one of: auto, timex, builtin")
    ev = _evaluator()
    from storyline.story.tls import _get_tagger

    if dater == "timex" and _get_tagger() is None:
        raise EvalError(Code.E502, "storyline.annotate.timex.TimeTagger is not available", hint="use dater='builtin'")
    use_tagger = False if dater == "builtin" else None
    per_topic = [run_topic(root / t, ev, use_tagger) for t in names]
    mean = {k: sum(r[k] for r in per_topic) / len(per_topic) for k in ("ar1_f", "ar2_f", "date_f1")}
    setting = {
        "dataset": str(root),
        "n_topics": len(per_topic),
        "n_dates": "as in each reference timeline",
        "sents_per_date": "round(mean sentences per date of the reference)",
        "date_range": "reference first..last date (news-tls)",
        "rouge": "tilse 0.2.1 align_date_content_costs_many_to_one, ROUGE-1.5.5 stem + stopwords removed",
        "date_f1": "set F1 of predicted vs reference dates (news-tls)",
        "averaging": "mean over timelines within a topic, then mean over topics",
        "dater": "storyline.annotate.timex.TimeTagger"
        if use_tagger is None and _get_tagger() is not None
        else "built-in explicit-date reader",
    }
    return {"setting": setting, "per_topic": per_topic, "mean": mean}
