"""Denial targets: which words of a target name a source, and rarity-weighted word coverage."""

from __future__ import annotations

from dataclasses import replace

from claims_samples import article, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.build import build_claims
from rawi.claims.denials import attributed
from rawi.claims.features import build_features
from rawi.claims.mentions import Mention, mentions_of
from rawi.claims.speakers import resolve_speakers
from rawi.claims.text import content_words


def test_the_words_after_an_attribution_can_name_a_source() -> None:
    assert content_words("الأفق") <= attributed("ما نشرته صحيفة الأفق عن إغلاق المعبر")
    assert content_words("الحكومة") <= attributed("مزاعم الحكومة حول تهريب السلاح")
    assert content_words("النقابة") <= attributed("الاتهامات التي تحدثت عنها النقابة أمس")
    assert content_words("البلدية") <= attributed("ما أعلنته البلدية قبل يومين")
    assert attributed("اتهامات النقابة بتزوير الانتخابات الداخلية") == content_words("النقابة")
    assert attributed("مزاعم حكومة بريطانيا بتهريب الآثار") == content_words("حكومة بريطانيا")
    assert attributed("ما نشرته صحيفة الأفق عن إغلاق المعبر") == content_words("الأفق")


def test_a_place_or_body_a_denial_only_mentions_names_no_source() -> None:
    assert attributed("استقالة رئيس البلدية قرب العاصمة بعد الفيضان") == frozenset()
    assert attributed("ادعاءات بقصف جوي على الميناء الشمالي") == frozenset()
    assert attributed("المزاعم حول مسؤولية الجيش عن الحريق") == frozenset()
    assert attributed("الاتهامات الموجهة إليه بشأن صفقة القمح") == frozenset()
    assert attributed("الادعاءات المنسوبة إليها حول الانتخابات") == frozenset()


def test_a_shared_rare_word_counts_for_more_than_a_shared_common_one() -> None:
    said = [f"المدينة شهدت حادثا رقم {n} هذا الأسبوع" for n in range(6)] + ["المدينة أغلقت المرفأ القديم"]
    text = "أخبار\n2024-03-01\n" + ". ".join(said) + ".\n"
    found = mentions_of(article("a.txt", text, "موقع", [statement(text, c, "الشرطة") for c in said]))
    features = build_features(found, resolve_speakers(found, load_aliases()))
    target = content_words("إغلاق المرفأ في المدينة")
    assert features.covered(target, features.words[-1]) > 0.8
    assert features.covered(target, features.words[0]) < 0.2


def _article(name: str, day: str, said: list[tuple[str, str, dict[str, object]]]) -> list[Mention]:
    """One article dated `day` holding the statements (content, speaker, fields) in order."""
    text = f"خبر\n{day}\n" + ". ".join(c for c, _s, _f in said) + ".\n"
    return mentions_of(article(name, text, "موقع", [statement(text, c, s, **f) for c, s, f in said]))


EXAMS = "تأجيل الامتحانات"


