"""rawi: who said what, according to whom, in Arabic and English news.

The public API for Python programs is two functions, loaded on first use:

    >>> import rawi
    >>> extraction = rawi.extract("قال المتحدث باسم الوزارة إن المحادثات مستمرة.")
    >>> [s.speaker for s in extraction.statements]
    ['المتحدث باسم الوزارة']
    >>> conn = rawi.open_store("news.db")   # read-only SQLite connection to a store
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "open_store"]


def __getattr__(name: str) -> Any:
    """`rawi.extract` and `rawi.open_store`, imported only when used (the CLI never pays for them)."""
    if name in ("extract", "open_store"):
        return getattr(importlib.import_module("rawi.facade"), name)
    raise AttributeError(f"module 'rawi' has no attribute {name!r}")
