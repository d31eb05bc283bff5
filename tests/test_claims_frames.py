"""Frames: the deed a report tells and its doers, so that wordings with no shared word meet."""

from __future__ import annotations

import pytest

from rawi.claims.frames import (
    casualty_cause,
    deeds_agree,
    frame,
    frame_keys,
    frames_join,
    name_words,
    one_victim,
)
from rawi.claims.text import word_key


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("شنت القوات التركية غارات على قرية حدودية", "attack"),
        ("the Iranian drone struck a tanker near the strait", "attack"),
        ("اغتالت المخابرات الروسية معارضا في العاصمة", "killing"),
        ("اختطف مسلحون مهندسا أجنبيا قرب الميناء", "kidnapping"),
        ("اعتقلت السلطات الأردنية ناشطا بارزا", "arrest"),
        ("فرضت واشنطن عقوبات على شركات نفطية", "sanctions"),
        ("توصلت الأطراف إلى وقف إطلاق النار مع تركيا", "accord"),
        ("استؤنفت المحادثات بين القاهرة والخرطوم", "talks"),
        ("أعلنت القوات الروسية انسحاب وحداتها من المدينة", "withdrawal"),
        ("طهران تواصل تسليح الجماعة ماليا وعسكريا", "support"),
        ("تعهدت باريس برد حازم على أي اعتداء", "response"),
        ("نحمل النظام السوري المسؤولية عن الحادث", "event"),
    ],
)
def test_each_deed_family_is_read_from_the_first_deed_word(text: str, deed: str) -> None:
    assert frame(text).deed == deed


def test_blame_words_are_read_through_to_the_deed_they_blame_for() -> None:
    assert frame("المخابرات التركية تقف وراء اختطاف الصحفي").deed == "kidnapping"
    assert frame("Russia is responsible for the bombing of the market").deed == "attack"


def test_a_nationality_adjective_after_a_deed_or_a_weapon_names_the_doer() -> None:
    assert frame("يرجح أن يكون القصف تركيا").doers == {"@tr"}
    assert frame("سقطت مسيرة إيرانية قرب الحدود").doers == {"@ir"}
    assert frame("صواريخ يرجح أنها روسية أصابت المستودع").doers == {"@ru"}
    assert frame("the Iranian drone hit the ship").doers == {"@ir"}
    assert frame("الغارة على الأرجح أمريكية").doers == {"@us"}


def test_after_a_deed_done_to_a_person_the_adjective_names_the_victim() -> None:
    assert frame("مقتل أردني برصاص مجهولين").doers == frozenset()
    assert frame("اختطاف فرنسيين في الصحراء").doers == frozenset()


def test_a_state_told_of_a_deed_is_not_its_doer() -> None:
    assert frame("تركيا أبلغت روسيا بالضربات على المواقع").doers == {"@tr"}


def test_an_organ_of_a_state_names_the_state() -> None:
    assert frame("الحرس الثوري اغتال المهندس").doers == {"@ir"}
    assert frame("the CIA was behind the killing").doers == {"@us"}


def test_two_wordings_of_one_deed_by_one_doer_join_with_no_shared_word() -> None:
    assert frames_join("القوات الروسية قصفت المستودع ليلا", "الغارة على الأرجح روسية")
    assert frames_join("نحمل الحكومة الروسية مسؤولية الحادث", "الطائرات الروسية شنت هجوما على البلدة")
    assert frames_join("وقف إطلاق النار مع تركيا", "اتفاق هدنة مع أنقرة")


def test_other_doers_other_deeds_and_patterns_stay_apart() -> None:
    assert not frames_join("القوات الروسية قصفت المستودع", "القوات التركية قصفت المستودع")
    assert not frames_join("القوات الروسية قصفت المستودع", "فرضت روسيا عقوبات على الشركات")
    assert not frames_join("القوات الروسية قصفت المستودع", "قصف المستودع ليلا")
    assert not frames_join("روسيا تقف وراء عمليات مماثلة", "القوات الروسية قصفت المستودع")
    assert not frames_join("تعهدت روسيا برد على الهجوم", "القوات الروسية قصفت المستودع")


def test_blame_meets_violent_deeds_only() -> None:
    assert deeds_agree("event", "killing")
    assert deeds_agree("attack", "event")
    assert not deeds_agree("event", "sanctions")
    assert not deeds_agree("", "")


def test_frame_keys_block_reports_by_deed_kind_and_doer() -> None:
    assert frame_keys("القوات الروسية قصفت المستودع") == {"%violent@ru"}
    assert frame_keys("نحمل الحكومة الروسية مسؤولية الحادث") == {"%violent@ru"}
    assert frame_keys("وقف إطلاق النار مع تركيا") == {"%accord@tr", "%accord"}
    assert frame_keys("قصف المستودع ليلا") == frozenset()


