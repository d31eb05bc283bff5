"""The web's read-only queries: capped counting, ordering, near-duplicates, read-only opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.store import search as search_module
from rawi.store import web_queries
from rawi.store.web_queries import SearchFilters
from web_store import build_store


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    connection = web_queries.open_readonly(build_store(tmp_path_factory.mktemp("q") / "news.db"))
    yield connection
    connection.close()


def test_counted_up_to_the_cap_and_ranked_either_way(conn, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ranked = web_queries.search(conn, "صفقة", SearchFilters(), 10, 0)
    assert (ranked.total, ranked.exact, ranked.order) == (6, True, "rank")
    monkeypatch.setattr(search_module, "COUNT_CAP", 3)
    capped = web_queries.search(conn, "صفقة", SearchFilters(), 2, 0)
    assert (capped.total, capped.exact, capped.order, len(capped.rows)) == (3, False, "rank", 2)
    assert capped.rows == ranked.rows[:2]
    later = web_queries.search(conn, "صفقة", SearchFilters(), 10, 2)
    assert later.rows == ranked.rows[2:]


def test_without_text_newest_articles_first_in_text_order(conn) -> None:  # type: ignore[no-untyped-def]
    rows = web_queries.search(conn, "", SearchFilters(), 50, 0).rows
    keys = [(r["published"], r["seq"]) for r in rows]
    assert [p for p, _ in keys] == sorted((p for p, _ in keys), reverse=True)
    assert [s for p, s in keys if p == "2024-01-26"] == [0, 1, 2, 3]


def test_outlets_count_anonymous_share(conn) -> None:  # type: ignore[no-untyped-def]
    rows = {r["outlet"]: r for r in web_queries.outlets(conn, 10, 0).rows}
    assert rows["وكالة الأنباء"]["anonymous_share"] == 0.5 and rows["<i>منفذ</i>"]["anonymous"] == 0


def test_article_lists_its_near_duplicates(tmp_path: Path) -> None:
    from rawi.store import connect

    db = build_store(tmp_path / "dup.db")
    writer = connect(db)
    ids = [r[0] for r in writer.execute("SELECT id FROM articles ORDER BY published")]
    writer.execute("INSERT INTO near_duplicates VALUES (?, ?, 0.9)", (ids[1], ids[0]))
    writer.close()
    conn = web_queries.open_readonly(db)
    assert [d["id"] for d in web_queries.article(conn, ids[0])["near_duplicates"]] == [ids[1]]
    assert [d["id"] for d in web_queries.article(conn, ids[1])["near_duplicates"]] == [ids[0]]
    assert web_queries.article(conn, ids[2])["near_duplicates"] == []
    assert web_queries.article(conn, "missing") is None


def test_open_readonly_refuses_missing_and_writes(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="E005"):
        web_queries.open_readonly(tmp_path / "none.db")
    conn = web_queries.open_readonly(build_store(tmp_path / "ro.db"))
    assert web_queries.store_version(conn) == web_queries.SCHEMA
    with pytest.raises(Exception, match="readonly"):
        conn.execute("INSERT INTO rejections VALUES ('x', 'y', 'E001', 'z')")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("cli") / "news.db")


@pytest.mark.parametrize(
    ("query", "options", "filters"),
    [
        ("صفقة", [], SearchFilters()),
        ("صفقة", ["--stance", "deny"], SearchFilters(stance="deny")),
        ("", ["--speaker", "بيسكوف"], SearchFilters(speaker="بيسكوف")),
        ("", ["--anonymous"], SearchFilters(anonymous=True)),
        ("الاجتماع OR اللقاء", [], SearchFilters()),
        ("", ["--quote-type", "direct", "--since", "2024-01", "--until", "2024-01-26"],
         SearchFilters(quote_type="direct", since="2024-01", until="2024-01-26")),
        ("", ["--outlet", "العربي", "--stance", "assert"], SearchFilters(outlet="العربي", stance="assert")),
        ("", ["--since", "2024-02"], SearchFilters(since="2024-02")),
        ("", [], SearchFilters()),
        ("صفقة", ["--outlet", "الأنباء"], SearchFilters(outlet="الأنباء")),
    ],
)  # fmt: skip
def test_same_results_in_the_same_order_as_rawi_search(
    db: Path, query: str, options: list[str], filters: SearchFilters, capsys: pytest.CaptureFixture
) -> None:
    import json

    from rawi.cli import main

    assert main(["search", query, "--db", str(db), "--format", "jsonl", "--limit", "100", *options]) == 0
    theirs = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    ours = web_queries.search(web_queries.open_readonly(db), query, filters, 100, 0).rows  # fields and all
    assert ours == theirs and ours


def test_denials_link_the_denied_statement_when_claims_are_built(tmp_path: Path) -> None:
    from rawi.store import connect
    from rawi.store.claims_store import ensure_claim_tables

    db = build_store(tmp_path / "claims.db")
    before = web_queries.denials(web_queries.open_readonly(db), 10, 0).rows
    assert all("denied_statement_id" not in r for r in before)  # no claims layer: target text only
    writer = connect(db)
    ensure_claim_tables(writer)
    denial = writer.execute("SELECT id FROM statements WHERE cue = 'نفى'").fetchone()[0]
    report = writer.execute("SELECT id, article_id FROM statements WHERE cue = 'ذكرت'").fetchone()
    writer.execute("INSERT INTO claim_links VALUES (?, ?, 'c1', 'deny', 0.9, 'test')", (denial, report[0]))
    writer.close()
    rows = {r["id"]: r for r in web_queries.denials(web_queries.open_readonly(db), 10, 0).rows}
    assert (rows[denial]["denied_statement_id"], rows[denial]["denied_article_id"]) == tuple(report)
    assert rows[denial]["denied_speaker"] == "مسؤولين مطلعين" and len(rows) == 3
