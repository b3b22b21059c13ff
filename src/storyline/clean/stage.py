"""The cleaning stage: RawDocument -> Article (text, title, outlet, date, language)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import storyline.clean.dedup  # noqa: F401  (registers "dedup")
from storyline.options import Options
from storyline.pipeline import ErrorHandler, register
from storyline.records import Article, RawDocument


class Cleaner:
    name = "clean"
    requires = ("raw",)
    assigns = (
        "article.text",
        "article.title",
        "article.outlet",
        "article.published",
        "article.language",
        "article.removed",
    )

    def __init__(self, options: Options) -> None:
        self.options = options

    def warm_up(self) -> None:
        from storyline.clean.article import warm_up

        warm_up()  # the language model and trafilatura, once per process

    def pipe(self, items: Iterable[RawDocument], errors: ErrorHandler) -> Iterator[Article]:
        from storyline.clean.article import clean_document

        for raw in items:
            try:
                yield clean_document(raw, self.options)
            except Exception as exc:
                errors.fail(raw.file, self.name, exc)


@register("clean", requires=("raw",), assigns=Cleaner.assigns)
def make_cleaner(options: Options) -> Cleaner:
    """Page debris out; title, outlet, byline, publication date and language in."""
    return Cleaner(options)
