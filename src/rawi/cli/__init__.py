"""The `rawi` command line: one module per command group, each a thin adapter over the library."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from rawi import __version__
from rawi.cli import claims, extract, serve, spark, store, watch
from rawi.errors import RawiError, UsageError
from rawi.store.budget import cancelled

COMMAND_GROUPS = (extract, store, serve, claims, spark, watch)


def _unset(action: argparse.Action) -> bool:
    """Whether an option's default says nothing worth showing (None, False, [], suppressed)."""
    default = action.default
    return default is None or default is False or default in ([], argparse.SUPPRESS)


class DefaultsHelpFormatter(argparse.HelpFormatter):
    """Help that shows each option's default, when it has one worth showing."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        """The option's help with "(default: X)" unless it says it already."""
        text = action.help or ""
        if _unset(action) or "default" in text or not action.option_strings:
            return action.help
        return f"{text} (default: %(default)s)"


def _show_defaults(parser: argparse.ArgumentParser) -> None:
    """Make a command's --help show every option's default, even of options without help text."""
    parser.formatter_class = DefaultsHelpFormatter
    for action in parser._actions:
        if action.help is None and action.option_strings and not _unset(action):
            action.help = "default: %(default)s"


def build_parser() -> argparse.ArgumentParser:
    """The `rawi` parser with every command group's subcommands."""
    parser = argparse.ArgumentParser(prog="rawi", description="Who said what, according to whom.")
    parser.add_argument("--version", action="version", version=f"rawi {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    for command in commands.choices.values():
        _show_defaults(command)
    return parser


def _quiet_broken_pipe() -> int:
    """Exit quietly when the reader of stdout went away (`rawi ... | head`), as sqlite-utils does.

    Python would print a traceback while flushing stdout at exit; pointing stdout at devnull
    first lets the process end with the usual status of a closed pipe.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what a shell reports for a writer killed by a closed pipe


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rawi` console script; user errors print one line and exit 2."""
    args = build_parser().parse_args(argv)
    try:
        status = int(args.handler(args))
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except RawiError as error:
        print(f"rawi: {error.message}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:  # cancelled, locked past the wait, disk full, I/O: one line
        stopped = cancelled(error, getattr(args, "time_limit", None)) or UsageError("E014", str(error))
        print(f"rawi: {stopped.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
