"""Claims benchmark: grouping 100k statements (blocking by time window and entities, never all pairs).

The statements are the corpus's own (../shared/corpus/ar through the extractor), replicated
with shifted dates, other outlets and one word dropped per copy, so that copies are near
(not exact) repeats. Prints the time of each stage and the whole; target < 10 minutes on
2 cores. Then 1,000 new statements (copies of other wordings) are added to the built store with
`update_claims`, which features, pairs and embeds only the new statements' neighbourhood (the
words and vectors of the others kept from the build); target < 10 s. Wall and CPU time are
printed (on a shared machine the wall time counts others' work too).
Run with `make bench` or `python bench/bench_claims.py [N]`.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from rawi.claims.aliases import load_aliases
from rawi.claims.build import build_claims, update_claims
from rawi.claims.embed import load_embedder
from rawi.claims.mentions import Mention, mentions_of
from rawi.pipeline import process_document
from rawi.records import Extraction
from rawi.sources import iter_documents

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "ar"
TARGET = 100_000
OUTLETS = 60
DAYS = 730
NEW = 1_000


def corpus_mentions() -> list[Mention]:
    """The mentions the extractor finds in the Arabic corpus."""
    found: list[Mention] = []
    for document in iter_documents([str(CORPUS)]):
        result = process_document(document) if not hasattr(document, "code") else None
        if isinstance(result, Extraction):
            found.extend(mentions_of(result))
    return found


def _vary(text: str, rng: random.Random) -> str:
    """The text with one word (not the first) dropped, when it has more than three."""
    words = text.split()
    if len(words) > 3:
        del words[rng.randrange(1, len(words))]
    return " ".join(words)


def replicate(seed: list[Mention], target: int, rng: random.Random) -> list[Mention]:
    """`target` mentions: copies of `seed` with new ids, articles, outlets, dates and wordings."""
    start = date(2020, 1, 1)
    out = []
    for n in range(target):
        m = seed[n % len(seed)]
        copy = n // len(seed)
        day = (start + timedelta(days=rng.randrange(DAYS))).isoformat()
        content = m.content if copy == 0 else _vary(m.content, rng)
        out.append(
            replace(m, id=f"{m.id}-{copy}", article_id=f"{m.article_id}-{copy}", file=f"{copy}-{m.file}",
                    outlet=f"outlet {rng.randrange(OUTLETS)}", published=day, date=None, content=content)
        )  # fmt: skip
    return out


def main() -> int:
    """Time claim building over TARGET (or argv[1]) replicated statements."""
    if not CORPUS.exists():
        print(f"skipped: the shared corpus is not at {CORPUS}")
        return 0
    target = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else TARGET
    t0 = time.perf_counter()
    seed = corpus_mentions()
    mentions = replicate(seed, target, random.Random(7))
    t1 = time.perf_counter()
    embedder = load_embedder()
    c1 = time.process_time()
    claims = build_claims(mentions, load_aliases(), embedder)
    t2, c2 = time.perf_counter(), time.process_time()
    grouped = sum(1 for c in claims.claims if len(c.members) > 1)
    fresh = [
        replace(m, id=f"new-{m.id}", article_id=f"new-{m.article_id}", file=f"new-{m.file}")
        for m in replicate(seed, target + NEW, random.Random(11))[target:]
    ]
    t3, c3 = time.perf_counter(), time.process_time()
    updated = update_claims([*mentions, *fresh], claims, load_aliases(), embedder)
    t4, c4 = time.perf_counter(), time.process_time()
    print(f"extract corpus + replicate: {t1 - t0:.1f} s ({len(seed)} corpus statements -> {len(mentions)})")
    print(
        f"build_claims ({'embeddings + lexical' if embedder else 'lexical only'}): {t2 - t1:.1f} s "
        f"(CPU {c2 - c1:.1f} s) "
        f"for {len(mentions)} statements -> {len(claims.claims)} claims ({grouped} with 2+ statements), "
        f"{len(claims.links)} denial/confirmation links"
    )
    print(
        f"update_claims: {t4 - t3:.1f} s (CPU {c4 - c3:.1f} s) to add {len(fresh)} statements "
        f"to {len(mentions)} "
        f"-> {len(updated.claims)} claims"
    )
    return 0


if __name__ == "__main__":
    main()
