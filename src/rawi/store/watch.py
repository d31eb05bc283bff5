"""One round of `rawi watch`: fetch each watched URL, store its new items, fire the alerts.

A feed or sitemap is fetched conditionally; each item it lists is fetched once (by URL, and a
page whose bytes were stored under another URL is not stored again), as HTML through the same
pipeline as `rawi ingest`; an item whose page is gone, too large or forbidden by robots.txt is
stored from the feed's own text instead, and one whose page failed for a passing reason (a
timeout, a 5xx) is tried again next round. Items are committed first, the feed's state after,
then the alerts, so whatever a `kill -9` interrupts is redone by the next round, never lost.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from rawi.errors import UsageError
from rawi.records import Document
from rawi.sources.fetch import Fetched, Fetcher, post_json
from rawi.sources.listing import Item, Listing, page_document, read_listing
from rawi.store.alerts import mark_delivered, match_alerts, rules, undelivered
from rawi.store.claims_store import has_claim_tables, refresh_claims
from rawi.store.ingest import ingest
from rawi.store.watch_state import (
    FeedState,
    add_feeds,
    feed_state,
    hash_seen,
    is_seen,
    record_failure,
    record_success,
)

DEFAULT_EVERY = 600.0
MAX_ITEMS = 100  # items read from one feed in one round (feeds list the newest first)
MAX_CHILD_SITEMAPS = 5


@dataclass(frozen=True)
class WatchOptions:
    """How a round runs: the interval between fetches of a feed, and how much one feed may bring."""

    every: float = DEFAULT_EVERY
    max_items: int = MAX_ITEMS
    lexical: bool = False  # refresh tracked claims by words only (no sentence embeddings)


@dataclass
class RoundSummary:
    """What one round did, for the user and for tests."""

    fetched: int = 0
    not_modified: int = 0
    failed: int = 0
    not_due: int = 0
    new_items: int = 0
    ingested: int = 0
    statements: int = 0
    rejected: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        """A one-line report of the round."""
        return (
            f"{self.fetched} fetched, {self.not_modified} unchanged, {self.failed} failed,"
            f" {self.not_due} not due;"
            f" {self.new_items} new items: {self.ingested} ingested ({self.statements} statements),"
            f" {self.rejected} rejected; {len(self.alerts)} alerts"
        )


def read_watch_list(text: str) -> list[str]:
    """The URLs of a watch list: one a line, blank lines and # comments skipped, http(s) only."""
    urls = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
        if not line:
            continue
        if not line.startswith(("http://", "https://")) or any(c.isspace() for c in line):
            raise UsageError("E035", f"line {number}: {line[:80]!r} is not an http(s) URL")
        urls.append(line)
    return list(dict.fromkeys(urls))


def run_round(
    conn: sqlite3.Connection,
    fetcher: Fetcher,
    urls: list[str],
    now: float,
    options: WatchOptions | None = None,
    *,
    due_only: bool = True,
) -> RoundSummary:
    """Fetch every watched URL (only those due, unless `due_only` is False), then fire the alerts.

    Tracked claims are refreshed first when the round stored statements, so a new repetition
    or denial of a tracked claim fires in the round that brought it.
    """
    options = options or WatchOptions()
    summary = RoundSummary()
    add_feeds(conn, urls)
    for url in urls:
        state = feed_state(conn, url)
        if due_only and state.next_due > now:
            summary.not_due += 1
            continue
        _watch_one(conn, fetcher, state, now, options, summary)
    if summary.statements and has_claim_tables(conn) and any(r.kind == "claim" for r in rules(conn)):
        refresh_claims(conn, lexical=options.lexical)
    summary.alerts = match_alerts(conn, now)
    return summary


