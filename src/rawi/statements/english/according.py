"""Prepositional attributions: 'according to X, ...' and '..., according to X.'"""

from __future__ import annotations

import re

from rawi.statements.english.finder import Draft
from rawi.statements.english.lexicon import Cue, Lexicon
from rawi.statements.english.phrases import is_subject, trim_subject
from rawi.statements.english.text import Sentence
from rawi.statements.english.tidy import content_bounds

ACCORDING = Cue(
    lemma="according to", participle=False, stance="assert", hedge=False, object="clause", addressee=False
)


def according_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """One draft per 'according to' outside quotations; the content is the rest of the clause."""
    drafts: list[Draft] = []
    if "ccording" not in text[sentence.start : sentence.end]:
        return drafts
    for match in lex.according_pattern.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()) or match.group().lower() != "according to":
            continue
        source_end = _phrase_end(text, match.end(), sentence.end)
        start, end, _ = trim_subject(text, match.end(), _before_modifier(text, match.end(), source_end), lex)
        if start >= end or not is_subject(text, start, end, lex):
            continue
        before = text[sentence.start : match.start()].strip(" \n,")
        if len(before.split()) <= 1:
            bounds = content_bounds(text, source_end, sentence.end, sentence.block)
        else:
            bounds = content_bounds(text, sentence.start, match.start(), sentence.block)
        if bounds:
            drafts.append(
                Draft(
                    match.group(),
                    match.start(),
                    match.end(),
                    ACCORDING,
                    (start, end),
                    None,
                    bounds,
                    True,
                    (match.end(), match.end()),
                    sentence,
                    cut=match.start(),
                )
            )
    return drafts


def _phrase_end(text: str, start: int, stop: int) -> int:
    """The end of the source phrase after 'according to': the next comma or the sentence end."""
    comma = text.find(",", start, stop)
    end = comma if comma >= 0 else stop
    return end - 1 if end == stop and text[end - 1] == "." else end


_MODIFIER = re.compile(r"\s(?:[a-z]+(?:ed|ing)|which|that|who|by|released|published|issued)\b")


def _before_modifier(text: str, start: int, end: int) -> int:
    """The source phrase without a trailing modifier: 'a study released today' -> 'a study'."""
    modifier = _MODIFIER.search(text, start, end)
    return modifier.start() if modifier else end
