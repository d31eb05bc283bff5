"""Command-line paths -> the inputs to read: files, directories (recursively), globs and stdin."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rawi.records import Rejection

STDIN = "-"
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Input:
    """One input to read: a file path, or standard input when `path` is None."""

    name: str
    path: Path | None


def _reason(error: OSError) -> str:
    """The short cause of an OS error, without the path (the name is printed already)."""
    return error.strerror or str(error)


def _walk(directory: Path, seen: set[str]) -> Iterator[Input | Rejection]:
    """Files under `directory` in sorted order, hidden names skipped, symlink loops cut."""
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield Rejection(str(directory), "E005", _reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            yield from _walk(path, seen)
        elif is_file:
            yield Input(str(path), path)
        else:
            yield Rejection(str(path), "E005", "not a regular file (a FIFO, socket, device or broken link)")


def _expand(raw: str) -> Iterator[Input | Rejection]:
    """The inputs one command-line argument stands for."""
    path = Path(raw)
    try:
        is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
    except OSError as error:
        yield Rejection(raw, "E005", _reason(error))
        return
    if is_dir:
        yield from _walk(path, set())
    elif exists:
        yield Input(raw, path)
    elif GLOB_CHARS & set(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield Rejection(raw, "E005", "no file matches this pattern")
        for match in matches:
            yield from _expand(match) if Path(match).is_dir() else iter([Input(match, Path(match))])
    else:
        yield Rejection(raw, "E005", "no such file or directory")


def iter_inputs(paths: Iterable[str]) -> Iterator[Input | Rejection]:
    """Every input the arguments name, in a stable order; `-` is standard input."""
    for raw in paths:
        if raw == STDIN:
            yield Input("<stdin>", None)
        else:
            yield from _expand(raw)
