"""What claim matching knows about each mention: words, numbers, vector, day, block keys.

Blocking keys are the speaker's identity and the rarest shared content words, so only
mentions that share an entity and fall in one time window are ever compared.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from rawi.arabic.normalize import match_key
from rawi.claims.countries import governments, states
from rawi.claims.embed import Embedder, embed_unique
from rawi.claims.frames import FRAME_PREFIX, frame_keys, without_frame_keys
from rawi.claims.mentions import Mention
from rawi.claims.names import name_tokens
from rawi.claims.speakers import SpeakerIndex, generic, related
from rawi.claims.text import about_a_report, content_words, negated, numbers, proposition_keys, word_key

RARE_KEYS = 3
STATE_VERSION = 3  # raise when what a statement contributes to matching (words, frame keys, facts) changes
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
    names: list[tuple[str, ...]]  # the speaker's name as written, titles dropped ("" for anonymous)
    own: list[frozenset[str]]  # the states each speaker stands for ("الخارجية التركية" -> @tr)

    def weight(self, words: Iterable[str]) -> float:
        """The summed rarity of `words`: a shared rare name counts for more than a shared common verb."""
        return sum(self.idf.get(w, 0.0) for w in words)

    def covered(self, part: frozenset[str], whole: frozenset[str]) -> float:
        """The rarity-weighted share of `part`'s words that `whole` holds (0 for no words)."""
        total = self.weight(part)
        return self.weight(part & whole) / total if total else 0.0


def one_speaker(features: Features, i: int, j: int) -> bool:
    """Whether two mentions are said by one named speaker: one identity, or one name ending the
    other ("النهضة" / "حركة النهضة": a body's name after the word for its kind)."""
    a, b = features.names[i], features.names[j]
    if not (a and b):
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return features.speakers[i] == features.speakers[j] or long[len(long) - len(short) :] == short


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


def block_keys(words: frozenset[str], speaker: str, anonymous: bool, df: Counter[str]) -> tuple[str, ...]:
    """The speaker's identity (unless anonymous), the rarest words that other mentions share, and
    every frame key (see `frames.frame_keys`) another mention shares."""
    shared = sorted(
        (w for w in words if df[w] > 1 and not w.startswith(FRAME_PREFIX)), key=lambda w: (df[w], w)
    )[:RARE_KEYS]
    shared += sorted(w for w in words if w.startswith(FRAME_PREFIX) and df[w] > 1)
    keys = [f"w:{w}" for w in shared]
    if not anonymous:
        keys.append(f"s:{speaker}")
    return tuple(keys)


class Facts(NamedTuple):
    """What a claim text says besides its words: its numbers, negation, and whether it is about a report."""

    nums: frozenset[str]
    negated: bool
    meta: bool


@dataclass
class MatchState:
    """What each mention contributed to matching, kept from one build to the next so that adding
    statements computes words, speaker keys and vectors for the new ones only: content words and
    in-article speaker key by mention id, the sentence vectors embedded so far, and each word's
    document frequency as a count (the rarity of a word over every mention, old and new)."""

    words: dict[str, frozenset[str]]
    facts: dict[str, Facts]
    speaker_keys: dict[str, str]
    vectors: dict[str, np.ndarray]
    df: Counter[str]
    postings: dict[str, list[str]]  # word -> ids of the mentions that hold it, in the order added
    changed: set[str] = field(default_factory=set)  # ids added or given a vector since it was loaded

    def add(self, mention_id: str, words: frozenset[str], facts: Facts) -> None:
        """Count one more mention's words and keep its facts (its speaker key and vector are set apart)."""
        self.words[mention_id] = words
        self.facts[mention_id] = facts
        self.changed.add(mention_id)
        self.df.update(words)
        for w in words:
            self.postings.setdefault(w, []).append(mention_id)


def new_state() -> MatchState:
    """A state holding no mention yet."""
    return MatchState(words={}, facts={}, speaker_keys={}, vectors={}, df=Counter(), postings={})


def match_words(m: Mention) -> frozenset[str]:
    """What a mention contributes to the matching state: its content words and its frame keys."""
    text = claim_text(m)
    return content_words(text) | mention_frame_keys(m, text)


