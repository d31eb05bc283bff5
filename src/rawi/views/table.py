"""Readable terminal tables of extractions (rich); stored text is shown as text, never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rawi.output import terminal_text
from rawi.records import Extraction


def print_extraction(extraction: Extraction, console: Console | None = None) -> None:
    """Print one article's headline, date and statements as a table."""
    console = console or Console()
    article = extraction.article
    title = f"{article.headline or article.name}  ·  {article.published or 'no date'}"
    table = Table(title=Text(terminal_text(title)), show_lines=True)
    for column in ("speaker", "role", "cue", "stance", "via", "content"):
        table.add_column(column, overflow="fold")
    for s in extraction.statements:
        cells = (s.speaker, s.speaker_role or "", s.cue, s.stance, " ← ".join(s.via), s.content)
        table.add_row(*(Text(terminal_text(cell)) for cell in cells))
    console.print(table)
