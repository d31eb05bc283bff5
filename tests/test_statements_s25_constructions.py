"""Constructions of everyday Arabic news, each with sentences written for these tests."""

from __future__ import annotations

import pytest

from rawi.statements.lexicon import arabic
from statements_samples import only, statements

FEMININE_PLURAL_COMPLEMENTS = [
    ("وقالت الممرضات إنهن سيواصلن الإضراب.", "سيواصلن الإضراب"),
    ("وأكدت العاملات أنهن لم يتقاضين رواتبهن.", "لم يتقاضين رواتبهن"),
]


@pytest.mark.parametrize(("body", "content"), FEMININE_PLURAL_COMPLEMENTS)
def test_a_complementiser_takes_every_attached_pronoun(body: str, content: str) -> None:
    assert only(body).content == content


def test_complementisers_are_generated_from_bases_and_pronouns() -> None:
    lex = arabic()
    assert all(lex.has("complementizers", key) for key in ("انهن", "بانكم", "فانهن", "اننا"))


UNCLOSED_AFTER_SETTING = [
    (
        'وقالت المديرة في مقابلة "المدرسة ستفتح أبوابها يوم الأحد. وأضافت أن المعلمين جاهزون.',
        "المدرسة ستفتح أبوابها يوم الأحد",
    ),
    (
        'وقال المحافظ خلال جولة "الطريق سيفتح قبل نهاية الشهر. وأضاف أن العمل مستمر.',
        "الطريق سيفتح قبل نهاية الشهر",
    ),
]


@pytest.mark.parametrize(("body", "content"), UNCLOSED_AFTER_SETTING)
def test_a_quotation_never_closed_after_a_setting_is_speech(body: str, content: str) -> None:
    found = statements(body)
    assert (found[0].content, found[0].quote_type) == (content, "direct")
    assert len(found) == 2


INITIALS_TITLES = [
    ("وقال أ.د. سمير حداد إن العلاج متوفر.", "سمير حداد"),
    ("وقالت أ.د. ريم الخطيب، أستاذة الكيمياء، إن النتائج مشجعة.", "ريم الخطيب"),
]


@pytest.mark.parametrize(("body", "speaker"), INITIALS_TITLES)
def test_a_title_in_initials_ends_no_sentence(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker
