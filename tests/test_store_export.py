"""Export: JSONL lines are GUIDELINES.md records; CSV and Parquet hold the rawi.tables columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rawi.output import article_record
from rawi.records import Rejection
from rawi.store import connect
from rawi.store.export import export_csv, export_jsonl, export_parquet
from rawi.store.writer import write_extraction, write_rejection
from rawi.tables import COLUMNS
from store_samples import aramco, weather


def filled(tmp_path: Path):
    """A store with two articles and one rejection."""
    conn = connect(tmp_path / "s.db")
    write_extraction(conn, aramco())
    write_extraction(conn, weather())
    write_rejection(conn, Rejection("x.html", "E006", "no body"))
    return conn


def test_jsonl_lines_are_guideline_records(tmp_path: Path) -> None:
    out = io.StringIO()
    assert export_jsonl(filled(tmp_path), out) == 2
    first = json.loads(out.getvalue().splitlines()[0])
    expected = article_record(aramco())
    assert {k: first[k] for k in expected} | {"statements": expected["statements"]} == expected
    for line_statement, record_statement in zip(first["statements"], expected["statements"], strict=True):
        assert {k: line_statement[k] for k in record_statement} == record_statement
    assert first["id"] == aramco().article.id and first["text"] == aramco().article.text


def test_csv_has_the_table_columns(tmp_path: Path) -> None:
    counts = export_csv(filled(tmp_path), tmp_path / "csv")
    assert counts == {"articles": 2, "statements": 4, "rejections": 1}
    with (tmp_path / "csv" / "statements.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [name for name, _ in COLUMNS["statements"]]
    assert rows[1]["content"] == '"التقرير غير صحيح"'


def test_parquet_datasets_have_the_arrow_schema(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from rawi.tables import arrow_schema

    export_parquet(filled(tmp_path), tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "statements")
    assert table.schema.equals(arrow_schema("statements"))
    assert table.num_rows == 4
    assert pq.read_table(tmp_path / "pq" / "rejections").column("code").to_pylist() == ["E006"]
