"""Statement drafts in one English sentence: cue, source phrase, content bounds.

Leading ("X said (that) ..."), trailing ("..., X said." / "\"...,\" said X, role."),
parenthetical ("Growers, she said, expect ...") and participial (", adding ...") cues.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from rawi.statements.english.lexicon import Cue, Lexicon, cue_of, find_cues
from rawi.statements.english.phrases import PUNCT_STOPS, Word, is_subject, tokens
from rawi.statements.english.subjects import ASPECT_TO, Subject, find_subject, roles_before
from rawi.statements.english.text import QUOTE_MARKS, Sentence
from rawi.statements.english.tidy import content_bounds, direct_end

_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")
_THAT_AHEAD = re.compile(r"(?:[^,;:\"“”.]*?\s)??that\b")
_THAT_AFTER_RELATIVE = re.compile(r"[^;:\"“”.]{0,80}?,\s+(?:which|who)\b[^;:\"“”.]{0,200}?\sthat\b")
# 'told CNN's "State of the Union" on Sunday that': a programme's quoted title in the addressee
_THAT_AFTER_TITLE = re.compile(r"[^,;:\"“”.]{0,40}?[\"“][^\"“”]{1,50}[\"”][^,;:\"“”.]{0,40}?\sthat\b")
_ADDRESSEE_WORDS = 12  # 'told reporters after talks with the visiting prime minister that'
_THAT_OPENS = re.compile(r"that\s")
_BARE_CLAUSE_WORDS = 7  # 'insisted the new rules for small firms were fair': subject and auxiliary
_COLON_AHEAD = re.compile(r"[^,;:.\"“”]{0,40}(?<!\d):")
CONDITIONALS = frozenset({"if", "unless", "whether"})
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+$|,\s+(?:while|whereas)\s+$|;\s+$")
_ACCORDING_CUT = re.compile(r",\s+according\s+to\b", re.I)


@dataclass(frozen=True)
class Draft:
    """A statement before its source is resolved: every bound is an offset into the text."""

    cue: str
    cue_start: int
    cue_end: int
    info: Cue
    subject: tuple[int, int] | None  # None: elided, the clause's speaker
    role: tuple[int, int] | None
    content: tuple[int, int]
    trailing: bool
    frame: tuple[int, int]  # text between subject and content, for told-outlets and dates
    sentence: Sentence
    cut: int = -1  # for trailing drafts: where the attribution starts (leading contents end there)
    relay: tuple[int, int] | None = None  # who quoted the source ('The Post quoted a source as saying')
    tail: tuple[int, int] | None = None  # where and when, after the content ('... in an interview with X')

    def frame_text(self, text: str) -> str:
        """The words around the content that tell how it was said: the frame, then the tail."""
        framed = text[self.frame[0] : self.frame[1]]
        return f"{framed} {text[self.tail[0] : self.tail[1]]}" if self.tail else framed


def sentence_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """Every cue draft of `sentence`, in text order, leading contents clipped at trailing ones."""
    drafts: list[Draft] = []
    lo = sentence.start
    for match in find_cues(lex, text, sentence.start, sentence.end):
        if _NAME_BEFORE.search(text, sentence.start, match.start()) and match.group()[0].isupper():
            continue  # 'Karim Said accused ...': a surname, no cue, and Karim Said stays the subject
        inside = sentence.block.quoted(match.start())
        if (
            (inside and not _reported_in_quote(text, match, lo, sentence, lex))
            or _passive(text, match, sentence, lex)
            or _not_reported(text, match, sentence, lex)
        ):
            # 'X is said to have told ...': X stays the subject of the next cue
            kept = (
                _SAID_TO.match(text, match.end())
                or _NEGATED_INFINITIVE.match(text, match.end())
                or _on_source(text, match, sentence, lex)
            )
            lo = lo if kept else match.end()  # 'X, who asked not to be named, said': X stays the subject
            continue
        draft = _draft(text, sentence, match, lo, lex)
        if draft:
            drafts.append(draft)
            # a cue in a relative clause leaves the main clause's subject to the next cue
            lo = lo if _in_relative(text, sentence, match.start()) else match.end()
            if draft.info.addressee and not draft.trailing and draft.content[0] > lo:
                lo = draft.content[0]  # 'told investors it expected ...': whom it was told is no subject
    fronted = _fronted_cue(text, sentence, lex)
    drafts = [fronted, *drafts] if fronted else drafts
    passive = _PASSIVE_QUOTED.search(text, sentence.start, sentence.end)
    if passive and not sentence.block.quoted(passive.start()):
        quoted = _passive_quoted(text, sentence, passive, lex)
        if quoted:
            drafts = [
                d for d in drafts if not (d.info.participle and passive.start() < d.cue_start < passive.end())
            ]
            drafts.append(quoted)
    return _clipped(text, drafts)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$")
_PASSIVE_QUOTED = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(quoted)\s+as\s+(saying)\b")


def _passive_quoted(text: str, sentence: Sentence, passive: re.Match[str], lex: Lexicon) -> Draft | None:
    """'"...," Keswick was quoted as saying.' / 'Keswick was quoted as saying ...': Keswick speaks."""
    subject = find_subject(text, sentence.start, passive.start() + 1, lex)
    if subject is None or subject.span is None:
        return None
    info = cue_of(lex, "saying")
    if subject.first.stop in {'"', "”"}:
        cut = subject.first.stop_at
        bounds = content_bounds(text, sentence.start, cut + 1, sentence.block)
        trailing = True
    else:
        after, _ = _after_cue(text, passive.end(), sentence.end, info, lex)
        bounds = content_bounds(text, after, _leading_end(text, after, sentence, info, lex), sentence.block)
        cut, trailing = -1, False
    if bounds is None:
        return None
    frame = (passive.end(), sentence.end if trailing else bounds[0])
    start, end = passive.span(1)
    agent = _QUOTED_BY_AFTER.match(text, passive.end(), sentence.end) if trailing else None
    relay = agent.span(1) if agent else None  # '"...," he was quoted as saying by the news agency.'
    return Draft(
        "quoted",
        start,
        end,
        info,
        subject.span,
        None,
        bounds,
        trailing,
        frame,
        sentence,
        cut=cut,
        relay=relay,
    )


_QUOTED_BY_AFTER = re.compile(r"\s+by\s+([^,;:\"“”]{2,60}?)\s*\.?\s*$")


def _reported_in_quote(text: str, match: re.Match[str], lo: int, sentence: Sentence, lex: Lexicon) -> bool:
    """A speaker quoting someone else: '"Farmers told her that we ...,"'; never 'I said', 'as we said'."""
    if match.group() not in {"told", "said", "say", "says"}:
        return False
    before = tokens(text, max(lo, match.start() - 40), match.start())
    if (
        not before
        or before[-1].key in {"i", "we", "you", "as", "have", "'ve"}
        or before[-1].text in PUNCT_STOPS
    ):
        return False
    that = _THAT_AHEAD.match(text, match.end())
    if that and len(text[match.end() : that.end()].split()) <= _ADDRESSEE_WORDS // 2:
        return True
    if match.group() == "told" and _TOLD_PRONOUN_CLAUSE.match(text, match.end()):
        return True  # '"They told us the plant was safe," a resident said
    return before[-1].key == "and" and _third_person_quote(text, sentence, match.start())


def _third_person_quote(text: str, sentence: Sentence, at: int) -> bool:
    """True when the quotation holding `at` opens on a third-person subject ('"The mayor rang me and
    said ...'), whose later 'and said' reports that person's words."""
    opening = next((o for o, c in sentence.block.quotes if o < at < c), -1)
    words = tokens(text, opening + 1, at) if opening >= 0 else []
    return bool(words) and words[0].text[:1].isupper() and words[0].key not in {"i", "we", "you"}


def _not_reported(text: str, match: re.Match[str], sentence: Sentence, lex: Lexicon) -> bool:
    """A cue form that reports nothing: negated ('did not say'), an infinitive or a modal's
    complement ('declined to comment', 'would confirm'), a comparison ('than expected') or an
    attitude in the pluperfect ('had hoped')."""
    if _NEGATED_INFINITIVE.match(text, match.end(), sentence.end):
        return True  # 'who asked not to be named': a request about the source, no report
    if match.group().lower().startswith("add") and _AMOUNT_AFTER.match(text, match.end(), sentence.end):
        return True  # 'the longer route added about 10 days': an amount added, nothing said
    if match.group().lower().startswith(("say", "said")) and _RITUAL_OBJECT.match(
        text, match.end(), sentence.end
    ):
        return True  # 'said goodbye to the fans', 'says nothing about the cost': no content said
    before = _WORD_BEFORE.search(text, max(sentence.start, match.start() - 20), match.start())
    if before is None:
        return False
    word = before.group(1).lower()
    form = " ".join(match.group().split())
    info = cue_of(lex, form)
    if word in lex.words["negations"] or (word in {"than", "as"} and not info.participle):
        return True
    if word == "had" and info.attitude:  # 'had hoped', 'had expected': a past hope, not a report
        return True
    if word == "have" and _COUNTERFACTUAL.search(
        text, max(sentence.start, match.start() - 30), match.start()
    ):
        return True  # 'should not have said', 'would have warned': what was not, or might have been, said
    if word == "to" and ASPECT_TO.search(text, max(sentence.start, match.start() - 30), match.start()):
        return False  # 'continued to insist that', 'went on to say': the cue reports all the same
    return word in lex.words["infinitive_markers"] and form == info.lemma


# 'told us the plant was safe': an object pronoun, then a clause's subject (no 'to', 'about', ...)
_TOLD_PRONOUN_CLAUSE = re.compile(
    r"\s+(?:us|me|him|her|them)\s+(?!(?:to|about|of|so|nothing|everything|off|what|how|why|when|where)\b)"
    r"(?:the|a|an|it|they|he|she|we|there|this|[A-Z]\w*)\b"
)
_AMOUNT_AFTER = re.compile(
    r"\s+(?:about|around|nearly|almost|roughly|some|over|up\s+to|more\s+than|another|\$|\d"
    r"|(?:a|an)\s+(?:extra|further|additional|net|record)\b)"
)
_RITUAL_OBJECT = re.compile(
    r"\s+(?:(?:goodbye|farewell|hello|thanks|grace|mass|(?:a\s+)?prayers?|amen)\b"
    r"|(?:nothing|little|anything|very\s+little)\s*(?:about|on|of|regarding|concerning|to|[.,;]|$))",
    re.I,
)
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
_COUNTERFACTUAL = re.compile(r"\b(?:should|would|could|might)(?:\s+not|n['’]t)?\s+have\s+$", re.I)
_NEGATED_INFINITIVE = re.compile(r"\s+(?:not|never)\s+to\s+be\b")


def _passive(text: str, match: re.Match[str], sentence: Sentence, lex: Lexicon) -> bool:
    before = text[max(sentence.start, match.start() - 30) : match.start()]
    # 'have been warning that' is active; 'are defending the suits' an act, no statement
    progressive = match.group().endswith("ing") and cue_of(lex, match.group()).object not in _NP_OBJECTS
    reduced = _REDUCED_PASSIVE.search(before) is not None and _BY_AGENT_AFTER.match(text, match.end())
    noun = _DOCUMENT_BEFORE.search(before)
    written = (  # 'in a video posted on social media': the participle of a document, no cue
        noun is not None
        and match.group().endswith("ed")
        and lex.has("documents", noun.group(1))
        and _PLACE_AFTER.match(text, match.end()) is not None  # not 'his research indicated that'
    )
    return (
        (bool(_PASSIVE.search(before)) and not progressive)
        or bool(_SAID_TO.match(text, match.end()))
        or bool(reduced)
        or written
        or _on_source(text, match, sentence, lex)
    )


def _on_source(text: str, match: re.Match[str], sentence: Sentence, lex: Lexicon) -> bool:
    """'People informed about the plan said ...': a participle on a source noun, no cue; the
    noun stays the subject of the cue after it (with no cue after it, '..., union leaders vowed on
    Tuesday' is the cue itself)."""
    source = _WORD_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start())
    return (
        source is not None
        and match.group().endswith("ed")
        and lex.has("anonymous", source.group(1))
        and _ABOUT_AFTER.match(text, match.end()) is not None
        and any(not sentence.block.quoted(m.start()) for m in find_cues(lex, text, match.end(), sentence.end))
    )


_NOUN_TOO = frozenset({"call for", "call on", "call"})  # cue forms that are also nouns after a determiner
_DASH = re.compile(r"\s(?:-{1,2}|—)\s|—")
_MEANS = re.compile(
    r"\s+(?:by|over\s+the|via)\s+(?:phone|telephone|e-?mail|letter|fax|text\s+message|video\s+link)\b"
)
# '-- a claim denied by its owner': a participle after a report noun with a by-agent is passive
_REDUCED_PASSIVE = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+$")
_ABOUT_AFTER = re.compile(r"\s+(?:about|of|on)\s")
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at|to|from|online|earlier|last|late|overnight)\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+([a-z]+)\s+$")
_BY_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:phone|telephone|e-?mail|letter|fax|text|video)\b)")


