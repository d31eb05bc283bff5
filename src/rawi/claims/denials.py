"""Denials and confirmations resolved to the statement they deny or confirm.

A reaction's target ("تقريرا لوكالة بلومبرغ", "ما تردد عن ...") is matched against the
reports that could be meant: in the same article first (a report quoted inside the denial
is the surest sign), then reports of other articles that share an entity and came no later.
A back-reference ("هذا تقرير خاطئ", "the story") takes the target of the denial before it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rawi.arabic.normalize import match_key
from rawi.claims.features import Features
from rawi.claims.mentions import Mention
from rawi.claims.pairs import similarity
from rawi.claims.text import content_words

ACCEPT = 0.5


@dataclass(frozen=True)
class Link:
    """A reaction (deny/confirm) and the mention it reacts to, with how it was found."""

    reaction: int
    target: int
    score: float
    method: str  # inside | text | back-reference


def _named(m: Mention, target_words: frozenset[str]) -> bool:
    """Whether the reaction's target names this report's speaker, intermediary or outlet."""
    names = (m.speaker, *m.via, m.reporter)
    return any(content_words(n) & target_words for n in names if n)


def score_target(mentions: list[Mention], features: Features, r: int, c: int) -> tuple[float, str]:
    """How likely report `c` is what reaction `r` reacts to, and which evidence says so."""
    rm, cm = mentions[r], mentions[c]
    if rm.article_id == cm.article_id and rm.start <= cm.start and cm.end <= rm.end:
        return 1.0, "inside"
    cosine, _jacc, cont = similarity(features, r, c)
    score = max(cosine, cont)
    target_words = content_words(rm.target or "")
    if target_words and _named(cm, target_words):
        score += 0.2
    if rm.article_id == cm.article_id:
        score += 0.1
    return score, "text"


def _candidates(mentions: list[Mention], pairs: list[tuple[int, int]]) -> dict[int, set[int]]:
    """Reaction index -> report indices worth scoring: same article, or a shared block and window."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[m.article_id].append(i)
    found: dict[int, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.is_reaction:
            found[i].update(j for j in by_article[m.article_id] if not mentions[j].is_reaction)
    for i, j in pairs:
        ri, rj = mentions[i].is_reaction, mentions[j].is_reaction
        if ri != rj:
            reaction, report = (i, j) if ri else (j, i)
            found[reaction].add(report)
    return found


def _not_later(features: Features, r: int, c: int) -> bool:
    """A report can only be denied once it exists: its day is at most one day after the reaction's."""
    dr, dc = features.days[r], features.days[c]
    return dr is None or dc is None or dc <= dr + 1


def resolve_targets(mentions: list[Mention], features: Features, pairs: list[tuple[int, int]]) -> list[Link]:
    """The best report for each reaction among its candidates (same article, or a blocked `pairs`
    partner); back-references take the target of the reaction before them in the article."""
    links: dict[int, Link] = {}
    for r, candidates in _candidates(mentions, pairs).items():
        scored = [
            (*score_target(mentions, features, r, c), c) for c in candidates if _not_later(features, r, c)
        ]
        if scored:
            near = mentions[r].seq
            score, method, best = max(scored, key=lambda s: (s[0], -abs(mentions[s[2]].seq - near)))
            if score >= ACCEPT:
                links[r] = Link(r, best, round(score, 3), method)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.is_reaction:
            by_article[m.article_id].append(i)
    for reactions in by_article.values():
        reactions.sort(key=lambda i: mentions[i].seq)
        for pos, r in enumerate(reactions):
            earlier = [links[p] for p in reactions[:pos] if p in links]
            if r not in links and earlier and _is_back_reference(mentions[r]):
                links[r] = Link(r, earlier[-1].target, ACCEPT, "back-reference")
    return sorted(links.values(), key=lambda link: link.reaction)


_BACK_REFERENCES = "هذا هذه ذلك تلك القصة الخبر التقرير الأنباء الشائعات the this that story report"
BACK_REFERENCES = frozenset(match_key(_BACK_REFERENCES).split())


def _is_back_reference(m: Mention) -> bool:
    """Whether a reaction's target or content points back rather than naming what it denies."""
    words = set(match_key(f"{m.target or ''} {m.content}").split())
    return bool(words & BACK_REFERENCES) or not m.target
