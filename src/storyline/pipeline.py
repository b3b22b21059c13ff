"""Stages, their contracts, and the pipeline that streams records through them.

A *stage* turns a stream of records into a stream of records, one declared type in
and one out, keeping order::

    class Stage(Protocol):
        name: str                 # registered name
        requires: tuple[str, ...] # facts it needs upstream (e.g. "article.text")
        assigns: tuple[str, ...]  # facts it sets
        def warm_up(self) -> None: ...          # load heavy things once
        def pipe(self, items, errors) -> Iterator  # stream, keep order

Constructors are cheap (no model loads, no I/O); ``warm_up`` does the heavy work
once per process.  A stage that fails on one item calls ``errors.fail(...)`` and
goes on; with ``on_error="raise"`` (tests) the failure is raised instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from storyline.errors import Code, ConfigError, StorylineError
from storyline.options import Options
from storyline.records import Failure

log = logging.getLogger(__name__)


class ErrorHandler:
    """Collects per-item failures; the batch goes on (or raises, in tests)."""

    def __init__(self, mode: str = "record") -> None:
        self.mode = mode
        self.failures: list[Failure] = []

    def fail(self, file: str, stage: str, exc: BaseException) -> None:
        if isinstance(exc, StorylineError):
            code, reason = exc.code.value, exc.message + (f" ({exc.hint})" if exc.hint else "")
        else:
            code, reason = Code.E401.value, f"{type(exc).__name__}: {exc}"
        failure = Failure(file=file, stage=stage, code=code, reason=" ".join(reason.split()))
        if self.mode == "raise":
            raise exc
        log.warning("%s %s: %s", failure.code, file, failure.reason)
        self.failures.append(failure)

    def record(self, failure: Failure) -> None:
        if self.mode == "raise":
            raise StorylineError(Code(failure.code), failure.reason, file=failure.file, hint="")
        self.failures.append(failure)


@runtime_checkable
class Stage(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def warm_up(self) -> None: ...

    def pipe(self, items: Iterable[Any], errors: ErrorHandler) -> Iterator[Any]: ...


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[[Options], Stage]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str = ""


_REGISTRY: dict[str, StageInfo] = {}


def register(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[Callable[[Options], Stage]], Callable[[Options], Stage]]:
    """Register a stage factory under a name, with what it needs and sets."""

    def deco(factory: Callable[[Options], Stage]) -> Callable[[Options], Stage]:
        _REGISTRY[name] = StageInfo(name, factory, requires, assigns, (factory.__doc__ or "").strip())
        return factory

    return deco


def registered() -> dict[str, StageInfo]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def _load_builtin_stages() -> None:
    # importing the modules registers their stages; cheap (no models load here)
    import storyline.annotate.stage
    import storyline.clean.stage  # noqa: F401


def check_wiring(names: list[str], provided: Iterable[str] = ("raw",)) -> None:
    """Fail early (E203) when a stage needs what nothing upstream assigns."""
    reg = registered()
    have = set(provided)
    for name in names:
        if name not in reg:
            raise ConfigError(Code.E202, f"unknown stage {name!r}", hint=f"choose from: {', '.join(sorted(reg))}")
        info = reg[name]
        missing = [r for r in info.requires if r not in have]
        if missing:
            raise ConfigError(
                Code.E203,
                f"stage {name!r} needs {', '.join(missing)}, which no stage before it assigns",
            )
        have.update(info.assigns)


@dataclass
class Pipeline:
    """An ordered list of stages built from options; streams items through them."""

    stages: list[Stage]
    errors: ErrorHandler = field(default_factory=ErrorHandler)

    @classmethod
    def build(cls, names: list[str], options: Options, provided: Iterable[str] = ("raw",)) -> Pipeline:
        check_wiring(names, provided)
        reg = registered()
        return cls([reg[n].factory(options) for n in names], ErrorHandler(options.on_error))

    def warm_up(self) -> None:
        for stage in self.stages:
            stage.warm_up()

    def pipe(self, items: Iterable[Any]) -> Iterator[Any]:
        stream: Iterable[Any] = items
        for stage in self.stages:
            stream = stage.pipe(stream, self.errors)
        yield from stream


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
