"""``eval time``: temporal tagging and normalisation scored on TimeML gold (TimeBank / TempEval-3).

Each ``.tml`` document is anchored on its creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``), which is itself excluded from scoring.
Only the ``<TEXT>`` element is tagged and scored.

Metrics (flat dict, plus ``per_file``):

* ``value_accuracy`` — normalisation given the gold span: for each gold TIMEX3 we
  ask :meth:`TimeTagger.normalise` for the expression at exactly that span (with its
  document as context).  A span none of our rules recognises counts as wrong.
* end-to-end, as in TempEval-3: system and gold expressions are paired one-to-one
  (largest overlap first).  ``detect_relaxed_*`` counts overlapping pairs,
  ``detect_strict_*`` pairs with identical spans, ``value_*`` overlapping pairs whose
  values are equal (precision over system expressions, recall over gold ones).
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.annotate.timex import TimeTagger
from storyline.errors import Code, StorylineError
from storyline.records import PublishedDate, TimeExpression

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[GoldTimex]


def read_timeml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    dct: str | None = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
            break
    tm = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if tm is None:
        raise StorylineError(Code.E501, "no <TEXT> element", file=str(path))
    body = tm.group(1)
    parts: list[str] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs_s = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs_s)))
        elif open_timex is not None:
            s, attrs = open_timex
            open_timex = None
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            gold.append(GoldTimex(s, length, "", attrs.get("type", ""), attrs.get("value", "")))
    chunk = html.unescape(body[pos:])
    parts.append(chunk)
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return TimeMLDoc(path.stem, dct, text, gold)


def _anchor(dct: str | None) -> PublishedDate | None:
    if not dct:
        return None
    m = re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?", dct)
    if not m:
        return None
    v = m.group(0)
    prec = {4: "year", 7: "month", 10: "day"}[len(v)]
    return PublishedDate(value=v, precision=prec)  # type: ignore[arg-type]


def _pairs(sys: list[TimeExpression], gold: list[GoldTimex]) -> list[tuple[TimeExpression, GoldTimex]]:
    cands: list[tuple[int, int, int]] = []
    for i, s in enumerate(sys):
        for j, g in enumerate(gold):
            ov = min(s.end, g.end) - max(s.start, g.start)
            if ov > 0:
                cands.append((ov, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_s: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[TimeExpression, GoldTimex]] = []
    for _ov, i, j in cands:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((sys[i], gold[j]))
    return out


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_documents(docs: list[TimeMLDoc], tagger: TimeTagger | None = None) -> dict[str, Any]:
    tagger = tagger or TimeTagger()
    tagger.warm_up()
    n_gold = n_sys = 0
    correct_on_gold = unrecognised = 0
    tp_relaxed = tp_strict = tp_value = tp_value_strict = 0
    per_file: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    tag_seconds = 0.0
    for doc in docs:
        anchor = _anchor(doc.dct)
        t0 = time.perf_counter()
        sys = tagger.tag(doc.text, anchor)
        tag_seconds += time.perf_counter() - t0
        f_correct = 0
        by_span = {(e.start, e.end): e for e in sys}
        for g in doc.timexes:
            e = by_span.get((g.start, g.end)) or tagger.normalise(doc.text, g.start, g.end, anchor)
            ok = e is not None and e.value == g.value
            if e is None:
                unrecognised += 1
            f_correct += ok
            if not ok:
                errors.append(
                    {
                        "file": doc.name,
                        "dct": doc.dct,
                        "text": g.text,
                        "gold": g.value,
                        "ours": e.value if e else None,
                        "ours_text": e.text if e else None,
                    }
                )
        pairs = _pairs(sys, doc.timexes)
        f_rel = len(pairs)
        f_strict = sum(1 for s, g in pairs if s.start == g.start and s.end == g.end)
        f_val = sum(1 for s, g in pairs if s.value == g.value)
        f_val_strict = sum(1 for s, g in pairs if s.value == g.value and s.start == g.start and s.end == g.end)
        n_gold += len(doc.timexes)
        n_sys += len(sys)
        correct_on_gold += f_correct
        tp_relaxed += f_rel
        tp_strict += f_strict
        tp_value += f_val
        tp_value_strict += f_val_strict
        per_file.append(
            {
                "file": doc.name,
                "dct": doc.dct,
                "gold": len(doc.timexes),
                "system": len(sys),
                "value_correct_on_gold": f_correct,
                "relaxed_matches": f_rel,
                "value_matches": f_val,
            }
        )
    dp, dr, df = _prf(tp_relaxed, n_sys, n_gold)
    sp, sr, sf = _prf(tp_strict, n_sys, n_gold)
    vp, vr, vf = _prf(tp_value, n_sys, n_gold)
    vsp, vsr, vsf = _prf(tp_value_strict, n_sys, n_gold)
    return {
        "documents": len(docs),
        "gold_timexes": n_gold,
        "system_timexes": n_sys,
        "value_accuracy": correct_on_gold / n_gold if n_gold else 0.0,
        "gold_spans_unrecognised": unrecognised,
        "detect_relaxed_precision": dp,
        "detect_relaxed_recall": dr,
        "detect_relaxed_f1": df,
        "detect_strict_precision": sp,
        "detect_strict_recall": sr,
        "detect_strict_f1": sf,
        "value_precision": vp,
        "value_recall": vr,
        "value_f1": vf,
        "value_strict_f1": vsf,
        "value_strict_precision": vsp,
        "value_strict_recall": vsr,
        "ms_per_document": 1000.0 * tag_seconds / len(docs) if docs else 0.0,
        "per_file": per_file,
        "errors": errors,
    }


def load_corpus(path: str | Path) -> list[TimeMLDoc]:
    p = Path(path)
    if not p.exists():
        raise StorylineError(Code.E501, f"no TimeML data at {p}")
    files = sorted(p.glob("*.tml")) if p.is_dir() else [p]
    if not files:
        raise StorylineError(Code.E501, f"no .tml files in {p}")
    return [read_timeml(f) for f in files]


PARTS = ("all", "dev", "test")


def select(docs: list[TimeMLDoc], part: str = "all") -> list[TimeMLDoc]:
    """``"dev"`` or ``"test"``: every other document of the corpus sorted by file name (dev the 1st, 3rd, ...;
    test the 2nd, 4th, ...), so both halves mix the sources (newswire, broadcast, WSJ) alike; ``"all"`` all."""
    if part not in PARTS:
        raise StorylineError(Code.E501, f"unknown part {part!r}", hint=f"use one of {', '.join(PARTS)}")
    if part == "all":
        return docs
    ordered = sorted(docs, key=lambda d: d.name)
    return ordered[0::2] if part == "dev" else ordered[1::2]


def evaluate(path: str | Path, *, part: str = "all") -> dict[str, Any]:
    """Score the temporal tagger on a directory of TimeML ``.tml`` files (or one file).

    ``part`` keeps the ``dev`` or ``test`` half of the documents (see :func:`select`): rules are tuned on dev
    and reported on test, since the tagger is also judged on TimeML corpora it has never seen."""
    out = score_documents(select(load_corpus(path), part))
    out["part"] = part
    return out


__all__ = ["PARTS", "GoldTimex", "TimeMLDoc", "evaluate", "load_corpus", "read_timeml", "score_documents", "select"]
