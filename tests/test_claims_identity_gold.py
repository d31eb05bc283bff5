"""Speaker identities scored on our own gold (tests/data/identity_gold.jsonl, invented names):
each mention carries its true entity; precision and recall are over pairs of mentions."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from rawi.claims.mentions import Mention
from rawi.claims.speakers import generic, related, resolve_speakers

GOLD = Path(__file__).parent / "data" / "identity_gold.jsonl"
PINNED = {"precision": 0.864, "recall": 1.0}


def _scores() -> dict[str, float]:
    """Pairwise precision and recall of the resolved identities against the gold entities."""
    rows = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    mentions = [
        Mention(id=f"m{i}", article_id=r["article"], file=f"{r['article']}.txt", speaker=r["speaker"],
                content="نص", start=0, end=2, speaker_kind=r["kind"], speaker_role=r.get("role"), seq=i)
        for i, r in enumerate(rows)
    ]  # fmt: skip
    index = resolve_speakers(mentions)
    tp = fp = fn = 0
    for (a, ra), (b, rb) in combinations(zip(mentions, rows, strict=True), 2):
        same_gold = ra["entity"] == rb["entity"]
        same = index.of_mention[a.id] == index.of_mention[b.id]
        tp += same and same_gold
        fp += same and not same_gold
        fn += same_gold and not same
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def test_identity_gold_holds_its_figures() -> None:
    scores = _scores()
    for name, pinned in PINNED.items():
        assert scores[name] >= pinned - 0.02, scores


def test_generic_descriptions_and_relations_are_recognised() -> None:
    assert generic("المصدر") and generic("مصدر مطلع") and generic("a senior official")
    assert not generic("وزارة الزراعة") and not generic("سامر الحداد")
    assert related("محامي ليلى منصور") and not related("ليلى منصور")
