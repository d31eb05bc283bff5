"""Inputs -> Spark tasks: which files, and which slice of their records, each task reads.

Pure planning on the driver: it lists files with rawi.sources' own discovery and looks only
at names and sizes (and counts the lines of an uncompressed JSONL file to cut it into record
ranges); the reading happens inside the tasks, through `rawi.sources.iter_documents`.
No pyspark here, so the plan is testable on its own.

    JSONL                   one task per file, or per range of `records_per_task` records
    WARC/ARC, gzipped JSONL one task per file; a file over `split_bytes` is shared by
                            k = ceil(size / split_bytes) tasks, task i taking records i, i+k, ...
    text, HTML, feeds       files grouped, several per task
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rawi.errors import UsageError
from rawi.records import Rejection
from rawi.sources.discovery import STDIN, iter_inputs
from rawi.sources.sniff import JSONL_SUFFIXES

SPLITTABLE_SUFFIXES = JSONL_SUFFIXES
RECORD_SUFFIXES = (*JSONL_SUFFIXES, *(f"{suffix}.gz" for suffix in JSONL_SUFFIXES))
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
RECORDS_PER_TASK = 20_000
SPLIT_BYTES = 256 * 1024 * 1024
_CHUNK = 1 << 20

Slice = tuple[int, int | None, int]  # first, stop (None: to the end), step


@dataclass(frozen=True)
class Task:
    """What one Spark task reads: of the records of `paths`, those of `first:stop:step`.

    `order` is the position of `paths` among all inputs: (order, record number) is the
    single-machine reading order, shared by the tasks that split one file.
    """

    order: int
    paths: tuple[str, ...]
    first: int = 0
    stop: int | None = None
    step: int = 1
    rejections: tuple[Rejection, ...] = ()


def _kind(path: str) -> str:
    """'records' (JSONL), 'archive' (WARC/ARC) or 'file' (text, HTML, feeds, other)."""
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


def record_ranges(path: str, records_per_task: int) -> list[Slice]:
    """Record ranges that cut one uncompressed JSONL file into tasks; the last runs to the end."""
    try:
        parts = math.ceil(count_lines(path) / records_per_task)
    except OSError:
        parts = 1
    bounds = [i * records_per_task for i in range(max(parts, 1))]
    return [(first, first + records_per_task, 1) for first in bounds[:-1]] + [(bounds[-1], None, 1)]


def strides(path: str, split_bytes: int) -> list[Slice]:
    """For a file over `split_bytes`: k tasks, task i taking records i, i+k, i+2k, ..."""
    try:
        parts = max(1, math.ceil(os.path.getsize(path) / split_bytes))
    except OSError:
        parts = 1
    return [(i, None, parts) for i in range(parts)]


def slices(path: str, records_per_task: int, split_bytes: int) -> list[Slice]:
    """How the tasks share one JSONL or archive file."""
    if path.lower().endswith(SPLITTABLE_SUFFIXES):
        return record_ranges(path, records_per_task)
    return strides(path, split_bytes)


def _units(inputs: list[str], files_per_task: int) -> Iterator[tuple[tuple[str, ...], tuple[Rejection, ...]]]:
    """(paths, rejections) in reading order: small files in groups, each record file alone."""
    group: list[str] = []
    rejected: list[Rejection] = []
    for item in expand(inputs):
        if isinstance(item, str) and _kind(item) != "file":
            if group or rejected:
                yield tuple(group), tuple(rejected)
                group, rejected = [], []
            yield (item,), ()
            continue
        if isinstance(item, Rejection):
            rejected.append(item)
        else:
            group.append(item)
        if len(group) + len(rejected) >= files_per_task:
            yield tuple(group), tuple(rejected)
            group, rejected = [], []
    if group or rejected:
        yield tuple(group), tuple(rejected)


def plan_tasks(
    inputs: list[str],
    *,
    files_per_task: int = 64,
    records_per_task: int = RECORDS_PER_TASK,
    split_bytes: int = SPLIT_BYTES,
) -> list[Task]:
    """Tasks for the inputs, in reading order: small files grouped, record files sliced."""
    tasks: list[Task] = []
    for order, (paths, rejected) in enumerate(_units(inputs, files_per_task)):
        alone = len(paths) == 1 and not rejected and _kind(paths[0]) != "file"
        cuts = slices(paths[0], records_per_task, split_bytes) if alone else [(0, None, 1)]
        tasks.extend(Task(order, paths, *cut, rejections=rejected) for cut in cuts)
    return tasks


def files_per_task(inputs: list[str], parallelism: int, *, most: int = 64) -> int:
    """How many small files to group per task: about four tasks per core, at most `most`."""
    small = sum(1 for path in expand(inputs) if isinstance(path, Rejection) or _kind(path) == "file")
    return max(1, min(most, math.ceil(small / (4 * max(1, parallelism)))))
