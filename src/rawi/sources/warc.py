"""WARC and ARC archives (gzipped or not) -> one HTML Document per 200 response, streamed.

Records are named `crawl.warc.gz#OFFSET` (the record's byte offset, as CDX indexes name
them). A cut-off or malformed archive keeps every record read before the break and ends
with one E007 saying where it broke; warcio's own warnings become that E007, not stderr noise.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import redirect_stderr
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from rawi.records import Document, Rejection
from rawi.sources.decoding import decode
from rawi.sources.options import SourceOptions

CHUNK = 64 * 1024
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _content_type(record: Any) -> str:
    """The payload's media type: the HTTP header for responses, the WARC header for resources."""
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _is_article(record: Any) -> bool:
    """True for an HTML response with status 200, or an HTML resource record."""
    if record.rec_type == "response":
        status = record.http_headers.get_statuscode() if record.http_headers else None
        return status == "200" and "html" in _content_type(record).lower()
    return record.rec_type == "resource" and "html" in _content_type(record).lower()


def _drain(record: Any) -> int:
    """Read the rest of a record's block; the bytes its Content-Length promised but never came."""
    stream = record.raw_stream
    while stream.read(CHUNK):
        pass
    return max(int(getattr(stream, "limit", 0) or 0), 0)


def _document(name: str, record: Any, payload: bytes) -> Document:
    """An HTML Document from a record's payload and its WARC headers."""
    charset = _CHARSET.search(_content_type(record))
    decoded = decode(payload, charset.group(1) if charset else None)
    date = _ISO_DATE.match(record.rec_headers.get_header("WARC-Date") or "")
    return Document(
        name=name,
        text=decoded.text,
        media_type="text/html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        published=date.group() if date else None,
        encoding=decoded.encoding,
    )


def _records(records: Iterator[Any], warnings: io.StringIO) -> Iterator[Any]:
    """warcio's records, with whatever it writes to stderr kept in `warnings` instead."""
    while True:
        with redirect_stderr(warnings):
            record = next(records, None)
        if record is None:
            return
        yield record


def _read_record(name: str, record: Any, options: SourceOptions) -> Document | Rejection:
    """An article record as a Document (a cut-off one too), E004 when too big, E006 when empty."""
    try:
        payload = record.content_stream().read(options.max_bytes + 1)
    except Exception as error:  # a bad Content-/Transfer-Encoding spoils this record, not the archive
        return Rejection(name, "E007", f"the record's payload cannot be unpacked: {type(error).__name__}")
    if len(payload) > options.max_bytes:
        return Rejection(name, "E004", f"record over {options.max_bytes:,} bytes")
    if not payload.strip():
        return Rejection(name, "E006", "the HTML response is empty")
    return _document(name, record, payload)


def read_archive(name: str, stream: BinaryIO, options: SourceOptions) -> Iterator[Document | Rejection]:
    """Every HTML 200 response of a WARC/ARC stream, then E007 if it broke, E012 if it held none."""
    warnings = io.StringIO()
    iterator = ArchiveIterator(stream, arc2warc=True)
    seen = found = 0
    offset, cut = 0, ""
    try:
        for record in _records(iter(iterator), warnings):
            seen += 1
            offset = iterator.offset  # get_record_offset() would read the record to its end
            if not _is_article(record):
                continue
            found += 1
            yield _read_record(f"{name}#{offset}", record, options)
            missing = _drain(record)
            if missing and not cut:
                cut = f"record #{offset} is cut off ({missing:,} bytes missing); kept what was there"
    except Exception as error:  # warcio raises many types on malformed input; never crash the batch
        yield Rejection(name, "E007", f"broke after record {seen} (offset {offset}): {_short(error)}")
        return
    if cut:
        yield Rejection(name, "E007", cut)
    elif "Content-Length" in warnings.getvalue():
        where = re.search(r"Offset: (\d+)", warnings.getvalue())
        yield Rejection(name, "E007", f"a record's Content-Length is wrong near offset {where and where[1]}")
    if not found:
        yield Rejection(name, "E012", f"none of its {seen} records is an HTML response with status 200")


def _short(error: Exception) -> str:
    """warcio's multi-line error messages as one short line."""
    text = " ".join(str(error).split())
    if "non-chunked gzip" in text:
        return "the archive is one gzip stream, not one gzip member per record (`warcio recompress` fixes it)"
    return text[:160] or type(error).__name__