def _watch_one(
    conn: sqlite3.Connection, fetcher: Fetcher, state: FeedState, now: float, options: WatchOptions,
    summary: RoundSummary,
) -> None:  # fmt: skip
    """Fetch one watched URL and store what is new on it."""
    fetched = fetcher.get(state.url, state.etag, state.last_modified)
    if fetched.not_modified:
        summary.not_modified += 1
        record_success(conn, state, now, options.every, [])
        return
    if not fetched.ok:
        summary.failed += 1
        record_failure(conn, state.url, fetched.error or f"HTTP {fetched.status}", now, options.every)
        return
    summary.fetched += 1
    listed = read_listing(fetched.url, fetched.body, fetched.content_type)
    if listed.kind is Listing.PAGE:
        items: list[Item] = [Item(fetched.url)]
    else:
        items = list(listed.items) + _child_items(fetcher, listed.sitemaps)
        if listed.problem and not items:
            summary.failed += 1
            record_failure(conn, state.url, listed.problem, now, options.every)
            return
    page = fetched if listed.kind is Listing.PAGE else None
    documents, seen = _new_documents(conn, fetcher, state.url, items, page, options.max_items)
    summary.new_items += len(seen)
    result = ingest(conn, documents)
    summary.ingested += result.ingested
    summary.statements += result.statements
    summary.rejected += result.rejected
    capped = len(seen) >= options.max_items  # unseen items may remain: fetch in full next round, no 304
    etag, modified = (None, None) if capped else (fetched.etag, fetched.last_modified)
    updated = replace(state, kind=listed.kind.value, etag=etag, last_modified=modified)
    record_success(conn, updated, now, options.every, seen, warning=listed.problem)


def _child_items(fetcher: Fetcher, sitemaps: tuple[str, ...]) -> list[Item]:
    """The items of the first child sitemaps of a sitemap index (fetched each round, unconditionally)."""
    items: list[Item] = []
    for url in sitemaps[:MAX_CHILD_SITEMAPS]:
        child = fetcher.get(url)
        if child.ok:
            items.extend(read_listing(child.url, child.body, child.content_type).items)
    return items


def _digest(body: bytes) -> str:
    """The content hash an item's page is known by."""
    return hashlib.sha256(body).hexdigest()[:32]


def _new_documents(
    conn: sqlite3.Connection,
    fetcher: Fetcher,
    feed_url: str,
    items: list[Item],
    page: Fetched | None,
    most: int,
) -> tuple[list[Document], list[tuple[str, str | None, str]]]:
    """Documents of up to `most` items not seen before, and the (url, hash, document id) to mark seen."""
    documents: list[Document] = []
    seen: list[tuple[str, str | None, str]] = []
    taken: set[str] = set()
    for item in items:
        if len(seen) >= most:
            break  # the rest wait for the next round
        key = item.url or (f"{feed_url}#{item.fallback.id}" if item.fallback else None)
        if key is None or key in taken or is_seen(conn, key):
            continue
        fetched = page if page is not None else (fetcher.get(item.url) if item.url else None)
        if fetched is not None and not fetched.ok and not fetched.permanent:
            continue  # a passing failure: the item is tried again next round
        document, digest = _item_document(item, fetched)
        if digest is not None and (digest in taken or hash_seen(conn, digest)):
            document = None  # the same page under another URL
        taken.update(d for d in (key, digest) if d)
        if document is not None:
            documents.append(document)
        seen.append((key, digest, document.id if document else ""))
    return documents, seen


def _item_document(item: Item, fetched: Fetched | None) -> tuple[Document | None, str | None]:
    """An item's page as an HTML Document (with its hash), or else the feed's own text for it."""
    if fetched is not None and fetched.ok:
        document = page_document(fetched.url, fetched.body, fetched.content_type, item.fallback)
        return document, _digest(fetched.body)
    fallback = item.fallback
    if fallback is None or fallback.text == fallback.title:
        return None, None  # a sitemap entry is only a title: nothing to read without its page
    return fallback, None


def deliver_alerts(conn: sqlite3.Connection, fetcher: Fetcher, webhook: str, now: float) -> str | None:
    """POST every undelivered alert to the webhook, in order; None when all went, else the error."""
    for alert in undelivered(conn):
        error = post_json(fetcher, webhook, alert)
        if error is not None:
            return error
        mark_delivered(conn, [alert["id"]], now)
    return None
