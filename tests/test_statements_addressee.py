"""Who speaks around the cue: addressees, adverbs and constructs are never the speaker."""

from __future__ import annotations

from statements_samples import statements


def test_an_outlet_told_between_commas_is_no_name() -> None:
    found = statements(
        "قال وزير المياه سامي فارس، لـDW، إن السد سيكتمل قبل الصيف.\n\n"
        "وأضاف لمراسلتنا في العاصمة أن التمويل مضمون."
    )
    assert [s.speaker for s in found] == ["سامي فارس", "سامي فارس"]
    assert found[1].content == "التمويل مضمون"


def test_told_our_correspondent_ends_a_titled_subject() -> None:
    (s,) = statements("وقال قائد فوج الإطفاء في المدينة لمراسلنا إن الحريق انتشر.")
    assert s.speaker == "قائد فوج الإطفاء في المدينة"


def test_an_adverb_after_the_cue_is_no_speaker() -> None:
    found = statements(
        "قالت وزيرة العمل هالة سمير إن البطالة تراجعت.\n\n"
        "وكانت الوزيرة قد أكدت مرارا أن السوق يحتاج إلى العمال."
    )
    assert [s.speaker for s in found] == ["هالة سمير", "هالة سمير"]


def test_a_body_noun_in_construct_belongs_to_the_role() -> None:
    (s,) = statements("وقال رئيس قسم الجراحة سامر علوان إن العملية نجحت.")
    assert (s.speaker, s.speaker_role) == ("سامر علوان", "رئيس قسم الجراحة")


def test_kana_qad_before_the_cue_is_no_name() -> None:
    (s,) = statements("يذكر أن المدير السابق للمصنع كان قد أعلن الشهر الماضي أنه سيستقيل.")
    assert s.speaker == "المدير السابق للمصنع"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    found = statements("وحمل الوزير مسؤولية التأخير للشركة المنفذة، والتي قالت في بيان إن الوزارة لم تدفع.")
    assert (found[-1].speaker, found[-1].speaker_kind) == ("الشركة المنفذة", "organization")


def test_a_relative_object_pronoun_is_no_speaker() -> None:
    found = statements("وانتقدت الكاتبة مقالة الصحيفة المحلية، التي قال فيها المحرر إن الكتاب ممل.")
    assert all(s.speaker != "الصحيفة المحلية" for s in found)


def test_amma_with_an_apposed_role_keeps_the_name() -> None:
    (s,) = statements("أما سعاد الخطيب، الفنانة التشكيلية، فقالت إن المعرض ناجح.")
    assert (s.speaker, s.speaker_role) == ("سعاد الخطيب", "الفنانة التشكيلية")
