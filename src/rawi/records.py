"""The immutable records that cross stage boundaries.

sources -> Document -> Article -> Statement -> store -> views.  Nothing else travels
between stages; every record is a frozen dataclass so a stage cannot mutate its input.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

EXTRACTOR_VERSION = "rawi.statements.v1"


def content_id(*parts: str) -> str:
    """A stable 16-hex-digit id from text parts, so re-ingesting the same input is an upsert."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """One readable unit from a source: decoded text plus where it came from.

    `text` is the decoded body (plain text, or HTML markup when `media_type` is text/html).
    `name` is what users see in messages (a file path, or `crawl.warc.gz#12`).
    Metadata fields come from the container (feed item, WARC headers, JSONL fields).
    """

    name: str
    text: str
    media_type: str = "text/plain"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    encoding: str | None = None

    @property
    def id(self) -> str:
        """Content hash of the document: the same text from the same place is the same document."""
        return content_id(self.url or "", self.text)


@dataclass(frozen=True)
class Span:
    """A region of an article's text: `text[start:end]`, with what it is."""

    start: int
    end: int
    kind: str  # headline | dateline | paragraph | subheading | caption | sources | boilerplate


@dataclass(frozen=True)
class Article:
    """A news article: the text all offsets refer to, and what was read off it."""

    name: str
    text: str
    lang: str
    headline: str | None
    published: str | None
    sources: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    url: str | None = None
    outlet: str | None = None
    document_id: str = ""

    @property
    def id(self) -> str:
        """Content hash of the article text and its address."""
        return content_id(self.url or self.name.rsplit("/", 1)[-1], self.text)


@dataclass(frozen=True)
class Statement:
    """An attributed statement, field for field as in GUIDELINES.md.

    `content == article.text[start:end]` always holds.
    """

    speaker: str
    speaker_role: str | None
    speaker_kind: str  # person | organization | anonymous | document
    cue: str
    content: str
    quote_type: str  # direct | indirect | mixed
    start: int
    end: int
    via: tuple[str, ...] = ()
    stance: str = "assert"  # assert | deny | confirm
    hedged: bool = False
    target: str | None = None
    date: str | None = None
    in_headline: bool = False
    extractor: str = EXTRACTOR_VERSION

    def id_in(self, article_id: str) -> str:
        """Stable id of this statement inside the article with `article_id`."""
        return content_id(article_id, str(self.start), str(self.end), self.cue, self.speaker)


@dataclass(frozen=True)
class Rejection:
    """A document rawi could not read: stored and counted, never a crash."""

    name: str
    code: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """What the pipeline makes of one readable document."""

    article: Article
    statements: tuple[Statement, ...] = field(default_factory=tuple)
