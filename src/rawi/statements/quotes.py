"""Quotation marks: pairing them in a run of tokens, and the quote type of a content."""

from __future__ import annotations

from typing import Final

from rawi.records import QuoteType
from rawi.statements import build
from rawi.statements.build import Quotation
from rawi.statements.tokens import Token, fold, strip_conjunction

OPENERS: Final = {'"': '"', "«": "»", "“": "”", "”": "“", "„": "“", "'": "'", "‘": "’"}
_OPENER_LENGTH: Final = max(map(len, OPENERS))  # one character: a longer token is no mark, and is not hashed
QUOTE_MARKS: Final = frozenset("\"«»“”„‘’'")


def pair_quotes(tokens: list[Token]) -> dict[int, int]:
    """Map the index of each opening mark to the index of its closing mark.

    Curly marks are paired with either curly mark, since Arabic texts use them both ways;
    a mark with no partner in the run stays unpaired, and so does a straight mark that can only
    close (see `_closes_only`), so a stray one does not quote the rest of the paragraph. A straight
    mark glued to the word before it and spaced from the next ('... المدرب" على حد تعبيره') looks
    like a closer: it opens only a quotation whose closer is plainly one ('وأضاف" نحن مستعدون".').
    """
    pairs: dict[int, int] = {}
    i = 0
    while i < len(tokens):
        mark = tokens[i].text
        if len(mark) <= _OPENER_LENGTH and mark in OPENERS and not _closes_only(tokens, i):
            closers = {OPENERS[mark]} | ({"“", "”"} if mark in "“”„" else set())
            close = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in closers), None)
            if close is not None and not _doubtful_opener(tokens, i, close):
                pairs[i] = close
                i = close
        i += 1
    return pairs


_STRAIGHT: Final = frozenset("\"'")


def _closes_only(tokens: list[Token], i: int) -> bool:
    """'... لاحقة "، مشيرا', '... غدا". ثم': a straight mark before a comma or a stop closes a
    quotation and cannot open one."""
    if tokens[i].text not in _STRAIGHT:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or (not after.is_word and after.text not in OPENERS)


def quote_type(text: str, whole_quote: bool, label_heads: frozenset[str] = frozenset()) -> QuoteType:
    """The quote type (build.quote_type) of a content `text`, all of it inside marks when `whole_quote`.

    A short quote after an indefinite head that names it ('منظمة "الأفق الجديد"', 'يطلق عليه «المد
    الأحمر»') is a name or a label, not speech (`label_heads`, folded).
    """
    quotations = (Quotation(before, run.split()) for before, run in _quoted_runs(text))
    return build.quote_type(
        whole_quote, quotations, lambda q: len(q.words) <= _LABEL_WORDS and _names(q.before, label_heads)
    )


_LABEL_WORDS: Final = 3


def _names(before: str, label_heads: frozenset[str]) -> bool:
    """Is the word before a quote an indefinite head naming it (صحيفة, سهم, عليه), not a definite subject?"""
    previous = before.split()[-1:] or [""]
    key = strip_conjunction(fold(previous[0]))
    return not key.startswith("ال") and key in label_heads


_LABEL_HEADS_OF_MEMO: Final[
    dict[tuple[frozenset[str], ...], frozenset[str]]
] = {}  # computed once per argument


def label_heads_of(*lists: frozenset[str]) -> frozenset[str]:
    """The naming heads of several word lists, indefinite (the form before a name); built once."""
    found = _LABEL_HEADS_OF_MEMO.get(lists)
    if found is None:
        found = _LABEL_HEADS_OF_MEMO[lists] = frozenset(
            w.removeprefix("ال") for words in lists for w in words
        )
    return found


def _quoted_runs(text: str) -> list[tuple[str, str]]:
    """The text before each passage inside paired marks and the passage; an unclosed mark quotes no run."""
    runs: list[tuple[str, str]] = []
    opened = _first_mark(text, _OPENING, 0)
    while opened != -1:
        closed = _first_mark(text, _CLOSING[text[opened]], opened + 1)
        if closed == -1:
            break
        runs.append((text[:opened], text[opened + 1 : closed]))
        opened = _first_mark(text, _OPENING, closed + 1)
    return runs


def _first_mark(text: str, marks: tuple[str, ...], start: int) -> int:
    """Index of the first of the marks in `text` from `start`, or -1: a find per mark, each only up to
    the first found so far, reads the text faster than a regex character class does."""
    first = -1
    for mark in marks:
        at = text.find(mark, start) if first == -1 else text.find(mark, start, first)
        if at != -1:
            first = at
    return first


_OPENING: Final = tuple(OPENERS)  # the opening marks, one character each
_CLOSING: Final = {mark: (closer, *("“”" if mark in "“”„" else "")) for mark, closer in OPENERS.items()}


def _doubtful_opener(tokens: list[Token], i: int, close: int) -> bool:
    """A mark that looks like a closer, whose would-be closer does not plainly close."""
    return _glued_to_word_before(tokens, i) and not _closes_only(tokens, close)


def _glued_to_word_before(tokens: list[Token], i: int) -> bool:
    """A straight mark written against the word before it and apart from the word after it."""
    if tokens[i].text not in _STRAIGHT or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return before.is_word and before.end == tokens[i].start and after.start > tokens[i].end
