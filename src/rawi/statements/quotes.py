"""Quotation marks: pairing them in a run of tokens, and the quote type of a content."""

from __future__ import annotations

import re

from rawi.statements.tokens import Token

OPENERS = {'"': '"', "«": "»", "“": "”", "”": "“", "„": "“", "'": "'", "‘": "’"}
QUOTE_MARKS = frozenset("\"«»“”„‘’'")


def pair_quotes(tokens: list[Token]) -> dict[int, int]:
    """Map the index of each opening mark to the index of its closing mark.

    Curly marks are paired with either curly mark, since Arabic texts use them both ways;
    a mark with no partner in the run stays unpaired.
    """
    pairs: dict[int, int] = {}
    i = 0
    while i < len(tokens):
        mark = tokens[i].text
        if mark in OPENERS:
            closers = {OPENERS[mark]} | ({"“", "”"} if mark in "“”„" else set())
            close = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in closers), None)
            if close is not None:
                pairs[i] = close
                i = close
        i += 1
    return pairs


def quote_type(text: str, whole_quote: bool) -> str:
    """direct when all of the content was inside marks, mixed when it quotes 2+ words, else indirect."""
    if whole_quote:
        return "direct"
    inside = _quoted_runs(text)
    return "mixed" if any(len(run.split()) >= 2 for run in inside) else "indirect"


def _quoted_runs(text: str) -> list[str]:
    """The passages inside paired marks, left to right; an unclosed mark quotes to the end (no run)."""
    runs: list[str] = []
    opened = _OPENING.search(text)
    while opened is not None:
        closed = _CLOSING[opened.group()].search(text, opened.end())
        if closed is None:
            break
        runs.append(text[opened.end() : closed.start()])
        opened = _OPENING.search(text, closed.end())
    return runs


_OPENING = re.compile("[" + re.escape("".join(OPENERS)) + "]")
_CLOSING = {
    mark: re.compile("[" + re.escape(closer + ("“”" if mark in "“”„" else "")) + "]")
    for mark, closer in OPENERS.items()
}
