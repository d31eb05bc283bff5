"""Wire-news constructions found by a probe of sentences written for these tests, none from a corpus."""

from __future__ import annotations

import pytest

from statements_samples import only, statements

FRONTED_QUOTES = [
    ('"سنعيد فتح المصنع قريبا"، قال مدير الشركة.', "مدير الشركة", "قال", "سنعيد فتح المصنع قريبا"),
    ('"لا أحد فوق القانون"، يقول النائب العام للصحفيين.', "النائب العام", "يقول", "لا أحد فوق القانون"),
    ('"الحقول جفت تماما"، قالت المحامية سعاد مراد.', "سعاد مراد", "قالت", "الحقول جفت تماما"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), FRONTED_QUOTES)
def test_a_quotation_before_the_cue_is_what_was_said(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content, s.quote_type) == (speaker, cue, content, "direct")


FRONTED_VARIANTS = [
    ('"المخزون يكفي لشهرين" قال مدير الميناء.', "مدير الميناء", "قال", "المخزون يكفي لشهرين"),
    ('"لن نغلق المصنع"، هكذا أكد رئيس الشركة.', "رئيس الشركة", "أكد", "لن نغلق المصنع"),
    ('"القافلة وصلت"، أضافت المتحدثة، مشيرة إلى أن التوزيع يبدأ غدا.', "المتحدثة", "أضافت", "القافلة وصلت"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), FRONTED_VARIANTS)
def test_a_fronted_quotation_without_comma_after_so_or_before_a_participle(
    body: str, speaker: str, cue: str, content: str
) -> None:
    s = next(s for s in statements(body) if s.cue == cue)
    assert (s.speaker, s.content, s.quote_type) == (speaker, content, "direct")


def test_a_quotation_before_a_cue_with_its_own_content_is_no_fronted_quote() -> None:
    found = statements('وقال الوسيط: "الجولة انتهت"، قال الوزير إن الحوار سيستأنف.')
    assert all(s.content != "الجولة انتهت" or s.speaker != "الوزير" for s in found)


DEFINITE_OBJECTS = [
    ("وانتقد المحافظ التأخير في صرف التعويضات.", "المحافظ", "التأخير في صرف التعويضات"),
    ("وانتقدت النقابة الإجراءات الأخيرة للإدارة.", "النقابة", "الإجراءات الأخيرة للإدارة"),
    (
        "ووصف المتحدث باسم البلدية الانتقادات بأنها مبالغ فيها.",
        "المتحدث باسم البلدية",
        "الانتقادات بأنها مبالغ فيها",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "content"), DEFINITE_OBJECTS)
def test_a_definite_noun_after_a_definite_subject_opens_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وانتقد الرئيس السابق الحكومة الحالية.", "الرئيس السابق"),
        ("وانتقد الهلال الأحمر القيود على الإغاثة.", "الهلال الأحمر"),
    ],
)
def test_a_definite_adjective_stays_in_the_subject(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("ورحبت نقابة الأطباء بقرار رفع الأجور.", "نقابة الأطباء", "قرار رفع الأجور"),
        ("ويرحب السكان بافتتاح الجسر الجديد.", "السكان", "افتتاح الجسر الجديد"),
    ],
)
def test_welcoming_a_decision_is_a_statement(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, body.split()[0][1:], content)


@pytest.mark.parametrize(
    "body", ["ورحب المحافظ بالوفد القادم من العاصمة.", "ورحبت المديرة بالضيوف في القاعة."]
)
def test_welcoming_visitors_is_an_act(body: str) -> None:
    assert statements(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وقلل وزير الري من أهمية انخفاض منسوب النهر.", "وزير الري", "أهمية انخفاض منسوب النهر"),
        ("وتقلل الإدارة من شأن الشكاوى المتكررة.", "الإدارة", "شأن الشكاوى المتكررة"),
    ],
)
def test_playing_down_speaks_through_its_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.stance) == (speaker, content, "assert")


