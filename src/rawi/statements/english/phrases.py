"""Phrase-level helpers: words with offsets, the chunk before a cue, and whether it names a source.

English wire copy puts the source right before the cue ("Lindahl said", "a spokesman said")
or after it ("said Rita Vance, ..."); these helpers find that phrase without a parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from rawi.statements.english.lexicon import Lexicon

_TOKEN = re.compile(r"<[^>]*>|\w[\w'’&./-]*|--|(?<=\s)-(?=\s)|[,;:()\"“”—]")
PUNCT_STOPS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "--", "-"})
_REACHES = (80, 240)  # characters looked at before a cue; a longer subject is no subject


class Word(NamedTuple):
    """One token of the text with its offsets and its key: lower case, no trailing period or 's."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class Chunk:
    """The words between a stopper (punctuation, subordinator, boundary) and a cue."""

    start: int
    end: int
    stop: str  # the punctuation or word that ended the walk, or "" at the boundary
    stop_at: int  # offset of that stopper (the boundary offset when none)


_make_word = tuple.__new__  # builds a Word without NamedTuple's Python-level __new__ (hot path)


def tokens(text: str, lo: int, hi: int) -> list[Word]:
    """The words and punctuation marks of text[lo:hi]."""
    low = text[lo:hi].lower()
    found = []
    for match in _TOKEN.finditer(text, lo, hi):
        start, end = match.span()
        key = low[start - lo : end - lo]
        if key[-1] == ".":
            key = key.rstrip(".")
        if key[-2:] in ("'s", "’s"):
            key = key[:-2]
        found.append(_make_word(Word, (start, end, match.group(), key)))
    return found


def left_chunk(text: str, lo: int, hi: int, lex: Lexicon) -> Chunk:
    """The chunk ending at `hi`: back to the nearest punctuation, subordinator or `lo`.

    A parenthesis ('(DFCA)') is part of the chunk; 'and'/'but' between a lower-case word and
    a capitalised one starts a new clause ('announced an offer and Dome said').
    """
    for reach in _REACHES:
        window = max(lo, hi - reach)
        found = _walk_back(text, window, hi, lex)
        if found.stop or window == lo:
            return found
    return found


def _walk_back(text: str, window: int, hi: int, lex: Lexicon) -> Chunk:
    """left_chunk within text[window:hi]; stop '' when nothing stopped the walk."""
    words = tokens(text, window, hi)
    start = hi
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word.text == ")":
            opening = _opening_paren(words, k)
            if opening is not None:
                start, k = words[opening].start, opening - 1
                continue
        if word.text == "," and _company_suffix_after(words, k):
            start, k = word.start, k - 1  # 'Acme, Inc. said': the comma is part of the name
            continue
        if word.text in PUNCT_STOPS or word.key in lex.words["subordinators"]:
            return Chunk(start, hi, word.key, word.start)
        if word.key in lex.cues and _reporting_here(words, k, lex):
            return Chunk(start, hi, word.key, word.start)
        if word.key in {"and", "but"} and 0 < k < len(words) - 1 and _new_clause(words[k - 1], words[k + 1]):
            return Chunk(start, hi, word.key, word.start)
        start = word.start
        k -= 1
    return Chunk(start, hi, "", window)


# the legal forms a company name may write after a comma ('Acme, Inc.', 'Vela Co., Ltd.')
LEGAL_FORMS = frozenset(
    {"inc", "ltd", "llc", "l.l.c", "co", "corp", "plc", "lp", "l.p", "s.a", "ag", "n.v", "gmbh"}
)


def _company_suffix_after(words: list[Word], k: int) -> bool:
    """True for a comma inside a company name that a legal form ends ('Acme, Inc.', 'Lund, Berg
    and Hale Inc'): capitalised words, 'and' or '&' from the comma to the legal form."""
    if not 0 < k < len(words) - 1 or not words[k - 1].text[:1].isupper():
        return False
    joined = False  # past the comma, a legal form comes at once or after 'and'/'&' ('May, Dorn, Inc.' no)
    for j, word in enumerate(words[k + 1 : k + 1 + _FIRM_WORDS]):
        if word.key in LEGAL_FORMS and word.text[:1].isupper():
            return j == 0 or joined
        joined = joined or word.key in {"and", "&"}
        if not (word.text[:1].isupper() or word.key in {"and", "&", ","}):
            return False
    return False


_FIRM_WORDS = 7  # words after a comma inside a company name, its legal form included


