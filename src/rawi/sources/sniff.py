"""What a file holds, from its first bytes and its name: content first, the extension second."""

from __future__ import annotations

import json
import re
import zlib
from enum import Enum

from rawi.sources.decoding import binary_reason, bom_encoding

HEAD_BYTES = 64 * 1024
FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".jl")
_FEED_ROOT = re.compile(rb"<(?:[a-z]+:)?(?:rss|feed|rdf|channel)[\s>/]")
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_NEXT_RECORD = re.compile(rb"\r\n\r\nWARC/\d")
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|script)[\s>/]")


class Kind(Enum):
    """The formats rawi reads, plus the two it refuses at sight."""

    EMPTY = "empty"
    BINARY = "binary"
    GZIP = "gzip"
    ARCHIVE = "warc"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"
    HTML = "html"
    TEXT = "text"


def _probe(head: bytes) -> bytes:
    """The first 2 KB lower-cased, without BOM, NUL bytes (UTF-16 markup reads as ASCII) and comments."""
    bom = bom_encoding(head)
    start = bom[1] if bom else 0
    probe = head[start : start + 4096].replace(b"\x00", b"").lower()
    return _COMMENT.sub(b"", probe)[:2048]


def gunzip_head(head: bytes) -> bytes:
    """As much of a gzip stream's start as `head` decompresses to (empty when it cannot)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def _is_archive(head: bytes) -> bool:
    """WARC (any version) or ARC (a filedesc:// header record)."""
    return head.startswith((b"WARC/", b"filedesc://"))


def _json_kind(probe: bytes, head: bytes, name: str) -> Kind | None:
    """JSONL when the first line is a JSON object (or the name says so); JSON for an array, or for
    one object spread over several lines (a pretty-printed .json file)."""
    stripped = probe.lstrip()
    if stripped.startswith(b"["):
        return Kind.JSON
    if name.endswith(JSONL_SUFFIXES):
        return Kind.JSONL
    if not stripped.startswith(b"{"):
        return None
    first_line = head.lstrip().split(b"\n", 1)[0]
    try:
        return Kind.JSONL if isinstance(json.loads(first_line), dict) else None
    except ValueError:
        if not name.endswith(".json"):
            return None
        return Kind.JSON if _one_object(head) else Kind.JSONL


def _one_object(head: bytes) -> bool:
    """A whole small file that is one JSON object spread over lines (not JSONL with a bad line)."""
    if len(head) >= HEAD_BYTES:
        return False
    try:
        return isinstance(json.loads(head.decode("utf-8", errors="replace").lstrip("\ufeff")), dict)
    except ValueError:
        return False


def sniff(name: str, head: bytes) -> tuple[Kind, str]:
    """(kind, detail) for a file called `name` starting with `head`; detail explains BINARY."""
    lower = name.lower()
    if head and not head.strip(b"\x00"):
        return Kind.BINARY, "it holds only NUL bytes"
    if not head.strip(b" \t\r\n\x00"):
        return Kind.EMPTY, "it holds no bytes" if not head else "it holds only whitespace"
    if head.startswith(b"\x1f\x8b"):
        return Kind.GZIP, ""
    if _is_archive(head):
        return Kind.ARCHIVE, ""
    reason = binary_reason(head)
    if reason:
        return Kind.BINARY, reason
    probe = _probe(head)
    json_kind = _json_kind(probe, head, lower) if lower.endswith((*JSONL_SUFFIXES, ".json")) else None
    if json_kind:
        return json_kind, ""
    html_at = _HTML_TAG.search(probe)
    feed_at = _FEED_ROOT.search(probe)
    if feed_at and (not html_at or feed_at.start() < html_at.start()) and not lower.endswith(HTML_SUFFIXES):
        return Kind.FEED, ""
    if lower.endswith(FEED_SUFFIXES):
        return Kind.FEED, ""
    if html_at or lower.endswith(HTML_SUFFIXES):
        return Kind.HTML, ""
    return _json_kind(probe, head, lower) or Kind.TEXT, ""


def archive_inside(head: bytes) -> bool:
    """True when a gzip stream starting with `head` holds a WARC or ARC archive."""
    return _is_archive(gunzip_head(head))


def one_gzip_member(head: bytes) -> bool:
    """True when a gzipped WARC is one gzip stream (several records in its first member).

    warcio refuses such files; rawi reads them unpacked instead (offsets are then positions
    in the unpacked archive).
    """
    return bool(_NEXT_RECORD.search(gunzip_head(head)))
