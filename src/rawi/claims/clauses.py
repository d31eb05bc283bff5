"""A claim's main clause: its words up to the first contrast, cause or added statement.

"The navy sank two boats at dawn in reply to a mortar attack" and "the clash came in reply to a
mortar attack" share the cause, not the claim; "casualties fell, but the agency gave
no figure" says yes, not no; "the engineer, who had worked on drones, was a member" claims
membership, not the work. The boundaries live in data/clauses.json; a boundary in the first
two words opens the text ("but the talks went on") and does not cut it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from rawi.arabic.normalize import match_key
from rawi.claims.text import NEGATIONS, content_words

_DATA = json.loads(resources.files("rawi.claims").joinpath("data/clauses.json").read_text("utf-8"))
_CLAIM_ENDS = tuple(tuple(match_key(p).split()) for p in _DATA["boundaries"])
_ALL_ENDS = _CLAIM_ENDS + tuple(tuple(match_key(p).split()) for p in _DATA["contrasts"])
_FIRST = frozenset(p[0] for p in _ALL_ENDS)
_RELATIVE = re.compile(
    rf"[،,]\s*(?:{'|'.join(map(re.escape, _DATA['relatives']))})\b[^،,]*(?=[،,]\s*\w)", re.IGNORECASE
)
_LEADS = ("و", "ف")  # a conjunction glued to the boundary word: ولكن، وبسبب
MIN_LEAD = 2  # words a main clause keeps before a boundary may cut it
MIN_CLAIM_WORDS = 3  # content words a claim clause keeps, else the boundary does not cut it
_FUTURE_WORDS = frozenset(match_key(" ".join(_DATA["future_words"])).split())
_INTENTION_WORDS = frozenset(match_key(" ".join(_DATA["intention_words"])).split())
_CALL_WORDS = frozenset(match_key(" ".join(_DATA["call_words"])).split())
_NOT_FUTURE = frozenset(match_key(" ".join(_DATA["not_future"])).split())
_NOT_FUTURE_STARTS = tuple(match_key(" ".join(_DATA["not_future_starts"])).split())
_FUTURE_PREFIXES = ("سي", "ست", "سن")  # the future's سـ before a present verb's person letter
MIN_FUTURE_VERB = 4  # letters of a future verb with its سـ (سنرد)


def _boundary_at(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` starts at word `k` (its first word perhaps led by و or ف)."""
    first = words[k]
    forms = [first] + [first[1:] for lead in _LEADS if first.startswith(lead) and len(first) > 3]
    for form in forms:
        if form not in _FIRST:
            continue
        for phrase in phrases:
            if phrase[0] == form and tuple(words[k + 1 : k + len(phrase)]) == phrase[1:]:
                return True
    return False


class _Clauses(NamedTuple):
    """A text's main clause (read for polarity) and claim clause, with the claim's content words."""

    main: str
    claim: str
    claim_words: frozenset[str]


def _first(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """Where the first of `phrases` after MIN_LEAD words starts (len(words) when none does)."""
    for k in range(MIN_LEAD, len(words)):
        if (words[k] in _FIRST or words[k][1:] in _FIRST) and _boundary_at(words, k, phrases):
            return k
    return len(words)


@lru_cache(maxsize=1 << 16)
def _clauses(text: str) -> _Clauses:
    """Both clauses of a text from one reading of its words (match keys), without a description
    set off by commas and a relative pronoun (", who ...,"); one that runs to the end stays
    (", which called for ..." may be all the text asserts)."""
    words = match_key(_RELATIVE.sub(" ", text)).split()
    whole = " ".join(words)
    main = " ".join(words[: _first(words, _ALL_ENDS)])
    cut = _first(words, _CLAIM_ENDS)
    if cut < len(words):
        head = " ".join(words[:cut])
        head_words = content_words(head)
        if len(head_words) >= MIN_CLAIM_WORDS:
            return _Clauses(main, head, head_words)
    return _Clauses(main, whole, content_words(whole))


def main_clause(text: str) -> str:
    """The main clause as a polarity is read from it: up to a contrast, cause or added statement."""
    return _clauses(text).main


def claim_clause(text: str) -> str:
    """What the text claims: up to a cause or added statement (a contrast's two halves stay);
    the whole text when the cut would leave a bare head ("this decision came in response to X"
    claims the response)."""
    return _clauses(text).claim


def says_no(text: str) -> bool:
    """Whether the main clause says no: the polarity two texts must share to be one claim."""
    return not NEGATIONS.isdisjoint(main_clause(text).split())


def _future_word(word: str) -> bool:
    """Whether a word (match key) marks the future: a future word, or سـ before a present
    verb's person letter (ستفتتح، سيعقد), with its conjunction (وسيعقد) read off."""
    if word in _FUTURE_WORDS:
        return True
    if word.startswith(("وس", "فس")) and len(word) > MIN_FUTURE_VERB:
        word = word[1:]
    return (
        len(word) >= MIN_FUTURE_VERB
        and word.startswith(_FUTURE_PREFIXES)
        and not word.endswith("ه")
        and word not in _NOT_FUTURE
        and not word.startswith(_NOT_FUTURE_STARTS)
    )


@lru_cache(maxsize=1 << 16)
def tense(text: str) -> str:
    """What the main clause tells: "future" (a future verb or word: "ستفتتح البلدية الجسر", "they
    will sign", or a call for a deed: "دعت إلى احترام الهدنة"), "intended" (a word of intention, with
    or without one: "زيارة مرتقبة"), or "" (what is or was: "افتتحت البلدية الجسر")."""
    words = main_clause(text).split()
    if not _INTENTION_WORDS.isdisjoint(words):
        return "intended"
    called = not _CALL_WORDS.isdisjoint(words)
    return "future" if called or any(_future_word(w) for w in words) else ""


def tenses_clash(a: str, b: str) -> bool:
    """Whether one text tells what will happen and the other what is or was: two claims."""
    return {tense(a), tense(b)} == {"future", ""}


def claim_words(text: str) -> frozenset[str]:
    """The content words of what the text claims (the same keys as `content_words` of the whole)."""
    return _clauses(text).claim_words