def _reporting_here(words: list[Word], k: int, lex: Lexicon) -> bool:
    """True when the cue form at `k` reports and so ends the clause before a later cue: a finite
    cue that takes a bare clause, or any finite cue right before 'that', a colon or a quotation;
    never one followed by a negation or an infinitive ('who asked not to be named')."""
    cue = lex.cues[words[k].key]
    following = words[k + 1].key if k + 1 < len(words) else ""
    if cue.participle or following in {"not", "never", "to"} or _opens_relative(words, k, lex):
        return False
    if k and words[k].key.endswith("ed") and following in {"about", "of", "on"}:
        return words[k - 1].key not in lex.words["anonymous"]  # 'people informed about the plan said'
    if k and words[k].text[:1].isupper() and words[k - 1].text[:1].isupper() and words[k - 1].text.isalpha():
        return words[k].text.isupper()  # 'Nabil Said told ...': a surname after a given name, no cue
    return cue.object == "clause" or following in {"that", ":", '"', "“"}


def _opens_relative(words: list[Word], k: int, lex: Lexicon) -> bool:
    """True for a cue in a non-restrictive relative clause (', which has denied ...'): the clause
    ends at its comma and the main clause's subject lies before it."""
    j = k - 1
    while j >= 0 and (words[j].key in lex.words["auxiliaries"] or words[j].key.endswith("ly")):
        j -= 1
    return j >= 1 and words[j].key in {"which", "who"} and words[j - 1].text == ","


def _opening_paren(words: list[Word], close: int) -> int | None:
    for k in range(close - 1, max(-1, close - 12), -1):
        if words[k].text == "(":
            return k
    return None


def _new_clause(before: Word, after: Word) -> bool:
    return before.text[:1].islower() and after.text[:1].isupper()


def trim_subject(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int, bool]:
    """Drop leading conjunctions and trailing auxiliaries, adverbs and time words.

    Returns the trimmed bounds and whether a conjunction led the chunk ("but said ...").
    """
    words = tokens(text, start, end)
    led = False
    while words and (words[0].key in lex.words["conjunctions"] or words[0].key in lex.words["auxiliaries"]):
        led = led or words[0].key in {"and", "but"}
        words = words[1:]
    while words and _trailing_filler(words, lex):
        words = words[:-1]
    if not words:
        return end, end, led
    return words[0].start, words[-1].end, led


_ASPECT_ADVERBS = frozenset({"long", "always", "never", "consistently", "since", "just", "lately"})
_PERFECT = frozenset({"has", "have", "had"})
# adverbs between a subject and its cue that doubt the report ('the coach allegedly told')
EVIDENTIALS = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly"})


def _participle(word: str) -> bool:
    """A past participle that modifies a document ('released', 'published', 'seen', 'shown')."""
    return word.endswith("ed") or word in {"seen", "shown", "written", "given", "made", "put", "sent"}


def _trailing_filler(words: list[Word], lex: Lexicon) -> bool:
    last = words[-1].key
    if last in lex.words["auxiliaries"] or last in lex.words["weekdays"] or last in EVIDENTIALS:
        return True
    if len(words) > 1 and words[-2].key in lex.words["documents"] and _participle(last):
        return True  # 'Data released (on Friday) showed': the document, without its participle
    if last in {"both", "all", "each"} and len(words) > 2:
        return True  # 'Maes and his colleague Sara Lind both expect'
    if last in _ASPECT_ADVERBS and len(words) > 1 and words[-2].key in _PERFECT:
        return True  # 'Critics have long argued': the perfect's adverb, no part of the subject
    if last in lex.words["time_words"] and len(words) > 1:
        return words[-2].key in lex.words["time_words"] or last in {
            "today",
            "yesterday",
            "earlier",
            "later",
            "last",
            "this",
            "next",
            "on",
        }
    return False


