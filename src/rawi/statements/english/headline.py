"""Statements of a headline: 'MINISTER SAYS ...', '..., LINDAHL SAYS', '... - AGENCY', 'FIRM SAID TO ...'."""

from __future__ import annotations

import re

from rawi.records import Article, QuoteType, Statement
from rawi.statements import build
from rawi.statements.english.judge import denial_in, hedged, target
from rawi.statements.english.lexicon import Cue, Lexicon
from rawi.statements.english.phrases import clause_subject
from rawi.statements.english.speakers import Source, parse

_LABEL = re.compile(r"(?i:exclusive|breaking|update\s*\d*|insight|factbox|explainer|analysis)\s*:\s*")
_SLUG = re.compile(r"[A-Z]{3,}(?:\s+\d+)?-(?=[A-Z])")  # 'EXCLUSIVE-', 'UPDATE 2-'
_DASH = re.compile(r"\s+[-–—]\s*((?:\S+\s?){1,3})$")  # '... - union leader', "'...' – coach"


def headline_statements(article: Article, body: list[Statement], lex: Lexicon) -> list[Statement]:
    """The statement a headline makes, its speaker matched with the body's sources when it can."""
    span = next((s for s in article.spans if s.kind == "headline"), None)
    if span is None:
        return []
    text = article.text
    slug = _SLUG.match(text, span.start, span.end)
    start = slug.end() if slug and not text[span.start : span.end].isupper() else span.start
    label = _LABEL.match(text, start, span.end)
    start = label.end() if label else start  # 'EXCLUSIVE: ...', 'Analysis: ...': the kind of piece
    colon = _colon(text, start, span.end, lex)
    speaking = colon if colon and colon[1] and _source_like(text[colon[1][0] : colon[1][1]], lex) else None
    found = (  # after a wire label ('EXCLUSIVE-', 'UPDATE 2-'), which is no part of what is said
        speaking  # 'Health chief: safety fears "wrong"': the source before the colon, not a cue after it
        or _active(text, start, span.end, lex)
        or colon
        or _passive(text, start, span.end, lex)
        or _dash(text, start, span.end)
        or _glued_dash(text, start, span.end, body)
    )
    if found is None:
        return []
    cue, subject, content, stance, hedge = found
    if subject is None:
        if not body:
            return []
        source = Source(body[0].speaker, None, body[0].speaker_kind)
    else:
        source = _matched(
            text[subject[0] : subject[1]], body, text[content[0] : content[1]], text[span.end :], lex
        )
    second = _second_cue(text, content, lex)
    if second is not None:  # 'Firm denies plant sale, says talks continue': two statements of one source
        content = (content[0], second[0])
    made = [_statement(text, source, cue, content, stance, hedge, (), lex)]
    if second is not None:
        _, cue_span, rest = second
        info = lex.headline_active[text[cue_span[0] : cue_span[1]].lower()]
        made.append(
            _statement(text, source, text[cue_span[0] : cue_span[1]], rest, info.stance, info.hedge, (), lex)
        )
    semicolon = text.find(";", content[1], span.end) if second is None else -1
    other = _active(text, semicolon + 1, span.end, lex) if semicolon >= 0 else None
    comma = text.find(",", content[0], content[1]) if second is None and semicolon < 0 else -1
    if comma >= 0 and subject is not None and subject[1] <= content[0]:
        other = _active(text, comma + 1, span.end, lex)  # 'Residents fear floods, officials urge calm'
        if other is not None and other[1] is not None and other[1][0] > comma:
            made[0] = _statement(text, source, cue, (content[0], comma), stance, hedge, (), lex)
            content = (content[0], comma)
        else:
            other = None
    other_cue, other_subject, other_content, other_stance, other_hedge = other or (
        "",
        None,
        (0, 0),
        "",
        False,
    )
    if other_subject is not None:  # 'X says ...; Y rejects claim': a second source
        other_source = _matched(
            text[other_subject[0] : other_subject[1]],
            body,
            text[other_content[0] : other_content[1]],
            text[span.end :],
            lex,
        )
        made.append(
            _statement(text, other_source, other_cue, other_content, other_stance, other_hedge, (), lex)
        )
    inner = _relayed(text, content, lex)
    if inner is not None:
        inner_cue, inner_subject, inner_content, info = inner
        relayed = parse(text[inner_subject[0] : inner_subject[1]], lex).source
        made.append(
            _statement(text, relayed, inner_cue, inner_content, info.stance, info.hedge, (source.name,), lex)
        )
    return made


