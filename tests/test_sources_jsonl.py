"""JSONL dumps: field mapping, per-line errors, one E008 for metadata files without text."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.sources.jsonl import read_json, read_jsonl
from rawi.sources.options import SourceOptions

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def read(data: bytes, options: SourceOptions | None = None) -> list[Document | Rejection]:
    """What read_jsonl makes of some bytes."""
    return list(read_jsonl("d.jsonl", io.BytesIO(data), options or SourceOptions()))


def lines(*records: object) -> bytes:
    """JSONL bytes of some records."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records).encode()


def test_default_fields_and_line_errors():
    found = read((FIXTURES / "dump.jsonl").read_bytes())
    assert [item.name for item in found] == [f"d.jsonl#{n}" for n in (1, 2, 3, 4)]
    first, missing, broken, listed = found
    assert isinstance(first, Document)
    assert first.text.startswith("وزير النقل: افتتاح الطريق في الربيع\n\n")
    assert (first.url, first.published, first.outlet) == (
        "https://news.example.org/road",
        "2024-03-11",
        "أخبار الساحل",
    )
    assert (missing.code, broken.code) == ("E008", "E007")
    assert isinstance(listed, Document) and listed.published == "2024-04-02"  # from a Unix time
    assert "Work goes on" in listed.text


def test_named_and_nested_fields():
    data = lines({"story": {"text": "قال الوزير"}, "meta": {"href": "https://x.example"}})
    [document] = read(data, SourceOptions(text_field="story.text", url_field="meta.href"))
    assert isinstance(document, Document)
    assert (document.text, document.url) == ("قال الوزير", "https://x.example")


def test_metadata_file_is_one_rejection_not_one_per_line():
    [rejection] = read(lines(*({"file": f"{n}.txt", "url": "u"} for n in range(50))))
    assert (rejection.name, rejection.code) == ("d.jsonl", "E008")
    assert "50 records" in rejection.reason and "file" in rejection.reason


def test_records_without_text_before_the_first_good_one_are_counted():
    found = read(lines({"url": "a"}, {"url": "b"}, {"text": "نص"}))
    assert [item.code if isinstance(item, Rejection) else "doc" for item in found] == ["E008", "doc"]
    assert "2 records" in found[0].reason


def test_html_text_keeps_its_markup_and_media_type():
    [document] = read(lines({"html": "<html><body><p>x</p></body></html>"}), SourceOptions(text_field="html"))
    assert document.media_type == "text/html"


def test_overlong_line_is_e004_and_the_dump_goes_on():
    data = lines({"text": "x" * 5000}, {"text": "short"})
    found = read(data, SourceOptions(max_bytes=1000))
    assert [item.code if isinstance(item, Rejection) else item.text for item in found] == ["E004", "short"]


def test_json_array_files():
    data = json.dumps([{"text": "أ"}, 7, {"text": "ب"}]).encode()
    found = list(read_json("a.json", io.BytesIO(data), SourceOptions()))
    assert [getattr(item, "code", "doc") for item in found] == ["doc", "E007", "doc"]
    [bad] = read_json("b.json", io.BytesIO(b"[1, 2"), SourceOptions())
    assert bad.code == "E007"


def test_a_pretty_printed_json_object_is_one_record_not_one_error_per_line(tmp_path: Path) -> None:
    record = {"title": "عنوان", "text": "قال الوزير إن الخطة جاهزة.", "url": "https://example.org/1"}
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"file": "a", "lang": "ar"}, indent=1), encoding="utf-8")
    found = list(iter_documents([str(tmp_path)]))
    assert [getattr(item, "code", "doc") for item in found] == ["E008", "doc"]
    assert found[1].text.endswith(record["text"]) and found[1].url == record["url"]


def test_a_json_named_dump_with_a_bad_or_long_first_line_stays_line_by_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "قال الوزير إن الخطة جاهزة."}, ensure_ascii=False)
    (tmp_path / "bad.json").write_text('{"text": "cut\n' + good + "\n" + good + "\n", encoding="utf-8")
    long = json.dumps({"text": "قال الوزير " + "كلام " * 20_000}, ensure_ascii=False)
    (tmp_path / "long.json").write_text(long + "\n" + good + "\n", encoding="utf-8")
    codes = [getattr(item, "code", "doc") for item in iter_documents([str(tmp_path)])]
    assert codes == ["E007", "doc", "doc", "doc", "doc"]


def test_a_deeply_nested_line_is_one_e007_and_the_dump_goes_on():
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    data = lines({"text": "first"}) + deep + lines({"text": "last"})
    items = read(data)
    assert [type(item).__name__ for item in items] == ["Document", "Rejection", "Document"]
    assert items[1].code == "E007" and items[1].name.endswith("#2") and "nested" in items[1].reason


def test_a_deeply_nested_json_file_is_one_e007():
    items = list(read_json("deep.json", io.BytesIO(b"[" * 100_000 + b"]" * 100_000), SourceOptions()))
    assert [(item.code, "nested" in item.reason) for item in items] == [("E007", True)]
