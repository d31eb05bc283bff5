"""Build rawi: the Arabic helpers and the article and statement extractors are compiled with mypyc.

The compiled modules are the same Python sources run about 1.7x as fast (as black and
charset-normalizer ship theirs). Without a C compiler, when mypyc cannot compile them, or with
RAWI_COMPILE=0, rawi installs as plain Python and behaves identically.
"""

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HOT_PATH = ("src/rawi/arabic", "src/rawi/articles", "src/rawi/statements")
# the setup commands of `pip install -e .`: the sources run as they are, nothing is compiled
EDITABLE = frozenset({"editable_wheel", "develop"})


def _warn(reason: str) -> None:
    """Say on stderr that rawi is installed as plain Python, and why."""
    print(
        f"rawi: installing as plain Python ({reason}); set RAWI_COMPILE=0 to skip compiling", file=sys.stderr
    )


def _compiled_modules() -> list:
    """mypyc extensions for the hot path, or none when mypyc is missing or rejects the sources."""
    if os.environ.get("RAWI_COMPILE", "1") == "0" or EDITABLE.intersection(sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed")
        return []
    sources = sorted(str(path) for folder in HOT_PATH for path in Path(folder).glob("*.py"))
    try:
        return mypycify(["--follow-imports=silent", "--ignore-missing-imports", *sources], opt_level="3")
    except SystemExit:  # mypy printed its type errors above
        _warn("mypy found type errors in the compiled modules, listed above")
        return []
    except Exception as error:
        _warn(f"mypyc could not translate the sources: {error}")
        return []


class AllOrNothing(build_ext):
    """Build every compiled module or none: a half-built set would fail at import."""

    def run(self) -> None:
        """Build the extensions; on any compiler failure remove what was built and go on.

        An editable install (`pip install -e .`) builds nothing: an extension beside the sources
        would run instead of them, and hide every later edit until the next rebuild.
        """
        if self.inplace or getattr(self, "editable_mode", False):
            _warn("an editable install runs the sources themselves")
            return
        try:
            super().run()
        except Exception as error:  # no compiler, a compile or link error, out of memory
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            _warn(f"the C build failed: {error}")


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": AllOrNothing})
