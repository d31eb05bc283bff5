"""Search, stats, speakers and rejections over a small store written from sample articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.records import Rejection
from rawi.store import connect
from rawi.store import search as search_module
from rawi.store.queries import SearchFilters, rejections, search, speakers, stats
from rawi.store.writer import write_extraction, write_rejection
from store_samples import aramco, weather


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    writer = connect(tmp_path / "s.db")
    write_extraction(writer, aramco())
    write_extraction(writer, weather())
    write_rejection(writer, Rejection("page.html", "E006", "no <body>"))
    writer.close()
    return connect(tmp_path / "s.db", readonly=True)


@pytest.mark.parametrize("query", ["أرامكو", "ارامكو", "أَرَامْكُو"])
def test_alef_and_diacritic_forms_find_the_same_statements(conn: sqlite3.Connection, query: str) -> None:
    found = search(conn, query)
    assert {r["speaker"] for r in found} == {"أرامكو", "خالد سمير", "مصدر مطلع"}


def test_results_carry_display_text_and_article(conn: sqlite3.Connection) -> None:
    (row,) = search(conn, '"غير صحيح"')
    assert row["content"] == '"التقرير غير صحيح"'
    assert row["headline"] == "أرامكو تنفي تقريرا عن بيع حصة جديدة"
    assert row["outlet"] == "وكالة الاختبار" and row["published"] == "2024-03-01"


def test_ranking_puts_content_matches_first(conn: sqlite3.Connection) -> None:
    rows = search(conn, "أمطار* OR صحيح")
    assert [r["speaker"] for r in rows][:1] in (["هيئة الأرصاد"], ["خالد سمير"])
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("filters", "speakers_found"),
    [
        (SearchFilters(stance="deny"), {"أرامكو", "خالد سمير"}),
        (SearchFilters(speaker="خالد"), {"خالد سمير"}),
        (SearchFilters(role="المتحدث باسم ارامكو"), {"خالد سمير"}),
        (SearchFilters(quote_type="direct"), {"خالد سمير"}),
        (SearchFilters(anonymous=True), {"مصدر مطلع"}),
        (SearchFilters(outlet="صحيفة الطقس"), {"هيئة الأرصاد"}),
        (SearchFilters(since="2024-04-01"), {"هيئة الأرصاد"}),
        (SearchFilters(until="2024-03-01"), {"أرامكو", "خالد سمير", "مصدر مطلع"}),
        (SearchFilters(since="2024-03-02", until="2024-03-31"), set()),
        (SearchFilters(outlet="الطقس", since="2024"), {"هيئة الأرصاد"}),
        (SearchFilters(outlet="no such outlet"), set()),
    ],
)
def test_filters_without_query(conn: sqlite3.Connection, filters: SearchFilters, speakers_found: set) -> None:
    assert {r["speaker"] for r in search(conn, "", filters)} == speakers_found


def test_query_and_filter_combine(conn: sqlite3.Connection) -> None:
    rows = search(conn, "أرامكو", SearchFilters(stance="deny", speaker="خالد سمير"))
    assert [r["speaker"] for r in rows] == ["خالد سمير"]


@pytest.mark.parametrize("query", ['"تقرير', "تقرير AND", "(تقرير", "NOT"])
def test_syntax_errors_are_e009(conn: sqlite3.Connection, query: str) -> None:
    with pytest.raises(UsageError) as error:
        search(conn, query)
    assert error.value.code == "E009"


def test_stats_speakers_rejections(conn: sqlite3.Connection) -> None:
    counts = stats(conn)
    assert counts["articles"] == 2 and counts["statements"] == 4 and counts["speakers"] == 4
    assert counts["stances"] == {"deny": 2, "assert": 2}
    assert counts["rejection_codes"] == {"E006": 1}
    top = speakers(conn, limit=10)
    assert {r["speaker"] for r in top} == {"أرامكو", "خالد سمير", "مصدر مطلع", "هيئة الأرصاد"}
    assert next(r for r in top if r["speaker"] == "خالد سمير")["roles"] == "المتحدث باسم أَرَامْكُو"
    (rejected,) = rejections(conn)
    assert rejected["code"] == "E006" and rejected["cause"] and rejected["fix"]


def test_frequent_terms_are_ranked_among_the_newest_matches(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 2)
    assert {r["speaker"] for r in search(conn, "أرامكو")} == {"خالد سمير", "مصدر مطلع"}
    assert len(search(conn, "أرامكو", SearchFilters(outlet="وكالة الاختبار"))) == 2
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    assert {r["speaker"] for r in search(conn, "أرامكو")} == {"أرامكو", "خالد سمير", "مصدر مطلع"}


def test_words_with_article_or_conjunction_match(conn: sqlite3.Connection) -> None:
    assert [r["speaker"] for r in search(conn, "تقرير صحيح")] == ["خالد سمير"]
    assert {r["speaker"] for r in search(conn, "والشركة")} == {"مصدر مطلع"}


@pytest.mark.parametrize(
    ("query", "filters", "code"),
    [("...", SearchFilters(), "E009"), ("", SearchFilters(since="01/02/2024"), "E030"),
     ("", SearchFilters(until="May"), "E030"), ("", SearchFilters(since="yesterday"), "E030"),
     ("", SearchFilters(since="2018-13-01"), "E030"), ("", SearchFilters(until="2019-02-30"), "E030")],
)  # fmt: skip
def test_queries_without_words_and_bad_dates_have_their_codes(
    conn: sqlite3.Connection, query: str, filters: SearchFilters, code: str
) -> None:
    with pytest.raises(UsageError) as error:
        search(conn, query, filters)
    assert error.value.code == code
    assert code == "E009" or "e.g. --since 2018-10-01" in error.value.message


def test_partial_dates_filter_by_prefix(conn: sqlite3.Connection) -> None:
    assert {r["speaker"] for r in search(conn, "", SearchFilters(since="2024-04", until="2024"))} == {
        "هيئة الأرصاد"
    }


@pytest.mark.parametrize("window", [1, 2, 5000])
@pytest.mark.parametrize(
    "filters",
    [
        SearchFilters(stance="deny"),
        SearchFilters(outlet="الاختبار", since="2024-01"),
        SearchFilters(until="2024-04"),
        SearchFilters(anonymous=True, quote_type="indirect"),
        SearchFilters(since="2024-03-01", until="2024-03-01"),
    ],
)
def test_filters_on_rows_and_in_the_index_agree(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, window: int, filters: SearchFilters
) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", window)
    found = []
    for ratio in (1e-9, 1e9):  # every filter intersected in FTS5; every filter checked on rows
        monkeypatch.setattr(search_module, "SCAN_RATIO", ratio)
        found.append(sorted(r["id"] for r in search(conn, "أرامكو OR أمطار* OR الشركة", filters)))
    assert found[0] == found[1]
    assert found[0]
