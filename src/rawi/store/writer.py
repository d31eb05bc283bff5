"""Writing records into the store: upserts keyed by content hashes, inside the caller's transaction.

Writing the same record twice changes nothing, so re-running an interrupted ingest or
importing an export twice gives exactly the store a single clean run gives.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from rawi.arabic.normalize import index_key, match_key, search_key
from rawi.records import Document, Extraction, Rejection, content_id
from rawi.store.dedupe import link_article
from rawi.store.facets import facet_tokens
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


def write_extraction(
    conn: sqlite3.Connection, extraction: Extraction, minhash: np.ndarray | None = None
) -> bool:
    """Store an article with its statements, speakers, credited sources and near-duplicate link.

    `minhash` is the article's signature if already computed. Returns False (and writes
    nothing) when the article is already stored.
    """
    row = article_row(extraction)
    row["outlet_key"] = match_key(row["outlet"]) if row["outlet"] else None
    if not _insert(conn, "articles", row):
        return False
    conn.executemany(
        "INSERT OR IGNORE INTO article_sources(article_id, position, source, source_key) VALUES (?, ?, ?, ?)",
        [(row["id"], i, source, match_key(source)) for i, source in enumerate(json.loads(row["sources"]))],
    )
    _write_statements(conn, row, statement_rows(extraction))
    link_article(conn, row["id"], row["text"], minhash)
    return True


def fts_entry(row: Row, article: Row) -> tuple[str, str, str, str, str]:
    """The statements_fts values of one statement row: content, speaker, role, headline, facets."""
    when = row["date"] or article["published"]
    facets = facet_tokens(row["stance"], row["quote_type"], row["speaker_kind"], when, article["outlet_key"])
    role = index_key(row["speaker_role"] or "")
    headline = index_key(article["headline"] or "")
    return index_key(row["content"]), index_key(row["speaker"]), role, headline, facets


def _write_statements(conn: sqlite3.Connection, article: Row, rows: list[Row]) -> None:
    """Store a new article's statements, their speakers and full-text entries (normalised keys)."""
    if not rows:
        return
    for row in rows:
        row["speaker_key"] = match_key(row["speaker"])
        row["role_key"] = match_key(row["speaker_role"]) if row["speaker_role"] else None
        row["content_key"] = content_id(search_key(row["content"]))  # same words, same key
    columns = list(rows[0])
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(
        f"INSERT OR IGNORE INTO statements ({names}) VALUES ({marks})", [list(r.values()) for r in rows]
    )
    stored = conn.execute("SELECT id, rowid FROM statements WHERE article_id = ?", (article["id"],))
    rowids = dict(stored.fetchall())
    conn.executemany(
        "INSERT INTO statements_fts(rowid, content, speaker, role, headline, facets)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(rowids[r["id"]], *fts_entry(r, article)) for r in rows],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speakers(key, name, kind) VALUES (?, ?, ?)",
        [(r["speaker_key"], r["speaker"], r["speaker_kind"]) for r in rows],
    )


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every stored table (for summaries and tests)."""
    names = [*COLUMNS, "documents", "speakers", "article_sources", "near_duplicates"]
    return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
