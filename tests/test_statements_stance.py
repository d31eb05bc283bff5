"""Stance (deny/confirm with their target, or assert) and hedging, end to end and on tokens."""

from __future__ import annotations

import itertools

import pytest

from rawi.statements.lexicon import arabic
from rawi.statements.stance import (
    _ATTACHED,
    _anchor_words,
    _deny_matches,
    _deny_pattern,
    _opening_templates,
    _stem,
    _template_patterns,
    is_hedged,
    may_deny,
    may_deny_words,
    stance_of,
    stem,
)
from rawi.statements.tokens import fold, tokenize
from statements_samples import by_cue, only, statements


def test_a_denial_verb_targets_the_report_it_denies() -> None:
    found = statements("نفت وزارة الطاقة تقريرا لصحيفة محلية تحدث عن رفع أسعار الوقود الشهر المقبل.")
    denial = by_cue(found, "نفت")
    assert (denial.speaker, denial.stance) == ("وزارة الطاقة", "deny")
    assert denial.content == "تقريرا لصحيفة محلية تحدث عن رفع أسعار الوقود الشهر المقبل"
    assert denial.target == "تقريرا لصحيفة محلية"
    report = by_cue(found, "تحدث")
    assert (report.stance, report.target, report.via) == ("assert", None, ())
    assert report.content == "رفع أسعار الوقود الشهر المقبل"


def test_a_denial_in_a_headline() -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline="الحكومة تنفي تقريرا عن رفع أسعار الوقود")
    assert (s.speaker, s.cue, s.stance, s.in_headline) == ("الحكومة", "تنفي", "deny", True)
    assert s.target == s.content == "تقريرا عن رفع أسعار الوقود"


def test_a_colon_headline_calling_a_report_wrong_is_a_denial() -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline="بيسكوف: هذا تقرير خاطئ")
    assert s.stance == "deny"


def test_no_truth_in_a_claim_is_a_denial() -> None:
    s = only('وقال وزير الإعلام سمير حداد إنه "لا صحة للأنباء عن استقالة الحكومة".')
    assert (s.speaker, s.stance) == ("سمير حداد", "deny")
    assert s.target == "لا صحة للأنباء عن استقالة الحكومة"


def test_calling_news_untrue_is_a_denial_of_that_news() -> None:
    s = only("وقالت الشركة إن الأنباء عن إفلاسها غير صحيحة.")
    assert s.stance == "deny"
    assert s.target == "الأنباء عن إفلاسها"


def test_a_plain_negative_sentence_is_an_assertion() -> None:
    s = only("وقالت الشرطة إنها لم تعتقل أي متظاهر خلال الليل.")
    assert (s.stance, s.target) == ("assert", None)


def test_confirming_the_truth_of_reports() -> None:
    s = only("أكد الجيش صحة التقارير عن سقوط طائرة مسيرة قرب الحدود.")
    assert (s.speaker, s.stance) == ("الجيش", "confirm")
    assert s.target == "صحة التقارير عن سقوط طائرة مسيرة قرب الحدود"


def test_an_admission_is_a_confirmation() -> None:
    s = only("واعترفت الشركة بأن بيانات آلاف العملاء تسربت من خوادمها.")
    assert (s.speaker, s.cue, s.stance) == ("الشركة", "اعترفت", "confirm")
    assert s.content == "بيانات آلاف العملاء تسربت من خوادمها"


def test_a_plain_confirming_verb_asserts() -> None:
    s = only("أكدت وزارة الداخلية أن الطرق الرئيسية مفتوحة أمام حركة السير.")
    assert (s.stance, s.target) == ("assert", None)


HEDGED = [
    ("وقال الوزير ماجد سالم إن الاتفاق قد ينهار إذا استمر القصف.", True),
    ("وقال المحلل أحمد يوسف إن الأسعار ربما ترتفع مجددا في الصيف.", True),
    ("وقالت الشركة إن الرحلات من المحتمل أن تتأخر بسبب العاصفة.", True),
    ("وقالت الشركة إن الرحلات ستتأخر على الأرجح بسبب العاصفة.", True),
    ("وتوقع البنك الدولي أن ينمو الاقتصاد بنسبة ثلاثة في المئة.", True),
    ("ورجح الخبراء أن تستمر موجة الحر حتى نهاية الأسبوع.", True),
    ("وقال البنك الدولي إن الاقتصاد نما بنسبة ثلاثة في المئة.", False),
    ("وقال الوزير ماجد سالم إن الوفد قد وصل إلى جنيف.", False),
    ("وقال الشاهد إن سيارة يشتبه في أنها مفخخة انفجرت قرب السوق.", True),
    ("وقالت الشرطة إن الحريق اندلع في مستودع يعتقد أنه يضم مواد كيميائية.", True),
    ("وقال المزارعون إن الأمطار تبدو متأخرة هذا العام.", True),
    ("وقال المسؤول إنه يخشى أن تكون الشاحنة قد انقلبت على الطريق.", False),
    ("ورجحت مصادر أمنية أن يكون المهاجمون قد فروا إلى الجبال.", True),
    ("وقالت الوزارة إن البعثة قد نفذت كل مهامها.", False),
]


@pytest.mark.parametrize(("body", "hedged"), HEDGED)
def test_hedges(body: str, hedged: bool) -> None:
    assert only(body).hedged is hedged


def test_stance_of_tokens_finds_the_end_of_a_denied_report() -> None:
    lex = arabic()
    content = tokenize("تقريرا لوكالة بلومبرغ تحدث عن محادثات")
    assert stance_of(lex.cues[fold("نفى")], content, lex) == ("deny", 3)
    assert stance_of(lex.cues[fold("قال")], tokenize("الطقس معتدل اليوم"), lex) == ("assert", None)


