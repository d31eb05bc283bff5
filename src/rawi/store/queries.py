"""Read-only questions to the store: search, stats, speakers, rejections.

Every function takes an open connection (read-only is enough) and returns plain dicts,
so the CLI, the JSON API and the web UI format the same results.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from rawi.arabic.normalize import match_key
from rawi.errors import CODES, UsageError
from rawi.store.facets import any_of, date_tokens, outlet_token
from rawi.store.fts import column_filter, fts_query

Row = dict[str, Any]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
SEARCH_COLUMNS = (
    "id", "content", "speaker", "speaker_role", "speaker_kind", "cue", "stance", "quote_type",
    "headline", "date", "outlet", "article_id", "file", "start", "end",
)  # fmt: skip


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


def _facet(name: str, value: str) -> str:
    """An FTS5 term for one facet token (rawi.store.facets): stance, quote or kind."""
    return f'facets : "{name}{match_key(value).replace(" ", "")}"'


def _check(query: str, filters: SearchFilters) -> str:
    """The FTS5 form of the query text, after refusing wordless queries and malformed dates."""
    text = fts_query(query) if query.strip() else ""
    if query.strip() and not text:
        raise UsageError("E009", f"{query!r} has no words to search for")
    for option, value in (("since", filters.since), ("until", filters.until)):
        if value and not _DATE.fullmatch(value):
            raise UsageError("E009", f"--{option} {value!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY")
    return f"({text})" if text else ""


def _date_range(conn: sqlite3.Connection, filters: SearchFilters) -> tuple[str | None, str | None]:
    """The asked range, an open end closed at the store's first (less a year) or last year: few tokens."""
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    since = filters.since or (f"{int(first[:4]) - 1}" if first else None)
    return since, filters.until or (last[:4] if last else None)


def _filter_expression(conn: sqlite3.Connection, filters: SearchFilters) -> str:
    """The FTS5 MATCH expression of every filter FTS5 can apply (speaker, role and facets)."""
    parts = []
    if filters.speaker:
        parts.append(column_filter("speaker", filters.speaker))
    if filters.role:
        parts.append(column_filter("role", filters.role))
    for name, value in (("stance", filters.stance), ("quote", filters.quote_type)):
        if value:
            parts.append(_facet(name, value))
    if filters.anonymous:
        parts.append(_facet("kind", "anonymous"))
    if filters.since or filters.until:
        parts.append(any_of(date_tokens(*_date_range(conn, filters))))
    if filters.outlet:
        rows = conn.execute(
            "SELECT DISTINCT outlet_key FROM articles WHERE outlet_key LIKE ?",
            (f"%{match_key(filters.outlet)}%",),
        )
        parts.append(any_of([outlet_token(row[0]) for row in rows]))
    return " AND ".join(parts)


def _where(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    """SQL conditions of what the facets cannot say: exact days, and not anonymous."""
    conditions, params = [], []
    if filters.anonymous is False:
        conditions.append("s.speaker_kind != 'anonymous'")
    if filters.since and len(filters.since) == 10:
        conditions.append("COALESCE(s.date, a.published) >= ?")
        params.append(filters.since)
    if filters.until and len(filters.until) == 10:
        conditions.append("COALESCE(s.date, a.published) <= ?")
        params.append(filters.until + "\uffff")
    return conditions, params


SELECT = (
    "SELECT s.id, s.content, s.speaker, s.speaker_role, s.speaker_kind, s.cue, s.stance, s.quote_type,"
    " a.headline, COALESCE(s.date, a.published) AS date, a.outlet, s.article_id, a.file,"
    ' s."start", s."end"'
)
RANK_WINDOW = 5000  # a text query is ranked among its newest RANK_WINDOW matches


def _window_start(conn: sqlite3.Connection, match: str) -> int | None:
    """The rowid from which the newest RANK_WINDOW matches start (None when there are fewer)."""
    row = conn.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1),
    ).fetchone()
    return None if row is None else int(row[0])


