"""Content boundaries: where a statement's content stops and the next statement starts."""

from __future__ import annotations

import pytest

from rawi.statements.content import Run, _stopping_keys, sentence_stop
from rawi.statements.lexicon import arabic
from rawi.statements.tokens import fold, tokenize
from statements_samples import by_cue, only, statements


def test_a_participle_cue_without_a_comma_starts_a_new_statement() -> None:
    found = statements("وقالت الشركة إن الأرباح تراجعت مؤكدة أن التوزيعات ستستمر.")
    assert by_cue(found, "قالت").content == "الأرباح تراجعت"
    assert by_cue(found, "مؤكدة").content == "التوزيعات ستستمر"


def test_a_denied_pronoun_object_stops_before_the_participle() -> None:
    found = statements("نفت الوزارة ذلك مشيرة إلى أن الأسعار مستقرة.")
    assert (by_cue(found, "نفت").content, by_cue(found, "نفت").stance) == ("ذلك", "deny")
    assert by_cue(found, "مشيرة").content == "الأسعار مستقرة"


def test_a_conjoined_cue_after_a_denied_object_starts_a_new_statement() -> None:
    found = statements("كذب النادي خبر بيع لاعبه وأكد أن العقد ساري.")
    denial = by_cue(found, "كذب")
    assert (denial.speaker, denial.content, denial.stance) == ("النادي", "خبر بيع لاعبه", "deny")
    assert (by_cue(found, "أكد").speaker, by_cue(found, "أكد").content) == ("النادي", "العقد ساري")


def test_a_contrast_with_its_own_cue_starts_a_new_statement() -> None:
    found = statements("وقال المدير إن المصنع سيغلق، لكنه أوضح أن العمال سيعوضون.")
    assert by_cue(found, "قال").content == "المصنع سيغلق"
    assert (by_cue(found, "أوضح").speaker, by_cue(found, "أوضح").content) == ("المدير", "العمال سيعوضون")


def test_a_temporal_connector_with_a_cue_starts_a_new_statement_without_a_comma() -> None:
    found = statements("وقالت الوزارة إن المدارس ستفتح في حين قال المعلمون إن الإضراب مستمر.")
    assert by_cue(found, "قالت").content == "المدارس ستفتح"
    assert (by_cue(found, "قال").speaker, by_cue(found, "قال").content) == ("المعلمون", "الإضراب مستمر")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأعلن البنك رفع الفائدة، في خطوة فاجأت الأسواق.", "رفع الفائدة"),
        ("وقال المدرب إن الفريق متعب، قبل أن يغادر المؤتمر الصحفي.", "الفريق متعب"),
        ("وقالت الشركة إن الأرباح ارتفعت، وذلك عقب افتتاح فرعين جديدين.", "الأرباح ارتفعت"),
    ],
)
def test_the_reporters_framing_tail_closes_a_content(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_contrast_after_a_comma_without_a_cue_stays_in_the_content() -> None:
    s = only("وأكد الوزير أن الأسعار ستستقر، إلا أن الطلب سيبقى ضعيفا.")
    assert s.content == "الأسعار ستستقر، إلا أن الطلب سيبقى ضعيفا"


def test_a_time_phrase_and_the_reporters_relative_gloss_close_a_content() -> None:
    s = only("وقالت الشركة إن المصنع سيغلق، الأحد، والذي يعمل فيه ألف عامل.")
    assert s.content == "المصنع سيغلق"


def test_a_time_phrase_between_subject_and_content_does_not_cut_it() -> None:
    s = only('وأدانت المملكة المغربية، الأحد، "الهجوم على القافلة الإنسانية في الشمال".')
    assert "الهجوم على القافلة الإنسانية في الشمال" in s.content


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "تراجعت مبيعات السيارات بنحو الخمس منذ بداية الموسم وفق دائرة الإحصاء في الإقليم.",
            "دائرة الإحصاء",
            "تراجعت مبيعات السيارات بنحو الخمس منذ بداية الموسم",
        ),
        ("غرق قاربان للصيد قرب الميناء نقلا عن شهود عيان.", "شهود عيان", "غرق قاربان للصيد قرب الميناء"),
        (
            "ضرب زلزال قوي جنوب البلاد صباح اليوم حسبما أوردت وكالة الأنباء الرسمية.",
            "وكالة الأنباء الرسمية",
            "ضرب زلزال قوي جنوب البلاد صباح اليوم",
        ),
        (
            "قتل أربعة أشخاص في اشتباكات قبلية، حسب ما ذكره مصدر طبي.",
            "مصدر طبي",
            "قتل أربعة أشخاص في اشتباكات قبلية",
        ),
    ],
)
def test_an_attribution_closing_the_sentence_takes_the_clause_before_it(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وتوقع المحللون استمرار الارتفاع.", "المحللون", "استمرار الارتفاع"),
        ("ورجحت أوساط حزبية إرجاء المؤتمر شهرا إضافيا.", "أوساط حزبية", "إرجاء المؤتمر شهرا إضافيا"),
        ('واعتبرت الوزارة التقرير "مليئا بالمغالطات".', "الوزارة", 'التقرير "مليئا بالمغالطات"'),
    ],
)
def test_a_cue_of_expectation_or_evaluation_takes_a_noun_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_reply_verb_with_a_noun_object_is_no_statement() -> None:
    assert statements("وردت الشرطة بإغلاق مداخل الحي.") == ()


