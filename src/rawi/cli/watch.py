"""Commands of the watch group: watch (follow feeds), alert add/list/remove, alerts (what fired)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from rawi.errors import UsageError
from rawi.sources.fetch import DEFAULT_MAX_BYTES, Fetcher, FetchPolicy
from rawi.store import connect
from rawi.store.alerts import STANCES, add_rule, alerts_since, iso_time, remove_rule, rules
from rawi.store.watch import DEFAULT_EVERY, WatchOptions, deliver_alerts, read_watch_list, run_round
from rawi.store.watch_state import FeedState, WatchLock, next_due, watch_status
from rawi.views.rows import FORMATS, print_rows

DEFAULT_DB = "rawi.db"
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(text: str) -> float:
    """Seconds in a duration such as 90, 30s, 10m, 1h or 2d (an argparse type)."""
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (e.g. 30s, 10m, 1h, 2d)")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _print_jsonl(records: list[dict[str, Any]]) -> None:
    """One JSON object a line on stdout, Arabic kept readable."""
    for record in records:
        print(json.dumps(record, ensure_ascii=False), flush=True)


def _status(args: argparse.Namespace) -> int:
    """Print who holds the watch lock and each feed's health."""
    status = watch_status(connect(args.db), args.db)
    holder = status["holder"]
    state = f"running (pid {holder['pid']} on {holder['host']})" if holder else "not running"
    print(f"watch: {state}", file=sys.stderr)
    print_rows([_health(feed) for feed in status["feeds"]], args.format)
    return 0


def _health(feed: FeedState) -> dict[str, Any]:
    """A feed's --status row, its times in ISO 8601."""
    row = dict(vars(feed))
    for name in ("last_ok", "next_due"):
        row[name] = iso_time(row[name]) if row[name] else None
    return row


def _watch_list(paths: list[str]) -> list[str]:
    """The URLs of every watch list file, in order, each once."""
    urls: list[str] = []
    for path in paths:
        try:
            urls.extend(read_watch_list(Path(path).read_text(encoding="utf-8")))
        except OSError as error:
            raise UsageError("E005", f"{path}: {error.strerror or error}") from None
    return list(dict.fromkeys(urls))


def _wait_for_next(conn: Any, urls: list[str], every: float) -> None:
    """Sleep until the next watched feed is due (at least a second, at most `every`)."""
    time.sleep(min(every, max(1.0, next_due(conn, urls) - time.time())))


def run_watch(args: argparse.Namespace) -> int:
    """Follow the listed feeds: one round (--once) or a round whenever a feed is due, until stopped."""
    if args.status:
        return _status(args)
    if not args.inputs:
        raise UsageError("E035", "name the watch list file (one feed, sitemap or page URL a line)")
    urls = _watch_list(args.inputs)
    conn = connect(args.db)
    policy = FetchPolicy(
        timeout=args.timeout, max_bytes=args.max_bytes, host_delay=args.delay, retries=args.retries
    )  # fmt: skip
    options = WatchOptions(every=args.every, lexical=args.lexical)
    with Fetcher(policy) as fetcher, WatchLock(conn, args.db, time.time()) as lock:
        try:
            _rounds(args, conn, fetcher, lock, urls, options)
        except KeyboardInterrupt:
            print("rawi watch: stopped", file=sys.stderr)
            return 130
    return 0


def _rounds(
    args: argparse.Namespace,
    conn: Any,
    fetcher: Fetcher,
    lock: WatchLock,
    urls: list[str],
    options: WatchOptions,
) -> None:
    """Run rounds: one with --once, else one whenever a feed is due, until interrupted."""
    while True:
        summary = run_round(conn, fetcher, urls, time.time(), options, due_only=not args.once)
        _print_jsonl(summary.alerts)
        error = deliver_alerts(conn, fetcher, args.webhook, time.time()) if args.webhook else None
        webhook = f"; webhook failed: {error}" if error else ""
        print(f"rawi watch: {summary.line()}{webhook}", file=sys.stderr, flush=True)
        if args.once:
            return
        lock.heartbeat(time.time())
        _wait_for_next(conn, urls, args.every)


