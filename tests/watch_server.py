"""A local HTTP server on 127.0.0.1 for the watch tests: feeds, sitemaps and pages written here.

Routes are set per test: a static Reply (with an ETag it answers 304 to, gzip on request), or a
function of the request. Every request is logged, so tests see the headers rawi sent. Nothing
here, and nothing a test serves, points at any address but 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Chunks = Callable[[], Iterator[bytes]]


@dataclass
class Reply:
    """What a route answers: status, body (or a stream of chunks), headers, an ETag for 304s."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    chunks: Chunks | None = None


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _Handler(BaseHTTPRequestHandler):
    server: LocalServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the request log instead."""

    def _request(self) -> Request:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        self.server.requests.append(request)
        return request

    def do_GET(self) -> None:
        self._answer(self._request())

    def do_POST(self) -> None:
        self._answer(self._request())

    def _answer(self, request: Request) -> None:
        route = self.server.routes.get(request.path.split("?")[0])
        reply = route(request) if callable(route) else route
        if reply is None:
            reply = Reply(b"not found", status=404, content_type="text/plain")
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(request, reply)

    def _send(self, request: Request, reply: Reply) -> None:
        if reply.etag and request.headers.get("if-none-match") == reply.etag:
            self.send_response(304)
            self.send_header("ETag", reply.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if reply.last_modified and request.headers.get("if-modified-since") == reply.last_modified:
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        for name, value in [
            *reply.headers.items(),
            ("ETag", reply.etag),
            ("Last-Modified", reply.last_modified),
        ]:
            if value:
                self.send_header(name, value)
        if reply.chunks is not None:
            self.send_header("Connection", "close")
            self.end_headers()
            for chunk in reply.chunks():
                self.wfile.write(chunk)
            self.close_connection = True
            return
        body = reply.body
        if reply.gzip and "gzip" in request.headers.get("accept-encoding", ""):
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class LocalServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 with settable routes and a request log."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Reply | Callable[[Request], Reply | None] | None] = {}
        self.requests: list[Request] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        """The server's origin, http://127.0.0.1:PORT."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def paths(self, method: str = "GET") -> list[str]:
        """The paths requested so far, in order."""
        return [r.path for r in self.requests if r.method == method]

    def start(self) -> LocalServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (link, title, description) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        f"<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>"
        for link, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://127.0.0.1/</link><description>{title}</description>{entries}</channel></rss>"
    ).encode()


def news_sitemap(urls: list[tuple[str, str]]) -> bytes:
    """A news sitemap of (url, title) entries."""
    entries = "".join(
        f"<url><loc>{u}</loc><news:news><news:publication><news:name>وكالة الاختبار</news:name>"
        f"<news:language>ar</news:language></news:publication>"
        f"<news:publication_date>2026-11-30T08:00:00Z</news:publication_date>"
        f"<news:title>{t}</news:title></news:news></url>"
        for u, t in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>"
    ).encode()


def article_page(headline: str, paragraphs: list[str]) -> bytes:
    """An HTML news page with a headline and paragraphs, as an outlet serves it."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{headline}</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    ).encode()
