"""Arabic normalisers, str -> str, idempotent, with named code points.

These serve matching and search; the original text is always kept for display.
"""

from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"
ALEF = "\u0627"
ALEF_MADDA = "\u0622"
ALEF_HAMZA_ABOVE = "\u0623"
ALEF_HAMZA_BELOW = "\u0625"
ALEF_WASLA = "\u0671"
ALEF_MAKSURA = "\u0649"
YEH = "\u064a"
TEH_MARBUTA = "\u0629"
HEH = "\u0647"

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ALEF_FORMS = (ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA)
_PUNCT = re.compile(r"[^\w\s]")


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel: مُحَمَّد -> محمد, جـــدا -> جدا."""
    return _DIACRITICS.sub("", text).replace(TATWEEL, "")


def unify_letters(text: str) -> str:
    """Fold alef forms to ا, ى to ي and ة to ه: أرامكو -> ارامكو, مستشفى -> مستشفي."""
    for form in _ALEF_FORMS:  # str.replace per form: several times faster than a regex here
        text = text.replace(form, ALEF)
    return text.replace(ALEF_MAKSURA, YEH).replace(TEH_MARBUTA, HEH)


def search_key(text: str) -> str:
    """The key rawi indexes and queries with: NFKC, no diacritics, unified letters, lower case.

    أَرَامْكُو, أرامكو and ارامكو all give ارامكو.
    """
    text = unicodedata.normalize("NFKC", text)
    return unify_letters(strip_diacritics(text)).lower()


def match_key(text: str) -> str:
    """search_key without punctuation and with single spaces, for comparing names and phrases."""
    return " ".join(_PUNCT.sub(" ", search_key(text)).split())
