"""The state of `rawi watch` in the store: feed health, items already fetched, and the watch lock.

Every change is its own short transaction, made after the work it records is committed, so a
`kill -9` at any moment loses nothing committed: a feed whose round was cut short is simply
fetched again (its ETag is only stored with its items), and an item is marked seen only once
its document is stored. The lock is an exclusive flock on `<db>.watch-lock`, which the kernel
releases when the process dies however it dies; the `watch_lock` row tells `--status` who holds it.
"""

from __future__ import annotations

import fcntl
import os
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rawi.errors import UsageError

MAX_BACKOFF_ROUNDS = 64  # a failing feed waits at most this many intervals before its next try


@dataclass(frozen=True)
class FeedState:
    """One watched URL's row: what was last seen of it and when it is due again."""

    url: str
    kind: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_ok: float | None = None
    last_error: str | None = None
    failures: int = 0
    next_due: float = 0.0
    items: int = 0


def add_feeds(conn: sqlite3.Connection, urls: list[str]) -> None:
    """Register watched URLs (known ones keep their state)."""
    with _transaction(conn):
        conn.executemany("INSERT OR IGNORE INTO feeds(url) VALUES (?)", [(u,) for u in urls])


def feed_state(conn: sqlite3.Connection, url: str) -> FeedState:
    """The stored state of one watched URL (a blank one when it is not registered)."""
    row = conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
    return FeedState(**dict(row)) if row else FeedState(url)


def feed_states(conn: sqlite3.Connection) -> list[FeedState]:
    """Every watched URL's state, the unhealthiest first."""
    rows = conn.execute("SELECT * FROM feeds ORDER BY failures DESC, url")
    return [FeedState(**dict(row)) for row in rows]


def record_success(
    conn: sqlite3.Connection,
    state: FeedState,
    now: float,
    every: float,
    seen: list[tuple[str, str | None, str]],
    warning: str | None = None,
) -> None:
    """A good fetch: new validators, failures reset, due again in `every`, and its items marked seen.

    `seen` holds (url, content_hash, document_id) of the items stored this round; they and the
    feed's ETag are committed together, so a crash before this point refetches the feed. A
    `warning` (a malformed feed whose items were recovered) is kept as its last error.
    """
    with _transaction(conn):
        conn.executemany(
            "INSERT OR IGNORE INTO watch_items VALUES (?, ?, ?, ?, ?)",
            [(url, state.url, digest, doc, now) for url, digest, doc in seen],
        )
        conn.execute(
            "UPDATE feeds SET kind = ?, etag = ?, last_modified = ?, last_ok = ?, last_error = ?,"
            " failures = 0, next_due = ?, items = items + ? WHERE url = ?",
            (state.kind, state.etag, state.last_modified, now, warning, now + every, len(seen), state.url),
        )


def record_failure(conn: sqlite3.Connection, url: str, error: str, now: float, every: float) -> None:
    """A failed fetch: the error kept, failures counted, the next try backed off exponentially."""
    with _transaction(conn):
        failures = conn.execute("SELECT failures FROM feeds WHERE url = ?", (url,)).fetchone()[0] + 1
        wait = every * min(2 ** (failures - 1), MAX_BACKOFF_ROUNDS)
        conn.execute(
            "UPDATE feeds SET last_error = ?, failures = ?, next_due = ? WHERE url = ?",
            (error[:500], failures, now + wait, url),
        )


def next_due(conn: sqlite3.Connection, urls: list[str]) -> float:
    """When the first of these watched URLs is due again (0 when one never was fetched)."""
    dues = [feed_state(conn, url).next_due for url in urls]
    return min(dues, default=0.0)


def is_seen(conn: sqlite3.Connection, url: str) -> bool:
    """Whether an item URL was fetched and stored in an earlier round."""
    return conn.execute("SELECT 1 FROM watch_items WHERE url = ?", (url,)).fetchone() is not None


def hash_seen(conn: sqlite3.Connection, digest: str) -> bool:
    """Whether a page with this content hash was stored already (under any URL)."""
    return conn.execute("SELECT 1 FROM watch_items WHERE content_hash = ?", (digest,)).fetchone() is not None


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    """A value of the watch's own key-value table."""
    row = conn.execute("SELECT value FROM watch_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def watch_status(conn: sqlite3.Connection, db_path: str | Path) -> dict[str, Any]:
    """Who holds the watch lock (if anyone) and each feed's health, for `rawi watch --status`."""
    row = conn.execute("SELECT pid, host, started, heartbeat FROM watch_lock").fetchone()
    running = lock_is_held(db_path)
    return {"running": running, "holder": dict(row) if row and running else None, "feeds": feed_states(conn)}


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if kind else "COMMIT")


def transaction(conn: sqlite3.Connection) -> _transaction:
    """A write transaction as a context manager (the store's connections are autocommit)."""
    return _transaction(conn)


def _lock_path(db_path: str | Path) -> Path:
    """The file whose flock is the watch lock of a store."""
    return Path(f"{db_path}.watch-lock")


def lock_is_held(db_path: str | Path) -> bool:
    """Whether some process holds the watch lock of this store now."""
    path = _lock_path(db_path)
    if not path.exists():
        return False
    with path.open("a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


class WatchLock:
    """The one-watcher-per-store lock: acquired on enter (or E022), released on exit or death."""

    def __init__(self, conn: sqlite3.Connection, db_path: str | Path, now: float) -> None:
        self.conn, self.path, self.now = conn, _lock_path(db_path), now
        self._handle: Any = None

    def __enter__(self) -> WatchLock:
        handle = self.path.open("a+b")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            row = self.conn.execute("SELECT pid, host FROM watch_lock").fetchone()
            holder = f" (pid {row['pid']} on {row['host']})" if row else ""
            raise UsageError("E034", f"another `rawi watch` runs on this store{holder}") from None
        self._handle = handle
        with _transaction(self.conn):
            self.conn.execute(
                "INSERT OR REPLACE INTO watch_lock VALUES (1, ?, ?, ?, ?)",
                (os.getpid(), socket.gethostname(), self.now, self.now),
            )
        return self

    def heartbeat(self, now: float) -> None:
        """Record that the holder is alive (shown by --status)."""
        with _transaction(self.conn):
            self.conn.execute("UPDATE watch_lock SET heartbeat = ?", (now,))

    def __exit__(self, *exc: object) -> None:
        try:
            with _transaction(self.conn):
                self.conn.execute("DELETE FROM watch_lock")
        finally:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
