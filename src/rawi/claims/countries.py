"""States named in a text, whatever the naming: its name, its nationality adjective, its capital
or the seat of its government (data/countries.json).

"المملكة المتحدة", "البريطانية", "لندن" and "Downing Street" all give one key, so two outlets
that name one state differently still share it, and a denial by "أنقرة" is known to come from the
side of "تركيا". A state after a locative preposition ("قرب بغداد", "في ليبيا", "ببيروت") is a place,
not an actor: `states(text, actors=True)` leaves it out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from rawi.arabic.normalize import ARTICLE_FORMS, CONJUNCTIONS, PREPOSITIONS, match_key

_DATA = json.loads(resources.files("rawi.claims").joinpath("data/countries.json").read_text("utf-8"))
LOCATIVES = frozenset(match_key(" ".join(_DATA["locatives"])).split())
_ENDINGS = ("تين", "تان", "ين", "ون", "ان", "ات", "ه", "ا", "s")  # a nisba's inflections, longest first
_SINGLE = tuple(CONJUNCTIONS + PREPOSITIONS)
MAX_WORDS = max(len(match_key(n).split()) for s in _DATA["states"].values() for k in s for n in s[k])
KEY_PREFIX = "@"  # a state key ("@fr") never equals a word


def _without_article(word: str) -> str:
    """A word without a leading article form (ال، وال، بال، لل ...), when 3+ letters remain."""
    for prefix in ARTICLE_FORMS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _forms(word: str) -> tuple[str, ...]:
    """The word and what is left once its proclitics go: والعراق -> عراق, لموسكو -> موسكو."""
    found = [word, _without_article(word)]
    if word.startswith(_SINGLE) and len(word) > 4:
        found += [word[1:], _without_article(word[1:])]
    return tuple(dict.fromkeys(found))


def _table() -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[str, str]]:
    """Phrases (names, capitals, seats; first word without its article) -> (state, kind), and
    nisba stems -> state."""
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    nisbas: dict[str, str] = {}
    for state, naming in _DATA["states"].items():
        for kind in ("names", "capitals", "seats"):
            for name in naming[kind]:
                words = match_key(name).split()
                phrases[(_without_article(words[0]), *words[1:])] = (state, kind)
        for adjective in naming["adjectives"]:
            nisbas[_without_article(match_key(adjective))] = state
    return phrases, nisbas


_PHRASES, _NISBAS = _table()
_FIRST_WORDS = frozenset(phrase[0] for phrase in _PHRASES)
GOVERNMENT_WORDS = frozenset(map(_without_article, match_key(" ".join(_DATA["government_words"])).split()))
DOER_HEADS = frozenset(map(_without_article, match_key(" ".join(_DATA["doer_heads"])).split()))
CLAUSE_OPENERS = frozenset(match_key(" ".join(_DATA["clause_openers"])).split())


@lru_cache(maxsize=1 << 16)
def _openers(word: str) -> tuple[str, ...]:
    """The clitic-free forms of a word that open a state's name, capital or seat (most words: none)."""
    return tuple(dict.fromkeys(f for f in map(_without_article, _forms(word)) if f in _FIRST_WORDS))


@lru_cache(maxsize=1 << 16)
def _nisba(word: str) -> str | None:
    """The state of a nationality adjective in any inflection (اليابانية، يابانيين، japanese)."""
    for form in _forms(word):
        if form in _NISBAS:
            return _NISBAS[form]
        for ending in _ENDINGS:
            if form.endswith(ending) and form[: -len(ending)] in _NISBAS:
                return _NISBAS[form[: -len(ending)]]
    return None


