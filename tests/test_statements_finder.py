"""Cue families end to end: verbs, participles, verbal nouns, prepositions and colon headlines."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from rawi.statements.paradigm import paradigm
from statements_samples import by_cue, only, statements

FAMILIES = json.loads(resources.files("rawi.statements").joinpath("data", "cues_ar.json").read_text("utf-8"))[
    "cues"
]
QUESTIONS = frozenset(
    json.loads(resources.files("rawi.statements").joinpath("data", "words_ar.json").read_text("utf-8"))[
        "question_lemmas"
    ]
)
SAID = "الحملة ستبدأ الأسبوع المقبل"


def _opening(family: dict[str, Any]) -> str:
    """What introduces the content after this cue: أن, or the cue's own preposition and أن."""
    prep = (family.get("preps") or [""])[0]
    return "بأن" if prep == "ب" else (f"{prep} أن" if prep else "أن")


def _family_cases(form_class: str) -> list[tuple[dict[str, Any], str]]:
    """Each family's forms end to end, less purpose لـ and object forms (in test_statements_paradigm)."""
    cases = []
    for family in FAMILIES:
        if family.get("takes") in ("relay", "document", "claim", "object") or family["lemma"] in QUESTIONS:
            continue
        generated = paradigm(family)
        forms = getattr(generated, form_class)
        cases += [(family, f) for f in forms if f[0] != "ل" and f not in generated.with_object]
    return cases


def _form_id(value: object) -> str:
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize(("family", "form"), _family_cases("verb"), ids=_form_id)
def test_every_verb_form_of_every_family_with_an_attached_waw(family: dict[str, Any], form: str) -> None:
    s = by_cue(statements(f"و{form} وزارة الصحة {_opening(family)} {SAID}."), form)
    assert (s.speaker, s.content) == ("وزارة الصحة", SAID)
    assert s.stance == family.get("stance", "assert")
    assert s.hedged is family.get("hedge", False)


@pytest.mark.parametrize(("family", "form"), _family_cases("participle"), ids=_form_id)
def test_every_participle_of_every_family_after_a_clause(family: dict[str, Any], form: str) -> None:
    s = by_cue(statements(f"قالت وزارة الصحة إن اللقاحات متوفرة، {form} {_opening(family)} {SAID}."), form)
    assert (s.speaker, s.content) == ("وزارة الصحة", SAID)
    assert s.stance == family.get("stance", "assert")
    assert s.hedged is family.get("hedge", False)


QUESTION_FORMS = [
    f for fam in FAMILIES if fam["lemma"] in QUESTIONS for f in paradigm(fam).verb if f[0] != "ل"
]


@pytest.mark.parametrize("form", QUESTION_FORMS)
def test_every_form_of_a_question_verb_asserts_nothing(form: str) -> None:
    assert statements(f"و{form} وزارة الصحة عن موعد الحملة.") == ()


CLAIM_FORMS = [
    (f, fam["stance"])
    for fam in FAMILIES
    if fam.get("takes") == "claim"
    for f in paradigm(fam).verb
    if f not in paradigm(fam).with_object  # 'رفضه' carries its object: a cue only after ما
]


@pytest.mark.parametrize(("form", "stance"), CLAIM_FORMS)
def test_a_claim_cue_denies_or_confirms_a_claim_but_not_an_offer(form: str, stance: str) -> None:
    s = by_cue(statements(f"و{form} الوزارة الاتهامات التي وجهتها المعارضة بشأن الانتخابات."), form)
    assert (s.speaker, s.stance) == ("الوزارة", stance)
    assert s.content.startswith("الاتهامات")
    assert not statements(f"و{form} النادي العرض المقدم من الفريق الإنجليزي لشراء اللاعب.")


VERBS = [
    # perfect, masculine / feminine / plural, with and without an attached و or ف
    (
        "قالت وزارة الزراعة إن موسم القمح سيكون جيدا هذا العام.",
        "وزارة الزراعة",
        "قالت",
        "موسم القمح سيكون جيدا هذا العام",
    ),
    (
        "وقال محافظ البنك المركزي سامي الخطيب إن التضخم سينخفض تدريجيا خلال الربع الثاني.",
        "سامي الخطيب",
        "قال",
        "التضخم سينخفض تدريجيا خلال الربع الثاني",
    ),
    (
        "فقالت الوزيرة هالة منصور إن المدارس ستفتح أبوابها يوم الأحد.",
        "هالة منصور",
        "قالت",
        "المدارس ستفتح أبوابها يوم الأحد",
    ),
    ("فأكد الوزير أن الخطة جاهزة للتنفيذ.", "الوزير", "أكد", "الخطة جاهزة للتنفيذ"),
    (
        "أكدت وزارة الداخلية أن الطرق الرئيسية مفتوحة أمام حركة السير.",
        "وزارة الداخلية",
        "أكدت",
        "الطرق الرئيسية مفتوحة أمام حركة السير",
    ),
    ("وقال المحتجون إن الشرطة استخدمت القوة المفرطة.", "المحتجون", "قال", "الشرطة استخدمت القوة المفرطة"),
    ("وأوضحت الوزارة أن الامتحانات تأجلت أسبوعا واحدا.", "الوزارة", "أوضحت", "الامتحانات تأجلت أسبوعا واحدا"),
    (
        "وأعلنت الشرطة أنها اعتقلت خمسة مشتبه بهم في عملية السرقة.",
        "الشرطة",
        "أعلنت",
        "اعتقلت خمسة مشتبه بهم في عملية السرقة",
    ),
    # imperfect, masculine / feminine
    (
        "تؤكد الحكومة أن الأسعار ستبقى مستقرة حتى نهاية العام.",
        "الحكومة",
        "تؤكد",
        "الأسعار ستبقى مستقرة حتى نهاية العام",
    ),
    ("وتقول الحكومة إن الإصلاحات ستخفض العجز.", "الحكومة", "تقول", "الإصلاحات ستخفض العجز"),
    ("ويقول السكان إن المياه انقطعت منذ ثلاثة أيام.", "السكان", "يقول", "المياه انقطعت منذ ثلاثة أيام"),
    # cues whose content opens with their own preposition
    (
        "وحذرت الأمم المتحدة من أن المجاعة تهدد ملايين الأطفال في المنطقة.",
        "الأمم المتحدة",
        "حذرت",
        "المجاعة تهدد ملايين الأطفال في المنطقة",
    ),
    ("وأشار التقرير إلى أن البطالة ارتفعت بين الشباب.", "التقرير", "أشار", "البطالة ارتفعت بين الشباب"),
    ("وكشفت الدراسة عن أن ثلث السكان يعانون من السمنة.", "الدراسة", "كشفت", "ثلث السكان يعانون من السمنة"),
    ("وشدد الرئيس على أن الأمن خط أحمر لا يمكن تجاوزه.", "الرئيس", "شدد", "الأمن خط أحمر لا يمكن تجاوزه"),
    (
        "أفادت الدراسة بأن الأطفال يقضون ساعات طويلة أمام الشاشات.",
        "الدراسة",
        "أفادت",
        "الأطفال يقضون ساعات طويلة أمام الشاشات",
    ),
    (
        "ورجح الخبراء أن تستمر موجة الحر حتى نهاية الأسبوع.",
        "الخبراء",
        "رجح",
        "تستمر موجة الحر حتى نهاية الأسبوع",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), VERBS)
