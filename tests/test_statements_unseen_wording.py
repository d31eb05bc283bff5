"""Wire-news constructions found by a probe of sentences written for these tests, none from a corpus."""

from __future__ import annotations

import pytest

from statements_samples import only, statements

FRONTED_QUOTES = [
    ('"سنعيد فتح المصنع قريبا"، قال مدير الشركة.', "مدير الشركة", "قال", "سنعيد فتح المصنع قريبا"),
    ('"لا أحد فوق القانون"، يقول النائب العام للصحفيين.', "النائب العام", "يقول", "لا أحد فوق القانون"),
    ('"الحقول جفت تماما"، قالت المحامية سعاد مراد.', "سعاد مراد", "قالت", "الحقول جفت تماما"),
]


@pytest.mark.parametrize(("body", "speaker", "cue", "content"), FRONTED_QUOTES)
def test_a_quotation_before_the_cue_is_what_was_said(body: str, speaker: str, cue: str, content: str) -> None:
    s = only(body)
    assert (s.speaker, s.cue, s.content, s.quote_type) == (speaker, cue, content, "direct")


def test_a_quotation_before_a_cue_with_its_own_content_is_no_fronted_quote() -> None:
    found = statements('وقال الوسيط: "الجولة انتهت"، قال الوزير إن الحوار سيستأنف.')
    assert all(s.content != "الجولة انتهت" or s.speaker != "الوزير" for s in found)
