"""`rawi import`: read an export (JSONL) or a table directory (Parquet or CSV) back into a store.

Articles are rebuilt as Extractions and written by the same writer as `rawi ingest`, so ids
are the same content hashes and importing twice changes nothing. A table directory holds
articles/, statements/ and rejections/ Parquet datasets (as `rawi export --format parquet`
and the Spark job write them) or articles.csv, statements.csv and rejections.csv.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rawi.errors import UsageError
from rawi.records import Extraction, Rejection
from rawi.store.export import require_pyarrow
from rawi.store.writer import write_extraction, write_rejection
from rawi.tables import COLUMNS, Row, extraction_from_rows

BATCH = 200


@dataclass
class ImportSummary:
    """What an import did."""

    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    rejections: int = 0


def _record_rows(record: dict[str, Any], where: str) -> tuple[Row, list[Row]]:
    """An export line -> (article row, statement rows) in the rawi.tables shape."""
    if "text" not in record:
        raise UsageError("E008", f"{where}: no `text`; import reads `rawi export --format jsonl` lines")
    article = {
        **record,
        "sources": json.dumps(record.get("sources") or [], ensure_ascii=False),
        "spans": json.dumps(record.get("spans") or [], ensure_ascii=False),
        "name": record.get("name") or record.get("file") or "",
    }
    statements = [
        {**s, "seq": seq, "via": json.dumps(s.get("via") or [], ensure_ascii=False)}
        for seq, s in enumerate(record.get("statements") or [])
    ]
    return article, statements


def _store(conn: sqlite3.Connection, extraction: Extraction, summary: ImportSummary) -> None:
    """Write one rebuilt extraction and its document row, counting what was new."""
    article = extraction.article
    if article.document_id:
        conn.execute(
            "INSERT OR IGNORE INTO documents(id, name, url) VALUES (?, ?, ?)",
            (article.document_id, article.name, article.url),
        )
    if write_extraction(conn, extraction):
        summary.articles += 1
        summary.statements += len(extraction.statements)
    else:
        summary.duplicates += 1


def _in_batches(conn: sqlite3.Connection, items: Iterator[Any], write: Any) -> None:
    """Call write(item) for each item, committing every BATCH items."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for count, item in enumerate(items, 1):
            write(item)
            if count % BATCH == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def import_jsonl(conn: sqlite3.Connection, path: Path) -> ImportSummary:
    """Import `rawi export --format jsonl` lines."""
    summary = ImportSummary()

    def lines() -> Iterator[Extraction]:
        """The extraction of each non-blank line."""
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise UsageError("E007", f"{path}:{number}: {error.msg}") from None
                    yield extraction_from_rows(*_record_rows(record, f"{path}:{number}"))

    _in_batches(conn, lines(), lambda extraction: _store(conn, extraction, summary))
    return summary


def _typed(table: str, row: dict[str, Any]) -> Row:
    """A CSV row (all strings) with the rawi.tables column types."""
    out: Row = {}
    for name, kind in COLUMNS[table]:
        value = row.get(name)
        if value in ("", None):
            out[name] = None
        elif kind == "int":
            out[name] = int(value)
        elif kind == "bool":
            out[name] = value in ("True", "true", "1")
        else:
            out[name] = value
    return out


def iter_table(directory: Path, table: str) -> Iterator[Row]:
    """Rows of one table from `DIR/table/` (Parquet) or `DIR/table.csv`, streamed."""
    if (directory / f"{table}.csv").is_file():
        with (directory / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
            yield from (_typed(table, row) for row in csv.DictReader(handle))
        return
    if not (directory / table).is_dir():
        return
    require_pyarrow()
    import pyarrow.dataset as ds

    for batch in ds.dataset(directory / table, format="parquet").to_batches():
        yield from batch.to_pylist()


def import_tables(conn: sqlite3.Connection, directory: Path) -> ImportSummary:
    """Import a table directory: statements are staged in a temporary table, then grouped."""
    if not any((directory / t).is_dir() or (directory / f"{t}.csv").is_file() for t in COLUMNS):
        raise UsageError("E005", f"{directory}: no articles/, statements/ or rejections/ tables in it")
    summary = ImportSummary()
    names = [name for name, _ in COLUMNS["statements"]]
    conn.execute("DROP TABLE IF EXISTS temp.staged")
    conn.execute(f"CREATE TEMP TABLE staged ({', '.join(repr(n) for n in names)})")
    marks = ", ".join("?" for _ in names)
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO temp.staged VALUES ({marks})",
        ([row.get(n) for n in names] for row in iter_table(directory, "statements")),
    )
    conn.execute("COMMIT")
    conn.execute("CREATE INDEX temp.staged_article ON staged(article_id)")

    def rebuilt() -> Iterator[Extraction]:
        """Each article row with its staged statements."""
        for article in iter_table(directory, "articles"):
            rows = conn.execute("SELECT * FROM temp.staged WHERE article_id = ?", (article["id"],))
            yield extraction_from_rows(article, [dict(r) for r in rows])

    _in_batches(conn, rebuilt(), lambda extraction: _store(conn, extraction, summary))

    def rejected(row: Row) -> None:
        """Store one rejection row, counting it when new."""
        summary.rejections += write_rejection(conn, Rejection(row["name"], row["code"], row["reason"]))

    _in_batches(conn, iter_table(directory, "rejections"), rejected)
    conn.execute("DROP TABLE temp.staged")
    return summary


def import_path(conn: sqlite3.Connection, path: Path) -> ImportSummary:
    """Import a JSONL export file or a table directory."""
    if path.is_dir():
        return import_tables(conn, path)
    if not path.is_file():
        raise UsageError("E005", f"{path}: no such file or directory")
    return import_jsonl(conn, path)
