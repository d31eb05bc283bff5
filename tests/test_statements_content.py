"""Content boundaries: where a statement's content stops and the next statement starts."""

from __future__ import annotations

from statements_samples import by_cue, statements


def test_a_participle_cue_without_a_comma_starts_a_new_statement() -> None:
    found = statements("وقالت الشركة إن الأرباح تراجعت مؤكدة أن التوزيعات ستستمر.")
    assert by_cue(found, "قالت").content == "الأرباح تراجعت"
    assert by_cue(found, "مؤكدة").content == "التوزيعات ستستمر"


def test_a_denied_pronoun_object_stops_before_the_participle() -> None:
    found = statements("نفت الوزارة ذلك مشيرة إلى أن الأسعار مستقرة.")
    assert (by_cue(found, "نفت").content, by_cue(found, "نفت").stance) == ("ذلك", "deny")
    assert by_cue(found, "مشيرة").content == "الأسعار مستقرة"


def test_a_conjoined_cue_after_a_denied_object_starts_a_new_statement() -> None:
    found = statements("كذب النادي خبر بيع لاعبه وأكد أن العقد ساري.")
    denial = by_cue(found, "كذب")
    assert (denial.speaker, denial.content, denial.stance) == ("النادي", "خبر بيع لاعبه", "deny")
    assert (by_cue(found, "أكد").speaker, by_cue(found, "أكد").content) == ("النادي", "العقد ساري")