def test_a_short_quote_right_after_the_subject_is_the_content() -> None:
    found = statements('وقال مهاجم النادي كريم الشامي "لعبنا بذكاء"، مضيفا أن اللقب ما زال ممكنا.')
    said = by_cue(found, "قال")
    assert (said.speaker, said.content, said.quote_type) == ("كريم الشامي", "لعبنا بذكاء", "direct")


def test_a_quoted_name_after_a_naming_head_is_the_speaker_not_the_content() -> None:
    s = only('وقال حزب "الأمل الجديد"، في بيان، إن الحكومة ستستقيل.')
    assert (s.speaker, s.content) == ("الأمل الجديد", "الحكومة ستستقيل")


def test_a_relayed_saying_noun_takes_its_object_as_content() -> None:
    s = only("ونقلت الإذاعة عن وزير النقل تأكيده اكتمال أعمال الطريق السريع.")
    assert (s.speaker, s.via, s.content) == ("وزير النقل", ("الإذاعة",), "اكتمال أعمال الطريق السريع")


def test_a_participle_by_its_shape_with_a_complement_cuts_a_content() -> None:
    s = by_cue(statements("ونفت الجامعة الانتقادات الموجهة إليها موضحة أنها التزمت بالمعايير."), "نفت")
    assert (s.stance, s.content) == ("deny", "الانتقادات الموجهة إليها")


@pytest.mark.parametrize(
    "body",
    [
        "وقال الوزير إن الأزمة انتهت علما أن الأسعار مرتفعة.",
        "ونفت الشرطة تقارير عن تصريح قائدها أن الحدود ستغلق.",
    ],
)
def test_a_connective_or_a_noun_with_a_pronoun_before_a_complementiser_does_not_cut(body: str) -> None:
    s = statements(body)[0]
    assert s.content.endswith(("الأسعار مرتفعة", "الحدود ستغلق"))


def test_a_contrast_with_an_adverb_before_its_cue_starts_a_new_statement() -> None:
    found = statements("وقال النقيب إن الاتفاق يرضي العمال، لكنه في المقابل أوضح أن الأجور لن ترتفع.")
    assert by_cue(found, "قال").content == "الاتفاق يرضي العمال"
    assert by_cue(found, "أوضح").content == "الأجور لن ترتفع"


def test_a_publishing_verb_after_a_connector_closes_a_content() -> None:
    s = only("وقالت الشركة إن الحريق أتلف المخزن، كما نشرت صورا للأضرار على حسابها.")
    assert s.content == "الحريق أتلف المخزن"


def test_a_quote_followed_by_a_contrast_of_the_reporter_is_whole() -> None:
    s = only('وقالت الوكالة: "يشتبه بأن الانفجار هجوم متعمد"، لكنها حذفت لاحقا هذه العبارة.')
    assert (s.content, s.quote_type) == ("يشتبه بأن الانفجار هجوم متعمد", "direct")


def test_a_conjoined_relay_verb_without_its_source_does_not_cut() -> None:
    s = only("وقال شاهد إن المعلمة سقطت داخل المبنى؛ ونقلت إلى المستشفى بعد ساعة.")
    assert s.content.endswith("بعد ساعة")


def test_a_second_headline_verb_shares_the_subject_and_takes_an_object() -> None:
    found = statements(
        "قال الحزب إن الاتهامات باطلة.", headline="الحزب ينفي تدريب المسلحين وينتقد قطع العلاقات"
    )
    criticism = by_cue(found, "ينتقد")
    assert (criticism.speaker, criticism.content) == ("الحزب", "قطع العلاقات")
    assert by_cue(found, "ينفي").content == "تدريب المسلحين"


