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
    span = text[sentence.start : sentence.end]
    if "ccording" not in span and "per " not in span.lower() and "words of" not in span:
        return drafts
    for match in lex.according_pattern.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()) or not _attribution(text, sentence, match):
            continue
        if _GIVEN_PER.match(text, match.start(), sentence.end):
            continue  # 'Another broker, Per Holm, said': a given name, no 'per' of attribution
        source_end = _phrase_end(text, match.end(), sentence.end)
        start, end, _ = trim_subject(
            text, match.end(), _before_modifier(text, match.end(), source_end, lex), lex
        )
        if start >= end or not is_subject(text, start, end, lex) or _norm(text, start, end):
            continue
        citing = _CITING.match(text, end, source_end) or _CITING_AFTER.match(text, source_end, sentence.end)
        subject, relay = ((start, end), None) if citing is None else (citing.span(1), (start, end))
        before = text[sentence.start : match.start()].strip(" \n,")
        role = None
        if len(before.split()) <= 1:
            role = _apposed_role(text, source_end, sentence.end, lex)
            named = (
                None if role or citing else _apposed_name(text, (start, end), source_end, sentence.end, lex)
            )
            if named is not None:  # 'According to the club's coach, Ivo Marr, ...': the name speaks
                subject, role = named[0], ((start, end), named[1])
            aside = None if role else _PARTICIPLE_ASIDE.match(text, source_end, sentence.end)
            opens = role[1] if role else aside.end() if aside else source_end  # ', seen by X,': no content
            opens = max(opens, citing.end()) if citing else opens
            relative = _RELATIVE_ASIDE.match(text, opens, sentence.end)
            if relative:  # 'According to the Herald, which cited a memo, ...': the memo speaks, relayed
                opens = relative.end()
                if relative.group(1) and citing is None:
                    subject, relay = relative.span(1), (start, end)
            bounds = content_bounds(text, opens, sentence.end, sentence.block)
        elif _subject_only(before, lex) and _predicate_after(text, source_end, sentence.end, lex):
            # 'The talks, according to one diplomat, were tense': the predicate after it is said
            bounds = content_bounds(text, source_end + 1, sentence.end, sentence.block)
        elif (
            before.split()[-1].lower() in lex.words["auxiliaries"]
            and text[source_end : source_end + 1] == ","
        ):
            # 'The plan is, in the words of one judge, "a gift to fraudsters"': what is attributed follows
            bounds = content_bounds(text, source_end + 1, sentence.end, sentence.block)
        else:
            bounds = content_bounds(text, sentence.start, match.start(), sentence.block)
        if bounds:
            drafts.append(
                Draft(
                    match.group(),
                    match.start(),
                    match.end(),
                    ACCORDING,
                    subject,
                    role[0] if role else None,
                    bounds,
                    True,
                    (match.end(), match.end()),
                    sentence,
                    cut=match.start(),
                    relay=relay,
                )
            )
    return drafts


_SUBJECT_WORDS = 6
# 'according to state law', 'according to the rules': a norm that is followed, no source that speaks
_NORMS = frozenset(
    {"law", "laws", "rule", "rules", "regulation", "regulations", "constitution", "custom", "tradition"}
    | {"schedule", "timetable", "statute", "statutes", "protocol"}
)


def _norm(text: str, start: int, end: int) -> bool:
    """True when the phrase after 'according to' names a norm ('Texan law', 'the club's rules')."""
    words = text[start:end].split()
    return bool(words) and words[-1].lower().strip(".,") in _NORMS


