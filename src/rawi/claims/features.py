"""What claim matching knows about each mention: words, numbers, vector, day, block keys.

Blocking keys are the speaker's identity and the rarest shared content words, so only
mentions that share an entity and fall in one time window are ever compared.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from rawi.claims.embed import Embedder, embed_unique
from rawi.claims.mentions import Mention
from rawi.claims.speakers import SpeakerIndex
from rawi.claims.text import about_a_report, content_words, negated, numbers

RARE_KEYS = 3
MIN_IDF = 0.1


@dataclass(frozen=True)
class Features:
    """Per-mention matching features, index-aligned with the mention list."""

    words: list[frozenset[str]]
    nums: list[frozenset[str]]
    days: list[int | None]
    speakers: list[str]
    keys: list[tuple[str, ...]]
    vectors: np.ndarray | None
    articles: list[str]
    texts: list[str]
    headline: list[bool]
    negated: list[bool]
    langs: list[str]
    meta: list[bool]  # the text speaks of a report ("أنباء عن ..."), not of the event
    idf: dict[str, float]  # per word: log(mentions / mentions holding it), the rarer the heavier

    def weight(self, words: Iterable[str]) -> float:
        """The summed rarity of `words`: a shared rare name counts for more than a shared common verb."""
        return sum(self.idf.get(w, 0.0) for w in words)

    def covered(self, part: frozenset[str], whole: frozenset[str]) -> float:
        """The rarity-weighted share of `part`'s words that `whole` holds (0 for no words)."""
        total = self.weight(part)
        return self.weight(part & whole) / total if total else 0.0


def day_number(when: str) -> int | None:
    """The proleptic day number of an ISO date ("2024-01-26"), or None when there is none."""
    try:
        return date.fromisoformat(when[:10]).toordinal()
    except ValueError:
        return None


def claim_text(m: Mention) -> str:
    """The text a mention asserts; for a denial or confirmation, its content with its target."""
    if m.is_reaction and m.target and m.target not in m.content:
        return f"{m.target} {m.content}"
    return m.content


def _block_keys(words: frozenset[str], speaker: str, anonymous: bool, df: Counter[str]) -> tuple[str, ...]:
    """The speaker's identity (unless anonymous) and the rarest words that other mentions share."""
    shared = sorted((w for w in words if df[w] > 1), key=lambda w: (df[w], w))[:RARE_KEYS]
    keys = [f"w:{w}" for w in shared]
    if not anonymous:
        keys.append(f"s:{speaker}")
    return tuple(keys)


def build_features(mentions: list[Mention], speakers: SpeakerIndex) -> Features:
    """Lexical features, days and block keys of every mention (vectors come later, see `with_vectors`)."""
    texts = [claim_text(m) for m in mentions]
    words = [content_words(t) for t in texts]
    df: Counter[str] = Counter(w for ws in words for w in ws)
    ids = [speakers.of_mention.get(m.id, m.speaker) for m in mentions]
    return Features(
        words=words,
        nums=[numbers(t) for t in texts],
        days=[day_number(m.when) for m in mentions],
        speakers=ids,
        keys=[
            _block_keys(w, s, m.speaker_kind == "anonymous", df)
            for w, s, m in zip(words, ids, mentions, strict=True)
        ],
        vectors=None,
        articles=[m.article_id for m in mentions],
        texts=texts,
        headline=[m.in_headline for m in mentions],
        negated=[negated(t) for t in texts],
        langs=[m.lang for m in mentions],
        meta=[about_a_report(t) for t in texts],
        idf=_rarity(df, len(mentions)),
    )


def _rarity(df: Counter[str], n: int) -> dict[str, float]:
    """Each word's inverse document frequency over `n` mentions, at least a small floor so that a
    word every mention holds still counts a little."""
    return {w: max(math.log(n / count), MIN_IDF) for w, count in df.items()}


def with_vectors(features: Features, embedder: Embedder, needed: Iterable[int]) -> Features:
    """The features with sentence vectors for the `needed` mentions (zero rows for the others):
    only mentions that are ever compared are embedded, which is most of the cost."""
    rows = sorted(set(needed))
    vectors = np.zeros((len(features.texts), 512), dtype=np.float32)
    if rows:
        vectors[rows] = embed_unique(embedder, [features.texts[i] for i in rows])
    return replace(features, vectors=vectors)
