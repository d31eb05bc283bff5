"""Spark scaling: articles/s of `rawi spark` on local[1] and local[2], and the ratio (target >= 1.7).

Input: ../shared/corpus/ar replicated 20x as JSONL files (one file per copy, each record with
its own URL so every copy is a distinct article), written to a temporary directory. Each
round times local[1], local[2] (each a fresh session with a warm-up run, then one timed run
of the whole job: read, process_document, deduplicate, write Parquet) and a plain
single-process loop of process_document over the same records; medians of RUNS rounds are
printed, with the plain loop's rate on the corpus HTML pages (for sizing crawls of HTML).
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ar"
HTML = CORPUS.parent / "html"
COPIES = 20
RUNS = 3
MASTERS = ("local[1]", "local[2]")


def write_replicas(directory: Path, copies: int = COPIES) -> int:
    """The corpus as `copies` JSONL files of distinct articles; returns the number of records."""
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    for copy in range(copies):
        lines = (
            json.dumps({"url": f"https://bench.invalid/{copy}/{stem}", "text": text}, ensure_ascii=False)
            for stem, text in articles
        )
        (directory / f"copy-{copy:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copies * len(articles)


def plain_rate(inputs: list[str]) -> float:
    """Articles/s of a single-process loop: rawi.sources -> process_document, no Spark."""
    from rawi.pipeline import process_document
    from rawi.records import Rejection
    from rawi.sources import iter_documents

    started = time.perf_counter()
    done = sum(1 for d in iter_documents(inputs) if not isinstance(d, Rejection) and process_document(d))
    return done / (time.perf_counter() - started)


def spark_rate(master: str, inputs: list[str], warmup: list[str], out: Path) -> float:
    """Articles/s of one timed run of the job on a fresh session of `master`, after a warm-up run."""
    from rawi.spark.job import build_session, run_job

    session = build_session(master, shuffle_partitions=4)
    try:
        run_job(session, warmup, out / "warmup")
        started = time.perf_counter()
        counts = run_job(session, inputs, out / master)
        rate = counts.articles / (time.perf_counter() - started)
    finally:
        session.stop()
    print(f"  {master}: {rate:.1f} articles/s ({counts.summary()})", flush=True)
    return rate


def interleaved(inputs: list[str], warmup: list[str], out: Path) -> dict[str, list[float]]:
    """RUNS rounds, each timing local[1], local[2] and the plain loop one after the other.

    Interleaving keeps a change in the machine's other load from favouring one of them.
    """
    rates: dict[str, list[float]] = {name: [] for name in (*MASTERS, "plain")}
    for _ in range(RUNS):
        for master in MASTERS:
            rates[master].append(spark_rate(master, inputs, warmup, out))
        rates["plain"].append(plain_rate(inputs))
        print(f"  plain loop: {rates['plain'][-1]:.1f} articles/s", flush=True)
    return rates


def main() -> None:
    """Print the medians of local[1] and local[2], their ratio, and the plain single-core rate."""
    from rawi.spark import java_missing

    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("skipped: the spark extra is not installed: pip install 'rawi[spark]'")
        return
    if java_missing() or not CORPUS.is_dir():
        print(f"skipped: needs a Java runtime and the corpus at {CORPUS}")
        return
    with tempfile.TemporaryDirectory(prefix="rawi-bench-spark-") as temp:
        root = Path(temp)
        (root / "in").mkdir()
        records = write_replicas(root / "in")
        inputs, warmup = [str(root / "in")], [str(root / "in" / "copy-00.jsonl")]
        print(f"input: {records} JSONL records ({COPIES} copies of {CORPUS})", flush=True)
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        rates = interleaved(inputs, warmup, root / "out")
    medians = {name: statistics.median(values) for name, values in rates.items()}
    pages = [str(p) for p in sorted(HTML.glob("*.html"))] * 5
    html = statistics.median(plain_rate(pages) for _ in range(RUNS)) if pages else float("nan")
    print(f"load average after: {os.getloadavg()[0]:.1f} (other work shares these cores)")
    one, two, plain = medians["local[1]"], medians["local[2]"], medians["plain"]
    print(f"spark local[1]: {one:.1f} articles/s (median of {RUNS})")
    print(f"spark local[2]: {two:.1f} articles/s (median of {RUNS})")
    print(f"scaling local[2]/local[1]: {two / one:.2f}x (target >= 1.7x)")
    print(f"plain process_document loop, one process: {plain:.1f} articles/s (text)")
    print(f"plain process_document loop, one process: {html:.1f} pages/s (corpus HTML pages)")
    print(f"spark local[1] / plain loop: {one / plain:.0%}; per core on local[2]: {two / 2:.1f} articles/s")


if __name__ == "__main__":
    main()
