"""The JSON API under /api/: the data of every page, paged, as JSON or CSV.

Routes are thin: read the parameters, call one query of store.web_queries, shape the answer.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from rawi.store import queries, web_queries
from rawi.web.params import CLAIM_STATUS, KIND, Paging, Search, database, paging, search_filters
from rawi.web.responses import csv_response, json_response, page_response
from rawi.web.schemas import (
    ArticleAnswer,
    ClaimAnswer,
    ClaimPage,
    OutletPage,
    RejectionPage,
    SpeakerAnswer,
    SpeakerPage,
    StatementPage,
    StatsAnswer,
    answers,
)

router = APIRouter(prefix="/api", tags=["api"])
Conn = Annotated[sqlite3.Connection, Depends(database)]
Pages = Annotated[Paging, Depends(paging)]
Answer = Response | dict[str, Any]
CSV = "^(json|csv)$"
CODE = r"^(|E\d{3})$"


@router.get(
    "/search",
    response_model=None,
    responses=answers(StatementPage),
    summary="Search statements with the filters of `rawi search`",
)
@router.get("/search.csv", include_in_schema=False, response_model=None)
def search(conn: Conn, page: Pages, asked: Annotated[Search, Depends(search_filters)]) -> Answer:
    """Statements matching a full-text query and filters, best match first."""
    found = web_queries.search(conn, asked.q, asked.filters, page.limit, page.offset)
    return page_response(found, page, "search")


@router.get(
    "/articles/{article_id}",
    response_model=None,
    responses=answers(ArticleAnswer),
    summary="An article with its statements",
)
def article(conn: Conn, article_id: str, format: Annotated[str, Query(pattern=CSV)] = "json") -> Answer:
    """An article's text, metadata, statements (with offsets) and near-duplicates."""
    found = web_queries.article(conn, article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id}")
    if format == "csv":
        return csv_response(found["statements"], f"article-{article_id}")
    return json_response({"ok": True, "article": found})


@router.get(
    "/speakers", response_model=None, responses=answers(SpeakerPage), summary="The most quoted speakers"
)
@router.get("/speakers.csv", include_in_schema=False, response_model=None)
def speakers(conn: Conn, page: Pages, kind: Annotated[str | None, Query(pattern=KIND)] = None) -> Answer:
    """Speakers by number of statements, with roles, articles, independent stories and denials."""
    return page_response(
        web_queries.top_speakers(conn, page.limit, page.offset, kind or None), page, "speakers"
    )


@router.get(
    "/speakers/{name:path}",
    response_model=None,
    responses=answers(SpeakerAnswer),
    summary="A speaker's statements, variants, roles, timeline",
)
def speaker(conn: Conn, name: str, page: Pages) -> Answer:
    """Everything a speaker said (every spelling, once `rawi claims` has merged them), with counts."""
    found = web_queries.speaker(conn, name, page.limit, page.offset)
    if found is None:
        raise HTTPException(404, f"no statements by a speaker named {name}")
    statements = found.pop("statements")
    listing = web_queries.Page(found["total"], statements)
    return page_response(listing, page, "speaker", speaker=found)


@router.get(
    "/denials",
    response_model=None,
    responses=answers(StatementPage),
    summary="Every denial with what it denies",
)
@router.get("/denials.csv", include_in_schema=False, response_model=None)
def denials(conn: Conn, page: Pages) -> Answer:
    """Denials, newest first, each with its target and article."""
    return page_response(web_queries.denials(conn, page.limit, page.offset), page, "denials")


@router.get(
    "/outlets",
    response_model=None,
    responses=answers(OutletPage),
    summary="Statements per outlet and the share from anonymous sources",
)
@router.get("/outlets.csv", include_in_schema=False, response_model=None)
def outlets(conn: Conn, page: Pages) -> Answer:
    """Per outlet: articles, statements, anonymous statements and their share."""
    return page_response(web_queries.outlets(conn, page.limit, page.offset), page, "outlets")


@router.get(
    "/rejections",
    response_model=None,
    responses=answers(RejectionPage),
    summary="Documents rawi could not read, and why",
)
@router.get("/rejections.csv", include_in_schema=False, response_model=None)
def rejections(conn: Conn, page: Pages, code: Annotated[str | None, Query(pattern=CODE)] = None) -> Answer:
    """Rejected documents with their error code and reason, optionally of one code."""
    listing = web_queries.rejections(conn, page.limit, page.offset, code or None)
    return page_response(listing, page, "rejections", codes=web_queries.rejection_codes(conn))


@router.get("/claims", response_model=None, responses=answers(ClaimPage), summary="Claims across articles")
@router.get("/claims.csv", include_in_schema=False, response_model=None)
def claims(
    conn: Conn, page: Pages, status: Annotated[str | None, Query(pattern=CLAIM_STATUS)] = None
) -> Answer:
    """Claims (after `rawi claims`) by status, those repeated by the most outlets first."""
    return page_response(web_queries.claims(conn, status or None, page.limit, page.offset), page, "claims")


@router.get(
    "/claims/{claim_id}",
    response_model=None,
    responses=answers(ClaimAnswer),
    summary="One claim's story in time",
)
def claim(conn: Conn, claim_id: str, format: Annotated[str, Query(pattern=CSV)] = "json") -> Answer:
    """A claim's first report, each repetition, denial and confirmation, in date order."""
    found = web_queries.claim(conn, claim_id)
    if found is None:
        raise HTTPException(404, f"no claim with id {claim_id}; run `rawi claims` to build them")
    statements = found.pop("statements")
    if format == "csv":
        return csv_response(statements, f"claim-{claim_id}")
    return json_response({"ok": True, "claim": found, "statements": statements})


@router.get("/stats", response_model=None, responses=answers(StatsAnswer), summary="Counts of the store")
def stats(conn: Conn) -> dict[str, Any]:
    """How many articles, statements, speakers, denials, outlets and rejections the store holds."""
    return {"ok": True, "stats": queries.stats(conn)}