def _progressive(text: str, sentence: Sentence, start: int) -> bool:
    """True after a form of 'be' ('officials have been warning', 'she is insisting'): a finite verb."""
    return _PASSIVE.search(text, max(sentence.start, start - 30), start) is not None


def _draft(text: str, sentence: Sentence, match: re.Match[str], lo: int, lex: Lexicon) -> Draft | None:
    info = cue_of(lex, match.group())
    start, end = match.span()
    inverted = _inverted(text, sentence, start, end, info, lex)
    if inverted:
        return inverted
    if info.participle and info.object not in _NP_OBJECTS and _progressive(text, sentence, start):
        info = replace(info, participle=False)
    if info.participle:
        if _after_determiner(text, sentence.start, start, lex):  # 'a warning', 'the reporting'
            return None
        return _participle(text, sentence, start, end, info, lo, lex)
    if info.lemma in _NOUN_TOO and _after_determiner(text, sentence.start, start, lex):
        return None  # "the union's call for higher pay", 'her call for calm': the noun, no verb
    subject = find_subject(text, lo, start, lex)
    nobody = _NO_ONE.match(text, lo, start) is not None and "," not in text[lo:start]
    if subject is None or subject.chunk.stop in CONDITIONALS or nobody:
        return None  # 'Nobody who has seen the data believes ...' has no source
    if (
        info.object == "report"
        and subject.span
        and lex.has("judicial", text[subject.span[0] : subject.span[1]].split()[-1])
    ):
        return None  # 'the judge dismissed the claim': a ruling, no denial
    after, addressed = _after_cue(text, end, sentence.end, info, lex)
    cited = subject.cited
    citing = _CITING_AFTER.match(text, after, sentence.end) if subject.span and not cited else None
    if citing:  # 'The Ledger reported, citing three bankers, that ...': the bankers speak, relayed
        cited, after = citing.span(1), citing.end()
    fronted = _CITING_BEFORE.match(text, sentence.start, start) if subject.span and not cited else None
    if (
        fronted
        and subject.span
        and fronted.end() <= subject.span[0]
        and _names_a_source(text, *fronted.span(1), lex)
    ):
        cited = fronted.span(1)  # 'Quoting two aides, the paper said ...'; not 'Citing the rain, ...'
    means = _MEANS.match(text, after, sentence.end)
    after = means.end() if means else after  # 'said by phone that ...': how it was said
    topic = _TOPIC_PREPOSITION.match(text, after, sentence.end)
    after = topic.end() if topic else after  # 'warned of further cuts', 'cautioned against haste'
    rest = text[after : sentence.end].strip()
    mark = subject.first.stop_at
    quoted_before = (
        subject.first.stop in {'"', "”"}
        and text[mark - 1 : mark] in {",", ".", "!", "?"}
        and not (_ASKED.match(text, sentence.start, start) and not _ends(rest, lex))
    )
    bare = _skip_addressee(text, end, sentence.end, lex) if info.addressee else end
    tail = text[bare : sentence.end].strip()
    framed = _FRAME_AFTER.match(tail) is not None and " that " not in tail
    named_only = info.addressee and (
        _NAME_ONLY.fullmatch(text[end : sentence.end].strip()) is not None
        or _addressee_only(tokens(text, end, sentence.end), lex)
    )
    joined = subject.span is not None and _AND_BEFORE.search(
        text, max(0, subject.span[0] - 6), subject.span[0]
    )
    if subject.span and joined and not quoted_before and _ends(rest, lex):
        return None  # '..., and a second analyst agreed.': a coordinated clause with nothing said in it
    if subject.span and (
        quoted_before
        or (subject.first.stop == "," and (_ends(rest, lex) or framed or named_only or _ends(tail, lex)))
        or (subject.first.stop in _DASHES and _ends(rest, lex))  # '... in May - officials said.'
    ):
        return _trailing(text, sentence, match, info, subject, after, lex)
    if subject.span and subject.chunk.stop == "as" and _ends(rest, lex):
        return _as_attribution(text, sentence, match, info, subject)
    if (
        subject.span
        and subject.chunk.stop == "as"
        and not text[sentence.start : subject.chunk.stop_at].strip()
    ):
        return _fronted_as(text, sentence, match, info, subject)
    if subject.span and subject.chunk.stop == "," and rest.startswith(","):
        after = text.index(",", after) + 1
    closing_dash = _CLOSING_DASH.match(text, after, sentence.end) if subject.chunk.stop in _DASHES else None
    if subject.span and closing_dash:  # 'The port - officials said on Monday - will open in May.'
        after = closing_dash.end()
    bare_clause = info.object == "that" and (
        _bare_clause(text, after, sentence.end, lex)
        or (info.lemma in lex.words["mandative_lemmas"] and _mandative_clause(text, after, sentence.end, lex))
    )
    words_after = tokens(text, end, sentence.end)
    whom = bool(words_after) and words_after[0].key not in _PREPOSITIONS | {"of", "against", "over", "to"}
    if info.addressee and not addressed and _ordered(text, end, sentence.end, lex):
        after, info = end, replace(info, object="to")  # 'warned residents to stay indoors': the order
    elif info.addressee and not addressed and whom and _addressee_only(words_after, lex):
        return None  # 'regulators had warned the firm in March': whom, and nothing said
    free = subject.span is not None and _WHAT_BEFORE.search(text, lo, subject.span[0]) is not None
    if free and info.object in {"as", "label"}:  # 'what the minister called a necessary sacrifice'
        opened = _AS_OPENS.match(text, after)
        after = opened.end() if opened else after
    elif not (addressed or bare_clause or _introduced(text, after, sentence.end, info, lex)):
        if info.object != "report" or not _AS_LABEL.match(text, after, sentence.end):
            return None
        info = replace(info, stance="assert", object="as")  # 'dismissed the offer as empty words': no claim
    if info.object in {"as", "label"}:
        described = _DESCRIBED_PRONOUN.match(text, after)
        after = described.end() if described else after
    stop = _leading_end(text, after, sentence, info, lex)
    occasion = _occasion_tail(text, after, stop, sentence, info, lex) or _interview_tail(
        text, after, stop, sentence, lex
    )
    stop = occasion[0] if occasion else stop
    if _in_relative(text, sentence, start):
        comma = text.find(",", after, stop)  # 'The firm, which denies the charges, said ...'
        stop = comma if comma > after and not sentence.block.quoted(comma) else stop
    bounds = content_bounds(text, after, stop, sentence.block)
    if bounds is None:
        return None
    if _demonstrative(text, (after, bounds), info, lex):
        bounds = (text.rindex("that", after, bounds[0]), bounds[1])  # 'rejected that claim'
    if info.stance == "deny":
        bounds = _pronoun_object(text, bounds, lex)
    subject_span = _gapped_subject(text, subject.span, bounds[0], lex) if subject.span else None
    late = _CITING_LATE.match(text, bounds[1], sentence.end) if subject_span and not cited else None
    if late and _cites_a_speaker(text, *late.span(1), lex):
        cited = late.span(1)  # 'The Ledger reported the mill would close, citing two managers.'
    return Draft(
        match.group(),
        start,
        end,
        info,
        cited or subject_span,
        subject.role,
        bounds,
        False,
        (end, bounds[0]),
        sentence,
        relay=subject_span if cited else None,
        tail=occasion,
    )