def test_reducing_without_playing_down_is_no_statement() -> None:
    assert statements("وقللت الشركة عدد العمال في المصنع.") == ()


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وبين مدير المستشفى أن الأسرة كلها مشغولة.", "مدير المستشفى", "الأسرة كلها مشغولة"),
        (
            "وبينت الدراسة أن معظم المشاركين يفضلون العمل عن بعد.",
            "الدراسة",
            "معظم المشاركين يفضلون العمل عن بعد",
        ),
    ],
)
def test_bayyana_before_a_speaker_and_a_complementiser_is_a_cue(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_bayna_between_is_no_cue() -> None:
    assert statements("وبين الجارتين خلاف قديم على الحدود.") == ()


@pytest.mark.parametrize(
    "body",
    [
        "وأشار المدرب بيده إلى المدرجات بعد الهدف.",
        "ولوحت الطالبات بأيديهن للكاميرات.",
        "وأشار برأسه نحو الباب.",
    ],
)
def test_a_gesture_is_no_statement(body: str) -> None:
    assert statements(body) == ()


def test_a_participle_form_after_a_preposition_is_a_noun() -> None:
    s = only("وأعربت الوزيرة عن أملها في أن يعود النازحون قريبا.")
    assert (s.cue, s.speaker) == ("أعربت", "الوزيرة")


@pytest.mark.parametrize("body", ["وأعلن الحداد العام في البلاد.", "وأعلنت حالة التأهب القصوى في المحافظة."])
def test_a_designation_right_after_the_verb_is_a_passive_decision(body: str) -> None:
    assert statements(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("وقال الخباز سليم بن عمر إن سعر الطحين تضاعف.", "سليم بن عمر", "الخباز"),
        (
            "وقالت مسؤولة التوثيق في الجمعية ريم حداد إن الأرقام أعلى.",
            "ريم حداد",
            "مسؤولة التوثيق في الجمعية",
        ),
        ("وقال بائع الخضار أبو سامر إن الأسعار ارتفعت.", "أبو سامر", "بائع الخضار"),
    ],
)
def test_a_given_name_closing_a_description_is_the_speaker(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "person")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقالت مصادر مقربة من الرئيس خالد إن الحكومة ستتغير.", "مصادر مقربة من الرئيس خالد"),
        ("وقال مقربون من اللاعب سامي إن العقد انتهى.", "مقربون من اللاعب سامي"),
    ],
)
def test_a_name_inside_a_genitive_stays_in_the_description(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وغرق الطفل في بركة مهجورة. وقالت عائلته إن البلدية لم تسيج المكان.", "عائلة الطفل"),
        ("وأفرج عن المعتقلة بعد أسبوع. وأكدت أسرتها أنها تعرضت للتهديد.", "أسرة المعتقلة"),
    ],
)
def test_a_family_of_an_unnamed_person_is_named_after_the_description(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


def test_a_family_pronoun_agrees_with_its_owner() -> None:
    found = statements("وأصيب الطفل وشقيقته في الحادث. وقالت أسرتها إن السيارة كانت مسرعة.")
    assert found[-1].speaker != "أسرة الطفل"


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        ("وقال المدير، بحسب ما نقلت عنه إذاعة محلية، إن المصنع سيغلق.", "المدير", ("إذاعة محلية",)),
        ("وأكدت النائبة، وفق ما نقلت عنها صحيفة الصباح، أن القانون سيعدل.", "النائبة", ("صحيفة الصباح",)),
    ],
)
def test_a_relay_back_to_the_subject_goes_in_via(body: str, speaker: str, via: tuple[str, ...]) -> None:
    s = only(body)
    assert (s.speaker, s.via, s.content) == (speaker, via, body.split("، ")[-1].split(" ", 1)[1].rstrip("."))


def test_words_after_a_quoted_body_name_belong_to_the_body() -> None:
    s = only('وقال المتحدث باسم جمعية "الرحمة" للإغاثة إن القافلة انطلقت.')
    assert (s.speaker, s.content) == ('المتحدث باسم جمعية "الرحمة" للإغاثة', "القافلة انطلقت")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("ونشرت البلدية بيانا جاء فيه أن السوق ستغلق.", "البلدية"),
        ("ونشر الاتحاد تقريرا أكد فيه أن الأجور متدنية.", "الاتحاد"),
    ],
)
def test_an_accusative_document_ends_the_subject(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_maqsura_name_in_apposition_is_the_speaker() -> None:
    s = only("وقالت رئيسة اللجنة، منى الخطيب، إن التقرير جاهز.")
    assert (s.speaker, s.speaker_role) == ("منى الخطيب", "رئيسة اللجنة")


def test_an_elided_subject_keeps_a_family_name_before_the_object() -> None:
    found = statements("وافتتح الوزير سامر العلي المعرض، وقال إن الصناعة تتعافى.")
    assert found[-1].speaker == "سامر العلي"


@pytest.mark.parametrize(
    ("body", "speaker", "content", "stance"),
    [
        ("لكن البلدية نفت الشائعة.", "البلدية", "الشائعة", "deny"),
        ("غير أن الاتحاد انتقد الجدول الجديد.", "الاتحاد", "الجدول الجديد", "assert"),
    ],
)
def test_a_subject_opened_by_a_particle_comes_before_the_verb(
    body: str, speaker: str, content: str, stance: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.stance) == (speaker, content, stance)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("واعتبرت الجمعية الإجراء تعسفيا.", "الجمعية", "الإجراء تعسفيا"),
        ("ويعتبر المزارعون التعويض غير كاف.", "المزارعون", "التعويض غير كاف"),
        ("واعتبر المدير العام الأداء ضعيفا جدا.", "المدير العام", "الأداء ضعيفا جدا"),
    ],
)
def test_a_judged_object_and_its_predicate_are_the_content(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content", "target"),
    [
        ("ووصفت الهيئة الأرقام بأنها مضللة.", "الهيئة", "الأرقام بأنها مضللة", "الأرقام"),
        (
            'ووصف المدير الصور الإعلامية بأنها "مفبركة".',
            "المدير",
            'الصور الإعلامية بأنها "مفبركة"',
            "الصور الإعلامية",
        ),
    ],
)
def test_a_falsity_predicate_after_bi_annaha_denies_its_object(
    body: str, speaker: str, content: str, target: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.stance, s.target) == (speaker, content, "deny", target)


