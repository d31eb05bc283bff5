"""Planning Spark tasks: archives whole, JSONL cut into record ranges, small files grouped."""

from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.spark.plan import Task, count_lines, expand, files_per_task, plan_tasks, record_ranges, slices


def _write(path: Path, text: str = "x\n") -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_count_lines_counts_a_last_line_without_newline(tmp_path):
    assert count_lines(_write(tmp_path / "a.jsonl", "{}\n{}\n{}")) == 3
    assert count_lines(_write(tmp_path / "b.jsonl", "{}\n{}\n")) == 2
    assert count_lines(_write(tmp_path / "c.jsonl", "")) == 0


def test_record_ranges_cover_the_file_and_the_last_runs_to_the_end(tmp_path):
    path = _write(tmp_path / "dump.jsonl", "{}\n" * 25)
    assert record_ranges(path, 10) == [(0, 10, 1), (10, 20, 1), (20, None, 1)]
    assert record_ranges(path, 100) == [(0, None, 1)]


def test_a_large_archive_or_gzipped_dump_is_shared_by_strides(tmp_path):
    crawl = _write(tmp_path / "crawl.warc.gz", "w" * 250)
    dump = _write(tmp_path / "dump.jsonl.gz", "z" * 50)
    assert slices(crawl, 10, 100) == [(0, None, 3), (1, None, 3), (2, None, 3)]
    assert slices(dump, 10, 100) == [(0, None, 1)]
    tasks = plan_tasks([crawl], split_bytes=100)
    assert [(t.order, t.first, t.step) for t in tasks] == [(0, 0, 3), (0, 1, 3), (0, 2, 3)]


def test_plan_keeps_reading_order_and_groups_small_files(tmp_path):
    texts = [_write(tmp_path / "in" / f"{i:02d}.txt") for i in range(5)]
    crawl = _write(tmp_path / "in" / "m.warc.gz", "w")
    dump = _write(tmp_path / "in" / "n.jsonl", "{}\n" * 5)
    tail = _write(tmp_path / "in" / "z.html", "<p>x</p>")
    tasks = plan_tasks([str(tmp_path / "in")], files_per_task=2, records_per_task=3)
    assert tasks == [
        Task(0, tuple(texts[:2])),
        Task(1, tuple(texts[2:4])),
        Task(2, (texts[4],)),
        Task(3, (crawl,)),
        Task(4, (dump,), 0, 3),
        Task(4, (dump,), 3, None),
        Task(5, (tail,)),
    ]


def test_expand_lists_directories_recursively_in_sorted_order(tmp_path):
    b = _write(tmp_path / "d" / "b.txt")
    a = _write(tmp_path / "d" / "sub" / "a.txt")
    single = _write(tmp_path / "single.txt")
    assert list(expand([str(tmp_path / "d"), single])) == [b, a, single]


def test_files_per_task_aims_at_four_tasks_per_core(tmp_path):
    inputs = [_write(tmp_path / f"{i}.txt") for i in range(30)]
    assert files_per_task(inputs, 2) == 4
    assert files_per_task(inputs, 2, most=3) == 3
    assert files_per_task([], 2) == 1


def test_a_missing_path_travels_as_a_rejection_and_hidden_files_are_skipped(tmp_path):
    seen = _write(tmp_path / "d" / "a.txt")
    _write(tmp_path / "d" / ".hidden.txt")
    missing = str(tmp_path / "nowhere.txt")
    (task,) = plan_tasks([str(tmp_path / "d"), missing])
    assert task.paths == (seen,)
    assert [(r.name, r.code) for r in task.rejections] == [(missing, "E005")]


def test_standard_input_is_refused(tmp_path):
    with pytest.raises(UsageError, match="standard input"):
        plan_tasks(["-"])


def test_feeds_are_grouped_like_small_files(tmp_path):
    feeds = [_write(tmp_path / "a.rss", "<rss/>"), _write(tmp_path / "b.xml", "<feed/>")]
    assert plan_tasks(feeds) == [Task(0, tuple(feeds))]
