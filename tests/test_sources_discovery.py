"""Paths -> inputs: recursive sorted directories, hidden names skipped, globs, stdin, bad paths."""

from __future__ import annotations

import os

from rawi.records import Rejection
from rawi.sources.discovery import Input, iter_inputs


def names(items):
    """Input names, with CODE:name for rejections."""
    return [f"{item.code}:{item.name}" if isinstance(item, Rejection) else item.name for item in items]


def test_directories_are_walked_in_sorted_order_without_hidden_names(tmp_path):
    for relative in ("b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "a/.secret"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert names(iter_inputs([str(tmp_path)])) == [
        str(tmp_path / "a" / "c.txt"),
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_globs_expand_sorted_and_unmatched_globs_are_rejected(tmp_path):
    for name in ("2.txt", "1.txt", "3.html"):
        (tmp_path / name).write_text("x")
    assert names(iter_inputs([str(tmp_path / "*.txt")])) == [str(tmp_path / "1.txt"), str(tmp_path / "2.txt")]
    assert names(iter_inputs([str(tmp_path / "*.xml")])) == [f"E005:{tmp_path / '*.xml'}"]


def test_stdin_and_missing_paths(tmp_path):
    items = list(iter_inputs(["-", str(tmp_path / "missing.txt")]))
    assert items[0] == Input("<stdin>", None)
    assert isinstance(items[1], Rejection) and items[1].code == "E005"


def test_symlink_loops_end(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert names(iter_inputs([str(tmp_path)])) == [str(tmp_path / "a.txt")]


def test_special_files_in_folders_are_rejected_unopened(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    [item] = iter_inputs([str(tmp_path)])
    assert isinstance(item, Rejection) and item.code == "E005" and "FIFO" in item.reason


def test_a_file_name_that_is_not_utf8_is_rejected_with_an_escaped_name(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"x")
    (tmp_path / "ok.txt").write_text("x")
    items = list(iter_inputs([str(tmp_path)]))
    assert names(items) == [f"E005:{tmp_path}/caf\\xe9.txt", str(tmp_path / "ok.txt")]
    assert "UTF-8" in items[0].reason
    items[0].name.encode("utf-8")  # printable and storable


def test_a_fifo_named_directly_is_rejected_unopened(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    [item] = iter_inputs([str(tmp_path / "fifo")])
    assert isinstance(item, Rejection) and item.code == "E005" and "FIFO" in item.reason


def test_recursive_globs_over_self_links_end(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("x")
    (tmp_path / "top.txt").write_text("x")
    (tmp_path / "a" / "note.html").write_text("x")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a")
    assert names(iter_inputs([f"{tmp_path}/**/*.txt"])) == [
        str(tmp_path / "a" / "b" / "deep.txt"),
        str(tmp_path / "top.txt"),
    ]
    assert names(iter_inputs([f"{tmp_path}/a/**"])) == [  # each real folder is walked once
        str(tmp_path / "a" / "b" / "deep.txt"),
        str(tmp_path / "a" / "b" / "up" / "top.txt"),
        str(tmp_path / "a" / "note.html"),
    ]
