"""Import: JSONL exports and Parquet/CSV table directories give back the same store, idempotently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.records import Rejection
from rawi.store import connect
from rawi.store.export import export_csv, export_jsonl, export_parquet
from rawi.store.importer import import_path
from rawi.store.writer import write_extraction, write_rejection
from rawi.tables import article_row, rejection_row, statement_rows
from store_samples import aramco, weather

KEPT = ("articles", "statements", "speakers", "article_sources", "near_duplicates")


def snapshot(conn) -> dict[str, list[tuple]]:
    """The rows that an export carries, sorted."""
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in KEPT}


@pytest.fixture
def source(tmp_path: Path):
    conn = connect(tmp_path / "source.db")
    write_extraction(conn, aramco())
    write_extraction(conn, aramco(outlet="أخرى", name="copy.txt"))
    write_extraction(conn, weather())
    write_rejection(conn, Rejection("x.html", "E006", "no body"))
    return conn


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_round_trip_gives_the_same_store_twice(tmp_path: Path, source, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as handle:
            export_jsonl(source, handle)
    else:
        (export_csv if fmt == "csv" else export_parquet)(source, out)
    target = connect(tmp_path / "target.db")
    first = import_path(target, out)
    assert (first.articles, first.statements) == (3, 7)
    assert snapshot(target) == snapshot(source)
    again = import_path(target, out)
    assert (again.articles, again.duplicates) == (0, 3)
    assert snapshot(target) == snapshot(source)


def test_spark_style_parquet_parts_import(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rawi.tables import arrow_schema

    rows = {"articles": [article_row(aramco()), article_row(weather())],
            "statements": statement_rows(weather()) + statement_rows(aramco()),
            "rejections": [rejection_row(Rejection("a.warc", "E007", "truncated"))]}  # fmt: skip
    for table, table_rows in rows.items():
        (tmp_path / "spark" / table).mkdir(parents=True)
        (tmp_path / "spark" / table / "_SUCCESS").write_text("")
        for part, chunk in enumerate((table_rows[:1], table_rows[1:])):
            data = pa.Table.from_pylist(chunk, schema=arrow_schema(table))
            pq.write_table(data, tmp_path / "spark" / table / f"part-{part:05d}.parquet")
    conn = connect(tmp_path / "s.db")
    summary = import_path(conn, tmp_path / "spark")
    assert (summary.articles, summary.statements, summary.rejections) == (2, 4, 1)
    stored = {r[0] for r in conn.execute("SELECT id FROM statements")}
    assert stored == {r["id"] for r in rows["statements"]}


def test_a_line_without_text_is_e008(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"file": "a.txt", "statements": []}) + "\n", encoding="utf-8")
    with pytest.raises(UsageError) as error:
        import_path(connect(tmp_path / "s.db"), path)
    assert error.value.code == "E008"
