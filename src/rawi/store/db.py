"""Opening a rawi store: a plain SQLite file in WAL mode, migrated to the latest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rawi.errors import UsageError
from rawi.store.migrations import migrate


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and for writing, create and migrate) the store at `path`.

    The connection is in autocommit mode: writers open their own transactions, so a batch
    is committed whole or not at all. A read-only connection never creates a file.
    """
    path = Path(path)
    if readonly:
        if not path.exists():
            raise UsageError("E005", f"{path}: no such store; create it with `rawi ingest ... --db {path}`")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache for FTS posting lists
    return conn