def test_is_hedged_reads_qad_with_the_present_only() -> None:
    lex = arabic()
    said = lex.cues[fold("قال")]
    assert is_hedged(said, tokenize("الاتفاق قد ينهار"), lex)
    assert not is_hedged(said, tokenize("الوفد قد وصل"), lex)
    assert is_hedged(lex.cues[fold("يتوقع")], tokenize("الاقتصاد ينمو"), lex)


FALSITY_PREDICATES = [
    "وقال الناطق إن الأخبار عن بيع الملعب عارية كليا من الحقيقة.",
    "وقال الوزير إن المعلومات المتداولة مغلوطة ولا تمت للواقع بصلة.",
    "وقالت الجامعة إنه لا أساس من الصحة للشائعات عن إغلاق الكلية.",
    'وقالت النقابة إن البيان "مليء بالأكاذيب".',
    "وقال المدرب إن من يتحدثون عن رحيله واهمون.",
    "وأكد الناطق عدم صحة التسريبات عن موعد الانتخابات.",
    "وقالت الشركة إن ما يروج عن إفلاسها محض افتراء.",
    "وقالت الجامعة إن استقالة العميد لا علاقة لها بنتائج التحقيق.",
]


@pytest.mark.parametrize("body", FALSITY_PREDICATES)
def test_a_falsity_predicate_denies_whatever_the_cue(body: str) -> None:
    assert only(body).stance == "deny"


def test_an_inflected_falsity_adjective_targets_its_subject() -> None:
    s = only("وقال الناطق إن الأخبار عن بيع الملعب عارية كليا من الحقيقة.")
    assert s.target == "الأخبار عن بيع الملعب"


def test_a_colon_headline_calling_news_mere_rumours_is_a_denial() -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline="النادي: أخبار رحيل المدرب مجرد شائعات")
    assert (s.speaker, s.stance) == ("النادي", "deny")


DESCRIPTIONS = [
    "وقال الوزير إن الحكومة لن تسمح بالتدخل بذرائع مختلقة ومفبركة.",
    "وقالت الوكالة إنها ستصحح المعلومات المغلوطة في تقريرها.",
    "وقالت الهيئة إنها ستلاحق من ينشر الأكاذيب على مواقع التواصل.",
]


@pytest.mark.parametrize("body", DESCRIPTIONS)
def test_a_falsity_word_that_only_describes_asserts(body: str) -> None:
    assert only(body).stance == "assert"


def test_a_nested_denial_does_not_make_the_outer_statement_a_denial() -> None:
    found = statements("وقال المحامي إن موكله قال له إن الاتهامات ملفقة.")
    outer = next(s for s in found if s.speaker == "المحامي")
    inner = next(s for s in found if s.speaker == "موكله")
    assert (outer.stance, inner.stance) == ("assert", "deny")


def test_a_content_opening_with_a_denial_verb_is_the_speakers_denial() -> None:
    found = statements("وقالت الوزارة إنها تنفي الأنباء عن استقالة الوزير.")
    assert by_cue(found, "قالت").stance == "deny"


REJECTED_CLAIMS = [
    ("رفض الوزير اتهامه بالفساد.", "الوزير", "اتهامه بالفساد"),
    ("رفضت الشركة مزاعمهم عن التلوث.", "الشركة", "مزاعمهم عن التلوث"),
    (
        "رفض الحارس الدولي سامي يونس بشكل قاطع الاتهامات الموجهة إليه.",
        "سامي يونس",
        "الاتهامات الموجهة إليه",
    ),
    ("ونفى المتهم بشدة الاتهامات الموجهة إليه.", "المتهم", "الاتهامات الموجهة إليه"),
    ('رفضت جمعية "غد" للبيئة ادعاءات صيادين محليين.', "غد", "ادعاءات صيادين محليين"),
    ("ورفضت نقابة المعلمين في الأردن تصريحات الوزير.", "نقابة المعلمين في الأردن", "تصريحات الوزير"),
    ("ونفت اللاعبة، رنا حداد، عبر صفحتها، جميع تلك الأقاويل.", "رنا حداد", "جميع تلك الأقاويل"),
    ('ونفت البلدية في بلاغ لها أمس "الشائعات" المتداولة عنها.', "البلدية", '"الشائعات" المتداولة عنها'),
]


@pytest.mark.parametrize(("body", "speaker", "content"), REJECTED_CLAIMS)
def test_rejecting_a_claim_noun_is_a_denial(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.stance, s.content) == (speaker, "deny", content)


def test_rejecting_an_offer_is_no_statement() -> None:
    assert statements("رفضت الحكومة العرض المقدم من الشركة.") == ()


@pytest.mark.parametrize(
    "body", ["أقر مجلس النواب الموازنة العامة بأغلبية 80 صوتا.", "وأقر البرلمان قانون الضرائب بالإجماع."]
)
def test_approving_a_law_is_no_confirmation(body: str) -> None:
    assert statements(body) == ()


def test_admitting_a_fact_is_a_confirmation() -> None:
    s = only("وأقرت الشركة بوجود خلل في أنظمتها.")
    assert (s.speaker, s.stance) == ("الشركة", "confirm")


def test_a_rejected_claim_after_the_subject_and_a_comma() -> None:
    s = only('ورفضت وزارة الدفاع أو "الوزارة"، ادعاءات بقصف مطار عسكري، الأحد، والذي نفته الحكومة أيضا.')
    assert (s.stance, s.content) == ("deny", "ادعاءات بقصف مطار عسكري")


