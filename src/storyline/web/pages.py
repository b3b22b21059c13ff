"""HTML for the web app: the site templates and the article-text highlighter.

All article text is untrusted: it reaches the page only through Jinja2's
autoescape or :func:`html.escape`; nothing from a user or an article is marked
safe without escaping first.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from importlib import resources
from typing import Any

from storyline.records import AnnotatedArticle
from storyline.render.common import anchor, human_date

_SNIPPET_MARK = re.compile(r"\[([^\[\]]{1,200})\]")
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def environment() -> Any:
    """The Jinja2 environment of the site templates (autoescape on)."""
    from jinja2 import Environment, FunctionLoader, select_autoescape

    def load(name: str) -> str | None:
        if not re.fullmatch(r"[a-z_]+\.html\.j2", name):
            return None
        path = resources.files("storyline.web").joinpath("templates", name)
        return path.read_text("utf-8") if path.is_file() else None

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["human_date"] = lambda v: human_date(v) if isinstance(v, str) or v is None else human_date(**v)
    env.filters["marks"] = snippet_html
    env.filters["human_time"] = human_time
    env.globals["anchor"] = anchor
    return env


def human_time(stamp: str | None) -> str:
    """An ISO timestamp as a reader writes it, in UTC: "2026-11-24T02:08:33+00:00" -> "24 November 2026,
    02:08"; "—" when there is none, and the text itself when it is not a timestamp."""
    if not stamp:
        return "—"
    from datetime import UTC, datetime

    try:
        t = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if t.tzinfo is not None:
        t = t.astimezone(UTC)
    return f"{human_date(t.date().isoformat())}, {t:%H:%M}"


def snippet_html(snippet: str) -> Any:
    """An FTS snippet (matches in [ ]) as escaped HTML with <mark> around the matches."""
    from markupsafe import Markup

    safe = escape(snippet, quote=True)
    return Markup(_SNIPPET_MARK.sub(lambda m: f'<mark class="hit">{m.group(1)}</mark>', safe))


def static_bytes(name: str) -> bytes:
    """A vendored static file of the package (fixed names only)."""
    if name not in ("site.css", "site.js", "favicon.svg"):
        raise KeyError(name)
    return resources.files("storyline.web").joinpath("static", name).read_bytes()


def script_hashes(html_page: str) -> list[str]:
    """CSP hashes ('sha256-...') of the inline scripts of a page rendered from *no user data*."""
    out = []
    for body in _SCRIPT.findall(html_page):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        out.append(f"'sha256-{digest}'")
    return out


def wrap_brief_page(brief_html: str, bar: str, footer: str) -> str:
    """Put the site bar and stylesheet around the brief page rendered by storyline.render.html."""
    page = brief_html.replace("</head>", '<link rel="stylesheet" href="/static/site.css">\n</head>', 1)
    page = page.replace("<body>", "<body>\n" + bar, 1)
    return page.replace("</body>", footer + "\n</body>", 1)


def _spans(doc: AnnotatedArticle, entity_links: dict[tuple[int, str], str]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, css class, title, link) of the highlights; non-overlapping, longest first on ties."""
    raw: list[tuple[int, int, str, str, str]] = []
    for f in doc.figures:
        label = (
            f"figure: {f.value:g}" + (f" {f.what}" if f.what else "") + (f" (said by {f.said_by})" if f.said_by else "")
        )
        raw.append((f.start, f.end, "figure", label, ""))
    for t in doc.times:
        raw.append(
            (
                t.start,
                t.end,
                "date",
                f"{t.type}: {t.value or 'unresolved'}" + (f" ({t.reason})" if t.reason else ""),
                "",
            )
        )
    for p in doc.toponyms:
        raw.append((p.start, p.end, "place", "place", ""))
    for m in doc.mentions:
        if m.label in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"):
            continue
        link = entity_links.get((m.sentence, m.text), "")
        raw.append((m.start, m.end, "ent", m.label, link))
    text_len = len(doc.article.text)
    raw = [s for s in raw if 0 <= s[0] < s[1] <= text_len]
    raw.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str, str, str]] = []
    last = -1
    for s in raw:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


def article_body(doc: AnnotatedArticle | None, text: str, article_id: str, links: dict[tuple[int, str], str]) -> str:
    """The clean text as escaped HTML: sentences with citation anchors, highlights as <mark>."""
    if doc is None or not doc.sentences:
        return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    spans = _spans(doc, links)
    parts: list[str] = ["<p>"]
    pos = 0
    k = 0
    for s in doc.sentences:
        if s.start < pos or s.end > len(text):
            continue
        gap = text[pos : s.start]
        if "\n" in gap and pos > 0:
            parts.append("</p>\n<p>")
        elif gap:
            parts.append(escape(gap))
        parts.append(f'<span class="sent" id="{anchor(article_id, s.index)}">')
        cur = s.start
        while k < len(spans) and spans[k][0] < s.start:
            k += 1
        while k < len(spans) and spans[k][1] <= s.end:
            start, end, cls, title, link = spans[k]
            parts.append(escape(text[cur:start]))
            inner = escape(text[start:end])
            if link:
                inner = f'<a href="{escape(link)}">{inner}</a>'
            parts.append(f'<mark class="{cls}" title="{escape(title)}">{inner}</mark>')
            cur = end
            k += 1
        parts.append(escape(text[cur : s.end]) + "</span>")
        pos = s.end
    tail = text[pos:]
    if tail.strip():
        parts.append(escape(tail))
    parts.append("</p>")
    return "".join(parts)
