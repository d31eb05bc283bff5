"""Assembly: chains in `via`, outlets told, headline statements, order and offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.statements.assemble import _bare_role_word, _owned_noun, _role_word
from rawi.statements.backrefs import OWNED
from statements_samples import by_cue, extract, only, statements


def test_a_relayed_source_has_the_relaying_outlet_in_via() -> None:
    s = only("ونقلت بلومبرغ عن شخصين مقربين من الكرملين أن الرئيس يدرس تعديل الحكومة.")
    assert (s.speaker, s.speaker_kind, s.cue) == ("شخصين مقربين من الكرملين", "anonymous", "نقلت")
    assert s.via == ("بلومبرغ",)
    assert s.content == "الرئيس يدرس تعديل الحكومة"


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("ووفقا لصحيفة الأخبار، تأجل الاجتماع إلى الأسبوع المقبل.", "صحيفة الأخبار"),
        ("ووفقا لمجلة الاقتصاد، سترتفع الأسعار في الربيع.", "مجلة الاقتصاد"),
    ],
)
def test_an_outlet_giving_its_own_account_is_not_its_own_via(body: str, outlet: str) -> None:
    s = only(body)
    assert (s.speaker, s.via) == (outlet, ())


def test_a_relay_with_a_saying_noun() -> None:
    s = only("ونقلت وكالة الأنباء الرسمية عن مصدر في وزارة الداخلية قوله إن الحدود ستبقى مغلقة.")
    assert (s.speaker, s.speaker_kind) == ("مصدر في وزارة الداخلية", "anonymous")
    assert s.via == ("وكالة الأنباء الرسمية",)
    assert s.content == "الحدود ستبقى مغلقة"


@pytest.mark.parametrize(
    ("body", "speaker", "via", "content"),
    [
        (
            "أفادت صحيفة الأيام، نقلا عن مصادر مطلعة، بأن الوزير سيستقيل قريبا.",
            "مصادر مطلعة",
            "صحيفة الأيام",
            "الوزير سيستقيل قريبا",
        ),
        (
            "وذكر التلفزيون المحلي نقلا عن مسؤول في البلدية أن الطريق سيفتح غدا.",
            "مسؤول في البلدية",
            "التلفزيون المحلي",
            "الطريق سيفتح غدا",
        ),
        (
            'وذكرت وكالة الأنباء الوطنية، "وان"، نقلا عن مصدر أمني أن انفجارا وقع قرب الميناء.',
            "مصدر أمني",
            "وكالة الأنباء الوطنية",
            "انفجارا وقع قرب الميناء",
        ),
        (
            "وتابعت المجلة، نقلا عن مصادرها، أن المفاوضات توقفت.",
            "مصادر",
            "المجلة",
            "المفاوضات توقفت",
        ),
        (
            "كشف الصحفي الرياضي سامر نادر، نقلاً عن مقربين من المدرب، أن الفريق سيغير خطته.",
            "مقربين من المدرب",
            "سامر نادر",
            "الفريق سيغير خطته",
        ),
    ],
)
def test_a_source_quoted_after_the_subject_speaks_through_it(
    body: str, speaker: str, via: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_kind, s.via, s.content) == (speaker, "anonymous", (via,), content)


def test_an_outlet_told_goes_in_via() -> None:
    s = only("وقال وزير الطاقة نادر الصافي لوكالة رويترز إن الإنتاج سيرتفع في الربع المقبل.")
    assert (s.speaker, s.via) == ("نادر الصافي", ("وكالة رويترز",))
    s = only("قال وزير النقل عادل فهمي لوكالة الأناضول إن القطار الجديد سيعمل في الصيف.")
    assert s.via == ("وكالة الأناضول",)


def test_an_interview_with_an_outlet_goes_in_via() -> None:
    s = only("وقالت الممثلة ليلى سعيد في مقابلة مع قناة الحياة إن الفيلم سيعرض في الخريف.")
    assert s.via == ("قناة الحياة",)
    assert s.content == "الفيلم سيعرض في الخريف"


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("قال مدير الميناء كريم سالم لـCNN إن السفن ستعود إلى العمل غدا.", "CNN"),
        ('وفي حوار مع صحيفة "النهار"، قال الكاتب وليد منصور إن روايته ستصدر قريبا.', 'صحيفة "النهار"'),
        ("وقالت المديرة هدى رفعت في حديث إلى الإذاعة الوطنية إن المدارس ستفتح الأحد.", "الإذاعة الوطنية"),
    ],
)
def test_an_outlet_told_in_latin_letters_fronted_or_spoken_to_goes_in_via(body: str, via: str) -> None:
    assert only(body).via == (via,)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("قال وزير الري فادي نعيم إن السد سيكتمل قريبا، بحسب ما نشرته صحيفة الأخبار.", "صحيفة الأخبار"),
        ("وأكد المهندس باسم عادل أن الجسر آمن تماما، وفقا لوكالة الأنباء المحلية.", "وكالة الأنباء المحلية"),
    ],
)
def test_an_outlet_credited_after_the_content_goes_in_via(body: str, via: str) -> None:
    assert only(body).via == (via,)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("وقال المدير سامر يوسف في تصريحات لمجلة العلوم إن البحث اكتمل.", ("مجلة العلوم",)),
        ("وقال الوزير سامر يوسف في تصريح له إن الوضع مستقر.", ()),
        (
            "وكانت مصادر حكومية أعلنت عن مقتل القائد، حسبما نقلت عنها وكالة الأنباء المحلية.",
            ("وكالة الأنباء المحلية",),
        ),
    ],
)
def test_an_outlet_after_a_speech_noun_or_relaying_after_the_content_goes_in_via(
    body: str, via: tuple[str, ...]
) -> None:
    assert only(body).via == via


def test_an_outlet_reporting_after_the_content_is_the_speaker_of_its_own_statement() -> None:
    found = statements("وأكد المدير أحمد علي أن المصنع سيفتح الشهر المقبل، حسبما أوردت قناة الشرق.")
    assert by_cue(found, "حسبما").via == ()
    assert by_cue(found, "أكد").via == ("قناة الشرق",)


def test_elided_follow_ups_of_the_same_interview_keep_its_via() -> None:
    said, added = statements(
        'وقال وزير النقل عادل فهمي في تصريح لـ"الشرق" إن القطار الجديد سيعمل في الصيف.\n\n'
        "وأضاف أن التذاكر ستكون بأسعار مخفضة للطلاب."
    )
    assert said.via == added.via == ("الشرق",)
    assert (added.speaker, added.speaker_role) == ("عادل فهمي", "وزير النقل")


def test_a_follow_up_told_another_outlet_has_that_outlet_alone() -> None:
    found = statements(
        "قال رئيس الهيئة سالم فاروق لوكالة رويترز إن الرحلات ستستأنف الاثنين.\n\n"
        "وأوضح للوكالة أن المطارات ستبقى مغلقة.\n\n"
        "وقال في وقت لاحق لقناة الأخبار إن الطواقم جاهزة."
    )
    assert [len(s.via) for s in found] == [1, 1, 1]
    assert found[1].via[0].endswith("رويترز")
    assert found[2].via == ("قناة الأخبار",)


def test_a_follow_up_told_our_reporter_has_no_intermediary() -> None:
    found = statements(
        "قال وزير الزراعة نبيل حمدي لصحيفة الأخبار إن القمح يكفي لستة أشهر.\n\n"
        "وأضاف لمراسلتنا في المدينة أن الأسعار لن تتغير.\n\n"
        "وتابع أن المخازن ممتلئة."
    )
    assert [s.via for s in found] == [("صحيفة الأخبار",), (), ()]


def test_an_outlet_that_several_speakers_told_is_the_house_outlet() -> None:
    found = statements(
        'قال رئيس النادي فؤاد حسن لـ"الرياضية" إن المدرب باق.\n\n'
        'وقال اللاعب سمير خالد لـ"الرياضية" إن الفريق جاهز.\n\n'
        'وقال الحارس رامي عادل لـ"الرياضية" إن الجمهور سيحضر بكثافة.'
    )
    assert [s.speaker for s in found] == ["فؤاد حسن", "سمير خالد", "رامي عادل"]
    assert all(s.via == () for s in found)


def test_an_agency_named_by_its_kind_that_several_speakers_told_stays_an_intermediary() -> None:
    found = statements(
        "قال الوزير فؤاد حسن لوكالة الأنباء المحلية إن الجسر سيفتح.\n\n"
        "وقال المحافظ سمير خالد لوكالة الأنباء المحلية إن الطريق جاهز.\n\n"
        "وقال المهندس رامي عادل لوكالة الأنباء المحلية إن العمل انتهى."
    )
    assert [s.via for s in found] == [("وكالة الأنباء المحلية",)] * 3


def test_an_article_credited_outlet_is_no_intermediary() -> None:
    extraction = extract(
        "قال وزير النقل عادل فهمي لوكالة الأناضول إن القطار الجديد سيعمل في الصيف.\n\nالمصادر: الأناضول"
    )
    assert extraction.article.sources == ("الأناضول",)
    assert [s.via for s in extraction.statements] == [()]


def test_headline_statements_are_marked_and_come_first() -> None:
    headline, body = statements(
        "قال وزير التموين إن الأسعار لن تتغير هذا العام.", headline="الحكومة تؤكد استقرار أسعار الخبز"
    )
    assert (headline.speaker, headline.cue, headline.in_headline) == ("الحكومة", "تؤكد", True)
    assert headline.content == "استقرار أسعار الخبز"
    assert not body.in_headline


def test_a_headline_speaker_is_no_antecedent_for_the_body() -> None:
    found = statements("وأضاف أن الأسعار لن تتغير هذا العام.", headline="الحكومة تؤكد استقرار أسعار الخبز")
    assert [s.in_headline for s in found] == [True]


def test_statements_come_in_text_order_with_offsets_into_the_article() -> None:
    extraction = extract(
        "بحسب وزارة الصحة، ارتفع عدد المصابين إلى مئة شخص.\n\n"
        "وقالت مصادر مطلعة إن المفاوضات تعثرت.\n\n"
        "دعت منظمة الصحة العالمية إلى تسريع توزيع اللقاحات، مؤكدة أن الوباء لم ينته بعد."
    )
    found = extraction.statements
    assert [s.cue for s in found] == ["بحسب", "قالت", "دعت", "مؤكدة"]
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert all(extraction.article.text[s.start : s.end] == s.content for s in found)


def test_one_statement_per_cue_in_one_paragraph() -> None:
    found = statements("قال الوزير ماجد سالم إن الاتفاق صامد، وأضاف أن الهدنة ستمدد أسبوعا.")
    assert by_cue(found, "قال").content == "الاتفاق صامد"
    assert by_cue(found, "أضاف").content == "الهدنة ستمدد أسبوعا"
    assert by_cue(found, "أضاف").speaker == "ماجد سالم"


def test_a_caption_statement_stops_before_the_photo_credit() -> None:
    caption, body = statements(
        "أكد وزير الزراعة جمال حسين أن موسم القمح جيد - رويترز\n\nقال المزارعون إن الأمطار جاءت في وقتها."
    )
    assert (caption.speaker, caption.cue, caption.content) == ("جمال حسين", "أكد", "موسم القمح جيد")
    assert not caption.in_headline
    assert body.content == "الأمطار جاءت في وقتها"


def test_boilerplate_lines_are_never_annotated() -> None:
    s = only(
        "قال المزارعون إن الأمطار جاءت في وقتها.\n\n"
        "اقرأ أيضا: الحكومة تؤكد أن أسعار الخبز لن ترتفع\n\nشارك القصة"
    )
    assert s.content == "الأمطار جاءت في وقتها"


def test_told_the_agency_named_before_keeps_it_as_via() -> None:
    found = statements("وقال المتحدث لوكالة رويترز إن الوضع هادئ. ثم قال مسؤول آخر للوكالة إن الاجتماع تأجل.")
    assert found[1].content == "الاجتماع تأجل"
    assert len(found[1].via) == 1 and found[1].via[0].endswith("رويترز")


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "وذكرت وكالة محلية أن سامر الخطيب أحد مديري شركة الأمن الرقمي وجه اتهاما إلى جهة مجهولة. "
            "وأوضح المدير أن الاختراق بدأ قبل أسبوع.",
            "سامر الخطيب",
            "المدير",
        ),
        (
            "وأفادت الإذاعة بأن يوسف القاضي أحد مستشاري رئيس الحكومة التقى الوفد. "
            "وقال المستشار إن اللقاء كان إيجابيا.",
            "يوسف القاضي",
            "المستشار",
        ),
    ],
)
def test_one_of_the_officials_names_a_later_bare_role(body: str, name: str, role: str) -> None:
    s = statements(body)[-1]
    assert (s.speaker, s.speaker_role) == (name, role)


@pytest.mark.parametrize(
    ("body", "speaker", "outlet"),
    [
        (
            "وقال مسؤول محلي، بحسب الإذاعة الرسمية، إن الحريق أخمد بعد ساعتين.",
            "مسؤول محلي",
            "الإذاعة الرسمية",
        ),
        (
            'وأكد شاهد عيان، وفق وكالة الأنباء الوطنية، "سمعنا دويا كبيرا قبل الفجر".',
            "شاهد عيان",
            "وكالة الأنباء الوطنية",
        ),
    ],
)
def test_an_attribution_between_speaker_and_content_is_a_relay(body: str, speaker: str, outlet: str) -> None:
    s = only(body)
    assert (s.speaker, s.via) == (speaker, (outlet,))


@pytest.mark.parametrize(
    "office",
    ["وزير الزراعة", "وزير الزراعة الفرنسي"],
)
def test_the_same_title_over_another_noun_is_another_office(office: str) -> None:
    found = statements(
        "وقال وزير المالية، كمال الساعدي، إن العجز سيتراجع هذا العام.\n\n"
        f"وسئل {office} عن موسم الحصاد فقال إن المحصول جيد."
    )
    assert [s.speaker for s in found] == ["كمال الساعدي", office]


def test_a_title_over_a_word_of_the_held_role_is_the_same_office() -> None:
    found = statements(
        "وقال رئيس النادي الوطني، سالم العبيدي، إن الموسم كان صعبا.\n\n"
        "وكشف رئيس الوطني عن تعاقدات جديدة في الصيف."
    )
    assert [s.speaker for s in found] == ["سالم العبيدي", "سالم العبيدي"]


@pytest.mark.parametrize(
    ("body", "speaker", "outlet", "content"),
    [
        (
            'ونفى الوزير سامي العلي وفقا لما نقلته الإذاعة الوطنية "وجود أي اتفاق سري مع الشركة".',
            "سامي العلي",
            "الإذاعة الوطنية",
            "وجود أي اتفاق سري مع الشركة",
        ),
        (
            "وقالت الوزيرة هدى سالم، بحسب ما نقله التلفزيون الرسمي، إن المدارس ستفتح الأحد.",
            "هدى سالم",
            "التلفزيون الرسمي",
            "المدارس ستفتح الأحد",
        ),
    ],
)
def test_what_an_outlet_relayed_after_the_speaker_comes_through_it(
    body: str, speaker: str, outlet: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.via, s.content) == (speaker, (outlet,), content)


def test_follow_ups_keep_the_outlet_that_relayed_the_first_statement() -> None:
    said, added = statements(
        "وقال المدير رامي نصار، وفقا لما أوردته صحيفة المساء، إن المصنع سيغلق. وأضاف أن العمال سيعوضون."
    )
    assert said.via == added.via == ("صحيفة المساء",)
    assert added.speaker == "رامي نصار"


def test_a_leading_according_to_what_a_paper_wrote_credits_the_paper() -> None:
    s = only("ووفقا لما ذكرته الصحيفة المحلية، فإن الوزير سيستقيل قريبا من منصبه.")
    assert (s.speaker, s.content) == ("الصحيفة المحلية", "الوزير سيستقيل قريبا من منصبه")


@pytest.mark.parametrize("again", ["وأوضح وزير الصحة", "وتابع الوزير"])
def test_the_last_speaker_taken_up_by_role_keeps_the_relaying_outlet(again: str) -> None:
    said, more = statements(
        "ونقلت الإذاعة الرسمية عن وزير الصحة كمال يونس قوله إن اللقاح وصل. "
        f"{again} أن التطعيم يبدأ الأسبوع المقبل."
    )
    assert said.via == more.via == ("الإذاعة الرسمية",)
    assert more.speaker == "كمال يونس"


def test_the_last_speaker_named_again_speaks_afresh() -> None:
    said, more = statements(
        "وقال المدرب سالم فارس لصحيفة الملاعب إن الفريق جاهز. وقال فارس إن الجمهور سيحضر."
    )
    assert said.via == ("صحيفة الملاعب",)
    assert (more.speaker, more.via) == ("سالم فارس", ())


@pytest.mark.parametrize(
    ("body", "speaker", "via", "content"),
    [
        (
            "وأعلنت الإذاعة الرسمية نقلا عن فرق الإطفاء إصابة خمسة عمال في انفجار.",
            "فرق الإطفاء",
            "الإذاعة الرسمية",
            "إصابة خمسة عمال في انفجار",
        ),
        (
            "وأكد التلفزيون المحلي نقلا عن أطباء محليين ارتفاع عدد المصابين.",
            "أطباء محليين",
            "التلفزيون المحلي",
            "ارتفاع عدد المصابين",
        ),
    ],
)
def test_a_source_quoted_before_an_object_content_speaks_it(
    body: str, speaker: str, via: str, content: str
) -> None:
    s = only(body)
    assert (s.speaker, s.via, s.content) == (speaker, (via,), content)


def test_a_denial_told_of_by_another_speaker_comes_through_them() -> None:
    found = statements("وقال المتحدث باسم المنظمة سامي دوران إن البلدية نفت وجود أي إصابات في الحي.")
    denial = by_cue(found, "نفت")
    assert (denial.speaker, denial.stance, denial.via) == ("البلدية", "deny", ("سامي دوران",))


def test_an_anonymous_source_taken_up_again_keeps_the_relaying_outlet() -> None:
    found = statements(
        'أفادت صحيفة "الأنباء"، نقلا عن مصدر في وزارة النقل، بأن المطار الجديد سيفتتح في الربيع.\n\n'
        "وأضاف المصدر أن كلفة المشروع تجاوزت التقديرات."
    )
    assert [s.via for s in found] == [("الأنباء",), ("الأنباء",)]


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("وقال الصياد لوسائل إعلام محلية بعد عودته إن البحر هادئ.", "وسائل إعلام محلية"),
        ("وقال الطبيب سمير ناجي لوسائل الإعلام إن المريض بخير.", "وسائل الإعلام"),
        ("وقال المزارع سعيد حسن لمراسل صحيفة النهار إن سعر القمح تضاعف.", "صحيفة النهار"),
    ],
)
def test_told_the_media_at_large_or_an_outlets_reporter(body: str, via: str) -> None:
    assert only(body).via == (via,)


@given(st.text(alphabet="بالتقريانهوس", max_size=9))
def test_an_owned_noun_is_the_first_cut_of_a_prefix_length_that_is_one(key: str) -> None:
    """_owned_noun skips cuts that leave no noun's length: it is the first cut, in prefix order, in OWNED."""
    cuts = (key[len(prefix) :] for prefix in ("", "ب", "ال", "بال"))
    assert _owned_noun(key) == next((cut for cut in cuts if cut in OWNED), "")


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("قال المدرب وليد سمارة إن اللاعبين متعبون. وبحسبه، فإن الرحلة أصعب.", "بحسبه", "الرحلة أصعب"),
        ("قالت الباحثة نجوى عيسى إن المياه ملوثة. والآبار جفت كلها، على حد قولها.", "على", "الآبار جفت كلها"),
        ("أوضحت النقابة أن الأجور متدنية. ووفقا لها، فإن الإضراب سيستمر.", "وفقا", "الإضراب سيستمر"),
    ],
)
def test_an_attribution_to_a_pronoun_credits_the_last_speaker(body: str, cue: str, content: str) -> None:
    first, second = statements(body)
    assert (second.speaker, second.cue, second.content) == (first.speaker, cue, content)


