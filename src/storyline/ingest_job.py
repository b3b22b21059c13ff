"""The ``ingest`` job: read → clean → dedup → annotate → store → stories, batch by batch.

It goes through :class:`storyline.service.Service`, so ``storyline ingest
examples/raqqa`` leaves the store with the articles, their annotations, their
stories and each story's brief.  Each batch is committed before the next is
read: an interrupted run loses nothing already committed, the next run repairs
what was half-done (articles stored but not yet in a story), and a rerun adds
nothing twice (article ids are content hashes).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from storyline.errors import Code, InputError
from storyline.options import Options
from storyline.records import Article, Failure
from storyline.store.base import redact_url


@dataclass
class IngestReport:
    db: str
    inserted: int = 0
    existing: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    run_id: str = ""
    stories: list[str] = field(default_factory=list)  # ids of the stories this run touched


def run_ingest(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    db: str | None = None,
    progress: Callable[[Article], None] | None = None,
    stdin: object = None,
) -> IngestReport:
    from storyline.ingest import read_paths
    from storyline.service import Service

    options = options or Options()
    report = IngestReport(db=redact_url(str(db or "storyline.db")), run_id=uuid.uuid4().hex[:12])
    service = Service(db, options)
    try:
        service.warm_up()
        raw = read_paths(paths, options, service.errors, stdin=stdin)  # type: ignore[arg-type]
        added = service.add(raw, progress=progress)
        report.inserted = sum(1 for a in added if a.status == "inserted")
        report.existing = sum(1 for a in added if a.status == "existing")
        report.duplicates = sum(1 for a in added if a.status == "inserted" and a.duplicate_of)
        report.stories = list(dict.fromkeys(a.story_id for a in added if a.story_id))
        report.failures = service.take_failures()
        service.store.add_failures(report.failures, report.run_id)
    finally:
        service.close()
    if report.inserted + report.existing == 0 and report.failures:
        first = report.failures[0]
        raise InputError(Code.E110, f"nothing could be read; first problem: {first.file}: {first.reason}")
    return report
