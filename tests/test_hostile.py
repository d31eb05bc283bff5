"""Hostile input end to end (issue 13): every input built here, in temporary folders, ends in a
rejection or a clear one-line error, never a traceback, a hang or a lost batch."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.text import Text

from privileges import unprivileged
from rawi.cli import main
from rawi.output import from_spreadsheet_cell
from rawi.records import Article, Document, Extraction, Rejection, Statement
from rawi.sources import iter_documents
from rawi.store import connect
from rawi.store.export import export_csv
from rawi.store.importer import import_path
from rawi.store.writer import write_extraction
from rawi.views.rows import print_rows
from rawi.views.table import print_extraction
from rawi.web.responses import csv_text
from store_samples import aramco

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
ARTICLE = "قال وزير المالية إن الاقتصاد ينمو بثبات هذا العام.\n"


def _non_utf8_folder(tmp_path: Path) -> Path:
    """A folder with a file named in Latin-1 (not UTF-8) between two good ones."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(ARTICLE.replace("المالية", "الخارجية").encode())
    (folder / "z.txt").write_text(ARTICLE.replace("المالية", "الدفاع"), encoding="utf-8")
    return folder


def test_a_non_utf8_file_name_is_one_rejection_and_the_ingest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(_non_utf8_folder(tmp_path)), "--db", db]) == 0
    assert "2 ingested" in capsys.readouterr().err
    [(name, code)] = connect(db, readonly=True).execute("SELECT name, code FROM rejections").fetchall()
    assert (name.rsplit("/", 1)[-1], code) == ("caf\\xe9.txt", "E005")


def test_extract_jsonl_stays_valid_utf8_with_a_non_utf8_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "jsonl", str(_non_utf8_folder(tmp_path))]) == 1
    out, err = capsys.readouterr()
    out.encode("utf-8")
    assert [json.loads(line)["file"] for line in out.splitlines()] == ["a.txt", "z.txt"]
    assert "caf\\xe9.txt: E005" in err


HOSTILE = "[/x] [link=https://attacker.example]click[/link] \x1b]8;;https://a.example\x07bell\x1b[2J"


def _hostile_extraction() -> Extraction:
    """An extraction whose headline, speaker and content hold rich markup and escape sequences."""
    text = f"{HOSTILE}\nقال {HOSTILE} إن {HOSTILE}.\n"
    start = text.index("إن ") + 3
    statement = Statement(
        speaker=HOSTILE, speaker_role=None, speaker_kind="person", cue="قال",
        content=HOSTILE, quote_type="indirect", start=start, end=start + len(HOSTILE),
    )  # fmt: skip
    article = Article(name="x.txt", text=text, lang="ar", headline=HOSTILE, published=None)
    return Extraction(article=article, statements=(statement,))


def _shown(output: str) -> None:
    """The markup is shown as text, and no escape sequence or bell reaches the terminal."""
    assert "[/x]" in output and "[link=https://attacker.example]" in output
    assert "\x1b" not in output and "\x07" not in output


def test_extract_tables_show_markup_as_text_without_control_characters() -> None:
    out = io.StringIO()
    print_extraction(_hostile_extraction(), Console(file=out, width=400, force_terminal=True))
    _shown(Text.from_ansi(out.getvalue()).plain)
    assert "\x1b]8;" not in out.getvalue()  # no terminal hyperlink


def test_listing_tables_show_markup_as_text_without_control_characters() -> None:
    out = io.StringIO()
    print_rows([{"name": HOSTILE, "code": "E001", "reason": HOSTILE}], "table", out=out)
    _shown(out.getvalue())


def test_csv_cells_cannot_be_spreadsheet_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    formulas = ['=HYPERLINK("https://a.example")', "+1+2", "-2+3", "@SUM(A1)", "'=already"]
    out = io.StringIO()
    print_rows([{"cell": value} for value in formulas], "csv", out=out)
    cells = [row[0] for row in csv.reader(io.StringIO(out.getvalue()))][1:]
    assert all(cell.startswith("'") for cell in cells)
    assert [from_spreadsheet_cell(cell) for cell in cells] == formulas
    web = csv_text([{"cell": value} for value in formulas])
    assert all(row[0].startswith("'") for row in list(csv.reader(io.StringIO(web)))[1:])