def test_a_condition_with_ala_an_stays_in_the_content() -> None:
    s = only("وقال المدير الإقليمي إن البنك سيقرض المدينة عشرين مليون دولار، على أن يذهب ثلثها إلى المدارس.")
    assert s.content == "البنك سيقرض المدينة عشرين مليون دولار، على أن يذهب ثلثها إلى المدارس"


def test_a_fronted_adverbial_resumed_by_fa_inna_stays_in_the_content() -> None:
    s = only("وأوضح الباحث أنه منذ افتتاح الجسر، فإن زمن الرحلة تقلص.")
    assert s.content == "منذ افتتاح الجسر، فإن زمن الرحلة تقلص"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "وانتقدت النائبة أثناء لقاء مع قناة محلية، قرار البلدية رفع رسوم النقل.",
            "قرار البلدية رفع رسوم النقل",
        ),
        (
            "وأعلن أعضاء اللجنة خلال اجتماعهم الطارئ مساء أمس، استقالتهم الجماعية من الهيئة.",
            "استقالتهم الجماعية من الهيئة",
        ),
        (
            "وانتقد النائب في بيان على صفحته الرسمية، قرار الحكومة رفع أسعار الوقود.",
            "قرار الحكومة رفع أسعار الوقود",
        ),
    ],
)
def test_a_setting_closed_by_a_comma_is_not_the_object(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_comma_before_a_new_cue_does_not_close_a_setting() -> None:
    found = statements('ونفى الأب في تصريح للصحيفة ما أعلنته الجامعة عن نقل ابنته، وقال "لم يحدث ذلك أبدا".')
    assert found[0].content.endswith("ما أعلنته الجامعة عن نقل ابنته")
    assert found[-1].content == "لم يحدث ذلك أبدا"


@pytest.mark.parametrize(
    "body",
    [
        "وقال المدرب إن الفريق لعب بلا روح على حد تعبيره.",
        "وقال المدرب إن الفريق لعب بلا روح، على حد قوله، قبل أن يغادر.",
        "وأكد المدرب أن الفريق لعب بلا روح على حد وصف المحللين.",
    ],
)
def test_an_own_words_tail_closes_the_content(body: str) -> None:
    assert only(body).content == "الفريق لعب بلا روح"


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "وكان مسؤول كبير في الحكومة أعلن في وقت سابق من دون ذكر اسمه، أن الرئيس توفي قبل عامين.",
            "أعلن",
            "الرئيس توفي قبل عامين",
        ),
        ("وقال الموظف متحفظا على ذكر اسمه إن الرواتب تأخرت ثلاثة أشهر.", "قال", "الرواتب تأخرت ثلاثة أشهر"),
    ],
)
def test_a_cue_spelling_after_a_preposition_is_a_verbal_noun(body: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.cue, s.content) == (cue, content)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وقال الصيدلي: إن الدواء غير متوفر حاليا.", "الدواء غير متوفر حاليا"),
        (
            "وأضافت الوزارة: إنه في يوم الأحد الماضي وصلت شحنة جديدة من اللقاحات.",
            "في يوم الأحد الماضي وصلت شحنة جديدة من اللقاحات",
        ),
    ],
)
def test_a_complementiser_after_a_colon_is_left_out(body: str, content: str) -> None:
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "وقال المحلل إن الشركة أنفقت مبالغ على مشاريع جديدة، تقدر بنحو مليون دولار سنويا.",
            "الشركة أنفقت مبالغ على مشاريع جديدة، تقدر بنحو مليون دولار سنويا",
        ),
        (
            "وذكرت الصحيفة أن الحكومة، أبلغت سفراءها بالسعي إلى تهدئة الأزمة.",
            "الحكومة، أبلغت سفراءها بالسعي إلى تهدئة الأزمة",
        ),
    ],
)
def test_a_bare_verb_cue_after_a_comma_without_a_complement_goes_on(body: str, content: str) -> None:
    assert by_cue(statements(body), "قال" if "قال" in body else "ذكرت").content == content


def test_a_verb_cue_after_a_comma_with_its_complement_starts_a_statement() -> None:
    found = statements("وأكد الوزير أن المفاوضات مستمرة، قال مسؤول آخر إن الجولة المقبلة حاسمة.")
    assert [s.content for s in found] == ["المفاوضات مستمرة", "الجولة المقبلة حاسمة"]


def test_a_contrast_with_bayda_anna_closes_a_content() -> None:
    s = only("وقال المدير إن الفحوص الطبية للاعبين انتهت أمس بيد أن النتائج لم تصدر بعد.")
    assert s.content == "الفحوص الطبية للاعبين انتهت أمس"