# 'Says Ida Holm: "..."', 'Added the minister: ...': a cue opening its sentence, its speaker, a colon
_FRONTED_SPEAKER = re.compile(r"\s+([^,;:\"“”]{2,80}?)\s*:\s*")


def _fronted_cue(text: str, sentence: Sentence, lex: Lexicon) -> Draft | None:
    """The statement of a cue that opens its sentence with the speaker after it and a colon before
    what is said ('Says Ida Holm: "Nobody expected this."', 'Added the minister: ...'), else None."""
    first = _FIRST_WORD.match(text, sentence.start, sentence.end)
    info = lex.cues.get(first.group().lower()) if first else None
    if first is None or info is None or info.participle:
        return None
    speaker = _FRONTED_SPEAKER.match(text, first.end(), sentence.end)
    if speaker is None or not is_subject(text, *speaker.span(1), lex):
        return None
    bounds = content_bounds(text, speaker.end(), sentence.end, sentence.block)
    if bounds is None:
        return None
    frame = (first.end(), bounds[0])
    return Draft(
        first.group(), first.start(), first.end(), info, speaker.span(1), None, bounds, False, frame, sentence
    )


_FIRST_WORD = re.compile(r"[A-Z][a-z]+\b")


_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)  # a free relative: 'what X called Y' labels Y as X's
_AS_OPENS = re.compile(r"\s*(?:as\s+)?")
_CITING_LATE = re.compile(r"\s*,\s*(?:citing|quoting)\s+([^,;:\"“”]{2,100}?)\s*\.?\s*$")
_SPEAKER_LISTS = ("anonymous", "organizations", "outlets", "titles")


def _cites_a_speaker(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does a trailing 'citing X' name who spoke (a name, 'two bankers', 'officials'), not a reason
    given ('citing low pay', 'citing weak demand')?"""
    words = tokens(text, start, end)
    head = next(
        (k for k, w in enumerate(words) if w.key in _PREPOSITIONS | {"of", "to", "due", "and"}), len(words)
    )
    words = words[:head]  # the head noun phrase: 'two managers at the plant', not 'prices due to ...'
    named = bool(words) and words[0].text[:1].isupper()
    heads = words[-1:] + words[:2]  # 'two managers', 'people familiar (with ...)', 'sources close (to ...)'
    return named or any(lex.has(name, word.key) for word in heads for name in _SPEAKER_LISTS)


def _occasion_tail(
    text: str, at: int, stop: int, sentence: Sentence, info: Cue, lex: Lexicon
) -> tuple[int, int] | None:
    """Where and when a noun-phrase object was said, after it: 'dismissed the claims as false in an
    interview with Radio X on Monday', 'accused rivals of lying at a rally'. The object ends there."""
    denial = info.stance in {"deny", "confirm"} and info.object not in _NP_OBJECTS and info.object != "report"
    if info.object not in _NP_OBJECTS and info.object != "report" and not denial:
        return None
    found = _occasion_pattern(lex.words["occasion_nouns"]).search(text, at, stop)
    found = found or _TIME_TAIL.search(text, at, stop)
    if found is None or sentence.block.quoted(found.start()) or not text[at : found.start()].strip():
        return None
    verbs = lex.words["finite_auxiliaries"] | lex.words["verbish"]
    if denial and any(w.key in verbs or w.key in lex.pronouns for w in tokens(text, at, found.start())):
        return None  # 'denied that he was at a rally': the occasion is inside the denied clause
    return found.start(), sentence.end


def _interview_tail(
    text: str, at: int, stop: int, sentence: Sentence, lex: Lexicon
) -> tuple[int, int] | None:
    """'said the border would reopen, in comments to the Gazette': an interview phrase after the
    content ends it; its outlet is the via."""
    found = _interview_opener(lex.words["interview_openers"]).search(text, at, stop)
    if found is None or sentence.block.quoted(found.start()):
        return None
    return found.start(), sentence.end


_INTERVIEWS: dict[frozenset[str], re.Pattern[str]] = {}


def _interview_opener(openers: frozenset[str]) -> re.Pattern[str]:
    """', speaking to', ', in an interview with' after a content, compiled once."""
    if openers not in _INTERVIEWS:
        alternation = "|".join(
            re.escape(o).replace(r"\ ", r"\s+") for o in sorted(openers, key=len, reverse=True)
        )
        _INTERVIEWS[openers] = re.compile(rf",\s+(?i:{alternation})\s")
    return _INTERVIEWS[openers]


_OCCASIONS: dict[frozenset[str], re.Pattern[str]] = {}
_TIME_TAIL = re.compile(
    r"\s+(?:(?:(?:early|late)\s+)?on\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|yesterday|today"
    r"|last\s+(?:week|month|year|night))\b(?=\s*(?:[.,;]|$))"
)


def _occasion_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """'in an interview with', 'at a rally', 'during a speech': an occasion of speaking, compiled once."""
    if nouns not in _OCCASIONS:
        alternation = "|".join(sorted(nouns, key=len, reverse=True))
        _OCCASIONS[nouns] = re.compile(
            r"\s+(?:in|at|during)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
            rf"(?:{alternation})s?\b"
        )
    return _OCCASIONS[nouns]


_DASHES = frozenset({"-", "--", "—"})
_CLOSING_DASH = re.compile(r"\s*(?:\s-{1,2}|—)\s*(?=\w)")


def _gapped_subject(text: str, span: tuple[int, int], content: int, lex: Lexicon) -> tuple[int, int]:
    """'a figure critics say is too low': a content opening with a finite verb has its subject
    gapped, so the cue sits in a reduced relative on the noun before; its source is the words after
    that noun ('critics'), not the whole phrase."""
    words = tokens(text, *span)
    opens = tokens(text, content, min(len(text), content + 12))
    heads = [k for k, w in enumerate(words[: 1 - _GAPPED_WORDS]) if w.key in {"a", "an", "the"}]
    if (
        not heads
        or not opens
        or opens[0].key not in lex.words["finite_auxiliaries"]
        or any(not w.text.isalpha() for w in words)
    ):
        return span
    return words[heads[-1] + 2].start, span[1]


_PRONOUN_OBJECT = re.compile(r"(?i:it|this|that|these|those|them)\b")
_CIRCUMSTANCE_WORDS = frozenset(
    {"on", "in", "at", "during", "after", "before", "through", "via", "again", "yesterday"}
)


def _pronoun_object(text: str, bounds: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """'The agency denied it on Tuesday', 'denied this in a statement': the denied claim is the
    pronoun (what it stands for is found with the statements before it), not its circumstances."""
    start, end = bounds
    pronoun = _PRONOUN_OBJECT.match(text, start, end)
    if pronoun is None:
        return bounds
    rest = tokens(text, pronoun.end(), end)
    if not rest:
        return bounds
    first = rest[0].key
    circumstance = (
        first in _CIRCUMSTANCE_WORDS
        or first in lex.words["weekdays"]
        or (first.endswith("ly") and rest[0].text.islower())
    )
    verbs = lex.words["finite_auxiliaries"] | lex.words["verbish"] | lex.words["auxiliaries"]
    if not circumstance or any(w.key in verbs or w.key in lex.cues for w in rest):
        return bounds  # 'denied it was true', 'denied that the plan had failed': a clause
    return start, pronoun.end()


def _demonstrative(text: str, spans: tuple[int, tuple[int, int]], info: Cue, lex: Lexicon) -> bool:
    """True when the 'that' before a rejection's content points at a claim ('rejected that claim',
    'denied that report'): a report noun follows and no verb, so it is no complementiser."""
    after, (start, end) = spans
    if not _POINTING_THAT.search(text, max(after, start - 8), start):
        return False
    if info.object == "as":
        return True  # 'dismissed that offer as ...': an object labelled 'as' is a noun phrase
    if info.object != "report" and info.stance != "deny":
        return False
    words = [w.key for w in tokens(text, start, end)]
    verbs = lex.words["finite_auxiliaries"] | lex.words["verbish"] | lex.words["auxiliaries"]
    return bool(words) and lex.has("report_nouns", words[0]) and not any(w in verbs for w in words)


_POINTING_THAT = re.compile(r"\bthat\s+$")
_RELATIVE_AFTER_ROLE = re.compile(r"\s*,\s+(?:who|whose|which)\b")
_APPOSED_HEAD = re.compile(r",\s+(?:a|an)\s+[a-z]+\s+$")
_GAPPED_WORDS = 3  # determiner, the relative's head noun, its subject
_NO_ONE = re.compile(r"\s*(?:[Nn]obody|[Nn]o[\s-]one|[Nn]one\s+of\s+(?:us|them))\b")
_TOPIC_WORDS = frozenset({"of", "against", "about", "over"})
_TOPIC_PREPOSITION = re.compile(r"\s+(?:of|against)\s+(?=[\w\"“‘])")
# 'Asked if "the ban stands," she said, "Yes."': the quote before the cue is the question
_ASKED = re.compile(r"(?:[Ww]hen\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\b")
_IN_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|have|had|is|was|also|still|now|already|always|long|never|often)\s+)*"
    r"(?:\w+ly\s+)?$"
)


