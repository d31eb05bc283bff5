"""Constructions of everyday Arabic news, each with sentences written for these tests."""

from __future__ import annotations

import pytest

from rawi.statements.lexicon import arabic
from statements_samples import by_cue, only, statements

FEMININE_PLURAL_COMPLEMENTS = [
    ("وقالت الممرضات إنهن سيواصلن الإضراب.", "سيواصلن الإضراب"),
    ("وأكدت العاملات أنهن لم يتقاضين رواتبهن.", "لم يتقاضين رواتبهن"),
]


@pytest.mark.parametrize(("body", "content"), FEMININE_PLURAL_COMPLEMENTS)
def test_a_complementiser_takes_every_attached_pronoun(body: str, content: str) -> None:
    assert only(body).content == content


def test_complementisers_are_generated_from_bases_and_pronouns() -> None:
    lex = arabic()
    assert all(lex.has("complementizers", key) for key in ("انهن", "بانكم", "فانهن", "اننا"))


UNCLOSED_AFTER_SETTING = [
    (
        'وقالت المديرة في مقابلة "المدرسة ستفتح أبوابها يوم الأحد. وأضافت أن المعلمين جاهزون.',
        "المدرسة ستفتح أبوابها يوم الأحد",
    ),
    (
        'وقال المحافظ خلال جولة "الطريق سيفتح قبل نهاية الشهر. وأضاف أن العمل مستمر.',
        "الطريق سيفتح قبل نهاية الشهر",
    ),
]


@pytest.mark.parametrize(("body", "content"), UNCLOSED_AFTER_SETTING)
def test_a_quotation_never_closed_after_a_setting_is_speech(body: str, content: str) -> None:
    found = statements(body)
    assert (found[0].content, found[0].quote_type) == (content, "direct")
    assert len(found) == 2


INITIALS_TITLES = [
    ("وقال أ.د. سمير حداد إن العلاج متوفر.", "سمير حداد"),
    ("وقالت أ.د. ريم الخطيب، أستاذة الكيمياء، إن النتائج مشجعة.", "ريم الخطيب"),
]


@pytest.mark.parametrize(("body", "speaker"), INITIALS_TITLES)
def test_a_title_in_initials_ends_no_sentence(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


ANSWERED_BY_SAYING = [
    ("وعقب النائب على تصريح الوزير بالقول إن الخطة فاشلة.", "النائب", "الخطة فاشلة"),
    ('وعقب رئيس النقابة سامي علي على قرار الحكومة بالقول: "لن نقبل".', "سامي علي", "لن نقبل"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), ANSWERED_BY_SAYING)
def test_a_reply_through_the_verbal_noun_of_saying(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, "عقب", content)


def test_after_as_a_preposition_is_no_reply() -> None:
    s = only("وعقب الاجتماع أعلن الوزير أن الخطة جاهزة.")
    assert (s.speaker, s.cue) == ("الوزير", "أعلن")


def test_endorsing_a_stated_view_confirms_it() -> None:
    found = statements("وقالت الوزارة إن الطريق آمن. وأيد المحافظ هذا الرأي.")
    s = by_cue(found, "أيد")
    assert (s.speaker, s.stance, s.target) == ("المحافظ", "confirm", "هذا الرأي")


def test_endorsing_a_decision_is_no_statement() -> None:
    assert statements("وأيد الحزب قرار الحكومة رفع الأسعار.") == ()


def test_a_coordinated_purpose_cue_keeps_the_speaker() -> None:
    found = statements("وخرج المدرب ليعلن رحيله، وليؤكد أن الفريق سيعود أقوى.")
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("المدرب", "ليعلن", "رحيله"),
        ("المدرب", "ليؤكد", "الفريق سيعود أقوى"),
    ]


def test_after_a_purpose_la_the_noun_is_the_object() -> None:
    found = statements("وعقدت الوزيرة مؤتمرا لتعلن الخطة ولتؤكد أن التمويل متوفر.")
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("الوزيرة", "لتعلن", "الخطة"),
        ("الوزيرة", "لتؤكد", "التمويل متوفر"),
    ]


