"""What each API route returns, as pydantic models for the OpenAPI document.

The routes answer with plain JSON (no per-field validation on the hot path); these models
document that JSON, and tests validate real answers against them so the two cannot drift.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from rawi.records import ClaimRole


class ErrorBody(BaseModel):
    """Every error, whatever its cause: 400 (bad query), 404, 422 (bad parameter), 500, 503."""

    ok: Literal[False]
    error: str
    status: int


class StatementRow(BaseModel):
    """One attributed statement with its article's headline, date, outlet and language."""

    model_config = ConfigDict(extra="allow")

    id: str
    article_id: str
    seq: int
    speaker: str
    speaker_role: str | None
    speaker_kind: Literal["person", "organization", "anonymous", "document"]
    cue: str
    content: str
    quote_type: Literal["direct", "indirect", "mixed"]
    start: int
    end: int
    via: list[str]
    stance: Literal["assert", "deny", "confirm"]
    hedged: bool
    target: str | None
    date: str | None
    in_headline: bool
    extractor: str
    headline: str | None
    published: str | None
    outlet: str | None
    url: str | None
    lang: str
    claim_id: str | None = None
    claim_status: Literal["reported", "denied", "confirmed"] | None = None


class Paged(BaseModel):
    """The paged envelope of every list: rows, how many there are, and where the next page starts."""

    model_config = ConfigDict(extra="allow")

    ok: Literal[True]
    total: int
    total_exact: bool
    limit: int
    offset: int
    next_offset: int | None


class StatementPage(Paged):
    """A page of statements (search, denials, a speaker's statements)."""

    order: Literal["rank", "recent"] | None = None
    rows: list[StatementRow]


class SpeakerRow(BaseModel):
    """A speaker with how often and where they are quoted."""

    speaker: str
    kind: str
    statements: int
    articles: int
    independent_stories: int
    denials: int
    roles: list[str]


class SpeakerPage(Paged):
    """A page of the most quoted speakers."""

    rows: list[SpeakerRow]


class SpeakerAnswer(StatementPage):
    """A speaker's statements, with their spellings, roles, kinds, months and stances."""

    speaker: dict[str, Any]


class OutletRow(BaseModel):
    """Statements per outlet and the share attributed to anonymous sources."""

    outlet: str | None
    articles: int
    statements: int
    anonymous: int
    anonymous_share: float


class OutletPage(Paged):
    """A page of outlets."""

    rows: list[OutletRow]


class RejectionRow(BaseModel):
    """A document rawi could not read: its name, the error code and why."""

    id: int | str
    name: str
    code: str
    reason: str


class RejectionPage(Paged):
    """A page of rejected documents, with the count per code."""

    rows: list[RejectionRow]
    codes: list[dict[str, Any]]


class ArticleAnswer(BaseModel):
    """An article: text, metadata, statements in text order and near-duplicates."""

    ok: Literal[True]
    article: dict[str, Any]


class ClaimRow(BaseModel):
    """A claim: its wording, status, first report and who denied or confirmed it, and when."""

    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    status: Literal["reported", "denied", "confirmed"]
    n_statements: int
    n_reports: int
    n_articles: int
    n_outlets: int
    first_date: str | None
    first_outlet: str | None
    first_speaker: str | None
    first_chain: list[str]
    denied_by: list[str]
    denied_at: str | None
    confirmed_by: list[str]
    confirmed_at: str | None


class ClaimPage(Paged):
    """A page of claims."""

    rows: list[ClaimRow]


class ClaimStatement(StatementRow):
    """A statement of a claim, with its part in it: first report, repeat, deny or confirm."""

    claim_role: ClaimRole


class ClaimAnswer(BaseModel):
    """One claim and its statements in date order."""

    ok: Literal[True]
    claim: ClaimRow
    statements: list[ClaimStatement]


class StatsAnswer(BaseModel):
    """Counts of the store."""

    ok: Literal[True]
    stats: dict[str, Any]


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": meaning}
    for status, meaning in {
        400: "the query could not be run (an invalid full-text query, or over its time budget)",
        404: "no such article, speaker or claim",
        422: "a parameter is out of range or not of its form",
        500: "an unexpected error (details in the server log)",
    }.items()
}


def answers(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """A route's OpenAPI responses: `model` on success (JSON, or CSV where offered), errors in one shape."""
    return {200: {"model": model, "content": {"text/csv": {}}}, **ERRORS}