def test_a_contrast_with_bayda_anna_and_a_cue_starts_a_new_statement() -> None:
    found = statements("وقال المدير إن الفحوص الطبية انتهت أمس، بيد أنه أكد أن النتائج لم تصدر بعد.")
    assert [(s.cue, s.content) for s in found] == [
        ("قال", "الفحوص الطبية انتهت أمس"),
        ("أكد", "النتائج لم تصدر بعد"),
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأكد المدير الذي يمكن أن يستقيل قريبا أن الشركة رابحة.", "الشركة رابحة"),
        ("وقالت الهيئة التي يجب أن توافق على الصفقة إن الملف لم يصلها.", "الملف لم يصلها"),
    ],
)
def test_an_an_clause_after_a_modal_verb_opens_no_content(body: str, content: str) -> None:
    assert only(body).content == content


OBJECT_BEFORE_A_NEW_CLAUSE = [
    (
        "وحذرت النقابة الإدارة من تقليص الأجور، إلا أن ذلك لم يوقف خطة الدمج.",
        "النقابة",
        "الإدارة من تقليص الأجور",
    ),
    (
        "وكان الاتحاد حذر مؤخرا الأندية من التعاقد مع لاعبين، غير أن عددا منها واصل التفاوض.",
        "الاتحاد",
        "الأندية من التعاقد مع لاعبين",
    ),
    (
        "واتهمت البلدية الشركة بالتلاعب في الأسعار، لكنها تراجعت بعد يومين.",
        "البلدية",
        "الشركة بالتلاعب في الأسعار",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "content"), OBJECT_BEFORE_A_NEW_CLAUSE)
def test_an_object_content_ends_before_a_new_clause(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_clause_content_keeps_its_contrast() -> None:
    s = only("وقال الوزير إن الخطة تأخرت، إلا أن التمويل متوفر الآن.")
    assert s.content == "الخطة تأخرت، إلا أن التمويل متوفر الآن"


TIME_PHRASE_BEFORE_AN_OBJECT = [
    ("واتهمت البلدية في البداية الشركة بالتلاعب في الأسعار.", "البلدية", "الشركة بالتلاعب في الأسعار"),
    ("وحذرت النقابة في وقت سابق الإدارة من تقليص الأجور.", "النقابة", "الإدارة من تقليص الأجور"),
    ("ونفى المدرب في وقت لاحق رحيله عن النادي.", "المدرب", "رحيله عن النادي"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), TIME_PHRASE_BEFORE_AN_OBJECT)
def test_a_time_phrase_before_an_object_is_skipped(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


TOLD_OUTLET_BEFORE_AN_OBJECT = [
    ('ونفى وزير النقل لـ"الأنباء" وجود أي خلل في الجسر.', "وزير النقل", "وجود أي خلل في الجسر", "الأنباء"),
    ('وأكد مدير الميناء لـ"البلاد" وصول الشحنة كاملة.', "مدير الميناء", "وصول الشحنة كاملة", "البلاد"),
]


@pytest.mark.parametrize(("body", "speaker", "content", "outlet"), TOLD_OUTLET_BEFORE_AN_OBJECT)
def test_a_told_outlet_before_an_object_is_via(body: str, speaker: str, content: str, outlet: str) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.via) == (speaker, content, (outlet,))


SPEECH_AFTER_A_COLON_WITH_A_CONTRAST = [
    (
        "وأضاف المدير: طلبنا الموافقة قبل شهرين إلا أنه لم يتغير شيء حتى الآن.",
        "طلبنا الموافقة قبل شهرين إلا أنه لم يتغير شيء حتى الآن",
    ),
    (
        "وقالت الأم: انتظرنا طويلا أمام المستشفى إلا أن أحدا لم يسمح لنا بالدخول.",
        "انتظرنا طويلا أمام المستشفى إلا أن أحدا لم يسمح لنا بالدخول",
    ),
    (
        "وتابع الحارس: أغلقنا البوابة مساء أمس غير أن المتظاهرين عادوا فجرا.",
        "أغلقنا البوابة مساء أمس غير أن المتظاهرين عادوا فجرا",
    ),
]


@pytest.mark.parametrize(("body", "content"), SPEECH_AFTER_A_COLON_WITH_A_CONTRAST)
def test_speech_after_a_colon_goes_on_past_a_contrast(body: str, content: str) -> None:
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        ("وطلب الوزير تأجيل الجلسة إلا أن اللجنة رفضت ذلك.", "اللجنة رفضت ذلك"),
        ("وذكر الوزير الأسباب غير أن النواب لم يقتنعوا.", "النواب لم يقتنعوا"),
    ],
)
def test_the_that_of_a_contrast_is_no_complement_of_the_cue_before(body: str, clause: str) -> None:
    assert all(s.content != clause for s in statements(body))


