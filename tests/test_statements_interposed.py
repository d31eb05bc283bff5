"""Adverbials between a verb and its subject: the subject after them speaks."""

from __future__ import annotations

import pytest

from statements_samples import only, statements


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("وقال مجددا رئيس النقابة وليد حمدي إن الأجور متدنية.", "وليد حمدي"),
        ("وأوضحت من جهتها المديرة العامة للمستشفى أن الأسرة كافية.", "المديرة العامة للمستشفى"),
        ("وأكد صباح الأحد الجيش الوطني أن الحدود آمنة.", "الجيش الوطني"),
        ("وقال في المقابل زعيم الكتلة إن التصويت مؤجل.", "زعيم الكتلة"),
    ],
)
def test_the_subject_after_interposed_adverbials_speaks(body: str, speaker: str) -> None:
    assert only(body).speaker == speaker


def test_a_time_word_before_a_complementiser_leaves_the_subject_elided() -> None:
    found = statements("وقال الوزير سامي العلي إن الجسر جاهز. وأضاف أمس أن الطريق ستفتح.")
    assert [s.speaker for s in found] == ["سامي العلي", "سامي العلي"]