@pytest.mark.parametrize("headline", ["الوزارة: لا تأجيل للامتحانات", "المستشفى: لا إصابات جديدة بالحمى"])
def test_a_short_no_such_thing_line_is_a_denial(headline: str) -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline=headline)
    assert s.stance == "deny"


@pytest.mark.parametrize(
    "headline",
    ["الصندوق: لا حاجة لرفع الأسعار", "الوزير: لا يوجد موعد للانتخابات", "المدرب: لا تزال الفرصة قائمة"],
)
def test_a_short_negative_stance_or_verb_asserts(headline: str) -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline=headline)
    assert s.stance == "assert"


def test_a_headline_closing_with_a_bare_denial_denies_the_claim_before_it() -> None:
    found = statements(
        "قالت الشرطة إن السائق تجاوز السرعة.", headline="الشرطة: السائق تجاوز السرعة.. والعائلة تنفي"
    )
    denial = by_cue(found, "تنفي")
    assert (denial.speaker, denial.stance, denial.content) == ("العائلة", "deny", "السائق تجاوز السرعة")


def test_a_headline_announcement_then_a_conjoined_denial() -> None:
    found = statements(
        "قالت النقابة إن الأجور سترتفع.", headline="النقابة تعلن اتفاقا على الأجور والحكومة المحلية تنفي"
    )
    assert by_cue(found, "تعلن").content == "اتفاقا على الأجور"
    denial = by_cue(found, "تنفي")
    assert (denial.speaker, denial.stance, denial.content) == ("الحكومة المحلية", "deny", "اتفاقا على الأجور")


def test_confirming_an_event_the_article_reported_before() -> None:
    found = statements("أفادت مواقع إخبارية باعتقال زعيم عصابة في مداهمة. وأكدت الشرطة لاحقا اعتقال الزعيم.")
    s = by_cue(found, "أكدت")
    assert (s.speaker, s.stance, s.content) == ("الشرطة", "confirm", "اعتقال الزعيم")


@pytest.mark.parametrize(
    "body",
    ["وقال شهود إن انفجارين سبقا الحريق. وأكدت السلطات رواية الشهود.", "وأكدت الحركة ما أعلنته الحكومة أمس."],
)
def test_confirming_a_claim_or_what_was_reported(body: str) -> None:
    assert by_cue(statements(body), "أكدت").stance == "confirm"


@pytest.mark.parametrize(
    "body", ["وأكد الجيش مقتل عشرة مسلحين في الهجوم.", "وأكد الوزير ضرورة الحوار بين الأطراف."]
)
def test_an_object_not_reported_before_is_asserted(body: str) -> None:
    assert only(body).stance == "assert"


def test_the_subject_of_a_confirmation_stops_at_the_truth_it_confirms() -> None:
    s = only("أكد الاتحاد الآسيوي للكرة الطائرة صحة الأنباء عن تغيير مكان البطولة.")
    assert (s.speaker, s.stance) == ("الاتحاد الآسيوي للكرة الطائرة", "confirm")
    assert s.content == "صحة الأنباء عن تغيير مكان البطولة"


def test_an_evaluation_of_a_report_as_lies_is_a_denial_of_the_report() -> None:
    s = only('واعتبرت وزارة الخارجية تقرير منظمة "عيون الحقيقة" عن الانتهاكات "مليئا بالأكاذيب والمغالطات".')
    assert (s.speaker, s.stance) == ("وزارة الخارجية", "deny")
    assert s.content.startswith('تقرير منظمة "عيون الحقيقة"')


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وأكدت وكالات الأنباء المحلية إصابة ثمانية من المارة.", "وكالات الأنباء المحلية"),
        ('وأكد التقرير "صدق الادعاءات" ضد المدير.', "التقرير"),
    ],
)
def test_a_claim_noun_inside_a_name_or_a_quote_is_not_the_object(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.stance) == (speaker, "assert")


def test_refusing_to_give_information_is_no_denial() -> None:
    assert statements("ورفض الناطق الإدلاء بأي تفاصيل عن الصفقة.") == ()


def test_a_headline_clause_with_its_own_subject_and_a_denied_object() -> None:
    found = statements("قال متحدث إن الضربات مستمرة.", headline="الجيش يعلن الهجوم وواشنطن تنفي مشاركتها")
    denial = by_cue(found, "تنفي")
    assert (denial.speaker, denial.stance, denial.content) == ("واشنطن", "deny", "مشاركتها")


def test_a_place_after_a_preposition_is_no_conjoined_subject() -> None:
    found = statements("قال متحدث إن الضربات مستمرة.", headline="السفير في واشنطن يؤكد دعم بلاده للاتفاق")
    assert by_cue(found, "يؤكد").speaker == "السفير في واشنطن"


def test_a_nested_cue_with_its_object_pronoun_keeps_the_outer_statement_asserting() -> None:
    lex = arabic()
    content = tokenize("الوزيرة أخبرتهم بأن الأنباء ملفقة")
    assert stance_of(lex.cues[fold("قال")], content, lex) == ("assert", None)


@pytest.mark.parametrize(
    "body",
    [
        'وقال مدير المستشفى: "هذا لم يحدث أبدا، وكل المرضى تلقوا العلاج".',
        "وأكد رئيس النادي أن ذلك لم يقع مطلقا خلال التدريبات.",
        "وقالت المغنية إنها لم تلغ حفلها في المدينة إطلاقا.",
    ],
)
def test_a_past_negation_with_an_absolute_adverb_is_a_denial(body: str) -> None:
    assert only(body).stance == "deny"


