"""Command-line paths -> the inputs to read: files, directories (recursively), globs and stdin."""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rawi.records import Rejection

STDIN = "-"
GLOB_CHARS = frozenset("*?[")
SPECIAL = "not a regular file (a FIFO, socket, device or broken link)"


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
            yield Rejection(str(path), "E005", SPECIAL)


def _glob_pattern(pattern: str) -> re.Pattern[str]:
    """A glob pattern as a regex over relative paths: `**/` is any run of folders, `*` stays in one."""
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        elif pattern[index] == "[" and (close := pattern.find("]", index + 2)) > 0:
            inside = pattern[index + 1 : close]
            parts.append(
                "[" + ("^" + inside[1:] if inside.startswith("!") else inside).replace("\\", "\\\\") + "]"
            )
            index = close + 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts))


def _recursive_glob(raw: str) -> Iterator[Input | Rejection]:
    """A `**` pattern, walked with the loop-safe `_walk` (Python's glob follows symlink loops forever)."""
    parts = raw.split("/")
    fixed = 0
    while fixed < len(parts) - 1 and not GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    root = Path("/".join(parts[:fixed]) or ("/" if raw.startswith("/") else "."))
    wanted = _glob_pattern("/".join(parts[fixed:]))
    found = False
    for item in _walk(root, set()) if root.is_dir() else iter([]):
        path = Path(item.name)
        relative = str(path.relative_to(root)) if path.is_relative_to(root) else item.name
        if wanted.fullmatch(relative):
            found = True
            yield item
    if not found:
        yield Rejection(raw, "E005", "no file matches this pattern")


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
        yield Input(raw, path) if _is_regular(path) else Rejection(raw, "E005", SPECIAL)
    elif "**" in raw:
        yield from _recursive_glob(raw)
    elif GLOB_CHARS & set(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield Rejection(raw, "E005", "no file matches this pattern")
        for match in matches:
            yield from _expand(match) if Path(match).is_dir() else iter([Input(match, Path(match))])
    else:
        yield Rejection(raw, "E005", "no such file or directory")


def _is_regular(path: Path) -> bool:
    """Whether `path` (through links) is a regular file: a FIFO or device would block or never end."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def escaped(name: str) -> str:
    """A path as valid UTF-8: bytes that are not UTF-8 (kept by Python as surrogates) become `\\xNN`."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _named(item: Input | Rejection) -> Input | Rejection:
    """The item, or an E005 when its name is not UTF-8 (it could be neither printed as JSON nor stored)."""
    try:
        item.name.encode("utf-8")
    except UnicodeEncodeError:
        if isinstance(item, Rejection):
            return Rejection(escaped(item.name), item.code, item.reason)
        return Rejection(escaped(item.name), "E005", "the file name is not valid UTF-8; rename the file")
    return item


def iter_inputs(paths: Iterable[str]) -> Iterator[Input | Rejection]:
    """Every input the arguments name, in a stable order; `-` is standard input."""
    for raw in paths:
        if raw == STDIN:
            yield Input("<stdin>", None)
        else:
            yield from map(_named, _expand(raw))
