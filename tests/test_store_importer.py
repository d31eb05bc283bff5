"""Import: JSONL exports and Parquet/CSV table directories give back the same store, idempotently."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

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


def test_a_line_without_text_is_e008_and_the_rest_is_kept(tmp_path: Path, source) -> None:
    path = tmp_path / "plain.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"file": "a.txt", "statements": []}) + "\n")
        export_jsonl(source, handle)
    summary = import_path(connect(tmp_path / "s.db"), path)
    assert summary.articles == 3
    assert [(r.name, r.code) for r in summary.invalid] == [(f"{path}:1", "E008")]


def _exported_line(source) -> dict:
    """The first line `rawi export` writes for the source store, as an object."""
    out = io.StringIO()
    export_jsonl(source, out)
    return json.loads(out.getvalue().splitlines()[0])


def _broken(record: dict, field: str, value: object) -> dict:
    """A copy of an export line with one field of its first statement (or of the article) set to `value`."""
    record = json.loads(json.dumps(record))
    if field in record["statements"][0]:
        record["statements"][0][field] = value
    else:
        record[field] = value
    return record


BROKEN = [
    ("hedged", "no"), ("in_headline", 1), ("via", "abc"), ("via", [1, 2]), ("stance", "maybe"),
    ("quote_type", None), ("speaker_kind", "alien"), ("start", -1), ("end", 10**9), ("start", "3"),
    ("start", 1.5), ("speaker", None), ("content", ["x"]), ("text", 5), ("spans", [[0, 10**9, "x"]]),
    ("spans", "nope"), ("sources", {"a": 1}), ("name", 5), ("statements", "none"), ("statements", [1]),
    ("headline", 7),
]  # fmt: skip


def test_malformed_records_are_rejected_with_their_line_and_the_rest_is_kept(tmp_path: Path, source) -> None:
    good = _exported_line(source)
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(_broken(good, field, value)) for field, value in BROKEN]
    lines += ["{not json", "[1, 2]", "[" * 100_000 + "]" * 100_000, json.dumps(good)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conn = connect(tmp_path / "s.db")
    summary = import_path(conn, path)
    assert summary.articles == 1 and conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert [r.name for r in summary.invalid] == [f"{path}:{n}" for n in range(1, len(lines))]
    assert all(r.code in ("E007", "E008") for r in summary.invalid)


def test_an_oversized_record_is_skipped_unread(
    tmp_path: Path, source, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rawi.store.importer

    monkeypatch.setattr(rawi.store.importer, "MAX_RECORD_BYTES", 4096)
    good = _exported_line(source)
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({**good, "text": "x" * 10_000}) + "\n" + json.dumps(good) + "\n", encoding="utf-8"
    )
    summary = import_path(connect(tmp_path / "s.db"), path)
    assert summary.articles == 1 and [(r.name, r.code) for r in summary.invalid] == [(f"{path}:1", "E004")]


def test_malformed_csv_rows_are_rejected_and_the_rest_is_kept(tmp_path: Path, source) -> None:
    export_csv(source, tmp_path / "csv")
    statements = tmp_path / "csv" / "statements.csv"
    with statements.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["start"], rows[1]["hedged"] = "x", "maybe"
    with statements.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    summary = import_path(connect(tmp_path / "s.db"), tmp_path / "csv")
    assert 1 <= len(summary.invalid) <= 2 and summary.articles == 3 - len(summary.invalid)
    assert all(r.code == "E007" and "articles row" in r.name for r in summary.invalid), summary.invalid
