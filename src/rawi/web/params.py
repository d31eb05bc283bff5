"""Query parameters shared by the pages and the JSON API: filters, pagination, output format.

HTML forms send empty strings for unset fields, so every filter accepts "" as "no filter".
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import HTTPException, Query, Request

from rawi.store.budget import SERVER_TIME_LIMIT, check_prefixes, time_limit
from rawi.store.facets import is_partial_date
from rawi.store.web_queries import SearchFilters, open_readonly

DATE = r"^(|\d{4}(-\d{2}(-\d{2})?)?)$"
KIND = "^(|person|organization|anonymous|document)$"
CLAIM_STATUS = "^(|reported|denied|confirmed)$"
MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000_000  # far past any store, far below SQLite's 64-bit integers


@dataclass(frozen=True)
class Search:
    """A full-text query (may be empty) and the filters of `rawi search`."""

    q: str
    filters: SearchFilters


@dataclass(frozen=True)
class Paging:
    """Which slice of a result list to show, and in which format."""

    limit: int
    offset: int
    format: str


async def database(request: Request) -> AsyncIterator[sqlite3.Connection]:
    """A read-only connection to the served store for the time of one request.

    Opening and closing take well under a millisecond, so they run on the event loop (async)
    instead of costing two thread hand-offs per request; the queries run in the endpoint's thread.
    """
    conn = open_readonly(request.app.state.db_path)
    time_limit(conn, getattr(request.app.state, "time_limit", SERVER_TIME_LIMIT))
    try:
        yield conn
    finally:
        conn.close()


async def paging(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="results per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="results to skip")] = 0,
    format: Annotated[str, Query(pattern="^(json|csv)$", description="json or csv")] = "json",
) -> Paging:
    """Pagination (limit/offset) and the output format of a result list (a `.csv` path means CSV)."""
    return Paging(limit, offset, "csv" if request.url.path.endswith(".csv") else format)


def _blank(value: str | None) -> str | None:
    """None for an empty or blank form field."""
    return value.strip() if value and value.strip() else None


def _date(name: str, value: str | None) -> str | None:
    """A date filter, or a 422 when it has the shape of a date but is none (month 13, 30 February)."""
    value = _blank(value)
    if value is not None and not is_partial_date(value):
        raise HTTPException(422, f"{name}: {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


async def search_filters(
    q: Annotated[str, Query(max_length=500, description="FTS5 query: content, speaker, role, headline")] = "",
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    role: Annotated[str | None, Query(max_length=200)] = None,
    stance: Annotated[str | None, Query(pattern="^(|assert|deny|confirm)$")] = None,
    quote_type: Annotated[str | None, Query(pattern="^(|direct|indirect|mixed)$")] = None,
    anonymous: Annotated[
        str | None, Query(pattern="^(|true|false|1|0)$", description="true: anonymous sources only")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
) -> Search:
    """The query and filters of `rawi search`, read from the query string."""
    check_prefixes(q)
    flag = _blank(anonymous)
    filters = SearchFilters(
        speaker=_blank(speaker),
        role=_blank(role),
        stance=_blank(stance),
        quote_type=_blank(quote_type),
        anonymous=None if flag is None else flag in ("true", "1"),
        outlet=_blank(outlet),
        since=_date("since", since),
        until=_date("until", until),
    )
    return Search(q.strip(), filters)
