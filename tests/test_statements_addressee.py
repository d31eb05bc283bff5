"""Who speaks around the cue: addressees, adverbs and constructs are never the speaker."""

from __future__ import annotations

import pytest

from statements_samples import only, statements


def test_an_outlet_told_between_commas_is_no_name() -> None:
    found = statements(
        "قال وزير المياه سامي فارس، لـDW، إن السد سيكتمل قبل الصيف.\n\n"
        "وأضاف لمراسلتنا في العاصمة أن التمويل مضمون."
    )
    assert [s.speaker for s in found] == ["سامي فارس", "سامي فارس"]
    assert found[1].content == "التمويل مضمون"


def test_told_our_correspondent_ends_a_titled_subject() -> None:
    (s,) = statements("وقال مدير مصلحة الدفاع المدني في الميناء لمراسلنا إن النيران امتدت.")
    assert s.speaker == "مدير مصلحة الدفاع المدني في الميناء"


def test_an_adverb_after_the_cue_is_no_speaker() -> None:
    found = statements(
        "قالت وزيرة العمل هالة سمير إن البطالة تراجعت.\n\n"
        "وكانت الوزيرة قد أوضحت مرارا أن المصانع تفتقر إلى الفنيين."
    )
    assert [s.speaker for s in found] == ["هالة سمير", "هالة سمير"]


def test_a_body_noun_in_construct_belongs_to_the_role() -> None:
    (s,) = statements("وقال رئيس قسم الجراحة سامر علوان إن العملية نجحت.")
    assert (s.speaker, s.speaker_role) == ("سامر علوان", "رئيس قسم الجراحة")


def test_kana_qad_before_the_cue_is_no_name() -> None:
    (s,) = statements("يذكر أن المدرب السابق للفريق كان قد كشف في الربيع أنه سيعتزل.")
    assert s.speaker == "المدرب السابق للفريق"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    found = statements("وحملت البلدية مسؤولية الانقطاع للشركة المشغلة، والتي قالت في رسالة إن المعدات قديمة.")
    assert (found[-1].speaker, found[-1].speaker_kind) == ("الشركة المشغلة", "organization")


def test_a_relative_object_pronoun_is_no_speaker() -> None:
    found = statements("وانتقدت الكاتبة مقالة الصحيفة المحلية، التي قال فيها المحرر إن الكتاب ممل.")
    assert all(s.speaker != "الصحيفة المحلية" for s in found)


def test_amma_with_an_apposed_role_keeps_the_name() -> None:
    (s,) = statements("أما سعاد الخطيب، الفنانة التشكيلية، فقالت إن المعرض ناجح.")
    assert (s.speaker, s.speaker_role) == ("سعاد الخطيب", "الفنانة التشكيلية")


def test_a_news_agency_after_a_verb_of_telling_is_told_and_in_via() -> None:
    found = statements(
        "قال موظف في الوزارة إن الأسعار ستتغير.\n\n"
        "وأبلغ الموظف رويترز أن الحكومة ستعلن القرار قريبا.\n\n"
        "وأبلغت وزيرة التجارة هدى سالم بلومبرغ أن الصادرات نمت."
    )
    assert [(s.speaker, s.via) for s in found] == [
        ("موظف في الوزارة", ()),
        ("موظف في الوزارة", ("رويترز",)),
        ("هدى سالم", ("بلومبرغ",)),
    ]


def test_a_verbal_noun_after_a_detached_la_is_called_for_not_told() -> None:
    found = statements("قال الوزير إن الوضع مقلق.", headline='النقابة تدعو لـ "تحقيق مستقل" في الحريق')
    assert [s.via for s in found if s.in_headline] == [()]


def test_the_body_owning_a_statement_is_no_outlet_told() -> None:
    found = statements(
        "أعلنت مصر في بيان لوزارة الخارجية رفضها للقانون الجديد، محذرة من أنه يقوض فرص السلام."
    )
    assert {s.via for s in found} == {()}


def test_a_quoted_outlet_of_a_reporter_told_goes_to_via() -> None:
    found = statements('قال المحافظ نبيل عيسى إن الجسر جاهز.\n\nوقال لمراسل "الوطن" إن الجسر سيفتح غدا.')
    assert [s.via for s in found] == [(), ("الوطن",)]


def test_journalists_told_are_no_part_of_the_speaker() -> None:
    s = only("وأبلغت رئيسة البلدية الصحفيين أن الموازنة أقرت.")
    assert (s.speaker, s.via) == ("رئيسة البلدية", ())


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وقال لنا الكاتب سامي يوسف إن الكتابة علاج.", "سامي يوسف", "الكتابة علاج"),
        ("وقالت لي الطبيبة منى حسن إن العلاج متوفر.", "منى حسن", "العلاج متوفر"),
        ("وتحدث إلينا مدير المدرسة عن خطة العام المقبل.", "مدير المدرسة", "خطة العام المقبل"),
        ("وأكد لنا مصدر في الوزارة أن القرار نهائي.", "مصدر في الوزارة", "القرار نهائي"),
    ],
)
def test_a_pronoun_told_between_the_cue_and_its_subject(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_pronoun_told_before_an_object_leaves_the_subject_elided() -> None:
    found = statements("قال الوزير سامي العلي إن الخطة جاهزة، ثم وصف لهم المشروع بأنه ضروري.")
    assert {s.speaker for s in found} == {"سامي العلي"}


def test_the_outlet_that_carried_the_speech_goes_to_via() -> None:
    found = statements(
        'وقالت الرابطة في بيان نشرته صحيفة "الضفة" إن الموسم انتهى.\n\n'
        'وأوضح المدرب في تصريحات أذاعتها قناة "المدار" أن الفريق جاهز.\n\n'
        "وقالت الشركة في بيان نشرته على موقعها إن الأرباح ارتفعت."
    )
    assert [s.via for s in found] == [('صحيفة "الضفة"',), ('قناة "المدار"',), ()]


def test_a_person_told_by_name_is_no_part_of_the_speaker_and_their_outlet_is_via() -> None:
    found = statements(
        'وقال الصياد حسن الخطيب لسامي يوسف، مراسل صحيفة "الفجر"، إن البحر هائج.\n\n'
        "وقال الوزير ماجد سعيد لعبد الله العمر إن الاتفاق قريب."
    )
    assert [(s.speaker, s.via) for s in found] == [("حسن الخطيب", ('صحيفة "الفجر"',)), ("ماجد سعيد", ())]


def test_people_told_after_a_name_are_no_part_of_it() -> None:
    found = statements(
        "وأبلغت رئيسة المجلس نادية فرحات الصحفيين أن الخطة اعتمدت.\n\n"
        "وأخبر المدرب مراد سالم اللاعبين أن التدريب ألغي.\n\n"
        "وأضاف المتحدث باسم المستوطنين أن الاجتماع انتهى."
    )
    assert [s.speaker for s in found] == ["نادية فرحات", "مراد سالم", "المتحدث باسم المستوطنين"]


def test_a_reporter_told_after_a_trade_and_a_name_ends_the_subject() -> None:
    s = only("وقال الصياد خليل سعد لمراسلة إذاعة الساحل إن البحر هائج.")
    assert (s.speaker, s.speaker_role, s.via) == ("خليل سعد", "الصياد", ("إذاعة الساحل",))
