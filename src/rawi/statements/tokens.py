"""Tokens with character offsets and a folded key for matching Arabic words."""

from __future__ import annotations

import re
from itertools import repeat
from operator import sub
from typing import NamedTuple

from rawi.arabic.normalize import (
    ARTICLE,
    ARTICLE_COMPOUNDS,
    DIACRITICS,
    TATWEEL,
    fold,
    fold_passage,
    has_presentation_forms,
    letters_only_fold,
    strip_diacritics,
    unify_letters,
)

_MARKS = DIACRITICS + TATWEEL
_TOKEN = re.compile(rf"[\w{_MARKS}]+|[^\s\w{_MARKS}]")
_LETTERS = re.compile(r"[^\W\d_]")
_ALA = fold("على")  # also the name علي: the written form tells them apart


class Token(NamedTuple):
    """A word or a punctuation mark of the article, with its offsets and folded key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        """A word or number, not a punctuation mark."""
        return self.key[:1].isalnum()

    @property
    def is_alpha(self) -> bool:
        """Holds letters (not a bare number or mark)."""
        return has_letters(self.key)

    @property
    def definite(self) -> bool:
        """Carries the article ال (not the أل of a name like أليكسي)."""
        key = self.key
        if key.startswith(ARTICLE_COMPOUNDS):
            return True
        return key.startswith(ARTICLE) and self.text[:1] not in ("أ", "إ")


def has_letters(key: str) -> bool:
    """Does a folded key hold letters (a word, not a bare number or mark)? `Token.is_alpha` of a key."""
    first = key[:1]
    return first.isalpha() or (first.isalnum() and bool(_LETTERS.search(key)))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of `text[start:end]`, with offsets into `text`.

    This is the hot loop, so every per-token step is a C-level `map` (no Python bytecode
    per token): the words, their offsets, their folded keys, then the tuples.
    """
    end = len(text) if end is None else end
    matches = list(_TOKEN.finditer(text, start, end))
    words = list(map(re.Match.group, matches))
    starts, ends = list(map(re.Match.start, matches)), list(map(re.Match.end, matches))
    rows = zip(words, starts, ends, _keys(text[start:end], words, starts, ends, start), strict=True)
    return list(map(tuple.__new__, repeat(Token), rows))


def _keys(passage: str, words: list[str], starts: list[int], ends: list[int], offset: int) -> list[str]:
    """The folded key of each word of the passage, folding the passage once where that is safe.

    Without marks, folding swaps letters for letters one for one, so each key is the folded
    passage at the word's own offsets. Folding only drops marks otherwise, so the folded passage
    splits into the same tokens, unless a token was nothing but marks: then each word is folded alone.
    """
    if letters_only_fold(passage):
        folded = unify_letters(passage)
        local = map(slice, map(sub, starts, repeat(offset)), map(sub, ends, repeat(offset)))
        return list(map(folded.__getitem__, local))
    if not has_presentation_forms(passage):
        keys = _TOKEN.findall(fold_passage(passage))
        if len(keys) == len(words):
            return keys
    return list(map(fold, words))


def strip_conjunction(key: str) -> str:
    """Drop an attached و or ف from a folded word: وقال -> قال, ورد -> رد; two letters stay."""
    return key[1:] if len(key) > 2 and key[0] in "وف" else key


def after_ala(tokens: list[Token], k: int) -> bool:
    """Is token k right after على (as written, not the name علي)? 'على ذكر اسمه': a verbal noun there."""
    return k > 0 and tokens[k - 1].key == _ALA and strip_diacritics(tokens[k - 1].text) == "على"
