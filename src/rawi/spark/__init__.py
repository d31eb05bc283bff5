"""rawi on Apache Spark: the same process_document over a news archive, written as Parquet.

`plan` and `tasks` are plain Python (no pyspark); `job` needs the `spark` extra and a Java
runtime. `load_job` imports it with a one-line error naming the pip command when missing.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path
from types import ModuleType

from rawi.errors import UsageError

INSTALL_HINT = "pip install 'rawi[spark]'"


def load_job() -> ModuleType:
    """The rawi.spark.job module, or E010 saying which pip install to run when pyspark is missing."""
    try:
        job = importlib.import_module("rawi.spark.job")
    except ImportError as error:
        raise UsageError("E010", f"rawi spark needs {error.name or 'pyspark'}: {INSTALL_HINT}") from error
    return job


def java_missing() -> bool:
    """True when neither JAVA_HOME nor PATH has a `java` (Spark's driver needs Java 17+)."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return False
    return shutil.which("java") is None
