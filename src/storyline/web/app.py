"""The web app: every page is rendered from the store's Briefs, every page has a JSON twin.

URL scheme (the JSON twin of an HTML page is the same path under ``/api``):

==========================  ===========================  =============================================
HTML page                   JSON twin                    what
==========================  ===========================  =============================================
``/``                       ``/api/stories``             story list: title, date span, sources, update
``/stories/{id}``           ``/api/stories/{id}``        the story's brief (the canonical Brief JSON)
``/articles/{id}``          ``/api/articles/{id}``       clean text, removed debris, the annotation
``/entities/{id}``          ``/api/entities/{id}``       an actor across stories, with its mentions
``/search?q=&outlet=&...``  ``/api/search?q=&...``       full-text search (FTS5), filters
—                           ``POST /api/articles``       add an article (Bearer token)
==========================  ===========================  =============================================

``/openapi.json`` describes the API.  Reads are open; writes need
``Authorization: Bearer <STORYLINE_TOKEN>`` (401 without, 403 wrong; when no
token is configured every write is refused with 403).

Robustness: request bodies above :data:`MAX_BODY` get 413; ids are 16 lowercase
hex digits (anything else is 422); no file is ever served from a user-given
path (the two static files have fixed names); every error is a JSON body
``{"error": {"status", "message", ...}}`` (HTML pages get an HTML error page),
and an unexpected exception is logged and answered with a generic 500 that
carries no traceback.

Threads: reads use one SQLite connection per worker thread; writes go to one
writer thread that owns the :class:`~storyline.service.Service`, so the
clusterer and dedup state are never shared between threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import hmac
import json
import logging
import math
import os
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.errors import Code, ConfigError, StorylineError
from storyline.options import Options
from storyline.records import RawDocument, content_id
from storyline.service import (
    Added,
    Service,
    load_brief,
    story_cheap_version,
    story_info,
    story_infos,
    story_members,
)
from storyline.store import Store, open_store
from storyline.web import pages

log = logging.getLogger(__name__)

MAX_BODY = 2_000_000  # bytes; larger request bodies get 413
ID = r"^[0-9a-f]{16}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
IdPath = Annotated[str, Path(pattern=ID, description="a 16-hex-digit content id")]


class ArticleIn(BaseModel):
    """An article to add.  Give ``text`` (plain text) or ``html`` (a page); the rest is optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=1_000_000, description="the article as plain text")
    html: str | None = Field(None, max_length=1_900_000, description="the article page as HTML")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=100, description="publication date, ISO 8601 preferred")
    outlet: str | None = Field(None, max_length=300)
    author: str | None = Field(None, max_length=500)


class AddedOut(BaseModel):
    article_id: str
    story_id: str | None
    status: Literal["inserted", "existing"]
    duplicate_of: str | None
    brief_update_seconds: float
    links: dict[str, str]


# --------------------------------------------------------------------------- state


