"""Short invented Arabic articles for the statement tests, read through the real pipeline.

Every sentence here is written for the tests; none is copied from a news source.
"""

from __future__ import annotations

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Statement

HEADLINE = "أمطار غزيرة في العاصمة"
PUBLISHED = "2024-01-26"  # a Friday
SPEAKER_KINDS = frozenset({"person", "organization", "anonymous", "document"})
QUOTE_TYPES = frozenset({"direct", "indirect", "mixed"})
STANCES = frozenset({"assert", "deny", "confirm"})


def extract(body: str, headline: str = HEADLINE, published: str | None = PUBLISHED) -> Extraction:
    """The extraction of an article made of a headline, a date line and `body` paragraphs."""
    lines = [headline] + ([published] if published else []) + [body]
    result = process_document(Document(name="x.txt", text="\n".join(lines) + "\n"))
    assert isinstance(result, Extraction), result
    return result


def statements(
    body: str, headline: str = HEADLINE, published: str | None = PUBLISHED
) -> tuple[Statement, ...]:
    """The statements of the article built from `body` (see `extract`)."""
    return extract(body, headline, published).statements


def only(body: str, headline: str = HEADLINE, published: str | None = PUBLISHED) -> Statement:
    """The one statement of the article; fails when there are none or several."""
    found = statements(body, headline, published)
    assert len(found) == 1, [(s.speaker, s.cue, s.content) for s in found]
    return found[0]


def by_cue(found: tuple[Statement, ...], cue: str) -> Statement:
    """The single statement with the given cue."""
    matching = [s for s in found if s.cue == cue]
    assert len(matching) == 1, [(s.speaker, s.cue, s.content) for s in found]
    return matching[0]


def check_statements(extraction: Extraction) -> None:
    """Every statement is the article text at its offsets, and its fields take allowed values."""
    text = extraction.article.text
    for s in extraction.statements:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.content
        assert s.speaker_kind in SPEAKER_KINDS
        assert s.quote_type in QUOTE_TYPES
        assert s.stance in STANCES
        assert isinstance(s.hedged, bool) and isinstance(s.in_headline, bool)
        assert all(isinstance(v, str) and v for v in s.via)
        if s.stance == "assert":
            assert s.target is None
        else:
            assert s.target is None or (s.target and s.target in text)
