"""Arabic normalisers and the keys built from them: str -> str, idempotent, with named code points.

Display always shows the original text; a key is only ever compared with other keys of its kind:

- `search_key`: what people type and what is stored, compared case-blind (NFKC, lower case).
- `match_key`: names and phrases compared whole (search_key without punctuation, single spaces).
- `fold`: one word of an article, compared with the lexicon by the extractor (case kept, fast).
- `index_key`: the words the FTS5 search index holds and queries with (match_key, proclitics off).

Keys of other modules are built on these and this module's tables: the light stem of a claim's
words (`rawi.claims.text.stem`, `word_key`) and the family-name key of a speaker
(`rawi.claims.names.family_key`). The tables live here once: the diacritic range, the alef forms,
the digits, and the clitics (article, conjunctions, prepositions, suffixes) in data/clitics.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from typing import Final

TATWEEL: Final = "\u0640"
ALEF: Final = "\u0627"
ALEF_MADDA: Final = "\u0622"
ALEF_HAMZA_ABOVE: Final = "\u0623"
ALEF_HAMZA_BELOW: Final = "\u0625"
ALEF_WASLA: Final = "\u0671"
ALEF_MAKSURA: Final = "\u0649"
YEH: Final = "\u064a"
TEH_MARBUTA: Final = "\u0629"
HEH: Final = "\u0647"
DECIMAL_SEPARATOR: Final = "\u066b"

# A regex character-class body: Quranic marks, harakat, shadda, sukun, dagger alef, small high marks.
DIACRITICS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# The marks vowelled news text carries: tanween (ً ٌ ٍ), short vowels (َ ُ ِ), shadda, sukun.
HARAKAT: Final = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
# Presentation forms (ﻗﺎﻝ): letters NFKC turns back into ordinary ones.
PRESENTATION_FORMS: Final = "\ufb50-\ufdff\ufe70-\ufeff"
ALEF_FORMS: Final = (ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA)
DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")  # Arabic-Indic, Persian

_CLITICS: Final = json.loads(resources.files("rawi.arabic").joinpath("data/clitics.json").read_text("utf-8"))
ARTICLE: Final[str] = _CLITICS["article"]
CONJUNCTIONS: Final[tuple[str, ...]] = tuple(_CLITICS["conjunctions"])
PREPOSITIONS: Final[tuple[str, ...]] = tuple(_CLITICS["prepositions"])
# The article after one proclitic letter: وال فال بال كال لل (ل + ال is written لل).
# ب/ك/ل + ال (ل + ال is written لل): a definite noun behind a preposition.
PREPOSITION_ARTICLES: Final = tuple((p + ARTICLE).replace("لال", "لل") for p in PREPOSITIONS)
ARTICLE_COMPOUNDS: Final = tuple(p + ARTICLE for p in CONJUNCTIONS) + PREPOSITION_ARTICLES
ARTICLE_FORMS: Final = (*ARTICLE_COMPOUNDS, ARTICLE)  # longest first, for a first-match startswith loop
# Proclitics one unit at a time; their combinations (وبال، فلل، كال ...) are sequences of units.
CLITIC_UNITS: Final = (ARTICLE, *CONJUNCTIONS, *PREPOSITIONS)
SUFFIXES: Final[tuple[str, ...]] = tuple(_CLITICS["suffixes"])
MIN_STEM: Final = 3  # letters a stem keeps when a clitic goes: بلد, ولد and كان stay whole

_DIACRITICS: Final = re.compile(f"[{DIACRITICS}]")
_PRESENTATION: Final = re.compile(f"[{PRESENTATION_FORMS}]")
_MARK_OR_PRESENTATION: Final = re.compile(f"[{DIACRITICS}{TATWEEL}{PRESENTATION_FORMS}]")
_PUNCT: Final = re.compile(r"[^\w\s]")
# At the start of every word of a single-spaced key, as many clitic units as can go while
# MIN_STEM letters remain after each. Stripping every unit (not only a grammatical sequence)
# is what makes a word and each of its clitic forms one key: وزير, الوزير, ووزير and بالوزير
# all give زير, so each finds what the others find; فلسطين and لفلسطين both give سطين. The
# price is that a word whose own first letters look like clitics shares its key with the
# shorter word (لجنه and جنه), which a user's word and its clitic forms cannot avoid anyway.
_PROCLITICS: Final = re.compile(rf"(?<!\S)(?:(?:{'|'.join(CLITIC_UNITS)})(?=\S{{{MIN_STEM}}}))+")


# the marks of DIACRITICS that str.isalpha counts as letters (the small waw and yeh): a text of
# letters only holds no other mark
_ALPHA_MARKS: Final = tuple(c for c in map(chr, range(0x600, 0x700)) if _DIACRITICS.match(c) and c.isalpha())


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel: مُحَمَّد -> محمد, جـــدا -> جدا.

    A word of letters only (most words asked) has no mark to remove: the regex is not run on it.
    """
    if text.isalpha() and not any(mark in text for mark in _ALPHA_MARKS):
        return text.replace(TATWEEL, "")
    return _DIACRITICS.sub("", text).replace(TATWEEL, "")


