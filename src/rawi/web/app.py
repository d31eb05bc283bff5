"""The `rawi serve` application: HTML pages (RTL, Arabic) and the JSON API over a read-only store.

create_app(db_path) builds a fresh app; nothing is kept between apps.  Every error is
answered in one shape: JSON `{"ok": false, "error", "status"}` under /api/, and the same
fields as an Arabic HTML page elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rawi import __version__
from rawi.errors import RawiError
from rawi.web import api, pages, watch_pages
from rawi.web.highlight import KIND_AR, QUOTE_AR, STANCE_AR
from rawi.web.links import safe_link, speaker_url, with_query
from rawi.web.responses import error_json

HERE = Path(__file__).parent
DB_ENV = "RAWI_DB"
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
        version=__version__,
    )
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    """Errors under /api/ (and of the OpenAPI document) are JSON; elsewhere a page."""
    return request.url.path.startswith(("/api/", "/openapi"))


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape, as JSON or as an HTML page with the same fields."""
    if _wants_json(request):
        return error_json(status, message)
    context = {"ok": False, "error": message, "status": status}
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

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """An HTTP error (404, 405...) in the one shape."""
        return error_response(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        """A parameter that fails validation: 422."""
        return error_response(request, 422, _validation_message(exc))

    async def rawi_error(request: Request, exc: RawiError) -> Response:
        """A rawi error (an invalid search query): 400 with its message."""
        return error_response(request, 400, exc.message)

    async def crash(request: Request, exc: Exception) -> Response:
        """Anything unexpected: 500, details only in the server log."""
        return error_response(request, 500, "internal error; see the server log")

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(RawiError, rawi_error)
    app.add_exception_handler(Exception, crash)


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every response (lighter than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers when the response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            """Add the security headers to the response start."""
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_path: str | Path) -> FastAPI:
    """The web app serving the store at `db_path`, which it opens read-only per request."""
    app = FastAPI(
        title="rawi",
        version=__version__,
        description="Who said what, according to whom: attributed statements in the news.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = Path(db_path)
    app.state.templates = templates()

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(watch_pages.router)
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app for the store named by $RAWI_DB: the factory each uvicorn worker process calls."""
    return create_app(os.environ[DB_ENV])
