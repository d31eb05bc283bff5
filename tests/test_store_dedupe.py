"""Near-duplicates: one story carried by several outlets is linked and counted once."""

from __future__ import annotations

from pathlib import Path

from rawi.store import connect
from rawi.store.dedupe import shingles, signature, similarity
from rawi.store.queries import speakers, stats
from rawi.store.writer import write_extraction
from store_samples import ARAMCO_TEXT, aramco, weather


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
