"""Alerts: saved searches, tracked claims and tracked speakers, matched against new statements.

A rule only ever fires for statements stored after it was added (`after_rowid`). Each match
pass reads the statements between the last checked rowid and the newest, and records both the
alerts and the new checked rowid in one transaction; `alerts.statement_id` is UNIQUE, so a
statement fires once, whatever number of rules (or passes, or restarts) match it. Claims are
matched through `claim_statements`, so a statement that joins a tracked claim after a claims
refresh fires then (as a repetition, a denial or a confirmation).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rawi.errors import UsageError
from rawi.store.claims_store import has_claim_tables
from rawi.store.fts import column_filter, fts_query
from rawi.store.watch_state import get_meta, transaction

RULE_KINDS = ("search", "claim", "speaker")
STANCES = ("assert", "deny", "confirm")
CHECKED_KEY = "alerts_checked_rowid"
_CLAIM_ID = re.compile(r"[0-9a-f]{4,64}")
PAYLOAD_SQL = (
    "SELECT s.rowid AS rowid, s.id, s.content, s.speaker, s.speaker_role, s.stance, s.quote_type, s.cue,"
    " COALESCE(s.date, a.published) AS date, a.headline, a.outlet, a.url, a.file, s.article_id"
    " FROM statements s JOIN articles a ON a.id = s.article_id"
)


@dataclass(frozen=True)
class Rule:
    """One alert rule: a saved search (value = query), a claim id, or a speaker name."""

    id: int
    kind: str
    value: str
    stance: str | None
    after_rowid: int
    created: float

    def describe(self) -> dict[str, Any]:
        """The rule as the fields an alert quotes."""
        return {"id": self.id, "kind": self.kind, "value": self.value, "stance": self.stance}


def _newest_rowid(conn: sqlite3.Connection) -> int:
    """The rowid of the newest stored statement (0 in an empty store)."""
    return int(conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM statements").fetchone()[0])


def add_rule(conn: sqlite3.Connection, kind: str, value: str, stance: str | None, now: float) -> Rule:
    """Save a rule (checked first: a query must parse, a claim id be hex); it fires for later statements."""
    value = value.strip()
    if kind not in RULE_KINDS or not value or (stance is not None and stance not in STANCES):
        raise UsageError("E035", f"{kind} {value!r} (stance {stance})")
    if kind == "search":
        fts_query(value)
    elif kind == "speaker":
        column_filter("speaker", value)
    elif not _CLAIM_ID.fullmatch(value):
        raise UsageError("E035", f"{value!r} is not a claim id (hex digits, as `rawi claims` lists them)")
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO alert_rules(kind, value, stance, after_rowid, created) VALUES (?, ?, ?, ?, ?)",
            (kind, value, stance, _newest_rowid(conn), now),
        )
    return rules(conn, cursor.lastrowid)[0]


def rules(conn: sqlite3.Connection, rule_id: int | None = None) -> list[Rule]:
    """The saved rules (or the one with `rule_id`), oldest first."""
    where, params = (" WHERE id = ?", (rule_id,)) if rule_id is not None else ("", ())
    rows = conn.execute(f"SELECT * FROM alert_rules{where} ORDER BY id", params)
    return [Rule(**dict(row)) for row in rows]


def remove_rule(conn: sqlite3.Connection, rule_id: int) -> bool:
    """Delete a rule (its past alerts stay); False when there was none."""
    with transaction(conn):
        return conn.execute("DELETE FROM alert_rules WHERE id = ?", (rule_id,)).rowcount > 0


def _matches(conn: sqlite3.Connection, rule: Rule, lower: int, upper: int) -> list[tuple[int, str]]:
    """(rowid, reason) of statements in (lower, upper] a search or speaker rule matches."""
    lower = max(lower, rule.after_rowid)
    match = fts_query(rule.value) if rule.kind == "search" else column_filter("speaker", rule.value)
    if not match or lower >= upper:
        return []
    sql = (
        "SELECT s.rowid, s.stance FROM statements_fts f JOIN statements s ON s.rowid = f.rowid"
        " WHERE statements_fts MATCH ? AND f.rowid > ? AND f.rowid <= ?"
    )
    params: list[Any] = [match, lower, upper]
    if rule.stance:
        sql, params = sql + " AND s.stance = ?", [*params, rule.stance]
    return [(row[0], f"{rule.kind}:{row[1]}") for row in conn.execute(sql, params)]


def _claim_matches(conn: sqlite3.Connection, rule: Rule) -> list[tuple[int, str]]:
    """(rowid, role) of statements stored after the rule that the claims put in the tracked claim."""
    if not has_claim_tables(conn):
        return []
    sql = (
        "SELECT s.rowid, cs.role, s.stance FROM claim_statements cs"
        " JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id LIKE ? AND s.rowid > ?"
    )
    rows = conn.execute(sql, (rule.value + "%", rule.after_rowid)).fetchall()
    return [(row[0], f"claim:{row[1]}") for row in rows if not rule.stance or row[2] == rule.stance]


def match_alerts(conn: sqlite3.Connection, now: float) -> list[dict[str, Any]]:
    """Fire every rule on the statements stored since the last pass; the new alerts, oldest first."""
    with transaction(conn):
        lower = int(get_meta(conn, CHECKED_KEY, "0") or 0)
        upper = _newest_rowid(conn)
        fired: dict[int, list[dict[str, Any]]] = {}
        for rule in rules(conn):
            found = _claim_matches(conn, rule) if rule.kind == "claim" else _matches(conn, rule, lower, upper)
            for rowid, reason in found:
                fired.setdefault(rowid, []).append({**rule.describe(), "reason": reason})
        alerts = [a for rowid in sorted(fired) if (a := _fire(conn, rowid, fired[rowid], now))]
        conn.execute("INSERT OR REPLACE INTO watch_meta VALUES (?, ?)", (CHECKED_KEY, str(upper)))
    return alerts


def _fire(conn: sqlite3.Connection, rowid: int, matched: list[dict[str, Any]], now: float) -> dict | None:
    """Store one statement's alert unless it fired before; the alert, or None."""
    row = conn.execute(f"{PAYLOAD_SQL} WHERE s.rowid = ?", (rowid,)).fetchone()
    statement = dict(row)
    del statement["rowid"]
    payload = {"fired": iso_time(now), "rules": matched, "statement": statement}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    cursor = conn.execute(
        "INSERT OR IGNORE INTO alerts(statement_id, rules, fired, payload) VALUES (?, ?, ?, ?)",
        (statement["id"], json.dumps([m["id"] for m in matched]), now, text),
    )
    return {"id": cursor.lastrowid, **payload} if cursor.rowcount else None


def iso_time(timestamp: float) -> str:
    """A Unix time as ISO 8601 UTC, to the second."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def alerts_since(
    conn: sqlite3.Connection, since: float = 0.0, limit: int | None = None
) -> list[dict[str, Any]]:
    """Alerts fired at or after `since` (Unix time), newest first, each as its stored payload."""
    sql = "SELECT id, payload FROM alerts WHERE fired >= ? ORDER BY fired DESC, id DESC"
    params: list[Any] = [since]
    if limit:
        sql, params = sql + " LIMIT ?", [*params, limit]
    return [{"id": row[0], **json.loads(row[1])} for row in conn.execute(sql, params)]


def undelivered(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Alerts not yet accepted by the webhook, oldest first."""
    rows = conn.execute("SELECT id, payload FROM alerts WHERE delivered IS NULL ORDER BY id")
    return [{"id": row[0], **json.loads(row[1])} for row in rows]


def mark_delivered(conn: sqlite3.Connection, alert_ids: list[int], now: float) -> None:
    """Record that the webhook accepted these alerts."""
    with transaction(conn):
        conn.executemany("UPDATE alerts SET delivered = ? WHERE id = ?", [(now, i) for i in alert_ids])