JUDGED_AFTER_APPOSITION = [
    ("واعتبر محامي المتهم، سامي العلي، القضية سياسية بامتياز.", "سامي العلي", "القضية سياسية بامتياز"),
    ("واعتبر رئيس النقابة، كمال الحداد، القرار جائرا.", "كمال الحداد", "القرار جائرا"),
    ("واعتبرت النقابة الخطوة متأخرة.", "النقابة", "الخطوة متأخرة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), JUDGED_AFTER_APPOSITION)
def test_a_judged_object_after_a_name_in_apposition(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_an_attribution_to_a_source_pointed_back_at() -> None:
    found = statements("وقالت مصادر مطلعة إن الشركة خسرت. وبحسب هذه المصادر، فإن الخسائر كبيرة.")
    s = by_cue(found, "بحسب")
    assert (s.speaker, s.speaker_kind, s.content) == ("مصادر مطلعة", "anonymous", "الخسائر كبيرة")


def test_an_attribution_to_documents_pointed_back_at() -> None:
    found = statements("وأصدر البنك المركزي أرقاما جديدة. ووفق هذه الأرقام، فإن البطالة تراجعت.")
    assert by_cue(found, "وفق").content == "البطالة تراجعت"


THEATRE_DENIALS = [
    ("وقال المتحدث إن الاتهامات مجرد مسرحية.", "الاتهامات"),
    ("ووصف الوزير التقرير بأنه دعاية رخيصة.", "التقرير"),
    ("ووصفت النقابة الاتهامات بأنها مهزلة.", "الاتهامات"),
]


@pytest.mark.parametrize(("body", "target"), THEATRE_DENIALS)
def test_calling_a_claim_theatre_or_propaganda_denies_it(body: str, target: str) -> None:
    s = only(body)
    assert (s.stance, s.target) == ("deny", target)


NOT_THEATRE = [
    "وقال الناقد إن المسرحية ناجحة.",
    "وقال المدير إن الحملة تحتاج إلى دعاية.",
]


@pytest.mark.parametrize("body", NOT_THEATRE)
def test_a_play_or_advertising_denies_nothing(body: str) -> None:
    assert only(body).stance == "assert"


def test_a_falsity_adjective_after_a_possessed_noun_is_a_predicate() -> None:
    s = only("وقالت الشركة إن الأنباء عن إفلاسها كاذبة.")
    assert (s.stance, s.target) == ("deny", "الأنباء عن إفلاسها")


def test_a_falsity_adjective_after_an_indefinite_claim_qualifies_it() -> None:
    assert only("وقال المحامي إن موكله تعرض لاتهامات كاذبة.").stance == "assert"


OWN_WORDS_OF_A_NAMED_SOURCE = [
    ("وأغلقت المدارس أبوابها على حد قول مدير التعليم.", "مدير التعليم", "أغلقت المدارس أبوابها"),
    ("وتضاعفت أسعار الخضار، على حد تعبير أحد الباعة.", "أحد الباعة", "تضاعفت أسعار الخضار"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), OWN_WORDS_OF_A_NAMED_SOURCE)
def test_in_the_words_of_a_named_source_attributes_the_clause(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


PROMISES_IN_THE_PRESENT = [
    ("ويعد المرشح بخفض الضرائب.", "يعد", "خفض الضرائب"),
    ("وتعد الشركة بتوفير ألف وظيفة.", "تعد", "توفير ألف وظيفة"),
]


@pytest.mark.parametrize(("body", "cue", "content"), PROMISES_IN_THE_PRESENT)
def test_the_imperfect_of_promising_with_a_verbal_noun(body: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.cue, s.content) == (cue, content)


COUNTED_AS = [
    "ويعد هذا القرار الأول من نوعه.",
    "وبذلك تعد البلاد ثالث بلد يفتتح سفارة هناك.",
    "ويعد القرار بمثابة إعلان حرب.",
]


@pytest.mark.parametrize("body", COUNTED_AS)
def test_is_counted_as_promises_nothing(body: str) -> None:
    assert [s.cue for s in statements(body)] == []


NOTHING_SPELT_OUT = [
    "وجاءت النتائج مطابقة للتوقعات.",
    "وجاء البيان بعد يومين من الحادث.",
    "وجاءت الأرقام مؤكدة لتقديرات الخبراء.",
]


@pytest.mark.parametrize("body", NOTHING_SPELT_OUT)
def test_a_document_that_came_or_a_confirming_adjective_says_nothing(body: str) -> None:
    assert statements(body) == ()


def test_a_document_speaks_through_its_complementiser() -> None:
    s = only("وجاء في التقرير أن الوضع خطير.")
    assert (s.cue, s.content) == ("جاء", "الوضع خطير")


def test_a_participle_telling_someone_still_speaks() -> None:
    found = statements("وقال الوزير إن الوضع مستقر، مؤكدا للصحفيين أن الحكومة جاهزة.")
    assert by_cue(found, "مؤكدا").content == "الحكومة جاهزة"


def test_a_participle_of_calling_takes_la_for_ila() -> None:
    found = statements("وانتقد النائب الحكومة، داعيا لإجراء انتخابات مبكرة.")
    assert by_cue(found, "داعيا").speaker == "النائب"


RELAYED_FROM_A_PRONOUN = [
    "وزار الوزير سامي علي المستشفى. ونقلت عنه وكالة الأنباء قوله إن العلاج متوفر.",
    "وزار الوزير سامي علي المستشفى. ونقلت وكالة الأنباء عنه قوله إن العلاج متوفر.",
]


@pytest.mark.parametrize("body", RELAYED_FROM_A_PRONOUN)
def test_a_relay_from_a_pronoun_takes_up_the_last_speaker(body: str) -> None:
    s = by_cue(statements(body), "نقلت")
    assert ("سامي علي" in s.speaker, s.via, s.content) == (True, ("وكالة الأنباء",), "العلاج متوفر")


def test_a_relay_verb_inside_a_trailing_attribution_is_no_statement_of_its_own() -> None:
    found = statements("وقال الوزير إن العلاج متوفر، بحسب ما نقلت عنه الوكالة.")
    assert [s.cue for s in found] == ["قال"]


STATEMENT_OF_A_NAMED_OWNER = [
    ("وذكر في بيان للجيش أن الغارة استهدفت مخزنا للأسلحة.", "الجيش"),
    ("وأعلن في تقرير للهيئة أن الأسعار ارتفعت.", "الهيئة"),
]


@pytest.mark.parametrize(("body", "speaker"), STATEMENT_OF_A_NAMED_OWNER)
def test_a_subjectless_cue_in_an_owned_statement_speaks_for_its_owner(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_an_adjective_after_the_statement_owns_nothing() -> None:
    found = statements("وقال الوزير إن الطريق مغلق. وأكد في بيان رسمي أن العمل مستمر.")
    assert by_cue(found, "أكد").speaker == "الوزير"


RENEWED_SPEECH = [
    ("وجددت الحكومة دعوتها النقابات إلى الحوار.", "الحكومة", "assert", "النقابات إلى الحوار"),
    ("وجدد الحزب مطالبته بإجراء انتخابات مبكرة.", "الحزب", "assert", "إجراء انتخابات مبكرة"),
    ("وكرر المتحدث تحذيره من موجة حر جديدة.", "المتحدث", "assert", "موجة حر جديدة"),
    ("وجدد الوزير نفيه الأنباء عن استقالته.", "الوزير", "deny", "الأنباء عن استقالته"),
]


@pytest.mark.parametrize(("body", "speaker", "stance", "content"), RENEWED_SPEECH)
def test_renewing_speaks_through_a_cues_verbal_noun(
    body: str, speaker: str, stance: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.stance, s.content) == (speaker, stance, content)


def test_renewing_after_a_comma_keeps_the_speaker() -> None:
    found = statements("وأدانت المنظمة الهجوم، وجددت دعوتها الأطراف إلى الحوار.")
    assert (by_cue(found, "جددت").speaker, by_cue(found, "جددت").content) == ("المنظمة", "الأطراف إلى الحوار")


def test_renewing_a_contract_says_nothing() -> None:
    assert statements("وجدد النادي عقد اللاعب لثلاثة مواسم.") == ()


BLAME_REFUSED = [
    ("ورفضت النقابة تحميلها مسؤولية الأزمة.", "تحميلها مسؤولية الأزمة"),
    ("ورفض الوزير تحميل الحكومة مسؤولية الحادث.", "تحميل الحكومة مسؤولية الحادث"),
]


@pytest.mark.parametrize(("body", "target"), BLAME_REFUSED)
def test_refusing_the_blame_denies_it(body: str, target: str) -> None:
    s = only(body)
    assert (s.stance, s.target) == ("deny", target)


def test_refusing_to_download_says_nothing() -> None:
    assert statements("ورفض الموظف تحميل الملفات على جهازه.") == ()


RELAYED_BY_AN_OUTLET = [
    ('وقدمت الشركتان وثيقة إلى المحكمة، وفق ما نقلت "الأفق".', "الأفق"),
    ("وارتفع سعر القمح بنسبة كبيرة، بحسب ما نقلت وكالة الأنباء.", "وكالة الأنباء"),
    ('وارتفعت الأسعار بنسبة كبيرة، بحسب "النهار".', "النهار"),
]


@pytest.mark.parametrize(("body", "speaker"), RELAYED_BY_AN_OUTLET)
def test_a_trailing_relay_without_origin_credits_the_outlet(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


LABELS_THAT_DO_NOT_SPEAK = [
    "المغرب: الصيادون يعلنون إضرابا مفتوحا",
    "الأردن: وفاة ثلاثة أشخاص في حادث سير",
    "عاجل: البرلمان ينتخب رئيسا جديدا",
    "بالصور: سيول تجرف السيارات في الوادي",
]


@pytest.mark.parametrize("headline", LABELS_THAT_DO_NOT_SPEAK)
def test_a_place_or_format_label_before_a_colon_is_no_speaker(headline: str) -> None:
    found = statements("وقال المتحدث إن العمل مستمر.", headline)
    assert all(s.cue != ":" for s in found)


LABELS_THAT_SPEAK = [
    ("الكرملين: التقرير كاذب", "الكرملين"),
    ('فرنسا: إعلان الرئيس "يعزز" أهمية الاتفاق', "فرنسا"),
    ("مصر: لا تفاوض مع الخاطفين", "مصر"),
]


@pytest.mark.parametrize(("headline", "speaker"), LABELS_THAT_SPEAK)
def test_a_source_before_a_colon_with_a_claim_speaks(headline: str, speaker: str) -> None:
    found = statements("وقال المتحدث إن العمل مستمر.", headline)
    assert by_cue(found, ":").speaker == speaker


SAID_IN_A_FEW_WORDS = [
    ('وختم الوزير تغريدته بالقول "سنفتقدها".', "ختم", "سنفتقدها"),
    ('وعلق المدرب على الهزيمة بالقول "كنا الأفضل".', "علق", "كنا الأفضل"),
]


@pytest.mark.parametrize(("body", "cue", "content"), SAID_IN_A_FEW_WORDS)
def test_a_short_quotation_after_the_verbal_noun_of_saying(body: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.cue, s.content, s.quote_type) == (cue, content, "direct")


def test_asking_someone_for_an_act_is_a_statement() -> None:
    s = only("وطلب المحافظ من السكان الابتعاد عن الشاطئ.")
    assert (s.speaker, s.cue, s.content) == ("المحافظ", "طلب", "السكان الابتعاد عن الشاطئ")


ASKED_FOR_A_THING = ["وطلبت الشرطة مساعدة من الجيش.", "وطلب اللاعب من المدرب قميصه."]


@pytest.mark.parametrize("body", ASKED_FOR_A_THING)
def test_asking_for_a_thing_says_nothing(body: str) -> None:
    assert statements(body) == ()


def test_a_content_stops_at_a_participle_joined_by_waw() -> None:
    found = statements("وقالت المديرة إن المدرسة ستفتح، مضيفة أن المعلمين جاهزون، ومشيرة إلى أن الكتب وصلت.")
    assert [(s.cue, s.content) for s in found] == [
        ("قالت", "المدرسة ستفتح"),
        ("مضيفة", "المعلمين جاهزون"),
        ("مشيرة", "الكتب وصلت"),
    ]


SAID_IN_AT_THE_END = [
    ("ونفى الوزير الاتهامات في بيان رسمي.", "الاتهامات"),
    ("وأدانت المنظمة الهجوم في تغريدة على حسابها.", "الهجوم"),
]


@pytest.mark.parametrize(("body", "content"), SAID_IN_AT_THE_END)
def test_an_object_content_ends_before_the_statement_it_was_said_in(body: str, content: str) -> None:
    assert only(body).content == content


def test_endorsing_a_view_in_a_statement() -> None:
    found = statements("وقالت الوزارة إن الطريق آمن. وأيدت النقابة هذا الرأي في بيان منفصل.")
    s = by_cue(found, "أيدت")
    assert (s.stance, s.content) == ("confirm", "هذا الرأي")


RESTATED_IN_A_DOCUMENT = [
    "وأكدت الوزارة أن باب الحوار مفتوح، وفق ما أفاد ذات البيان.",
    "وأكدت الوزارة أن باب الحوار مفتوح، وفق ما أفاد البيان.",
]


@pytest.mark.parametrize("body", RESTATED_IN_A_DOCUMENT)
def test_a_trailing_document_over_a_named_speakers_clause_is_no_second_statement(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == ("الوزارة", "أكدت", "باب الحوار مفتوح")


def test_a_trailing_document_over_an_event_still_speaks() -> None:
    s = only("وارتفعت الأسعار بنسبة كبيرة، وفق التقرير.")
    assert (s.speaker, s.cue) == ("التقرير", "وفق")


B_COMPLEMENT_AFTER_AN_ADVERB = [
    ("وكانت الحكومة قد هددت مرارا بفرض عقوبات على الشركات.", "الحكومة", "فرض عقوبات على الشركات"),
    ("وهدد الوزير مجددا بإغلاق الحدود.", "الوزير", "إغلاق الحدود"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), B_COMPLEMENT_AFTER_AN_ADVERB)
def test_a_b_complement_after_an_adverb(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_pronoun_attributions_are_generated() -> None:
    phrases = {" ".join(p) for p in arabic().pronoun_phrases}
    assert {"وفق قولها", "وفقا لروايته", "بحسب تعبيرهم"} <= phrases


def test_in_her_account_takes_up_the_last_speaker() -> None:
    found = statements("وقالت المديرة إن المدرسة مغلقة. وتضررت الجدران بشدة، وفقا لروايتها.")
    s = by_cue(found, "وفقا")
    assert (s.speaker, s.content) == ("المديرة", "تضررت الجدران بشدة")


def test_the_pronoun_takes_up_the_reporter_named_in_its_clause() -> None:
    found = statements(
        "وقال الوزير إن الوضع مستقر. وبلغت الحصيلة التي أوردتها النقابة عشرين قتيلا، وفق قولها."
    )
    assert by_cue(found, "وفق").speaker == "النقابة"


JUDGED_PRONOUN = [
    (
        "ووصفها نواب بأنها عبء جديد، فيما تعتبرها الحكومة ضرورية لتقليص الخسائر.",
        "تعتبرها",
        "الحكومة",
        "ضرورية لتقليص الخسائر",
    ),
    ("واعتبرها رئيس الحكومة سامي علي خطوة ضرورية.", "اعتبرها", "سامي علي", "خطوة ضرورية"),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "content"), JUDGED_PRONOUN)
def test_judging_a_pronoun_says_only_the_judgment(body: str, cue: str, speaker: str, content: str) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_an_unmarked_relative_judgment_describes_its_noun() -> None:
    assert statements("واحتفل اللاعب بطريقة اعتبرتها الجماهير مستفزة.") == ()


ANNOUNCED_ANTECEDENT = [
    ("وأثارت زيادة الأسعار التي أعلنتها الهيئة موجة انتقادات.", "الهيئة", "زيادة الأسعار"),
    ("وأثارت الزيادة التي أعلنتها الهيئة موجة انتقادات.", "الهيئة", "الزيادة"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), ANNOUNCED_ANTECEDENT)
def test_an_announcement_in_a_relative_clause_announced_its_antecedent(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, "أعلنتها", content)


def test_a_place_declared_something_is_no_announcement() -> None:
    assert statements("وزار الوزير المدينة التي أعلنها الجيش منطقة عسكرية.") == ()


def test_a_quoted_name_before_its_verb_is_the_subject() -> None:
    found = statements("وقالت الحركة إن الإضراب سلمي.", "حركة «أمل جديد» تدعو إلى الإضراب العام")
    s = by_cue(found, "تدعو")
    assert (s.speaker, s.content) == ("أمل جديد", "الإضراب العام")


def test_a_quotation_opening_with_a_verb_is_no_quoted_name() -> None:
    found = statements('وأكد المتحدث أن الحكومة "نفت في البداية وجود أي مشكلة".')
    assert (by_cue(found, "نفت").speaker, by_cue(found, "نفت").stance) == ("الحكومة", "deny")


NAME_THEN_VERBAL_NOUN = [
    ("أعلن رئيس النادي سامي علي إقالة المدرب.", "سامي علي", "إقالة المدرب"),
    ("وأعلنت الوزيرة هدى سالم تأجيل الامتحانات.", "هدى سالم", "تأجيل الامتحانات"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), NAME_THEN_VERBAL_NOUN)
def test_a_named_subject_stops_at_its_verbs_verbal_noun_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


NUMBERED_POINTS = [
    (
        "وقال الحزب في بيانه: أولا: نرفض القرار. ثانيا: ندعو إلى الحوار.",
        "أولا: نرفض القرار. ثانيا: ندعو إلى الحوار",
    ),
    (
        "وقالت الشرطة في تحذيرها: 1- لا تفتحوا الروابط المجهولة. 2- أبلغوا عن كل رسالة مريبة.",
        "1- لا تفتحوا الروابط المجهولة. 2- أبلغوا عن كل رسالة مريبة",
    ),
]


@pytest.mark.parametrize(("body", "content"), NUMBERED_POINTS)
def test_numbered_points_are_one_statement(body: str, content: str) -> None:
    assert only(body).content == content


ANSWERS_IN_A_QUOTATION = [
    ('وقال المدير: "سألت الطبيب عن حالته، فقال إن الوضع مستقر".', "الطبيب", "assert", "الوضع مستقر"),
    (
        'وقال رئيس النادي: "اتصلت بوكيل اللاعب وسألته عن العرض، فقال لي إن هذا الكلام غير صحيح".',
        "وكيل اللاعب",
        "deny",
        "هذا الكلام غير صحيح",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "stance", "content"), ANSWERS_IN_A_QUOTATION)
def test_a_reply_to_the_speakers_question_is_the_one_asked(
    body: str, speaker: str, stance: str, content: str
) -> None:
    found = statements(body)
    inner = next(s for s in found if s.speaker == speaker)
    assert (inner.stance, inner.content, found[0].stance) == (stance, content, "assert")


def test_a_reply_without_a_question_stays_inside_the_quotation() -> None:
    assert len(statements('وقال الوزير: "ذهبت إلى المستشفى، فقال الطبيب إن الوضع مستقر".')) == 1


def test_the_speakers_own_earlier_words_in_his_quotation_are_a_statement() -> None:
    found = statements('وقال المدير: "جاءني الموظف يطلب إجازة، فقلت له إن العمل لا ينتظر".')
    assert (by_cue(found, "قلت").speaker, by_cue(found, "قلت").content) == ("المدير", "العمل لا ينتظر")


def test_a_recounted_denial_does_not_make_the_quotation_a_denial() -> None:
    found = statements('وأضاف المتحدث: "قلت لهم إن التسريب مفبرك".')
    assert (by_cue(found, "أضاف").stance, by_cue(found, "قلت").stance) == ("assert", "deny")


def test_a_saying_that_may_come_is_no_statement() -> None:
    s = only("وأضاف الوزير أن البعثة قد تدعو الأطراف إلى اجتماع جديد.")
    assert (s.cue, s.hedged) == ("أضاف", True)


def test_qad_before_a_perfect_opening_with_ta_is_a_statement() -> None:
    s = only("وكان المدير قد تحدث عن وجود خلل في النظام.")
    assert (s.speaker, s.cue) == ("المدير", "تحدث")


def test_a_participle_predicating_a_clauses_subject_is_no_cue() -> None:
    s = only("وقال النائب إن الحكومة الجديدة مطالبة بتقديم برنامجها خلال شهر.")
    assert (s.cue, s.content) == ("قال", "الحكومة الجديدة مطالبة بتقديم برنامجها خلال شهر")


TOPICS_ONLY = ["وتحدث الوزير عن الكتاب.", "وتحدثت الكاتبة عن المدينة القديمة خلال الندوة."]


@pytest.mark.parametrize("body", TOPICS_ONLY)
def test_talking_about_a_topic_says_nothing(body: str) -> None:
    assert statements(body) == ()


def test_talking_about_what_happened_reports_it() -> None:
    assert only("وتحدث الوزير عن ارتفاع الأسعار.").content == "ارتفاع الأسعار"
