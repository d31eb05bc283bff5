"""Inputs -> documents. The only package besides store/ that does I/O.

`iter_documents` streams Documents and Rejections from files, directories (recursively,
in sorted order, hidden names skipped), globs and `-` (stdin). Each file's format is
sniffed from its bytes first and its extension second: plain text, HTML, RSS/Atom feeds,
WARC/ARC archives (gzipped or not), JSONL dumps and JSON arrays; gzip is unpacked.
Bad input never raises: it becomes a Rejection with a code from rawi.errors.CODES.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rawi.records import Document, Rejection
from rawi.sources.discovery import iter_inputs
from rawi.sources.files import read_input
from rawi.sources.options import SourceOptions

__all__ = ["SourceOptions", "iter_documents"]


def iter_documents(
    paths: Iterable[str], options: SourceOptions | None = None
) -> Iterator[Document | Rejection]:
    """Every document under the given paths, in a stable order; unreadable ones as Rejections."""
    chosen = options or SourceOptions()
    for item in iter_inputs(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_input(item, chosen)
