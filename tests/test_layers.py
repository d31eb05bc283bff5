"""The one-way flow of DESIGN.md: imports point left, and only the edges read files or the network.

sources -> articles -> statements -> pipeline -> claims -> store -> views (views/, then web and
spark, then the public facade, then cli), with the shared modules (records, errors, arabic, tables,
output) usable from every stage. The modules are parsed, never imported, so a violation is found
without running it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "rawi"

SHARED: dict[str, frozenset[str]] = {
    "rawi": frozenset(),
    "records": frozenset(),
    "errors": frozenset(),
    "arabic": frozenset({"records", "errors"}),
    "tables": frozenset({"records", "errors"}),
    "output": frozenset({"records", "errors", "arabic", "tables"}),
}
FLOW: tuple[tuple[str, ...], ...] = (
    ("sources",),
    ("articles",),
    ("statements",),
    ("pipeline",),
    ("claims",),
    ("store",),
    ("views",),
    ("web", "spark"),
    ("facade",),
    ("cli",),
)
ALLOWED_EDGES: dict[str, tuple[str, str]] = {
    "the package root loads the public API (rawi.extract, rawi.open_store) on first use": (
        "rawi",
        "rawi.facade",
    ),
    "spark-submit runs `rawi spark` through the CLI parser": ("rawi.spark.__main__", "rawi.cli"),
}

PURE_UNITS = frozenset(
    {"articles", "statements", "claims", "records", "pipeline", "errors", "arabic", "tables", "output"}
)
IO_MODULES = (
    "sqlite3",
    "socket",
    "requests",
    "httpx",
    "urllib.request",
    "http.client",
    "subprocess",
    "shutil",
    "tempfile",
)
IO_CALLS = frozenset(
    {
        "open",
        "read_text",
        "read_bytes",
        "write_text",
        "write_bytes",
        "iterdir",
        "glob",
        "rglob",
        "mkdir",
        "unlink",
        "exists",
        "is_file",
        "is_dir",
        "connect",
        "urlopen",
    }
)
PACKAGE_DATA_CALLS = frozenset({"resources.files", "importlib.resources.files", "files"})
ALLOWED_IO: dict[str, tuple[str, str]] = {
    "user speaker-alias files (--aliases) are read inside claims": ("rawi.claims.aliases", "read_text"),
}


def allowed_units() -> dict[str, frozenset[str]]:
    """Each unit's allowed rawi imports: a stage may use the shared modules and every stage left of it."""
    allowed = dict(SHARED)
    left: set[str] = set()
    for tier in FLOW:
        for unit in tier:
            allowed[unit] = frozenset(SHARED) | frozenset(left)
        left.update(tier)
    return allowed


