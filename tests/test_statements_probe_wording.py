"""Wire wordings written for these tests while probing the extractor with news of our own."""

from __future__ import annotations

import pytest

from statements_samples import only

PERFECT_AFTER_BEING = [
    "ونفت الشركة أن يكون مديرها قد تلقى أي رشوة.",
    "ونفى الحارس أن تكون السيارة قد تعرضت لإطلاق نار.",
    "ونفت البلدية أن تكون قد تسلمت أي شكوى من السكان.",
]


@pytest.mark.parametrize("body", PERFECT_AFTER_BEING)
def test_qad_after_a_being_verb_is_a_perfect_not_a_hedge(body: str) -> None:
    s = only(body)
    assert (s.stance, s.hedged) == ("deny", False)


def test_qad_before_a_present_verb_still_hedges() -> None:
    s = only("وقال المهندس إن الجسر قد يتعرض للانهيار.")
    assert s.hedged is True


ADDRESSED_AFTER_A_BODY = [
    ("وحذرت هيئة الأرصاد المواطنين من السباحة في البحر.", "هيئة الأرصاد", "المواطنين من السباحة في البحر"),
    (
        "ودعت نقابة الصيادلة المرضى إلى عدم شراء الأدوية من الإنترنت.",
        "نقابة الصيادلة",
        "المرضى إلى عدم شراء الأدوية من الإنترنت",
    ),
    (
        "وناشدت وزارة الزراعة الفلاحين بعدم حرق بقايا المحاصيل.",
        "وزارة الزراعة",
        "الفلاحين بعدم حرق بقايا المحاصيل",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "content"), ADDRESSED_AFTER_A_BODY)
def test_the_people_addressed_after_a_bodys_genitive_are_no_part_of_it(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


ADDRESSED_PEOPLE_IN_CONSTRUCT = [
    ("وناشد الوالي سكان القرى الجبلية البقاء في منازلهم.", "الوالي"),
    ("ودعا المدير أهالي الطلاب إلى اجتماع طارئ.", "المدير"),
    ("وحذر الرئيس أبناء الجالية من الوقوع في فخ المحتالين.", "الرئيس"),
]


@pytest.mark.parametrize(("body", "speaker"), ADDRESSED_PEOPLE_IN_CONSTRUCT)
def test_a_people_noun_in_construct_after_a_definite_title_is_addressed(body: str, speaker: str) -> None:
    s = only(body)
    assert s.speaker == speaker


def test_a_determiner_before_the_people_addressed_opens_the_content() -> None:
    s = only("وحذر التقرير مختلف المتعاملين من التأخر في الدفع.")
    assert (s.speaker, s.content) == ("التقرير", "مختلف المتعاملين من التأخر في الدفع")