_SOURCE_LISTS = ("anonymous", "documents", "organizations", "outlets", "titles")


def _names_a_source(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Can the phrase speak: a source noun ('two aides', 'a leaked memo') or a name ('Interior
    Ministry data'); 'the rain', 'high costs' are reasons cited, not sources."""
    words = tokens(text, start, end)
    named = any(w.text[:1].isupper() for w in words)
    return named or any(lex.has(name, w.key) for w in words for name in _SOURCE_LISTS)


def _in_relative(text: str, sentence: Sentence, start: int) -> bool:
    """True for a cue opening a non-restrictive relative clause (', which denies ...')."""
    return _IN_RELATIVE.search(text, max(sentence.start, start - 40), start) is not None


_CITING_BEFORE = re.compile(r"\s*(?:citing|quoting)\s+([^,;:\"“”]{2,100}?)\s*,", re.I)
_CITING_AFTER = re.compile(r"\s*,\s*(?:citing|quoting)\s+([^,;:\"“”]{2,100}?)\s*,\s*(?=that\b)")


# 'told Radio Meridian.' at a sentence end: a named addressee and nothing else
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s*[.!]?[\"”]?")


def _ends(rest: str, lex: Lexicon) -> bool:
    """True when nothing but the end, a participle cue or an according-to follows the cue."""
    if not rest.strip(' ."”') or rest.startswith("."):
        return True
    if not rest.startswith(","):
        return False
    words = rest[1:].lower().split()
    word = words[0] if words else ""
    if (
        word in {"but", "while", "whereas"} and len(words) > 1
    ):  # '..., a spokeswoman said, but no arrests ...'
        return words[1] not in lex.cues and words[1] not in lex.words["auxiliaries"]
    if word.endswith("ing") and _ANONYMITY.match(rest[1:].strip(), len(word)):
        return True  # '..., three sources told Reuters, asking not to be named because ...'
    if _participle_clause(words, lex):
        return True  # '... on Tuesday, the union said, halting traffic at the port.': it goes on the event
    if word in _ADJUNCT_OPENERS and len(words) > 1:
        return True  # 'Prices rose, dealers said, because of the drought.': the reporter's circumstance
    return (word in lex.cues and lex.cues[word].participle) or word == "according"


# an adverbial after a parenthetical attribution: it goes on the clause before, which is what was said
_ADJUNCT_OPENERS = frozenset(
    {"after", "before", "because", "as", "since", "until", "unless", "once", "although", "though"}
    | {"when", "following", "amid", "despite", "due", "ahead", "if"}
    | {"above", "below", "compared", "versus", "against", "beyond", "with", "without"}
)


def _participle_clause(words: list[str], lex: Lexicon) -> bool:
    """'halting traffic ...', 'driven by fuel costs': a participle of no reporting verb opens the
    words after a parenthetical attribution, so they describe what was reported, not a new content."""
    if len(words) < 2 or words[0] in lex.cues or not words[0].isalpha():
        return False
    return (words[0].endswith("ing") and len(words[0]) > 5) or (
        words[0].endswith(("ed", "en")) and words[1] == "by"
    )


_ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|anonymity)\b", re.I
)


def _after_cue(text: str, end: int, stop: int, info: Cue, lex: Lexicon) -> tuple[int, bool]:
    """Skip what sits between a cue and its content: addressee, time and 'in a statement'."""
    addressed = False
    if info.addressee and not text[end:stop].lstrip().startswith(","):  # not 'X, analysts warn, ...'
        that = _THAT_AHEAD.match(text, end, stop)
        if not that or len(text[end : that.end()].split()) > _ADDRESSEE_WORDS:
            that = _THAT_AFTER_RELATIVE.match(text, end, stop) or _THAT_AFTER_TITLE.match(text, end, stop)
        between = (end, that.end() - len("that")) if that else (end, end)
        # not 'told reporters the council warned that ...': that 'that' is the other cue's
        if that and not _claim_before(text, *between, lex) and not _cue_between(text, *between, lex):
            return that.end(), True
        end = _skip_addressee(text, end, stop, lex)
    aside = _DASH_ASIDE.match(text, end, stop)
    end = aside.end() if aside else end  # 'said — without giving evidence — that ...'
    framed = end
    while True:
        frame = lex.frame_pattern.match(text, end, stop)
        if not frame or frame.end() == end:
            break
        end = frame.end()
    carried = _CARRIED.match(text, end, stop) if end > framed else None
    end = carried.end() if carried else end  # 'in a statement carried by the state news agency that'
    placed = _PLACE_THAT.match(text, end, stop)  # 'testified before the committee that ...'
    if placed and not any(w.key in lex.cues for w in tokens(text, placed.start(), placed.end() - 5)):
        return placed.end() - len("that "), addressed
    colon = _COLON_AHEAD.match(text, end, stop)
    return (colon.end() if colon else end), addressed


_DASH_ASIDE = re.compile(r"\s*(?:—|--|\s-)\s*[^—\-\"“”]{2,80}?\s*(?:—|--|-\s)\s*(?=that\s)")
_CARRIED = re.compile(
    r"\s+(?:carried|published|broadcast|aired|relayed|posted|issued|released)\s+(?:by|on|in)\s+"
    r"[^,;:\"“”]{2,60}?(?=\s+that\s)"
)


def _cue_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when a finite cue stands between a cue and a 'that': the 'that' is that cue's."""
    return any(w.key in lex.cues and not lex.cues[w.key].participle for w in tokens(text, start, end))


