"""Browser tests share the web tests' fixture store (tests/web_store.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
