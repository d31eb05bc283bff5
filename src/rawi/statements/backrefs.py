"""Back-references: 'الوكالة', 'التقرير', 'المصدر' take the name given earlier in the article."""

from __future__ import annotations

from rawi.statements.lexicon import Lexicon
from rawi.statements.naming import describe
from rawi.statements.speakers import Source, read_subject
from rawi.statements.tokens import Token, fold, strip_conjunction

_OWNED = ("تقرير", "بيان", "دراسه")


def _indefinite_forms(noun: str) -> set[str]:
    """تقرير -> تقرير، تقريرا، لتقرير، بتقرير, وكالة -> وكاله، لوكاله ..."""
    forms = {noun, noun + "ا"}
    return forms | {p + f for p in ("ل", "ب", "و", "ف") for f in forms}


def resolve(source: Source, before: list[Token], text: str, lex: Lexicon) -> Source:
    """The named source a back-reference stands for, searching the tokens before it."""
    words = source.name.split()
    if len(words) != 1:
        return source
    noun = lex.maps["back_references"].get(strip_conjunction(fold(words[0])))
    if noun is None:
        return source
    forms = _indefinite_forms(noun)
    for k in range(len(before) - 1, -1, -1):
        if before[k].key in forms and k + 1 < len(before) and before[k + 1].is_word:
            found = _name_after(before, k + 1, noun, text, lex)
            if found is not None:
                kind = "document" if noun in _OWNED else found.kind
                return Source(found.name, source.role, kind, source.via)
    return source


def _name_after(tokens: list[Token], k: int, noun: str, text: str, lex: Lexicon) -> Source | None:
    if noun in _OWNED:
        owner = tokens[k]
        if owner.key.startswith("ل") and len(owner.key) > 3:
            head = owner.key[1:]
            k += 1 if lex.has("media_heads", head) or lex.has("organization_heads", head) else 0
        elif lex.has("media_heads", owner.key):
            k += 1
    end = read_subject(tokens, k, lex)
    if end <= k:
        return None
    found = describe(tokens[k:end], text, lex)
    if noun in ("مصدر", "مصادر"):
        phrase = text[tokens[k - 1].start : tokens[end - 1].end]
        return Source(phrase.lstrip("وبل"), None, "anonymous")
    return found if found.name else None

