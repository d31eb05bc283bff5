"""The compiled hot path (setup.py, mypyc) is built from the sources in the tree, never stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import rawi

PACKAGE = Path(rawi.__file__).parent
HOT_PATH = ("arabic", "articles", "statements")


def _compiled(folder: Path) -> dict[str, Path]:
    """Compiled module name -> its extension file, for the modules of one package folder."""
    return {path.name.split(".")[0]: path for path in folder.glob("*.so")}


def test_compiled_modules_are_newer_than_their_sources() -> None:
    """An edit after the last build would be shadowed by the old extension: `make` rebuilds.

    An extension whose source was deleted or renamed would still import: it is stale too.
    """
    stale = [
        str(source.relative_to(PACKAGE))
        for name in HOT_PATH
        for module, extension in _compiled(PACKAGE / name).items()
        for source in [PACKAGE / name / f"{module}.py"]
        if not source.exists() or extension.stat().st_mtime < source.stat().st_mtime
    ]
    assert not stale, f"compiled modules older than their sources {stale}: run `make install` to rebuild"


@pytest.mark.skipif(
    os.environ.get("RAWI_COMPILE") == "0" or not (shutil.which("cc") or shutil.which("gcc")),
    reason="rawi was installed as plain Python (RAWI_COMPILE=0, or no C compiler)",
)
def test_the_hot_path_is_compiled_where_a_compiler_is() -> None:
    """setup.py falls back to Python quietly; here a type error or build failure shows."""
    from rawi.statements import tokens

    assert tokens.__file__.endswith(".so"), "installed as plain Python: see `pip install -v -e .` for why"


def test_only_hot_path_modules_are_compiled() -> None:
    """Only arabic/, articles/ and statements/ are compiled; the rest (English too) stays Python."""
    compiled = {path.parent.name for path in PACKAGE.rglob("*.so")}
    assert compiled <= set(HOT_PATH)
