"""The `rawi serve` application: HTML pages (RTL, Arabic) and the JSON API over a read-only store.

create_app(db_path) builds a fresh app; nothing is kept between apps.  Every error is
answered in one shape: JSON `{"ok": false, "error", "status"}` under /api/, and the same
fields as an Arabic HTML page elsewhere.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Collection
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rawi import __version__
from rawi.errors import RawiError
from rawi.store.budget import SERVER_TIME_LIMIT, cancelled
from rawi.web import api, pages, watch_pages
from rawi.web.highlight import CLAIM_ROLE_AR, KIND_AR, QUOTE_AR, STANCE_AR, STATUS_AR
from rawi.web.links import safe_link, speaker_url, with_query
from rawi.web.messages import arabic_validation
from rawi.web.responses import error_json

HERE = Path(__file__).parent
LOG = logging.getLogger("rawi.web")
DB_ENV = "RAWI_DB"
HOSTS_ENV = "RAWI_ALLOWED_HOSTS"
TIME_LIMIT_ENV = "RAWI_TIME_LIMIT"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def templates() -> Jinja2Templates:
    """The page templates, autoescaped, with rawi's helpers and Arabic labels."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals.update(
        speaker_url=speaker_url,
        safe_link=safe_link,
        with_query=with_query,
        STANCE_AR=STANCE_AR,
        QUOTE_AR=QUOTE_AR,
        KIND_AR=KIND_AR,
        STATUS_AR=STATUS_AR,
        CLAIM_ROLE_AR=CLAIM_ROLE_AR,
        version=__version__,
    )
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    """Errors under /api/ (and of the OpenAPI document) are JSON; elsewhere a page."""
    return request.url.path.startswith(("/api/", "/openapi"))


def error_response(request: Request, status: int, message: str, page_message: str | None = None) -> Response:
    """The one error shape, as JSON or as an HTML page with the same fields.

    The page says `page_message` (Arabic) when given, and keeps what was typed in its search form.
    """
    if _wants_json(request):
        return error_json(status, message)
    context = {"ok": False, "error": page_message or message, "status": status, "typed": request.query_params}
    return request.app.state.templates.TemplateResponse(request, "error.html", context, status_code=status)


def _validation_message(error: RequestValidationError) -> str:
    """Validation errors as one line: `limit: Input should be ...; stance: ...`."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Answer HTTP errors, validation errors, rawi errors and crashes in the one error shape."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """An HTTP error (404, 405...) in the one shape."""
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        """A parameter that fails validation: 422, said in Arabic on a page."""
        return error_response(request, 422, _validation_message(exc), arabic_validation(exc.errors()))

    @app.exception_handler(RawiError)
    async def rawi_error(request: Request, exc: RawiError) -> Response:
        """A rawi error (an invalid search query): 400 with its message."""
        return error_response(request, 400, exc.message)

    @app.exception_handler(sqlite3.OperationalError)
    async def store_error(request: Request, exc: sqlite3.OperationalError) -> Response:
        """A query cancelled past the time limit: 503 with E015; any other store error: 500."""
        error = cancelled(exc, request.app.state.time_limit)
        if error is None:
            LOG.error("store error on %s: %s", request.url.path, exc)
            return error_response(request, 500, "internal error; see the server log")
        return error_response(request, 503, error.message)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        """Anything unexpected: 500, details only in the server log."""
        return error_response(request, 500, "internal error; see the server log")


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every response (lighter than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers when the response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            """Add the security headers to the response start."""
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Answered here, inside this middleware, so a crash still carries the headers and
            # the connection ends with a whole response instead of a reset.
            LOG.exception("internal error on %s", scope.get("path"))
            if started:
                raise
            response = error_response(Request(scope), 500, "internal error; see the server log")
            await response(scope, receive, send_with_headers)


def host_name(header: str) -> str:
    """The host of a Host header, lower case, without its port: `[::1]:8000` -> `::1`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class CheckedHost:
    """ASGI middleware answering 400 to a Host header that does not name the server.

    A page on another site can make a browser send requests to 127.0.0.1 under its own host
    name (DNS rebinding); refusing unknown Host headers keeps such pages from reading the API.
    """

    def __init__(self, app: ASGIApp, allowed: Collection[str]) -> None:
        self.app = app
        self.allowed = frozenset(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass requests whose Host is allowed; answer others with the error shape."""
        if scope["type"] == "http":
            host = host_name(dict(scope["headers"]).get(b"host", b"").decode("latin-1"))
            if host not in self.allowed:
                request = Request(scope)
                response = error_response(
                    request, 400, f"host {host!r} is not served here; use {sorted(self.allowed)[0]}"
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(
    db_path: str | Path, allowed_hosts: Collection[str] | None = None, time_limit: float = SERVER_TIME_LIMIT
) -> FastAPI:
    """The web app serving the store at `db_path`, which it opens read-only per request.

    With `allowed_hosts`, requests whose Host header names another host are refused. Each
    request's queries are cancelled once they have run `time_limit` seconds (0: never).
    """
    app = FastAPI(
        title="rawi",
        version=__version__,
        description="Who said what, according to whom: attributed statements in the news.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = Path(db_path)
    app.state.time_limit = time_limit
    app.state.templates = templates()

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(watch_pages.router)
    install_error_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    if allowed_hosts is not None:
        app.add_middleware(CheckedHost, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app for the store named by $RAWI_DB: the factory each uvicorn worker process calls."""
    hosts = os.environ.get(HOSTS_ENV)
    limit = float(os.environ.get(TIME_LIMIT_ENV, SERVER_TIME_LIMIT))
    return create_app(os.environ[DB_ENV], hosts.split(",") if hosts else None, limit)
