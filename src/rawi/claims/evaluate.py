"""Scoring claims against a gold set of statement spans, same-claim pairs and denial links.

Gold statements are article file names with character offsets and labels (no text), so
they can be turned into mentions directly (`gold_mentions`, which measures this layer on
its own) or matched to extracted statements by span overlap (`match_spans`, end to end).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rawi.claims.build import ClaimSet
from rawi.claims.mentions import Mention

Record = dict[str, Any]


@dataclass(frozen=True)
class Scores:
    """Pair precision/recall of grouping and accuracy of denial linking, with their counts."""

    pair_precision: float
    pair_recall: float
    pairs: int
    denial_accuracy: float
    denials: int
    covered: float  # share of gold statements found among the mentions scored


def gold_mentions(records: Iterable[Record], texts: dict[str, str], meta: dict[str, Record]) -> list[Mention]:
    """Mentions made from gold statement records: content, speaker and target read off `texts`."""
    mentions = []
    for rec in records:
        if rec["type"] != "statement":
            continue
        text, info = texts[rec["file"]], meta.get(rec["file"], {})
        start, end = rec["start"], rec["end"]
        target = text[rec["target"][0] : rec["target"][1]] if rec.get("target") else None
        mentions.append(
            Mention(
                id=rec["id"], article_id=rec["file"], file=rec["file"], content=text[start:end],
                speaker=text[rec["speaker"][0] : rec["speaker"][1]], start=start, end=end,
                speaker_kind=rec["kind"], stance=rec["stance"], target=target,
                published=info.get("date"), outlet=info.get("outlet"), seq=start,
                in_headline=start < text.find("\n"),
            )
        )  # fmt: skip
    return mentions


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the characters of the longer one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def match_spans(records: Iterable[Record], mentions: Iterable[Mention], least: float = 0.5) -> dict[str, str]:
    """Gold statement id -> id of the extracted mention in the same file that overlaps it most."""
    by_file: dict[str, list[Mention]] = {}
    for m in mentions:
        by_file.setdefault(m.file, []).append(m)
    found = {}
    for rec in records:
        if rec["type"] != "statement":
            continue
        name = rec["file"].rsplit("/", 1)[-1]
        span = (rec["start"], rec["end"])
        best = max(by_file.get(name, ()), key=lambda m: _overlap(span, (m.start, m.end)), default=None)
        if best is not None and _overlap(span, (best.start, best.end)) >= least:
            found[rec["id"]] = best.id
    return found


def score(claim_set: ClaimSet, records: list[Record], mention_of: dict[str, str] | None = None) -> Scores:
    """Scores of `claim_set` on the gold `records`; `mention_of` maps gold ids to mention ids."""
    claim_of = {m.mention.id: c.id for c in claim_set.claims for m in c.members}
    statements = [r["id"] for r in records if r["type"] == "statement"]
    mention_of = mention_of if mention_of is not None else {s: s for s in statements}

    def claim(gold_id: str) -> str | None:
        """The claim the mention matched to a gold statement ended in, if any."""
        return claim_of.get(mention_of.get(gold_id, ""))

    tp = fp = fn = 0
    for rec in (r for r in records if r["type"] == "pair"):
        a, b = claim(rec["a"]), claim(rec["b"])
        if a is None or b is None:
            continue
        together = a == b
        tp += together and rec["same"]
        fp += together and not rec["same"]
        fn += rec["same"] and not together
    denials = [r for r in records if r["type"] == "denial"]
    right = sum(
        1 for r in denials if claim(r["denial"]) is not None and claim(r["denial"]) == claim(r["denies"])
    )
    return Scores(
        pair_precision=round(tp / (tp + fp), 3) if tp + fp else 1.0,
        pair_recall=round(tp / (tp + fn), 3) if tp + fn else 1.0,
        pairs=tp + fp + fn,
        denial_accuracy=round(right / len(denials), 3) if denials else 1.0,
        denials=len(denials),
        covered=round(sum(1 for s in statements if claim(s) is not None) / max(len(statements), 1), 3),
    )
