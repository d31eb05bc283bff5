"""Store benchmarks: ingest rates (text, HTML vs trafilatura), search p95 at 1M statements, memory.

Prints medians of several runs. Reads ../shared/corpus (beside the repository) and skips
with a message when it is absent. Run with `make bench` or `python bench/bench_store.py`.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rawi.sources import iter_documents
from rawi.store import connect
from rawi.store.ingest import ingest, prepare
from rawi.store.queries import SearchFilters, search
from rawi.store.writer import fts_entry, write_document, write_extraction

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
RUNS = 3
TARGET_STATEMENTS = 1_000_000


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    """The median of several measurements, and the measurements."""
    values = [measure() for _ in range(runs)]
    return statistics.median(values), values


def ingest_rate(paths: list[str], workers: int) -> tuple[float, float]:
    """(wall clock, CPU) articles per second for a full ingest of the paths into a fresh store.

    The CPU rate counts this process only, so it is meaningful for one worker.
    """
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "s.db")
        wall, cpu = time.perf_counter(), time.process_time()
        summary = ingest(conn, iter_documents(paths), workers=workers)
        return summary.ingested / (time.perf_counter() - wall), summary.ingested / (time.process_time() - cpu)


def store_only_rate(paths: list[str]) -> float:
    """Articles per second of the store alone (writing already-extracted articles)."""
    prepared = [(d, prepare(d)) for d in iter_documents(paths) if not hasattr(d, "code")]
    prepared = [(d, p) for d, p in prepared if hasattr(p[0], "article")]
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "s.db")
        start = time.perf_counter()
        conn.execute("BEGIN")
        for document, (extraction, minhash) in prepared:
            write_document(conn, document)
            write_extraction(conn, extraction, minhash)
        conn.execute("COMMIT")
        return len(prepared) / (time.perf_counter() - start)


def store_size_per_1000(paths: list[str]) -> tuple[float, int, int]:
    """Store size in MB per 1,000 articles, with the article and statement counts."""
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "s.db")
        summary = ingest(conn, iter_documents(paths), workers=2)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(f.stat().st_size for f in Path(tmp).iterdir())
        return size / 1e6 / summary.ingested * 1000, summary.ingested, summary.statements


def bench_text() -> None:
    """Text ingest rate over corpus/ar (target >= 500 articles/s), store cost and size."""
    paths = [str(CORPUS / "ar")]
    ingest_rate(paths, 1)  # warm-up: imports, lexicons, caches
    for workers in (1, 2):
        rates = [ingest_rate(paths, workers) for _ in range(RUNS)]
        wall = statistics.median(r[0] for r in rates)
        cpu = f", {statistics.median(r[1] for r in rates):.0f} per CPU-second" if workers == 1 else ""
        print(f"text ingest, {workers} worker(s): median {wall:.0f} articles/s{cpu}"
              f" {_fmt([r[0] for r in rates])} (target 500)")  # fmt: skip
    rate, values = median_of(RUNS, lambda: store_only_rate(paths))
    print(f"store writes alone (extraction excluded): median {rate:.0f} articles/s {_fmt(values)}")
    size, articles, statements = store_size_per_1000([str(CORPUS / "ar"), str(CORPUS / "en")])
    print(f"store size: {size:.2f} MB per 1,000 articles ({articles} articles, {statements} statements)")


def trafilatura_rate(pages: list[Path]) -> tuple[float, float]:
    """(wall clock, CPU) pages per second of trafilatura.extract alone on the same HTML."""
    import trafilatura

    htmls = [p.read_bytes() for p in pages]
    wall, cpu = time.perf_counter(), time.process_time()
    for html in htmls:
        trafilatura.extract(html)
    return len(htmls) / (time.perf_counter() - wall), len(htmls) / (time.process_time() - cpu)


def bench_html() -> None:
    """HTML ingest rate against trafilatura's own extraction rate, same pages, same run."""
    pages = sorted((CORPUS / "html").glob("*.html"))
    if not pages:
        print("html: skipped (no pages in corpus/html)")
        return
    wall_ratios, cpu_ratios = [], []
    ingest_rate([str(p) for p in pages], 1), trafilatura_rate(pages)  # warm-up
    for _ in range(RUNS):
        ours, theirs = ingest_rate([str(p) for p in pages], workers=1), trafilatura_rate(pages)
        wall_ratios.append(ours[0] / theirs[0])
        cpu_ratios.append(ours[1] / theirs[1])
        print(f"  html run: rawi ingest {ours[0]:.1f} pages/s ({ours[1]:.1f} per CPU-s),"
              f" trafilatura.extract {theirs[0]:.1f} pages/s ({theirs[1]:.1f} per CPU-s)")  # fmt: skip
    print(
        f"html ingest, 1 worker: median {statistics.median(wall_ratios):.2f}x trafilatura's rate (wall clock)"
        f" {_fmt(wall_ratios)}, {statistics.median(cpu_ratios):.2f}x by CPU time (target >= 0.8x)"
    )


