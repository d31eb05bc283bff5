"""WARC archives written here with warcio: HTML 200 responses only, offsets as names, truncation kept."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.sources.options import SourceOptions
from rawi.sources.warc import read_archive

PAGE = "<html><head><meta charset='windows-1256'></head><body><p>قال الوزير إن العمل مستمر.</p></body></html>"


def archive(path: Path, compress: bool = True) -> Path:
    """A WARC with an HTML 200 (cp1256), a 404, a PNG, an HTML resource and another HTML 200."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        responses = [
            ("200 OK", "text/html; charset=windows-1256", PAGE.encode("cp1256")),
            ("404 Not Found", "text/html", b"<html>gone</html>"),
            ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ]
        for number, (status, media, body) in enumerate(responses):
            headers = StatusAndHeaders(status, [("Content-Type", media)], protocol="HTTP/1.1")
            uri = f"https://news.example.org/{number}"
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        resource = writer.create_warc_record(
            "https://news.example.org/r",
            "resource",
            payload=io.BytesIO(b"<p>resource</p>"),
            warc_content_type="text/html",
        )
        writer.write_record(resource)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(("<html><body>" + "نص طويل " * 2000 + "</body></html>").encode())
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/last", "response", payload=body, http_headers=headers
            )
        )
    return path


def test_only_html_200_responses_and_resources_become_documents(tmp_path):
    items = list(iter_documents([str(archive(tmp_path / "crawl.warc.gz"))]))
    assert all(isinstance(item, Document) for item in items)
    first, resource, last = items
    assert first.url == "https://news.example.org/0" and first.media_type == "text/html"
    assert "قال الوزير" in first.text and first.encoding == "cp1256"
    assert first.published and len(first.published) == 10
    assert first.name == f"{tmp_path / 'crawl.warc.gz'}#0"
    assert resource.text == "<p>resource</p>" and last.url.endswith("/last")


def test_uncompressed_and_single_member_gzip_archives(tmp_path):
    plain = archive(tmp_path / "crawl.warc", compress=False)
    assert len(list(iter_documents([str(plain)]))) == 3
    single = tmp_path / "one-member.warc.gz"
    single.write_bytes(gzip.compress(plain.read_bytes()))
    assert [type(item) for item in iter_documents([str(single)])] == [Document] * 3


def test_truncated_archive_keeps_the_records_before_the_break(tmp_path):
    data = archive(tmp_path / "crawl.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 60])  # inside the last record
    items = list(iter_documents([str(cut)]))
    assert [type(item) for item in items[:2]] == [Document, Document]
    assert isinstance(items[-1], Rejection) and items[-1].code == "E007"
    assert items[-1].name == str(cut)


def test_record_over_the_size_limit_is_e004(tmp_path):
    path = archive(tmp_path / "crawl.warc.gz")
    with path.open("rb") as handle:
        items = list(read_archive("crawl", handle, SourceOptions(max_bytes=5000)))
    assert [getattr(item, "code", "doc") for item in items] == ["doc", "doc", "E004"]


def test_archive_without_articles_is_e012(tmp_path):
    path = tmp_path / "empty.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(writer.create_warcinfo_record("empty.warc", {"software": "test"}))
    [item] = iter_documents([str(path)])
    assert isinstance(item, Rejection) and item.code == "E012"
