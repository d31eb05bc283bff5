"""One input -> documents: size limits, gzip, whitespace, and the rewound stream."""

from __future__ import annotations

import gzip
import io

from rawi.records import Document, Rejection
from rawi.sources.discovery import Input
from rawi.sources.files import read_input, rewound
from rawi.sources.options import SourceOptions

ARTICLE = "قال الوزير إن العمل مستمر.\n"


def read(path, options: SourceOptions | None = None) -> list[Document | Rejection]:
    """What read_input makes of one path."""
    return list(read_input(Input(str(path), path), options or SourceOptions()))


def test_rewound_stream_gives_back_its_head_and_counts_position():
    stream = rewound(b"head-", io.BytesIO(b"rest"))
    assert stream.read(2) == b"he"
    assert stream.tell() == 2
    assert stream.read() == b"ad-rest"


def test_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    [rejection] = read(path, SourceOptions(max_bytes=500))
    assert rejection.code == "E004" and "limit 500" in rejection.reason
    [document] = read(path)
    assert isinstance(document, Document) and document.text == ARTICLE * 100


def test_gzipped_text_and_html_are_unpacked(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("cp1256")))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<html><body><p>x</p></body></html>"))
    [text] = read(tmp_path / "a.txt.gz")
    [page] = read(tmp_path / "b.html.gz")
    assert text.text == ARTICLE and page.media_type == "text/html"


def test_corrupt_gzip_is_e007(tmp_path):
    path = tmp_path / "bad.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    [rejection] = read(path)
    assert rejection.code == "E007"


def test_empty_and_whitespace_files_are_e001(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    assert read(tmp_path / "empty.txt")[0].code == "E001"
    assert read(tmp_path / "blank.txt")[0].code == "E001"


def test_directory_given_as_a_file_is_e005(tmp_path):
    [rejection] = read(tmp_path)
    assert rejection.code == "E005"


def test_corruption_inside_a_gzip_stream_is_e007(tmp_path):
    packed = bytearray(gzip.compress(ARTICLE.encode() * 5000))
    packed[len(packed) // 2 : len(packed) // 2 + 8] = b"\xff" * 8
    path = tmp_path / "damaged.txt.gz"
    path.write_bytes(bytes(packed))
    [rejection] = read(path)
    assert rejection.code == "E007"


def test_a_fifo_is_rejected_without_blocking(tmp_path):
    import os

    os.mkfifo(tmp_path / "fifo")
    [rejection] = read(tmp_path / "fifo")
    assert rejection.code == "E005" and "not a regular file" in rejection.reason
