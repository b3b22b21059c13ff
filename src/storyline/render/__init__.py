"""Renderers: one Brief, many formats.  JSON is canonical; the others read the same Brief.

>>> from storyline.render import render, FORMATS
>>> text = render(brief, "md")
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.errors import Code, ConfigError
from storyline.records import Brief


def _json(brief: Brief) -> str:
    from storyline.render.json import render_json

    return render_json(brief)


def _md(brief: Brief) -> str:
    from storyline.render.markdown import render_markdown

    return render_markdown(brief)


def _html(brief: Brief) -> str:
    from storyline.render.html import render_html

    return render_html(brief)


def _csv(brief: Brief) -> str:
    from storyline.render.tabular import render_csv

    return render_csv(brief)


def _geojson(brief: Brief) -> str:
    from storyline.render.tabular import render_geojson

    return render_geojson(brief)


RENDERERS: dict[str, Callable[[Brief], str]] = {
    "json": _json,
    "md": _md,
    "html": _html,
    "csv": _csv,
    "geojson": _geojson,
}
FORMATS = tuple(RENDERERS)
EXTENSIONS = {"json": "json", "md": "md", "html": "html", "csv": "csv", "geojson": "geojson"}


def render(brief: Brief, fmt: str) -> str:
    """Render a Brief in one of :data:`FORMATS`."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ConfigError(Code.E202, f"unknown format {fmt!r}", hint=f"choose from: {', '.join(FORMATS)}") from None
    return renderer(brief)