def unify_letters(text: str) -> str:
    """Fold alef forms to ا, ى to ي and ة to ه: أرامكو -> ارامكو, مستشفى -> مستشفي."""
    for form in ALEF_FORMS:  # str.replace per form: several times faster than a regex here
        text = text.replace(form, ALEF)
    return text.replace(ALEF_MAKSURA, YEH).replace(TEH_MARBUTA, HEH)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, one for one, so offsets still hold: ٢٠٢٤ -> 2024."""
    return text.translate(DIGITS)


def search_key(text: str) -> str:
    """For search and case-blind lookups: NFKC, no diacritics, unified letters, lower case.

    أَرَامْكُو, أرامكو and ارامكو all give ارامكو; ﻗﺎﻝ Reuters gives قال reuters.
    """
    text = unicodedata.normalize("NFKC", text)
    return unify_letters(strip_diacritics(text)).lower()


def match_key(text: str) -> str:
    """For comparing names and phrases whole: search_key without punctuation, single spaces.

    «وزارة   الخارجية»، gives وزاره الخارجيه.
    """
    return " ".join(_PUNCT.sub(" ", search_key(text)).split())


def fold_passage(text: str) -> str:
    """`fold` for a whole passage at once (no presentation forms): the same letters, one pass."""
    return unify_letters(strip_diacritics(text))


_FOLDED: Final[dict[str, str]] = {}  # fold's recent results: text -> key
_FOLDED_MAX: Final = 32768  # words: an article's vocabulary many times over (the tokeniser folds each word)


def fold(text: str) -> str:
    """For matching a word of an article against the extractor's lexicon: the token key, case kept.

    No diacritics or tatweel, one alef, ى as ي, ة as ه: مُضيفاً -> مضيفا, المتحدثة -> المتحدثه;
    presentation forms (ﻗﺎﻝ) become letters (قال). A pure function of its text, and the extractor
    folds the same names and lemmas again and again, so recent results are kept (bounded: the
    memo starts afresh when full). A dict, not lru_cache: compiled, a call is then a direct call.
    """
    key = _FOLDED.get(text)
    if key is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        key = _FOLDED[text] = _fold(text)
    return key


def _fold(text: str) -> str:
    """`fold`, computed."""
    if _MARK_OR_PRESENTATION.search(text) is None:
        return unify_letters(text)
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    return fold_passage(text)


def letters_only_fold(text: str) -> bool:
    """Whether folding the text only swaps letters one for one (no marks, tatweel or presentation
    forms), so a word's key can be sliced from the folded text at the word's own offsets."""
    return _MARK_OR_PRESENTATION.search(text) is None


def index_key(text: str) -> str:
    """For the search index and its queries: match_key with the proclitics off every word.

    أَرَامْكُو -> ارامكو; "التقرير غير صحيح" -> تقرير غير صحيح; بالوزير, للوزير and وزير -> زير;
    وقال -> قال. One pass over the whole key (index and query alike), not a loop over words.
    """
    return _PROCLITICS.sub("", match_key(text))