def test_an_attribution_to_a_pronoun_takes_up_the_subject_of_its_own_clause() -> None:
    s = only("وأغلق الجيش الطريق بعد تسلل مسلحين، بحسبه، عبر الحدود.")
    assert (s.speaker, s.cue) == ("الجيش", "بحسبه")


def test_a_feminine_pronoun_takes_up_no_masculine_speaker() -> None:
    found = statements("قال الوزير سامي العلي إن الخطة جاهزة. والأسعار سترتفع، على حد قولها.")
    assert [s.speaker for s in found] == ["سامي العلي"]


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        ('وكشفت صحيفة "النجم"، استنادا إلى وثائق رسمية، أن الوزارة أخفت العجز.', "وثائق رسمية", ("النجم",)),
        ("وأفادت الإذاعة، استنادا إلى مصادر طبية، بأن الجرحى عشرة.", "مصادر طبية", ("الإذاعة",)),
    ],
)
def test_a_source_brought_in_by_istinadan_ila_speaks_through_the_outlet(
    body: str, speaker: str, via: tuple[str, ...]
) -> None:
    s = only(body)
    assert (s.speaker, s.via) == (speaker, via)


@pytest.mark.parametrize("word", ["الجزائري", "للوزير", "بالعراقية", "لبنان", "ال"])
def test_a_remembered_role_word_is_the_role_word_worked_out(word: str) -> None:
    assert _role_word(word) == _bare_role_word(word) == _role_word(word)
