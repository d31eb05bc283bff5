"""Hostile input end to end (issue 13): every input built here, in temporary folders, ends in a
rejection or a clear one-line error, never a traceback, a hang or a lost batch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rawi.cli import main
from rawi.store import connect

ARTICLE = "قال وزير المالية إن الاقتصاد ينمو بثبات هذا العام.\n"


def _non_utf8_folder(tmp_path: Path) -> Path:
    """A folder with a file named in Latin-1 (not UTF-8) between two good ones."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(ARTICLE.replace("المالية", "الخارجية").encode())
    (folder / "z.txt").write_text(ARTICLE.replace("المالية", "الدفاع"), encoding="utf-8")
    return folder


def test_a_non_utf8_file_name_is_one_rejection_and_the_ingest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(_non_utf8_folder(tmp_path)), "--db", db]) == 0
    assert "2 ingested" in capsys.readouterr().err
    [(name, code)] = connect(db, readonly=True).execute("SELECT name, code FROM rejections").fetchall()
    assert (name.rsplit("/", 1)[-1], code) == ("caf\\xe9.txt", "E005")


def test_extract_jsonl_stays_valid_utf8_with_a_non_utf8_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "jsonl", str(_non_utf8_folder(tmp_path))]) == 1
    out, err = capsys.readouterr()
    out.encode("utf-8")
    assert [json.loads(line)["file"] for line in out.splitlines()] == ["a.txt", "z.txt"]
    assert "caf\\xe9.txt: E005" in err
