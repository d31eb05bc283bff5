"""Who speaks: name and role, kind, elided subjects, and names given elsewhere in the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.statements.lexicon import arabic
from rawi.statements.naming import describe, speaker_kind
from rawi.statements.speakers import _intensifier_at, read_subject
from rawi.statements.tokens import tokenize
from statements_samples import by_cue, only, statements

ROLE_SPLITS = [
    (
        "قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس لن يحضر القمة.",
        "دميتري بيسكوف",
        "المتحدث باسم الكرملين",
    ),
    ("وقال محافظ البنك المركزي سامي الخطيب إن التضخم سينخفض تدريجيا.", "سامي الخطيب", "محافظ البنك المركزي"),
    ("وقال وزير الطاقة نادر الصافي إن الإنتاج سيرتفع في الربع المقبل.", "نادر الصافي", "وزير الطاقة"),
    (
        "وقال المتحدث باسم الدفاع المدني نزار سليم إن فرق الإنقاذ انتشرت في الأحياء.",
        "نزار سليم",
        "المتحدث باسم الدفاع المدني",
    ),
    ("وقال الوزير ماجد سالم إن الاتفاق صامد.", "ماجد سالم", "الوزير"),
    (
        "وقال المتحدث باسم شرطة محافظة الكرك سامر العلي إن الطريق مغلق.",
        "سامر العلي",
        "المتحدث باسم شرطة محافظة الكرك",
    ),
    (
        "أعلن الوزير سامي القحطاني المستشار بالديوان الجمعة أن الحدود مفتوحة.",
        "سامي القحطاني",
        "الوزير",
    ),
    (
        "وقال نائب وزير الخارجية الصيني لي وانغ خلال منتدى إن العلاقات جيدة.",
        "لي وانغ",
        "نائب وزير الخارجية الصيني",
    ),
    (
        "وقال المحامي المتخصص بقضايا العمل سامر يوسف إن الدعوى ضعيفة.",
        "سامر يوسف",
        "المحامي المتخصص بقضايا العمل",
    ),
    (
        "وقال مدير التعليم بمنطقة الجوف عبدالله الراشد إن الدوام يبدأ الأحد.",
        "عبدالله الراشد",
        "مدير التعليم بمنطقة الجوف",
    ),
]


@pytest.mark.parametrize(("body", "name", "role"), ROLE_SPLITS)
def test_a_role_before_a_name_is_split_off(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (name, role, "person")


ANONYMOUS = [
    ("وقالت مصادر مطلعة إن المفاوضات تعثرت بسبب الخلاف على الحدود.", "مصادر مطلعة"),
    ("وقال مصدر أمني إن الانفجار نجم عن تسرب الغاز.", "مصدر أمني"),
    ("وقال شهود عيان إن الانفجار سمع في أرجاء المدينة.", "شهود عيان"),
    ("وقال أحد السكان إن المياه غمرت الطابق الأول.", "أحد السكان"),
    ("وقال دبلوماسيون غربيون إن المحادثات تستأنف الشهر المقبل.", "دبلوماسيون غربيون"),
    ("وقال متحدث باسم الشركة إن الرحلات ستستأنف صباح الغد.", "متحدث باسم الشركة"),
]


@pytest.mark.parametrize(("body", "speaker"), ANONYMOUS)
def test_anonymous_sources_are_their_description(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, None, "anonymous")


KINDS = [
    ("قالت وزارة الزراعة إن الموسم جيد.", "organization"),
    ("وقال البنك الدولي إن الاقتصاد نما بنسبة ثلاثة في المئة.", "organization"),
    ("وأشار التقرير إلى أن البطالة ارتفعت بين الشباب.", "document"),
    ("وكشفت الدراسة عن أن ثلث السكان يعانون من السمنة.", "document"),
    ("وقال المتحدث باسم الكرملين إن الرئيس لن يحضر القمة.", "person"),
    ("وقال وزير الخارجية الروسي إن بلاده مستعدة للتفاوض دون شروط مسبقة.", "person"),
    ("وقال رئيس الوزراء إن الحكومة لن ترفع الضرائب.", "person"),
]


@pytest.mark.parametrize(("body", "kind"), KINDS)
def test_speaker_kind(body: str, kind: str) -> None:
    assert only(body).speaker_kind == kind


def test_an_elided_subject_is_the_previous_speaker() -> None:
    said, added = statements(
        "قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس لن يحضر القمة.\n\n"
        "وأضاف أن جدول الرئيس مزدحم هذا الشهر."
    )
    assert added.cue == "أضاف"
    assert added.content == "جدول الرئيس مزدحم هذا الشهر"
    assert (
        (added.speaker, added.speaker_role)
        == (said.speaker, said.speaker_role)
        == ("دميتري بيسكوف", "المتحدث باسم الكرملين")
    )


def test_an_elided_subject_follows_the_latest_speaker() -> None:
    found = statements(
        "قال وزير الزراعة جمال حسين إن المحصول وفير.\n\n"
        "وقال المتحدث باسم الدفاع المدني نزار سليم إن الطرق سالكة.\n\n"
        "وأضاف أن الموانئ تعمل بكامل طاقتها."
    )
    assert [s.speaker for s in found] == ["جمال حسين", "نزار سليم", "نزار سليم"]


def test_an_elided_subject_with_a_direct_quotation() -> None:
    _, went_on = statements(
        'قال بيسكوف إن الرئيس لن يحضر القمة.\n\nوتابع: "لدينا أولويات أخرى في الوقت الحالي".'
    )
    assert (went_on.speaker, went_on.cue, went_on.quote_type) == ("بيسكوف", "تابع", "direct")
    assert went_on.content == "لدينا أولويات أخرى في الوقت الحالي"


def test_an_elided_subject_with_nobody_before_gives_no_statement() -> None:
    assert statements("قالوا إن الطريق مغلق منذ الصباح.") == ()


def test_a_family_name_alone_takes_the_full_name_given_earlier() -> None:
    first, second = statements(
        "قال دميتري بيسكوف إن الرئيس لن يحضر القمة.\n\nوقال بيسكوف إن الوفد سيكون برئاسة وزير الخارجية."
    )
    assert first.speaker == second.speaker == "دميتري بيسكوف"


def test_a_role_alone_takes_the_name_the_article_gives_it() -> None:
    s = only(
        "وصل المتحدث باسم الكرملين دميتري بيسكوف إلى بكين صباح اليوم.\n\n"
        "وقال المتحدث باسم الكرملين إن الرئيس لن يحضر القمة."
    )
    assert (s.speaker, s.speaker_role) == ("دميتري بيسكوف", "المتحدث باسم الكرملين")


def test_describe_splits_a_subject_phrase() -> None:
    lex = arabic()
    text = "المتحدث باسم الكرملين دميتري بيسكوف"
    tokens = tokenize(text)
    source = describe(tokens, text, lex)
    assert (source.name, source.role, source.kind) == ("دميتري بيسكوف", "المتحدث باسم الكرملين", "person")


def test_speaker_kind_from_the_head_word() -> None:
    lex = arabic()
    assert speaker_kind("مصادر مطلعة", False, lex) == "anonymous"
    assert speaker_kind("البيان", False, lex) == "document"
    assert speaker_kind("وزارة الخارجية", False, lex) == "organization"
    assert speaker_kind("روسيا", False, lex) == "organization"
    assert speaker_kind("رويترز", False, lex) == "organization"
    assert speaker_kind("دميتري بيسكوف", True, lex) == "person"


def test_a_subject_ends_at_the_complementiser_or_a_told_outlet() -> None:
    lex = arabic()
    tokens = tokenize("وزير الطاقة نادر الصافي لوكالة رويترز إن الإنتاج سيرتفع")
    assert read_subject(tokens, 0, lex) == 4
    tokens = tokenize("مصادر مطلعة إن المفاوضات تعثرت")
    assert read_subject(tokens, 0, lex) == 2


def test_a_quoted_name_inside_a_role_is_never_cut() -> None:
    s = only('وقال رئيس "نادي الفروسية" خالد سمير إن البطولة ستقام في الربيع.')
    assert (s.speaker, s.speaker_role) == ("خالد سمير", 'رئيس "نادي الفروسية"')


def test_a_quoted_name_after_a_complete_role_is_the_speaker() -> None:
    s = only('وقال المتحدث باسم الحركة "أبو أحمد" إن المفاوضات توقفت.')
    assert (s.speaker, s.speaker_role) == ("أبو أحمد", "المتحدث باسم الحركة")


def test_a_quoted_body_after_bism_completes_the_role() -> None:
    s = only('وقال المتحدث باسم "الاتحاد" إن المباراة ستعاد.')
    assert (s.speaker, s.speaker_role) == ('المتحدث باسم "الاتحاد"', None)


def test_a_bare_title_takes_the_name_given_with_a_longer_role() -> None:
    _, explained = statements(
        "قال وزير النقل الأردني سامي الخطيب إن الطرق سالكة.\n\nوأوضح الوزير أن الجسور آمنة."
    )
    assert (explained.speaker, explained.speaker_role) == ("سامي الخطيب", "الوزير")


def test_a_feminine_title_takes_the_woman_with_that_title() -> None:
    found = statements(
        "قالت وزيرة الصحة هدى ناصر إن اللقاح متوفر.\n\n"
        "وقال وزير الزراعة سالم فهد إن المحصول جيد.\n\n"
        "وأكدت الوزيرة أن المستشفيات جاهزة."
    )
    assert [s.speaker for s in found] == ["هدى ناصر", "سالم فهد", "هدى ناصر"]


def test_a_headline_role_takes_the_name_the_body_gives_later() -> None:
    found = statements(
        "قال رئيس الاتحاد المغربي للتنس كريم بناني إن البطولة ستقام في موعدها.",
        headline="رئيس الاتحاد المغربي: البطولة في موعدها",
    )
    assert [s.speaker for s in found] == ["كريم بناني", "كريم بناني"]


def test_a_name_after_a_genitive_title_belongs_to_the_description() -> None:
    s = only("وقال المستشار الخاص للرئيس سامي ناجي إن الزيارة تأجلت.")
    assert s.speaker != "سامي ناجي"


UNNAMED_BODIES = [
    "وقالت جمعية أهلية مغربية إن السجين أضرب عن الطعام.",
    "وقالت وسائل إعلام محلية إن الطريق أغلق.",
    "وقالت جمعية خيرية لبنانية إن المساعدات وصلت.",
]


@pytest.mark.parametrize("body", UNNAMED_BODIES)
def test_an_indefinite_body_described_by_a_nisba_is_anonymous(body: str) -> None:
    assert only(body).speaker_kind == "anonymous"


@pytest.mark.parametrize(
    "body",
    [
        "وقال مسؤولان أميركيان إن الضربة محدودة.",
        "وقال قادة ميدانيون إن الجبهة هادئة.",
        "وقال مصور وكالة الأنباء إن الدخان كثيف.",
    ],
)
def test_duals_plurals_and_unnamed_professions_are_anonymous(body: str) -> None:
    assert only(body).speaker_kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال المعلقون إن المباراة كانت مملة.", "المعلقون"),
        ("وأكد منظمو المهرجان أن العروض ستبدأ غدا.", "منظمو المهرجان"),
        ("وقال محاموه إنه بريء من التهم.", "محاموه"),
        ("وقال ممثلو النقابات إن الإضراب مستمر.", "ممثلو النقابات"),
        ("وقال القراصنة إن الفدية يجب أن تدفع.", "القراصنة"),
    ],
)
def test_a_definite_or_possessed_plural_of_people_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_nisba_plural_or_a_name_ending_like_a_plural_is_no_group_of_people() -> None:
    assert only("وقال الحوثيون إن الهدنة انتهت.").speaker_kind == "organization"
    lex = arabic()
    assert speaker_kind("ميلتون", False, lex) == "person"
    assert speaker_kind("ماركو فيرو", False, lex) == "person"
    assert speaker_kind("مورينو", False, lex) == "person"
    assert speaker_kind("المديرية العامة للدفاع المدني", False, lex) == "organization"
    assert speaker_kind("مديرية الصحة بالمنطقة", False, lex) == "organization"


LONG_ROLES = [
    ("وقال سفير السعودية لدى مصر أحمد قطان إن العلاقات متينة.", "أحمد قطان", "سفير السعودية لدى مصر"),
    (
        "وقالت المندوبة الدائمة للأردن لدى الأمم المتحدة، هدى سالم، إن القرار جائر.",
        "هدى سالم",
        "المندوبة الدائمة للأردن لدى الأمم المتحدة",
    ),
    ("وأكدت المدربة الوطنية ريم فاضل أن الفريق جاهز.", "ريم فاضل", "المدربة الوطنية"),
]


@pytest.mark.parametrize(("body", "name", "role"), LONG_ROLES)
def test_long_roles_with_lada_and_feminine_titles(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_a_masdar_after_b_is_no_name() -> None:
    lex = arabic()
    assert read_subject(tokenize("الخبيرة باستهلاك الخضروات يوميا"), 0, lex) == 1
    assert read_subject(tokenize("الخبير بإلغاء القرار"), 0, lex) == 1


def test_an_elided_subject_takes_the_subject_of_the_sentence_verb() -> None:
    found = statements(
        "قال وزير المالية سامر ناجي إن العجز تراجع.\n\n"
        "وتفقدت وزيرة الصحة هدى سالم المستشفى، وقالت إن الأجهزة وصلت."
    )
    assert found[-1].speaker == "هدى سالم"


def test_an_elided_participle_takes_the_subject_of_an_action_verb() -> None:
    found = statements(
        "قال وزير المالية سامر ناجي إن العجز تراجع.\n\nوأصدرت الهيئة تقريرها، مشيرة إلى أن الأسعار ارتفعت."
    )
    assert (found[-1].speaker, found[-1].speaker_kind) == ("الهيئة", "organization")


def test_the_object_of_the_action_verb_is_not_in_the_subject() -> None:
    (s,) = statements("واستقبل الرئيس كمال عمر وفد البنك الدولي، وقال إن الإصلاح مستمر.")
    assert (s.speaker, s.speaker_role) == ("كمال عمر", "الرئيس")


def test_a_kinship_noun_is_a_role() -> None:
    found = statements("قال والد الطالب سعيد فهد إن ابنه تفوق.\n\nوأكد الوالد أن المدرسة ساعدته.")
    assert [s.speaker for s in found] == ["سعيد فهد", "سعيد فهد"]


def test_a_role_running_into_an_object_names_no_one() -> None:
    found = statements(
        "اتهم زعيم المعارضة في البلاد الحكومة بشراء الأصوات.\n\nوقال زعيم المعارضة إن الانتخابات مزورة."
    )
    assert all(not s.speaker.startswith("ب") for s in found)


def test_a_mention_with_ali_after_bin_is_registered() -> None:
    found = statements(
        "قال الناشط الحقوقي المغربي يوسف بن علي إن القانون جائر.\n\n"
        "وأكد الناشط الحقوقي أن القانون يقيد الجمعيات."
    )
    assert found[-1].speaker == "يوسف بن علي"


QUOTED_BODIES = [
    ('وقالت شركة "ريم" للطيران إن الرحلات استؤنفت.', "ريم"),
    ("وأعلنت #هيئة_الأرصاد أن العاصفة ستشتد.", "هيئة الأرصاد"),
    ('وقالت حركة "شباب من أجل الغد" إن الوقفة ستتم.', "شباب من أجل الغد"),
]


@pytest.mark.parametrize(("body", "name"), QUOTED_BODIES)
def test_a_quoted_or_hashtag_name_of_a_body_is_the_speaker(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (name, "organization")


@pytest.mark.parametrize(
    "body",
    ["وقال مراسل فرانس24 إن القصف مستمر.", "وقال عضو في لجنة التعليم إن المناهج ستتغير."],
)
def test_a_correspondent_of_an_outlet_or_a_member_of_a_body_is_anonymous(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (body.split(" إن ")[0].removeprefix("وقال "), "anonymous")


def test_an_elided_masculine_subject_skips_a_woman_who_spoke_last() -> None:
    found = statements(
        "قال المدير سامي فهد إن المصنع سيتوسع.\n\n"
        "وقالت المهندسة هدى سالم إن الخط الجديد جاهز.\n\n"
        "وأضاف أن العمال سيتلقون تدريبا."
    )
    assert [s.speaker for s in found] == ["سامي فهد", "هدى سالم", "سامي فهد"]


def test_a_pronoun_on_lakin_is_the_subject_and_the_noun_after_the_verb_its_object() -> None:
    found = statements("قالت الفنانة هدى سالم إن المعرض جميل.\n\nلكنها وصفت تصريحات المنظم بأنها مسيئة.")
    assert [s.speaker for s in found] == ["هدى سالم", "هدى سالم"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وصل المهندس كريم ناصر إلى الموقع، ونفى مسؤوليته عن انهيار الجسر.", "كريم ناصر"),
        ("لكن الشركة الوطنية للنقل نفت علمها بتأخير الرحلات.", "الشركة الوطنية للنقل"),
        ("دافع المدرب يوسف حمدان عن فريقه، وأكد جاهزيته للمباراة المقبلة.", "يوسف حمدان"),
    ],
)
def test_a_possessed_abstract_noun_after_the_verb_is_its_object(body: str, speaker: str) -> None:
    s = only(body)
    assert s.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال محاموه إن الحكم سيستأنف.", "محاموه"),
        ("وقالت أسرته إن الطالب عاد إلى البيت.", "أسرته"),
    ],
)
def test_a_possessed_noun_naming_people_stays_the_subject(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_place_ending_in_ha_after_a_feminine_verb_stays_the_subject() -> None:
    assert only("ونفت كرمانشاه ذلك في بيان رسمي.").speaker == "كرمانشاه"


@pytest.mark.parametrize(
    "body",
    [
        "لكن النقابة كانت دائما تنفي وجود أي اتفاق سري مع الإدارة.",
        "والنقابة عادة ترفض هذه الاتهامات جملة وتفصيلا.",
    ],
)
def test_a_subject_before_kana_and_a_frequency_adverb_speaks(body: str) -> None:
    assert only(body).speaker == "النقابة"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("لاعبة الشطرنج تعلن انسحابها من البطولة.", "لاعبة الشطرنج"),
        ("وقالت لاعبة الجودو إن الإصابة بسيطة.", "لاعبة الجودو"),
    ],
)
def test_a_noun_opening_with_lam_and_ending_in_ta_marbuta_is_no_addressee(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    "body",
    ["الوزارة تعلن انسحاب الفريق من البطولة.", "الشرطة تؤكد اعتقال ثلاثة مشتبه بهم في السرقة."],
)
def test_a_verbal_noun_of_infial_or_iftial_after_the_verb_is_its_object(body: str) -> None:
    assert only(body).speaker == body.split()[0]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("وقال أمين عام النقابة سليم نجار إن العقود قانونية.", "سليم نجار", "أمين عام النقابة"),
        ("وأكد مدير عام المستشفى كريم داود أن الأجهزة وصلت.", "كريم داود", "مدير عام المستشفى"),
    ],
)
def test_an_indefinite_adjective_of_rank_continues_the_role(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


@pytest.mark.parametrize(
    "body",
    [
        "من جانبه، أكد مدير المستشفى، كريم داود أن الأجهزة وصلت.",
        "وقال رئيس البلدية،سليم نجار إن الطريق سيفتح غدا.",
    ],
)
def test_a_given_name_after_a_role_and_a_comma_runs_to_the_complementiser(body: str) -> None:
    assert only(body).speaker in ("كريم داود", "سليم نجار")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'قال الخبير نادر عيسى إن الأسعار سترتفع.\n\nوالطلب على المساكن "تضاعف هذا العام"، حسب تصريحاته.',
            "نادر عيسى",
        ),
        (
            "قالت الخبيرة هدى سالم إن الأسعار سترتفع.\n\nوالطلب على المساكن تضاعف هذا العام، وفق تصريحاتها.",
            "هدى سالم",
        ),
    ],
)
def test_his_own_statements_after_hasab_name_the_person_spoken_of(body: str, speaker: str) -> None:
    assert [s.speaker for s in statements(body)] == [speaker, speaker]


def test_a_singular_possessed_noun_after_a_plural_verb_is_its_object() -> None:
    s = only("وانتقد نواب المعارضة تصريحاتها حول الضرائب.")
    assert s.speaker == "نواب المعارضة"
    found = statements(
        "قالت الوزيرة هدى سالم إن الضرائب ستنخفض.\n\nلكن نوابا انتقدوا تصريحاتها حول الميزانية."
    )
    assert found[-1].speaker == "نوابا"


NAME_AFTER_ROLE_COMMA = [
    (
        "أكد القنصل المصري في مدينة جدة، سامي الراشد مغادرة جميع المصابين المستشفى.",
        "سامي الراشد",
        "القنصل المصري في مدينة جدة",
    ),
    ("وأوضح مدير الميناء، نزار شوقي أن السفن ستبحر غدا.", "نزار شوقي", "مدير الميناء"),
    ("وأكد كاتب عام الجامعة،منير السالمي أن التسجيل مفتوح.", "منير السالمي", "كاتب عام الجامعة"),
]


@pytest.mark.parametrize(("body", "name", "role"), NAME_AFTER_ROLE_COMMA)
def test_a_name_after_role_and_comma_ends_at_the_object_or_complementiser(
    body: str, name: str, role: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_an_adjunct_between_commas_after_a_role_is_no_name() -> None:
    s = only("وقال وزير المالية، في مؤتمر صحفي، إن العجز تراجع.")
    assert (s.speaker, s.content) == ("وزير المالية", "العجز تراجع")


def test_a_title_written_as_one_word_is_a_role() -> None:
    s = only("وقال مديرعام المؤسسة ناصر البدري إن الأرباح ارتفعت.")
    assert (s.speaker, s.speaker_role) == ("ناصر البدري", "مديرعام المؤسسة")


BRACKETED_ALIASES = [
    ("وذكر المكتب الأوروبي للإحصاء (يوروستات) أن التضخم تراجع.", "المكتب الأوروبي للإحصاء (يوروستات)"),
    ("وقالت منظمة التجارة العالمية (WTO) إن النمو تباطأ.", "منظمة التجارة العالمية (WTO)"),
]


@pytest.mark.parametrize(("body", "speaker"), BRACKETED_ALIASES)
def test_a_bracketed_short_name_stays_with_the_body(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "organization")


def test_a_bracketed_age_is_not_part_of_the_name() -> None:
    assert only("وقال سامي (30 عاما) إن المياه غمرت الحي.").speaker == "سامي"


def test_a_place_after_dakhil_ends_the_role_before_a_name_is_needed() -> None:
    said, told = statements(
        "وأكد سالم الهادي والد الطالب المصاب داخل ساحة مدرسة البنين الثانوية "
        "بالحي الشرقي أنه تقدم بشكوى.\n\nوحول الحادث، ذكر أن الوزارة لم ترد على الشكوى."
    )
    assert (said.speaker, said.content) == ("سالم الهادي", "تقدم بشكوى")
    assert told.speaker == "سالم الهادي"


def test_dakhil_continues_an_unnamed_description() -> None:
    assert only("وقال مصدر داخل الحزب إن الاجتماع تأجل.").speaker == "مصدر داخل الحزب"


def test_a_bare_title_takes_a_one_word_speaker_named_with_it_not_an_age() -> None:
    found = statements(
        "ويرغب الفريق في التعاقد مع المدافع البالغ عمره 24 عاما.\n\n"
        "وقال حداد مدافع المنتخب السابق إن اللاعب موهوب.\n\n"
        "وقال المدافع الذي ترك الملاعب قبل عامين إن الخط الخلفي يحتاج إلى تعزيز."
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("حداد", "مدافع المنتخب السابق"),
        ("حداد", "المدافع"),
    ]


@pytest.mark.parametrize(
    "body", ["وقال مدافع إيفرتون السابق إن الفريق سيفوز.", "وقال مدرب ليفربول إن المباراة صعبة."]
)
def test_the_word_after_an_indefinite_title_is_its_genitive_not_a_name(body: str) -> None:
    s = only(body)
    assert s.speaker_role is None
    assert s.speaker.split()[0] in ("مدافع", "مدرب")


@pytest.mark.parametrize(
    "headline",
    ["الشمري مغردا: لا تأجيل للامتحانات", "الشمري لـ «مديري المدارس»: لا تأجيل للامتحانات"],
)
def test_a_headline_speaker_ends_before_a_participle_or_an_outlet_told(headline: str) -> None:
    found = statements("وقال وزير التربية سامي الشمري إن الامتحانات في موعدها.", headline=headline)
    assert found[0].content == "لا تأجيل للامتحانات"
    assert found[0].speaker == "سامي الشمري"  # the family name alone takes the full name the body gives


def test_an_abbreviated_title_with_a_dot_keeps_the_name_after_it() -> None:
    denied = only(
        "يجتمع وزير التربية د. سامي الشمري اليوم بمديري المدارس.\n\n"
        "ونفى وزير التربية في تغريدته على حسابه تأجيل الامتحانات."
    )
    assert denied.speaker == "سامي الشمري"


def test_a_name_after_an_abbreviated_title_is_not_role() -> None:
    s = only("وقال د. الحربي إن التجربة نجحت.")
    assert (s.speaker, s.speaker_role) == ("الحربي", "د")


@pytest.mark.parametrize("going_on", ["ومضى يقول", "وراح يقول", "وعاد يقول"])
def test_a_verb_of_going_on_before_the_cue_leaves_the_subject_elided(going_on: str) -> None:
    _, went_on = statements(
        f'وقال الوزير سامي الحربي إن الاجتماع انتهى.\n\n{going_on}: "سنعود إلى طاولة الحوار قريبا".'
    )
    assert (went_on.speaker, went_on.content) == ("سامي الحربي", "سنعود إلى طاولة الحوار قريبا")


def test_a_family_name_written_in_two_words_takes_the_full_name() -> None:
    found = statements(
        "وقال وزير الخارجية سمير بوعلام إن العلاقات مقطوعة.\n\n"
        'وقال النائب كمال الهادي إن البرلمان سيناقش القرار.\n\nوتابع بو علام: "لدينا أدلة على ذلك".'
    )
    assert found[-1].speaker == "سمير بوعلام"


@pytest.mark.parametrize(
    "body",
    [
        'وقال شقيق الضحية متحفظا على ذكر اسمه لـ"الوطن" إن أخاه كان بريئا.',
        "وقال شقيق الضحية متأثرا إن أخاه كان بريئا.",
        "وقال شقيق الضحية مبتسما إن أخاه كان بريئا.",
    ],
)
def test_a_circumstantial_participle_ends_the_subject(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == ("شقيق الضحية", "أخاه كان بريئا")


def test_the_subject_after_a_resumptive_pronoun_speaks_not_the_relative_antecedent() -> None:
    found = statements("وفي الوقت الذي أعلن فيه مدير الشركة سامي الحربي أن الاجتماع انتهى، نفت النقابة ذلك.")
    assert (found[0].speaker, found[0].content) == ("سامي الحربي", "الاجتماع انتهى")


def test_a_headline_role_in_other_words_takes_the_one_person_with_that_title() -> None:
    denied = statements(
        "وأكد المكلف بالتواصل في وزارة الثقافة، حسان الجبوري، أن العرض لم يلغ.",
        headline="المكلف بالتواصل بالوزارة ينفي إلغاء العرض المسرحي",
    )[0]
    assert (denied.speaker, denied.speaker_role) == ("حسان الجبوري", "المكلف بالتواصل بالوزارة")


def test_a_body_role_in_other_words_takes_the_one_person_with_that_title() -> None:
    found = statements(
        "وقال السفير عادل المنصوري إن السفارة تتابع القضية.\n\n"
        "ونفى سفير المملكة لدى الجمهورية أن يكون المتهم من مواطنيها."
    )
    assert [s.speaker for s in found] == ["عادل المنصوري", "عادل المنصوري"]


def test_a_role_shared_by_two_named_people_is_not_resolved_to_either() -> None:
    found = statements(
        "ووصل السفير عادل المنصوري إلى العاصمة أمس.\n\n"
        "والتقى السفير كمال الزين وفد الجالية صباح اليوم.\n\n"
        "ونفى سفير المملكة لدى الجمهورية أن يكون المتهم من مواطنيها."
    )
    assert found[-1].speaker == "سفير المملكة لدى الجمهورية"


def test_a_quoted_body_name_after_majmua_is_kept_before_an_object() -> None:
    s = only('كشفت مجموعة "مطاحن الوادي" الأحد عن خطة لبناء ثلاثة مصانع جديدة في الجنوب.')
    assert (s.speaker, s.speaker_kind) == ("مطاحن الوادي", "organization")


@pytest.mark.parametrize(("named", "back"), [("مجموعة", "المجموعة"), ("جمعية", "الجمعية")])
def test_a_body_back_reference_takes_the_name_given_earlier(named: str, back: str) -> None:
    found = statements(
        f"وقالت {named} الصناعيين الشرقية إن الإنتاج ارتفع.\n\nوأوضحت {back} في بيان أن الصادرات تضاعفت."
    )
    assert [s.speaker for s in found] == [f"{named} الصناعيين الشرقية"] * 2


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وكان سكان قد طالبوا البلدية بإصلاح الطريق قبل الشتاء.", "سكان", "البلدية بإصلاح الطريق قبل الشتاء"),
        ("وكان مزارعون قد حذروا الحكومة من نقص المياه.", "مزارعون", "الحكومة من نقص المياه"),
    ],
)
def test_a_plural_verb_takes_an_object_after_it(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "anonymous", content)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("يذكر أن مسؤولا في وزارة المالية، قال لرويترز إن الميزانية ستتأخر.", "مسؤولا في وزارة المالية"),
        ("وتجدر الإشارة إلى أن مصدرا في الشرطة أكد أن التحقيق مستمر.", "مصدرا في الشرطة"),
        ("والجدير بالذكر أن مسؤولا في البلدية قال إن الجسر سيغلق.", "مسؤولا في البلدية"),
    ],
)
def test_an_accusative_anonymous_subject_after_anna_speaks(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وبررت الوزارة الإغلاق بأعمال الصيانة.", "الوزارة", "الإغلاق بأعمال الصيانة"),
        (
            "وقالت مصادر مطلعة إن القرار تأجل.\n\nوبررت المصادر التأجيل بضيق الوقت.",
            "مصادر مطلعة",
            "التأجيل بضيق الوقت",
        ),
    ],
)
def test_a_definite_masdar_after_a_definite_subject_is_its_object(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "وبرر الحزب الانسحاب من الحكومة برفض شروطه، إذ إن الائتلاف لم يلتزم بالاتفاق.",
            "الحزب",
            "الانسحاب من الحكومة برفض شروطه، إذ إن الائتلاف لم يلتزم بالاتفاق",
        ),
        (
            "وذكرت مصادر نقابية أن المفاوضات توقفت.\n\n"
            "وبررت المصادر الإضراب بتدني الأجور، حيث إن الأسعار ارتفعت كثيرا.",
            "مصادر نقابية",
            "الإضراب بتدني الأجور، حيث إن الأسعار ارتفعت كثيرا",
        ),
    ],
)
def test_an_object_after_the_subject_wins_over_a_complementiser_after_a_comma(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وطالب ناطق باسم النقابة بتحسين ظروف العمل.", "ناطق باسم النقابة", "تحسين ظروف العمل"),
        ("وهدد متحدث باسم الحركة بالانسحاب من المفاوضات.", "متحدث باسم الحركة", "الانسحاب من المفاوضات"),
        (
            "وهدد متحدث باسم الشرطة خلال لقاء تلفزيوني مساء الأحد بإغلاق الطرق المؤدية إلى الساحة.",
            "متحدث باسم الشرطة",
            "إغلاق الطرق المؤدية إلى الساحة",
        ),
    ],
)
def test_basm_continues_a_spokesman_subject_before_a_b_complement(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "anonymous", content)


def test_an_unnamed_spokesman_of_another_body_is_not_the_named_one() -> None:
    body = (
        "وقال المتحدث باسم الحزب سامر الخطيب إن الحزب سيشارك في الانتخابات.\n\n"
        "وذكر متحدث باسم الشرطة أن الساحة ستبقى مغلقة.\n\n"
        "وهدد المتحدث باسم الشرطة بإغلاق الطرق المؤدية إلى الساحة.\n\n"
        "وأكد المتحدث باسم الحزب أن القائمة جاهزة."
    )
    found = [(s.speaker, s.speaker_kind) for s in statements(body)]
    assert found == [
        ("سامر الخطيب", "person"),
        ("متحدث باسم الشرطة", "anonymous"),
        ("متحدث باسم الشرطة", "anonymous"),
        ("سامر الخطيب", "person"),
    ]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("قال نائب محافظ بنك اسكتلندا إن الفائدة ستبقى ثابتة.", "نائب محافظ بنك اسكتلندا"),
        ("وقال سفير نيوزيلندا إن الزيارة ستتم الشهر المقبل.", "سفير نيوزيلندا"),
        ("وأكد وزير خارجية الكاميرون أن الحدود مفتوحة.", "وزير خارجية الكاميرون"),
    ],
)
def test_a_country_after_a_role_completes_the_role_and_names_no_one(body: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (role, None)


def test_each_of_names_the_coordinated_speakers() -> None:
    assert only("وقال كل من الوزير والسفير إن العلاقات ممتازة.").speaker == "الوزير والسفير"


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("وذكرت الصحيفة أن المدرب قد أبلغ اللاعبين أن التدريبات ستستأنف الأحد.", "أبلغ", "المدرب"),
        ("وأكد البيان أن الوزير قد حذر النواب من أن العجز سيتفاقم.", "حذر", "الوزير"),
        ("وتابعت أن رئيسة البلدية قد طالبت الحكومة بتعويض المتضررين.", "طالبت", "رئيسة البلدية"),
    ],
)
def test_subject_before_qad_speaks_and_the_noun_after_the_verb_is_its_object(
    body: str, cue: str, speaker: str
) -> None:
    assert by_cue(statements(body), cue).speaker == speaker


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("وذكرت الصحيفة أن المدرب أبلغ اللاعبين أن التدريبات ستستأنف الأحد.", "أبلغ", "المدرب"),
        ("وأضاف أن الوزير حذر النواب من أن العجز سيتفاقم.", "حذر", "الوزير"),
    ],
)
def test_subject_after_a_complementiser_speaks_before_its_verb(body: str, cue: str, speaker: str) -> None:
    assert by_cue(statements(body), cue).speaker == speaker


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("وقال اللاعب سامي العلي إنه بريء. وأكد محاموه أنهم سيقاضون الصحيفة.", "أكد", "محامو سامي العلي"),
        ("وقالت الكاتبة ليلى حسن إنها ستعود. وأوضحت أسرتها أن حالتها مستقرة.", "أوضحت", "أسرة ليلى حسن"),
    ],
)
def test_a_persons_people_are_named_after_that_person(body: str, cue: str, speaker: str) -> None:
    assert by_cue(statements(body), cue).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وأفاد مراسل قناة الجزيرة بأن القصف مستمر.", "مراسل قناة الجزيرة"),
        ("وقالت طبيبة في مستشفى المدينة إن الجرحى كثر.", "طبيبة في مستشفى المدينة"),
        ("وأكد موظف في وزارة المالية أن الرواتب تأخرت.", "موظف في وزارة المالية"),
    ],
)
def test_an_unnamed_holder_of_a_title_many_share_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_a_named_holder_or_a_unique_title_stays_a_person() -> None:
    s = only("وقال مراسل القناة أحمد فضل إن القصف مستمر.")
    assert (s.speaker, s.speaker_kind) == ("أحمد فضل", "person")
    assert only("وقال سفير السعودية في تونس إن العلاقات متينة.").speaker_kind == "person"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("واستمع المحققون إلى أقوال جار المصاب، الذي قال إن الحريق بدأ ليلا.", "جار المصاب"),
        ("واستمع المحققون إلى إفادة شاهد الحادث، الذي قال إن السيارة كانت مسرعة.", "شاهد الحادث"),
        ("وتحدثت الصحيفة مع أحد الموظفين، الذي قال إن الرواتب تأخرت.", "أحد الموظفين"),
    ],
)
def test_a_relative_clause_after_an_unnamed_head_in_construct_speaks_for_it(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("إلا أن بعض المحللين لا يزالون يشككون في نجاح الخطة.", "بعض المحللين"),
        ("وما زال سكان الحي يطالبون البلدية بإصلاح الطريق.", "سكان الحي"),
        ("لكن خبراء ما زالوا يحذرون من موجة حر جديدة.", "خبراء"),
    ],
)
def test_the_subject_of_a_verb_after_the_auxiliary_still(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وردت الحكومة على عدد من الخبراء الذين قالوا إن الخطة فاشلة.", "عدد من الخبراء"),
        ("وردت الوزارة على المحللين الذين قالوا إن العجز سيتفاقم.", "المحللين"),
    ],
)
def test_a_group_of_people_before_a_relative_clause_is_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


def test_others_after_an_anonymous_source_are_anonymous() -> None:
    found = statements("وتتوقع مصادر إعلامية أن يبقى اللاعب، فيما تقول أخرى إنه سيرحل.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("مصادر إعلامية", "anonymous"),
        ("أخرى", "anonymous"),
    ]
    found = statements("وقال بعض السكان إن المياه عادت، بينما قال آخرون إنها ما زالت مقطوعة.")
    assert found[-1].speaker_kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقالت عدة مصادر إن الاجتماع تأجل.", "عدة مصادر"),
        ("وأكد عدة شهود أن الانفجار كان قويا.", "عدة شهود"),
        ("وذكرت عدة مصادر في الشرطة أن المشتبه به اعتقل.", "عدة مصادر في الشرطة"),
    ],
)
def test_several_unnamed_sources_are_anonymous(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("ويقود الحزب الزعيم الذي ينتقد بعض الأعضاء قراراته المتسرعة.", "بعض الأعضاء", "قراراته المتسرعة"),
        ("وفاز بالجائزة الكاتب الذي ينتقد بعض النقاد رواياته الأخيرة.", "بعض النقاد", "رواياته الأخيرة"),
    ],
)
def test_an_unnamed_subject_after_a_relative_verb_speaks(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "anonymous", content)


def test_an_unnamed_woman_or_patient_is_anonymous_and_so_is_the_definite_mention_after() -> None:
    assert only("وقالت سيدة إن الحافلة تأخرت ساعتين.").speaker_kind == "anonymous"
    s = statements("ونشرت الصحيفة شكوى مريضة في مستشفى المدينة.\n\nوقالت المريضة إن الطبيب لم يفحصها.")[-1]
    assert (s.speaker, s.speaker_kind) == ("المريضة", "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وطالب الوزيران، المصري سامي العلي والأردني خالد حسن، بوقف القتال فورا.", "سامي العلي وخالد حسن"),
        ("وقال الرئيسان، الفرنسي جان دوبون والألماني هانس مولر، إن الاتفاق قريب.", "جان دوبون وهانس مولر"),
    ],
)
def test_two_coordinated_speakers_each_with_a_nationality(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وتحدث المزارع عن اتصاله بأحد موظفي الوزارة الذي أبلغه بأن الدعم سيتأخر.", "أحد موظفي الوزارة"),
        ("وأشار السائق إلى لقائه أحد ضباط المرور الذي أبلغه بأن الطريق سيغلق ليلا.", "أحد ضباط المرور"),
    ],
)
def test_a_quantified_construct_before_a_relative_is_an_anonymous_speaker(body: str, speaker: str) -> None:
    s = by_cue(statements(body), "أبلغه")
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وأعلن بعض النواب التأييد للمرشح المستقل.", "بعض النواب", "التأييد للمرشح المستقل"),
        ("وأعلنت بعض الفصائل الانسحاب من الهدنة.", "بعض الفصائل", "الانسحاب من الهدنة"),
    ],
)
def test_a_definite_masdar_after_a_quantified_subject_is_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ('وأدان الرئيس الفنلندي كارفونين "القصف العشوائي"، ضد القرى.', "كارفونين", "الرئيس الفنلندي"),
        ('وانتقد وزير الخارجية سامي نجيب "الحملة الإعلامية" على بلاده.', "سامي نجيب", "وزير الخارجية"),
    ],
)
def test_a_quotation_after_a_titled_name_is_the_object(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)
    assert s.content.startswith('"')


def test_a_quoted_body_name_after_a_preposition_stays_in_the_role() -> None:
    s = only('قال المدير الإقليمي لمنظمة "أطفال العالم" في آسيا سامر خليل إن المدارس مغلقة.')
    assert s.speaker == "سامر خليل"


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("وانهار جسر قديم فوق النهر صباح اليوم، وفقا لبيان أصدرته الشرطة في المدينة.", "الشرطة"),
        ("وارتفعت أسعار الخبز بنسبة عشرة في المئة، بحسب تقرير نشرته وزارة الاقتصاد.", "وزارة الاقتصاد"),
    ],
)
def test_according_to_a_document_someone_issued_credits_the_issuer(body: str, issuer: str) -> None:
    assert only(body).speaker == issuer


@pytest.mark.parametrize(
    ("later", "name"),
    [
        ('وأدان الرئيس النمساوي هوبر "القصف العشوائي"، ضد القرى.', "فرانز هوبر"),
        ("وقال كورهونين إن الرد قادم.", "ماتي كورهونين"),
    ],
)
def test_a_family_name_after_two_coordinated_names_is_one_of_them(later: str, name: str) -> None:
    found = statements(
        "وتعهد الرئيسان، الفنلندي ماتي كورهونين والنمساوي فرانز هوبر، برد قوي على القصف. " + later
    )
    assert found[0].speaker == "ماتي كورهونين وفرانز هوبر"
    assert found[-1].speaker == name


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "وذكرت الإذاعة أن صواريخ سقطت قرب الميناء. "
            "وبادرت وزارة الدفاع إلى نفي أن يكون جنودها قد دخلوا القرية.",
            "وزارة الدفاع",
        ),
        (
            "وقال شهود إن النار اشتعلت ليلا. وسارع المحافظ إلى نفي أن يكون الحريق متعمدا.",
            "المحافظ",
        ),
        (
            "وذكرت الإذاعة أن صواريخ سقطت قرب الميناء. "
            "وسارعت هيئة الموانئ (الهيئة) إلى نفي أن تكون سفنها قد تضررت.",
            "هيئة الموانئ",
        ),
    ],
)
def test_a_verbal_noun_after_a_preposition_has_the_main_verbs_subject(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("قال الوزير ماجد سالم إن الاتفاق صامد.\n\nأما الشركة فأكدت من جهتها أنها ستلتزم بالعقد.", "الشركة"),
        ("قال الوزير إن الاتفاق صامد.\n\nأما نقابة الأطباء فقالت إن الإضراب مستمر.", "نقابة الأطباء"),
        ("قالت الوزارة إن الطريق مغلق.\n\nوأما المحافظ فأوضح أن الجسر سيفتح غدا.", "المحافظ"),
    ],
)
def test_the_topic_fronted_by_amma_is_the_subject_of_the_verb_after_fa(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "وأعلنت هيئة الطيران تعليق الرحلات إلى الجزيرة. وقال متحدث باسمها إن القرار مؤقت.",
            "متحدث باسم هيئة الطيران",
        ),
        (
            "وأكد الاتحاد الرياضي أن البطولة ستقام في موعدها. وأوضحت متحدثة باسمه أن التذاكر نفدت.",
            "متحدثة باسم الاتحاد الرياضي",
        ),
    ],
)
def test_a_spokesman_for_it_speaks_for_the_body_last_spoken_of(body: str, speaker: str) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "أعلنت النمسا على لسان وزير خارجيتها فرانز هوبر الثلاثاء تعليق الرحلات مع الجزيرة.",
            "فرانز هوبر",
            "تعليق الرحلات مع الجزيرة",
        ),
        (
            "وأعلنت الحكومة على لسان المتحدث باسمها أن الرحلات ستعلق.",
            "المتحدث باسم الحكومة",
            "الرحلات ستعلق",
        ),
    ],
)
def test_the_one_on_whose_tongue_a_body_speaks(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_dual_title_over_two_adjectives_is_the_two_office_holders() -> None:
    found = statements(
        'وتعهد الرئيسان الفنلندي والنمساوي "بموقف موحد" على القصف. '
        "وكان الرئيس الفنلندي ماتي كورهونين قد قال إن الرد قادم. "
        "وقال الرئيس النمساوي فرانز هوبر إن الصبر نفد."
    )
    assert found[0].speaker == "ماتي كورهونين وفرانز هوبر"


def test_an_unpaired_quotation_mark_after_a_subject_is_no_part_of_its_name() -> None:
    s = only('واستهدفت صواريخ مطارا عسكريا بعيد تعهد الرئيسين الفنلندي والنمساوي "بموقف موحد" على القصف.')
    assert not s.speaker.endswith('"')


def test_a_name_in_apposition_after_ala_lisan_leaves_the_phrase_out() -> None:
    s = only('جاء ذلك في بيان على لسان سامر خليل، عضو مجلس الإدارة، حيث قال: "المصنع سيعود للعمل غدا".')
    assert (s.speaker, s.speaker_role) == ("سامر خليل", "عضو مجلس الإدارة")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'وقال وزير الصحة سامي الحداد إن المستشفيات جاهزة.\n\nوتابع الحداد حديثه قائلا: "لن نغلق أي قسم".',
            "سامي الحداد",
        ),
        (
            "وقالت رئيسة البلدية سلمى العابد إن الموازنة أقرت.\n\n"
            'وواصلت العابد كلامها مؤكدة أن "الأشغال تبدأ غدا".',
            "سلمى العابد",
        ),
        ("وختم المدرب حديثه بالقول إن الفريق سيعود أقوى.", "المدرب"),
    ],
)
def test_a_possessed_speech_noun_after_the_subject_is_its_object(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("قالت صحيفة الأيام إن المدرب سيرحل.\n\nوذكر المصدر نفسه أن اللاعب سيبقى.", "صحيفة الأيام"),
        ("قالت الوزارة في بيان إن الطريق مغلق.\n\nوأفاد ذات البيان بأن الجسر سيفتح غدا.", "الوزارة"),
        ("قالت الوزارة في بيان إن الطريق مغلق.\n\nوأضاف البيان ذاته أن الجسر سيفتح غدا.", "الوزارة"),
        (
            "قال مصدر أمني إن الطريق مغلق.\n\nوقالت الوزارة إن الجسر مفتوح.\n\n"
            "وأضاف المصدر نفسه أن الجسر سيفتح غدا.",
            "مصدر أمني",
        ),
    ],
)
def test_the_same_source_or_document_refers_back(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "وكان المهندس كريم فارس قد قال إن الجسر متين.\n\n"
            "لكن الشركة المالكة أصدرت بيانا قالت فيه إن الجسر يحتاج إلى صيانة.\n\n"
            "وقال إن الشركة لم تستشره.",
            "كريم فارس",
        ),
        (
            "وقالت الهيئة إن الأسعار مستقرة.\n\nوقال الجيش إن الحدود هادئة.\n\nوأضافت أن المخزون يكفي شهرين.",
            "الهيئة",
        ),
        (
            "وقال الجيش إن الحدود هادئة.\n\nوقالت الهيئة إن الأسعار مستقرة.\n\nوأضاف أن الدوريات مستمرة.",
            "الجيش",
        ),
    ],
)
def test_an_elided_subject_skips_a_body_seen_with_a_verb_of_the_other_gender(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


def test_in_the_paragraph_a_body_spoke_in_a_participle_of_the_other_gender_is_still_that_body() -> None:
    found = statements(
        "وقال الجيش إن الحدود هادئة.\n\nوأضافت الوزارة أن الطرق سالكة، مضيفا أن الجسور مفتوحة."
    )
    assert by_cue(found, "مضيفا").speaker == "الوزارة"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'وكان الخبير سامي نور قد كرر هذا الوصف في لقاء تلفزيوني للحديث عن أزمة "بلا أفق"، حسب تصريحاته.',
            "سامي نور",
        ),
        ('وكانت الباحثة ليلى حداد قد نشرت دراسة عن "الهجرة الداخلية"، وفق تصريحاتها.', "ليلى حداد"),
        (
            "قال الوزير ماجد سالم إن الاتفاق صامد.\n\n"
            "وكانت الحكومة قد رفعت الأسعار مرتين هذا العام، حسب تصريحاته.",
            "ماجد سالم",
        ),
    ],
)
def test_his_own_words_are_those_of_the_subject_after_kana_when_it_agrees(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "قال الوزير ماجد سالم إن الاتفاق صامد.\n\n"
            'وكانت تقارير عدة أشارت إلى أن "المحادثات قد تنتهي"، بينما نشرت صحيفة "الأيام" المحلية '
            'نبأ الصفقة على صفحتها الأولى، مشيرة إلى أن "العقد وقع أمس".',
            "الأيام",
        ),
        (
            "قال الوزير ماجد سالم إن الاتفاق صامد.\n\n"
            "واستقبل الرئيس الوفد في القصر، فيما زارت الوزيرة سلمى حداد المستشفى، وقالت إن الأجهزة وصلت.",
            "سلمى حداد",
        ),
        (
            "قال الوزير ماجد سالم إن الاتفاق صامد.\n\n"
            "ولم يوضح الاتحاد المحلي إذا ما كان اللاعب قد تعاطى عقارا؛ بينما أكد دعمه للاعب.",
            "الاتحاد المحلي",
        ),
        (
            "قال الوزير ماجد سالم إن الاتفاق صامد.\n\nولم يوضح النادي سبب الإيقاف، وأكد أنه سيستأنف القرار.",
            "النادي",
        ),
    ],
)
def test_an_elided_subject_refers_into_the_nearest_clause_or_past_a_negator(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "وهاجمت النائبة السابقة في حوار صحفي، "
            "تصريحات رئيس الحزب سامي الطويل، الذي نفى تلقي الحزب أي تمويل خارجي.",
            "سامي الطويل",
        ),
        (
            "وانتقد النواب، في جلسة علنية، تصريحات الوزير كمال عيسى، الذي قال إن الموازنة متوازنة.",
            "كمال عيسى",
        ),
    ],
)
def test_the_relative_after_someones_words_refers_to_whose_words_they_are(body: str, speaker: str) -> None:
    assert by_cue(statements(body), "نفى" if "نفى" in body else "قال").speaker == speaker


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "وقال الخبير إن البعض ربط بين الحر وما حذر منه موقع «الفلك» البريطاني من وقوع عواقب وخيمة.",
            "حذر",
            "الفلك",
        ),
        ("ونفذت البلدية ما طالب به السكان من إصلاح الطرق.", "طالب", "السكان"),
    ],
)
def test_the_subject_follows_a_resumptive_preposition(body: str, cue: str, speaker: str) -> None:
    assert by_cue(statements(body), cue).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "أصدرت شركة #الأفق_للطيران الإماراتية بيانا أكدت فيه أن طائراتها تخضع لفحص دوري.",
            "شركة الأفق للطيران الإماراتية",
        ),
        ("وقالت شركة #الأفق_للطيران إن الرحلات مستمرة.", "شركة الأفق للطيران"),
        ('أصدر حزب "الغد" بيانا قال فيه إن الانتخابات مزورة.', "الغد"),
    ],
)
def test_a_hashtag_or_quoted_name_after_a_body_head_belongs_to_the_issuer(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_family_speaks_for_the_person_last_named_even_one_who_never_spoke() -> None:
    found = statements(
        "قتل المهندس سامر الخطيب برصاص مجهولين فجر اليوم.\n\n"
        "وقال الوزير ماجد سالم إن التحقيق في اغتيال الخطيب بدأ.\n\n"
        "من جانبها، اتهمت أسرته الأجهزة الأمنية بالتقصير في حمايته."
    )
    accused = by_cue(found, "اتهمت")
    assert accused.speaker == "أسرة سامر الخطيب"
    assert accused.content.startswith("الأجهزة الأمنية")


def test_a_family_speaks_for_the_speaker_it_follows() -> None:
    found = statements("قال المحامي ماجد سالم إن التهم باطلة.\n\nوقالت أسرته إن الحكم ظالم.")
    assert found[-1].speaker == "أسرة ماجد سالم"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("قال الجيش إن الحدود هادئة.\n\nلكن النقابة، التي تمثل العمال، قالت إن الإضراب مستمر.", "النقابة"),
        ("قال الجيش إن الحدود هادئة.\n\nغير أن المدير، الذي تسلم منصبه أمس، أكد أن الخطة ثابتة.", "المدير"),
    ],
)
def test_a_subject_before_a_relative_clause_between_commas_speaks(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("ويبدو المهاجم خيارا مناسبا لحداد، الذي قال أمس إنه يريد لاعبا سريعا.", "حداد"),
        ("وقدم النادي عرضا مغريا لكريستوف، الذي قال إنه يدرس العرض.", "كريستوف"),
    ],
)
def test_the_relative_after_a_name_glued_to_a_preposition_is_that_name(body: str, speaker: str) -> None:
    assert by_cue(statements(body), "قال").speaker == speaker


POSSESSED_SUBJECT_BEFORE_A_CONSTRUCT_OBJECT = [
    ("واتهمت عائلته جهاز الشرطة بإهمال البلاغ.", "جهاز الشرطة بإهمال البلاغ"),
    ("واتهمت أسرتها إدارة المستشفى بالتقصير.", "إدارة المستشفى بالتقصير"),
]


@pytest.mark.parametrize(("body", "content"), POSSESSED_SUBJECT_BEFORE_A_CONSTRUCT_OBJECT)
def test_a_possessed_kin_subject_ends_before_a_noun_in_construct(body: str, content: str) -> None:
    s = only(body)
    assert s.content == content
    assert s.speaker.split()[0] in ("عائلته", "أسرتها")


COORDINATED_SUBJECTS_BEFORE_B = [
    ("ونددت فرنسا وألمانيا بالهجوم على السفارة.", "فرنسا وألمانيا", "الهجوم على السفارة"),
    ("وطالبت الحكومة وحليفتها المعارضة بإجراء تحقيق.", "الحكومة وحليفتها المعارضة", "إجراء تحقيق"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), COORDINATED_SUBJECTS_BEFORE_B)
def test_coordinated_subjects_before_b_speak_together(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_single_subject_still_leaves_the_accused_to_the_content() -> None:
    s = only("واتهمت الحكومة المعارضة بعرقلة الحوار.")
    assert (s.speaker, s.content) == ("الحكومة", "المعارضة بعرقلة الحوار")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'أعلن مدرب المنتخب الوطني أن الفريق جاهز للبطولة.\n\nوقال حمدان: "لدينا مجموعة متماسكة".',
            "حمدان",
        ),
        (
            "قالت رئيسة اللجنة المنظمة إن المهرجان سيقام في موعده.\n\nوأضافت الخطيب أن التذاكر نفدت.",
            "الخطيب",
        ),
    ],
)
def test_a_title_takes_the_family_name_that_first_names_its_holder_next(body: str, name: str) -> None:
    found = statements(body)
    assert [s.speaker for s in found] == [name] * len(found)
    assert found[0].speaker_role is not None


def test_a_family_name_already_written_before_the_title_is_someone_else() -> None:
    body = (
        "انتقد حمدان قرار الاتحاد في الأسبوع الماضي.\n\n"
        "وقال مدرب المنتخب الوطني إن الفريق جاهز للبطولة.\n\nوقال حمدان إن القرار ظالم."
    )
    coach = next(s for s in statements(body) if s.content.startswith("الفريق"))
    assert coach.speaker == "مدرب المنتخب الوطني"


@pytest.mark.parametrize(
    ("body", "cue", "issuer"),
    [
        ("قال النائب إن البيان الذي أصدرته الوزارة أكد أن المشروع متوقف.", "أكد", "الوزارة"),
        ("وقال المحافظ إن الدراسة التي أجرتها الجامعة أكدت أن المياه ملوثة.", "أكدت", "الجامعة"),
        ("وأوضح التقرير الذي أصدرته الهيئة أن الأسعار ارتفعت.", "أوضح", "الهيئة"),
    ],
)
def test_a_document_issued_in_a_relative_clause_speaks_for_its_issuer(
    body: str, cue: str, issuer: str
) -> None:
    assert by_cue(statements(body), cue).speaker == issuer


@pytest.mark.parametrize(
    ("body", "issuer", "content"),
    [
        ("كشف تقرير صادر عن البنك الدولي أن النمو تباطأ.", "البنك الدولي", "النمو تباطأ"),
        ("وأكدت دراسة صادرة عن جامعة الخرطوم أن الأمطار ستزداد.", "جامعة الخرطوم", "الأمطار ستزداد"),
    ],
)
def test_the_issuer_after_a_document_issued_by_it_is_read_into_the_subject(
    body: str, issuer: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (issuer, content)


def test_a_back_reference_to_a_document_issued_by_a_body_is_that_body() -> None:
    found = statements("كشف تقرير صادر عن البنك الدولي أن النمو تباطأ.\n\nوأضاف التقرير أن الديون ارتفعت.")
    assert [s.speaker for s in found] == ["البنك الدولي", "البنك الدولي"]


@pytest.mark.parametrize(
    ("headline", "body", "issuer"),
    [
        ("دراسة: القهوة تحمي القلب", "كشفت دراسة أجرتها جامعة أوسلو أن القهوة تحمي القلب.", "جامعة أوسلو"),
        (
            "استطلاع: أغلب الناخبين يؤيدون الإصلاح",
            "كشف استطلاع أجراه مركز الدراسات أن أغلب الناخبين يؤيدون الإصلاح.",
            "مركز الدراسات",
        ),
    ],
)
def test_a_document_named_bare_in_the_headline_is_the_issuer_the_body_gives(
    headline: str, body: str, issuer: str
) -> None:
    found = statements(body, headline=headline)
    assert [s.speaker for s in found] == [issuer, issuer]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "قال سفير المغرب لدى مصر، كريم العلوي، إن العلاقات متينة.\n\n"
            "وأشار الدبلوماسي المغربي إلى أن زيارة مرتقبة ستتم قريبا.",
            "كريم العلوي",
        ),
        (
            "أعلنت اللاعبة الأردنية ريم حداد اعتزالها.\n\nوقالت بطلة العرب السابقة إنها ستتفرغ للتدريب.",
            "ريم حداد",
        ),
    ],
)
def test_a_definite_epithet_refers_to_the_person_who_spoke_last(body: str, name: str) -> None:
    assert statements(body)[-1].speaker == name


def test_an_office_after_another_speaker_is_not_an_epithet_of_him() -> None:
    found = statements("قال كريم العلوي إن العلاقات متينة.\n\nوقال وزير الخارجية إن الزيارة تأجلت.")
    assert found[-1].speaker == "وزير الخارجية"


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("ودعت الوزارة المواطنين إلى الالتزام بالتعليمات.", "دعت", "الوزارة"),
        ("وأبلغ الوزير النواب بأن الميزانية جاهزة.", "أبلغ", "الوزير"),
        ("وحثت الشركة الموظفين على العودة إلى المكاتب.", "حثت", "الشركة"),
        ("وأخبر حمدان أعضاء اللجنة بأن القرار نهائي.", "أخبر", "حمدان"),
    ],
)
def test_the_addressee_after_the_subject_of_a_verb_of_telling_is_not_the_speaker(
    body: str, cue: str, speaker: str
) -> None:
    assert by_cue(statements(body), cue).speaker == speaker


def test_a_definite_adjective_still_belongs_to_the_subject_before_the_addressee() -> None:
    s = by_cue(statements("ودعت الوزارة الأمريكية المواطنين إلى الحذر."), "دعت")
    assert s.speaker == "الوزارة الأمريكية"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "قال الجيش إن الحدود هادئة.\n\nلكن النقابة، الممثلة لآلاف العمال، قالت إن الإضراب مستمر.",
            "النقابة",
        ),
        (
            "قال الجيش إن الحدود هادئة.\n\nغير أن الإذاعة، الناطقة باسم المعارضة، أكدت أن القصف مستمر.",
            "الإذاعة",
        ),
    ],
)
def test_a_subject_before_an_apposition_between_commas_speaks(body: str, speaker: str) -> None:
    assert statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (
            'وقال الوزير سامي حمدان في مقابلة مع صحيفة النهار نشرت الأحد "لن نتراجع عن الإصلاحات".',
            "صحيفة النهار",
        ),
        ("وقال الوزير سامي حمدان في حديث لقناة الشرق بثته مساء الأحد إن الإصلاحات مستمرة.", "قناة الشرق"),
    ],
)
def test_a_report_verb_describing_the_interview_is_no_cue_of_its_outlet(body: str, outlet: str) -> None:
    found = statements(body)
    assert [(s.speaker, s.via) for s in found] == [("سامي حمدان", (outlet,))]


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        (
            "مسؤول أردني: المعبر سيفتح الأسبوع المقبل",
            "قال مدير هيئة الحدود سليم الزعبي إن المعبر سيفتح أمام المسافرين الأسبوع المقبل.",
            "سليم الزعبي",
        ),
        (
            "لاعب سوري ينفي نيته الاعتزال",
            "نفى قائد المنتخب السوري رامي الخطيب نيته الاعتزال بعد البطولة.",
            "رامي الخطيب",
        ),
    ],
)
def test_a_headline_description_is_the_named_speaker_of_the_same_words_in_the_body(
    headline: str, body: str, name: str
) -> None:
    found = statements(body, headline=headline)
    assert [s.speaker for s in found if s.in_headline] == [name]


@pytest.mark.parametrize(
    ("body", "cue", "name", "role"),
    [
        (
            "انتقد معلقون أداء الفريق في المباراة. وردت مدربته السابقة #نادية_الشريف على المعلقين"
            " مؤكدة أن اللاعبين بحاجة إلى الوقت.",
            "مؤكدة",
            "نادية الشريف",
            "مدربته السابقة",
        ),
        (
            "كشف رئيس مجلس إدارة مصرف #الوفاق #خالد_الزين مساء الأحد أن الأرباح ارتفعت.",
            "كشف",
            "خالد الزين",
            "رئيس مجلس إدارة مصرف الوفاق",
        ),
        (
            "قال النائب عمر فارس إن الميزانية متوازنة. وكانت الوزيرة #ليلى_منصور قد وصفت القرار بأنه متسرع.",
            "وصفت",
            "ليلى منصور",
            "الوزيرة",
        ),
    ],
)
def test_a_hashtag_name_after_a_role_is_the_speaker(body: str, cue: str, name: str, role: str) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.speaker_role) == (name, role)


def test_the_words_of_a_hashtag_are_one_name() -> None:
    s = only("ونقلت الإذاعة عن #هيئة_النقل_للطرق أن الطريق سيغلق ليلا.")
    assert (s.speaker, s.speaker_kind) == ("هيئة النقل للطرق", "organization")


def test_a_kin_word_opening_with_waw_keeps_it() -> None:
    s = by_cue(
        statements("تزوج العداء فارس نجم أمس، فيما عبرت والدته، سعاد يوسف، عن فرحها بالمناسبة."), "عبرت"
    )
    assert (s.speaker, s.speaker_role) == ("سعاد يوسف", "والدته")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وقال يوسف كالون في مؤتمر صحفي إن الوضع مستقر.", "يوسف كالون"),
        ("وقالت سلمى كالاس إن الحفل تأجل إلى الشهر المقبل.", "سلمى كالاس"),
    ],
)
def test_a_short_ka_word_after_a_given_name_is_its_family_name(body: str, name: str) -> None:
    assert only(body).speaker == name


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        (
            "وبحسب سولارتك فقد باعت الشركة ثلاثة مصانع العام الماضي.",
            "سولارتك",
            "باعت الشركة ثلاثة مصانع العام الماضي",
        ),
        (
            "ووفقا لمدير المدرسة فقد غاب عشرات التلاميذ بسبب المطر.",
            "مدير المدرسة",
            "غاب عشرات التلاميذ بسبب المطر",
        ),
        ("وبحسب الهيئة فإنه لا صحة لما يقال عن الدواء.", "الهيئة", "لا صحة لما يقال عن الدواء"),
    ],
)
def test_an_according_source_ends_at_the_answer_particle(body: str, name: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (name, content)


@pytest.mark.parametrize(
    ("body", "cue", "name"),
    [
        (
            "وقال الحكم: لن أناقش قراراتي، فيما يتعلق بطرد اللاعب، لكنه أوضح فقط أن اللوائح واضحة.",
            "أوضح",
            "الحكم",
        ),
    ],
)
def test_a_prepositional_phrase_is_never_the_speaker(body: str, cue: str, name: str) -> None:
    assert by_cue(statements(body), cue).speaker == name


def test_an_according_phrase_before_a_relative_clause_is_no_speaker() -> None:
    found = statements("وطبقا لتقرير الباحثة، الذي صدر أمس، قالت إن المياه ملوثة.")
    assert not any(s.speaker.startswith(("وطبقا", "طبقا", "لتقرير")) for s in found)


def test_a_headline_label_after_a_preposition_says_nothing() -> None:
    found = statements("قال المدير إن المكتب مفتوح.", headline="بالصور: المكتب الجديد يفتح أبوابه")
    assert not [s for s in found if s.in_headline]


@pytest.mark.parametrize(
    ("body", "cue", "name"),
    [
        (
            "قال النائب إن العقد باطل. وردت الهيئة العامة للنقل في بيان، أكدت فيه أنها ترفض هذه الادعاءات.",
            "أكدت",
            "الهيئة العامة للنقل",
        ),
        (
            "قال المدير إن الشركة بخير. وردت الهيئة الوطنية للدواء على الاتهامات قائلة إنها لا تخفي شيئا.",
            "قائلة",
            "الهيئة الوطنية للدواء",
        ),
    ],
)
def test_an_elided_subject_after_a_reply_verb_is_the_replier(body: str, cue: str, name: str) -> None:
    assert by_cue(statements(body), cue).speaker == name


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("بطلته الممثلة المغربية سلمى العلوي", "سلمى العلوي", "بطلته الممثلة المغربية"),
        ("مدربها الإيطالي ماركو بيلي", "ماركو بيلي", "مدربها الإيطالي"),
        ("زعيمها كوفي مانو", "كوفي مانو", "زعيمها"),
    ],
)
def test_a_possessed_title_opens_the_role_before_the_name(phrase: str, name: str, role: str) -> None:
    source = describe(tokenize(phrase), phrase, arabic())
    assert (source.name, source.role) == (name, role)


def test_a_family_name_alone_takes_the_full_name_only_mentioned_before() -> None:
    found = statements(
        "وصل الفنان وليد سرحان إلى الرباط أمس لإحياء حفل.\n\n"
        "وكتب سرحان أن ألبومه الجديد جاهز.\n\nوأكد سرحان أن الجولة ستبدأ في الربيع."
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [("وليد سرحان", "الفنان")] * 2


def test_a_body_named_again_without_its_head_stays_a_body() -> None:
    found = statements("وأعلنت شركة فالكون نيت أنها ستوسع شبكتها. وأضافت فالكون نيت أن الأسعار ستنخفض.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("شركة فالكون نيت", "organization"),
        ("فالكون نيت", "organization"),
    ]


@pytest.mark.parametrize(
    ("body", "cue", "name"),
    [
        (
            "قال المدرب إن الفريق جاهز. لكن المطران يوسف حداد، رجل الدين الأبرز في البلدين،"
            " قال إنه لا داعي للقلق.",
            "قال",
            "يوسف حداد",
        ),
        (
            "قال المدرب إن الفريق جاهز. وكانت العداءة هدى ناصر، البالغة من العمر 24 عاما،"
            " نفت الاتهامات الموجهة إليها.",
            "نفت",
            "هدى ناصر",
        ),
    ],
)
def test_the_subject_before_an_apposition_between_commas_speaks(body: str, cue: str, name: str) -> None:
    found = statements(body)
    assert [s.speaker for s in found if s.cue == cue][-1] == name


def test_a_quoted_manner_adverb_after_the_verb_is_no_speaker() -> None:
    found = statements('قال الحارس إن الفريق بخير. وكان اللاعب قد نفى "بشدة" الاتهامات الموجهة إليه.')
    denial = by_cue(found, "نفى")
    assert (denial.speaker, denial.content) == ("اللاعب", "الاتهامات الموجهة إليه")


def test_an_age_set_off_by_commas_is_no_name() -> None:
    s = only("ونقلت المجلة عن العارضة، 29 عاما، قولها إنها تفضل الهدوء.")
    assert (s.speaker, s.via) == ("العارضة", ("المجلة",))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وحذر القنصل الأردني في الولايات المتحدة من تداعيات القرار.", "القنصل الأردني في الولايات المتحدة"),
        ("وأكد مركز رصد الزلازل عدم وقوع إصابات في المدينة.", "مركز رصد الزلازل"),
    ],
)
def test_a_place_or_a_verbal_noun_inside_the_subject_stays_in_it(body: str, name: str) -> None:
    assert only(body).speaker == name


def test_a_headline_topic_about_a_person_is_no_speaker() -> None:
    found = statements(
        "وقال الاتحاد إن التحقيق مستمر.", headline="إصابة سامي العلي: الاتحاد يحقق في ملابسات اللقاء"
    )
    assert not [s for s in found if s.in_headline]


def test_a_circumstantial_accusative_after_a_headline_speaker_is_no_part_of_the_name() -> None:
    found = statements("وقال المغني سمير داود إنه بخير.", headline='سمير داود غاضباً: "لم أخضع لأي عملية"')
    assert [s.speaker for s in found if s.in_headline] == ["سمير داود"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وقد أدانت المملكة الأردنية الهاشمية، الاثنين، الهجوم على المدنيين.", "المملكة الأردنية الهاشمية"),
        ("وقالت الجمهورية التونسية في بيان إن الحدود مفتوحة.", "الجمهورية التونسية"),
    ],
)
def test_a_state_named_with_its_adjectives_is_one_body(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (name, "organization")


def test_a_spokesman_for_a_body_in_a_named_region_stays_a_description() -> None:
    s = only("وكان المتحدث باسم شرطة محافظة الكرك قال إن الطريق مغلق.")
    assert (s.speaker, s.speaker_role) == ("المتحدث باسم شرطة محافظة الكرك", None)


def test_a_detached_ba_and_its_quote_are_no_speaker() -> None:
    found = statements('قال الوزير سامي العلي إن ما ينشر اتهامات وصفها بـ"الكاذبة" وتضليل للرأي العام.')
    assert {s.speaker for s in found} == {"سامي العلي"}


def test_a_long_epithet_of_the_last_speaker_takes_his_name() -> None:
    found = statements(
        "وقال رئيس النادي سمير داود إن الفريق جاهز.\n\n"
        "وأضاف المدافع السابق للفريق الأزرق وأحد أبرز نجومه أن الجمهور رائع."
    )
    assert [s.speaker for s in found] == ["سمير داود", "سمير داود"]


def test_a_long_body_name_fronted_before_an_apposition_keeps_its_head() -> None:
    s = only('لكن وكالة الأنباء الأردنية الرسمية "بترا"، الناطقة باسم الحكومة، قالت إن الحدود مفتوحة.')
    assert s.speaker.startswith("وكالة الأنباء")


def test_the_verb_after_a_personal_name_is_no_part_of_it() -> None:
    s = only("يذكر أن الرئيس سامي العلي يدافع عن الاتفاق، داعيا إلى توسيعه.")
    assert (s.speaker, s.speaker_role) == ("سامي العلي", "الرئيس")


def test_a_name_after_a_glued_la_is_the_titles_genitive() -> None:
    found = statements("نفى المكتب ما أعلنه الطبيب السابق لسامي العلي من أن الملف سرق.")
    assert "الطبيب السابق لسامي العلي" in [s.speaker for s in found]


def test_a_band_is_a_body() -> None:
    found = statements("واضطرت الفرقة إلى إلغاء عدة حفلات موضحة أن المغني مريض.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [("الفرقة", "organization")]


def test_a_superlative_title_and_its_apposed_name() -> None:
    s = only("قال أقدم نائب في البرلمان الأردني، سالم الخوالدة، إن الحكومة ستقدم برنامجا واضحا.")
    assert (s.speaker, s.speaker_role) == ("سالم الخوالدة", "أقدم نائب في البرلمان الأردني")


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        (
            "طالبت رسالة وقعها ثلاثون طبيبا من نقابة الأطباء الوزارة بزيادة الرواتب.",
            "ثلاثون طبيبا من نقابة الأطباء",
            "الوزارة بزيادة الرواتب",
        ),
        ("وحذرت عريضة وقعها مئات الطلاب من إغلاق المكتبة.", "مئات الطلاب", "إغلاق المكتبة"),
    ],
)
def test_a_signed_document_speaks_for_its_signers(body: str, name: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.content) == (name, "document", content)


def test_a_headline_unnamed_body_is_the_body_named_in_the_lead() -> None:
    found = statements(
        'رفضت شركة "نوفا فارم" للأدوية اتهامات جمعيات صحية بإخفاء نتائج التجارب.\n\n'
        "وقالت الشركة إنها تنشر كل النتائج.",
        headline="شركة أدوية ترفض اتهامات بإخفاء نتائج التجارب",
    )
    head = [s for s in found if s.in_headline]
    assert [(s.speaker, s.speaker_role, s.speaker_kind) for s in head] == [
        ("نوفا فارم", "شركة أدوية", "organization")
    ]


def test_an_adjective_of_origin_closing_a_headline_role_is_no_name() -> None:
    found = statements(
        "رفض لاعب الشطرنج الأردني سامر الحديدي اتهامه بالغش في البطولة.",
        headline="لاعب شطرنج أردني يرفض اتهامات بالغش",
    )
    assert [s.speaker for s in found if s.in_headline] == ["سامر الحديدي"]


def test_a_possessed_noun_after_a_one_word_name_is_the_object() -> None:
    s = only("وأبدى سامر خشيته على مصير زملائه.")
    assert (s.speaker, s.content) == ("سامر", "خشيته على مصير زملائه")


@pytest.mark.parametrize(
    "body",
    [
        "نفى وكيل أعمال النجم المغربي سامي العلي الأنباء عن انتقاله.",
        "وقال محامي الرئيس السابق جمال الخطيب إن موكله بريء.",
    ],
)
def test_a_name_after_an_agents_genitive_title_is_not_the_agents(body: str) -> None:
    s = only(body)
    assert s.speaker_role is None and s.speaker.startswith(("وكيل", "محامي"))


def test_a_plural_in_oon_takes_no_genitive_so_its_object_follows() -> None:
    s = only("وأكد ناشطون مقتل ثلاثة عناصر في الغارة.")
    assert (s.speaker, s.speaker_kind, s.content) == ("ناشطون", "anonymous", "مقتل ثلاثة عناصر في الغارة")


def test_two_bodies_named_by_a_dual_head_are_bodies() -> None:
    assert speaker_kind("حركتا النور والأمل", False, arabic()) == "organization"


def test_a_time_preposition_after_a_plural_verb_is_no_speaker() -> None:
    found = statements(
        "قال رئيس النادي سامي العلي إن السباق سينطلق.\n\n"
        "وكان المالكون الجدد قد أعلنوا قبيل انطلاق الموسم تغيير القواعد."
    )
    assert "قبيل" not in [s.speaker for s in found]


@pytest.mark.parametrize("opening", ["وأوضحت", "و أوضحت"])
def test_an_elided_subject_opening_the_body_is_who_the_headline_quotes(opening: str) -> None:
    found = statements(f"{opening} أن التجار غاضبون من القرار.", headline="لوموند: الأسعار سترتفع في الخريف")
    assert [(s.speaker, s.in_headline) for s in found] == [("لوموند", True), ("لوموند", False)]


def test_a_section_label_before_a_slash_is_no_part_of_a_headline_speaker() -> None:
    found = statements(
        "قال المدربان إن المباراة صعبة.", headline="رياضي / مدربا الفريقين : المباراة فرصة للجميع"
    )
    assert [s.speaker for s in found if s.in_headline] == ["مدربا الفريقين"]


def test_the_person_a_headline_addresses_is_no_part_of_its_speaker() -> None:
    found = statements("وقال العلي إن الحوار ممكن.", headline="سامي العلي لخالد يوسف: أنت في السياسة مبتدئ")
    assert [s.speaker for s in found if s.in_headline] == ["سامي العلي"]


def test_a_profession_before_a_name_registers_it_for_the_family_name_alone() -> None:
    found = statements("وصل الروائي سامر يوسف إلى المعرض أمس.\n\nوقال يوسف إن الرواية اكتملت.")
    assert [(s.speaker, s.speaker_role) for s in found] == [("سامر يوسف", "الروائي")]


def test_a_title_mention_before_a_setting_names_its_holder_for_later() -> None:
    found = statements(
        "وصل الوزير سامي العلي إلى المعرض أمس.\n\nوقال العلي إن المعرض ناجح.\n\n"
        "وكانت النائبة هدى سالم في البرنامج أمس.\n\nوكانت النائبة قد أكدت اليوم أن الحزب ظلمها."
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [("سامي العلي", "الوزير"), ("هدى سالم", "النائبة")]


def test_an_elided_feminine_participle_takes_the_near_feminine_mention() -> None:
    found = statements(
        "وقال المتحدث باسم المحكمة سامي العلي إن التحقيق فتح بناء على ما صرحت به النائبة هدى سالم"
        " في برنامج إذاعي، مبينة أن المعطيات خطيرة."
    )
    assert by_cue(found, "مبينة").speaker == "هدى سالم"


@pytest.mark.parametrize(
    "body",
    ["لكن البلدية اعتبرت الاعتصام غير قانوني.", "أما البلدية فاعتبرت الاعتصام تجاوزا خطيرا."],
)
def test_a_subject_before_a_verb_of_judgment_and_its_object(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.content.split()[0]) == ("البلدية", "الاعتصام")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وقالت وثيقة صادرة عن وزارة المالية إن العجز تضاعف.", "وزارة المالية"),
        ("وأكدت دراسة أجرتها جامعة النور أن التلوث يتزايد.", "جامعة النور"),
    ],
)
def test_an_issued_document_speaks_for_its_issuer(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (name, "document")


@pytest.mark.parametrize(
    ("body", "speaker", "first_word"),
    [
        ("وحذرت الهيئة العامة للأرصاد الجوية من أمطار غزيرة.", "الهيئة العامة للأرصاد الجوية", "أمطار"),
        ("وحذرت الوكالة الدولية للطاقة الذرية من نقص المعدات.", "الوكالة الدولية للطاقة الذرية", "نقص"),
        (
            "وأكدت مديرية الشؤون الصحية بالمنطقة الشمالية التزامها بتوفير الأدوية.",
            "مديرية الشؤون الصحية بالمنطقة الشمالية",
            "التزامها",
        ),
        (
            "ونفت مديرية التربية بمحافظة الكرك ما تم تداوله عن إغلاق المدارس.",
            "مديرية التربية بمحافظة الكرك",
            "ما",
        ),
    ],
)
def test_a_body_name_runs_through_its_genitives_and_place(body: str, speaker: str, first_word: str) -> None:
    s = only(body)
    assert (s.speaker, s.content.split()[0]) == (speaker, first_word)


def test_people_after_a_body_and_li_are_no_part_of_its_name() -> None:
    s = only("ووجهت الهيئة العامة للمواطنين نداء بالتزام المنازل.")
    assert s.speaker == "الهيئة العامة"


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("وحذر الدكتور سامي العلي، عضو نقابة الأطباء، من تناول المضادات دون وصفة.", "سامي العلي", "الدكتور"),
        ("وطالب المهندس رامي خليل، رئيس جمعية المقاولين، بإلغاء الضريبة.", "رامي خليل", "المهندس"),
        ("ودعت الناشطة هدى سالم، مديرة جمعية النساء، إلى حماية الأطفال.", "هدى سالم", "الناشطة"),
    ],
)
def test_a_titled_name_keeps_its_name_before_a_role_in_apposition(body: str, speaker: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("ونفت وزارة الشؤون الخارجية وجود وساطة.", "وزارة الشؤون الخارجية", "وجود وساطة"),
        ("وانتقدت لجنة التجارة الداخلية القرار.", "لجنة التجارة الداخلية", "القرار"),
        (
            "ونفت وزارة التموين والتجارة الداخلية رفع الأسعار.",
            "وزارة التموين والتجارة الداخلية",
            "رفع الأسعار",
        ),
    ],
)
def test_a_nisba_that_may_name_a_ministry_describes_the_genitive_before_it(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("أعلن الوزير إقالة رئيس الهيئة.", "الوزير", "إقالة رئيس الهيئة"),
        ("وأعلنت المديرة إعادة الامتحان للطلاب.", "المديرة", "إعادة الامتحان للطلاب"),
        ("وقالت أمانة العاصمة إن الشوارع ستغلق.", "أمانة العاصمة", "الشوارع ستغلق"),
    ],
)
def test_a_hollow_verbal_noun_is_the_object_and_a_body_of_that_shape_the_subject(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("وقالت النقابات إن الإضراب سيبدأ غدا.", "organization"),
        ("وقالت جمعيات الأطباء إن الأدوية نفدت.", "organization"),
        ("وقالت شركات محلية إن خسائرها كبيرة.", "anonymous"),
    ],
)
def test_a_plural_of_bodies_is_organizations_when_named_and_anonymous_when_not(body: str, kind: str) -> None:
    assert only(body).speaker_kind == kind


@pytest.mark.parametrize(
    ("body", "speaker", "first_word"),
    [
        ("وطالب عدد من أعضاء مجلس إدارة الاتحاد بإقالة المدرب.", "عدد من أعضاء مجلس إدارة الاتحاد", "إقالة"),
        ("واتهم عدد من أعضاء المجلس وزير المالية بالتقصير.", "عدد من أعضاء المجلس", "وزير"),
        ("ودعا عدد من ناشطين حقوقيين الحكومة إلى الإفراج عن المعتقلين.", "عدد من ناشطين حقوقيين", "الحكومة"),
    ],
)
def test_a_partitive_subject_runs_through_its_construct_chain(
    body: str, speaker: str, first_word: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content.split()[0]) == (speaker, first_word)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال مدير المستشفى رياض عبد الأمير إن الحالات عادية.", "رياض عبد الأمير"),
        ("وأكد النائب عبد المهدي الكاظمي أن القانون سيقر.", "عبد المهدي الكاظمي"),
        ("وقال عبد الملك سالم إن الاجتماع انتهى.", "عبد الملك سالم"),
    ],
)
def test_abd_and_a_definite_word_are_one_name_even_when_the_word_is_a_title(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وأشار تقرير أممي إلى أن المياه ملوثة.", "تقرير أممي"),
        ("وذكرت دراسة حكومية أن البطالة ارتفعت.", "دراسة حكومية"),
    ],
)
def test_a_document_with_a_nisba_of_origin_is_no_owned_document(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وطالب عضو مجلس المحافظة علي حسين الوزارة بالشفافية.", "علي حسين", "الوزارة بالشفافية"),
        ("وانتقد عضو مجلس المحافظة علي حسين الشامي القرار.", "علي حسين الشامي", "القرار"),
        ("ونفى رئيس نادي النجوم سامي أبو القاسم رغبته في الرحيل.", "سامي أبو القاسم", "رغبته في الرحيل"),
    ],
)
def test_a_role_with_a_body_in_construct_then_a_name_then_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("قالت الهيئة إن المخزون كاف. كما أعلنت السيطرة على الحريق.", "الهيئة", "السيطرة على الحريق"),
        ("قال الفصيل إن رجاله صامدون. وأعلن الانسحاب من التلة.", "الفصيل", "الانسحاب من التلة"),
        ("قال الحزب إنه سيشارك. كما أكد الالتزام بالميثاق.", "الحزب", "الالتزام بالميثاق"),
    ],
)
def test_a_definite_verbal_noun_with_its_preposition_after_the_verb_is_the_object(
    body: str, speaker: str, content: str
) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.content) == (speaker, content)


def test_a_family_name_with_al_before_ila_stays_the_speaker() -> None:
    s = statements("وقال المهندس سامي الحداد إن الجسر آمن.\n\nولفت الحداد إلى أن الصيانة دورية.")[-1]
    assert (s.speaker, s.content) == ("سامي الحداد", "الصيانة دورية")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "ونقلت الإذاعة عن عضو في رابطة الدفاع عن الصيادين أن القوارب صودرت.",
            "عضو في رابطة الدفاع عن الصيادين",
        ),
        ("وأكدت الهيئة العليا للبحث عن المفقودين أن الفرق وصلت.", "الهيئة العليا للبحث عن المفقودين"),
        ("وقالت جمعية الدفاع عن المستأجرين إن الإيجارات ارتفعت.", "جمعية الدفاع عن المستأجرين"),
    ],
)
def test_an_an_phrase_of_a_bodys_verbal_noun_belongs_to_its_name(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_an_an_phrase_taken_up_by_a_pronoun_is_the_topic() -> None:
    assert only("وقالت وزارة الدفاع عن المناورة إنها ناجحة.").speaker == "وزارة الدفاع"


@pytest.mark.parametrize(
    "body",
    [
        'وقالت جمعية "أطفال بلا مأوى" إن العدد تضاعف.',
        'وتضرر مئة منزل، بحسب ما أفادت الاثنين منظمة "أصدقاء بلا حدود".',
    ],
)
def test_a_b_word_inside_a_quoted_body_name_opens_no_content(body: str) -> None:
    assert "بلا" in only(body).speaker


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("وقال الصياد مبروك العيساوي إن البحر هائج منذ أسبوع.", "مبروك العيساوي", "الصياد"),
        ("وأوضحت المعلمة سلوى داود أن المدرسة بلا كهرباء.", "سلوى داود", "المعلمة"),
        ("وقال الجندي الأمريكي جون سميث إن المهمة انتهت.", "جون سميث", "الجندي الأمريكي"),
    ],
)
def test_a_trade_before_a_name_is_its_role(body: str, name: str, role: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, role)


@pytest.mark.parametrize(
    "body",
    [
        "واستقبل الرئيس وفدا من التجار، مؤكدا أن الاستثمار أولوية.",
        "وأصدر الوزير قرارا بإغلاق المصنع، مشيرا إلى أن التلوث خطير.",
    ],
)
def test_an_accusative_common_noun_after_a_title_is_its_object_not_a_name(body: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (body.split()[1], None)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("واعترفت مديرة المصنع في المذكرة أن الإدارة أخطأت.", "مديرة المصنع"),
        ("وقال أهالي الضحايا في البيان إن العدالة غائبة.", "أهالي الضحايا"),
        ("وكشف المتحدث باسم الوزارة في رده أن الحادث عرضي.", "المتحدث باسم الوزارة"),
    ],
)
def test_the_speech_or_document_a_source_spoke_in_is_no_part_of_it(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("ونفى الدكتور سامر خليل رئيس قسم الجيولوجيا بالمعهد الوطني، وجود صلة بين الحر والمطر.", "سامر خليل"),
        ("وقال المهندس كمال داود مدير مشروع الطاقة الشمسية إن المحطة ستعمل قريبا.", "كمال داود"),
    ],
)
def test_a_title_in_construct_after_a_name_opens_another_role_of_it(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role) == (name, body.split()[1])
    assert not s.content.startswith(("بالمعهد", "مدير"))


def test_where_a_role_is_held_belongs_to_the_subject_of_a_verb_with_an_object() -> None:
    s = only("ونفى رئيس قسم الجيولوجيا بالجامعة الوطنية وجود علاقة بين الزلزال والسد.")
    assert (s.speaker, s.content) == ("رئيس قسم الجيولوجيا بالجامعة الوطنية", "وجود علاقة بين الزلزال والسد")


def test_a_participle_after_a_kana_qad_clause_takes_its_subject() -> None:
    found = statements(
        "قال الوزير سامي العلي إن الوضع مستقر.\n\n"
        "وكان ناشطون قد تداولوا مقاطع مصورة، زاعمين أن المرضى مصابون بالكوليرا."
    )
    assert by_cue(found, "زاعمين").speaker == "ناشطون"


def test_a_contrast_clause_after_kana_qad_has_its_own_subject() -> None:
    found = statements("وكانت الشركة قد نفت الخبر، لكن مديرها سامي العلي أكد أن المفاوضات جارية.")
    assert by_cue(found, "أكد").speaker == "سامي العلي"


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("وطالب مجلس الحي بالمحافظة على الهدوء.", "مجلس الحي", "المحافظة على الهدوء"),
        ("وأعلنت مديرية الري بمحافظة الشمال أن الموسم جيد.", "مديرية الري بمحافظة الشمال", "الموسم جيد"),
    ],
)
def test_an_area_noun_after_b_is_where_a_body_is_unless_its_ala_follows(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وكشفت وثيقة صادرة عن وزارة الري أن المخزون تراجع.", "وزارة الري"),
        ("وكشفت الوثيقة الصادرة عن هيئة الموانئ أن الرسوم سترتفع.", "هيئة الموانئ"),
        ("وكشفت مراسلات مسربة أن الصفقة كانت سرية.", "مراسلات مسربة"),
    ],
)
def test_a_document_and_its_issuer_speak_through_a_verb_of_revealing(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (name, "document")


@pytest.mark.parametrize("name", ["وثائق حكومية", "مراسلات مسربة", "بيانات أولية"])
def test_documents_described_by_an_adjective_are_documents(name: str) -> None:
    assert speaker_kind(name, False, arabic()) == "document"


def test_news_media_described_by_an_adjective_stay_anonymous() -> None:
    assert speaker_kind("وسائل إعلام رياضية", False, arabic()) == "anonymous"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وقال أكبر منتج للقطن في المنطقة، المزارع عادل الحسيني، إن المحصول تضرر.", "عادل الحسيني"),
        ("وقال ثاني أكبر مستورد للقمح في الإقليم، رجل الأعمال سعيد الحلبي، إن الطلب تراجع.", "سعيد الحلبي"),
        ("وقال أقدم عضو في النقابة، الشيخ سالم العتيبي، إن الجلسة تأجلت.", "سالم العتيبي"),
    ],
)
def test_a_superlative_description_then_a_titled_name_in_apposition_speaks(body: str, name: str) -> None:
    s = only(body)
    assert s.speaker == name and s.speaker_role is not None and s.speaker_role.startswith(body.split()[1])


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("وأظهر استطلاع للرأي أجرته مؤسسة القياس الوطنية أن الثقة تراجعت.", "مؤسسة القياس الوطنية"),
        ("وبحسب استطلاع للرأي نشرته المجلة، فإن الحزب يتقدم.", "المجلة"),
    ],
)
def test_a_poll_of_opinion_speaks_for_whoever_conducted_or_published_it(body: str, issuer: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (issuer, "document")


_ADVERB_WORDS = ["جملة", "وتفصيلا", "على", "الإطلاق", "قطعا", "قط", "البتة", "تماما", "من", "الأساس", "نفى"]


@given(st.lists(st.sampled_from(_ADVERB_WORDS), min_size=1, max_size=5), st.integers(0, 4))
def test_a_denial_adverb_is_found_as_its_lists_say(words: list[str], k: int) -> None:
    """_intensifier_at joins a word to the next only when it opens a phrase, and tests the shape
    first: the same answer as looking up the pair, then the word, in the lists."""
    tokens, lex = tokenize(" ".join(words)), arabic()
    k = min(k, len(tokens) - 1)
    key = tokens[k].key
    pair = k + 1 < len(tokens) and lex.has("deny_intensifiers", key + " " + tokens[k + 1].key)
    absolute = lex.has("absolute_adverbs", key) or lex.has("deny_intensifiers", key)
    shaped = key.endswith("ا") and not key.startswith("ال")
    assert _intensifier_at(tokens, k, lex) == (pair or (absolute and shaped))