def _statement(
    text: str,
    source: Source,
    cue: str,
    content: tuple[int, int],
    stance: str,
    hedge: bool,
    via: tuple[str, ...],
    lex: Lexicon,
) -> Statement:
    """A headline Statement; a content that rejects a claim makes it a denial."""
    words = text[content[0] : content[1]]
    rejected = denial_in(words, lex) if stance == "assert" else None
    stance, aim = ("deny", rejected) if rejected else (stance, target(words, stance, lex))
    speaker = Source(source.name, source.role, source.kind)
    closing = text[content[1] : content[1] + 2].lstrip(",")[:1]
    marked = content[0] > 0 and text[content[0] - 1] in _MARKS and closing in _MARKS
    found = build.Found(
        speaker,
        cue,
        content,
        "direct" if marked else _quote_type(words),  # "'We stay,' says mayor": marks around the content
        stance,
        hedged(words, hedge, lex),
        aim,
        via=via,
        in_headline=True,
    )
    return build.statement(text, found, None, build.english())


def _quote_type(words: str) -> QuoteType:
    """A headline's quote type: a quoted fragment of two or more words that are no name
    ("tax 'biggest own goal'") makes it mixed, the whole content quoted direct."""
    spoken = [
        q
        for q in _HEADLINE_QUOTE.finditer(words)
        if len(q.group(1).split()) >= 2 and not all(w[:1].isupper() for w in q.group(1).split())
    ]
    if not spoken:
        return "indirect"
    whole = len(spoken) == 1 and spoken[0].start() == 0 and spoken[0].end() >= len(words.rstrip(" .!?"))
    return "direct" if whole else "mixed"


_HEADLINE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘\"“]([^'’\"”]{2,120}?)['’\"”](?=[\s,.;:!?]|$)")
_RELAYED_SUBJECT_WORDS = 3
_SECOND = re.compile(r"\s*(?:,|;|\band\b)\s+([\w'-]+)\s+(?=\S)")


def _second_cue(
    text: str, content: tuple[int, int], lex: Lexicon
) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """A second cue of the same source after a comma, 'and' or semicolon in a headline ('..., says
    talks continue'): where the first content ends, the cue, and the second content."""
    for match in _SECOND.finditer(text, content[0], content[1]):
        info = lex.headline_active.get(match.group(1).lower())
        joined = match.group().split()[0].lower() == "and"
        if info is None or info.participle or (joined and match.group(1).lower() not in lex.cues):
            continue  # 'denies fraud and claims ...': a form that is also a noun opens no second statement
        rest = _stripped(text, match.end(), content[1])
        if rest is not None:
            return match.start(), match.span(1), rest
    return None


def _relayed(
    text: str, content: tuple[int, int], lex: Lexicon
) -> tuple[str, tuple[int, int], tuple[int, int], Cue] | None:
    """A statement a headline relays: 'Coach says owner promised new deal' -> the owner promised."""
    words = list(_HEADLINE_WORD.finditer(text, content[0], content[1]))
    for k, word in enumerate(words[1 : _RELAYED_SUBJECT_WORDS + 1], 1):
        info = lex.cues.get(word.group().lower())
        if info is None or info.participle or k + 1 >= len(words):
            continue
        subject = (words[0].start(), words[k - 1].end())
        if not _source_like(text[subject[0] : subject[1]], lex):
            return None
        return word.group(), subject, (words[k + 1].start(), content[1]), info
    return None


Found = tuple[str, "tuple[int, int] | None", tuple[int, int], str, bool]


