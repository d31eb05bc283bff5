"""JSONL dumps and JSON files (an array of records, or one) -> one Document per record, by a field mapping.

Records are named `dump.jsonl#LINE`. A line that is not JSON is an E007 for that line and
the dump goes on. A record without a text field is an E008; when no record of a file has
one (a corpus `index.jsonl` of metadata, say), the file gets one E008, not one per line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from rawi.records import Document, Rejection
from rawi.sources.feeds import with_title
from rawi.sources.options import SourceOptions

Item = Document | Rejection
CHUNK = 64 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TOO_DEEP = "JSON nested too deeply to read"
_MARKUP = re.compile(r"<(?:html|body|div|p|article|!doctype)[\s>]", re.IGNORECASE)


def _lookup(record: dict[str, Any], field: str) -> Any:
    """`record[field]`, where a dotted field such as `meta.url` walks into nested objects."""
    value: Any = record
    for part in field.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _first(record: dict[str, Any], fields: tuple[str, ...]) -> Any:
    """The first non-empty value among `fields`."""
    for field in fields:
        value = _lookup(record, field)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    """A text field as one string: a list of paragraphs is joined; other types are not text."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "\n\n".join(value)
    return None


def _date(value: Any) -> str | None:
    """A date field as ISO YYYY-MM-DD when it is ISO or a Unix time; other strings as they are."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).date().isoformat()
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    return match.group() if match else value.strip() or None


def _document(name: str, record: dict[str, Any], options: SourceOptions) -> Document | None:
    """One record as a Document, or None when it has no text field."""
    text = _text(_first(record, options.fields("text")))
    if not text or not text.strip():
        return None
    title = _text(_first(record, options.fields("title")))
    url, outlet = _first(record, options.fields("url")), _first(record, options.fields("outlet"))
    is_html = bool(_MARKUP.search(text[:2048]))
    return Document(
        name=name,
        text=text if is_html else with_title(title, text),
        media_type="text/html" if is_html else "text/plain",
        url=url if isinstance(url, str) else None,
        title=title,
        published=_date(_first(record, options.fields("date"))),
        outlet=outlet if isinstance(outlet, str) else None,
        encoding="utf-8",
    )


def _documents(name: str, records: Iterator[tuple[int, Any]], options: SourceOptions) -> Iterator[Item]:
    """Documents of numbered records; records without text are reported once per file if all lack it."""
    wanted = "/".join(options.fields("text"))
    found, missing, keys, seen = 0, 0, "", 0
    for number, record in records:
        seen += 1
        if isinstance(record, Rejection):
            yield record
            continue
        document = _document(f"{name}#{number}", record, options)
        if document is None and found:
            yield Rejection(f"{name}#{number}", "E008", f"no {wanted} field")
        elif document is None:
            missing += 1
            keys = keys or ", ".join(list(record)[:8])
        else:
            if missing and not found:
                yield Rejection(name, "E008", f"{missing} records before #{number} have no {wanted} field")
            found += 1
            yield document
    if not seen:
        yield Rejection(name, "E012", "it holds no records")
    if missing and not found:
        yield Rejection(name, "E008", f"none of its {missing} records has {wanted}; its fields: {keys}")


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None stands for a line over `limit` bytes (skipped unread)."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _parsed(name: str, stream: BinaryIO, limit: int) -> Iterator[tuple[int, Any]]:
    """Numbered JSON objects of a JSONL stream, with a Rejection in place of each bad line."""
    for number, line in _lines(stream, limit):
        where = f"{name}#{number}"
        if line is None:
            yield number, Rejection(where, "E004", f"line over {limit:,} bytes")
            continue
        text = line.decode("utf-8", errors="replace").lstrip("\ufeff")
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError as error:
            yield number, Rejection(where, "E007", f"line {number} is not valid JSON: {error}")
            continue
        except RecursionError:
            yield number, Rejection(where, "E007", f"line {number} is {TOO_DEEP}")
            continue
        if not isinstance(record, dict):
            yield number, Rejection(where, "E007", f"line {number} is not a JSON object")
        else:
            yield number, record


def read_jsonl(name: str, stream: BinaryIO, options: SourceOptions) -> Iterator[Item]:
    """Every record of a JSONL stream, read line by line."""
    yield from _documents(name, _parsed(name, stream, options.max_bytes), options)


def read_json(name: str, stream: BinaryIO, options: SourceOptions) -> Iterator[Item]:
    """Every object of a JSON array file, or the one object of a JSON object file (read whole, so
    it is size-checked like one document)."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Rejection(name, "E004", f"a JSON file over {options.max_bytes:,} bytes; use JSONL")
        return
    try:
        records = json.loads(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    except ValueError as error:
        yield Rejection(name, "E007", f"not valid JSON: {error}")
        return
    except RecursionError:
        yield Rejection(name, "E007", TOO_DEEP)
        return
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield Rejection(name, "E007", "a JSON file must hold a record or an array of records")
        return
    numbered = (
        (index, record if isinstance(record, dict) else Rejection(f"{name}#{index}", "E007", "not an object"))
        for index, record in enumerate(records, start=1)
    )
    yield from _documents(name, numbered, options)