def _replicate(db: Path) -> int:
    """Grow a store's statements to TARGET_STATEMENTS by SQL copies of its rows; returns the count.

    Copy k of base statement r gets rowid k * n + r, so its index entry is the base entry's.
    """
    conn = sqlite3.connect(db, isolation_level=None)
    n = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert conn.execute("SELECT max(rowid) FROM statements").fetchone()[0] == n, "rowids must be 1..n"
    columns = [r[1] for r in conn.execute("PRAGMA table_info(statements)") if r[1] != "rowid"]
    names = ", ".join(f'"{c}"' for c in columns)
    picked = ", ".join("id || '-' || k" if c == "id" else f'"{c}"' for c in columns)
    conn.execute("CREATE TEMP TABLE base(rowid INTEGER PRIMARY KEY, c, s, r, h, f)")
    rows = conn.execute(
        "SELECT s.rowid, s.*, a.headline AS a_headline, a.published AS a_published, a.outlet_key AS a_outlet"
        " FROM statements s JOIN articles a ON a.id = s.article_id"
    )
    keys = [d[0] for d in rows.description]
    entries = []
    for values in rows:
        row = dict(zip(keys, values, strict=True))
        article = {
            "headline": row["a_headline"],
            "published": row["a_published"],
            "outlet_key": row["a_outlet"],
        }
        entries.append((row["rowid"], *fts_entry(row, article)))
    conn.executemany("INSERT INTO temp.base VALUES (?, ?, ?, ?, ?, ?)", entries)
    copies = -(-TARGET_STATEMENTS // n)
    conn.execute("BEGIN")
    conn.execute(
        f"WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < {copies - 1})"
        f" INSERT INTO statements ({names}) SELECT {picked} FROM n, statements WHERE rowid <= {n}"
        " ORDER BY k, statements.rowid"
    )
    conn.execute(
        "INSERT INTO statements_fts(rowid, content, speaker, role, headline, facets)"
        f" SELECT s.rowid, b.c, b.s, b.r, b.h, b.f FROM statements s JOIN temp.base b"
        f" ON b.rowid = (s.rowid - 1) % {n} + 1 WHERE s.rowid > {n}"
    )
    conn.execute("COMMIT")
    conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('optimize')")
    return int(conn.execute("SELECT count(*) FROM statements").fetchone()[0])


def _queries(conn: sqlite3.Connection, rng: random.Random) -> list[tuple[str, str, SearchFilters]]:
    """A fixed mix of searches: words of varied frequency, phrases, speakers, filtered queries."""
    contents = [r[0] for r in conn.execute("SELECT content FROM statements WHERE rowid <= 20000")]
    words = sorted({w for c in contents for w in re.findall(r"\w{4,}", c)})
    speakers = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY key")]
    queries = [("word", w, SearchFilters()) for w in rng.sample(words, 60)]
    for content in rng.sample(contents, 20):
        pair = re.findall(r"\w{3,}", content)[:2]
        queries.append(("phrase", f'"{" ".join(pair)}"', SearchFilters()))
    queries += [("speaker", "", SearchFilters(speaker=s)) for s in rng.sample(speakers, 20)]
    queries += [("word+deny", w, SearchFilters(stance="deny")) for w in rng.sample(words, 20)]
    queries += [("word+since", w, SearchFilters(since="2018-01-01")) for w in rng.sample(words, 20)]
    return queries


def bench_search() -> None:
    """Search p50/p95 over a synthesised store of 1M statements (target p95 <= 20 ms)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        ingest(connect(db), iter_documents([str(CORPUS / "ar"), str(CORPUS / "en")]), workers=2)
        start = time.perf_counter()
        total = _replicate(db)
        print(f"search: synthesised {total:,} statements in {time.perf_counter() - start:.0f} s")
        print(f"search: store {_store_mb(db):.0f} MB at {total:,} statements")
        conn = connect(db, readonly=True)
        queries = _queries(conn, random.Random(3))
        wall, cpu = [], []
        for _ in range(RUNS):
            timings = _time_queries(conn, queries)
            every = [t for values in timings.values() for t, _ in values]
            wall.append(_percentile(every, 95))
            cpu.append(_percentile([c for values in timings.values() for _, c in values], 95))
            detail = ", ".join(f"{k} {_percentile([t for t, _ in v], 95):.1f}" for k, v in timings.items())
            print(f"  run: p50 {_percentile(every, 50):.1f} ms, p95 {wall[-1]:.1f} ms,"
                  f" CPU p95 {cpu[-1]:.1f} ms (p95 by kind: {detail})")  # fmt: skip
        print(
            f"search p95 at {total:,} statements: median {statistics.median(wall):.1f} ms wall clock,"
            f" {statistics.median(cpu):.1f} ms CPU (target 20 ms; wall includes other load on the machine)"
        )


def _store_mb(db: Path) -> float:
    """Size of a store (database and WAL) in MB, after a checkpoint."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return sum(f.stat().st_size for f in db.parent.glob(db.name + "*")) / 1e6


def _time_queries(conn: sqlite3.Connection, queries: list) -> dict[str, list[tuple[float, float]]]:
    """(wall ms, CPU ms) of each query, by kind."""
    timings: dict[str, list[tuple[float, float]]] = {}
    for kind, query, filters in queries:
        wall, cpu = time.perf_counter(), time.process_time()
        search(conn, query, filters, limit=20)
        spent = ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        timings.setdefault(kind, []).append(spent)
    return timings


def _percentile(values: list[float], pct: int) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _peak_rss_mb(inputs: Path, db: Path) -> float:
    """Peak resident memory (MB) of a `rawi ingest` child process over the inputs."""
    code = "import sys; from rawi.cli import main; sys.exit(main(sys.argv[1:]))"
    args = [sys.executable, "-c", code, "ingest", str(inputs), "--db", str(db), "--workers", "1"]
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024


def bench_memory() -> None:
    """Peak memory of an ingest as the input grows 10x (must stay flat: it streams)."""
    sources = sorted((CORPUS / "ar").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        peaks = {}
        for copies in (1, 10):
            inputs = Path(tmp) / f"x{copies}"
            inputs.mkdir()
            for k in range(copies):
                for source in sources:
                    text = source.read_text(encoding="utf-8") + f"\nنسخة {k}\n"
                    (inputs / f"{k:02d}-{source.name}").write_text(text, encoding="utf-8")
            peaks[copies] = [_peak_rss_mb(inputs, Path(tmp) / f"x{copies}-{run}.db") for run in range(2)]
            shutil.rmtree(inputs)
        small, large = statistics.median(peaks[1]), statistics.median(peaks[10])
        print(
            f"memory: peak RSS {small:.0f} MB for {len(sources)} articles, {large:.0f} MB for "
            f"{10 * len(sources)} (x{large / small:.2f} for 10x the input; flat is ~x1)"
        )


COPIES = 4_000
STORY_WORDS = ("الحكومة", "الميزانية", "المشروع", "الطاقة", "المياه", "الأسعار", "المدينة", "السوق", "الخطة")


def _story(rng: random.Random) -> str:
    """A generated short news story: headline, date and three attributed paragraphs."""
    body = [" ".join(rng.choice(STORY_WORDS) + str(rng.randint(0, 999)) for _ in range(25)) for _ in range(3)]
    return f"خبر عن {body[0][:30]}\n2024-03-0{rng.randint(1, 9)}\n" + "".join(
        f"وقال المتحدث {rng.randint(0, 99)} إن {paragraph}.\n" for paragraph in body
    )


def _ingest_seconds(texts: list[str]) -> float:
    """Wall-clock seconds of one serial ingest of the texts, written as files, into a fresh store."""
    with tempfile.TemporaryDirectory() as tmp:
        for n, text in enumerate(texts):
            (Path(tmp) / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        conn = connect(Path(tmp) / "s.db")
        start = time.perf_counter()
        ingest(conn, iter_documents([str(Path(tmp) / f"{n:05d}.txt") for n in range(len(texts))]), workers=1)
        return time.perf_counter() - start


def bench_duplicates() -> None:
    """Ingest of COPIES copies of one story against COPIES distinct stories: near-duplicate linking
    must stay linear (at most 2x)."""
    rng = random.Random(11)
    story = _story(rng)
    copies = _ingest_seconds([f"{story}المصدر: منفذ {n}\n" for n in range(COPIES)])
    distinct = _ingest_seconds([_story(rng) for _ in range(COPIES)])
    print(
        f"near-duplicates: {COPIES:,} copies of one story {copies:.1f} s, {COPIES:,} distinct stories "
        f"{distinct:.1f} s, ratio {copies / distinct:.2f} (linear: at most 2)"
    )


def _fmt(values: list[float]) -> str:
    """Individual measurements, rounded."""
    return "[" + ", ".join(f"{v:.1f}" for v in values) + "]"


def main() -> int:
    """Run every store benchmark, or say why not."""
    if not (CORPUS / "ar").is_dir():
        print(f"bench_store: skipped, {CORPUS} is absent (it holds the shared corpus)")
        return 0
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (other work inflates wall-clock figures)")
    for bench in (bench_text, bench_html, bench_search, bench_memory, bench_duplicates):
        bench()
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
