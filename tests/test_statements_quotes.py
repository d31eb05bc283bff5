"""Quotation marks: pairing every kind of mark, and direct/indirect/mixed statements end to end."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.statements.quotes import OPENERS, _quoted_runs, pair_quotes, quote_type
from rawi.statements.tokens import tokenize
from statements_samples import only, statements

MARKS = [('"', '"'), ("«", "»"), ("“", "”"), ("”", "“"), ("„", "“")]


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_pairs_each_kind_of_mark(opening: str, closing: str) -> None:
    tokens = tokenize(f"قال {opening}لن نتراجع{closing} أمس")
    assert pair_quotes(tokens) == {1: 4}


def test_curly_marks_pair_with_either_curly_mark() -> None:
    assert pair_quotes(tokenize("“نعم“ و”لا”")) == {0: 2, 4: 6}


def test_an_unbalanced_mark_stays_unpaired_and_later_pairs_still_pair() -> None:
    assert pair_quotes(tokenize("قال «لن نتراجع")) == {}
    assert pair_quotes(tokenize('قال "لن نتراجع "أبدا" اليوم')) == {1: 4}


def test_quote_type_of_content() -> None:
    assert quote_type("لن نتراجع", whole_quote=True) == "direct"
    assert quote_type('الحكومة "لن تتراجع عن الإصلاحات" اليوم', whole_quote=False) == "mixed"
    assert quote_type("تنظيم «داعش» يهدد المنطقة", whole_quote=False) == "indirect"
    assert quote_type("الحكومة تخطط لإصلاحات", whole_quote=False) == "indirect"


@pytest.mark.parametrize(("opening", "closing"), MARKS[:4])
def test_a_quotation_after_a_colon_is_direct(opening: str, closing: str) -> None:
    s = only(f"وقال رئيس الوزراء: {opening}لن نتراجع عن الإصلاحات مهما كانت الضغوط{closing}.")
    assert s.quote_type == "direct"
    assert s.content == "لن نتراجع عن الإصلاحات مهما كانت الضغوط"
    assert s.speaker == "رئيس الوزراء"


@pytest.mark.parametrize(("opening", "closing"), MARKS[:3])
def test_a_quoted_fragment_inside_reported_speech_is_mixed(opening: str, closing: str) -> None:
    s = only(f"وقال رئيس الوزراء إن الحكومة {opening}لن تتراجع عن الإصلاحات{closing} مهما كانت الضغوط.")
    assert s.quote_type == "mixed"
    assert s.content == f"الحكومة {opening}لن تتراجع عن الإصلاحات{closing} مهما كانت الضغوط"


def test_marks_around_a_single_name_leave_a_statement_indirect() -> None:
    s = only("وقال رئيس الوزراء إن تنظيم «داعش» يشكل خطرا على المنطقة.")
    assert s.quote_type == "indirect"
    assert s.content == "تنظيم «داعش» يشكل خطرا على المنطقة"


def test_speech_after_a_colon_without_marks_is_indirect() -> None:
    s = only("وقال رئيس الوزراء: لن نتراجع عن الإصلاحات مهما كانت الضغوط.")
    assert s.quote_type == "indirect"
    assert s.content == "لن نتراجع عن الإصلاحات مهما كانت الضغوط"


def test_a_complementiser_just_inside_the_opening_mark_is_left_out() -> None:
    s = only('وقال رئيس الوزراء: "إن الحكومة لن تتراجع عن الإصلاحات".')
    assert s.content == "الحكومة لن تتراجع عن الإصلاحات"
    assert s.quote_type == "direct"


def test_one_quotation_over_several_sentences_is_one_direct_statement() -> None:
    s = only('وقال الوزير سعيد ناصر: "الامتحانات في موعدها. لا تأجيل هذا العام".')
    assert s.content == "الامتحانات في موعدها. لا تأجيل هذا العام"
    assert s.quote_type == "direct"


def test_an_unbalanced_opening_mark_still_gives_the_statement() -> None:
    s = only('وقال رئيس الوزراء: "لن نتراجع عن الإصلاحات مهما كانت الضغوط.')
    assert s.speaker == "رئيس الوزراء"
    assert s.content.endswith("لن نتراجع عن الإصلاحات مهما كانت الضغوط")


def _runs_char_by_char(text: str) -> list[str]:
    """The pairing rule spelt out one character at a time, to hold the fast version to it."""
    runs, opener, begin = [], None, 0
    for index, char in enumerate(text):
        if opener is None and char in OPENERS:
            opener, begin = char, index + 1
        elif opener is not None and (char == OPENERS[opener] or (opener in "“”„" and char in "“”")):
            runs.append(text[begin:index])
            opener = None
    return runs


@given(st.text(alphabet="\"«»“”„‘’' قال نعم", max_size=40))
def test_quoted_runs_pair_marks_like_the_character_rule(text: str) -> None:
    assert [run for _, run in _quoted_runs(text)] == _runs_char_by_char(text)


@pytest.mark.parametrize(
    "body",
    [
        'وقال الخبير إن مشروع "المدينة الذكية" سيتأخر عامين عن موعده.',
        'وأوضح المدير أن جمعية "أصدقاء البحر" نظمت حملة لتنظيف الشاطئ.',
        "وقال الباحث إن الظاهرة تعرف بما يطلق عليه «الموجة الباردة» في الأوساط العلمية.",
    ],
)
def test_a_short_quote_named_by_the_head_before_it_is_a_label(body: str) -> None:
    assert only(body).quote_type == "indirect"


@pytest.mark.parametrize(
    "body",
    [
        'وقال الوزير إن الجيش "لن يتراجع" عن مواقعه.',
        'وقال المتحدث إن منظمة "لم تقدم أي دعم للمتضررين منذ بداية الأزمة".',
    ],
)
def test_a_quote_after_a_definite_subject_or_a_long_quote_stays_mixed(body: str) -> None:
    assert only(body).quote_type == "mixed"


def test_a_straight_mark_before_a_comma_or_stop_only_closes() -> None:
    assert pair_quotes(tokenize('انتهى الأمر". ثم قال "نعم الآن" أمس')) == {6: 9}
    assert pair_quotes(tokenize('دون اتفاق "، وقال "ليس بعد" اليوم')) == {5: 8}


@pytest.mark.parametrize(
    "body",
    [
        'وقال المدير إن الاجتماع انتهى دون اتفاق "، مضيفا أن الجولة المقبلة ستعقد في "مكان محايد" قريبا.',
        'وقال المدير إن الاجتماع انتهى دون اتفاق". وأضاف أن الجولة المقبلة ستعقد في "مكان محايد" قريبا.',
    ],
)
def test_a_stray_closing_mark_does_not_swallow_the_next_cue(body: str) -> None:
    found = statements(body)
    assert [s.content for s in found] == [
        "الاجتماع انتهى دون اتفاق",
        'الجولة المقبلة ستعقد في "مكان محايد" قريبا',
    ]
    assert all(s.speaker == "المدير" for s in found)


def test_a_mark_glued_to_the_word_before_opens_only_a_plainly_closed_quotation() -> None:
    assert pair_quotes(tokenize('وأضاف" نحن مستعدون". أمس')) == {1: 4}
    assert pair_quotes(tokenize('ليس غريبا علينا" على حد تعبيره. كما قال "لا تعليق" أمس')) == {10: 13}


def test_a_glued_stray_mark_does_not_hide_the_next_sentence_cue() -> None:
    body = 'وقال المدير: هذا أمر مؤسف" ثم غادر القاعة. كما انتقد الوزير قرار "اللجنة العليا" بشدة.'
    found = statements(body)
    assert found[0].content == 'هذا أمر مؤسف" ثم غادر القاعة'
    assert [s.cue for s in found] == ["قال", "انتقد"]


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            'وقال المدرب "لعبنا مباراة كبيرة أمام خصم قوي" وأضاف "سنواصل العمل بنفس الروح".',
            "سنواصل العمل بنفس الروح",
        ),
        ('وقال الوزير "سندعم القرار بكل قوة" مؤكدا أن الحكومة ستتابع التنفيذ.', "الحكومة ستتابع التنفيذ"),
    ],
)
def test_a_cue_right_after_a_closing_mark_leaves_the_quotation_whole(body: str, second: str) -> None:
    found = statements(body)
    assert found[0].quote_type == "direct"
    assert found[1].content == second


def test_a_quoted_name_before_a_participle_shape_stays_in_the_content() -> None:
    s = only("وقال الوزير إن «قوى التغيير» مدعوة إلى الحوار.")
    assert s.content == "«قوى التغيير» مدعوة إلى الحوار"


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ('وقال الحارس "الهدف صحيح".', "الحارس", "الهدف صحيح"),
        ('وقالت البلدية "سنصلح الطريق".', "البلدية", "سنصلح الطريق"),
        ('وقال المهندس "لن يتأخر التسليم" أمس.', "المهندس", "لن يتأخر التسليم"),
        ('وقالت الممرضة "لن نترك المرضى" ثم عادت إلى القسم.', "الممرضة", "لن نترك المرضى"),
    ],
)
def test_a_short_quotation_after_the_subject_is_what_was_said(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.quote_type) == (speaker, content, "direct")


def test_a_one_word_quoted_name_after_a_descriptor_stays_in_the_speaker() -> None:
    s = only('وارتفعت الصادرات بنسبة كبيرة، بحسب وكالة الأنباء "سنا".')
    assert "سنا" in s.speaker


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ('وقال الحارس "الملعب مغلق حتى إشعار آخر.', "الملعب مغلق حتى إشعار آخر"),
        ('وأضافت الطبيبة "إن الحالات تتراجع.', "الحالات تتراجع"),
    ],
)
def test_a_quotation_never_closed_is_direct_speech_to_the_sentence_end(body: str, content: str) -> None:
    s = only(body)
    assert (s.content, s.quote_type) == (content, "direct")


@pytest.mark.parametrize(
    ("body", "inner"),
    [
        ('وقال الوزير حسن عواد: "الشركة أعلنت أنها ستغلق المصنع".', ("الشركة", "ستغلق المصنع")),
        ('وأضاف المدير: "الوزارة أكدت أن التمويل متوفر".', ("الوزارة", "التمويل متوفر")),
    ],
)
def test_a_source_reported_in_the_past_inside_a_quotation_speaks(body: str, inner: tuple[str, str]) -> None:
    found = statements(body)
    assert [(s.speaker, s.content) for s in found][1:] == [inner]


@pytest.mark.parametrize(
    "body",
    ['وقال المتحدث: "البلدية تؤكد أن السوق سيبقى مفتوحا".', 'وقال الناشط: "نحن أكدنا أن المظاهرة سلمية".'],
)
def test_a_body_stating_its_position_or_a_first_person_in_a_quotation_is_no_source(body: str) -> None:
    assert len(statements(body)) == 1


def _runs_by_regex(text: str) -> list[tuple[str, str]]:
    """The quoted runs as regex character classes find them (each mark of OPENERS closed by its partner)."""
    opening = re.compile("[" + re.escape("".join(OPENERS)) + "]")
    runs, opened = [], opening.search(text)
    while opened is not None:
        closers = OPENERS[opened.group()] + ("“”" if opened.group() in "“”„" else "")
        closed = re.compile("[" + re.escape(closers) + "]").search(text, opened.end())
        if closed is None:
            break
        runs.append((text[: opened.start()], text[opened.end() : closed.start()]))
        opened = opening.search(text, closed.end())
    return runs


@given(st.text(alphabet="قال \"«»“”„‘’' نعم", max_size=40))
def test_quoted_runs_are_found_by_marks_as_by_character_classes(text: str) -> None:
    assert _quoted_runs(text) == _runs_by_regex(text)