def test_a_denial_carried_by_another_outlet_takes_the_report_already_denied_on_a_tie() -> None:
    deny = {"stance": "deny", "cue": "نفى", "target": EXAMS}
    found = [
        *_article("a.txt", "2024-05-01", [
            ("الوزارة قررت تأجيل الامتحانات إلى الشهر المقبل", "مصادر", {"speaker_kind": "anonymous"}),
            ("لا صحة لتأجيل الامتحانات", "الوزير", deny),
        ]),
        *_article("c.txt", "2024-05-01", [
            ("اللجنة ستناقش تأجيل الامتحانات", "اللجنة", {"speaker_kind": "organization"}),
        ]),
        *_article("b.txt", "2024-05-02", [("ينفي تأجيل الامتحانات", "الوزير", deny)]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    targets = {by_id[r].file: by_id[t].file for r, t, _c, _s, _m in claims.links}
    assert targets == {"a.txt": "a.txt", "b.txt": "a.txt"}


STRIKE = {"stance": "deny", "cue": "نفت"}
DENIED = "مسؤوليتها عن الضربات على الميناء"
ORG = {"speaker_kind": "organization"}
ANONYMOUS = {"speaker_kind": "anonymous"}


def test_a_state_never_denies_its_own_position_under_its_capital_s_name() -> None:
    found = _article("a.txt", "2024-06-01", [
        ("الضربات على الميناء خط أحمر", "روما", {"speaker_kind": "organization"}),
        ("الضربات على الميناء مصدرها مجهول", "مرصد محلي", {"speaker_kind": "organization"}),
        (DENIED, "إيطاليا", {**STRIKE, "target": DENIED}),
    ])  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["مرصد محلي"]


def test_a_state_denying_it_acted_takes_the_report_that_names_it_as_the_actor() -> None:
    target = "قصفا تركيا على قاعدة جوية قرب الحدود"
    found = _article("a.txt", "2024-06-02", [
        ("أصابع الاتهام تتجه نحو قاعدة جوية قرب الحدود", "ناشطون", {"speaker_kind": "anonymous"}),
        ("الغارة على القاعدة الجوية على الأرجح تركية", "التلفزيون المحلي", {"speaker_kind": "organization"}),
        (target, "أنقرة", {**STRIKE, "target": target}),
    ])  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["التلفزيون المحلي"]


def test_a_report_that_relays_a_confirmation_is_not_what_it_confirms() -> None:
    text = (
        "خبر\n2024-07-01\nذكر موقع محلي أن الإدارة نقلت الطالب إلى صف آخر. "
        "وقال الأب إن مسؤولين في المدرسة يؤكدون صحة نقل ابنه إلى صف آخر.\n"
    )
    said = "صحة نقل ابنه إلى صف آخر"
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "الإدارة نقلت الطالب إلى صف آخر", "موقع محلي", speaker_kind="organization"),
        statement(text, "مسؤولين في المدرسة يؤكدون صحة نقل ابنه إلى صف آخر", "الأب"),
        statement(text, said, "مسؤولين في المدرسة", stance="confirm", cue="يؤكدون", target=said),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["موقع محلي"]


def test_a_denial_of_what_a_government_announced_takes_the_report_of_its_capital() -> None:
    target = "ما أعلنته الحكومة الكندية عن إغلاق المصنع"
    found = _article("a.txt", "2024-07-02", [
        ("نقابة العمال تتوقع إغلاق المصنع وتسريح العمال الشهر المقبل", "نقابة العمال", ORG),
        ("المصنع سيغلق الشهر المقبل", "أوتاوا", ORG),
        (target, "مدير المصنع", {**STRIKE, "cue": "نفى", "target": target}),
    ])  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["أوتاوا"]


def test_a_report_with_the_very_span_of_the_denial_is_what_it_denies() -> None:
    text = "خبر\n2024-07-03\nنفت الشركة الاندماج مع المصرف.\n"
    said = "الاندماج مع المصرف"
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, said, "مصادر", speaker_kind="anonymous"),
        statement(text, said, "الشركة", stance="deny", cue="نفت", target=said, speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["مصادر"]


def _affirmed(content: str, cue: str = "أكدوا") -> Mention:
    """A statement by officials with the given cue and content, as the extractor gives it."""
    text = f"خبر\n2024-07-04\nوقال مسؤولون {content}.\n"
    found = mentions_of(article("a.txt", text, "موقع", [statement(text, content, "مسؤولون", cue=cue)]))
    return found[0]


def test_an_affirmation_of_what_only_points_back_is_a_confirmation() -> None:
    from rawi.claims.denials import reread

    assert reread(_affirmed("هذا الخبر")).stance == "confirm"
    assert reread(_affirmed("للنقابة هذا الخبر")).stance == "confirm"
    assert reread(_affirmed("لوزارة الصحة المحلية صحة هذه المعلومات", "يؤكدون")).stance == "confirm"
    assert reread(_affirmed("أن هذه الزيارة تمت أمس")).stance == "assert"
    assert reread(_affirmed("هذا الخبر", "قالوا")).stance == "assert"


def test_a_confirmation_the_extractor_found_loses_its_recipient() -> None:
    from dataclasses import replace

    from rawi.claims.denials import reread

    found = replace(_affirmed("للجنة التحقيق هذا الخبر"), stance="confirm", target="للجنة التحقيق هذا الخبر")
    assert (reread(found).stance, reread(found).target) == ("confirm", "هذا الخبر")


def test_a_confirmation_that_points_back_takes_its_own_article_s_report_not_another_outlet_s() -> None:
    text = (
        "خبر\n2024-07-05\nقال وزير النقل إن التوقف سيبدأ غدا. وأكد مسؤولون لنقابة عمال الموانئ هذا الخبر.\n"
    )
    found = [
        *_article("a.txt", "2024-07-05", [("النقابة أعلنت إضراب عمال الموانئ", "مصادر", ORG)]),
        *mentions_of(article("b.txt", text, "موقع", [
            statement(text, "التوقف سيبدأ غدا", "وزير النقل"),
            statement(text, "لنقابة عمال الموانئ هذا الخبر", "مسؤولون", cue="أكدوا"),
        ])),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["وزير النقل"]


def test_a_state_never_denies_what_its_leader_said_with_another_s() -> None:
    found = _article("a.txt", "2024-07-06", [
        ("رد حازم ومشترك على إغراق السفينة", "الرئيسان المصري والسوداني", ORG),
        ("مصدر الصواريخ التي أغرقت السفينة الشحن", "خبراء بحريون", ORG),
        ("تكون القاهرة وراء إغراق السفينة", "مصر", {**STRIKE, "target": "تكون القاهرة وراء إغراق السفينة"}),
    ])  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert "الرئيسان المصري والسوداني" not in [by_id[t].speaker for _r, t, _c, _s, _m in claims.links]


def test_a_law_or_budget_approved_with_aqarra_is_no_confirmation() -> None:
    from rawi.claims.denials import reread

    def said(content: str, target: str | None = None) -> Mention:
        """A confirmation cued by أقر, as the extractor gives it."""
        m = _affirmed(content, "أقر")
        return replace(m, stance="confirm", target=target or content)

    assert reread(said("الموازنة العامة للعام المقبل")).stance == "assert"
    assert reread(said("قانون الضرائب الجديد")).stance == "assert"
    assert reread(said("بوجود أخطاء في الحسابات")).stance == "confirm"
    assert reread(said("أن الخطة تأخرت")).stance == "confirm"
    assert reread(said("هذا الخبر")).stance == "confirm"


def test_an_affirmation_of_a_plain_proposition_is_no_confirmation() -> None:
    from rawi.claims.denials import reread

    def said(content: str) -> Mention:
        """A confirmation cued by يؤكدون, as the extractor gives it."""
        return replace(_affirmed(content, "يؤكدون"), stance="confirm", target=content)

    assert reread(said("انتقال المدرب إلى النادي الجديد")).stance == "assert"
    assert reread(said("تأخر الرحلات في المطار")).stance == "assert"
    assert reread(said("صحة التقارير عن انتقال المدرب")).stance == "confirm"
    assert reread(said("ما أعلنه النادي أمس")).stance == "confirm"
    assert reread(said("ذلك")).stance == "confirm"


def test_an_untruth_before_a_back_reference_or_a_source_is_a_denial() -> None:
    from rawi.claims.denials import reread

    denial = reread(_affirmed("الشركة أكدت عدم صحة هذه الأنباء جملة وتفصيلا", "قالوا"))
    assert (denial.stance, denial.target and denial.target.split()[:2]) == ("deny", ["هذه", "الانباء"])
    assert reread(_affirmed("لا صحة لما نشرته الصحيفة عن إفلاس المصرف", "قالوا")).stance == "deny"
    assert reread(_affirmed("عدم صحة الأرقام لا يغير نتيجة التحقيق", "قالوا")).stance == "assert"


def test_a_statement_calling_the_news_untrue_denies_the_report_before_it() -> None:
    text = (
        "خبر\n2024-07-08\nذكرت صحيفة محلية أن المصنع سيغلق أبوابه الشهر المقبل. "
        "وقال مدير المصنع إن الإدارة أكدت عدم صحة هذه الأنباء.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "المصنع سيغلق أبوابه الشهر المقبل", "صحيفة محلية", speaker_kind="organization"),
        statement(text, "الإدارة أكدت عدم صحة هذه الأنباء", "مدير المصنع"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [(by_id[r].speaker, by_id[t].speaker) for r, t, _c, _s, _m in claims.links] == [
        ("مدير المصنع", "صحيفة محلية")
    ]


def test_a_denial_that_only_points_back_takes_the_target_of_the_denial_just_before_it() -> None:
    text = (
        "خبر\n2024-08-01\nاتهمت جمعية المزارعين المصنع بتلويث النهر. "
        "وقال خبير بيئي إن مياه الشرب في القرى المجاورة آمنة. "
        "ونفى المصنع أي مسؤولية عن تلويث النهر. "
        "وقالت إدارة المصنع إن هذه الاتهامات أكاذيب يروجها بعض الجيران.\n"
    )
    back = "هذه الاتهامات أكاذيب يروجها بعض الجيران"
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "المصنع بتلويث النهر", "جمعية المزارعين", speaker_kind="organization"),
        statement(text, "مياه الشرب في القرى المجاورة آمنة", "خبير بيئي"),
        statement(text, "أي مسؤولية عن تلويث النهر", "المصنع", stance="deny", cue="نفى",
                  target="أي مسؤولية عن تلويث النهر", speaker_kind="organization"),
        statement(text, back, "إدارة المصنع", stance="deny", cue="قالت", target=back,
                  speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["جمعية المزارعين"] * 2


def test_a_denial_of_the_allegations_takes_the_accusation_just_before_it() -> None:
    text = (
        "خبر\n2024-08-02\nذكر التلفزيون الرسمي أن صواريخ أصابت المطار العسكري. "
        "ونفى الجيش المجاور ضلوعه في قصف المطار العسكري. "
        "واتهمت منظمات حقوقية الحكومة بقتل المتظاهرين في الساحة. "
        "ونقلت الإذاعة عن مسؤول حكومي نفيه للادعاءات.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "صواريخ أصابت المطار العسكري", "التلفزيون الرسمي", speaker_kind="organization"),
        statement(text, "ضلوعه في قصف المطار العسكري", "الجيش المجاور", stance="deny", cue="نفى",
                  target="ضلوعه في قصف المطار العسكري", speaker_kind="organization"),
        statement(text, "الحكومة بقتل المتظاهرين في الساحة", "منظمات حقوقية", speaker_kind="organization"),
        statement(text, "للادعاءات", "مسؤول حكومي", stance="deny", cue="نفيه", target="للادعاءات",
                  speaker_kind="anonymous"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [(by_id[r].speaker, by_id[t].speaker) for r, t, _c, _s, _m in claims.links] == [
        ("الجيش المجاور", "التلفزيون الرسمي"),
        ("مسؤول حكومي", "منظمات حقوقية"),
    ]


def test_a_bare_definite_allegation_noun_points_back() -> None:
    from rawi.claims.denials import points_back

    assert points_back("للادعاءات")
    assert points_back("المزاعم")
    assert points_back("هذه الاتهامات")
    assert not points_back("المزاعم حول مسؤولية الجيش عن الحريق")
    assert not points_back("اتهامات جديدة للشركة بالتهرب من الضرائب")


def test_a_denial_with_no_target_of_its_own_takes_only_its_own_speaker_s_earlier_target() -> None:
    text = (
        "خبر\n2024-08-03\nذكرت صحيفة محلية أن الوزير سيستقيل الأسبوع المقبل. "
        "ونفى الوزير نيته الاستقالة الأسبوع المقبل. "
        "كما نفت شركة الموانئ أي تعاقد مع المقاول. "
        "ونفى الوزير أيضا أي لقاء مع رئيس الحزب.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "الوزير سيستقيل الأسبوع المقبل", "صحيفة محلية", speaker_kind="organization"),
        statement(text, "نيته الاستقالة الأسبوع المقبل", "الوزير", stance="deny", cue="نفى",
                  target="نيته الاستقالة الأسبوع المقبل"),
        statement(text, "أي تعاقد مع المقاول", "شركة الموانئ", stance="deny", cue="نفت",
                  target="أي تعاقد مع المقاول", speaker_kind="organization"),
        statement(text, "أي لقاء مع رئيس الحزب", "الوزير", stance="deny", cue="نفى",
                  target="أي لقاء مع رئيس الحزب"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert sorted((by_id[r].content, by_id[t].speaker) for r, t, _c, _s, _m in claims.links) == [
        ("أي لقاء مع رئيس الحزب", "صحيفة محلية"),
        ("نيته الاستقالة الأسبوع المقبل", "صحيفة محلية"),
    ]


def test_a_headline_denial_takes_the_target_of_its_speaker_s_denial_in_the_body() -> None:
    text = (
        "الوزارة تنفي دعم المتمردين\n2024-08-04\n"
        "قال زعيم المعارضة إن دعم المتمردين يهدد استقرار البلاد. "
        "واتهم تقرير أممي الوزارة بتسليح المتمردين عبر الحدود. "
        "ونفت الوزارة أي تسليح للمتمردين عبر الحدود.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "دعم المتمردين", "الوزارة", stance="deny", cue="تنفي", target="دعم المتمردين",
                  speaker_kind="organization", in_headline=True),
        statement(text, "دعم المتمردين يهدد استقرار البلاد", "زعيم المعارضة"),
        statement(text, "الوزارة بتسليح المتمردين عبر الحدود", "تقرير أممي", speaker_kind="organization"),
        statement(text, "أي تسليح للمتمردين عبر الحدود", "الوزارة", stance="deny", cue="نفت",
                  target="أي تسليح للمتمردين عبر الحدود", speaker_kind="organization"),
    ]))  # fmt: skip
    assert found[0].in_headline
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["تقرير أممي"] * 2


def test_a_state_denying_the_accusations_against_it_takes_a_report_that_accuses_it() -> None:
    found = [
        *_article("a.txt", "2024-08-05", [
            ("الحكومة التركية مسؤولة عن قصف القرية الحدودية", "منظمة حقوقية", ORG),
            ("أي مسؤولية عن قصف القرية الحدودية", "أنقرة",
             {**STRIKE, "target": "أي مسؤولية عن قصف القرية الحدودية"}),
        ]),
        *_article("b.txt", "2024-08-05", [
            ("قصف القرية الحدودية أوقع عشرة قتلى", "رئيس البلدية", {}),
            ("الاتهامات الموجهة إليها بشأن قصف القرية الحدودية", "أنقرة",
             {**STRIKE, "target": "الاتهامات الموجهة إليها بشأن قصف القرية الحدودية"}),
        ]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["منظمة حقوقية"] * 2


def test_accusations_against_the_speaker_name_its_side() -> None:
    from rawi.claims.denials import accused_side

    def said(target: str, speaker: str = "أنقرة") -> Mention:
        """A denial by `speaker` of `target`."""
        return _article("a.txt", "2024-08-06", [(target, speaker, {**STRIKE, "target": target})])[0]

    assert accused_side(said("الاتهامات الموجهة إليها بشأن الحريق")) == "@tr"
    assert accused_side(said("قصفا تركيا على القرية")) == "@tr"
    assert accused_side(said("الاتهامات الموجهة إلى الشركة بشأن الحريق")) is None
    assert accused_side(said("انفجار مخزن في أنقرة")) is None
    assert accused_side(said("الاتهامات الموجهة إليها بشأن الحريق", "الشركة")) is None
    assert accused_side(said("أن تكون قواتها قد قصفت مخزنا قرب الحدود")) == "@tr"
    assert accused_side(said("أن يكون جيشها أطلق النار على الصيادين")) == "@tr"


def test_one_side_s_denial_in_two_outlets_rejects_the_report_its_first_denial_rejects() -> None:
    fire = {**STRIKE, "target": "الاتهامات الموجهة إليها بشأن الحريق في السوق الشعبي"}
    found = [
        *_article("a.txt", "2024-08-07", [
            ("القوات التركية مسؤولة عن حريق السوق", "منظمة حقوقية", ORG),
            ("أي مسؤولية عن حريق السوق", "أنقرة", {**STRIKE, "target": "أي مسؤولية عن حريق السوق"}),
        ]),
        *_article("c.txt", "2024-08-07", [
            ("الحريق في السوق الشعبي يشبه حرائق سابقة نفذتها القوات التركية", "محلل عسكري", {}),
        ]),
        *_article("b.txt", "2024-08-08", [(fire["target"], "أنقرة", fire)]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["منظمة حقوقية"] * 2


def test_a_statement_calling_accusations_fabricated_is_a_denial() -> None:
    from rawi.claims.denials import reread

    denial = reread(_affirmed("خصوم الشركة يروجون اتهامات مفبركة لتشويه سمعتها", "قالوا"))
    assert denial.stance == "deny" and content_words(denial.target or "") == content_words("اتهامات مفبركة")
    assert reread(_affirmed("الصحيفة نشرت الأنباء الكاذبة عن إفلاس المصرف", "قالوا")).stance == "deny"
    assert reread(_affirmed("the campaign spread false allegations about the mayor", "said")).stance == "deny"
    assert reread(_affirmed("الاتهامات تتعلق بصفقة السلاح", "قالوا")).stance == "assert"
    assert reread(_affirmed("الشاهد أدلى بإفادة كاذبة أمام المحكمة", "قالوا")).stance == "assert"


def test_a_statement_calling_accusations_fabricated_after_a_denial_denies_what_it_denies() -> None:
    text = (
        "خبر\n2024-08-09\nاتهمت جمعية المستهلكين المصنع بغش الحليب. "
        "ونفى المصنع أي غش في الحليب. "
        "وقال المصنع إن منافسيه يروجون اتهامات مفبركة في محاولة لإقصائه من السوق.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "المصنع بغش الحليب", "جمعية المستهلكين", speaker_kind="organization"),
        statement(text, "أي غش في الحليب", "المصنع", stance="deny", cue="نفى", target="أي غش في الحليب",
                  speaker_kind="organization"),
        statement(text, "منافسيه يروجون اتهامات مفبركة في محاولة لإقصائه من السوق", "المصنع",
                  speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["جمعية المستهلكين"] * 2


def test_another_source_s_denial_sharing_what_is_denied_takes_the_same_target() -> None:
    text = (
        "خبر\n2024-08-10\nذكرت مجلة فنية أن المطرب سيعتزل الغناء نهائيا. "
        "ونفى مدير أعمال المطرب اعتزاله الغناء. "
        "ونفت شركة الإنتاج أن يتوقف عن الغناء قريبا.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "المطرب سيعتزل الغناء نهائيا", "مجلة فنية", speaker_kind="organization"),
        statement(text, "اعتزاله الغناء", "مدير أعمال المطرب", stance="deny", cue="نفى",
                  target="اعتزاله الغناء"),
        statement(text, "أن يتوقف عن الغناء قريبا", "شركة الإنتاج", stance="deny", cue="نفت",
                  target="أن يتوقف عن الغناء قريبا", speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["مجلة فنية"] * 2


def test_a_headline_denial_keeps_the_report_quoted_inside_it() -> None:
    text = (
        "الشركة تنفي إفلاس فرعها في الجنوب\n2024-08-11\n"
        "قال محللون إن أسهم الشركة تراجعت. "
        "ونفت الشركة أي تراجع في أسهمها.\n"
    )
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "إفلاس فرعها في الجنوب", "مصادر", speaker_kind="anonymous", in_headline=True),
        statement(text, "إفلاس فرعها في الجنوب", "الشركة", stance="deny", cue="تنفي",
                  target="إفلاس فرعها في الجنوب", speaker_kind="organization", in_headline=True),
        statement(text, "أسهم الشركة تراجعت", "محللون"),
        statement(text, "أي تراجع في أسهمها", "الشركة", stance="deny", cue="نفت",
                  target="أي تراجع في أسهمها", speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["مصادر", "محللون"]


def test_a_report_quoted_inside_a_denial_beats_one_that_accuses_the_denier() -> None:
    text = (
        "خبر\n2024-08-12\nقال مرصد محلي إن القوات السورية تحاصر الأحياء الشرقية. "
        "ونفت دمشق الاتهامات الموجهة إليها بقطع الكهرباء عن الأحياء الشرقية.\n"
    )
    target = "الاتهامات الموجهة إليها بقطع الكهرباء عن الأحياء الشرقية"
    found = mentions_of(article("a.txt", text, "موقع", [
        statement(text, "القوات السورية تحاصر الأحياء الشرقية", "مرصد محلي", speaker_kind="organization"),
        statement(text, "قطع الكهرباء عن الأحياء الشرقية", "ناشطون", speaker_kind="anonymous"),
        statement(text, target, "دمشق", stance="deny", cue="نفت", target=target, speaker_kind="organization"),
    ]))  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["ناشطون"]


def test_x_never_said_y_links_to_the_report_that_x_said_y() -> None:
    never = {"stance": "deny", "cue": "نفى", "target": "أن يكون قال إن الضرائب سترتفع"}
    found = [
        *_article("a.txt", "2024-08-13", [("الضرائب سترتفع العام المقبل", "وزير المالية", {})]),
        *_article("b.txt", "2024-08-14", [("أن يكون قال إن الضرائب سترتفع", "وزير المالية", never)]),
    ]
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [(by_id[r].file, by_id[t].file) for r, t, _c, _s, _m in claims.links] == [("b.txt", "a.txt")]


def test_a_denier_s_own_statements_stay_out_of_reach_unless_it_denies_having_said_them() -> None:
    from rawi.claims.denials import denies_own_words

    def said(target: str) -> Mention:
        """A denial of `target` by a minister."""
        return _article("a.txt", "2024-08-15", [(target, "الوزير", {"stance": "deny", "target": target})])[0]

    assert denies_own_words(said("أن يكون قال إن المصنع سيغلق"))
    assert denies_own_words(said("أنه قال إن المصنع سيغلق"))
    assert not denies_own_words(said("قوله إن الأنباء عن إغلاق المصنع غير صحيحة"))
    assert not denies_own_words(said("إغلاق المصنع"))


def test_a_report_of_another_outlet_is_fetched_by_more_than_the_three_rarest_words() -> None:
    target = "تجميد رواتب موظفي البلدية والمدارس والحافلات وعجز الميزانية هذا الشتاء"
    found = [
        *_article("a.txt", "2024-08-16", [
            ("البلدية تعاني عجز الميزانية وستوقف الرواتب والمدارس والحافلات", "صحيفة محلية", ORG),
        ]),
        *_article("c.txt", "2024-08-16", [
            ("النادي أعلن تجميد عضوية اللاعب", "النادي", ORG),
            ("المصرف يمنح موظفي الشركات قروضا", "المصرف", ORG),
            ("السياحة تزدهر في الشتاء", "وزارة السياحة", ORG),
            ("الميزانية الجديدة تدعم التعليم", "البرلمان", ORG),
            ("عجز المصانع عن التصدير", "غرفة التجارة", ORG),
            ("البلدية افتتحت حديقة", "المحافظ", {}),
            ("الرواتب ارتفعت في القطاع الخاص", "نقابة", ORG),
            ("المدارس تفتح أبوابها", "وزارة التعليم", ORG),
            ("الحافلات الكهربائية تصل قريبا", "شركة النقل", ORG),
        ]),
        *_article("b.txt", "2024-08-17", [(target, "رئيس البلدية", {**STRIKE, "target": target})]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["صحيفة محلية"]


def _targets(found: list[Mention]) -> list[str]:
    """The speakers of the reports the reactions in `found` are linked to, in reaction order."""
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    return [by_id[t].speaker for _r, t, _c, _s, _m in claims.links]


def test_a_denial_of_a_report_s_cause_takes_a_report_that_claims_that_cause() -> None:
    smuggled = "تهريب أسلحة عبر الرصيف الشمالي"
    found = [
        *_article("a.txt", "2024-08-01", [
            ("الميليشيا هربت أسلحة عبر الرصيف الشمالي طوال الشهر", "خفر السواحل", ORG),
        ]),
        *_article("b.txt", "2024-08-02", [
            ("الوزارة أغلقت الميناء القديم أمام السفن بسبب تهريب الميليشيا أسلحة عبر الرصيف الشمالي",
             "مصادر", {"speaker_kind": "anonymous"}),
            (smuggled, "الميليشيا", {**STRIKE, "cue": "نفت", "target": smuggled, **ORG}),
        ]),
    ]  # fmt: skip
    assert _targets(found) == ["خفر السواحل"]


def test_a_denial_that_repeats_a_report_s_main_clause_still_takes_it() -> None:
    closed = "إغلاق الميناء القديم أمام السفن"
    found = _article("a.txt", "2024-08-03", [
        ("الوزارة أغلقت الميناء القديم أمام السفن بسبب تهريب أسلحة عبر الرصيف", "مصادر",
         {"speaker_kind": "anonymous"}),
        (closed, "الوزارة", {**STRIKE, "cue": "نفت", "target": closed, **ORG}),
    ])  # fmt: skip
    assert _targets(found) == ["مصادر"]


def test_a_body_s_own_position_under_a_bare_description_is_not_what_it_denies() -> None:
    said = "ما وصفه بمزاعم الشرطة حول تمويل حزب العمال للمظاهرات"
    found = _article("a.txt", "2024-08-04", [
        ("حزب العمال يمول المظاهرات منذ أسابيع", "مصدر أمني", {"speaker_kind": "anonymous"}),
        ("الشرطة تختلق مزاعم تمويل المظاهرات لتبرير اعتقال أعضاء حزب العمال", "الحزب", ORG),
        (said, "حزب العمال", {**STRIKE, "cue": "نفى", "target": "ما وصفه بمزاعم الشرطة", **ORG}),
    ])  # fmt: skip
    assert _targets(found) == ["مصدر أمني"]


def test_the_name_of_who_alleged_it_does_not_say_what_a_denial_rejects() -> None:
    said = "مزاعم النقابة حول تسريح العمال دون إنذار"
    found = _article("a.txt", "2024-08-05", [
        ("النقابة ستعقد مؤتمرا صحفيا غدا في المدينة", "مراسل محلي", {}),
        ("الإدارة سرحت العمال دون إنذار", "عامل في المصنع", {}),
        (said, "الإدارة", {**STRIKE, "cue": "نفت", "target": "مزاعم النقابة", **ORG}),
    ])  # fmt: skip
    assert _targets(found) == ["عامل في المصنع"]


def test_an_english_denial_of_a_report_s_cause_takes_a_report_that_claims_that_cause() -> None:
    leaked = "leaking the budget papers to the press"
    found = [
        *_article("a.txt", "2024-08-06", [
            ("the treasury aide leaked the budget papers to the press last week", "a union official", {}),
        ]),
        *_article("b.txt", "2024-08-07", [
            ("the minister sacked the deputy governor of the central bank because the treasury aide leaked "
             "the budget papers to the press", "officials", {"speaker_kind": "anonymous"}),
            (leaked, "the treasury aide", {**STRIKE, "cue": "denied", "target": leaked}),
        ]),
    ]  # fmt: skip
    assert _targets(found) == ["a union official"]


def test_a_denial_naming_the_body_its_speaker_speaks_for_names_its_side() -> None:
    from rawi.claims.denials import accused_side, names_own_body

    def said(content: str, speaker: str) -> Mention:
        """A denial by `speaker` saying `content`."""
        return _article("a.txt", "2024-08-06", [(content, speaker, STRIKE)])[0]

    spokesman = "متحدث باسم وزارة الدفاع التركية"
    assert names_own_body(said("لا تشن وزارة الدفاع أي غارات على القرى", spokesman))
    assert accused_side(said("لا تشن وزارة الدفاع أي غارات على القرى", spokesman)) == "@tr"
    assert not names_own_body(said("لا تشن وزارة الدفاع الروسية أي غارات", spokesman))  # another's
    assert not names_own_body(said("لا صحة لأنباء عن غارات على القرى", spokesman))
    assert not names_own_body(said("لا تنفذ الوزارة أي غارات على القرى", "مصدر في الوزارة"))  # one word


def test_a_denial_by_its_own_body_takes_the_report_accusing_its_side_of_that_deed() -> None:
    denial = "لا تشن وزارة الدفاع أي غارات جوية على القرى الحدودية"
    found = [
        *_article("a.txt", "2024-08-05", [
            ("قصف تركي استهدف القرى الحدودية ليلا", "مرصد محلي", ORG),
            ("الاتفاق التركي الروسي يمنع أي غارات جوية على القرى الحدودية", "محلل", {}),
            (denial, "متحدث باسم وزارة الدفاع التركية", STRIKE),
        ]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["مرصد محلي"]


def test_a_confirmation_of_what_a_named_body_announced_takes_that_body_s_announcement_elsewhere() -> None:
    target = "ما أعلنته وزارة الصحة أمس"
    found = [
        *_article("a.txt", "2024-08-01", [
            ("الوباء انحسر في المدن الساحلية", "مسؤول كبير في وزارة الصحة", {**ANONYMOUS, "cue": "أعلن"}),
            ("اللقاح سيصل الأسبوع المقبل", "سامي الخطيب", {"speaker_role": "المتحدث باسم وزارة الصحة"}),
        ]),
        *_article("b.txt", "2024-08-02", [
            ("النقابة تطالب برفع أجور الممرضين", "نقابة الأطباء", {**ORG, "cue": "تطالب"}),
            ("الحكومة أهملت المستشفيات الريفية", "نواب المعارضة", {**ORG, "cue": "اتهم"}),
            (target, "نقابة الأطباء", {**ORG, "stance": "confirm", "cue": "مؤكدة", "target": target}),
        ]),
    ]  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].content for _r, t, _c, _s, _m in claims.links] == ["الوباء انحسر في المدن الساحلية"]


def test_a_target_naming_only_its_source_and_when_rules_out_other_speakers() -> None:
    from rawi.claims.denials import names_only_source, source_verb

    assert names_only_source("بذلك ما ذكرته الشرطة مساء أمس")
    assert names_only_source("ما نشرته صحيفة المساء أمس")
    assert not names_only_source("ما نشرته صحيفة المساء عن إغلاق الميناء")
    assert not names_only_source("هذا الخبر")
    assert source_verb("ما أعلنته الوزارة", "ar") == "اعلن"
    assert source_verb("ما قاله الوزير", "ar") == ""


def test_what_a_body_announced_is_not_its_accusation_in_the_same_article() -> None:
    target = "ما أعلنته الشرطة أمس"
    found = _article("a.txt", "2024-08-03", [
        ("الشرطة الاتحادية تتهم المهربين بإحراق المخزن", "الشرطة الاتحادية", {**ORG, "cue": "تتهم"}),
        ("اللص الفار اعتقل قرب الحدود", "الشرطة", {**ORG, "cue": "أعلنت"}),
        (target, "عائلة الضحية", {**ORG, "stance": "confirm", "cue": "أكدت", "target": target}),
    ])  # fmt: skip
    claims = build_claims(found, load_aliases())
    by_id = {m.id: m for m in found}
    assert [by_id[t].speaker for _r, t, _c, _s, _m in claims.links] == ["الشرطة"]


def test_states_denying_a_deed_without_its_doer_never_take_a_report_blaming_another_state() -> None:
    target = "قصف الميناء"
    found = _article("a.txt", "2024-09-01", [
        ("طائرات إيطالية قصفت الميناء فجر الأحد", "مصادر يونانية", ANONYMOUS),
        ("تركيا قصفت الميناء", "مصادر إيطالية", ANONYMOUS),
        (target, "إيطاليا", {**STRIKE, "target": target, **ORG}),
    ])  # fmt: skip
    assert _targets(found) == ["مصادر يونانية"]


def test_a_spokesman_for_the_denying_body_is_its_own_side() -> None:
    from rawi.claims.denials import spoken_for

    target = "إغلاق مصنع الإسمنت"
    found = _article("a.txt", "2024-09-02", [
        ("الشركة ستغلق مصنع الإسمنت نهاية العام", "مصادر نقابية", ANONYMOUS),
        ("مصنع الإسمنت سيواصل العمل بطاقته الكاملة", "ليلى حمدان", {"speaker_role": "المتحدثة باسم الشركة"}),
        (target, "شركة الأمل", {**STRIKE, "target": target, **ORG}),
    ])  # fmt: skip
    assert _targets(found) == ["مصادر نقابية"]
    assert spoken_for(found[1]) == "الشركة"


def test_a_refusal_of_a_deed_is_a_report_a_refusal_of_a_claim_is_a_denial() -> None:
    from rawi.claims.denials import _says_no

    assert not _says_no("البلدية رفضت منح التاجر رخصة البناء")
    assert _says_no("البلدية رفضت الاتهامات")
    assert _says_no("البلدية رفضت هذه الرواية")
    target = "رفض منح التاجر رخصة البناء"
    found = [
        *_article("a.txt", "2024-09-03", [("البلدية رفضت منح التاجر رخصة البناء", "محامي التاجر", {})]),
        *_article("b.txt", "2024-09-04", [(target, "بلدية الشاطئ", {**STRIKE, "target": target, **ORG})]),
    ]
    assert _targets(found) == ["محامي التاجر"]


def test_a_bare_description_heading_a_role_is_that_speaker() -> None:
    from rawi.claims.denials import _heads_role

    assert _heads_role("الوالد", "والد اللاعب")
    assert _heads_role("المدرب", "مدرب الفريق")
    assert not _heads_role("النادي", "مدرب الفريق")
    assert not _heads_role("سامي", "مدرب الفريق")


def test_a_body_denying_a_deed_done_to_it_takes_the_report_that_names_it() -> None:
    target = "أن تكون الضربات قد أصابت أيا من مخازنها في الوادي"
    found = [
        *_article("a.txt", "2024-09-05", [
            ("المدفعية قصفت 7 مخازن لحركة الفجر في الوادي", "قيادة الجيش", ORG),
            ("الطقس سيكون باردا في الوادي", "الأرصاد الجوية", ORG),
        ]),
        *_article("b.txt", "2024-09-06", [
            (target, "حركة الفجر", {**STRIKE, "target": target, **ORG}),
            ("الطلقات أصابت مدرسة في الوادي", "المتحدث باسم الحركة", ANONYMOUS),
        ]),
    ]  # fmt: skip
    assert _targets(found) == ["قيادة الجيش"]
