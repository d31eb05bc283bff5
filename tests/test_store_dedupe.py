"""Near-duplicates: one story carried by several outlets is linked and counted once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rawi.records import Article, Extraction
from rawi.store import connect
from rawi.store.dedupe import shingles, signature, similarity
from rawi.store.queries import speakers, stats
from rawi.store.writer import write_extraction
from store_samples import ARAMCO_TEXT, WORDS, aramco, weather


def test_shingles_ignore_diacritics_and_alef_forms() -> None:
    assert shingles("أَرَامْكُو تنفي التقرير") == shingles("ارامكو تنفي التقرير")


def test_near_identical_texts_have_high_similarity() -> None:
    a = signature(ARAMCO_TEXT * 3)
    b = signature(ARAMCO_TEXT * 3 + "\nالمصدر: وكالة أخرى")
    c = signature(weather().article.text * 3)
    assert a is not None and b is not None and c is not None
    assert similarity(a, b) >= 0.8
    assert similarity(a, c) < 0.3


def test_wire_story_in_three_outlets_is_one_independent_source(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    first = aramco(outlet="الأولى", name="a1.txt")
    write_extraction(conn, first)
    write_extraction(conn, aramco(outlet="الثانية", name="a2.txt", text=ARAMCO_TEXT + "المصدر: الثانية\n"))
    write_extraction(conn, aramco(outlet="الثالثة", name="a3.txt", text="تحديث\n" + ARAMCO_TEXT))
    write_extraction(conn, weather())
    clusters = {r[0] for r in conn.execute("SELECT cluster_id FROM near_duplicates")}
    assert clusters == {first.article.id}
    counts = stats(conn)
    assert counts["articles"] == 4 and counts["independent_articles"] == 2
    assert counts["statements"] == 10 and counts["independent_statements"] == 4
    spokesman = next(r for r in speakers(conn) if r["speaker"] == "خالد سمير")
    assert spokesman["articles"] == 3 and spokesman["independent_stories"] == 1


def _scored(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the signatures compared while linking (one entry per comparison)."""
    import rawi.store.dedupe

    calls: list[int] = []
    original = rawi.store.dedupe.similarity

    def counted(a: np.ndarray, b: np.ndarray) -> float:
        calls.append(1)
        return original(a, b)

    monkeypatch.setattr(rawi.store.dedupe, "similarity", counted)
    return calls


def test_copies_of_one_story_are_compared_with_its_first_copy_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = connect(tmp_path / "s.db")
    calls = _scored(monkeypatch)
    copies = 60
    for n in range(copies):
        write_extraction(
            conn, aramco(outlet=f"منفذ {n}", name=f"copy{n}.txt", text=ARAMCO_TEXT + f"نسخة {n}\n")
        )
    assert len(calls) <= copies
    clusters = [r[0] for r in conn.execute("SELECT DISTINCT cluster_id FROM near_duplicates")]
    assert len(clusters) == 1 and stats(conn)["independent_articles"] == 1


def _plain(name: str, text: str) -> Extraction:
    """An article without statements, for the near-duplicate index alone."""
    return Extraction(Article(name=name, text=text, lang="ar", headline=text.split("\n")[0], published=None))


def test_a_bucket_shared_by_many_distinct_texts_stops_growing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rawi.store.dedupe

    monkeypatch.setattr(rawi.store.dedupe, "MAX_BUCKET", 4)
    conn = connect(tmp_path / "s.db")
    calls = _scored(monkeypatch)
    shared = " ".join(WORDS[:32])  # about half of each text: similar, but under the threshold
    count = 40
    for n in range(count):
        own = " ".join(f"{WORDS[(n * 7 + k * 3) % len(WORDS)]}{n}" for k in range(14))
        write_extraction(conn, _plain(f"d{n}.txt", f"خبر {n}\n{shared} {own}\n"))
    sizes = [r[0] for r in conn.execute("SELECT count(*) FROM minhash_bands GROUP BY band, bucket")]
    assert max(sizes) == 4  # buckets filled up to the cap, and no further
    assert len(calls) <= count * 16 * 4
