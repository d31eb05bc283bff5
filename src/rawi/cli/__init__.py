"""The `rawi` command line: one module per command group, each a thin adapter over the library."""

from __future__ import annotations

import argparse
import sys

from rawi.cli import claims, extract, serve, spark, store, watch
from rawi.errors import RawiError

COMMAND_GROUPS = (extract, store, serve, claims, spark, watch)


def build_parser() -> argparse.ArgumentParser:
    """The `rawi` parser with every command group's subcommands."""
    parser = argparse.ArgumentParser(prog="rawi", description="Who said what, according to whom.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rawi` console script; user errors print one line and exit 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except RawiError as error:
        print(f"rawi: {error.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
