"""Where the source of a cue is written: before it, in an appositive, or elided.

"Dauster said", "James Baker, the Treasury Secretary, said", "The source, who declined to
be identified, said", "their spokesman, Hans-Juergen Schmahl said", "... but said".
"""

from __future__ import annotations

from dataclasses import dataclass

from rawi.statements.english.lexicon import Lexicon
from rawi.statements.english.phrases import Chunk, is_subject, left_chunk, tokens, trim_subject

RELATIVES = frozenset({"which", "who", "whose", "whom"})
_MAX_CHUNKS = 6


@dataclass(frozen=True)
class Subject:
    """The source phrase of a cue (None bounds when elided) and an appositive role."""

    span: tuple[int, int] | None
    role: tuple[int, int] | None
    chunk: Chunk  # the chunk right before the cue (decides trailing attributions)
    elided: bool = False


def find_subject(text: str, lo: int, cue_start: int, lex: Lexicon) -> Subject | None:
    """The subject of the cue at `cue_start`, looking no further left than `lo`."""
    chunk = left_chunk(text, lo, cue_start, lex)
    start, end, led = trim_subject(text, chunk.start, chunk.end, lex)
    if start < end:
        if is_subject(text, start, end, lex):
            return Subject((start, end), None, chunk)
        return None
    if led or chunk.stop in {"and", "but"}:
        return Subject(None, None, chunk, elided=True)
    if chunk.stop in RELATIVES:
        before = left_chunk(text, lo, chunk.stop_at, lex)
        found = _trimmed(text, before, lex)
        return Subject(found, None, chunk) if found else None
    if chunk.stop == ",":
        return _appositive(text, lo, chunk, lex)
    return None


def _trimmed(text: str, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    start, end, _ = trim_subject(text, chunk.start, chunk.end, lex)
    return (start, end) if start < end and is_subject(text, start, end, lex) else None


def _appositive(text: str, lo: int, first: Chunk, lex: Lexicon) -> Subject | None:
    """'X, the role, said' / 'X, who ..., said' / 'X, presenting ..., said'."""
    chunks: list[Chunk] = []
    hi = first.stop_at
    for _ in range(_MAX_CHUNKS):
        chunk = left_chunk(text, lo, hi, lex)
        chunks.append(chunk)
        if chunk.stop in RELATIVES:
            before = left_chunk(text, lo, chunk.stop_at, lex)
            found = _trimmed(text, before, lex)
            return Subject(found, None, first) if found else None
        if chunk.stop != "," or chunk.stop_at <= lo:
            break
        hi = chunk.stop_at
    if len(chunks) >= 2 and _participial(text, chunks[0]):
        found = _trimmed(text, chunks[1], lex)
        return Subject(found, None, first) if found else None
    if len(chunks) >= 2 and role_like(text, chunks[0].start, chunks[0].end, lex, loose=True):
        found = _trimmed(text, chunks[1], lex)
        if found:
            return Subject(found, (chunks[0].start, chunks[0].end), first)
    return None


def _participial(text: str, chunk: Chunk) -> bool:
    words = tokens(text, chunk.start, chunk.end)
    return bool(words) and words[0].text.islower() and words[0].key.endswith("ing")


def role_like(text: str, start: int, end: int, lex: Lexicon, loose: bool = False) -> bool:
    """True for a title or description: 'their spokesman', 'President of the IBC'.

    `loose` also accepts any phrase opened by a determiner ('the world's largest producer').
    """
    words = tokens(text, start, end)
    if not words or len(words) > 9:
        return False
    if words[0].key in lex.words["determiners"]:
        if loose and words[0].key in {"the", "a", "an", "its", "their"}:
            return True
        words = words[1:]
    return bool(words) and words[0].key in lex.words["titles"]


def roles_before(text: str, lo: int, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """Role chunks written before a trailing name: 'President of the IBC, IBC, Jorio Dauster said'."""
    role: tuple[int, int] | None = None
    hi = chunk.stop_at
    for _ in range(3):
        if chunk.stop != "," or hi <= lo:
            break
        previous = left_chunk(text, lo, hi, lex)
        start, end, _ = trim_subject(text, previous.start, previous.end, lex)
        if start >= end:
            break
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
