"""Where the source of a cue is written: before it, in an appositive, or elided.

"Lindahl said", "Petra Lindahl, the Trade Secretary, said", "The engineer, who asked not
to be named, said", "their spokesman, Karl-Heinz Bruckner said", "... but said".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rawi.statements.english.lexicon import Lexicon
from rawi.statements.english.phrases import Chunk, Word, is_subject, left_chunk, tokens, trim_subject

RELATIVES = frozenset({"which", "who", "whose", "whom", "that"})
_MAX_CHUNKS = 6
_LONGEST_ROLE = 18  # words: 'Head of the Department of Fisheries and Coastal Affairs (DFCA) ...'
_LONGEST_DESCRIPTION = 9
_ROLE_CHARS = 160  # a role chunk is shorter than this: 'Director of the Ministry of ... Division'
_ROLE_PIECE = re.compile(r"[,;:\"“”(]\s*[^,;:\"“”(]*$")
_LIST_ITEM = 5  # words in one item of a list inside a relative clause


@dataclass(frozen=True)
class Subject:
    """The source phrase of a cue (None bounds when elided) and an appositive role."""

    span: tuple[int, int] | None
    role: tuple[int, int] | None
    chunk: Chunk  # the chunk right before the cue
    elided: bool = False
    head: Chunk | None = None  # the leftmost chunk of the source phrase, when not `chunk`
    cited: tuple[int, int] | None = None  # 'Bloomberg, citing two people ..., reported': who spoke

    @property
    def first(self) -> Chunk:
        """The chunk the source phrase starts in: what precedes it decides trailing attributions."""
        return self.head or self.chunk


def find_subject(text: str, lo: int, cue_start: int, lex: Lexicon) -> Subject | None:
    """The subject of the cue at `cue_start`, looking no further left than `lo`."""
    chunk = left_chunk(text, lo, cue_start, lex)
    if chunk.stop == "," and text[chunk.start : chunk.end].split() in _FLOATING:
        chunk = replace(chunk, start=chunk.end)  # 'Gomez, its leader, and Tan, its treasurer, both said'
    hearsay = _HEARSAY.search(text, chunk.start, chunk.end)
    if hearsay:  # 'Petrov is said to have told aides ...': Petrov is the subject
        chunk = replace(chunk, end=hearsay.start())
    aspect = ASPECT_TO.search(text, chunk.start, chunk.end)
    if aspect:  # 'Brokers continued to insist that ...': Brokers is the subject
        chunk = replace(chunk, end=aspect.start())
    start, end, led = trim_subject(text, chunk.start, chunk.end, lex)
    if start < end:
        if _coordinated(text[chunk.start : chunk.end].split(), lex):
            return Subject(None, None, chunk, elided=True)
        inner = _reduced_relative(text, start, end, lex)
        gapped = _GAPPED_PRONOUN.search(text, start, end)
        if inner == start and gapped and _FINITE_AFTER_CUE.match(text, cue_start):
            inner = gapped.start(1)  # 'in moves it said were designed to ...': the pronoun said it
        if inner != start:  # 'a charge he has always denied': the relative's subject, without its auxiliary
            start, end = inner, _without_auxiliaries(text, inner, end, lex)
        if not is_subject(text, start, end, lex):
            if chunk.stop in {"who", "which"}:
                return _relative_subject(text, lo, chunk.stop_at, chunk, lex)
            return None
        relative = _inside_relative(text, lo, chunk, lex) if chunk.stop == "," else None
        return Subject(relative or (start, end), None, chunk)
    if led or chunk.stop in {"and", "but"}:
        return Subject(None, None, chunk, elided=True)
    if chunk.stop in RELATIVES:
        return _relative_subject(text, lo, chunk.stop_at, chunk, lex)
    if chunk.stop == ",":
        return _appositive(text, lo, chunk, lex)
    if chunk.stop in CLOSERS:
        opening = text.rfind(CLOSERS[chunk.stop], lo, chunk.stop_at)
        if opening > lo:
            found = _trimmed(text, left_chunk(text, lo, opening, lex), lex)
            return Subject(found, None, chunk) if found else None
    return None


_FLOATING = (["both"], ["all"], ["each"], ["both", "also"], ["all", "also"])  # quantifiers after the subject


def _coordinated(words: list[str], lex: Lexicon) -> bool:
    """True when the words before a cue end in 'and'/'but' and auxiliaries only ('... and have
    also'): a second verb phrase whose subject is the clause's, elided."""
    k = len(words)
    while k > 1 and words[k - 1].lower() in lex.words["auxiliaries"]:
        k -= 1
    return bool(words) and words[k - 1].lower() in {"and", "but"}


_HEARSAY = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:said|reported|believed|understood|thought|alleged|rumou?red)\s+to(?:\s+have)?\s*$"
)
# a verb of aspect before a cue's infinitive: the cue reports all the same ('went on to say')
ASPECT_TO = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:continu(?:e|es|ed|ing)|(?:went|goes|go|going|gone)\s+on|beg[aiu]n"
    r"|start(?:s|ed)?)\s+to\s*$"
)
CLOSERS = {")": "(", "-": " - ", "--": "--", "—": "—"}


def _reduced_relative(text: str, start: int, end: int, lex: Lexicon) -> int:
    """'a move some delegates described as ...', 'allegations the company called false', 'a charge
    he denied': the source starts at the inner quantifier, or at a determiner or pronoun right after
    a report noun (its object)."""
    inner = _INNER_QUANTIFIER.search(text, start + 1, end)
    if inner:
        return inner.start(1)
    for found in _INNER_DETERMINER.finditer(text, start, end):
        if found.start(2) > start and lex.has("report_nouns", found.group(1).lower()):
            return found.start(2)
    return start


def _without_auxiliaries(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of a subject before the auxiliaries and adverbs that lead to its verb ('he | has always')."""
    words = text[start:end].split()
    while len(words) > 1 and (
        words[-1].lower() in lex.words["finite_auxiliaries"]
        or words[-1].lower().endswith("ly")
        or words[-1].lower() in _FREQUENCY
    ):
        words.pop()
    return start + len(" ".join(words))


# a pronoun right after a noun, before a cue whose content opens on a finite verb: a reduced relative
_GAPPED_PRONOUN = re.compile(r"\b[a-z]{3,}\s+(it|he|she|they|we)\s*$")
_FINITE_AFTER_CUE = re.compile(r"[\w']+\s+(?:were|was|is|are|would|will|had|has|could|might|may)\b")
_FREQUENCY = frozenset({"always", "never", "often", "long", "since", "also", "still"})
_INNER_QUANTIFIER = re.compile(r"\s(some|several|many|most)\s")
_INNER_DETERMINER = re.compile(
    r"\b([A-Za-z]+)\s+((?:the|its|their|his|her|a|an|he|she|they|it|we)\b|(?-i:[A-Z])[\w'’-]*)"
)  # 'a charge he denied', 'a claim Granite denies'


def _trimmed(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    start, end, _ = trim_subject(text, chunk.start, chunk.end, lex)
    return (start, end) if start < end and is_subject(text, start, end, lex) else None


def _before_relative(text: str, lo: int, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at `at` hangs on ('The source, who ...')."""
    chunk = left_chunk(text, lo, at, lex)
    if chunk.start >= chunk.end or not text[chunk.start : chunk.end].strip():
        if chunk.stop != ",":
            return None
        chunk = left_chunk(text, lo, chunk.stop_at, lex)
    return _trimmed(text, chunk, lex)


def _relative_subject(text: str, lo: int, at: int, first: Chunk, lex: Lexicon) -> Subject | None:
    """The source a relative clause hangs on, with its role: 'Nora Quist, director of X, which ...'."""
    chunk = left_chunk(text, lo, at, lex)
    if not text[chunk.start : chunk.end].strip() and chunk.stop == ",":
        chunk = left_chunk(text, lo, chunk.stop_at, lex)
    if text[chunk.start : chunk.end].strip().isdigit() and chunk.stop == ",":
        chunk = left_chunk(text, lo, chunk.stop_at, lex)  # 'Ms. Chen, 52, who runs ...': the age is no source
    found = (
        _trimmed(text, chunk, lex) or _document_phrase(text, chunk, lex) or _object_phrase(text, chunk, lex)
    )
    if found is None:
        return None
    words = tokens(text, *found)
    if len(words) > 1 and words[0].key in _AGENT_PREPOSITIONS:  # 'welcomed by farmers, who said'
        found = (words[1].start, found[1])
    if chunk.stop == "," and role_like(text, found[0], found[1], lex, loose=True):
        named = left_chunk(text, lo, chunk.stop_at, lex)
        name = _trimmed(text, named, lex)
        if name and not _participle_clause(text, name) and not _clause(text, name, lex):
            return Subject(name, found, first, head=named)
    return Subject(found, None, first, head=chunk)


_AGENT_PREPOSITIONS = frozenset({"by", "from", "among", "with"})


def _object_phrase(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase after the last preposition of a clause, which a relative clause hangs on:
    'The story was first reported by the Ledger, which said ...' -> 'the Ledger'."""
    words = tokens(text, chunk.start, chunk.end)
    for k in range(max(1, len(words) - _LIST_ITEM), len(words)):
        if words[k - 1].key in _OBJECT_PREPOSITIONS:
            trimmed = _trimmed(text, Chunk(words[k].start, words[-1].end, "", words[k].start), lex)
            if trimmed is not None:
                return trimmed
    return None


_OBJECT_PREPOSITIONS = frozenset({"by", "from", "to", "with"})


def _clause(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """A clause, no name: 'We need more time' before ', one negotiator, who ...'."""
    words = text[span[0] : span[1]].lower().split()
    verbs = lex.words["auxiliaries"] | lex.words["verbish"] | lex.words["finite_auxiliaries"]
    return bool(words) and (words[0] in lex.pronouns or any(w in verbs for w in words))


def _participle_clause(text: str, span: tuple[int, int]) -> bool:
    """A fronted participle clause, no name: 'Asked about the merger, a banker ... said'."""
    words = text[span[0] : span[1]].split()
    return len(words) > 1 and words[0].lower().endswith(("ed", "ing")) and words[1][:1].islower()


def _document_phrase(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """The document a relative clause hangs on at the end of a longer clause:
    '... drew comfort from a study in a trade weekly that said ...' -> 'a study in a trade weekly'."""
    words = tokens(text, chunk.start, chunk.end)
    reach = len(words) - _LIST_ITEM - 3
    nouns = [k for k, word in enumerate(words) if word.key in lex.words["documents"] and k >= reach]
    if not nouns:
        return None
    start = nouns[0] - 1 if nouns[0] and words[nouns[0] - 1].key in lex.words["determiners"] else nouns[0]
    return words[start].start, words[-1].end


def _inside_relative(text: str, lo: int, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """'the lenders, which include A, B and C, deny': the subject is before the relative."""
    hi = chunk.stop_at
    for items in range(_MAX_CHUNKS):
        previous = left_chunk(text, lo, hi, lex)
        if len(text[previous.start : previous.end].split()) > _LIST_ITEM:
            return None
        if previous.stop in RELATIVES:
            return _before_relative(text, lo, previous.stop_at, lex) if items else None
        if previous.stop != "," or previous.stop_at <= lo:
            return None
        hi = previous.stop_at
    return None


def _appositive(text: str, lo: int, first: Chunk, lex: Lexicon) -> Subject | None:
    """'X, the role, said' / 'X, who ..., said' / 'X, presenting ..., said' / 'X, however, said'."""
    chunks: list[Chunk] = []
    hi = first.stop_at
    filler = aged = False
    for _ in range(_MAX_CHUNKS):
        chunk = left_chunk(text, lo, hi, lex)
        if chunk.stop == "that" and len(chunks) >= 2:  # '... true that we ..., the owner, X, told': content
            break
        if chunk.stop in RELATIVES:
            return _relative_subject(text, lo, chunk.stop_at, first, lex)
        if chunk.stop in lex.words["aside_subordinators"] and chunk.stop_at > lo:
            hi = chunk.stop_at  # ', speaking on condition of anonymity because he ...,': one aside
            continue
        start, end, _ = trim_subject(text, chunk.start, chunk.end, lex)
        if _AGE.fullmatch(text, chunk.start, chunk.end) and chunk.stop == ",":
            aged = True  # 'Yuki Sato, 34, a nurse, said': the age is no name and no role
        elif start >= end and not chunks:
            filler = True
        else:
            chunks.append(chunk)
        if chunk.stop != "," or chunk.stop_at <= lo:
            break
        hi = chunk.stop_at
    if chunks and (filler or (aged and len(chunks) == 1)):
        found = _trimmed(text, chunks[0], lex)
        return Subject(found, None, first, head=chunks[0]) if found else None
    return _named_apposition(text, chunks, first, lex)


def _named_apposition(text: str, chunks: list[Chunk], first: Chunk, lex: Lexicon) -> Subject | None:
    """A name and a role on either side of a comma, or a participial aside after the name."""
    if len(chunks) < 2:
        return None
    if len(chunks) >= 3 and _acronym(text, chunks[1]) and not _acronym(text, chunks[0]):
        chunks = [
            chunks[0],
            *chunks[2:],
        ]  # 'the head of the Tin Council, TC, Ana Pirom, said': TC names the council
    if _aside(text, chunks[0], lex):
        issuer = _ISSUED_BY.match(text, chunks[0].start, chunks[0].end)
        document = tokens(text, chunks[1].start, chunks[1].end)
        if issuer and document and document[-1].key in lex.words["documents"] | lex.words["report_nouns"]:
            return Subject(
                _trimmed(text, _chunk_of(issuer), lex) or issuer.span(1), None, first, head=chunks[1]
            )
        found = _trimmed(text, chunks[1], lex)
        return (
            Subject(found, None, first, head=chunks[1], cited=_cited(text, chunks[0], lex)) if found else None
        )
    roles = 0
    while roles < len(chunks) - 1 and role_like(
        text, chunks[roles].start, chunks[roles].end, lex, loose=True
    ):
        roles += 1
    if roles and _fronted(text, chunks[roles]):
        found = _trimmed(text, chunks[0], lex)  # 'In an interview with the Star, the coach said'
        return Subject(found, None, first, head=chunks[0]) if found else None
    if roles:
        found = _trimmed(text, chunks[roles], lex)
        if found:
            role = (_bounds(text, chunks[roles - 1], lex)[0], chunks[0].end)
            return Subject(found, role, first, head=chunks[roles])
    if _partitive(text, chunks[1]):  # 'One of them, Ana Lee, said': the name speaks
        found = _trimmed(text, chunks[0], lex)
        if found and text[found[0]].isupper():
            return Subject(found, None, first, head=chunks[1])
    if role_like(text, chunks[1].start, chunks[1].end, lex, loose=True):
        found = _trimmed(text, chunks[0], lex)
        if found and text[found[0]].isupper():
            return Subject(found, _bounds(text, chunks[1], lex), first, head=chunks[1])
    if _trimmed(text, chunks[0], lex):
        found = _trimmed(text, chunks[1], lex)
        return Subject(found, None, first, head=chunks[1]) if found else None
    return None


def _partitive(text: str, chunk: Chunk) -> bool:
    """'One of them', 'another of the nurses', 'two of the firm's drivers': a part of a group named before."""
    words = text[chunk.start : chunk.end].lower().split()
    return len(words) >= 3 and words[0] in _PARTS and words[1] == "of"


_PARTS = frozenset({"one", "another", "two", "three", "some", "none", "each"})


def _acronym(text: str, chunk: Chunk) -> bool:
    """True for a chunk that is one acronym ('ITC'), an aside naming the body before it."""
    words = text[chunk.start : chunk.end].split()
    return len(words) == 1 and words[0].isupper() and 2 <= len(words[0].strip("()")) <= 6


_AGE = re.compile(r"\s*(?:aged\s+)?\d{1,3}\s*")
_ISSUED_BY = re.compile(
    r"(?:published|issued|released|written|compiled|prepared|commissioned|carried|broadcast|aired)\s+by\s+"
    r"([^,;:]+?)(?:\s+(?:on|last|this|earlier|in)\s+[^,;:]*)?$"
)


def _chunk_of(match: re.Match[str]) -> Chunk:
    """The issuer group of an 'issued by X' aside as a chunk."""
    return Chunk(match.start(1), match.end(1), "", match.start(1))


def _bounds(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int]:
    start, end, _ = trim_subject(text, chunk.start, chunk.end, lex)
    return start, end


def _cited(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """The source an aside names: 'citing two people familiar with the matter'."""
    words = tokens(text, chunk.start, chunk.end)
    if len(words) < 2 or words[0].key not in {"citing", "quoting"}:
        return None
    return words[1].start, words[-1].end


def _fronted(text: str, chunk: Chunk) -> bool:
    """A fronted adverbial before the subject ('In an interview with X', 'Speaking on radio')."""
    words = text[chunk.start : chunk.end].split()
    return bool(words) and words[0].lower() in ASIDE_OPENERS


def _aside(text: str, chunk: Chunk, lex: Lexicon) -> bool:
    """An aside between a name and its cue: 'presenting the report', 'in remarks to ...'."""
    words = tokens(text, chunk.start, chunk.end)
    if not words or not words[0].text.islower():
        return False
    first = words[0].key
    return first.endswith(("ing", "ed")) or first in ASIDE_OPENERS


ASIDE_OPENERS = frozenset(
    {"in", "at", "during", "after", "before", "on", "asked", "speaking", "quoted", "replying"}
)


_LOOSE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def role_like(text: str, start: int, end: int, lex: Lexicon, loose: bool = False) -> bool:
    """True for a title or description: 'their spokesman', 'President of the Wool Council'.

    `loose` also accepts any phrase opened by a determiner ('the world's largest producer').
    """
    words = tokens(text, start, end)
    if not words or len(words) > _LONGEST_ROLE:
        return False
    if words[0].key in lex.words["determiners"]:
        if loose and words[0].key in _LOOSE_DETERMINERS and len(words) <= _LONGEST_DESCRIPTION:
            return True
        words = words[1:]  # a longer one is a role when a title heads it ('the chairman of ...')
    heads = lex.words["organizations"] | lex.words["outlet_nouns"] | lex.words["anonymous"]
    if (
        loose
        and words
        and len(words) <= _LONGEST_DESCRIPTION
        and words[-1].key in heads
        and words[-1].text.islower()
    ):
        return True
    clausal = lex.words["auxiliaries"] | lex.words["verbish"]
    if _titled_name(words, lex):
        return False
    return bool(words) and words[0].key in lex.words["titles"] and not any(w.key in clausal for w in words)


def _titled_name(words: list[Word], lex: Lexicon) -> bool:
    """'Dr Lena Moss', 'Judge Ann Lee': title words then a personal name, which names, not describes."""
    k = 0
    while k < len(words) and words[k].key in lex.words["titles"]:
        k += 1
    name = words[k:]
    return (
        k > 0
        and 0 < len(name) <= 4
        and all(w.text[:1].isupper() and not w.text.isupper() for w in name)
        and not any(w.key in lex.words["organizations"] or w.key in lex.words["titles"] for w in name)
    )


def roles_before(text: str, lo: int, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """Role chunks written before a trailing name: 'President of the Wool Council, WC, Petra Lindahl said'."""
    role: tuple[int, int] | None = None
    hi = chunk.stop_at
    for _ in range(3):
        if chunk.stop != "," or hi <= lo:
            break
        if not _ROLE_PIECE.search(text, max(lo, hi - _ROLE_CHARS), hi):
            break
        previous = left_chunk(text, lo, hi, lex)
        start, end, _ = trim_subject(text, previous.start, previous.end, lex)
        if start >= end or previous.stop in RELATIVES:
            break  # '..., sectors which have been under review for months, bankers said': no role
        acronym = end - start <= 6 and text[start:end].isupper()
        if role_like(text, start, end, lex):
            role = (start, role[1] if role else end)
        elif not (acronym and previous.stop == ","):
            break
        else:
            role = (start, role[1] if role else end)
        chunk, hi = previous, previous.stop_at
    if role and not role_like(text, role[0], role[1], lex):
        return None
    return role