def module_name(path: Path) -> str:
    """The dotted name of a module file under src/ (a package's __init__ is the package)."""
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """The layer a rawi module belongs to: its first name under rawi, or rawi itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _units_on_disk() -> frozenset[str]:
    """The layers the package holds: its subpackages and top-level modules."""
    return frozenset(unit_of(module_name(path)) for path in PACKAGE.rglob("*.py"))


PACKAGE_NAMES = _units_on_disk()


def modules() -> list[tuple[str, Path]]:
    """Every module of the rawi package, with its file."""
    return sorted((module_name(path), path) for path in PACKAGE.rglob("*.py"))


def _within(name: str, package: str) -> bool:
    """Whether a dotted name is a package or lies inside it."""
    return name == package or name.startswith(package + ".")


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module a `from ... import` names, relative forms included."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imported(module: str, tree: ast.AST, is_package: bool = False) -> Iterator[str]:
    """Every module name an AST imports, `importlib.import_module("...")` with a literal included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and _call_name(node).endswith("import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


def layer_violations(module: str, source: str, is_package: bool = False) -> list[tuple[str, str]]:
    """The (module, imported rawi module) pairs of one module that point right or sideways."""
    allowed = allowed_units()
    unit = unit_of(module)
    found = []
    for name in sorted(set(imported(module, ast.parse(source), is_package))):
        if not (name == "rawi" or name.startswith("rawi.")) or unit_of(name) == unit:
            continue
        target = unit_of(name)
        if target in PACKAGE_NAMES and target not in allowed[unit]:
            found.append((module, name))
    return found


def _call_name(node: ast.Call) -> str:
    """The dotted name of a call's function (`resources.files`, `open`), or its last attribute."""
    parts = []
    func: ast.expr = node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


def _reads_package_data(node: ast.expr, data_names: set[str]) -> bool:
    """Whether an expression is a chain starting at `resources.files(...)` or a name bound to one."""
    while isinstance(node, ast.Attribute | ast.Call):
        if isinstance(node, ast.Call):
            if _call_name(node) in PACKAGE_DATA_CALLS:
                return True
            node = node.func
        else:
            node = node.value
    return isinstance(node, ast.Name) and node.id in data_names


def _package_data_names(tree: ast.AST) -> set[str]:
    """Names assigned from a `resources.files(...)` chain (the packaged lexicons and data files)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _reads_package_data(node.value, names):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


@dataclass(frozen=True)
class IoUse:
    """One place a module touches files, databases or the network."""

    module: str
    what: str
    line: int


def io_uses(module: str, source: str) -> list[IoUse]:
    """File, network and database access in one module's source, packaged-data reads excepted."""
    tree = ast.parse(source)
    data_names = _package_data_names(tree)
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            for name in imported(module, node):
                if any(_within(name, m) for m in IO_MODULES):
                    uses.append(IoUse(module, name, node.lineno))
        elif isinstance(node, ast.Call):
            last = _call_name(node).split(".")[-1]
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if last in IO_CALLS and not (receiver is not None and _reads_package_data(receiver, data_names)):
                uses.append(IoUse(module, last, node.lineno))
    return uses


def test_every_layer_has_a_place_in_the_flow() -> None:
    """A new subpackage or top-level module must be placed in FLOW or SHARED before it is used."""
    assert sorted(PACKAGE_NAMES - set(allowed_units())) == []


def test_imports_point_left() -> None:
    """No module imports a stage to its right, or a view beside it."""
    found = [
        (module, name)
        for module, path in modules()
        for _, name in layer_violations(module, path.read_text(encoding="utf-8"), path.name == "__init__.py")
        if not any(module == source and _within(name, target) for source, target in ALLOWED_EDGES.values())
    ]
    assert found == []


def test_allowed_edges_still_exist() -> None:
    """Every exception is a real import today; a stale one is removed from the allow-list."""
    edges = {
        (module, name)
        for module, path in modules()
        for name in imported(module, ast.parse(path.read_text(encoding="utf-8")), path.name == "__init__.py")
    }
    assert [reason for reason, edge in ALLOWED_EDGES.items() if edge not in edges] == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("rawi.statements.finder", "from rawi.store import queries"),
        ("rawi.articles.text", "import rawi.statements.tokens"),
        ("rawi.store.db", "from rawi.web import app"),
        ("rawi.sources.files", "from rawi import articles"),
        ("rawi.web.pages", "from rawi.cli import main"),
        ("rawi.records", "from rawi.arabic.normalize import search_key"),
        ("rawi.claims.graph", "from ..store import db"),
        ("rawi.pipeline", "importlib.import_module('rawi.claims.build')"),
    ],
)
def test_a_rightward_import_is_caught(module: str, source: str) -> None:
    """The checker flags imports to the right, relative and dynamic ones included."""
    assert layer_violations(module, source) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("rawi.cli.serve", "from rawi.web.app import create_app"),
        ("rawi.store.ingest", "from rawi.pipeline import process_document"),
        ("rawi.claims.mentions", "from rawi.tables import STATEMENT_COLUMNS"),
        ("rawi.statements.english.judge", "from rawi.statements.tokens import Token"),
        ("rawi.sources.files", "from rawi.errors import InputError"),
        ("rawi.articles.html", "import json\nfrom urllib.parse import urlsplit"),
    ],
)
def test_a_leftward_import_passes(module: str, source: str) -> None:
    """Imports of stages to the left, of the shared modules and of the stage itself are allowed."""
    assert layer_violations(module, source) == []


def test_only_the_edges_do_io() -> None:
    """articles, statements, claims and the shared modules read no files, databases or sockets."""
    exceptions = set(ALLOWED_IO.values())
    found = [
        use
        for module, path in modules()
        if unit_of(module) in PURE_UNITS
        for use in io_uses(module, path.read_text(encoding="utf-8"))
        if (use.module, use.what) not in exceptions
    ]
    assert found == []


def test_allowed_io_still_exists() -> None:
    """Every I/O exception is still in the code; a fixed one is removed from the allow-list."""
    uses = {
        (use.module, use.what)
        for module, path in modules()
        for use in io_uses(module, path.read_text("utf-8"))
    }
    assert [reason for reason, use in ALLOWED_IO.items() if use not in uses] == []


@pytest.mark.parametrize(
    "source",
    [
        "data = open('lexicon.json').read()",
        "import sqlite3",
        "from urllib import request",
        "import requests",
        "import socket",
        "text = Path(name).read_text()",
        "with path.open() as f:\n    pass",
        "conn = db.connect(':memory:')",
    ],
)
def test_io_is_caught(source: str) -> None:
    """The checker flags file, database and network access."""
    assert io_uses("rawi.statements.lexicon", source) != []


@pytest.mark.parametrize(
    "source",
    [
        "resources.files('rawi.statements').joinpath('data', 'cues.json').read_text('utf-8')",
        "path = resources.files('rawi.articles').joinpath('data/words.json')\ntext = path.read_text()",
        "from urllib.parse import urlsplit",
        "text = ' '.join(words)",
    ],
)
def test_packaged_data_reads_pass(source: str) -> None:
    """Reading a packaged data file through importlib.resources is not I/O at an edge."""
    assert io_uses("rawi.statements.lexicon", source) == []
