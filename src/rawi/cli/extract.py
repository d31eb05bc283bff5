"""`rawi extract`: attributed statements of articles, as a table or GUIDELINES.md JSONL.

It reads every input `rawi ingest` reads; `add_input_arguments` and `source_options` are
shared with the ingest command so both accept the same paths and options.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from rawi.errors import InputError
from rawi.output import article_record, terminal_text
from rawi.pipeline import process_document
from rawi.records import Extraction, Rejection
from rawi.sources import SourceOptions, iter_documents
from rawi.sources.options import DEFAULT_MAX_BYTES
from rawi.views.table import print_extraction


def rejection_line(rejection: Rejection) -> str:
    """The one line a user sees for a rejected document: name, code, cause (detail); fix."""
    return terminal_text(f"rawi: {rejection.name}: {InputError(rejection.code, rejection.reason).message}")


def _positive(value: str) -> int:
    """An argparse type: a whole number above zero."""
    if not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number of bytes, not {value!r}")
    return int(value)


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input paths and reading options that extract and ingest share."""
    parser.add_argument(
        "inputs", nargs="+", help="files, directories, globs or - (stdin): text, HTML, feeds, WARC, JSONL"
    )
    parser.add_argument("--text-field", help="JSONL field holding the text (default: text/content/body)")
    parser.add_argument("--url-field", help="JSONL field holding the URL (default: url/link)")
    parser.add_argument("--date-field", help="JSONL field holding the date (default: date/published)")
    parser.add_argument("--title-field", help="JSONL field holding the title (default: title/headline)")
    parser.add_argument(
        "--metadata",
        action="append",
        default=[],
        metavar="JSONL",
        help="sidecar JSONL of file -> outlet, url, date, title (a corpus index.jsonl works as it is)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        help=f"largest single document read (default {DEFAULT_MAX_BYTES:,}); archives are streamed",
    )


def source_options(args: argparse.Namespace) -> SourceOptions:
    """SourceOptions from the parsed input arguments."""
    return SourceOptions(
        max_bytes=args.max_bytes,
        text_field=args.text_field,
        url_field=args.url_field,
        date_field=args.date_field,
        title_field=args.title_field,
        metadata=tuple(args.metadata),
    )


def _extract_all(args: argparse.Namespace) -> int:
    """Print each input's result (stdout) or its rejection (stderr); the number rejected."""
    failed = 0
    for item in iter_documents(args.inputs, source_options(args)):
        result = item if isinstance(item, Rejection) else process_document(item)
        if isinstance(result, Rejection):
            failed += 1
            print(rejection_line(result), file=sys.stderr, flush=True)
            continue
        assert isinstance(result, Extraction)
        if args.format == "jsonl":
            print(json.dumps(article_record(result), ensure_ascii=False))
        else:
            print_extraction(result)
    return failed


def run_extract(args: argparse.Namespace) -> int:
    """Extract statements from every input; exit 1 when any document was rejected."""
    try:
        return 1 if _extract_all(args) else 0
    except BrokenPipeError:  # `rawi extract ... | head`: the reader left, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add `extract` to the command line."""
    extract = commands.add_parser("extract", help="attributed statements of articles")
    add_input_arguments(extract)
    extract.add_argument("--format", choices=["table", "jsonl"], default="table")
    extract.set_defaults(handler=run_extract)
