"""When a statement was made: اليوم, أمس and weekday names resolved against the publication date."""

from __future__ import annotations

from datetime import date, timedelta

from rawi.statements.tokens import Token, fold

WEEKDAYS = {
    fold(name): number
    for name, number in (
        ("الاثنين", 0),
        ("الإثنين", 0),
        ("الثلاثاء", 1),
        ("الأربعاء", 2),
        ("الخميس", 3),
        ("الجمعة", 4),
        ("السبت", 5),
        ("الأحد", 6),
    )
}
TODAY = fold("اليوم")
YESTERDAY = fold("أمس")


def _parse(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def statement_date(tokens: list[Token], published: str | None) -> str | None:
    """The ISO date named by time words among `tokens`, relative to the publication date."""
    base = _parse(published)
    if base is None:
        return None
    for token in tokens:
        key = token.key[1:] if token.key.startswith("و") and token.key[1:] in WEEKDAYS else token.key
        if key in WEEKDAYS:
            back = (base.weekday() - WEEKDAYS[key]) % 7
            return (base - timedelta(days=back)).isoformat()
        if key == YESTERDAY:
            return (base - timedelta(days=1)).isoformat()
        if key == TODAY:
            return base.isoformat()
    return None
