"""Ingest: documents -> pipeline -> store, committed in batches.

Each batch of documents is one transaction, so a crash (even `kill -9`) loses nothing
already committed; documents already stored are skipped, so re-running the same command
finishes with exactly the store a clean run gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection
from rawi.store.writer import has_document, write_document, write_extraction, write_rejection

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    """What an ingest run did: counts a user sees at the end of the run."""

    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0
    statements: int = 0
    batches: int = 0

    @property
    def seen(self) -> int:
        """Documents and rejections read so far."""
        return self.ingested + self.duplicates + self.rejected


def ingest_one(conn: sqlite3.Connection, item: Document | Rejection, summary: IngestSummary) -> None:
    """Process and store one document (or a source's rejection), updating the counts."""
    if isinstance(item, Rejection):
        write_rejection(conn, item)
        summary.rejected += 1
        return
    if has_document(conn, item.id):
        summary.duplicates += 1
        return
    result = process_document(item)
    if isinstance(result, Rejection):
        write_rejection(conn, result)
        summary.rejected += 1
        return
    assert isinstance(result, Extraction)
    write_document(conn, item)
    if write_extraction(conn, result):
        summary.ingested += 1
        summary.statements += len(result.statements)
    else:
        summary.duplicates += 1


def ingest(
    conn: sqlite3.Connection,
    items: Iterable[Document | Rejection],
    *,
    batch_size: int = BATCH_SIZE,
    on_item: Callable[[IngestSummary], None] | None = None,
    on_commit: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store every item, committing every `batch_size` items; streams, never loads all input."""
    summary = IngestSummary()
    pending = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for item in items:
            ingest_one(conn, item, summary)
            pending += 1
            if on_item:
                on_item(summary)
            if pending >= batch_size:
                _commit(conn, summary, on_commit)
                pending = 0
                conn.execute("BEGIN IMMEDIATE")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    _commit(conn, summary, on_commit)
    return summary


def _commit(
    conn: sqlite3.Connection, summary: IngestSummary, on_commit: Callable[[IngestSummary], None] | None
) -> None:
    """Commit the open batch and tell the caller."""
    conn.execute("COMMIT")
    summary.batches += 1
    if on_commit:
        on_commit(summary)
