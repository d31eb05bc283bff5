"""The immutable records that cross stage boundaries.

sources -> Document -> Article -> Statement -> store -> views.  Nothing else travels
between stages; every record is a frozen dataclass so a stage cannot mutate its input.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal, cast, get_args

# Which engine made a statement, by language and version (a store can tell them apart).
ARABIC_EXTRACTOR = "rawi.statements.ar.v2"
ENGLISH_EXTRACTOR = "rawi.statements.en.v2"

# The closed vocabularies of GUIDELINES.md, checked by mypy wherever a record is built.
Stance = Literal["assert", "deny", "confirm"]
SpeakerKind = Literal["person", "organization", "anonymous", "document"]
QuoteType = Literal["direct", "indirect", "mixed"]
SpanKind = Literal["headline", "dateline", "paragraph", "subheading", "caption", "sources", "boilerplate"]
# A statement's part in a claim (`rawi claims`), and where the claim stands after its reactions.
ClaimRole = Literal["first", "repeat", "deny", "confirm"]
ClaimStatus = Literal["reported", "denied", "confirmed"]
STANCES: tuple[str, ...] = get_args(Stance)
SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)
QUOTE_TYPES: tuple[str, ...] = get_args(QuoteType)
SPAN_KINDS: tuple[str, ...] = get_args(SpanKind)
CLAIM_ROLES: tuple[str, ...] = get_args(ClaimRole)
CLAIM_STATUSES: tuple[str, ...] = get_args(ClaimStatus)


def _checked(value: str, allowed: tuple[str, ...], what: str) -> str:
    """`value` when it is one of `allowed`; a ValueError naming the vocabulary otherwise."""
    if value not in allowed:
        raise ValueError(f"{value!r} is not a {what} ({', '.join(allowed)})")
    return value


def to_stance(value: str) -> Stance:
    """A stance word checked against the closed vocabulary (a typo fails here, not in the store)."""
    return cast(Stance, _checked(value, STANCES, "stance"))


def to_speaker_kind(value: str) -> SpeakerKind:
    """A speaker kind checked against the closed vocabulary."""
    return cast(SpeakerKind, _checked(value, SPEAKER_KINDS, "speaker kind"))


def to_quote_type(value: str) -> QuoteType:
    """A quote type checked against the closed vocabulary."""
    return cast(QuoteType, _checked(value, QUOTE_TYPES, "quote type"))


def to_span_kind(value: str) -> SpanKind:
    """A span kind checked against the closed vocabulary."""
    return cast(SpanKind, _checked(value, SPAN_KINDS, "span kind"))


def to_claim_role(value: str) -> ClaimRole:
    """A claim role checked against the closed vocabulary (a stored role read back, say)."""
    return cast(ClaimRole, _checked(value, CLAIM_ROLES, "claim role"))


def to_claim_status(value: str) -> ClaimStatus:
    """A claim status checked against the closed vocabulary."""
    return cast(ClaimStatus, _checked(value, CLAIM_STATUSES, "claim status"))


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
    kind: SpanKind


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
    speaker_kind: SpeakerKind
    cue: str
    content: str
    quote_type: QuoteType
    start: int
    end: int
    via: tuple[str, ...] = ()
    stance: Stance = "assert"
    hedged: bool = False
    target: str | None = None
    date: str | None = None
    in_headline: bool = False
    extractor: str = ARABIC_EXTRACTOR

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