def test_exported_csv_is_safe_and_imports_back_the_same(tmp_path: Path) -> None:
    db = connect(tmp_path / "s.db")
    outlet = "=cmd|' /C calc'!A0"
    write_extraction(db, aramco(outlet=outlet))
    export_csv(db, tmp_path / "csv")
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["outlet"] == "'" + outlet
    copy = connect(tmp_path / "copy.db")
    import_path(copy, tmp_path / "csv")
    assert copy.execute("SELECT outlet FROM articles").fetchone()[0] == outlet


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A test client over the small web store; server errors come back as responses."""
    from fastapi.testclient import TestClient

    from rawi.web import create_app
    from web_store import build_store

    return TestClient(
        create_app(build_store(tmp_path_factory.mktemp("web") / "news.db")), raise_server_exceptions=False
    )


@pytest.mark.parametrize("path", ["/api/search", "/api/speakers", "/api/denials", "/", "/rejections"])
@pytest.mark.parametrize("offset", [str(2**63), str(2**64 + 5), "99999999999999999999999999"])
def test_huge_offsets_are_422_with_the_error_shape(web: Any, path: str, offset: str) -> None:
    answer = web.get(path, params={"offset": offset})
    assert answer.status_code == 422 and "offset" in answer.text
    assert "Content-Security-Policy" in answer.headers


def test_a_crash_is_a_500_with_the_security_headers(web: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from rawi.store import web_queries

    def broken(*args: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(web_queries, "search", broken)
    answer = web.get("/api/search", params={"q": "x"})
    assert answer.status_code == 500 and answer.json()["ok"] is False
    assert "boom" not in answer.text and "Content-Security-Policy" in answer.headers


def test_every_csv_cell_is_written_one_way() -> None:
    from rawi.output import csv_cell

    assert [csv_cell(v) for v in (True, False, None, ["أ", "ب"], "=1+1", "نص")] == [
        1, 0, "", '["أ","ب"]', "'=1+1", "نص",
    ]  # fmt: skip


@pytest.mark.parametrize("date", ["2024-13", "2024-02-30", "0000", "2024-00-10", "2024-1"])
def test_dates_that_are_not_dates_are_refused_by_the_api(web: Any, date: str) -> None:
    for name in ("since", "until"):
        answer = web.get("/api/search", params={name: date})
        assert answer.status_code == 422 and name in answer.json()["error"]


def test_real_dates_pass_the_api(web: Any) -> None:
    for date in ("2024", "2024-02", "2024-02-29"):
        assert web.get("/api/search", params={"since": date}).status_code == 200


@pytest.mark.parametrize("date", ["2024-13", "2023-02-29", "0000"])
def test_dates_that_are_not_dates_are_one_cli_line(
    tmp_path: Path, date: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    assert main(["search", "--since", date, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "E030" in err and "--since" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("limit", ["100000000000000000000", "0", "-5", "1e20"])
def test_cli_limits_are_bounded(tmp_path: Path, limit: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    for command in ("search", "speakers", "rejections"):
        with pytest.raises(SystemExit) as stop:
            main([command, "--limit", limit, "--db", str(db)])
        assert stop.value.code == 2 and "--limit" in capsys.readouterr().err


def test_cli_outlet_wildcards_are_literal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    for pattern in ("%", "_"):
        assert main(["search", "--outlet", pattern, "--db", str(db), "--format", "jsonl"]) == 0
        assert capsys.readouterr().out == ""
    assert main(["search", "--outlet", "الاختبار", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.count("\n") == 3


def test_a_file_of_nul_bytes_is_binary_not_empty(tmp_path: Path) -> None:
    nuls = tmp_path / "zeros.txt"
    with nuls.open("wb") as handle:
        handle.truncate(8 * 1024 * 1024)
    [rejection] = iter_documents([str(nuls)])
    assert isinstance(rejection, Rejection) and rejection.code == "E002" and "NUL" in rejection.reason


@pytest.mark.parametrize(
    ("bound", "host", "status"),
    [
        ("127.0.0.1", "127.0.0.1:8000", 200),
        ("127.0.0.1", "localhost:8000", 200),
        ("127.0.0.1", "attacker.example", 400),
        ("127.0.0.1", "attacker.example:8000", 400),
        ("0.0.0.0", "attacker.example", 200),
    ],
)
def test_the_host_header_must_name_the_bound_address(
    tmp_path: Path, bound: str, host: str, status: int
) -> None:
    from fastapi.testclient import TestClient

    from rawi.cli.serve import allowed_hosts
    from rawi.web import create_app
    from web_store import build_store

    app = create_app(build_store(tmp_path / "news.db"), allowed_hosts=allowed_hosts(bound))
    answer = TestClient(app).get("/api/stats", headers={"host": host})
    assert answer.status_code == status
    assert "Content-Security-Policy" in answer.headers


def test_ingest_does_not_hold_the_write_lock_while_it_reads_and_extracts(tmp_path: Path) -> None:
    from rawi.store.ingest import ingest
    from store_samples import write_corpus

    write_corpus(tmp_path / "in", 6)
    db = tmp_path / "s.db"
    other = connect(db)
    other.execute("PRAGMA busy_timeout=0")
    taken: list[bool] = []

    def documents() -> Iterator[Document | Rejection]:
        """The corpus, trying at each document whether another writer could commit now."""
        for item in iter_documents([str(tmp_path / "in")]):
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                taken.append(False)
            except sqlite3.OperationalError:
                taken.append(True)
            yield item

    summary = ingest(connect(db), documents(), batch_size=2)
    assert summary.ingested == 6 and taken == [False] * 6


def test_a_full_disk_is_one_line_with_a_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import rawi.cli.store
    from store_samples import write_corpus

    write_corpus(tmp_path / "in", 30)
    db = tmp_path / "s.db"
    connect(db).close()

    def full(path: str) -> sqlite3.Connection:
        """The store, on a disk that fills after a few pages."""
        conn = connect(path)
        used = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={used + 3}")
        return conn

    monkeypatch.setattr(rawi.cli.store, "connect", full)
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rawi: E014") and "full" in err


def test_a_read_only_store_is_called_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from store_samples import write_corpus

    folder = Path(tempfile.mkdtemp())
    try:
        write_corpus(folder / "in", 2)
        db = folder / "s.db"
        connect(db).close()
        for path in (folder, folder / "in", *folder.glob("in/*"), db):
            path.chmod(0o755 if path.is_dir() else 0o444)
        with unprivileged():
            status = main(["ingest", str(folder / "in"), "--db", str(db)])
        err = capsys.readouterr().err
        assert status == 2 and err.startswith("rawi: E014") and "read-only" in err and err.count("\n") == 1
    finally:
        shutil.rmtree(folder)


def test_import_names_each_refused_line_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "out.jsonl")]) == 0
    good = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": 5}\n' + good, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(tmp_path / "bad.jsonl"), "--db", str(tmp_path / "copy.db")]) == 1
    first, summary = capsys.readouterr().err.splitlines()
    assert first.startswith(f"rawi: {tmp_path / 'bad.jsonl'}:1: E007") and "`text`" in first
    assert "1 articles" in summary and "1 invalid records" in summary


ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def test_a_store_query_past_the_time_limit_is_cancelled_as_e015(tmp_path: Path) -> None:
    from rawi.errors import UsageError
    from rawi.store.budget import cancelled, time_limit

    conn = connect(tmp_path / "s.db")
    time_limit(conn, 0.05)
    with pytest.raises(sqlite3.OperationalError) as stop:
        conn.execute(ENDLESS).fetchone()
    error = cancelled(stop.value, 0.05)
    assert isinstance(error, UsageError) and error.code == "E015"


def test_the_server_cancels_a_query_past_its_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from rawi.store import web_queries
    from rawi.web import create_app
    from web_store import build_store

    monkeypatch.setattr(web_queries, "search", lambda conn, *args: conn.execute(ENDLESS).fetchone())
    client = TestClient(create_app(build_store(tmp_path / "news.db"), time_limit=0.05))
    for path in ("/api/search", "/"):
        answer = client.get(path, params={"q": "الخبر"})
        assert answer.status_code == 503 and "E015" in answer.text
        assert "Content-Security-Policy" in answer.headers
    assert client.get("/api/search", params={"q": "الخبر"}).json()["ok"] is False


def test_the_cli_cancels_a_query_past_its_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import rawi.cli.store

    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    monkeypatch.setattr(
        rawi.cli.store, "search_page", lambda conn, *args, **kw: conn.execute(ENDLESS).fetchone()
    )
    assert main(["search", "x", "--time-limit", "0.05", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rawi: E015")


def test_many_or_short_prefix_terms_are_refused(
    web: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "ا* " * 170
    answer = web.get("/api/search", params={"q": hostile[:500]})
    assert answer.status_code == 400 and "prefix" in answer.json()["error"]
    db = tmp_path / "s.db"
    write_extraction(connect(db), aramco())
    assert main(["search", hostile, "--db", str(db)]) == 2
    assert capsys.readouterr().err.startswith("rawi: E009")
    assert main(["search", "أرامك* تقري*", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.count("\n") == 3
