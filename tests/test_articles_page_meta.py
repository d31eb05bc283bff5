"""Page metadata: the four fields rawi keeps equal trafilatura's full extract_metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from rawi.articles.page_meta import page_metadata

HTML = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html"
FIELDS = ("title", "sitename", "url", "date")

PAGE = """<html><head><meta charset="utf-8"><title>الوزارة تفتتح مدرسة | موقع الأخبار</title>
<meta property="og:site_name" content="@akhbar"><link rel="canonical" href="https://akhbar.example/a/1">
<meta property="article:published_time" content="2024-01-07T10:00:00+03:00"></head>
<body><article><h1>الوزارة تفتتح مدرسة</h1><p>افتتحت الوزارة مدرسة جديدة في الحي الشمالي.</p>
</article></body></html>"""


def _fields(document: object) -> tuple[object, ...]:
    return tuple(getattr(document, name) for name in FIELDS)


def test_own_page_gives_title_site_url_and_date_like_trafilatura() -> None:
    ours = page_metadata(load_html(PAGE), None)
    assert _fields(ours) == _fields(extract_metadata(load_html(PAGE)))
    assert (
        ours.sitename == "Akhbar" and ours.date == "2024-01-07" and ours.url == "https://akhbar.example/a/1"
    )


@pytest.mark.skipif(not HTML.is_dir(), reason=f"shared corpus not found at {HTML}")
@pytest.mark.parametrize("page", sorted(HTML.glob("*.html")) if HTML.is_dir() else [], ids=lambda p: p.name)
def test_corpus_pages_give_the_same_fields_as_trafilatura(page: Path) -> None:
    html = page.read_text(encoding="utf-8", errors="replace")
    assert _fields(page_metadata(load_html(html), None)) == _fields(extract_metadata(load_html(html)))
