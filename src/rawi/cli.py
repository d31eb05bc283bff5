"""Thin commands over the library: parse arguments, call one function, format the output."""

from __future__ import annotations

import argparse
import json
import sys

from rawi.output import article_record
from rawi.pipeline import process_document
from rawi.records import Extraction, Rejection
from rawi.sources import iter_documents
from rawi.views.table import print_extraction


def _extract(args: argparse.Namespace) -> int:
    """Extract statements from every input; exit 1 when any document was rejected."""
    failed = 0
    for item in iter_documents(args.inputs):
        result = item if isinstance(item, Rejection) else process_document(item)
        if isinstance(result, Rejection):
            failed += 1
            print(f"rawi: {result.name}: {result.code}: {result.reason}", file=sys.stderr)
            continue
        assert isinstance(result, Extraction)
        if args.format == "jsonl":
            print(json.dumps(article_record(result), ensure_ascii=False))
        else:
            print_extraction(result)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The `rawi` command line and its subcommands."""
    parser = argparse.ArgumentParser(prog="rawi", description="Who said what, according to whom.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="attributed statements of articles")
    extract.add_argument("inputs", nargs="+", help="files or directories")
    extract.add_argument("--format", choices=["table", "jsonl"], default="table")
    extract.set_defaults(handler=_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rawi` console script."""
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
