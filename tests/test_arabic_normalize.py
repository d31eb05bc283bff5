"""Arabic normalisers: one rule per test, on words and phrases of our own."""

from __future__ import annotations

import pytest

from rawi.arabic.normalize import match_key, search_key, strip_diacritics, unify_letters


def test_diacritics_and_tatweel_are_removed() -> None:
    assert strip_diacritics("مُحَمَّدٌ") == "محمد"
    assert strip_diacritics("جـــدا") == "جدا"


@pytest.mark.parametrize("form", ["أ", "إ", "آ", "ٱ"])
def test_every_alef_form_becomes_bare_alef(form: str) -> None:
    assert unify_letters(f"{form}مل") == "امل"


def test_alef_maksura_and_teh_marbuta_are_unified() -> None:
    assert unify_letters("مستشفى المدينة") == "مستشفي المدينه"


def test_search_key_folds_presentation_forms_and_case() -> None:
    assert search_key("ﻗﺎﻝ Reuters") == "قال reuters"
    assert search_key("أَرَامْكُو") == search_key("ارامكو") == "ارامكو"


def test_match_key_drops_punctuation_and_extra_spaces() -> None:
    assert match_key("  «وزارة   الخارجية»، (القاهرة) ") == "وزاره الخارجيه القاهره"


@pytest.mark.parametrize("text", ["إِلى آخِرِه", "ﻗﺎﻝ: «أنا»", "ـــأحمدـــ"])
def test_normalisers_are_idempotent(text: str) -> None:
    for normalise in (strip_diacritics, unify_letters, search_key, match_key):
        assert normalise(normalise(text)) == normalise(text)
