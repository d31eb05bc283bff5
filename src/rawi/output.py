"""Records -> the GUIDELINES.md JSON shape (one object per article), and back; cells made safe
for the places they are shown (spreadsheets, terminals)."""

from __future__ import annotations

import json
import re
from typing import Any

from rawi.records import Extraction, Statement


def statement_record(statement: Statement) -> dict[str, Any]:
    """One statement as the GUIDELINES.md fields, offsets and extractor included."""
    return {
        "speaker": statement.speaker,
        "speaker_role": statement.speaker_role,
        "speaker_kind": statement.speaker_kind,
        "cue": statement.cue,
        "content": statement.content,
        "quote_type": statement.quote_type,
        "via": list(statement.via),
        "stance": statement.stance,
        "hedged": statement.hedged,
        "target": statement.target,
        "date": statement.date,
        "in_headline": statement.in_headline,
        "start": statement.start,
        "end": statement.end,
        "extractor": statement.extractor,
    }


def article_record(extraction: Extraction) -> dict[str, Any]:
    """One article as the GUIDELINES.md record that `rawi extract --format jsonl` prints."""
    article = extraction.article
    return {
        "file": article.name.replace("\\", "/").rsplit("/", 1)[-1],
        "lang": article.lang,
        "headline": article.headline,
        "published": article.published,
        "sources": list(article.sources),
        "url": article.url,
        "outlet": article.outlet,
        "statements": [statement_record(s) for s in extraction.statements],
    }


_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet cannot run: text starting with = + - @ (OWASP) gets a leading '.

    Text that already starts with quotes before such a sign gets one more, so `from_spreadsheet_cell`
    gives back exactly what was written.
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_cell(value: Any) -> Any:
    """One CSV cell, the same in every CSV rawi writes (CLI, export, API, web): lists and dicts as
    compact JSON, flags as 0/1, None as empty, formula-like text made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return spreadsheet_cell(value)


def from_spreadsheet_cell(value: str) -> str:
    """The text `spreadsheet_cell` protected, as it was stored."""
    return value[1:] if _ESCAPED_FORMULA.match(value) else value


def terminal_text(value: str) -> str:
    """Text without control characters (escape sequences, bells, carriage returns) for a terminal."""
    return _CONTROL.sub("", value)
