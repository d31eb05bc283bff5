"""Listings of plain rows in the formats of sqlite-utils and datasette: table, jsonl, csv, json."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rawi.output import csv_cell, terminal_text

FORMATS = ("table", "jsonl", "csv", "json")


def _cell(value: Any) -> str:
    """A table or CSV cell: nested values as compact JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def print_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    out: TextIO | None = None,
    title: str | None = None,
) -> int:
    """Write rows in the chosen format; returns how many were written."""
    out = out or sys.stdout
    rows = list(rows)
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([csv_cell(row.get(c)) for c in columns] for row in rows)
    else:
        table = Table(title=Text(terminal_text(title)) if title else None, show_lines=False)
        for column in columns:
            table.add_column(Text(terminal_text(column)), overflow="fold")
        for row in rows:
            table.add_row(*(Text(terminal_text(_cell(row.get(c)))) for c in columns))
        Console(file=out).print(table)
    return len(rows)


def print_mapping(mapping: dict[str, Any], fmt: str, out: TextIO | None = None) -> None:
    """Write one record (such as stats): an object in json/jsonl, key/value rows otherwise."""
    out = out or sys.stdout
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" else None
        out.write(json.dumps(mapping, ensure_ascii=False, indent=indent) + "\n")
        return
    print_rows(({"name": k, "value": v} for k, v in mapping.items()), fmt, ("name", "value"), out)