def test_verb_cues(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, cue, content)


def test_participles_continue_the_clause_speaker() -> None:
    found = statements(
        "قال رئيس البلدية كريم العلي إن فرق الطوارئ تعمل منذ الفجر، "
        "مضيفا أن الأضرار محدودة في الأحياء الشرقية."
    )
    said, added = by_cue(found, "قال"), by_cue(found, "مضيفا")
    assert said.content == "فرق الطوارئ تعمل منذ الفجر"
    assert added.content == "الأضرار محدودة في الأحياء الشرقية"
    assert (added.speaker, added.speaker_role) == ("كريم العلي", "رئيس البلدية")


def test_feminine_participle_after_an_organisation() -> None:
    found = statements(
        "دعت منظمة الصحة العالمية إلى تسريع توزيع اللقاحات في الدول الفقيرة، مؤكدة أن الوباء لم ينته بعد."
    )
    assert by_cue(found, "دعت").content == "تسريع توزيع اللقاحات في الدول الفقيرة"
    confirmed = by_cue(found, "مؤكدة")
    assert (confirmed.speaker, confirmed.content) == ("منظمة الصحة العالمية", "الوباء لم ينته بعد")


def test_plural_participle_after_a_plural_subject() -> None:
    found = statements(
        "وأكد المتظاهرون أنهم سيواصلون الاعتصام حتى تلبية مطالبهم، مضيفين أن السلطات تجاهلت رسائلهم."
    )
    added = by_cue(found, "مضيفين")
    assert (added.speaker, added.content) == ("المتظاهرون", "السلطات تجاهلت رسائلهم")


def test_participle_after_a_posting_verb() -> None:
    s = by_cue(statements("وغرد اللاعب محمد سامي قائلا إن الفريق سيعود أقوى في الموسم المقبل."), "غرد")
    assert (s.speaker, s.speaker_role) == ("محمد سامي", "اللاعب")
    assert s.content == "الفريق سيعود أقوى في الموسم المقبل"


def test_verbal_noun_with_its_genitive_source() -> None:
    s = only("وجاء ذلك بعد إعلان الشركة أنها ستغلق مصنعها في المدينة.")
    assert (s.speaker, s.speaker_kind, s.cue) == ("الشركة", "organization", "إعلان")
    assert s.content == "ستغلق مصنعها في المدينة"


PREPOSITIONAL = [
    (
        "بحسب وزارة الصحة، ارتفع عدد المصابين إلى مئة وعشرين شخصا.",
        "بحسب",
        "وزارة الصحة",
        "ارتفع عدد المصابين إلى مئة وعشرين شخصا",
    ),
    (
        "ارتفع عدد المصابين إلى مئة وعشرين شخصا، بحسب وزارة الصحة.",
        "بحسب",
        "وزارة الصحة",
        "ارتفع عدد المصابين إلى مئة وعشرين شخصا",
    ),
    (
        "ستستمر العاصفة حتى مساء السبت، وفق هيئة الأرصاد الجوية.",
        "وفق",
        "هيئة الأرصاد الجوية",
        "ستستمر العاصفة حتى مساء السبت",
    ),
    (
        "نقلا عن مصادر أمنية، قتل ثلاثة مسلحين في الاشتباك.",
        "نقلا",
        "مصادر أمنية",
        "قتل ثلاثة مسلحين في الاشتباك",
    ),
    (
        "قتل ثلاثة مسلحين في الاشتباك، نقلا عن مصادر أمنية.",
        "نقلا",
        "مصادر أمنية",
        "قتل ثلاثة مسلحين في الاشتباك",
    ),
    (
        "على لسان وزير الخارجية، الحكومة مستعدة للحوار مع المعارضة.",
        "على لسان",
        "وزير الخارجية",
        "الحكومة مستعدة للحوار مع المعارضة",
    ),
    (
        "الحكومة مستعدة للحوار مع المعارضة، على لسان وزير الخارجية.",
        "على لسان",
        "وزير الخارجية",
        "الحكومة مستعدة للحوار مع المعارضة",
    ),
]


INSTITUTION_HEADS = [
    (
        "تراجعت مبيعات السيارات بنسبة عشرة في المئة، بحسب المرصد الوطني للتجارة.",
        "بحسب",
        "المرصد الوطني للتجارة",
        "تراجعت مبيعات السيارات بنسبة عشرة في المئة",
    ),
    (
        "انهار جزء من سور القلعة القديمة بعد الأمطار، وفق الصور الجوية الملتقطة.",
        "وفق",
        "الصور الجوية الملتقطة",
        "انهار جزء من سور القلعة القديمة بعد الأمطار",
    ),
    (
        "ارتفعت حرارة المحيط درجة كاملة خلال عقد، بحسب المعهد الدولي لعلوم البحار.",
        "بحسب",
        "المعهد الدولي لعلوم البحار",
        "ارتفعت حرارة المحيط درجة كاملة خلال عقد",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "content"), INSTITUTION_HEADS)
