"""Read-only questions to the store: search, stats, speakers, rejections.

Every function takes an open connection (read-only is enough) and returns plain dicts,
so the CLI, the JSON API and the web UI format the same results. Search lives in
rawi.store.search and is re-exported here.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from rawi.errors import CODES
from rawi.store.search import RANK_WINDOW, Page, SearchFilters, search, search_page

__all__ = [
    "RANK_WINDOW", "Page", "SearchFilters", "rejections", "search", "search_page",
    "speakers", "stats",
]  # fmt: skip

Row = dict[str, Any]


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
        " (SELECT json_group_array(role) FROM (SELECT speaker_role AS role FROM statements r"
        "   WHERE r.speaker_key = s.speaker_key AND r.speaker_role IS NOT NULL"
        "   GROUP BY speaker_role ORDER BY count(*) DESC, speaker_role LIMIT 3)) AS roles"
        " FROM statements s JOIN speakers p ON p.key = s.speaker_key"
        f" LEFT JOIN near_duplicates d ON d.article_id = s.article_id {where}"
        " GROUP BY s.speaker_key ORDER BY statements DESC, independent_stories DESC, speaker LIMIT ?"
    )
    params: list[Any] = [kind, limit] if kind else [limit]
    return [{**row, "roles": json.loads(row["roles"])} for row in map(dict, conn.execute(sql, params))]


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