IMPERSONAL_PREDICATES = [
    (
        "وأوضح المدرب أن المعسكر الذي كان مقررا أن يقام في تونس نقل إلى المغرب.",
        "المعسكر الذي كان مقررا أن يقام في تونس نقل إلى المغرب",
    ),
    (
        "وقالت الوزارة إن الرحلة، التي كان منتظرا أن تنطلق أمس، تأجلت.",
        "الرحلة، التي كان منتظرا أن تنطلق أمس، تأجلت",
    ),
    (
        "وذكر المتحدث أن الجسر الذي كان متوقعا أن يفتح في مايو ما زال مغلقا.",
        "الجسر الذي كان متوقعا أن يفتح في مايو ما زال مغلقا",
    ),
    (
        "وقال الوزير إن المشروع الذي بات واضحا أن كلفته ارتفعت سيكتمل.",
        "المشروع الذي بات واضحا أن كلفته ارتفعت سيكتمل",
    ),
    (
        "وقال المدير إن الصالة، التي اتفق مبدئيا أن تفتح الخميس، جاهزة.",
        "الصالة، التي اتفق مبدئيا أن تفتح الخميس، جاهزة",
    ),
]


@pytest.mark.parametrize(("body", "content"), IMPERSONAL_PREDICATES)
def test_a_predicate_or_nisba_adverb_before_that_does_not_cut_the_content(body: str, content: str) -> None:
    """'كان مقررا أن', 'بات واضحا أن', 'مبدئيا أن': no circumstantial participle, no new statement."""
    assert only(body).content == content


SPOKEN_THROUGH_AN_AGENCY = [
    (
        "وقال سامر الحلو أمين سر النادي في حديث لوكالة (أ.ف.ب) إن المباراة لن تقام الأحد.",
        "المباراة لن تقام الأحد",
    ),
    ("وقالت الجمعية في رسالة نقلتها صحيفة الغد إن التبرعات وصلت.", "التبرعات وصلت"),
    ("وأوضح المدرب في حديث نقله موقع النادي أن اللاعب سيغيب شهرا.", "اللاعب سيغيب شهرا"),
    (
        "وقال الناطق باسم الحزب سامي العلي، في رسالة إلى أنصاره، نشرت على صفحة الحزب، إن الانتخابات ستؤجل.",
        "الانتخابات ستؤجل",
    ),
]


@pytest.mark.parametrize(("body", "content"), SPOKEN_THROUGH_AN_AGENCY)
def test_where_the_words_were_published_leaves_the_speaker_its_content(body: str, content: str) -> None:
    """An agency's dotted initials end no sentence; 'نقلته' after a speech noun describes that speech."""
    s = only(body)
    assert (s.cue[-3:], s.content) == (body.split()[0][-3:], content)


@pytest.mark.parametrize(
    "body",
    [
        "وكان الوزير قد تحدث مع نظرائه في القمة، حيث أفيد بأنه قال إن الاتفاق قريب.",
        "وتحدثت المديرة مع الأهالي طويلا، حيث نقل عنها أنها وعدت بأن المدرسة ستفتح.",
    ],
)
def test_a_complementiser_in_a_clause_of_its_own_is_not_the_first_cues(body: str) -> None:
    """'تحدث مع X، حيث ... أن': talking with someone says nothing; the أن belongs to the حيث clause."""
    assert all(s.cue not in ("تحدث", "تحدثت") for s in statements(body))


def test_an_aside_opened_by_where_leaves_the_cue_its_complement() -> None:
    s = only('وصرح متحدث باسم الشرطة في المدينة، حيث يقع المصنع، لـ"الغد" أن الحريق أخمد.')
    assert (s.cue, s.content) == ("صرح", "الحريق أخمد")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وقالت الشرطة إن المصابين من الطلاب، لكنها لم تحدد أعمارهم.", "المصابين من الطلاب"),
        ("وأعلنت الشركة أن المصنع سيغلق، غير أنها لم تحدد موعدا لذلك.", "المصنع سيغلق"),
        ("وذكر المسؤول أن عدة موظفين أوقفوا، لكنه لم يعط تفاصيل أخرى.", "عدة موظفين أوقفوا"),
    ],
)
def test_what_the_source_left_unsaid_after_a_contrast_ends_the_content(body: str, content: str) -> None:
    """'، لكنها لم تحدد ...': the reporter remarks on what was not said; the content ends before it."""
    assert only(body).content == content


