"""User search syntax -> an FTS5 query over the normalised columns of `statements_fts`.

Every word and phrase is normalised with `index_key`, the function the index was built with,
then quoted, so أرامكو, ارامكو and أَرَامْكُو are the same query and punctuation in a word
can never be read as FTS5 syntax. AND, OR, NOT, NEAR, parentheses and a trailing * keep
their FTS5 meaning. An unbalanced quote is a UsageError E009 (one line, no traceback).
"""

from __future__ import annotations

import re

from rawi.arabic.normalize import match_key
from rawi.errors import UsageError

OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<paren>[()])|(?P<word>[^\s"()]+)')

# Proclitics, one unit at a time: the article ال, or a conjunction (و ف) or preposition (ب ك ل)
# letter. Their combinations (وبال، فلل، كال ...) are sequences of these units. Data lives here
# as one small table because the index and every query must share it exactly.
CLITIC_UNITS = ("ال", "و", "ف", "ب", "ك", "ل")
MIN_STEM = 3  # letters a stem keeps: بلد, ولد and كان stay whole

# At the start of every word of a single-spaced key, as many clitic units as can go while
# MIN_STEM letters remain after each. Stripping every unit (not only a grammatical sequence)
# is what makes a word and each of its clitic forms one key: وزير, الوزير, ووزير and بالوزير
# all give زير, so each finds what the others find; فلسطين and لفلسطين both give سطين. The
# price is that a word whose own first letters look like clitics shares its key with the
# shorter word (لجنه and جنه), which a user's word and its clitic forms cannot avoid anyway.
_UNIT = "|".join(CLITIC_UNITS)
_PREFIXES = re.compile(rf"(?<!\S)(?:(?:{_UNIT})(?=\S{{{MIN_STEM}}}))+")


def index_key(text: str) -> str:
    """The words FTS5 indexes and queries: match_key (no diacritics, unified letters), proclitics off.

    أَرَامْكُو -> ارامكو; "التقرير غير صحيح" -> تقرير غير صحيح; بالوزير, للوزير and وزير -> زير;
    وقال -> قال. One pass over the whole key (index and query alike), not a loop over words.
    """
    return _PREFIXES.sub("", match_key(text))


def _quoted(key: str, star: bool = False) -> str:
    """An FTS5 string literal for an already-normalised key."""
    return '"' + key.replace('"', '""') + '"' + ("*" if star else "")


def fts_query(text: str) -> str:
    """Translate a user query into FTS5 syntax over normalised keys (may be empty)."""
    if text.count('"') % 2:
        raise UsageError("E009", f"unbalanced quote in {text!r}")
    parts = []
    for match in _TOKEN.finditer(text):
        if match["paren"]:
            parts.append(match["paren"])
        elif match["phrase"] is not None:
            key = index_key(match["phrase"])
            if key:
                parts.append(_quoted(key, bool(match["pstar"])))
        elif match["word"] in OPERATORS:
            parts.append(match["word"])
        else:
            word = match["word"]
            key = index_key(word.rstrip("*"))
            if key:
                parts.append(_quoted(key, word.endswith("*")))
    return " ".join(parts)


def column_filter(column: str, value: str) -> str:
    """An FTS5 phrase restricted to one column: the words of `value`, in order."""
    key = index_key(value)
    if not key:
        raise UsageError("E009", f"--{column} {value!r} has no words to search for")
    return f"{column} : {_quoted(key)}"
