"""Adverbials standing between a verb and its subject ('وقال مجددا الوزير', 'وأكد بدوره المتحدث')."""

from __future__ import annotations

from typing import Final

from rawi.statements.content import time_phrase
from rawi.statements.lexicon import Lexicon
from rawi.statements.names import is_given_name
from rawi.statements.tokens import Token

_PHRASE: Final = 2  # words of an interposed opener phrase ('من جهته', 'في المقابل')


def subject_after_adverbials(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Where the subject starts when time words or a discourse opener come between the verb and it
    ('وقال أمس وزير الخارجية', 'وأوضحت من جهتها النائبة'), or j when none does or no source
    follows them ('وقال أمس إن': the subject is elided)."""
    k = j
    while k < len(tokens):
        if lex.has("time_words", tokens[k].key):
            k += 1
        elif width := time_phrase(tokens, k, lex):
            k += width
        elif _opener(tokens, k, lex):
            k += _PHRASE
        else:
            break
    return k if k > j and k < len(tokens) and _source_start(tokens[k], lex) else j


def _opener(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'من جهته', 'في المقابل': a two-word discourse opener."""
    return k + 1 < len(tokens) and lex.has("interposed_openers", f"{tokens[k].key} {tokens[k + 1].key}")


def _source_start(token: Token, lex: Lexicon) -> bool:
    """A word a speaker's noun phrase opens with: a title, a body, an unnamed source or a given name."""
    key = token.key
    if key in lex.title_forms or is_given_name(key):
        return True
    bare = key[2:] if token.definite and key.startswith("ال") else key
    return any(lex.has(name, k) for name in _SOURCE_HEADS for k in (key, bare))


_SOURCE_HEADS: Final = (
    "organization_heads",
    "media_heads",
    "anonymous_heads",
    "document_heads",
    "people_plurals",
    "people_nouns",
    "name_particles",
)
