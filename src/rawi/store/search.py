"""`rawi search`: ranked statements for a query and filters, over the FTS5 index.

Filters live in the index as facet tokens (rawi.store.facets), and exactly in the rows. A
text query is ranked by bm25 among its newest RANK_WINDOW matches, so latency stays flat as
the store grows. bm25 reads the document frequency of every term in the MATCH expression, which
costs a scan of a broad facet's posting list; so each search picks the cheaper of checking
the filters on the text's ranked rows or intersecting them inside FTS5 (both give the same rows).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from rawi.arabic.normalize import match_key
from rawi.errors import UsageError
from rawi.store.facets import any_of, contains_pattern, date_tokens, outlet_token
from rawi.store.fts import column_filter, fts_query

Row = dict[str, Any]
RANK_WINDOW = 5000  # a text query is ranked among its newest RANK_WINDOW matches
SCAN_RATIO = 40  # a bm25 score costs about this many posting-list entries scanned
SEARCH_COLUMNS = (
    "id", "content", "speaker", "speaker_role", "speaker_kind", "cue", "stance", "quote_type",
    "headline", "date", "outlet", "article_id", "file", "start", "end",
)  # fmt: skip
SELECT = (
    "SELECT s.id, s.content, s.speaker, s.speaker_role, s.speaker_kind, s.cue, s.stance, s.quote_type,"
    " a.headline, COALESCE(s.date, a.published) AS date, a.outlet, s.article_id, a.file,"
    ' s."start", s."end"'
)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_WHEN = "COALESCE(s.date, a.published)"


@dataclass(frozen=True)
class SearchFilters:
    """Filters of `rawi search`; None means no filter."""

    speaker: str | None = None
    role: str | None = None
    stance: str | None = None
    quote_type: str | None = None
    anonymous: bool | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Facets:
    """The facet filters twice: as an FTS5 expression and as the same conditions on rows."""

    match: str = ""
    conditions: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()


def _text_match(query: str, filters: SearchFilters) -> str:
    """The FTS5 expression of the query words and the speaker/role filters (may be empty)."""
    text = fts_query(query) if query.strip() else ""
    if query.strip() and not text:
        raise UsageError("E009", f"{query!r} has no words to search for")
    for option, value in (("since", filters.since), ("until", filters.until)):
        if value and not _DATE.fullmatch(value):
            raise UsageError("E009", f"--{option} {value!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY")
    parts = [f"({text})"] if text else []
    if filters.speaker:
        parts.append(column_filter("speaker", filters.speaker))
    if filters.role:
        parts.append(column_filter("role", filters.role))
    return " AND ".join(parts)


def _date_range(conn: sqlite3.Connection, filters: SearchFilters) -> tuple[str | None, str | None]:
    """The asked range, an open end closed at the store's first (less a year) or last year: few tokens."""
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    since = filters.since or (f"{int(first[:4]) - 1}" if first else None)
    return since, filters.until or (last[:4] if last else None)


def _facets(conn: sqlite3.Connection, filters: SearchFilters) -> Facets:
    """Stance, quote type, anonymity, month and outlet filters, as facet tokens and as row conditions."""
    parts: list[str] = []
    conditions: list[str] = []
    params: list[Any] = []
    for name, column, value in (
        ("stance", "stance", filters.stance),
        ("quote", "quote_type", filters.quote_type),
    ):
        if value:
            parts.append(f'facets : "{name}{match_key(value).replace(" ", "")}"')
            conditions.append(f"s.{column} = ?")
            params.append(value)
    if filters.anonymous:
        parts.append('facets : "kindanonymous"')
        conditions.append("s.speaker_kind = 'anonymous'")
    if filters.since or filters.until:
        since, until = _date_range(conn, filters)
        parts.append(any_of(date_tokens(since, until)))
        conditions += [f"{_WHEN} >= ?", f"{_WHEN} <= ?"]
        params += [(since or "")[:7], (until or "9999")[:7] + "\uffff"]
    if filters.outlet:
        key = match_key(filters.outlet)  # only punctuation (such as %) matches no outlet, not every one
        sql = "SELECT DISTINCT outlet_key FROM articles WHERE outlet_key LIKE ? ESCAPE '\\'"
        keys = [r[0] for r in conn.execute(sql, (contains_pattern(key),))] if key else []
        parts.append(any_of([outlet_token(key) for key in keys]))
        conditions.append(f"a.outlet_key IN ({', '.join('?' for _ in keys) or 'NULL'})")
        params += keys
    return Facets(" AND ".join(parts), tuple(conditions), tuple(params))


