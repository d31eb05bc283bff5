"""rawi's small public API for Python programs: `rawi.extract(text)` and `rawi.open_store(path)`.

Everything else is internal and may change; these two keep their shape, the way httpx and
sqlite-utils expose a few names at the top of the package.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rawi.errors import RawiError
from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection
from rawi.store import connect


def extract(
    text: str, *, name: str = "text", html: bool = False, url: str | None = None, published: str | None = None
) -> Extraction:
    """The article and attributed statements of one news text (plain text, or HTML with `html=True`).

    Raises RawiError (with the code and reason of `rawi extract`) when the text cannot be read.
    """
    document = Document(
        name=name, text=text, media_type="text/html" if html else "text/plain", url=url, published=published
    )
    result = process_document(document)
    if isinstance(result, Rejection):
        raise RawiError(result.code, result.reason)
    return result


def open_store(path: str | Path, *, readonly: bool = True) -> sqlite3.Connection:
    """An SQLite connection to a rawi store (read-only unless asked), for your own queries."""
    return connect(path, readonly=readonly)