def test_prepositional_source_headed_by_an_institution_or_a_record(
    body: str, cue: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.cue, s.speaker, s.content) == (cue, speaker, content)


@pytest.mark.parametrize(("body", "cue", "speaker", "content"), PREPOSITIONAL)
def test_prepositional_attribution_at_the_start_or_the_end(
    body: str, cue: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.cue, s.speaker, s.content) == (cue, speaker, content)


TRAILING_CLAUSES = [
    ("ارتفع عدد المصابين إلى مئة شخص، بحسب ما أعلنت وزارة الصحة.", "بحسب", "وزارة الصحة", ()),
    ("ارتفع عدد المصابين إلى مئة شخص، حسبما ذكرت وزارة الصحة.", "حسبما", "وزارة الصحة", ()),
    ("ارتفع عدد المصابين إلى مئة شخص، وفقا لما أوردته نشرة الغرفة الطبية.", "وفقا", "نشرة الغرفة الطبية", ()),
    (
        "ارتفع عدد المصابين إلى مئة شخص، وفق ما نقلته وكالة الأناضول عن مصادر طبية.",
        "نقلته",
        "مصادر طبية",
        ("وكالة الأناضول",),
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "via"), TRAILING_CLAUSES)
def test_a_trailing_according_to_what_clause_attributes_the_clause_before(
    body: str, cue: str, speaker: str, via: tuple[str, ...]
) -> None:
    s = only(body)
    assert (s.cue, s.speaker, s.via) == (cue, speaker, via)
    assert s.content == "ارتفع عدد المصابين إلى مئة شخص"


def test_a_preposition_before_a_non_source_is_no_attribution() -> None:
    assert statements("ستعمل المصانع وفق الظروف الجديدة حتى نهاية العام.") == ()


COLON_HEADLINES = [
    ("بيسكوف: هذا تقرير خاطئ", "بيسكوف", "هذا تقرير خاطئ", "indirect"),
    (
        "نقابة الأطباء: الإضراب مستمر حتى تلبية المطالب",
        "نقابة الأطباء",
        "الإضراب مستمر حتى تلبية المطالب",
        "indirect",
    ),
    (
        'وزير المالية: "الميزانية ستعرض على البرلمان الشهر المقبل"',
        "وزير المالية",
        "الميزانية ستعرض على البرلمان الشهر المقبل",
        "direct",
    ),
]


@pytest.mark.parametrize(("headline", "speaker", "content", "quote_type"), COLON_HEADLINES)
def test_colon_headlines(headline: str, speaker: str, content: str, quote_type: str) -> None:
    s = only("عقد البرلمان جلسة طارئة لمناقشة الأوضاع.", headline=headline)
    assert (s.cue, s.speaker, s.content, s.quote_type) == (":", speaker, content, quote_type)
    assert s.in_headline


def test_actions_without_content_and_questions_are_no_statements() -> None:
    assert statements("التقى الوزير سفير اليابان في مكتبه صباح اليوم.") == ()
    assert statements("وسأل صحافيون الوزير عن موعد الانتخابات.") == ()
    assert statements("رحبت الأمم المتحدة بالوفد الزائر.") == ()  # welcoming visitors, not a decision


NO_STATEMENT = [
    # a negated or future speech act reports nothing
    "ولم يوضح المتحدث ما إذا كانت المفاوضات ستستأنف الشهر المقبل.",
    "ولن يعلق الوزير على نتائج التحقيق قبل صدورها.",
    "لم تنف الشرطة ولم تؤكد أن المشتبه به اعتقل.",
    "وسيعلن الوزير أن الخطة جاهزة.",
    "وسوف يعلن الوزير أن الخطة جاهزة.",
    # an imperfect with no subject before a complementiser is an agentless passive
    "ويعتقد أن المهاجمين فروا إلى الجبال بعد الحادث.",
    "يذكر أن المهرجان يقام كل عامين في العاصمة.",
    "وتبين أن السائق كان مسرعا.",
    # a participle agreeing with the indefinite noun before it is an adjective
    "وكانت النتيجة مؤكدة منذ بداية المباراة.",
    "حققت الشركة قفزة لافتة في أرباحها خلال الربع الأول.",
    # a designation is a decision, not a statement
    "أعلنت السلطات حالة التأهب القصوى في خمسة أقاليم جنوبية.",
    "وأعلن الرئيس الحداد الوطني ثلاثة أيام.",
    # declining to comment, a passive transfer, a goal reached
    "ورفض المتحدث التعليق على نتائج التحقيق.",
    "وامتنعت الشركة عن التعليق على الخبر.",
    "ونقل المصابون إلى مستشفى المدينة لتلقي العلاج.",
    "وتوصل الفريق إلى اتفاق مع المدرب الجديد.",
]


@pytest.mark.parametrize("body", NO_STATEMENT)
def test_false_cues_give_no_statement(body: str) -> None:
    assert statements(body) == ()


def test_a_negated_belief_verb_still_holds_a_view() -> None:
    s = only("ولا يرى الخبير الاقتصادي أن الأزمة ستنتهي قريبا.")
    assert (s.speaker, s.cue, s.content) == ("الخبير الاقتصادي", "يرى", "الأزمة ستنتهي قريبا")


def test_a_subject_makes_the_imperfect_active() -> None:
    s = only("ويعتقد الباحثون أن الجفاف سيطول هذا العام.")
    assert (s.speaker, s.content, s.hedged) == ("الباحثون", "الجفاف سيطول هذا العام", True)


def test_a_circumstantial_participle_after_a_name_stays_a_cue() -> None:
    s = by_cue(statements("وتحدثت سلمى عن تجربتها، مؤكدة أن الطريق كان صعبا."), "مؤكدة")
    assert (s.speaker, s.content) == ("سلمى", "الطريق كان صعبا")


def test_between_is_no_cue_but_its_other_forms_are() -> None:
    s = only("وقع خلاف بين الوزير والنقابة، حيث أكد العمال أن الأجور متدنية.")
    assert (s.speaker, s.cue) == ("العمال", "أكد")
    s = only("وبينت المديرة أن الحملة ستبدأ الأسبوع المقبل.")
    assert (s.speaker, s.cue, s.content) == ("المديرة", "بينت", "الحملة ستبدأ الأسبوع المقبل")


