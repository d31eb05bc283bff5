"""Read-only queries behind the web pages and the JSON API (`rawi serve`).

Every query takes an open connection (opened read-only by the server) and uses parameters
only; rows come back as plain dicts ready for JSON, CSV or a template.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from rawi.arabic.normalize import match_key
from rawi.claims.names import name_tokens, skeleton
from rawi.errors import CODES, UsageError
from rawi.store import queries
from rawi.store.migrations import LATEST, schema_version
from rawi.store.search import COUNT_CAP as COUNT_CAP
from rawi.store.search import STATEMENT_COLUMNS, search_page, statement_dict
from rawi.store.search import Page as Page
from rawi.store.search import SearchFilters as SearchFilters

Row = dict[str, Any]
SCHEMA = LATEST  # the schema these queries are written for


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (SQLite URI mode=ro) that may move between a server's threads.

    The web server opens one per request and uses it from one thread at a time, but not
    always the same thread, so SQLite's same-thread check is off.
    """
    path = Path(path)
    if not path.is_file():
        raise UsageError("E005", f"{path}: no such store; create it with `rawi ingest ... --db {path}`")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def store_version(conn: sqlite3.Connection) -> int:
    """The store's schema version: 0 for a blank or foreign database, LATEST when current."""
    try:
        return schema_version(conn)
    except sqlite3.DatabaseError:
        return 0


def search(conn: sqlite3.Connection, query: str, filters: SearchFilters, limit: int, offset: int) -> Page:
    """The search of `rawi search` (rawi.store.search.search_page), one page of it with its count."""
    return search_page(conn, query, filters, limit, offset)


def article(conn: sqlite3.Connection, article_id: str) -> Row | None:
    """An article with its statements in text order and its near-duplicates, or None."""
    found = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if found is None:
        return None
    data = dict(found)
    data.pop("rowid", None)
    data.pop("outlet_key", None)
    data["sources"] = json.loads(data.get("sources") or "[]")
    data["spans"] = json.loads(data.get("spans") or "[]")
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} FROM statements s JOIN articles a ON a.id = s.article_id "
        "WHERE s.article_id = ? ORDER BY s.seq",
        (article_id,),
    ).fetchall()
    data["statements"] = [statement_dict(r) for r in rows]
    data["near_duplicates"] = [
        dict(r)
        for r in conn.execute(
            "WITH c(cid) AS "
            "(SELECT COALESCE((SELECT cluster_id FROM near_duplicates WHERE article_id = ?), ?)) "
            "SELECT a.id, a.headline, a.outlet, a.published FROM articles a, c WHERE a.id <> ? AND "
            "(a.id = c.cid OR a.id IN (SELECT article_id FROM near_duplicates WHERE cluster_id = c.cid)) "
            "ORDER BY a.published",
            (article_id, article_id, article_id),
        )
    ]
    return data


def _skeleton(name: str) -> str:
    """A name without titles and inner long vowels, as the claims layer compares spellings
    (بيسكوف / بسكوف)."""
    return " ".join(skeleton(word) for word in name_tokens(name))


def _loose_identity(conn: sqlite3.Connection, name: str) -> Row | None:
    """The identity whose Latin form is `name` or ends with it (Peskov), or one of whose spellings
    differs from `name` only in long vowels; None when that is not one identity.
    """
    latin, letters = name.strip().casefold(), _skeleton(name)
    found = {}
    for row in conn.execute("SELECT id, name, latin, kind, variants FROM speaker_identities"):
        spellings = [row["name"], *json.loads(row["variants"] or "[]")]
        full = (row["latin"] or "").casefold()
        by_latin = bool(latin) and (full == latin or full.endswith(" " + latin))
        if by_latin or (len(letters) >= 3 and any(_skeleton(s) == letters for s in spellings)):
            found[row["id"]] = {key: row[key] for key in ("id", "name", "latin", "kind")}
    return next(iter(found.values())) if len(found) == 1 else None


def identity(conn: sqlite3.Connection, name: str) -> Row | None:
    """The speaker identity (claims layer, `rawi claims`) that has `name` as a spelling, if built;
    failing that, the one identity it names in Latin letters or in another spelling.
    """
    if not (table_exists(conn, "speaker_identities") and table_exists(conn, "claim_statements")):
        return None
    found = conn.execute(
        "SELECT id, name, latin, kind FROM speaker_identities WHERE name = ? OR EXISTS "
        "(SELECT 1 FROM json_each(variants) WHERE value = ?) ORDER BY n_statements DESC LIMIT 1",
        (name, name),
    ).fetchone()
    return dict(found) if found else _loose_identity(conn, name)


