"""The one path every document takes: Document -> Article -> Statements.

`process_document` is pure and is what the CLI, the server and the Spark job all call. It
gives each document a budget of CPU time that grows with its size; a document whose
extraction runs past it (a pathological article, whatever the cause) becomes an E016
rejection instead of holding a core, and the batch goes on.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from rawi.articles import parse_article
from rawi.records import Document, Extraction, Rejection
from rawi.statements import extract_statements

BASE_SECONDS = 10.0  # CPU seconds any document may take
SECONDS_PER_MB = 10.0  # and per MB of text (linear extraction runs at well under 2 s per MB)


AUTO = -1.0  # process_document's default budget: document_budget(document)


class _OverBudget(BaseException):
    """Raised inside the extraction when the document's CPU budget is spent (a BaseException, so
    no `except Exception` on the way can swallow it)."""


def document_budget(document: Document) -> float:
    """The CPU seconds a document may take: a base plus a share per MB of its text."""
    return BASE_SECONDS + SECONDS_PER_MB * len(document.text) / 1_000_000


@contextmanager
def _cpu_budget(seconds: float | None) -> Iterator[None]:
    """Raise _OverBudget in the block once it has used `seconds` of CPU (main thread only: a
    signal timer; elsewhere, and for None, the block runs unbounded)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(signum: int, frame: object) -> None:
        """The timer fired: stop the extraction."""
        raise _OverBudget

    previous = signal.signal(signal.SIGVTALRM, over)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def process_document(document: Document, budget: float | None = AUTO) -> Extraction | Rejection:
    """Read one document into an article with its attributed statements, or say why not.

    `budget` is the CPU seconds it may take (the default: `document_budget`; None: no limit).
    """
    seconds = document_budget(document) if budget == AUTO else budget
    try:
        with _cpu_budget(seconds):
            article = parse_article(document)
            if isinstance(article, Rejection):
                return article
            return Extraction(article=article, statements=extract_statements(article))
    except _OverBudget:
        return Rejection(
            document.name, "E016", f"over {seconds:g} s of CPU for {len(document.text):,} characters"
        )
