"""Extraction benchmark: articles per second over ../shared/corpus/ar on one core.

Reports the median of five runs of the full `process_document` path (article parsing and
statement extraction), peak memory, and plain regex tokenising of the same texts in the same
run as a baseline. Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import re
import resource
import statistics
import sys
import time
from pathlib import Path

from rawi.pipeline import process_document
from rawi.records import Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "ar"
RUNS = 5
WORDS = re.compile(r"\w+")


def _rate(documents: list[Document], work) -> float:
    """Articles per second for one pass of `work` over the documents."""
    started = time.perf_counter()
    for document in documents:
        work(document)
    return len(documents) / (time.perf_counter() - started)


def main() -> int:
    """Print the medians of extraction and tokenising rates, and peak memory."""
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    documents = [Document(name=str(p), text=p.read_text(encoding="utf-8")) for p in paths]
    extract = [_rate(documents, process_document) for _ in range(RUNS)]
    tokenise = [_rate(documents, lambda d: WORDS.findall(d.text)) for _ in range(RUNS)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median_extract, median_tokenise = statistics.median(extract), statistics.median(tokenise)
    print(f"articles: {len(documents)} from {CORPUS.resolve()}")
    print(f"extract   median {median_extract:8.0f} articles/s  runs {[round(r) for r in extract]}")
    print(f"tokenise  median {median_tokenise:8.0f} articles/s  (plain regex, same texts, same run)")
    print(f"ratio     extract / tokenise = {median_extract / median_tokenise:.3f}")
    print(f"peak memory {peak_mb:.0f} MB (target >= 1,000 articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
