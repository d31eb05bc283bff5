"""What `rawi watch` publishes: /alerts (a page), /alerts.atom (a feed any reader follows), /feeds.

A store that was never watched (or is older than migration 4) shows empty lists, not an error.
The Atom feed is built with ElementTree, so no text from an article can break its markup.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from rawi.store.alerts import alerts_since
from rawi.store.migrations import schema_version
from rawi.store.watch_state import FeedState, feed_states
from rawi.web.links import safe_link
from rawi.web.params import database

router = APIRouter(include_in_schema=False)
Conn = Annotated[sqlite3.Connection, Depends(database)]
WATCH_SCHEMA = 4
ATOM = "http://www.w3.org/2005/Atom"
FEED_LIMIT = 100


def _watched(conn: sqlite3.Connection) -> bool:
    """Whether the store has the watch tables (migration 4)."""
    return schema_version(conn) >= WATCH_SCHEMA


def recent_alerts(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The newest alerts, or none in a store that has no alerts table."""
    return alerts_since(conn, 0.0, limit) if _watched(conn) else []


def _feeds(conn: sqlite3.Connection) -> list[FeedState]:
    """Every watched URL's state, or none in a store that was never watched."""
    return feed_states(conn) if _watched(conn) else []


@router.get("/alerts")
def alerts_page(
    request: Request, conn: Conn, limit: Annotated[int, Query(ge=1, le=1000)] = FEED_LIMIT
) -> Response:
    """The newest alerts: who said what, which rule fired, and where it was published."""
    context = {"alerts": recent_alerts(conn, limit)}
    return request.app.state.templates.TemplateResponse(request, "alerts.html", context)


@router.get("/feeds")
def feeds_page(request: Request, conn: Conn) -> Response:
    """Each watched feed's health: last success, last error, failures, next fetch."""
    context = {"feeds": _feeds(conn), "when": _when}
    return request.app.state.templates.TemplateResponse(request, "feeds.html", context)


def _when(timestamp: float | None) -> str:
    """A Unix time as ISO 8601 UTC, or an empty string."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds") if timestamp else ""


def _entry(feed: ET.Element, base: str, alert: dict[str, Any]) -> None:
    """One alert as an Atom entry."""
    statement = alert["statement"]
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base}/alerts#{statement['id']}"
    stance = statement.get("stance") or ""
    ET.SubElement(
        entry, f"{{{ATOM}}}title"
    ).text = f"{statement['speaker']} ({stance}): {statement['content']}"
    ET.SubElement(entry, f"{{{ATOM}}}updated").text = alert["fired"]
    link = safe_link(statement.get("url")) or f"{base}/articles/{statement['article_id']}"
    ET.SubElement(entry, f"{{{ATOM}}}link", href=link)
    rules = "; ".join(f"{r['kind']} {r['value']}" for r in alert["rules"])
    outlet = statement.get("outlet") or ""
    summary = f"{statement['content']} — {statement['speaker']}, {outlet} ({rules})"
    ET.SubElement(entry, f"{{{ATOM}}}summary").text = summary


@router.get("/alerts.atom")
def alerts_atom(request: Request, conn: Conn) -> Response:
    """The newest alerts as an Atom feed."""
    base = str(request.base_url).rstrip("/")
    alerts = recent_alerts(conn, FEED_LIMIT)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base}/alerts.atom"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "rawi alerts"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = alerts[0]["fired"] if alerts else _when(0.001)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts.atom")
    for alert in alerts:
        _entry(feed, base, alert)
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
