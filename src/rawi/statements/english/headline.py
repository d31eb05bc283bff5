"""Statements of a headline: 'SUBROTO SAYS ...', '..., SUBROTO SAYS', '... - IBC', 'IRAN SAID TO ...'."""

from __future__ import annotations

import re

from rawi.records import Article, Statement
from rawi.statements.english.judge import hedged, target
from rawi.statements.english.lexicon import Lexicon
from rawi.statements.english.phrases import clause_subject
from rawi.statements.english.speakers import Source, parse

_DASH = re.compile(r"\s+-\s+((?:\S+\s?){1,3})$")


def headline_statements(article: Article, body: list[Statement], lex: Lexicon) -> list[Statement]:
    """The statement a headline makes, its speaker matched with the body's sources when it can."""
    span = next((s for s in article.spans if s.kind == "headline"), None)
    if span is None:
        return []
    text = article.text
    found = (
        _active(text, span.start, span.end, lex)
        or _passive(text, span.start, span.end, lex)
        or _dash(text, span.start, span.end)
        or _glued_dash(text, span.start, span.end, body)
    )
    if found is None:
        return []
    cue, subject, content, stance, hedge = found
    if subject is None:
        if not body:
            return []
        source = Source(body[0].speaker, None, body[0].speaker_kind)
    else:
        source = _matched(text[subject[0] : subject[1]], body, lex)
    words = text[content[0] : content[1]]
    return [
        Statement(
            speaker=source.name,
            speaker_role=None,
            speaker_kind=source.kind,
            cue=cue,
            content=words,
            quote_type="indirect",
            start=content[0],
            end=content[1],
            stance=stance,
            hedged=hedged(words, hedge, lex),
            target=target(words, stance, lex),
            in_headline=True,
        )
    ]


Found = tuple[str, "tuple[int, int] | None", tuple[int, int], str, bool]


def _active(text: str, start: int, end: int, lex: Lexicon) -> Found | None:
    for match in re.finditer(r"[\w.'-]+", text[start:end]):
        key = match.group().lower()
        if key not in lex.headline_active or match.start() == 0:
            continue
        cue_start, cue_end = start + match.start(), start + match.end()
        comma = text.rfind(",", start, cue_start)
        subject_start = comma + 1 if comma >= 0 else start
        subject = _stripped(text, subject_start, cue_start)
        if subject is None:
            subject = clause_subject(text, start, cue_start, lex)
        content = _stripped(text, cue_end, end)
        if content is None and comma >= 0:
            content = _stripped(text, start, comma)
        if subject is None or content is None:
            continue
        stance = lex.headline_active[key]
        return text[cue_start:cue_end], subject, content, stance, key in lex.headline_hedge
    return None


def _passive(text: str, start: int, end: int, lex: Lexicon) -> Found | None:
    for phrase in lex.headline_passive:
        match = re.search(rf"\b{re.escape(phrase)}\b", text[start:end], re.I)
        if match and match.start() > 0:
            content = _stripped(text, start + match.end(), end)
            if content:
                return (
                    text[start + match.start() : start + match.end()].split()[0],
                    None,
                    content,
                    "assert",
                    True,
                )
    return None


def _dash(text: str, start: int, end: int) -> Found | None:
    match = _DASH.search(text, start, end)
    if not match:
        return None
    content = _stripped(text, start, match.start())
    return ("-", (match.start(1), match.end(1)), content, "assert", False) if content else None


_GLUED_DASH = re.compile(r"(?<=\w)-([A-Z][A-Z'.]{2,})$")


def _glued_dash(text: str, start: int, end: int, body: list[Statement]) -> Found | None:
    """'... SHOULD STAY SAME-AMSTUTZ': a glued dash counts only before a surname the body quotes."""
    match = _GLUED_DASH.search(text, start, end)
    if not match or not any(s.speaker.split()[-1].upper() == match.group(1) for s in body):
        return None
    content = _stripped(text, start, match.start())
    return ("-", match.span(1), content, "assert", False) if content else None


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and not text[start].isalnum() and text[start] not in "<\"'":
        start += 1
    while end > start and text[end - 1] in " ,.-:":
        end -= 1
    return (start, end) if start < end else None


def _matched(written: str, body: list[Statement], lex: Lexicon) -> Source:
    """The headline's source as written, with the kind of the body source it names."""
    name = " ".join(re.sub(r"\s*<[^>]*>", "", written).split()) or written
    words = set(name.lower().split())
    for statement in body:
        spoken = set(statement.speaker.lower().split())
        if words and spoken and (words <= spoken or spoken <= words):
            return Source(name, None, statement.speaker_kind)
    return Source(name, None, parse(name.title(), lex).source.kind)
