"""English verb paradigms: the -s, -ed and -ing forms of a lemma, so the lexicon lists lemmas only.

"deny" -> deny, denies, denied, denying; "admit" -> admits, admitted, admitting (doubling);
"signal" -> signals, signalled, signaled, signalling, signaling; "rule out" -> rules out, ruled out ...;
irregular pasts ("say" -> said) come from the lexicon's table.
"""

from __future__ import annotations

from dataclasses import dataclass

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "sh", "ch", "x", "z", "o")


@dataclass(frozen=True)
class Paradigm:
    """The finite and participle forms of one verb lemma."""

    base: str  # 'deny': plural present ('officials deny')
    third: str  # 'denies'
    past: tuple[str, ...]  # 'denied' (two spellings for 'signalled' / 'signaled')
    ing: tuple[str, ...]  # 'denying'

    @property
    def finite(self) -> tuple[str, ...]:
        """Base, -s and past forms, without repeats, in that order."""
        return tuple(dict.fromkeys((self.base, self.third, *self.past)))


def _doubles(verb: str, doubling: frozenset[str]) -> bool:
    """True when the final consonant doubles before -ed/-ing ('admit', 'plan'; listed or one syllable)."""
    if verb in doubling:
        return True
    if len(verb) < 3 or verb[-1] in _VOWELS or verb[-1] in "wxy":
        return False
    consonant_vowel_consonant = verb[-2] in _VOWELS and verb[-3] not in _VOWELS
    syllables = sum(
        1 for k, ch in enumerate(verb) if ch in _VOWELS and (k == 0 or verb[k - 1] not in _VOWELS)
    )
    return consonant_vowel_consonant and syllables == 1


def _third(verb: str) -> str:
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    if verb.endswith(_SIBILANT_ENDS):
        return verb + "es"
    return verb + "s"


def _suffixed(verb: str, suffix: str, doubling: frozenset[str]) -> tuple[str, ...]:
    """verb + 'ed' or 'ing' with the spelling rules of English (e dropped, y to i, consonant doubled)."""
    if suffix == "ed":
        if verb.endswith("e"):
            return (verb + "d",)
        if verb.endswith("y") and verb[-2] not in _VOWELS:
            return (verb[:-1] + "ied",)
    elif verb.endswith("ie"):
        return (verb[:-2] + "ying",)
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return (verb[:-1] + suffix,)
    if _doubles(verb, doubling):
        return (verb + verb[-1] + suffix,)
    if verb.endswith("l") and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
        return (verb + "l" + suffix, verb + suffix)  # British 'signalled', American 'signaled'
    return (verb + suffix,)


def paradigm(
    lemma: str, irregular: dict[str, list[str]] | None = None, doubling: frozenset[str] = frozenset()
) -> Paradigm:
    """The paradigm of `lemma`; a phrasal lemma ('rule out') inflects its first word only.

    `irregular` gives the past forms of verbs that do not take -ed ('write': wrote, written).
    """
    verb, *rest = lemma.split()
    tail = "".join(" " + word for word in rest)
    pasts = tuple((irregular or {}).get(verb, ())) or _suffixed(verb, "ed", doubling)
    return Paradigm(
        base=verb + tail,
        third=_third(verb) + tail,
        past=tuple(form + tail for form in pasts),
        ing=tuple(form + tail for form in _suffixed(verb, "ing", doubling)),
    )
