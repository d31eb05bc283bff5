"""Article text with its statements highlighted, built by escaping every segment.

The text is untrusted: it is split at the statements' offsets and each piece is escaped on
its own, so no markup from the article can reach the page.  Speakers and cues have no
stored offsets; they are found as written near their content.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

SEARCH_WINDOW = 300
STANCE_AR = {"assert": "إفادة", "deny": "نفي", "confirm": "تأكيد"}
QUOTE_AR = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}
KIND_AR = {"person": "شخص", "organization": "جهة", "anonymous": "مصدر مجهول", "document": "وثيقة"}
STATUS_AR = {"reported": "منقول", "denied": "منفي", "confirmed": "مؤكَّد"}
CLAIM_ROLE_AR = {"first": "أول نقل", "repeat": "تكرار", "deny": "نفي", "confirm": "تأكيد"}


@dataclass(frozen=True)
class Mark:
    """A highlighted region: `text[start:end]` is the `kind` part of statement `index`."""

    start: int
    end: int
    kind: str  # content | cue | speaker
    index: int


def describe(statement: Mapping[str, Any]) -> str:
    """One line in Arabic with every field of a statement, for a tooltip or a screen reader."""
    parts = [f"المتحدث: {statement.get('speaker') or '؟'}"]
    if statement.get("speaker_role"):
        parts.append(f"الصفة: {statement['speaker_role']}")
    kind = str(statement.get("speaker_kind") or "")
    parts.append(f"النوع: {KIND_AR.get(kind, kind or '؟')}")
    parts.append(f"الفعل: {statement.get('cue') or '؟'}")
    quote = str(statement.get("quote_type") or "")
    parts.append(f"الاقتباس: {QUOTE_AR.get(quote, quote or '؟')}")
    stance = str(statement.get("stance") or "")
    parts.append(f"الموقف: {STANCE_AR.get(stance, stance or '؟')}")
    if statement.get("hedged"):
        parts.append("متحفظ")
    via = statement.get("via") or ()
    if via:
        parts.append("عبر: " + " ← ".join(via))
    if statement.get("target"):
        parts.append(f"المنفي/المؤكد: {statement['target']}")
    if statement.get("date"):
        parts.append(f"التاريخ: {statement['date']}")
    return " · ".join(parts)


def _near(text: str, needle: str, start: int, end: int, taken: list[Mark]) -> tuple[int, int] | None:
    """Where `needle` occurs closest before `start` (else after `end`), not overlapping `taken`."""
    if not needle or not needle.strip():
        return None

    def free(at: int) -> bool:
        return all(at + len(needle) <= m.start or at >= m.end for m in taken)

    at = text.rfind(needle, max(0, start - SEARCH_WINDOW), start)
    while at != -1 and not free(at):
        at = text.rfind(needle, max(0, start - SEARCH_WINDOW), at)
    if at == -1:
        at = text.find(needle, end, end + SEARCH_WINDOW)
        while at != -1 and not free(at):
            at = text.find(needle, at + 1, end + SEARCH_WINDOW)
    return None if at == -1 else (at, at + len(needle))


def locate_marks(text: str, statements: Sequence[Mapping[str, Any]]) -> list[Mark]:
    """Content regions from the stored offsets, cue and speaker found as written near them."""
    marks: list[Mark] = []
    for index, s in enumerate(statements):
        start, end = s.get("start"), s.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue
        content = Mark(start, end, "content", index)
        own = [content]
        for kind in ("cue", "speaker"):
            found = _near(text, str(s.get(kind) or ""), start, end, own)
            if found:
                own.append(Mark(found[0], found[1], kind, index))
        marks.extend(own)
    return marks


def _wrap(
    piece: Markup,
    active: list[Mark],
    statements: Sequence[Mapping[str, Any]],
    speaker_url: Callable[[str], str],
) -> Markup:
    """Wrap one escaped piece in the speaker link, cue span and content marks that cover it."""
    for mark in sorted(active, key=lambda m: (("speaker", "cue", "content").index(m.kind), m.end - m.start)):
        s = statements[mark.index]
        if mark.kind == "speaker":
            piece = Markup('<a class="hl-speaker" href="{}">{}</a>').format(
                speaker_url(str(s.get("speaker") or "")), piece
            )
        elif mark.kind == "cue":
            piece = Markup('<span class="hl-cue">{}</span>').format(piece)
        else:
            stance = s.get("stance") if s.get("stance") in STANCE_AR else "assert"
            piece = Markup('<mark class="hl-content stance-{}" data-s="{}" title="{}">{}</mark>').format(
                stance, mark.index + 1, describe(s), piece
            )
    return piece


def _ref(index: int, statement: Mapping[str, Any]) -> Markup:
    """A small focusable number before a statement, linking to its details and showing its fields."""
    info = describe(statement)
    anchor = f"s-{statement.get('id') or index + 1}"
    return Markup('<a class="hl-ref" href="#{}" data-info="{}" aria-label="{}">{}</a>').format(
        anchor, info, info, index + 1
    )


def highlight(
    text: str, statements: Sequence[Mapping[str, Any]], speaker_url: Callable[[str], str]
) -> Markup:
    """The article text as safe HTML, each statement's speaker, cue and content marked."""
    marks = locate_marks(text, statements)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Markup] = []
    for a, b in itertools.pairwise(cuts):
        for m in marks:
            if m.kind == "content" and m.start == a:
                out.append(_ref(m.index, statements[m.index]))
        active = [m for m in marks if m.start <= a and b <= m.end]
        out.append(_wrap(escape(text[a:b]), active, statements, speaker_url))
    return Markup("").join(out)
