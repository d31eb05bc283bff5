"""Drafts -> Statements: sources resolved in text order, relays, inherited denials, follow-up quotes."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from typing import Generic, TypeVar

from rawi.records import Article, QuoteType, Statement
from rawi.statements import build
from rawi.statements.english.claims import CALL, CLAIM
from rawi.statements.english.finder import Draft
from rawi.statements.english.judge import (
    aside_outlet,
    confirmation_in,
    day_words,
    denial_in,
    hedged,
    interview_outlet,
    quote_type,
    relayed_outlet,
    target,
    told_outlet,
)
from rawi.statements.english.lexicon import Lexicon
from rawi.statements.english.phrases import clause_subject
from rawi.statements.english.speakers import (
    COMPANY_SUFFIXES,
    Context,
    Genders,
    History,
    Phrase,
    Source,
    bare_surname,
    business_mentions,
    company_mentions,
    genders,
    name_endings,
    name_mentions,
    parse,
    resolve,
    role_mentions,
)
from rawi.statements.english.text import DATELINE, QUOTE_MARKS, Block, Sentence, sentences
from rawi.statements.english.tidy import content_bounds, direct_end


@dataclass(frozen=True)
class Resolved:
    """A draft with its source and relay chain settled."""

    draft: Draft
    source: Source
    via: tuple[str, ...]


def continued(text: str, sentence: Sentence, previous: Draft, lex: Lexicon) -> Draft | None:
    """A cue-less sentence that carries on the previous statement.

    After a trailing quote ('"...," he told Reuters.') a quoted sentence is a new statement of
    the same source; after a leading content that reached its sentence end, a quoted sentence
    or one opened by 'But'/'And' extends it, unless it tells what the speaker would not do
    ('But he did not elaborate.').
    """
    opens_quote = text[sentence.start] in QUOTE_MARKS
    if previous.trailing or (opens_quote and _quoted_content(text, previous)):
        closing = direct_end(sentence.start, sentence.block) if opens_quote else None
        if closing is None or text[closing + 1 : sentence.end].strip(" .") != "":
            return None
        bounds = content_bounds(text, sentence.start, sentence.end, sentence.block)
        return replace(previous, content=bounds, sentence=sentence) if bounds else None
    reaches_end = text[previous.content[1] : previous.sentence.end].strip(' ."”') == ""
    starts = text[sentence.start : sentence.start + 5].split()[:1]
    opener = starts and starts[0] in {"But", "And", "However,"} and not _refusal(text, sentence, lex)
    if reaches_end and (opens_quote or opener):
        bounds = content_bounds(text, previous.content[0], sentence.end, sentence.block)
        return replace(previous, content=bounds) if bounds else None
    return None


def _quoted_content(text: str, draft: Draft) -> bool:
    """True when a leading content is a quotation closed before its sentence ends ('said, "The
    ruling is long" about the case.'): a quoted sentence after it is a new one of the same source."""
    start, end = draft.content
    before = text[draft.cue_end : start].rstrip()
    closed = text[end : end + 2].lstrip(".,!?")[:1]
    tail = text[end : draft.sentence.end].strip(' .,"”')
    return bool(before) and before[-1] in QUOTE_MARKS and closed in QUOTE_MARKS and bool(tail)


def _refusal(text: str, sentence: Sentence, lex: Lexicon) -> bool:
    """True when a refusal verb phrase follows the sentence's short subject ('But she declined to
    give figures', 'And he did not say when'): the reporter speaks of the speaker."""
    words = text[sentence.start : sentence.end].split()[1:6]
    said = " ".join(w.lower().strip(",") for w in words)
    return any(f" {verb} " in f" {said} " for verb in lex.words["refusal_verbs"])


@dataclass(frozen=True)
class Names:
    """The names an article writes out, in text order, to resolve sources against."""

    people: dict[str, str]  # surname -> full name
    titled: list[tuple[int, str]]  # personal names introduced by a title
    named: list[tuple[int, str]]  # every personal name
    firms: list[tuple[int, str]]  # companies ('Apex Mining Corp', '<Teck Corp>')
    bodies: list[tuple[int, str]]  # companies and institutions
    roles: list[tuple[int, str, str]]  # people named with a role, and the role
    companies: tuple[str, ...]  # every body named, once each
    said_bodies: _Latest[str]  # the bodies named before an offset
    said_roles: _Latest[tuple[str, str]]  # the (person, role) pairs written before an offset
    endings: dict[str, str]  # lower-case word ending -> the first full name in `people` with it
    surnames: dict[str, frozenset[str]]  # last word -> the full names in `people` ending with it
    genders: Genders  # who is 'he' and who 'she'

    def context(self, at: int) -> Context:
        """What is known at offset `at`: full names, and the nearest person and company before it."""
        k = bisect_left(self.named, (at, ""))
        return Context(
            self.people,
            _before(self.titled, at) or _before(self.named, at),
            _before(self.firms, at),
            self.companies,
            self.said_bodies.before(at),
            self.said_roles.before(at),
            self.endings,
            self.surnames,
            self.genders,
            tuple(name for _, name in self.named[max(0, k - _PERSONS_BACK) : k]),
            tuple(self.named[max(0, k - _PERSONS_BACK) : k]),
        )


T = TypeVar("T")


class _Latest(Generic[T]):
    """The values mentioned before an offset, each once at its last mention, in text order.

    Every look-back over what was named so far finds the same in this as in the full list of
    mentions, in as many steps as there are distinct values (a long article repeats a few); asked
    in text order, each mention is read once.
    """

    def __init__(self, mentions: list[tuple[int, T]]) -> None:
        self._mentions = mentions
        self._read = 0
        self._seen: dict[T, None] = {}

    def before(self, at: int) -> tuple[T, ...]:
        """The distinct values mentioned before offset `at`."""
        upto = bisect_left(self._mentions, at, key=_offset)
        if upto < self._read:
            self._read, self._seen = 0, {}
        for _, value in self._mentions[self._read : upto]:
            self._seen.pop(value, None)
            self._seen[value] = None
        self._read = upto
        return tuple(self._seen)


def _offset(mention: tuple[int, object]) -> int:
    return mention[0]


def names_of(text: str, lex: Lexicon) -> Names:
    """Every personal and company name the text writes out."""
    named = name_mentions(text, lex)
    mentions = [(at, name, bool(titles)) for at, name, titles in named]
    businesses = business_mentions(text, lex)
    bodies = sorted(company_mentions(text) + businesses)
    people = build.FamilyNames[str](build.english())
    roles = role_mentions(text, named, lex)
    for _, name, _ in mentions:
        surname = name.split()[-1]
        people.add(surname, name)
        people.add(surname.split("-", 1)[-1], name)
    return Names(
        people,
        [(at, name) for at, name, by_title in mentions if by_title],
        [(at, name) for at, name, _ in mentions],
        sorted(
            [(at, name) for at, name in bodies if text[at] == "<" or name.split()[-1] in COMPANY_SUFFIXES]
            + businesses
        ),
        bodies,
        roles,
        tuple(dict.fromkeys(name for _, name in bodies)),
        _Latest(bodies),
        _Latest([(at, (name, role)) for at, name, role in roles]),
        *_people_index(people),
        genders(
            [(name, titles) for _, name, titles in named] + [(name, role.split()) for _, name, role in roles],
            lex,
        ),
    )


def _people_index(people: dict[str, str]) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The full names by word ending (the first with each) and by last word (all of them)."""
    endings: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for full in people.values():
        for ending, name in name_endings(full).items():
            endings.setdefault(ending, name)
        surnames.setdefault(full.split()[-1], set()).add(full)
    return endings, {last: frozenset(fulls) for last, fulls in surnames.items()}


def resolve_drafts(article: Article, drafts: list[Draft], lex: Lexicon) -> list[Resolved]:
    """Each draft's source (pronouns, descriptions, elided subjects) and relay chain, in text order."""
    text = article.text
    history = History()
    done: list[Resolved] = []
    reach: list[int] = []  # the furthest content end among done[: k + 1]
    names = names_of(text, lex)
    own = (*article.sources, article.outlet) if article.outlet else article.sources
    for draft in drafts:
        outer = _attitude_host(text, draft, done, lex) or _outer(draft, done, reach)
        context = names.context(draft.cue_start)
        source = _source(text, draft, outer, done, (history, context), lex)
        if source is None or _restated(text, draft, outer, lex):
            continue
        if (
            draft.subject
            and bare_surname(source, context)
            and _PERSONAL_APPOSITION.match(text, draft.subject[1])
        ):
            source = replace(source, kind="person")  # 'Karsten, 54, said', 'said Karsten, who farms'
        frame = draft.frame_text(text)
        via = (
            told_outlet(frame, own, lex)
            or relayed_outlet(text, (draft.sentence.start, draft.cue_start), frame, own, lex)
            or interview_outlet(frame, draft.info.lemma == "tell", own)
            or aside_outlet(_aside(text, draft) + " " + frame, own, lex)
        )
        relay = None
        if draft.relay:
            relay = resolve(parse(text[draft.relay[0] : draft.relay[1]], lex), history, context)
            via = (relay.name, *via)
        if outer is not None and _relayed(text, draft, source, outer):
            via = build.relayed_via(source.name, via, (outer.source.name, outer.via), build.english())
        elif draft.subject is None and done and not via:
            via = done[-1].via if done[-1].draft.sentence.block is draft.sentence.block else ()
        elif done and not via and _follow_up(text, draft, source, done[-1], lex):
            via = done[-1].via
        done.append(Resolved(draft, source, build.own_via(source.name, via, build.english())))
        reach.append(max(draft.content[1], reach[-1] if reach else 0))
        for said in [source] if relay is None else [source, relay]:
            history.add(said)
    return _late_relays(
        text, _people_typed_once(text, _issuers_named_later(text, _named_later(text, done, lex), lex))
    )


_ISSUER_REACH = 400  # characters after a document's statement in which its issuer may be named


def _issuers_named_later(text: str, done: list[Resolved], lex: Lexicon) -> list[Resolved]:
    """'denied a newspaper story that said ...' then 'The story, published by the Evening Star,
    said ...', 'the website that first published the claims', 'The claims were first made in a video
    posted by a consumer group': an unnamed report is the one the text soon says who issued."""
    out = []
    for item in done:
        source = item.source
        if source.kind == "document" and source.name[:1].lower() + source.name[1:] == source.name.lower():
            patterns = _issuer_patterns(source.name.split()[-1], lex.words["report_nouns"])
            window = text[item.draft.content[1] : item.draft.content[1] + _ISSUER_REACH]
            found = next((m for p in patterns if (m := p.search(window))), None)
            if found:
                issuer = " ".join(found.group(1).split())
                # 'a consumer group' is anonymous, 'the Evening Star' or 'the daily Aftenbladet' a paper
                paper = found.re is patterns[-1]
                kind = "document" if paper else parse(issuer, lex).source.kind
                item = replace(item, source=replace(source, name=issuer, kind=kind))
        out.append(item)
    return out


@cache
def _issuer_patterns(head: str, claims: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The phrasings that name who issued a report with head noun `head`, compiled once per head."""
    nouns = "|".join(sorted(claims, key=len, reverse=True))
    return (
        re.compile(rf"\b[Tt]he\s+{re.escape(head)}\b,?\s+{_ISSUED_BY}"),
        re.compile(
            rf"\b((?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?that\s+(?:first\s+)?{_ISSUING}\s+the\s+(?:{nouns}))\b"
        ),
        re.compile(
            rf"\b[Tt]he\s+(?:{nouns})\s+(?:was|were|had\s+been)\s+(?:first\s+)?{_ISSUING}\b[^.;]{{0,60}}?"
            rf"\bby\s+((?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)(?=\s*[.,;]|\s+(?:on|in|last)\b)"
        ),
        re.compile(
            rf"\b(?:[Tt]he\s+)?{_PAPER}\s+((?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}))\s+(?:had\s+)?reported\b"
        ),
    )


_PAPER = (
    r"(?:daily|weekly|newspaper|paper|tabloid|magazine|broadcaster|website)"  # 'The daily X had reported'
)


_ISSUING = r"(?:published|made|issued|released|carried|reported|aired|broadcast|ran|run|posted|leaked|spread)"


_ISSUED_BY = (
    r"(?:[a-z]+\s+)?(?:published|issued|released|written|carried|run|printed|aired|broadcast)\s+"
    r"(?:by|in|on)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)


def _hedged_cue(text: str, draft: Draft) -> bool:
    """'The mayor reportedly said ...': an evidential adverb on the cue puts its content in doubt."""
    return _HEDGED_CUE.search(text, max(0, draft.cue_start - 20), draft.cue_start) is not None


_HEDGED_CUE = re.compile(r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\s+$", re.I)


def _personal(text: str, item: Resolved) -> bool:
    """True when a statement shows its speaker a person: 'I' or 'my' in its own quotation, 'he' or
    'she' opening its reported clause ('Lee said he would stay'), or 'his'/'her' where it is told
    ('Lee told his lawyer')."""
    start, end = item.draft.content
    quoted = start > 0 and text[start - 1] in QUOTE_MARKS
    said = _FIRST_PERSON.search(text, start, end) if quoted else _HUMAN.match(text, start, end)
    frame = text[item.draft.frame[0] : item.draft.frame[1]]
    return said is not None or _HUMAN_OWNER.search(frame) is not None


_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us|I|my|me)\b")  # the inner speaker's own words
_HUMAN = re.compile(r"(?:he|she)\b")
_HUMAN_OWNER = re.compile(r"\b(?:his|her|him)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]e|[Mm]y|[Mm]yself)\b")
_PERSONAL_APPOSITION = re.compile(r"\s*,\s*(?:who\b|(?:aged\s+)?\d{1,3}\s*,)")


def _people_typed_once(text: str, done: list[Resolved]) -> list[Resolved]:
    """A one-word name typed a body where nothing showed more ('Karsten said') is the person a
    later 'he said', 'Karsten, who ...' or an 'I' in its own quotation showed it to be: one kind
    per name in an article."""
    people = {item.source.name for item in done if item.source.kind == "person"}
    people |= {
        item.source.name for item in done if item.source.kind == "organization" and _personal(text, item)
    }
    return [
        replace(item, source=replace(item.source, kind="person"))
        if item.source.kind == "organization"
        and item.source.name in people
        and len(item.source.name.split()) == 1
        else item
        for item in done
    ]


def _body_described(role: str, lex: Lexicon) -> bool:
    """Is a name's appositive role a short description by a body noun ('the operator', 'the
    state carrier'), not a person's job ('a broker with X Inc.')?"""
    words = role.lower().strip(",. ").split()
    short = 2 <= len(words) <= 3 and words[0] in lex.words["determiners"]
    return short and lex.has("organizations", words[-1])


_NAMED_REACH = 4  # statements ahead in which a described speaker may be named


def _named_later(text: str, done: list[Resolved], lex: Lexicon) -> list[Resolved]:
    """'..., his lawyer said.' then 'Lawyer Mehmet Demir told ...': a speaker given only by a title
    with 'the' or a possessive is the person named soon after with that title (decision 3)."""
    out = []
    for i, item in enumerate(done):
        source, subject = item.source, item.draft.subject
        words = source.name.lower().split()
        opener = text[subject[0] : subject[1]].split()[0].lower() if subject is not None else ""
        described = opener in _POINTERS
        owned = opener.endswith(("'s", "’s")) and source.kind == "person"  # "Norway's finance minister"
        if ((source.kind == "anonymous" and described) or owned) and words and lex.has("titles", words[-1]):
            later = (
                r.source
                for r in done[i + 1 : i + 1 + _NAMED_REACH]
                if r.source.kind == "person"
                and r.source.role
                and set(words) <= set(r.source.role.lower().split())
            )
            named = next(later, None) or _named_next(source, done[i + 1 : i + 1 + _NEXT_REACH])
            if named is not None:
                item = replace(item, source=Source(named.name, named.role, "person", via=source.via))
        elif source.kind == "organization" and described and source.name.islower():
            body = _body_named_later(words[-1], done[i + 1 : i + 1 + _NAMED_REACH])
            if body is not None:  # 'the port operator said' then 'The operator, Elbe Terminals AG, said'
                item = replace(item, source=Source(body.name, source.name, "organization", via=source.via))
        out.append(item)
    return out


def _named_next(source: Source, later: list[Resolved]) -> Source | None:
    """'Norway's finance minister denied the report.' then '"...," Ingrid Solheim told reporters':
    a unique office described first is the person the next statements name without a role of
    their own; a description that speaks for others ('a spokesman') or is plural is no one named."""
    words = source.name.lower().split()
    if source.plural or words[-1] in _SPEAKING_FOR or words[0] in {"a", "an", "one"}:
        return None
    for r in later:
        if r.source.kind == "person" and len(r.source.name.split()) > 1:
            return Source(r.source.name, source.name, "person") if r.source.role is None else None
    return None


_NEXT_REACH = 2  # statements after a description in which the person it describes is named


def _body_named_later(head: str, later: list[Resolved]) -> Source | None:
    """The body a later statement names with this head noun as its role ('The operator, X, said')."""
    for r in later:
        role = (r.source.role or "").lower().split()
        if r.source.kind == "organization" and not r.source.name.islower() and role and role[-1] == head:
            return r.source
    return None


_POINTERS = frozenset({"the", "his", "her", "its", "their"})


def _follow_up(text: str, draft: Draft, source: Source, previous: Resolved, lex: Lexicon) -> bool:
    """'He added that ...' right after the same speaker's interview keeps its via."""
    if draft.subject is None or draft.info.lemma not in lex.words["continuation_lemmas"]:
        return False
    pronoun = text[draft.subject[0] : draft.subject[1]].lower() in lex.pronouns
    return pronoun and previous.source.name == source.name


def _describes_the_object(text: str, subject: tuple[int, int], role: tuple[int, int], lex: Lexicon) -> bool:
    """'A spokesman for the airport, a private company that ..., said': an apposition headed by a
    body noun describes the body the speaker speaks for, not the speaker."""
    said = text[subject[0] : subject[1]].lower().split()
    if not any(w in {"for", "of", "at"} for w in said[1:]):
        return False
    words = [w.strip(",.'’").lower() for w in text[role[0] : role[1]].split()]
    cut = next((k for k, w in enumerate(words) if w in _ROLE_HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    return lex.has("organizations", head) or lex.has("company_descriptions", head)


_ROLE_HEAD_ENDS = frozenset({"that", "which", "who", "with", "in", "of", "for", "based", "owned", "whose"})


def _aside(text: str, draft: Draft) -> str:
    """The words between a leading draft's subject and its cue ('X, speaking to the Gazette, said')."""
    if draft.subject is None or draft.trailing or draft.subject[1] > draft.cue_start:
        return ""
    return text[draft.subject[1] : draft.cue_start]


def _attitude_host(text: str, draft: Draft, done: list[Resolved], lex: Lexicon) -> Resolved | None:
    """'Brokers said the bank raised its forecast, expecting a profit': an attitude participle right
    after a reported clause with a named subject holds that subject's view, relayed by the speaker."""
    if draft.subject is not None or not draft.info.participle or not draft.info.attitude or not done:
        return None
    last = done[-1]
    start, end = last.draft.content
    if last.draft.sentence is not draft.sentence or last.draft.trailing or end > draft.cue_start:
        return None
    if not _JOINT.fullmatch(text, end, draft.cue_start):
        return None
    held = clause_subject(text, start, end, lex)
    if held is None or held[0] != start or text[held[0] : held[1]].lower() in lex.pronouns:
        return None
    return last


_JOINT = re.compile(r"\s*,\s*(?:and\s+)?")


def _restated(text: str, draft: Draft, outer: Resolved | None, lex: Lexicon) -> bool:
    """An attitude inside a statement whose pronoun subject is that statement's own speaker ('the
    firm said it expected to ...'): part of the outer content, not a statement of its own."""
    if outer is None or draft.subject is None or not draft.info.attitude:
        return False
    pronoun = text[draft.subject[0] : draft.subject[1]].lower()
    if pronoun not in lex.pronouns:
        return False
    return (pronoun == "they") == outer.source.plural


def _late_relays(text: str, done: list[Resolved]) -> list[Resolved]:
    """Statements quoted inside a quotation attributed after it are relayed by that attribution:
    '"Farmers told her that ...," one broker said' gives the farmers 'one broker' in via."""
    out = list(done)
    lowest = list(itertools.accumulate((o.draft.content[0] for o in reversed(out)), min))[::-1]
    for k, item in enumerate(out):
        later = _first_holding(out, k, item.draft.cue_start, lowest)
        if item.via or later is None or not _relayed(text, item.draft, item.source, later):
            continue
        relay = (later.source.name, later.via)
        out[k] = replace(item, via=build.relayed_via(item.source.name, (), relay, build.english()))
    return out


def _first_holding(out: list[Resolved], k: int, at: int, lowest: list[int]) -> Resolved | None:
    """The first statement after `out[k]` whose content holds offset `at`; the search stops where no
    later content starts before it (`lowest`: the smallest start from each item on)."""
    for j in range(k + 1, len(out)):
        if lowest[j] > at:
            return None
        start, end = out[j].draft.content
        if start <= at < end:
            return out[j]
    return None


def _before(mentions: list[tuple[int, str]], at: int) -> str | None:
    """The last name mentioned before offset `at` (mentions are in text order)."""
    k = bisect_left(mentions, (at, ""))
    return mentions[k - 1][1] if k else None


def _relayed(text: str, draft: Draft, source: Source, outer: Resolved) -> bool:
    """True when the outer statement passes this one on ('X said officials told him ...'); a
    document only mentioned by it ('a report which said ...', 'denied reports suggesting ...') is not."""
    if outer.draft.info.stance != "assert" or outer.draft.info.object == "report" or draft.info is CLAIM:
        return False  # 'said the rumour that ... was nonsense': a claim noun is mentioned, not passed on
    if outer.draft.info.lemma == "according to" and draft.subject is not None and not _news(outer.source):
        return False  # 'X said Y, according to figures': the figures back Y, they do not relay X
    if source.kind == "document" and draft.subject is not None:
        between = text[draft.subject[1] : draft.cue_start].split()
        return not (draft.info.participle or between in (["which"], ["that"]))
    return True


def _news(source: Source) -> bool:
    """An outlet or the news ('local media', 'state television', 'media reports'): what it says a
    source said, it relays ('Police said ..., according to local media')."""
    return source.outlet or source.head in _NEWS_HEADS


_NEWS_HEADS = frozenset(
    {"media", "television", "radio", "reports", "report", "press", "agency", "newspaper", "paper", "daily"}
    | {"weekly", "tabloid", "magazine", "broadcaster", "channel", "station", "network", "website"}
)


def _outer(draft: Draft, done: list[Resolved], reach: list[int]) -> Resolved | None:
    """The latest statement whose content holds this draft's cue (the relaying one); the look-back
    stops where no earlier content reaches the cue (`reach`: the furthest end up to each item)."""
    for k in range(len(done) - 1, -1, -1):
        if reach[k] <= draft.cue_start:
            return None
        earlier = done[k]
        start, end = earlier.draft.content
        if start <= draft.cue_start < end and earlier.draft is not draft:
            return earlier
    return None


# who was accused: a name, or a short description ('accused the mayor of fraud, a charge he denies')
_ACCUSED = re.compile(
    r"\baccused\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?:the|its|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+of\b"
)


def _name_after_description(text: str, draft: Draft, lex: Lexicon) -> bool:
    """'said the hospital's medical director, Dr. Helen Price': a description ('the', 'a', a
    possessive) before the comma and a capitalised name after it; the name is who speaks."""
    assert draft.subject is not None and draft.role is not None
    described = text[draft.subject[0] : draft.subject[1]].split()
    named = text[draft.role[0] : draft.role[1]].split()
    opener = described[0].lower() if described else ""
    if not named or (opener not in lex.words["determiners"] and opener not in {"one", "another"}):
        return False  # 'the firm's head, Ann Lee', 'One rival, Baltic Line'
    return all(w[:1].isupper() for w in named)


def _source(
    text: str,
    draft: Draft,
    outer: Resolved | None,
    done: list[Resolved],
    known: tuple[History, Context],
    lex: Lexicon,
) -> Source | None:
    """The source of a draft: its written subject resolved, or the clause's speaker when elided."""
    history, context = known
    if draft.subject is not None and draft.role is not None and _name_after_description(text, draft, lex):
        draft = replace(draft, subject=draft.role, role=draft.subject)  # '..., said the firm's head, Ann Lee'
    if draft.subject is not None:
        phrase = parse(text[draft.subject[0] : draft.subject[1]], lex)
        paired = _paired(text, draft)
        if paired is not None:  # 'Gomez, its leader, and Tan, its treasurer, said'
            named = f"{paired} and {text[draft.subject[0] : draft.subject[1]]}"
            heads = text[draft.role[0] : draft.role[1]].split() if draft.role else []
            kind = "organization" if heads and lex.has("organizations", heads[-1].lower()) else "person"
            return replace(resolve(parse(named, lex), history, context), role=None, kind=kind)
        accused = (
            _ACCUSED.search(text, *draft.content) if phrase.pronoun and draft.info.stance == "deny" else None
        )
        if accused:  # 'X accused Kaya of fraud, a charge he denies': he is the one accused
            phrase = parse(accused.group(1), lex)
        centre = (
            _previous_subject(text, (draft, phrase.pronoun), done, context, lex)
            if phrase.pronoun in _CENTRED
            else None
        )
        source = centre or resolve(phrase, history, context)
        if phrase.pronoun in _CENTRED and source.name.lower() == phrase.pronoun:
            source = _sentence_subject(text, draft, phrase.pronoun, (history, context), lex) or source
        if source.name == phrase.source.name and context.recent:
            source = _epithet_holder(text, draft.subject[0], phrase, context, lex) or source
        described = draft.role and _describes_the_object(text, draft.subject, draft.role, lex)
        if draft.role and not described and (not source.role or lex.has("honorifics", source.role)):
            role = " ".join(text[draft.role[0] : draft.role[1]].split())
            source = replace(source, role=role)
            role_head = role.split()[-1].lower().strip(",.'’") if role else ""
            if (
                source.kind == "organization"
                and " " in source.name
                and "," not in role
                and not lex.has("organizations", role_head)
            ):
                source = replace(source, kind="person")
            elif source.kind == "person" and _body_described(role, lex):
                source = replace(source, kind="organization")  # 'The operator, Delta Pipelines, said'
        return source
    if outer is not None and outer.draft.content[1] <= draft.cue_start:  # an attitude's host clause
        held = clause_subject(text, outer.draft.content[0], outer.draft.content[1], lex)
        if held is not None:
            return resolve(parse(text[held[0] : held[1]], lex), history, context)
    same = [
        r for r in _same_sentence(draft, done) if (outer is None or r is not outer) and not _noun_cue(r.draft)
    ]
    if same:
        return _outermost(same).source
    subject = clause_subject(text, draft.sentence.start, draft.cue_start, lex)
    if subject is None:
        return history[-1] if history else None
    return resolve(parse(text[subject[0] : subject[1]], lex), history, context)


def _epithet_holder(text: str, at: int, phrase: Phrase, context: Context, lex: Lexicon) -> Source | None:
    """'Ines Varga, the finance minister, arrived on Monday. The 54-year-old said ...', 'The
    veteran economist said', 'The treasury chief said': a singular 'the' + person noun the article
    gives no one else, shortly after a name, is another description of that person: an age always,
    a role or title when the article gave the name a role of its own."""
    head = phrase.head.lower()
    if (
        phrase.source.plural
        or phrase.pronoun
        or not text[at : at + 4].lower().startswith("the ")
        or head in _SPEAKING_FOR
        or not (_AGED.fullmatch(head) or any(lex.has(name, head) for name in _PERSON_NOUNS))
    ):
        return None
    near = [(start, name) for start, name in context.recent if at - start <= _EPITHET_REACH]
    if not near or head in _WORD.findall(text[max(0, at - _HEAD_REACH) : at].lower()):
        return None  # 'met the bank chief ... The bank chief said': someone else, unnamed
    people = list(dict.fromkeys(name for _, name in near))
    if len(people) > 1:  # 'Paul Obi, who runs Dorn Mills, spoke.': the name opening a sentence
        people = list(
            dict.fromkeys(
                name for start, name in near if _OPENS_SENTENCE.search(text, max(0, start - 80), start)
            )
        )
    if not _AGED.fullmatch(head):  # 'Ola Brekke met growers. The fisheries minister said': maybe another
        people = [p for p in people if any(p == name for name, _ in context.roles)]
    sex = context.genders.of(phrase.source)
    pronoun = {"m": "he", "f": "she"}.get(sex or "", "")
    fitting = [p for p in people if context.genders.fits(Source(p, None, "person"), pronoun)]
    return Source(fitting[-1], phrase.source.name, "person") if len(fitting) == 1 else None


_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"”]?\s+|\n\s*|\s(?:-{1,2}|—)\s+)(?:[A-Z][\w.-]*\s+){0,3}\Z")
_PERSON_NOUNS = ("titles", "anonymous", "masculine_words", "feminine_words")
_EPITHET_REACH = 300  # characters from a name to a description of its bearer
_HEAD_REACH = 1500  # characters before a description in which its head noun would introduce someone else
_WORD = re.compile(r"[\w-]+")
_AGED = re.compile(r"\d+-year-old")
# heads that speak for someone else or stay unnamed ('The spokesman said' after a named minister)
_SPEAKING_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "adviser", "advisor"}
    | {"representative", "lawyer", "attorney", "witness", "one", "two", "three", "four", "five"}
)


def _sentence_subject(
    text: str, draft: Draft, pronoun: str, known: tuple[History, Context], lex: Lexicon
) -> Source | None:
    """'The minister resigned, two days after she said ...', 'Shares fell after the firm ... it
    said': a pronoun nothing before resolves stands for its own sentence's subject, of a fitting kind."""
    assert draft.subject is not None
    subject = clause_subject(text, draft.sentence.start, draft.subject[0], lex)
    owner = _OWNER_OF_SUBJECT.match(text, draft.sentence.start, draft.subject[0]) if pronoun == "it" else None
    if owner:  # "The carmaker's shares fell after it said": the body that owns the shares
        subject = owner.span("owner") if owner.group("owner") else owner.span("of")
    if subject is None or subject[1] >= draft.subject[0] or draft.sentence.block.quoted(subject[0]):
        return None  # '"It is over," he added': the quotation's words are no subject of the sentence
    phrase = parse(text[subject[0] : subject[1]], lex)
    if phrase.pronoun:
        return None
    found = resolve(phrase, *known)
    wanted = {"organization", "document"} if pronoun == "it" else {"person", "anonymous"}
    return found if found.kind in wanted and not found.plural else None


# "The carmaker's shares", 'Shares of the carmaker': for 'it', the body that owns the subject
_OWNED = r"(?i:shares|stock|profits?|sales|revenues?|earnings|bonds)"
_OWNER_OF_SUBJECT = re.compile(
    rf"\s*(?:(?P<owner>(?:[Tt]he\s+)?[\w&.-]+(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s\s+{_OWNED}\b"
    rf"|{_OWNED}\s+(?:of|in)\s+(?P<of>(?:the\s+)?[\w&.-]+(?:\s+[A-Z][\w&.-]*){{0,3}})\s)"
)


def _same_sentence(draft: Draft, done: list[Resolved]) -> list[Resolved]:
    """The statements already found in the draft's sentence: the last ones, in text order."""
    k = len(done)
    while k and done[k - 1].draft.sentence.start >= draft.sentence.start:
        k -= 1
    return [r for r in done[k:] if r.draft.sentence is draft.sentence]


def _previous_subject(
    text: str, asked: tuple[Draft, str], done: list[Resolved], context: Context, lex: Lexicon
) -> Source | None:
    """'The High Court struck down the ruling. It said ...', 'Tom Berg disagreed. He said ...':
    after a sentence with no statement whose subject is a body or one named person, 'it' or
    'he'/'she' is that subject, not an older speaker."""
    draft, pronoun = asked
    earlier = [s for s in _block_sentences(text, draft.sentence.block, lex) if s.end <= draft.sentence.start]
    if not earlier or _cue_between(done, earlier[-1].start, draft.sentence.start):
        return None
    opening = " ".join(text[earlier[-1].start : earlier[-1].end].split()[:_SUBJECT_REACH])
    if pronoun == "they":
        return _joint_subject(text, earlier[-1], lex)
    if pronoun != "it":
        words = set(opening.replace("'s", " ").replace(",", " ").split())
        said = opening.replace("'s", " ").replace(",", " ").split()
        people = {full for word in words for full in context.surnames.get(word, ())}
        if len(people) > 1:  # 'Tom Berg met Ann Hale. She said ...'
            people = {p for p in people if context.genders.fits(Source(p, None, "person"), pronoun)}
        if len(people) > 1:  # 'Omar Baig thanked Holt. He said ...': the subject, named first
            people = {min(people, key=lambda p: said.index(p.split()[-1]))}
        if not people:  # 'The minister arrived on Monday. He said ...': a titled description
            return _described_person(text, earlier[-1], pronoun, context, lex)
        return Source(people.pop(), None, "person") if len(people) == 1 else None
    named = [name for name in context.organizations if name in opening]
    if named:
        return Source(named[-1], None, "organization")
    subject = clause_subject(text, earlier[-1].start, earlier[-1].end, lex)  # 'The union met. Its view'
    body = parse(text[subject[0] : subject[1]], lex).source if subject else None
    if body is not None and body.head.endswith("s") and not lex.has("organizations", body.head):
        return None  # 'Shares in the firm rose. It said ...': shares speak for no one
    return body if body is not None and body.kind == "organization" and not body.plural else None


def _joint_subject(text: str, sentence: Sentence, lex: Lexicon) -> Source | None:
    """'The ministry and the Red Cross visited the camp. They said ...': 'they' after a sentence with
    no statement is its subject when two named sources are joined by 'and', or a plural of people
    who may speak ('Farmers', 'Local residents')."""
    subject = clause_subject(text, sentence.start, sentence.end, lex)
    if subject is None:
        return None
    written = " ".join(text[subject[0] : subject[1]].split())
    parts = _JOINED.fullmatch(written)
    if parts is None:  # 'Farmers blocked the road. They said ...': a plural of people who may speak
        group = parse(written, lex).source
        plural = group.plural and group.kind == "anonymous" and lex.has("anonymous", group.head)
        return group if plural and len(written.split()) <= _NAMED_WORDS else None
    if not all(_named_source(part, lex) for part in parts.groups()):
        return None
    kinds = {parse(part, lex).source.kind for part in parts.groups()}
    kind = "person" if kinds == {"person"} else "organization"
    return Source(_ARTICLE.sub("", written, count=1), None, kind, plural=True)


_JOINED = re.compile(r"(.+?),?\s+and\s+(.+)")
_ARTICLE = re.compile(r"^(?i:the)\s+")


def _named_source(part: str, lex: Lexicon) -> bool:
    """A capitalised name or a body ('the Red Cross', 'Ann Berg', 'the Finance Ministry')."""
    words = _ARTICLE.sub("", part).split()
    return bool(words) and len(words) <= _NAMED_WORDS and all(w[:1].isupper() for w in words)


_NAMED_WORDS = 6


def _described_person(
    text: str, sentence: Sentence, pronoun: str, context: Context, lex: Lexicon
) -> Source | None:
    """The subject of a sentence without a statement when it is one person named by a title
    ('The minister', 'The company's chief executive') that the pronoun fits."""
    subject = clause_subject(text, sentence.start, sentence.end, lex)
    if subject is None:
        return None
    source = parse(text[subject[0] : subject[1]], lex).source
    titled = lex.has("titles", source.head) and not lex.has("organizations", source.head)
    if source.plural or source.kind not in {"person", "anonymous"} or not titled:
        return None
    return source if context.genders.fits(source, pronoun) else None


def _cue_between(done: list[Resolved], start: int, end: int) -> bool:
    """True when a statement found so far has its cue in [start, end) (cues come in text order)."""
    for item in reversed(done):
        if item.draft.cue_start < start:
            return False
        if item.draft.cue_start < end:
            return True
    return False


def _paired(text: str, draft: Draft) -> str | None:
    """The first of two names that speak together, each with its role, opening the sentence
    ('Gomez, its leader, and Tan, its treasurer, said'); None for a relative clause on the second
    name ('backed by Ruiz, the mayor, and Obi, her deputy, who said') or a single name."""
    if draft.subject is None or draft.role is None or draft.trailing:
        return None
    if any(w in {"who", "which"} for w in text[draft.role[1] : draft.cue_start].lower().split()):
        return None
    paired = _PAIRED.search(text, draft.sentence.start, draft.subject[0])
    if paired is None:
        return None
    before = text[draft.sentence.start : paired.start(1)].split()
    opens = not before or before[-1] in {"-", "--", "—"} or before[-1][-1:] in {",", ":", '"', "”"}
    return paired.group(1) if opens else None


# the first of two names in apposition with their roles, before ', and' and the second
_PAIRED = re.compile(
    r"(?<![\w'’.-])((?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}),"
    r"\s+[^,;:\"“”]{2,80},\s+and\s+$"
)
_CENTRED = frozenset(
    {"it", "he", "she", "they"}
)  # pronouns that take the subject of a sentence without a statement


_SUBJECT_REACH = 6  # words at the start of a sentence where its subject is written
_PERSONS_BACK = 8  # personal names before a pronoun among which its sex may choose


def _block_sentences(text: str, block: Block, lex: Lexicon) -> tuple[Sentence, ...]:
    """The sentences of a block, split once per block and text however many pronouns ask."""
    key = (id(text), block)
    if key not in _SPLIT or _SPLIT[key][0] is not text:
        if len(_SPLIT) > _SPLIT_KEPT:
            _SPLIT.clear()
        _SPLIT[key] = (text, tuple(sentences(text, block, lex)))
    return _SPLIT[key][1]


_SPLIT: dict[tuple[int, Block], tuple[str, tuple[Sentence, ...]]] = {}
_SPLIT_KEPT = 256


def _noun_cue(draft: Draft) -> bool:
    """A claim noun's statement ("the union's calls for ..."), whose owner is no subject of the sentence."""
    return draft.info is CLAIM or (draft.info is CALL and draft.cue.lower() in {"call", "calls"})


def _outermost(same: list[Resolved]) -> Resolved:
    for candidate in same:
        if not any(
            o.draft.content[0] <= candidate.draft.cue_start < o.draft.content[1]
            for o in same
            if o is not candidate
        ):
            return candidate
    return same[0]


def statements(article: Article, resolved: list[Resolved], lex: Lexicon) -> list[Statement]:
    """The Statement records, with denials a relayed statement opens passed to its relay."""
    text = article.text
    made: list[Statement] = []
    denials = _denials(resolved)
    for item in resolved:
        draft = item.draft
        start, end = draft.content
        content = text[start:end]
        stance = draft.info.stance
        denial = _opening_denial(item, denials)
        rejected = denial_in(content, lex) if stance == "assert" else None
        if rejected is None and stance == "assert" and draft.info.object in {"as", "label"}:
            rejected = _rejecting_label(content, lex)
        confirmed = _own_confirmation(item, denials) if stance == "assert" else None
        if stance == "assert" and denial is not None:
            stance, aim = "deny", target(text[denial.draft.content[0] : denial.draft.content[1]], "deny", lex)
        elif confirmed is not None:  # 'The paper said it stood by its story'
            inner = text[confirmed.draft.content[0] : confirmed.draft.content[1]]
            stance, aim = "confirm", target(inner, "confirm", lex)
        elif rejected is not None:
            stance, aim = "deny", rejected
        elif stance == "assert" and (declared := confirmation_in(content)) is not None:
            stance, aim = "confirm", declared  # 'said the report was accurate'
        else:
            aim = target(content, stance, lex)
        if stance == "deny" and _labels_a_pronoun(
            text, draft
        ):  # 'rejected the report, calling it "baseless"'
            aim = _antecedent(text, draft, resolved[: len(made)], made) or aim
        if stance == "deny" and content.lower() in _CLAIM_PRONOUNS:  # 'The mayor denied this.'
            aim = _claim_before(text, draft, made, _body_start(article)) or aim
        frame = draft.frame_text(text)
        if draft.subject and not draft.trailing:
            frame = text[draft.subject[1] : draft.cue_start] + " " + frame
        found = build.Found(
            source=item.source,
            cue=" ".join(draft.cue.split()),
            content=(start, end),
            quote_type=_quote_type(text, draft),
            stance=stance,
            hedged=hedged(content, draft.info.hedge or _hedged_cue(text, draft), lex),
            target=aim,
            when=day_words(frame),
            via=item.via,
        )
        made.append(build.statement(text, found, article.published, build.english()))
    return made


def _antecedent(text: str, draft: Draft, earlier: list[Resolved], made: list[Statement]) -> str | None:
    """What a labelled pronoun stands for: the target of the latest denial before it in its
    sentence, else the latest content there."""
    same = [k for k, r in enumerate(earlier) if r.draft.sentence.start == draft.sentence.start]
    denied = [made[k].target for k in same if made[k].stance == "deny" and made[k].target]
    if denied:
        return denied[-1]
    return text[earlier[same[-1]].draft.content[0] : earlier[same[-1]].draft.content[1]] if same else None


_CLAIM_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_CLAIM_REACH = 400  # characters looked back for the sentence a denied pronoun stands for


def _body_start(article: Article) -> int:
    """Where the body's text starts: its first paragraph, after a dateline ('OSLO, May 2 - ')."""
    first = next((s.start for s in article.spans if s.kind == "paragraph"), 0)
    dateline = DATELINE.match(article.text, first)
    return dateline.end() if dateline else first


def _claim_before(text: str, draft: Draft, made: list[Statement], body: int) -> str | None:
    """What a denied pronoun stands for ('Papers said the mayor took bribes. He denied it.'): the
    latest content said before it in its sentence or the one before, else that sentence itself."""
    lo = max(body, draft.sentence.start - _CLAIM_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, draft.sentence.start - 1))]
    previous = ends[-1] if ends else lo
    said = [s for s in made if previous <= s.start and s.end <= draft.cue_start and s.stance != "deny"]
    if said:
        return max(said, key=lambda s: s.start).content
    claim = text[previous : draft.sentence.start].strip()
    return claim.rstrip(".!?") or None if previous < draft.sentence.start else None


