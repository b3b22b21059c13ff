"""Cleaning report over Timeline17-layout collections.

Layout: ``ROOT/TOPIC/InputDocs/YYYY-MM-DD/N.htm.txt`` (tokenised text, a sentence a line); the folder
date is the publication date Timeline17 assigned.  The report counts how often cleaning finds a
title and a publication date, how often that date agrees with the folder, and how many debris lines
it removed: per page, and (``batch_furniture_lines``) lines the batch-level furniture stage removes
when the topic is cleaned as one batch, as ``storyline brief`` does.  Topic names end with the outlet (``bpoil_bbc``), which gives an outlet check too.

Usage::

    python -m storyline.eval.cleaning /work/shared/data/t17
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from storyline.clean.article import clean_document
from storyline.clean.furniture import strip_batch_furniture
from storyline.errors import Code, EvalError, StorylineError
from storyline.options import Options
from storyline.records import Article, RawDocument

TOPIC_OUTLET = {
    "bbc": "BBC",
    "guardian": "The Guardian",
    "reuters": "Reuters",
    "foxnews": "Fox News",
    "washingtonpost": "The Washington Post",
    "cnn": "CNN",
    "nytimes": "The New York Times",
}


def _pct(n: int, d: int) -> float:
    return round(100.0 * n / d, 1) if d else 0.0


def _days(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def topic_dirs(root: str | Path) -> list[Path]:
    """The ``TOPIC/`` folders of a Timeline17-layout root (those with an ``InputDocs/``);
    EvalError when there are none."""
    base = Path(root)
    topics = sorted(p for p in base.iterdir() if (p / "InputDocs").is_dir()) if base.is_dir() else []
    if not topics:
        raise EvalError(Code.E501, f"no TOPIC/InputDocs folders under {base} (expected a Timeline17-layout folder)")
    return topics


def clean_topic(topic_dir: Path, options: Options) -> Iterator[tuple[Path, Article | None]]:
    """Each ``InputDocs/DATE/*.txt`` file of one topic with its cleaned article (None when the
    clean stage refuses it), in file order."""
    for f in sorted(topic_dir.glob("InputDocs/*/*.txt")):
        raw = RawDocument(id=f.stem, file=str(f), format="txt", text=f.read_text(encoding="utf-8", errors="replace"))
        try:
            yield f, clean_document(raw, options)
        except StorylineError:
            yield f, None


def _topic(topic_dir: Path, options: Options) -> dict[str, Any]:
    suffix = topic_dir.name.rsplit("_", 1)[-1].lower()
    expected_outlet = TOPIC_OUTLET.get(suffix)
    c: dict[str, Any] = {
        "articles": 0,
        "with_title": 0,
        "with_date": 0,
        "same_day": 0,
        "within_1day": 0,
        "estimates": 0,
        "debris_lines": 0,
        "batch_furniture_lines": 0,
        "failures": 0,
        "with_outlet": 0,
        "outlet_agrees": 0,
        "outlet_wrong": 0,
        "date_disagrees_examples": [],
    }
    cleaned: list[Article] = []
    for f, art in clean_topic(topic_dir, options):
        folder = f.parent.name
        c["articles"] += 1
        if art is None:
            c["failures"] += 1
            continue
        cleaned.append(art)
        c["debris_lines"] += len(art.removed)
        c["with_title"] += art.title is not None
        if art.outlet:
            c["with_outlet"] += 1
            if expected_outlet and art.outlet == expected_outlet:
                c["outlet_agrees"] += 1
            elif expected_outlet:
                c["outlet_wrong"] += 1
        if art.published.estimate is not None:
            c["estimates"] += 1
        if art.published.value:
            c["with_date"] += 1
            dd = _days(art.published.value, folder)
            if dd == 0:
                c["same_day"] += 1
            if dd is not None and dd <= 1:
                c["within_1day"] += 1
            elif len(c["date_disagrees_examples"]) < 3:
                c["date_disagrees_examples"].append(
                    {
                        "file": str(f),
                        "folder": folder,
                        "found": art.published.value,
                        "evidence": art.published.evidence,
                        "method": art.published.method,
                    }
                )
    c["batch_furniture_lines"] = len(strip_batch_furniture(cleaned)[1])
    return {
        "topic": topic_dir.name,
        **c,
        "with_title_pct": _pct(c["with_title"], c["articles"]),
        "with_date_pct": _pct(c["with_date"], c["articles"]),
        "date_agrees_with_folder_pct": _pct(c["same_day"], c["with_date"]),
        "date_within_1day_pct": _pct(c["within_1day"], c["with_date"]),
    }


def evaluate(path: str | Path, options: Options | None = None) -> dict[str, Any]:
    """Clean every article under a Timeline17-layout root and report title/date/outlet/debris figures.

    Percentages ``date_agrees_with_folder_pct`` and ``date_within_1day_pct`` are over the articles
    that got a date; ``with_*_pct`` over all articles.
    """
    topics = topic_dirs(path)
    # the day folders are this evaluation's answer key: dates must come from the text, not the path
    options = (options or Options()).model_copy(update={"path_dates": False})
    t0 = time.perf_counter()
    per = [_topic(t, options) for t in topics]
    keys = (
        "articles",
        "with_title",
        "with_date",
        "same_day",
        "within_1day",
        "estimates",
        "debris_lines",
        "batch_furniture_lines",
        "failures",
        "with_outlet",
        "outlet_agrees",
        "outlet_wrong",
    )
    tot = {k: sum(int(p[k]) for p in per) for k in keys}
    return {
        **tot,
        "with_title_pct": _pct(tot["with_title"], tot["articles"]),
        "with_date_pct": _pct(tot["with_date"], tot["articles"]),
        "date_agrees_with_folder_pct": _pct(tot["same_day"], tot["with_date"]),
        "date_within_1day_pct": _pct(tot["within_1day"], tot["with_date"]),
        "with_outlet_pct": _pct(tot["with_outlet"], tot["articles"]),
        "outlet_precision_pct": _pct(tot["outlet_agrees"], tot["outlet_agrees"] + tot["outlet_wrong"]),
        "debris_lines_removed": tot["debris_lines"],
        "seconds": round(time.perf_counter() - t0, 1),
        "per_topic": per,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    report = evaluate(args[0] if args else "../shared/data/t17")
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
