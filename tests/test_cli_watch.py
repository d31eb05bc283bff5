"""`rawi watch --once`, `rawi alert` and `rawi alerts` end to end, against a server on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rawi.cli import main
from rawi.cli.watch import duration
from rawi.store import connect
from rawi.store.watch_state import WatchLock
from test_store_watch import BRIDGE, SCHOOLS, WATER, serve_feed
from watch_server import LocalServer, Reply, Request, rss


@pytest.fixture
def feeds(tmp_path: Path, server: LocalServer) -> Path:
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE})
    path = tmp_path / "feeds.txt"
    path.write_text(f"# local feeds\n{server.url('/feed.xml')}\n", encoding="utf-8")
    return path


def watch(feeds: Path, db: Path, *more: str) -> int:
    """One round of `rawi watch` with no waiting between requests."""
    return main(["watch", str(feeds), "--db", str(db), "--once", "--delay", "0", "--retries", "0", *more])


def test_durations_read_like_a_user_writes_them() -> None:
    assert [duration(t) for t in ("90", "30s", "10m", "1h", "2d", "1.5h")] == [
        90,
        30,
        600,
        3600,
        172800,
        5400,
    ]


def test_watch_once_prints_alerts_as_jsonl_and_alerts_lists_them(
    feeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "news.db"
    assert main(["alert", "add", "الإمدادات", "--stance", "deny", "--db", str(db)]) == 0
    assert main(["alert", "add", "--speaker", "سليم العمري", "--db", str(db)]) == 0
    capsys.readouterr()
    assert watch(feeds, db) == 0
    out, err = capsys.readouterr()
    fired = [json.loads(line) for line in out.splitlines()]
    assert fired and "2 ingested" in err
    assert {a["statement"]["speaker"] for a in fired if a["rules"][0]["kind"] == "speaker"} == {"سليم العمري"}
    assert main(["alerts", "--since", "1h", "--format", "jsonl", "--db", str(db)]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(a["statement"]["id"] for a in listed) == sorted(a["statement"]["id"] for a in fired)
    assert watch(feeds, db) == 0
    out, err = capsys.readouterr()
    assert out == "" and "1 unchanged" in err


def test_alert_list_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "news.db")
    main(["alert", "add", "--claim", "848689b9", "--db", db])
    main(["alert", "add", "الأسعار", "--db", db])
    capsys.readouterr()
    main(["alert", "list", "--format", "jsonl", "--db", db])
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["kind"], r["value"]) for r in listed] == [("claim", "848689b9"), ("search", "الأسعار")]
    assert main(["alert", "remove", str(listed[0]["id"]), "--db", db]) == 0
    assert main(["alert", "remove", str(listed[0]["id"]), "--db", db]) == 2
    assert main(["alert", "add", "--db", db]) == 2
    assert "E035" in capsys.readouterr().err


def test_status_shows_each_feeds_health(
    feeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "news.db"
    watch(feeds, db)
    capsys.readouterr()
    assert main(["watch", "--status", "--format", "jsonl", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["kind"] == "feed" and row["failures"] == 0 and row["items"] == 2 and "not running" in err


def test_a_second_watcher_is_refused(feeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.db"
    with WatchLock(connect(db), db, 0.0):
        assert watch(feeds, db) == 2
    assert "E034" in capsys.readouterr().err


def test_a_bad_watch_list_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("not a url\n", encoding="utf-8")
    assert watch(listing, tmp_path / "news.db") == 2
    assert watch(tmp_path / "missing.txt", tmp_path / "news.db") == 2
    assert "E035" in capsys.readouterr().err


def test_kill_9_in_the_middle_of_a_round_loses_nothing_committed(
    tmp_path: Path, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE})
    server.routes["/other.xml"] = Reply(rss("مصدر آخر", [(server.url("/schools"), "المدارس", "ملخص")]))
    reached, release = threading.Event(), threading.Event()

    def stalled(request: Request) -> Reply:
        reached.set()
        release.wait(30)
        return Reply(SCHOOLS)

    server.routes["/schools"] = stalled
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{server.url('/feed.xml')}\n{server.url('/other.xml')}\n", encoding="utf-8")
    db = tmp_path / "news.db"
    argv = ["watch", str(listing), "--db", str(db), "--once", "--delay", "0", "--retries", "0"]
    code = f"import sys; from rawi.cli import main; sys.exit(main({argv!r}))"
    child = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.DEVNULL)
    try:
        assert reached.wait(300)  # the first feed is stored; the watcher waits on the second one's page
        child.send_signal(signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
    finally:
        release.set()
        child.kill()
    server.routes["/schools"] = Reply(SCHOOLS)
    assert main(argv) == 0
    assert "1 unchanged" in capsys.readouterr().err  # the first feed's ETag was committed with its items
    conn = connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM watch_items").fetchone()[0] == 3
