"""Everyday news wordings written for these tests: constructions no dev text was needed to find."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, only, statements

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


def test_ruling_out_a_past_event_itself_keeps_its_stance() -> None:
    s = only("واستبعد المدرب أن يكون اللاعب قد تعمد إيذاء منافسه.")
    assert (s.speaker, s.stance) == ("المدرب", "deny")


ROLES_WITH_PLACES = [
    (
        "وقالت أستاذة القانون الدولي في جامعة دمشق، هالة العمر، إن القرار ملزم.",
        "هالة العمر",
        "أستاذة القانون الدولي في جامعة دمشق",
    ),
    ("وقال أستاذ الاقتصاد في الجامعة الأمريكية سامر حمدان إن الدين يتزايد.", "سامر حمدان", None),
    ("وقال نائب عن حزب العمال، كريم داود، إن التصويت أرجئ.", "كريم داود", "نائب عن حزب العمال"),
    (
        "وأكدت عضو مجلس الشيوخ عن ولاية الشمال، نادين خوري، أن الميزانية أقرت.",
        "نادين خوري",
        "عضو مجلس الشيوخ عن ولاية الشمال",
    ),
]


@pytest.mark.parametrize(("body", "name", "role"), ROLES_WITH_PLACES)
def test_a_role_with_a_place_or_constituency_before_the_name(body: str, name: str, role: str | None) -> None:
    s = only(body)
    assert s.speaker == name
    assert role is None or s.speaker_role == role


def test_an_unnamed_representative_for_a_party_is_anonymous() -> None:
    s = only("وقال نائب عن حزب العمال إن التصويت أرجئ.")
    assert (s.speaker, s.speaker_kind, s.content) == ("نائب عن حزب العمال", "anonymous", "التصويت أرجئ")


def test_about_after_a_definite_title_is_still_the_cue_preposition() -> None:
    found = statements("وتحدث النائب عن الحكومة قائلا إنها فشلت في إدارة الأزمة.")
    assert found and all(s.speaker == "النائب" for s in found)


OWNED_DOCUMENTS = [
    ("وكشف تقرير للمنظمة الدولية للهجرة أن آلاف الأسر نزحت.", "المنظمة الدولية للهجرة"),
    ("وقال تقرير للمصرف المركزي إن النمو تباطأ.", "المصرف المركزي"),
    ("وبحسب بيان صادر عن البلدية، فإن المياه ستعود مساء.", "البلدية"),
    ("ووفقا لدراسة أجرتها جامعة النهرين، فإن التلوث تضاعف.", "جامعة النهرين"),
    ("ووفقا لتقرير لمنظمة العمل، فإن البطالة تراجعت.", "منظمة العمل"),
]


@pytest.mark.parametrize(("body", "issuer"), OWNED_DOCUMENTS)
def test_a_document_speaks_for_its_owner_or_issuer(body: str, issuer: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (issuer, "document")


def test_an_adjective_of_a_document_is_no_owner() -> None:
    s = only("وأظهرت دراسة جديدة أن ثلث الأطفال لا يذهبون إلى المدرسة.")
    assert (s.speaker, s.speaker_kind) == ("دراسة جديدة", "document")


def test_a_given_name_spelt_with_alef_maqsura_is_no_function_word() -> None:
    s = only("وقالت منى الخطيب إن المدرسة أغلقت أبوابها.")
    assert (s.speaker, s.content) == ("منى الخطيب", "المدرسة أغلقت أبوابها")


def test_an_age_in_brackets_after_a_maqsura_name() -> None:
    s = only("وقالت الممرضة منى (30 عاما) إن المستشفى يفتقر إلى الأدوية.")
    assert "منى" in s.speaker and s.content == "المستشفى يفتقر إلى الأدوية"


MANNER_ACCUSATIVES = [
    ("ونفت الشركة نفيا قاطعا أن تكون قد سرحت عمالها.", "الشركة", "تكون قد سرحت عمالها"),
    ("وأكد المدرب تأكيدا حاسما أن الفريق سيشارك.", "المدرب", "الفريق سيشارك"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), MANNER_ACCUSATIVES)
def test_a_verbal_noun_of_manner_is_no_speaker_nor_content(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


TOPICS = [
    ("أما النقابة فقالت إن الأجور لم تصرف.", "النقابة", "الأجور لم تصرف"),
    ("وأما رئيس البلدية فأكد أن الطريق سيفتح.", "رئيس البلدية", "الطريق سيفتح"),
    ("أما الاتحاد فقد أعلن أن البطولة ستقام في موعدها.", "الاتحاد", "البطولة ستقام في موعدها"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), TOPICS)
def test_a_topic_after_amma_is_the_subject_fa_resumes(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_relative_denial_takes_up_the_content_before_it() -> None:
    found = statements("وتحدثت تقارير عن تسرب نفطي قرب الميناء، الأمر الذي نفته الشركة.")
    denial = by_cue(found, "نفته")
    reported = by_cue(found, "تحدثت")
    assert (denial.speaker, denial.stance, denial.content) == ("الشركة", "deny", "تسرب نفطي قرب الميناء")
    assert reported.content == "تسرب نفطي قرب الميناء"


def test_a_denial_verb_with_an_object_pronoun_is_a_cue() -> None:
    found = statements("واتهمت المعارضة الحكومة بتزوير الانتخابات، الأمر الذي نفاه الوزير.")
    denial = by_cue(found, "نفاه")
    assert (denial.speaker, denial.stance, denial.content) == ("الوزير", "deny", "الحكومة بتزوير الانتخابات")


IN_DOCUMENTS = [
    ("وجاء في بيان الهيئة أن الانتخابات ستجرى في موعدها.", "الهيئة"),
    ("وجاء في تقرير للمفوضية أن المخيمات مكتظة.", "المفوضية"),
]


@pytest.mark.parametrize(("body", "owner"), IN_DOCUMENTS)
def test_it_came_in_a_document_speaks_for_its_owner(body: str, owner: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.cue) == (owner, "document", "جاء")


def test_it_came_in_the_statement_speaks_for_who_issued_it() -> None:
    found = statements("وأصدرت النقابة بيانا حول الإضراب. وجاء في البيان أن العمال سيعودون الأحد.")
    assert by_cue(found, "جاء").speaker == "النقابة"


DEFINITE_OBJECTS = [
    ("ووصفت النقابة الإضراب بأنه ناجح.", "النقابة", "الإضراب بأنه ناجح"),
    ("ووصف الاتحاد الأوروبي الاتفاق بأنه تاريخي.", "الاتحاد الأوروبي", "الاتفاق بأنه تاريخي"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), DEFINITE_OBJECTS)
def test_a_definite_verbal_noun_after_a_body_is_its_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


PLACED_SOURCES = [
    ("ونفت مصادر في الوزارة وجود أي نية لرفع الرسوم.", "مصادر في الوزارة", "وجود أي نية لرفع الرسوم"),
    (
        "ونفى مسؤول من وزارة الصحة التقارير عن نقص اللقاحات.",
        "مسؤول من وزارة الصحة",
        "التقارير عن نقص اللقاحات",
    ),
    ("ونفى مصدر مطلع في الخارجية المصرية صحة الخبر.", "مصدر مطلع في الخارجية المصرية", "صحة الخبر"),
    ("وطالب عدد من نقابات العمال الحكومة بزيادة الأجور.", "عدد من نقابات العمال", "الحكومة بزيادة الأجور"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), PLACED_SOURCES)
def test_where_a_source_sits_belongs_to_it_before_the_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_after_a_cue_governing_min_the_preposition_opens_the_content() -> None:
    s = only("ويحذر اقتصاديون من موجة غلاء جديدة.")
    assert (s.speaker, s.content) == ("اقتصاديون", "موجة غلاء جديدة")


def test_where_it_spoke_is_no_part_of_the_source() -> None:
    s = only("ونفى مسؤولون في تصريحات صحفية الأنباء عن بيع المصنع.")
    assert (s.speaker, s.content) == ("مسؤولون", "الأنباء عن بيع المصنع")


DESCRIBED_ACCOUNTS = [
    ("ووصفت النقابة رواية الإدارة بأنها مختلقة.", "النقابة", "رواية الإدارة"),
    ("ووصف المتحدث رواية الشركة بأنها كاذبة.", "المتحدث", "رواية الشركة"),
]


@pytest.mark.parametrize(("body", "speaker", "target"), DESCRIBED_ACCOUNTS)
def test_an_account_described_as_false_is_denied_not_made_a_statement(
    body: str, speaker: str, target: str
) -> None:
    s = only(body)
    assert (s.speaker, s.stance, s.target) == (speaker, "deny", target)


def test_a_participle_describing_an_account_as_false_denies_it() -> None:
    found = statements('وقالت الحركة إن الاتهامات سياسية، واصفة رواية الشرطة بأنها "ملفقة".')
    s = by_cue(found, "واصفة")
    assert (s.speaker, s.stance, s.target) == ("الحركة", "deny", "رواية الشرطة")
    assert [x.speaker for x in found] == ["الحركة", "الحركة"]


def test_a_feminine_falsity_adjective_after_banna_is_a_predicate() -> None:
    s = only("ووصفت الوزارة الأنباء بأنها مفبركة.")
    assert (s.stance, s.target) == ("deny", "الأنباء")


def test_an_account_rejected_with_a_that_clause_stays_a_report_of_its_owner() -> None:
    found = statements("ونفت الحركة رواية الجيش بأنها هاجمت المعسكر.")
    assert [(s.speaker, s.stance) for s in found] == [("الحركة", "deny"), ("الجيش", "assert")]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("وقال المحامي فؤاد سالم، أحد أعضاء هيئة الدفاع، إن الجلسة أجلت.", "فؤاد سالم", "المحامي"),
        ("وقالت الباحثة نور سليم، إحدى معدات الدراسة، إن النتائج مقلقة.", "نور سليم", "الباحثة"),
    ],
)
def test_a_partitive_apposition_after_a_named_title_keeps_the_name(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_a_representative_of_a_body_is_no_epithet_of_the_last_speaker() -> None:
    found = statements(
        "وقال المحامي فؤاد سالم إن موكله بريء.\n\nبينما أكد ممثل النيابة أن الأدلة كافية لإدانته."
    )
    assert [s.speaker for s in found] == ["فؤاد سالم", "ممثل النيابة"]


CRITICISED_OBJECTS = [
    ("وانتقد النائب قرار تمديد الدوام.", "النائب", "قرار تمديد الدوام"),
    ("وانتقد النائب سامي عون خطة نقل الوزارات.", "سامي عون", "خطة نقل الوزارات"),
    ("وانتقد المدرب تشكيلة المنتخب.", "المدرب", "تشكيلة المنتخب"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), CRITICISED_OBJECTS)
def test_an_object_noun_after_a_title_is_no_name(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_mans_given_name_in_ta_marbuta_after_a_title_stays_a_name() -> None:
    s = only("ونفى الرئيس حمزة العلي الاتهامات.")
    assert (s.speaker, s.speaker_role) == ("حمزة العلي", "الرئيس")


def test_a_verb_whose_subject_is_an_object_noun_gives_no_speaker() -> None:
    found = statements("وقال الوزير إن الوضع مستقر. وأدت هجمات في المدينة إلى أضرار، وتعهد بملاحقة المنفذين.")
    assert all(s.speaker for s in found)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("ونفى الوزير الأردني الأنباء عن استقالته.", "الوزير الأردني", "الأنباء عن استقالته"),
        ("وانتقد المدير التنفيذي الخطة الجديدة.", "المدير التنفيذي", "الخطة الجديدة"),
        ("ونفى وزير الخارجية الأمريكي السابق الاتهامات.", "وزير الخارجية الأمريكي السابق", "الاتهامات"),
    ],
)
def test_a_definite_noun_after_the_roles_adjective_is_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


QUOTE_FIRST = [
    ('"لن نتراجع عن مطالبنا"، قال رئيس النقابة.', "رئيس النقابة", "لن نتراجع عن مطالبنا"),
    ("«الطريق سيفتح غدا»، يقول مدير البلدية.", "مدير البلدية", "الطريق سيفتح غدا"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), QUOTE_FIRST)
def test_a_quotation_put_before_its_verb_is_what_the_verb_says(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.quote_type) == (speaker, content, "direct")


def test_a_quotation_before_a_verb_with_its_own_content_is_no_content_of_it() -> None:
    s = only('"انتهى الأمر"، قال المدرب إن الفريق سيعود أقوى.')
    assert s.content == "الفريق سيعود أقوى"


@pytest.mark.parametrize("body", ["وقال السائقون إن الطرق مغلقة.", "ويؤكد الطيارون أن الرواتب لم تعدل."])
def test_a_definite_plural_of_an_agent_noun_is_an_unnamed_group(body: str) -> None:
    assert only(body).speaker_kind == "anonymous"


def test_a_body_named_before_a_quantity_is_not_followed_by_it() -> None:
    found = statements("وأغلقت شركة النقل الوطنية أكثر من عشرين محطة. وقالت الشركة في بيان إن الإغلاق مؤقت.")
    assert [s.speaker for s in found] == ["شركة النقل الوطنية"]


@pytest.mark.parametrize(
    ("body", "owner", "claim"),
    [
        ("ونفت النقابة مزاعم الإدارة حول قيامها بتحريض العمال.", "الإدارة", "قيامها بتحريض العمال"),
        ("ونفى النادي اتهامات الرابطة بشأن تورطه في التلاعب.", "الرابطة", "تورطه في التلاعب"),
    ],
)
def test_a_claim_noun_with_its_source_and_a_topic_verbal_noun_is_that_sources_claim(
    body: str, owner: str, claim: str
) -> None:
    found = statements(body)
    assert [(s.speaker, s.content) for s in found if s.stance == "assert"] == [(owner, claim)]


def test_a_hedging_verb_takes_a_noun_of_responsibility_as_its_object() -> None:
    s = only("ورجحت الشرطة مسؤولية عصابة محلية عن السرقة.")
    assert (s.speaker, s.content, s.hedged) == ("الشرطة", "مسؤولية عصابة محلية عن السرقة", True)


@pytest.mark.parametrize(
    "body", ["واتهمت قوات الشرطة بتعذيب الموقوفين.", "واتهم مدير المصرف السابق باختلاس الأموال."]
)
def test_an_accusing_verb_with_its_complement_right_after_one_noun_is_passive(body: str) -> None:
    assert statements(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وكانت النقابة تتهم الإدارة بالمماطلة.", "النقابة", "الإدارة بالمماطلة"),
        ("واتهم ناشطون قوات الأمن بقمع المحتجين.", "ناشطون", "قوات الأمن بقمع المحتجين"),
        ("واتهمت الجمعية الشركة بتلويث النهر.", "الجمعية", "الشركة بتلويث النهر"),
    ],
)
def test_an_accuser_before_or_after_the_verb_keeps_the_accused_in_the_content(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    "body",
    [
        "وأكد القنصل العام في مدينة الموصل سامي الحربي، بأن القنصلية لم تتلق أي بلاغ.",
        "وقال محافظ ولاية سنار سامي الحربي إن القنصلية لم تتلق أي بلاغ.",
    ],
)
def test_a_named_place_after_a_place_noun_stays_in_the_role(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == ("سامي الحربي", "القنصلية لم تتلق أي بلاغ")


def test_a_question_is_no_statement_but_its_asker_speaks_next() -> None:
    found = statements(
        "وقال المحافظ إن الطرق مفتوحة.\n\n"
        'وتساءل سائق أجرة: "من سيدفع ثمن الوقود؟". وأضاف أن الرحلة تستغرق ساعتين.'
    )
    assert [(s.speaker, s.cue) for s in found] == [("المحافظ", "قال"), ("سائق أجرة", "أضاف")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقالت والدة أحد الطلاب إن المدرسة مغلقة.", "والدة أحد الطلاب"),
        ("وقال مدير إحدى المدارس إن الدوام معلق.", "مدير إحدى المدارس"),
    ],
)
def test_a_partitive_after_a_title_goes_on_with_the_role(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize("body", ["ويقول أولياء أمور إن الحافلات متأخرة.", "وقال صيادون إن البحر هائج."])
def test_plurals_of_people_without_a_name_are_anonymous(body: str) -> None:
    assert only(body).speaker_kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وانتقد وزير النقل، سامي العلي، قرار البرلمان.", "سامي العلي", "قرار البرلمان"),
        ("وانتقدت وزيرة الصحة، ليلى حمدي، تأخر صرف الرواتب.", "ليلى حمدي", "تأخر صرف الرواتب"),
    ],
)
def test_a_name_in_apposition_closes_the_subject_before_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_headline_speaker_told_an_outlet_before_the_colon_has_it_as_via() -> None:
    s = only("نص الخبر هنا.", headline='مصدر أمني لـ"الصباح": الطريق سيفتح غدا')
    assert (s.speaker, s.via, s.content) == ("مصدر أمني", ("الصباح",), "الطريق سيفتح غدا")


def test_people_told_in_quotes_are_no_outlet() -> None:
    s = only("نص الخبر هنا.", headline="المدير لـ«أولياء الأمور»: الدوام يبدأ الأحد")
    assert s.via == ()


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ('"لن نتراجع".. النقابة تصعد احتجاجاتها', "النقابة", "لن نتراجع"),
        ("«الوضع تحت السيطرة» - محافظ المدينة", "محافظ المدينة", "الوضع تحت السيطرة"),
    ],
)
def test_a_headline_opening_with_a_quotation_gives_it_to_who_follows(
    headline: str, speaker: str, content: str
) -> None:
    s = only("نص الخبر هنا.", headline=headline)
    assert (s.speaker, s.content, s.quote_type) == (speaker, content, "direct")


def test_a_quoted_name_opening_a_headline_is_no_speech() -> None:
    assert statements("نص الخبر هنا.", headline='"نجمة الصحراء".. فيلم جديد للمخرج') == ()


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("وأكد الرئيس دعما كاملا للجيش.", "دعما كاملا للجيش"),
        ("ونفى الوزير نفيا قاطعا الأنباء.", "الأنباء"),
    ],
)
def test_only_the_cues_own_verbal_noun_says_how(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_follow_up_in_a_setting_of_its_own_does_not_keep_the_outlet_told_before() -> None:
    found = statements(
        "وقال المحافظ لإذاعة محلية إن الطريق سيفتح. وأكد في مؤتمر صحفي لاحق أن الأعمال ستنتهي قريبا. "
        "وأضاف أن الكلفة معقولة."
    )
    assert [s.via for s in found] == [("إذاعة محلية",), (), ()]


OBJECTS_AFTER_A_BODY = [
    ("واتهمت اللجنة وزارة المالية بإخفاء الأرقام.", "اللجنة", "وزارة المالية بإخفاء الأرقام"),
    ("واتهم الجيش المتمردين بخرق الهدنة.", "الجيش", "المتمردين بخرق الهدنة"),
    ("واتهمت النقابة شركات النقل برفع الأسعار.", "النقابة", "شركات النقل برفع الأسعار"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), OBJECTS_AFTER_A_BODY)
def test_a_definite_body_ends_before_the_accused(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "organization", content)


def test_a_weekday_after_a_body_is_no_accused() -> None:
    s = only("وأعلنت الحكومة الاثنين أن المدارس ستغلق.")
    assert (s.speaker, s.content) == ("الحكومة", "المدارس ستغلق")


APPEALS = [
    ("وناشد الرئيس الأطراف بوقف القتال.", "الرئيس", "الأطراف بوقف القتال"),
    ("وناشدت الوزارة المواطنين عدم الخروج من منازلهم.", "الوزارة", "المواطنين عدم الخروج من منازلهم"),
    ("وناشد الأهالي السلطات التدخل لإنقاذ المحاصرين.", "الأهالي", "السلطات التدخل لإنقاذ المحاصرين"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), APPEALS)
def test_an_appeal_says_what_it_asks_of_whom(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, body.split()[0][1:], content)


WITHHELD_BEFORE_A_COMPLEMENT = [
    ("وحذر خبير تربوي طلب عدم نشر اسمه من أن الإضراب قد يطول.", "خبير تربوي", "الإضراب قد يطول"),
    ("وطالب موظف فضل عدم الكشف عن هويته بصرف الرواتب المتأخرة.", "موظف", "صرف الرواتب المتأخرة"),
    ("ونفى مسؤول طلب عدم ذكر اسمه وجود أي خلاف.", "مسؤول", "وجود أي خلاف"),
    ("وانتقد نائب رفض الكشف عن اسمه قرار الحكومة.", "نائب", "قرار الحكومة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), WITHHELD_BEFORE_A_COMPLEMENT)
def test_a_clause_withholding_the_name_is_skipped_before_any_content(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "anonymous", content)


UNNAMED_PEOPLE = [
    ("وقالت ولية أمر لطالبة في الصف العاشر إن ابنتها لم تحضر أي حصة.", "ولية أمر"),
    ("وقال طبيب في المستشفى إن حالة المصابين مستقرة.", "طبيب في المستشفى"),
    ("وأكد سائق أجرة أن الطريق مغلق منذ الصباح.", "سائق أجرة"),
]


@pytest.mark.parametrize(("body", "speaker"), UNNAMED_PEOPLE)
def test_an_unnamed_person_described_by_what_they_do_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_named_doctor_stays_a_person() -> None:
    s = only("وقال الطبيب سامي العلي إن الحالة مستقرة.")
    assert (s.speaker, s.speaker_kind) == ("سامي العلي", "person")


POSSESSED_ROLES_GOING_ON = [
    (
        "وقال مصدر إن الجلسة تأجلت. وصرح محاميه، يوسف العلمي، بأن موكله بريء، مضيفا أن الملف فارغ.",
        "يوسف العلمي",
    ),
    ("وقال المدير إن العمل بدأ. وقال نائبه خالد منصور إن الموعد ثابت، مضيفا أن التمويل متوفر.", "خالد منصور"),
]


@pytest.mark.parametrize(("body", "speaker"), POSSESSED_ROLES_GOING_ON)
def test_a_possessive_on_a_role_is_no_feminine_ending(body: str, speaker: str) -> None:
    added = by_cue(statements(body), "مضيفا")
    assert added.speaker == speaker


APPOSED_NAMES_BEFORE_A_DEFINITE_OBJECT = [
    ("وطالب وزير المالية، عادل منصور، البرلمان بإقرار الميزانية.", "عادل منصور", "البرلمان بإقرار الميزانية"),
    ("وانتقد رئيس النقابة، سمير داود، القرار بشدة.", "سمير داود", "القرار بشدة"),
    ("وقال وزير المالية، عادل منصور، الأربعاء إن الميزانية جاهزة.", "عادل منصور", "الميزانية جاهزة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), APPOSED_NAMES_BEFORE_A_DEFINITE_OBJECT)
def test_the_comma_closing_an_apposed_name_ends_the_subject(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


TITLES_BEFORE_A_GENITIVE_SPELT_WITH_B = [
    ("وطالب رئيس بلدية المدينة بتخصيص ميزانية طارئة.", "رئيس بلدية المدينة", "تخصيص ميزانية طارئة"),
    ("وطالب مدير بنك الإسكان الحكومة بتسديد ديونها.", "مدير بنك الإسكان", "الحكومة بتسديد ديونها"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), TITLES_BEFORE_A_GENITIVE_SPELT_WITH_B)
def test_a_word_spelt_with_b_after_an_indefinite_title_is_its_genitive(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


SUBJECTS_BEFORE_A_WITHHELD_NAME = [
    (
        "وقال الوزير إن الوضع مستقر. لكن موظفا في البلدية، فضل عدم الكشف عن اسمه، أكد أن الحالات تتزايد.",
        "موظفا في البلدية",
    ),
    (
        "وقال الوزير إن الوضع مستقر. غير أن مسؤولا في الوزارة، طلب عدم ذكر اسمه، قال إن الأرقام أعلى.",
        "مسؤولا في الوزارة",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), SUBJECTS_BEFORE_A_WITHHELD_NAME)
def test_a_fronted_subject_reaches_its_verb_over_a_withheld_name(body: str, speaker: str) -> None:
    second = statements(body)[1]
    assert (second.speaker, second.speaker_kind) == (speaker, "anonymous")


BODIES_BEFORE_A_RELATIVE = [
    ("وتتعرض الشركة لانتقادات من نقابة الطيارين التي تتهم الإدارة بسوء التسيير.", "نقابة الطيارين"),
    ("وجاء ذلك بعد بيان لنقابة الأطباء التي قالت إن الرواتب متأخرة.", "نقابة الأطباء"),
    ("واعترضت لجنة المعلمين التي قالت إن القرار مجحف.", "لجنة المعلمين"),
    ("وردت جمعية حماية المستهلك التي أكدت أن الأسعار ارتفعت.", "جمعية حماية المستهلك"),
]


@pytest.mark.parametrize(("body", "speaker"), BODIES_BEFORE_A_RELATIVE)
def test_a_body_in_construct_is_the_antecedent_of_its_relative(body: str, speaker: str) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.speaker_kind) == (speaker, "organization")


UNMARKED_RELATIVE_DENIALS = [
    ("وتتهم النقابة الإدارة بسوء التسيير، وهي اتهامات ترفضها الإدارة.", "الإدارة", "ترفضها", "اتهامات"),
    ("وتحدثت تقارير عن صفقة سرية، وهي مزاعم تنفيها الحكومة.", "الحكومة", "تنفيها", "مزاعم"),
    ("وتتهم النقابة الإدارة بسوء التسيير، وهي اتهامات نفتها الإدارة مرارا.", "الإدارة", "نفتها", "اتهامات"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "target"), UNMARKED_RELATIVE_DENIALS)
def test_a_denial_right_after_an_indefinite_claim_noun_denies_it(
    body: str, speaker: str, cue: str, target: str
) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.stance, s.target) == (speaker, "deny", target)


def test_refusing_an_offer_is_no_denial() -> None:
    assert statements("وقدمت الشركة عرضا رفضته النقابة.") == ()


def test_an_airline_named_by_its_lines_is_an_organization() -> None:
    found = statements("ونفت الخطوط الجوية الملكية تأخر رحلاتها.", headline="الخطوط الوطنية تنفي الخبر")
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("الخطوط الوطنية", "organization"),
        ("الخطوط الجوية الملكية", "organization"),
    ]


GOVERNED_DENIALS = [
    ("وسارعت الوزارة إلى نفي الشائعات المتداولة.", "الوزارة", "الشائعات المتداولة"),
    ("وسارع الاتحاد إلى نفي هذه الأنباء.", "الاتحاد", "هذه الأنباء"),
]


@pytest.mark.parametrize(("body", "speaker", "target"), GOVERNED_DENIALS)
def test_a_verbal_noun_of_denial_after_a_preposition_denies_its_object(
    body: str, speaker: str, target: str
) -> None:
    s = only(body)
    assert (s.speaker, s.stance, s.target) == (speaker, "deny", target)


def test_whoever_denied_is_no_verbal_noun() -> None:
    assert [s.cue for s in statements("وقال الوزير إن من نفى الخبر لم يطلع على الوثائق.")] == ["قال"]


LONG_TITLED_SUBJECTS_AFTER_A_PARTICLE = [
    (
        "وقالت الصحيفة إن السفير غادر. غير أن الناطقة باسم الخارجية الروسية ماريا إيفانوفا نفت ذلك.",
        "ماريا إيفانوفا",
    ),
    (
        "وقالت الصحيفة إن السفير غادر. لكن المتحدث الرسمي باسم وزارة الداخلية سامي العلي نفى ذلك.",
        "سامي العلي",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), LONG_TITLED_SUBJECTS_AFTER_A_PARTICLE)
def test_a_long_titled_subject_after_a_particle_speaks(body: str, speaker: str) -> None:
    denial = statements(body)[1]
    assert (denial.speaker, denial.stance) == (speaker, "deny")


EXPRESSED_BELIEFS = [
    ("وأعرب دبلوماسي عن اعتقاده بأن الطرفين يتجنبان التصعيد.", True),
    ("وأعربت النقابة عن خشيتها من أن تتأخر الرواتب.", True),
    ("وأعرب المدير عن توقعه بأن ترتفع الأرباح.", True),
    ("وأعرب الوزير عن أمله في أن تنجح المفاوضات.", False),
    ("وأبدى العمال خشيتهم على مستقبل المصنع.", False),
]


@pytest.mark.parametrize(("body", "hedged"), EXPRESSED_BELIEFS)
def test_a_belief_expressed_by_its_noun_is_hedged(body: str, hedged: bool) -> None:
    assert statements(body)[0].hedged is hedged


POSSESSED_OBJECTS_AFTER_A_TITLE = [
    ("وأبدى الوزير خشيته من أن تتأخر المفاوضات.", "الوزير", "تتأخر المفاوضات"),
    ("وأبدى المدير تفاؤله بأن الأرباح سترتفع.", "المدير", "الأرباح سترتفع"),
    ("وأبدت الوزيرة رغبتها في الحوار.", "الوزيرة", "رغبتها في الحوار"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), POSSESSED_OBJECTS_AFTER_A_TITLE)
def test_a_possessed_noun_after_a_title_is_no_name(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


SIMPLE_VERBAL_NOUN_OBJECTS = [
    ("وتوقع القنصل سامي الحمراني صدور التوصيات قريبا.", "صدور التوصيات قريبا"),
    ("ورجح خبراء وصول الوفد الأسبوع المقبل.", "وصول الوفد الأسبوع المقبل"),
    ("ونفى المتحدث خروج القوات من المدينة.", "خروج القوات من المدينة"),
]


@pytest.mark.parametrize(("body", "content"), SIMPLE_VERBAL_NOUN_OBJECTS)
def test_a_verbal_noun_of_the_simple_verb_is_an_object(body: str, content: str) -> None:
    assert only(body).content == content


JOINED_DIVINE_NAMES = [
    ("وقال القنصل عبدالله الحمراني إن الحالات مستقرة.", "عبدالله الحمراني"),
    ("وقال المدير فتحالله سليمان إن العمل مستمر.", "فتحالله سليمان"),
]


@pytest.mark.parametrize(("body", "speaker"), JOINED_DIVINE_NAMES)
def test_a_name_joined_to_the_divine_name_after_a_title_is_a_name(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


SOURCES_WITHHOLDING_THEIR_NAMES = [
    "وقال ضابط لم تسمه الإذاعة إن الطريق أغلق.",
    "وقال ضابط، طلب عدم ذكر اسمه، إن الطريق أغلق.",
    "ونقلت الإذاعة عن ضابط طلب عدم ذكر اسمه أن الطريق أغلق.",
]


@pytest.mark.parametrize("body", SOURCES_WITHHOLDING_THEIR_NAMES)
def test_a_source_whose_name_is_withheld_is_anonymous(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == ("ضابط", "anonymous")


TITLED_APPOSITIONS_AFTER_A_NAME = [
    ("وقال سمير داود، أبو علي، الناطق باسم الحركة، إن الهدنة صامدة.", "الناطق باسم الحركة", "الهدنة صامدة"),
    (
        "وأكدت ليلى حسن، أم خالد، المتحدثة باسم الجمعية، أن التبرعات وصلت.",
        "المتحدثة باسم الجمعية",
        "التبرعات وصلت",
    ),
    ("وانتقد سمير داود، أبو علي، الوزير بشدة.", None, "الوزير بشدة"),
]


@pytest.mark.parametrize(("body", "role", "content"), TITLED_APPOSITIONS_AFTER_A_NAME)
def test_a_definite_title_closed_by_a_comma_after_an_apposed_name_is_its_role(
    body: str, role: str | None, content: str
) -> None:
    s = only(body)
    assert (s.speaker_role, s.content) == (role, content)


FRONTED_GOVERNED_DENIALS = [
    ("وقال مصدر إن القرار قريب. لكن الاتحاد سارع إلى نفي هذه الأنباء.", "الاتحاد"),
    ("وقال مصدر إن القرار قريب. غير أن الوزارة سارعت إلى نفي هذه الأنباء.", "الوزارة"),
]


@pytest.mark.parametrize(("body", "speaker"), FRONTED_GOVERNED_DENIALS)
def test_a_subject_fronted_before_the_governing_verb_denies(body: str, speaker: str) -> None:
    denial = statements(body)[1]
    assert (denial.speaker, denial.stance, denial.target) == (speaker, "deny", "هذه الأنباء")


VERBAL_NOUN_OBJECTS_AFTER_A_DEFINITE_TITLE = [
    ("وانتقد المدرب أداء الحكم بشدة.", "المدرب", "أداء الحكم بشدة"),
    ("وانتقد النائب سامي العلي أداء الوزير.", "سامي العلي", "أداء الوزير"),
    ("وانتقدت النائبة تعامل الحكومة مع الأزمة.", "النائبة", "تعامل الحكومة مع الأزمة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), VERBAL_NOUN_OBJECTS_AFTER_A_DEFINITE_TITLE)
def test_a_verbal_noun_after_a_definite_title_opens_the_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_verbal_noun_after_an_indefinite_title_is_its_genitive() -> None:
    s = only("وقال رئيس تحرير الصحيفة سامي العلي إن الخبر دقيق.")
    assert (s.speaker, s.speaker_role) == ("سامي العلي", "رئيس تحرير الصحيفة")


POSSESSED_FEELINGS = [
    ("وأبدى رئيس الحزب تفاؤله بنتائج الانتخابات.", "رئيس الحزب", "تفاؤله بنتائج الانتخابات"),
    ("وأبدت وزيرة الصحة تخوفها من انتشار الوباء.", "وزيرة الصحة", "تخوفها من انتشار الوباء"),
    ("وأبدى رئيس النقابة تحفظه على القرار.", "رئيس النقابة", "تحفظه على القرار"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), POSSESSED_FEELINGS)
def test_a_possessed_verbal_noun_after_a_title_is_the_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


PLACE_OBJECTS = [
    ("واتهم الرئيس طهران بتأجيج الصراع في المنطقة.", "الرئيس", "طهران بتأجيج الصراع في المنطقة"),
    ("واتهم الوزير القاهرة بعرقلة الاتفاق.", "الوزير", "القاهرة بعرقلة الاتفاق"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), PLACE_OBJECTS)
def test_a_place_after_a_definite_title_is_the_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_quoted_company_name_closes_the_subject() -> None:
    s = only('وأعرب رئيس شركة "الواحة" عن ثقته في نمو المبيعات.')
    assert (s.speaker, s.content) == ('رئيس شركة "الواحة"', "ثقته في نمو المبيعات")


def test_where_it_was_said_is_not_part_of_the_apposed_role() -> None:
    s = only("وقال نادر سليم، المتحدث باسم الحكومة في مؤتمر صحفي، إن الوضع مستقر.")
    assert (s.speaker, s.speaker_role) == ("نادر سليم", "المتحدث باسم الحكومة")


def test_a_name_after_a_prefixed_cue_is_registered_without_the_cue() -> None:
    found = statements("وأضاف سامي خليل، المتحدث باسم البلدية، أن الطريق سيفتح. وأوضح المتحدث أنه مغلق.")
    assert [s.speaker for s in found] == ["سامي خليل", "سامي خليل"]


def test_a_bare_title_after_an_unnamed_holder_of_another_body_stays_unnamed() -> None:
    found = statements(
        "وقال المتحدث باسم الحكومة نادر سليم إن الوضع تحت السيطرة. من جهته، قال متحدث باسم الشرطة "
        "إن ثلاثة أشخاص أصيبوا. وناشد المتحدث المواطنين الابتعاد عن المنطقة."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("نادر سليم", "person"),
        ("متحدث باسم الشرطة", "anonymous"),
        ("متحدث باسم الشرطة", "anonymous"),
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "واكتفى المتحدث باسم الوزارة بالقول إن القرارات من اختصاص الحكومة.",
            "بالقول",
            "القرارات من اختصاص الحكومة",
        ),
        ("واكتفت الوزيرة هدى سالم بالإشارة إلى أن التحقيق جار.", "بالإشارة", "التحقيق جار"),
    ],
)
def test_a_verb_that_speaks_through_its_verbal_noun_has_that_noun_for_cue(
    body: str, cue: str, content: str
) -> None:
    s = only(body)
    assert (s.cue, s.content) == (cue, content)


def test_contenting_oneself_with_a_result_is_no_statement() -> None:
    assert statements("واكتفى الفريق بالتعادل في المباراة.") == ()
