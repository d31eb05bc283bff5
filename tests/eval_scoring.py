"""Run the extractor as `rawi extract --format jsonl` does and score it with ../shared/eval/score.py."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from rawi.output import article_record
from rawi.pipeline import process_document
from rawi.records import Document, Extraction
from rawi.sources import iter_documents

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORER = EVAL / "score.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rawi_eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(texts: list[Path], gold_dir: Path, out: Path) -> dict[str, Any]:
    """Extract `texts` into the JSONL file `out` and return the scorer's figures against `gold_dir`."""
    with out.open("w", encoding="utf-8") as handle:
        for document in iter_documents([str(p) for p in texts]):
            assert isinstance(document, Document), document
            result = process_document(document)
            assert isinstance(result, Extraction), result
            handle.write(json.dumps(article_record(result), ensure_ascii=False) + "\n")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        _scorer().main([str(gold_dir), str(out), "--json"])
    return json.loads(printed.getvalue())