def _claim_before(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when a report noun stands between a cue and a 'that' ('told Reuters a report that ...
    was wrong'): the 'that' opens the noun's clause, the content starts at the noun phrase."""
    return any(lex.has("report_nouns", w.text) for w in tokens(text, start, end))


_PLACE_THAT = re.compile(
    r"\s+(?:before|to|in|at|on|during|after|with|for|over|throughout|once)\s+(?:[\w'’-]+\s+){1,7}?that\s"
)


def _skip_addressee(text: str, end: int, stop: int, lex: Lexicon) -> int:
    """The end of an addressee ('told Reuters', 'told a press conference'), never a bare determiner;
    none after a topic preposition ('warned against reading too much into the result')."""
    words = tokens(text, end, stop)
    if words and words[0].key in _TOPIC_WORDS:
        return end
    named = (
        _named_addressee(words, lex)
        or _addressee_before_subject(words, lex)
        or _outlet_before_comma(words, lex)
    )
    if named:
        return named
    taken: list[int] = [end]
    for k, word in enumerate(words[:5]):
        proper = k == 0 and word.text[:1].isupper() and len(words) > 1 and words[1].text == ","
        if word.key not in lex.words["addressees"] and not proper:
            break
        taken.append(word.end)
    while len(taken) > 1 and words[len(taken) - 2].key in lex.words["determiners"]:
        taken.pop()
    return taken[-1]


def _outlet_before_comma(words: list[Word], lex: Lexicon) -> int:
    """The end of a capitalised name told, with its article, right before a comma ('told the Harbour
    Post, asking not to be named'), or 0."""
    m = 1 if words and words[0].key in lex.words["determiners"] else 0
    first = m
    while m < len(words) and words[m].text[:1].isupper():
        m += 1
    return words[m - 1].end if first < m < len(words) and words[m].text == "," else 0


_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "there"})


def _addressee_before_subject(words: list[Word], lex: Lexicon) -> int:
    """The end of a short addressee before a pronoun subject ('told the court's clerk she had ...')
    or before a second noun phrase ('told the paper the rumour ...', 'told farmers the price ...')."""
    for k, word in enumerate(words[1:7], 1):
        if word.text in PUNCT_STOPS or word.key == "that":
            return 0
        if word.key in _CLAUSE_SUBJECTS:
            return words[k - 1].end
        noun_before = _noun_like(words[k - 1], lex)
        if word.key in _CLAUSE_ARTICLES and noun_before:
            return words[k - 1].end
    return 0


def _noun_like(word: Word, lex: Lexicon) -> bool:
    """A lower-case word that can end an addressee noun phrase ('the paper', 'farmers'), not a
    preposition, subordinator, time word or adverb ('after', 'when', 'today', 'firmly')."""
    key = word.key
    closed = _NOT_NOUNS | _PREPOSITIONS | lex.words["subordinators"] | lex.words["time_words"]
    return word.text.islower() and key not in closed and not key.endswith("ly")


# what opens a clause's subject right after an addressee ('told the board its shares ...', 'warned
# Washington any attack ...')
_CLAUSE_ARTICLES = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our"} | {"any", "no", "every", "all"}
)
_NOT_NOUNS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "at",
        "on",
        "for",
        "with",
        "from",
        "by",
        "about",
        "and",
        "or",
        "his",
        "her",
    }
    | {"its", "their", "our", "my", "your", "this", "these", "those", "all", "some", "every", "each"}
)


def _named_addressee(words: list[Word], lex: Lexicon) -> int:
    """The end of a named addressee before a bare clause ('told Wirecast the bank had ...'), else 0."""
    first = 1 if words and words[0].key == "the" else 0  # 'told the Sunday Chronicle the couple ...'
    described = next(
        (
            k
            for k in (first + 1, first + 2)
            if k < len(words) and words[k - 1].key in lex.words["outlet_nouns"]
        ),
        0,
    )
    if described and all(w.text[:1].islower() for w in words[first:described]):
        first = described  # 'told private broadcaster TVN9 the charges ...': the outlet's kind, then its name
    run = first
    while (
        run < min(first + 3, len(words))
        and words[run].text[:1].isupper()
        and words[run].key not in lex.pronouns
        and not (run > first and words[run - 1].text.endswith(".") and words[run].key in _CLAUSE_ARTICLES)
    ):
        run += 1
    opener = words[run].key if run < len(words) else ""
    clause = (
        opener in lex.words["determiners"] or opener in lex.pronouns or opener in _CLAUSE_ARTICLES | {"there"}
    )
    # 'warned the U.S. Any attack ...': a capital after an abbreviation's full stop may open the clause
    lower = run < len(words) and (words[run].text[:1].islower() or words[run - 1].text.endswith("."))
    return words[run - 1].end if run > first and clause and lower else 0


def _introduced(text: str, at: int, stop: int, info: Cue, lex: Lexicon) -> bool:
    """True when a content follows that this cue accepts ('that' for cautious cues)."""
    rest = text[at:stop].lstrip()
    if not rest or not any(c.isalnum() for c in rest):
        return False
    if info.object == "that":
        return (
            _THAT_OPENS.match(rest) is not None
            or rest.startswith((":", *QUOTE_MARKS))
            or text[at - 1 : at] in ":"
            or (info.lemma in lex.words["amount_lemmas"] and _AMOUNT_OBJECT.match(text, at, stop) is not None)
        )
    if info.object == "report":
        first = [w.key for w in tokens(text, at, stop)[:5]]
        return any(w in lex.words["report_nouns"] for w in first) or _labelled_rejected(rest, lex)
    if info.object == "to":
        return _OBJECT_TO.match(text, at, stop) is not None
    if info.object == "label":
        quoted = any(mark in rest for mark in QUOTE_MARKS)
        return quoted or lex.deny_pattern.search(rest) is not None or _labelled_claim(rest, lex)
    # 'the farmers polled for the survey': a participle before a preposition reports nothing
    return not (info.object in _NP_OBJECTS and rest.split()[0].lower() in _PREPOSITIONS)


def _ordered(text: str, at: int, stop: int, lex: Lexicon) -> bool:
    """'warned residents to stay indoors', 'told staff to leave': an addressee and a to-infinitive,
    not a 'to' phrase ('told the story to journalists')."""
    found = _OBJECT_TO.match(text, at, stop)
    if found is None or "," in found.group():
        return False
    verb = found.group().split()[-1].lower()
    closed = lex.words["determiners"] | lex.words["addressees"] | lex.pronouns.keys()
    if verb in closed or (verb.endswith("s") and not verb.endswith("ss")):
        return False
    words = tokens(text, at, found.end())[:-2]  # the addressee, without 'to' and its verb
    clausal = lex.words["auxiliaries"] | lex.words["verbish"] | _CLAUSE_SUBJECTS
    new_subject = any(
        b.text[:1].isupper() and a.text[:1].islower() and a.key not in lex.words["determiners"]
        for a, b in itertools.pairwise(words)
    )  # 'told a press conference Brazil had to ...': a clause with its own subject
    verbal = any(w.key in clausal or w.key in lex.cues or w.key == "it" or _past_verb(w, lex) for w in words)
    return not new_subject and not verbal  # not 'told investors it expected sales to rise'


# 'forecast inflation at 4.5 pct', 'estimates the loss at about $2 mln': a quantity put on an object
_AMOUNT_OBJECT = re.compile(
    r"\s*(?!that\b)(?:[\w'’-]+\s+){1,5}?at\s+(?:about\s+|around\s+|roughly\s+|some\s+|least\s+)?"
    r"(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half)\b)"
)
# 'the offer as "empty words"': a short object labelled with 'as', what a dismissal says of it
_AS_LABEL = re.compile(r"\s*(?:[\w'’-]+\s+){1,6}?as\s+[\"“]?\w")
_LABEL_REACH = 8  # words of a labelled object and its label ('called the latest accusations absurd')


def _labelled_rejected(rest: str, lex: Lexicon) -> bool:
    """'dismissed the footage as fake': a rejection verb whose object, whatever it is, is labelled
    false a few words on rejects it, as it rejects a report noun."""
    found = lex.as_rejection_pattern.search(rest)
    return found is not None and len(rest[: found.start()].split()) <= _LABEL_REACH


def _labelled_claim(rest: str, lex: Lexicon) -> bool:
    """'called the accusations absurd': a claim noun labelled with a rejecting word, without quotes;
    'called the decision wrong' criticises, it rejects no claim."""
    label = lex.evaluation_pattern.search(rest)
    if label is None:
        return False
    words = rest[: label.start()].lower().split()
    return 0 < len(words) <= _LABEL_REACH and any(lex.has("report_nouns", w.strip(",")) for w in words)


_NOMINATIVES = frozenset({"he", "she", "they", "we", "i"})
_PRESENT_VERB = re.compile(r"[a-z]+[^s'’]s")


def _bare_clause(text: str, at: int, stop: int, lex: Lexicon) -> bool:
    """'The mayor insisted the figures were right': a cue that wants 'that' takes a clause without it
    when a noun phrase or pronoun opens it and a finite auxiliary follows within a few words, so
    'stressed the need for calm' stays no statement."""
    words = tokens(text, at, stop)[:_BARE_CLAUSE_WORDS]
    if len(words) < 2:
        return False
    first = words[0]
    opens = first.key in lex.words["determiners"] or first.key in lex.pronouns or first.text[0].isupper()
    if not (opens or _noun_like(first, lex)):
        return False
    if first.key in _NOMINATIVES or (first.key == "it" and _PRESENT_VERB.fullmatch(words[1].text)):
        return True  # 'argue they deserve more', 'argue it protects children': only a clause opens so
    for before, word in itertools.pairwise(words[: len(words) - 1]):
        if word.text in PUNCT_STOPS:
            return False
        if word.key in lex.words["finite_auxiliaries"] or (_past_verb(word, lex) and _noun_like(before, lex)):
            return True  # 'insisted the plan made sense', 'insisted farmers deserved more'
    return words[-1].key in lex.words["finite_auxiliaries"]


