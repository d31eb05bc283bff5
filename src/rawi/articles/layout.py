"""Plain text -> units: one per line, or one per paragraph when the text is hard-wrapped.

Wire stories (Reuters 1987) wrap lines at about 70 characters and mark paragraphs by indenting;
news scraped from the web puts one paragraph on each line. Offsets always refer to the text.
"""

from __future__ import annotations

import re
from typing import Final

from rawi.arabic.dates import date_line_rest

_WRAP_MIN_LINES: Final = 8
_WRAP_MAX_WIDTH: Final = 100
_WRAP_INDENTS: Final = 3  # indented paragraph openings that mark a wrapped wire text
_SENTENCE_END: Final = re.compile(r"[.!?؟:\"”»]\s*$")


def _lines(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, indented, after_blank) of every non-blank line, surrounding spaces trimmed."""
    out = []
    offset = 0
    blank_before = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = offset + lead
            out.append((start, start + len(stripped), lead > 0, blank_before))
            blank_before = False
        elif out:
            blank_before = True
        offset += len(line)
    return out


def _is_wrapped(text: str, lines: list[tuple[int, int, bool, bool]]) -> bool:
    """True when lines are hard-wrapped: many even lines near one width, mostly stopping mid-sentence,
    rarely separated by blank lines."""
    if len(lines) < _WRAP_MIN_LINES:
        return False
    lengths = [end - start for start, end, _, _ in lines]
    width = max(lengths)
    if width > _WRAP_MAX_WIDTH or sum(after_blank for *_, after_blank in lines) > 0.3 * len(lines):
        return False
    even = sum(length >= 0.75 * width for length in lengths)
    open_ended = sum(1 for start, end, _, _ in lines if not _SENTENCE_END.search(text[start:end]))
    # paragraphs of two lines stop mid-sentence less often; an indent opening each of them tells
    indented = sum(indent for _, _, indent, _ in lines)
    wanted = 0.4 if _WRAP_INDENTS <= indented <= 0.6 * len(lines) else 0.6
    return even >= 0.5 * len(lines) and open_ended >= wanted * len(lines)


def units(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, or of every paragraph of a hard-wrapped text."""
    lines = _lines(text)
    if not _is_wrapped(text, lines):
        return [(start, end) for start, end, _, _ in lines]
    out: list[tuple[int, int]] = []
    previous_alone = True
    for index, (start, end, indented, after_blank) in enumerate(lines):
        alone = index == 0 or date_line_rest(text[start:end]) is not None
        if out and not (indented or after_blank or alone or previous_alone):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        previous_alone = alone
    return out
