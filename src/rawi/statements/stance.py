"""Stance (assert, deny, confirm), what a denial denies, and hedging."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from rawi.statements.lexicon import CueForm, Lexicon, with_conjunctions
from rawi.statements.tokens import Token, fold, strip_conjunction

_EMBEDDED_REPORT_CUES = frozenset(
    fold(w)
    for w in (
        "تحدث",
        "يتحدث",
        "تتحدث",
        "يفيد",
        "تفيد",
        "أفاد",
        "أفادت",
        "يقول",
        "تقول",
        "مفاده",
        "حول",
        "بشأن",
        "يزعم",
        "تزعم",
    )
)


def _phrase_positions(keys: list[str], phrases: frozenset[str]) -> int | None:
    """Index of the first word where one of the (folded, space-joined) phrases starts.

    Callers first check that a phrase's first word is there at all (`_first_words`): most
    contents hold none, and then the join and the search are skipped.
    """
    found = _phrase_pattern(phrases).search(" " + " ".join(keys) + " ")
    return found.string.count(" ", 0, found.start()) if found else None


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases start with: without one of them in the keys, no phrase can match."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


@cache
def _first_words_joined(phrases: frozenset[str]) -> frozenset[str]:
    """The first words, also with an attached و or ف: a quick test on keys not yet stripped."""
    return with_conjunctions(_first_words(phrases))


@cache
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """One regex for a list of phrases, each matched as whole words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(" (?:" + "|".join(re.escape(p) for p in ordered) + ")(?= )")


def stance_of(form: CueForm | None, content: list[Token], lex: Lexicon) -> tuple[str, int | None]:
    """The stance and, for deny/confirm, the token index where the denied claim ends (None: all)."""
    if form and form.stance == "deny":
        return "deny", _target_end(content)
    markers = lex.words["deny_markers"]
    if not _first_words(markers).isdisjoint([t.key for t in content]):
        marker = _phrase_positions([t.key for t in content if t.is_word], markers)
        if marker is not None:
            return "deny", _word_index_to_token(content, marker) if marker > 0 else None
    first = next((t.key for t in content if t.is_word), "")
    confirms_report = lex.has("confirm_markers", first) and form is not None and form.lemma == "أكد"
    if (form and form.stance == "confirm") or confirms_report:
        return "confirm", None
    return "assert", None


def _target_end(content: list[Token]) -> int | None:
    for index, token in enumerate(content):
        if index > 0 and strip_conjunction(token.key) in _EMBEDDED_REPORT_CUES:
            return index
    return None


def _word_index_to_token(content: list[Token], word_index: int) -> int:
    seen = -1
    for index, token in enumerate(content):
        if token.is_word:
            seen += 1
            if seen == word_index:
                return index
    return len(content)


def is_hedged(form: CueForm | None, content: list[Token], lex: Lexicon) -> bool:
    """True for cues of expectation or belief, or content with an uncertainty marker."""
    if form and form.hedge:
        return True
    markers = lex.words["hedge_markers"]
    keys = [t.key for t in content]
    if _first_words_joined(markers).isdisjoint(keys) and _QAD.isdisjoint(keys):
        return False
    words = [strip_conjunction(t.key) for t in content if t.is_word]
    if _phrase_positions(words, markers) is not None:
        return True
    if "قد" not in words:
        return False
    return any(
        strip_conjunction(w.key) == "قد" and _QAD_PRESENT.match(nxt.text) is not None and len(nxt.key) > 2
        for w, nxt in pairwise(content)
    )


_QAD = with_conjunctions(frozenset({"قد"}))
_QAD_PRESENT = re.compile("^[يتنأ]")  # قد + a present-tense verb (يكون, تتأخر, أتوقع): uncertainty
