"""Page furniture that is not the article: navigation, share buttons, "اقرأ أيضا", app notices,
lone photo credits, related-story titles between paragraphs and teaser blocks at the end.

Line patterns live in data/boilerplate.json; the title and teaser rules are shape rules.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, Final

from rawi.arabic.dates import calendar_data
from rawi.arabic.normalize import strip_diacritics, unify_letters

_MAX_FURNITURE: Final = 160
_TAIL: Final = 8
TITLE_WORDS: Final = 15
_LEDE_CHARS: Final = 120
_FINAL: Final = re.compile(r"[.!?؟…:;]\s*[\"'»”“)\]]*\s*$|[\"»”]\s*[.!?؟…]?\s*$")
_WORD: Final = re.compile(r"[^\W_]+")


@cache
def _data() -> dict[str, Any]:
    """data/boilerplate.json, read once."""
    path = resources.files("rawi.articles").joinpath("data/boilerplate.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(connectives, stopwords, و-initial words) from data/words.json, read once."""
    path = resources.files("rawi.articles").joinpath("data/words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    stopwords = frozenset(unify_letters(word).lower() for word in data["stopwords"])
    return frozenset(data["connectives"]), stopwords, frozenset(data["waw_words"])


@cache
def _lede_words() -> frozenset[str]:
    """Words any lede may share with the article's topic (data/words.json), as `content_words` keys them."""
    path = resources.files("rawi.articles").joinpath("data/words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(unify_letters(word).lower() for word in data["lede_words"])


def _combine(patterns: list[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(patterns anchored at the line start, matched with .match; the others, searched, if any)."""
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    return (
        re.compile("|".join(f"(?:{p})" for p in anchored), re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in floating), re.IGNORECASE) if floating else None,
    )


@cache
def _line_patterns() -> tuple[
    tuple[re.Pattern[str], re.Pattern[str] | None], tuple[re.Pattern[str], re.Pattern[str] | None]
]:
    """data/boilerplate.json compiled once: (read-also link prefixes, every other group)."""
    groups = dict(_data()["line_patterns"])
    links = groups.pop("read_also")
    return _combine(links), _combine([p for group in groups.values() for p in group])


def _matches(key: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None]) -> bool:
    """True when the folded line matches an anchored or a floating pattern."""
    anchored, floating = patterns
    return anchored.match(key) is not None or (floating is not None and floating.search(key) is not None)


def _tolerant(label: str) -> str:
    """A regex for a folded label that also matches the unfolded spellings (ا/أ/إ/آ, ي/ى, ه/ة)."""
    classes = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]", " ": r"\s+"}
    return "".join(classes.get(ch, re.escape(ch)) for ch in label)


@cache
def _caption_label() -> re.Pattern[str]:
    """The caption labels of data/boilerplate.json ("التعليق على الصورة،") as one pattern."""
    labels = _data()["caption_labels"]
    return re.compile(rf"(?:{'|'.join(_tolerant(label) for label in labels)})\s*[،,:]?\s*", re.IGNORECASE)


def caption_label_end(line: str) -> int | None:
    """Where the caption text starts after a label such as "التعليق على الصورة،", or None.

    Equal to len(line) when the label stands alone (the caption is on the next line).
    """
    match = _caption_label().match(line)
    return match.end() if match else None


_SENTENCE_STOPS: Final = ".!؟?"  # what ends the sentence a tag list is glued after (none in the list)


@cache
def _trailing_tags() -> tuple[re.Pattern[str], bool]:
    """A tag list glued after the last sentence: "... الكامل. سمات الحكام كرة القدم"; and whether
    its labels are free of sentence stops (then no stop lies inside a tag list)."""
    labels = _data()["trailing_tags"]
    alternation = "|".join(re.escape(label) for label in labels)
    pattern = re.compile(rf"(?<=[.!؟?\"»”])\s+(?:{alternation})\s+[^{_SENTENCE_STOPS}\n]{{1,200}}$")
    return pattern, not any(stop in label for label in labels for stop in _SENTENCE_STOPS)


def trailing_tags_start(line: str) -> int | None:
    """Where a glued-on tag list begins in the last line of an article, or None.

    A tag list holds no sentence stop, so it starts after the line's last one: the search starts
    there (its lookbehind still reads the stop), not at every character of a paragraph.
    """
    pattern, stops_outside = _trailing_tags()
    after = max(line.rfind(stop) for stop in _SENTENCE_STOPS) + 1 if stops_outside else 0
    match = pattern.search(line, after)
    return match.start() if match else None


def _key(line: str) -> str | None:
    """The folded form patterns are matched against; None for lines too long to be furniture."""
    if len(line) > _MAX_FURNITURE:
        return None
    return " ".join(unify_letters(strip_diacritics(line)).lower().split())


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture (skip link, share button, app notice, ...)."""
    key = _key(line)
    if not key:
        return False
    return any(_matches(key, patterns) for patterns in _line_patterns())


def is_link_line(line: str) -> bool:
    """True for a link to another story ("اقرأ أيضا: ...", "شاهد.. ..."), a headline when it opens a page."""
    key = _key(line)
    return _matches(key, _line_patterns()[0]) if key else False


def ends_sentence(line: str) -> bool:
    """True when the line ends as a sentence does (full stop, colon, question mark, closing quote)."""
    return _FINAL.search(line[-_TAIL:]) is not None


def words(line: str) -> list[str]:
    """The words of a line (letters and digits runs)."""
    return _WORD.findall(line)


def more_words_than(line: str, count: int) -> bool:
    """Does the line hold more than `count` words (`len(words(line)) > count`)? Reads no further
    than the word after them, where a paragraph holds hundreds, with one match and no match object
    per word (`_words_beyond`)."""
    return _words_beyond(count).match(line) is not None


def _words_beyond(count: int) -> re.Pattern[str]:
    """A pattern matching a line that holds more than `count` words: what comes before its first word,
    then `count` times a word and what follows it, then a letter of one more word."""
    pattern = _WORDS_BEYOND.get(count)
    if pattern is None:
        pattern = _WORDS_BEYOND[count] = re.compile(rf"[\W_]*(?:[^\W_]+[\W_]+){{{count}}}[^\W_]")
    return pattern


_WORDS_BEYOND: Final[dict[int, re.Pattern[str]]] = {}  # count -> its pattern, compiled once


def starts_with_connective(line: str) -> bool:
    """True when the line opens with a connective or a و/ف-prefixed word, as continuing prose does."""
    tokens = line.split(maxsplit=1)
    if not tokens:
        return False
    first = tokens[0].strip('"«“(')
    connectives, _, waw_words = _words()
    return first in connectives or (first[:1] in "وف" and len(first) > 3 and first not in waw_words)


def is_title_like(line: str) -> bool:
    """A headline-shaped line: 4-15 words, no comma, no sentence-final mark, no opening connective."""
    return (
        more_words_than(line, 3)
        and not more_words_than(line, TITLE_WORDS)
        and "،" not in line
        and ", " not in line
        and not ends_sentence(line)
        and not starts_with_connective(line)
    )


def content_words(text: str) -> set[str]:
    """Folded content words (stopwords out, a leading ال off) for topic overlap."""
    stopwords = _words()[1]
    folded = _WORD.findall(unify_letters(text).lower())
    return {
        w[2:] if w.startswith("ال") and len(w) > 4 else w
        for w in folded
        if len(w) > 2 and w not in stopwords and not w.isdigit()
    }


def off_topic(line: str, topic: set[str]) -> bool:
    """True when a line shares (almost) no content words with the article's headline and lede."""
    own = content_words(line)
    return len(own) >= 5 and len(own & topic) <= max(1, len(own) // 12)


def teaser_start(lines: list[str], topic_text: str) -> int | None:
    """Index where a closing block of other stories' leads begins, or None.

    The candidate block is the final run of lines that open without a connective (each a lede
    of its own); it is a teaser block when at least two of its lines, and most of them, share
    almost no content words with the article's headline and lede. It begins at its first such
    line, or earlier at ledes of the run that date themselves by weekday ("...، الجمعة، ...").
    """
    start = len(lines)
    while start > 0 and not starts_with_connective(lines[start - 1]):
        start -= 1
    if len(lines) - start < 2:
        return None
    topic = content_words(topic_text) - _lede_words()  # 'أعلن', 'الخميس': any lede has them
    strangers = [i for i in range(start, len(lines)) if off_topic(lines[i], topic)]
    if len(strangers) < 2 or len(strangers) * 5 < (len(lines) - start) * 3:
        return None
    first = strangers[0]
    while first > start and _dated_lede(lines[first - 1]):
        first -= 1
    return first


@cache
def _lede_day() -> re.Pattern[str]:
    """A weekday set off by commas near the start of a lede: "قال الرئيس، ...، الجمعة، إن"."""
    names = [name for names in calendar_data()["weekdays"].values() for name in names]
    alternation = "|".join(_tolerant(unify_letters(name)) for name in names)
    return re.compile(rf"[،,]\s*(?:يوم\s+)?(?:{alternation})\s*[،,]")


def _dated_lede(line: str) -> bool:
    """True for a news lede that dates itself by weekday in its opening, as teasers of other stories do."""
    return _lede_day().search(line[:_LEDE_CHARS]) is not None
