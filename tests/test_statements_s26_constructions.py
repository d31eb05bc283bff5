"""Constructions of everyday Arabic news (round 26), each with sentences written for these tests."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, only, statements

REPORTER_FRAMING_TAILS = [
    (
        "وقال المسؤول إن الطريق أغلق، في وقت تتواصل فيه الاشتباكات قرب المدينة منذ ثلاثة أيام.",
        "الطريق أغلق",
    ),
    (
        "وقال المدير إن المصنع سيعمل بكامل طاقته، في وقت يعاني فيه القطاع من نقص حاد في الوقود.",
        "المصنع سيعمل بكامل طاقته",
    ),
    (
        "وأعلنت الوزارة أن المدارس ستفتح الأحد، وسط مخاوف متزايدة من انتشار الفيروس بين الطلاب.",
        "المدارس ستفتح الأحد",
    ),
    (
        "وأكد المصرف أن الاحتياطي كاف، وسط تراجع حاد لقيمة العملة المحلية أمام الدولار.",
        "الاحتياطي كاف",
    ),
]


@pytest.mark.parametrize(("body", "content"), REPORTER_FRAMING_TAILS)
def test_the_reporters_setting_after_a_comma_closes_the_content(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_later_time_after_a_comma_is_still_the_speakers() -> None:
    s = only("وقال المدرب إن اللاعب سيعود إلى التدريبات، في وقت لاحق من الشهر المقبل.")
    assert s.content == "اللاعب سيعود إلى التدريبات، في وقت لاحق من الشهر المقبل"


REFUSED_TO_SAY_MORE = [
    (
        "وأكدت الوزارة أن اللقاح آمن، إلا أنها امتنعت عن التعليق على الأعراض الجانبية.",
        "اللقاح آمن",
    ),
    (
        "وقال المحامي إن موكله سيستأنف الحكم، لكنه امتنع عن ذكر موعد الجلسة المقبلة.",
        "موكله سيستأنف الحكم",
    ),
]


@pytest.mark.parametrize(("body", "content"), REFUSED_TO_SAY_MORE)
def test_a_refusal_to_say_more_is_the_reporters_remark(body: str, content: str) -> None:
    assert only(body).content == content


UNVERIFIED_CAVEATS = [
    (
        "وقال الناطق إن القوات انسحبت من القرية، ولم يتسن التحقق من صحة هذه المعلومات من مصدر مستقل.",
        "القوات انسحبت من القرية",
    ),
    (
        "وقالت المنظمة إن مئة شخص قتلوا، غير أن وكالة الأنباء لم تتمكن من التحقق من هذه الأرقام.",
        "مئة شخص قتلوا",
    ),
    (
        "وأفاد ناشطون بأن الجسر دمر بالكامل، لكن لم يتسن للصحيفة التأكد من ذلك بشكل مستقل.",
        "الجسر دمر بالكامل",
    ),
]


@pytest.mark.parametrize(("body", "content"), UNVERIFIED_CAVEATS)
def test_the_reporters_verification_caveat_closes_the_content(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_failure_to_verify_in_the_speakers_own_account_stays() -> None:
    s = only("وقال الطبيب إن الفريق لم يتمكن من التحقق من هوية الضحايا بسبب الحروق.")
    assert s.content == "الفريق لم يتمكن من التحقق من هوية الضحايا بسبب الحروق"


COMMENTED_ON_THEN_SAID = [
    ("ورد النادي على الأنباء قائلا إن الخبر غير صحيح.", "النادي", "الخبر غير صحيح"),
    ("وعلق المدرب على الهزيمة مؤكدا أن الفريق سيعود أقوى.", "المدرب", "الفريق سيعود أقوى"),
    ("وعقبت الوزيرة على تصريحات النائب قائلة إن الأرقام دقيقة.", "الوزيرة", "الأرقام دقيقة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), COMMENTED_ON_THEN_SAID)
def test_who_replies_or_comments_on_a_topic_says_the_participles_content(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_reply_by_another_speaker_is_not_the_last_speakers() -> None:
    found = statements("وقال اللاعب إن الفريق تعب. ورد رئيس النادي على الانتقادات قائلا إن المدرب باق.")
    assert [s.speaker for s in found] == ["اللاعب", "رئيس النادي"]


NAME_THEN_DEFINITE_OBJECT = [
    ("وطالب رئيس البرلمان سليم حداد الحكومة بالاستقالة.", "سليم حداد", "الحكومة بالاستقالة"),
    ("واتهم النائب سمير حداد الوزارة بإهدار المال العام.", "سمير حداد", "الوزارة بإهدار المال العام"),
    ("واعتبر المحلل سمير قاسم الاتفاق انتصارا للدبلوماسية.", "سمير قاسم", "الاتفاق انتصارا للدبلوماسية"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), NAME_THEN_DEFINITE_OBJECT)
def test_a_body_or_act_after_a_full_name_is_the_verbs_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_family_name_with_al_after_a_given_name_stays_in_the_name() -> None:
    s = only("وقال رئيس البلدية نبيه الحسن إن الطريق سيفتح.")
    assert s.speaker == "نبيه الحسن"


REPRESENTATIVE_OF_A_PARTY = [
    ("وقال النائب عن حزب العمال سامي حداد إن الحكومة فشلت.", "سامي حداد", "النائب عن حزب العمال"),
    (
        "وقال المرشح عن الحزب الجمهوري مايك جونسون إن الضرائب ستنخفض.",
        "مايك جونسون",
        "المرشح عن الحزب الجمهوري",
    ),
    (
        "وقالت النائبة عن الائتلاف الحاكم ليلى منصور إن الموازنة ستقر.",
        "ليلى منصور",
        "النائبة عن الائتلاف الحاكم",
    ),
    (
        "وقال العضو عن المنطقة الشرقية فهد العتيبي إن المشروع تأخر.",
        "فهد العتيبي",
        "العضو عن المنطقة الشرقية",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "role"), REPRESENTATIVE_OF_A_PARTY)
def test_a_representative_of_a_party_or_area_keeps_his_name(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


DESCRIBED_AGAIN_BY_CALLING = [
    (
        "قال رئيس الوزراء الأردني سامي فرح إن الاقتصاد يتعافى. وأوضح المسؤول الأردني أن البطالة ستنخفض.",
        "سامي فرح",
    ),
    (
        "وقال النائب عن حزب العمال جون سميث إن الحكومة فشلت. واعتبر البرلماني البريطاني أن الاستقالة ضرورية.",
        "جون سميث",
    ),
    (
        "وقال الصحفي رامي خوري إن الرقابة تشتد. وأضاف الإعلامي اللبناني أن الصحف تغلق.",
        "رامي خوري",
    ),
    (
        "وقال المحلل مروان سالم إن التسوية بعيدة. ويرى الأكاديمي الفلسطيني أن المفاوضات فشلت.",
        "مروان سالم",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), DESCRIBED_AGAIN_BY_CALLING)
def test_a_definite_calling_refers_back_to_the_named_speaker(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


def test_an_indefinite_official_is_someone_new() -> None:
    found = statements("وقال الوزير سامي فرج إن التمويل متوفر. وقال مسؤول كبير إن التنفيذ تأخر.")
    assert (found[-1].speaker, found[-1].speaker_kind) == ("مسؤول كبير", "anonymous")


OFFICE_IN_OTHER_WORDS = [
    (
        "قالت رئيسة الوزراء النيوزيلندية هيلين كلارك إن الحدود ستفتح. وقالت رئيسة الحكومة إن الوضع مستقر.",
        "هيلين كلارك",
    ),
    (
        "قال رئيس الحكومة المغربية عزيز العلمي إن الأسعار ستنخفض. وأضاف رئيس الوزراء أن الدعم مستمر.",
        "عزيز العلمي",
    ),
    (
        "وقال المدير الفني للمنتخب سامي الطرابلسي إن التحضيرات جيدة. وأكد المدرب أن الفوز ممكن.",
        "سامي الطرابلسي",
    ),
    (
        "وقال وزير الخارجية المصري سامح كامل إن المفاوضات مستمرة."
        " وأضاف رئيس الدبلوماسية المصرية أن الحل سياسي.",
        "سامح كامل",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), OFFICE_IN_OTHER_WORDS)
def test_an_office_named_in_other_words_takes_its_holders_name(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


def test_another_office_is_not_the_holder_of_the_first() -> None:
    found = statements("وقال رئيس الوزراء كمال سعيد إن الخطة جاهزة. وأضاف رئيس البرلمان أن التصويت غدا.")
    assert found[-1].speaker == "رئيس البرلمان"


DEMANDING_WOMEN = [
    ("ونظمت الممرضات وقفة أمام الوزارة، مطالبات بزيادة الأجور.", "الممرضات", "زيادة الأجور"),
    ("وخرجت الأمهات إلى الشوارع مطالبات بالإفراج عن أبنائهن.", "الأمهات", "الإفراج عن أبنائهن"),
    ("واعتصمت المعلمات أمام البرلمان، مطالبات الحكومة بتثبيتهن.", "المعلمات", "الحكومة بتثبيتهن"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), DEMANDING_WOMEN)
def test_the_feminine_plural_participle_of_demanding_is_a_cue(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, "مطالبات", content)


@pytest.mark.parametrize(
    "body",
    [
        "وتصاعدت مطالبات بإقالة الوزير بعد الحادث.",
        "وجاء القرار وسط مطالبات بتحسين الخدمات.",
        "وجددت النقابات مطالباتها بزيادة الأجور.",
    ],
)
def test_demands_as_a_noun_make_no_participle_cue(body: str) -> None:
    assert all(s.cue != "مطالبات" for s in statements(body))


CUES_B_BEFORE_A_FEMININE_NOUN = [
    ("وطالبت النقابة بزيادة الرواتب.", "زيادة الرواتب"),
    ("وتعهد المحافظ بمتابعة شكاوى السكان.", "متابعة شكاوى السكان"),
]


@pytest.mark.parametrize(("body", "content"), CUES_B_BEFORE_A_FEMININE_NOUN)
def test_the_cues_b_before_a_feminine_noun_is_no_part_of_the_content(body: str, content: str) -> None:
    assert only(body).content == content


RUMOURS_AS_THE_PREDICATE = [
    ("لكن الشركة وصفت هذه الأنباء بأنها شائعات مغرضة.", "هذه الأنباء"),
    ("وقال المتحدث إن هذه الأخبار شائعات يروجها الخصوم.", "هذه الأخبار"),
    ("ووصف الوزير التقرير بأنه مليء بالمغالطات.", "التقرير"),
    ("واعتبر النادي أن الأنباء المتداولة إشاعات لا أكثر.", "الأنباء المتداولة"),
]


@pytest.mark.parametrize(("body", "target"), RUMOURS_AS_THE_PREDICATE)
def test_calling_a_report_rumours_or_fallacies_denies_it(body: str, target: str | None) -> None:
    s = only(body)
    assert s.stance == "deny"
    if target is not None:
        assert s.target == target


def test_rumours_as_a_topic_deny_nothing() -> None:
    assert only("وقال الباحث إن الشائعات تنتشر بسرعة على مواقع التواصل.").stance == "assert"


DENIED_THROUGH_A_PRONOUN = [
    (
        "ونشرت الصحيفة اتهامات للوزير بالفساد. ونفى الوزير هذه الاتهامات، ووصفها بأنها كاذبة.",
        "هذه الاتهامات",
    ),
    (
        "وتداولت حسابات أنباء عن استقالة المدرب، غير أن النادي وصفها بأنها عارية عن الصحة.",
        "أنباء عن استقالة المدرب",
    ),
]


@pytest.mark.parametrize(("body", "target"), DENIED_THROUGH_A_PRONOUN)
def test_a_report_described_through_a_pronoun_is_the_target(body: str, target: str) -> None:
    s = by_cue(statements(body), "وصفها")
    assert (s.stance, s.target) == ("deny", target)


EXPECTED_CHANGE = [
    ("وتوقعت الوكالة تراجع الإنتاج هذا العام.", "الوكالة", "تراجع الإنتاج هذا العام"),
    ("وتوقع البنك الدولي تباطؤ النمو في المنطقة.", "البنك الدولي", "تباطؤ النمو في المنطقة"),
    ("ورجح المحللون تحسن الأسعار خلال الربع المقبل.", "المحللون", "تحسن الأسعار خلال الربع المقبل"),
    ("وتوقع صندوق النقد تعافي الاقتصاد العالمي.", "صندوق النقد", "تعافي الاقتصاد العالمي"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), EXPECTED_CHANGE)
def test_an_expected_change_spelt_like_a_verb_is_the_verbal_noun_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.hedged) == (speaker, content, True)


FINDINGS_CONCLUDE = [
    ("وخلص التحقيق إلى أن الحادث عرضي.", "التحقيق", "الحادث عرضي"),
    ("وأظهرت التحاليل أن المياه ملوثة.", "التحاليل", "المياه ملوثة"),
    ("وتوصلت التحقيقات إلى أن السائق كان مسرعا.", "التحقيقات", "السائق كان مسرعا"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), FINDINGS_CONCLUDE)
def test_an_inquiry_or_tests_speak_as_documents(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "document", content)


FRAMED_BY_THE_REPORTER = [
    (
        "وأعلنت الحركة أنها ستشارك في الانتخابات، في الوقت الذي تواجه فيه انقسامات داخلية حادة.",
        "ستشارك في الانتخابات",
    ),
    (
        "وقال الجيش إن الطائرات قصفت مواقع المسلحين، في تصعيد هو الأعنف منذ بداية العام.",
        "الطائرات قصفت مواقع المسلحين",
    ),
    (
        "وأعلنت المعارضة أن الحكومة زورت النتائج، في اتهام سارعت الحكومة إلى نفيه.",
        "الحكومة زورت النتائج",
    ),
]


@pytest.mark.parametrize(("body", "content"), FRAMED_BY_THE_REPORTER)
def test_the_reporters_framing_noun_after_a_comma_closes_the_content(body: str, content: str) -> None:
    assert statements(body)[0].content == content


def test_the_time_being_stays_the_speakers() -> None:
    s = only("وقال الوزير إن الأسعار ستبقى مستقرة، في الوقت الحالي على الأقل.")
    assert s.content == "الأسعار ستبقى مستقرة، في الوقت الحالي على الأقل"


EXPRESSED_FEELINGS = [
    ("وعبر الوزير عن قلقه من تدهور الأوضاع الإنسانية.", "الوزير", "قلقه من تدهور الأوضاع الإنسانية"),
    (
        "وعبر الرئيس الفرنسي إيمانويل ماكرون عن إدانته الشديدة للهجوم.",
        "إيمانويل ماكرون",
        "إدانته الشديدة للهجوم",
    ),
    ("وعبرت النقابة عن رفضها للقرار.", "النقابة", "رفضها للقرار"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), EXPRESSED_FEELINGS)
def test_expressing_a_feeling_with_abbara_an_is_a_statement(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_via_the_border_is_no_statement() -> None:
    assert statements("وعبر اللاجئون الحدود عن طريق الجبال.") == ()


RENEWED_AFTER_A_TITLE = [
    ("وجدد الأمين العام دعوته إلى وقف إطلاق النار.", "الأمين العام"),
    ("وكرر الوزير مطالبته بفتح المعابر.", "الوزير"),
]


@pytest.mark.parametrize(("body", "speaker"), RENEWED_AFTER_A_TITLE)
def test_a_possessed_noun_after_a_title_is_the_object_not_a_name(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


SCHEDULED_SAYINGS = [
    "ومن المقرر أن يعلن الوزير أن المشروع سيتأخر.",
    "ومن المتوقع أن يقول الرئيس في خطابه إن الأزمة انتهت.",
    "ومن المنتظر أن تؤكد اللجنة أن الانتخابات ستجرى في موعدها.",
]


@pytest.mark.parametrize("body", SCHEDULED_SAYINGS)
def test_a_saying_scheduled_or_expected_is_not_yet_made(body: str) -> None:
    assert statements(body) == ()


def test_an_expected_event_inside_a_statement_stays_its_content() -> None:
    s = only("وقال الوزير إن من المتوقع أن ترتفع الأسعار.")
    assert (s.speaker, s.content) == ("الوزير", "من المتوقع أن ترتفع الأسعار")


EXPLAINED_BY = [
    ("وعلل المدير التأخير بنقص العمال.", "المدير", "التأخير بنقص العمال"),
    ("وعللت الوزارة القرار بارتفاع التكاليف.", "الوزارة", "القرار بارتفاع التكاليف"),
    ("وفسر الخبير الارتفاع بزيادة الطلب على الوقود.", "الخبير", "الارتفاع بزيادة الطلب على الوقود"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), EXPLAINED_BY)
def test_explaining_a_fact_by_a_cause_takes_the_noun_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


CALLED_ON_WITH_AN_ELIDED_SUBJECT = [
    ("وأعلنت الوزارة فتح المدارس، ودعت المواطنين إلى الالتزام بالإجراءات.", "الوزارة"),
    ("وأكد الجيش السيطرة على المدينة، وطالب المسلحين بتسليم أسلحتهم.", "الجيش"),
    ("وحذرت الهيئة من عاصفة قوية، وناشدت المواطنين تجنب السفر.", "الهيئة"),
    ("وقال المحافظ إن الطرق مغلقة. ودعا السائقين إلى توخي الحذر.", "المحافظ"),
]


@pytest.mark.parametrize(("body", "speaker"), CALLED_ON_WITH_AN_ELIDED_SUBJECT)
def test_a_plural_in_een_after_an_appeal_is_the_one_called_on(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


def test_a_name_in_een_after_an_appeal_still_speaks() -> None:
    s = only("ودعا الأمين العام حسين إبراهيم إلى الهدوء.")
    assert s.speaker == "حسين إبراهيم"


def test_a_body_listed_with_its_article_is_no_verbal_noun_object() -> None:
    s = only("وحذرت الأرصاد من عاصفة قوية تضرب السواحل.")
    assert (s.speaker, s.content) == ("الأرصاد", "عاصفة قوية تضرب السواحل")
