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
    ("تقول أرامل الصيادين إنهن ينتظرن التعويضات منذ عامين.", "أرامل الصيادين"),
    ("وأكدت الممرضات بأنهن ينتظرن رواتبهن منذ شهرين.", "الممرضات"),
]


@pytest.mark.parametrize(("body", "speaker"), FEMININE_PLURAL_COMPLEMENTISERS)
def test_a_complementiser_with_a_feminine_plural_pronoun_opens_the_content(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")
    assert s.content.startswith("ينتظرن")


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
    s = only("وأفاد مراسل وكالة يونايتد برس بأن الحريق امتد إلى المخازن.")
    assert s.content == "الحريق امتد إلى المخازن"


NAMING_CLAUSES = [
    ("وقال رجل يدعى سامي حداد إن المياه انقطعت عن الحي.", "سامي حداد", "رجل"),
    ("وقال أحد الركاب، ويدعى مراد الصافي، إن الحافلة انحرفت فجأة.", "مراد الصافي", "أحد الركاب"),
    ("وقالت امرأة عرفت نفسها باسم أم علي إن المخبز أغلق أبوابه.", "أم علي", "امرأة"),
]


@pytest.mark.parametrize(("body", "speaker", "role"), NAMING_CLAUSES)
def test_a_naming_clause_gives_the_described_persons_name(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "person")


def test_a_claiming_verb_after_a_subject_names_no_one() -> None:
    s = only("وقال المحامي إن الوزير يدعي وجود مؤامرة ضده.")
    assert s.speaker == "المحامي"


DESCRIBING_CLAUSES = [
    (
        "وقال خالد، وهو طالب في كلية الطب، إن الامتحانات أرجئت.",
        "خالد",
        "طالب في كلية الطب",
        "الامتحانات أرجئت",
    ),
    (
        "وتقول سلمى، وهي ممرضة تعمل في القسم منذ عشر سنوات، إن الأدوية نفدت.",
        "سلمى",
        "ممرضة تعمل في القسم منذ عشر سنوات",
        "الأدوية نفدت",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "role", "content"), DESCRIBING_CLAUSES)
def test_a_clause_describing_the_subject_between_commas_is_its_role(
    body: str, speaker: str, role: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.content) == (speaker, role, content)


def test_a_cue_spelt_like_a_noun_after_a_pronoun_subject_is_no_verb() -> None:
    s = only("وأكد المهندس، وهو طالب دكتوراه، أن الجسر يحتاج إلى صيانة.")
    assert (s.cue, s.content) == ("أكد", "الجسر يحتاج إلى صيانة")


PLAIN_PERSON_NOUNS = [
    (
        "يقول أبو سمير إن المحصول تراجع إلى الثلث. ويضيف الرجل الخمسيني أن الأسمدة غلت.",
        "يضيف",
        "أبو سمير",
        "person",
    ),
    (
        "قالت سعاد الكردي إن الصفوف مكتظة. وتضيف السيدة أن الرواتب تأخرت شهرين.",
        "تضيف",
        "سعاد الكردي",
        "person",
    ),
    (
        "قال أحد سكان القرية إن الجنود داهموا المنازل. وأكد الشاب أن شقيقه اعتقل.",
        "أكد",
        "أحد سكان القرية",
        "anonymous",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "kind"), PLAIN_PERSON_NOUNS)
def test_a_plain_noun_for_a_man_or_woman_refers_to_who_just_spoke(
    body: str, cue: str, speaker: str, kind: str
) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.speaker_kind) == (speaker, kind)


def test_a_plain_noun_of_the_other_gender_refers_to_no_one() -> None:
    s = by_cue(statements("قال سامي العلي إن الصفوف مكتظة. وتضيف السيدة أن الرواتب تأخرت."), "تضيف")
    assert s.speaker == "السيدة"


UNMARKED_RELATIVES = [
    ("ووقعت مشادات بين الحراس ومحتجين يقولون إنهم طردوا من أعمالهم.", "يقولون", "محتجين"),
    ("وتجمع أمام المحكمة أقارب للمتهم وآخرين يؤكدون أن الأدلة ملفقة.", "يؤكدون", "آخرين"),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), UNMARKED_RELATIVES)
