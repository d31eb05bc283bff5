"""Document -> Article: headline, publication date, credited sources and typed text spans.

Plain text is read line by line (articles/text.py); HTML goes through trafilatura first
(articles/html.py) and its extracted text is then read the same way.
"""

from __future__ import annotations

from rawi.articles.html import is_html, parse_html
from rawi.articles.text import parse_text
from rawi.records import Article, Document, Rejection

__all__ = ["parse_article"]


def parse_article(document: Document) -> Article | Rejection:
    """The article a document holds, or a Rejection saying why there is none."""
    if is_html(document):
        return parse_html(document)
    return parse_text(document)
