"""Spark scaling: articles/s of `rawi spark` on 1 and 2 cores, and the ratio (target >= 1.7).

Input: ../shared/corpus/ar replicated 20x as JSONL files (one file per copy, each record with
its own URL so every copy is a distinct article), written to a temporary directory.

Each run is a separate process pinned to its cores (CPU affinity, inherited by Spark's JVM
and Python workers): local[1] on one core, local[2] on two. Without the pin, local[1] would
also use the second core for the JVM's own work (shuffles, Parquet, GC) and flatter itself.
A run starts a session, warms it up on one copy, then times the whole job once (read,
process_document, deduplicate, write Parquet). Rounds interleave local[1], local[2] and a
plain single-process loop of process_document over the same records (pinned to one core);
medians of RUNS rounds are printed, with the plain loop's rate on the corpus HTML pages.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ar"
HTML = CORPUS.parent / "html"
COPIES = 20
RUNS = 3
CONFIGS = (("local[1]", 1), ("local[2]", 2))  # master, cores it is pinned to


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


def spark_rate(master: str, inputs: list[str], warmup: list[str], out: str) -> float:
    """Articles/s of one timed run of the job on a fresh session of `master`, after a warm-up run."""
    from rawi.spark.job import build_session, run_job

    session = build_session(master, shuffle_partitions=4)
    try:
        run_job(session, warmup, f"{out}/warmup")
        started = time.perf_counter()
        counts = run_job(session, inputs, f"{out}/timed")
        return counts.articles / (time.perf_counter() - started)
    finally:
        session.stop()


def pinned(cores: int, *args: str) -> float:
    """Run this file with `args` in a process pinned to the first `cores` CPUs; its printed rate."""
    allowed = sorted(os.sched_getaffinity(0))[:cores] if hasattr(os, "sched_getaffinity") else []

    def pin() -> None:
        if allowed:
            os.sched_setaffinity(0, allowed)

    command = [sys.executable, __file__, *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True, preexec_fn=pin)
    return float(done.stdout.strip().splitlines()[-1])


def rounds(inputs: list[str], warmup: list[str], out: Path) -> dict[str, list[float]]:
    """RUNS rounds, each timing local[1], local[2] and the plain loop one after the other."""
    rates: dict[str, list[float]] = {name: [] for name, _ in CONFIGS} | {"plain": []}
    for run in range(RUNS):
        for master, cores in CONFIGS:
            rate = pinned(cores, "--spark", master, str(out / f"{run}-{cores}"), warmup[0], *inputs)
            rates[master].append(rate)
            print(f"  round {run + 1}: spark {master} on {cores} core(s): {rate:.1f} articles/s", flush=True)
        rates["plain"].append(pinned(1, "--plain", *inputs))
        print(f"  round {run + 1}: plain loop on 1 core: {rates['plain'][-1]:.1f} articles/s", flush=True)
    return rates


def main() -> None:
    """Print the medians of local[1] and local[2], their ratio, and the plain one-core rates."""
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
        print(f"input: {records} JSONL records ({COPIES} copies of {CORPUS})", flush=True)
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        rates = rounds([str(root / "in")], [str(root / "in" / "copy-00.jsonl")], root / "out")
    pages = [str(p) for p in sorted(HTML.glob("*.html"))] * 3
    html = statistics.median(pinned(1, "--plain", *pages) for _ in range(RUNS)) if pages else float("nan")
    print(f"load average after: {os.getloadavg()[0]:.1f} (other work shares these cores)")
    one, two, plain = (statistics.median(rates[name]) for name in ("local[1]", "local[2]", "plain"))
    print(f"spark local[1], 1 core: {one:.1f} articles/s (median of {RUNS})")
    print(f"spark local[2], 2 cores: {two:.1f} articles/s (median of {RUNS})")
    print(f"scaling 2 cores / 1 core: {two / one:.2f}x (target >= 1.7x)")
    print(f"plain process_document loop, 1 core: {plain:.1f} articles/s (text)")
    print(f"spark on 1 core / plain loop on 1 core: {one / plain:.0%}")
    print(f"plain process_document loop, 1 core: {html:.1f} pages/s (corpus HTML pages)")


if __name__ == "__main__" and sys.argv[1:2] == ["--spark"]:
    print(spark_rate(sys.argv[2], sys.argv[5:], [sys.argv[4]], sys.argv[3]))
elif __name__ == "__main__" and sys.argv[1:2] == ["--plain"]:
    print(plain_rate(sys.argv[2:]))
elif __name__ == "__main__":
    main()