NEW_LEMMAS = [
    ("وخلصت اللجنة إلى أن الحريق كان عرضيا.", "اللجنة", "خلصت", "الحريق كان عرضيا"),
    ("وتوصل الباحثون إلى أن الدواء فعال.", "الباحثون", "توصل", "الدواء فعال"),
    ("ويشكك المعارضون في أن الانتخابات ستكون نزيهة.", "المعارضون", "يشكك", "الانتخابات ستكون نزيهة"),
    ("وأفصحت الشركة عن أن أرباحها تضاعفت.", "الشركة", "أفصحت", "أرباحها تضاعفت"),
    ("وندد الاتحاد بالاعتداء على الصحفيين.", "الاتحاد", "ندد", "الاعتداء على الصحفيين"),
    ("وأشادت الوزيرة بأداء الفريق الطبي.", "الوزيرة", "أشادت", "أداء الفريق الطبي"),
    ("وأوردت النشرة أن الطريق أغلق ساعتين.", "النشرة", "أوردت", "الطريق أغلق ساعتين"),
    ("وأبدى الوزير استعداده للتفاوض مع النقابات.", "الوزير", "أبدى", "استعداده للتفاوض مع النقابات"),
    ("ويأمل المزارعون أن تهطل الأمطار قريبا.", "المزارعون", "يأمل", "تهطل الأمطار قريبا"),
    ("وشكا السكان من أن المياه مقطوعة منذ أيام.", "السكان", "شكا", "المياه مقطوعة منذ أيام"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), NEW_LEMMAS)
def test_reporting_lemmas_by_meaning(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content) == (speaker, cue, content)


PARADIGM_FORMS = [
    ("وخرج المدير ليوضح أن المصنع سيعمل بطاقته الكاملة.", "المدير", "ليوضح", "المصنع سيعمل بطاقته الكاملة"),
    ("وعقد المحافظ مؤتمرا صحفيا ليعلن أن الطريق سيفتح.", "المحافظ", "ليعلن", "الطريق سيفتح"),
    ("واستقبلت المديرة الوفد لتؤكد أن المدرسة آمنة.", "المديرة", "لتؤكد", "المدرسة آمنة"),
    ("أما مشروع القانون فوصفه النواب بأنه متسرع.", "النواب", "وصفه", "متسرع"),
    ("قالت الوزيرتان إن المحادثات مثمرة. وأكدتا أن الاتفاق قريب.", "الوزيرتان", "أكدتا", "الاتفاق قريب"),
    ("تقول الممرضات إن العمل مرهق. ويطالبن بأن تزاد الأجور.", "الممرضات", "يطالبن", "تزاد الأجور"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), PARADIGM_FORMS)
def test_generated_forms_end_to_end(body: str, speaker: str, cue: str, content: str) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_after_ma_a_description_needs_its_clause() -> None:
    s = only("ورفض الحزب ما وصفها المتحدث بأنها مزاعم كاذبة.")
    assert (s.speaker, s.cue, s.content) == ("المتحدث", "وصفها", "مزاعم كاذبة")
    assert statements("استهدفت الغارة ما وصفها الجيش مخزنا للسلاح.") == ()


def test_after_ma_a_pronoun_object_verb_takes_no_clause_before_it() -> None:
    found = statements("وارتفع عدد الجرحى إلى عشرين، بحسب ما أعلنه مستوصف البلدة.")
    assert not [s for s in found if s.cue == "أعلنه"]


EXPECTED_OBJECTS = [
    ("وتوقع المحللون استمرار الارتفاع.", "المحللون", "توقع", "استمرار الارتفاع"),
    ("ورجحت أوساط حزبية إرجاء المؤتمر شهرا.", "أوساط حزبية", "رجحت", "إرجاء المؤتمر شهرا"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), EXPECTED_OBJECTS)
def test_expectation_takes_a_verbal_noun_object(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content, s.hedged) == (speaker, cue, content, True)


def test_a_definite_object_of_expectation_is_no_content() -> None:
    assert statements("وتوقع الفريق الفوز في المباراة.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إن من يتحدثون عن إغلاق المعبر يجهلون الوقائع.",
        "وأكد الحكم أن من يقولون إن المباراة بيعت لا يعرفون اللعبة.",
    ],
)
def test_a_cue_whose_subject_is_a_free_relative_is_no_statement(text: str) -> None:
    found = statements(text)
    assert [s.cue for s in found] == [next(w for w in ("قالت", "أكد") if w in text)], found


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "ونفى الأب ما ذكرته الإدارة عن قيامها بنقل ابنته إلى المستشفى.",
            "ذكرته",
            "الإدارة",
            "قيامها بنقل ابنته إلى المستشفى",
        ),
        (
            "ونفى المدرب الأنباء التي ذكرتها صحف محلية بشأن رحيله عن الفريق، مؤكدا أنه باق.",
            "ذكرتها",
            "صحف محلية",
            "رحيله عن الفريق",
        ),
    ],
)
def test_a_relative_cue_with_its_pronoun_says_what_follows_a_topic_preposition(
    body: str, cue: str, speaker: str, content: str
) -> None:
    inner = by_cue(statements(body), cue)
    assert (inner.speaker, inner.content, inner.stance) == (speaker, content, "assert")


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "ونفت الشركة ما تداولته حسابات على مواقع التواصل بشأن إغلاق مصنعها في المدينة.",
            "تداولته",
            "حسابات",
            "إغلاق مصنعها في المدينة",
        ),
        (
            "ونفت البلدية ما يردده سكان الحي عن قطع المياه أسبوعا.",
            "يردده",
            "سكان الحي",
            "قطع المياه أسبوعا",
        ),
        (
            "وقالت الوزارة إنه لا أساس لما نشرته صحف معارضة عن بيع الميناء لشركة أجنبية.",
            "نشرته",
            "صحف معارضة",
            "بيع الميناء لشركة أجنبية",
        ),
    ],
)
def test_circulating_and_publishing_verbs_after_ma_say_what_follows_a_topic_preposition(
    body: str, cue: str, speaker: str, content: str
) -> None:
    inner = by_cue(statements(body), cue)
    assert (inner.speaker, inner.content, inner.stance) == (speaker, content, "assert")


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "ونفت البلدية ما يردده سكان الحي من أن المياه ستقطع أسبوعا.",
            "يردده",
            "سكان الحي",
            "المياه ستقطع أسبوعا",
        ),
        ("ونفى النادي ما يروجه مشجعون غاضبون من أن المدرب سيرحل.", "يروجه", "مشجعون غاضبون", "المدرب سيرحل"),
    ],
)
def test_min_before_a_complementiser_opens_the_content_not_the_subject(
    body: str, cue: str, speaker: str, content: str
) -> None:
    inner = by_cue(statements(body), cue)
    assert (inner.speaker, inner.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("وقال الحزب في بيان نشرته صحيفة محلية إن الانتخابات ستجري في موعدها.", "قال"),
        ("وأضافت الهيئة في تقرير نشرته أمس أن الصادرات ارتفعت.", "أضافت"),
    ],
)
def test_a_publishing_verb_with_its_pronoun_after_a_document_noun_is_an_attribute(
    body: str, cue: str
) -> None:
    assert [s.cue for s in statements(body)] == [cue]