def test_an_indefinite_plural_before_a_plural_imperfect_cue_is_its_subject(
    body: str, cue: str, speaker: str
) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_relative_after_an_unnamed_individual_refers_to_that_individual() -> None:
    s = by_cue(statements("وقال المزارع إنه التقى أحد الموظفين الذي أبلغه بأن الطلب مرفوض."), "أبلغه")
    assert (s.speaker, s.speaker_kind) == ("أحد الموظفين", "anonymous")


def test_a_description_ending_in_a_name_takes_the_holder_named_later_with_a_shorter_role() -> None:
    found = statements(
        "نفى وكيل أعمال المطرب اللبناني نادر سلوم أن يكون قد ألغى الحفل.\n"
        "وكان وكيل أعمال سلوم، سامر حداد، قد نفى في تغريدة هذه الشائعات."
    )
    assert [s.speaker for s in found] == ["سامر حداد", "سامر حداد"]


POSSESSED_BEFORE_A_TITLE = [
    ("وقال المحامي إن موكله الصحفي عادل منصور أخبره أن الحراس ضربوه.", "أخبره", "عادل منصور", "موكله الصحفي"),
    ("وقالت إن جارتها الطبيبة هدى سالم أبلغتها أن المستشفى ممتلئ.", "أبلغتها", "هدى سالم", "جارتها الطبيبة"),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "role"), POSSESSED_BEFORE_A_TITLE)
def test_a_possessed_noun_before_a_title_and_a_name_is_part_of_the_role(
    body: str, cue: str, speaker: str, role: str
) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.speaker_role) == (speaker, role)


APPEARED_IN = [
    ("وورد في التقرير أن الشركة خالفت شروط العقد.", "التقرير"),
    ("وكان قد ورد في بيان الوزارة أن المعبر سيفتح صباحا.", "الوزارة"),
]


@pytest.mark.parametrize(("body", "speaker"), APPEARED_IN)
def test_warada_before_fi_is_appeared_in_a_document(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.cue, s.speaker, s.speaker_kind) == ("ورد", speaker, "document")


def test_waw_and_radd_before_a_speaker_is_still_a_reply() -> None:
    s = only("ورد الوزير على الاتهامات بأنها كاذبة.")
    assert (s.cue, s.speaker) == ("رد", "الوزير")


PASSIVE_AGENTS = [
    ("وكان قد أعلن من قبل إدارة المستشفى أن المريض توفي بنوبة قلبية.", "إدارة المستشفى"),
    ("وأعلن من قبل الجيش أن العملية العسكرية انتهت.", "الجيش"),
]


@pytest.mark.parametrize(("body", "speaker"), PASSIVE_AGENTS)
def test_the_agent_after_min_qibal_speaks_for_a_passive_cue(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "organization")


BODY_NAMES_BEFORE_A_NISBA = [
    (
        "أعلنت شركة كروغر باخ الألمانية انسحابها من مشروع الجسر.",
        "شركة كروغر باخ الألمانية",
        "انسحابها من مشروع الجسر",
    ),
    (
        "أعلن نادي نجم بلعباس الجزائري رفضه قرار لجنة الانضباط.",
        "نادي نجم بلعباس الجزائري",
        "رفضه قرار لجنة الانضباط",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "content"), BODY_NAMES_BEFORE_A_NISBA)
