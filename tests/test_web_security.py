"""Untrusted article text stays inert on every page; SQL takes parameters; static files stay put."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from web_store import EVIL_SPEAKER, build_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient", reason="httpx is needed by TestClient").TestClient
RAW_MARKUP = (
    "<script>alert",
    "<img src=x",
    "onerror=alert(1)>",
    'href="javascript:',
    "<i>منفذ",
    "<b>article",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("sec") / "news.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    from rawi.web import create_app

    return TestClient(create_app(db), raise_server_exceptions=False)


def hostile_article_id(client: TestClient) -> str:
    return client.get("/api/search", params={"q": "الخبر"}).json()["rows"][0]["article_id"]


def test_every_page_renders_hostile_text_inert(client: TestClient) -> None:
    pages = [
        "/", "/?q=alert", "/?q=الخبر", "/speakers", f"/articles/{hostile_article_id(client)}", "/denials",
        "/outlets",
        "/rejections", "/speakers/" + quote(EVIL_SPEAKER, safe=""), "/no-such-page-<script>alert(1)</script>",
    ]  # fmt: skip
    for page in pages:
        response = client.get(page)
        assert response.status_code in (200, 404), page
        html = response.text
        for raw in RAW_MARKUP:
            assert raw not in html, (page, raw)
        assert html.count("<script") == 1, page  # rawi's own /static/rawi.js only
    article = client.get(f"/articles/{hostile_article_id(client)}").text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in article
    assert (
        'href="javascript:' not in article and "hostile.html" in article
    )  # its javascript: url is not a link


def test_pages_forbid_inline_script(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/api/stats").headers["x-content-type-options"] == "nosniff"


def test_filters_are_parameters_not_sql(client: TestClient) -> None:
    for params in ({"speaker": "x' OR 1=1 --"}, {"outlet": "%' OR '1'='1"}, {"role": "_"}, {"q": "'; DROP"}):
        response = client.get("/api/search", params=params)
        assert response.status_code == 200 and response.json()["total"] == 0, params
    assert client.get("/api/speakers/" + quote("O'Brien%_", safe="")).status_code == 404
    assert client.get("/api/stats").json()["stats"]["statements"] == 8


@pytest.fixture(scope="module")
def live(db: Path) -> Iterator[int]:
    """A real server, so raw request paths reach the app without client-side normalisation."""
    import uvicorn

    from rawi.web import create_app

    sock = socket.socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # else responses wait for a delayed ACK
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2ferrors.py",
        "/static/....//app.py", "/static/..\\app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
    ],
)  # fmt: skip
def test_static_files_cannot_be_escaped(live: int, path: str) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", live, timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    assert response.status in (400, 404), path
    assert "create_app" not in body and "root:" not in body and "CODES" not in body


def test_static_files_are_served(live: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", live, timeout=10)
    conn.request("GET", "/static/rawi.css")
    response = conn.getresponse()
    assert response.status == 200 and b"right-to-left" in response.read()
    conn.close()


def test_concurrent_requests_all_answer(live: int) -> None:
    """Requests move between the server's threads; each gets its own read-only connection."""
    statuses: list[int] = []

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", live, timeout=30)
        for path in ("/api/search?q=" + quote("صفقة"), "/api/stats", "/denials", "/api/outlets"):
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            statuses.append(response.status)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 32
