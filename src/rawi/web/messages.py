"""Parameter errors said in Arabic for the pages: which field, what is wrong, what to type instead.

The API keeps pydantic's field-and-reason line (`since: ...`); a page reader gets the same error
in Arabic, with an example of a value that works.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

FIELD_AR = {
    "q": "نص البحث",
    "speaker": "المتحدث",
    "role": "الصفة",
    "stance": "الموقف",
    "quote_type": "نوع الاقتباس",
    "anonymous": "المصدر",
    "outlet": "المنفذ",
    "since": "من تاريخ",
    "until": "إلى تاريخ",
    "limit": "عدد النتائج",
    "offset": "بداية النتائج",
    "format": "الصيغة",
    "kind": "النوع",
    "code": "الرمز",
}
DATE_FIELDS = frozenset({"since", "until"})
ALLOWED_AR = {
    "stance": "assert أو deny أو confirm",
    "quote_type": "direct أو indirect أو mixed",
    "anonymous": "true أو false",
    "format": "json أو csv",
    "kind": "person أو organization أو anonymous أو document",
}


def _reason(field: str, kind: str, context: Mapping[str, Any]) -> str:
    """What is wrong with one field's value, and what would be right."""
    if field in DATE_FIELDS:
        return "تاريخ غير صالح؛ اكتبه بالأرقام هكذا: 2018 أو 2018-10 أو 2018-10-31"
    if field in ALLOWED_AR:
        return f"قيمة غير معروفة؛ القيم الممكنة: {ALLOWED_AR[field]}"
    if kind == "greater_than_equal":
        return f"يجب أن يكون {context.get('ge')} أو أكثر"
    if kind == "less_than_equal":
        return f"يجب ألا يزيد على {context.get('le')}"
    if kind == "int_parsing":
        return "يجب أن يكون عددًا صحيحًا، مثل 50"
    if kind == "string_too_long":
        return f"أطول من {context.get('max_length')} حرفًا؛ اختصره"
    return "قيمة غير صالحة"


def arabic_validation(errors: Iterable[Mapping[str, Any]]) -> str:
    """pydantic's validation errors as one Arabic sentence per field: «من تاريخ (since): تاريخ غير صالح ...».

    The parameter's own name stays beside its Arabic label, for readers who edit the address.
    """
    parts = []
    for item in errors:
        field = next((str(p) for p in reversed(item.get("loc", ())) if p not in ("query", "path")), "")
        label = f"{FIELD_AR[field]} ({field})" if field in FIELD_AR else field
        parts.append(f"{label}: {_reason(field, str(item.get('type', '')), item.get('ctx') or {})}")
    return "؛ ".join(parts) or "طلب غير صالح"
