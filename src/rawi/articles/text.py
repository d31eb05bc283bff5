"""Plain-text article -> Article: headline, date, credited sources and typed spans.

The text is never changed: every span is an offset range of `document.text`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final, cast

from rawi.arabic.dates import date_line_rest, find_dates, parse_date
from rawi.arabic.normalize import match_key
from rawi.articles import boilerplate as bp
from rawi.articles import credits
from rawi.articles.layout import units
from rawi.records import SPAN_KINDS, Article, Document, Rejection, Span, SpanKind, to_span_kind

_LETTER: Final = re.compile(r"[^\W\d_]")
_EN_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z.' -]{1,40}(?:,\s*[A-Z][A-Za-z.]*)*,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?P<name>[A-Za-z -]{2,30})\))?\s*[-–—]+\s+"
)
FIRST_PUBLISHED: Final = "1900"  # a publication date before this, or after today, is a misread
_HEADER_LIMIT: Final = 10
_SUBHEADING_WORDS: Final = 5
_LEDE_WORDS: Final = 12
_PARAGRAPH_WORDS: Final = 30
_LABEL_WORDS: Final = 2
_TOPIC_CHARS: Final = 800
_LANG_SAMPLE: Final = 300
_OPENING_CHARS: Final = 100
_CLOSING_LINES: Final = 12
_LINK_HEADING_WORDS: Final = 4
_OPENING_DATE_AT: Final = 30


@dataclass
class _Reading:
    """What one pass over an article's units has found so far (local to one call)."""

    text: str
    spans: list[tuple[int, int]]
    kinds: list[str]
    headline: int | None = None
    published: str | None = None
    sources: list[str] = field(default_factory=list)
    extra: list[Span] = field(default_factory=list)

    def line(self, index: int) -> str:
        """The text of unit `index`."""
        start, end = self.spans[index]
        return self.text[start:end]

    def credit(self, names: list[str]) -> None:
        """Add credited names, once each."""
        seen = {match_key(n) for n in self.sources}
        for name in names:
            if match_key(name) not in seen:
                self.sources.append(name)
                seen.add(match_key(name))


_SPAN_KINDS: Final = frozenset(SPAN_KINDS)


def _span(start: int, end: int, kind: str) -> Span:
    """`Span(start, end, to_span_kind(kind))`, its fields set on a bare instance in declared order:
    the frozen generated `__init__` and records' vocabulary check run interpreted, for every line
    of every article (a test holds the record to the constructor's; a kind outside the
    vocabulary still raises there)."""
    span: Span = object.__new__(Span)
    checked = cast(SpanKind, kind) if kind in _SPAN_KINDS else to_span_kind(kind)
    vars(span).update({"start": start, "end": end, "kind": checked})
    return span


