"""What a statement does: stance and target, hedging, quote type and told-outlet (English front end).

Each judgement reads only the text around one draft; nothing here knows other statements.
"""

from __future__ import annotations

import re

from rawi.records import QuoteType
from rawi.statements import build
from rawi.statements.build import Quotation
from rawi.statements.english.lexicon import Lexicon, _key
from rawi.statements.english.text import Block

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_TARGET_END = re.compile(r"\s+as\b|,", re.I)  # the claim with its clause: "reports that it would close"


def hedged(content: str, cue_hedge: bool, lex: Lexicon) -> bool:
    """True for a cue of expectation or belief, or content carrying an uncertainty marker
    (build.hedged); 'than expected' compares, it does not hedge, and 'there is no doubt' is certain."""
    if _CERTAIN.search(content):
        return build.hedged(cue_hedge, [], lex.words["hedges"])
    words = [_hedge_key(w) for w in _WORD.findall(_COMPARISON.sub(" ", content))]
    kept = [w if _doubting(words, k, lex) else "" for k, w in enumerate(words)]
    return build.hedged(cue_hedge, kept, lex.words["hedges"])


def _doubting(words: list[str], k: int, lex: Lexicon) -> bool:
    """Does the marker at `k` doubt the content? Not a noun ('its forecast', 'fears of a shutdown',
    'any estimate'), a past expectation ('had expected'), a modal inside a relative clause
    ('decisions which might cause panic') or an ability ('it could do so', 'could not agree')."""
    word = words[k]
    before = words[k - 1].lower() if k else ""
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if word in _ATTRIBUTIVE_HEDGES and (
        before in lex.words["determiners"] or before in {"any", "no"} or after in _NOUN_OBJECTS
    ):
        return False
    if word in _PAST_EXPECTATIONS and before == "had":
        return False
    if word in _PLURAL_NOUNS and not (before in lex.pronouns or before in {"who", "which", "that"}):
        return False  # 'vaccine safety fears', 'growth forecasts': nouns; 'he fears' doubts
    if word in _MODALS and before in {"which", "who"}:
        return False
    return not (
        word == "could" and after in {"do", "not", "n't"}
    )  # 'could do so', 'could not agree': ability


_ATTRIBUTIVE_HEDGES = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "doubt", "doubts", "fear", "fears", "possible"}
)
_PLURAL_NOUNS = frozenset({"fears", "doubts", "forecasts", "estimates"})  # verbs only after a pronoun subject
_NOUN_OBJECTS = frozenset({"of", "over", "about", "among", "on"})
_MODALS = frozenset({"may", "might", "could"})
_CERTAIN = re.compile(r"\b(?:no|little|without|beyond)\s+(?:any\s+)?doubt\b", re.I)
_PAST_EXPECTATIONS = frozenset({"expected", "predicted", "forecast", "anticipated", "feared"})


def _hedge_key(word: str) -> str:
    """A word as the hedge markers key it: lower case when capitalised ('Perhaps'), but 'May' is the month."""
    return word.lower() if word[:1].isupper() and word != "May" else word


_COMPARISON = re.compile(
    r"\b(?:than|as)\s+(?:had\s+been\s+|was\s+|were\s+)?(?:expected|forecast|predicted|anticipated|feared)\b"
)


def quote_type(text: str, start: int, end: int, block: Block) -> QuoteType:
    """The quote type (build.quote_type) of `text[start:end]` among the quotations of its block."""
    direct = any(opening < start and end <= closing + 1 for opening, closing in block.quotes)
    quotations = (
        Quotation(text[start:opening], text[opening + 1 : closing].split())
        for opening, closing in block.quotes
        if start <= opening < end
    )
    return build.quote_type(direct, quotations, _capitalised)


def _capitalised(quotation: Quotation) -> bool:
    """A quotation of capitalised words only is a name ('"Desert Storm"'), not speech."""
    return all(w[:1].isupper() for w in quotation.words)


def target(content: str, stance: str, lex: Lexicon) -> str | None:
    """What a denial or confirmation is about (build.target): a report noun phrase opening the
    content, or what a rejection labels ('the photos' of 'the photos as doctored'), else the content."""
    words = content.split()
    stop = len(content)
    if words[:3] and any(w.lower().strip(",") in lex.words["report_nouns"] for w in words[:3]):
        cut = _TARGET_END.search(content)
        stop = cut.start() if cut else stop
    label = lex.as_rejection_pattern.search(content, 0, stop) if stance == "deny" else None
    stop = len(content[: label.start()].rstrip()) if label and content[: label.start()].strip() else stop
    return build.target(content, 0, stop, stance, build.english())


