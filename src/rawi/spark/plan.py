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
from pathlib import Path

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".rss", ".atom", ".xml")
SPLITTABLE_SUFFIXES = (".jsonl", ".ndjson")
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


def _kind(path: str) -> str:
    """'records' (JSONL), 'archive' (WARC/ARC/feed) or 'file' (text, HTML, other)."""
    lower = path.lower()
    if lower.endswith(RECORD_SUFFIXES):
        return "records"
    if lower.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    return "file"


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Every file under the given files and directories, in the order rawi.sources reads them."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            yield str(path)


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


def plan_tasks(
    inputs: Iterable[str], *, files_per_task: int = 64, records_per_task: int = 20_000
) -> list[Task]:
    """Tasks for the inputs, in reading order: archives whole, JSONL by record ranges, files grouped."""
    specs: list[tuple[tuple[str, ...], int, int | None]] = []
    group: list[str] = []
    for path in expand(inputs):
        kind = _kind(path)
        if kind == "file":
            group.append(path)
            if len(group) >= files_per_task:
                specs.append((tuple(group), 0, None))
                group = []
            continue
        if group:
            specs.append((tuple(group), 0, None))
            group = []
        ranges = record_ranges(path, records_per_task) if kind == "records" else [(0, None)]
        specs.extend(((path,), first, stop) for first, stop in ranges)
    if group:
        specs.append((tuple(group), 0, None))
    return [Task(index, paths, first, stop) for index, (paths, first, stop) in enumerate(specs)]


def files_per_task(inputs: Iterable[str], parallelism: int, *, most: int = 64) -> int:
    """How many small files to group per task: about four tasks per core, at most `most`."""
    small = sum(1 for path in expand(inputs) if _kind(path) == "file")
    return max(1, min(most, math.ceil(small / (4 * max(1, parallelism)))))
