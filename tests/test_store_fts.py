"""User queries -> FTS5: normalised like the index, punctuation quoted, operators kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.arabic.normalize import CLITIC_UNITS, MIN_STEM, index_key
from rawi.errors import UsageError
from rawi.store.fts import column_filter, fts_query


@pytest.mark.parametrize("query", ["أرامكو", "ارامكو", "أَرَامْكُو", "ارامـــكو"])
def test_spellings_give_one_query(query: str) -> None:
    assert fts_query(query) == '"ارامكو"'


def test_operators_phrases_and_prefixes_are_kept() -> None:
    assert fts_query('أرامكو OR "تقرير خاطئ" NOT (نفط*)') == '"ارامكو" OR "تقرير خاطئ" NOT ( "نفط"* )'


def test_punctuation_cannot_become_syntax() -> None:
    assert fts_query("speaker:x a-b") == '"speaker x" "a b"'


def test_unbalanced_quote_is_e009() -> None:
    with pytest.raises(UsageError) as error:
        fts_query('"تقرير')
    assert error.value.code == "E009"
    assert "\n" not in error.value.message


def test_column_filter() -> None:
    assert column_filter("speaker", "خالد  سمير") == 'speaker : "خالد سمير"'
    with pytest.raises(UsageError):
        column_filter("speaker", "...")


@pytest.mark.parametrize(
    ("word", "stem"),
    [("والتقرير", "تقرير"), ("للحكومة", "حكومه"), ("وقال", "قال"), ("بالرياض", "رياض"), ("ولد", "ولد"),
     ("ال", "ال"), ("التقرير", "تقرير"), ("وبالقرار", "قرار"), ("فللمدينة", "مدينه"), ("كالبحر", "بحر"),
     ("بلد", "بلد"), ("وبلد", "بلد"), ("كان", "كان")],
)  # fmt: skip
def test_light_stem_strips_every_proclitic(word: str, stem: str) -> None:
    assert index_key(word) == stem


def _word_by_word(key: str) -> str:
    """The stemming rule spelt out word by word, to hold the one-pass regex to it."""
    out = []
    for word in key.split():
        while unit := next(
            (u for u in CLITIC_UNITS if word.startswith(u) and len(word) - len(u) >= MIN_STEM), ""
        ):
            word = word[len(unit) :]
        out.append(word)
    return " ".join(out)


@given(st.lists(st.text(alphabet="والفبكلتقريحمد", min_size=1, max_size=8), max_size=6))
def test_one_pass_stemming_equals_the_rule_word_by_word(words: list[str]) -> None:
    key = " ".join(words)
    assert index_key(key) == _word_by_word(key)


def test_query_and_index_share_the_stemmer() -> None:
    assert fts_query("التقرير") == fts_query("وتقرير") == '"تقرير"'
