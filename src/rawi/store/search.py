"""The one search of rawi: `rawi search`, the JSON API and the web page all call `search_page`.

Same query, same filters, same rows in the same order everywhere: best first (bm25) with text,
most recently stored first with filters only, newest articles first (statements in text order)
with neither. A page also counts the matches, up to COUNT_CAP.

Filters live in the index as facet tokens (rawi.store.facets), and exactly in the rows (a
date in the small statement_dates table). A text query is ranked by bm25 among its newest
RANK_WINDOW matches, so latency stays flat as the store grows: the window is read newest
first, rows checked, and only the rows that pass are scored (SQLite sorts them, best first,
ties by rowid). bm25 reads the document frequency of every term in the MATCH expression,
which costs a scan of a broad facet's whole posting list (a date range holding most of the
store, say); so each search picks the cheaper of checking the filters on the text's rows or
intersecting them inside FTS5 (both give the same rows).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from rawi.arabic.normalize import index_key, match_key
from rawi.errors import UsageError
from rawi.store.facets import any_of, date_tokens, outlet_token
from rawi.store.fts import column_filter, fts_query

Row = dict[str, Any]
RANK_WINDOW = 5000  # a text query is ranked among its newest RANK_WINDOW matches
SCAN_RATIO = 40  # a bm25 score costs about this many posting-list entries scanned
COUNT_CAP = 1000  # a page counts its matches up to here, so a very common word stays fast
STATEMENT_COLUMNS = (
    "s.id, s.article_id, s.seq, s.speaker, s.speaker_role, s.speaker_kind, s.cue, s.content, "
    's.quote_type, s."start", s."end", s.via, s.stance, s.hedged, s.target, s.date, s.in_headline, '
    "s.extractor, a.headline, a.published, a.outlet, a.url, a.lang"
)
SELECT = f"SELECT {STATEMENT_COLUMNS}, a.file"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WHEN = "d.date"  # statement_dates: the statement's date, else its article's publication date
_WHEN_UNMIGRATED = "COALESCE(s.date, a.published)"  # the same, in a store read before migration 7
_ALIAS = re.compile(r"\b([sad])\.")
_JOINS = {
    "s": " CROSS JOIN statements s ON s.rowid = f.rowid",
    "a": " JOIN articles a ON a.id = s.article_id",
    "d": " CROSS JOIN statement_dates d ON d.rowid = f.rowid",
}


@dataclass(frozen=True)
class SearchFilters:
    """Filters of `rawi search`; None means no filter."""

    speaker: str | None = None
    role: str | None = None
    stance: str | None = None
    quote_type: str | None = None
    anonymous: bool | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Facets:
    """The facet filters twice: as an FTS5 expression and as the same conditions on rows."""

    match: str = ""
    conditions: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()


def check_date(option: str, value: str | None) -> None:
    """A UsageError E030 unless `value` is a real YYYY-MM-DD, YYYY-MM or YYYY (or absent)."""
    if not value:
        return
    found = _DATE.fullmatch(value)
    try:
        if found is None:
            raise ValueError(value)
        dt.date(int(found[1]), int(found[2] or 1), int(found[3] or 1))
    except ValueError:
        raise UsageError("E030", f"--{option} {value!r} is not a real date") from None


def statement_dict(row: sqlite3.Row) -> Row:
    """A statement row as JSON-ready data: via as a list, flags as booleans."""
    data = dict(row)
    data["via"] = json.loads(data.get("via") or "[]")
    for flag in ("hedged", "in_headline"):
        if flag in data:
            data[flag] = bool(data[flag])
    return data


def with_claims(conn: sqlite3.Connection, rows: list[Row]) -> list[Row]:
    """The rows, each with the id and status of its claim (`rawi claims`), or None before it is built."""
    built = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'claim_statements'").fetchone()
    found: dict[str, tuple[str, str]] = {}
    if built and rows:
        marks = ", ".join("?" * len(rows))
        found = {
            statement: (claim, status)
            for statement, claim, status in conn.execute(
                "SELECT cs.statement_id, cs.claim_id, c.status FROM claim_statements cs "
                f"JOIN claims c ON c.id = cs.claim_id WHERE cs.statement_id IN ({marks})",
                [row["id"] for row in rows],
            )
        }
    for row in rows:
        row["claim_id"], row["claim_status"] = found.get(row["id"], (None, None))
    return rows


def outlet_keys(conn: sqlite3.Connection, outlet: str) -> list[str]:
    """Stored outlet keys holding the asked outlet's words in order, clitics aside (index_key).

    So الجزيرة, جزيرة and بالجزيرة find the same outlets, as --speaker and --role do; `_` and
    `%` are plain characters, and an outlet of no words (only punctuation) matches none.
    """
    wanted = index_key(outlet)
    if not wanted:
        return []
    keys = conn.execute("SELECT DISTINCT outlet_key FROM articles WHERE outlet_key IS NOT NULL")
    return [key for (key,) in keys if f" {wanted} " in f" {index_key(key)} "]


def _text_match(query: str, filters: SearchFilters) -> str:
    """The FTS5 expression of the query words and the speaker/role filters (may be empty)."""
    text = fts_query(query) if query.strip() else ""
    if query.strip() and not text:
        raise UsageError("E009", f"{query!r} has no words to search for")
    check_date("since", filters.since)
    check_date("until", filters.until)
    parts = [f"({text})"] if text else []
    if filters.speaker:
        parts.append(column_filter("speaker", filters.speaker))
    if filters.role:
        parts.append(column_filter("role", filters.role))
    return " AND ".join(parts)


def _date_range(conn: sqlite3.Connection, filters: SearchFilters) -> tuple[str | None, str | None]:
    """The asked range, an open end closed at the store's first (less a year) or last year: few tokens."""
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    since = filters.since or (f"{int(first[:4]) - 1}" if first else None)
    return since, filters.until or (last[:4] if last else None)


