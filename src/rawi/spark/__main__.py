"""`rawi spark` as a script, for spark-submit (which runs a .py file) and `python -m rawi.spark`.

    spark-submit --master yarn "$(python -c 'import rawi.spark.__main__ as m; print(m.__file__)')" \\
        INPUTS... --out hdfs:///rawi/out
"""

from __future__ import annotations

import sys

from rawi.cli import main

if __name__ == "__main__":
    sys.exit(main(["spark", *sys.argv[1:]]))