@pytest.mark.parametrize(
    "body",
    [
        "وقال النائب إنه لم يطالب بخفض الأجور كما يشاع في الأوساط النقابية.",
        "وأوضح المدرب أنه لم يطلب الرحيل عن النادي مثلما يشاع في الصحف.",
    ],
)
def test_a_negation_against_what_is_rumoured_is_a_denial(body: str) -> None:
    assert only(body).stance == "deny"


@pytest.mark.parametrize(
    "body",
    [
        "وقال القائد إن جنوده لن يتراجعوا أبدا عن مواقعهم.",
        "وقال الرئيس إن البلاد لم تشهد مثل هذا الجفاف منذ عقود.",
    ],
)
def test_a_vow_or_a_plain_past_negation_asserts(body: str) -> None:
    assert only(body).stance == "assert"


@pytest.mark.parametrize(
    "body",
    [
        'واعتبرت الشركة الاتهامات الموجهة إليها بشأن تلوث النهر "حملة مغرضة".',
        "ووصف الحزب المزاعم حول تمويله من الخارج بأنها محاولة لتشويه سمعته.",
        "وقال المتحدث إن هذه الاتهامات مجرد ادعاءات تروجها المعارضة.",
    ],
)
def test_judging_an_accusation_or_calling_it_mere_claims_is_a_denial(body: str) -> None:
    assert only(body).stance == "deny"


def test_judging_a_statement_or_a_report_favourably_asserts() -> None:
    s = only("واعتبر الوزير تصريحات نظيره خطوة إيجابية نحو الحوار.")
    assert s.stance == "assert"


def test_confirming_thereby_what_was_announced_is_a_confirmation() -> None:
    found = statements(
        "وأعلنت وزارة الصحة إغلاق المدارس. "
        "وقالت نقابة المعلمين إن الدروس توقفت، مؤكدة بذلك ما أعلنته الوزارة."
    )
    assert by_cue(found, "مؤكدة").stance == "confirm"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "وقال سكان إن ثلاثة منازل انهارت في القرية، وهو ما أكدته وكالة الأنباء الرسمية.",
            "أكدته",
            "وكالة الأنباء الرسمية",
            "ثلاثة منازل انهارت في القرية",
        ),
        (
            "وأوضحت مصادر محلية أن السيول جرفت جسرين في الوادي، الأمر الذي أكده الدفاع المدني.",
            "أكده",
            "الدفاع المدني",
            "السيول جرفت جسرين في الوادي",
        ),
    ],
)
def test_a_trailing_confirmation_confirms_the_clause_before(
    body: str, cue: str, speaker: str, content: str
) -> None:
    found = statements(body)
    confirmation = by_cue(found, cue)
    assert (confirmation.speaker, confirmation.stance, confirmation.content) == (speaker, "confirm", content)
    first = next(s for s in found if s.cue != cue)
    assert (first.stance, first.content) == ("assert", content)


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "وذكرت صحيفة محلية أن الشركة باعت مصنعها في الجنوب، وهو ما نفته الشركة.",
            "نفته",
            "الشركة",
            "الشركة باعت مصنعها في الجنوب",
        ),
        (
            "وتحدثت تقارير محلية عن إغلاق عشرات المدارس، الأمر الذي كذبته الوزارة.",
            "كذبته",
            "الوزارة",
            "إغلاق عشرات المدارس",
        ),
        (
            "ووقع قصف، في حين وجهت منظمات الاتهامات للجيش بالمسؤولية عنه، الأمر الذي نفاه الجيش.",
            "نفاه",
            "الجيش",
            "الاتهامات للجيش بالمسؤولية عنه",
        ),
    ],
)
def test_a_trailing_denial_denies_the_clause_or_the_claim_before(
    body: str, cue: str, speaker: str, content: str
) -> None:
    denial = by_cue(statements(body), cue)
    assert (denial.speaker, denial.stance, denial.content, denial.target) == (
        speaker,
        "deny",
        content,
        content,
    )


@pytest.mark.parametrize(
    "body",
    [
        "ودعت الوزارة المواطنين إلى تجاهل المنشورات التي تحمل شائعات وأخبارا كاذبة عن الأسعار.",
        "وقال النادي إنه فصل موظفا لترويجه أخبارا مغلوطة عن اللاعبين.",
    ],
)
def test_a_falsity_adjective_on_a_conjoined_or_object_claim_asserts(body: str) -> None:
    assert only(body).stance == "assert"


def test_a_negation_taking_up_a_denied_report_is_a_denial() -> None:
    found = statements(
        "نفت الشركة تقارير عن إغلاق مصنعها في المدينة. وقال مدير المصنع إن الإدارة لم تقرر إغلاق المصنع."
    )
    reply = by_cue(found, "قال")
    assert (reply.speaker, reply.stance) == ("مدير المصنع", "deny")


def test_a_negation_answering_an_accusation_is_a_denial() -> None:
    found = statements(
        "واتهمت المعارضة الحكومة بتزوير نتائج الانتخابات. وقال وزير الداخلية إن الوزارة لم تزور أي نتائج."
    )
    assert by_cue(found, "اتهمت").stance == "assert"
    assert by_cue(found, "قال").stance == "deny"


def test_a_headline_negation_rebuts_the_claim_its_body_reports() -> None:
    found = statements(
        "وكانت صحف محلية قد زعمت أن المدرب طلب الرحيل عن النادي بعد الهزيمة.",
        headline="المدرب: لم أطلب الرحيل عن النادي",
    )
    headline = next(s for s in found if s.in_headline)
    assert (headline.speaker, headline.stance) == ("المدرب", "deny")


