"""Claims in the store: their tables, writing a ClaimSet, and the queries behind the commands.

Claims are derived from the statements table, so their tables are dropped and rebuilt whole
on each refresh (in one transaction) rather than migrated, and `claims_meta.fingerprint` says
which statements they were built from. A claim known only through its denials has
n_reports = 0: its first_* columns then describe the earliest denial. What each statement
contributed to matching (`claim_state`, `claim_word_counts`, made by migration 8) is kept
across refreshes: a build writes it whole, an update adds the rows of the statements it added
or gave a vector, so that the next update computes words and vectors for new statements only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import numpy as np

from rawi.claims.aliases import load_aliases
from rawi.claims.build import Claim, ClaimSet, Member, build_claims, update_claims
from rawi.claims.embed import load_embedder
from rawi.claims.features import STATE_VERSION, Facts, MatchState, new_state
from rawi.claims.mentions import Mention, mention_from_row, outlet_of
from rawi.claims.speakers import Speaker, SpeakerIndex
from rawi.records import ClaimStatus, to_claim_role, to_claim_status
from rawi.store.migrations import CLAIM_STATE as STATE

CLAIM_TABLES = ("claims", "claim_statements", "claim_links", "speaker_identities", "claims_meta")
STATE_TABLES = ("claim_state", "claim_word_counts")
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY, text TEXT NOT NULL, status TEXT NOT NULL,
    n_statements INTEGER NOT NULL, n_reports INTEGER NOT NULL, n_articles INTEGER NOT NULL,
    n_outlets INTEGER NOT NULL,
    first_statement_id TEXT NOT NULL, first_date TEXT, first_outlet TEXT, first_speaker TEXT,
    first_chain TEXT NOT NULL, last_date TEXT,
    denied_by TEXT NOT NULL, denied_at TEXT, confirmed_by TEXT NOT NULL, confirmed_at TEXT
);
CREATE INDEX IF NOT EXISTS claims_status ON claims(status, first_date);
CREATE TABLE IF NOT EXISTS claim_statements (
    statement_id TEXT PRIMARY KEY, claim_id TEXT NOT NULL, role TEXT NOT NULL,
    speaker_identity_id TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_statements_claim ON claim_statements(claim_id, position);
CREATE INDEX IF NOT EXISTS claim_statements_identity ON claim_statements(speaker_identity_id);
CREATE TABLE IF NOT EXISTS claim_links (
    reaction_id TEXT PRIMARY KEY, target_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    kind TEXT NOT NULL, score REAL NOT NULL, method TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS speaker_identities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, latin TEXT NOT NULL, kind TEXT NOT NULL,
    variants TEXT NOT NULL, roles TEXT NOT NULL, n_statements INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS claims_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
{STATE}"""
MENTIONS_SQL = """
SELECT s.id, s.article_id, s.seq, s.speaker, s.speaker_role, s.speaker_kind, s.cue, s.content,
       s."start", s."end", s.via, s.stance, s.hedged, s.target, s.date, s.in_headline,
       a.file, a.outlet, a.published, a.lang, a.sources, a.url
FROM statements s JOIN articles a ON a.id = s.article_id
ORDER BY a.published, a.file, s.seq
"""


def _json(value: Any) -> str:
    """Compact JSON that keeps Arabic readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def ensure_claim_tables(conn: sqlite3.Connection) -> None:
    """Create the claims tables when they are missing."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def has_claim_tables(conn: sqlite3.Connection) -> bool:
    """Whether claims were ever built in this store."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='claims_meta'").fetchone()
    return row is not None


def statements_fingerprint(conn: sqlite3.Connection, extra: str = "") -> str:
    """What the claims were built from: statement count and last rowid, plus options (`extra`)."""
    count, last = conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
    return f"{count}:{last}:{extra}"


def built_fingerprint(conn: sqlite3.Connection) -> str | None:
    """The fingerprint the stored claims were built with, or None when there are none."""
    if not has_claim_tables(conn):
        return None
    row = conn.execute("SELECT value FROM claims_meta WHERE key = 'fingerprint'").fetchone()
    return row[0] if row else None


def read_mentions(conn: sqlite3.Connection) -> list[Mention]:
    """Every stored statement with its article's file, outlet, date and language."""
    return [mention_from_row(dict(row)) for row in conn.execute(MENTIONS_SQL)]