def mention_frame_keys(m: Mention, text: str) -> frozenset[str]:
    """The frame keys of a mention's claim text, with its speaker's name and states."""
    return frame_keys(text, speaker_tail(m), governments(m.speaker, m.speaker_role))


def speaker_tail(m: Mention) -> str:
    """The last word of a named speaker's name, titles dropped ("حركة النهضة" -> "النهضة"; "" for an
    anonymous or generic one: "مسؤول"): a body's name follows the word for its kind, so outlets
    that name it shorter meet."""
    if m.speaker_kind == "anonymous" or generic(m.speaker) or related(m.speaker):
        return ""
    words = name_tokens(m.speaker)
    return words[-1] if words else ""


def facts_of(text: str) -> Facts:
    """The numbers of a claim text, whether it is negated and whether it speaks of a report."""
    return Facts(numbers(text), negated(text), about_a_report(text))


def build_features(
    mentions: list[Mention],
    speakers: SpeakerIndex,
    state: MatchState | None = None,
    total: int | None = None,
) -> Features:
    """Lexical features, days and block keys of every mention (vectors come later, see `with_vectors`).
    With `state` (holding `total` mentions), words come from it and rarity counts every mention
    it holds, not only `mentions`: an update features just the neighbourhood of new statements."""
    texts = [claim_text(m) for m in mentions]
    if state is None:
        keyed = [match_words(m) for m in mentions]
        df: Counter[str] = Counter(w for ws in keyed for w in ws)
    else:
        keyed = [state.words[m.id] for m in mentions]
        df = state.df
    words = [without_frame_keys(ws) for ws in keyed]
    facts = [facts_of(t) for t in texts] if state is None else [state.facts[m.id] for m in mentions]
    ids = [speakers.of_mention.get(m.id, m.speaker) for m in mentions]
    return Features(
        words=words,
        nums=[f.nums for f in facts],
        days=[day_number(m.when) for m in mentions],
        speakers=ids,
        keys=[
            block_keys(w, s, m.speaker_kind == "anonymous", df)
            for w, s, m in zip(keyed, ids, mentions, strict=True)
        ],
        vectors=None,
        articles=[m.article_id for m in mentions],
        texts=texts,
        headline=[m.in_headline for m in mentions],
        negated=[f.negated for f in facts],
        langs=[m.lang for m in mentions],
        meta=[f.meta for f in facts],
        idf=_rarity(df, total or len(mentions), words if state is not None else None),
        names=[() if not speaker_tail(m) else name_tokens(m.speaker) for m in mentions],
        own=[governments(m.speaker, m.speaker_role) for m in mentions],
    )


@lru_cache(maxsize=1 << 16)
def propositions(text: str) -> frozenset[str]:
    """The keys of what a text claims, however it is worded: content words with the forms of one
    concept as one key ("هدنة" / "التهدئة" / "ceasefire") and each state as one key ("طهران" /
    "إيران") in place of the words naming it, so that two outlets' wordings of one claim share them."""
    found = states(text)
    if not found:
        return proposition_keys(text)
    naming = {word_key(w) for w in match_key(text).split() if states(w)}
    return frozenset(k for k in proposition_keys(text) if k not in naming) | found


def _rarity(df: Counter[str], n: int, only: list[frozenset[str]] | None = None) -> dict[str, float]:
    """Each word's inverse document frequency over `n` mentions (of the words in `only`, when
    given), at least a small floor so that a word every mention holds still counts a little."""
    vocabulary = df if only is None else {w for ws in only for w in ws}
    return {w: max(math.log(n / df[w]), MIN_IDF) for w in vocabulary}


def with_vectors(
    features: Features, embedder: Embedder, needed: Iterable[int], known: dict[int, np.ndarray] | None = None
) -> Features:
    """The features with sentence vectors for the `needed` mentions (zero rows for the others):
    only mentions that are ever compared are embedded, which is most of the cost; rows in
    `known` (embedded by an earlier build) are taken as they are."""
    known = known or {}
    vectors = np.zeros((len(features.texts), 512), dtype=np.float32)
    if known:
        vectors[list(known)] = np.stack(list(known.values()))
    rows = sorted(i for i in set(needed) if i not in known)
    if rows:
        vectors[rows] = embed_unique(embedder, [features.texts[i] for i in rows])
    return replace(features, vectors=vectors)