def test_a_negation_without_an_earlier_claim_or_meaning_still_asserts() -> None:
    assert only("وقال الوزير إن الحكومة لم تقرر بعد موعد الانتخابات.").stance == "assert"
    found = statements("نفت الوزارة تقارير عن تأجيل المشروع. وأضافت أن الحكومة لا تزال ملتزمة بالمشروع.")
    assert by_cue(found, "أضافت").stance == "assert"


def test_declining_to_comment_is_no_denial() -> None:
    said = only('ونفى مسؤول في الوزارة التعليق على الحادث، قائلا: "الوزارة ترفض التعليق حاليا".')
    assert (said.speaker, said.cue, said.stance) == ("مسؤول في الوزارة", "قائلا", "assert")
    assert statements("ورفض المتحدث باسم الشركة التعليق على التقارير.") == ()
    assert statements("ورفضت الوزارة الإدلاء بأي تصريح حول الاتهامات.") == ()
    assert only("ونفى الوزير التقارير عن استقالته.").stance == "deny"


def test_a_negation_set_against_what_reports_said_is_a_denial() -> None:
    signed = only("وقال المدير إنه لم يوقع أي عقد بالمبلغ الذي ذكرته التقارير.")
    assert signed.stance == "deny"
    assert only("وقال اللاعب إنه لم يحصل على المكافأة التي تحدثت عنها الأنباء.").stance == "deny"
    assert only("وقال الوزير إن الحكومة لم تنفذ بعد الإصلاحات التي أعلنتها الوزارة.").stance == "assert"


def test_judging_a_claim_set_off_before_a_quoted_verdict_dismisses_it() -> None:
    found = only('واعتبرت الوزارة، في بيان مقتضب، الاتهامات "حملة مغرضة لا تستند إلى شيء".')
    assert (found.speaker, found.stance) == ("الوزارة", "deny")
    assert only('واعتبرت الحكومة، في تصريح لاحق، المزاعم "جزءا من حملة سياسية".').stance == "deny"
    assert only('واعتبرت الحكومة، في تصريح لاحق، الخطة "جزءا من حملة إصلاح".').stance == "assert"


def test_a_falsity_adjective_on_the_object_of_a_verbal_noun_describes_it() -> None:
    assert only("وقالت الصحيفة إنها فصلت مراسلها لنشره صورا مفبركة.").stance == "assert"
    assert only("وقالت الوزارة إنها عاقبت الموظفة لترويجها وثائق مزيفة.").stance == "assert"
    assert only("وقال المتحدث إن هذه تقارير مفبركة.").stance == "deny"


def test_a_denial_noun_followed_by_an_adjunct_denies_nothing() -> None:
    assert statements("وصدر نفي النادي، وهو ناد عريق، بعد منشورات لأحد لاعبيه.") == ()
    assert statements("وجاء نفي الوزارة بعد انتشار صور على مواقع التواصل.") == ()
    headline = only("وأقيمت الندوة أمس.", headline="مديرة المدرسة تنكر ما قالته عن إلغاء الرحلة")
    assert headline.stance == "deny"


def test_judging_what_was_reported_as_mere_claims_denies_it() -> None:
    found = only('واعتبر الوزير ما نشرته الصحيفة "ادعاءات لا أساس لها".')
    assert (found.speaker, found.stance) == ("الوزير", "deny")
    assert found.content.startswith("ما نشرته الصحيفة")
    found_all = statements("واعتبر المتحدث ما تداولته المواقع عن استقالته مجرد شائعات.")
    assert by_cue(found_all, "اعتبر").stance == "deny"
    circulated = by_cue(found_all, "تداولته")
    assert (circulated.speaker, circulated.stance) == ("المواقع", "assert")


def test_devoid_of_all_truth_is_a_denial() -> None:
    assert only("وقال المتحدث إن هذه الأنباء عارية من كل صحة.").stance == "deny"
    assert only("وقالت الوزارة إن ما نشر بعيد عن كل حقيقة.").stance == "deny"
    assert only("وقال المدير إن المشروع بعيد عن كل المدن.").stance == "assert"


def test_a_rejection_past_intensifiers_and_a_cognate_object_keeps_its_subject() -> None:
    rejected = only("ورفضت الحكومة مطلقا وبشكل قاطع ادعاءات المعارضة.")
    assert (rejected.speaker, rejected.stance, rejected.content) == ("الحكومة", "deny", "ادعاءات المعارضة")
    denied = only("ونفى وزير المالية سامي يونس نفيا قاطعا التقارير عن استقالته.")
    assert (denied.speaker, denied.stance, denied.content) == ("سامي يونس", "deny", "التقارير عن استقالته")


def test_a_negated_verb_after_its_subject_strengthened_by_never_is_a_denial() -> None:
    text = "وقال المحافظ إن الهيئة المكونة من خبراء مستقلين لم تبحث البتة تلك المسألة."
    assert only(text).stance == "deny"
    assert only("وقال المدرب إن إدارة النادي لم تطلب منه قط الرحيل.").stance == "deny"
    assert only("وقال المحافظ إن الهيئة المكونة من خبراء لم تبحث تلك المسألة بعد.").stance == "assert"