def language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones in the opening of the text, else 'en'."""
    arabic = latin = 0
    sample = text[:_LANG_SAMPLE]
    # one pass over the characters, no regex match per run of letters; compiled, ord(sample[i])
    # reads the code point in place, where iterating the string makes a string per character
    for i in range(len(sample)):
        code = ord(sample[i])
        if 0x41 <= code <= 0x5A or 0x61 <= code <= 0x7A:  # A-Z, a-z
            latin += 1
        elif _is_arabic(code):
            arabic += 1
    return "ar" if arabic and arabic >= latin else "en"


def _is_arabic(code: int) -> bool:
    """Is the code point in the Arabic blocks `language` counts: letters, marks and digits (U+0600-U+06FF,
    U+0750-U+077F) and presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF)?"""
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _leftover_credit(rest: str) -> list[str]:
    """A known agency among the words a date line leaves over ("الرياض ... واس")."""
    tokens = rest.split()
    for size in (3, 2, 1):
        for begin in range(len(tokens) - size, -1, -1):
            name = " ".join(tokens[begin : begin + size])
            if credits.is_known_credit(name):
                return [name]
    return []


def _date_line(line: str, before_headline: bool) -> tuple[str, str] | None:
    """(ISO date, leftover words) when the line is a date line, not a sentence naming a date.

    Before the headline only a bare date counts ("هجمات 11 سبتمبر 2001: ..." is a headline);
    after it a place and a credit may be left over ("الرياض ... واس"), but no sentence.
    """
    dated = date_line_rest(line)
    if dated is None or bp.ends_sentence(line):
        return None
    leftover = len(dated[1].split())
    if leftover > (1 if before_headline else 2) and not _leftover_credit(dated[1]):
        return None
    return dated


def _read_caption_labels(reading: _Reading) -> None:
    """BBC-style "التعليق على الصورة، ..." lines: the label is furniture, the rest a caption."""
    for index, (start, end) in enumerate(reading.spans):
        cut = bp.caption_label_end(reading.line(index))
        if cut is None:
            continue
        if cut >= end - start:
            reading.kinds[index] = "boilerplate"
            if index + 1 < len(reading.kinds) and reading.kinds[index + 1] == "paragraph":
                reading.kinds[index + 1] = "caption"
            continue
        reading.extra.append(_span(start, start + len(reading.line(index)[:cut].rstrip()), "boilerplate"))
        reading.spans[index] = (start + cut, end)
        reading.kinds[index] = "caption"


def _read_link_lists(reading: _Reading) -> None:
    """Titles listed under a bare "مواضيع ذات صلة" / "اقرأ أيضا" heading are links, not text."""
    listing = False
    for index, kind in enumerate(reading.kinds):
        line = reading.line(index)
        if kind == "boilerplate":
            listing = listing or (bp.is_link_line(line) and not bp.more_words_than(line, _LINK_HEADING_WORDS))
        elif listing and not bp.ends_sentence(line) and not bp.more_words_than(line, bp.TITLE_WORDS):
            reading.kinds[index] = "boilerplate"
        else:
            listing = False


def _read_header(reading: _Reading, title: str | None) -> int:
    """Mark headline, date lines, bylines and captions at the top; return where the body starts."""
    index = seen = 0
    while index < len(reading.kinds) and seen < _HEADER_LIMIT:
        line = reading.line(index)
        kind = reading.kinds[index]
        seen += kind != "boilerplate"
        dated = None if kind == "boilerplate" else _date_line(line, reading.headline is None)
        if kind == "caption" or (
            kind == "boilerplate" and not (reading.headline is None and _opening_link(line))
        ):
            pass
        elif dated:
            reading.kinds[index] = "dateline"
            reading.published = reading.published or dated[0]
            reading.credit(_leftover_credit(dated[1]))
        elif reading.headline is None and _is_label(line, index, reading):
            reading.kinds[index] = "boilerplate"
        elif reading.headline is None:
            size = len(bp.words(line))
            if bp.ends_sentence(line) and (size > _PARAGRAPH_WORDS or (title and size > _LEDE_WORDS)):
                return index  # the text opens with its body: no headline line
            reading.headline = index
            reading.kinds[index] = "headline"
        elif credits.signoff_source(line):
            reading.kinds[index] = "boilerplate"  # a lone photo credit under the headline
        elif _is_byline(line):
            reading.kinds[index] = "dateline"
            reading.credit(credits.byline_sources(line))
        elif credits.caption_credit(line):
            reading.kinds[index] = "caption"
        else:
            return index
        index += 1
    return index


def _is_label(line: str, index: int, reading: _Reading) -> bool:
    """A masthead or section label above the headline ("العربي الجديد", "سياسة"), not the headline.

    An outlet's name is a label when more lines follow; a line of at most two words is one
    when the next line looks like a headline itself (three or more words, no date, no sentence).
    """
    outlet = credits.is_known_credit(line)
    if bp.more_words_than(line, _LABEL_WORDS) and not outlet:
        return False
    following = [i for i in range(index + 1, len(reading.kinds)) if reading.kinds[i] != "boilerplate"]
    if not following or outlet:
        return bool(following)
    after = reading.line(following[0])
    return bp.more_words_than(after, 2) and not bp.ends_sentence(after) and date_line_rest(after) is None


def _opening_link(line: str) -> bool:
    """A "شاهد.. ..." line long enough to be the page's own headline rather than a link."""
    return bp.is_link_line(line) and bp.more_words_than(line, 4)


def _is_byline(line: str) -> bool:
    """A short credit line under the headline: "لجين الأحمدي – عين اليوم"."""
    return (
        not bp.more_words_than(line, 8) and not bp.ends_sentence(line) and bool(credits.byline_sources(line))
    )


