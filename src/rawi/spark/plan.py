"""Inputs -> Spark tasks: which files (and which record range of them) each task reads.

Pure planning on the driver: it looks only at file names and sizes (and counts the lines of
an uncompressed JSONL file to cut it into record ranges); the reading itself happens inside
the tasks through `rawi.sources`. No pyspark here, so the plan is testable on its own.

    archive (WARC/ARC, gzipped or not), feed   -> one task per file
    JSONL                                      -> one task per file, or per range of records
    text / HTML / anything else                -> files grouped, several per task
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rawi.errors import UsageError
from rawi.records import Rejection
from rawi.sources.discovery import STDIN, iter_inputs
from rawi.sources.sniff import FEED_SUFFIXES, JSONL_SUFFIXES

SPLITTABLE_SUFFIXES = JSONL_SUFFIXES
RECORD_SUFFIXES = (*JSONL_SUFFIXES, *(f"{suffix}.gz" for suffix in JSONL_SUFFIXES))
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", *FEED_SUFFIXES)
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Task:
    """What one Spark task reads: `paths` in order, and of their records `first` to `stop`.

    `stop` None means to the end. `index` orders tasks as the inputs were given, so that
    (task index, record index) is the single-machine reading order.
    """

    index: int
    paths: tuple[str, ...]
    first: int = 0
    stop: int | None = None
    rejections: tuple[Rejection, ...] = ()


def _kind(path: str) -> str:
    """'records' (JSONL), 'archive' (WARC/ARC/feed) or 'file' (text, HTML, other)."""
    lower = path.lower()
    if lower.endswith(RECORD_SUFFIXES):
        return "records"
    if lower.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    return "file"


def expand(inputs: Iterable[str]) -> Iterator[str | Rejection]:
    """Every file the inputs name, in rawi.sources' order (its discovery); bad paths as Rejections."""
    if STDIN in inputs:
        raise UsageError("E005", "a Spark job cannot read standard input; pass files or directories")
    for item in iter_inputs(inputs):
        yield item if isinstance(item, Rejection) else item.name


def count_lines(path: str) -> int:
    """Lines of an uncompressed file (a last line without a newline counts), by a byte scan."""
    lines = 0
    last = b"\n"
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def record_ranges(path: str, records_per_task: int) -> list[tuple[int, int | None]]:
    """Record ranges [first, stop) that cut one JSONL file into tasks; the last runs to the end."""
    if not path.lower().endswith(SPLITTABLE_SUFFIXES):
        return [(0, None)]
    try:
        parts = math.ceil(count_lines(path) / records_per_task)
    except OSError:
        return [(0, None)]
    if parts <= 1:
        return [(0, None)]
    return [(i * records_per_task, (i + 1) * records_per_task) for i in range(parts - 1)] + [
        ((parts - 1) * records_per_task, None)
    ]


def plan_tasks(inputs: list[str], *, files_per_task: int = 64, records_per_task: int = 20_000) -> list[Task]:
    """Tasks for the inputs, in reading order: archives whole, JSONL by record ranges, files grouped."""
    tasks: list[Task] = []
    group: list[str] = []
    rejected: list[Rejection] = []

    def flush() -> None:
        if group or rejected:
            tasks.append(Task(len(tasks), tuple(group), rejections=tuple(rejected)))
            group.clear()
            rejected.clear()

    for item in expand(inputs):
        if isinstance(item, Rejection):
            rejected.append(item)
        elif _kind(item) == "file":
            group.append(item)
        else:
            flush()
            ranges = record_ranges(item, records_per_task) if _kind(item) == "records" else [(0, None)]
            start = len(tasks)
            tasks.extend([Task(start + i, (item,), a, b) for i, (a, b) in enumerate(ranges)])
        if len(group) + len(rejected) >= files_per_task:
            flush()
    flush()
    return tasks


def files_per_task(inputs: list[str], parallelism: int, *, most: int = 64) -> int:
    """How many small files to group per task: about four tasks per core, at most `most`."""
    small = sum(1 for path in expand(inputs) if isinstance(path, Rejection) or _kind(path) == "file")
    return max(1, min(most, math.ceil(small / (4 * max(1, parallelism)))))
