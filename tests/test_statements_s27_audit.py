"""Constructions found reading rawi's output on unseen Arabic news (round 27), each with sentences
written for these tests."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, statements

OBJECT_THEN_PARTICIPLE = [
    ("وانتقد الوزير الخطة معتبرا أنها مكلفة.", "انتقد", "الخطة", "معتبرا", "الوزير"),
    ("وانتقدت النقابة القرار معتبرة أنه يضر بالعمال.", "انتقدت", "القرار", "معتبرة", "النقابة"),
    ("وانتقد المحافظ الشركة مشيرا إلى أن الأشغال متأخرة.", "انتقد", "الشركة", "مشيرا", "المحافظ"),
]


@pytest.mark.parametrize(("body", "cue", "object_", "participle", "speaker"), OBJECT_THEN_PARTICIPLE)
def test_a_participle_with_its_complement_after_the_object_is_a_statement_of_its_own(
    body: str, cue: str, object_: str, participle: str, speaker: str
) -> None:
    found = statements(body)
    first, second = by_cue(found, cue), by_cue(found, participle)
    assert (first.speaker, first.content) == (speaker, object_)
    assert second.speaker == speaker


FEMININE_OBJECT_AFTER_TITLE = [
    ("وانتقد الوزير الميزانية معتبرا أنها لا تخدم الفقراء.", "الوزير", "الميزانية"),
    ("وانتقد المدير الاتفاقية بشدة.", "المدير", "الاتفاقية بشدة"),
    ("وانتقد السفير التغطية الإعلامية للزيارة.", "السفير", "التغطية الإعلامية للزيارة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), FEMININE_OBJECT_AFTER_TITLE)
def test_a_feminine_word_after_a_masculine_title_opens_the_object(
    body: str, speaker: str, content: str
) -> None:
    first = statements(body)[0]
    assert (first.speaker, first.content) == (speaker, content)


def test_a_feminine_nisba_after_a_feminine_title_still_describes_it() -> None:
    s = statements("وقالت الوزيرة الفرنسية إن الاتفاق صامد.")[0]
    assert s.speaker == "الوزيرة الفرنسية"


def test_saying_participle_after_a_cue_introduces_its_words() -> None:
    found = statements('وعلق الوزير قائلا إن "الطريق سيفتح قريبا".')
    assert [s.cue for s in found] == ["علق"]


DECIMAL_BEFORE_TRAILING_ATTRIBUTION = [
    (
        "وارتفع معدل البطالة إلى 7.3 في المائة خلال الربع الثالث، بحسب مسؤولين في وزارة العمل.",
        "ارتفع معدل البطالة إلى 7.3 في المائة خلال الربع الثالث",
    ),
    (
        "وباع الصندوق 0.8 في المائة من حصته في المصرف، وفقا لما ذكره مصدران مطلعان.",
        "باع الصندوق 0.8 في المائة من حصته في المصرف",
    ),
    (
        "وتراجع سعر الصرف إلى 3.65 دينار للدولار، حسب ما أفاد متعاملون.",
        "تراجع سعر الصرف إلى 3.65 دينار للدولار",
    ),
]


@pytest.mark.parametrize(("body", "content"), DECIMAL_BEFORE_TRAILING_ATTRIBUTION)
def test_a_decimal_point_ends_no_sentence(body: str, content: str) -> None:
    assert content in statements(body)[0].content


PURPOSE_CUE_AFTER_A_COMMA = [
    ("وقال الوزير إن الإنتاج ارتفع، ليضيف أن الصادرات ستزيد.", "ليضيف", "الوزير", "الإنتاج ارتفع"),
    ("وأفاد المدير بأن المبيعات تحسنت، ليؤكد أن الفروع الجديدة ستفتح.", "ليؤكد", "المدير", "المبيعات تحسنت"),
    ("وأعلنت الشركة أن أرباحها تراجعت، لتوضح أن السبب هو الحرب.", "لتوضح", "الشركة", "أرباحها تراجعت"),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "first"), PURPOSE_CUE_AFTER_A_COMMA)
def test_a_purpose_cue_after_a_comma_goes_on_with_the_same_speaker(
    body: str, cue: str, speaker: str, first: str
) -> None:
    found = statements(body)
    assert [(s.speaker, s.content) for s in found[:1]] == [(speaker, first)]
    assert by_cue(found, cue).speaker == speaker


RELAY_AFTER_A_SETTING = [
    ("وذكرت الوكالة، في تقرير لها، نقلا عن مسؤول عراقي أن الحدود أغلقت.", "مسؤول عراقي", "الوكالة"),
    ("وأفادت القناة في نشرتها المسائية نقلا عن شهود عيان بأن القصف استمر.", "شهود عيان", "القناة"),
    ("وقالت الإذاعة خلال نشرة الظهيرة، نقلا عن مصدر طبي، إن عدد الجرحى ارتفع.", "مصدر طبي", "الإذاعة"),
]


@pytest.mark.parametrize(("body", "speaker", "outlet"), RELAY_AFTER_A_SETTING)
def test_a_relay_after_a_setting_phrase_speaks_through_the_outlet(
    body: str, speaker: str, outlet: str
) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.speaker_kind, s.via) == (speaker, "anonymous", (outlet,))


def test_a_nisba_after_an_unnamed_head_is_no_given_name() -> None:
    s = statements("وذكرت الشبكة نقلا عن مصدر تركي أن الوزير اطلع على الملف.")[0]
    assert (s.speaker, s.speaker_kind) == ("مصدر تركي", "anonymous")
    assert statements("وقال الصياد تركي الحربي إن البحر هائج.")[0].speaker == "تركي الحربي"


TRAILING_RELAY = [
    (
        "وأكد رئيس الحكومة أن الانتخابات ستجرى في موعدها، نقلا عن وكالة الأنباء الرسمية.",
        "وكالة الأنباء الرسمية",
    ),
    ("وقال الوزير إن الأسعار ستنخفض، نقلا عن التلفزيون الرسمي.", "التلفزيون الرسمي"),
]


@pytest.mark.parametrize(("body", "outlet"), TRAILING_RELAY)
def test_a_relaying_outlet_after_the_content_is_in_via(body: str, outlet: str) -> None:
    assert statements(body)[0].via == (outlet,)


FRONTED_QUOTED_OUTLET = [
    ('وبحسب "الأناضول"، فإن الحدود أغلقت أمس.', "بحسب", "الأناضول", "الحدود أغلقت أمس"),
    (
        'ووفقا لـ"المرصد"، فقد ارتفعت الأسعار خلال الشهر الماضي.',
        "وفقا",
        "المرصد",
        "ارتفعت الأسعار خلال الشهر الماضي",
    ),
]


@pytest.mark.parametrize(("body", "cue", "source", "content"), FRONTED_QUOTED_OUTLET)
def test_a_fronted_attribution_to_a_quoted_outlet(body: str, cue: str, source: str, content: str) -> None:
    s = statements(body)[0]
    assert (s.cue, s.speaker, s.content) == (cue, source, content)


def test_a_fronted_quoted_outlet_relays_the_statement_after_it() -> None:
    s = statements('وبحسب "الأناضول"، فقد ذكرت الوزارة في بيان أنها أوقفت الرحلات.')[0]
    assert (s.speaker, s.via) == ("الوزارة", ("الأناضول",))


def test_an_impersonal_reminder_with_its_conjunction_written_apart_says_nothing() -> None:
    found = statements("وقال المدير إن المصنع سيفتح. و يذكر أن المصنع أغلق العام الماضي.")
    assert [s.cue for s in found] == ["قال"]


CONJUNCTION_WRITTEN_APART = [
    ("وقال المدرب إن الفريق جاهز و أكد أن اللاعبين سيتألقون.", "أكد", "الفريق جاهز"),
    ("وقالت الوزيرة إن الميزانية أقرت، و أوضحت أن الرواتب ستصرف.", "أوضحت", "الميزانية أقرت"),
    ("وأعلن الاتحاد أن البطولة ستقام. و بين رئيس الاتحاد أن الملاعب جاهزة.", "بين", "البطولة ستقام"),
]


@pytest.mark.parametrize(("body", "cue", "first"), CONJUNCTION_WRITTEN_APART)
def test_a_cue_after_a_conjunction_written_apart_starts_a_new_statement(
    body: str, cue: str, first: str
) -> None:
    found = statements(body)
    assert found[0].content == first
    assert by_cue(found, cue).cue == cue


def test_noticing_with_a_complement_is_a_statement() -> None:
    s = statements('ولاحظ الخبير في تصريحات لإذاعة "المدينة" أن الأسعار ارتفعت.')[0]
    assert (s.speaker, s.cue, s.content, s.via) == ("الخبير", "لاحظ", "الأسعار ارتفعت", ("المدينة",))
    assert statements("ولاحظ الطبيب وجود ورم في الرئة.") == ()


RENEWED_DEFINITE_MASDAR = [
    ("وجددت الحكومة التأكيد على أنها لن تتراجع عن الإصلاحات.", "الحكومة", "جددت", "لن تتراجع عن الإصلاحات"),
    ("وأعادت الشركة التأكيد على أن الرحلات ستستأنف.", "الشركة", "أعادت", "الرحلات ستستأنف"),
    ("وأعاد المدرب التأكيد أن الفريق سيقاتل حتى النهاية.", "المدرب", "أعاد", "الفريق سيقاتل حتى النهاية"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), RENEWED_DEFINITE_MASDAR)
def test_renewing_a_definite_verbal_noun_of_a_cue_speaks(
    body: str, speaker: str, cue: str, content: str
) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.cue, s.content) == (speaker, cue, content)


def test_repeating_a_deed_says_nothing() -> None:
    assert statements("وأعادت البلدية فتح السوق بعد أن انتهت الأشغال.") == ()
    found = statements('وقال المدير إن الخبر نشره موقع محلي وأعادت صحيفة "الأفق" نشره.')
    assert [s.cue for s in found] == ["قال"]


PARTICIPLE_WITH_PREPOSITION_AND_NOUN = [
    ("وأكد الوزير أن المخزون كاف مشيرا إلى وجود احتياطي إضافي.", "المخزون كاف"),
    ("وقالت النقابة إن الإضراب مستمر مؤكدة على ضرورة الحوار.", "الإضراب مستمر"),
]


@pytest.mark.parametrize(("body", "first"), PARTICIPLE_WITH_PREPOSITION_AND_NOUN)
def test_a_participle_cue_with_its_preposition_ends_the_content_before_it(body: str, first: str) -> None:
    found = statements(body)
    assert found[0].content == first
    assert len(found) == 2


def test_closing_ledes_sharing_only_a_reporting_verb_and_a_weekday_are_other_stories() -> None:
    body = "\n".join(
        [
            "أعلن متحدث باسم الدفاع المدني، الخميس، أن الحريق في سوق الخضار أخمد بعد ساعات من العمل.",
            "وقال المتحدث إن النيران التهمت عشرات المحلات في السوق القديمة.",
            "وأضاف أن فرق الإطفاء منعت امتداد الحريق إلى الأحياء السكنية المجاورة للسوق.",
            "أعلن وزير الزراعة، الخميس، أن موسم الحصاد سيبدأ مبكرا هذا العام بسبب ارتفاع درجات الحرارة.",
            "أكد متحدث باسم شركة الطيران الوطنية، الخميس، أن الرحلات إلى العواصم الأوروبية ستستأنف قريبا.",
            "قال متحدث باسم الجامعة إن امتحانات الفصل الثاني تأجلت أسبوعين بسبب الإضراب.",
        ]
    )
    found = statements(body, headline="حريق يلتهم سوق الخضار")
    assert [s.cue for s in found] == ["أعلن", "قال", "أضاف"]


IMPERSONAL_AFTER_A_COMMA = [
    (
        "وقال المحلل إنه خلال الأشهر المقبلة، يتوقع أن ترتفع أسعار الذهب.",
        "خلال الأشهر المقبلة، يتوقع أن ترتفع أسعار الذهب",
    ),
    (
        'وقال موقع "التقنية اليوم" إنه خلال العامين المقبلين، يرجح أن تطلق الشركة هاتفا جديدا.',
        "خلال العامين المقبلين، يرجح أن تطلق الشركة هاتفا جديدا",
    ),
    (
        "وقال قائد الشرطة إن المداهمة استهدفت مستودعا قرب الميناء، يعتقد أنه يضم أسلحة مهربة.",
        "المداهمة استهدفت مستودعا قرب الميناء، يعتقد أنه يضم أسلحة مهربة",
    ),
]


@pytest.mark.parametrize(("body", "content"), IMPERSONAL_AFTER_A_COMMA)
def test_an_impersonal_passive_after_a_comma_goes_on_with_the_content(body: str, content: str) -> None:
    assert statements(body)[0].content == content


L_INITIAL_OWNERS = [
    ("وجاء في بيان لينا حداد أن الحفل ألغي.", "لينا حداد"),
    ("وجاء في بيان لبنان الرسمي أن الحدود مفتوحة.", "لبنان الرسمي"),
    ("وجاء في بيان لوزارة الصحة أن الوضع مستقر.", "وزارة الصحة"),
]


@pytest.mark.parametrize(("body", "speaker"), L_INITIAL_OWNERS)
def test_a_document_owner_whose_name_begins_with_lam_keeps_it(body: str, speaker: str) -> None:
    assert statements(body)[0].speaker == speaker


ELIDED_AFTER_A_FRONTED_PHRASE = [
    (
        "وقال الوزير إن الخطة ناجحة. وفي رسالته التي نشرت أمس، انتقد الكاتب سامي العلي الحكومة بشدة، "
        "وكتب أن الإصلاحات تأخرت.",
        "كتب",
        "سامي العلي",
    ),
    (
        "وقالت الوزيرة إن الخطة ناجحة. وخلال المؤتمر، عرض المهندس رامي سعيد خرائط المشروع، "
        "وأوضح أن التنفيذ يبدأ قريبا.",
        "أوضح",
        "رامي سعيد",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), ELIDED_AFTER_A_FRONTED_PHRASE)
def test_an_elided_subject_after_a_fronted_phrase_is_the_subject_of_the_verb_after_it(
    body: str, cue: str, speaker: str
) -> None:
    assert speaker in by_cue(statements(body), cue).speaker


SPELT_OUTLET_BEFORE_AN_OBJECT = [
    ("وأكدت سي إن إن خبر استقالة الوزير.", "سي إن إن", "خبر استقالة الوزير"),
    ("ونقلت إن بي سي تفاصيل الصفقة عن مصدرين مطلعين.", None, None),
    ("وانتقدت سي بي إس قرار المحكمة.", "سي بي إس", "قرار المحكمة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), SPELT_OUTLET_BEFORE_AN_OBJECT)
def test_an_outlet_spelt_in_letters_is_whole_before_the_verbs_object(
    body: str, speaker: str | None, content: str | None
) -> None:
    found = statements(body)
    if speaker is None:
        assert all(s.speaker not in ("إن", "بي") for s in found)
    else:
        assert (found[0].speaker, found[0].content) == (speaker, content)


PEOPLE_PARTICIPLE_SOURCES = [
    ("وبلغت نسبة إنجاز المشروع، حسب القائمين عليه، حوالي 60 في المائة.", "حسب", "القائمين"),
    ("وتأجل الحفل إلى الأسبوع المقبل، بحسب المنظمين.", "بحسب", "المنظمين"),
    ("ووفقا للمراقبين، فإن نسبة المشاركة في الانتخابات كانت ضعيفة.", "وفقا", "المراقبين"),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), PEOPLE_PARTICIPLE_SOURCES)
def test_according_to_the_people_doing_it_is_an_attribution(body: str, cue: str, speaker: str) -> None:
    s = statements(body)[0]
    assert (s.cue, s.speaker, s.speaker_kind) == (cue, speaker, "anonymous")


def test_according_to_laws_is_no_attribution() -> None:
    assert statements("وتوزع المساعدات وفق القوانين المعمول بها.") == ()


SPOKEN_TO_US = [
    ("الكاتب سمير العلي تحدث إلينا عن روايته الجديدة قائلا إنها تروي قصة عائلته.", "سمير العلي"),
    ("والمدربة هالة يوسف قالت لنا إن الفريق مستعد للبطولة.", "هالة يوسف"),
]


@pytest.mark.parametrize(("body", "speaker"), SPOKEN_TO_US)
def test_the_one_spoken_to_is_never_the_speaker(body: str, speaker: str) -> None:
    assert statements(body)[0].speaker == speaker


PLACE_SPELT_WITH_BA = [
    ("وطالبت بغداد بانسحاب القوات الأجنبية.", "بغداد", "انسحاب القوات الأجنبية"),
    ("وتعهدت بريطانيا بزيادة المساعدات.", "بريطانيا", "زيادة المساعدات"),
    ("وقال الوزير إن الاتفاق مهم، حيث تعهدت برلين بتمويل المشروع.", "برلين", "تمويل المشروع"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), PLACE_SPELT_WITH_BA)
def test_a_place_spelt_with_ba_is_the_subject_not_the_complement(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.content) == (speaker, content)


QUOTED_NAME_THEN_ROLE = [
    ('وأشار "العلي" ضيف برنامج "ليالي الفن" أنه قبل المهمة.', "العلي", 'ضيف برنامج "ليالي الفن"'),
    ('وأكد "سامي" مدرب الفريق أن اللاعبين جاهزون.', "سامي", "مدرب الفريق"),
]


@pytest.mark.parametrize(("body", "speaker", "role"), QUOTED_NAME_THEN_ROLE)
def test_a_quoted_name_before_its_role_is_the_speaker(body: str, speaker: str, role: str) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "person")


@pytest.mark.parametrize(
    "headline",
    [
        "آخر تطورات أزمة المياه: انقطاع جديد في العاصمة",
        "أحدث مستجدات الفيضانات: إجلاء مئات العائلات",
        "تفاصيل: الحكومة تقر موازنة العام المقبل",
    ],
)
def test_a_news_label_before_a_colon_in_a_headline_is_no_speaker(headline: str) -> None:
    found = statements("وقال الوزير إن المياه ستعود غدا.", headline=headline)
    assert [s.cue for s in found] == ["قال"]


def test_a_passive_in_a_clause_describing_a_time_says_nothing() -> None:
    found = statements(
        "وقال الرئيس إن البلاد بخير. وفي الوقت التي تعتبر أخبار الزيارة سارة للبعض، إلا أن آخرين انتقدوها."
    )
    assert [s.cue for s in found] == ["قال"]


TIME_CLAUSE_WITH_A_SPEAKER = [
    ("وفي الوقت الذي تعتبر فيه الحكومة أن الأزمة انتهت، يرى المعارضون عكس ذلك.", "الحكومة", "الأزمة انتهت"),
    ("وخلال الفترة التي أعلنت فيها الشركة أن الأرباح تراجعت، استقال المدير.", "الشركة", "الأرباح تراجعت"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), TIME_CLAUSE_WITH_A_SPEAKER)
def test_a_speaker_inside_a_clause_describing_a_time_still_speaks(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.content) == (speaker, content)


POSSESSED_TITLE_THEN_UNLISTED_NAME = [
    ("وغرد كاتبها بوسورث بأنه لم يقصد الإساءة.", "بوسورث", "كاتبها"),
    ("وقال مدربه فيرنانديز إن اللاعب سيعود.", "فيرنانديز", "مدربه"),
]


@pytest.mark.parametrize(("body", "speaker", "role"), POSSESSED_TITLE_THEN_UNLISTED_NAME)
def test_a_possessed_title_before_a_name_the_list_lacks_is_its_role(
    body: str, speaker: str, role: str
) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.speaker_role) == (speaker, role)


def test_a_possessed_title_before_an_adverb_keeps_no_name() -> None:
    assert statements("وقال محاميه أمس إن الحكم سيستأنف.")[0].speaker == "محاميه"


EVIDENCE_POINTS = [
    "وقالت الأم إن ابنها غادر المدينة، لكنها أضافت أن كل المعطيات تشير إلى أنه ما زال محتجزا.",
    "وقال الخبير إن الأرقام تشير إلى تباطؤ النمو.",
]


@pytest.mark.parametrize("body", EVIDENCE_POINTS)
def test_data_and_figures_that_point_to_something_are_no_source(body: str) -> None:
    assert all(s.cue not in ("تشير", "أشارت") for s in statements(body))


def test_figures_of_a_named_body_still_speak_for_it() -> None:
    found = statements("وتشير أرقام وزارة الزراعة إلى أن المحصول تراجع هذا العام.")
    assert [s.cue for s in found] == ["تشير"]


B_WORD_AFTER_COMPLEMENTISER = [
    ("ووصفها الوزير بأنها باطلة.", "باطلة"),
    ("ونفى المتحدث الخبر ووصفه بأنه بعيد عن الحقيقة.", "بعيد عن الحقيقة"),
]


@pytest.mark.parametrize(("body", "content"), B_WORD_AFTER_COMPLEMENTISER)
def test_a_word_in_ba_after_a_complementiser_keeps_its_letter(body: str, content: str) -> None:
    assert statements(body)[-1].content == content


RELAY_AFTER_AN_ELIDED_SPEAKER = [
    (
        'وقال المدرب إن الموسم صعب. وأضاف وفق ما نقلت صحيفة "الهدف": "الفريق يحتاج إلى مهاجم جديد".',
        "الفريق يحتاج إلى مهاجم جديد",
    ),
    (
        'وقال المدرب إن الموسم صعب. وأضاف وفق ما نقلت "الرياضية" : "لكن الفريق ما زال قويا".',
        "لكن الفريق ما زال قويا",
    ),
]


@pytest.mark.parametrize(("body", "content"), RELAY_AFTER_AN_ELIDED_SPEAKER)
def test_a_relay_after_an_elided_speakers_cue_is_its_via(body: str, content: str) -> None:
    s = by_cue(statements(body), "أضاف")
    assert (s.speaker, s.content, len(s.via)) == ("المدرب", content, 1)


def test_a_quoted_outlet_after_the_content_is_in_via() -> None:
    s = statements('وقال الحارس إن الفريق قوي، وفق ما نقلت "الرياضية".')[0]
    assert s.via == ("الرياضية",)