def _date_of(conn: sqlite3.Connection) -> str:
    """The SQL of a statement's date: statement_dates, or (a store opened read-only before
    migration 7 made it) the statement's own date, else its article's."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'statement_dates'").fetchone()
    return _WHEN if found else _WHEN_UNMIGRATED


def _facets(conn: sqlite3.Connection, filters: SearchFilters, when: str) -> Facets:
    """Stance, quote type, anonymity, month and outlet filters, as facet tokens and as row conditions."""
    parts: list[str] = []
    conditions: list[str] = []
    params: list[Any] = []
    for name, column, value in (
        ("stance", "stance", filters.stance),
        ("quote", "quote_type", filters.quote_type),
    ):
        if value:
            parts.append(f'facets : "{name}{match_key(value).replace(" ", "")}"')
            conditions.append(f"s.{column} = ?")
            params.append(value)
    if filters.anonymous:
        parts.append('facets : "kindanonymous"')
        conditions.append("s.speaker_kind = 'anonymous'")
    if filters.since or filters.until:
        since, until = _date_range(conn, filters)
        parts.append(any_of(date_tokens(since, until)))
        conditions += [f"{when} >= ?", f"{when} <= ?"]
        params += [(since or "")[:7], (until or "9999")[:7] + "\uffff"]
    if filters.outlet:
        keys = outlet_keys(conn, filters.outlet)
        parts.append(any_of([outlet_token(key) for key in keys]))
        conditions.append(f"a.outlet_key IN ({', '.join('?' for _ in keys) or 'NULL'})")
        params += keys
    return Facets(" AND ".join(parts), tuple(conditions), tuple(params))


def _exact(filters: SearchFilters, when: str) -> tuple[list[str], list[Any]]:
    """Row conditions finer than any facet: day bounds, and not anonymous."""
    conditions, params = [], []
    if filters.anonymous is False:
        conditions.append("s.speaker_kind != 'anonymous'")
    if filters.since and len(filters.since) == 10:
        conditions.append(f"{when} >= ?")
        params.append(filters.since)
    if filters.until and len(filters.until) == 10:
        conditions.append(f"{when} <= ?")
        params.append(filters.until + "\uffff")
    return conditions, params


def _window_start(conn: sqlite3.Connection, match: str) -> int | None:
    """The rowid from which the newest RANK_WINDOW matches start (None when there are fewer)."""
    row = conn.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1),
    ).fetchone()
    return None if row is None else int(row[0])


def _matches(conn: sqlite3.Connection, match: str, top: int) -> float:
    """About how many statements match (RANK_WINDOW at most when fewer do), from their newest window."""
    start = _window_start(conn, match)
    return RANK_WINDOW if start is None else RANK_WINDOW * top / (top - start + 1)


def _ranked(conn: sqlite3.Connection, text: str, facets: Facets) -> tuple[str, bool]:
    """(MATCH expression, whether facets are checked on rows) of a text search.

    Checking on rows costs a row lookup for each text match read until RANK_WINDOW pass the
    filters; intersecting in FTS5 costs bm25's count of every entry of the facets' posting
    lists, store-wide, about SCAN_RATIO times cheaper per entry. Sizes are estimated from where
    the newest RANK_WINDOW matches start, the filters taken as independent of the text.
    """
    if not facets.match:
        return text, False
    top = conn.execute("SELECT max(rowid) FROM statements").fetchone()[0] or 1
    passing = _matches(conn, facets.match, top)
    on_rows = min(_matches(conn, text, top), RANK_WINDOW * top / passing)
    in_fts = passing / SCAN_RATIO
    return (text, True) if on_rows <= in_fts else (f"{text} AND {facets.match}", False)


def _joins(conditions: list[str], have: str = "") -> str:
    """The joins from statements_fts f to the tables the conditions read, less those in `have`."""
    aliases = set(_ALIAS.findall(" ".join(conditions))) - set(have)
    if "a" in aliases:
        aliases.add("s")
    return "".join(join for alias, join in _JOINS.items() if alias in aliases)


def _window(conditions: list[str]) -> str:
    """The newest RANK_WINDOW rows of a MATCH that meet the conditions, each with its bm25 rank.

    The rank is computed only for the rows that pass (SQLite sorts them after), not for
    every match, as FTS5's own ORDER BY rank would; a date is read from statement_dates, a
    small table, without reading the statement or its article.
    """
    return (
        f"SELECT f.rowid AS id, f.rank AS score FROM statements_fts f{_joins(conditions)}"
        f" WHERE statements_fts MATCH ?{''.join(f' AND {c}' for c in conditions)}"
        f" ORDER BY f.rowid DESC LIMIT {int(RANK_WINDOW)}"
    )


@dataclass(frozen=True)
class Page:
    """One page of results and how many there are (counted up to COUNT_CAP: beyond, `exact` is False).

    `order` says how the rows are sorted: rank (bm25, with text), recent (most recently stored
    first, filters only) or date (newest articles first, nothing to match).
    """

    total: int
    rows: list[Row]
    exact: bool = True
    order: str | None = None


@dataclass(frozen=True)
class _Plan:
    """A search's SQL: the rows' FROM/WHERE/ORDER/LIMIT/OFFSET (the last two placeholders last), and the
    FROM/WHERE that counts every match."""

    rows: str
    params: list[Any]
    count: str
    count_params: list[Any]
    order: str


def _plan(conn: sqlite3.Connection, text: str, filters: SearchFilters) -> _Plan:
    """How to find a search's rows and count its matches."""
    when = _date_of(conn)
    facets = _facets(conn, filters, when)
    conditions, params = _exact(filters, when)
    if not text and not facets.match:  # by the articles' date index, each article in text order
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        base = f"FROM articles a CROSS JOIN statements s ON s.article_id = a.id{where}"
        order = " ORDER BY a.published DESC, a.rowid DESC, s.seq LIMIT ? OFFSET ?"
        return _Plan(base + order, params, base, params, "date")
    full = " AND ".join(f"({m})" for m in (text, facets.match) if m)
    joined = (
        "FROM statements_fts f JOIN statements s ON s.rowid = f.rowid"
        f" JOIN articles a ON a.id = s.article_id{_joins(conditions, 'sa')} WHERE statements_fts MATCH ?"
    )
    count = "FROM statements_fts f WHERE statements_fts MATCH ?"  # the index alone, unless rows decide
    if conditions:
        count = joined + "".join(f" AND {c}" for c in conditions)
    count_params = [full, *params]
    if not text:  # filters only: newest first, no ranking to pay for
        rows = joined + "".join(f" AND {c}" for c in conditions) + " ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
        return _Plan(rows, [facets.match, *params], count, count_params, "recent")
    match, on_rows = _ranked(conn, text, facets)
    if on_rows:
        conditions, params = [*facets.conditions, *conditions], [*facets.params, *params]
    page = f"SELECT id, score FROM ({_window(conditions)}) ORDER BY score, id LIMIT ? OFFSET ?"
    rows = (
        f"FROM ({page}) w CROSS JOIN statements s ON s.rowid = w.id"
        " JOIN articles a ON a.id = s.article_id ORDER BY w.score, w.id"
    )
    return _Plan(rows, [match, *params], count, count_params, "rank")


