"""The closed vocabularies of GUIDELINES.md: typed for mypy, checked where a record is built."""

from __future__ import annotations

import pytest

from rawi.records import (
    QUOTE_TYPES,
    SPEAKER_KINDS,
    STANCES,
    to_quote_type,
    to_span_kind,
    to_speaker_kind,
    to_stance,
)


def test_the_vocabularies_are_those_of_the_guidelines() -> None:
    assert STANCES == ("assert", "deny", "confirm")
    assert SPEAKER_KINDS == ("person", "organization", "anonymous", "document")
    assert QUOTE_TYPES == ("direct", "indirect", "mixed")


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [(to_stance, "deny", "denied"), (to_speaker_kind, "anonymous", "anon"),
     (to_quote_type, "mixed", "partial"), (to_span_kind, "headline", "title")],
)  # fmt: skip
def test_a_value_outside_its_vocabulary_fails_where_the_record_is_built(check, good: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    assert check(good) == good
    with pytest.raises(ValueError, match=bad):
        check(bad)
