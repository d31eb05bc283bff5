"""Numbered migrations: a blank database reaches the latest schema, and migrating again is a no-op."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.store import connect
from rawi.store.migrations import LATEST, MIGRATIONS, migrate, schema_version
from rawi.store.queries import SearchFilters, search
from rawi.store.writer import write_extraction
from rawi.tables import COLUMNS
from store_samples import ARAMCO_TEXT, aramco


def test_blank_database_gets_every_migration(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "blank.db", isolation_level=None)
    assert schema_version(conn) == 0
    assert migrate(conn) == [number for number, _ in MIGRATIONS]
    assert schema_version(conn) == LATEST
    assert migrate(conn) == []


def test_migrations_are_numbered_in_order() -> None:
    numbers = [number for number, _ in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))


def test_schema_has_the_tables_columns(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    for table, columns in COLUMNS.items():
        stored = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        assert {name for name, _ in columns} <= stored, table
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_readonly_connection_cannot_write(tmp_path: Path) -> None:
    connect(tmp_path / "s.db").close()
    conn = connect(tmp_path / "s.db", readonly=True)
    try:
        conn.execute("INSERT INTO rejections VALUES ('a', 'b', 'E001', 'c')")
    except sqlite3.OperationalError as error:
        assert "readonly" in str(error)
    else:
        raise AssertionError("a read-only store accepted a write")


def test_migration_2_rebuilds_the_index_of_stored_statements(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    write_extraction(conn, aramco())
    conn.execute("DROP TABLE statements_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, role, headline, content='')"
    )
    conn.execute("PRAGMA user_version = 1")
    assert migrate(conn)[:2] == [2, 3]
    assert {r["speaker"] for r in search(conn, "تقرير", SearchFilters(stance="deny"))} == {"خالد سمير"}
    assert len(search(conn, "تنفي")) == 3  # found by the headline column


@pytest.mark.parametrize("readonly", [True, False])
def test_not_a_store_is_e013(tmp_path: Path, readonly: bool) -> None:
    (tmp_path / "notes.db").write_text("not a database at all, just text " * 200)
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE t(x)")
    other.commit()
    for name in ("notes.db", "other.db"):
        with pytest.raises(UsageError) as error:
            connect(tmp_path / name, readonly=readonly)
        assert error.value.code == "E013"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    connect(tmp_path / "s.db").execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(UsageError) as error:
        connect(tmp_path / "s.db", readonly=True)
    assert error.value.code == "E013" and "newer" in error.value.message


def test_migration_6_names_the_engine_of_older_rows_by_language(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    write_extraction(conn, aramco())
    conn.execute("UPDATE statements SET extractor = 'rawi.statements.v1'")
    conn.execute("PRAGMA user_version = 5")
    assert migrate(conn)[0] == 6
    found = {row[0] for row in conn.execute("SELECT DISTINCT extractor FROM statements")}
    assert found == {"rawi.statements.ar.v1"}


def test_migration_7_gives_an_older_store_its_statement_dates(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    write_extraction(conn, aramco())
    for name in ("TRIGGER statement_dates_insert", "TRIGGER statement_dates_delete", "TABLE statement_dates"):
        conn.execute(f"DROP {name}")
    conn.execute("UPDATE statements SET date = '2024-02' WHERE seq = 0")
    conn.execute("PRAGMA user_version = 6")
    reader = connect(tmp_path / "s.db", readonly=True)  # read before any writer migrates it
    assert len(search(reader, "أرامكو", SearchFilters(since="2024-03"))) == 2
    assert migrate(conn) == [7, 8]
    dates = conn.execute(
        "SELECT s.seq, d.date FROM statements s JOIN statement_dates d ON d.rowid = s.rowid ORDER BY s.seq"
    ).fetchall()
    assert [tuple(row) for row in dates] == [(0, "2024-02"), (1, "2024-03-01"), (2, "2024-03-01")]
    assert len(search(conn, "أرامكو", SearchFilters(since="2024-03"))) == 2
    assert write_extraction(conn, aramco(name="later.txt", text=ARAMCO_TEXT.replace("اليوم", "أمس")))
    assert conn.execute("SELECT count(*) FROM statement_dates").fetchone()[0] == 6


def test_each_engine_names_itself() -> None:
    from rawi import extract

    arabic = extract("الميناء يفتح غدا\n\nوقال الوزير سامي حداد إن الميناء سيفتح غدا.").statements
    english = extract("Bridge to reopen\n\nThe mayor said the bridge would reopen on Monday.").statements
    assert {s.extractor for s in arabic} == {"rawi.statements.ar.v2"}
    assert {s.extractor for s in english} == {"rawi.statements.en.v2"}
