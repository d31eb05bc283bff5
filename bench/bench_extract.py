"""Extraction benchmark: articles per second over ../shared/corpus/ar on one core, and seconds
per MB of generated 0.5, 1, 2 and 4 MB articles (extraction must stay linear in article size).

Reports the median of five runs of the full `process_document` path (article parsing and
statement extraction), peak memory, and plain regex tokenising of the same texts as a baseline,
in CPU seconds of this process, the two passes interleaved run by run.
Skips the corpus part with a message when ../shared is absent.
"""

from __future__ import annotations

import random
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
SIZES_MB = (0.5, 1, 2, 4)
TOKENISE_REPEAT = 20  # passes per tokenising run, so its CPU time is well above the clock's grain
MAX_RATIO = 1.5  # seconds per MB of the largest article over the smallest's


def long_article(size: int, seed: int = 3) -> str:
    """A generated Arabic article of about `size` bytes: paragraphs of named, elided and relayed speakers."""
    rng = random.Random(seed)
    first = ("أحمد", "سامي", "خالد", "ليلى", "منى", "يوسف", "عمر", "هدى", "رامي", "نادر")
    family = ("الحسن", "سليمان", "العلي", "منصور", "داود", "يعقوب", "حمدان", "عيسى", "نوفل", "قاسم")
    words = ("الحكومة", "الاقتصاد", "المشروع", "الميزانية", "الأسعار", "المياه", "الطاقة", "الخطة", "السوق")
    parts, total = ["تقرير طويل عن الاقتصاد\n"], 0
    while total < size:
        name = f"{rng.choice(first)} {rng.choice(family)}{len(parts) % 97}"
        body = " ".join(rng.choice(words) for _ in range(12))
        paragraph = (
            f"وقال الوزير {name} إن {body} مستمرة. وأضاف {name.split()[1]} أن {body} ستتحسن. "
            f"ونقلت الوكالة عن مصدر مطلع قوله إن {body} قيد الدرس.\n"
        )
        parts.append(paragraph)
        total += len(paragraph.encode())
    return "".join(parts)


def scaling() -> None:
    """Print CPU seconds per MB of one extraction of each generated article size, and their ratio."""
    per_mb = []
    for size in SIZES_MB:
        document = Document(name=f"{size}mb.txt", text=long_article(int(size * 1024 * 1024)))
        started = time.process_time()
        process_document(document, budget=None)
        per_mb.append((time.process_time() - started) / size)
        print(f"article {size:>4} MB  {per_mb[-1]:6.2f} s/MB")
    ratio = per_mb[-1] / per_mb[0]
    print(f"ratio     {SIZES_MB[-1]} MB / {SIZES_MB[0]} MB = {ratio:.2f} (linear: at most {MAX_RATIO})")


def _rate(documents: list[Document], work, repeat: int = 1) -> float:
    """Articles per CPU second of this process for `repeat` passes of `work` over the documents.

    CPU time, not wall time: on a shared machine other processes stretch the wall clock of
    both passes unequally, and the ratio below would measure the load instead of rawi.
    """
    started = time.process_time()
    for _ in range(repeat):
        for document in documents:
            work(document)
    return repeat * len(documents) / (time.process_time() - started)


def _fmt(values: list[float]) -> str:
    """Ratios to three decimals, for the per-run line."""
    return ", ".join(f"{v:.3f}" for v in values)


def main() -> int:
    """Print the medians of extraction and tokenising rates, and peak memory."""
    scaling()
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    documents = [Document(name=str(p), text=p.read_text(encoding="utf-8")) for p in paths]
    extract, tokenise = [], []
    for _ in range(RUNS):  # interleaved, so a burst of load falls on both passes alike
        extract.append(_rate(documents, process_document))
        tokenise.append(_rate(documents, lambda d: WORDS.findall(d.text), repeat=TOKENISE_REPEAT))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median_extract, median_tokenise = statistics.median(extract), statistics.median(tokenise)
    print(f"articles: {len(documents)} from {CORPUS.resolve()}")
    print(f"extract   median {median_extract:8.0f} articles/s  runs {[round(r) for r in extract]}")
    print(f"tokenise  median {median_tokenise:8.0f} articles/s  (plain regex, same texts, same run)")
    ratios = [e / t for e, t in zip(extract, tokenise, strict=True)]
    print(f"ratio     extract / tokenise = {median_extract / median_tokenise:.3f} (per run: {_fmt(ratios)})")
    print(f"peak memory {peak_mb:.0f} MB (target >= 1,000 articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