def _read_closing(reading: _Reading, body_start: int) -> int:
    """Mark closing credit lines ("المصادر:", link lines, sign-offs); return where they begin."""
    content = [i for i in range(body_start, len(reading.kinds)) if reading.kinds[i] != "boilerplate"]
    tail = content[-_CLOSING_LINES:]
    for position, index in enumerate(tail):
        rest = credits.closing_label(reading.line(index))
        if rest is None:
            continue
        names = credits.split_names(rest)
        listing = not rest
        for follower in tail[position + 1 :]:
            line = reading.line(follower)
            listing = listing and credits.is_credit_list(line)
            if listing:
                names += credits.split_names(line)
            reading.kinds[follower] = "sources" if listing else "boilerplate"
        reading.kinds[index] = "sources"
        reading.credit(names)
        return index
    end = len(reading.kinds)
    for index in reversed(tail):
        line = reading.line(index)
        name = credits.link_line_source(line) or credits.signoff_source(line)
        if not name:
            break
        reading.kinds[index] = "sources"
        reading.credit([name])
        end = index
    if end == len(reading.kinds) and tail:
        reading.credit(credits.trailing_credit(reading.line(tail[-1])))
    return end


def _read_trailing_titles(reading: _Reading, body_start: int) -> None:
    """Story titles listed after the page furniture that closes an article ("شارك القصة", then titles)."""
    titles: list[int] = []
    index = len(reading.kinds) - 1
    while index >= body_start and reading.kinds[index] in ("paragraph", "boilerplate", "sources"):
        line = reading.line(index)
        if reading.kinds[index] == "paragraph":
            if bp.ends_sentence(line) or bp.more_words_than(line, bp.TITLE_WORDS):
                break
            titles.append(index)
        index -= 1
    furniture = [i for i in range(index + 1, len(reading.kinds)) if reading.kinds[i] == "boilerplate"]
    if titles and furniture and furniture[0] < min(titles):
        for title in titles:
            reading.kinds[title] = "boilerplate"


def _read_opening(reading: _Reading, index: int) -> None:
    """Split an opening dateline or byline ("دبي (CNN)--", "WASHINGTON, March 20 -") off the lede."""
    start, end = reading.spans[index]
    line = reading.line(index)
    cut = 0
    found = credits.dateline(line)
    if found:
        reading.credit([found[0]])
        cut = found[1]
    elif (byline := credits.inline_byline(line)) is not None:
        reading.credit(byline[0])
        cut = byline[1]
    elif (english := _EN_DATELINE.match(line)) is not None:
        reading.credit([english["name"]] if english["name"] else [])
        cut = english.end()
    elif (placed := credits.place_dateline(line)) is not None:
        cut = placed
    elif reading.published is None:
        cut = _read_dated_opening(reading, line)
    cut += len(line[cut:]) - len(line[cut:].lstrip()) if cut else 0
    if 0 < cut < len(line):
        reading.extra.append(_span(start, start + len(line[:cut].rstrip()), "dateline"))
        reading.spans[index] = (start + cut, end)


def _read_dated_opening(reading: _Reading, line: str) -> int:
    """A lede that opens with its own dateline ("جدة 21 شوال 1436 هـ الموافق 6 أغسطس 2015 م واس يعلن ...").

    Sets the publication date; a known agency right after the date is credited and the dateline
    ends after it. Returns where the lede proper begins (0 when the line opens otherwise).
    """
    dates = [d for d in find_dates(line[:_OPENING_CHARS]) if d.start <= _OPENING_DATE_AT]
    if not dates:
        return 0
    reading.published = next((d.iso for d in dates if d.calendar == "gregorian"), dates[0].iso)
    end = max(d.end for d in dates)
    after = line[end : end + _OPENING_CHARS].split()
    words = after[1:4] if after[:1] == ["م"] else after[:3]
    for size in (3, 2, 1):
        name = " ".join(words[:size])
        if len(words) >= size and credits.is_known_credit(name):
            reading.credit([name])
            return line.index(name, end) + len(name)
    return 0


def _read_trailing_tags(reading: _Reading, index: int) -> None:
    """Split a glued-on tag list ("... الكامل. سمات الحكام كرة القدم") off the last paragraph."""
    line = reading.line(index)
    cut = bp.trailing_tags_start(line)
    if cut:
        start, end = reading.spans[index]
        tags = line[cut:]
        reading.spans[index] = (start, start + cut)
        reading.extra.append(_span(start + cut + len(tags) - len(tags.lstrip()), end, "boilerplate"))


