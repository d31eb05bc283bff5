"""Commands of the store group: ingest, search, stats, speakers, rejections, export, import."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Any

from rawi.cli.extract import add_input_arguments, rejection_line, source_options
from rawi.cli.serve import seconds
from rawi.errors import UsageError
from rawi.records import Document, Rejection
from rawi.sources import iter_documents
from rawi.store import connect
from rawi.store.budget import CLI_TIME_LIMIT, check_prefixes, time_limit
from rawi.store.export import export_csv, export_csv_table, export_jsonl, export_parquet
from rawi.store.importer import import_path
from rawi.store.ingest import BATCH_SIZE, IngestSummary, ingest
from rawi.store.queries import Page, SearchFilters, rejections, search_page, speakers, stats
from rawi.tables import COLUMNS
from rawi.views.rows import FORMATS, print_mapping, print_rows

DEFAULT_DB = "rawi.db"
MAX_LIMIT = 1_000_000_000  # far past any store, far below SQLite's 64-bit integers
MAX_OFFSET = MAX_LIMIT
DEFAULT_WORKERS = min(2, os.cpu_count() or 1)
STORE_FILES = ("", "-wal", "-shm", "-journal")  # a SQLite database and the files it keeps beside it


def _limit(text: str) -> int:
    """A --limit: a whole number from 1 to MAX_LIMIT (argparse type)."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to {MAX_LIMIT:,}")
    return int(text)


def _offset(text: str) -> int:
    """An --offset: a whole number from 0 to MAX_OFFSET (argparse type)."""
    if not text.isdigit() or int(text) > MAX_OFFSET:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 0 to {MAX_OFFSET:,}")
    return int(text)


def _reader(args: argparse.Namespace) -> sqlite3.Connection:
    """The store opened read-only, its queries cancelled past --time-limit."""
    conn = connect(args.db, readonly=True)
    time_limit(conn, args.time_limit)
    return conn


def _progress_callback(progress: Any) -> Callable[[IngestSummary], None] | None:
    """A per-document callback that updates a rich progress display (None without one)."""
    if progress is None:
        return None
    task = progress.add_task("ingesting")

    def update(s: IngestSummary) -> None:
        """Show the counts so far."""
        text = f"{s.seen} read: {s.ingested} ingested, {s.duplicates} duplicate, {s.rejected} rejected"
        progress.update(task, description=text)

    return update


def _progress() -> Any:
    """A rich progress display on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    return Progress(*columns, console=Console(stderr=True), transient=True)


def inputs_but_the_store(args: argparse.Namespace) -> Iterator[Document | Rejection]:
    """The documents of the inputs, less the store's own files (`ingest DIR --db DIR/x.db`)."""
    own = {os.path.realpath(f"{args.db}{suffix}") for suffix in STORE_FILES}
    return iter_documents(args.inputs, source_options(args), skip=own)


