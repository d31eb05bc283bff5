"""Wire wordings written for these tests while probing the extractor with news of our own."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, only, statements

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


FEMININE_BODY_AFTER_A_MASCULINE_VERB = [
    (
        "وقال رئيس النادي إن الملعب غير جاهز، وطالب البلدية بإصلاحه قبل الموسم.",
        "طالب",
        "البلدية بإصلاحه قبل الموسم",
    ),
    (
        "وأكد النائب أن الأسعار ارتفعت، واتهم الحكومة بالتقصير في مراقبة الأسواق.",
        "اتهم",
        "الحكومة بالتقصير في مراقبة الأسواق",
    ),
    ("وقال المحامي إن موكله بريء، ودعا النيابة إلى الإفراج عنه.", "دعا", "النيابة إلى الإفراج عنه"),
]


@pytest.mark.parametrize(("body", "cue", "content"), FEMININE_BODY_AFTER_A_MASCULINE_VERB)
def test_a_feminine_body_after_a_masculine_verb_is_its_object(body: str, cue: str, content: str) -> None:
    found = statements(body)
    first, s = found[0], by_cue(found, cue)
    assert (s.speaker, s.content) == (first.speaker, content)


def test_a_feminine_verb_keeps_the_body_as_its_subject() -> None:
    s = by_cue(statements("وطالبت البلدية السكان بعدم رمي النفايات."), "طالبت")
    assert s.speaker == "البلدية"


UNSAID_REMARKS = [
    ("وقال المدير إن المصنع سيغلق مؤقتا، دون أن يكشف عن عدد العمال المتضررين.", "المصنع سيغلق مؤقتا"),
    ("وأكدت الشرطة توقيف المشتبه بهم، من دون أن تحدد هوياتهم.", "توقيف المشتبه بهم"),
    ("وأعلن النادي فسخ عقد المدرب بدون أن يوضح الأسباب.", "فسخ عقد المدرب"),
]


@pytest.mark.parametrize(("body", "content"), UNSAID_REMARKS)
def test_a_remark_on_what_was_left_unsaid_ends_the_content_and_says_nothing(body: str, content: str) -> None:
    s = only(body)
    assert s.content == content


def test_without_before_another_verb_stays_in_the_content() -> None:
    s = only("وقال الضابط إن الجنود انسحبوا دون أن يطلقوا رصاصة واحدة.")
    assert s.content == "الجنود انسحبوا دون أن يطلقوا رصاصة واحدة"


FRONTED_ACCORDING_WITH_FA = [
    (
        "ووفق ما أفاد به سكان المنطقة، فقد انقطع التيار الكهربائي ليلا.",
        "سكان المنطقة",
        "فقد انقطع التيار الكهربائي ليلا",
    ),
    ("وبحسب ما أكده مصدر في الميناء، فالسفينة غادرت فجرا.", "مصدر في الميناء", "فالسفينة غادرت فجرا"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), FRONTED_ACCORDING_WITH_FA)
def test_a_fronted_according_to_what_phrase_is_answered_by_fa(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


DENIED_HOW = [
    ("وأفادت تقارير بأن المصنع سيغلق، وهو ما نفته الإدارة جملة وتفصيلا.", "الإدارة"),
    ("ونشرت مواقع أن الحكم أجل، وهو ما نفاه المحامي قطعا.", "المحامي"),
    ("وتحدثت صفحات عن إصابة المدرب، وهو ما نفاه النادي تماما.", "النادي"),
]


@pytest.mark.parametrize(("body", "speaker"), DENIED_HOW)
def test_an_adverb_of_denial_after_the_subject_is_no_part_of_it(body: str, speaker: str) -> None:
    s = next(s for s in statements(body) if s.stance == "deny")
    assert s.speaker == speaker


REJECTED_IN_A_RELATIVE = [
    (
        "واتهم نواب في البرلمان الوزير بإهدار المال العام، وهو ما رفضه المتحدث باسم الوزارة.",
        "المتحدث باسم الوزارة",
        "الوزير بإهدار المال العام",
    ),
    (
        "وتحدثت تقارير عن انسحاب الشركة من المشروع، الأمر الذي رفضته إدارتها.",
        "إدارتها",
        "انسحاب الشركة من المشروع",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "target"), REJECTED_IN_A_RELATIVE)
def test_a_rejection_in_a_relative_after_the_claim_denies_it(body: str, speaker: str, target: str) -> None:
    s = next(s for s in statements(body) if s.cue.startswith("رفض"))
    assert (s.speaker, s.stance, s.content) == (speaker, "deny", target)


def test_a_possessed_rejection_is_no_cue() -> None:
    assert statements("وجدد الحزب رفضه للقرار.") == ()


TOLD_BEFORE_AN_OBJECT = [
    ("ونفى المحافظ في تصريح لإذاعة محلية وجود نقص في الأدوية.", "إذاعة محلية", "وجود نقص في الأدوية"),
    ("وأنكر المتهم في حديث لقناة الغد وجود أي صلة له بالعصابة.", "قناة الغد", "وجود أي صلة له بالعصابة"),
]


@pytest.mark.parametrize(("body", "via", "content"), TOLD_BEFORE_AN_OBJECT)
def test_the_outlet_told_ends_where_an_object_content_opens(body: str, via: str, content: str) -> None:
    s = only(body)
    assert (s.via, s.content) == ((via,), content)


POSSESSED_TITLE_THEN_NAME = [
    ("وقال مستشارها رامي عيسى إن الشركة لن تبيع أسهمها.", "رامي عيسى", "مستشارها"),
    ("وأكد محاميهم نبيل قاسم أن الاستئناف قدم أمس.", "نبيل قاسم", "محاميهم"),
    ("وقالت مساعدته سلمى يوسف إن الجولة ألغيت.", "سلمى يوسف", "مساعدته"),
]


@pytest.mark.parametrize(("body", "name", "role"), POSSESSED_TITLE_THEN_NAME)
def test_a_possessed_title_before_a_name_is_the_role(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_a_written_ta_marbuta_before_basim_is_no_possessed_title() -> None:
    s = only("وقالت ناطقة باسم الشرطة إن التحقيق مستمر.")
    assert s.speaker == "ناطقة باسم الشرطة"


STILL_DENIED_IN_A_RELATIVE = [
    ("وقال السائق إنه لم يتجاوز السرعة، رافضا التهمة التي ما زال ينفيها.", "السائق", "التهمة"),
    ("وأكدت الشركة أنها ستطعن في الحكم، وردت على الادعاءات التي لا تزال تنكرها.", "الشركة", "الادعاءات"),
]


@pytest.mark.parametrize(("body", "speaker", "target"), STILL_DENIED_IN_A_RELATIVE)
def test_a_denial_still_kept_up_in_a_relative_denies_its_antecedent(
    body: str, speaker: str, target: str
) -> None:
    s = next(s for s in statements(body) if s.cue.endswith("ها"))
    assert (s.speaker, s.stance, s.content) == (speaker, "deny", target)


def test_ma_fatia_is_no_speaker() -> None:
    assert all(s.speaker != "فتئ" for s in statements("ونفى الوزير التهمة، وهي التهمة التي ما فتئ ينفيها."))


DESCRIBED_WHAT_WAS_SAID = [
    "ووصف المتحدث ما نشر بهذا الشأن بأنه مختلق.",
    "ووصفت البلدية ما تردد عن بيع السوق بأنه شائعات.",
    "وقال المدير إن الموسم انتهى، واصفا ما قيل عن استقالته بأنه كذب.",
]


@pytest.mark.parametrize("body", DESCRIBED_WHAT_WAS_SAID)
def test_what_was_said_as_the_object_of_describing_is_no_statement(body: str) -> None:
    found = statements(body)
    assert all(s.cue.startswith(("وصف", "واصفا", "قال")) for s in found), [s.cue for s in found]


COUNTED_SOURCES = [
    ("وقال ثلاثة مسؤولين في الميناء إن الشحنة وصلت.", "ثلاثة مسؤولين في الميناء"),
    ("وأكد أربعة دبلوماسيين غربيين أن الاجتماع أرجئ.", "أربعة دبلوماسيين غربيين"),
    ("وقالت ثلاث نساء إن الحافلة تأخرت.", "ثلاث نساء"),
]


@pytest.mark.parametrize(("body", "speaker"), COUNTED_SOURCES)
def test_a_count_written_in_words_before_unnamed_people_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


AGENTLESS_CIRCULATION = [
    'وأكد المدرب أن ما يتداول "لا يعدو أن يكون إشاعات".',
    "وقال الناطق إن المقطع الذي نشر به البيان مفبرك.",
]


@pytest.mark.parametrize("body", AGENTLESS_CIRCULATION)
def test_an_agentless_verb_of_circulating_after_a_relative_says_nothing(body: str) -> None:
    found = statements(body)
    assert len(found) == 1 and found[0].cue in ("أكد", "قال"), [(s.speaker, s.cue) for s in found]


def test_a_verb_of_circulating_with_its_subject_still_speaks() -> None:
    found = statements("وانتقد الوزير ما نشرته الصحيفة عن الميزانية.")
    assert by_cue(found, "نشرته").speaker == "الصحيفة"


def test_a_name_set_off_by_commas_closes_the_mention_a_headline_title_takes() -> None:
    found = statements(
        "ونفى مدرب الفريق، سامر خوري، نيته الرحيل عن النادي.",
        headline="مدرب الفريق ينفي نية الرحيل",
    )
    assert {s.speaker for s in found} == {"سامر خوري"}


HEADLINE_SECOND_VERB = [
    ("البلدية تغلق السوق وتدعو التجار إلى الصبر", "البلدية", "تدعو"),
    ("النقابة ترفض العرض وتطالب بزيادة الأجور", "النقابة", "تطالب"),
]


@pytest.mark.parametrize(("headline", "speaker", "cue"), HEADLINE_SECOND_VERB)
def test_a_second_verb_in_a_headline_takes_the_subject_before_the_first(
    headline: str, speaker: str, cue: str
) -> None:
    s = by_cue(statements("وقال شاهد إن الطقس جميل.", headline=headline), cue)
    assert s.speaker == speaker


BLAMING_WITH_A_PLACED_TITLE = [
    (
        "وحمّل رئيس الكتلة في المجلس البلدي الشركة المسؤولية عن تراكم النفايات.",
        "رئيس الكتلة في المجلس البلدي",
        "الشركة المسؤولية عن تراكم النفايات",
    ),
    (
        "وحمل نائب رئيس اللجنة في البرلمان الحكومة الانتقالية مسؤولية التأخير.",
        "نائب رئيس اللجنة في البرلمان",
        "الحكومة الانتقالية مسؤولية التأخير",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "content"), BLAMING_WITH_A_PLACED_TITLE)
def test_a_title_placed_by_a_preposition_keeps_it_before_the_one_blamed(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)