def _mandative_clause(text: str, at: int, stop: int, lex: Lexicon) -> bool:
    """'suggested rice farmers switch to barley': after a cue of proposal a plural noun subject and
    a bare verb (no -s, -ed or -ing) open a clause; 'suggested new rules for banks' does not."""
    words = tokens(text, at, stop)[:_BARE_CLAUSE_WORDS]
    for k, word in enumerate(words[1:4], 1):
        before = words[k - 1]
        plural = before.key.endswith("s") and not before.key.endswith("ss") and _noun_like(before, lex)
        bare = word.text.isalpha() and word.text.islower() and not word.key.endswith(("s", "ed", "ing", "ly"))
        closed = word.key in _NOT_NOUNS | _PREPOSITIONS or word.key in lex.words["subordinators"]
        if plural and bare and not closed and k + 1 < len(words):
            return True
        if not _noun_like(before, lex):
            return False
    return False


def _past_verb(word: Word, lex: Lexicon) -> bool:
    """A past-tense verb form: an irregular one ('made', 'gave') or a lower-case word in -ed."""
    key = word.key
    return key in lex.words["verbish"] or (word.text.islower() and key.endswith("ed") and len(key) > 4)


def _leading_end(text: str, at: int, sentence: Sentence, info: Cue, lex: Lexicon) -> int:
    """Where a leading content stops: a closing quote, a participle cue, 'according to', or the end."""
    opening = at
    while opening < sentence.end and text[opening] in " \n:,":
        opening += 1
    if opening < sentence.end and text[opening] in QUOTE_MARKS:
        closing = direct_end(opening, sentence.block)
        # 'pledged "full transparency" on the inquiry': a quoted noun phrase the object goes on after
        goes_on = (
            info.object in _NP_OBJECTS and _PHRASE_GOES_ON.match(text, closing + 1, sentence.end)
            if closing
            else None
        )
        if closing is not None and closing <= sentence.end and not goes_on:
            return closing
    end = sentence.end
    if len(_DASH.findall(text, sentence.start, at)) % 2:  # 'The plan - which critics say is costly - will'
        dash = _DASH.search(text, at, end)
        end = dash.start() if dash else end
    for match in lex.cut_pattern.finditer(text, at, end):
        if not sentence.block.quoted(match.start()):
            end = match.start()
            break
    since = _TIME_AFTER_TAIL.search(text, at, end)
    if since and not sentence.block.quoted(since.start()):
        end = since.start()  # 'denied it cut corners, a day after one of its jets ...': the reporter's time
    for result in _RESULT_TAIL.finditer(text, at, end):
        if result.group(1).lower() in lex.words["result_participles"] and not sentence.block.quoted(
            result.start()
        ):
            end = result.start()  # 'said sales rose, lifting its shares': the reporter notes the effect
            break
    for relative in _WHICH_TAIL.finditer(text, at, end):
        if (
            relative.group(1).lower() in lex.words["result_relatives"]
            and "," not in text[relative.end() : end]
            and not sentence.block.quoted(relative.start())
        ):
            end = relative.start()  # 'said profits rose, which pleased investors': the reporter's note
            break
    if info.object == "label":
        label = _LABEL_END.search(text, at, end)
        end = label.end() if label else end
    if info.object in _NP_OBJECTS:
        participle = lex.participle_pattern.search(text, at, end)
        if participle and not _after_determiner(text, at, participle.start(), lex):
            end = participle.start()
        circumstance = _NP_CIRCUMSTANCE.search(text, at, end)
        if circumstance and (
            _GERUND.search(text, at, circumstance.start())
            or _GERUND_OPENS.match(text, at, circumstance.start())
        ):
            circumstance = None  # 'accused the firm of putting profits before safety': the gerund's own
        end = (
            circumstance.start() if circumstance and not sentence.block.quoted(circumstance.start()) else end
        )
    if info.object in _NP_OBJECTS or info.object == "report" or info.stance == "deny":
        verb_phrase = _SPEAKER_VERB_PHRASE.search(text, at, end)
        end = verb_phrase.start() if verb_phrase else end
    without = _WITHOUT_TAIL.search(text, at, end)
    if without and not sentence.block.quoted(without.start()):
        end = without.start()  # 'said the visit was postponed, without giving a reason': the reporter's note
    citing = _CITING_TAIL.search(text, at, end)
    if citing and not sentence.block.quoted(citing.start()):
        end = citing.start()  # 'said it would strike, citing low pay': the reason the reporter gives
    return end


# a gerund clause as the object ('of hiding', 'against lifting'): its adjuncts are part of what is said
_GERUND = re.compile(r"\b(?:of|for|against|about|from)\s+[a-z]{2,}ing\b")
_GERUND_OPENS = re.compile(r"\s*[a-z]{2,}ing\s")
_CITING_TAIL = re.compile(r",\s+(?:citing|quoting)\s")
_WITHOUT_TAIL = re.compile(r",\s+without\s+(?:\w+ing|elaboration|comment|details|further\s+details)\b")


def _after_determiner(text: str, lo: int, at: int, lex: Lexicon) -> bool:
    """True when the word before `at` is a determiner or a possessive: 'its reporting', "Lund's
    warning" are nouns, no participle cue."""
    words = tokens(text, max(lo, at - 24), at)
    return bool(words) and (
        words[-1].key in lex.words["determiners"] or words[-1].text.endswith(("'s", "’s", "s'", "s’"))
    )


def _trailing(
    text: str, sentence: Sentence, match: re.Match[str], info: Cue, subject: Subject, after: int, lex: Lexicon
) -> Draft | None:
    head = subject.first
    role = roles_before(text, sentence.start, head, lex) if head.stop == "," and not subject.role else None
    cut = (
        text.rindex(",", sentence.start, role[0])
        if role and "," in text[sentence.start : role[0]]
        else head.stop_at
    )
    role = role or subject.role
    stop = cut + 1 if text[cut] in QUOTE_MARKS else cut
    bounds = content_bounds(text, sentence.start, stop, sentence.block)
    if bounds is None:
        return None
    tail = _ACCORDING_CUT.search(text, after, sentence.end)
    frame_end = tail.start() if tail else sentence.end
    resumed = _resumed_quote(text, sentence, match.end(), lex) if text[cut] in QUOTE_MARKS else None
    if resumed is not None:  # '"We stay," she said, "until the talks end."': one quotation, split
        frame_end, bounds = resumed[0], (bounds[0], resumed[1])
    cited = _CITING_TRAILER.search(text, match.end(), frame_end)
    if cited and not _cites_a_speaker(text, *cited.span(1), lex):
        cited = None  # '..., the paper reported, citing bad weather': a reason, the paper speaks
    return Draft(
        match.group(),
        match.start(),
        match.end(),
        info,
        cited.span(1) if cited else subject.span,
        None if cited else role,
        bounds,
        True,
        (match.end(), cited.start() if cited else frame_end),
        sentence,
        cut=cut,
        relay=subject.span if cited else None,
    )


# '..., Bloomberg reported on Monday, citing two people familiar with the matter.': who spoke
_CITING_TRAILER = re.compile(r",\s*(?:citing|quoting)\s+([^,;:\"“”]{2,100}?)\s*(?=[,;]|\.?\s*$)")


_RESUMING = re.compile(r"[^\"“”]*?,\s*(?=[\"“])")


