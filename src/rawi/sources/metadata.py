"""Sidecar metadata: a JSONL file of one record per article file (file -> outlet, url, date, title).

A corpus often ships its texts with an `index.jsonl` that says where each came from. Such a
file has records naming a file and carrying no text; given with `--metadata`, or found among
the inputs themselves, it fills in the outlet, URL, date and title of the documents it names
instead of being read (and rejected) as a dump of articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rawi.errors import UsageError
from rawi.records import Document
from rawi.sources.jsonl import _date, _first, _text
from rawi.sources.options import SourceOptions

FILE_FIELDS = ("file", "filename", "path", "name", "source_file")
SIDECAR_SUFFIXES = (".jsonl", ".ndjson", ".json")
PEEK_BYTES = 64 * 1024


@dataclass(frozen=True)
class Meta:
    """What a sidecar says about one file."""

    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None


def _file_of(record: dict[str, object]) -> str | None:
    """The file a sidecar record describes, or None when it names none."""
    value = _first(record, FILE_FIELDS)
    return value if isinstance(value, str) and value.strip() else None


def _meta(record: dict[str, object], options: SourceOptions) -> Meta:
    """The outlet, URL, date and title of one sidecar record (by the usual field names)."""
    url, outlet = _first(record, options.fields("url")), _first(record, options.fields("outlet"))
    return Meta(
        outlet=outlet.strip() if isinstance(outlet, str) and outlet.strip() else None,
        url=url if isinstance(url, str) and url else None,
        date=_date(_first(record, options.fields("date"))),
        title=_text(_first(record, options.fields("title"))),
    )


def is_sidecar_record(record: object, options: SourceOptions) -> bool:
    """Whether a JSON record describes a file rather than holding an article: a file field, no text."""
    return (
        isinstance(record, dict)
        and _file_of(record) is not None
        and not _text(_first(record, options.fields("text")))
    )


def looks_like_sidecar(path: Path, options: SourceOptions) -> bool:
    """Whether a JSONL input is a metadata sidecar: its first record names a file and has no text."""
    if not path.name.lower().endswith(SIDECAR_SUFFIXES):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(PEEK_BYTES)
    except OSError:
        return False
    for line in head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines():
        if line.strip():
            try:
                return is_sidecar_record(json.loads(line), options)
            except ValueError:
                return False
    return False


class Sidecar:
    """File name -> Meta, looked up by the document's path, then its path's tail, then its base name."""

    def __init__(self) -> None:
        """An empty sidecar (no document changes)."""
        self.by_name: dict[str, Meta] = {}

    def __bool__(self) -> bool:
        """Whether any record was loaded."""
        return bool(self.by_name)

    def load(self, path: Path, options: SourceOptions) -> None:
        """Add every record of one sidecar JSONL file; a record without a file field is skipped."""
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff").splitlines()
        except OSError as error:
            raise UsageError("E005", f"{path}: {error.strerror or error}") from error
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                raise UsageError("E007", f"{path}#{number}: not valid JSON: {error}") from error
            name = _file_of(record) if isinstance(record, dict) else None
            if name is not None:
                assert isinstance(record, dict)
                self.by_name[name.replace("\\", "/").lstrip("./")] = _meta(record, options)

    def find(self, name: str) -> Meta | None:
        """The record for a document name: the longest recorded path its path ends with."""
        path = name.split("#", 1)[0].replace("\\", "/")
        parts = path.split("/")
        for start in range(len(parts)):
            found = self.by_name.get("/".join(parts[start:]))
            if found is not None:
                return found
        return None

    def apply(self, document: Document) -> Document:
        """The document with the sidecar's outlet, URL and date (they win: the sidecar knows the
        source) and its title when the document has none."""
        meta = self.find(document.name)
        if meta is None:
            return document
        return replace(
            document,
            outlet=meta.outlet or document.outlet,
            url=meta.url or document.url,
            published=meta.date or document.published,
            title=document.title or meta.title,
        )


def load_sidecars(paths: Iterable[Path], options: SourceOptions) -> Sidecar:
    """One Sidecar from the given metadata files, later files overriding earlier ones."""
    sidecar = Sidecar()
    for path in paths:
        sidecar.load(path, options)
    return sidecar
