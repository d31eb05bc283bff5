"""Document -> Article: headline, publication date, credited sources and text spans."""

from __future__ import annotations

import re

from rawi.records import Article, Document, Rejection, Span

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding spaces."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((match.start() + lead, match.start() + len(line.rstrip())))
    return out


def parse_article(document: Document) -> Article | Rejection:
    """Read headline, date and paragraphs off a plain-text document."""
    text = document.text
    lines = _lines(text)
    if not lines:
        return Rejection(document.name, "E011", "no text")
    spans: list[Span] = []
    headline = None
    published = document.published
    for start, end in lines:
        line = text[start:end]
        date = _ISO_DATE.fullmatch(line.strip())
        if date and published is None:
            published = date.group()
            spans.append(Span(start, end, "dateline"))
        elif headline is None:
            headline = line
            spans.append(Span(start, end, "headline"))
        else:
            spans.append(Span(start, end, "paragraph"))
    lang = "ar" if len(_ARABIC_LETTER.findall(text[:2000])) > 50 else "en"
    return Article(
        name=document.name,
        text=text,
        lang=lang,
        headline=headline or document.title,
        published=published,
        spans=tuple(spans),
        url=document.url,
        outlet=document.outlet,
        document_id=document.id,
    )
