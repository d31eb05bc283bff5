"""One input -> its documents: open it, sniff it, hand it to the reader for its format.

Single documents (text, HTML) are size-checked before they are read; archives, feeds and
dumps go to their streaming readers. Every failure becomes a Rejection, never an exception.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from stat import S_ISREG
from typing import BinaryIO, cast

from rawi.records import Document, Rejection
from rawi.sources.decoding import decode
from rawi.sources.discovery import SPECIAL, Input
from rawi.sources.feeds import read_feed
from rawi.sources.jsonl import read_json, read_jsonl
from rawi.sources.options import SourceOptions
from rawi.sources.sniff import HEAD_BYTES, Kind, archive_inside, gunzip_head, one_gzip_member, sniff
from rawi.sources.warc import read_archive

Item = Document | Rejection
FEED_SIZE_FACTOR = 10  # a feed is parsed whole, but holds many articles


class _Rewound(io.RawIOBase):
    """A read-once stream with its already-read head put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest
        self._position = 0

    def readable(self) -> bool:
        """Always readable."""
        return True

    def tell(self) -> int:
        """Bytes read so far (warcio counts record offsets with it)."""
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill `buffer` from the head first, then from the rest of the stream."""
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size], self._head = self._head[:size], self._head[size:]
        else:
            data = self._rest.read(len(buffer))
            size = len(data)
            buffer[:size] = data
        self._position += size
        return size


def rewound(head: bytes, rest: BinaryIO) -> BinaryIO:
    """A buffered stream that yields `head` then the rest of `rest`."""
    return io.BufferedReader(_Rewound(head, rest), buffer_size=HEAD_BYTES)


def _single(name: str, stream: BinaryIO, kind: Kind, size: int | None, options: SourceOptions) -> Item:
    """A text or HTML file as one Document, or E004 when it is over the size limit."""
    limit = options.max_bytes
    if size is not None and size > limit:
        return Rejection(name, "E004", f"{size:,} bytes, limit {limit:,}")
    data = stream.read(limit + 1)
    if len(data) > limit:
        return Rejection(name, "E004", f"over {limit:,} bytes")
    decoded = decode(data)
    if not decoded.text.strip():
        return Rejection(name, "E001", "it holds only whitespace")
    media_type = "text/html" if kind is Kind.HTML else "text/plain"
    return Document(name=name, text=decoded.text, media_type=media_type, encoding=decoded.encoding)


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """Keep what a container reader yields; a failure in the middle becomes one E007 at the end."""
    count = 0
    try:
        for item in items:
            count += 1
            yield item
    except (EOFError, ValueError, OSError, LookupError, RuntimeError, zlib.error) as error:
        yield Rejection(name, "E007", f"broke after {count} documents: {type(error).__name__}: {error}")


def _gzipped(name: str, stream: BinaryIO, head: bytes, options: SourceOptions) -> Iterator[Item]:
    """A gzip file: WARC/ARC go whole to the archive reader, anything else is unpacked first."""
    if archive_inside(head):
        unpacked = one_gzip_member(head)
        yield from read_archive(name, _gunzipping(stream) if unpacked else stream, options)
        return
    inner_head = gunzip_head(head)
    if not inner_head:
        yield Rejection(name, "E007", "the gzip data is corrupt from its first bytes")
        return
    yield from _guarded(name, _dispatch(name, _gunzipping(stream), None, options))


def _gunzipping(stream: BinaryIO) -> BinaryIO:
    """The stream unpacked as it is read (a GzipFile is a binary file object, as typing.BinaryIO means)."""
    return cast(BinaryIO, gzip.GzipFile(fileobj=stream))


def _dispatch(name: str, raw: BinaryIO, size: int | None, options: SourceOptions) -> Iterator[Item]:
    """Sniff a stream and read it with the reader for its kind."""
    head = raw.read(HEAD_BYTES)
    stream = rewound(head, raw)
    kind, detail = sniff(name.removesuffix(".gz"), head)
    readers: dict[Kind, Callable[[], Iterator[Item]]] = {
        Kind.EMPTY: lambda: iter([Rejection(name, "E001", detail)]),
        Kind.BINARY: lambda: iter([Rejection(name, "E002", detail)]),
        Kind.GZIP: lambda: _gzipped(name, stream, head, options),
        Kind.ARCHIVE: lambda: read_archive(name, stream, options),
        Kind.FEED: lambda: _feed(name, stream, size, options),
        Kind.JSONL: lambda: _guarded(name, read_jsonl(name, stream, options)),
        Kind.JSON: lambda: _guarded(name, read_json(name, stream, options)),
    }
    reader = readers.get(kind)
    if reader is None:
        yield _single(name, stream, kind, size, options)
    else:
        yield from reader()


def _feed(name: str, stream: BinaryIO, size: int | None, options: SourceOptions) -> Iterator[Item]:
    """A feed is parsed whole, so it gets a size check of its own."""
    limit = options.max_bytes * FEED_SIZE_FACTOR
    data = b"" if size is not None and size > limit else stream.read(limit + 1)
    if not data or len(data) > limit:
        yield Rejection(name, "E004", f"a feed over {limit:,} bytes")
        return
    yield from _guarded(name, read_feed(name, data))


def _open_regular(path: Path) -> BinaryIO:
    """Open a regular file; anything else (a FIFO would block, a device never ends) is an OSError.

    The file is opened without blocking and checked by its descriptor, so a FIFO swapped in
    after the folder walk is caught too.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(SPECIAL)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def read_input(item: Input, options: SourceOptions) -> Iterator[Item]:
    """Every document of one input; unreadable inputs become E005 rejections."""
    try:
        with ExitStack() as stack:
            if item.path is None:
                raw, size = getattr(sys.stdin, "buffer", None), None
                if raw is None:
                    raise OSError("standard input is closed")
            else:
                raw = stack.enter_context(_open_regular(item.path))
                size = os.fstat(raw.fileno()).st_size
            yield from _dispatch(item.name, raw, size, options)
    except OSError as error:
        yield Rejection(item.name, "E005", error.strerror or str(error))
