"""Constructions found by reading mini-articles written for these tests, none from a corpus."""

from __future__ import annotations

import pytest

from statements_samples import by_cue, only, statements


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "ونفت الوزارة في بيان لاحق ما تداولته مواقع التواصل عن وفاة أطفال.",
            "الوزارة",
            "ما تداولته مواقع التواصل عن وفاة أطفال",
        ),
        ("ونفى النادي في بيان رسمي ما نشرته الصحف عن بيع اللاعب.", "النادي", "ما نشرته الصحف عن بيع اللاعب"),
        ("وأكد الوزير في تصريح صحفي ما قاله رئيس الحكومة.", "الوزير", "ما قاله رئيس الحكومة"),
    ],
)
def test_a_free_relative_after_where_it_was_said_opens_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وانتقدت كتلة المعارضة في البرلمان تصريحات الوزير.", "كتلة المعارضة في البرلمان", "تصريحات الوزير"),
        ("وقال مكتب المنظمة في جنيف إن المساعدات توقفت.", "مكتب المنظمة في جنيف", "المساعدات توقفت"),
    ],
)
def test_a_body_in_construct_placed_in_another_body_is_one_speaker(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "organization", content)


def test_a_definite_body_takes_no_place_phrase() -> None:
    assert only("وقالت الحكومة في بيان إن الوضع مستقر.").speaker == "الحكومة"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وعبر عدد من الناشرين عن استيائهم، وقال أحدهم إن التكاليف تضاعفت.", "أحد الناشرين"),
        ("واشتكى سائقو الأجرة من الازدحام، وقال بعضهم إن الرحلة تستغرق ساعتين.", "بعضهم"),
    ],
)
def test_a_quantifier_with_a_pronoun_is_anonymous(body: str, speaker: str) -> None:
    s = by_cue(statements(body), "قال")
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "وأكد المدير أن العمل مستمر. غير أن أحد المهندسين في الشركة قال إن المشكلة تعود إلى سوء الإدارة.",
            "أحد المهندسين في الشركة",
            "المشكلة تعود إلى سوء الإدارة",
        ),
        (
            "وقالت البلدية إن المياه عادت. لكن بعض السكان في الحي أكدوا أن الانقطاع مستمر.",
            "بعض السكان في الحي",
            "الانقطاع مستمر",
        ),
    ],
)
def test_one_of_a_group_placed_by_a_phrase_is_the_subject_before_its_verb(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "anonymous", content)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال أكاديميون إن المناهج قديمة.", "أكاديميون"),
        ("غير أن اقتصاديين حذروا من أن رفع الفائدة قد يبطئ النمو.", "اقتصاديين"),
        ("وقال عراقيون إن الحدود مغلقة.", "عراقيون"),
    ],
)
def test_a_bare_nisba_plural_is_unnamed_people(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_bare_nisba_plural_lends_its_name_to_no_title() -> None:
    found = statements(
        "وقال محافظ البنك إن التضخم مرتفع. غير أن اقتصاديين حذروا من أن رفع الفائدة يبطئ النمو."
    )
    assert found[0].speaker == "محافظ البنك"


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وأعلن النائب العام فتح تحقيق في الحادثة.", "النائب العام", "فتح تحقيق في الحادثة"),
        ("وأعلن وزير المالية صرف الرواتب المتأخرة.", "وزير المالية", "صرف الرواتب المتأخرة"),
        ("ولم يستبعد المحافظ رفعا آخر للفائدة.", "المحافظ", "رفعا آخر للفائدة"),
    ],
)
def test_a_verbal_noun_after_a_title_is_the_object(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    "body",
    [
        "استقبل الرئيس وفدا من الاتحاد. وقال الرئيس إن الحوار مستمر.",
        "التقى الوزير في مكتبه سفيرا أجنبيا. وقال الوزير إن العلاقات جيدة.",
    ],
)
def test_an_indefinite_object_after_a_title_names_no_holder(body: str) -> None:
    s = only(body)
    assert s.speaker in ("الرئيس", "الوزير")


def test_a_foreign_name_ending_in_alef_still_names_the_holder() -> None:
    found = statements(
        "وقالت المتحدثة باسم الوزارة سونيا غارسيا إن الحوار مستمر. وأضافت المتحدثة أن الجولة قريبة."
    )
    assert [s.speaker for s in found] == ["سونيا غارسيا", "سونيا غارسيا"]


