"""Tokens with character offsets and a folded key for matching Arabic words."""

from __future__ import annotations

import re
from typing import Final, final

from rawi.arabic.normalize import (
    ARTICLE,
    ARTICLE_COMPOUNDS,
    DIACRITICS,
    TATWEEL,
    fold,
    letters_only_fold,
    strip_diacritics,
    unify_letters,
)

_MARKS: Final = DIACRITICS + TATWEEL
# single letters joined by dots ('د.ب.أ', 'أ.ف.ب', 'U.S') are one token: an abbreviation, whose
# inner dots end no sentence
_INITIALS: Final = rf"(?<![\w{_MARKS}])[^\W\d_](?:\.[^\W\d_])+(?![\w{_MARKS}])"
# a decimal number ('0.75', 'و2.5') is one token: its point ends no sentence
_DECIMAL: Final = r"[^\W\d_]*\d+(?:\.\d+)+"
# _ joins a hashtag's words: a space
_TOKEN: Final = re.compile(rf"{_INITIALS}|{_DECIMAL}|(?:[^\W_]|[{_MARKS}])+|[^\s\w{_MARKS}]")
_MARK: Final = re.compile(f"[{_MARKS}]")
# every mark of _MARKS (all in the Arabic block), for a set lookup per character
_MARK_CHARS: Final = frozenset(ch for ch in map(chr, range(0x0600, 0x0700)) if _MARK.match(ch))
_LETTERS: Final = re.compile(r"[^\W\d_]")
_ALA: Final = fold("على")  # also the name علي: the written form tells them apart


@final
class Token:
    """A word or a punctuation mark of the article, with its offsets and folded key.

    A plain class, not a NamedTuple: compiled, its fields and properties are direct reads and
    calls, where a NamedTuple's properties go through a Python attribute lookup each time.
    `is_word` (a word or number, not a punctuation mark) is asked of most tokens again and again,
    so it is set once here.
    """

    __slots__ = ("_alpha", "_definite", "end", "is_word", "joined", "key", "start", "text")

    def __init__(self, text: str, start: int, end: int, key: str, joined: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.key = key
        # key[:1].isalnum(): most keys are all letters, and testing the whole key makes no string
        self.is_word = key.isalnum() or key[:1].isalnum()
        self.joined = joined  # after a hashtag's _ ('#وزارة_الصحة'): one name with the word before
        self._alpha = self._definite = _UNKNOWN  # worked out when first asked, then kept

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.key!r})"

    @property
    def is_alpha(self) -> bool:
        """Holds letters (not a bare number or mark). Rules ask it of the same tokens again and
        again, and a token never changes: it is worked out once."""
        if self._alpha == _UNKNOWN:
            self._alpha = int(has_letters(self.key))
        return self._alpha == 1

    @property
    def definite(self) -> bool:
        """Carries the article ال (not the أل of a name like أليكسي). Worked out once per token."""
        if self._definite == _UNKNOWN:
            self._definite = int(_definite(self.key, self.text))
        return self._definite == 1


_UNKNOWN: Final = -1  # a Token's property not yet asked


def _definite(key: str, text: str) -> bool:
    """`Token.definite` of a word's key and its written text."""
    if key.startswith(ARTICLE_COMPOUNDS):
        return True
    return key.startswith(ARTICLE) and text[:1] not in ("أ", "إ")


def has_letters(key: str) -> bool:
    """Does a folded key hold letters (a word, not a bare number or mark)? `Token.is_alpha` of a key.

    The same words come again and again: recent answers are kept (bounded, afresh when full).
    """
    found = _HAS_LETTERS.get(key)
    if found is None:
        if len(_HAS_LETTERS) >= _HAS_LETTERS_MAX:
            _HAS_LETTERS.clear()
        first = key[:1]
        found = _HAS_LETTERS[key] = first.isalpha() or (first.isalnum() and bool(_LETTERS.search(key)))
    return found