def _labels_a_pronoun(text: str, draft: Draft) -> bool:
    """True when a labelling cue's object is a pronoun ('calling it "baseless"', 'dismissed them as
    false'): what it rejects is what the pronoun stands for."""
    if draft.info.object not in {"as", "label"} or draft.content[0] < draft.cue_end:
        return False
    between = text[draft.cue_end : draft.content[0]].strip(' "“”').lower().split()
    return bool(between) and between[0] in {"it", "them", "this"}


def _quote_type(text: str, draft: Draft) -> QuoteType:
    """The content's quote type; a quotation split by its own attribution ('"We stay," she said,
    "until the talks end."', the one content around its trailing cue) is direct."""
    start, end = draft.content
    if draft.trailing and start < draft.cue_start and end > draft.cue_end:
        return "direct"
    if draft.info.object in {"as", "label"} and len(text[start:end].split()) == 1:
        return "indirect"  # 'calling it "baseless"': marks around a one-word label (decision 4)
    # '"The office told us the permits were ready," X said': X's words, not the office's ('we' theirs)
    if draft.sentence.block.quoted(draft.cue_start) and not _FIRST_PERSON_PLURAL.search(text, start, end):
        return "indirect"
    return quote_type(text, start, end, draft.sentence.block)


def _rejecting_label(content: str, lex: Lexicon) -> str | None:
    """The target when a claim is labelled with a rejecting word ('called the story "wrong"')."""
    label = lex.evaluation_pattern.search(content)
    if label is None:
        return None
    labelled = _LABEL_START.search(content, 0, label.start())
    if labelled and labelled.start():
        return content[: labelled.start()].strip()
    return content[: label.start()].strip() or content  # 'the accusations absurd': what is labelled


