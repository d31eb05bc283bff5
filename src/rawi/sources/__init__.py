"""Inputs -> documents. The only package besides store/ that does I/O."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rawi.records import Document, Rejection


def iter_documents(paths: Iterable[str]) -> Iterator[Document | Rejection]:
    """Every document under the given files and directories, in a stable order."""
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                yield Document(name=str(file), text=file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                yield Rejection(str(file), "E005", str(error))
