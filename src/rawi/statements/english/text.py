"""English text layout for the extractor: blocks of paragraphs, quotations and sentences.

Offsets are always into the article text, so every content found later is an exact slice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rawi.records import Article, Span
from rawi.statements.english.lexicon import Lexicon

READABLE = frozenset({"headline", "caption", "subheading", "paragraph"})
QUOTE_MARKS = '"“”'
_BOUNDARY = re.compile(r'[.!?]["”)]*(?=\s+["“(]?[A-Z0-9])')
_MARK = re.compile(f"[{QUOTE_MARKS}]")
# 'OSLO, March 5 - ', after any scraping noise of stars or spaces ('****OSLO, ...')
DATELINE = re.compile(r"[*\s]*[A-Z][\w .,'/()-]{2,50},\s+[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}\s+-+\s+")
_COMPANY_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "bros"})
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_WORD_AFTER = re.compile(r"\s+[\"“(]?([\w'’-]+)")


@dataclass(frozen=True)
class Block:
    """Consecutive paragraphs of one kind joined while a quotation runs over them."""

    start: int
    end: int
    kind: str
    quotes: tuple[tuple[int, int], ...]  # (opening mark, closing mark or block end)

    def quoted(self, at: int) -> bool:
        """True when offset `at` lies strictly inside a quotation."""
        return any(opening < at < closing for opening, closing in self.quotes)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a block: `text[start:end]`, final punctuation included."""

    start: int
    end: int
    block: Block


def blocks(article: Article) -> list[Block]:
    """The readable spans of `article` as blocks, paragraphs joined inside multi-paragraph quotes."""
    text = article.text
    groups: list[list[Span]] = []
    for span in article.spans:
        if span.kind not in READABLE:
            continue
        if (
            groups
            and groups[-1][-1].kind == span.kind
            and _pair_group(text, groups[-1])[1]
            and (_first_mark(text, span.start, span.end) >= 0 or text[span.start : span.start + 1].islower())
        ):
            groups[-1].append(span)
        else:
            groups.append([span])
    found = []
    for group in groups:
        pairs, _ = _pair_group(text, group)
        found.append(Block(group[0].start, group[-1].end, group[0].kind, tuple(pairs)))
    return found


def _pair_group(text: str, group: list[Span]) -> tuple[list[tuple[int, int]], bool]:
    """Quotation regions over paragraphs; a running quote's reopening mark is no new quote.

    Curly marks pair by direction, straight ones alternate. Returns the regions and whether
    the last one is still open at the group's end.
    """
    pairs: list[tuple[int, int]] = []
    opening: int | None = None
    for span in group:
        reopening = _first_mark(text, span.start, span.end) if opening is not None else -1
        for found in _MARK.finditer(text, span.start, span.end):
            k, mark = found.start(), found.group()
            if k == reopening:
                continue
            if opening is None and mark != "”":
                opening = k
            elif opening is not None and mark != "“":
                pairs.append((opening, k))
                opening = None
    if opening is not None:
        pairs.append((opening, group[-1].end))
    return pairs, opening is not None


def _first_mark(text: str, start: int, end: int) -> int:
    """Offset of the quotation mark that opens text[start:end] (after spaces), or -1."""
    k = start
    while k < end and text[k].isspace():
        k += 1
    return k if k < end and text[k] in QUOTE_MARKS else -1


def sentences(text: str, block: Block, lex: Lexicon) -> list[Sentence]:
    """The sentences of `block`: split at . ! ? before a capital, never inside a quotation."""
    found: list[Sentence] = []
    dateline = DATELINE.match(text, block.start, block.end)
    start = dateline.end() if dateline else block.start
    for match in _BOUNDARY.finditer(text, start, block.end):
        stop = match.end()
        if (block.quoted(match.start()) and block.quoted(stop - 1)) or not _real_stop(text, match, lex):
            continue
        found.append(Sentence(_skip_space(text, start, stop), stop, block))
        start = stop
    if text[start : block.end].strip():
        found.append(Sentence(_skip_space(text, start, block.end), _trim_end(text, block.end), block))
    return found


def _real_stop(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """False after an abbreviation or initial (Mr., U.S., E.F.) unless a sentence clearly starts."""
    if text[match.start()] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    word = before.group(1).lower() if before else ""
    if not word or (len(word) == 1 and word.isalpha()):
        return not word
    after = _WORD_AFTER.match(text, match.end())
    starter = after is not None and after.group(1).lower() in lex.words["sentence_starters"]
    if word.strip(".") in lex.words["abbreviations"]:
        return starter and ("." in word.strip(".") or word.strip(".") in _COMPANY_SUFFIXES)
    if re.fullmatch(r"(?:\w\.)+\w", word):
        return starter
    return True


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
