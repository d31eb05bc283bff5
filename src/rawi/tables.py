"""The tabular schema of rawi's results: Extraction -> flat row dicts, and back.

The ONE place the columns of the `articles`, `statements` and `rejections` tables are
defined. The SQLite store, the CSV/Parquet exporters and the Spark job all build their rows
here, so the same input gives the same ids and columns everywhere. Lists (sources, via,
spans) travel as compact JSON strings so that every column is a plain scalar.

Column types are named portably: "string", "int", "bool" (see `arrow_schema` and
`COLUMNS`); a column that may be missing holds None.
"""

from __future__ import annotations

import json
from typing import Any

from rawi.records import Article, Document, Extraction, Rejection, Span, Statement, content_id

Row = dict[str, Any]

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "string"),
        ("document_id", "string"),
        ("name", "string"),
        ("file", "string"),
        ("url", "string"),
        ("outlet", "string"),
        ("lang", "string"),
        ("headline", "string"),
        ("published", "string"),
        ("sources", "string"),  # JSON list of credited outlets/agencies
        ("spans", "string"),  # JSON list of [start, end, kind]
        ("text", "string"),
        ("n_statements", "int"),
    ),
    "statements": (
        ("id", "string"),
        ("article_id", "string"),
        ("seq", "int"),  # position of the statement in its article, from 0
        ("speaker", "string"),
        ("speaker_role", "string"),
        ("speaker_kind", "string"),
        ("cue", "string"),
        ("content", "string"),
        ("quote_type", "string"),
        ("start", "int"),
        ("end", "int"),
        ("via", "string"),  # JSON list, outermost intermediary first
        ("stance", "string"),
        ("hedged", "bool"),
        ("target", "string"),
        ("date", "string"),
        ("in_headline", "bool"),
        ("extractor", "string"),
    ),
    "rejections": (
        ("id", "string"),
        ("name", "string"),
        ("code", "string"),
        ("reason", "string"),
    ),
}


def _json(value: Any) -> str:
    """Compact JSON that keeps Arabic readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def file_name(name: str) -> str:
    """The base name of a document name, as GUIDELINES.md's `file` field."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def article_row(extraction: Extraction) -> Row:
    """The `articles` row of one extraction."""
    a = extraction.article
    return {
        "id": a.id,
        "document_id": a.document_id,
        "name": a.name,
        "file": file_name(a.name),
        "url": a.url,
        "outlet": a.outlet,
        "lang": a.lang,
        "headline": a.headline,
        "published": a.published,
        "sources": _json(list(a.sources)),
        "spans": _json([[s.start, s.end, s.kind] for s in a.spans]),
        "text": a.text,
        "n_statements": len(extraction.statements),
    }


def statement_rows(extraction: Extraction) -> list[Row]:
    """The `statements` rows of one extraction, in text order, ids from the article id."""
    article_id = extraction.article.id
    return [
        {
            "id": s.id_in(article_id),
            "article_id": article_id,
            "seq": seq,
            "speaker": s.speaker,
            "speaker_role": s.speaker_role,
            "speaker_kind": s.speaker_kind,
            "cue": s.cue,
            "content": s.content,
            "quote_type": s.quote_type,
            "start": s.start,
            "end": s.end,
            "via": _json(list(s.via)),
            "stance": s.stance,
            "hedged": bool(s.hedged),
            "target": s.target,
            "date": s.date,
            "in_headline": bool(s.in_headline),
            "extractor": s.extractor,
        }
        for seq, s in enumerate(extraction.statements)
    ]


def rejection_row(rejection: Rejection) -> Row:
    """The `rejections` row of one rejection; its id hashes name, code and reason."""
    return {
        "id": content_id(rejection.name, rejection.code, rejection.reason),
        "name": rejection.name,
        "code": rejection.code,
        "reason": rejection.reason,
    }


def document_row(document: Document) -> Row:
    """The store's `documents` row (provenance of an article; not exported)."""
    return {
        "id": document.id,
        "name": document.name,
        "url": document.url,
        "media_type": document.media_type,
        "encoding": document.encoding,
    }


def statement_from_row(row: Row) -> Statement:
    """Rebuild a Statement from its row (import of exports and Spark output)."""
    return Statement(
        speaker=row["speaker"],
        speaker_role=row.get("speaker_role"),
        speaker_kind=row["speaker_kind"],
        cue=row["cue"],
        content=row["content"],
        quote_type=row["quote_type"],
        start=int(row["start"]),
        end=int(row["end"]),
        via=tuple(json.loads(row.get("via") or "[]")),
        stance=row.get("stance") or "assert",
        hedged=bool(row.get("hedged")),
        target=row.get("target"),
        date=row.get("date"),
        in_headline=bool(row.get("in_headline")),
        extractor=row["extractor"],
    )