def test_a_circulating_verb_after_a_passive_auxiliary_does_not_hide_a_denial() -> None:
    s = only("وقال المدير إن ما يتم تداوله عن إغلاق المدرسة غير صحيح.")
    assert (s.cue, s.stance) == ("قال", "deny")


def test_circulated_news_is_a_statement_of_the_outlets() -> None:
    s = only("وتناقلت وسائل إعلام محلية أن الجسر سيغلق أسبوعا.")
    assert (s.speaker, s.speaker_kind, s.content) == ("وسائل إعلام محلية", "anonymous", "الجسر سيغلق أسبوعا")


def test_a_trailing_attribution_with_a_pronoun_verb_takes_the_clause_before() -> None:
    s = only("أصيب خمسة عمال في انهيار جدار بموقع البناء، حسب ما ذكره مصدر في الشرطة.")
    assert s.speaker == "مصدر في الشرطة"
    assert s.content == "أصيب خمسة عمال في انهيار جدار بموقع البناء"


def test_words_said_after_an_addressee_need_no_complementiser() -> None:
    found = statements("وقال المدرب إن اللاعبين طلبوا منه راحة، فقال لهم لن نتوقف قبل المباراة.")
    assert [(s.speaker, s.content) for s in found] == [
        ("المدرب", "اللاعبين طلبوا منه راحة"),
        ("المدرب", "لن نتوقف قبل المباراة"),
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            'وقال المدير إن "الوزير عرض دعما للنادي، فقلت له نحن لا نحتاج شيئا الآن" ثم غادر.',
            "نحن لا نحتاج شيئا الآن",
        ),
        (
            'وأضافت الطبيبة: "سألوني عن الدواء فقلت لهم لا يوجد مخزون كاف، وننتظر شحنة جديدة".',
            "لا يوجد مخزون كاف، وننتظر شحنة جديدة",
        ),
    ],
)
def test_a_speaker_quoting_his_own_words_inside_his_quotation(body: str, content: str) -> None:
    inner = by_cue(statements(body), "قلت")
    assert inner.content == content
    assert inner.speaker in ("المدير", "الطبيبة")


DIRECTED = [
    (
        "وجهت النقابة اتهامات للإدارة بتجاهل مطالب العمال.",
        "وجهت",
        "النقابة",
        "اتهامات للإدارة بتجاهل مطالب العمال",
    ),
    (
        "ووجه مدير المدرسة الثانوية، سامي العلي، شكره للمعلمين على جهودهم خلال العام.",
        "وجه",
        "سامي العلي",
        "شكره للمعلمين على جهودهم خلال العام",
    ),
    (
        "وكانت وزارة النقل قد حمّلت الشركة المشغلة، المسؤولية عن تأخر القطارات.",
        "حمّلت",
        "وزارة النقل",
        "الشركة المشغلة، المسؤولية عن تأخر القطارات",
    ),
    (
        "وحمّل وزير المالية المصارف الخاصة مسؤولية ارتفاع الأسعار في الأسواق.",
        "حمّل",
        "وزير المالية",
        "المصارف الخاصة مسؤولية ارتفاع الأسعار في الأسواق",
    ),
]


@pytest.mark.parametrize(("body", "cue", "speaker", "content"), DIRECTED)
def test_verb_that_speaks_through_its_object_noun(body: str, cue: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.cue, s.speaker, s.content) == (cue, speaker, content)


def test_directed_verb_in_a_relative_clause_speaks_for_the_words_owner() -> None:
    found = statements(
        "انتقد الاتحاد تصريحات وزير العمل التي حمّل فيها النقابات المستقلة مسؤولية الإضرابات المتكررة."
    )
    s = by_cue(found, "حمّل")
    assert (s.speaker, s.content) == ("وزير العمل", "النقابات المستقلة مسؤولية الإضرابات المتكررة")


@pytest.mark.parametrize(
    "body",
    [
        "تحمل السيارة على متنها ثلاثة ركاب إلى المدينة.",
        "وقف الطفل في وجه التهديدات بشجاعة نادرة.",
        "وجهت الشركة الدعوة لعشرات الضيوف لحضور الافتتاح.",
    ],
)
def test_directed_verb_without_its_object_noun_is_no_statement(body: str) -> None:
    assert statements(body) == ()


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "وكانت الشركتان قد تبادلتا الاتهامات، بيد أنهما نفيا وجود أي خلاف مالي.",
            "الشركتان",
            "وجود أي خلاف مالي",
        ),
        ("التقى المديران أمس في العاصمة، لكنهما نفيا أي نية للاندماج.", "المديران", "أي نية للاندماج"),
    ],
)
def test_a_dual_denial_after_its_pronoun_subject(body: str, speaker: str, content: str) -> None:
    s = by_cue(statements(body), "نفيا")
    assert (s.speaker, s.stance, s.content) == (speaker, "deny", content)


def test_a_dual_that_reads_as_a_noun_is_no_cue() -> None:
    assert [s.cue for s in statements("ونفى الوزير الخبر نفيا قاطعا.")] == ["نفى"]


