"""Opening a rawi store: a plain SQLite file in WAL mode, migrated to the latest schema."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from rawi.errors import UsageError
from rawi.store.migrations import LATEST, migrate, schema_version


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and for writing, create and migrate) the store at `path`.

    The connection is in autocommit mode: writers open their own transactions, so a batch
    is committed whole or not at all. A read-only connection never creates a file. A file
    that is not a rawi store (or is newer than this rawi) is a UsageError E013.
    """
    path = Path(path)
    if readonly and not path.exists():
        raise UsageError("E005", f"{path}: no such store; create it with `rawi ingest ... --db {path}`")
    if not readonly:
        _check_writable(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
        version = schema_version(conn)
        _check_version(path, conn, version, readonly)
        if not readonly:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)
    except sqlite3.OperationalError as error:  # locked, read-only, disk full, I/O: not a question of format
        raise UsageError("E014", f"{path}: {error}") from None
    except sqlite3.DatabaseError as error:
        raise UsageError("E013", f"{path}: {error}") from None
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache for FTS posting lists
    return conn


def _check_writable(path: Path) -> None:
    """E014 for a store this user may not write: the file, or its folder (SQLite adds -wal and -shm)."""
    folder = path.parent if str(path.parent) else Path(".")
    for target in (path, folder) if path.exists() else (folder,):
        if not os.access(target, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
            raise UsageError("E014", f"{target}: read-only (no write permission); rawi ingest needs to write")


def _check_version(path: Path, conn: sqlite3.Connection, version: int, readonly: bool) -> None:
    """Refuse a database of a newer schema, and (to read) one that rawi never migrated."""
    if version > LATEST:
        raise UsageError("E013", f"{path}: schema {version}, this rawi knows up to {LATEST}")
    if readonly and version == 0:
        raise UsageError("E013", f"{path}: no rawi tables in it")
    if not readonly and version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise UsageError("E013", f"{path}: an SQLite database with other tables; rawi will not add to it")
