"""`rawi spark` from the command line: a helpful error without the extra, Parquet with it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rawi.cli import main


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