def extraction_from_rows(article: Row, statements: list[Row]) -> Extraction:
    """Rebuild an Extraction from an article row and its statement rows (any order)."""
    spans = tuple(Span(int(s), int(e), k) for s, e, k in json.loads(article.get("spans") or "[]"))
    rebuilt = Article(
        name=article["name"],
        text=article["text"],
        lang=article["lang"],
        headline=article.get("headline"),
        published=article.get("published"),
        sources=tuple(json.loads(article.get("sources") or "[]")),
        spans=spans,
        url=article.get("url"),
        outlet=article.get("outlet"),
        document_id=article.get("document_id") or "",
    )
    ordered = sorted(statements, key=lambda r: int(r["seq"]))
    return Extraction(article=rebuilt, statements=tuple(statement_from_row(r) for r in ordered))


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table (pyarrow imported here, as it is an optional extra)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


SPEAKER_KINDS = ("person", "organization", "anonymous", "document")
QUOTE_TYPES = ("direct", "indirect", "mixed")
STANCES = ("assert", "deny", "confirm")


def _json_list(value: Any, item: type) -> list | None:
    """A JSON-string column (sources, via, spans) as a list of `item`, or None when it is not one."""
    if value is None:
        return []
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, list) or not all(isinstance(part, item) for part in parsed):
        return None
    return parsed


def _offset(value: Any) -> int | None:
    """A whole-number column (not a bool, not a float), or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _mistyped(row: Row, names: tuple[str, ...], kind: type, *, optional: bool) -> list[str]:
    """The columns among `names` whose value is not of `kind` (None allowed when `optional`)."""
    return [n for n in names if not isinstance(row.get(n), kind) and not (optional and row.get(n) is None)]


def _span_fits(span: list, length: int) -> bool:
    """Whether a span is [start, end, kind] inside a text of `length` characters."""
    if len(span) != 3 or not isinstance(span[2], str):
        return False
    start, end = _offset(span[0]), _offset(span[1])
    return start is not None and end is not None and 0 <= start <= end <= length


def _statement_problem(row: Any, length: int) -> str | None:
    """Why one statement row does not fit the schema, or None."""
    if not isinstance(row, dict):
        return "is not an object"
    wrong = (
        _mistyped(row, ("speaker", "cue", "content", "extractor"), str, optional=False)
        + _mistyped(row, ("speaker_role", "target", "date"), str, optional=True)
        + _mistyped(row, ("hedged", "in_headline"), bool, optional=True)
    )
    if wrong:
        return f"`{wrong[0]}` has the wrong type"
    for name, allowed in (("speaker_kind", SPEAKER_KINDS), ("quote_type", QUOTE_TYPES), ("stance", STANCES)):
        if row.get(name) not in allowed and not (name == "stance" and row.get(name) is None):
            return f"`{name}` is {row.get(name)!r}, not one of {', '.join(allowed)}"
    if _offset(row.get("seq")) is None:
        return "`seq` is not a whole number"
    start, end = _offset(row.get("start")), _offset(row.get("end"))
    if start is None or end is None or not 0 <= start <= end <= length:
        return (
            f"offsets {row.get('start')!r}..{row.get('end')!r} are not within the text ({length} characters)"
        )
    if _json_list(row.get("via"), str) is None:
        return "`via` is not a list of names"
    return None


def rows_problem(article: Row, statements: list[Row], max_chars: int) -> str | None:
    """Why an article row and its statement rows cannot be stored (None when they can).

    Imports check every record with this before rebuilding it, so a wrong type, an unknown
    stance or an offset outside the text is a rejected record, never a wrong row or a crash.
    """
    text = article.get("text")
    if not isinstance(text, str):
        return "`text` is not a string"
    if len(text) > max_chars:
        return f"a text of {len(text):,} characters, over {max_chars:,}"
    optional = ("headline", "published", "url", "outlet", "document_id")
    wrong = _mistyped(article, ("name", "lang"), str, optional=False) + _mistyped(
        article, optional, str, optional=True
    )
    if wrong:
        return f"`{wrong[0]}` has the wrong type"
    if _json_list(article.get("sources"), str) is None:
        return "`sources` is not a list of names"
    spans = _json_list(article.get("spans"), list)
    if spans is None or not all(_span_fits(span, len(text)) for span in spans):
        return "`spans` are not [start, end, kind] within the text"
    for seq, row in enumerate(statements):
        problem = _statement_problem(row, len(text))
        if problem:
            return f"statement {seq}: {problem}"
    return None
