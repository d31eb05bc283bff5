"""Ingest: batched commits, idempotent re-runs, and a kill -9 that loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.store import connect
from rawi.store.ingest import ingest
from rawi.store.queries import search, stats
from rawi.store.writer import table_counts
from store_samples import write_corpus

POLL_SECONDS = 0.01  # how often the crash test looks for the first commit
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
DUMPED = ("documents", "articles", "statements", "speakers", "article_sources", "rejections",
          "minhashes", "minhash_bands", "near_duplicates", "statements_fts_docsize")  # fmt: skip


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every stored table, sorted: two equal dumps are the same store."""
    conn = sqlite3.connect(db)
    return {table: sorted(map(tuple, conn.execute(f"SELECT * FROM {table}"))) for table in DUMPED}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `rawi ARGS` in a child process."""
    code = "import sys; from rawi.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def test_ingest_twice_is_identical(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 12)
    conn = connect(tmp_path / "s.db")
    first = ingest(conn, iter_documents([str(tmp_path / "in")]), batch_size=5)
    assert (first.ingested, first.duplicates, first.batches) == (12, 0, 3)
    before = dump(tmp_path / "s.db")
    second = ingest(conn, iter_documents([str(tmp_path / "in")]), batch_size=5)
    assert (second.ingested, second.duplicates) == (0, 12)
    assert dump(tmp_path / "s.db") == before


def test_parallel_workers_give_the_serial_store(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 150)
    (tmp_path / "in" / "0003-copy.txt").write_text((tmp_path / "in" / "0003.txt").read_text("utf-8"), "utf-8")
    serial = ingest(connect(tmp_path / "one.db"), iter_documents([str(tmp_path / "in")]), batch_size=40)
    parallel = ingest(
        connect(tmp_path / "two.db"), iter_documents([str(tmp_path / "in")]), batch_size=40, workers=2
    )
    assert serial == parallel
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_rejections_are_stored_and_the_batch_goes_on(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    items: list[Document | Rejection] = [
        Rejection("broken.warc.gz", "E007", "truncated gzip"),
        Document(name="blank.txt", text="   \n\n"),
        Document(name="ok.txt", text="عنوان الخبر\n2024-01-01\nقال الوزير إن العمل مستمر.\n"),
    ]
    summary = ingest(conn, items)
    assert (summary.ingested, summary.rejected) == (1, 2)
    assert table_counts(conn)["rejections"] == 2


def committed_documents(db: Path) -> int:
    """Documents a store has committed so far (0 before its tables exist).

    Read only once the store is in WAL mode, where a reader never blocks the writer.
    """
    if not Path(f"{db}-wal").exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.DatabaseError:  # not yet migrated
        return 0
    finally:
        conn.close()


def kill_after_first_commit(args: list[str], db: Path) -> int:
    """Start `rawi ARGS`, SIGKILL it from outside once the store has committed rows; the rows kept.

    The kill is sent while this test holds the store's write lock, so the ingest cannot commit
    between the count and the kill: the count is exactly what the killed store keeps.
    """
    code = "import sys; from rawi.cli import main; sys.exit(main(sys.argv[1:]))"
    child = subprocess.Popen([sys.executable, "-c", code, *args], stderr=subprocess.DEVNULL)
    try:
        while not committed_documents(db):
            assert child.poll() is None, "the ingest ended before its first commit was seen"
            time.sleep(POLL_SECONDS)
        lock = sqlite3.connect(db, isolation_level=None, timeout=30)
        lock.execute("BEGIN IMMEDIATE")
        kept = int(lock.execute("SELECT count(*) FROM documents").fetchone()[0])
        child.send_signal(signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
        lock.execute("ROLLBACK")
        lock.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return kept


def test_kill_9_mid_ingest_then_rerun_gives_the_clean_store(tmp_path: Path) -> None:
    total, batch = 200, 5
    write_corpus(tmp_path / "in", total)
    args = ["ingest", str(tmp_path / "in"), "--batch-size", str(batch), "--workers", "1"]
    kept = kill_after_first_commit([*args, "--db", str(tmp_path / "crash.db")], tmp_path / "crash.db")
    assert 0 < kept < total and kept % batch == 0
    assert table_counts(connect(tmp_path / "crash.db", readonly=True))["documents"] == kept
    resumed = run_cli(*args, "--db", str(tmp_path / "crash.db"))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{total - kept} ingested" in resumed.stderr and f"{kept} skipped as duplicate" in resumed.stderr
    clean = run_cli(*args, "--db", str(tmp_path / "clean.db"))
    assert clean.returncode == 0, clean.stderr
    assert dump(tmp_path / "crash.db") == dump(tmp_path / "clean.db")


@pytest.mark.skipif(not (CORPUS / "ar").is_dir(), reason="shared corpus ../shared/corpus/ar is absent")
def test_ingest_the_arabic_corpus_then_search(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    summary = ingest(conn, iter_documents([str(CORPUS / "ar")]))
    counts = stats(conn)
    articles = len(list((CORPUS / "ar").glob("*.txt")))
    assert articles > 100 and counts["articles"] == summary.ingested == articles
    assert counts["languages"].get("ar", 0) == articles
    assert counts["statements"] > 100
    assert search(conn, "أرامكو") == search(conn, "ارامكو") != []
