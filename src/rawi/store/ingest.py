"""Ingest: documents -> pipeline -> store, committed in batches.

Each batch of documents is one transaction, so a crash (even `kill -9`) loses nothing
already committed; documents already stored are skipped, so re-running the same command
finishes with exactly the store a clean run gives. With several workers, documents are
extracted in parallel processes while this process writes, in input order.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice

import numpy as np

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection
from rawi.store.dedupe import signature
from rawi.store.writer import has_document, write_document, write_extraction, write_rejection

BATCH_SIZE = 200
CHUNK = 64  # documents handed to the workers at a time
IN_FLIGHT = 2  # chunks the workers may be extracting while this process writes an earlier one

Prepared = tuple[Extraction | Rejection, np.ndarray | None]


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


def prepare(document: Document) -> Prepared:
    """The pure, CPU-bound part of ingesting a document: extraction and MinHash signature."""
    result = process_document(document)
    return result, signature(result.article.text) if isinstance(result, Extraction) else None


def _is_new(conn: sqlite3.Connection, item: Document | Rejection) -> bool:
    """Whether an item is a document not stored yet (the ones worth extracting)."""
    return isinstance(item, Document) and not has_document(conn, item.id)


def _prepared(
    conn: sqlite3.Connection, items: Iterable[Document | Rejection], workers: int
) -> Iterator[tuple[Document | Rejection, Prepared | None]]:
    """Each item with its extraction (None for rejections and stored documents), in input order."""
    if workers <= 1:
        for item in items:
            yield item, prepare(item) if isinstance(item, Document) and _is_new(conn, item) else None
        return
    iterator = iter(items)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[tuple[list, list, multiprocessing.pool.AsyncResult]] = deque()
        while chunk := list(islice(iterator, CHUNK)):
            todo = [item for item in chunk if isinstance(item, Document) and _is_new(conn, item)]
            pending.append((chunk, todo, pool.map_async(prepare, todo, chunksize=4)))
            if len(pending) > IN_FLIGHT:
                yield from _paired(*pending.popleft())
        while pending:
            yield from _paired(*pending.popleft())


def _paired(chunk: list, todo: list, future: multiprocessing.pool.AsyncResult) -> Iterator:
    """Pair a chunk's items with the workers' results for the ones that were sent."""
    results = dict(zip(map(id, todo), future.get(), strict=True))
    for item in chunk:
        yield item, results.get(id(item))


def _store(
    conn: sqlite3.Connection, item: Document | Rejection, prepared: Prepared | None, summary: IngestSummary
) -> None:
    """Store one item's outcome, updating the counts."""
    if isinstance(item, Rejection):
        write_rejection(conn, item)
        summary.rejected += 1
        return
    if prepared is None or has_document(conn, item.id):  # stored earlier, or earlier in this chunk
        summary.duplicates += 1
        return
    extraction, minhash = prepared
    if isinstance(extraction, Rejection):
        write_rejection(conn, extraction)
        summary.rejected += 1
    else:
        write_document(conn, item)
        if write_extraction(conn, extraction, minhash):
            summary.ingested += 1
            summary.statements += len(extraction.statements)
        else:
            summary.duplicates += 1


def ingest(
    conn: sqlite3.Connection,
    items: Iterable[Document | Rejection],
    *,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store every item, committing every `batch_size` items; streams, never loads all input.

    A batch is read and extracted first, outside any transaction, then written in one short
    write transaction: another ingest (or `rawi claims`) waits milliseconds for the lock, not
    for the extraction of a whole batch.
    """
    summary = IngestSummary()
    prepared = _prepared(conn, items, workers)
    while batch := list(islice(prepared, batch_size)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item, outcome in batch:
                _store(conn, item, outcome, summary)
                if on_item:
                    on_item(summary)
        except BaseException:
            _rollback(conn)
            raise
        _commit(conn, summary)
    if not summary.batches:
        conn.execute("BEGIN IMMEDIATE")
        _commit(conn, summary)
    return summary


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open batch; SQLite may have undone it already (a full disk), which is no second error."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _commit(conn: sqlite3.Connection, summary: IngestSummary) -> None:
    """Commit the open batch and count it."""
    conn.execute("COMMIT")
    summary.batches += 1
