"""Speaker constructions of unseen news, in sentences written for these tests."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, only, statements

DEMONSTRATIVE_SOURCES = [
    (
        "قالت مصادر دبلوماسية إن الوفد وصل. وبحسب هذه المصادر، فإن المحادثات ستستمر يومين.",
        "بحسب",
        "مصادر دبلوماسية",
    ),
    (
        "قال مسؤول في البلدية إن الشارع سيغلق. وأضاف هذا المسؤول أن الأشغال ستنتهي في الربيع.",
        "أضاف",
        "مسؤول في البلدية",
    ),
    (
        "أفادت مصادر طبية بأن الحصيلة ارتفعت. وأكدت هذه المصادر أن بين الجرحى ثلاثة أطفال.",
        "أكدت",
        "مصادر طبية",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), DEMONSTRATIVE_SOURCES)
def test_a_demonstrative_before_a_source_noun_refers_back(body: str, cue: str, speaker: str) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_demonstrative_before_no_source_opens_no_attribution() -> None:
    assert not statements("وبحسب هذا الاتفاق، فإن المعابر ستفتح صباح الأحد.")


FEMININE_PLURAL_COMPLEMENTISERS = [
    ("تقول أرامل الصيادين إنهن لم يتلقين أي تعويض حتى الآن.", "أرامل الصيادين"),
    ("وأكدت الممرضات بأنهن لم يتقاضين رواتبهن منذ شهرين.", "الممرضات"),
]


@pytest.mark.parametrize(("body", "speaker"), FEMININE_PLURAL_COMPLEMENTISERS)
def test_a_complementiser_with_a_feminine_plural_pronoun_opens_the_content(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")
    assert s.content.startswith("لم ")


REPORTERS_OF_OUTLETS = [
    (
        "وأفاد مراسل وكالة كيودو في الميناء بأن السفن توقفت عن التفريغ.",
        "مراسل وكالة كيودو في الميناء",
    ),
    ("وقالت مراسلة قناة الواحة إن الطريق الساحلي مغلق منذ الفجر.", "مراسلة قناة الواحة"),
    ("وذكر مندوب صحيفة النهار الجديد أن الجلسة أرجئت.", "مندوب صحيفة النهار الجديد"),
]


@pytest.mark.parametrize(("body", "speaker"), REPORTERS_OF_OUTLETS)
def test_a_reporter_of_an_outlet_is_an_unnamed_source(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, None, "anonymous")


def test_a_named_reporter_keeps_the_outlet_in_the_role() -> None:
    s = only("وقالت مراسلة قناة الواحة نادية حسن إن الطريق الساحلي مغلق.")
    assert (s.speaker, s.speaker_role) == ("نادية حسن", "مراسلة قناة الواحة")


def test_a_listed_outlet_name_spelt_with_b_opens_no_complement() -> None:
    s = only("وأفاد مراسل وكالة أسوشيتد برس بأن الحريق امتد إلى المخازن.")
    assert s.content == "الحريق امتد إلى المخازن"