def search_page(
    conn: sqlite3.Connection, query: str = "", filters: SearchFilters | None = None, limit: int = 20,
    offset: int = 0, count: bool = True,
) -> Page:  # fmt: skip
    """Statements matching the query and filters, `limit` of them from `offset`, and their count.

    Without `count` the total is only what the page shows. A query with no words or an
    unbalanced quote is a UsageError E009, a date that is not one E030.
    """
    filters = filters or SearchFilters()
    try:
        plan = _plan(conn, _text_match(query, filters), filters)
        sql = f"{SELECT} {plan.rows}"
        rows = with_claims(
            conn, [statement_dict(r) for r in conn.execute(sql, [*plan.params, limit, offset])]
        )
        if not count:
            return Page(offset + len(rows), rows, True, plan.order)
        sql = f"SELECT count(*) FROM (SELECT 1 {plan.count} LIMIT ?)"
        counted = conn.execute(sql, [*plan.count_params, COUNT_CAP + 1]).fetchone()[0]
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "syntax" in str(error) or "MATCH" in str(error):
            raise UsageError("E009", f"{query!r}: {error}") from None
        raise
    return Page(min(counted, COUNT_CAP), rows, counted <= COUNT_CAP, plan.order)


def search(
    conn: sqlite3.Connection, query: str = "", filters: SearchFilters | None = None, limit: int = 20,
    offset: int = 0,
) -> list[Row]:  # fmt: skip
    """The rows of `search_page` without counting: what the benchmark times and tests compare."""
    return search_page(conn, query, filters, limit, offset, count=False).rows
