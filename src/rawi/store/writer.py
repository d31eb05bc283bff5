"""Writing records into the store: upserts keyed by content hashes, inside the caller's transaction.

Writing the same record twice changes nothing, so re-running an interrupted ingest or
importing an export twice gives exactly the store a single clean run gives.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from rawi.arabic.normalize import match_key, search_key
from rawi.records import Document, Extraction, Rejection
from rawi.store.dedupe import link_article
from rawi.tables import COLUMNS, Row, article_row, document_row, rejection_row, statement_rows


def _insert(conn: sqlite3.Connection, table: str, row: Row) -> bool:
    """INSERT OR IGNORE one row; True when it was new."""
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return cursor.rowcount == 1


def has_document(conn: sqlite3.Connection, document_id: str) -> bool:
    """Whether a document with this content id is already stored."""
    return conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None


def write_document(conn: sqlite3.Connection, document: Document) -> bool:
    """Store a document's provenance; True when it was new."""
    return _insert(conn, "documents", document_row(document))


def write_rejection(conn: sqlite3.Connection, rejection: Rejection) -> bool:
    """Store a rejection (what could not be read, and why); True when it was new."""
    return _insert(conn, "rejections", rejection_row(rejection))


def write_extraction(conn: sqlite3.Connection, extraction: Extraction) -> bool:
    """Store an article with its statements, speakers, credited sources and near-duplicate link.

    Returns False (and writes nothing) when the article is already stored.
    """
    row = article_row(extraction)
    row["outlet_key"] = match_key(row["outlet"]) if row["outlet"] else None
    if not _insert(conn, "articles", row):
        return False
    conn.executemany(
        "INSERT OR IGNORE INTO article_sources(article_id, position, source, source_key) VALUES (?, ?, ?, ?)",
        [(row["id"], i, source, match_key(source)) for i, source in enumerate(json.loads(row["sources"]))],
    )
    headline_key = search_key(row["headline"] or "")
    for statement in statement_rows(extraction):
        _write_statement(conn, statement, headline_key)
    link_article(conn, row["id"], row["text"])
    return True


def _write_statement(conn: sqlite3.Connection, row: dict[str, Any], headline_key: str) -> None:
    """Store one statement, its speaker and its full-text entry (normalised keys)."""
    row = dict(row)
    row["speaker_key"] = match_key(row["speaker"])
    row["role_key"] = match_key(row["speaker_role"]) if row["speaker_role"] else None
    row["content_key"] = search_key(row["content"])
    if not _insert(conn, "statements", row):
        return
    rowid = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    conn.execute(
        "INSERT INTO statements_fts(rowid, content, speaker, role, headline) VALUES (?, ?, ?, ?, ?)",
        (rowid, row["content_key"], row["speaker_key"], row["role_key"] or "", headline_key),
    )
    conn.execute(
        "INSERT OR IGNORE INTO speakers(key, name, kind) VALUES (?, ?, ?)",
        (row["speaker_key"], row["speaker"], row["speaker_kind"]),
    )


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every stored table (for summaries and tests)."""
    names = [*COLUMNS, "documents", "speakers", "article_sources", "near_duplicates"]
    return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