def _read_body(reading: _Reading, body_start: int, body_end: int) -> None:
    """Captions, subheadings and related-story titles between paragraphs; teaser blocks at the end."""
    body = [i for i in range(body_start, body_end) if reading.kinds[i] != "boilerplate"]
    if not body:
        return
    _read_opening(reading, body[0])
    _read_trailing_tags(reading, body[-1])
    for index in body[1:-1]:
        if reading.kinds[index] != "paragraph":
            continue
        line = reading.line(index)
        if bp.ends_sentence(line) and not _quoted_title(line):
            continue
        if credits.signoff_source(line):
            reading.kinds[index] = "boilerplate"  # a lone photo credit between paragraphs
        elif credits.caption_credit(line):
            reading.kinds[index] = "caption"
        elif not bp.more_words_than(line, _SUBHEADING_WORDS) or _quoted_title(line):
            reading.kinds[index] = "subheading"
        elif bp.is_title_like(line):
            reading.kinds[index] = "boilerplate"
    for index in _title_tail(reading, body):
        reading.kinds[index] = "boilerplate"  # other stories' titles closing the page
    paragraphs = [i for i in body if reading.kinds[i] == "paragraph"]
    topic_text = " ".join(reading.line(i) for i in paragraphs[:2])[:_TOPIC_CHARS]
    if reading.headline is not None:
        topic_text += " " + reading.line(reading.headline)
    # continuing Arabic paragraphs open with و/ف, so a final run without one may be other stories'
    # ledes; English paragraphs open bare, and that run is the article itself
    arabic = language(topic_text) == "ar"
    start = bp.teaser_start([reading.line(i) for i in paragraphs], topic_text) if arabic else None
    if start is not None and start >= 2:
        for index in paragraphs[start:]:
            reading.kinds[index] = "boilerplate"


_TITLE_TAIL: Final = 2  # title-shaped lines at least in a closing block of other stories' titles


def _title_tail(reading: _Reading, body: list[int]) -> list[int]:
    """The closing run of two or more title-shaped lines (no sentence-final mark, a headline's length)
    after a paragraph that ends a sentence: titles of other stories, not the article's own words."""
    k = len(body)
    while k > 1 and _title_shaped(reading.line(body[k - 1])) and reading.kinds[body[k - 1]] != "caption":
        k -= 1
    if len(body) - k < _TITLE_TAIL or not bp.ends_sentence(reading.line(body[k - 1])):
        return []
    return body[k:]


def _title_shaped(line: str) -> bool:
    """A line written as a headline: no sentence-final mark, not longer than a headline."""
    return not bp.ends_sentence(line) and not bp.more_words_than(line, bp.TITLE_WORDS)


def _quoted_title(line: str) -> bool:
    """A short line that is one quotation, as subheadings often are: '"لا يتوافق والواقع"'."""
    stripped = line.strip()
    return (
        stripped[:1] in "\"«“'"
        and stripped[-1:] in "\"»”'"
        and not bp.more_words_than(stripped, 7)
        and not bp.ends_sentence(stripped[:-1])
    )


def _document_date(value: str | None) -> str | None:
    """The ISO date of a container's date field ("2018-02-26T16:55:38+04:00", "Mon, 26 Feb 2018")."""
    if not value:
        return None
    return parse_date(value)


def plausible_date(iso: str | None, today: dt.date | None = None) -> str | None:
    """`iso` when it can be a publication date: from 1900 to `today` (the day of reading) included.

    A later or earlier date is a misread number or a typo in the page, and is dropped.
    """
    if not iso:
        return None
    return iso if FIRST_PUBLISHED <= iso[:10] <= (today or dt.date.today()).isoformat() else None


def parse_text(document: Document, text: str | None = None) -> Article | Rejection:
    """Read headline, date, sources and typed spans off plain text (`text` overrides the document's)."""
    text = document.text if text is None else text
    spans = units(text)
    if not spans or not _LETTER.search(text):
        return Rejection(document.name, "E011", "the document holds no words")
    kinds = ["boilerplate" if bp.is_boilerplate(text[s:e]) else "paragraph" for s, e in spans]
    reading = _Reading(text=text, spans=spans, kinds=kinds)
    _read_caption_labels(reading)
    _read_link_lists(reading)
    body_start = _read_header(reading, document.title)
    body_end = _read_closing(reading, body_start)
    _read_trailing_titles(reading, body_start)
    _read_body(reading, body_start, body_end)
    headline = reading.line(reading.headline).strip() if reading.headline is not None else None
    all_spans = [_span(s, e, k) for (s, e), k in zip(reading.spans, reading.kinds, strict=True)]
    return Article(
        name=document.name,
        text=text,
        lang=language(text),
        headline=headline or document.title,
        published=plausible_date(reading.published) or plausible_date(_document_date(document.published)),
        sources=tuple(reading.sources),
        spans=tuple(sorted(all_spans + reading.extra, key=lambda span: span.start)),
        url=document.url,
        outlet=document.outlet,
        document_id=document.id,
    )
