"""Everyday news wordings written for these tests: constructions no dev text was needed to find."""

from __future__ import annotations

import pytest

from statements_samples import only

BODY_CONSTRUCTS = [
    ("وقال مكتب النائب العام إن الملف أحيل إلى القضاء.", "مكتب النائب العام"),
    ("وأعلن المكتب الإعلامي للبلدية أن الطريق سيغلق يومين.", "المكتب الإعلامي للبلدية"),
    ("وأكد مجلس إدارة الشركة أن الأرباح ستوزع في مارس.", "مجلس إدارة الشركة"),
]


@pytest.mark.parametrize(("body", "name"), BODY_CONSTRUCTS)
def test_a_body_head_keeps_the_title_in_its_genitive(body: str, name: str) -> None:
    s = only(body)
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (name, None, "organization")
