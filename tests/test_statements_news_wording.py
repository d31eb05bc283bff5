"""Everyday news wordings written for these tests: constructions no dev text was needed to find."""

from __future__ import annotations

import pytest

from statements_samples import only

BODY_CONSTRUCTS = [
    ("وقال مكتب النائب العام إن الملف أحيل إلى القضاء.", "مكتب النائب العام"),
    ("وأعلن المكتب الإعلامي للبلدية أن الطريق سيغلق يومين.", "المكتب الإعلامي للبلدية"),
    ("وأكد مجلس إدارة الشركة أن الأرباح ستوزع في مارس.", "مجلس إدارة الشركة"),
]


@pytest.mark.parametrize(("body", "name"), BODY_CONSTRUCTS)
def test_a_body_head_keeps_the_title_in_its_genitive(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (name, None, "organization")


WITHHELD_NAMES = [
    ("وقال موظف في المصرف، طلب عدم الكشف عن هويته، إن الرواتب ستصرف.", "موظف في المصرف", "الرواتب ستصرف"),
    ("وقالت مصادر دبلوماسية، فضلت عدم نشر اسمها، إن اللقاء أرجئ.", "مصادر دبلوماسية", "اللقاء أرجئ"),
    ("وقال جندي، رفض الكشف عن اسمه، إن الكتيبة تراجعت.", "جندي", "الكتيبة تراجعت"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), WITHHELD_NAMES)
def test_a_clause_withholding_the_name_describes_the_source(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, body.split()[0][1:], content)


def test_a_relayed_source_withholding_its_name_keeps_the_relay_cue() -> None:
    s = only("ونقلت الإذاعة عن مسؤول طلب عدم الكشف عن هويته أن الحدود أغلقت.")
    assert (s.speaker, s.cue, s.via, s.content) == ("مسؤول", "نقلت", ("الإذاعة",), "الحدود أغلقت")


NOT_RULED_OUT = [
    ("ولا يستبعد اقتصاديون أن يرتفع سعر الخبز.", "اقتصاديون", "يستبعد", "يرتفع سعر الخبز"),
    ("ولم تستبعد البلدية أن تغلق السوق القديمة.", "البلدية", "تستبعد", "تغلق السوق القديمة"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), NOT_RULED_OUT)
def test_not_ruling_out_is_a_hedged_assertion(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content, s.stance, s.hedged) == (speaker, cue, content, "assert", True)


def test_ruling_out_itself_keeps_its_stance() -> None:
    s = only("واستبعد المدرب أن يعود اللاعب قبل نهاية الموسم.")
    assert (s.speaker, s.stance) == ("المدرب", "deny")