def _when(members: tuple[Member, ...]) -> str | None:
    """The date of the earliest of `members`, or None."""
    return (members[0].mention.when or None) if members else None


def _claim_row(claim: Claim) -> tuple[Any, ...]:
    """The `claims` row of one claim."""
    first = claim.first.mention
    members = [m.mention for m in claim.members]
    denials, confirmations = claim.reactions("deny"), claim.reactions("confirm")
    chain = [name for name in (first.reporter, *first.via, first.speaker) if name]
    last = max((m.when for m in members), default="") or None
    return (
        claim.id, claim.text, claim.status, len(members), sum(1 for m in members if not m.is_reaction),
        len({m.article_id for m in members}),
        len({m.reporter or m.article_id for m in members}), first.id, first.when or None,
        first.reporter or None, first.speaker,
        _json(chain), last, _json([d.mention.speaker for d in denials]), _when(denials),
        _json([c.mention.speaker for c in confirmations]), _when(confirmations),
    )  # fmt: skip


def write_claims(
    conn: sqlite3.Connection, claim_set: ClaimSet, fingerprint: str, *, whole: bool = True
) -> None:
    """Replace the stored claims, identities and links with `claim_set`, in one transaction, with
    what each statement contributed to matching: all of it (`whole`), else what an update added."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in CLAIM_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        ensure_claim_tables(conn)
        _insert_claims(conn, claim_set)
        if claim_set.state is not None:
            _write_state(conn, claim_set.state, whole)
        conn.execute("INSERT INTO claims_meta VALUES ('fingerprint', ?)", (fingerprint,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _insert_claims(conn: sqlite3.Connection, claim_set: ClaimSet) -> None:
    """The rows of every claims table for `claim_set` (inside the caller's transaction)."""
    conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 17)})", map(_claim_row, claim_set.claims))
    members = (
        (m.mention.id, c.id, m.role, m.speaker_id, pos)
        for c in claim_set.claims
        for pos, m in enumerate(c.members)
    )
    conn.executemany("INSERT OR REPLACE INTO claim_statements VALUES (?, ?, ?, ?, ?)", members)
    links = (
        (r, t, c, "deny" if m == "deny" else "confirm", s, how) for r, t, c, s, how, m in _links(claim_set)
    )
    conn.executemany("INSERT OR REPLACE INTO claim_links VALUES (?, ?, ?, ?, ?, ?)", links)
    counts: dict[str, int] = {}
    for s in claim_set.speakers.of_mention.values():
        counts[s] = counts.get(s, 0) + 1
    identities = (
        (s.id, s.name, s.latin, s.kind, _json(list(s.variants)), _json(list(s.roles)), counts.get(s.id, 0))
        for s in claim_set.speakers.speakers.values()
    )
    conn.executemany("INSERT INTO speaker_identities VALUES (?, ?, ?, ?, ?, ?, ?)", identities)


