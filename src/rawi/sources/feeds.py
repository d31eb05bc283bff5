"""RSS and Atom feeds -> one Document per item, with the item's full text where it carries it.

The text is the item's content (content:encoded, Atom content) or else its summary, as
plain text with the item title as its first line, the layout of a scraped article.
A feed that is not well-formed keeps the items the lenient parser recovered, plus one E007.
"""

from __future__ import annotations

import re
import time
import xml.sax
from collections.abc import Iterator
from typing import Any

import feedparser

from rawi.records import Document, Rejection
from rawi.sources.markup import html_to_text

HTML_TYPES = ("text/html", "application/xhtml+xml")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _plain(detail: dict[str, Any] | None, value: str) -> str:
    """A feed text construct as plain text, whatever markup it came in."""
    kind = (detail or {}).get("type", "text/html")
    markup = kind in HTML_TYPES or (kind != "text/plain" and _TAG.search(value) is not None)
    return html_to_text(value) if markup else value.strip()


def _body(entry: Any) -> str:
    """The item's fullest text: its content when it has some, else its summary."""
    for content in entry.get("content") or []:
        text = _plain(content, content.get("value") or "")
        if text:
            return text
    return _plain(entry.get("summary_detail"), entry.get("summary") or "")


def _date(entry: Any) -> str | None:
    """The item's publication (or else update) date as ISO YYYY-MM-DD."""
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def with_title(title: str | None, body: str) -> str:
    """The body with the title as its first line (once), as a scraped article is laid out."""
    if not title or body.lstrip().startswith(title):
        return body
    return f"{title}\n\n{body}"


def _item(name: str, entry: Any, outlet: str | None, encoding: str | None) -> Document | Rejection:
    """One feed item as a Document, or E012 when it carries no text."""
    body = _body(entry)
    if not body:
        return Rejection(name, "E012", "the item has no content or summary")
    title = _plain(entry.get("title_detail"), entry.get("title") or "") or None
    return Document(
        name=name,
        text=with_title(title, body),
        url=entry.get("link") or None,
        title=title,
        published=_date(entry),
        outlet=outlet,
        encoding=encoding,
    )


def _malformed(parsed: Any) -> str | None:
    """Why the feed is malformed, or None when it is fine (an encoding override is fine)."""
    error = parsed.get("bozo_exception")
    if not parsed.get("bozo") or error is None:
        return None
    if isinstance(error, xml.sax.SAXParseException):
        return f"not well-formed XML at line {error.getLineNumber()}: {error.getMessage()}"
    if isinstance(error, feedparser.CharacterEncodingOverride) or parsed.entries:
        return None
    return " ".join(str(error).split())[:200] or type(error).__name__


def read_feed(name: str, data: bytes) -> Iterator[Document | Rejection]:
    """Every item of a feed, then E007 when it was malformed, or E012 when it had no items."""
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    outlet = _plain(parsed.feed.get("title_detail"), parsed.feed.get("title") or "") or None
    encoding = parsed.get("encoding") or None
    for index, entry in enumerate(parsed.entries, start=1):
        yield _item(f"{name}#{index}", entry, outlet, encoding)
    problem = _malformed(parsed)
    if problem:
        kept = f"; kept its {len(parsed.entries)} items" if parsed.entries else ""
        yield Rejection(name, "E007", problem + kept)
    elif not parsed.entries:
        yield Rejection(name, "E012", "the feed has no items")
