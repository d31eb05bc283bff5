"""Run every benchmark module in bench/ (bench_*.py), each printing its own medians."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def main() -> int:
    """Run the benchmarks named on the command line, or all of them."""
    here = Path(__file__).parent
    wanted = set(sys.argv[1:])
    failed = False
    for module in sorted(here.glob("bench_*.py")):
        if not wanted or module.stem in wanted:
            print(f"== {module.stem}", flush=True)
            try:
                runpy.run_path(str(module), run_name="__main__")
            except SystemExit as done:  # each bench ends with sys.exit(main()); go on to the next
                if done.code:
                    print(f"{module.stem} exited with {done.code}", flush=True)
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
