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


def test_ingest_skips_its_own_store_inside_the_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "in", 2)
    db = str(tmp_path / "in" / "news.db")
    for _ in range(2):  # the second run finds the database, its WAL and shared-memory files
        assert main(["ingest", str(tmp_path / "in"), "--db", db]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "0 rejected" in err[0] and "2 skipped as duplicate, 0 rejected" in err[1]
    assert main(["rejections", "--db", db, "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""


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


def _ids(out: str) -> list[str]:
    """The statement ids of a jsonl listing, in order."""
    return [json.loads(line)["id"] for line in out.splitlines()]


def test_search_pages_with_offset_and_says_when_cut(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", db, "--format", "jsonl", "--limit", "100"]) == 0
    every = _ids(capsys.readouterr().out)
    assert main(["search", "--db", db, "--format", "jsonl", "--limit", "2"]) == 0
    first = capsys.readouterr()
    assert _ids(first.out) == every[:2]
    assert first.err.strip() == f"2 of {len(every)}; --limit to see more"
    assert main(["search", "--db", db, "--format", "jsonl", "--limit", "2", "--offset", "2"]) == 0
    second = capsys.readouterr()
    assert _ids(second.out) == every[2:4] and second.err.startswith(f"3-4 of {len(every)}; --offset 4")
    assert main(["search", "--db", db, "--format", "jsonl", "--limit", "100"]) == 0
    assert capsys.readouterr().err == ""  # nothing cut, nothing said


@pytest.mark.parametrize("value", ["yesterday", "2018-13-01", "2019-02-30"])
def test_a_bad_date_is_its_own_error(db: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--since", value, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rawi: E030") and "e.g. --since 2018-10-01" in err and err.count("\n") == 1


def test_version_and_defaults_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    from rawi import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"rawi {__version__}"
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: 20)" in text and "default: table" in text and "(default: 0)" in text


def test_a_closed_pipe_is_no_traceback(db: str) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-c", "import sys; from rawi.cli import main; sys.exit(main())"]
    reader = subprocess.Popen(
        [*command, "search", "--db", db, "--format", "jsonl", "--limit", "5000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # what `| head` does, here before rawi writes its first line
    err = reader.stderr.read().decode()
    assert reader.wait() == 141 and "Traceback" not in err


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
    out = str(tmp_path / ("export.jsonl" if fmt == "jsonl" else f"{fmt}-tables"))
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


def test_export_one_csv_file_or_say_why(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(out), "--db", db]) == 0
    text = out.read_text(encoding="utf-8")
    assert out.is_file() and text.startswith("\ufeffid,article_id,")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert rows and {r["hedged"] for r in rows} <= {"0", "1"}
    assert main(["export", "--format", "csv", "--table", "rejections", "-o", "-", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("\ufeffid,name,code,reason")
    for target in (tmp_path / "missing" / "out.csv", tmp_path):
        assert main(["export", "--format", "jsonl", "-o", str(target), "--db", db]) == 2
        assert capsys.readouterr().err.startswith("rawi: E031")
    assert main(["export", "--format", "parquet", "-o", str(out), "--db", db]) == 2
    assert "writes a directory" in capsys.readouterr().err
