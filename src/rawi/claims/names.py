"""Name keys for speaker identity: titles dropped, letters unified, a vowel-free skeleton.

Arabic spellings of foreign names vary in their long vowels (بيسكوف / بسكوف,
دميتري / ديمتري); the skeleton drops them so variants compare equal or one edit apart.
"""

from __future__ import annotations

from rawi.arabic.normalize import match_key

_TITLES = """الرئيس السيد السيده الشيخ الامير الملك الدكتور د المهندس الوزير العاهل الفريق اللواء العميد
    المستشار الاستاذ الاستاذه الحاج السفير القاضي النائب mr mrs ms dr sir president minister"""
TITLES = frozenset(_TITLES.split())
LONG_VOWELS = frozenset("اويىء")
_LATIN = {
    "ا": "a",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "'",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "'",
    "ئ": "'",
    "ؤ": "'",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
}


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without titles: "الرئيس فلاديمير بوتين" -> ("فلاديمير", "بوتين")."""
    words = [w for w in match_key(name).split() if w not in TITLES]
    return tuple(words) if words else tuple(match_key(name).split())


def skeleton(word: str) -> str:
    """A word without its inner long vowels: ديمتري -> دمتر, بيسكوف -> بسكف (the first letter stays)."""
    if not word:
        return word
    return word[0] + "".join(ch for ch in word[1:] if ch not in LONG_VOWELS)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance of two short strings, cut off at `limit + 1`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _bare(word: str) -> str:
    """A name word without its article: family names are written with and without it (الحداد / حداد)."""
    return word[2:] if word.startswith("ال") and len(word) >= 5 else word


def family_key(word: str) -> str:
    """The key a family name is looked up by: its skeleton without the article (الحداد, حداد -> حدد)."""
    return skeleton(_bare(word))


def same_word(a: str, b: str) -> bool:
    """Whether two name words are spelling variants: equal skeletons (with or without the article),
    or one edit apart when long."""
    if a == b:
        return True
    sa, sb = skeleton(_bare(a)), skeleton(_bare(b))
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 4 and edit_distance(sa, sb, 1) <= 1


def transliterate(name: str) -> str:
    """A Latin form of an Arabic name for display: بيسكوف -> Biskof (vowels guessed from و and ي)."""
    words = []
    for word in name_tokens(name):
        if word.isascii():
            words.append(word.capitalize())
            continue
        letters = []
        for i, ch in enumerate(word):
            if ch in "وي":
                initial = i == 0
                letters.append(("w" if ch == "و" else "y") if initial else ("o" if ch == "و" else "i"))
            else:
                letters.append(_LATIN.get(ch, ch if ch.isascii() else ""))
        words.append("".join(letters).capitalize())
    return " ".join(w for w in words if w)
