"""Docs that cannot drift: every command and error code is in README.md, and its examples run.

A fenced block made only of `rawi ...` lines over the bundled samples/ is run in a temporary
copy of the repository's samples; every other documented `rawi` line must still parse.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from rawi.cli import build_parser, main
from rawi.errors import CODES

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXIT_NOTE = re.compile(r"#.*\bexits? (?:status )?(\d)\b")
PREFIXES = (".venv/bin/rawi ", "rawi ")
NOT_RUN = {
    "serve": "serves until it is stopped",
    "spark": "starts a JVM, tens of seconds",
}


@dataclass(frozen=True)
class Command:
    """One documented `rawi` command line: its arguments and the exit status the README gives it."""

    line: int
    argv: tuple[str, ...]
    status: int


@dataclass(frozen=True)
class Block:
    """One fenced code block of the README: its first line, its rawi commands, its other lines."""

    line: int
    commands: tuple[Command, ...]
    others: tuple[str, ...]

    def outside_paths(self) -> list[str]:
        """Arguments that point outside the repository (../shared, absolute or home paths)."""
        return [arg for c in self.commands for arg in c.argv if arg.startswith(("../", "/", "~"))]

    def foreign_inputs(self) -> list[str]:
        """Inputs neither under samples/ nor written by an earlier command of the block."""
        written: set[str] = set()
        foreign = []
        for command in self.commands:
            args = _parsed(command.argv)
            if args is None:
                return [f"{shlex.join(command.argv)} (does not parse)"]
            for path in getattr(args, "inputs", None) or getattr(args, "paths", None) or ():
                if Path(path).parts[:1] != ("samples",) and path not in written:
                    foreign.append(path)
            written.update(
                str(getattr(args, name)) for name in ("output", "out", "db") if getattr(args, name, None)
            )
        return foreign

    def why_not_run(self) -> str | None:
        """Why this block is only parsed, not run; None when it runs offline on the samples."""
        if not self.commands:
            return "no rawi commands"
        if self.others:
            return f"other commands too ({self.others[0]!r})"
        if self.outside_paths():
            return f"reads {self.outside_paths()[0]}"
        if self.foreign_inputs():
            return f"reads {self.foreign_inputs()[0]}, not the bundled samples"
        slow = [NOT_RUN[c.argv[0]] for c in self.commands if c.argv[0] in NOT_RUN]
        return slow[0] if slow else None


def _parsed(argv: tuple[str, ...]) -> argparse.Namespace | None:
    """The parsed arguments of a command line, or None when today's parser refuses it."""
    try:
        return build_parser().parse_args(list(argv))
    except SystemExit:
        return None


def _command(text: str, line: int) -> Command | None:
    """A README line as a rawi command, or None when it is another command or output."""
    prefix = next((p for p in PREFIXES if text.startswith(p)), None)
    if prefix is None:
        return None
    note = EXIT_NOTE.search(text)
    argv = tuple(shlex.split(text[len(prefix) :], comments=True))
    return Command(line, argv, int(note.group(1)) if note else 0)


def readme_blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text with their rawi commands."""
    blocks = []
    for match in FENCE.finditer(text):
        first = text.count("\n", 0, match.start(1)) + 1
        commands, others = [], []
        for offset, raw in enumerate(match.group(1).splitlines()):
            stripped = raw.strip()
            command = _command(stripped, first + offset)
            if command:
                commands.append(command)
            elif stripped and not stripped.startswith("#"):
                others.append(stripped)
        blocks.append(Block(first, tuple(commands), tuple(others)))
    return blocks


def subcommands() -> list[str]:
    """The names of every `rawi` subcommand, from the real parser."""
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(name for action in actions for name in action.choices)


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))
RUNNABLE = [block for block in BLOCKS if block.why_not_run() is None]
DOCUMENTED = [command for block in BLOCKS for command in block.commands]


@pytest.mark.parametrize("name", subcommands())
def test_every_command_is_in_the_readme(name: str) -> None:
    """Each subcommand is mentioned as `rawi NAME` (README's Reference lists them all)."""
    assert re.search(rf"\brawi {re.escape(name)}(?![\w-])", README.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_error_code_is_in_the_readme(code: str) -> None:
    """Each error code has a row in the Reference table with its current cause and fix."""
    cause, fix = CODES[code]
    assert f"| {code} | {cause} | {fix} |" in README.read_text(encoding="utf-8")


def test_the_readme_has_a_runnable_example() -> None:
    """At least one block runs on the samples, so the examples test below tests something."""
    assert RUNNABLE and SAMPLES.is_dir()


@pytest.mark.parametrize("command", DOCUMENTED, ids=lambda c: f"README.md:{c.line}")
def test_documented_command_parses(command: Command) -> None:
    """Every `rawi` line in the README is accepted by today's parser (options and commands exist)."""
    try:
        build_parser().parse_args(list(command.argv))
    except SystemExit as error:
        pytest.fail(f"README.md:{command.line}: rawi {shlex.join(command.argv)} does not parse ({error})")


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda b: f"README.md:{b.line}")
def test_readme_example_runs(
    block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each runnable block runs in a temporary copy of samples/ with the status it documents."""
    shutil.copytree(SAMPLES, tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    for command in block.commands:
        status = main(list(command.argv))
        err = capsys.readouterr().err
        assert status == command.status, f"README.md:{command.line}: {err}"
        if command.status == 0:
            assert "rawi: E" not in err


@pytest.mark.parametrize(
    "block", [b for b in BLOCKS if b.outside_paths()], ids=lambda b: f"README.md:{b.line}"
)
def test_shared_paths_in_examples_exist(block: Block) -> None:
    """Blocks over ../shared (too slow to run here) name inputs that exist."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus is not on this machine")
    inputs = [arg for arg in block.outside_paths() if arg.startswith("../shared/")]
    assert [arg for arg in inputs if not (ROOT / arg).exists()] == []


def test_block_reader() -> None:
    """Commands, exit notes, other commands and output lines are told apart."""
    text = (
        "intro\n```\nrawi extract samples/a.txt --format jsonl   # prints JSONL\n"
        "rawi extract missing.txt   # exits 1\npip install rawi\n```\n"
        "```\nrawi: a.txt: E001: the file is empty\n```\n"
    )
    first, second = readme_blocks(text)
    assert [c.argv for c in first.commands] == [
        ("extract", "samples/a.txt", "--format", "jsonl"),
        ("extract", "missing.txt"),
    ]
    assert [c.status for c in first.commands] == [0, 1]
    assert first.others == ("pip install rawi",) and first.why_not_run() is not None
    assert second.commands == () and second.why_not_run() == "no rawi commands"


def test_only_sample_inputs_are_run() -> None:
    """A block runs when it reads samples/ or what it wrote itself, and not an illustrative file."""
    (own,) = readme_blocks(
        "```\nrawi ingest samples --db a.db\nrawi export --db a.db -o x.jsonl\nrawi import x.jsonl\n```\n"
    )
    (foreign,) = readme_blocks("```\nrawi extract samples/a.txt page.html\n```\n")
    (broken,) = readme_blocks("```\nrawi extract --no-such-option samples\n```\n")
    assert own.why_not_run() is None
    assert foreign.why_not_run() == "reads page.html, not the bundled samples"
    assert "does not parse" in str(broken.why_not_run())