def test_a_denial_in_a_relative_on_a_statement_takes_its_object_after_the_resumptive_pronoun() -> None:
    found = only("وأصدر الجيش بيانا نفى فيه مشاركة قواته في القصف.")
    assert (found.speaker, found.stance, found.content) == ("الجيش", "deny", "مشاركة قواته في القصف")
    issued = by_cue(statements("وأصدرت الهيئة بيانا نفت فيه ضلوع موظفيها في الحادث."), "نفت")
    assert (issued.speaker, issued.content) == ("الهيئة", "ضلوع موظفيها في الحادث")
    named = by_cue(statements("وفي بيان نفت فيه الشركة وجود أي خلل، قالت إن الأنظمة تعمل."), "نفت")
    assert (named.speaker, named.content) == ("الشركة", "وجود أي خلل")


def test_the_quick_check_before_the_falsity_pattern_never_rules_out_a_template() -> None:
    """Every falsity template, with each of its words in turn, still passes `may_deny` and matches."""
    lex = arabic()
    markers, intensifiers = lex.words["deny_markers"], lex.words["deny_intensifiers"]
    pattern = _deny_pattern(markers, intensifiers)
    for marker in markers:
        slots = [slot.rstrip("?").split("/") for slot in marker.split()]
        for turn in range(max(len(words) for words in slots)):
            phrase = " ".join(words[turn % len(words)].rstrip("+") for words in slots)
            joined = f" قال المتحدث و{phrase} تماما "
            assert pattern.search(joined) is not None, phrase
            assert may_deny(joined, markers), phrase
            assert may_deny_words(joined.split(), markers), phrase


@pytest.mark.parametrize("prefix", sorted(_ATTACHED))
def test_only_trying_the_falsity_pattern_before_a_template_opening_finds_what_a_full_scan_finds(
    prefix: str,
) -> None:
    """Every template, with each attached prefix on its first word, is found at the same word by
    `_deny_matches` (which tries the pattern only where a template may open) as by finditer."""
    lex = arabic()
    markers, intensifiers = lex.words["deny_markers"], lex.words["deny_intensifiers"]
    pattern = _deny_pattern(markers, intensifiers)
    for marker in markers:
        words = [slot.rstrip("?").split("/")[-1].rstrip("+") for slot in marker.split()]
        keys = ["قال", "المتحدث", "ان", prefix + words[0], *words[1:], "تماما", "امس"]
        joined = " " + " ".join(keys) + " "
        expected = [(joined.count(" ", 0, m.start()), m.span()) for m in pattern.finditer(joined)]
        found = [(index, m.span()) for index, m in _deny_matches(keys, joined, markers, intensifiers)]
        assert found == expected, keys


def test_the_quick_check_rules_out_a_plain_statement() -> None:
    lex = arabic()
    keys = [t.key for t in tokenize("أعلنت الوزارة افتتاح مستشفى جديد في المدينة الأسبوع المقبل")]
    assert not may_deny(" " + " ".join(keys) + " ", lex.words["deny_markers"])
    assert not may_deny_words(keys, lex.words["deny_markers"])


def test_the_quick_check_word_by_word_is_the_check_of_the_joined_words() -> None:
    """Each anchor word cut at every place, the pieces as words or glued into one word with others."""
    markers = arabic().words["deny_markers"]
    for anchor in _anchor_words(markers):
        for cut in range(1, len(anchor)):
            for keys in (
                [anchor[:cut], anchor[cut:]],
                ["و" + anchor[:cut] + anchor[cut:] + "ها"],
                [anchor[cut:]],
            ):
                joined = " " + " ".join(keys) + " "
                assert may_deny_words(keys, markers) == may_deny(joined, markers), keys


TRAILING_DENIALS = [
    ("وقالت النقابة إن الإدارة تلاعبت بالرواتب، وهو ما نفته الإدارة.", "الإدارة تلاعبت بالرواتب"),
    (
        "وأفاد سكان بسقوط قذائف على الحي، في حين اتهمت البلدية الجيش بالقصف، الأمر الذي نفاه الجيش.",
        "الجيش بالقصف",  # the content of the accusation the relative closes on
    ),
]


@pytest.mark.parametrize(("body", "content"), TRAILING_DENIALS)
def test_a_trailing_denying_relative_denies_the_clause_before(body: str, content: str) -> None:
    denial = next(s for s in statements(body) if s.cue.startswith("نف"))
    assert (denial.stance, denial.content) == ("deny", content)


BARE_CONFIRMING_RELATIVES = [
    (
        "فيما ذكر عمال بأن حريقا صغيرا اندلع في المخزن ما أكدته الشرطة.",
        "الشرطة",
        "حريقا صغيرا اندلع في المخزن",
    ),
    ("وقال السكان إن الجسر انهار ليلا ما أكدته البلدية لاحقا.", "البلدية", "الجسر انهار ليلا"),
]


@pytest.mark.parametrize(("body", "confirmer", "content"), BARE_CONFIRMING_RELATIVES)
def test_a_confirming_ma_without_a_comma_confirms_the_clause_before(
    body: str, confirmer: str, content: str
) -> None:
    found = statements(body)
    assert [s.content for s in found] == [content, content]
    assert (found[1].speaker, found[1].stance) == (confirmer, "confirm")


def test_ma_after_a_cue_is_its_object_not_a_trailing_confirmation() -> None:
    denial = by_cue(statements("ونفى الوزير ما أكدته الصحيفة عن استقالته."), "نفى")
    assert denial.content.startswith("ما أكدته")


