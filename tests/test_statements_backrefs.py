"""Back-references: 'الوكالة', 'البيان', 'التقرير' speak for the name given earlier."""

from __future__ import annotations

import pytest

from rawi.statements.backrefs import resolve
from rawi.statements.lexicon import arabic
from rawi.statements.speakers import Source
from rawi.statements.tokens import tokenize
from statements_samples import statements


def test_the_agency_is_the_agency_named_before() -> None:
    first, second = statements(
        "ذكرت وكالة سبوتنيك أن الوفدين سيلتقيان في جنيف.\n\nوأضافت الوكالة أن جدول الأعمال لم يحدد بعد."
    )
    assert first.speaker == second.speaker == "وكالة سبوتنيك"
    assert second.content == "جدول الأعمال لم يحدد بعد"


def test_the_statement_speaks_for_whoever_spoke_in_a_statement() -> None:
    first, second = statements(
        "قالت وزارة الخارجية في بيان إن السفارة ستبقى مفتوحة.\n\nوأضاف البيان أن الرعايا لا يواجهون أي خطر."
    )
    assert first.speaker == "وزارة الخارجية"
    assert (second.speaker, second.speaker_kind) == ("وزارة الخارجية", "document")


def test_the_report_is_the_outlet_whose_report_was_cited() -> None:
    found = statements(
        "وقال مسؤولون إن المصنع توقف عن العمل.\n\nوذكرت رويترز أن العمال لم يتلقوا أجورهم.\n\n"
        "وأضاف التقرير أن مئات العمال فقدوا وظائفهم."
    )
    added = found[-1]
    assert (added.cue, added.speaker, added.speaker_kind) == ("أضاف", "رويترز", "document")


def test_resolve_keeps_a_name_that_is_no_back_reference() -> None:
    lex = arabic()
    source = Source("وزارة الصحة", None, "organization")
    assert resolve(source, tokenize("قالت وكالة سبوتنيك"), "", lex, {}) == source


def test_resolve_searches_backwards_for_the_noun() -> None:
    lex = arabic()
    text = "ذكرت وكالة تاس أن الوفد وصل. وقالت وكالة سبوتنيك أن الاجتماع بدأ"
    resolved = resolve(Source("الوكالة", None, "organization"), tokenize(text), text, lex, {})
    assert resolved.name.endswith("سبوتنيك")


def test_an_owned_document_speaks_for_its_owner() -> None:
    lex = arabic()
    resolved = resolve(Source("بيان الخارجية", None, "document"), [], "", lex, {})
    assert (resolved.name, resolved.kind) == ("الخارجية", "document")


def test_a_family_name_spelt_with_other_long_vowels_is_the_same_person() -> None:
    said, added = statements(
        "وقال الأمين العام للحلف ينس ستولتنبرغ إن المحادثات ستستأنف الأسبوع المقبل.\n\n"
        "وأوضح ستولتنبيرغ أن الطرفين وافقا على تبادل الأسرى."
    )
    assert said.speaker == added.speaker == "ينس ستولتنبرغ"
    assert added.speaker_role == "الأمين العام للحلف"


def test_short_names_that_differ_by_a_long_vowel_stay_apart() -> None:
    said, added = statements("وقال الوزير أحمد محمود إن الميزانية جاهزة.\n\nوقال محمد إن اللجنة ستجتمع غدا.")
    assert said.speaker == "أحمد محمود"
    assert added.speaker == "محمد"


def test_a_feminine_or_nisba_form_of_a_family_name_is_another_person() -> None:
    said, other = statements(
        "وقال أليكسي نافالني إن الانتخابات مزورة.\n\nوقالت نافالنايا إن زوجها سيواصل الطعن في النتائج."
    )
    assert said.speaker == "أليكسي نافالني"
    assert other.speaker == "نافالنايا"


def test_a_definite_anonymous_source_takes_its_antecedent_across_witnesses() -> None:
    found = statements(
        "قالت مصادر أمنية إن الانفجار وقع ليلا.\n\nوقال شهود إن الدخان غطى الحي.\n\n"
        "وأكد المصدر الأمني أن التحقيق بدأ."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("مصادر أمنية", "anonymous"),
        ("شهود", "anonymous"),
        ("مصادر أمنية", "anonymous"),
    ]


def test_an_official_named_again_by_head_noun_stays_anonymous() -> None:
    found = statements("قال مسؤولون في الميناء إن السفن تأخرت.\n\nوأوضح المسؤول أن الرافعات معطلة.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("مسؤولون في الميناء", "anonymous"),
        ("مسؤولون في الميناء", "anonymous"),
    ]