_LABEL_START = re.compile(r"\s+as\s+|\s*[\"“]")


def _opening_denial(item: Resolved, denials: dict[int, list[Resolved]]) -> Resolved | None:
    """A denial whose subject opens this statement's content ('X said the defendants deny ...');
    `denials` holds the denials by where their subject starts."""
    return next(
        (
            other
            for other in denials.get(item.draft.content[0], ())
            if other is not item and other.draft.info.stance == "deny"
        ),
        None,
    )


def _denials(resolved: list[Resolved]) -> dict[int, list[Resolved]]:
    """The denials and confirmations with a written subject, by the offset that subject starts
    at, in text order."""
    found: dict[int, list[Resolved]] = {}
    for other in resolved:
        if other.draft.info.stance in {"deny", "confirm"} and other.draft.subject:
            found.setdefault(other.draft.subject[0], []).append(other)
    return found


def _own_confirmation(item: Resolved, stances: dict[int, list[Resolved]]) -> Resolved | None:
    """A confirmation by the same source opening this statement's content ('The paper said it
    stood by its story'): the statement confirms."""
    return next(
        (
            other
            for other in stances.get(item.draft.content[0], ())
            if other is not item
            and other.draft.info.stance == "confirm"
            and other.source.name == item.source.name
        ),
        None,
    )