def test_a_confirmation_told_to_someone_confirms_the_report_after_the_addressee() -> None:
    found = statements(
        "أعلنت مصادر محلية وفاة زعيم الجماعة.\n\nوأكد مسؤولون في الجيش للحكومة المحلية هذا الخبر."
    )
    assert by_cue(found, "أكد").stance == "confirm"


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        (
            'وقال الحزب في بيان: "تعليقا على قرار الحكومة، وحول اتهامات الوزير للحزب بتمويل الاحتجاجات، '
            'ينفي الحزب هذه الاتهامات جملة وتفصيلا".',
            "deny",
        ),
        ('وقالت النقابة: "ردا على ما نشرته الصحف، نكذب كل ما ورد فيها".', "deny"),
        ('وقالت الوزارة: "تعليقا على الزيارة، نرحب بالوفد ونأمل نجاح المحادثات".', "assert"),
    ],
)
def test_a_fronted_reply_then_a_denial_verb_denies(body: str, stance: str) -> None:
    assert only(body).stance == stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("وتسعى إلى معرفة ناشر الخبر الخاطئ لمقاضاته", "assert"),
        ("حذر من نشر المعلومات غير الصحيحة عن الوباء", "assert"),
        ("الخبر خاطئ تماما", "deny"),
        ('الأنباء عن استقالته بـ"غير الصحيحة"', "deny"),
    ],
)
def test_a_falsity_adjective_with_the_article_qualifies_a_noun_unless_it_describes(
    content: str, stance: str
) -> None:
    lex = arabic()
    assert stance_of(lex.cues[fold("قال")], tokenize(content), lex)[0] == stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("الاتفاق يتعلق بالتجارة فقط ولا علاقة له بالملف الأمني", "assert"),
        ("هذا القرار يخص الوزارة وحدها ولا صلة له بالحكومة", "assert"),
        ("الحزب لا علاقة له بالهجوم", "deny"),
    ],
)
def test_a_negation_after_only_limits_a_scope_and_denies_nothing(content: str, stance: str) -> None:
    lex = arabic()
    assert stance_of(lex.cues[fold("قال")], tokenize(content), lex)[0] == stance


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        ("واستبعد الخبير سامي علي أن يتجاوز التضخم خمسة في المئة هذا العام.", "assert"),
        ("واستبعد الخبير سامي علي أن تكون الرسالة قد وصلت إلى الوزير.", "deny"),
        ("واستبعد الوزير رامي حسن أن يكون الجيش قد قصف القرية.", "deny"),
    ],
)
def test_judging_a_future_event_unlikely_forecasts_and_a_past_one_denies(body: str, stance: str) -> None:
    assert only(body).stance == stance


def test_a_reply_right_after_an_accusation_rejects_it() -> None:
    found = statements(
        "اتهم زعيم المعارضة الحكومة بتزوير نتائج الانتخابات البلدية.\n\n"
        'ورد المتحدث باسم الحكومة سامي خليل قائلا إن المعارضة "تبحث عن أعذار لخسارتها".'
    )
    assert by_cue(found, "رد").stance == "deny"


def test_a_reply_to_a_question_asserts() -> None:
    found = statements('وسئل الوزير نادر حسن عن موعد الانتخابات المقبلة فرد قائلا: "كل الخيارات مطروحة".')
    assert by_cue(found, "رد").stance == "assert"


def test_a_denial_reported_in_a_quotation_is_its_subjects_denial() -> None:
    found = statements('وقال المحامي: "الموظف أنكر جميع الاتهامات أمام المحقق، لكن الشهود كثر".')
    denial = by_cue(found, "أنكر")
    assert (denial.speaker, denial.stance, denial.content) == ("الموظف", "deny", "جميع الاتهامات أمام المحقق")
    found = statements('وأوضح المتحدث سامي دوران أن البلدية "نفت أمس حدوث أي تسرب للغاز في الحي".')
    assert (by_cue(found, "نفت").speaker, by_cue(found, "نفت").stance) == ("البلدية", "deny")


def test_a_first_person_denial_in_a_quotation_is_the_speakers_own() -> None:
    found = statements('وقال الوزير نادر حسن: "نحن ننفي هذه الأخبار، وأنا أنكر كل ما نسب إلي".')
    assert [(s.speaker, s.stance) for s in found] == [("نادر حسن", "deny")]


def test_a_confirming_ma_without_a_comma_confirms_the_reported_clause_before() -> None:
    found = statements("وقال شهود إن طائرتين شوهدتا فوق المدينة ما أكدته الإذاعة الرسمية.")
    confirmation = by_cue(found, "أكدته")
    assert (confirmation.speaker, confirmation.stance) == ("الإذاعة الرسمية", "confirm")
    assert (confirmation.content, confirmation.via) == ("طائرتين شوهدتا فوق المدينة", ())


def test_ma_as_the_object_of_a_saying_verb_confirms_nothing_before() -> None:
    found = statements("وأكد وزير الخارجية سامي علي ما أكدته اللجنة في تقريرها.")
    assert [s.speaker for s in found] == ["سامي علي"]


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "وطالب الوزير الصحيفة بالاعتذار عن التقرير الكاذب الذي نفته وزارة الصحة.",
            "وزارة الصحة",
            "التقرير الكاذب",
        ),
        ("ونشرت الصحيفة الخبر الذي نفته الوزارة لاحقا.", "الوزارة", "الخبر"),
    ],
)
def test_a_denial_in_a_relative_clause_denies_its_antecedent_claim(
    body: str, speaker: str, content: str
) -> None:
    denial = by_cue(statements(body), "نفته")
    assert (denial.speaker, denial.stance, denial.content) == (speaker, "deny", content)