def _search_sql(conn: sqlite3.Connection, text: str, facets: str, filters: SearchFilters) -> tuple[str, list]:
    """The SQL and parameters of a search: FTS5 when there is a MATCH expression, else a plain scan."""
    conditions, params = _where(filters)
    match = " AND ".join(part for part in (text, facets) if part)
    if not match:
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return (
            f"{SELECT} FROM statements s JOIN articles a ON a.id = s.article_id{where} ORDER BY s.rowid DESC",
            params,
        )
    order = "f.rank" if text else "f.rowid DESC"
    if text:
        start = _window_start(conn, match)
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

    Every filter is applied inside FTS5 (speaker and role columns, facet tokens for stance,
    quote type, anonymity, months and outlets); day bounds are then checked on the rows. A
    text query matching more than RANK_WINDOW statements is ranked among its newest
    RANK_WINDOW matches, keeping latency flat as the store grows.
    """
    filters = filters or SearchFilters()
    try:
        text = _check(query, filters)
        sql, params = _search_sql(conn, text, _filter_expression(conn, filters), filters)
        return [dict(row) for row in conn.execute(f"{sql} LIMIT ?", [*params, limit])]
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "syntax" in str(error) or "MATCH" in str(error):
            raise UsageError("E009", f"{query!r}: {error}") from None
        raise


def _scalar(conn: sqlite3.Connection, sql: str) -> Any:
    """The single value a query returns."""
    return conn.execute(sql).fetchone()[0]


def _grouped(conn: sqlite3.Connection, column: str, table: str) -> dict[str, int]:
    """Counts of each value of a column, most frequent first."""
    rows = conn.execute(f"SELECT {column}, count(*) FROM {table} GROUP BY 1 ORDER BY 2 DESC, 1")
    return {str(value): count for value, count in rows}


def stats(conn: sqlite3.Connection) -> Row:
    """Counts of the store: articles, statements, speakers, rejections, near-duplicates, independence."""
    independent_statements = _scalar(
        conn,
        "SELECT count(*) FROM (SELECT DISTINCT COALESCE(d.cluster_id, s.article_id), s.speaker_key,"
        " s.content_key FROM statements s LEFT JOIN near_duplicates d ON d.article_id = s.article_id)",
    )
    return {
        "documents": _scalar(conn, "SELECT count(*) FROM documents"),
        "articles": _scalar(conn, "SELECT count(*) FROM articles"),
        "independent_articles": _scalar(
            conn, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM near_duplicates)"
        ),
        "near_duplicate_articles": _scalar(conn, "SELECT count(*) FROM near_duplicates"),
        "near_duplicate_clusters": _scalar(conn, "SELECT count(DISTINCT cluster_id) FROM near_duplicates"),
        "statements": _scalar(conn, "SELECT count(*) FROM statements"),
        "independent_statements": independent_statements,
        "speakers": _scalar(conn, "SELECT count(*) FROM speakers"),
        "outlets": _scalar(conn, "SELECT count(DISTINCT outlet_key) FROM articles"),
        "rejections": _scalar(conn, "SELECT count(*) FROM rejections"),
        "first_published": _scalar(conn, "SELECT min(published) FROM articles"),
        "last_published": _scalar(conn, "SELECT max(published) FROM articles"),
        "languages": _grouped(conn, "lang", "articles"),
        "stances": _grouped(conn, "stance", "statements"),
        "quote_types": _grouped(conn, "quote_type", "statements"),
        "speaker_kinds": _grouped(conn, "speaker_kind", "statements"),
        "extractors": _grouped(conn, "extractor", "statements"),
        "rejection_codes": _grouped(conn, "code", "rejections"),
    }


def speakers(conn: sqlite3.Connection, limit: int = 50, kind: str | None = None) -> list[Row]:
    """The most quoted speakers, with their roles and how many independent stories quote them."""
    where = "WHERE s.speaker_kind = ?" if kind else ""
    sql = (
        "SELECT p.name AS speaker, p.kind AS kind, count(*) AS statements,"
        " count(DISTINCT s.article_id) AS articles,"
        " count(DISTINCT COALESCE(d.cluster_id, s.article_id)) AS independent_stories,"
        " sum(s.stance = 'deny') AS denials,"
        " (SELECT group_concat(role, ' | ') FROM (SELECT speaker_role AS role FROM statements r"
        "   WHERE r.speaker_key = s.speaker_key AND r.speaker_role IS NOT NULL"
        "   GROUP BY speaker_role ORDER BY count(*) DESC, speaker_role LIMIT 3)) AS roles"
        " FROM statements s JOIN speakers p ON p.key = s.speaker_key"
        f" LEFT JOIN near_duplicates d ON d.article_id = s.article_id {where}"
        " GROUP BY s.speaker_key ORDER BY statements DESC, independent_stories DESC, speaker LIMIT ?"
    )
    params: list[Any] = [kind, limit] if kind else [limit]
    return [dict(row) for row in conn.execute(sql, params)]


def rejections(conn: sqlite3.Connection, code: str | None = None, limit: int | None = None) -> list[Row]:
    """What could not be read, and why: name, code, reason and the code's advice."""
    sql = "SELECT name, code, reason FROM rejections" + (" WHERE code = ?" if code else "")
    sql += " ORDER BY name, code" + (" LIMIT ?" if limit else "")
    params: list[Any] = [p for p in (code, limit) if p]
    rows = []
    for row in conn.execute(sql, params):
        cause, fix = CODES.get(row["code"], ("", ""))
        rows.append({**dict(row), "cause": cause, "fix": fix})
    return rows
