"""Inputs -> documents. The only package besides store/ that does I/O.

`iter_documents` streams Documents and Rejections from files, directories (recursively,
in sorted order, hidden names skipped), globs and `-` (stdin). Each file's format is
sniffed from its bytes first and its extension second: plain text, HTML, RSS/Atom feeds,
WARC/ARC archives (gzipped or not), JSONL dumps and JSON arrays; gzip is unpacked.
Bad input never raises: it becomes a Rejection with a code from rawi.errors.CODES.
A metadata sidecar (`--metadata`, or a JSONL input whose records name files and hold no text,
such as a corpus `index.jsonl`) is not read as articles: it gives the others their outlet,
URL, date and title.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from rawi.records import Document, Rejection
from rawi.sources.discovery import Input, iter_inputs
from rawi.sources.files import read_input
from rawi.sources.metadata import load_sidecars, looks_like_sidecar
from rawi.sources.options import SourceOptions

__all__ = ["SourceOptions", "iter_documents"]


def iter_documents(
    paths: Iterable[str], options: SourceOptions | None = None, skip: Collection[str] = ()
) -> Iterator[Document | Rejection]:
    """Every document under the given paths, in a stable order; unreadable ones as Rejections.

    Files whose real path is in `skip` are left out (a store's own files inside an input folder).
    """
    chosen = options or SourceOptions()
    inputs = [
        item
        for item in iter_inputs(paths)
        if not (isinstance(item, Input) and item.path is not None and os.path.realpath(item.path) in skip)
    ]
    found = [
        item
        for item in inputs
        if isinstance(item, Input) and item.path is not None and looks_like_sidecar(item.path, chosen)
    ]
    sidecar = load_sidecars([Path(p) for p in chosen.metadata] + [i.path for i in found if i.path], chosen)
    for item in inputs:
        if isinstance(item, Rejection):
            yield item
        elif item not in found:
            for document in read_input(item, chosen):
                yield sidecar.apply(document) if sidecar and isinstance(document, Document) else document
