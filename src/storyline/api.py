"""The library's front door.  The CLI and the web app are thin layers over this.

>>> from storyline import api
>>> result = api.process(["examples/raqqa"])           # clean + dedup (+ annotate)
>>> brief = api.make_brief(result)                      # the canonical Brief
>>> from storyline.render import render
>>> html = render(brief, "html")
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from storyline.clean.furniture import strip_batch_furniture
from storyline.errors import Code, InputError
from storyline.options import Options
from storyline.pipeline import ErrorHandler, Pipeline
from storyline.records import AnnotatedArticle, Article, Brief, Failure, RawDocument

log = logging.getLogger(__name__)

CLEAN_STAGES = ["clean", "dedup"]


@dataclass
class Result:
    """What a run produced: articles in input order, their annotations, failures."""

    inputs: list[str]
    articles: list[Article] = field(default_factory=list)
    annotated: list[AnnotatedArticle] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def read(
    paths: Sequence[str], options: Options, errors: ErrorHandler, stdin: IO[Any] | None = None
) -> Iterator[RawDocument]:
    from storyline.ingest import read_paths

    yield from read_paths(paths, options, errors, stdin=stdin)  # type: ignore[arg-type]


def clean_stream(
    paths: Sequence[str],
    options: Options | None = None,
    errors: ErrorHandler | None = None,
    stdin: IO[Any] | None = None,
) -> Iterator[Article]:
    """Read and clean, streaming: one Article at a time, input order kept."""
    options = options or Options()
    pipeline = Pipeline.build(CLEAN_STAGES, options)
    if errors is not None:
        pipeline.errors = errors
    pipeline.warm_up()
    yield from pipeline.pipe(read(paths, options, pipeline.errors, stdin))


def annotate(articles: Iterable[Article], options: Options, errors: ErrorHandler) -> Iterator[AnnotatedArticle]:
    pipeline = Pipeline.build(["annotate"], options, provided=("raw", "article.text"))
    pipeline.errors = errors
    pipeline.warm_up()
    yield from pipeline.pipe(articles)


def understandable(article: Article) -> bool:
    """Whether the understanding stages run on an article.

    Duplicates are skipped (a copy adds no independent evidence, and a syndicated story can
    arrive hundreds of times); so is text confidently detected as another language than
    English, which the English pipeline would misread (the brief says so in its warnings).
    """
    if article.duplicate_of is not None:
        return False
    return article.language in (None, "en") or article.language_low_confidence


def process(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    understand: bool = True,
    stdin: IO[Any] | None = None,
    progress: Callable[[Article], None] | None = None,
) -> Result:
    """Read, clean, deduplicate and (by default) annotate everything under ``paths``.

    Raises InputError E110 when nothing at all could be read.
    """
    options = options or Options()
    errors = ErrorHandler(options.on_error)
    result = Result(inputs=list(paths))
    for article in clean_stream(paths, options, errors, stdin):
        result.articles.append(article)
        if progress is not None:
            progress(article)
    # a line an outlet prints at the head or tail of many of its pages in this batch (a promo or
    # related-link line) is site furniture that per-page cleaning cannot see
    result.articles, _ = strip_batch_furniture(result.articles)
    if understand and result.articles:  # one pipeline, one model load; the stage batches internally
        result.annotated = list(annotate([a for a in result.articles if understandable(a)], options, errors))
    result.failures = list(errors.failures)
    if not result.articles:
        reasons = "; ".join(f"{f.file}: {f.code} {f.reason}" for f in result.failures[:3])
        raise InputError(
            Code.E110,
            f"no article could be read from {', '.join(paths) or 'stdin'}" + (f" — {reasons}" if reasons else ""),
        )
    return result


def make_brief(result: Result, options: Options | None = None) -> Brief:
    """Assemble the canonical Brief from a run's result."""
    from storyline.story.brief import build_brief

    return build_brief(result, options or Options())