def run_ingest(args: argparse.Namespace) -> int:
    """Read, extract and store every input; print the run's counts."""
    conn = connect(args.db)
    documents = inputs_but_the_store(args)
    with _progress() as progress:
        on_item = _progress_callback(progress)
        summary = ingest(conn, documents, batch_size=args.batch_size, workers=args.workers, on_item=on_item)
    hint = f" (why: rawi rejections --db {args.db})" if summary.rejected else ""
    print(
        f"{summary.ingested} ingested ({summary.statements} statements), "
        f"{summary.duplicates} skipped as duplicate, {summary.rejected} rejected{hint} -> {args.db}",
        file=sys.stderr,
    )
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Statements matching a query and filters (the web's search); says on stderr when more remain."""
    filters = SearchFilters(
        speaker=args.speaker, role=args.role, stance=args.stance, quote_type=args.quote_type,
        anonymous=True if args.anonymous else None, outlet=args.outlet, since=args.since, until=args.until,
    )  # fmt: skip
    check_prefixes(args.query or "")
    conn = _reader(args)
    page = search_page(conn, args.query or "", filters, limit=args.limit, offset=args.offset, count=False)
    rows = page.rows
    if args.format == "table":  # on a terminal: when it was said, or else when it was published
        rows = [{**row, "date": row["date"] or row["published"]} for row in rows]
        print_rows(rows, args.format, ("speaker", "stance", "content", "headline", "date", "outlet"))
    else:  # the rows of /api/search, field for field: date is the statement's, published the article's
        print_rows(rows, args.format)
    if len(rows) == args.limit:
        counted = search_page(conn, args.query or "", filters, limit=0, offset=0)
        if counted.total > args.offset + len(rows) or not counted.exact:
            print(cut_notice(args.offset, len(rows), counted), file=sys.stderr)
    return 0


def cut_notice(offset: int, shown: int, counted: Page) -> str:
    """The stderr line of a cut result list: "20 of 37; --limit to see more"."""
    total = f"{counted.total}" if counted.exact else f"more than {counted.total}"
    if offset:
        return f"{offset + 1}-{offset + shown} of {total}; --offset {offset + shown} to see more"
    return f"{shown} of {total}; --limit to see more"


def run_stats(args: argparse.Namespace) -> int:
    """Counts of the store."""
    print_mapping(stats(_reader(args)), args.format)
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    """The most quoted speakers."""
    print_rows(speakers(_reader(args), limit=args.limit, kind=args.kind), args.format)
    return 0


def run_rejections(args: argparse.Namespace) -> int:
    """What could not be read, and why."""
    rows = rejections(_reader(args), code=args.code, limit=args.limit)
    columns = ("name", "code", "reason") if args.format == "table" else None
    print_rows(rows, args.format, columns)
    return 0


def _file_target(output: str) -> Path:
    """The path of an output file, or a UsageError E031 saying why it cannot be written."""
    path = Path(output)
    if path.is_dir():
        raise UsageError("E031", f"{output} is a directory; name a file in it")
    if not path.parent.is_dir():
        raise UsageError("E031", f"{output}: the directory {path.parent} does not exist")
    return path


def run_export(args: argparse.Namespace) -> int:
    """Write the store as JSONL records, one CSV table (a file, or -), or CSV/Parquet table directories."""
    conn = connect(args.db, readonly=True)
    one_file = args.output == "-" or args.output.endswith(".csv")
    if args.format == "jsonl" or (args.format == "csv" and one_file):
        write_one = export_jsonl if args.format == "jsonl" else partial(export_csv_table, table=args.table)
        if args.output == "-":
            count = write_one(conn, out=sys.stdout)
        else:
            with _file_target(args.output).open("w", encoding="utf-8", newline="") as handle:
                count = write_one(conn, out=handle)
        what = "articles" if args.format == "jsonl" else args.table
        print(f"{count} {what} -> {args.output}", file=sys.stderr)
        return 0
    if Path(args.output).exists() and not Path(args.output).is_dir():
        raise UsageError("E031", f"{args.output} is a file; --format {args.format} writes a directory")
    write = export_csv if args.format == "csv" else export_parquet
    counts = write(conn, Path(args.output))
    print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Read a JSONL export or a Parquet/CSV table directory into the store; exit 1 if a record was refused."""
    conn = connect(args.db)
    invalid = 0
    for path in args.paths:
        s = import_path(conn, Path(path))
        for rejection in s.invalid:
            print(rejection_line(rejection), file=sys.stderr)
        invalid += len(s.invalid)
        print(
            f"{path}: {s.articles} articles ({s.statements} statements) imported, "
            f"{s.duplicates} already stored, {s.rejections} rejections, {len(s.invalid)} invalid records",
            file=sys.stderr,
        )
    return 1 if invalid else 0


def _listing(commands: argparse._SubParsersAction, name: str, help: str, handler: Any) -> Any:
    """A subcommand with --db and --format, the options every listing command takes."""
    parser = commands.add_parser(name, help=help)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument(
        "--time-limit",
        type=seconds,
        default=CLI_TIME_LIMIT,
        help=f"seconds the queries may run before they are cancelled (default {CLI_TIME_LIMIT:g}; 0: none)",
    )
    parser.set_defaults(handler=handler)
    return parser


def register(commands: argparse._SubParsersAction) -> None:
    """Add this group's commands to the command line."""
    p = commands.add_parser("ingest", help="read inputs into a searchable store")
    add_input_arguments(p)
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="documents per commit")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="extraction processes")
    p.set_defaults(handler=run_ingest)

    p = _listing(commands, "search", "search statements (Arabic-normalised full text)", run_search)
    p.add_argument("query", nargs="?", help='words, "phrases", AND/OR/NOT, prefix*')
    for option in ("speaker", "role", "outlet"):
        p.add_argument(f"--{option}", help=f"only statements whose {option} holds these words")
    p.add_argument("--stance", choices=["assert", "deny", "confirm"], help="only this stance")
    p.add_argument("--quote-type", choices=["direct", "indirect", "mixed"], help="only this kind of quote")
    p.add_argument("--anonymous", action="store_true", help="only anonymous sources")
    p.add_argument("--since", help="from this date: YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--until", help="up to this date: YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--limit", type=_limit, default=20, help="how many statements to show")
    p.add_argument("--offset", type=_offset, default=0, help="skip this many first (the next page)")

    _listing(commands, "stats", "counts of the store", run_stats)
    p = _listing(commands, "speakers", "who is quoted most, with roles", run_speakers)
    p.add_argument("--kind", choices=["person", "organization", "anonymous", "document"])
    p.add_argument("--limit", type=_limit, default=50)
    p = _listing(commands, "rejections", "what could not be read, and why", run_rejections)
    p.add_argument("--code", help="only this error code, e.g. E006")
    p.add_argument("--limit", type=_limit)

    p = commands.add_parser("export", help="write the store as JSONL, CSV or Parquet")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    p.add_argument(
        "-o", "--output", required=True,
        help="a file (jsonl; csv when it ends in .csv: one --table), - for stdout, or a directory of tables",
    )  # fmt: skip
    p.add_argument("--table", choices=list(COLUMNS), default="statements", help="the table of a one-file CSV")
    p.set_defaults(handler=run_export)

    p = commands.add_parser("import", help="read a JSONL export or Parquet/CSV tables into the store")
    p.add_argument("paths", nargs="+", help="export.jsonl or a directory of articles/ statements/ ...")
    p.add_argument("--db", default=DEFAULT_DB)
    p.set_defaults(handler=run_import)