def _active(text: str, start: int, end: int, lex: Lexicon) -> Found | None:
    """'X SAYS Y', 'Y, X says', 'Bakery chain rejects Y', 'Governor rules out Y' (cue: first word)."""
    for match in _HEADLINE_WORD.finditer(text, _attribution_tail(text, start, end, lex), end):
        key = match.group().lower()
        after = _HEADLINE_WORD.match(text, match.end() + 1, end) if match.end() < end else None
        phrase = f"{key} {after.group().lower()}" if after else ""
        if after is not None and phrase in lex.headline_active:
            key, content_start = phrase, after.end()
        elif key in lex.headline_active:
            content_start = match.end()
        else:
            continue
        if match.start() == start:
            continue
        cue_start, cue_end = match.span()
        inverted = _inverted(text, (start, end), (cue_start, content_start), lex)
        if inverted is not None:
            info = lex.headline_active[key]
            return text[cue_start:cue_end], inverted[0], inverted[1], info.stance, info.hedge
        comma = text.rfind(",", start, cue_start)
        subject_start = comma + 1 if comma >= 0 else start
        colon = text.rfind(":", subject_start, cue_start)
        subject_start = colon + 1 if colon >= 0 else subject_start  # 'Sudan war: Army says ...'
        closing = comma >= 0 and text[comma + 1 : comma + 2] in _MARKS  # "'We stay,' union says"
        subject_start += 1 if closing else 0
        for joint in _HEADLINE_WORD.finditer(text, subject_start, cue_start):
            if joint.group().lower() in lex.words["subordinators"]:  # 'Shares fall as bank warns ...'
                subject_start = joint.end()
        subject = _stripped(text, subject_start, cue_start)
        if subject is None:
            subject = clause_subject(text, start, cue_start, lex)
        info = lex.headline_active[key]
        topic = _TOPIC.match(text, content_start, end)
        content_start = topic.end() if topic else content_start  # 'Chief Warns of Difficult Year'
        semicolon = text.find(";", content_start, end)  # 'Minister says budget on track; rivals ...'
        stop = semicolon if semicolon >= 0 else end
        content = _stripped(text, content_start, _content_end(text, content_start, stop, info))
        if content is None and comma >= 0:
            content = _stripped(text, start, comma)
            if content and closing and text[content[0]] in _MARKS:
                content = (content[0] + 1, content[1])  # the marks around the whole content
        if subject is None or content is None:
            continue
        if _circumstance(text, content[0], content[1]) and not _infinitive(text, content[0], info):
            continue
        if key not in lex.cues and not _source_like(text[subject[0] : subject[1]], lex):
            continue  # 'Safety claims hit shares': a noun-like form needs a subject that can speak
        if info.object == "report" and not _claim_object(text[content[0] : content[1]], lex):
            continue  # 'UNION REJECTS CONTRACT' turns down an offer, it rejects no claim
        return text[cue_start:cue_end], subject, content, info.stance, info.hedge
    return None