TRAILING_ATTRIBUTIONS = [
    ("وارتفع عدد المصابين إلى عشرين بحسب الدفاع المدني.", "ارتفع عدد المصابين إلى عشرين"),
    ("وتراجعت الصادرات بنسبة عشرة بالمئة، وفق أرقام رسمية.", "تراجعت الصادرات بنسبة عشرة بالمئة"),
    ("وحسب الأرقام الرسمية، فقد تراجعت الواردات.", "تراجعت الواردات"),
    ("وزارة النقل أغلقت الطريق حسب مصادر محلية.", "وزارة النقل أغلقت الطريق"),
]


@pytest.mark.parametrize(("body", "content"), TRAILING_ATTRIBUTIONS)
def test_an_attributed_sentence_loses_its_joining_conjunction(body: str, content: str) -> None:
    """The و joining the sentence to the one before, and a resuming فقد, are no words of the source;
    a noun whose own first letter is و keeps it."""
    assert only(body).content == content


@pytest.mark.parametrize(
    "body",
    [
        "وأجريت الانتخابات وفقا للقانون.",
        "وقال المحامي إن موكله أوقف وفق الشروط المعمول بها.",
        "وقال المدير إن الطالب قبل في الهندسة. وبين أن أخته قبلت في الطب، وفقا لرغبتها الأولى.",
    ],
)
def test_according_to_a_rule_or_a_wish_is_no_attribution(body: str) -> None:
    """'وفق الشروط', 'وفقا لرغبتها': a manner; nothing is attributed to the rule, a content runs past it."""
    found = statements(body)
    assert all(s.cue not in ("وفقا", "وفق") for s in found)
    assert all(not s.content.endswith("في الطب") for s in found)


def test_a_possessed_speech_noun_after_according_still_attributes() -> None:
    s = only("وكان الوزير قد استقال الشهر الماضي، حسب تصريحاته.")
    assert (s.speaker, s.cue) == ("الوزير", "حسب")


def test_between_before_a_complementiser_is_the_cue_of_an_elided_speaker() -> None:
    found = statements("وقال المدير إن الطالب قبل في الهندسة. وبين أن أخته قبلت في الطب.")
    assert (by_cue(found, "بين").speaker, by_cue(found, "بين").content) == ("المدير", "أخته قبلت في الطب")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وانسحب الجيش من البلدة، كما ذكرت وسائل إعلام محلية.", "وسائل إعلام محلية"),
        ("وكان الجيش قد انسحب من البلدة الأسبوع الماضي على ما ذكرت إذاعة محلية.", "إذاعة محلية"),
        ("وتوفي الممثل فجر الاثنين عن سبعين عاما، كما أعلنت نقابة الفنانين.", "نقابة الفنانين"),
    ],
)
def test_as_reported_after_a_clause_attributes_that_clause(body: str, speaker: str) -> None:
    """'...، كما ذكرت X', '... على ما ذكرت X': the sentence before is what X said."""
    s = only(body)
    assert s.speaker == speaker
    assert not s.content.startswith("و")


@pytest.mark.parametrize(
    "body",
    [
        "وقال الوزير إن الأسعار ستنخفض، كما ذكر أمس.",
        "وأوضح المحامي أن الجلسة أجلت بناء على ما طلبه الدفاع من وقت إضافي.",
    ],
)
def test_as_said_after_a_reported_clause_adds_no_statement(body: str) -> None:
    assert len(statements(body)) == 1


