"""Numbered schema migrations, applied in order and recorded in PRAGMA user_version.

A migration is never edited once committed: change the schema by appending a new one.
Migrations may call `rawi_index_key(text)` (rawi.arabic.normalize.index_key, registered by `migrate`).
Migration 2 indexes index_key (search_key + light prefix stemming) of every column, adds a
`facets` column (tokens such as `stancedeny`, `quotedirect`, `kindanonymous`) so that filters
are intersected inside FTS5, and weights bm25 by column. Migration 3 adds year, month and
outlet tokens to the facets (rawi.store.facets) so date and outlet filters run inside FTS5 too.
Migration 4 re-indexes with index_key's proclitic stemming (every و ف ب ك ل ال unit off), so a
word and its clitic forms share one key.
Migration 5 adds the state of `rawi watch` (feeds, watch_items, watch_lock, watch_meta) and its
alerts (alert_rules, alerts: one row per statement that fired, never two); IF NOT EXISTS lets
a store whose user_version was wound back re-run it.
Migration 6 names the engine of older rows by language: rawi.statements.v1 becomes
rawi.statements.ar.v1 or rawi.statements.en.v1 (today's engines write .ar.v2 and .en.v2).
Migration 7 adds `statement_dates` (rowid -> the statement's date, else its article's
publication date, as stored: YYYY[-MM[-DD]]), kept by triggers on statements, so that a search
checks a date filter on a small table instead of reading each statement and its article
(IF NOT EXISTS, as 5, for a store wound back).
Migration 8 adds `claim_state` (per statement: content words, numbers, negation, whether it
speaks of a report, in-article speaker key, sentence vector) and `claim_word_counts` (statements
holding each word), which claim updates read instead of recomputing every statement's part;
an older store gets them empty, and its next claims refresh fills them.
Column names of articles, statements and rejections follow rawi.tables.COLUMNS; the
`speaker_key`, `role_key`, `outlet_key` and `source_key` columns are match_key forms kept for
filtering and grouping; `content_key` is a hash of the content's search_key (same words,
same key), for counting a statement repeated across outlets once.
"""

from __future__ import annotations

import sqlite3

from rawi.arabic.normalize import index_key
from rawi.store.facets import facet_tokens

# Rebuild the full-text index from the stored statements with today's keys and facets.
REINDEX = """
        INSERT INTO statements_fts(statements_fts) VALUES ('delete-all');
        INSERT INTO statements_fts(rowid, content, speaker, role, headline, facets)
            SELECT s.rowid, rawi_index_key(s.content), rawi_index_key(s.speaker),
                   rawi_index_key(COALESCE(s.speaker_role, '')), rawi_index_key(COALESCE(a.headline, '')),
                   rawi_facets(s.stance, s.quote_type, s.speaker_kind, COALESCE(s.date, a.published),
                               a.outlet_key)
            FROM statements s JOIN articles a ON a.id = s.article_id
"""

# What each statement contributed to claim matching (rawi.store.claims_store), kept so that adding
# statements updates the claims from them instead of recomputing every statement's part.
CLAIM_STATE = """
CREATE TABLE IF NOT EXISTS claim_state (
    statement_id TEXT PRIMARY KEY, words TEXT NOT NULL, nums TEXT NOT NULL, negated INTEGER NOT NULL,
    meta INTEGER NOT NULL, speaker_key TEXT NOT NULL, vector BLOB
);
CREATE TABLE IF NOT EXISTS claim_word_counts (word TEXT PRIMARY KEY, n INTEGER NOT NULL)
"""

