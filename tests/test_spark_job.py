"""The Spark job on local[2] gives the single-machine answer, written as Parquet by month.

One SparkSession and one run of the job serve the whole module (JVM start-up dominates).
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install 'rawi[spark]'")

from rawi.cli import main
from rawi.pipeline import process_document
from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.spark import java_missing
from rawi.spark.tasks import publication_month
from rawi.tables import COLUMNS, article_row, rejection_row, statement_rows

if java_missing():
    pytest.skip("no Java runtime: apt-get install default-jre-headless", allow_module_level=True)

from rawi.spark.job import build_session, run_job, spark_schema

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ar"

ARTICLES = [
    {
        "url": "https://example.org/news/1",
        "title": "الوزير يعلن موعد الانتخابات",
        "date": "2024-02-11",
        "text": "الوزير يعلن موعد الانتخابات\n2024-02-11\n"
        "قال وزير الداخلية في مؤتمر صحفي إن الانتخابات ستجري في موعدها المحدد.\n"
        "وأضاف أن اللجان ستفتح أبوابها صباحا.\n",
    },
    {
        "url": "https://example.org/news/2",
        "title": "الشركة تنفي بيع فرعها",
        "date": "2024-03-02",
        "text": "الشركة تنفي بيع فرعها\n2024-03-02\n"
        "نفت الشركة في بيان ما تردد عن بيع فرعها في المدينة.\n"
        "وقال المتحدث باسم الشركة: «لا نية لدينا للبيع».\n",
    },
    {
        "url": "https://example.org/news/3",
        "title": "أمطار غزيرة",
        "text": "أمطار غزيرة\nتوقعت هيئة الأرصاد هطول أمطار غزيرة على المناطق الساحلية.\n",
    },
]

PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title}</title><meta property="article:published_time" content="2023-12-20"></head>
<body><article><h1>{title}</h1><p>{body}</p><p>{more}</p></article></body></html>"""


NO_URL = {"text": "تعليق على الخبر\nأكد مصدر مطلع أن المفاوضات مستمرة.\n"}


def _write_jsonl(path: Path) -> None:
    """Three records of my own, a record with no URL, and one broken line."""
    lines = [json.dumps(record, ensure_ascii=False) for record in [*ARTICLES, NO_URL]]
    path.write_text("\n".join([*lines[:2], "{not json", *lines[2:]]) + "\n", encoding="utf-8")


def _write_warc(path: Path) -> None:
    """Two HTML responses (my own short articles) and a 404, gzipped per record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [
        ("https://example.org/a", 200, "رئيس البلدية يفتتح حديقة", "قال رئيس البلدية إن الحديقة للجميع."),
        ("https://example.org/b", 200, "المدرب يرد على الانتقادات", "أكد المدرب أن الفريق سيعود أقوى."),
        ("https://example.org/missing", 404, "غير موجود", "الصفحة غير موجودة."),
    ]
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, title, body in pages:
            html = PAGE.format(title=title, body=body, more=body.replace("قال", "وأضاف")).encode()
            headers = StatusAndHeaders(
                f"{status} OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            payload = io.BytesIO(html)
            writer.write_record(
                writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
            )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """30 real articles, my JSONL and WARC, two duplicate documents, and a blank file."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    real = sorted(str(p) for p in CORPUS.glob("*.txt"))[:30]
    extra = tmp_path_factory.mktemp("extra")
    _write_jsonl(extra / "dump.jsonl")
    _write_warc(extra / "crawl.warc.gz")
    shutil.copy(real[0], extra / Path(real[0]).name)  # same document: skipped as a duplicate
    again = json.dumps(NO_URL, ensure_ascii=False)  # same document, another name: skipped too
    (extra / "again.jsonl").write_text(f"{again}\n", encoding="utf-8")
    (extra / "blank.txt").write_text("  \n", encoding="utf-8")
    return [*real, str(extra)]


