"""Commands of the claims group: claims, claim, timeline, graph (who denied what, across articles)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from rawi.arabic.normalize import match_key
from rawi.claims.graph import chain_graph, to_graphml
from rawi.claims.speakers import Speaker, SpeakerIndex, find_speakers
from rawi.errors import UsageError
from rawi.store import connect
from rawi.store.claims_store import (
    chain_rows,
    claim_detail,
    list_claims,
    refresh_claims,
    stored_speakers,
    timeline,
)
from rawi.views.rows import FORMATS, print_rows

DEFAULT_DB = "rawi.db"
CLAIM_COLUMNS = ("id", "status", "n_articles", "n_outlets", "first_date", "first_outlet", "first_speaker",
                 "denied_by", "denied_at", "confirmed_by", "text")  # fmt: skip
TIMELINE_COLUMNS = (
    "date",
    "outlet",
    "role",
    "identity",
    "speaker",
    "cue",
    "via",
    "stance",
    "content",
    "claim_id",
)

SHORT = 60


def _short(text: Any, size: int = SHORT) -> str:
    """A cell cut to `size` characters for the terminal table."""
    text = "" if text is None else str(text)
    return text if len(text) <= size else text[: size - 1] + "…"


def _claim_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A claims row as the few columns a terminal table can show."""
    reactions = ", ".join(row["denied_by"] or row["confirmed_by"])
    return {
        "id": row["id"][:8], "status": row["status"], "articles": row["n_articles"],
        "first": f"{row['first_date'] or '?'} {_short(row['first_outlet'], 20)}"
        + ("" if row.get("n_reports", 1) else " (no report)"),
        "by": _short(reactions, 25), "claim": _short(row["text"]),
    }  # fmt: skip


def _statement_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A timeline row as the few columns a terminal table can show."""
    return {
        "date": row["date"], "outlet": _short(row["outlet"], 20), "role": row["role"],
        "speaker": _short(row["speaker"], 25), "content": _short(row["content"]),
    }  # fmt: skip


def _working(what: str) -> Any:
    """A spinner on stderr while a long step runs, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(what)


def _open(args: argparse.Namespace) -> sqlite3.Connection:
    """The store, with claims built or refreshed from its statements first."""
    if not Path(args.db).exists():
        raise UsageError("E005", f"{args.db}: no such store; create it with `rawi ingest ... --db {args.db}`")
    conn = connect(args.db)
    with _working("building claims, speakers and links (once per change of the store)"):
        rebuilt = refresh_claims(conn, tuple(args.aliases), rebuild=args.rebuild, lexical=args.lexical)
    if rebuilt:
        print(f"claims rebuilt from the statements in {args.db}", file=sys.stderr)
    return conn


def run_claims(args: argparse.Namespace) -> int:
    """`rawi claims`: claims with their status, first report and who denied or confirmed them."""
    rows = list_claims(_open(args), status=args.status, limit=args.limit)
    if args.format == "table":
        print_rows(map(_claim_cells, rows), "table")
    else:
        print_rows(rows, args.format, None if args.format in ("json", "jsonl") else CLAIM_COLUMNS)
    return 0


def run_claim(args: argparse.Namespace) -> int:
    """`rawi claim ID`: one claim's timeline, first report to the last denial."""
    conn = _open(args)
    starting = conn.execute(
        "SELECT id FROM claims WHERE substr(id, 1, length(?)) = ? ORDER BY id LIMIT 11", (args.id, args.id)
    )
    ids = [row[0] for row in starting]
    if len(ids) > 1 and args.id not in ids:
        many = f"{len(ids)}" if len(ids) <= 10 else "more than 10"
        raise UsageError("E032", f"{args.id!r} begins {many} claim ids: {', '.join(ids[:10])}")
    found = claim_detail(conn, args.id)
    if found is None:
        raise UsageError("E021", f"claim {args.id} in {args.db}")
    claim, statements = found
    if args.format in ("json", "jsonl"):
        indent = 2 if args.format == "json" else None
        print(json.dumps({**claim, "statements": statements}, ensure_ascii=False, indent=indent))
        return 0
    title = f"{claim['id']} · {claim['status']} · first {claim['first_date']} {claim['first_outlet'] or ''}"
    _print_statements(statements, args.format, title)
    return 0


