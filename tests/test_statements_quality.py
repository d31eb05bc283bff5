"""Quality gate: the official scorer on the shared dev set and the seed example, against pinned figures.

The pins live in tests/data/quality_pins.json; a figure may not drop more than 0.02 below its pin.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from eval_scoring import SCORER, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "eval" / "dev"
SEED = SHARED / "examples" / "seed-kremlin-denial.txt"
PINS = json.loads((Path(__file__).parent / "data" / "quality_pins.json").read_text("utf-8"))
TOLERANCE = 0.02

needs_dev = pytest.mark.skipif(
    not (DEV.is_dir() and SCORER.is_file()),
    reason=f"shared dev set or scorer not found under {SHARED / 'eval'}",
)
needs_seed = pytest.mark.skipif(
    not (SEED.is_file() and SCORER.is_file()), reason=f"seed example or scorer not found under {SHARED}"
)


@pytest.fixture(scope="module")
def dev_figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The scorer's figures for the whole dev set (computed once for this module)."""
    out = tmp_path_factory.mktemp("dev") / "dev.jsonl"
    return score(sorted(DEV.glob("*.txt")), DEV, out)


@pytest.fixture(scope="module")
def seed_figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The scorer's figures for the seed example alone."""
    gold = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED.with_suffix(".gold.json"), gold / "seed-kremlin-denial.gold.json")
    return score([SEED], gold, gold / "seed.jsonl")


@needs_dev
@pytest.mark.parametrize("figure", sorted(PINS["dev"]))
def test_dev_figure_holds_its_pin(dev_figures: dict[str, Any], figure: str) -> None:
    assert dev_figures[figure] >= PINS["dev"][figure] - TOLERANCE, dev_figures


@needs_dev
def test_every_dev_article_is_scored(dev_figures: dict[str, Any]) -> None:
    assert dev_figures["articles"] == len(list(DEV.glob("*.gold.json")))


@needs_seed
@pytest.mark.parametrize("figure", sorted(PINS["seed"]))
def test_seed_figure_holds_its_pin(seed_figures: dict[str, Any], figure: str) -> None:
    assert seed_figures[figure] >= PINS["seed"][figure] - TOLERANCE, seed_figures


@needs_seed
def test_the_seed_example_finds_every_statement(seed_figures: dict[str, Any]) -> None:
    assert seed_figures["f1"] == 1.0, seed_figures
