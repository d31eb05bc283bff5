"""Build rawi: the Arabic helpers and the article and statement extractors are compiled with mypyc when possible.

The compiled modules are the same Python sources run about twice as fast (as black and
charset-normalizer ship theirs). Without a C compiler, or with RAWI_COMPILE=0, rawi installs
as plain Python and behaves identically.
"""

import os
from pathlib import Path

from setuptools import setup

HOT_PATH = ("src/rawi/arabic", "src/rawi/articles", "src/rawi/statements")


def _compiled_modules() -> list:
    """mypyc extensions for the hot path; optional, so a failed build falls back to Python."""
    if os.environ.get("RAWI_COMPILE", "1") == "0":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    sources = sorted(str(path) for folder in HOT_PATH for path in Path(folder).glob("*.py"))
    extensions = mypycify(["--follow-imports=silent", "--ignore-missing-imports", *sources], opt_level="3")
    for extension in extensions:
        extension.optional = True
    return extensions


setup(ext_modules=_compiled_modules())
