"""Article parsing speed: Document -> Article over ../shared/corpus/ar and html, one core.

Prints the median of 5 runs in articles/s and ms per article, beside plain regex tokenising
of the same texts (the floor any reader pays). Target: well under 0.3 ms per text article.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rawi.articles import parse_article
from rawi.records import Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
RUNS = 5
_TOKEN = re.compile(r"\w+")


def rate(documents: list[Document], work: Callable[[Document], object]) -> float:
    """Median articles per second of `work` over the documents (CPU time of this process)."""
    values = []
    for _ in range(RUNS):
        start = time.process_time()
        for document in documents:
            work(document)
        values.append(len(documents) / max(time.process_time() - start, 1e-9))
    return statistics.median(values)


def load(part: str, pattern: str, media_type: str) -> list[Document]:
    """Every file of a corpus part as a document."""
    paths = sorted((CORPUS / part).glob(pattern))
    return [Document(p.name, p.read_text(encoding="utf-8", errors="replace"), media_type) for p in paths]


def main() -> int:
    """Print parse rates for text and HTML articles."""
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    texts = load("ar", "*.txt", "text/plain")
    pages = load("html", "*.html", "text/html")
    tokenise = rate(texts, lambda d: _TOKEN.findall(d.text))
    for label, documents in (("text (ar)", texts), ("html", pages)):
        value = rate(documents, parse_article)
        per = 1000 / value
        print(f"parse_article {label}: {value:,.0f} articles/s ({per:.3f} ms/article), n={len(documents)}")
    print(f"regex tokenising (ar): {tokenise:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
