"""The development install runs the sources in the tree: no compiled module can shadow an edit.

mypyc compiles the hot path only for wheels and `make bench` (its own venv, `.venv-bench`),
never beside the sources, so `pytest` and `rawi` always run what was last saved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rawi

PACKAGE = Path(rawi.__file__).parent


def test_the_tests_run_the_source_tree() -> None:
    """pytest imports rawi from src/, where an edit takes effect at once."""
    assert PACKAGE.parent.name == "src", f"rawi imported from {PACKAGE}, not from the source tree"


def test_no_extension_module_sits_beside_the_sources() -> None:
    """A .so next to a .py is imported first and hides every later edit of that module."""
    shadows = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.so"))
    assert not shadows, f"compiled modules in the source tree {shadows}: run `make clean install`"


def test_the_compiled_hot_path_type_checks() -> None:
    """mypyc compiles arabic/, articles/ and statements/ only when mypy accepts them (setup.py's flags);
    a type error there would make wheels and `make bench` fall back to plain Python unnoticed."""
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install -e '.[dev]')")
    sources = sorted(
        str(p) for name in ("arabic", "articles", "statements") for p in (PACKAGE / name).glob("*.py")
    )
    report, errors, status = api.run(["--follow-imports=silent", "--ignore-missing-imports", *sources])
    assert status == 0, report + errors