def test_a_role_mention_stops_at_the_object() -> None:
    s = only("وانتقد المحافظ الإجراءات بشدة.")
    assert (s.speaker, s.speaker_role, s.content) == ("المحافظ", None, "الإجراءات بشدة")


@pytest.mark.parametrize(
    "body",
    [
        "وتحدثت مواقع عن إغلاق السوق، الأمر الذي نفته البلدية.",
        "وتحدث ناشطون عن اعتقال طلاب، وهو ما نفته الشرطة.",
    ],
)
def test_a_trailing_denial_takes_a_two_word_claim(body: str) -> None:
    found = statements(body)
    denial = found[-1]
    assert (denial.stance, denial.content) == ("deny", body.split(" عن ")[1].split("،")[0])


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وحذر صيادلة من نقص الأنسولين في المدينة.", "صيادلة", "نقص الأنسولين في المدينة"),
        ("وشكك معارضون في نزاهة اللجنة.", "معارضون", "نزاهة اللجنة"),
        ("وحذر عدد من الأطباء من عودة الوباء.", "عدد من الأطباء", "عودة الوباء"),
    ],
)
def test_the_cue_preposition_before_a_bare_noun_opens_the_content(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("ودعا وزير الداخلية المواطنين إلى التبليغ عن المخالفات.", "وزير الداخلية"),
        ("وحثت رئيسة البلدية المتطوعات على التسجيل.", "رئيسة البلدية"),
    ],
)
def test_the_people_addressed_after_a_titles_genitive_are_no_part_of_it(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وانتقد المحافظ خطة النقل الجديدة.", "المحافظ", "خطة النقل الجديدة"),
        ("وانتقدت الرئيسة أداء الإدارة، معتبرة أنها تأخرت.", "الرئيسة", "أداء الإدارة"),
    ],
)
def test_an_action_noun_after_a_title_is_the_object_not_a_name(body: str, speaker: str, content: str) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("ورجح اقتصاديون خفض سعر الصرف.", "خفض سعر الصرف"),
        ("وبرر المحافظ وقف الحافلات بنقص الوقود.", "وقف الحافلات بنقص الوقود"),
    ],
)
def test_a_plain_verbal_noun_is_the_object_of_an_expectation_or_a_reason(body: str, content: str) -> None:
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وبدأت البلدية أعمال الصيانة، مشيرة إلى أنها ستستمر شهرا.", "البلدية"),
        ("وأنشأت الوزارة لجنة تحقيق، مؤكدة أن النتائج ستنشر.", "الوزارة"),
    ],
)
def test_an_elided_subject_after_a_hamzated_perfect_in_at(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_code_with_digits_is_no_speaker() -> None:
    found = statements("وقالت المديرة المالية إن الأرباح ارتفعت. وأكدت B2 كان القطاع الأقوى.")
    assert [s.speaker for s in found] == ["المديرة المالية", "المديرة المالية"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("وقال 4 موظفين إن الرواتب تأخرت.", "4 موظفين"), ("وأكد 20 نائبا أنهم سيقاطعون الجلسة.", "20 نائبا")],
)
def test_a_count_of_people_is_an_anonymous_description(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, None, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وشبه المدرب المباراة بمعركة حقيقية.", "المدرب", "المباراة بمعركة حقيقية"),
        ("وشبهت النقابة الأجور الحالية بأجور العقد الماضي.", "النقابة", "الأجور الحالية بأجور العقد الماضي"),
    ],
)
def test_likening_is_a_statement_whose_content_starts_with_its_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, body.split()[0][1:], content)


@pytest.mark.parametrize(
    "body", ["وشبه الجزيرة الصغيرة مكان هادئ.", "وقال إن الوصول إلى الاتفاق شبه مستحيل الآن."]
)
def test_shibh_quasi_is_no_cue(body: str) -> None:
    assert all(s.cue != "شبه" for s in statements(body))


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("ووعد المحافظ بإعادة فتح السوق خلال أيام.", "المحافظ", "إعادة فتح السوق خلال أيام"),
        ("وطالب النائب بسام العمر بإقالة المدير.", "بسام العمر", "إقالة المدير"),
    ],
)
def test_a_b_complement_is_neither_the_speaker_nor_his_name(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)