def _resumed_quote(text: str, sentence: Sentence, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The quotation that resumes after an attribution and a comma and runs to the sentence end
    ('..., the minister said, "until the talks end."'): where it opens and where its words end;
    None when a cue of its own introduces it (', adding, "..."')."""
    resume = _RESUMING.match(text, at, sentence.end)
    if resume is None or any(find_cues(lex, text, at, resume.end())):
        return None
    closing = direct_end(resume.end(), sentence.block)
    if closing is None or text[closing + 1 : sentence.end].strip(" .!?") or closing >= sentence.end:
        return None
    bounds = content_bounds(text, resume.end(), closing + 1, sentence.block)
    return (resume.end(), bounds[1]) if bounds else None


def _as_attribution(
    text: str, sentence: Sentence, match: re.Match[str], info: Cue, subject: Subject
) -> Draft | None:
    """'..., as some growers had suggested.': the clause before 'as' (after its complementiser) is said."""
    cut = subject.chunk.stop_at
    comma = text.rfind(",", sentence.start, cut)
    end = comma if comma >= 0 and not text[comma + 1 : cut].strip() else cut
    opener = _COMPLEMENTISER.match(text, sentence.start, end)
    bounds = content_bounds(text, opener.end() if opener else sentence.start, end, sentence.block)
    if bounds is None or subject.span is None:
        return None
    start, stop = match.span()
    return Draft(
        match.group(),
        start,
        stop,
        info,
        subject.span,
        None,
        bounds,
        True,
        (stop, sentence.end),
        sentence,
        cut=end,
    )


_COMPLEMENTISER = re.compile(r".*\b(?:whether|that|if)\s+", re.S)
_FRONTED_AS_WORDS = 4  # 'As the Herald reported last week, ...': what may stand between cue and comma


def _fronted_as(
    text: str, sentence: Sentence, match: re.Match[str], info: Cue, subject: Subject
) -> Draft | None:
    """'As the Herald reported last week, the mayor is under investigation': the clause after the
    comma is what was said."""
    comma = text.find(",", match.end(), sentence.end)
    if comma < 0 or len(text[match.end() : comma].split()) > _FRONTED_AS_WORDS or subject.span is None:
        return None
    bounds = content_bounds(text, comma + 1, sentence.end, sentence.block)
    if bounds is None:
        return None
    start, stop = match.span()
    return Draft(match.group(), start, stop, info, subject.span, None, bounds, False, (stop, comma), sentence)


def _inverted(text: str, sentence: Sentence, start: int, end: int, info: Cue, lex: Lexicon) -> Draft | None:
    """'"...," said Rita Vance, deputy director of the port authority.' and, without quotation
    marks, 'Costs will rise, said a broker in Oslo.' (a noun phrase only after the cue)."""
    before = text[sentence.start : start].rstrip()
    if info.participle or len(before) < 2 or info.lemma in _OBJECT_FIRST:
        return None  # '..., told Reuters': who is told is never who speaks
    quoted = before[-1] in QUOTE_MARKS and before[-2] in ",!?"
    adding = _ADDING.search(text, end, sentence.end)
    upto = (
        adding.start() if adding and lex.participle_pattern.match(text, adding.start() + 1) else sentence.end
    )
    joint = _JOINT_AFTER_ROLE.search(text, end, upto)
    upto = joint.start() if joint else upto  # 'said Tom Reed, the chief executive, and added that ...'
    words = _before_relative(tokens(text, end, upto))  # 'said a dealer, adding that ...': the dealer
    plain = (
        before[-1] == ","
        and info.object in {"clause", "that"}
        and info.lemma not in _NEVER_INVERTED
        and not _RELATIVE_ON_SUBJECT.match(text, sentence.start, start)
        and not _APPOSITIVE_ON_SUBJECT.match(text, sentence.start, start)
        and len(before.split()) >= _INVERTED_CONTENT_WORDS
        and _noun_phrase_only(words, lex)
        and not is_subject(text, sentence.start, start, lex)
    )
    if not quoted and not plain:
        return None
    opens = words and (words[0].text[0].isupper() or words[0].key in {"the", "a", "an", "one", "another"})
    if not opens and not _titled_name(words, lex):
        return None
    if words[0].key in lex.pronouns:
        return None
    stop = sentence.end - 1 if text[sentence.end - 1] == "." else sentence.end
    stop = min(stop, upto)
    resumed = _resumed_quote(text, sentence, end, lex) if quoted else None
    stop = _rstrip_comma(text, end, resumed[0]) if resumed else stop
    comma = _name_comma(text, end, stop)
    subject = (words[0].start, comma if comma > 0 else stop)
    if comma <= 0:  # '"...," wrote economist Lena Varga in a blog post': the occasion is no part of the name
        occasion = next(
            (b for a, b in itertools.pairwise(words) if b.key in _OCCASION_OPENERS and a.text[:1].isupper()),
            None,
        )
        subject = (subject[0], occasion.start) if occasion and occasion.start < subject[1] else subject
    role = (_skip_spaces(text, comma + 1), stop) if comma > 0 else None
    said_at = _occasion_pattern(lex.words["occasion_nouns"]).search(text, role[0], role[1]) if role else None
    if role and said_at and text[said_at.start() - 1 : said_at.start()] == ",":
        role = (role[0], said_at.start() - 1)  # '..., said Ann Lee, the union's head, in an interview'
    aged = _AGE_BEFORE_ROLE.match(text, role[0], role[1]) if role else None
    role = (aged.end(), role[1]) if role and aged else role  # 'said Rui Matos, 71, a fisherman': no age
    relative = _RELATIVE_AFTER_ROLE.search(text, role[0], role[1]) if role else None
    role = (role[0], relative.start()) if role and relative else role  # 'said Jon Pell, 61, whose ...'
    opener = text[role[0] : role[1]].split()[0] if role and role[1] > role[0] else ""
    if (
        opener.lower() in {"who", "which", "whose", ""}
        or (opener.islower() and opener.endswith("ing"))
        or text[role[0] : role[1]].strip(" ,").isdigit()  # type: ignore[index]
    ):
        role = None  # an age alone is no role
    close = start - (len(text[sentence.start : start]) - len(before)) - 1
    bounds = content_bounds(text, sentence.start, close + 1 if quoted else close, sentence.block)
    if bounds is None:
        return None
    bounds = (bounds[0], resumed[1]) if resumed else bounds
    return Draft(
        text[start:end], start, end, info, subject, role, bounds, True, (end, stop), sentence, cut=close
    )


_AGE_BEFORE_ROLE = re.compile(r"\d{1,3},\s+(?=\S)")
_OCCASION_OPENERS = frozenset(
    {
        "in",
        "on",
        "during",
        "after",
        "before",
        "late",
        "earlier",
        "last",
        "this",
        "yesterday",
        "today",
        "tonight",
    }
)
# 'The senator, who allegedly took bribes, denied the charges': a relative clause on the subject, no content
# 'The report, published on Monday, showed ...': a participle or prepositional aside on the subject
_APPOSITIVE_ON_SUBJECT = re.compile(
    r"(?:The|A|An|Its|Their|His|Her)\s[^,;:\"“”]{1,60},\s+(?:[a-z]+ed|[a-z]+en|in|on|at|for|from|with)\s[^,;:\"“”]*,\s*$"
)
# what a document shows or finds is never written after it as 'X, showed a report'
_NEVER_INVERTED = frozenset({"show", "find", "indicate", "reveal", "signal", "suggest"})
_RELATIVE_ON_SUBJECT = re.compile(r"[^,;:\"“”]{1,80},\s+(?:who|which)\s[^,;:\"“”]*,\s*$")


_ADDING = re.compile(r",(?=\s+[a-z]+ing\b)")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+$")
_JOINT_AFTER_ROLE = re.compile(r",\s+(?:and|but)\s")


def _rstrip_comma(text: str, start: int, end: int) -> int:
    """`end` moved back over spaces, quotation marks and the comma before them."""
    while end > start and text[end - 1] in ' ,"“':
        end -= 1
    return end


_LEGAL_FORM = r"(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|Plc|PLC|LP|L\.P|SA|S\.A|AG|NV|N\.V|GmbH)\b\.?"
# a comma inside a company name: 'Harlow, Ltd.', 'Lund, Berg and Hale Inc' (its last name after 'and')
_FIRM_TAIL = re.compile(
    rf",\s*(?:{_LEGAL_FORM}|(?:[A-Z][\w&'’.-]*[\s,]+){{1,4}}(?:and|&)\s+(?:[A-Z][\w&'’.-]*\s+){{1,3}}{_LEGAL_FORM})"
)


def _name_comma(text: str, start: int, stop: int) -> int:
    """The first comma in text[start:stop] that ends a name, not one inside a company name that
    a legal form ends ('said Harlow, Ltd., which ...', 'of Lund, Berg and Hale Inc, who'), or -1."""
    comma = text.find(",", start, stop)
    while comma >= 0:
        form = _FIRM_TAIL.match(text, comma, stop)
        if form is None:
            return comma
        comma = text.find(",", form.end(), stop)
    return comma


# cues whose next noun phrase is the addressee, never an inverted subject
_OBJECT_FIRST = frozenset({"tell", "inform", "assure", "remind"})


def _before_relative(words: list[Word]) -> list[Word]:
    """The words before a non-restrictive relative clause ('said Ann Lee, who farms near Lyon')."""
    for k, word in enumerate(words[1:], 1):
        if word.key in {"who", "whose", "which"} and words[k - 1].text == ",":
            return words[: k - 1]
    return words


_TITLE_REACH = 4  # lower-case words of a role before the name: 'former deputy finance minister'


def _titled_name(words: list[Word], lex: Lexicon) -> bool:
    """'said union negotiator Anouk Vermeer': a role in lower case, ending in a title, then a name."""
    for k, word in enumerate(words[: _TITLE_REACH + 1]):
        if word.text[0].isupper():
            return k > 0 and words[k - 1].key in lex.words["titles"]
        if not word.text.isalpha():
            return False
    return False


def _addressee_only(words: list[Word], lex: Lexicon) -> bool:
    """True when a 'told' is followed by its addressee alone ('..., he told the annual meeting of
    growers.'): a noun phrase to the sentence end, with no verb and no second noun phrase opening a
    clause ('told the farmers the prices ...')."""
    words = [w for w in words if w.text not in {".", "!"}]
    if not words or words[-1].text in PUNCT_STOPS or not _noun_phrase_only(words, lex):
        return False
    return not any(
        w.key in lex.words["determiners"] or w.key in lex.pronouns
        for before, w in itertools.pairwise(words)
        if before.key not in _PREPOSITIONS | {"of", "to"} and before.key not in lex.words["determiners"]
    )


def _noun_phrase_only(words: list[Word], lex: Lexicon) -> bool:
    """True when the words after an inverted cue are a source and its role, with no verb or clause."""
    clausal = lex.words["auxiliaries"] | lex.words["subordinators"] - {"as"}
    return bool(words) and not any(w.key in clausal or w.key in lex.cues for w in words)


def _issuer(text: str, lo: int, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """'The office issued a statement saying ...': the subject of the issuing verb before the
    document at `at` speaks, not the document."""
    issued = _ISSUING.search(text, max(lo, at - 40), at)
    if issued is None:
        return None
    subject = find_subject(text, lo, issued.start() + 1, lex)
    return subject.span if subject is not None else None


_ISSUING = re.compile(
    r"\s(?:issued|released|published|put\s+out|sent\s+out|posted)\s+(?:(?:a|an|its|their|the)\s+)?$"
)


def _participle(
    text: str, sentence: Sentence, start: int, end: int, info: Cue, lo: int, lex: Lexicon
) -> Draft | None:
    """', adding (that) ...' takes the clause's speaker; 'reports suggesting ...' the noun before."""
    before = text[lo:start].rstrip()
    subject: tuple[int, int] | None = None
    quoted = _QUOTED_AS.search(text, max(lo, start - 160), start)
    if quoted:
        return _quoted_as(text, sentence, quoted, end, info, lo, lex)
    with_source = _WITH_SOURCE.search(text, max(lo, start - 80), start)
    absolute = ", with " in text[sentence.start : start]
    with_source = with_source or (_AND_SOURCE.search(text, max(lo, start - 60), start) if absolute else None)
    if with_source:  # ', with one dealer saying ...': the noun phrase after 'with' speaks
        subject = with_source.span(1)
    elif before and not before.endswith((",", " and", " but")):
        words = _noun_phrase_before(text, lo, start, lex)
        if not words:
            return None
        owned = text[max(lo, words[0].start - 4) : words[0].start].rstrip().endswith(" in") or (
            words[0].key in {"his", "her", "its", "their"}
        )
        if words[-1].key in lex.words["documents"] and not owned:
            subject = _issuer(text, lo, words[0].start, lex) or (words[0].start, words[-1].end)
        elif info.stance != "assert":
            return None
    after, _ = _after_cue(text, end, sentence.end, info, lex)
    topic = _TOPIC_PREPOSITION.match(text, after, sentence.end)
    after = topic.end() if topic else after  # ', warning of "a hard winter"'
    relaxed = replace(info, object="clause") if subject is not None and info.object == "that" else info
    if not _introduced(text, after, sentence.end, relaxed, lex):
        return None
    if info.object == "as":
        pronoun = _DESCRIBED_PRONOUN.match(text, after)
        after = pronoun.end() if pronoun else after
    stop = _leading_end(text, after, sentence, info, lex)
    other = _AND_ABSOLUTE.search(text, after, stop) if with_source else None
    stop = other.start() if other else stop  # ', with three predicting growth and two seeing none'
    bounds = content_bounds(text, after, stop, sentence.block)
    if bounds is None:
        return None
    return Draft(text[start:end], start, end, info, subject, None, bounds, False, (end, bounds[0]), sentence)


# the second source of an absolute 'with' clause: ', with six pct expecting less and the rest predicting ...'
_AND_SOURCE = re.compile(r"\s+and\s+((?:[\w'’.%-]+\s+){0,3}?[\w'’.%-]+)\s+$")
_AND_ABSOLUTE = re.compile(r"\s+and\s+(?:[\w'’.%-]+\s+){1,4}?[a-z]+ing\b")


_SEEN_VERBS = frozenset(
    {"seen", "obtained", "reviewed", "read", "received", "published", "released", "leaked"}
)
_WITH_SOURCE = re.compile(r",\s+with\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+$")
_INVERTED_CONTENT_WORDS = 3
_PREPOSITIONS = frozenset(
    {"for", "by", "in", "on", "at", "about", "with", "from", "during", "after", "before"}
)
_PHRASE_GOES_ON = re.compile(r"\s+(?:on|for|in|of|to|over|about|with|from)\s+\w")
_RESULT_TAIL = re.compile(r",\s+([a-z]+ing)\s")
_TIME_AFTER_TAIL = re.compile(
    r",\s+(?:(?:just|only|barely)\s+)?(?:a|an|one|two|three|four|five|six|several|some|few|hours|days|weeks|months)"
    r"(?:\s+(?:hours?|days?|weeks?|months?|years?))?\s+(?:after|before)\s"
)
_WHICH_TAIL = re.compile(r",\s+which\s+(?:also\s+)?([a-z]+)\b")
# 'called it "baseless" and "absurd"': a quoted label, and those coordinated with it
_LABEL_END = re.compile(r"[\"“][^\"“”]{1,80}[\"”](?:,?\s+(?:and|or)\s+[\"“][^\"“”]{1,80}[\"”])*")
_NP_CIRCUMSTANCE = re.compile(
    r"\s+(?:after|before|during|following|amid|despite|at\s+(?:a|an|the)|when|while)\s"
)
_NP_OBJECTS = frozenset({"np", "as", "to", "label"})
_OBJECT_TO = re.compile(r"\s*(?!(?:not|never|to|for|about|whether|if)\b)(?:[\w'’-]+\s+){1,6}?to\s+[a-z]+")
_FRAME_AFTER = re.compile(r"(?:after|at|during|before|following|when|while|on|in)\s")
_SPEAKER_VERB_PHRASE = re.compile(r"\s+(?:and|but)\s+(?:are|is|were|was|has|have|had|will|would)\b")
# 'described it as', 'called this "absurd"'; 'that offer' is a demonstrative with its noun, kept
_DESCRIBED_PRONOUN = re.compile(
    r"\s*(?:(?:it|them|him|her)\s+|(?:this|that)\s+(?=as\b|an?\b|the\b|[\"“]))?(?:as\s+)?(?=\S)"
)
_BY_AGENT = re.compile(r"by\s+")
_BE_BEFORE = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+$")
_QUOTED_AS = re.compile(r"\b(quoted)\s+([^,;:\"“”]{2,100}?)\s+as\s+$")


def _quoted_as(
    text: str, sentence: Sentence, quoted: re.Match[str], end: int, info: Cue, lo: int, lex: Lexicon
) -> Draft | None:
    """'The Post quoted a source close to the governor as saying ...': the source speaks, the Post relays."""
    relay = find_subject(text, lo, quoted.start(1), lex)
    source, relay_span = quoted.span(2), relay.span if relay else None
    agent = _BY_AGENT.match(quoted.group(2))
    if agent:  # 'The spokesman was quoted by state radio as saying'
        passive = _BE_BEFORE.search(text, lo, quoted.start(1))
        speaker = find_subject(text, lo, passive.start() + 1, lex) if passive else None
        if speaker is None or speaker.span is None:
            return None
        source, relay_span = speaker.span, (quoted.start(2) + agent.end(), quoted.end(2))
    after, _ = _after_cue(text, end, sentence.end, info, lex)
    bounds = content_bounds(text, after, _leading_end(text, after, sentence, info, lex), sentence.block)
    if bounds is None:
        return None
    start, stop = quoted.span(1)
    return Draft(
        "quoted", start, stop, info, source, None, bounds, False, (end, bounds[0]), sentence, relay=relay_span
    )


def _noun_phrase_before(text: str, lo: int, at: int, lex: Lexicon) -> list[Word]:
    """The short noun phrase right before a participle ('a letter' in 'responded in a letter saying')."""
    words = tokens(text, max(lo, at - 80), at)
    phrase: list[Word] = []
    for word in reversed(words[-4:]):
        verb = word.key in lex.words["auxiliaries"] or word.key in _SEEN_VERBS
        if word.text in PUNCT_STOPS or word.key in lex.cues or (verb and phrase):
            break  # 'had seen internal documents showing': the documents, not what saw them
        phrase.insert(0, word)
        if word.key in lex.words["determiners"]:
            break
    return phrase


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _clipped(text: str, drafts: list[Draft]) -> list[Draft]:
    """Leading contents end where a trailing attribution or a coordinated clause with a cue begins.

    '..., traders told Reuters.' and '... announced an offer and Dome said ...' end the content
    before them.
    """
    cuts = [d.cut for d in drafts if d.trailing]
    for draft in drafts:
        if draft.subject is not None:
            joint = _COORDINATED.search(text, max(0, draft.subject[0] - 12), draft.subject[0])
            if joint:
                cuts.append(joint.start())
            apposed = _APPOSED_HEAD.search(text, max(0, draft.subject[0] - 40), draft.subject[0])
            if apposed:  # '..., a figure critics say is too low': the reporter's aside
                cuts.append(apposed.start())
    out = []
    for draft in drafts:
        if not draft.trailing:
            inside = [cut for cut in cuts if draft.content[0] < cut < draft.content[1]]
            if inside:
                bounds = content_bounds(text, draft.content[0], min(inside), draft.sentence.block)
                draft = replace(draft, content=bounds) if bounds else draft
        out.append(draft)
    return out
