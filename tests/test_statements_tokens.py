"""Tokens of the statement extractor: offsets into the article, folded keys, conjunctions."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.arabic.normalize import ARTICLE, ARTICLE_COMPOUNDS
from rawi.statements.tokens import (
    _COMMON_MARKS,
    _MARK,
    _MARK_CHARS,
    _TOKEN,
    _is_punctuation,
    _words,
    fold,
    has_letters,
    strip_conjunction,
    tokenize,
)

# Letters, every foldable variant, marks, tatweel, a presentation form, spaces and punctuation.
_ARABIC_BITS = st.text(alphabet='قالوزيرأإآٱىةًٌَُِّْـﻗ «»":،. \n', max_size=60)


def test_tokens_carry_offsets_into_the_whole_text() -> None:
    text = "مقدمة. قال الوزير: «نعم»"
    start = text.index("قال")
    tokens = tokenize(text, start)
    assert [t.text for t in tokens] == ["قال", "الوزير", ":", "«", "نعم", "»"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0].start == start


def _unspaced(text: str) -> str:
    """A token's text without the spaces of a conjunction written apart ('و يذكر')."""
    return "".join(text.split())


@given(_ARABIC_BITS)
def test_each_token_key_is_its_own_text_folded(text: str) -> None:
    """Keys come from folding the passage at once: they must equal folding each token alone."""
    tokens = tokenize(text)
    assert all(t.key == fold(_unspaced(t.text)) and text[t.start : t.end] == t.text for t in tokens)
    assert "".join(_unspaced(t.text) for t in tokens) == "".join(text.split())


@given(_ARABIC_BITS, _ARABIC_BITS)
def test_keys_of_a_passage_inside_the_text_are_its_tokens_folded(before: str, text: str) -> None:
    """A passage after other text (a paragraph of an article) folds at its own offsets too."""
    whole = before + " " + text
    tokens = tokenize(whole, len(before) + 1)
    assert all(t.key == fold(_unspaced(t.text)) and whole[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == [t.text for t in tokenize(text)]


@given(st.text())
def test_words_split_at_spaces_are_the_token_pattern_words(text: str) -> None:
    """Any text, any whitespace or mark: splitting first gives the words the token regex finds."""
    assert _words(text) == _TOKEN.findall(text)


@given(_ARABIC_BITS)
def test_words_of_arabic_bits_are_the_token_pattern_words(text: str) -> None:
    assert _words(text + " ق_1 ،قال. ") == _TOKEN.findall(text + " ق_1 ،قال. ")


@given(st.text(alphabet='قال1ًـ_()«»".،؟-', max_size=12))
def test_words_with_marks_or_punctuation_at_either_end_are_the_token_pattern_words(text: str) -> None:
    """A chunk opening or closing with punctuation, a mark, tatweel or _ splits as the regex does."""
    assert _words(text) == _TOKEN.findall(text)


def test_mark_characters_are_every_character_of_the_mark_class() -> None:
    assert {chr(c) for c in range(0x110000) if _MARK.match(chr(c))} == _MARK_CHARS


def _reference_fold(text: str) -> str:
    """fold spelt out one character at a time, to check the fast whole-string passes against."""
    marks = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640)]
    table: dict[int, str | None] = {c: None for low, high in marks for c in range(low, high + 1)}
    table.update({ord(c): "ا" for c in "أإآٱ"} | {ord("ى"): "ي", ord("ة"): "ه"})
    presentation = any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in text)
    return (unicodedata.normalize("NFKC", text) if presentation else text).translate(table)


@given(_ARABIC_BITS)
def test_fold_drops_every_mark_and_unifies_every_letter_variant(text: str) -> None:
    assert fold(text) == _reference_fold(text)


def test_a_token_of_nothing_but_marks_keeps_an_empty_key() -> None:
    tokens = tokenize("قال « ً » نعم")
    assert [t.key for t in tokens] == ["قال", "«", "", "»", "نعم"]


def test_tokenize_stops_at_the_given_end() -> None:
    text = "قال الوزير إن الخطة جاهزة"
    assert [t.text for t in tokenize(text, 0, text.index(" إن"))] == ["قال", "الوزير"]