def test_one_speaker_joins_one_deed_with_or_without_its_parties_unless_violent() -> None:
    assert frames_join("التوصل إلى هدنة", "توصلنا إلى اتفاق وقف إطلاق النار مع تركيا", one_speaker=True)
    assert not frames_join("التوصل إلى هدنة", "توصلنا إلى اتفاق وقف إطلاق النار مع تركيا")
    assert frames_join("اغتيل أحد قادتنا فجرا", "اغتيال القائد الميداني في المدينة", one_speaker=True)
    assert not frames_join("اغتيل أحد قادتنا فجرا", "المخابرات الروسية اغتالت القائد", one_speaker=True)
    assert not frames_join("نحمل الجهات المعادية المسؤولية", "اغتيال القائد الميداني", one_speaker=True)


def test_compatible_frames_may_share_a_claim_though_not_joined() -> None:
    from rawi.claims.frames import frames_compatible

    assert frames_compatible("التوصل إلى هدنة", "وقف إطلاق النار مع تركيا")
    assert frames_compatible("اغتيل أحد قادتنا فجرا", "اغتيال القائد الميداني")
    assert not frames_compatible("اغتيل أحد قادتنا فجرا", "المخابرات الروسية اغتالت القائد")
    assert not frames_compatible("التوصل إلى هدنة", "فرضت واشنطن عقوبات")


def test_in_response_to_is_a_connective_not_a_pledge_of_response() -> None:
    assert frame("القرار رد على تورط إيران").deed == "event"
    assert frame("تعهد الوزير بالرد على الهجوم").deed == "response"


def test_a_speakers_frame_key_is_the_last_word_of_its_name() -> None:
    assert frame_keys("التوصل إلى هدنة", "فتح") == {"%accord~فتح", "%accord"}
    assert frame_keys("نحمل الحكومة الروسية مسؤولية الحادث", "فتح") == {"%violent@ru"}


def test_declining_to_comment_is_a_deed_of_its_own() -> None:
    assert frame("الجيش التركي يرفض التعليق على الغارة").deed == "comment"
    assert frames_join("الجيش التركي يرفض التعليق", "القوات التركية ترفض الإدلاء بأي تعليق على القصف")


def test_a_phrase_may_hold_one_word_inside() -> None:
    assert frame("دعت إلى وقف فوري لإطلاق النار").deed == "accord"


def test_in_a_deed_the_speaker_does_itself_its_state_is_a_party() -> None:
    from rawi.claims.frames import with_speaker

    ours = frozenset({"@fr"})
    assert with_speaker(frame("تعهد برد حازم على الهجوم"), ours).doers == ours
    assert with_speaker(frame("القوات الروسية قصفت المستودع"), ours).doers == {"@ru"}
    assert frames_join("تعهد برد حازم", "الرد سيكون قويا على الاعتداء", own=(ours, ours))
    assert not frames_join("تعهد برد حازم", "الرد سيكون قويا على الاعتداء", own=(ours, frozenset({"@de"})))


def test_a_violent_deed_with_and_without_its_doer_are_two_claims() -> None:
    from rawi.claims.frames import doer_named_apart

    assert doer_named_apart("اغتيل المهندس فجرا", "المخابرات الروسية اغتالت المهندس")
    assert not doer_named_apart("اغتيل المهندس فجرا", "اغتيال المهندس في العاصمة")
    assert not doer_named_apart("فرضت عقوبات جديدة", "فرضت فرنسا عقوبات جديدة")


def test_a_state_in_company_of_a_violent_deed_is_not_its_doer() -> None:
    assert frame("قتل الضابط بعد لقاء مع قائد القوات الفرنسية").doers == frozenset()
    assert frame("هدنة مع القوات الفرنسية").doers == {"@fr"}


def test_membership_is_the_deed_only_when_no_other_deed_is_told() -> None:
    assert frame("المهندس كان عضوا في الحزب").deed == "membership"
    assert frame("أحد أعضاء الحزب تعرض للاغتيال").deed == "killing"


def test_dying_is_told_of_a_person() -> None:
    assert frame("توفي الزعيم في مستشفى بالعاصمة").deed == "dying"
    assert frame("وفاة أردني في حادث سير").doers == frozenset()


def test_agreeing_on_understandings_is_an_accord() -> None:
    assert frame("تم التوافق بين الفصيلين على تثبيت الهدوء في المخيم").deed == "accord"
    assert frame("توافقت الكتل النيابية على موعد الجلسة").deed == "accord"


def test_a_deed_a_year_names_is_not_the_deed_told() -> None:
    assert frame("العودة إلى اتفاق الهدنة لعام 2019 في الجنوب").deed == ""
    assert frame("ذكرى غارات 2006 تعود إلى الواجهة").deed == ""
    assert frame("the 2019 accord still binds both parties").deed == ""
    assert (
        frame("توصلت الأطراف إلى اتفاق على العودة إلى تفاهمات 2019").deed == "accord"
    )  # the deed comes first
    assert frame("قتل المهندس في عام 2019").deed == "killing"  # a year that dates names nothing


