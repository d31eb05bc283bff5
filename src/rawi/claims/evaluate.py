"""Scoring claims against a gold set of statement spans, same-claim pairs and denial links.

Gold statements are article file names with character offsets and labels (no text), so
they can be turned into mentions directly (`gold_mentions`, which measures this layer on
its own) or matched to extracted statements by span overlap (`match_spans`, end to end).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rawi.arabic.normalize import match_key
from rawi.claims.build import ClaimSet
from rawi.claims.mentions import Mention

Record = dict[str, Any]
REPORT_ROLES = {"first", "repeat"}


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


@dataclass(frozen=True)
class StoryScores:
    """Claims over multi-outlet stories, as `score_claims.py` scores them: same-claim pairs of reports
    in different articles, and denial and confirmation links to a claim holding the rejected report."""

    pair_precision: float
    pair_recall: float
    deny_precision: float
    deny_recall: float
    confirm_precision: float
    confirm_recall: float
    stray_links: int  # reaction roles on stored statements no gold statement matches ("أقر" approving)


MATCH_AT = 0.5  # token F1 at which a stored statement is a gold one (as the statement scorer has it)


def _token_f1(a: str, b: str) -> float:
    """Token F1 of two texts' match keys (multiset overlap)."""
    ta, tb = match_key(a).split(), match_key(b).split()
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _matched(gold: list[Record], stored: list[Record]) -> dict[int, int]:
    """Gold index -> stored index, one to one, best overlaps first."""
    scored = sorted(
        ((f, i, j) for i, g in enumerate(gold) for j, s in enumerate(stored)
         if (f := _token_f1(s["content"], g["content"])) >= MATCH_AT),
        reverse=True,
    )  # fmt: skip
    found: dict[int, int] = {}
    used: set[int] = set()
    for _f, i, j in scored:
        if i not in found and j not in used:
            found[i] = j
            used.add(j)
    return found


def _ratio(a: int, b: int) -> float:
    """a / b, 0 when b is 0."""
    return a / b if b else 0.0


def score_stories(gold: list[Record], stored: list[Record]) -> StoryScores:
    """Score stored statements (file, content, claim, role) against gold story statements (file,
    content, stance, claim, denies, confirms); files of one story share the prefix before "-"."""
    sys_of: dict[int, Record] = {}
    for file in {g["file"] for g in gold}:
        in_gold = [i for i, g in enumerate(gold) if g["file"] == file]
        in_store = [s for s in stored if s["file"] == file]
        for a, b in _matched([gold[i] for i in in_gold], in_store).items():
            sys_of[in_gold[a]] = in_store[b]
    reports = [i for i, g in enumerate(gold) if g["stance"] == "assert" and i in sys_of]
    tp = n_sys = n_gold = 0
    for k, i in enumerate(reports):
        for j in reports[k + 1 :]:
            gi, gj, si, sj = gold[i], gold[j], sys_of[i], sys_of[j]
            if gi["file"] == gj["file"] or gi["file"].split("-")[0] != gj["file"].split("-")[0]:
                continue
            same_g = gi["claim"] is not None and gi["claim"] == gj["claim"]
            same_s = (
                si["claim"] is not None
                and si["claim"] == sj["claim"]
                and {si["role"], sj["role"]} <= REPORT_ROLES
            )
            tp, n_sys, n_gold = tp + (same_g and same_s), n_sys + same_s, n_gold + same_g
    reported = {
        gold[i]["claim"] for i in range(len(gold)) if gold[i]["stance"] == "assert" and gold[i]["claim"]
    }
    holds: dict[str, set[str]] = {}
    for i in reports:
        if sys_of[i]["claim"] and sys_of[i]["role"] in REPORT_ROLES:
            holds.setdefault(sys_of[i]["claim"], set()).add(gold[i]["claim"])
    links = []
    for stance, key in (("deny", "denies"), ("confirm", "confirms")):
        want = [i for i, g in enumerate(gold) if g["stance"] == stance and g[key] in reported]
        made = [i for i in sys_of if sys_of[i]["role"] == stance]

        def right(i: int, stance: str = stance, key: str = key) -> bool:
            """Whether gold statement i is a reaction linked to a claim holding what it rejects."""
            s = sys_of.get(i)
            if s is None or s["role"] != stance or gold[i]["stance"] != stance:
                return False
            return gold[i][key] in reported and gold[i][key] in holds.get(s["claim"], set())

        links.append((_ratio(sum(map(right, made)), len(made)), _ratio(sum(map(right, want)), len(want))))
    matched = {id(s) for s in sys_of.values()}
    stray = sum(1 for s in stored if id(s) not in matched and s["role"] in ("deny", "confirm"))
    return StoryScores(_ratio(tp, n_sys), _ratio(tp, n_gold), *links[0], *links[1], stray)
