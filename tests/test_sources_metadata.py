"""Sidecar metadata: `--metadata index.jsonl` (or an index among the inputs) gives outlets and dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rawi.claims.mentions import Mention, outlet_of, site_of
from rawi.cli import main
from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.sources.options import SourceOptions
from rawi.store import connect

BODY = "عنوان الخبر\n\nقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الملف.\n"


def _corpus(root: Path) -> Path:
    """Two text files and an index.jsonl describing them (records name a file and hold no text)."""
    root.mkdir()
    (root / "a-1.txt").write_text(BODY, encoding="utf-8")
    (root / "a-2.txt").write_text(BODY.replace("غدا", "بعد غد"), encoding="utf-8")
    records = [
        {"file": "a-1.txt", "outlet": "صحيفة الشمال", "date": "2020-03-04T10:00:00", "url": "https://www.north.example/1"},
        {"file": "a-2.txt", "outlet": "Radio South", "date": "2020-03-05", "title": "Meeting tomorrow"},
    ]  # fmt: skip
    index = root / "index.jsonl"
    index.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return index


def _documents(paths: list[str], metadata: tuple[str, ...] = ()) -> list[Document | Rejection]:
    """What iter_documents yields for some paths."""
    return list(iter_documents(paths, SourceOptions(metadata=metadata)))


def test_metadata_option_fills_outlet_url_and_date(tmp_path: Path) -> None:
    index = _corpus(tmp_path / "c")
    docs = _documents([str(tmp_path / "c" / "a-1.txt"), str(tmp_path / "c" / "a-2.txt")], (str(index),))
    assert all(isinstance(d, Document) for d in docs)
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.outlet, first.published) == ("صحيفة الشمال", "2020-03-04")
    assert first.url == "https://www.north.example/1"
    assert (second.outlet, second.published) == ("Radio South", "2020-03-05")
    assert second.title == "Meeting tomorrow"


def test_an_index_among_the_inputs_is_metadata_not_a_rejection(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    docs = _documents([str(tmp_path / "c")])
    assert not [d for d in docs if isinstance(d, Rejection)]
    assert sorted(d.outlet or "" for d in docs if isinstance(d, Document)) == ["Radio South", "صحيفة الشمال"]


def test_ingest_and_extract_take_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = _corpus(tmp_path / "c")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "c" / "a-1.txt"), "--metadata", str(index), "--db", db]) == 0
    row = connect(db).execute("SELECT outlet, published FROM articles").fetchone()
    assert tuple(row) == ("صحيفة الشمال", "2020-03-04")
    second = str(tmp_path / "c" / "a-2.txt")
    assert main(["extract", second, "--metadata", str(index), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert "Radio South" in json.dumps(record, ensure_ascii=False)


def test_outlet_without_metadata_is_never_a_file_name() -> None:
    assert site_of("https://www.north.example/news/1") == "north.example"
    assert outlet_of(None, ("وكالة الأنباء",), "https://x.example/1") == "وكالة الأنباء"
    assert outlet_of(None, (), "https://x.example/1") == "x.example"
    bare = Mention(id="m", article_id="a", file="0036.txt", speaker="س", content="نص", start=0, end=2)
    assert bare.reporter == ""


def test_claims_of_a_store_without_metadata_never_list_a_file_as_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "c")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "c" / "a-1.txt"), str(tmp_path / "c" / "a-2.txt"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["claims", "--db", db, "--format", "json", "--lexical"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(not (row["first_outlet"] or "").endswith(".txt") for row in rows)
    assert all(not any(name.endswith(".txt") for name in row["first_chain"]) for row in rows)