def _attribution_tail(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where to look for the cue: after the last comma when a short source and its cue end the
    headline ('U.S. Will Defend Ally, President Says', '..., says envoy'), so that a cue-like verb
    of the content ('Defend') is not taken for it; else the headline's start."""
    comma = text.rfind(",", start, end)
    if comma < 0:
        return start
    words = [w.group() for w in _HEADLINE_WORD.finditer(text, comma + 1, end)]
    if not 1 < len(words) <= _INVERTED_WORDS:
        return start
    last, first = words[-1].lower(), words[0].lower()
    said = lex.headline_active.get(last) or lex.headline_active.get(first)
    source = " ".join(words[:-1] if last in lex.headline_active else words[1:])
    return comma + 1 if said is not None and _source_like(source, lex) else start


def _claim_object(content: str, lex: Lexicon) -> bool:
    """True when a rejection's object is a claim ('REJECTS FUNDING CLAIMS') or is labelled false."""
    words = content.lower().replace("'", " ").split()
    return any(lex.has("report_nouns", w) for w in words) or lex.deny_pattern.search(content) is not None


def _inverted(
    text: str, span: tuple[int, int], cue: tuple[int, int], lex: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Prices will fall, says bank chief' / "'We will rebuild', vows mayor": the cue right after the
    comma, a short speaker after it; returns the subject and content spans."""
    before = text[span[0] : cue[0]].rstrip()
    closed = before[-2:-1] == "," and before[-1:] in _MARKS  # "'We will rebuild,' vows mayor"
    if not (before.endswith(",") or closed):
        return None
    comma = span[0] + len(before) - (0 if closed else 1)  # a closing mark stays with the content
    tail = _NP_TAIL.search(text, cue[1], span[1])  # "'We were robbed,' says coach after defeat"
    subject = _stripped(text, cue[1], tail.start() if tail else span[1])
    content = _stripped(text, span[0], comma)
    if subject is None or content is None or len(text[subject[0] : subject[1]].split()) > _INVERTED_WORDS:
        return None
    if content[1] - content[0] > 2 and text[content[0]] in _MARKS and text[content[1] - 1] in _MARKS:
        content = (content[0] + 1, content[1] - 1)  # the quotation marks around the whole content
        content = _stripped(text, *content) or content  # and the comma inside them
    speaker = text[subject[0] : subject[1]]
    long_words = [w for w in text[span[0] : span[1]].split() if len(w) > 3]
    if all(
        w[:1].isupper() for w in long_words
    ):  # capitals tell nothing: 'TOWN TO RATION WATER, FEARS DRY SUMMER'
        return (subject, content) if _source_noun(speaker, lex) else None
    return (subject, content) if _source_like(speaker, lex) else None


_INVERTED_WORDS = 6
_TOPIC = re.compile(r"\s+(?i:of|against)\s+(?=\S)")
_MARKS = "'\"‘’“”"
_HEADLINE_WORD = re.compile(r"[\w.'-]+")
_CIRCUMSTANCE = re.compile(r"(?:in|at|on|before|after|during|over|for|to|with|amid)\b", re.I)
_NP_TAIL = re.compile(r"\s+(?:after|before|during|following|amid|despite|at|as)\s", re.I)


def _source_like(subject: str, lex: Lexicon) -> bool:
    """True for a headline subject that can speak: a listed source noun, an acronym, or a name."""
    words = subject.replace("'s", "").replace("’s", "").split()
    if not words:
        return False
    if _source_noun(subject, lex):
        return True
    return words[-1].isupper() or (not subject.isupper() and any(w[:1].isupper() for w in words[1:]))


def _source_noun(subject: str, lex: Lexicon) -> bool:
    """True when a phrase's head is a listed source noun (title, anonymous head, organisation...)."""
    words = subject.replace("'s", "").replace("’s", "").split()
    head = words[-1].strip("'’").lower() if words else ""
    nouns = ("titles", "anonymous", "organizations", "documents", "outlet_nouns")
    return bool(head) and any(lex.has(kind, head) or lex.has(kind, head.removesuffix("s")) for kind in nouns)


def _circumstance(text: str, start: int, end: int) -> bool:
    """A headline 'content' that is only a circumstance ('testifies in fraud trial'): no statement."""
    return _CIRCUMSTANCE.match(text, start, end) is not None


def _infinitive(text: str, start: int, info: Cue) -> bool:
    """'Studio hopes to start filming': a cue of intent or attitude takes a to-infinitive content."""
    takes = info.attitude or (info.object in {"np", "clause"} and not info.addressee)
    return takes and text[start : start + 3].lower() == "to "


def _content_end(text: str, start: int, end: int, info: Cue) -> int:
    """A noun-phrase content ends before a circumstance: 'praises striker after derby'."""
    if info.object not in {"np", "as", "report"}:
        return end
    tail = _NP_TAIL.search(text, start, end)
    return tail.start() if tail else end


def _colon(text: str, start: int, end: int, lex: Lexicon) -> Found | None:
    """'Port director: dock reopening weeks away': a short source phrase before a colon speaks."""
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    subject = _stripped(text, start, colon)
    content = _stripped(text, colon + 1, end)
    if subject is None or content is None or len(text[subject[0] : subject[1]].split()) > _COLON_SOURCE_WORDS:
        return None
    if any(word.lower() in lex.cues for word in text[subject[0] : subject[1]].split()):
        return None
    if text[subject[0] : subject[1]].lower() in _GENRE_LABELS:
        return None  # 'Analysis: why ...', 'Q&A: ...': the kind of piece, no source
    return ":", subject, content, "assert", False


_COLON_SOURCE_WORDS = 4
_GENRE_LABELS = frozenset(
    {"analysis", "explainer", "q&a", "watch", "video", "photos", "pictures", "in pictures", "opinion"}
    | {"comment", "editorial", "factbox", "fact box", "timeline", "live", "live updates", "breaking"}
    | {"exclusive", "interview", "review", "profile", "update", "insight", "fact check", "graphic"}
    | {"podcast", "listen", "feature", "briefing", "obituary", "correction", "special report", "poll"}
)


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
    """'... WILL STAY LOW-LINDAHL': a glued dash counts only before a surname the body quotes."""
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


def _matched(written: str, body: list[Statement], content: str, body_text: str, lex: Lexicon) -> Source:
    """The headline's source: the body source it names (by its words or its initials), or, for a
    description ('Bakery chain rejects ...', 'transport chief says ...'), the body source of a compatible
    kind whose statement shares most words with the headline's content."""
    name = " ".join(re.sub(r"\s*<[^>]*>", "", written).split()) or written.strip("<> ")
    owned = name.split()
    if len(owned) > 1 and owned[0].lower().endswith(("'s", "’s")):
        name = " ".join(owned[1:])  # "FED'S JOHNSON": the person, not the body that employs him
    words = set(name.lower().split())
    described = _description(name, body_text, lex)
    for statement in body:
        spoken = set(statement.speaker.lower().split())
        modifier = described and name.lower().split()[-1] != statement.speaker.lower().split()[-1]
        # 'Minister denies ...' is not 'a spokesman for the prime minister': a word after the head
        modifier = modifier or (described and not words <= set(_before_preposition(statement.speaker)))
        if words and spoken and (words <= spoken or spoken <= words) and not modifier:
            return Source(statement.speaker if spoken > words else name, None, statement.speaker_kind)
        if _initials(name, statement.speaker):
            return Source(statement.speaker, None, statement.speaker_kind)
    kinds = _wanted_kinds(name.lower(), lex)
    for statement in body:  # 'CHIPMAKER WARNS ...' for 'chipmaker Hanil Semiconductor warned ...'
        role = set((statement.speaker_role or "").lower().split())
        if words and words <= role and _common_nouns(words, lex) and statement.speaker_kind in kinds:
            return Source(statement.speaker, _as_role(name), statement.speaker_kind)
    parsed = parse(_title_case(name), lex).source
    if body and _capital_description(name, lex):  # 'MINISTER SAYS', 'EX-BANK CHIEF SEES'
        wanted = _wanted_kinds(name.lower(), lex)
        candidates = [s for s in body if s.speaker_kind in wanted]
        if candidates:
            best = max(
                candidates, key=lambda s: (_titled(name, s), _shared(content, s.content), -body.index(s))
            )
            titled: str | None = _as_role(name) if best.speaker_kind != "anonymous" else None
            return Source(best.speaker, titled, best.speaker_kind)
    if not body or not _description(name, body_text, lex):
        return Source(name, None, parsed.kind)
    wanted = _wanted_kinds(name, lex)
    candidates = [s for s in body if s.speaker_kind in wanted]
    if not candidates:  # 'Analyst says ...' over a body where only a ministry speaks: as written
        return Source(name, None, parsed.kind)
    best = max(candidates, key=lambda s: (_titled(name, s), _shared(content, s.content), -body.index(s)))
    named = best.speaker != name and best.speaker_kind != "anonymous"  # a description needs no role
    return Source(best.speaker, _as_role(name) if named else None, best.speaker_kind)


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "du"})


