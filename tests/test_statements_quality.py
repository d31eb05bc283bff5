"""Quality gate: the official scorer on every shared gold set, each against its own pinned figures.

dev is what the rules were first written on; dev2, stories and the challenge sets (Arabic and
English) are pinned separately so that a gain on one set cannot hide a loss on another. The pins
live in tests/data/quality_pins.json; a figure may not drop more than 0.02 below its pin.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eval_scoring import EVAL, SCORER, score

SHARED = EVAL.parent
SEED = SHARED / "examples" / "seed-kremlin-denial.txt"
CHALLENGE = EVAL / "challenge"
PINS = json.loads((Path(__file__).parent / "data" / "quality_pins.json").read_text("utf-8"))
TOLERANCE = 0.02

# Each gold set: its gold folder and the folder holding its texts (None: made from the challenge file).
GOLD_SETS: dict[str, tuple[Path, Path | None]] = {
    "dev": (EVAL / "dev", EVAL / "dev"),
    "dev2": (EVAL / "dev2", EVAL / "dev2"),
    "stories": (EVAL / "stories", SHARED / "corpus" / "stories"),
    "dev-en": (EVAL / "dev-en", EVAL / "dev-en"),
    "challenge-ar": (CHALLENGE / "ar.jsonl", None),
    "challenge-en": (CHALLENGE / "en.jsonl", None),
}


def _texts_and_gold(name: str, scratch: Path) -> tuple[list[Path], Path]:
    """The article texts of one gold set and its gold folder; challenge items are split first."""
    gold, texts = GOLD_SETS[name]
    if not gold.exists() or not SCORER.is_file():
        pytest.skip(f"gold set {name} or the scorer is not under {EVAL}")
    if texts is None:
        subprocess.run(
            [sys.executable, str(CHALLENGE / "to_gold.py"), str(gold), str(scratch)],
            check=True,
            capture_output=True,
        )
        texts, gold = scratch, scratch
    wanted = {path.name.removesuffix(".gold.json") for path in gold.glob("*.gold.json")}
    return sorted(path for path in texts.glob("*.txt") if path.stem in wanted), gold


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def gold_set(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    """The name of one gold set and the scorer's figures on it (computed once per set)."""
    name = request.param
    scratch = tmp_path_factory.mktemp(name)
    texts, gold = _texts_and_gold(name, scratch / "gold")
    figures = score(texts, gold, scratch / "out.jsonl")
    assert figures["articles"] == len(list(gold.glob("*.gold.json")))
    return name, figures


def test_every_figure_holds_its_pin(gold_set: tuple[str, dict[str, Any]]) -> None:
    name, figures = gold_set
    dropped = {
        figure: (figures[figure], pin)
        for figure, pin in PINS[name].items()
        if figures[figure] < pin - TOLERANCE
    }
    assert not dropped, f"{name}: figure (now, pinned) {dropped}"


@pytest.fixture(scope="module")
def seed_figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The scorer's figures for the seed example alone."""
    if not (SEED.is_file() and SCORER.is_file()):
        pytest.skip(f"seed example or scorer not found under {SHARED}")
    gold = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED.with_suffix(".gold.json"), gold / "seed-kremlin-denial.gold.json")
    return score([SEED], gold, gold / "seed.jsonl")


def test_the_seed_example_is_extracted_exactly(seed_figures: dict[str, Any]) -> None:
    assert seed_figures["f1"] == 1.0 and seed_figures["full_f1"] == 1.0, seed_figures
