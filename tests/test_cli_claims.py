"""`rawi claims`, `rawi claim`, `rawi timeline` and `rawi graph` over a small store."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claims_samples import extractions
from rawi.claims.speakers import Speaker
from rawi.cli import main
from rawi.store import connect
from rawi.store.writer import write_extraction


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.db"
    conn = connect(path)
    for extraction in extractions():
        write_extraction(conn, extraction)
    conn.close()
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--lexical"]) == 0
    return capsys.readouterr().out


def test_claims_lists_status_in_every_format(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(_run(capsys, "claims", "--db", db, "--format", "json"))
    assert rows[0]["status"] == "denied"
    assert rows[0]["denied_by"] == ["دميتري بيسكوف", "بسكوف"]
    lines = _run(capsys, "claims", "--db", db, "--format", "jsonl", "--status", "reported").splitlines()
    assert len(lines) == 4
    table = list(csv.DictReader(io.StringIO(_run(capsys, "claims", "--db", db, "--format", "csv"))))
    assert table[0]["status"] == "denied"
    assert "denied" in _run(capsys, "claims", "--db", db)


def test_claim_shows_the_timeline(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    claim_id = json.loads(_run(capsys, "claims", "--db", db, "--format", "json"))[0]["id"]
    detail = json.loads(_run(capsys, "claim", claim_id, "--db", db, "--format", "json"))
    assert [s["role"] for s in detail["statements"]] == ["first", "repeat", "deny", "deny"]
    assert [s["outlet"] for s in detail["statements"]][:2] == ["وكالة ألف", "صحيفة باء"]
    assert "deny" in _run(capsys, "claim", claim_id[:8], "--db", db, "--format", "csv")


def test_timeline_finds_a_speaker_by_any_spelling(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("بيسكوف", "Peskov"):
        rows = [
            json.loads(line)
            for line in _run(capsys, "timeline", name, "--db", db, "--format", "jsonl").splitlines()
        ]
        assert [r["speaker"] for r in rows] == ["دميتري بيسكوف", "بسكوف", "المتحدث باسم الكرملين"]
        assert {r["latin"] for r in rows} == {"Dmitry Peskov"}


def test_graph_writes_graphml_and_json(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chains.graphml"
    _run(capsys, "graph", "--db", db, "--format", "graphml", "-o", str(out))
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    edges = root.findall(".//g:edge", ns)
    assert any(e.get("source") == "source:وكاله الف" and e.get("target") == "source:بلومبرغ" for e in edges)
    graph = json.loads(_run(capsys, "graph", "--db", db, "--format", "json", "-o", "-"))
    assert {n["kind"] for n in graph["nodes"]} == {"outlet", "intermediary", "speaker", "claim"}
    assert {e["kind"] for e in graph["edges"]} == {"relays", "says", "denies"}


def test_errors_are_one_line_with_a_code(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", "--db", str(tmp_path / "missing.db")]) == 2
    assert "E005" in capsys.readouterr().err
    assert main(["claim", "0000000000", "--db", db, "--lexical"]) == 2
    assert "E021" in capsys.readouterr().err
    assert main(["timeline", "Nobody", "--db", db, "--lexical"]) == 2
    assert "E021" in capsys.readouterr().err
    bad = tmp_path / "aliases.json"
    bad.write_text("[]", "utf-8")
    assert main(["claims", "--db", db, "--aliases", str(bad), "--lexical"]) == 2
    assert "E020" in capsys.readouterr().err


def test_an_ambiguous_claim_prefix_lists_the_matches(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [row["id"] for row in json.loads(_run(capsys, "claims", "--db", db, "--format", "json"))]
    assert len(ids) > 1 and main(["claim", "", "--db", db, "--lexical"]) == 2  # every id begins so
    err = capsys.readouterr().err
    assert err.startswith("rawi: E032") and all(i in err for i in ids)
    assert main(["claim", ids[0][:6], "--db", db, "--lexical", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == ids[0]


def _speaker(number: int, name: str, latin: str, *variants: str) -> Speaker:
    return Speaker(
        id=f"p{number}", name=name, latin=latin, kind="person", variants=(name, *variants), roles=()
    )


def test_timeline_takes_the_identity_first_and_never_mixes_people() -> None:
    from rawi.claims.speakers import SpeakerIndex
    from rawi.cli.claims import pick_speakers

    people = [
        _speaker(1, "سالم الراشد", "Salem al-Rashed", "الراشد"),
        _speaker(2, "مازن الراشدي", "Mazen al-Rashidi"),
        _speaker(3, "نادر الرشيد", "Nader al-Rashid"),
        _speaker(4, "قسم الرصد", "Monitoring Desk"),
    ]
    index = SpeakerIndex(speakers={p.id: p for p in people}, of_mention={})
    assert [s.id for s in pick_speakers(index, "الراشد")] == ["p1"]
    assert [s.id for s in pick_speakers(index, "سالم")] == ["p1"]
    assert [s.id for s in pick_speakers(index, "salem al-rashed")] == ["p1"]
    assert [s.id for s in pick_speakers(index, "مازن")] == ["p2"]


def test_a_name_that_could_be_several_speakers_is_an_error(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rawi.claims.speakers import SpeakerIndex
    from rawi.cli import claims

    people = [_speaker(1, "سالم الراشد", "Salem al-Rashed"), _speaker(2, "سالم الكعبي", "Salem al-Kaabi")]
    index = SpeakerIndex(speakers={p.id: p for p in people}, of_mention={})
    monkeypatch.setattr(claims, "stored_speakers", lambda conn: index)
    assert main(["timeline", "سالم", "--db", db, "--lexical"]) == 2
    err = capsys.readouterr().err
    assert "rawi: E033" in err and "سالم الراشد" in err and "سالم الكعبي" in err


def test_a_spinner_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    from contextlib import nullcontext

    from rawi.cli.claims import _working

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert isinstance(_working("building"), nullcontext)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert not isinstance(_working("building"), nullcontext)