def test_a_confirmation_joined_to_a_trailing_report_confirms_the_same_clause() -> None:
    found = statements("وانهار الجسر صباح الأحد، على ما أفاد شهود عيان وأكدته وزارة النقل.")
    confirmed = by_cue(found, "أكدته")
    assert (confirmed.speaker, confirmed.stance, confirmed.content) == (
        "وزارة النقل",
        "confirm",
        by_cue(found, "أفاد").content,
    )


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وبحسب الشرطة فقد اعتقل ثلاثة أشخاص في المدينة.", "الشرطة", "اعتقل ثلاثة أشخاص في المدينة"),
        (
            "وبحسب الإدارة فقد شارك في الاختلاس الموظف سامي حداد، من قسم المالية، طوال عامين.",
            "الإدارة",
            "شارك في الاختلاس الموظف سامي حداد، من قسم المالية، طوال عامين",
        ),
        (
            "ووفقا لتقرير الوكالة، الذي نشر الخميس، ارتفعت الأسعار بنسبة كبيرة.",
            "الوكالة",
            "ارتفعت الأسعار بنسبة كبيرة",
        ),
    ],
)
def test_a_fronted_attribution_ends_at_its_resuming_word_or_aside(
    body: str, speaker: str, content: str
) -> None:
    """'وبحسب X فقد ...': فقد closes the source, comma or not; a relative aside after it is skipped."""
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("ونددت الحكومة بالعملية.", "العملية"),
        ("وأفادت الوزارة بوصول الشحنة.", "وصول الشحنة"),
        ("وطالب النواب بإقالة الوزير.", "إقالة الوزير"),
        ("وتعهد المحافظ بإصلاح الطريق قبل الشتاء.", "إصلاح الطريق قبل الشتاء"),
    ],
)
def test_the_cues_own_glued_preposition_is_no_word_of_the_content(body: str, content: str) -> None:
    """'ندد بـ', 'أفاد بـ', 'طالب بـ': the ب is the cue's, the content is what follows it."""
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وطالب المحتجون بوريس حداد بالاستقالة.", "بوريس حداد بالاستقالة"),
        ("وطالب المحتجون بلدية المدينة بإصلاح الطريق.", "بلدية المدينة بإصلاح الطريق"),
    ],
)
def test_a_name_that_opens_with_ba_keeps_its_letter(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_cue_preposition_inside_a_later_clause_opens_no_content() -> None:
    """'...، وإليك أهم ما يجب أن تعرفه عن': the عن is that clause's, not أعلن's."""
    s = only("وأعلنت الشركة، الثلاثاء، خطة جديدة للتوظيف، وإليك أهم ما يجب أن تعرفه عن الخطة.")
    assert s.content.startswith("خطة جديدة للتوظيف")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأشار الوزير، في كلمته أمام البرلمان، إلى أن الميزانية جاهزة.", "الميزانية جاهزة"),
        ("وكشف القيادي في الحزب، سامي العلي عن وجود خلافات داخلية.", "وجود خلافات داخلية"),
    ],
)
def test_a_cue_preposition_after_an_aside_or_a_name_opens_the_content(body: str, content: str) -> None:
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "وأعلنت الشرطة أنها تلاحق المشتبه بهم في الحي، وكان صوت الرصاص مسموعا حتى الصباح.",
            "تلاحق المشتبه بهم في الحي",
        ),
        (
            "واتهمت الحكومة المعارضة بتأجيج الاحتجاجات، إذ كانت الأحزاب قد دعت إلى الإضراب.",
            "المعارضة بتأجيج الاحتجاجات",
        ),
        (
            "وانتقد النائب أداء وزارة النقل، التي أكدت في رد مكتوب أن الطرق آمنة.",
            "أداء وزارة النقل",
        ),
    ],
)
def test_background_or_a_relative_with_its_own_cue_ends_the_content(body: str, content: str) -> None:
    """'، وكان صوت ...', '، إذ كانت الأحزاب قد ...', '، التي أكدت أن ...': the writer's or another's."""
    assert statements(body)[0].content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "وأضاف المدير أن المصنع مملوك للبلدية، وكانت تديره شركة خاصة منذ سنوات.",
            "المصنع مملوك للبلدية، وكانت تديره شركة خاصة منذ سنوات",
        ),
        (
            "وقال المتحدث إن الشركة، التي أعلنت إفلاسها أمس، ستبيع أصولها.",
            "الشركة، التي أعلنت إفلاسها أمس، ستبيع أصولها",
        ),
    ],
)
def test_a_continuation_or_an_aside_stays_in_the_content(body: str, content: str) -> None:
    """'، وكانت تديره ...' goes on about the same subject; a relative closed by a comma is an aside."""
    assert statements(body)[0].content == content


