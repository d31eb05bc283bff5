"""Query budgets: no query a user sends can hold a core past a time limit.

SQLite calls a progress handler every few thousand virtual-machine steps; once the limit has
passed it returns true and SQLite stops the statement with "interrupted", which the server
answers as a 503 and the CLI as one E015 line. Prefix searches are also capped, as each
prefix* term is expanded to every indexed word it starts: a query of many one-letter prefixes
reads the whole index (like datasette's `sql_time_limit_ms`, the limit is the backstop).
"""

from __future__ import annotations

import re
import sqlite3
import time

from rawi.errors import UsageError
from rawi.store.fts import fts_query

SERVER_TIME_LIMIT = 1.0  # seconds per request, `rawi serve --time-limit`
CLI_TIME_LIMIT = 30.0  # seconds per command, `--time-limit`
CHECK_EVERY = 2_000  # SQLite steps between two looks at the clock (a few microseconds of work)
MAX_PREFIX_TERMS = 8
MIN_PREFIX_CHARS = 2
_PREFIX = re.compile(r'"((?:[^"]|"")*)"\*')


def time_limit(conn: sqlite3.Connection, seconds: float | None) -> None:
    """Cancel what `conn` runs once `seconds` have passed since its first query (None or 0: no limit)."""
    if not seconds:
        conn.set_progress_handler(None, 0)
        return
    deadline: float | None = None

    def past_deadline() -> bool:
        """Whether this connection's time is up (the clock starts at its first query)."""
        nonlocal deadline
        now = time.monotonic()
        if deadline is None:
            deadline = now + seconds
        return now > deadline

    conn.set_progress_handler(past_deadline, CHECK_EVERY)


def cancelled(error: sqlite3.Error, seconds: float | None) -> UsageError | None:
    """The E015 for an SQLite error that is a cancelled query, or None for any other error."""
    if "interrupted" not in str(error):
        return None
    return UsageError("E015", f"cancelled after {seconds or 0:g} s")


def check_prefixes(query: str) -> None:
    """E009 for a query with more than MAX_PREFIX_TERMS prefix* terms, or one shorter than two letters."""
    stems = [stem.replace('""', '"') for stem in _PREFIX.findall(fts_query(query))]
    if len(stems) > MAX_PREFIX_TERMS:
        raise UsageError("E009", f"{len(stems)} prefix* terms; at most {MAX_PREFIX_TERMS}")
    short = [stem for stem in stems if len(stem.replace(" ", "")) < MIN_PREFIX_CHARS]
    if short:
        raise UsageError("E009", f"prefix {short[0]}* is too short; give {MIN_PREFIX_CHARS} letters or more")