class _Readers:
    """One read connection per thread (SQLite connections are not shared between threads)."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                with contextlib.suppress(Exception):  # owned by another thread: goes with the process
                    s.close()
            self._all.clear()


class _Writer:
    """The single writer thread and the Service it owns."""

    def __init__(self, db: str | None, options: Options) -> None:
        self.db = db
        self.options = options
        self._pool: ThreadPoolExecutor | None = None
        self._service: Service | None = None
        self._lock = threading.Lock()

    def _run(self, fn: Any, *args: Any) -> Any:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-writer")
            pool = self._pool
        return pool.submit(fn, *args)

    def _svc(self) -> Service:
        if self._service is None:
            self._service = Service(self.db, self.options)
            self._service.warm_up()
        return self._service

    def start(self) -> None:
        self._run(self._svc)

    async def add(self, raw: RawDocument) -> tuple[list[Added], list[str], float]:
        def work() -> tuple[list[Added], list[str], float]:
            svc = self._svc()
            svc.last_update_seconds = 0.0
            added = svc.add([raw])
            failures = [f"{f.code} {f.reason}" for f in svc.take_failures()]
            return added, failures, svc.last_update_seconds

        result: tuple[list[Added], list[str], float] = await asyncio.wrap_future(self._run(work))
        return result

    def close(self) -> None:
        if self._pool is not None:
            if self._service is not None:
                self._pool.submit(self._service.close).result()
            self._pool.shutdown(wait=True)
            self._pool = None


@dataclass
class _State:
    db: str | None
    token: str | None
    options: Options
    readers: _Readers
    writer: _Writer
    env: Any
    csp: str
    generation: int = 0
    pages: dict[str, _Cached] = field(default_factory=dict)  # story id -> rendered bodies
    index: tuple[Any, dict[str, list[tuple[str, str, dict[str, Any]]]], dict[str, dict[str, Any]]] | None = None
    story_keys: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # for related stories
    key_df: dict[str, int] = field(default_factory=dict)  # in how many stories each of those keys is
    lock: threading.Lock = field(default_factory=threading.Lock)


# --------------------------------------------------------------------------- middleware


class BodyLimit:
    """Refuse request bodies above ``limit`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(send, self.limit)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if len(body) > self.limit:
                await _too_large(send, self.limit)
                return
            if not message.get("more_body"):
                break
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    payload = json.dumps(
        {"error": {"status": 413, "message": f"request body larger than {limit} bytes; send a smaller article"}}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class SecurityHeaders:
    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers") or []) + self.headers
            await send(message)

        await self.app(scope, receive, wrapped)


# --------------------------------------------------------------------------- app


def create_app(db: str | None = None, token: str | None = None, options: Options | None = None) -> FastAPI:
    """The storyline web app over the store ``db`` (a SQLite file; default ./storyline.db).

    ``token`` (default: env ``STORYLINE_TOKEN``) authorises writes.
    """
    if db is not None and str(db).strip() in (":memory:", "sqlite://", "sqlite:///:memory:"):
        raise ConfigError(
            Code.E202,
            "the web app needs a store file shared by its threads; an in-memory store is private to one connection",
            hint="give --db PATH (a SQLite file)",
        )
    options = options or Options()
    token = token if token is not None else (os.environ.get("STORYLINE_TOKEN") or None)
    env = pages.environment()
    from storyline.records import Brief
    from storyline.render.html import render_html

    hashes = " ".join(pages.script_hashes(render_html(Brief())))
    csp = (
        "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        f"script-src 'self' {hashes}; connect-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )
    state = _State(db, token, options, _Readers(db), _Writer(db, options), env, csp)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.writer.start()  # warm the Service (spaCy, replay) in the background
        try:
            yield
        finally:
            state.writer.close()
            state.readers.close()

    app = FastAPI(
        title="storyline",
        summary="A living store of news stories: cited timelines, actors, places, figures, disagreements.",
        description=(
            "Every HTML page has a JSON twin at the same path under /api. Reads are open; "
            "writes need `Authorization: Bearer <STORYLINE_TOKEN>`."
        ),
        version=_version(),
        docs_url=None,  # the Swagger/ReDoc UIs load scripts from a CDN; the spec is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.storyline = state
    _install_errors(app, state)
    app.add_middleware(SecurityHeaders, csp=csp)
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    _routes(app, state)
    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("storyline")
    except Exception:
        return "0"


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _error(request: Request, state: _State, status: int, message: str, **extra: Any) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if _wants_html(request):
        html = state.env.get_template("error.html.j2").render(status=status, message=message, json_url=None, q="")
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse({"error": {"status": status, "message": message, **extra}}, status_code=status, headers=headers)


def _install_errors(app: FastAPI, state: _State) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, state, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg", ""))}
            for e in exc.errors()[:10]
        ]
        first = details[0] if details else {"where": "?", "problem": "invalid"}
        return _error(request, state, 422, f"invalid request: {first['where']}: {first['problem']}", details=details)

    @app.exception_handler(StorylineError)
    async def library_error(request: Request, exc: StorylineError) -> Response:
        return _error(request, state, 400, exc.message, code=exc.code.value, hint=exc.hint)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(request, state, 500, "internal error; it was logged on the server")


def _not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(404, f"no {what} with id {ident}")


# --------------------------------------------------------------------------- data access (read side)


@dataclass
class _Cached:
    """One story's rendered bodies (plain and gzip), built lazily, with the marks that validate them."""

    cheap: tuple[Any, ...]
    checked: float
    digest: str
    title: str
    brief_text: str
    members: list[str]
    bodies: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)  # kind -> (plain, gzip)

    @property
    def etag(self) -> str:
        return f'"{self.digest[:24]}"'


REVALIDATE_SECONDS = 2.0
MAX_CACHED_STORIES = 256


def _story_entry(state: _State, sid: str) -> _Cached:
    """The cache entry of a story, checked against the store.

    A cheap mark (this process's write generation, the story's updated_at and member
    count) is checked on every request; at most every REVALIDATE_SECONDS the stored
    brief itself is hashed, so a change made by another process within the same
    second is seen too.
    """
    store = state.readers.get()
    mark = story_cheap_version(store, sid)
    if mark is None:
        raise _not_found("story", sid)
    cheap = (state.generation, *mark)
    now = time.monotonic()
    entry = state.pages.get(sid)
    if entry is not None and entry.cheap == cheap and now - entry.checked < REVALIDATE_SECONDS:
        return entry
    info = story_info(store, sid)
    if info is None:
        raise _not_found("story", sid)
    title, brief_text, updated = info
    members = story_members(store, sid)
    digest = hashlib.sha256(
        "\x1f".join([title, updated or "", " ".join(members), brief_text or ""]).encode("utf-8")
    ).hexdigest()
    if entry is not None and entry.digest == digest:
        entry.cheap, entry.checked = cheap, now
        return entry
    head = {
        "id": sid,
        "title": title,
        "updated": updated,
        "articles": members,
        "links": {"html": f"/stories/{sid}", "json": f"/api/stories/{sid}"},
        "related": _related(state, sid),
    }
    # the stored brief is already canonical JSON: splice it in instead of parsing and re-serialising it
    body = (json.dumps(head, ensure_ascii=False)[:-1] + ',"brief":' + (brief_text or "null") + "}").encode("utf-8")
    entry = _Cached(cheap, now, digest, title, brief_text or "null", members)
    entry.bodies["json"] = (body, gzip.compress(body, 6))
    with state.lock:
        state.pages.pop(sid, None)
        state.pages[sid] = entry
        while len(state.pages) > MAX_CACHED_STORIES:  # forget the least recently rebuilt story
            state.pages.pop(next(iter(state.pages)))
    return entry


def _merged_into(state: _State, sid: str) -> str | None:
    """The story ``sid`` was merged into (the service merges stories the clusterer joins), or None
    when ``sid`` itself exists or never did."""
    target = state.readers.get().resolve_story(sid)
    return target if target is not None and target != sid else None


def _story_body(state: _State, sid: str, kind: Literal["json", "html"]) -> tuple[_Cached, bytes, bytes]:
    entry = _story_entry(state, sid)
    bodies = entry.bodies.get(kind)
    if bodies is None:
        html = _render_story(state, sid, entry.title, entry.brief_text, entry.members, state.readers.get())
        plain = html.encode("utf-8")
        bodies = (plain, gzip.compress(plain, 6))
        entry.bodies[kind] = bodies
    return entry, bodies[0], bodies[1]


def _prewarm(state: _State, sid: str) -> None:
    try:
        _story_body(state, sid, "json")
        _story_body(state, sid, "html")
    except Exception:  # a reader will render it (and report any error) on request
        log.exception("could not pre-render story %s", sid)


def _cached_response(request: Request, entry: _Cached, plain: bytes, packed: bytes, media_type: str) -> Response:
    headers = {"ETag": entry.etag, "Vary": "Accept-Encoding", "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == entry.etag:
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(packed, media_type=media_type, headers={**headers, "Content-Encoding": "gzip"})
    return Response(plain, media_type=media_type, headers=headers)


def _render_story(state: _State, sid: str, title: str, brief_text: str, members: list[str], store: Store) -> str:
    from storyline.render.html import render_html

    bar = state.env.get_template("sitebar.html.j2").render(json_url=f"/api/stories/{sid}", q="")
    links = [
        f'<li><a class="article" href="/articles/{a.id}">{pages.escape(a.title or a.file)}</a> '
        f'<span class="muted">{pages.escape(a.outlet or "outlet unknown")}</span></li>'
        for a in store.articles(members)
    ]
    related = [
        f'<li><a class="story" href="/stories/{r["id"]}">{pages.escape(r["title"])}</a> '
        f'<span class="muted">{r["shared"]} shared actors and places</span></li>'
        for r in _related(state, sid)
    ]
    also = f'<h2>Related stories</h2><ul id="related-stories">{"".join(related)}</ul>' if related else ""
    footer = (
        f'<section class="storylinks" id="story-articles"><h2>Articles of this story</h2><ul>{"".join(links)}</ul>'
        f"{also}"
        f'<p class="muted">JSON: <a href="/api/stories/{sid}">/api/stories/{sid}</a></p></section>'
    )
    if brief_text == "null":
        body = f"<h1>{pages.escape(title)}</h1><p>The brief of this story is being computed.</p>"
        return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{pages.escape(title)}</title></head><body>{body}</body></html>"
    brief = load_brief(brief_text)
    return pages.wrap_brief_page(render_html(brief), bar, footer)


def _index(state: _State) -> tuple[dict[str, list[tuple[str, str, dict[str, Any]]]], dict[str, dict[str, Any]]]:
    """entity id -> [(story id, story title, entity)], place id -> place; rebuilt when stories change."""
    store = state.readers.get()
    rows = store.stories()
    key = (state.generation, tuple((r.story_id, len(r.brief_json or "")) for r in rows))
    cached = state.index
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    entities: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    places: dict[str, dict[str, Any]] = {}
    story_keys: dict[str, tuple[str, frozenset[str]]] = {}
    for r in rows:
        if not r.brief_json:
            continue
        b = json.loads(r.brief_json)
        for e in b.get("entities") or []:
            entities.setdefault(str(e.get("id")), []).append((r.story_id, r.title, e))
        for p in b.get("places") or []:
            merged = places.setdefault(str(p.get("id")), {**p, "sources": []})
            merged["sources"] = sorted(set(merged["sources"]) | set(p.get("sources") or []))
        story_keys[r.story_id] = (r.title, _story_keys(b))
    key_df: dict[str, int] = {}
    for _title, keys in story_keys.values():
        for k in keys:
            key_df[k] = key_df.get(k, 0) + 1
    with state.lock:
        state.index = (key, entities, places)
        state.story_keys, state.key_df = story_keys, key_df
    return entities, places


_RELATED_PLACES = ("point", "town", "district", "region")


def _story_keys(brief: dict[str, Any]) -> frozenset[str]:
    """What two stories can share: their actors (by knowledge-base id or name) and their
    places below country level (countries and outlets are too common to relate stories)."""
    keys = {
        "e:" + str(e.get("kb_id") or str(e.get("name", "")).lower())
        for e in brief.get("entities") or []
        if e.get("type") not in ("place", "media_outlet") and len(e.get("mentions") or []) >= 2
    }
    keys |= {"p:" + str(p.get("id")) for p in brief.get("places") or [] if p.get("precision") in _RELATED_PLACES}
    return frozenset(keys)


def _related(state: _State, sid: str, limit: int = 5) -> list[dict[str, Any]]:
    """Other stories that share this story's places and actors (a campaign told in several
    stories months apart), best first: the shared keys weighted by how rare they are."""
    _index(state)
    with state.lock:  # both from one rebuild of the index
        keys_of, df = state.story_keys, state.key_df
    if sid not in keys_of:
        return []
    mine, n = keys_of[sid][1], len(keys_of)
    scored = []
    for other, (title, keys) in keys_of.items():
        shared = mine & keys
        places = [k for k in shared if k.startswith("p:")]
        if other == sid or not places or len(shared) < 3:
            continue
        score = sum(math.log(1 + n / df[k]) for k in shared)
        scored.append((-score, other, title, len(shared)))
    scored.sort()
    return [
        {
            "id": other,
            "title": title,
            "shared": count,
            "links": {"html": f"/stories/{other}", "json": f"/api/stories/{other}"},
        }
        for _s, other, title, count in scored[:limit]
    ]


def _entity_data(state: _State, eid: str) -> dict[str, Any]:
    entities, _ = _index(state)
    found = entities.get(eid)
    if not found:
        raise _not_found("entity", eid)
    first = found[0][2]
    name_key = (str(first.get("name", "")).lower(), first.get("type"))
    related = [
        (sid, title, e)
        for other, lst in entities.items()
        for sid, title, e in lst
        if other != eid and (str(e.get("name", "")).lower(), e.get("type")) == name_key
    ]
    store = state.readers.get()
    stories = []
    for sid, title, e in found + related:
        arts = {a.id: a for a in store.articles(list({m["source"] for m in e.get("mentions") or []}))}
        mentions = []
        for m in e.get("mentions") or []:
            a = arts.get(m["source"])
            mentions.append({**m, "outlet": (a.outlet if a else None) or "outlet unknown"})
        stories.append({"story_id": sid, "title": title, "entity_id": e.get("id"), "mentions": mentions})
    aliases = sorted({a for _, _, e in found for a in e.get("aliases") or []} - {first.get("name")})
    return {
        "id": eid,
        "name": first.get("name"),
        "type": first.get("type"),
        "aliases": aliases,
        "kb_id": first.get("kb_id"),
        "stories": stories,
        "links": {"html": f"/entities/{eid}", "json": f"/api/entities/{eid}"},
    }


def _article_data(state: _State, aid: str) -> dict[str, Any]:
    store = state.readers.get()
    doc = store.get_annotated(aid)
    article = doc.article if doc is not None else store.get_article(aid)
    if article is None:
        raise _not_found("article", aid)
    sid = store.story_of(aid)
    story = None
    if sid is not None:
        info = story_info(store, sid)
        story = {"id": sid, "title": info[0] if info else sid}
    return {
        "article": article.to_dict(),
        "annotation": doc.model_dump(mode="json", exclude={"article"}) if doc is not None else None,
        "story": story,
        "links": {"html": f"/articles/{aid}", "json": f"/api/articles/{aid}"},
        "_doc": doc,
    }


def _entity_links(state: _State, aid: str, sid: str | None) -> dict[tuple[int, str], str]:
    """(sentence, mention text) -> entity page, from the story's brief."""
    if sid is None:
        return {}
    entities, _ = _index(state)
    out: dict[tuple[int, str], str] = {}
    for eid, lst in entities.items():
        for story_id, _, e in lst:
            if story_id != sid:
                continue
            for m in e.get("mentions") or []:
                if m.get("source") == aid:
                    out[(int(m.get("sentence", -1)), str(m.get("text")))] = f"/entities/{eid}"
    return out


def _search_data(
    state: _State,
    q: str,
    outlet: str | None,
    date_from: str | None,
    date_to: str | None,
    entity: str | None,
    place: str | None,
    limit: int,
) -> dict[str, Any]:
    store = state.readers.get()
    allowed: set[str] | None = None
    if entity or place:
        entities, places = _index(state)
        allowed = set()
        if entity:
            wanted = entity.strip().lower()
            for eid, lst in entities.items():
                for _, _, e in lst:
                    names = {str(e.get("name", "")).lower(), *(str(a).lower() for a in e.get("aliases") or [])}
                    if eid == wanted or wanted in names:
                        allowed |= set(e.get("sources") or [])
        if place:
            wanted = place.strip().lower()
            found: set[str] = set()
            for pid, p in places.items():
                names = {str(p.get("name", "")).lower(), *(str(a).lower() for a in p.get("aliases") or [])}
                if pid == wanted or wanted in names:
                    found |= set(p.get("sources") or [])
            allowed = found if not entity else allowed & found
    hits: list[dict[str, Any]] = []
    if q.strip():
        for hit in store.search(
            q, limit=limit if allowed is None else 1000, outlet=outlet, date_from=date_from, date_to=date_to
        ):
            if allowed is None or hit.article_id in allowed:
                hits.append(
                    {
                        "article_id": hit.article_id,
                        "title": hit.title,
                        "outlet": hit.outlet,
                        "published": hit.published,
                        "snippet": hit.snippet,
                        "score": hit.score,
                    }
                )
    elif allowed is not None:
        for a in store.articles(sorted(allowed)):
            if outlet and a.outlet != outlet:
                continue
            pub = a.published.value
            if (date_from or date_to) and not pub:
                continue
            if date_from and pub and pub < date_from:
                continue
            if date_to and pub and pub[: len(date_to)] > date_to:
                continue
            hits.append(
                {
                    "article_id": a.id,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": pub,
                    "snippet": "",
                    "score": 0.0,
                }
            )
    hits = hits[:limit]
    titles: dict[str, str] = {}
    for h in hits:
        sid = store.story_of(h["article_id"])
        h["story_id"] = sid
        if sid is not None and sid not in titles:
            info = story_info(store, sid)
            titles[sid] = info[0] if info else sid
        h["story_title"] = titles.get(sid or "")
        h["links"] = {"article": f"/articles/{h['article_id']}", "story": f"/stories/{sid}" if sid else None}
    query = {"q": q, "outlet": outlet, "from": date_from, "to": date_to, "entity": entity, "place": place}
    return {"query": query, "results": hits}


# --------------------------------------------------------------------------- routes


def _routes(app: FastAPI, state: _State) -> None:
    def page(template: str, **context: Any) -> HTMLResponse:
        context.setdefault("q", "")
        return HTMLResponse(state.env.get_template(template).render(**context))

    # ---------------------------------------------------------------- static (fixed names, package files)
    css = pages.static_bytes("site.css")
    js = pages.static_bytes("site.js")
    icon = pages.static_bytes("favicon.svg")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(icon, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/site.css", include_in_schema=False)
    def site_css() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/static/site.js", include_in_schema=False)
    def site_js() -> Response:
        return Response(js, media_type="text/javascript", headers={"Cache-Control": "public, max-age=3600"})

    # ---------------------------------------------------------------- stories
    @app.get("/", response_class=HTMLResponse, tags=["pages"], summary="Story list")
    def index_page() -> HTMLResponse:
        store = state.readers.get()
        return page("index.html.j2", stories=story_infos(store), articles=store.count(), json_url="/api/stories")

    @app.get("/api/stories", tags=["stories"], summary="Story list (JSON twin of /)")
    def stories_json() -> dict[str, Any]:
        store = state.readers.get()
        return {
            "stories": [
                {
                    "id": s.story_id,
                    "title": s.title,
                    "articles": s.articles,
                    "sources": s.sources,
                    "first": s.first,
                    "last": s.last,
                    "updated": s.updated,
                    "links": {"html": f"/stories/{s.story_id}", "json": f"/api/stories/{s.story_id}"},
                }
                for s in story_infos(store)
            ]
        }

    @app.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"], summary="A story's brief")
    def story_page(story_id: IdPath, request: Request) -> Response:
        moved = _merged_into(state, story_id)
        if moved is not None:
            return RedirectResponse(f"/stories/{moved}", status_code=308)
        entry, plain, packed = _story_body(state, story_id, "html")
        response = _cached_response(request, entry, plain, packed, "text/html; charset=utf-8")
        response.headers["Link"] = f'</api/stories/{story_id}>; rel="alternate"; type="application/json"'
        return response

    @app.get(
        "/api/stories/{story_id}",
        tags=["stories"],
        summary="A story: id, title, member articles and its brief (storyline.brief/1)",
        responses={
            200: {"content": {"application/json": {}}},
            308: {"description": "the story was merged into another: its URL is in Location"},
            404: {"description": "no such story"},
        },
    )
    def story_json(story_id: IdPath, request: Request) -> Response:
        moved = _merged_into(state, story_id)
        if moved is not None:
            return RedirectResponse(f"/api/stories/{moved}", status_code=308)
        entry, plain, packed = _story_body(state, story_id, "json")
        return _cached_response(request, entry, plain, packed, "application/json")

    # ---------------------------------------------------------------- articles
    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["pages"], summary="An article")
    def article_page(article_id: IdPath) -> HTMLResponse:
        data = _article_data(state, article_id)
        doc = data["_doc"]
        a = data["article"]
        sid = data["story"]["id"] if data["story"] else None
        body = pages.article_body(doc, a["text"], article_id, _entity_links(state, article_id, sid))
        return page(
            "article.html.j2",
            a=a,
            story=data["story"],
            annotated=doc is not None,
            body=body,
            json_url=f"/api/articles/{article_id}",
        )

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="An article, its annotation and story")
    def article_json(article_id: IdPath) -> dict[str, Any]:
        data = _article_data(state, article_id)
        data.pop("_doc")
        return data

    def require_writer(request: Request) -> None:
        if not state.token:
            raise HTTPException(403, "writes are disabled: set STORYLINE_TOKEN on the server to allow them")
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(401, "writes need the header Authorization: Bearer <token>")
        if not hmac.compare_digest(given.strip().encode(), state.token.encode()):
            raise HTTPException(403, "wrong token")

    @app.post(
        "/api/articles",
        tags=["articles"],
        status_code=201,
        response_model=AddedOut,
        summary="Add an article: cleaned, deduplicated, annotated, assigned to a story; the story's brief is updated",
        responses={
            200: {"description": "already stored"},
            401: {"description": "no token"},
            403: {"description": "wrong token, or writes disabled"},
            413: {"description": "body too large"},
            422: {"description": "invalid article"},
        },
    )
    async def add_article(article: ArticleIn, _: None = Depends(require_writer)) -> Response:
        text = (article.text or "").strip() or None
        html = (article.html or "").strip() or None
        if (text is None) == (html is None):
            raise HTTPException(422, "give exactly one of 'text' or 'html'")
        meta = {
            k: v.strip()
            for k, v in {
                "title": article.title,
                "url": article.url,
                "published": article.published,
                "outlet": article.outlet,
                "author": article.author,
            }.items()
            if v and v.strip()
        }
        rid = content_id(text or html, meta.get("url"))
        raw = RawDocument(id=rid, file=f"api/{rid}", format="html" if html else "txt", text=text, html=html, meta=meta)
        added, failures, seconds = await state.writer.add(raw)
        if not added:
            raise HTTPException(
                422, "the article could not be added: " + ("; ".join(failures) or "nothing left after cleaning")
            )
        a = added[0]
        with state.lock:
            state.generation += 1
        if a.story_id and a.status == "inserted":  # render the updated story now, not on the next reader's time
            asyncio.get_running_loop().run_in_executor(None, _prewarm, state, a.story_id)
        out = AddedOut(
            article_id=a.article_id,
            story_id=a.story_id,
            status=a.status,
            duplicate_of=a.duplicate_of,
            brief_update_seconds=round(seconds, 4),
            links={
                "article": f"/articles/{a.article_id}",
                "article_json": f"/api/articles/{a.article_id}",
                **(
                    {"story": f"/stories/{a.story_id}", "story_json": f"/api/stories/{a.story_id}"}
                    if a.story_id
                    else {}
                ),
            },
        )
        return JSONResponse(out.model_dump(), status_code=201 if a.status == "inserted" else 200)

    # ---------------------------------------------------------------- entities
    @app.get("/entities/{entity_id}", response_class=HTMLResponse, tags=["pages"], summary="An actor across stories")
    def entity_page(entity_id: IdPath) -> HTMLResponse:
        data = _entity_data(state, entity_id)
        store = state.readers.get()
        sentences: dict[str, dict[int, str]] = {}
        for s in data["stories"]:
            for m in s["mentions"]:
                if m["source"] not in sentences:
                    art = store.get_annotated(m["source"])
                    sentences[m["source"]] = {x.index: x.text for x in art.sentences} if art is not None else {}
                m["sentence_text"] = sentences[m["source"]].get(int(m.get("sentence", -1)), "")
        return page("entity.html.j2", e=data, stories=data["stories"], json_url=f"/api/entities/{entity_id}")

    @app.get("/api/entities/{entity_id}", tags=["entities"], summary="An actor: names, stories and mentions")
    def entity_json(entity_id: IdPath) -> dict[str, Any]:
        return _entity_data(state, entity_id)

    # ---------------------------------------------------------------- search
    def search_params(
        q: Annotated[str, Query(max_length=500, description='words; "quoted phrases" stay phrases')] = "",
        outlet: Annotated[str | None, Query(max_length=300)] = None,
        date_from: Annotated[str | None, Query(alias="from", pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
        date_to: Annotated[str | None, Query(alias="to", pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
        entity: Annotated[str | None, Query(max_length=300, description="entity id or name")] = None,
        place: Annotated[str | None, Query(max_length=300, description="place id or name")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> dict[str, Any]:
        return {
            "q": q,
            "outlet": outlet or None,
            "date_from": date_from or None,
            "date_to": date_to or None,
            "entity": entity or None,
            "place": place or None,
            "limit": limit,
        }

    @app.get("/search", response_class=HTMLResponse, tags=["pages"], summary="Search page")
    def search_page(params: dict[str, Any] = Depends(search_params)) -> HTMLResponse:
        searched = bool(params["q"].strip() or params["entity"] or params["place"])
        data = _search_data(state, **params) if searched else {"query": {}, "results": []}
        query = {
            "q": params["q"],
            "outlet": params["outlet"],
            "from": params["date_from"],
            "to": params["date_to"],
            "entity": params["entity"],
            "place": params["place"],
        }
        from urllib.parse import urlencode

        twin = "/api/search?" + urlencode({k: v for k, v in query.items() if v})
        return page(
            "search.html.j2", query=query, results=data["results"], searched=searched, q=params["q"], json_url=twin
        )

    @app.get("/api/search", tags=["search"], summary="Full-text search over the stored articles")
    def search_json(params: dict[str, Any] = Depends(search_params)) -> dict[str, Any]:
        return _search_data(state, **params)

    @app.get("/api/health", tags=["meta"], summary="Liveness and store size")
    def health() -> dict[str, Any]:
        store = state.readers.get()
        return {"ok": True, "articles": store.count(), "writes": bool(state.token)}
