"""Does a refactor of the statement engines keep `rawi extract` output identical? Run it by hand.

`python bench/engine_parity.py snapshot OUT.jsonl` records what `rawi extract --format jsonl`
gives on every corpus and gold-set file; `python bench/engine_parity.py check OUT.jsonl` runs again
and lists each file whose record changed (exit 1 when any did).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rawi.output import article_record
from rawi.pipeline import process_document
from rawi.records import Extraction
from rawi.sources import SourceOptions, iter_documents

SHARED = Path(__file__).resolve().parents[2] / "shared"
FOLDERS = ("corpus/ar", "corpus/en", "corpus/stories", "corpus/html", "eval/dev", "eval/dev2", "eval/dev-en")


def records() -> dict[str, str]:
    """Each input file's JSONL record (or its rejection code), keyed by its path."""
    found: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted((SHARED / folder).glob("*")):
            if path.suffix not in (".txt", ".html") or path.name.endswith(".expected.txt"):
                continue
            for item in iter_documents([str(path)], SourceOptions()):
                result = process_document(item) if not hasattr(item, "code") else item
                key = f"{folder}/{path.name}"
                if isinstance(result, Extraction):
                    found[key] = json.dumps(article_record(result), ensure_ascii=False, sort_keys=True)
                else:
                    found[key] = f"rejected {getattr(result, 'code', '?')}"
    return found


def main(argv: list[str]) -> int:
    """snapshot OUT | check OUT."""
    if len(argv) != 2 or argv[0] not in ("snapshot", "check") or not SHARED.is_dir():
        print(__doc__)
        return 2
    now = records()
    out = Path(argv[1])
    if argv[0] == "snapshot":
        out.write_text("".join(json.dumps([k, v], ensure_ascii=False) + "\n" for k, v in now.items()))
        print(f"{len(now)} files recorded in {out}")
        return 0
    before = dict(json.loads(line) for line in out.read_text().splitlines())
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        print("changed:", key)
    print(f"{len(now)} files, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
