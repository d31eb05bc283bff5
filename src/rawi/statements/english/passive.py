"""Passive attributions: "The claims were rejected by the ministry", "The plan was described by
its author, Ann Lee, as overdue", "He was told by officials that ...": the agent speaks."""

from __future__ import annotations

import re

from rawi.statements.english.finder import Draft
from rawi.statements.english.lexicon import Cue, Lexicon, cue_of
from rawi.statements.english.phrases import tokens
from rawi.statements.english.text import Sentence
from rawi.statements.english.tidy import content_bounds

_AGENT_END = re.compile(
    r",|\s+(?:as|that|on|in|at|after|before|during|last|this|earlier|for|over|with|amid|despite|following)\s"
    r"|\s+(?=to\s+(?:be|have)\s)|[.;:]?$"
)
_RAISED = re.compile(r"\s*(?=to\s+(?:be|have)\s)")  # 'was said by analysts to be near a deal'
_THAT = re.compile(r"\s*that\s+")
_QUOTED_LABEL = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_AS = re.compile(r"\s*as\s+")


def passive_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """One draft per passive cue with a by-agent outside quotations."""
    drafts: list[Draft] = _apposed_drafts(text, sentence, lex) + _as_reported_drafts(text, sentence, lex)
    for match in lex.passive_pattern.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()):
            continue
        info = cue_of(lex, match.group(1))
        label = _QUOTED_LABEL.search(text, match.end(1), match.end())
        if label and all(w[:1].isupper() for w in label.group(1).split()):
            continue  # 'The album was called "Blue Roads" by its author': a title, no statement
        agent, role, after = _agent(text, match.end(), sentence.end, lex)
        if agent is None or (info.stance == "deny" and _judicial(text, agent, lex)):
            continue  # 'a claim dismissed by a county judge': a ruling, no denial
        described = _AS.match(text, after, sentence.end) if info.object in {"as", "label"} else None
        reported = _THAT.match(text, after, sentence.end) or _RAISED.match(text, after, sentence.end)
        if described is not None:
            start, end = described.end(), sentence.end
        elif reported is not None:
            start, end = reported.end(), sentence.end
        elif info.object == "that":
            continue  # 'The report was written by Ann Lee': what was written, not what it says
        else:
            start, end = sentence.start, match.start()
        while end > start and text[end - 1] in ".!? \n":
            end -= 1
        bounds = content_bounds(text, start, end, sentence.block)
        if bounds is None or text[bounds[0] : bounds[1]].lower() in lex.pronouns:
            continue
        drafts.append(_agent_draft(text, match, info, agent, role, bounds, after, sentence))
    return drafts


def _judicial(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """True for a court or a judge ('a county judge', 'the High Court')."""
    words = text[span[0] : span[1]].split()
    return bool(words) and lex.has("judicial", words[-1])


def _apposed_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """'The mill will close -- a claim denied by its owner': the agent speaks of the clause before."""
    drafts: list[Draft] = []
    for match in lex.apposed_pattern.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()):
            continue
        agent, role, after = _agent(text, match.end(), sentence.end, lex)
        bounds = content_bounds(text, sentence.start, match.start(), sentence.block)
        if agent is None or bounds is None:
            continue
        info = cue_of(lex, match.group(1))
        drafts.append(_agent_draft(text, match, info, agent, role, bounds, after, sentence))
    return drafts


_AS_REPORTED = re.compile(
    r"(?:,\s*|\b)(?i:as)\s+(?:(?:first|previously|earlier|originally|widely)\s+)?"
    r"(reported|revealed|disclosed|announced|stated|said|predicted|forecast)\s+by\s+"
)


_FRONTED_TAIL_WORDS = 4


def _as_reported_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """'The plant will close, as first reported by the Ledger.' and 'As reported by the Ledger,
    the plant will close.': the agent said the rest of the sentence."""
    drafts: list[Draft] = []
    match = _AS_REPORTED.search(text[: sentence.end], sentence.start)
    if match is None or sentence.block.quoted(match.start()):
        return drafts
    agent, role, after = _agent(text, match.end(), sentence.end, lex)
    if agent is None:
        return drafts
    fronted = not text[sentence.start : match.start()].strip()
    if not fronted and text[match.start()] != ",":
        return drafts  # 'as reported by' inside a clause, not after its comma
    comma = text.find(",", after, sentence.end)
    if fronted and (comma < 0 or len(text[after:comma].split()) > _FRONTED_TAIL_WORDS):
        return drafts  # 'As reported by the Herald (last week), the mayor ...': the comma ends it
    after = comma if fronted else after
    start, end = (after + 1, sentence.end) if fronted else (sentence.start, match.start())
    while end > start and text[end - 1] in ".!? \n":
        end -= 1
    bounds = content_bounds(text, start, end, sentence.block)
    if bounds is not None:
        drafts.append(
            _agent_draft(text, match, cue_of(lex, match.group(1)), agent, role, bounds, after, sentence)
        )
    return drafts


def _agent(
    text: str, start: int, stop: int, lex: Lexicon
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """The agent after 'by', its role when a name follows in apposition ('its maker, Apex Toys,'),
    and where the agent phrase ends."""
    end = _AGENT_END.search(text, start, stop)
    first = (start, end.start() if end else stop)
    if first[0] >= first[1]:
        return None, None, start
    if end and text[end.start()] == ",":
        second = _AGENT_END.search(text, end.end(), stop)
        name_end = second.start() if second else stop
        words = tokens(text, end.end(), name_end)
        if words and all(w.text[:1].isupper() for w in words) and len(words) <= 5:
            after = second.end() if second and text[second.start()] == "," else name_end
            return (words[0].start, words[-1].end), first, after
    return first, None, first[1]


def _agent_draft(
    text: str,
    match: re.Match[str],
    info: Cue,
    agent: tuple[int, int],
    role: tuple[int, int] | None,
    bounds: tuple[int, int],
    after: int,
    sentence: Sentence,
) -> Draft:
    """The draft of a cue (the match's group 1) whose agent follows it ('denied by the mayor'): the
    frame runs from the cue to the end of the agent phrase."""
    cue_start, cue_end = match.span(1)
    return Draft(
        text[cue_start:cue_end],
        cue_start,
        cue_end,
        info,
        agent,
        role,
        bounds,
        False,
        (cue_end, after),
        sentence,
    )
