"""Arabic normalisers: one rule per test, on words and phrases of our own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.arabic.normalize import (
    ARTICLE,
    ARTICLE_COMPOUNDS,
    ARTICLE_FORMS,
    CLITIC_UNITS,
    CONJUNCTIONS,
    DIACRITICS,
    HARAKAT,
    PREPOSITIONS,
    SUFFIXES,
    fold,
    fold_passage,
    index_key,
    match_key,
    search_key,
    strip_diacritics,
    to_ascii_digits,
    unify_letters,
)


def test_diacritics_and_tatweel_are_removed() -> None:
    assert strip_diacritics("مُحَمَّدٌ") == "محمد"
    assert strip_diacritics("جـــدا") == "جدا"
    assert strip_diacritics(f"ب{HARAKAT}ـت") == "بت"


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
    for normalise in (strip_diacritics, unify_letters, search_key, match_key, fold, index_key):
        assert normalise(normalise(text)) == normalise(text)


def test_fold_keeps_case_and_reads_presentation_forms() -> None:
    assert fold("مُضيفاً") == "مضيفا"
    assert fold("المتحدثة") == "المتحدثه"
    assert fold("ﻗﺎﻝ") == "قال"
    assert fold("Reuters") == "Reuters"


def test_fold_passage_equals_fold_word_by_word() -> None:
    passage = "أَعلنَتْ الوزارةُ مساءً"
    assert fold_passage(passage).split() == [fold(word) for word in passage.split()]


def test_index_key_drops_proclitics_while_three_letters_remain() -> None:
    assert index_key("بالمدرسة وللمدرسة مدرسة") == "مدرسه مدرسه مدرسه"
    assert index_key("وَلَد") == "ولد"


def test_digits_become_ascii_one_for_one() -> None:
    assert to_ascii_digits("عام ٢٠٢٤ و۱۴۰۳") == "عام 2024 و1403"


def test_article_tables_are_built_from_the_clitic_data() -> None:
    assert ARTICLE == "ال"
    assert set(ARTICLE_COMPOUNDS) == {"وال", "فال", "بال", "كال", "لل"}
    assert ARTICLE_FORMS[-1] == ARTICLE
    assert set(CLITIC_UNITS) == {ARTICLE, *CONJUNCTIONS, *PREPOSITIONS} == {"ال", "و", "ف", "ب", "ك", "ل"}
    assert max(map(len, SUFFIXES)) == len(SUFFIXES[0])


@given(st.text(alphabet="قالمحد\u064e\u0651\u0640\u06e5\u06e6\u0670\u06ed ،", max_size=12))
def test_strip_diacritics_skips_the_regex_only_for_text_without_marks(text: str) -> None:
    """A text of letters only is returned without its tatweel: the same as the regex gives."""
    assert strip_diacritics(text) == re.sub(f"[{DIACRITICS}]", "", text).replace("\u0640", "")