_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:cited|quoted)\s+([^,;:\"“”]{2,80}?)|[^,;:\"“”]{2,120}?)\s*,"
)


_GIVEN_PER = re.compile(r"Per\s+(?!(?:The|A|An)\b)[A-Z]")


def _subject_only(before: str, lex: Lexicon) -> bool:
    """True for a short noun phrase with no verb before a mid-sentence 'according to' ('The talks')."""
    words = before.lower().split()
    clausal = lex.words["auxiliaries"] | lex.words["verbish"]
    return 0 < len(words) <= _SUBJECT_WORDS and not any(
        w.strip(",") in clausal or w in lex.cues or w.endswith("ed") for w in words
    )


def _predicate_after(text: str, at: int, stop: int, lex: Lexicon) -> bool:
    """True when a comma and a verb follow the attribution (', were tense', ', will open in May')."""
    after = text[at:stop].split()
    if text[at : at + 1] != "," or len(after) < 2:
        return False
    verb = after[1].lower()
    return verb in lex.words["auxiliaries"] or verb in lex.words["verbish"] or verb.endswith("ed")


def _attribution(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """'according to' and 'in the words of' anywhere; 'per' only fronted or after a comma ('per share'
    is no source)."""
    word = " ".join(match.group().lower().split())
    if word == "per":
        before = text[sentence.start : match.start()].rstrip()
        return not before or before.endswith(",")
    return word in {"according to", "in the words of"}


_RELATIVE = re.compile(r"\s*(?:who|which|whose|whom)\b", re.I)
_APPOSITION = re.compile(r",\s*((?:the|a|an|its|his|her|their)\s+[^,;:\"“”]{2,70}?)\s*,", re.I)


def _apposed_role(text: str, at: int, stop: int, lex: Lexicon) -> tuple[tuple[int, int], int] | None:
    """'According to X, the regional health director, ...': the role's span and the comma after it."""
    apposed = _APPOSITION.match(text, at, stop)
    if apposed is None:
        return None
    if not any(lex.has("titles", word) for word in apposed.group(1).split()):
        return None
    # 'the president will travel ...,' is the content, 'the president, who ...,' its subject
    if not is_subject(text, *apposed.span(1), lex) or _RELATIVE.match(text, apposed.end()):
        return None
    return apposed.span(1), apposed.end()


_NAME_APPOSITION = re.compile(r",\s*((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)\s*,")


def _apposed_name(
    text: str, source: tuple[int, int], at: int, stop: int, lex: Lexicon
) -> tuple[tuple[int, int], int] | None:
    """'In the words of the club's coach, Ivo Marr, ...': a name apposed to a described source, its
    span and the comma after it; the description is the name's role."""
    apposed = _NAME_APPOSITION.match(text, at, stop)
    if apposed is None or text[source[0]].isupper():
        return None
    words = text[source[0] : source[1]].split()
    if not words or not lex.has("titles", words[-1]):
        return None
    return apposed.span(1), apposed.end()


def _phrase_end(text: str, start: int, stop: int) -> int:
    """The end of the source phrase after 'according to': the next comma or the sentence end."""
    comma = text.find(",", start, stop)
    end = comma if comma >= 0 else stop
    return end - 1 if end == stop and text[end - 1] == "." else end


_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:[a-z]+ed|seen|shown|written)\s+(?:by|to|on|in|at|from)\b[^,.;:]{1,60},"
)
_MODIFIER = re.compile(
    r"\s(?:[a-z]+(?:ed|ing)|which|that|who|by|released|published|issued|seen|shown|written|sent|given)\b"
)


def _before_modifier(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The source phrase without a trailing modifier: 'a study released today' -> 'a study';
    a source noun in -ing or -ed ('a filing', 'the briefing') is no modifier."""
    for modifier in _MODIFIER.finditer(text, start, end):
        word = modifier.group().strip()
        if lex.has("documents", word) or lex.has("frame_nouns", word):
            continue
        before = text[start : modifier.start()].split()
        if word == "by" and before and lex.has("documents", before[-1]):
            continue  # 'a report by the Harbour Times': the issuer belongs to the source
        return modifier.start()
    return end


_CITING = re.compile(r"\s+(?:citing|quoting)\s+([^,;:]{2,80}?)\s*$")
_CITING_AFTER = re.compile(r",\s*(?:citing|quoting)\s+([^,;:]{2,80}?)\s*(?=[,;:]|\.?$)")
