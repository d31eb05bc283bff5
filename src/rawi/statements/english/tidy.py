"""Content bounds: the exact span of what was said, without cue, complementiser or marks.

"We have no date yet," said X  ->  We have no date yet
said that the board might act soon.     ->  the board might act soon
"""

from __future__ import annotations

import re

from rawi.statements.english.text import QUOTE_MARKS, Block

# spaces, punctuation, a complementiser in lower case (a capital 'That' opens a sentence: '"That is
# final," she said'), and a sentence or focus adverb before one ('added, however, that', 'said only that')
_LEAD = re.compile(
    r"[\s,:;—-]*(?:(?:[Hh]owever|[Tt]hough|also|again|too|\w+ly)[\s,]+(?=that\b))?"
    r"(?:(?:that|THAT)\b[\s,:;—-]*)?"
)
_TRAIL = " \n\t,;:—-"


def direct_end(opening: int, block: Block) -> int | None:
    """The offset of the mark closing the quotation opened at `opening`, or None."""
    for start, end in block.quotes:
        if start == opening:
            return end
    return None


def _lead_end(text: str, start: int, end: int) -> int:
    """Where a content starts once leading spaces, punctuation and a 'that' are skipped."""
    lead = _LEAD.match(text, start, end)
    return lead.end() if lead else start


def content_bounds(text: str, start: int, end: int, block: Block) -> tuple[int, int] | None:
    """The tidy content inside text[start:end], or None when nothing is said there."""
    start = _lead_end(text, start, end)
    if start < end and text[start] in QUOTE_MARKS:
        closing = direct_end(start, block)
        if closing is not None and closing >= _rstrip(text, start, end, _TRAIL) - 1:
            end = min(end, closing)
            start = _lead_end(text, start + 1, end)
    end = _rstrip(text, start, end, _TRAIL)
    if end > start and text[end - 1] == "." and not block.quoted(end - 1):
        end = _rstrip(text, start, end - 1, _TRAIL)
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _rstrip(text: str, start: int, end: int, chars: str) -> int:
    while end > start and text[end - 1] in chars:
        end -= 1
    return end
