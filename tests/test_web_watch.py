"""/alerts, /alerts.atom and /feeds: what `rawi watch` publishes, escaped; empty for an unwatched store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rawi.store import connect
from rawi.store.watch_state import add_feeds, record_failure

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient", reason="httpx is needed by TestClient").TestClient
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = "نفى الوزير </title><script>alert(1)</script> الخبر"


def watched_store(path: Path) -> Path:
    """A store with one alert whose content is hostile markup, and one failing feed."""
    conn = connect(path)
    statement = {
        "id": "s1", "content": HOSTILE, "speaker": "وزير المالية", "speaker_role": None, "stance": "deny",
        "quote_type": "indirect", "cue": "نفى", "date": "2026-11-30", "headline": "عنوان", "outlet": "وكالة",
        "url": "https://news.example/a", "file": "a", "article_id": "a1",
    }  # fmt: skip
    rules = [{"id": 1, "kind": "search", "value": "الوزير", "stance": "deny", "reason": "search:deny"}]
    payload = {"fired": "2026-11-30T08:00:00+00:00", "rules": rules, "statement": statement}
    conn.execute(
        "INSERT INTO alerts(statement_id, rules, fired, payload) VALUES ('s1', '[1]', 1.0, ?)",
        (json.dumps(payload, ensure_ascii=False),),
    )
    add_feeds(conn, ["https://news.example/feed.xml"])
    record_failure(conn, "https://news.example/feed.xml", "HTTP 404 Not Found", 1.0, 600.0)
    conn.close()
    return path


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    from rawi.web import create_app

    return TestClient(create_app(watched_store(tmp_path / "news.db")))


def test_the_alerts_page_lists_alerts_escaped(client: TestClient) -> None:
    html = client.get("/alerts").text
    assert '<html lang="ar" dir="rtl">' in html and "وزير المالية" in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "search: الوزير (deny)" in html


def test_the_atom_feed_is_well_formed_with_one_entry_per_alert(client: TestClient) -> None:
    response = client.get("/alerts.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert HOSTILE in (entry.findtext(f"{ATOM}title") or "")
    assert entry.find(f"{ATOM}link").get("href") == "https://news.example/a"  # type: ignore[union-attr]
    assert feed.findtext(f"{ATOM}updated") == "2026-11-30T08:00:00+00:00"


def test_the_feeds_page_shows_each_feeds_health(client: TestClient) -> None:
    html = client.get("/feeds").text
    assert "https://news.example/feed.xml" in html and "HTTP 404 Not Found" in html


def test_an_unwatched_store_has_empty_alerts(tmp_path: Path) -> None:
    from rawi.web import create_app

    db = tmp_path / "old.db"
    conn = connect(db)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    client = TestClient(create_app(db))
    assert "لا توجد تنبيهات" in client.get("/alerts").text
    assert ET.fromstring(client.get("/alerts.atom").content).findall(f"{ATOM}entry") == []
