"""Quality gate for English: the official scorer on the shared dev-en set, against pinned figures.

A figure may not drop more than TOLERANCE below its pin; raise a pin when the extractor improves.
"""

from __future__ import annotations

from typing import Any

import pytest

from eval_scoring import EVAL, SCORER, score

DEV_EN = EVAL / "dev-en"
TOLERANCE = 0.02
PINS = {
    "precision": 0.98,
    "recall": 0.94,
    "f1": 0.96,
    "exact_f1": 0.91,
    "speaker_acc": 0.96,
    "cue_acc": 0.97,
    "stance_acc": 0.95,
    "quote_type_acc": 0.98,
    "via_acc": 0.98,
    "hedged_acc": 0.92,
    "deny_f1": 0.94,
    "anonymous_recall": 0.86,
    "full_f1": 0.91,
}

pytestmark = pytest.mark.skipif(
    not (DEV_EN.is_dir() and SCORER.is_file()), reason=f"shared dev-en set or scorer not found under {EVAL}"
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The scorer's figures for dev-en, extracted as `rawi extract --format jsonl` does."""
    out = tmp_path_factory.mktemp("dev-en") / "en.jsonl"
    return score(sorted(DEV_EN.glob("*.txt")), DEV_EN, out)


@pytest.mark.parametrize("figure", sorted(PINS))
def test_dev_en_figure_holds_its_pin(figures: dict[str, Any], figure: str) -> None:
    assert figures[figure] >= PINS[figure] - TOLERANCE, figures


def test_every_dev_en_article_is_scored(figures: dict[str, Any]) -> None:
    assert figures["articles"] == len(list(DEV_EN.glob("*.gold.json")))
