"""`rawi spark` from the command line: a helpful error without the extra, Parquet with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rawi.cli import main

ARTICLE = "الوزير يعلن الخطة\n2024-05-01\nقال الوزير إن الخطة ستبدأ غدا.\n"


def test_without_pyspark_it_names_the_pip_install(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.delitem(sys.modules, "rawi.spark.job", raising=False)
    assert main(["spark", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("rawi: E010")
    assert "pip install 'rawi[spark]'" in error
    assert not (tmp_path / "out").exists()


def test_without_java_it_names_the_package(monkeypatch, tmp_path, capsys):
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert main(["spark", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "apt-get install default-jre-headless" in capsys.readouterr().err


def test_the_core_does_not_import_pyspark():
    code = (
        "import sys, rawi.cli, rawi.pipeline, rawi.sources, rawi.store.ingest, rawi.spark.plan, "
        "rawi.spark.tasks; rawi.cli.build_parser(); print('pyspark' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_rawi_spark_writes_parquet_by_month_and_prints_the_counts(tmp_path):
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from rawi.spark import java_missing

    if java_missing():
        pytest.skip("no Java runtime: apt-get install default-jre-headless")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    rawi = Path(sys.executable).with_name("rawi")
    command = [str(rawi), "spark", str(inputs), "--out", str(out), "--master", "local[1]"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "2 documents in 2 tasks: 1 articles" in done.stdout
    assert "1 rejected, 0 duplicates" in done.stdout
    assert list((out / "articles" / "month=2024-05").glob("*.parquet"))
    assert list((out / "rejections" / "month=unknown").glob("*.parquet"))