def test_a_denial_after_a_contrast_ends_the_content_before_it() -> None:
    found = statements("إذ كان كل من البلدين هددا بالرد على الهجوم، بيد أنهما نفيا قصف الموقع.")
    threat, denial = by_cue(found, "هددا"), by_cue(found, "نفيا")
    assert threat.content == "الرد على الهجوم"
    assert (denial.speaker, denial.stance, denial.content) == ("البلدين", "deny", "قصف الموقع")


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "وأكد متحدث باسم الشرطة أن الحملة مستمرة، مهددا بإغلاق المعابر كلها.",
            "متحدث باسم الشرطة",
            "إغلاق المعابر كلها",
        ),
        (
            "وقال رئيس البلدية إن المشروع متأخر، مهددا بالاستقالة من منصبه.",
            "رئيس البلدية",
            "الاستقالة من منصبه",
        ),
    ],
)
def test_a_threatening_participle_after_a_comma_is_a_statement(body: str, speaker: str, content: str) -> None:
    s = by_cue(statements(body), "مهددا")
    assert (s.speaker, s.content) == (speaker, content)


def test_a_feminine_threatened_participle_is_no_cue() -> None:
    body = "وقال الخبير إن المدينة باتت مهددة بالغرق بسبب ارتفاع منسوب البحر."
    assert [s.cue for s in statements(body)] == ["قال"]


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            'وقال موظف في البلدية للإذاعة، طالبا عدم الكشف عن هويته، "الميزانية نفدت منذ أشهر".',
            "موظف في البلدية",
            "الميزانية نفدت منذ أشهر",
        ),
        (
            'وقال موظف في المصرف، مفضلا أيضا عدم ذكر اسمه "اللصوص فروا عبر الحدود".',
            "موظف في المصرف",
            "اللصوص فروا عبر الحدود",
        ),
    ],
)
def test_a_request_not_to_be_named_is_no_statement(body: str, speaker: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        ("ونفت الشركة مزاعم ناشطين بأن مصنعها لوث البحيرة.", "مزاعم", "ناشطين", "مصنعها لوث البحيرة"),
        ("ورفض الوزير ادعاءات المعارضة بأن الانتخابات زورت.", "ادعاءات", "المعارضة", "الانتخابات زورت"),
    ],
)
def test_a_claim_noun_with_its_genitive_source_and_a_that_clause_is_a_statement(
    body: str, cue: str, speaker: str, content: str
) -> None:
    found = statements(body)
    claim = by_cue(found, cue)
    assert (claim.speaker, claim.content, claim.stance) == (speaker, content, "assert")
    denial = next(s for s in found if s.cue != cue)
    assert denial.stance == "deny" and denial.content.startswith(cue)


def test_a_claim_noun_without_a_source_before_its_that_clause_is_no_statement() -> None:
    assert [s.cue for s in statements("ورد المدير على اتهامات بأن المدرسة مغلقة.")] == ["رد"]


@pytest.mark.parametrize(
    "body",
    [
        "سامي العلي- الصحيفة- جدة: أغلقت البلدية السوق المركزي بعد الحريق.",
        "مراسلنا - الخرطوم: تواصلت الاشتباكات في الأحياء الجنوبية.",
    ],
)
def test_a_dateline_after_a_byline_is_no_colon_statement(body: str) -> None:
    assert statements(body) == ()


@pytest.mark.parametrize(
    ("body", "outer"),
    [
        ("وقال الخبير إن القرائن تشير إلى أن الحريق كان متعمدا.", ["قال"]),
        ("وتشير المؤشرات إلى أن النمو سيتباطأ.", []),
        ("وأكدت الشرطة أن القرائن تؤكد أن القاتل فر.", ["أكدت"]),
    ],
)
def test_evidence_that_points_to_something_is_no_speaker(body: str, outer: list[str]) -> None:
    assert [s.cue for s in statements(body)] == outer


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وأغلقت المحال أبوابها، بحسب سكان وكانت الشرطة انتشرت في الشوارع.", "سكان"),
        ("وارتفعت أسعار الخضار في الأسواق، بحسب تجار وكان الطلب ضعيفا منذ أشهر.", "تجار"),
    ],
)
def test_a_source_ends_before_a_new_clause_with_kana(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "content", "stance"),
    [
        ("ونقلت الوكالة عن مصدر أمني نفيه للأنباء عن الهجوم.", "مصدر أمني", "للأنباء عن الهجوم", "deny"),
        ("ونقلت القناة عن شهود إشارتهم إلى سماع انفجارين.", "شهود", "سماع انفجارين", "assert"),
        ("ونقلت الصحيفة عن الوزير قوله إن الميزانية جاهزة.", "الوزير", "الميزانية جاهزة", "assert"),
    ],
)
def test_a_relayed_saying_noun_ends_the_source_and_its_object_is_the_content(
    body: str, speaker: str, content: str, stance: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.stance) == (speaker, content, stance)
    assert s.via and s.via[0] in body


def test_a_relayed_saying_noun_before_a_colon_keeps_the_words_after_it() -> None:
    s = only('ونقلت الصحيفة عن الوزير قوله أيضا: "الميزانية جاهزة".')
    assert (s.speaker, s.content, s.via) == ("الوزير", "الميزانية جاهزة", ("الصحيفة",))


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "ونفت الجامعة ما نشر على مواقع محلية عن إلغاء الامتحانات.",
            "نشر",
            "مواقع محلية",
            "إلغاء الامتحانات",
        ),
        (
            "ونفى الوزير ما يتردد في الأوساط السياسية عن استقالته، مؤكدا أنه باق.",
            "يتردد",
            "الأوساط السياسية",
            "استقالته",
        ),
    ],
)
def test_an_agentless_circulation_after_ma_names_its_medium_as_the_source(
    body: str, cue: str, speaker: str, content: str
) -> None:
    found = statements(body)
    inner = by_cue(found, cue)
    assert (inner.speaker, inner.speaker_kind, inner.content, inner.stance) == (
        speaker,
        "anonymous",
        content,
        "assert",
    )
    assert found[0].stance == "deny"


def test_a_circulation_verb_without_a_topic_preposition_is_no_statement() -> None:
    assert [s.cue for s in statements("وقالت الشركة إن ما نشر في الصحف غير دقيق.")] == ["قالت"]