def denial_in(content: str, lex: Lexicon) -> str | None:
    """The target when the content itself rejects a claim ('the reports were baseless'), else None.

    'If people say that X, that is not so' rejects X.
    'Whoever claims X is wrong' targets X; a claim noun ('the story') is the target; else the short
    subject of the rejecting predicate ('the quote' in 'the quote was lifted out of context').
    """
    believer = _NO_BELIEVER.match(content)
    if believer:  # 'nobody who has seen the data believes that the plant is safe'
        return believer.group(1)
    supposed = _IF_SUPPOSED.match(content)
    if supposed and _NEGATION.search(content, supposed.end()):
        return supposed.group(1)
    contrary = _contrary(content, lex)
    if contrary:
        return contrary
    own = lex.self_deny_pattern.match(content)
    if own and own.end() < len(content):  # 'it "strongly refutes" the allegations': what it refutes
        return content[own.end() :]
    rejection = lex.deny_pattern.search(content)
    if not rejection:
        return None
    sayer = _SAYER.match(content, 0, rejection.start())
    if sayer:
        claim = content[sayer.end() : rejection.start()].strip(" ,")
        return _AUX_TAIL.sub("", claim) or content
    report = _REPORT.search(content)
    if report:
        return report.group()
    subject = _AUX_TAIL.sub("", content[: rejection.start()].strip(" ,"))
    if subject.lower() in _EXPLETIVES:
        return content  # 'there is no such plan': what is rejected is the whole content
    if _judged(rejection.group(), lex) and not _claim_like(subject, lex):
        return None  # 'the situation is absurd' judges a state of affairs, it rejects no claim
    return subject if 0 < len(subject.split()) <= _SUBJECT_WORDS else content


def confirmation_in(content: str) -> str | None:
    """The report a content declares true ('the report was accurate', "the paper's account is
    correct"), else None: a confirmation without a confirming verb."""
    found = _DECLARED_TRUE.match(content)
    return found.group(1) if found else None


_DECLARED_TRUE = re.compile(
    r"((?:the|this|that|these|those|its|his|her|their|our|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:reports?|stor(?:y|ies)|accounts?|claims?|allegations?|articles?|information|figures))"
    r"\s+(?:is|was|are|were)\s+(?:(?:entirely|completely|absolutely|largely|broadly|essentially)\s+)?"
    r"(?:accurate|correct|true|right)\b",
    re.I,
)


def _judged(rejection: str, lex: Lexicon) -> bool:
    """True for rejecting words that judge ('absurd', 'simply wrong'): they reject only a claim."""
    return any(lex.has("deny_judgements", word) for word in rejection.split())


def _claim_like(subject: str, lex: Lexicon) -> bool:
    """True for a subject that can be a claim: a report noun, a pronoun or a clause with a cue
    ('the charge', 'this', 'what the paper wrote'), not 'the situation' or 'the plan'."""
    words = [w for w in subject.split() if any(c.isalnum() for c in w)]
    return (
        not words
        or any(
            lex.has("report_nouns", w) or lex.has("deny_claim_nouns", w) or _key(w) in lex.cues for w in words
        )
        or (len(words) == 1 and _key(words[0]) in _CLAIM_PRONOUNS)
    )


_CLAIM_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "they", "which"})


_EXPLETIVES = frozenset({"there", "it", "there is", "there was", "there are", "there were"})


_SUBJECT_WORDS = 6
_CONTRARY = re.compile(r"\b(?:contrary\s+to|unlike)\s+([^,;:]{3,120}?)\s*,", re.I)
_WHAT_SAID = re.compile(r"what\s+[^,;:]{1,80}\s+(\w+)$", re.I)


def _contrary(content: str, lex: Lexicon) -> str | None:
    """'Contrary to what the paper reported, ...', 'contrary to rumours, ...': the claim rejected;
    'contrary to expectations' rejects no claim."""
    found = _CONTRARY.search(content)
    if found is None:
        return None
    claim = found.group(1)
    said = _WHAT_SAID.match(claim)
    if said and said.group(1).lower() in lex.cues:
        return claim
    words = claim.split()
    return claim if not said and any(lex.has("report_nouns", word) for word in words[:4]) else None


