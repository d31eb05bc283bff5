"""Claims in the store: tables written, refreshed only when statements change, queried back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claims_samples import article, extractions, other, statement
from rawi.claims.features import STATE_VERSION
from rawi.store import claims_store, connect
from rawi.store.claims_store import (
    chain_rows,
    claim_detail,
    has_claim_tables,
    list_claims,
    refresh_claims,
    stored_speakers,
    timeline,
)
from rawi.store.migrations import migrate
from rawi.store.writer import write_extraction


@pytest.fixture
def store(tmp_path: Path) -> sqlite3.Connection:
    conn = connect(tmp_path / "news.db")
    for extraction in extractions():
        write_extraction(conn, extraction)
    return conn


def test_claims_are_built_once_and_rebuilt_when_statements_change(store: sqlite3.Connection) -> None:
    assert not has_claim_tables(store)
    assert refresh_claims(store, lexical=True)
    assert not refresh_claims(store, lexical=True)
    write_extraction(store, other())
    assert refresh_claims(store, lexical=True)
    assert refresh_claims(store, lexical=True, rebuild=True)


def test_listing_and_detail_carry_status_first_report_and_denials(store: sqlite3.Connection) -> None:
    refresh_claims(store, lexical=True)
    denied = list_claims(store, status="denied")
    assert len(denied) == 1
    claim = denied[0]
    assert (claim["first_date"], claim["first_outlet"], claim["n_articles"], claim["n_outlets"]) == (
        "2024-01-24", "وكالة ألف", 3, 3,
    )  # fmt: skip
    assert claim["first_chain"] == ["وكالة ألف", "بلومبرغ", "مصدرين مطلعين"]
    assert claim["denied_by"] == ["دميتري بيسكوف", "بسكوف"]
    assert claim["denied_at"] == "2024-01-26"
    found = claim_detail(store, claim["id"][:6])
    assert found is not None
    detail, statements = found
    assert detail["id"] == claim["id"]
    assert [s["role"] for s in statements] == ["first", "repeat", "deny", "deny"]
    assert claim_detail(store, "ffffffffff") is None


def test_timeline_and_chains_use_speaker_identities(store: sqlite3.Connection) -> None:
    refresh_claims(store, lexical=True)
    speakers = stored_speakers(store).speakers.values()
    peskov = next(s for s in speakers if s.latin == "Dmitry Peskov")
    rows = timeline(store, [peskov.id])
    assert [r["speaker"] for r in rows] == ["دميتري بيسكوف", "بسكوف", "المتحدث باسم الكرملين"]
    chains = list(chain_rows(store))
    assert len(chains) == 8
    assert {"outlet": "وكالة ألف", "via": ["بلومبرغ"]}.items() <= next(c for c in chains if c["via"]).items()


def test_a_claim_known_only_from_its_denial_has_no_report(tmp_path: Path) -> None:

    text = "لا صحة لخبر\n2024-02-01\nنفت الوزارة ما تردد عن رفع أسعار الخبز.\n"
    denial = statement(text, "ما تردد عن رفع أسعار الخبز", "الوزارة", speaker_kind="organization",
                       cue="نفت", stance="deny", target="ما تردد")  # fmt: skip
    conn = connect(tmp_path / "only.db")
    write_extraction(conn, article("only.txt", text, "موقع", [denial]))
    refresh_claims(conn, lexical=True)
    (claim,) = list_claims(conn)
    assert (claim["status"], claim["n_reports"], claim["n_statements"]) == ("denied", 0, 1)
    assert claim["denied_by"] == ["الوزارة"]


def _grouping(conn: sqlite3.Connection) -> set[frozenset[tuple[str, str]]]:
    """The stored claims as sets of (statement id, role)."""
    groups: dict[str, set[tuple[str, str]]] = {}
    for statement_id, claim_id, role in conn.execute(
        "SELECT statement_id, claim_id, role FROM claim_statements"
    ):
        groups.setdefault(claim_id, set()).add((statement_id, role))
    return {frozenset(g) for g in groups.values()}


def test_statements_added_later_update_the_claims_to_what_a_full_build_gives(tmp_path: Path) -> None:
    first, second, third = extractions()
    step = connect(tmp_path / "step.db")
    write_extraction(step, first)
    assert refresh_claims(step, lexical=True)
    for extraction in (second, third, other()):
        write_extraction(step, extraction)
        assert refresh_claims(step, lexical=True)
    whole = connect(tmp_path / "whole.db")
    for extraction in (first, second, third, other()):
        write_extraction(whole, extraction)
    assert refresh_claims(whole, lexical=True)
    assert _grouping(step) == _grouping(whole)
    assert list_claims(step)[0]["status"] == "denied"
    kept = "SELECT count(*) FROM claim_state"
    assert step.execute(kept).fetchone() == step.execute("SELECT count(*) FROM statements").fetchone()
    counts = dict(step.execute("SELECT word, n FROM claim_word_counts").fetchall())
    assert counts == dict(whole.execute("SELECT word, n FROM claim_word_counts").fetchall())


def test_migration_8_gives_an_older_store_the_matching_state_its_next_update_fills(tmp_path: Path) -> None:
    first, second, third = extractions()
    old = connect(tmp_path / "old.db")
    for extraction in (first, second):
        write_extraction(old, extraction)
    assert refresh_claims(old, lexical=True)
    for table in ("claim_state", "claim_word_counts"):
        old.execute(f"DROP TABLE {table}")
    old.execute("PRAGMA user_version = 7")
    assert migrate(old) == [8]
    assert old.execute("SELECT count(*) FROM claim_state").fetchone()[0] == 0
    for extraction in (third, other()):
        write_extraction(old, extraction)
    assert refresh_claims(old, lexical=True)
    whole = connect(tmp_path / "whole.db")
    for extraction in (first, second, third, other()):
        write_extraction(whole, extraction)
    assert refresh_claims(whole, lexical=True)
    assert _grouping(old) == _grouping(whole)
    stored = old.execute("SELECT count(*) FROM claim_state").fetchone()[0]
    assert stored == old.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_a_store_whose_claims_older_code_built_is_rebuilt_whole(
    store: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    refresh_claims(store, lexical=True)
    store.execute("UPDATE claim_state SET words = '[\"stale\"]'")  # what older code saved
    store.execute("UPDATE claims_meta SET value = replace(value, ?, ?)", (f",{STATE_VERSION}]", ",1]"))
    rebuilt: list[bool] = []
    monkeypatch.setattr(claims_store, "update_claims", lambda *a, **k: rebuilt.append(False))
    write_extraction(store, other())
    assert refresh_claims(store, lexical=True)
    assert not rebuilt  # built whole, not updated over the stale state
    assert store.execute("SELECT count(*) FROM claim_state WHERE words = '[\"stale\"]'").fetchone()[0] == 0
    assert not refresh_claims(store, lexical=True)