def test_a_definite_unnamed_description_is_anonymous() -> None:
    found = statements("وقال المسعفون إن الجرحى نقلوا إلى المستشفى.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [("المسعفون", "anonymous")]


def test_a_description_with_a_name_is_no_back_reference() -> None:
    found = statements("قال مواطن إن الدواء نفد.\n\nوقال المواطن خالد سالم إن الصيدلية مغلقة.")
    assert found[-1].speaker == "خالد سالم"


def test_a_document_speaks_for_its_issuer() -> None:
    found = statements(
        "وبينت دراسة أعدتها جامعة اليرموك أن الغطاء النباتي يتقلص.\n\nونبهت الدراسة إلى أن التصحر سيتسع."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("جامعة اليرموك", "document"),
        ("جامعة اليرموك", "document"),
    ]


def test_a_report_issued_by_a_body_is_that_body_later() -> None:
    found = statements(
        "ونشر تقرير صادر عن الهيئة الوطنية للإحصاء أرقاما جديدة اليوم.\n\nوأوضح التقرير أن البطالة تراجعت."
    )
    assert found[-1].speaker == "الهيئة الوطنية للإحصاء"


def test_a_dual_back_reference_takes_its_antecedent() -> None:
    found = statements("وقال مسؤولان أميركيان إن الضربة محدودة.\n\nوأضاف المسؤولان أن الأهداف عسكرية.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [("مسؤولان أميركيان", "anonymous")] * 2


def test_the_issuer_of_a_statement_speaks_in_it() -> None:
    found = statements(
        "غير أن الجمعية المنظمة للمهرجان نشرت بعد ساعات بيانا أوضحت فيه أن العرض سيقام في موعده.\n\n"
        "وأصدرت وزارة الزراعة بيانا أكدت فيه أن المحصول وفير."
    )
    assert [s.speaker for s in found] == ["الجمعية المنظمة للمهرجان", "وزارة الزراعة"]


def test_a_back_reference_with_a_nisba_takes_the_body_named_before() -> None:
    found = statements(
        "وقالت منظمة الصحة العالمية إن الوباء انحسر.\n\nوأكدت المنظمة الأممية أن اللقاحات متوفرة."
    )
    assert [s.speaker for s in found] == ["منظمة الصحة العالمية"] * 2


def test_a_definite_description_with_a_complement_takes_the_anonymous_source_before() -> None:
    first, second = statements(
        "وقال متحدث باسم الجيش الأردني إن الحدود هادئة.\n\nوأضاف المتحدث باسم الجيش أن الدوريات مستمرة."
    )
    assert (
        (second.speaker, second.speaker_kind)
        == (first.speaker, "anonymous")
        == (
            "متحدث باسم الجيش الأردني",
            "anonymous",
        )
    )
    first, second = statements(
        "وقال مسؤول في وزارة النقل إن القطار تأخر.\n\nوأوضح المسؤول في الوزارة أن العطل فني."
    )
    assert (second.speaker, second.speaker_kind) == ("مسؤول في وزارة النقل", "anonymous")


def test_a_definite_description_with_a_complement_and_no_antecedent_stays_as_it_is() -> None:
    s = statements("وقال المتحدث باسم الكرملين إن الرئيس لن يحضر القمة.")[0]
    assert (s.speaker, s.speaker_kind) == ("المتحدث باسم الكرملين", "person")


def test_two_officials_named_again_after_a_relative_clause_keep_their_description() -> None:
    first, second = statements(
        "قال مسؤولان في الوزارة إن الاتفاق قريب.\n\n"
        "وأضاف المسؤولان، اللذين لم تكشف الصحيفة هويتهما، أن التوقيع سيتم الشهر المقبل."
    )
    assert (first.speaker, first.speaker_kind) == ("مسؤولان في الوزارة", "anonymous")
    assert (second.speaker, second.content) == ("مسؤولان في الوزارة", "التوقيع سيتم الشهر المقبل")
    found = statements("وقالت موظفتان في المستشفى إن الأدوية نفدت.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [("موظفتان في المستشفى", "anonymous")]


def test_a_statement_published_by_someone_speaks_for_the_subject_of_the_verb() -> None:
    found = statements(
        "وأطلق المسلحون النار على الحارس قرب المصرف، وفقا لبيان أصدرته الشرطة في المدينة بشأن الحادث.\n\n"
        "وأضاف البيان أن التحقيق مستمر."
    )
    assert [s.speaker for s in found] == ["الشرطة", "الشرطة"]


def test_a_later_reference_to_a_statement_published_by_someone_takes_its_issuer() -> None:
    found = statements(
        "وقال مصدر إن الطريق مغلق، وفقا لبيان أصدرته النقابة.\n\nوأضاف البيان أن التحقيق مستمر."
    )
    assert found[-1].speaker == "النقابة"


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("وحسب إحصاءات البنك المركزي، ارتفع التضخم.", "البنك المركزي"),
        ("وكشف استطلاع المعهد الوطني أن الشباب متشائمون.", "المعهد الوطني"),
        ("وأظهرت بيانات الشركة أن المبيعات تراجعت.", "الشركة"),
    ],
)
def test_figures_or_a_poll_of_a_body_speak_for_that_body(body: str, owner: str) -> None:
    assert statements(body)[-1].speaker == owner


@pytest.mark.parametrize(
    "body",
    [
        "وأصدرت الوزارة بيانا مكتوبا قالت فيه إن القرار نهائي.",
        "وأصدرت الوزارة بيانا رسميا أكدت فيه أن القرار نهائي.",
    ],
)
def test_a_statement_issued_with_its_adjective_speaks_for_its_issuer(body: str) -> None:
    assert statements(body)[-1].speaker == "الوزارة"


def test_a_body_back_reference_keeps_the_body_kind_and_the_quoted_name() -> None:
    found = statements(
        'وأعلنت شركة "مدار" للبرمجيات أن أرباحها تضاعفت.\n\n'
        "وأوضحت الشركة أن فرعا جديدا سيفتح.\n\n"
        'وكتبت صحيفة "الأفق" المغربية أن الموسم سينطلق مبكرا.\n\n'
        "وتابعت الصحيفة المغربية أن التذاكر نفدت."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("مدار", "organization"),
        ("مدار", "organization"),
        ("الأفق", "organization"),
        ("صحيفة الأفق", "organization"),
    ]


def test_a_body_back_reference_takes_the_whole_name_with_its_la_genitive() -> None:
    found = statements("قالت شركة النور للتأمين إن أرباحها ارتفعت.\n\nوتوقعت الشركة أن تتحسن النتائج.")
    assert [s.speaker for s in found] == ["شركة النور للتأمين", "شركة النور للتأمين"]