_IF_SUPPOSED = re.compile(
    r"if\s+(?:anyone|anybody|people|someone|somebody|they|you|critics|reports)\s+(?:is\s+|are\s+)?"
    r"(?:suggesting|saying|claiming|implying|suggests?|says?|claims?|implies|imply|thinks?)\s+(?:that\s+)?"
    r"([^,]+),",
    re.I,
)
_NO_BELIEVER = re.compile(
    r"(?:nobody|no\s+one|no-one|no\s+serious\s+\w+)\s+(?:who\s+[^,;]{1,80}?\s+|\w+ly\s+)?"
    r"(?:believes|thinks|accepts|can\s+believe|could\s+believe)\s+(?:that\s+)?([^;]{3,})$",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|n't)\b|n't\b", re.I)
_SAYER = re.compile(
    r"(?:anyone|anybody|everyone|those|people|whoever|any\s+\w+)\s+(?:who\s+)?"
    r"(?:says?|claims?|suggests?|thinks?|believes?|argues?|reports?)\s+(?:that\s+)?",
    re.I,
)
_AUX_TAIL = re.compile(
    r"(?:['’]s|(?:\s+(?:is|are|was|were|had|has|have|been|be|being|simply|just)))+\s*$", re.I
)
_REPORT = re.compile(
    r"(?:(?:the|these|those|such|press|newspaper|media|local|foreign|recent|all|a|this|that"
    r"|false|fake|fabricated|bogus)\s+)*"
    r"(?:reports?|rumou?rs?|speculation|charges?|allegations?|claims?|accusations?|suggestions?|stories|story)\b"
    # what the claim is about: 'a report about secret arms sales', 'the rumours of his resignation'
    r"(?:\s+(?:about|of|on|over|concerning|regarding)\s+[^,;:\"“”]{1,60}?(?=\s*[\"“,;:]|\s+(?:is|are|was|were|as)\b|$))?",
    re.I,
)


def day_words(frame: str) -> tuple[str, ...]:
    """The words of a frame, lower-cased: where build.statement_date looks for 'today' or a weekday."""
    return tuple(_WORD.findall(frame.lower()))


def told_outlet(frame: str, own_sources: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """The outlet a cue was told to ('told Reuters', 'told the weekly Harbour Times'), unless it is
    the article's own source; 'told state television' names an outlet by who runs it or where."""
    qualified = _QUALIFIED_OUTLET.match(frame)
    if qualified:
        return (" ".join(qualified.group(1).split()),)
    named = lex.named_outlet_pattern.search(frame)
    found = lex.outlet_pattern.search(frame)
    if named is not None and (found is None or named.start() <= found.start()):
        # a capitalised outlet noun belongs to the name ('Radio Meridian'), a lower-case one not
        whole = frame[named.start()].isupper()
        outlet = " ".join((named.group() if whole else named.group(1)).split())
    elif found is not None:
        title = lex.masthead_pattern.search(frame)
        longer = title is not None and title.start(1) < found.start() < title.end(1)  # 'the Harbour Times'
        outlet = " ".join((title.group(1) if title and longer else found.group()).split())
        named_before = _NAME_BEFORE.search(frame, 0, found.start())
        if (
            outlet.lower() in GENERIC_OUTLETS and named_before
        ):  # 'told Nordvik television': the channel's name
            outlet = " ".join(named_before.group(1).split())
    elif (title := lex.masthead_pattern.search(frame)) is not None:
        outlet = " ".join(title.group(1).split())
    elif (paper := _THE_PAPER.search(frame)) is not None and lex.has("mastheads", paper.group(1)):
        outlet = paper.group(1)  # 'told the Herald': one masthead word after 'the' names the paper
    else:
        return ()
    if outlet.endswith(".") and len(outlet.split()[-1]) > 4:  # a full stop; 'Co.' keeps it
        outlet = outlet[:-1]
    if _outlet_key(outlet) in {_outlet_key(s) for s in own_sources} or outlet.lower() in GENERIC_OUTLETS:
        return ()
    return (outlet,)


GENERIC_OUTLETS = frozenset({"newspaper", "television", "radio"})
# 'told state television', 'told local radio': an outlet described by who runs it or where it is
_QUALIFIED_OUTLET = re.compile(
    r"\s*(?:the\s+)?((?i:state|state-run|state-owned|national|local|public|private|official|regional)"
    r"\s+(?i:television|radio|newspaper|media|broadcaster|tv))\b(?!\s+[A-Z0-9])"
)  # not 'told private broadcaster Kanal9': the name follows
_QUOTED_ASIDE = re.compile(r",\s+(?:quoted|cited)\s+by\s+([^,;:\"“”]{2,60}?)\s*,\s*$")
_THE_PAPER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?the\s+((?-i:[A-Z][a-z]+))\b(?!\s+[A-Z])")
_NAME_BEFORE = re.compile(r"((?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,3})\s+$")


def interview_outlet(frame: str, told: bool, own_sources: tuple[str, ...]) -> tuple[str, ...]:
    """The outlet an interview was given to, named or not in any outlet list: 'in an interview
    with the Harbour Tribune', and after a 'told', 'told the Tribune in an interview'."""
    found = _INTERVIEW_WITH.search(frame) or (_TOLD_IN_INTERVIEW.match(frame) if told else None)
    if found is None:
        return ()
    outlet = " ".join(found.group(1).split()).rstrip(".")
    return () if _outlet_key(outlet) in {_outlet_key(s) for s in own_sources} else (outlet,)


def aside_outlet(words: str, own_sources: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """The outlet of an interview phrase anywhere in `words` ('X, speaking to the Harbour Gazette,
    said', '... would reopen, in comments to Radio Nord.')."""
    for opener in lex.opener_pattern.finditer(f"{words},"):
        outlet = _outlet_phrase(opener.group(1).rstrip("."), lex)
        if outlet and _outlet_key(outlet) not in {_outlet_key(s) for s in own_sources}:
            return (outlet,)
    return ()


_NAME = r"((?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))"
_INTERVIEW_WITH = re.compile(rf"\binterview\s+(?:with|to)\s+(?:the\s+)?{_NAME}", re.I)
_TOLD_IN_INTERVIEW = re.compile(rf"\s*(?:the\s+)?{_NAME}\s+in\s+an?\s+(?:[\w-]+\s+)?interview\b")


def relayed_outlet(
    text: str, span: tuple[int, int], frame: str, own_sources: tuple[str, ...], lex: Lexicon
) -> tuple[str, ...]:
    """The outlet of a fronted interview phrase ('Speaking to the Harbour Gazette, X said') within
    `span` (sentence start to cue), or of a carrier in the frame ('in a statement carried by state
    television')."""
    opener = lex.opener_pattern.match(text, span[0], span[1])
    carrier = lex.carrier_pattern.search(frame)
    aside = _QUOTED_ASIDE.search(text, span[0], span[1])  # 'The general, quoted by state media, said'
    phrases = (opener.group(1) if opener else None, carrier.group(1) if carrier else None)
    for phrase in (*phrases, aside.group(1) if aside else None):
        outlet = _outlet_phrase(phrase, lex) if phrase else None
        if outlet and _outlet_key(outlet) not in {_outlet_key(s) for s in own_sources}:
            return (outlet,)
    return ()


def _outlet_phrase(phrase: str, lex: Lexicon) -> str | None:
    """`phrase` without its article when it names an outlet (a known outlet, an outlet noun or a
    masthead title), else None: 'reporters' or 'the minister' are no outlet."""
    words = phrase.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owner is not None and all(w.islower() for w in words[owner + 1 :]):
        words = [*words[:owner], words[owner][:-2]]  # "Channel Five's breakfast programme": the channel
    participle = next((k for k, w in enumerate(words) if k and w.islower() and w.endswith("ed")), None)
    words = words[:participle]  # 'the Harbour Times published on Sunday': the paper, not when
    name = " ".join(words)
    if not words or name.lower() in GENERIC_OUTLETS:
        return None
    known = lex.outlet_pattern.search(name) or lex.masthead_pattern.search(name)
    if known or any(lex.has("outlet_nouns", w) for w in words):
        return name
    return None


def _outlet_key(name: str) -> str:
    key = name.lower().strip()
    return key[:-1] if key.endswith("s") else key