def spans(words: list[str]) -> list[tuple[int, int, str]]:
    """Where match-key `words` name a state: (first word, number of words, state key), in order."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = _phrase(words, i)
        size, state = hit if hit else (1, _nisba(words[i]))
        if state:
            found.append((i, size, KEY_PREFIX + state))
        i += size
    return found


@lru_cache(maxsize=1 << 16)
def states(text: str, actors: bool = False) -> frozenset[str]:
    """The keys ("@us") of the states a text names; with `actors`, not those named as a place."""
    words = match_key(text).split()
    return frozenset(
        state
        for i, size, state in spans(words)
        if not (actors and ((i > 0 and words[i - 1] in LOCATIVES) or _governed_by_bi(words, i, size)))
    )


@lru_cache(maxsize=1 << 16)
def doers(text: str) -> frozenset[str]:
    """The states a text names as doers: by name, capital or seat, not as a place, or by a
    nationality adjective after a state organ ("القوات التركية", "النظام السوري"); one after
    another noun only describes it ("صادرات القمح الأوكراني"), and so does a name written like
    an adjective ("السعودية") unless a clause opens with it ("أن تكون السعودية ...")."""
    words = match_key(text).split()
    return doers_among(words, spans(words))


def doers_among(words: list[str], found: list[tuple[int, int, str]]) -> frozenset[str]:
    """`doers` of match-key `words` whose state spans (`spans`) are `found` already."""
    return frozenset(
        state
        for i, size, state in found
        if not ((i > 0 and words[i - 1] in LOCATIVES) or _governed_by_bi(words, i, size))
        and (_named(words, i, size) or (i > 0 and _without_article(words[i - 1]) in DOER_HEADS))
    )


def _named(words: list[str], i: int, size: int) -> bool:
    """Whether a state span is its name, capital or seat rather than an adjective: a name spelled
    like a nationality adjective names the state only where a clause opens with it."""
    if _phrase(words, i) is None:
        return False
    return size > 1 or _nisba(words[i]) is None or i == 0 or words[i - 1] in CLAUSE_OPENERS


def _phrase(words: list[str], i: int) -> tuple[int, str] | None:
    """The longest state phrase starting at word `i`, as (its length, state)."""
    openers = _openers(words[i])
    if not openers:
        return None
    for size in range(min(MAX_WORDS, len(words) - i), 0, -1):
        rest = tuple(words[i + 1 : i + size])
        for form in openers:
            hit = _PHRASES.get((form, *rest))
            if hit:
                return size, hit[0]
    return None


def _governed_by_bi(words: list[str], i: int, size: int) -> bool:
    """Whether a state phrase carries the preposition ب ("ببغداد", "بالعراق": in it, a place)."""
    word = words[i]
    return word.startswith("ب") and _phrase([word[1:], *words[i + 1 : i + size]], 0) is not None


@lru_cache(maxsize=1 << 16)
def governments(speaker: str, role: str | None = None) -> frozenset[str]:
    """The states a speaker stands for: a state's name, capital or seat ("اليابان", "طوكيو", "الكرملين"),
    or government words and states, in the speaker or its role ("الخارجية التركية", "المتحدث
    باسم وزارة الخارجية القطرية", "الرئيسان المصري والسوداني"); else none. What it
    says is the position of those states."""
    for text in (speaker, role or ""):
        words = match_key(text).split()
        hit = _phrase(words, 0) if words else None
        if hit and hit[0] == len(words):
            return frozenset({KEY_PREFIX + hit[1]})
        found = spans(words)
        covered = {k for i, size, _state in found for k in range(i, i + size)}
        rest = [w for k, w in enumerate(words) if k not in covered]
        if found and all(_without_article(w) in GOVERNMENT_WORDS for w in rest):
            return frozenset(state for _i, _size, state in found)
    return frozenset()


def government(speaker: str, role: str | None = None) -> str | None:
    """The one state a speaker stands for (see `governments`), else None."""
    found = governments(speaker, role)
    return next(iter(found)) if len(found) == 1 else None


def adjectives(words: list[str], found: list[tuple[int, int, str]] | None = None) -> list[tuple[int, str]]:
    """Where match-key `words` name a state by its nationality adjective alone (not a name that is
    spelled like one at a clause's opening): (word index, state key), in order (`found`: the
    state spans of `words`, when known)."""
    return [
        (i, state)
        for i, size, state in (spans(words) if found is None else found)
        if size == 1 and _nisba(words[i]) is not None and not _named(words, i, size)
    ]