def _print_statements(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    """Statements of a claim or a speaker: compact in the terminal, every column otherwise."""
    if fmt == "table":
        print_rows(map(_statement_cells, rows), "table", title=title)
    else:
        print_rows(rows, fmt, None if fmt in ("json", "jsonl") else TIMELINE_COLUMNS)


def _words_in(wanted: list[str], words: list[str]) -> bool:
    """Whether the wanted words occur, in order, among `words` (exact words, no fuzzy spelling)."""
    rest = iter(words)
    return bool(wanted) and all(word in rest for word in wanted)


def pick_speakers(index: SpeakerIndex, query: str) -> list[Speaker]:
    """The speakers a name asks for, the identity first: a speaker named exactly so (any spelling
    or the Latin form), else those whose names hold its words, else spellings close to it.
    """
    key, latin = match_key(query), query.strip().lower()
    speakers = sorted(index.speakers.values(), key=lambda s: s.name)
    exact = [
        s
        for s in speakers
        if latin == s.latin.lower() or key in {match_key(v) for v in (s.name, *s.variants)}
    ]
    if exact:
        return exact
    wanted = key.split()
    holding = [
        s
        for s in speakers
        if _words_in(latin.split(), s.latin.lower().split())
        or any(_words_in(wanted, match_key(v).split()) for v in (s.name, *s.variants))
    ]
    return holding or find_speakers(index, query)


def run_timeline(args: argparse.Namespace) -> int:
    """`rawi timeline NAME`: everything one speaker said, across spellings and roles."""
    conn = _open(args)
    speakers = pick_speakers(stored_speakers(conn), args.name)
    if not speakers:
        raise UsageError("E021", f"speaker {args.name!r} in {args.db}")
    if not args.all and len(speakers) > 1:
        names = "; ".join(f"{s.name} ({s.latin})" for s in speakers[:8])
        raise UsageError("E033", f"{args.name!r} could be {len(speakers)} speakers: {names}")
    rows = timeline(conn, [s.id for s in speakers], limit=args.limit)
    _print_statements(rows, args.format, ", ".join(f"{s.name} · {s.latin}" for s in speakers))
    return 0


def run_graph(args: argparse.Namespace) -> int:
    """`rawi graph`: the attribution chains (outlet -> intermediary -> speaker) as GraphML or JSON."""
    graph = chain_graph(chain_rows(_open(args)))
    text = to_graphml(graph) if args.format == "graphml" else json.dumps(graph, ensure_ascii=False, indent=2)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(graph['nodes'])} nodes, {len(graph['edges'])} edges -> {args.output}", file=sys.stderr)
    return 0


def _command(commands: argparse._SubParsersAction, name: str, help: str, handler: Any, formats: Any) -> Any:
    """A subcommand with the options all claims commands take."""
    parser = commands.add_parser(name, help=help)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    parser.add_argument("--format", choices=formats, default=formats[0])
    parser.add_argument(
        "--aliases", action="append", default=[], metavar="FILE", help="extra speaker alias file"
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="rebuild claims even if the store is unchanged"
    )
    parser.add_argument(
        "--lexical", action="store_true", help="match claims by words only, without embeddings"
    )
    parser.set_defaults(handler=handler)
    return parser


def register(commands: argparse._SubParsersAction) -> None:
    """Add this group's commands to the command line."""
    p = _command(
        commands, "claims", "claims across articles: reported, denied, confirmed", run_claims, FORMATS
    )
    p.add_argument("--status", choices=["reported", "denied", "confirmed"])
    p.add_argument("--limit", type=int, default=50)
    p = _command(commands, "claim", "one claim's timeline: reports, repetitions, denials", run_claim, FORMATS)
    p.add_argument("id", help="a claim id (or its first characters)")
    p = _command(commands, "timeline", "everything a speaker said, across spellings", run_timeline, FORMATS)
    p.add_argument("name", help='a name in any spelling or its Latin form ("بيسكوف", "Peskov")')
    p.add_argument("--all", action="store_true", help="show every speaker the name could be, together")
    p.add_argument("--limit", type=int, default=500)
    p = _command(commands, "graph", "attribution chains as a graph", run_graph, ("graphml", "json"))
    p.add_argument("-o", "--output", required=True, help="output file (- for stdout)")
