"""Properties of every English statement: content sits at its offsets, fields take allowed values.

Articles are random combinations of invented wire-style fragments and stray marks, and (when
../shared is present) every English article of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rawi.pipeline import process_document
from rawi.records import Document, Extraction
from rawi.sources import iter_documents
from statements_samples import check_statements

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"

FRAGMENTS = [
    "Trade Minister Ann Holm said exports would rise",
    "the company said",
    ", he added",
    "according to industry sources",
    "a spokesman told Reuters that the plant would close",
    "The ministry denied reports that it planned a devaluation",
    "Smith, the chairman, said",
    "officials confirmed the sale",
    "saying it was too low",
    "Analysts said prices might fall",
    "It said on Monday",
    "The union rejected the offer",
    "Output rose five pct in March",
    "said Tom Reed, chief executive of the firm",
    "The agency predicted that output would recover",
    "Growers, she said, have cut orders",
    "U.S. officials",
    "<Apex Mining Corp>",
]
MARKS = ['"', "“", "”", "'", ":", ",", ".", "(", ")", "-", "?", "--"]
SEPARATORS = [" ", ", ", ". ", "\n    ", ": ", " - ", '," ', '." ']
HEADLINES = [
    "GRAIN EXPORTS RISE",
    "COD QUOTA UNCHANGED, BREKKE SAYS",
    "CHILE DENIES LOAN REPORT",
    "NO QUOTA - MINCOM",
]


def check(extraction: Extraction) -> None:
    """The properties of every statement, and for English a speaker, a cue and a target that is said."""
    check_statements(extraction)
    for s in extraction.statements:
        assert s.speaker and s.cue
        if s.stance != "assert":
            assert s.target and s.target in extraction.article.text


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A headline, a date line, a dateline and paragraphs made of fragments, marks and separators."""
    pieces = draw(st.lists(st.sampled_from(FRAGMENTS) | st.sampled_from(MARKS), min_size=1, max_size=14))
    body = ""
    for piece in pieces:
        body += piece + draw(st.sampled_from(SEPARATORS))
    return f"{draw(st.sampled_from(HEADLINES))}\n1987-03-20\nLONDON, March 20 - {body}\n Reuter\n"


@settings(max_examples=150, deadline=None)
@given(articles())
def test_generated_english_articles_hold_their_offsets_and_allowed_values(text: str) -> None:
    result = process_document(Document(name="x.txt", text=text))
    assert isinstance(result, Extraction)
    if result.article.lang == "en":
        check(result)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared English corpus not found at {CORPUS}")
def test_english_corpus_statements_hold_their_offsets_and_allowed_values() -> None:
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert paths
    found = 0
    for document in iter_documents(paths):
        assert isinstance(document, Document), document
        result = process_document(document)
        assert isinstance(result, Extraction), result
        assert result.article.lang == "en"
        check(result)
        found += len(result.statements)
    assert found > 5 * len(paths)
