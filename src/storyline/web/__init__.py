"""storyline.web: the web app over the store (FastAPI).  Every HTML page has a JSON twin under /api.

>>> from storyline.web import create_app
>>> app = create_app("desk.db", token="secret")      # an ASGI app (uvicorn, TestClient)

``storyline serve`` calls :func:`serve`.  FastAPI and uvicorn are imported lazily.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from storyline.options import Options

__all__ = ["create_app", "serve"]

log = logging.getLogger(__name__)


def create_app(db: str | None = None, token: str | None = None, options: Options | None = None) -> FastAPI:
    """See :func:`storyline.web.app.create_app`."""
    from storyline.web.app import create_app as _create

    return _create(db, token, options)


def serve(db: str | None, host: str, port: int) -> None:
    """Serve the store ``db`` on ``host:port`` until interrupted (uvicorn, one process)."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - depends on the install
        from storyline.errors import Code, ConfigError

        raise ConfigError(
            Code.E204, "the web app needs uvicorn and fastapi", hint="pip install 'storyline[web]' (fastapi, uvicorn)"
        ) from None
    app: Any = create_app(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: reads are open to anyone who can reach it", host)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
