"""The public Python API: rawi.extract(text) and rawi.open_store(path), nothing else at the top."""

from __future__ import annotations

from pathlib import Path

import pytest

import rawi
from rawi.errors import RawiError
from rawi.records import Extraction


def test_extract_gives_the_statements_of_a_text() -> None:
    text = "وزير يعد بالإصلاح\n\nوقال وزير المالية سامي الحداد إن الموازنة الجديدة ستخفض العجز."
    extraction = rawi.extract(text)
    assert isinstance(extraction, Extraction)
    promise, statement = extraction.statements  # the headline promises: 'يعد بالإصلاح'
    assert (promise.cue, promise.content) == ("يعد", "الإصلاح")
    assert statement.speaker == "سامي الحداد" and statement.content == "الموازنة الجديدة ستخفض العجز"


def test_extract_reads_html_when_told() -> None:
    page = (
        "<html><body><h1>Port reopens</h1>"
        "<p>The port authority said the harbour reopened on Monday.</p></body></html>"
    )
    extraction = rawi.extract(page, html=True)
    assert extraction.article.lang == "en"
    assert [s.content for s in extraction.statements] == ["the harbour reopened on Monday"]


def test_extract_says_why_it_cannot_read_a_text() -> None:
    with pytest.raises(RawiError) as error:
        rawi.extract("   ")
    assert error.value.code == "E011"


def test_open_store_is_read_only_by_default(tmp_path: Path) -> None:
    with pytest.raises(RawiError):
        rawi.open_store(tmp_path / "missing.db")
    rawi.open_store(tmp_path / "new.db", readonly=False).close()
    conn = rawi.open_store(tmp_path / "new.db")
    assert conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0


def test_nothing_else_is_public() -> None:
    assert rawi.__all__ == ["__version__", "extract", "open_store"]
    with pytest.raises(AttributeError):
        rawi.search  # type: ignore[attr-defined]  # noqa: B018
