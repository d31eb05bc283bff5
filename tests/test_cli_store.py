"""The store commands end to end: ingest, search, stats, speakers, rejections, export, import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rawi.cli import main
from rawi.store import connect
from rawi.store.writer import write_extraction
from store_samples import aramco, write_corpus


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with the sample article and a small ingested corpus (one empty file rejected)."""
    write_corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    path = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", path]) == 0
    write_extraction(connect(path), aramco())
    return path


def test_ingest_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "in", 3)
    assert main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db")]) == 0
    assert main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("3 ingested") and "0 rejected" in err[0]
    assert err[1].startswith("0 ingested") and "3 skipped as duplicate" in err[1]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_search_formats(db: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "أَرَامْكُو", "--stance", "deny", "--db", db, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        rows = json.loads(out)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
    else:
        assert "خالد سمير" in out and "outlet" in out
        return
    assert {r["speaker"] for r in rows} == {"أرامكو", "خالد سمير"}
    assert all(r["headline"] == "أرامكو تنفي تقريرا عن بيع حصة جديدة" for r in rows)


def test_search_syntax_error_is_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", '"تقرير', "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rawi: E009")


def test_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(tmp_path / "none.db")]) == 2
    assert capsys.readouterr().err.startswith("rawi: E005")
    assert not (tmp_path / "none.db").exists()


def test_stats_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", db, "--format", "json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["articles"] == 7 and counts["rejections"] == 1
    assert counts["statements"] >= 3 and counts["independent_statements"] <= counts["statements"]


def test_speakers_and_rejections(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["speakers", "--db", db, "--format", "jsonl"]) == 0
    speakers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"speaker", "kind", "statements", "roles", "independent_stories"} <= set(speakers[0])
    assert main(["rejections", "--db", db, "--format", "json"]) == 0
    (rejected,) = json.loads(capsys.readouterr().out)
    assert rejected["name"].endswith("empty.txt") and rejected["code"] in {"E001", "E011"}
    assert rejected["cause"] and rejected["fix"]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "csv"])
def test_export_then_import(db: str, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / f"export.{fmt}")
    assert main(["export", "--format", fmt, "--db", db, "-o", out]) == 0
    target = str(tmp_path / "copy.db")
    assert main(["import", out, "--db", target]) == 0
    assert main(["import", out, "--db", target]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "7 articles" in err[-2] and "0 articles" in err[-1] and "7 already stored" in err[-1]
    ids = "SELECT id FROM statements ORDER BY id"
    assert connect(target).execute(ids).fetchall() == connect(db).execute(ids).fetchall()


def test_bad_inputs_are_stored_rejections_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    inputs = tmp_path / "mixed"
    write_corpus(inputs, 3)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.dat").write_bytes(bytes(range(256)) * 4)
    (inputs / "cut.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" * 50)[:120])
    (inputs / "feed.xml").write_text("<rss><channel><item><title>x</title>", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(inputs), "--db", db]) == 0
    assert "3 ingested" in capsys.readouterr().err
    assert main(["rejections", "--db", db, "--format", "json"]) == 0
    rejected = {Path(r["name"].split("#")[0]).name: r["code"] for r in json.loads(capsys.readouterr().out)}
    assert {"empty.txt", "binary.dat", "cut.warc.gz", "feed.xml"} <= set(rejected)
    assert all(code.startswith("E0") for code in rejected.values())
