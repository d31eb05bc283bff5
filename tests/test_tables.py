"""rawi.tables: rows carry every field, and rebuild the same Extraction with the same ids."""

from __future__ import annotations

import json

from rawi.records import Rejection
from rawi.tables import COLUMNS, article_row, extraction_from_rows, rejection_row, statement_rows
from store_samples import aramco


def test_rows_have_exactly_the_schema_columns() -> None:
    extraction = aramco()
    assert list(article_row(extraction)) == [name for name, _ in COLUMNS["articles"]]
    for row in statement_rows(extraction):
        assert list(row) == [name for name, _ in COLUMNS["statements"]]
    assert list(rejection_row(Rejection("x.html", "E006", "no body"))) == [
        n for n, _ in COLUMNS["rejections"]
    ]


def test_rows_rebuild_the_same_extraction_and_ids() -> None:
    extraction = aramco()
    article = article_row(extraction)
    statements = statement_rows(extraction)
    rebuilt = extraction_from_rows(article, list(reversed(statements)))
    assert rebuilt == extraction
    assert rebuilt.article.id == article["id"]
    assert [s.id_in(rebuilt.article.id) for s in rebuilt.statements] == [r["id"] for r in statements]


def test_lists_are_json_and_offsets_hold() -> None:
    extraction = aramco()
    article = article_row(extraction)
    assert json.loads(article["sources"]) == ["رويترز"]
    assert article["n_statements"] == 3
    for row in statement_rows(extraction):
        assert article["text"][row["start"] : row["end"]] == row["content"]
    assert json.loads(statement_rows(extraction)[2]["via"]) == ["رويترز"]


def test_arrow_schema_matches_columns() -> None:
    from rawi.tables import arrow_schema

    schema = arrow_schema("statements")
    assert schema.names == [name for name, _ in COLUMNS["statements"]]
    assert str(schema.field("hedged").type) == "bool"