@pytest.fixture(scope="module")
def spark() -> Any:
    """One local[2] SparkSession for the module."""
    session = build_session("local[2]", shuffle_partitions=2)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job(spark: Any, inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The job run once: JSONL cut into two-record ranges, the WARC shared by strided tasks."""
    out = tmp_path_factory.mktemp("spark") / "out"
    return out, run_job(spark, inputs, out, records_per_task=2, split_bytes=1024)


@pytest.fixture(scope="module")
def expected(inputs: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """Rows by table and id as `rawi ingest` keeps them: in input order, a document whose
    content id was stored already is skipped, and of two articles with one id the first stays."""
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in COLUMNS}
    stored: set[str] = set()
    for item in iter_documents(inputs):
        if isinstance(item, Document) and item.id in stored:
            continue
        result = item if isinstance(item, Rejection) else process_document(item)
        if isinstance(result, Rejection):
            row = rejection_row(result)
            tables["rejections"].setdefault(row["id"], row)
            continue
        stored.add(item.id)
        row = article_row(result)
        if row["id"] in tables["articles"]:
            continue
        tables["articles"][row["id"]] = row
        tables["statements"].update((s["id"], s) for s in statement_rows(result))
    return tables


def _parquet(spark: Any, out: Path, table: str) -> dict[str, dict[str, Any]]:
    """Rows of one output dataset by id, the month partition column included."""
    rows = spark.read.schema(spark_schema(table)).parquet(str(out / table)).collect()
    return {row["id"]: row.asDict() for row in rows}


def test_articles_and_statements_are_the_single_machine_ones(spark, job, expected):
    out, _ = job
    assert len(expected["articles"]) > 30
    assert len(expected["rejections"]) >= 2
    for table in ("articles", "statements", "rejections"):
        got = _parquet(spark, out, table)
        assert set(got) == set(expected[table]), table
        for key, row in expected[table].items():
            assert {k: v for k, v in got[key].items() if k != "month"} == row, (table, key)


def test_rows_are_partitioned_by_publication_month(spark, job):
    out, _ = job
    articles = _parquet(spark, out, "articles")
    assert {row["month"] for row in articles.values()} >= {"2024-02", "2024-03", "unknown"}
    for row in articles.values():
        assert row["month"] == publication_month(row["published"])
        assert (out / "articles" / f"month={row['month']}").is_dir()
    for row in _parquet(spark, out, "statements").values():
        assert row["month"] == articles[row["article_id"]]["month"]
    assert {row["month"] for row in _parquet(spark, out, "rejections").values()} == {"unknown"}


def test_accumulators_count_processed_rejected_and_duplicates(job, inputs, expected):
    _, counts = job
    read = sum(1 for _ in iter_documents(inputs))
    assert counts.processed == read
    assert counts.rejected == len(expected["rejections"])
    assert counts.duplicates == 2
    assert counts.articles == len(expected["articles"])
    assert counts.statements == len(expected["statements"])
    assert counts.tasks > 4


def _store_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    """A store table's rawi.tables columns, ordered by id."""
    names = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()


def test_rawi_import_of_the_output_is_the_store_rawi_ingest_makes(job, inputs, tmp_path):
    out, _ = job
    ingested, imported = tmp_path / "ingested.db", tmp_path / "imported.db"
    assert main(["ingest", *inputs, "--db", str(ingested)]) == 0
    assert main(["import", str(out), "--db", str(imported)]) == 0
    first = {table: _store_rows(imported, table) for table in COLUMNS}
    for table in COLUMNS:
        assert first[table] == _store_rows(ingested, table), table
    assert main(["import", str(out), "--db", str(imported)]) == 0
    assert {table: _store_rows(imported, table) for table in COLUMNS} == first


def test_the_rawi_spark_command_prints_the_counts_and_writes_parquet(spark, tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(ARTICLES[0]["text"], encoding="utf-8")
    (inputs / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["spark", str(inputs), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("rawi spark: 2 documents in ")
    assert ": 1 articles, " in printed
    assert "1 rejected, 0 duplicates" in printed
    assert list((out / "articles" / "month=2024-02").glob("*.parquet"))
    assert list((out / "rejections" / "month=unknown").glob("*.parquet"))
    assert spark.sparkContext._jsc is not None  # the module's session was left running
