"""`rawi serve`: loopback by default, a one-line error for a missing store, uvicorn on the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rawi.cli import build_parser, main
from web_store import build_store


def test_serve_binds_loopback_unless_told() -> None:
    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9"])
    assert (args.host, args.port) == ("0.0.0.0", 9)


def test_missing_or_foreign_store_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "E005" in capsys.readouterr().err
    (tmp_path / "blank.db").write_bytes(b"")
    assert main(["serve", "--db", str(tmp_path / "blank.db")]) == 2
    err = capsys.readouterr().err
    assert "not a rawi store" in err and len(err.strip().splitlines()) == 1


def test_serve_runs_uvicorn_on_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    db = build_store(tmp_path / "news.db")
    assert main(["serve", "--db", str(db), "--port", "8123"]) == 0
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert seen["app"].state.db_path == db


def test_an_older_store_is_asked_to_be_upgraded(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import sqlite3

    db = build_store(tmp_path / "old.db")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 1")
    assert main(["serve", "--db", str(db)]) == 2
    assert "older" in capsys.readouterr().err


def test_workers_share_one_socket_without_nagle_delays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    import uvicorn.supervisors

    seen = {}

    class Supervisor:
        def __init__(self, config, sockets, **_: object) -> None:  # type: ignore[no-untyped-def]
            seen.update(config=config, sock=sockets[0])

        def run(self) -> None:
            seen["nodelay"] = seen["sock"].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            seen["sock"].close()

    monkeypatch.setattr(uvicorn.supervisors, "Multiprocess", Supervisor)
    monkeypatch.setenv("RAWI_DB", "")  # restored (unset) after the test
    db = build_store(tmp_path / "news.db")
    assert main(["serve", "--db", str(db), "--port", "0", "--workers", "2"]) == 0
    assert seen["nodelay"] and seen["config"].workers == 2 and seen["config"].host == "127.0.0.1"
    assert os.environ["RAWI_DB"] == str(db.resolve())