DOCUMENT_OWNERS = [
    ("وجاء في بيان للنقابة أن الإضراب سيستمر حتى تحقيق المطالب.", "النقابة"),
    ("وجاء في بيان لنقابة المعلمين أن الإضراب سيستمر حتى تحقيق المطالب.", "نقابة المعلمين"),
    ("وجاء في بيان صادر عن وزارة النقل أن الطريق سيفتح غدا.", "وزارة النقل"),
]


@pytest.mark.parametrize(("body", "speaker"), DOCUMENT_OWNERS)
def test_what_is_in_an_owned_document_is_its_owner_speaking(body: str, speaker: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.cue) == (speaker, "document", "جاء")


def test_an_unowned_document_with_no_one_before_gives_no_statement() -> None:
    assert statements("وجاء في بيان أن الخسائر تجاوزت مليون دينار.") == ()


CLAIM_NOUNS_WITH_A_SOURCE_AFTER_MIN = [
    (
        "وانتشرت تقارير من ناشطين، الأحد، بسقوط قذائف على الحي الشرقي.",
        "ناشطين",
        "تقارير",
        "بسقوط قذائف على الحي الشرقي",
    ),
    (
        "وتداولت الصفحات أنباء من سكان المنطقة بحدوث انفجار قرب المصفاة.",
        "سكان المنطقة",
        "أنباء",
        "بحدوث انفجار قرب المصفاة",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), CLAIM_NOUNS_WITH_A_SOURCE_AFTER_MIN)
def test_a_claim_noun_with_its_source_after_min_and_a_b_complement(
    body: str, speaker: str, cue: str, content: str
) -> None:
    s = by_cue(statements(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_genitive_before_b_may_be_the_accused_and_speaks_not() -> None:
    found = statements("ونفت البلدية اتهام الوزير بالتقصير في الصيانة.")
    assert [s.speaker for s in found] == ["البلدية"]


OBJECT_AFTER_A_SPEECH_CONTEXT = [
    ("وأكد الوزير في تصريح صحفي وجود خلل في النظام.", "وجود خلل في النظام"),
    ("ونفى المتحدث في بيان الاتهامات الموجهة للشركة.", "الاتهامات الموجهة للشركة"),
]


@pytest.mark.parametrize(("body", "content"), OBJECT_AFTER_A_SPEECH_CONTEXT)
def test_where_it_was_said_is_no_part_of_an_object_content(body: str, content: str) -> None:
    assert only(body).content == content


def test_a_speech_context_inside_a_that_clause_stays() -> None:
    s = only("وأضاف المدير أنه في إطار الإصلاح سيتم تغيير الإدارة.")
    assert s.content == "في إطار الإصلاح سيتم تغيير الإدارة"


PUBLISHED_REPORTS = [
    ("ونشرت صحف محلية أنباء عن إفلاس شركة الطيران.", "صحف محلية", "أنباء عن إفلاس شركة الطيران"),
    (
        "ونشرت مواقع إخبارية مساء أمس تقارير حول استقالة المدرب.",
        "مواقع إخبارية",
        "تقارير حول استقالة المدرب",
    ),
    ("وأوردت الإذاعة خبرا عن إغلاق المعبر الحدودي.", "الإذاعة", "خبرا عن إغلاق المعبر الحدودي"),
]


@pytest.mark.parametrize(("body", "speaker", "content"), PUBLISHED_REPORTS)
def test_a_publishing_verb_with_a_report_about_something_is_a_statement(
    body: str, speaker: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.content, s.stance) == (speaker, content, "assert")


def test_a_publishing_verb_with_another_object_is_no_statement() -> None:
    assert statements("ونشرت الوزارة صورا للمعبر الحدودي.") == ()
    assert statements("ونشرت الصحيفة الأنباء كاملة في عددها الأخير.") == ()


def test_a_page_s_link_label_before_a_colon_is_no_speaker() -> None:
    assert (
        statements("عقد البرلمان جلسة طارئة.", headline="رابط الخبر بموقع المدينة: البرلمان يعقد جلسة") == ()
    )
    assert statements("عقد البرلمان جلسة طارئة.", headline="اقرأ أيضا: البرلمان يعقد جلسة طارئة") == ()


@pytest.mark.parametrize(
    "body",
    [
        "وتقدر الخسائر بملايين الدولارات.",
        "وقال المدير إن وزن الشحنة كان يقدر بحوالي 20 طنا، بما يعني أن الشاحنة تجاوزت الحد.",
        "ويقدر عدد المتطوعين بنحو ألف شاب، ما يعني أن الحملة نجحت.",
    ],
)
def test_a_verb_of_estimating_before_an_amount_is_the_passive(body: str) -> None:
    """'يقدر بحوالي 20 طنا': 'is estimated at', nobody speaks; a later أن is no complement of it."""
    assert all(s.cue not in ("تقدر", "يقدر") for s in statements(body))


def test_a_verb_of_estimating_with_a_complement_still_speaks() -> None:
    assert only("ويقدر الخبراء أن الخسائر تجاوزت مليون دولار.").cue == "يقدر"


@pytest.mark.parametrize(
    "body",
    [
        "وأغلقت الشرطة مصنعا تبين أنه يعمل دون ترخيص.",
        "وقتل شخصان على يد مسلحين مجهولين يرجح أنهم من عصابة محلية.",
        "وصادرت الجمارك شحنة أدوية يعتقد أنها مهربة.",
    ],
)
def test_an_impersonal_verb_after_an_indefinite_noun_describes_it(body: str) -> None:
    """'مصنعا تبين أنه', 'مسلحين يرجح أنهم': 'that turned out / are believed to', nobody speaks."""
    assert statements(body) == ()


def test_a_document_before_an_impersonal_verb_still_speaks() -> None:
    assert only("وأصدرت الهيئة تقريرا يرجح أن الأسعار سترتفع.").content == "الأسعار سترتفع"


def test_rejecting_insinuations_is_a_denial() -> None:
    found = statements("ورفض الوزير الإشارات التي تحدثت عن استقالته.")
    assert by_cue(found, "رفض").stance == "deny"


def test_what_appeared_is_no_reply() -> None:
    """'ما ورد في الصحف': ورد 'appeared', not و + رد; the content runs on over it."""
    s = only('وأوضحت الوزارة أنها تدرس ما ورد في الصحف عن "تسرب الأسئلة قبل الامتحان".')
    assert (s.cue, s.content) == ("أوضحت", 'تدرس ما ورد في الصحف عن "تسرب الأسئلة قبل الامتحان"')


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "وقال الوزير إن الخطة جاهزة. وعبر عن أمله بأن تبدأ الأعمال قريبا.",
            "تبدأ الأعمال قريبا",
        ),
        ("وعبرت النقابة عن رفضها لتأجيل صرف الرواتب.", "رفضها لتأجيل صرف الرواتب"),
    ],
)
def test_expressed_before_its_preposition_is_the_cue_not_via(body: str, content: str) -> None:
    """'عبر عن': 'via' takes no preposition of its own, so عبر before عن is the verb."""
    assert by_cue(statements(body), body.split(". ")[-1].split()[0].removeprefix("و")).content == content