def _exact(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    """Row conditions finer than any facet: day bounds, and not anonymous."""
    conditions, params = [], []
    if filters.anonymous is False:
        conditions.append("s.speaker_kind != 'anonymous'")
    if filters.since and len(filters.since) == 10:
        conditions.append(f"{_WHEN} >= ?")
        params.append(filters.since)
    if filters.until and len(filters.until) == 10:
        conditions.append(f"{_WHEN} <= ?")
        params.append(filters.until + "\uffff")
    return conditions, params


def _window_start(conn: sqlite3.Connection, match: str) -> int | None:
    """The rowid from which the newest RANK_WINDOW matches start (None when there are fewer)."""
    row = conn.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1),
    ).fetchone()
    return None if row is None else int(row[0])


def _ranked(conn: sqlite3.Connection, text: str, facets: Facets) -> tuple[str, int | None, bool]:
    """(MATCH expression, window start, whether facets are checked on rows) of a text search.

    Checking on rows costs a bm25 score for each of the text's matches in the window;
    intersecting in FTS5 costs a scan of the facets' posting lists, about SCAN_RATIO times
    cheaper per entry. Both sizes are estimated from where the newest RANK_WINDOW matches start.
    """
    if not facets.match:
        return text, _window_start(conn, text), False
    text_start = _window_start(conn, text)
    if text_start is None:  # few matches of the text: rank them all, check the filters on rows
        return text, None, True
    full = f"{text} AND {facets.match}"
    full_start = _window_start(conn, full)
    if full_start is None:  # few pass the filters: a selective filter, intersected in FTS5
        return full, None, False
    top = conn.execute("SELECT max(rowid) FROM statements").fetchone()[0]
    on_rows = RANK_WINDOW * (top - full_start + 1) / (top - text_start + 1)
    facet_start = _window_start(conn, facets.match)
    in_fts = 0 if facet_start is None else RANK_WINDOW * top / (top - facet_start + 1) / SCAN_RATIO
    return (text, full_start, True) if on_rows <= in_fts else (full, full_start, False)


def _search_sql(conn: sqlite3.Connection, text: str, filters: SearchFilters) -> tuple[str, list[Any]]:
    """The SQL and parameters of a search (without LIMIT)."""
    facets = _facets(conn, filters)
    conditions, params = _exact(filters)
    joined = f"{SELECT} FROM statements s JOIN articles a ON a.id = s.article_id"
    if not text and not facets.match:
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return f"{joined}{where} ORDER BY s.rowid DESC", params
    if not text:  # filters only: newest first, no ranking to pay for
        match, start, on_rows, order = facets.match, None, False, "f.rowid DESC"
    else:
        match, start, on_rows = _ranked(conn, text, facets)
        order = "f.rank"
    if on_rows:
        conditions, params = [*facets.conditions, *conditions], [*facets.params, *params]
    if start is not None:
        conditions, params = ["f.rowid >= ?", *conditions], [start, *params]
    sql = (
        f"{SELECT} FROM statements_fts f JOIN statements s ON s.rowid = f.rowid"
        " JOIN articles a ON a.id = s.article_id WHERE statements_fts MATCH ?"
        + "".join(f" AND {c}" for c in conditions)
        + f" ORDER BY {order}"
    )
    return sql, [match, *params]


def search(
    conn: sqlite3.Connection, query: str = "", filters: SearchFilters | None = None, limit: int = 20
) -> list[Row]:
    """Statements matching the query and filters: best first (bm25) with text, newest first without.

    A query with no words, an unbalanced quote or a malformed date is a UsageError E009.
    """
    filters = filters or SearchFilters()
    try:
        sql, params = _search_sql(conn, _text_match(query, filters), filters)
        return [dict(row) for row in conn.execute(f"{sql} LIMIT ?", [*params, limit])]
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "syntax" in str(error) or "MATCH" in str(error):
            raise UsageError("E009", f"{query!r}: {error}") from None
        raise