def run_alert_add(args: argparse.Namespace) -> int:
    """Save a search, a claim or a speaker to alert on."""
    chosen = [(k, v) for k, v in (("claim", args.claim), ("speaker", args.speaker)) if v]
    if args.query:
        chosen.append(("search", args.query))
    if len(chosen) != 1:
        raise UsageError("E035", "give exactly one of: a search query, --claim ID or --speaker NAME")
    kind, value = chosen[0]
    rule = add_rule(connect(args.db), kind, value, args.stance, time.time())
    print(f"alert {rule.id}: {rule.kind} {rule.value!r}" + (f" ({rule.stance})" if rule.stance else ""))
    return 0


def run_alert_list(args: argparse.Namespace) -> int:
    """List the saved alert rules."""
    print_rows(
        [{**vars(rule), "created": iso_time(rule.created)} for rule in rules(connect(args.db))], args.format
    )
    return 0


def run_alert_remove(args: argparse.Namespace) -> int:
    """Remove a saved alert rule (what it fired stays)."""
    if not remove_rule(connect(args.db), args.id):
        raise UsageError("E035", f"no alert {args.id}; list them with `rawi alert list`")
    return 0


def run_alerts(args: argparse.Namespace) -> int:
    """Print the alerts fired since a moment (--since 1h), newest first."""
    since = time.time() - args.since if args.since is not None else 0.0
    found = alerts_since(connect(args.db), since, args.limit)
    if args.format == "jsonl":
        _print_jsonl(found)
        return 0
    shown = ("speaker", "stance", "content", "outlet")
    rows = [
        {"id": a["id"], "fired": a["fired"], **{k: a["statement"][k] for k in shown},
         "rules": ",".join(str(r["id"]) for r in a["rules"])}
        for a in found
    ]  # fmt: skip
    print_rows(rows, args.format)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add this group's commands to the command line."""
    p = commands.add_parser("watch", help="follow feeds, sitemaps and pages; store new items; fire alerts")
    p.add_argument("inputs", nargs="*", metavar="FEEDS", help="files: one feed, sitemap or page URL a line")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--once", action="store_true", help="one round over every URL, then exit")
    p.add_argument("--every", type=duration, default=DEFAULT_EVERY, help="interval per feed (default 10m)")
    p.add_argument("--webhook", help="POST each alert as JSON to this URL (retried)")
    p.add_argument("--status", action="store_true", help="show each feed's health and exit")
    p.add_argument("--format", choices=FORMATS, default="table", help="format of --status")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="limit per response")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host")
    p.add_argument("--retries", type=int, default=3, help="retries of a failed request")
    p.add_argument("--lexical", action="store_true", help="refresh tracked claims by words only")
    p.set_defaults(handler=run_watch)

    alert = commands.add_parser("alert", help="saved searches, claims and speakers to alert on")
    actions = alert.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="alert on new statements matching a search, claim or speaker")
    p.add_argument("query", nargs="?", help="a search query, as `rawi search` takes it")
    p.add_argument("--claim", help="a claim id (from `rawi claims`)")
    p.add_argument("--speaker", help="a speaker's name")
    p.add_argument("--stance", choices=STANCES, help="only statements of this stance")
    p.add_argument("--db", default=DEFAULT_DB)
    p.set_defaults(handler=run_alert_add)
    p = actions.add_parser("list", help="the saved alerts")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=run_alert_list)
    p = actions.add_parser("remove", help="remove a saved alert")
    p.add_argument("id", type=int)
    p.add_argument("--db", default=DEFAULT_DB)
    p.set_defaults(handler=run_alert_remove)

    p = commands.add_parser("alerts", help="the alerts that fired")
    p.add_argument("--since", type=duration, help="only the last 30m, 1h, 2d...")
    p.add_argument("--limit", type=int)
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=run_alerts)