def _title_case(name: str) -> str:
    """A headline's source as a name is written ('Bank of Japan' for 'BANK OF JAPAN' or 'Bank Of
    Japan'): small linking words stay lower case, so they are no part of a personal name."""
    words = name.title().split()
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))


def _before_preposition(speaker: str) -> list[str]:
    """The words of a source before its first preposition ('spokesman' of 'spokesman for the
    ministry'), lower-cased."""
    words = speaker.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return words[:cut]


_HEAD_ENDS = frozenset({"for", "of", "to", "at", "in", "with", "from", "on"})


def _titled(description: str, statement: Statement) -> bool:
    """True when a body source carries the headline's description as its role ('Chief executive
    says' and 'Ola Nygaard, chief executive of ...'): the headline means that one."""
    head = description.lower().split()[-1].split("-")[-1]
    return head in (statement.speaker_role or "").lower().replace(",", " ").split()


def _as_role(description: str) -> str:
    """A headline description kept as the matched speaker's role, as written."""
    return " ".join(description.split())


def _common_nouns(words: set[str], lex: Lexicon) -> bool:
    """True for lower-cased headline words that only describe: listed source nouns, '-maker'."""
    lists = ("titles", "organizations", "anonymous")
    return all(w.endswith("maker") or any(lex.has(name, w) for name in lists) for w in words)