def test_diacritics_and_tatweel_stay_inside_one_word() -> None:
    tokens = tokenize("مُضيفاً أنَّ الاتفـاق قريب")
    assert [t.text for t in tokens] == ["مُضيفاً", "أنَّ", "الاتفـاق", "قريب"]
    assert tokens[0].key == "مضيفا"


def test_fold_unifies_alef_ya_and_ta_marbuta() -> None:
    assert fold("أكّدت") == fold("اكدت")
    assert fold("إلى") == fold("الي")
    assert fold("المتحدثة") == "المتحدثه"


def test_strip_conjunction_drops_attached_waw_and_fa_but_keeps_short_words() -> None:
    assert strip_conjunction("وقال") == "قال"
    assert strip_conjunction("فاكد") == "اكد"
    assert strip_conjunction("ورد") == "رد"
    assert strip_conjunction("في") == "في"


def test_word_kinds() -> None:
    word, comma, number, definite, name = tokenize("قال، 2024 الكرملين أليكسي")
    assert word.is_word and word.is_alpha and not word.definite
    assert not comma.is_word
    assert number.is_word and not number.is_alpha
    assert definite.definite
    assert not name.definite


@given(st.text(alphabet="والفبكلأإ12 قمن،ـً_#.", max_size=30))
def test_word_kinds_are_worked_out_once_and_asked_again_alike(text: str) -> None:
    """is_alpha and definite are kept after the first ask: each is what its key and text say, every time."""
    for token in tokenize(text):
        alpha = has_letters(token.key)
        definite = token.key.startswith(ARTICLE_COMPOUNDS) or (
            token.key.startswith(ARTICLE) and token.text[:1] not in ("أ", "إ")
        )
        assert [token.is_alpha, token.definite, token.is_alpha, token.definite] == [alpha, definite] * 2
        assert token.is_word == token.key[:1].isalnum()


def test_a_hashtag_splits_into_its_words_joined_to_the_first() -> None:
    tokens = tokenize("قالت #وزارة_الصحة إن")
    assert [t.text for t in tokens] == ["قالت", "#", "وزارة", "الصحة", "إن"]
    assert [t.joined for t in tokens] == [False, False, False, True, False]


@pytest.mark.parametrize("abbreviation", ["أ.ف.ب", "و.م.ع", "ك.ن.أ"])
def test_single_letters_joined_by_dots_are_one_token(abbreviation: str) -> None:
    """An agency's initials ('(أ.ف.ب)') hold dots that end no sentence."""
    tokens = tokenize(f"قال لوكالة ({abbreviation}) إن")
    assert [t.text for t in tokens] == ["قال", "لوكالة", "(", abbreviation, ")", "إن"]


def test_a_dot_after_a_title_letter_or_a_number_stays_a_token() -> None:
    assert [t.text for t in tokenize("د. سامر عام 2019.")] == ["د", ".", "سامر", "عام", "2019", "."]


def test_a_decimal_number_is_one_token() -> None:
    assert [t.text for t in tokenize("بلغ 2.5 و0.75.")] == ["بلغ", "2.5", "و0.75", "."]


@given(st.text(alphabet="قل12٣²_ـً.", max_size=6))
def test_has_letters_remembers_what_its_first_letter_and_the_letter_class_say(key: str) -> None:
    first = key[:1]
    expected = first.isalpha() or (first.isalnum() and re.search(r"[^\W\d_]", key) is not None)
    assert has_letters(key) == has_letters(key) == expected


def test_the_common_marks_split_off_a_word_are_each_a_token_by_itself() -> None:
    assert all(_is_punctuation(mark) for mark in _COMMON_MARKS)
    for chunk in ("الوزير،", "(قال", "نعم.", "«الخبر", "2024)", "؟"):
        assert _words(chunk) == _TOKEN.findall(chunk), chunk


def test_a_conjunction_written_apart_is_one_token_with_its_word() -> None:
    tokens = tokenize("و يذكر أن، و 5")
    assert [(t.text, t.key) for t in tokens][:2] == [("و يذكر", "ويذكر"), ("أن", "ان")]
    assert [t.text for t in tokens][-2:] == ["و", "5"]