MIGRATIONS: tuple[tuple[int, str | tuple[str, ...]], ...] = (
    (
        1,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            url TEXT,
            media_type TEXT,
            encoding TEXT
        );
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id TEXT,
            name TEXT NOT NULL,
            file TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            lang TEXT NOT NULL,
            headline TEXT,
            published TEXT,
            sources TEXT NOT NULL DEFAULT '[]',
            spans TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL,
            n_statements INTEGER NOT NULL DEFAULT 0,
            outlet_key TEXT
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet_key ON articles(outlet_key);
        CREATE INDEX articles_document ON articles(document_id);
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX article_sources_key ON article_sources(source_key);
        CREATE TABLE speakers (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE statements (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            speaker_role TEXT,
            speaker_kind TEXT NOT NULL,
            cue TEXT NOT NULL,
            content TEXT NOT NULL,
            quote_type TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            via TEXT NOT NULL DEFAULT '[]',
            stance TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            target TEXT,
            date TEXT,
            in_headline INTEGER NOT NULL,
            extractor TEXT NOT NULL,
            speaker_key TEXT NOT NULL,
            role_key TEXT,
            content_key TEXT NOT NULL
        );
        CREATE INDEX statements_article ON statements(article_id, seq);
        CREATE INDEX statements_speaker_key ON statements(speaker_key);
        CREATE INDEX statements_stance ON statements(stance);
        CREATE TABLE rejections (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX rejections_code ON rejections(code);
        CREATE VIRTUAL TABLE statements_fts USING fts5(
            content, speaker, role, headline,
            content='', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TABLE minhash_bands (
            band INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (band, bucket, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE minhashes (
            article_id TEXT PRIMARY KEY,
            signature BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE near_duplicates (
            article_id TEXT PRIMARY KEY,
            cluster_id TEXT NOT NULL,
            similarity REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX near_duplicates_cluster ON near_duplicates(cluster_id);
        """,
    ),
    (
        2,
        """
        DROP TABLE statements_fts;
        CREATE VIRTUAL TABLE statements_fts USING fts5(
            content, speaker, role, headline, facets,
            content='', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.6, 0.4, 0.2, 0.0)');
        INSERT INTO statements_fts(rowid, content, speaker, role, headline, facets)
            SELECT s.rowid, rawi_index_key(s.content), rawi_index_key(s.speaker),
                   rawi_index_key(COALESCE(s.speaker_role, '')), rawi_index_key(COALESCE(a.headline, '')),
                   'stance' || s.stance || ' quote' || s.quote_type || ' kind' || s.speaker_kind
            FROM statements s JOIN articles a ON a.id = s.article_id
        """,
    ),
    (3, REINDEX),  # the facets gain month and outlet tokens
    (4, REINDEX),  # index_key strips every proclitic unit
    (
        5,
        """
        CREATE TABLE IF NOT EXISTS feeds (
            url TEXT PRIMARY KEY,
            kind TEXT,
            etag TEXT,
            last_modified TEXT,
            last_ok REAL,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_due REAL NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS watch_items (
            url TEXT PRIMARY KEY,
            feed_url TEXT NOT NULL,
            content_hash TEXT,
            document_id TEXT,
            first_seen REAL NOT NULL
        );
        CREATE INDEX IF NOT EXISTS watch_items_hash ON watch_items(content_hash);
        CREATE TABLE IF NOT EXISTS watch_lock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            started REAL NOT NULL,
            heartbeat REAL NOT NULL
        );
        CREATE TABLE IF NOT EXISTS watch_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS alert_rules (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            stance TEXT,
            after_rowid INTEGER NOT NULL,
            created REAL NOT NULL
        );
        CREATE TABLE IF NOT EXISTS alerts (
            id INTEGER PRIMARY KEY,
            statement_id TEXT NOT NULL UNIQUE,
            rules TEXT NOT NULL,
            fired REAL NOT NULL,
            payload TEXT NOT NULL,
            delivered REAL
        );
        CREATE INDEX IF NOT EXISTS alerts_fired ON alerts(fired)
        """,
    ),
    (
        6,
        """
        UPDATE statements SET extractor = CASE
            (SELECT lang FROM articles a WHERE a.id = statements.article_id)
            WHEN 'en' THEN 'rawi.statements.en.v1' ELSE 'rawi.statements.ar.v1' END
        WHERE extractor = 'rawi.statements.v1'
        """,
    ),
    (  # statements one by one: a trigger's body holds semicolons
        7,
        (
            'CREATE TABLE IF NOT EXISTS statement_dates (rowid INTEGER PRIMARY KEY, "date" TEXT)',
            """INSERT OR REPLACE INTO statement_dates(rowid, "date")
               SELECT s.rowid, COALESCE(s.date, a.published)
               FROM statements s JOIN articles a ON a.id = s.article_id""",
            """CREATE TRIGGER IF NOT EXISTS statement_dates_insert AFTER INSERT ON statements BEGIN
                   INSERT OR REPLACE INTO statement_dates(rowid, "date") VALUES (new.rowid,
                       COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id)));
               END""",
            """CREATE TRIGGER IF NOT EXISTS statement_dates_delete AFTER DELETE ON statements BEGIN
                   DELETE FROM statement_dates WHERE rowid = old.rowid;
               END""",
        ),
    ),
    (8, CLAIM_STATE),
)

LATEST = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of the last migration applied to this database (0 for a blank one)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction.

    Returns the numbers applied, so a caller (or test) sees what changed.
    """
    applied = []
    conn.create_function("rawi_index_key", 1, index_key, deterministic=True)
    conn.create_function("rawi_facets", 5, facet_tokens, deterministic=True)
    current = schema_version(conn)
    for number, sql in MIGRATIONS:
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql if isinstance(sql, tuple) else _split(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


def _split(sql: str) -> list[str]:
    """The statements of a migration script (no semicolons inside our DDL strings)."""
    return [part.strip() for part in sql.split(";") if part.strip()]
