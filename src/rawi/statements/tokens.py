"""Tokens with character offsets and a folded key for matching Arabic words."""

from __future__ import annotations

import re
import unicodedata
from itertools import repeat
from typing import NamedTuple

from rawi.arabic.normalize import strip_diacritics, unify_letters

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(rf"[\w{_MARKS}]+|[^\s\w{_MARKS}]")
_LETTERS = re.compile(r"[^\W\d_]")
_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufeff"
_PRESENTATION = re.compile(f"[{_PRESENTATION_FORMS}]")
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "كال")
_MARK_OR_PRESENTATION = re.compile(f"[{_MARKS}{_PRESENTATION_FORMS}]")


def _fold_passage(text: str) -> str:
    """`fold` for a whole passage at once (no presentation forms): rawi.arabic's normalisers."""
    return unify_letters(strip_diacritics(text))


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
        first = self.key[:1]
        return first.isalpha() or (first.isalnum() and bool(_LETTERS.search(self.key)))

    @property
    def definite(self) -> bool:
        """Carries the article ال (not the أل of a name like أليكسي)."""
        key = self.key
        if key.startswith(_DEFINITE[1:]):
            return True
        return key.startswith(_DEFINITE[0]) and self.text[:1] not in ("أ", "إ")


def fold(text: str) -> str:
    """The matching key of a word: no diacritics or tatweel, one alef, ى as ي, ة as ه.

    مُضيفاً -> مضيفا, المتحدثة -> المتحدثه; presentation forms (ﻗﺎﻝ) become letters (قال).
    """
    if _MARK_OR_PRESENTATION.search(text) is None:
        return unify_letters(text)
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    return _fold_passage(text)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of `text[start:end]`, with offsets into `text`.

    This is the hot loop, so every per-token step is a C-level `map` (no Python bytecode
    per token): the words, their offsets, their folded keys, then the tuples.
    """
    end = len(text) if end is None else end
    matches = list(_TOKEN.finditer(text, start, end))
    words = list(map(re.Match.group, matches))
    starts, ends = map(re.Match.start, matches), map(re.Match.end, matches)
    rows = zip(words, starts, ends, _keys(text[start:end], words), strict=True)
    return list(map(tuple.__new__, repeat(Token), rows))


def _keys(passage: str, words: list[str]) -> list[str]:
    """The folded key of each word of the passage, folding the passage once where that is safe.

    Folding only drops marks and swaps letters for letters, so the folded passage splits into
    the same tokens, unless a token was nothing but marks: then each word is folded alone.
    """
    if not _PRESENTATION.search(passage):
        keys = _TOKEN.findall(_fold_passage(passage))
        if len(keys) == len(words):
            return keys
    return list(map(fold, words))


def strip_conjunction(key: str) -> str:
    """Drop an attached و or ف from a folded word: وقال -> قال, ورد -> رد; two letters stay."""
    return key[1:] if len(key) > 2 and key[0] in "وف" else key


def after_ala(tokens: list[Token], k: int) -> bool:
    """Is token k right after على (as written, not the name علي)? 'على ذكر اسمه': a verbal noun there."""
    return k > 0 and strip_diacritics(tokens[k - 1].text) == "على"
