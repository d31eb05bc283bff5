"""`rawi extract` end to end on bad input: every file gets a result or one line naming it."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from privileges import unprivileged
from rawi.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
ARABIC = (FIXTURES / "article_ar.txt").read_text(encoding="utf-8")
ENGLISH = (FIXTURES / "article_en.txt").read_text(encoding="utf-8")
MB = 1024 * 1024


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], list[str]]:
    """Exit status, JSONL records on stdout and error lines on stderr of one `rawi` run."""
    status = main(args)
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err.splitlines()


def bad_input_folder(folder: Path) -> Path:
    """The issue's folder: empty, binary, 50 MB, cp1256, UTF-16 BOM, invalid UTF-8, English."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    with (folder / "huge.txt").open("wb") as handle:
        line = "قال المتحدث إن الأمور على ما يرام.\n".encode()
        handle.write(line * (50 * MB // len(line) + 1))
    (folder / "cp1256.txt").write_bytes(ARABIC.encode("cp1256"))
    (folder / "utf16.txt").write_bytes(ARABIC.encode("utf-16"))
    good = ARABIC.encode("utf-8")
    middle = good.index("وأضاف".encode())
    (folder / "invalid_utf8.txt").write_bytes(good[:middle] + b"\xff\xfe\xc3(" + good[middle:])
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def test_bad_input_folder_rejects_three_and_extracts_four(tmp_path, capsys):
    folder = bad_input_folder(tmp_path / "mixed")
    status, records, errors = run(["extract", "--format", "jsonl", str(folder)], capsys)
    assert status == 1
    assert sorted(record["file"] for record in records) == [
        "cp1256.txt",
        "english.txt",
        "invalid_utf8.txt",
        "utf16.txt",
    ]
    assert len(errors) == 3
    codes = {line.split(": ")[1].rsplit("/", 1)[-1]: line.split(": ")[2] for line in errors}
    assert codes == {"binary.dat": "E002", "empty.txt": "E001", "huge.txt": "E004"}
    assert all(line.startswith("rawi: ") and "; " in line for line in errors)


def test_decodable_files_give_the_article_text(tmp_path, capsys):
    folder = bad_input_folder(tmp_path / "mixed")
    status, records, _ = run(["extract", "--format", "jsonl", str(folder)], capsys)
    by_file = {record["file"]: record for record in records}
    headline = ARABIC.splitlines()[0]
    for name in ("cp1256.txt", "utf16.txt", "invalid_utf8.txt"):
        assert by_file[name]["headline"] == headline
        assert by_file[name]["published"] == "2024-03-11"
    assert by_file["english.txt"]["headline"] == ENGLISH.splitlines()[0]
    assert status == 1
    _, [original], _ = run(["extract", "--format", "jsonl", str(FIXTURES / "article_ar.txt")], capsys)
    for name in ("cp1256.txt", "utf16.txt"):  # same text, so the same statements as the UTF-8 file
        assert by_file[name]["statements"] == original["statements"]


def test_good_inputs_exit_zero(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    status, records, errors = run(["extract", "--format", "jsonl", str(tmp_path)], capsys)
    assert (status, len(records), errors) == (0, 2, [])


def test_200_mb_file_is_rejected_without_reading_it(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(ENGLISH.encode() * 400)  # 100 KB of text, then a sparse hole up to 200 MB:
        handle.truncate(200 * MB)  # fast to make, and rawi must not read it all
    status, records, errors = run(["extract", "--format", "jsonl", str(big)], capsys)
    assert (status, records) == (1, [])
    assert errors[0].startswith(f"rawi: {big}: E004: ")


def test_max_bytes_option_raises_the_limit(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 20, encoding="utf-8")
    assert run(["extract", "--format", "jsonl", "--max-bytes", "1000", str(big)], capsys)[0] == 1
    assert run(["extract", "--format", "jsonl", "--max-bytes", "100000", str(big)], capsys)[0] == 0


def test_missing_path_and_unmatched_glob_are_one_line_each(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    args = [
        "extract",
        "--format",
        "jsonl",
        str(tmp_path / "nope.txt"),
        str(tmp_path / "*.xml"),
        str(tmp_path),
    ]
    status, records, errors = run(args, capsys)
    assert (status, len(records)) == (1, 1)
    assert [line.split(": ")[2] for line in errors] == ["E005", "E005"]


def test_permission_denied_file_and_folder_are_rejected(tmp_path, capsys):
    locked = tmp_path / "locked.txt"
    locked.write_text(ENGLISH, encoding="utf-8")
    locked.chmod(0)
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "inside.txt").write_text(ENGLISH, encoding="utf-8")
    closed.chmod(0)
    try:
        with unprivileged():
            status, records, errors = run(["extract", "--format", "jsonl", str(locked), str(closed)], capsys)
    finally:
        closed.chmod(0o755)
    assert (status, records) == (1, [])
    assert [line.split(": ")[1:3] for line in errors] == [[str(locked), "E005"], [str(closed), "E005"]]
    assert "ermission denied" in errors[0]


def test_fifo_and_broken_link_in_a_folder_are_rejected_not_opened(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")  # opening it would block: rawi must not
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    status, records, errors = run(["extract", "--format", "jsonl", str(tmp_path)], capsys)
    assert (status, len(records)) == (1, 1)
    assert sorted(line.split(": ")[1].rsplit("/", 1)[-1] for line in errors) == ["dangling", "pipe"]
    assert all(": E005: " in line for line in errors)


def test_truncated_gzip_keeps_nothing_broken_and_says_so(tmp_path, capsys):
    packed = gzip.compress(ENGLISH.encode() * 50)
    cut = tmp_path / "article.txt.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    status, records, errors = run(["extract", "--format", "jsonl", str(cut)], capsys)
    assert (status, records) == (1, [])
    assert ": E007: " in errors[0]


def test_jsonl_field_options(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"story": ENGLISH, "where": "https://x.example/1", "when": "2024-04-02"}) + "\n"
    )
    status, records, errors = run(
        ["extract", "--format", "jsonl", "--text-field", "story", "--url-field", "where", str(dump)], capsys
    )
    assert (status, errors) == (0, [])
    assert records[0]["url"] == "https://x.example/1"
    status, _, errors = run(["extract", "--format", "jsonl", str(dump)], capsys)
    assert status == 1 and ": E008: " in errors[0]


def test_stdin_is_read(tmp_path):
    code = "import sys; from rawi.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", "--format", "jsonl", "-"],
        input=ARABIC.encode("cp1256"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    record = json.loads(done.stdout)
    assert record["headline"] == ARABIC.splitlines()[0]


def test_every_fixture_format_through_the_cli(capsys):
    status, records, errors = run(["extract", "--format", "jsonl", str(FIXTURES)], capsys)
    files = {record["file"] for record in records}
    assert {"article_ar.txt", "page.html", "feed.rss#1", "feed.atom#1", "dump.jsonl#1"} <= files
    assert status == 1  # broken.rss and the bad dump.jsonl lines
    assert {line.split(": ")[2] for line in errors} == {"E007", "E008", "E012"}


def test_ingest_bad_inputs_in_one_batch(tmp_path, capsys):
    """Truncated gzip, malformed feed, HTML with no body, missing path: the rest goes on."""
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    packed = gzip.compress(ENGLISH.encode() * 40)
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "broken.rss").write_bytes((FIXTURES / "broken.rss").read_bytes())
    (tmp_path / "nobody.html").write_text("<html><head><title>t</title></head></html>", encoding="utf-8")
    args = ["extract", "--format", "jsonl", str(tmp_path), str(tmp_path / "missing.txt")]
    status, records, errors = run(args, capsys)
    assert status == 1
    assert {record["file"] for record in records} == {"good.txt", "broken.rss#1"}
    assert [line.split(": ")[2] for line in errors] == ["E012", "E007", "E007", "E006", "E005"]


PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peers"


@pytest.mark.skipif(not (PEERS / "warc").is_dir(), reason="../shared/peers is not on this machine")
def test_stdout_stays_clean_jsonl_and_stderr_one_line_per_rejection(capsys):
    # warcio's archives make it print warnings (bad Content-Length, spaces in URIs) that must not leak
    status, records, errors = run(["extract", "--format", "jsonl", str(PEERS / "warc" / "warcio")], capsys)
    assert status == 1 and len(records) >= 8  # run() parsed every stdout line as JSON
    assert errors and all(line.startswith("rawi: ") and ": E0" in line for line in errors)
