"""Near-duplicate articles (one wire story in several outlets) by MinHash and banded LSH.

Signatures come from datasketch over word 3-shingles of the search_key-normalised text.
The LSH index lives in SQLite (`minhash_bands`), not in memory, so memory stays flat however
large the store grows and the index is committed in the same transaction as its article.
Each near-duplicate is linked to the first stored article of its cluster (`near_duplicates`).
Signatures are stored as 32-bit values (the affine32 scheme never exceeds 2**32 - 1).

Linking stays linear however many copies a story has: only an article that starts a cluster
is put in the band index (its copies are found through it), and a bucket holds at most
MAX_BUCKET articles (a band that many distinct texts share, like a stock phrase, says little).
So a new article is compared with at most BANDS * MAX_BUCKET stored ones.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import struct
import zlib

import numpy as np
from datasketch import LeanMinHash, MinHash

from rawi.arabic.normalize import match_key

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # threshold of the banding ~ (1/16) ** (1/4) = 0.5
THRESHOLD = 0.6  # estimated Jaccard similarity that counts as a near-duplicate
SHINGLE = 3
SEED = 1
SCHEME = "affine32"
MAX_BUCKET = 32  # articles indexed under one (band, bucket)


def shingles(text: str) -> list[bytes]:
    """The word 3-shingles of the normalised text, as bytes for hashing."""
    words = match_key(text).split()
    if len(words) < SHINGLE:
        return [" ".join(words).encode("utf-8")] if words else []
    triples = zip(*(words[k:] for k in range(SHINGLE)), strict=False)  # stops at the last whole triple
    return list(map(str.encode, map(" ".join, triples)))


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The MinHash permutations for NUM_PERM and SEED, drawn once (read-only)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (None when it has no words)."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(
        num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME
    )
    minhash.update_batch(grams)
    return LeanMinHash(minhash).hashvalues.astype(np.uint64)


def band_buckets(values: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature: each band of ROWS values hashed to one integer."""
    out = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        bucket = struct.unpack("<q", hashlib.blake2b(chunk, digest_size=8).digest())[0]
        out.append((band, bucket))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def link_article(
    conn: sqlite3.Connection, article_id: str, text: str, values: np.ndarray | None = None
) -> tuple[str, float] | None:
    """Link a new article to the cluster of its nearest stored duplicate; with none, index it as the
    first article of a new cluster.

    `values` is the text's signature when a worker computed it already. Returns
    (cluster_id, similarity) when linked. Runs inside the caller's transaction.
    """
    values = signature(text) if values is None else values
    if values is None:
        return None
    buckets = band_buckets(values)
    best = _best_candidate(conn, article_id, values, buckets)
    conn.execute(
        "INSERT OR IGNORE INTO minhashes(article_id, signature) VALUES (?, ?)",
        (article_id, values.astype(np.uint32).tobytes()),
    )
    if best is None:
        conn.executemany(
            "INSERT OR IGNORE INTO minhash_bands(band, bucket, article_id) VALUES (?, ?, ?)",
            [(band, bucket, article_id) for band, bucket in buckets if _has_room(conn, band, bucket)],
        )
        return None
    conn.execute(
        "INSERT OR IGNORE INTO near_duplicates(article_id, cluster_id, similarity) VALUES (?, ?, ?)",
        (article_id, best[0], best[1]),
    )
    return best


def _has_room(conn: sqlite3.Connection, band: int, bucket: int) -> bool:
    """Whether a bucket holds fewer than MAX_BUCKET articles (counted up to the cap, no further)."""
    held = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM minhash_bands WHERE band = ? AND bucket = ? LIMIT ?)",
        (band, bucket, MAX_BUCKET),
    ).fetchone()[0]
    return held < MAX_BUCKET


def _best_candidate(
    conn: sqlite3.Connection, article_id: str, values: np.ndarray, buckets: list[tuple[int, int]]
) -> tuple[str, float] | None:
    """The cluster of the most similar stored article above THRESHOLD (earliest on ties)."""
    where = " OR ".join("(b.band = ? AND b.bucket = ?)" for _ in buckets)
    params = [v for pair in buckets for v in pair]
    rows = conn.execute(
        f"SELECT DISTINCT m.article_id, m.signature, COALESCE(d.cluster_id, m.article_id) AS cluster,"
        f" a.rowid AS position FROM minhash_bands b JOIN minhashes m ON m.article_id = b.article_id"
        f" JOIN articles a ON a.id = m.article_id"
        f" LEFT JOIN near_duplicates d ON d.article_id = m.article_id"
        f" WHERE ({where}) AND m.article_id != ?",
        [*params, article_id],
    ).fetchall()
    best: tuple[float, int, str] | None = None
    for row in rows:
        score = similarity(values, np.frombuffer(row["signature"], dtype=np.uint32))
        if score >= THRESHOLD and (best is None or (score, -row["position"]) > (best[0], -best[1])):
            best = (score, row["position"], row["cluster"])
    return None if best is None else (best[2], best[0])