def is_subject(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when text[start:end] can name a source: a short noun phrase, not a clause."""
    words = [w for w in tokens(text, start, end) if w.text not in PUNCT_STOPS]
    if not words or (len(words) > _SUBJECT_WORDS and not _names_only(words)):
        return False
    if words[-1].key in lex.words["determiners"] or words[-1].key in {"of", "for", "to", "with"}:
        return False
    first = words[0]
    if len(words) > 1 and first.key.endswith("ing") and words[1].key in _ADVERBIAL_PREPOSITIONS:
        return False  # "Speaking on Radio Nord's morning show, ...": an adverbial clause, no noun phrase
    if not (
        first.text[0].isupper()
        or first.text[0].isdigit()
        or first.text.startswith("<")
        or _known(first.key, lex)
        or (len(words) > 1 and (words[-1].text[0].isupper() or _known(words[-1].key, lex)))
    ):
        return False
    return not any(_clausal(word, lex) and not _modifier_noun(words, k, lex) for k, word in enumerate(words))


_SUBJECT_WORDS = 12
_NAMES_WORDS = 20  # 'Halden Bank and the Lund University Institute of Applied Economic and Social Research'
_NAME_LINKS_OF_BODIES = frozenset({"of", "and", "the", "for", "&"})


def _names_only(words: list[Word]) -> bool:
    """True for a long run of capitalised names and the small words linking them: the names of
    two bodies joined by 'and' are a subject however long."""
    return (
        len(words) <= _NAMES_WORDS
        and all(w.text[:1].isupper() or w.key in _NAME_LINKS_OF_BODIES for w in words)
        and words[0].text[:1].isupper()
    )


_ADVERBIAL_PREPOSITIONS = frozenset({"on", "to", "at", "in", "with", "after", "before", "from", "during"})


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "on", "in", "with", "about", "of"})


def _modifier_noun(words: list[Word], k: int, lex: Lexicon) -> bool:
    """A verb-like word that is part of a noun phrase: a noun after a determiner ('of the plans')
    or a reduced passive after a source noun ('economists polled by the agency')."""
    before = words[k - 1].key if k else ""
    if (
        before in lex.words["determiners"]
        and before != "that"
        and words[k].key not in lex.words["auxiliaries"]
    ):
        return True
    by = k + 1 < len(words) and words[k + 1].key in _PARTICIPLE_PREPOSITIONS
    if by and words[k].key.endswith("ed") and _known(before, lex) and k + 2 < len(words):
        return True  # 'economists polled by the agency', 'a person briefed on the talks'
    return _attributive(words, k, lex)


def _attributive(words: list[Word], k: int, lex: Lexicon) -> bool:
    """A participle used as an adjective between a modifier and its plural noun, deep in a phrase
    ('ministers from seven major industrialized nations', 'banks in newly listed markets')."""
    if k < 2 or k + 1 >= len(words) or not words[k].key.endswith("ed"):
        return False
    before, after = words[k - 1], words[k + 1]
    return (
        before.text.islower()
        and not _known(before.key, lex)
        and after.text.islower()
        and after.key.endswith("s")
        and not _known(after.key, lex)
        and (k + 2 == len(words) or words[k + 2].key in {"of", "in", "at", "from", "with"})
    )


def _known(key: str, lex: Lexicon) -> bool:
    """A closed-class word or a listed source noun (plural 's' aside)."""
    known = lex.words["known"]
    return key in known or (key.endswith("s") and key[:-1] in known)


def _clausal(word: Word, lex: Lexicon) -> bool:
    """A word that makes a chunk a clause rather than a name: an auxiliary, a verb, a cue."""
    key = word.key
    if word.text[0].isupper():
        return key in {"is", "was", "has", "had", "will", "would"} and word.text.islower()
    if key in lex.words["auxiliaries"] or key in lex.words["verbish"] or key in lex.cues:
        return True
    return key.endswith("ed") and not _known(key, lex) and len(key) > 4


def _modifier_after_article(words: list[Word], k: int, lex: Lexicon) -> bool:
    """True for a lower-case word right after an opening article, or after such words, when a
    known source noun follows within two words ('A federal judge', 'The new state regulator')."""
    if not words or words[0].key not in {"a", "an", "the"} or not 0 < k <= _ARTICLE_MODIFIERS:
        return False
    if any(not w.text.islower() for w in words[1:k]):
        return False
    return any(_known(w.key, lex) for w in words[k + 1 : k + 3])


_ARTICLE_MODIFIERS = 2  # adjectives between an opening article and the source noun it introduces
_NAME_LINKS = frozenset(
    {
        "of",
        "for",
        "from",
        "in",
        "at",
        "on",
        "and",
        "de",
        "van",
        "von",
        "al",
        "bin",
        "pct",
        "percent",
        "per",
        "cent",
    }
)


def clause_subject(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject phrase opening a clause ("He gave no figures" -> "He"), for elided subjects."""
    words = tokens(text, start, end)
    while words and words[0].text in {'"', "“"}:  # a quotation opening on its subject
        words = words[1:]
    best: int | None = None
    for k, word in enumerate(words[:8]):
        if word.text in PUNCT_STOPS or _clausal(word, lex) or word.key == "to":
            break
        if word.key == "on" and k + 1 < len(words) and words[k + 1].key in lex.words["weekdays"]:
            break  # 'The judge on Monday rejected ...': when, not who
        if word.text[0].isupper() or _known(word.key, lex):
            best = k
        elif _modifier_after_article(words, k, lex):
            continue  # 'A federal judge': an adjective between the article and its noun
        elif best is not None and word.key not in _NAME_LINKS and not word.text[0].isdigit():
            break  # 'The mayor rang me ...': an unknown lower-case word after the subject is its verb
    while best is not None and best >= 0 and words[best].key in lex.words["conjunctions"]:
        best = best - 1 if best > 0 else None
    if best is None:
        return None
    first = 0
    while first < best and words[first].key in lex.words["conjunctions"]:
        first += 1
    return words[first].start, words[best].end
