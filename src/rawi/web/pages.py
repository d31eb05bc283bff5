"""The HTML pages (Arabic, right to left): search, article, speaker, denials, outlets, rejections.

Each page reads the same query as its /api/ twin and renders a template; charts are SVG
drawn here, on the server.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from rawi.errors import CODES
from rawi.store import web_queries
from rawi.store.web_queries import Page
from rawi.web import charts
from rawi.web.highlight import STANCE_AR, highlight
from rawi.web.links import speaker_url, with_query
from rawi.web.params import CLAIM_STATUS, KIND, Paging, Search, database, paging, search_filters

router = APIRouter(include_in_schema=False)
Conn = Annotated[sqlite3.Connection, Depends(database)]
Pages = Annotated[Paging, Depends(paging)]


def render(request: Request, name: str, **context: Any) -> Response:
    """Render a page template with the request and `context`."""
    return request.app.state.templates.TemplateResponse(request, name, context)


def pager(request: Request, page: Page, paging: Paging) -> dict[str, Any]:
    """Where this page is in the list, and links to the previous and next pages (same query)."""
    following = paging.offset + paging.limit
    params, path = request.query_params, request.url.path
    previous = max(0, paging.offset - paging.limit)
    more = following < page.total if page.exact else len(page.rows) == paging.limit
    return {
        "first": paging.offset + 1 if page.rows else 0,
        "last": paging.offset + len(page.rows),
        "total": page.total,
        "exact": page.exact,
        "order": page.order,
        "prev": with_query(path, params, ("format",), offset=str(previous)) if paging.offset else None,
        "next": with_query(path, params, ("format",), offset=str(following)) if more else None,
    }


def csv_link(request: Request, api_path: str) -> str:
    """The CSV download of the list on this page: the API route with the same query, up to 10,000 rows."""
    return with_query(api_path, request.query_params, ("offset", "limit", "format"), limit="10000")


@router.get("/")
def search_page(
    request: Request, conn: Conn, page: Pages, asked: Annotated[Search, Depends(search_filters)]
) -> Response:
    """The search page: the filters of `rawi search` and the matching statements."""
    results = web_queries.search(conn, asked.q, asked.filters, page.limit, page.offset)
    return render(
        request,
        "search.html",
        q=asked.q,
        filters=asked.filters,
        results=results,
        pager=pager(request, results, page),
        csv=csv_link(request, "/api/search.csv"),
        stats=web_queries.summary(conn),
    )


@router.get("/articles/{article_id}")
def article_page(request: Request, conn: Conn, article_id: str) -> Response:
    """An article with every statement highlighted in its text."""
    found = web_queries.article(conn, article_id)
    if found is None:
        raise HTTPException(404, f"لا توجد مقالة بالمعرّف {article_id}")
    body = highlight(found["text"], found["statements"], speaker_url)
    claims = web_queries.claims_of_article(conn, article_id)
    return render(request, "article.html", article=found, body=body, claims=claims)


@router.get("/claims")
def claims_page(
    request: Request,
    conn: Conn,
    page: Pages,
    status: Annotated[str | None, Query(pattern=CLAIM_STATUS)] = None,
) -> Response:
    """Claims across articles by status, those repeated by the most outlets first."""
    results = web_queries.claims(conn, status or None, page.limit, page.offset)
    return render(request, "claims.html", results=results, pager=pager(request, results, page), status=status,
                  csv=csv_link(request, "/api/claims.csv"))  # fmt: skip


@router.get("/claims/{claim_id}")
def claim_page(request: Request, conn: Conn, claim_id: str) -> Response:
    """One claim's story in time: first report, repetitions, denials and confirmations."""
    found = web_queries.claim(conn, claim_id)
    if found is None:
        raise HTTPException(404, f"لا يوجد ادعاء بالمعرّف {claim_id}؛ ابنِ الادعاءات بالأمر rawi claims")
    return render(request, "claim.html", claim=found)


@router.get("/speakers")
def speakers_page(
    request: Request, conn: Conn, page: Pages, kind: Annotated[str | None, Query(pattern=KIND)] = None
) -> Response:
    """The most quoted speakers, optionally of one kind (person, organization, anonymous, document)."""
    results = web_queries.top_speakers(conn, page.limit, page.offset, kind or None)
    return render(request, "speakers.html", results=results, pager=pager(request, results, page), kind=kind,
                  csv=csv_link(request, "/api/speakers.csv"))  # fmt: skip


@router.get("/speakers/{name:path}")
def speaker_page(request: Request, conn: Conn, name: str, page: Pages) -> Response:
    """A speaker: statements, name variants, roles, statements per month and stance share."""
    found = web_queries.speaker(conn, name, page.limit, page.offset)
    if found is None:
        raise HTTPException(404, f"لا توجد تصريحات لمتحدث باسم {name}")
    months = charts.with_empty_months([(row["value"], row["n"]) for row in found["months"]])
    stances = [
        (STANCE_AR.get(r["value"], r["value"]), r["n"], charts.STANCE_COLOURS.get(r["value"], "#888"))
        for r in found["stances"]
    ]
    listing = Page(found["total"], found["statements"])
    return render(
        request,
        "speaker.html",
        speaker=found,
        pager=pager(request, listing, page),
        timeline=charts.timeline_chart(months, f"تصريحات {name} حسب الشهر"),
        stance=charts.share_chart(stances, f"مواقف {name}"),
        csv=with_query(
            "/api" + speaker_url(name), request.query_params, ("offset", "limit"), format="csv", limit="10000"
        ),
    )


@router.get("/denials")
def denials_page(request: Request, conn: Conn, page: Pages) -> Response:
    """Every denial with what it denies."""
    results = web_queries.denials(conn, page.limit, page.offset)
    return render(
        request,
        "denials.html",
        results=results,
        pager=pager(request, results, page),
        csv=csv_link(request, "/api/denials.csv"),
    )


@router.get("/outlets")
def outlets_page(request: Request, conn: Conn, page: Pages) -> Response:
    """Statements per outlet and the share attributed to anonymous sources."""
    results = web_queries.outlets(conn, page.limit, page.offset)
    bars = [(r["outlet"] or "غير معروف", r["statements"], r["anonymous"]) for r in results.rows[:30]]
    return render(
        request,
        "outlets.html",
        results=results,
        pager=pager(request, results, page),
        chart=charts.outlet_chart(bars, "نسبة التصريحات المنسوبة إلى مصادر مجهولة في كل منفذ"),
        csv=csv_link(request, "/api/outlets.csv"),
    )


@router.get("/rejections")
def rejections_page(request: Request, conn: Conn, page: Pages, code: str | None = None) -> Response:
    """Documents rawi could not read, with the code, the cause and the fix."""
    results = web_queries.rejections(conn, page.limit, page.offset, code or None)
    return render(
        request,
        "rejections.html",
        results=results,
        pager=pager(request, results, page),
        codes=web_queries.rejection_codes(conn),
        CODES=CODES,
        code=code,
        csv=csv_link(request, "/api/rejections.csv"),
    )


@router.get("/docs")
def docs_page(request: Request) -> Response:
    """The API's documentation, drawn from its OpenAPI document with no script or CDN."""
    spec = request.app.openapi()
    return render(request, "docs.html", spec=spec)
