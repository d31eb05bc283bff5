"""What one Spark task does: read its records with rawi.sources, run process_document, make rows.

No pyspark here: a task is a plain generator over a `Task`, so it runs (and is tested) without
Spark, and the job only wires it into executors. Rows are the ones `rawi.tables` defines,
plus the `month` partition column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, count, islice
from typing import Any

from rawi.pipeline import process_document
from rawi.records import Document, Rejection
from rawi.sources import SourceOptions, iter_documents
from rawi.spark.plan import Task
from rawi.tables import COLUMNS, Row, article_row, rejection_row, statement_rows

UNKNOWN_MONTH = "unknown"
PARTITION_COLUMN = "month"
_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Output:
    """One result of a task: an article with its statements, or a rejection.

    `order` is (input position, record number), the single-machine reading order (rejections
    found while planning number below zero); rawi.spark.dedupe keeps the first by it.
    """

    table: str  # articles | rejections
    id: str
    order: tuple[int, int]
    row: Row
    statements: tuple[Row, ...] = ()
    document_id: str | None = None  # content id of the document read; None for a source's rejection


def publication_month(published: str | None) -> str:
    """'YYYY-MM' of an ISO publication date, or 'unknown' (the Parquet partition of a row)."""
    match = _MONTH.match(published or "")
    if match and 1 <= int(match.group(2)) <= 12:
        return match.group()
    return UNKNOWN_MONTH


def run_task(task: Task, options: SourceOptions | None = None) -> Iterator[Output]:
    """The task's records through process_document, as rows keyed for deduplication."""
    records = islice(iter_documents(task.paths, options), task.first, task.stop, task.step)
    numbered = zip(count(task.first, task.step), records, strict=False)
    for number, item in chain(zip(count(-len(task.rejections)), task.rejections, strict=False), numbered):
        yield _output(item, (task.order, number))


def _output(item: Document | Rejection, order: tuple[int, int]) -> Output:
    """One document (or a source's rejection) through process_document, as an Output."""
    document_id = None if isinstance(item, Rejection) else item.id
    result = item if isinstance(item, Rejection) else process_document(item)
    if isinstance(result, Rejection):
        row = {**rejection_row(result), PARTITION_COLUMN: UNKNOWN_MONTH}
        return Output("rejections", row["id"], order, row, document_id=document_id)
    month = publication_month(result.article.published)
    row = {**article_row(result), PARTITION_COLUMN: month}
    statements = tuple({**s, PARTITION_COLUMN: month} for s in statement_rows(result))
    return Output("articles", row["id"], order, row, statements, document_id)


def row_values(table: str, row: Row) -> tuple[Any, ...]:
    """A row's values in the table's column order (the partition column left out)."""
    return tuple(row[name] for name, _ in COLUMNS[table])


def combined(output: Output) -> tuple[Any, ...]:
    """One output as a row of the job's frame (its order and document id, then its tables)."""
    position, number = output.order
    month = output.row[PARTITION_COLUMN]
    head = (position, number, output.document_id, output.table)
    if output.table == "rejections":
        return (*head, None, [], row_values("rejections", output.row), month)
    statements = [row_values("statements", s) for s in output.statements]
    return (*head, row_values("articles", output.row), statements, None, month)
