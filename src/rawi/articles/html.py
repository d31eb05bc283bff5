"""HTML page -> Article: trafilatura finds the main text and metadata, rawi reads the date.

Article.text for a page is the extracted text: the headline line, a date line when a date is
known, then the paragraphs, so statement offsets refer to it. trafilatura can take a copyright
year ("© 2013") for the date; the date printed next to the headline is preferred to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from rawi.arabic.dates import find_dates
from rawi.arabic.normalize import match_key
from rawi.articles.page_meta import page_metadata
from rawi.articles.text import parse_text
from rawi.records import Article, Document, Rejection

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_MARKUP: Final = re.compile(r"</(?:p|div|html|body|article|span|h1|h2|a|section|head)>", re.IGNORECASE)
_NEAR_TITLE: Final = 400
_TITLE_PARTS: Final = re.compile(r"\s+[-|–]\s+")
_MIN_WORDS: Final = 5
_SNIFF_CHARS: Final = 5000


def is_html(document: Document) -> bool:
    """True for an HTML document: declared as such and holding tags, or text that opens like markup."""
    if "html" in (document.media_type or "").lower():
        return "<" in document.text[:_SNIFF_CHARS]
    head = document.text[:2000].lstrip()
    return head.startswith("<") and _MARKUP.search(head) is not None


def _visible_text(tree: HtmlElement) -> str:
    """The page's visible text in reading order (scripts and styles left out), spaces collapsed."""
    parts = tree.xpath(
        "//text()[not(parent::script or parent::style)][not(ancestor::noscript)]", smart_strings=False
    )
    return " ".join(" ".join(parts).split())


def printed_date(page_text: str, title: str | None) -> str | None:
    """The date printed just after the headline on the page ("الجمعة 8 فيفري 2019"), if any."""
    if not title:
        return None
    probe = " ".join(title.split())[:40]
    where = page_text.find(probe)
    if where < 0:
        return None
    window = page_text[where : where + len(title) + _NEAR_TITLE]
    dates = [d for d in find_dates(window) if d.calendar == "gregorian"]
    return dates[0].iso if dates else None


def _clean_title(title: str | None, sitename: str | None, first_line: str) -> str | None:
    """The page title without the site name trafilatura often leaves on it ("X - قناة صدى البلد").

    When one part of a split title is the text's first line, that part is the headline.
    """
    if not title:
        return None
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    for part in parts:
        if match_key(part) == match_key(first_line):
            return " ".join(part.split())
    if sitename:
        site = match_key(sitename)
        parts = [p for p in parts if match_key(p) not in site]
    return " ".join(" - ".join(parts or [title]).split())


def _choose_date(printed: str | None, extracted: str | None, document: Document) -> str | None:
    """Printed date first; trafilatura's unless it is a bare year (YYYY-01-01); then the container's."""
    if printed:
        return printed
    if extracted and not extracted.endswith("-01-01"):
        return extracted[:10]
    return (document.published or "")[:10] or (extracted[:10] if extracted else None)


def _compose(title: str | None, date: str | None, body: str) -> str:
    """Headline line, date line, then the paragraphs (without a repeated headline)."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and lines and match_key(lines[0]) == match_key(title):
        lines = lines[1:]
    head = [part for part in (title, date) if part]
    return "\n".join(head + lines)


def _extract(document: Document) -> tuple[str | None, Any, Any]:
    """(visible page text, trafilatura's text, the page metadata), all None for unparsable markup.

    trafilatura is imported on first use, so reading plain text never pays for its import.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(document.text)
    if tree is None:
        return None, None, None
    page_text = _visible_text(tree)
    metadata = page_metadata(tree, document.url)
    url = document.url or metadata.url
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, include_tables=False
    )
    return page_text, result, metadata


def parse_html(document: Document) -> Article | Rejection:
    """Main text, headline and date of an HTML page; a page without article text is E006."""
    page_text, result, metadata = _extract(document)
    if page_text is None:
        return Rejection(document.name, "E006", "the markup could not be parsed")
    body = (result.text if result is not None else "") or ""
    if len(body.split()) < _MIN_WORDS:
        return Rejection(document.name, "E006", "no article text found in the page")
    first_line = body.lstrip().split("\n", 1)[0]
    title = _clean_title(metadata.title, metadata.sitename, first_line) or document.title
    date = _choose_date(printed_date(page_text, title), metadata.date, document)
    text = _compose(title, date, body)
    outlet = document.outlet or metadata.sitename
    meta = replace(document, title=title, url=document.url or metadata.url, outlet=outlet)
    article = parse_text(meta, text=text)
    if isinstance(article, Rejection):
        return Rejection(document.name, "E006", article.reason)
    return article
