"""`rawi import`: read an export (JSONL) or a table directory (Parquet or CSV) back into a store.

Articles are rebuilt as Extractions and written by the same writer as `rawi ingest`, so ids
are the same content hashes and importing twice changes nothing. A table directory holds
articles/, statements/ and rejections/ Parquet datasets (as `rawi export --format parquet`
and the Spark job write them) or articles.csv, statements.csv and rejections.csv.

Every record is checked against the rawi.tables schema first (types, stances, offsets inside
the text, sizes): a record that does not fit is reported with its line or row, and the rest
is imported.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rawi.errors import UsageError
from rawi.output import from_spreadsheet_cell
from rawi.records import Extraction, Rejection
from rawi.sources.options import DEFAULT_MAX_BYTES
from rawi.store.export import require_pyarrow
from rawi.store.writer import write_extraction, write_rejection
from rawi.tables import COLUMNS, Row, extraction_from_rows, rows_problem

BATCH = 200
MAX_RECORD_BYTES = 2 * DEFAULT_MAX_BYTES  # a largest article, its statements and metadata
MAX_TEXT_CHARS = DEFAULT_MAX_BYTES
CHUNK = 64 * 1024


@dataclass
class ImportSummary:
    """What an import did."""

    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    rejections: int = 0
    invalid: list[Rejection] = field(default_factory=list)  # records that do not fit the schema


def _record_rows(record: dict[str, Any]) -> tuple[Row, list[Row]]:
    """An export line -> (article row, statement rows) in the rawi.tables shape (lists left as they are,
    for `rows_problem` to check)."""
    if "text" not in record:
        raise UsageError("E008", "no `text`; import reads `rawi export --format jsonl` lines")
    listed = record.get("statements")
    if listed is not None and not (isinstance(listed, list) and all(isinstance(s, dict) for s in listed)):
        raise UsageError("E007", "`statements` is not a list of objects")
    article = {**record, "name": record.get("name") or record.get("file") or ""}
    return article, [{**s, "seq": seq} for seq, s in enumerate(listed or [])]


def _as_json(article: Row, statements: list[Row]) -> tuple[Row, list[Row]]:
    """Checked rows with their list columns as the JSON strings rawi.tables rows carry."""
    dump = lambda value: json.dumps(value or [], ensure_ascii=False)  # noqa: E731
    article = {**article, "sources": dump(article.get("sources")), "spans": dump(article.get("spans"))}
    return article, [{**s, "via": dump(s.get("via"))} for s in statements]


def _checked(where: str, article: Row, statements: list[Row], summary: ImportSummary) -> bool:
    """Whether the rows fit the schema; when not, the record is noted as invalid with the reason."""
    problem = rows_problem(article, statements, MAX_TEXT_CHARS)
    if problem:
        summary.invalid.append(Rejection(where, "E007", problem))
    return problem is None


def _records(path: Path, summary: ImportSummary) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, object) of each JSONL line; lines over the size cap, not JSON or not objects are noted."""
    with path.open("rb") as handle:
        number = 0
        while line := handle.readline(MAX_RECORD_BYTES + 1):
            number += 1
            where = f"{path}:{number}"
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while (rest := handle.readline(CHUNK)) and not rest.endswith(b"\n"):
                    pass
                summary.invalid.append(Rejection(where, "E004", f"a record over {MAX_RECORD_BYTES:,} bytes"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as error:
                summary.invalid.append(Rejection(where, "E007", f"not a JSON record: {str(error)[:200]}"))
                continue
            if isinstance(record, dict):
                yield where, record
            else:
                summary.invalid.append(Rejection(where, "E007", "not a JSON object"))


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
        """The extraction of each line that fits the schema."""
        for where, record in _records(path, summary):
            try:
                article, statements = _record_rows(record)
            except UsageError as error:
                summary.invalid.append(Rejection(where, error.code, error.detail))
                continue
            if _checked(where, article, statements, summary):
                yield extraction_from_rows(*_as_json(article, statements))

    _in_batches(conn, lines(), lambda extraction: _store(conn, extraction, summary))
    return summary


def _bools(row: Row) -> Row:
    """A staged statement row with SQLite's 0/1 back to booleans (other values left for the check)."""
    for name, kind in COLUMNS["statements"]:
        if kind == "bool" and row.get(name) in (0, 1):
            row[name] = bool(row[name])
    return row


_BOOLS = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}


def _typed(table: str, row: dict[str, Any]) -> Row:
    """A CSV row (all strings) with the rawi.tables column types."""
    out: Row = {}
    for name, kind in COLUMNS[table]:
        value = row.get(name)
        if value in ("", None):
            out[name] = None
        elif kind == "int":
            out[name] = int(value) if value.isdigit() else value  # left for rows_problem to refuse
        elif kind == "bool":
            out[name] = _BOOLS.get(value, value)
        else:
            out[name] = from_spreadsheet_cell(value)
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
        """Each article row with its staged statements, when they fit the schema."""
        for number, article in enumerate(iter_table(directory, "articles"), 1):
            rows = conn.execute("SELECT * FROM temp.staged WHERE article_id = ?", (article.get("id"),))
            statements = [_bools(dict(r)) for r in rows]
            if _checked(f"{directory}/articles row {number}", article, statements, summary):
                yield extraction_from_rows(article, statements)

    _in_batches(conn, rebuilt(), lambda extraction: _store(conn, extraction, summary))

    def rejected(row: Row) -> None:
        """Store one rejection row, counting it when new."""
        name, code, reason = row.get("name"), row.get("code"), row.get("reason")
        if isinstance(name, str) and isinstance(code, str) and isinstance(reason, str):
            summary.rejections += write_rejection(conn, Rejection(name, code, reason))
        else:
            summary.invalid.append(
                Rejection(f"{directory}/rejections", "E007", "a row without name, code, reason")
            )

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