def _write_state(conn: sqlite3.Connection, state: MatchState, whole: bool) -> None:
    """Store each statement's words, facts, speaker key and vector, and each word's statement
    count: all of them, or (not `whole`) those of the statements an update added or changed."""
    if whole:
        for table in STATE_TABLES:
            conn.execute(f"DELETE FROM {table}")
    ids = state.words if whole else state.changed
    rows = (
        (
            i, _json(sorted(state.words[i])), _json(sorted(state.facts[i].nums)), state.facts[i].negated,
            state.facts[i].meta, state.speaker_keys.get(i, ""),
            state.vectors[i].astype(np.float32).tobytes() if i in state.vectors else None,
        )
        for i in ids
    )  # fmt: skip
    conn.executemany("INSERT OR REPLACE INTO claim_state VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    words = state.df if whole else {w for i in state.changed for w in state.words[i]}
    conn.executemany(
        "INSERT OR REPLACE INTO claim_word_counts VALUES (?, ?)", ((w, state.df[w]) for w in words)
    )
    state.changed.clear()


def read_state(conn: sqlite3.Connection) -> MatchState | None:
    """What the stored statements contributed to matching at the last build or update, or None
    when the store holds none (a store made before migration 8)."""
    state = new_state()
    for statement_id, words, nums, negated, meta, speaker_key, vector in conn.execute(
        "SELECT * FROM claim_state"
    ):
        state.words[statement_id] = frozenset(json.loads(words))
        state.facts[statement_id] = Facts(frozenset(json.loads(nums)), bool(negated), bool(meta))
        state.speaker_keys[statement_id] = speaker_key
        if vector is not None:
            state.vectors[statement_id] = np.frombuffer(vector, dtype=np.float32)
    if not state.words:
        return None
    state.df.update(dict(conn.execute("SELECT word, n FROM claim_word_counts")))
    for statement_id, words in state.words.items():
        for w in words:
            state.postings.setdefault(w, []).append(statement_id)
    return state


def _links(claim_set: ClaimSet) -> Iterator[tuple[str, str, str, float, str, str]]:
    """Each link with the stance of its reaction."""
    stance = {m.mention.id: m.mention.stance for c in claim_set.claims for m in c.members}
    for reaction, target, claim, score, method in claim_set.links:
        yield reaction, target, claim, score, method, stance.get(reaction, "deny")


def list_claims(conn: sqlite3.Connection, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Claims, most repeated and most reacted-to first; optionally only one status."""
    sql = "SELECT * FROM claims" + (" WHERE status = ?" if status else "")
    sql += " ORDER BY (status != 'reported') DESC, n_articles DESC, n_statements DESC, first_date LIMIT ?"
    params: tuple[Any, ...] = (status, limit) if status else (limit,)
    return [_decoded(dict(row)) for row in conn.execute(sql, params)]


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    """A claims row with its JSON columns as lists (and a statement row's outlet worked out from
    its article's outlet, credited sources and URL)."""
    for key in ("first_chain", "denied_by", "confirmed_by", "variants", "roles", "via", "sources"):
        if isinstance(row.get(key), str):
            row[key] = json.loads(row[key])
    if "article_sources" in row:
        sources = tuple(json.loads(row.pop("article_sources") or "[]"))
        row["outlet"] = outlet_of(row.get("outlet"), sources, row.pop("url", None))
    return row


TIMELINE_SQL = """
SELECT cs.role, cs.claim_id, s.id AS statement_id, s.speaker, s.speaker_role, s.cue, s.stance, s.content,
       s.via, s.target, coalesce(s.date, a.published) AS date, a.file, a.outlet,
       a.sources AS article_sources, a.url, si.name AS identity, si.latin
FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
JOIN articles a ON a.id = s.article_id JOIN speaker_identities si ON si.id = cs.speaker_identity_id
"""


def claim_detail(
    conn: sqlite3.Connection, claim_id: str
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """One claim (by id or id prefix) and its statements in timeline order, or None."""
    row = conn.execute(
        "SELECT * FROM claims WHERE id LIKE ? || '%' ORDER BY id LIMIT 1", (claim_id,)
    ).fetchone()
    if row is None:
        return None
    sql = TIMELINE_SQL + " WHERE cs.claim_id = ? ORDER BY cs.position"
    return _decoded(dict(row)), [_decoded(dict(r)) for r in conn.execute(sql, (row["id"],))]


def stored_speakers(conn: sqlite3.Connection) -> SpeakerIndex:
    """The speaker identities of the last build (without the per-mention map)."""
    speakers = {
        row["id"]: Speaker(
            id=row["id"],
            name=row["name"],
            latin=row["latin"],
            kind=row["kind"],
            variants=tuple(json.loads(row["variants"])),
            roles=tuple(json.loads(row["roles"])),
        )
        for row in conn.execute("SELECT * FROM speaker_identities")
    }
    return SpeakerIndex(speakers=speakers, of_mention={})


def timeline(conn: sqlite3.Connection, identity_ids: list[str], limit: int = 500) -> list[dict[str, Any]]:
    """Everything the given speaker identities said, oldest first."""
    marks = ", ".join("?" * len(identity_ids))
    sql = TIMELINE_SQL + f" WHERE cs.speaker_identity_id IN ({marks}) ORDER BY date, a.file, s.seq LIMIT ?"
    return [_decoded(dict(r)) for r in conn.execute(sql, (*identity_ids, limit))]


def chain_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Per statement: its outlet, intermediaries, speaker identity and claim, for the attribution graph."""
    sql = """
    SELECT a.outlet, a.sources AS article_sources, a.url, s.via,
           si.id AS speaker_id, si.name AS speaker, si.latin, si.kind,
           cs.claim_id, cs.role AS claim_role, c.text AS claim_text, c.status AS claim_status
    FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
    JOIN articles a ON a.id = s.article_id JOIN speaker_identities si ON si.id = cs.speaker_identity_id
    JOIN claims c ON c.id = cs.claim_id
    """
    for row in conn.execute(sql):
        yield _decoded(dict(row))


def _appended_since(conn: sqlite3.Connection, built: str | None, options: str) -> bool:
    """Whether the stored claims were built with the same options from statements that are all
    still there, so that the statements since are only additions (an incremental update will do)."""
    if built is None:
        return False
    count, last, extra = built.split(":", 2)
    if extra != options:
        return False
    kept = conn.execute("SELECT count(*) FROM statements WHERE rowid <= ?", (int(last),)).fetchone()[0]
    return kept == int(count)


def stored_claim_set(conn: sqlite3.Connection, mentions: list[Mention]) -> ClaimSet:
    """The claims and links of the last build, over `mentions` (statements since are left out)."""
    by_id = {m.id: m for m in mentions}
    members: dict[str, list[Member]] = {}
    status: dict[str, tuple[ClaimStatus, str]] = {}
    sql = """SELECT cs.statement_id, cs.claim_id, cs.role, cs.speaker_identity_id, c.status, c.text
             FROM claim_statements cs JOIN claims c ON c.id = cs.claim_id ORDER BY cs.claim_id, cs.position"""
    of_mention: dict[str, str] = {}
    for statement_id, claim_id, role, speaker_id, claim_status, text in conn.execute(sql):
        if statement_id in by_id:
            of_mention[statement_id] = speaker_id
            member = Member(by_id[statement_id], to_claim_role(role), speaker_id)
            members.setdefault(claim_id, []).append(member)
            status[claim_id] = (to_claim_status(claim_status), text)
    claims = tuple(
        Claim(id=claim_id, text=status[claim_id][1], status=status[claim_id][0], members=tuple(group))
        for claim_id, group in members.items()
    )
    links = tuple(
        (r, t, c, float(score), method)
        for r, t, c, score, method in conn.execute(
            "SELECT reaction_id, target_id, claim_id, score, method FROM claim_links"
        )
    )
    speakers = SpeakerIndex(speakers=stored_speakers(conn).speakers, of_mention=of_mention)
    return ClaimSet(claims=claims, speakers=speakers, links=links)


def refresh_claims(
    conn: sqlite3.Connection,
    alias_files: tuple[str, ...] = (),
    *,
    rebuild: bool = False,
    lexical: bool = False,
) -> bool:
    """Bring the claims up to date with the statements; True if they changed. Statements only added
    since the last build (same options) update the claims they touch; anything else, or `rebuild`,
    builds them all again, as does a store whose claims were built by code of another
    `STATE_VERSION` (what it saved of each statement would be mixed with what this code makes)."""
    options = _json([list(alias_files), lexical, STATE_VERSION])
    fingerprint = statements_fingerprint(conn, options)
    built = built_fingerprint(conn)
    if not rebuild and built == fingerprint:
        return False
    embedder = None if lexical else load_embedder()
    mentions = read_mentions(conn)
    aliases = load_aliases(alias_files)
    if not rebuild and _appended_since(conn, built, options):
        previous = replace(stored_claim_set(conn, mentions), state=read_state(conn))
        claim_set = update_claims(mentions, previous, aliases, embedder)
        write_claims(conn, claim_set, fingerprint, whole=previous.state is None)
    else:
        write_claims(conn, build_claims(mentions, aliases, embedder), fingerprint)
    return True
