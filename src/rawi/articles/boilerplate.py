"""Page furniture that is not the article: navigation, share buttons, "اقرأ أيضا", app notices,
lone photo credits, related-story titles between paragraphs and teaser blocks at the end.

Line patterns live in data/boilerplate.json; the title and teaser rules are shape rules.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from rawi.arabic.normalize import match_key, search_key

_FINAL = re.compile(r"[.!?؟…:;]\s*[\"'»”“)\]]*\s*$|[\"»”]\s*[.!?؟…]?\s*$")
_WORD = re.compile(r"[^\W_]+")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(connectives, stopwords) from data/words.json, read once."""
    path = resources.files("rawi.articles").joinpath("data/words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data["connectives"]), frozenset(data["stopwords"])


@cache
def _line_pattern() -> re.Pattern[str]:
    """Every pattern of data/boilerplate.json as one compiled alternation."""
    path = resources.files("rawi.articles").joinpath("data/boilerplate.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    patterns = [p for key, group in data.items() if not key.startswith("_") for p in group]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture (skip link, share button, app notice, ...)."""
    key = " ".join(search_key(line).split())
    return bool(key) and _line_pattern().search(key) is not None


def ends_sentence(line: str) -> bool:
    """True when the line ends as a sentence does (full stop, colon, question mark, closing quote)."""
    return _FINAL.search(line) is not None


def words(line: str) -> list[str]:
    """The words of a line (letters and digits runs)."""
    return _WORD.findall(line)


def starts_with_connective(line: str) -> bool:
    """True when the line opens with a connective or a و-prefixed verb, as continuing prose does."""
    tokens = line.split(maxsplit=1)
    return bool(tokens) and tokens[0].strip('"«“(') in _words()[0]


def is_title_like(line: str) -> bool:
    """A headline-shaped line: 4-18 words, no sentence-final mark, not opening with a connective."""
    count = len(words(line))
    return 4 <= count <= 18 and not ends_sentence(line) and not starts_with_connective(line)


def content_words(text: str) -> set[str]:
    """Folded content words (stopwords out, ال and و prefixes off) for topic overlap."""
    out = set()
    stopwords = _words()[1]
    for word in match_key(text).split():
        if word in stopwords or len(word) < 3 or word.isdigit():
            continue
        for prefix in ("وال", "بال", "لل", "ال", "و"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        out.add(word)
    return out


def off_topic(line: str, topic: set[str]) -> bool:
    """True when a line shares (almost) no content words with the article's headline and lede."""
    own = content_words(line)
    return len(own) >= 5 and len(own & topic) <= max(1, len(own) // 12)


def teaser_start(lines: list[str], topic: set[str]) -> int | None:
    """Index where a closing block of other stories' leads begins, or None.

    A teaser block is a run of at least two final lines, each a lede of its own (no opening
    connective) that shares almost no content words with the article's headline and lede.
    """
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if starts_with_connective(line) or not off_topic(line, topic):
            break
        start -= 1
    return start if len(lines) - start >= 2 else None