def test_via_before_a_noun_stays_no_cue() -> None:
    assert statements("ووصلت الشحنة عبر ميناء المدينة.") == ()


def test_evidence_pointing_is_nobody_speaking() -> None:
    s = only("وقال الطبيب إن التحاليل لم تظهر أي قرينة تشير إلى تسمم.")
    assert s.content == "التحاليل لم تظهر أي قرينة تشير إلى تسمم"


def test_an_outlet_spelt_in_letters_keeps_its_inner_inna() -> None:
    s = only("وقالت سي إن إن إن الرئيس سيزور المنطقة.")
    assert (s.speaker, s.content) == ("سي إن إن", "الرئيس سيزور المنطقة")


def test_a_passive_auxiliary_makes_the_cue_a_verbal_noun() -> None:
    """'وتم رصد الحادث': 'was spotted', nobody speaks; the describer inside the relative still does."""
    s = only('وتم رصد الحادث، الذي وصفه شهود بأنه "مروع"، صباح الأحد.')
    assert (s.speaker, s.cue) == ("شهود", "وصفه")


@pytest.mark.parametrize(
    "body",
    [
        'وقالت الممثلة: "أشعر بالحرج حين يقول لي الناس إنني فقدت وزني".',
        "وقال المدرب إنه سيستقيل إذا قال الاتحاد إن الفريق لن يشارك.",
        "وأوضح المحامي أن موكله سيطعن في الحكم لو أعلنت المحكمة أنه مذنب.",
    ],
)
def test_a_saying_imagined_after_if_or_whenever_is_no_statement(body: str) -> None:
    """'إذا قال', 'لو أعلنت', 'حين يقول لي الناس': no saying was made."""
    assert len(statements(body)) == 1


def test_a_past_saying_after_when_is_a_statement() -> None:
    assert only("وغضب الجمهور عندما قال الحكم إن الهدف ملغى.").speaker == "الحكم"


@pytest.mark.parametrize(
    "body",
    ["وكان اللاعب قد اتهم بالتلاعب في نتائج المباريات.", "وسبق أن اتهمت بالتقصير في عملها."],
)
def test_an_accusing_verb_right_before_its_ba_is_the_passive(body: str) -> None:
    """'اتهم بالتلاعب': no accused before the ب, so 'was accused of'; nobody speaks."""
    assert statements(body) == ()


def test_an_accusing_verb_with_its_object_pronoun_keeps_the_noun_as_accuser() -> None:
    found = statements("وقال الوزير إن الخطة جاهزة. واتهمه النائب بالمبالغة.")
    assert by_cue(found, "اتهمه").speaker == "النائب"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("ونصحه الأطباء بالراحة.", "الراحة"),
        ("وينصح المدرب السابق اللاعب الشاب بالانتقال إلى نادي المدينة.", "الانتقال إلى نادي المدينة"),
    ],
)
def test_advising_with_ba_is_a_statement(body: str, content: str) -> None:
    """نصح takes its advice after ب ('نصحه الأطباء بالراحة'), as طالب and أوصى do."""
    assert only(body).content.endswith(content)


def test_an_elative_after_one_of_is_no_cue() -> None:
    """'أحد أبرز المهندسين': after 'one of' the word is an adjective, not the verb أبرز."""
    body = "وقال المدير إن الحادث أودى بحياة سامي العلي، أحد أبرز المهندسين في الشركة، "
    found = statements(body + "قبل أن تعلن الشرطة أن التحقيق بدأ.")
    assert [s.cue for s in found] == ["قال", "تعلن"]


@pytest.mark.parametrize(
    "body",
    ["تحقيق رسمي: فتح المدعون تحقيقا في الحادث.", "ارتفاع قياسي: سجلت الأسعار أعلى مستوى لها منذ عقد."],
)
def test_a_subheading_naming_an_event_before_a_colon_is_no_speaker(body: str) -> None:
    assert statements("سرق لصوص مجوهرات من شقة في المدينة.\n\n" + body) == ()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("مصدر أمني: المشتبه به غادر البلاد.", "مصدر أمني"),
        ("تعليم المدينة: لا نقص في المقاعد.", "تعليم المدينة"),
    ],
)
def test_a_source_or_a_sector_of_a_place_before_a_colon_speaks(body: str, speaker: str) -> None:
    assert [s.speaker for s in statements(body)] == [speaker]


def test_a_participle_shaped_noun_after_a_verb_is_its_object() -> None:
    found = statements("وقالت مصادر حكومية إن المجلس يدرس مقترحا لرفع سن التقاعد، على أن يطبق العام المقبل.")
    assert [s.cue for s in found] == ["قالت"]


def test_a_participle_with_its_complement_after_an_adjective_stays_a_cue() -> None:
    found = statements("وخصصت الوزارة مساكن بأسعار تفاضلية مؤكدة أن النقابة لم تحترم الاتفاق.")
    assert [s.cue for s in found] == ["مؤكدة"]


@pytest.mark.parametrize(
    "body", ["ويعتقد كثيرون أن الحكومة تسعى إلى تمرير القرار.", "ويقول كثير من المراقبين إن القرار متسرع."]
)
def test_many_people_unnamed_are_anonymous(body: str) -> None:
    assert statements(body)[0].speaker_kind == "anonymous"