def _speaker_where(name: str, person: Row | None) -> tuple[str, list[Any]]:
    """Statements by `name` (any spelling with the same match_key), and by every variant of its
    identity when the claims layer merged them (بيسكوف, دميتري بيسكوف); otherwise names are
    never merged by guesswork, as two people may share a family name.
    """
    if person is None:
        return "s.speaker_key = ?", [match_key(name)]
    return (
        "(s.speaker_key = ? OR s.id IN "
        "(SELECT statement_id FROM claim_statements WHERE speaker_identity_id = ?))",
        [match_key(name), person["id"]],
    )


def speaker(conn: sqlite3.Connection, name: str, limit: int, offset: int) -> Row | None:
    """A speaker's statements, name variants, roles, statements per month and stance counts."""
    person = identity(conn, name)
    cond, params = _speaker_where(name, person)
    base = f"FROM statements s JOIN articles a ON a.id = s.article_id WHERE {cond}"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    if not total:
        return None
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {base} ORDER BY COALESCE(s.date, a.published) DESC, "
        "s.article_id, s.seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()

    def counts(column: str, order: str = "n DESC, value") -> list[Row]:
        return [
            dict(r)
            for r in conn.execute(
                f"SELECT {column} AS value, count(*) AS n {base} AND {column} IS NOT NULL "
                f"GROUP BY value ORDER BY {order}",
                params,
            )
        ]

    return {
        "name": name,
        "identity": person,
        "total": total,
        "variants": counts("s.speaker"),
        "roles": counts("s.speaker_role"),
        "kinds": counts("s.speaker_kind"),
        "stances": counts("s.stance"),
        "months": counts("substr(COALESCE(s.date, a.published), 1, 7)", "value"),
        "statements": [statement_dict(r) for r in rows],
    }


def top_speakers(conn: sqlite3.Connection, limit: int, offset: int, kind: str | None = None) -> Page:
    """The most quoted speakers (store.queries.speakers), a page of them, and how many there are."""
    where, params = ("WHERE speaker_kind = ?", [kind]) if kind else ("", [])
    total = conn.execute(f"SELECT count(DISTINCT speaker_key) FROM statements {where}", params).fetchone()[0]
    return Page(total, queries.speakers(conn, limit + offset, kind)[offset:])


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has a table or view of this name (layers added by later migrations)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


DENIED = (
    ", l.target_id AS denied_statement_id, t.article_id AS denied_article_id, t.content AS denied_content,"
    " t.speaker AS denied_speaker, l.claim_id AS claim_id"
)
DENIED_JOIN = (
    " LEFT JOIN claim_links l ON l.reaction_id = s.id AND l.kind = 'deny'"
    " LEFT JOIN statements t ON t.id = l.target_id"
)


def denials(conn: sqlite3.Connection, limit: int, offset: int) -> Page:
    """Every denial, newest first, with its target and article, and the denied statement when
    the claims layer (`rawi claims`, table claim_links) has linked it.
    """
    linked = table_exists(conn, "claim_links")
    base = "FROM statements s JOIN articles a ON a.id = s.article_id" + (DENIED_JOIN if linked else "")
    base += " WHERE s.stance = 'deny'"
    total = conn.execute("SELECT count(*) FROM statements s WHERE s.stance = 'deny'").fetchone()[0]
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS}{DENIED if linked else ''} {base} "
        "ORDER BY COALESCE(s.date, a.published) DESC, s.article_id, s.seq LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return Page(total, [statement_dict(r) for r in rows])


