"""One Spark task without Spark: rawi.sources -> process_document -> rawi.tables rows + month."""

from pathlib import Path

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection
from rawi.spark.plan import Task
from rawi.spark.tasks import Output, combined, publication_month, run_task
from rawi.tables import COLUMNS, article_row, statement_rows

ARTICLE = "وزير يعلن خطة جديدة\n2024-03-05\nقال الوزير إن الخطة ستبدأ الشهر المقبل.\n"


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_publication_month_is_the_partition_or_unknown():
    assert publication_month("2024-03-05") == "2024-03"
    assert publication_month("2024-03") == "2024-03"
    assert publication_month("2024-13-01") == "unknown"
    assert publication_month("05/03/2024") == "unknown"
    assert publication_month(None) == "unknown"


def test_task_rows_are_the_tables_rows_with_their_month(tmp_path):
    path = _write(tmp_path / "a.txt", ARTICLE)
    outputs = list(run_task(Task(3, (path,))))
    expected = process_document(Document(name=path, text=ARTICLE))
    assert isinstance(expected, Extraction)
    assert [o.order for o in outputs] == [(3, 0)]
    (output,) = outputs
    assert output.table == "articles"
    assert output.document_id == Document(name=path, text=ARTICLE).id
    assert output.row == {**article_row(expected), "month": "2024-03"}
    assert list(output.statements) == [{**s, "month": "2024-03"} for s in statement_rows(expected)]


def test_an_unreadable_document_is_a_rejection_row(tmp_path):
    good = _write(tmp_path / "a.txt", ARTICLE)
    blank = _write(tmp_path / "b.txt", "   \n\n")
    outputs = list(run_task(Task(0, (good, blank))))
    assert [o.table for o in outputs] == ["articles", "rejections"]
    rejection = outputs[1].row
    assert rejection["name"] == blank
    assert rejection["month"] == "unknown"
    assert rejection["code"].startswith("E")


def test_a_record_range_reads_only_its_records(tmp_path):
    paths = tuple(_write(tmp_path / f"{i}.txt", ARTICLE.replace("خطة", f"خطة {i}")) for i in range(4))
    outputs = list(run_task(Task(1, paths, 1, 3)))
    assert [o.row["name"] for o in outputs] == list(paths[1:3])
    assert [o.order for o in outputs] == [(1, 1), (1, 2)]


def test_strided_tasks_share_a_file_and_keep_its_record_numbers(tmp_path):
    paths = tuple(_write(tmp_path / f"{i}.txt", ARTICLE.replace("خطة", f"خطة {i}")) for i in range(5))
    parts = [list(run_task(Task(7, paths, part, None, 2))) for part in range(2)]
    assert [o.order for o in parts[0]] == [(7, 0), (7, 2), (7, 4)]
    assert [o.order for o in parts[1]] == [(7, 1), (7, 3)]
    assert sorted(o.row["name"] for part in parts for o in part) == sorted(paths)


def test_combined_rows_hold_order_document_and_table_columns():
    rejection = {name: name for name, _ in COLUMNS["rejections"]} | {"month": "unknown"}
    assert combined(Output("rejections", "id", (4, 2), rejection)) == (
        4, 2, None, "rejections", None, [], ("id", "name", "code", "reason"), "unknown"
    )  # fmt: skip
    article = {name: name for name, _ in COLUMNS["articles"]} | {"month": "2024-03"}
    statement = {name: name for name, _ in COLUMNS["statements"]} | {"month": "2024-03"}
    output = Output("articles", "id", (0, 7), article, (statement,), "doc")
    task, number, document, table, values, statements, missing, month = combined(output)
    assert (task, number, document, table, missing, month) == (0, 7, "doc", "articles", None, "2024-03")
    assert values == tuple(name for name, _ in COLUMNS["articles"])
    assert statements == [tuple(name for name, _ in COLUMNS["statements"])]


def test_rejections_found_while_planning_come_out_of_the_task(tmp_path):
    path = _write(tmp_path / "a.txt", ARTICLE)
    missing = Rejection(str(tmp_path / "gone.txt"), "E005", "no such file or directory")
    outputs = list(run_task(Task(2, (path,), rejections=(missing,))))
    assert [(o.table, o.order) for o in outputs] == [("rejections", (2, -1)), ("articles", (2, 0))]
    assert outputs[0].row["name"] == missing.name
    assert outputs[0].document_id is None