@pytest.mark.parametrize(
    "body",
    [
        "وذكرت المديرة أنها لم تتطرق خلال حديثها إلى الرواتب.",
        'وقال الوزير: "لم أصرح بأي شيء عن الأسعار".',
        "وأكد المدرب أنه لم يقل إن اللاعبين سيغادرون.",
    ],
)
def test_denying_having_said_it_is_a_denial(body: str) -> None:
    """'لم تتطرق إلى', 'لم أصرح بـ', 'لم يقل إن': the source rejects what it is reported to have said."""
    assert only(body).stance == "deny"


def test_a_plain_past_negation_stays_an_assertion() -> None:
    assert only("وقال المدير إن العمال لم ينقلوا إلى المستشفى.").stance == "assert"


@pytest.mark.parametrize(
    "body",
    [
        "واعتبر النائب سامي العلي أن نفي الحكومة غير مقنع.",
        "ووصف النائب سامي العلي نفي الوزارة بأنه محاولة للتهرب.",
    ],
)
def test_a_denial_judged_by_another_speaker_says_nothing_itself(body: str) -> None:
    assert [s.cue for s in statements(body)] in (["اعتبر"], ["وصف"])


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("ووصفت النائبة التقارير عن استقالتها بأنها مجرد أكاذيب.", "التقارير عن استقالتها"),
        ("ووصف المحامي ما نشرته المجلة بأنه محض اختلاق.", "ما نشرته المجلة"),
        ("وقال المدرب إن ما يتردد عن رحيله كلام فارغ.", "ما يتردد عن رحيله"),
        ("وقالت الوزيرة إن الحديث عن إغلاق المستشفى هراء.", "الحديث عن إغلاق المستشفى"),
    ],
)
def test_mere_lies_and_empty_talk_deny_what_they_describe(body: str, target: str) -> None:
    s = only(body)
    assert (s.stance, s.target) == ("deny", target)


@pytest.mark.parametrize(
    "body", ['وقال المحامي: "لا تعليق على القضية".', 'وقالت المتحدثة: "لا تعليقات لدينا".']
)
def test_no_comment_denies_nothing(body: str) -> None:
    assert only(body).stance == "assert"


def test_recounting_an_earlier_denial_asserts_and_the_inner_verb_denies() -> None:
    found = statements("وقالت المحامية إنها نفت في حينها الأنباء عن توقيفها.")
    assert by_cue(found, "قالت").stance == "assert"
    inner = by_cue(found, "نفت")
    assert (inner.stance, inner.target) == ("deny", "الأنباء عن توقيفها")


def test_a_present_denial_opening_the_content_still_denies() -> None:
    found = statements("وقال المتحدث إنه ينفي كل ما ورد في المقال.")
    assert by_cue(found, "قال").stance == "deny"


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("وقال المدير إن الفرع سيغلق. ونفت الشائعات عن تسريح الموظفين.", "الشائعات عن تسريح الموظفين"),
        ("وقال الوزير إن الطرق آمنة. ونفى الأنباء عن انهيار الجسر.", "الأنباء عن انهيار الجسر"),
    ],
)
def test_rumours_right_after_a_denial_verb_are_its_object(body: str, target: str) -> None:
    s = by_cue(statements(body), body.split(". ")[1].split()[0][1:])
    assert (s.stance, s.target) == ("deny", target)


@pytest.mark.parametrize(
    "body",
    [
        "وقال مدير القناة إنها متمسكة بكل ما بثته من تقارير وبكل ما نشرته.",
        'وقالت رئيسة التحرير: "نقف وراء كل كلمة كتبناها".',
        "وقال الناشر إن الدار تقف خلف ما نشرته.",
    ],
)
def test_standing_by_what_was_published_confirms(body: str) -> None:
    assert only(body).stance == "confirm"


@pytest.mark.parametrize(
    "body", ["وقال المحقق إن عصابة منظمة تقف وراء السرقة.", "وقالت النائبة إنها متمسكة بترشحها."]
)
def test_being_behind_an_act_or_holding_to_a_position_confirms_nothing(body: str) -> None:
    assert only(body).stance == "assert"


@pytest.mark.parametrize(
    "body",
    [
        "وتحدث سكان عن حريق في السوق. وأكد الدفاع المدني وقوع الحريق.",
        "وكانت تقارير قد تحدثت عن إقالة المدرب، وأكد النادي الإقالة.",
    ],
)
def test_confirming_the_occurrence_of_an_event_reported_before(body: str) -> None:
    assert by_cue(statements(body), "أكد").stance == "confirm"


def test_the_templates_tried_before_a_word_are_those_whose_first_word_may_start_in_it() -> None:
    """Each template is tried before a word holding one of its first words after any attached
    prefix, in the order of the one pattern's alternatives; a word opening none tries nothing."""
    lex = arabic()
    markers, intensifiers = lex.words["deny_markers"], lex.words["deny_intensifiers"]
    templates = _template_patterns(markers, intensifiers)
    assert len(templates) == len(markers)
    for opening, pattern in templates:
        for head, prefix in itertools.product(sorted(opening), sorted(_ATTACHED)):
            tried = _opening_templates(prefix + head + "ر", markers, intensifiers)
            assert pattern in tried, (prefix, head)
            order = [p for _, p in templates]
            assert tried == sorted(tried, key=order.index)
    assert _opening_templates(fold("تبحث"), markers, intensifiers) == []


@pytest.mark.parametrize("word", ["بمقتل", "والمقتل", "وبالقرار", "ولد", "فيه", "الخبر"])
def test_a_remembered_stem_is_the_stem_worked_out(word: str) -> None:
    key = fold(word)
    assert stem(key) == _stem(key) == stem(key)
