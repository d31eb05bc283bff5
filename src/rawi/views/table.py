"""Readable terminal tables of extractions (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from rawi.records import Extraction


def print_extraction(extraction: Extraction, console: Console | None = None) -> None:
    """Print one article's headline, date and statements as a table."""
    console = console or Console()
    article = extraction.article
    title = f"{article.headline or article.name}  ·  {article.published or 'no date'}"
    table = Table(title=title, show_lines=True)
    for column in ("speaker", "role", "cue", "stance", "via", "content"):
        table.add_column(column, overflow="fold")
    for s in extraction.statements:
        table.add_row(s.speaker, s.speaker_role or "", s.cue, s.stance, " ← ".join(s.via), s.content)
    console.print(table)
