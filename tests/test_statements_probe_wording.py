"""Wire wordings written for these tests while probing the extractor with news of our own."""

from __future__ import annotations

import pytest

from statements_samples import only

PERFECT_AFTER_BEING = [
    "ونفت الشركة أن يكون مديرها قد تلقى أي رشوة.",
    "ونفى الحارس أن تكون السيارة قد تعرضت لإطلاق نار.",
    "ونفت البلدية أن تكون قد تسلمت أي شكوى من السكان.",
]


@pytest.mark.parametrize("body", PERFECT_AFTER_BEING)
def test_qad_after_a_being_verb_is_a_perfect_not_a_hedge(body: str) -> None:
    s = only(body)
    assert (s.stance, s.hedged) == ("deny", False)


def test_qad_before_a_present_verb_still_hedges() -> None:
    s = only("وقال المهندس إن الجسر قد يتعرض للانهيار.")
    assert s.hedged is True
