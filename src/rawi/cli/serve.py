"""Commands of the serve group: `rawi serve`, the web UI and JSON API over a store."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rawi.errors import UsageError
from rawi.store.budget import SERVER_TIME_LIMIT

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(bound: str) -> tuple[str, ...] | None:
    """Host headers to accept when bound to `bound`: this machine's names on loopback, any when widened."""
    return (bound, *LOOPBACK) if bound in LOOPBACK or bound.startswith("127.") else None


def register(commands: argparse._SubParsersAction) -> None:
    """Add this group's commands to the command line."""
    serve = commands.add_parser(
        "serve",
        help="serve a store as a web UI (Arabic, right to left) and a JSON API",
        description="Serve a rawi store read-only: pages at /, JSON at /api/, API docs at /docs.",
    )
    serve.add_argument("--db", default="rawi.db", help="the store to serve (default: rawi.db)")
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help="address to bind (default: 127.0.0.1, this machine only)"
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default: 8000)")
    serve.add_argument(
        "--time-limit",
        type=seconds,
        default=SERVER_TIME_LIMIT,
        help=f"seconds a request may query before it is cancelled (default {SERVER_TIME_LIMIT:g}; 0: none)",
    )
    serve.add_argument(
        "--workers", type=positive, default=1, help="server processes (default: 1; one per core helps)"
    )
    serve.set_defaults(handler=run_serve)


def positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def seconds(text: str) -> float:
    """A time limit in seconds, 0 for none (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 86400")
    return value


def check_store(path: Path) -> None:
    """Fail with a one-line error unless `path` is a readable rawi store of the current schema."""
    from rawi.store.web_queries import SCHEMA, open_readonly, store_version

    conn = open_readonly(path)
    try:
        version = store_version(conn)
    finally:
        conn.close()
    if version < 1:
        raise UsageError("E005", f"{path}: not a rawi store; create it with `rawi ingest ... --db {path}`")
    if version < SCHEMA:
        raise UsageError("E005", f"{path}: store schema {version} is older than {SCHEMA}; "
                         f"upgrade it by running `rawi ingest` on it once")  # fmt: skip


def serve_workers(path: Path, host: str, port: int, workers: int, time_limit: float) -> None:
    """Serve with several uvicorn worker processes sharing one listening socket.

    The socket gets TCP_NODELAY, which accepted connections inherit: without it (uvicorn's own
    multi-worker socket lacks it) every response waits ~40 ms for a delayed ACK.
    """
    import inspect
    import socket

    from uvicorn import Config, Server
    from uvicorn.supervisors import Multiprocess

    from rawi.web.app import DB_ENV, HOSTS_ENV, TIME_LIMIT_ENV

    os.environ[DB_ENV] = str(path.resolve())
    os.environ[HOSTS_ENV] = ",".join(allowed_hosts(host) or ())
    os.environ[TIME_LIMIT_ENV] = str(time_limit)
    config = Config("rawi.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning")  # fmt: skip
    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    older = "target" in inspect.signature(Multiprocess).parameters  # uvicorn < 0.35 takes the server's run
    Multiprocess(config, sockets=[sock], **({"target": Server(config).run} if older else {})).run()


def run_serve(args: argparse.Namespace) -> int:
    """Check the store, then serve it with uvicorn (in --workers processes) until interrupted."""
    try:
        import uvicorn

        from rawi.web.app import create_app
    except ImportError as error:
        raise UsageError("E010", f"{error.name}: pip install 'rawi'") from error
    path = Path(args.db)
    check_store(path)
    print(f"rawi: serving {path} at http://{args.host}:{args.port}/ (read-only; Ctrl-C stops)")
    if args.workers == 1:
        app = create_app(path, allowed_hosts(args.host), args.time_limit)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    else:
        serve_workers(path, args.host, args.port, args.workers, args.time_limit)
    return 0
