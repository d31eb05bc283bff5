"""User search syntax -> an FTS5 query over the normalised columns of `statements_fts`.

Every word and phrase is normalised with `index_key` (rawi.arabic.normalize), the function
the index was built with, then quoted, so أرامكو, ارامكو and أَرَامْكُو are the same query and
punctuation in a word can never be read as FTS5 syntax. AND, OR, NOT, NEAR, parentheses and a
trailing * keep their FTS5 meaning. An unbalanced quote is a UsageError E009 (one line, no traceback).
"""

from __future__ import annotations

import re

from rawi.arabic.normalize import index_key
from rawi.errors import UsageError

OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<paren>[()])|(?P<word>[^\s"()]+)')


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