_HAS_LETTERS: Final[dict[str, bool]] = {}  # has_letters' recent answers: key -> answer
_HAS_LETTERS_MAX: Final = 16384


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of `text[start:end]`, with offsets into `text`.

    Each word's offset is where it is found from the end of the one before (only spaces lie
    between two tokens), so no match object is made per token. A passage of letters only folds
    one for one: each key is sliced from the folded passage (the word itself when folding left the
    passage alone); in a passage with marks each word is folded by `fold`, which remembers words.
    """
    end = len(text) if end is None else end
    passage = text[start:end]
    folded = unify_letters(passage) if letters_only_fold(passage) else None
    tokens = []
    at = 0
    for word in _words(passage):
        at = passage.find(word, at)
        stop = at + len(word)
        key = fold(word) if folded is None else word if folded is passage else folded[at:stop]
        tokens.append(Token(word, start + at, start + stop, key, at > 0 and passage[at - 1] == "_"))
        at = stop
    return _conjunctions_attached(tokens, text)


def _conjunctions_attached(tokens: list[Token], text: str) -> list[Token]:
    """A conjunction written apart from its word ('و يذكر أن', 'و قال') is one token with it, its key
    the word's with the conjunction attached, as 'ويذكر' is written: every rule reads both alike."""
    if not any(t.key in _CONJUNCTIONS for t in tokens):
        return tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            token.key in _CONJUNCTIONS
            and after is not None
            and after.is_alpha
            and after.key[:1].isalpha()
            and text[token.end : after.start].isspace()
        ):
            out.append(Token(text[token.start : after.end], token.start, after.end, token.key + after.key))
            k += 2
            continue
        out.append(token)
        k += 1
    return out


_CONJUNCTIONS: Final = frozenset(("و", "ف"))


def _words(passage: str) -> list[str]:
    """What `_TOKEN.findall(passage)` gives, the regex run only on chunks that are not one word.

    `str.split` cuts at the characters the regex takes for spaces, and a chunk of nothing but
    letters and digits (`str.isalnum`: a word character, not _) is one token, as most chunks are.
    """
    words: list[str] = []
    for chunk in passage.split():
        if chunk.isalnum():
            words.append(chunk)
        else:
            _add_chunk_words(words, chunk)
    return words


def _add_chunk_words(words: list[str], chunk: str) -> None:
    """Add `_TOKEN.findall(chunk)` to the words, for a chunk with no spaces. A word with punctuation
    marks at either end ('(قال', 'الوزير،', '"نعم".'), as most such chunks are, is split without the regex;
    one word and one common mark after or before it, the commonest, with two slices."""
    if chunk[-1] in _COMMON_MARKS and chunk[:-1].isalnum():
        words.append(chunk[:-1])
        words.append(chunk[-1])
        return
    if chunk[0] in _COMMON_MARKS and chunk[1:].isalnum():
        words.append(chunk[0])
        words.append(chunk[1:])
        return
    first, stop = 0, len(chunk)
    while first < stop and _is_punctuation(chunk[first]):
        first += 1
    while stop > first and _is_punctuation(chunk[stop - 1]):
        stop -= 1
    if first < stop and not chunk[first:stop].isalnum():
        words.extend(_TOKEN.findall(chunk))
        return
    for k in range(first):
        words.append(chunk[k])
    if first < stop:
        words.append(chunk[first:stop])
    for k in range(stop, len(chunk)):
        words.append(chunk[k])


_COMMON_MARKS: Final = frozenset("،,.:؛;؟?!\"'«»()")  # each one token by itself (`_is_punctuation`)


def _is_punctuation(char: str) -> bool:
    """Is the character one token by itself (`_TOKEN`'s second branch): no word character, no mark?"""
    return not char.isalnum() and char != "_" and char not in _MARK_CHARS


def strip_conjunction(key: str) -> str:
    """Drop an attached و or ف from a folded word: وقال -> قال, ورد -> رد; two letters stay.

    Two startswith tests, not `key[0] in "وف"`: compiled, they make no one-letter string per call.
    """
    return key[1:] if len(key) > 2 and (key.startswith("و") or key.startswith("ف")) else key


def after_ala(tokens: list[Token], k: int) -> bool:
    """Is token k right after على (as written, not the name علي)? 'على ذكر اسمه': a verbal noun there."""
    return k > 0 and tokens[k - 1].key == _ALA and strip_diacritics(tokens[k - 1].text) == "على"
