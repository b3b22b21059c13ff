"""The ``ingest`` job: read → clean → dedup → store, committed batch by batch.

Each batch is one transaction, so an interrupted run loses nothing already
committed, and a rerun adds nothing twice (article ids are content hashes).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from storyline.api import CLEAN_STAGES
from storyline.errors import Code, InputError
from storyline.options import Options
from storyline.pipeline import Pipeline, batched
from storyline.records import Article, Failure


@dataclass
class IngestReport:
    db: str
    inserted: int = 0
    existing: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    run_id: str = ""


def run_ingest(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    db: str | None = None,
    progress: Callable[[Article], None] | None = None,
    stdin: object = None,
) -> IngestReport:
    from storyline.ingest import read_paths
    from storyline.store import open_store

    options = options or Options()
    pipeline = Pipeline.build(CLEAN_STAGES, options)
    pipeline.warm_up()
    store = open_store(db)
    report = IngestReport(db=str(db or "storyline.db"), run_id=uuid.uuid4().hex[:12])
    dedup = next(s for s in pipeline.stages if s.name == "dedup")
    try:
        for known in store.articles():  # duplicates are found against what is stored too
            dedup.find(known)  # type: ignore[attr-defined]
        raw = read_paths(paths, options, pipeline.errors, stdin=stdin)  # type: ignore[arg-type]
        for batch in batched(pipeline.pipe(raw), options.batch_size):
            added = store.add_articles(batch)
            report.inserted += len(added.inserted)
            report.existing += len(added.existing)
            report.duplicates += sum(1 for a in batch if a.duplicate_of and a.id in set(added.inserted))
            if progress is not None:
                for a in batch:
                    progress(a)
        report.failures = list(pipeline.errors.failures)
        store.add_failures(report.failures, report.run_id)
    finally:
        store.close()
    if report.inserted + report.existing == 0 and report.failures:
        first = report.failures[0]
        raise InputError(Code.E110, f"nothing could be read; first problem: {first.file}: {first.reason}")
    return report