def test_a_bodys_name_runs_on_to_its_definite_nisba(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_verbal_noun_after_b_still_opens_the_content_before_a_definite_noun() -> None:
    s = only("ويطالب السكان برفع القضية إلى المحكمة العليا في العاصمة.")
    assert s.speaker == "السكان"


PLACED_OFFICES = [
    (
        'قال المنسق الإقليمي لجمعية "نور" في شمال أفريقيا سامي العلي إن المدارس مغلقة.',
        "سامي العلي",
        'المنسق الإقليمي لجمعية "نور" في شمال أفريقيا',
    ),
    (
        'وقالت ممثلة جمعية "أمل" في جنوب وشرق آسيا ليلى حداد إن التمويل تراجع.',
        "ليلى حداد",
        'ممثلة جمعية "أمل" في جنوب وشرق آسيا',
    ),
]


@pytest.mark.parametrize(("body", "speaker", "role"), PLACED_OFFICES)
def test_a_region_after_a_quoted_body_stays_in_the_role(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


BODY_BACK_REFERENCES = [
    ("أعلنت وزارة الزراعة أنها ستوزع البذور مجانا.", "وقالت الوزارة", "وزارة الزراعة"),
    ('أعلنت منصة "سراج" أنها حذفت الحلقة من مكتبتها.', "وقالت المنصة", "سراج"),
    ("أعلنت جامعة الوادي أنها ستؤجل الامتحانات أسبوعا.", "وقالت الجامعة", "جامعة الوادي"),
]


@pytest.mark.parametrize(("first", "opening", "speaker"), BODY_BACK_REFERENCES)
def test_a_bodys_definite_head_refers_to_the_body_named_before(
    first: str, opening: str, speaker: str
) -> None:
    found = statements(
        f"{first}\nوتحدث المدير سامي العلي عن الخطة.\n{opening} إن القرار جاء بعد شكاوى من الأهالي."
    )
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, "organization")


def test_a_back_reference_with_an_adjective_needs_a_body_that_has_it() -> None:
    found = statements(
        "قال اتحاد المزارعين إن المحصول جيد.\nوقال الاتحاد الأوروبي إن الدعم سيستمر العام المقبل."
    )
    assert found[-1].speaker == "الاتحاد الأوروبي"


def test_an_unlisted_given_name_and_family_name_close_a_long_role() -> None:
    s = only("أكد عضو الهيئة التنفيذية لحزب العدالة الشعبي ضرغام المنصوري، أن الاجتماع قانوني.")
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (
        "ضرغام المنصوري",
        "عضو الهيئة التنفيذية لحزب العدالة الشعبي",
        "person",
    )


def test_a_body_closing_a_role_is_no_name() -> None:
    s = only("وقال عضو المكتب السياسي لحركة نبض إن المكتب قانوني.")
    assert (s.speaker, s.speaker_kind) == ("عضو المكتب السياسي لحركة نبض", "anonymous")


WRITTEN_IN_A_PUBLISHED_DOCUMENT = [
    ('وجاء القرار بعد تغريدة نشرها خالد حسن، وصف فيها الوزير بـ"المتهور".', "وصف", "خالد حسن"),
    (
        "قال المدير إن الجيش مستعد. وجاء ذلك بعد تدوينة نشرها خالد حسن، قال فيها إن الحرب قريبة.",
        "قال",
        "خالد حسن",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), WRITTEN_IN_A_PUBLISHED_DOCUMENT)
def test_after_a_resumptive_pronoun_the_publisher_of_the_document_speaks(
    body: str, cue: str, speaker: str
) -> None:
    s = [x for x in statements(body) if x.cue == cue][-1]
    assert s.speaker == speaker


def test_a_document_owned_by_one_body_and_published_by_another_is_not_the_publishers() -> None:
    found = statements('وصدر بيان للنقابة نشرته وكالة الأنباء، وجاء فيه: "نرفض القرار جملة وتفصيلا".')
    assert all(s.speaker != "وكالة الأنباء" for s in found)


def test_afada_with_an_object_pronoun_informs_the_one_it_names() -> None:
    s = by_cue(statements("وقال المزارع إنه التقى أحد موظفي البلدية الذي أفاده بأن الطلب مرفوض."), "أفاده")
    assert (s.speaker, s.content) == ("أحد موظفي البلدية", "الطلب مرفوض")


MASDAR_SPELLINGS = [
    "وقدم الشاهد إفادته بأن الحادث وقع ليلا أمام المحكمة.",
    "وجاءت إفادة الشاهد بأن الحادث وقع ليلا.",
]


@pytest.mark.parametrize("body", MASDAR_SPELLINGS)
def test_the_verbal_noun_spelt_like_an_object_form_is_no_cue(body: str) -> None:
    assert all(not s.cue.startswith("إفاد") for s in statements(body))


OBJECTS_AFTER_A_COMPLETE_SUBJECT = [
    ("وأكد رئيس البلدية، سامي العلي، تأجيل الانتخابات المحلية إلى الخريف.", "سامي العلي", "رئيس البلدية"),
    ("ونفت شركة النور للطيران خبرا نشرته مواقع محلية عن إفلاسها.", "شركة النور للطيران", None),
]


@pytest.mark.parametrize(("body", "speaker", "role"), OBJECTS_AFTER_A_COMPLETE_SUBJECT)
def test_a_verbal_noun_or_accusative_claim_after_the_subject_is_the_object(
    body: str, speaker: str, role: str | None
) -> None:
    s = statements(body)[0]
    assert (s.speaker, s.speaker_role) == (speaker, role)


def test_an_unnamed_source_taken_up_again_keeps_no_trailing_comma() -> None:
    found = statements(
        "ونفى مصدر مسؤول في شركة الأمل للتأمين، نور، تلقي أي شكوى من العملاء.\n"
        "وقال المصدر إن الشركة لم تتلق أي شكوى حتى الآن من عملائها."
    )
    assert not found[-1].speaker.endswith(("،", ","))


def test_a_bare_dual_title_takes_up_the_pair_named_by_it_before() -> None:
    found = statements(
        "وقال وزيرا الزراعة في البلدين إنهما اتفقا على تشكيل لجنة مشتركة.\n"
        "وكان الوزيران قد أكدا في مؤتمر صحفي أن المحادثات وصلت إلى طريق مسدود."
    )
    assert (found[-1].speaker, found[-1].speaker_role) == ("وزيرا الزراعة", "الوزيران")


def test_a_headline_description_that_speaks_in_the_body_stays_that_speaker() -> None:
    found = statements(
        "قال النائب سامي العلي إن وزير النقل أبلغه بأنه لا صحة لرفع سعر تذكرة القطار.",
        headline="نائب: وزير النقل ينفي رفع سعر تذكرة القطار",
    )
    denial = next(s for s in found if s.in_headline and s.cue == "ينفي")
    assert denial.speaker == "وزير النقل"


APPOSED_DESCRIPTIONS = [
    (
        "وقال أحمد سالم، طالب هندسة في جامعة المدينة عمره 27 عاما، إنه شاهد الحريق من نافذته.",
        "أحمد سالم",
        "طالب هندسة في جامعة المدينة عمره 27 عاما",
    ),
    (
        "وقالت هدى يوسف، ممرضة في المستشفى الميداني، إن الأدوية نفدت.",
        "هدى يوسف",
        "ممرضة في المستشفى الميداني",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "role"), APPOSED_DESCRIPTIONS)
def test_an_indefinite_description_apposed_to_a_name_is_its_role(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


def test_a_name_apposed_to_a_title_stays_the_name() -> None:
    s = only("وقال المتحدث باسم البلدية، سامي العلي، إن الطرق ستفتح غدا.")
    assert (s.speaker, s.speaker_role) == ("سامي العلي", "المتحدث باسم البلدية")


def test_a_body_known_by_a_quoted_name_is_that_name() -> None:
    s = only('وأكدت جمعية الإسعاف الأهلية، والتي تحمل اسم "نجدة"، أن الجسر انهار.')
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (
        "نجدة",
        "جمعية الإسعاف الأهلية",
        "organization",
    )


def test_a_relative_that_disagrees_with_a_partitive_refers_to_the_speaker_before() -> None:
    found = statements(
        "وأكدت الجمعية الخيرية أن المساعدات وصلت، ووزعت صورا للطحين في أحد المخازن، "
        "التي قالت إن الغارة أصابت سقفها."
    )
    assert found[-1].speaker == "الجمعية الخيرية"


def test_a_quantifier_with_its_pronoun_spelt_with_b_is_the_subject() -> None:
    s = only("وتداولت صفحات محلية الخبر، وأفاد بعضها بأن الطائرة هبطت اضطراريا.")
    assert (s.speaker, s.speaker_kind, s.content) == ("بعضها", "anonymous", "الطائرة هبطت اضطراريا")


GROUP_MEMBERS = [
    ("والتقت الصحيفة بعدد من السكان، وقال أحدهم إن المياه مقطوعة منذ أسبوع.", "قال", "أحد السكان"),
    ("وقال عدد من المزارعين إن المحصول تلف، وأكد بعضهم أن الخسائر كبيرة.", "أكد", "بعض المزارعين"),
]


@pytest.mark.parametrize(("body", "cue", "speaker"), GROUP_MEMBERS)
def test_one_or_some_of_a_group_just_mentioned_are_named_by_it(body: str, cue: str, speaker: str) -> None:
    s = [x for x in statements(body) if x.cue == cue][-1]
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_verb_joined_after_a_comma_takes_no_subject_from_the_clause_before() -> None:
    found = statements("وكتب النائب سامي العلي أن والده تعرض لحادث، وتحدث أولا عن جروح طفيفة في ساقه.")
    assert found[-1].speaker == "سامي العلي"