def _initials(acronym: str, name: str) -> bool:
    """'ECB' for 'European Central Bank', 'FM' for 'foreign minister'."""
    letters = "".join(w[0] for w in name.split() if w[:1].isalpha() and w.lower() not in {"of", "the", "and"})
    return acronym.isupper() and len(acronym) >= 2 and acronym == letters.upper()


def _description(name: str, text: str, lex: Lexicon) -> bool:
    """True for a headline subject that describes rather than names ('Bakery', 'Port director'):
    lower-case words after the first, or one word that is no place and no name the body writes."""
    words = name.split()
    if any(w.isupper() for w in words):
        return False
    if len(words) > 1:
        return all(w[:1].islower() for w in words[1:])
    if any(lex.has(kind, name) for kind in ("titles", "organizations", "anonymous", "outlet_nouns")):
        return True
    return (
        name not in lex.words["place_prefixes"]
        and re.search(rf"(?<![.\n] ){re.escape(name)}\b", text) is None
    )


_DESCRIPTION_WORDS = 3


def _capital_description(name: str, lex: Lexicon) -> bool:
    """True for a description in a capitalised headline ('MINISTER', 'EX-BANK CHIEF'): a few words
    ending in a singular title, no office word ('TRADE') and no plural ('INSTITUTES' stays as written)."""
    words = name.lower().split()
    head = words[-1].split("-")[-1] if words else ""
    return (
        name.isupper()
        and 0 < len(words) <= _DESCRIPTION_WORDS
        and head in lex.words["titles"]
        and (head not in lex.words["office_words"] or head in _HEAD_OFFICE_WORDS)
        and not head.endswith("s")
    )


_HEAD_OFFICE_WORDS = frozenset({"chief", "general"})  # office words that also head a role ('BANK CHIEF')


def _wanted_kinds(name: str, lex: Lexicon) -> set[str]:
    """The body kinds a description can name: people for titles, bodies for organisation nouns."""
    head = name.split()[-1].lower().rstrip("s").removesuffix("'")
    if head in lex.words["outlet_nouns"] or head in lex.words["documents"]:
        return {"document", "organization"}
    if head in lex.words["organizations"]:
        return {"organization"}
    if head in lex.words["titles"] or head in lex.words["anonymous"]:
        return {"person", "anonymous"}
    return {"person", "organization", "anonymous", "document"}


_CONTENT_WORD = re.compile(r"[a-z]{3,}")


def _shared(headline: str, content: str) -> int:
    """How many content words (four letters or more, stem-cut) a headline and a statement share."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in _CONTENT_WORD.findall(text.lower()) if len(w) > 3}

    return len(stems(headline) & stems(content))
