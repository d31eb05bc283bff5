"""Export the store: JSONL (GUIDELINES.md records), CSV or Parquet (the rawi.tables schema).

JSONL lines are `rawi.output.article_record` plus what `rawi import` needs to rebuild the
same ids: `id`, `name`, `outlet`, `document_id`, `text`, `spans`, and each statement's `id`.
CSV and Parquet write a directory with one dataset per table (articles, statements,
rejections), the layout the Spark job writes and `rawi import` reads.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rawi.errors import UsageError
from rawi.output import article_record, csv_cell
from rawi.tables import COLUMNS, Row, arrow_schema, extraction_from_rows

CHUNK = 10_000


def _select(table: str) -> str:
    """SELECT of a table's exported columns, in schema order."""
    columns = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
    return f"SELECT {columns} FROM {table} ORDER BY rowid"


def _typed(table: str, row: sqlite3.Row) -> Row:
    """A stored row as a tables.py row (SQLite's 0/1 back to booleans)."""
    out = dict(zip(row.keys(), tuple(row), strict=True))
    for name, kind in COLUMNS[table]:
        if kind == "bool" and out[name] is not None:
            out[name] = bool(out[name])
    return out


def iter_rows(conn: sqlite3.Connection, table: str) -> Iterator[Row]:
    """Every row of an exported table, in insertion order, streamed."""
    for row in conn.execute(_select(table)):
        yield _typed(table, row)


def jsonl_record(conn: sqlite3.Connection, article: Row) -> dict[str, Any]:
    """One article's export line: the GUIDELINES.md record plus ids, text and spans."""
    by_article = _select("statements").replace("ORDER BY rowid", "WHERE article_id = ? ORDER BY seq")
    statements = [_typed("statements", r) for r in conn.execute(by_article, (article["id"],))]
    record = article_record(extraction_from_rows(article, statements))
    for statement, row in zip(record["statements"], statements, strict=True):
        statement["id"] = row["id"]
    record.update(
        id=article["id"],
        name=article["name"],
        outlet=article["outlet"],
        document_id=article["document_id"],
        spans=json.loads(article["spans"]),
        text=article["text"],
    )
    return record


def export_jsonl(conn: sqlite3.Connection, out: IO[str]) -> int:
    """Write one JSON line per stored article; returns the number of articles."""
    count = 0
    for article in iter_rows(conn, "articles"):
        out.write(json.dumps(jsonl_record(conn, article), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_csv_table(conn: sqlite3.Connection, table: str, out: IO[str]) -> int:
    """Write one table as CSV, as the web writes its CSV: a UTF-8 BOM (for spreadsheets), 0/1 flags."""
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in COLUMNS[table]])
    writer.writeheader()
    count = 0
    for row in iter_rows(conn, table):
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
        count += 1
    return count


def export_csv(conn: sqlite3.Connection, directory: Path) -> dict[str, int]:
    """Write articles.csv, statements.csv and rejections.csv into a directory."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in COLUMNS:
        with (directory / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            counts[table] = export_csv_table(conn, table, handle)
    return counts


def require_pyarrow() -> Any:
    """pyarrow.parquet, or a UsageError naming the extra to install."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("E010", "Parquet needs pyarrow: pip install 'rawi[parquet]'") from None
    return pq


def export_parquet(conn: sqlite3.Connection, directory: Path) -> dict[str, int]:
    """Write articles/, statements/ and rejections/ Parquet datasets (rawi.tables schema)."""
    pq = require_pyarrow()
    import pyarrow as pa

    counts = {}
    for table in COLUMNS:
        target = directory / table
        target.mkdir(parents=True, exist_ok=True)
        schema = arrow_schema(table)
        with pq.ParquetWriter(target / "part-00000.parquet", schema) as writer:
            counts[table] = 0
            chunk: list[Row] = []
            for row in iter_rows(conn, table):
                chunk.append(row)
                if len(chunk) >= CHUNK:
                    writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                    counts[table] += len(chunk)
                    chunk = []
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            counts[table] += len(chunk)
    return counts