def test_a_placed_body_ends_before_a_definite_object() -> None:
    s = only("واتهم ائتلاف الأحزاب في البرلمان الحكومة بالتلاعب بالأسعار.")
    assert (s.speaker, s.content) == ("ائتلاف الأحزاب في البرلمان", "الحكومة بالتلاعب بالأسعار")


def test_a_placed_body_keeps_the_nisba_of_its_place() -> None:
    s = only("وانتقدت كتلة اليسار في البرلمان الأوروبي القرار.")
    assert (s.speaker, s.content) == ("كتلة اليسار في البرلمان الأوروبي", "القرار")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وزعم محامون أن المعتقلين تعرضوا لسوء المعاملة.", "محامون"),
        ("وقال مستثمرون إن السوق تراجعت.", "مستثمرون"),
        ("وقال مراسلون إن القصف تجدد.", "مراسلون"),
    ],
)
def test_a_lone_participle_plural_is_unnamed_people(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_name_shaped_like_a_plural_stays_a_person() -> None:
    assert only("وقال مأمون إن السوق تراجعت.").speaker_kind == "person"


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        ("الصحة العالمية: الحصبة تعود", "وحذرت منظمة الصحة العالمية من عودة الحصبة.", "منظمة الصحة العالمية"),
        (
            "الداخلية: لا إصابات في الانهيار",
            "وقالت وزارة الداخلية إن انهيار المبنى لم يوقع إصابات.",
            "وزارة الداخلية",
        ),
    ],
)
def test_a_headline_body_without_its_head_noun_is_the_body_named_in_full(
    headline: str, body: str, speaker: str
) -> None:
    found = statements(body, headline=headline)
    first = next(s for s in found if s.in_headline)
    assert (first.speaker, first.speaker_kind) == (speaker, "organization")


def test_a_country_in_a_headline_is_no_shortened_company() -> None:
    found = statements("ونفت شركة النفط الوطنية السعودية وقوع أضرار.", headline="السعودية تنفي وقوع أضرار")
    assert next(s for s in found if s.in_headline).speaker == "السعودية"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال مهندس في الشركة إن الأعطال قديمة.", "مهندس في الشركة"),
        ("وقالت معلمة في المدرسة إن الصفوف مكتظة.", "معلمة في المدرسة"),
    ],
)
def test_an_unnamed_worker_placed_by_a_phrase_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_named_teacher_is_a_person() -> None:
    s = only("وقالت المعلمة سناء خليل إن المدرسة مكتظة.")
    assert (s.speaker, s.speaker_kind) == ("سناء خليل", "person")


def test_the_verbal_noun_of_standing_up_to_a_task_is_an_object() -> None:
    s = only("وأكد مدير المستشفى قيام الأطباء بواجبهم.")
    assert (s.speaker, s.content) == ("مدير المستشفى", "قيام الأطباء بواجبهم")


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("الصحة: 300 إصابة جديدة بالحصبة", "الصحة"),
        ("التعليم تنفي إلغاء الامتحانات", "التعليم"),
    ],
)
def test_a_ministry_named_by_its_domain_is_an_organization(headline: str, speaker: str) -> None:
    first = next(
        s for s in statements("وأضاف المصدر أن التحقيقات جارية.", headline=headline) if s.in_headline
    )
    assert (first.speaker, first.speaker_kind) == (speaker, "organization")


def test_a_domain_in_a_title_leaves_a_person() -> None:
    s = only("وقال وزير الصحة إن العجز تراجع.")
    assert (s.speaker, s.speaker_kind) == ("وزير الصحة", "person")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال سمير القاضي إن السوق راكدة.", "سمير القاضي"),
        ("وقال رجل الأعمال سمير القاضي إن السوق راكدة.", "سمير القاضي"),
        ("وقال رئيس الحزب خالد الوزير إن السوق راكدة.", "خالد الوزير"),
    ],
)
def test_a_definite_title_closing_a_given_name_is_its_family_name(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_role_running_on_after_a_name_stays_a_role() -> None:
    assert only("وقال خالد الأمين العام للحزب إن السوق راكدة.").speaker == "خالد"


@pytest.mark.parametrize(
    ("body", "full"),
    [
        ("وقال النقيب جمال الحسن إن الرواتب متأخرة. وأوضح الحسن أن النقابة حاولت التفاوض.", "جمال الحسن"),
        ("وقال الوزير سامي العلي إن الطرق مغلقة. وأضاف العلي أن الفرق تعمل.", "سامي العلي"),
    ],
)
def test_a_definite_family_name_alone_is_the_person_named_in_full(body: str, full: str) -> None:
    assert [s.speaker for s in statements(body)] == [full, full]
