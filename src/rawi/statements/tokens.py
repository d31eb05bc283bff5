"""Tokens with character offsets and a folded key for matching Arabic words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rawi.arabic.normalize import strip_diacritics, unify_letters

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(rf"[\w{_MARKS}]+|[^\s\w{_MARKS}]")
_LETTERS = re.compile(r"[^\W\d_]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Token:
    """A word or a punctuation mark of the article, with its offsets and folded key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation marks."""
        return self.key[:1].isalnum()

    @property
    def definite(self) -> bool:
        """True for a word with the article ال (not أل of a name like أليكسي)."""
        return strip_diacritics(self.text).startswith(("ال", "وال", "فال", "بال", "لل", "كال"))

    @property
    def is_alpha(self) -> bool:
        """True when the token holds letters (not a bare number or mark)."""
        return bool(_LETTERS.search(self.key))


def fold(text: str) -> str:
    """The matching key of a word: no diacritics or tatweel, one alef, ى as ي, ة as ه.

    مُضيفاً -> مضيفا, المتحدثة -> المتحدثه; presentation forms (ﻗﺎﻝ) become letters (قال).
    """
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    return unify_letters(strip_diacritics(text))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of `text[start:end]`, with offsets into `text`."""
    end = len(text) if end is None else end
    return [
        Token(m.group(), m.start(), m.end(), fold(m.group()))
        for m in _TOKEN.finditer(text, start, end)
    ]


def strip_conjunction(key: str) -> str:
    """Drop an attached و or ف from a folded word: وقال -> قال, ورد -> رد; two letters stay."""
    return key[1:] if len(key) > 2 and key[0] in "وف" else key
