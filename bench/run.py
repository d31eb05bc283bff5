"""Run every benchmark module in bench/ (bench_*.py), each printing its own medians.

Each runs in its own Python process, so one bench's imports, caches and peak memory never
show in another's figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    """Run the benchmarks named on the command line, or all of them; 1 when one failed."""
    here = Path(__file__).parent
    wanted = set(sys.argv[1:])
    failed = []
    for module in sorted(here.glob("bench_*.py")):
        if not wanted or module.stem in wanted:
            print(f"== {module.stem}", flush=True)
            if subprocess.run([sys.executable, str(module)], check=False).returncode:
                failed.append(module.stem)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