def outlets(conn: sqlite3.Connection, limit: int, offset: int) -> Page:
    """Per outlet: articles, statements, statements by anonymous sources and their share."""
    base = "FROM articles a LEFT JOIN statements s ON s.article_id = a.id GROUP BY COALESCE(a.outlet_key, '')"
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 {base})").fetchone()[0]
    rows = conn.execute(
        "SELECT max(a.outlet) AS outlet, count(DISTINCT a.id) AS articles, count(s.id) AS statements, "
        "coalesce(sum(s.speaker_kind = 'anonymous'), 0) AS anonymous, "
        "round(1.0 * coalesce(sum(s.speaker_kind = 'anonymous'), 0) / max(count(s.id), 1), 3) "
        f"AS anonymous_share {base} ORDER BY statements DESC, outlet LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return Page(total, [dict(r) for r in rows])


def rejections(conn: sqlite3.Connection, limit: int, offset: int, code: str | None = None) -> Page:
    """Documents rawi could not read, with the code and the reason, optionally of one code."""
    where, params = ("WHERE code = ?", [code]) if code else ("", [])
    total = conn.execute(f"SELECT count(*) FROM rejections {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT id, name, code, reason FROM rejections {where} ORDER BY code, name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return Page(total, [{**dict(r), **_advice(r["code"])} for r in rows])


def _advice(code: str) -> Row:
    """What an error code means and what to do about it."""
    cause, fix = CODES.get(code, ("", ""))
    return {"cause": cause, "fix": fix}


def rejection_codes(conn: sqlite3.Connection) -> list[Row]:
    """How many documents were rejected with each code."""
    return [
        dict(r)
        for r in conn.execute(
            "SELECT code, count(*) AS n FROM rejections GROUP BY code ORDER BY n DESC, code"
        )
    ]


def summary(conn: sqlite3.Connection) -> Row:
    """The few counts the search page shows, each cheap on a large store."""
    one = {
        "articles": "SELECT count(*) FROM articles",
        "statements": "SELECT count(*) FROM statements",
        "denials": "SELECT count(*) FROM statements WHERE stance = 'deny'",
        "outlets": "SELECT count(DISTINCT outlet_key) FROM articles",
    }
    return {name: conn.execute(sql).fetchone()[0] for name, sql in one.items()}


CLAIM_STATUSES = ("reported", "denied", "confirmed")


def claims(conn: sqlite3.Connection, status: str | None, limit: int, offset: int) -> Page:
    """Claims by status, those reported by the most outlets first (empty before `rawi claims`)."""
    if not table_exists(conn, "claims"):
        return Page(0, [])
    where, params = (" WHERE status = ?", [status]) if status else ("", [])
    total = conn.execute(f"SELECT count(*) FROM claims{where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM claims{where} ORDER BY n_outlets DESC, n_articles DESC, n_statements DESC, "
        "first_date, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return Page(total, [_claim_dict(r) for r in rows])


def _claim_dict(row: sqlite3.Row) -> Row:
    """A claims row as JSON-ready data (its JSON columns as lists)."""
    data = dict(row)
    for key in ("first_chain", "denied_by", "confirmed_by"):
        data[key] = json.loads(data.get(key) or "[]")
    return data


def claim(conn: sqlite3.Connection, claim_id: str) -> Row | None:
    """One claim (full id) with its statements in date order: first report, repetitions, denials."""
    if not table_exists(conn, "claims"):
        return None
    found = conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if found is None:
        return None
    rows = conn.execute(
        f"SELECT {STATEMENT_COLUMNS}, cs.role AS claim_role FROM claim_statements cs "
        "JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id "
        "WHERE cs.claim_id = ? ORDER BY COALESCE(s.date, a.published), cs.position",
        (claim_id,),
    ).fetchall()
    return {**_claim_dict(found), "statements": [statement_dict(r) for r in rows]}


def claims_of_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Row]:
    """Per statement of an article: its claim and status, and its denial/confirmation links.

    Each link names the statement on the other side (id, article, speaker, content, date,
    outlet), its kind (deny / confirm) and direction: `reacts_to` (this statement denies that
    one) or `reacted_by` (that statement denies this one). Empty before `rawi claims`.
    """
    if not (table_exists(conn, "claim_statements") and table_exists(conn, "claim_links")):
        return {}
    found: dict[str, Row] = {
        row["statement_id"]: {"claim_id": row["claim_id"], "status": row["status"], "links": []}
        for row in conn.execute(
            "SELECT cs.statement_id, cs.claim_id, c.status FROM claim_statements cs "
            "JOIN claims c ON c.id = cs.claim_id JOIN statements s ON s.id = cs.statement_id "
            "WHERE s.article_id = ?",
            (article_id,),
        )
    }
    sql = (
        "SELECT l.kind, {mine} AS mine, o.id AS other_id, o.article_id AS other_article_id, "
        "o.speaker AS other_speaker, o.content AS other_content, "
        "COALESCE(o.date, oa.published) AS other_date, oa.outlet AS other_outlet "
        "FROM claim_links l JOIN statements m ON m.id = {mine} JOIN statements o ON o.id = {other} "
        "JOIN articles oa ON oa.id = o.article_id WHERE m.article_id = ? ORDER BY other_date"
    )
    for mine, other, direction in (
        ("l.reaction_id", "l.target_id", "reacts_to"),
        ("l.target_id", "l.reaction_id", "reacted_by"),
    ):
        for row in conn.execute(sql.format(mine=mine, other=other), (article_id,)):
            entry = found.setdefault(row["mine"], {"claim_id": None, "status": None, "links": []})
            entry["links"].append({**dict(row), "direction": direction})
    return found
