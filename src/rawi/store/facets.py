"""Facet tokens: filters that FTS5 applies by intersecting posting lists, not by joining rows.

Each statement's `facets` column holds tokens such as `stancedeny`, `quoteindirect`,
`kindanonymous`, `y2018`, `m201810` (its date, else its article's publication date) and
`outlet3f9c2a...` (a hash of the outlet's match_key). Filters become a MATCH expression over
that column, so a filtered search costs what its matches cost, however large the store.
"""

from __future__ import annotations

import re
from datetime import date

from rawi.records import content_id

FIRST_YEAR, LAST_YEAR = 1900, 2099  # bounds of an open date range
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
_PARTIAL_DATE = re.compile(r"([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_partial_date(text: str) -> bool:
    """Whether `text` is a real YYYY, YYYY-MM or YYYY-MM-DD (no month 13, no 30 February, no year 0)."""
    match = _PARTIAL_DATE.fullmatch(text)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def outlet_token(outlet_key: str) -> str:
    """The facet token of an outlet (by its match_key)."""
    return "outlet" + content_id(outlet_key)[:12]


def facet_tokens(stance: str, quote_type: str, kind: str, when: str | None, outlet_key: str | None) -> str:
    """The facets column of one statement."""
    tokens = [f"stance{stance}", f"quote{quote_type}", f"kind{kind}"]
    date = _YEAR_MONTH.match(when or "")
    if date:
        tokens.append(f"y{date[1]}")
        if date[2]:
            tokens.append(f"m{date[1]}{date[2]}")
    if outlet_key:
        tokens.append(outlet_token(outlet_key))
    return " ".join(tokens)


def _months(year: int, first: int, last: int) -> list[str]:
    """Month tokens of one year from month `first` to `last`."""
    return [f"m{year}{month:02d}" for month in range(first, last + 1)]


def date_tokens(since: str | None, until: str | None) -> list[str]:
    """Year and month tokens covering the months from `since` to `until` (YYYY[-MM[-DD]]).

    Whole years become one year token: 2017-11 .. 2019-02 gives m201711 m201712 y2018 m201901 m201902.
    """
    start_year, start_month = (int(since[:4]), int(since[5:7] or 1)) if since else (FIRST_YEAR, 1)
    end_year, end_month = (int(until[:4]), int(until[5:7] or 12)) if until else (LAST_YEAR, 12)
    if (start_year, start_month) > (end_year, end_month):
        return []
    if start_year == end_year:
        return (
            [f"y{start_year}"]
            if (start_month, end_month) == (1, 12)
            else _months(start_year, start_month, end_month)
        )
    tokens = [f"y{start_year}"] if start_month == 1 else _months(start_year, start_month, 12)
    tokens += [f"y{year}" for year in range(start_year + 1, end_year)]
    tokens += [f"y{end_year}"] if end_month == 12 else _months(end_year, 1, end_month)
    return tokens


def any_of(tokens: list[str]) -> str:
    """An FTS5 expression matching statements whose facets hold any of the tokens."""
    if not tokens:
        return 'facets : "nomatch"'
    return "facets : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"
