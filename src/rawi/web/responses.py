"""The API's response shapes: paged lists as JSON or CSV, and the one error shape.

Every error, whatever its cause, is `{"ok": false, "error": "...", "status": N}`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi.responses import JSONResponse, Response

from rawi.output import csv_cell
from rawi.store.web_queries import Page
from rawi.web.params import Paging


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"ok": False, "error": message, "status": status}


def error_json(status: int, message: str) -> JSONResponse:
    """An error response in the one error shape."""
    return JSONResponse(error_body(status, message), status_code=status)


def csv_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """Rows as CSV with a header line (empty text for no rows)."""
    rows = list(rows)
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return out.getvalue()


def csv_response(rows: Iterable[Mapping[str, Any]], name: str) -> Response:
    """A CSV download (UTF-8 with BOM, so spreadsheet programs read Arabic right)."""
    return Response(
        "\ufeff" + csv_text(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="rawi-{name}.csv"'},
    )


def json_response(data: dict[str, Any]) -> Response:
    """JSON of plain data (str, numbers, lists, dicts), Arabic kept readable, no per-field encoding pass."""
    return Response(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json"
    )


def page_response(page: Page, paging: Paging, name: str, **extra: Any) -> Response:
    """A page of results as the paged JSON envelope, or as CSV when format=csv."""
    if paging.format == "csv":
        return csv_response(page.rows, name)
    following = paging.offset + paging.limit
    more = following < page.total if page.exact else len(page.rows) == paging.limit
    return json_response(
        {
            "ok": True,
            "total": page.total,
            "total_exact": page.exact,
            "limit": paging.limit,
            "offset": paging.offset,
            "next_offset": following if more else None,
            **({"order": page.order} if page.order else {}),
            **extra,
            "rows": page.rows,
        }
    )
