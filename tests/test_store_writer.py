"""Writer: upserts by content hash, so writing the same records twice changes nothing."""

from __future__ import annotations

from pathlib import Path

from rawi.records import Rejection
from rawi.store import connect
from rawi.store.writer import table_counts, write_extraction, write_rejection
from store_samples import aramco, weather


def test_writing_twice_changes_nothing(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    assert write_extraction(conn, aramco())
    assert write_extraction(conn, weather())
    assert write_rejection(conn, Rejection("empty.txt", "E001", "0 bytes"))
    first = table_counts(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM statements ORDER BY id")]
    assert not write_extraction(conn, aramco())
    assert not write_rejection(conn, Rejection("empty.txt", "E001", "0 bytes"))
    assert table_counts(conn) == first
    assert [r[0] for r in conn.execute("SELECT id FROM statements ORDER BY id")] == ids
    assert first["statements"] == 4 and first["articles"] == 2 and first["rejections"] == 1


def test_statement_ids_are_the_records_ids(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    extraction = aramco()
    write_extraction(conn, extraction)
    expected = {s.id_in(extraction.article.id) for s in extraction.statements}
    assert {r[0] for r in conn.execute("SELECT id FROM statements")} == expected


def test_speakers_and_credited_sources_are_stored(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    write_extraction(conn, aramco())
    names = {r[0]: r[1] for r in conn.execute("SELECT name, kind FROM speakers")}
    assert names == {"أرامكو": "organization", "خالد سمير": "person", "مصدر مطلع": "anonymous"}
    assert [r[0] for r in conn.execute("SELECT source FROM article_sources")] == ["رويترز"]
    extractor = conn.execute("SELECT DISTINCT extractor FROM statements").fetchall()
    assert [r[0] for r in extractor] == ["rawi.statements.ar.v2"]