def test_name_words_are_the_words_next_to_the_deed_but_titles_people_places_and_causes() -> None:
    words = name_words("الشيخ سالم العمري توفي في مستشفى المدينة متأثرا بجراحه")
    assert words == {word_key("سالم"), word_key("العمري")}
    assert not name_words("مقتل جندي إسرائيلي قرب الحدود")


def test_one_person_told_of_one_deed_without_its_doer_is_one_victim() -> None:
    assert one_victim("الشيخ سالم العمري توفي فجر اليوم", "وفاة سالم العمري عن عمر ناهز السبعين")
    assert one_victim("the death of Karim Haddad shocked the town", "Karim Haddad died in hospital")
    assert not one_victim("وفاة سالم العمري", "وفاة سالم الحربي")  # one word of a name: two people
    assert not one_victim("مقتل جندي في البلدة", "مقتل جندي في البلدة المجاورة")  # no name
    assert not one_victim("وفاة سالم العمري ستؤجل الانتخابات", "سالم العمري توفي أمس")  # a consequence
    assert not one_victim("رامي النجار قتل برصاص مسلحين", "اغتيال رامي النجار أمام منزله")  # an agent told
    assert not one_victim("اغتالت القوات الروسية رامي النجار", "اغتيال رامي النجار أمام منزله")  # a doer
    assert not one_victim("اعتقال رامي النجار", "وفاة رامي النجار")  # two deeds


def test_a_noun_of_authorship_before_a_doer_blames_it() -> None:
    assert frame("لا شك أنه عمل المخابرات الروسية").doers == {"@ru"}
    assert frame("لا شك أنه عمل المخابرات الروسية").deed == "event"
    assert frame("ما جرى في الميناء من صنع تركيا").deed == "event"
    assert frame("the blast was the work of Iran").deed == "event"
    assert frame("عمل الجيش الروسي على تطوير الدبابات").deed == ""  # a verb: worked on
    assert frame("قال إنه عمل في الجيش الروسي سنوات").deed == ""  # worked in


def test_a_deed_blamed_through_authorship_joins_the_deed_by_that_doer() -> None:
    assert frames_join("لا شك أنه عمل المخابرات الروسية", "المخابرات الروسية اغتالت المعارض")
    assert not frames_join("لا شك أنه عمل المخابرات الروسية", "المخابرات التركية اغتالت المعارض")


def test_casualties_are_the_deed_only_when_no_other_is_told() -> None:
    assert frame("سقط عشرات القتلى والجرحى في المدينة").deed == "casualties"
    assert frame("غارة روسية أوقعت خمسة قتلى").deed == "attack"
    assert frame("غارة روسية أوقعت خمسة قتلى").doers == {"@ru"}
    assert not frame("سقوط جرحى لبنانيين في البلدة").doers  # whose dead, not who did it
    assert casualty_cause("سقط عدد من القتلى جراء الغارة على الحي") == "attack"
    assert casualty_cause("يتعذر الوصول إلى الضحايا") == ""


def test_deeds_in_differently_named_places_are_two_deeds() -> None:
    from rawi.claims.frames import named_places, one_victim, places_differ
    from rawi.claims.pairs import clashes

    north = "شاب قتل طعنا قرب محطة القطار في بلدة الصفصاف مساء الجمعة"
    south = "شاب قتل طعنا في بلدة الرمانة مساء الجمعة"
    assert named_places(north) == {word_key("الصفصاف")}
    assert places_differ(north, south) and clashes(north, south)
    assert not one_victim(north, south)
    assert not places_differ(north, "قتل شاب طعنا في الصفصاف")  # no place noun: nothing to compare
    assert places_differ(
        "a woman drowned in the village of Oakmere", "a woman drowned in the village of Elmbrook"
    )


def test_a_victim_told_by_a_generic_noun_and_a_named_one_in_one_place_are_one() -> None:
    from rawi.claims.frames import name_words, one_victim

    unnamed = "امرأة في الثلاثين قتلت بالرصاص داخل متجرها في حي البساتين بمدينة الواحة"
    named = "مقتل الصيدلانية هدى العلي برصاص مسلحين في مدينة الواحة"
    assert not name_words(unnamed)  # a generic noun and the manner name no one
    assert one_victim(unnamed, named) and one_victim(named, unnamed)
    elsewhere = "مقتل الصيدلانية هدى العلي برصاص مسلحين في مدينة الساحل"
    assert not one_victim(unnamed, elsewhere)


def test_membership_of_the_victim_and_of_a_named_person_is_one_in_linked_articles() -> None:
    from rawi.claims.frames import frame_keys, one_member

    named = "الخطيب عضو في مجلسها الإداري منذ سنوات"
    victim = "الضحية، وهو محام، كان ينتمي إلى نقابة المحامين"
    assert one_member(named, victim) and one_member(victim, named)
    assert not one_member(named, "الحداد عضو في مجلسها الإداري")  # two named people: maybe two members
    assert not one_member("اغتيال المحامي والناشط سامي الخطيب", victim)  # a title in a killing
    assert "%membership" in frame_keys(victim) and "%membership" in frame_keys(named)