def test_a_joining_waw_before_a_short_preposition_is_dropped_too() -> None:
    s = only("وفي حال تنفيذ الاتفاق فإن الأسعار ستنخفض، بحسب خبراء.")
    assert s.content == "في حال تنفيذ الاتفاق فإن الأسعار ستنخفض"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأقر الوزير بوجود عجز، لكنه وصفه بالمؤقت.", "المؤقت"),
        ("ووصفها المعارضون بالمتسرعة.", "المتسرعة"),
    ],
)
def test_described_by_pronoun_keeps_only_the_description(body: str, content: str) -> None:
    """'وصفه بالمؤقت': with a pronoun object the content is the description, without its ب."""
    assert statements(body)[-1].content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ('وقالت الوزيرة إن الخطة جاهزة، واصفة إياها بـ"الطموحة".', '"الطموحة"'),
        ("وقالت الوزيرة إن الخطة جاهزة، واصفة إياها بالطموحة.", "الطموحة"),
    ],
)
def test_described_through_iyya_keeps_only_the_description(body: str, content: str) -> None:
    """'واصفة إياها بـ"Y"': the object is a pronoun, so the content is Y without the ب (alone or glued)."""
    assert by_cue(statements(body), "واصفة").content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأكد الحزب في بيان وزعه على الصحفيين أن مرشحه لن ينسحب.", "مرشحه لن ينسحب"),
        ("وأكدت النقابة في رسالة وجهتها إلى الوزارة أن الإضراب مستمر.", "الإضراب مستمر"),
    ],
)
def test_the_recipients_of_a_statement_sent_out_are_no_content(body: str, content: str) -> None:
    """'في بيان وزعه على الصحفيين أن': على names who got the statement; أكد's content is after أن."""
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وقالت المديرة بعد أن زارت المدرسة إن الصفوف مكتظة.", "المديرة", "الصفوف مكتظة"),
        ("وأكد المحافظ قبل أن يغادر القاعة أن الطريق سيفتح.", "المحافظ", "الطريق سيفتح"),
    ],
)
def test_the_an_of_a_time_clause_opens_no_content(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_time_clause_after_an_object_keeps_the_subject_short() -> None:
    found = statements("وأعلنت البلدية إغلاق السوق قبل أن تؤكد أن التجار سيعوضون.")
    assert {s.speaker for s in found} == {"البلدية"}
    assert "التجار سيعوضون" in {s.content for s in found}


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وتعهد الرئيس، في خطاب متلفز، بمكافحة الفساد.", "مكافحة الفساد"),
        ("وتعهدت الوزيرة، خلال كلمة أمام النواب، بمحاسبة المقصرين.", "محاسبة المقصرين"),
        ("وطالب الاتحاد في وقت سابق بمراجعة العقود.", "مراجعة العقود"),
    ],
)
def test_a_b_complement_after_a_speech_setting_or_a_time_phrase(body: str, content: str) -> None:
    assert only(body).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأعلن المحافظ إغلاق السوق وكلف الشرطة بحراسته.", "إغلاق السوق"),
        ("وأعلنت الوزيرة افتتاح المستشفى وتفقدت أقسامه.", "افتتاح المستشفى"),
        ("وانتقد النواب تأخر الموازنة وغادروا القاعة.", "تأخر الموازنة"),
    ],
)
def test_a_joined_act_after_an_object_content_is_the_reporters(body: str, content: str) -> None:
    assert only(body).content == content


def test_the_action_verbs_are_generated_in_every_third_person() -> None:
    forms = arabic().words["action_verbs"]
    assert {"كلف", "كلفت", "كلفوا", "غادروا", "الغت", "التقيا"} <= forms


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("واعترف الجيش بالغارة، لكن المتحدث باسمه قال إن الهدف عسكري.", "الغارة"),
        ("وأقرت الشركة بالخطأ، غير أن مديرها رفض الاعتذار.", "الخطأ"),
    ],
)
def test_a_one_word_object_ends_at_a_comma_before_a_new_clause(body: str, content: str) -> None:
    assert statements(body)[0].content == content


def test_the_words_that_may_end_a_sentence_hold_each_kind_of_stop_and_no_plain_word() -> None:
    """`sentence_stop` steps over any other word with one lookup: the set must hold every word a
    rule of it may stop at (beside marks and the word before أن)."""
    lex = arabic()
    stopping = _stopping_keys(lex)
    participle = next(key for key, form in lex.cues.items() if form.form_class == "participle")
    verb = next(key for key, form in lex.cues.items() if form.form_class == "verb" and not form.needs)
    for word in (participle, "و" + verb, fold("على"), fold("ما"), fold("غير"), fold("دون")):
        assert word in stopping, word
    assert all(word in stopping for word in lex.words["cue_connectors"] if " " not in word)
    assert not {fold(w) for w in ("الوزير", "المدينة", "الجديد", "أمس")} & stopping
    assert _stopping_keys(lex) is stopping


def test_a_sentence_goes_on_over_plain_words_and_stops_at_a_conjoined_cue_or_a_full_stop() -> None:
    tokens = tokenize("أكد الوزير أن المشروع الجديد سيكتمل قريبا وقال إن العمل مستمر. ثم غادر")
    run = Run("", tokens, {}, "paragraph")
    texts = [t.text for t in tokens]
    assert sentence_stop(run, 3, arabic()) == texts.index("وقال")
    assert sentence_stop(run, texts.index("إن"), arabic()) == texts.index(".")
