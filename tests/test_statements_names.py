"""Names that look like function words: علي, عبد + a divine name, أبو/أم X, بن/ابن/بنت."""

from __future__ import annotations

import pytest

from statements_samples import only, statements

NAMED = [
    ("وقال علي حسن، وزير الخارجية، إن بلاده لن تتراجع.", "علي حسن", "وزير الخارجية"),
    ("وصرح الرئيس علي عبد الله صالح بأن الحوار مستمر.", "علي عبد الله صالح", "الرئيس"),
    ("وقال المتحدث باسم الوزارة أحمد علي إن الخبر غير صحيح.", "أحمد علي", "المتحدث باسم الوزارة"),
    ("وأكد مدير الميناء علي الشمري أن السفن تصل في موعدها.", "علي الشمري", "مدير الميناء"),
    ("وقال عبد الرحمن بن سعيد، رئيس النادي، إن الفريق جاهز.", "عبد الرحمن بن سعيد", "رئيس النادي"),
    ("وقالت أم خالد، وهي بائعة خبز، إن الطحين شح منذ أيام.", "أم خالد", None),
    ("وقال مدرب الفريق أبو بكر سالم إن اللاعبين مرهقون.", "أبو بكر سالم", "مدرب الفريق"),
]


@pytest.mark.parametrize(("body", "name", "role"), NAMED)
def test_name_particles_stay_inside_the_name(body: str, name: str, role: str | None) -> None:
    s = only(body)
    assert s.speaker == name
    if role is not None:
        assert s.speaker_role == role


def test_ali_after_a_previous_speaker_is_a_new_speaker() -> None:
    found = statements(
        "قال وزير المالية سامر ناجي إن العجز تراجع.\n\nوقال علي حسن، وزير الخارجية، إن بلاده لن تتراجع."
    )
    assert [s.speaker for s in found] == ["سامر ناجي", "علي حسن"]


def test_the_preposition_written_with_ya_is_no_name() -> None:
    s = only("وأكد الوزير علي ضرورة احترام القانون.")
    assert s.speaker == "الوزير"
    assert s.content.startswith("ضرورة")


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            'وقالت المتحدثة باسم الوزارة لي مينغ هوا، "إن الحكومة لا تقبل أي تدخل في شؤونها".',
            "لي مينغ هوا",
            "المتحدثة باسم الوزارة",
        ),
        (
            "وصرح رئيس الوزراء الكوري لي سانغ، إن بلاده ستواصل الحوار مع جيرانها.",
            "لي سانغ",
            "رئيس الوزراء الكوري",
        ),
    ],
)
def test_li_after_a_role_opens_a_foreign_name(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_li_before_an_adverb_is_to_me() -> None:
    s = only("وقال المسؤول لي شخصيا، إن الاجتماع سيعقد غدا.")
    assert s.speaker == "المسؤول"
    assert s.content.startswith("الاجتماع")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال والد الطالب إن ابنه تعرض للظلم.", "والد الطالب"),
        ("وقال والي الولاية إن الطريق سيفتح.", "والي الولاية"),
        ("وقالت النقابة والدولة إن الاتفاق تم.", "النقابة والدولة"),
    ],
)
def test_a_word_whose_own_root_opens_with_waw_keeps_it(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("وأكد وزير التموين أشرف الحلو أن الدعم باق.", "أشرف الحلو", "وزير التموين"),
        ("وقالت المديرة الإقليمية كاترين لوران إن الإغاثة تأخرت.", "كاترين لوران", "المديرة الإقليمية"),
        ("وقال مسؤول الإغاثة جوناثان ميلر إن المخازن فارغة.", "جوناثان ميلر", "مسؤول الإغاثة"),
    ],
)
def test_common_and_foreign_given_names_close_a_role(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)
