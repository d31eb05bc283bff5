"""Name keys: titles, skeletons, spelling variants and the Latin form."""

from __future__ import annotations

from rawi.claims.names import edit_distance, name_tokens, same_word, skeleton, transliterate


def test_titles_are_dropped_and_letters_unified() -> None:
    assert name_tokens("الرئيس فلاديمير بوتين") == ("فلاديمير", "بوتين")
    assert name_tokens("السيد أحمد") == ("احمد",)


def test_skeleton_drops_inner_long_vowels() -> None:
    assert skeleton("بيسكوف") == skeleton("بسكوف") == "بسكف"
    assert skeleton("دميتري") == skeleton("ديمتري")


def test_spelling_variants_are_the_same_word_and_different_names_are_not() -> None:
    assert same_word("دميتري", "ديمتري")
    assert same_word("بيسكوف", "بسكوف")
    assert not same_word("سامر", "خالد")


def test_edit_distance_stops_at_its_limit() -> None:
    assert edit_distance("kitten", "sitting", limit=5) == 3
    assert edit_distance("a", "abcdef", limit=2) == 3


def test_transliteration_gives_a_readable_latin_form() -> None:
    assert transliterate("دميتري بيسكوف") == "Dmitri Biskof"
    assert transliterate("Peskov") == "Peskov"
