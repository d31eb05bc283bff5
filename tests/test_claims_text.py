"""Lexical keys of claims: stems, inflections, numbers, polarity and overlaps."""

from __future__ import annotations

from rawi.claims.text import (
    about_a_report,
    containment,
    content_words,
    dating_years,
    jaccard,
    negated,
    numbers,
    proposition_keys,
    stem,
    word_key,
)


def test_clitics_and_suffixes_come_off_but_short_words_stay() -> None:
    assert stem("والحرب") == "حرب"
    assert stem("بالمحادثات") == "محادث"
    assert stem("ولد") == "ولد"


def test_inflections_of_one_verb_share_a_key() -> None:
    assert word_key("استمع") == word_key("يستمع") == word_key("أستمع".replace("أ", "ا"))


def test_function_and_reporting_words_are_not_content() -> None:
    words = content_words("قال المتحدث إن التقرير عن الحرب في الشمال غير صحيح")
    assert word_key("الحرب") in words
    assert not words & {word_key("قال"), word_key("التقرير"), word_key("في")}


def test_numbers_read_arabic_indic_digits() -> None:
    assert numbers("في عامي 2022 و٢٠٢٣ بنسبة ٣٫٥") == {"2022", "2023", "3.5"}


def test_polarity() -> None:
    assert negated("واشنطن غير مستعدة للتفاوض")
    assert negated("لم أستمع إلى تسجيل")
    assert not negated("الولايات المتحدة مستعدة للتفاوض")


def test_overlaps() -> None:
    a, b = frozenset("abc"), frozenset("bcde")
    assert jaccard(a, b) == 2 / 5
    assert containment(a, b) == 2 / 3
    assert jaccard(frozenset(), b) == containment(a, frozenset()) == 0.0


def test_a_glued_preposition_and_the_accusative_ending_do_not_change_the_key() -> None:
    from rawi.arabic.normalize import match_key

    def key(word: str) -> str:
        return word_key(match_key(word))

    assert key("لإنهاء") == key("إنهاء") == key("الإنهاء")
    assert key("بتفجير") == key("تفجير")
    assert key("نصرا") == key("نصر")
    assert key("اتفاقا") == key("اتفاق")
    assert key("بلد") != key("لد")  # a short word keeps its first letter


def test_words_that_say_when_are_not_content() -> None:
    assert content_words("أعلنت النقابة مساء الخميس الإضراب") == content_words("أعلنت النقابة الإضراب")
    assert content_words("the union struck on Monday evening") == content_words("union struck")
    assert content_words("افتتح الجسر صباح أمس") == content_words("افتتح الجسر أمس")


def test_a_text_that_opens_with_a_report_noun_is_about_a_report() -> None:
    assert about_a_report("أنباء عن إصابة اللاعب في التدريب")
    assert about_a_report("the reports of a merger between the two banks")
    assert not about_a_report("اللاعب أصيب في التدريب")


def test_the_forms_of_one_concept_give_one_key() -> None:
    assert proposition_keys("أعلنت القبائل التهدئة") == frozenset({"~truce", word_key("القبائل")})
    assert proposition_keys("دعوا إلى وقف لإطلاق النار") == proposition_keys("دعوا إلى هدنة")
    assert proposition_keys("اغتيال المحامي") & proposition_keys("اغتالت عصابة المحامي") == frozenset(
        {"~killing", word_key("المحامي")}
    )
    assert "~killing" not in proposition_keys("المقاتلات حلقت فوق المدينة")
    assert "~truce" in proposition_keys("The sides agreed a cease-fire")


def test_cardinals_written_as_words_are_numbers() -> None:
    assert numbers("غرق خمسة صيادين قرب الميناء") == frozenset({"5"})
    assert numbers("two fishermen drowned") == frozenset({"2"})
    assert numbers("غرق صيادون في الخامسة فجرا") == frozenset()
    assert "عشر" not in proposition_keys("غرق عشرة صيادين")


def test_a_year_dates_only_after_a_word_that_dates_or_a_month() -> None:
    assert dating_years("أغلق المصنع في 2019") == {"2019"}
    assert dating_years("افتتح الجسر عام ٢٠٢١ بعد تأخير") == {"2021"}
    assert dating_years("وصل الوفد في آذار 2020") == {"2020"}
    assert dating_years("the plant closed in 2019") == {"2019"}
    assert dating_years("في عامي 2018 و2019") == {"2018", "2019"}
    assert not dating_years("العودة إلى تفاهمات الهدنة لعام 2019")
    assert not dating_years("ذكرى حرب 2006")
    assert not dating_years("the 2019 accord")


def test_digits_glued_to_letters_are_part_of_a_name_not_a_number() -> None:
    assert numbers("قالت قناة سبورت24 إن الحكم ألغى الهدف") == frozenset()
    assert numbers("the G20 summit opened") == frozenset()
    assert numbers("أطلقت بـ12 صاروخا و ب3 قذائف") == {"12", "3"}


def test_a_past_verb_s_feminine_ending_meets_its_masdar() -> None:
    assert word_key("رفضت") == word_key("رفض") == word_key("الرفض")
    assert word_key("سحبت") == word_key("سحب")
    assert word_key("انسحبت") == word_key("انسحب")
    assert word_key("ثبوت") != word_key("ثبو")  # a noun ending in ت keeps it when too little is left


def test_cardinals_in_words_include_tens_teens_and_compounds() -> None:
    from rawi.claims.text import numbers

    assert numbers("أصيب ثلاثون عاملا") == numbers("أصيب 30 عاملا") == {"30"}
    assert numbers("دمرت الطائرات اثنا عشر مخزنا") == frozenset()  # اثنا is not listed: no guess
    assert numbers("دمرت الطائرات تسعة عشر مخزنا") == {"19"}
    assert numbers("أنقذ سبعة وأربعون بحارا") == {"47"}
    assert numbers("fifty sailors were rescued") == {"50"}
    assert numbers("في خمس المدن") == frozenset()  # خمس is also "a fifth"


def test_a_ta_marbuta_written_before_a_pronoun_meets_the_bare_word() -> None:
    from rawi.arabic.normalize import match_key

    assert word_key(match_key("إدارتها")) == word_key(match_key("الإدارة"))
    assert word_key(match_key("شركته")) == word_key(match_key("شركة"))
    assert word_key(match_key("صوته")) == word_key(match_key("صوت"))  # three letters: ت is the root's


def test_a_count_s_words_are_the_number_and_what_it_counts() -> None:
    from rawi.claims.text import counted_keys

    assert counted_keys("نقل 12 راكبا إلى المستشفى") == {"12", word_key("راكبا")}
    assert counted_keys("أنقذ خمسون بحارا") == {word_key("خمسون"), word_key("بحارا")}
    assert counted_keys("غادر الراكب المستشفى") == frozenset()


def test_agreeing_as_a_verb_is_the_agreement_concept() -> None:
    from rawi.claims.features import propositions

    assert "~agreement" in propositions("الطرفان اتفقا على تبادل الأسرى")
    assert "~agreement" in propositions("the two unions agreed on a new wage deal")
    assert "~agreement" in propositions("توقيع اتفاق لتبادل الأسرى")
