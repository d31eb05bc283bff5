"""`rawi extract`: attributed statements of articles, as a table or GUIDELINES.md JSONL."""

from __future__ import annotations

import argparse
import json
import sys

from rawi.output import article_record
from rawi.pipeline import process_document
from rawi.records import Extraction, Rejection
from rawi.sources import iter_documents
from rawi.views.table import print_extraction


def run_extract(args: argparse.Namespace) -> int:
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


def register(commands: argparse._SubParsersAction) -> None:
    """Add `extract` to the command line."""
    extract = commands.add_parser("extract", help="attributed statements of articles")
    extract.add_argument("inputs", nargs="+", help="files or directories")
    extract.add_argument("--format", choices=["table", "jsonl"], default="table")
    extract.set_defaults(handler=run_extract)
